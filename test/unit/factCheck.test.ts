/**
 * Pieces of the fact check that stand on their own.
 */
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { byScoreDescending, type Candidate } from "../../src/core/check/factCheck";

describe("fact check: ordering stances", () => {
  it("orders candidates by score, best first, equal scores in their order, as a stable sort does", () => {
    // Few distinct scores (near-copies share theirs), 0 and -0 among them.
    const score = fc.constantFrom(0, -0, 0.25, 0.5, 0.5000001, 0.75, 1, 2.5);
    fc.assert(
      fc.property(fc.array(score, { maxLength: 200 }), (scores) => {
        const cs = scores.map((s, i) => ({ fid: i, score: s }) as unknown as Candidate);
        const got = byScoreDescending(cs).map((c) => c.fid);
        const want = [...cs].sort((a, b) => b.score - a.score).map((c) => c.fid);
        assert.deepEqual(got, want);
      }),
    );
    // Any scores at all, distinct ones included.
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 100 }), (scores) => {
        const cs = scores.map((s, i) => ({ fid: i, score: s }) as unknown as Candidate);
        assert.deepEqual(
          byScoreDescending(cs).map((c) => c.fid),
          [...cs].sort((a, b) => b.score - a.score).map((c) => c.fid),
        );
      }),
    );
  });

  it("leaves its input as it was", () => {
    const cs = [0.5, 1, 0.5].map((s, i) => ({ fid: i, score: s }) as unknown as Candidate);
    assert.deepEqual(byScoreDescending(cs).map((c) => c.fid), [1, 0, 2]);
    assert.deepEqual(cs.map((c) => c.fid), [0, 1, 2]);
  });
});
