import * as assert from "node:assert/strict";
import { changedSpan, paragraphEnd, paragraphStart, recheckRegion } from "../../src/extension/worker/incremental";

describe("incremental re-check regions", () => {
  it("finds the edited span between a common prefix and suffix", () => {
    assert.deepEqual(changedSpan("abcdef", "abXYef"), { start: 2, end: 4, oldEnd: 4 });
    assert.deepEqual(changedSpan("abcdef", "abcXdef"), { start: 3, end: 4, oldEnd: 3 });
    assert.deepEqual(changedSpan("abc", "abc"), { start: 3, end: 3, oldEnd: 3 });
    assert.deepEqual(changedSpan("aaa", "aaaa"), { start: 3, end: 4, oldEnd: 3 });
  });

  it("expands to the edited paragraphs (blank lines, with spaces too)", () => {
    const t = "p0\n\np1 one\nline\n \np2\n\np3\n\np4";
    const p2 = t.indexOf("p2");
    assert.equal(t.slice(paragraphStart(t, p2), paragraphEnd(t, p2)).trim(), "p2");
    assert.equal(paragraphStart(t, 1), 0);
    assert.equal(paragraphEnd(t, t.length - 1), t.length);
    const next = t.replace("p2", "p2 edited");
    const r = recheckRegion(t, next);
    assert.equal(next.slice(r.within.start, r.within.end).trim(), "p2 edited");
    const across = t.replace("line\n \np2", "line p2");
    const r2 = recheckRegion(t, across);
    assert.equal(across.slice(r2.within.start, r2.within.end).trim(), "p1 one\nline p2");
    assert.equal(t.slice(r.oldEnd), next.slice(r.within.end));
  });
});
