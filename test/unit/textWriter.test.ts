/**
 * The text writer: whatever pieces it is given, the file holds their UTF-8 in order, however the
 * pieces meet the ends of its buffer (multi-byte characters, pieces larger than the buffer).
 */
import * as assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { TextWriter } from "../../src/node/textWriter";

describe("text writer", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "sourced-writer-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const written = (pieces: readonly string[], size: number, bytes?: Uint8Array): Buffer => {
    const file = path.join(dir, "out.txt");
    const fd = openSync(file, "w");
    try {
      const out = new TextWriter(fd, size);
      pieces.forEach((p, i) => {
        out.write(p);
        if (bytes && i === 0) out.writeBytes(bytes);
      });
      out.flush();
    } finally {
      closeSync(fd);
    }
    return readFileSync(file);
  };

  it("writes pieces of one- to four-byte characters across its buffer's ends, as one UTF-8 text", () => {
    // "é" 2 bytes, "€" 3, "𝄞" 4 (two code units): a piece of three-byte characters fills a 12-byte buffer at 4.
    assert.equal(written(["ab", "€€€€", "é", "𝄞x", "€€€€€€"], 12).toString("utf8"), "ab€€€€é𝄞x€€€€€€");
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 4, max: 64 }), (pieces, size) => {
        assert.deepEqual(written(pieces, size), Buffer.from(pieces.join(""), "utf8"));
      }),
      { numRuns: 200 },
    );
  });

  it("puts raw bytes after the text before them", () => {
    assert.equal(written(["€ before ", "after"], 16, Buffer.from("[bytes]")).toString("utf8"), "€ before [bytes]after");
  });
});
