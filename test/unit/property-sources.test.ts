/**
 * Property tests (fast-check, 10,000 generated inputs) over the source reader: `readSource` with
 * random bytes (raw binary, invalid UTF-8, NUL bytes, byte-order marks, hostile Unicode as UTF-8)
 * under every source extension. It never throws; a failure has a one-line reason; a document's
 * offset map is monotonic and points into the original, its blocks and furniture lie inside its
 * text, and its metadata is usable (a non-empty key, the path as given).
 */
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { readSource } from "../../src/core/sources/readSource";
import { assertSpan, check, hostileBytes, RUNS } from "./property-arbitraries";

describe("property: readSource never throws on any bytes", function () {
  this.timeout(120_000);

  it(`reads or rejects with a one-line reason; documents keep offsets in range (${RUNS} inputs)`, () => {
    const arb = fc.tuple(fc.constantFrom("a.md", "b.markdown", "c.txt", "d.html", "e.htm", "dir/f.MD"), hostileBytes);
    const r = check(arb, ([path, bytes]) => {
      const result = readSource(path, bytes);
      if (result.failure) {
        assert.equal(result.failure.path, path);
        assert.ok(result.failure.reason.length > 0 && !result.failure.reason.includes("\n"), `reason not one line: ${JSON.stringify(result.failure.reason)}`);
      }
      if (!result.ok) return;
      const d = result.document;
      assert.equal(d.meta.path, path);
      assert.ok(typeof d.meta.key === "string" && d.meta.key.length > 0, "empty key");
      assert.ok(typeof d.meta.title === "string");
      assert.equal(d.offsetMap.length, d.text.length + 1);
      for (let i = 0; i < d.text.length; i++) {
        assert.ok(d.offsetMap.at(i)! <= d.offsetMap.at(i + 1)!, `offset map decreases at ${i}`);
        assert.ok(d.offsetMap.at(i)! < d.original.length, `offset ${d.offsetMap.at(i)} outside the original (${d.original.length})`);
      }
      assert.ok(d.offsetMap.at(d.text.length)! <= d.original.length);
      for (const b of d.blocks) assertSpan(b, d.text.length, "block");
      for (const f of d.furniture) assertSpan(f.span, d.text.length, "furniture");
      assert.match(d.hash, /^[0-9a-f]{16}$/);
    });
    if (process.env.SOURCED_PROPERTY_TIMES) console.log(`      readSource: ${r.runs} runs in ${r.ms} ms`);
  });

  it("rejects NUL-bearing bytes as binary with a clear reason", () => {
    const r = readSource("x.txt", Uint8Array.from([0x68, 0x69, 0x00, 0x21]));
    assert.equal(r.ok, false);
    assert.match(r.failure!.reason, /binary/);
  });
});
