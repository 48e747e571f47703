import * as assert from "node:assert/strict";
import fc from "fast-check";
import { normalize, normalizeToRuns, composeOffsetMaps, toRawSpan } from "../../src/core/text/normalize";
import { LineIndex, LineStarts } from "../../src/core/text/lineIndex";
import { OffsetMap } from "../../src/core/text/offsetMap";

/** Checks the offset-map contract of `normalize` on `raw`. */
function assertMapProperties(raw: string): void {
  const { text, offsetMap } = normalize(raw);
  assert.equal(offsetMap.length, text.length + 1);
  assert.equal(offsetMap[text.length], raw.length);
  for (let i = 0; i < text.length; i++) {
    assert.ok(offsetMap[i] < offsetMap[i + 1], `map must increase at ${i}`);
    const from = raw.slice(offsetMap[i], offsetMap[i + 1]);
    // What text[i] came from starts with the raw character it normalises (or is it).
    const expected = normalize(from[0]).text;
    assert.ok(expected === text[i] || (text[i] === " " && /^\s/.test(from)) || (text[i] === "\n" && from[0] === "\r"), `text[${i}]=${JSON.stringify(text[i])} from ${JSON.stringify(from)}`);
  }
}

describe("normalize", () => {
  // Real sentences from the seed articles (curly quotes, en dashes, apostrophes).
  const sentence = "McLean said: \u201cThey [gangs] are taking the additional step \u2013 telephones with software \u2013 that\u2019s it.\u201d";

  it("straightens curly quotes and apostrophes and turns dashes into hyphens", () => {
    const { text } = normalize(sentence);
    assert.equal(text, "McLean said: \"They [gangs] are taking the additional step - telephones with software - that's it.\"");
  });

  it("maps every character back to the raw character it came from", () => {
    const { text, offsetMap } = normalize(sentence);
    const q = text.indexOf('"');
    assert.equal(sentence[offsetMap[q]], "\u201c");
    const dash = text.indexOf(" - ") + 1;
    assert.equal(sentence[offsetMap[dash]], "\u2013");
    const apos = text.indexOf("'");
    assert.equal(sentence.slice(offsetMap[apos - 4], offsetMap[apos + 2]), "that\u2019s");
    assertMapProperties(sentence);
  });

  it("collapses runs of spaces, tabs and NBSP; the collapsed space covers the whole run", () => {
    const raw = "seized \u00a3300,000 \t\u00a0 in cash";
    const { text, offsetMap } = normalize(raw);
    assert.equal(text, "seized \u00a3300,000 in cash");
    const sp = text.indexOf(" in");
    assert.equal(raw.slice(offsetMap[sp], offsetMap[sp + 1]), " \t\u00a0 ");
  });

  it("strips zero-width characters and keeps newlines, turning CRLF into LF", () => {
    const raw = "746\u200b arrests\r\n\r\nNext para\u2060graph";
    const { text, offsetMap } = normalize(raw);
    assert.equal(text, "746 arrests\n\nNext paragraph");
    assert.equal(raw.slice(offsetMap[text.indexOf("\n")], offsetMap[text.indexOf("\n") + 1]), "\r\n");
    assertMapProperties(raw);
  });

  it("normalises primes and the minus sign", () => {
    assert.equal(normalize("6\u2032 2\u2033 and \u22125").text, "6' 2\" and -5");
  });

  it("holds the offset-map properties for arbitrary strings", () => {
    const alphabet = fc.constantFrom("a", "Z", " ", "\t", "\n", "\r", "\u00a0", "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u200b", "\u00a3", "7");
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join("")), (raw) => assertMapProperties(raw)));
  });

  it("normalizeToRuns gives the text and map of a character-by-character reading, as runs, for arbitrary strings", () => {
    const same = (raw: string) => {
      const want = characterByCharacter(raw);
      const got = normalizeToRuns(raw);
      assert.equal(got.text, want.text, JSON.stringify(raw));
      assert.deepEqual(got.offsetMap.toRuns(), OffsetMap.from(want.offsetMap).toRuns(), JSON.stringify(raw));
      assert.equal(got.offsetMap.length, want.offsetMap.length);
      assert.deepEqual([...normalize(raw).offsetMap], [...want.offsetMap], "normalize writes the runs out as the table");
    };
    for (const raw of ["", " ", "  ", "\r", "\r\n", "a\r\nb", "\u200b", " \u200b ", "a \u200b b", "\t a", "a\t ", "`x`", "\ud83d\ude00 x", sentence]) same(raw);
    const alphabet = fc.constantFrom("a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "`", "\u00a0", "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u200b", "\u00ad", "\u00a3", "\u00e9", "\ud83d\ude00", "7");
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join("")), (raw) => same(raw)), { numRuns: 3000 });
  });

  it("maps normalised spans back to raw spans and composes maps", () => {
    const raw = "She said \u201cgame  changer\u201d.";
    const { text, offsetMap } = normalize(raw);
    const start = text.indexOf('"game');
    const span = toRawSpan(offsetMap, start, start + '"game changer"'.length);
    assert.equal(raw.slice(span.start, span.end), "\u201cgame  changer\u201d");
    const outer = Uint32Array.from([10, 11, 12, 20]);
    assert.deepEqual([...composeOffsetMaps(Uint32Array.from([0, 2, 3]), outer)], [10, 12, 20]);
  });
});

describe("LineIndex", () => {
  it("converts offsets to 0-based lines and UTF-16 characters and back", () => {
    const text = "first\nsecond \u00a3\u{1F600}x\r\nthird\rfourth";
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    const x = text.indexOf("x");
    assert.deepEqual(idx.positionAt(x), { line: 1, character: 10 }); // the emoji is 2 code units
    assert.deepEqual(idx.positionAt(text.indexOf("third")), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(text.indexOf("fourth")), { line: 3, character: 0 });
    assert.equal(idx.offsetAt({ line: 1, character: 10 }), x);
    assert.equal(idx.offsetAt({ line: 1, character: 99 }), text.indexOf("\r\n"), "clamps to the end of the line");
    assert.deepEqual(idx.positionAt(text.length + 5), { line: 3, character: 6 });
    assert.deepEqual(idx.rangeOf(0, 5), { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
  });

  it("places offsets as LineStarts does from the line starts alone", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "\n", "\r", "\r\n", "b"), { maxLength: 40 }).map((a) => a.join("")), (text) => {
        const idx = new LineIndex(text);
        const stored = LineStarts.of(text);
        const kept = new LineStarts([...stored.starts], text.length);
        for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(kept.positionAt(o), idx.positionAt(o));
        assert.equal(stored.starts.length, idx.lineCount);
      }),
    );
  });

  it("round-trips every offset", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "\n", "\r", "\r\n", "b"), { maxLength: 40 }).map((a) => a.join("")), (text) => {
        const idx = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          // The \n of a \r\n pair is not addressable as its own position.
          if (text[o - 1] === "\r" && text[o] === "\n") continue;
          assert.equal(idx.offsetAt(idx.positionAt(o)), o);
        }
      }),
    );
  });
});

describe("OffsetMap: an offset table held as runs of constant shift", () => {
  it("gives back every entry of the table it was made from, and nothing outside it", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3 }), { maxLength: 60 }), (steps) => {
        // Non-decreasing offsets, as normalising and stripping markup make them.
        const table: number[] = [];
        let at = 0;
        for (const s of steps) table.push((at += s));
        const map = OffsetMap.from(table);
        assert.equal(map.length, table.length);
        assert.deepEqual(map.toArray(), table);
        // Stored as its runs and made again from them: the same table.
        assert.deepEqual(OffsetMap.fromRuns(table.length, map.toRuns()).toArray(), table);
        assert.equal(map.at(-1), undefined);
        assert.equal(map.at(table.length), undefined);
      }),
    );
  });

  it("holds a normalised article's offsets in a few runs", () => {
    const raw = "Police  seized \u00a354m.\r\n\r\nThe \u201cbest\u201d year \u2013 so far.\u200b Done.";
    const { text, offsetMap } = normalize(raw);
    const map = OffsetMap.from(offsetMap);
    assert.deepEqual(map.toArray(), Array.from(offsetMap));
    assert.equal(raw.slice(map.at(text.indexOf("best"))!, map.at(text.indexOf("best"))! + 4), "best");
    // One run, then one more per place where the shift changes: the collapsed space, each \r\n, the zero-width space.
    assert.equal(map.runs, 5);
    assert.deepEqual(OffsetMap.identity(4).toArray(), [0, 1, 2, 3]);
  });

  it("refuses runs that do not describe a map (a damaged store)", () => {
    assert.throws(() => OffsetMap.fromRuns(5, [1, 0]), /from 0/);
    assert.throws(() => OffsetMap.fromRuns(5, [0, 0, 3, 1, 2, 2]), /ascending/);
    assert.throws(() => OffsetMap.fromRuns(5, [0, 0, 5, 1]), /ascending/);
    assert.throws(() => OffsetMap.fromRuns(5, [0]), /shape/);
    assert.throws(() => OffsetMap.fromRuns(5, []), /shape/);
    assert.deepEqual(OffsetMap.fromRuns(0, []).toArray(), []);
  });
});

/** The reference: normalisation read one character at a time with a table of one offset per character. */
function characterByCharacter(raw: string): { text: string; offsetMap: Uint32Array } {
  const singles = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u2035", "\u02BC", "\u00B4", "\u0060"]);
  const doubles = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2036", "\u00AB", "\u00BB", "\u2E42"]);
  const dashes = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D"]);
  const zeroWidth = new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]);
  const space = (c: string) => /^[ \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/.test(c);
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    if (c === "\r") {
      text += "\n";
      map.push(i);
      i += raw[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    const m = zeroWidth.has(c) ? undefined : singles.has(c) ? "'" : doubles.has(c) ? '"' : dashes.has(c) ? "-" : space(c) ? " " : c;
    i++;
    if (m === undefined || (m === " " && text.endsWith(" "))) continue;
    text += m;
    map.push(i - 1);
  }
  map.push(raw.length);
  return { text, offsetMap: Uint32Array.from(map) };
}
