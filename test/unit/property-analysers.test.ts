/**
 * Property tests (fast-check, 10,000 generated inputs each) over the pure text analysers: normalize,
 * splitSentences, extractQuantities, extractDates, extractQuotes, parseCitations and parseDraft.
 * Inputs: see property-arbitraries.ts (binary, invalid UTF-16, long lines, unbalanced and nested quote
 * marks, right-to-left text, emoji, combining and zero-width characters). Each property asserts that
 * nothing throws and that every offset the analyser returns lies inside the text it was given.
 */
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { extractDates } from "../../src/core/analysis/dates";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { splitSentences } from "../../src/core/analysis/sentences";
import { parseDraft } from "../../src/core/check/draft";
import { parseCitations } from "../../src/core/services/citations";
import { normalize, toRawSpan } from "../../src/core/text/normalize";
import { assertSpan, check, hostileText, RUNS } from "./property-arbitraries";

const timings: string[] = [];
function timed(name: string, r: { ms: number; runs: number }): void {
  timings.push(`${name}: ${r.runs} runs in ${r.ms} ms`);
}

describe("property: text analysers never throw and keep offsets in range", function () {
  this.timeout(120_000);
  after(() => {
    if (process.env.SOURCED_PROPERTY_TIMES) console.log(`      ${timings.join("\n      ")}`);
  });

  it(`normalize: offset map has text.length + 1 entries, is monotonic and ends at raw.length (${RUNS} inputs)`, () => {
    timed("normalize", check(hostileText, (raw) => {
      const { text, offsetMap } = normalize(raw);
      assert.equal(offsetMap.length, text.length + 1);
      assert.equal(offsetMap[text.length], raw.length);
      for (let i = 0; i < text.length; i++) {
        assert.ok(offsetMap[i]! <= offsetMap[i + 1]!, `offset map decreases at ${i}`);
        assert.ok(offsetMap[i]! < raw.length, `offset ${offsetMap[i]} of char ${i} outside raw`);
      }
      assert.ok(!/[\r\u200b\ufeff]/.test(text), "normalised text keeps \\r or a zero-width character");
      const s = toRawSpan(offsetMap, 0, text.length);
      assertSpan(s, raw.length, "toRawSpan");
    }));
  });

  it(`splitSentences: sorted, non-overlapping, trimmed spans inside [start, end) (${RUNS} inputs)`, () => {
    const arb = fc.tuple(hostileText, fc.nat(), fc.nat(), fc.boolean());
    timed("splitSentences", check(arb, ([text, a, b, keep]) => {
      const start = text.length ? a % (text.length + 1) : 0;
      const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
      const spans = splitSentences(text, start, end, { keepQuotesTogether: keep });
      let last = start;
      for (const s of spans) {
        assertSpan(s, text.length, "sentence");
        assert.ok(s.start >= last && s.end <= end && s.start < s.end, `sentence ${JSON.stringify(s)} out of order or outside [${start}, ${end})`);
        last = s.end;
      }
    }));
  });

  it(`extractQuantities: span, valueSpan and unitSpan inside the text, valueSpan within span (${RUNS} inputs)`, () => {
    timed("extractQuantities", check(hostileText, (text) => {
      for (const q of extractQuantities(text)) {
        assertSpan(q.span, text.length, "quantity");
        assertSpan(q.valueSpan, text.length, "quantity value");
        assertSpan(q.unitSpan, text.length, "quantity unit");
        assert.ok(Number.isFinite(q.value), `non-finite value ${q.value} for "${q.text}"`);
      }
    }));
  });

  it(`extractDates: spans inside the text and text equal to the span's slice (${RUNS} inputs)`, () => {
    timed("extractDates", check(hostileText, (text) => {
      for (const d of extractDates(text, new Date(Date.UTC(2020, 6, 2)))) {
        assertSpan(d.span, text.length, "date");
        assert.equal(d.text, text.slice(d.span.start, d.span.end));
      }
    }));
  });

  it(`extractQuotes: quote, outer and speaker spans inside the text, span within outerSpan (${RUNS} inputs)`, () => {
    timed("extractQuotes", check(hostileText, (text) => {
      const paragraphs = parseDraft(text).paragraphs;
      for (const q of extractQuotes(text, paragraphs)) {
        assertSpan(q.span, text.length, "quote");
        assertSpan(q.outerSpan, text.length, "quote outer");
        assertSpan(q.speakerSpan, text.length, "speaker");
        assert.ok(q.outerSpan.start <= q.span.start && q.span.end <= q.outerSpan.end, "quote span outside its outer span");
        assert.equal(q.text, text.slice(q.span.start, q.span.end));
      }
    }));
  });

  it(`parseCitations: groups inside the text, refs inside their group, keys equal to their slices (${RUNS} inputs)`, () => {
    timed("parseCitations", check(hostileText, (text) => {
      let last = 0;
      for (const g of parseCitations(text)) {
        assertSpan(g.span, text.length, "citation group");
        assert.ok(g.span.start >= last, "citation groups overlap");
        last = g.span.end;
        assert.equal(text[g.span.start], "[");
        assert.equal(text[g.span.end - 1], "]");
        for (const r of g.refs) {
          assertSpan(r.span, text.length, "citation ref");
          assert.ok(g.span.start < r.span.start && r.span.end < g.span.end, "ref outside its group");
          assert.equal(text.slice(r.keySpan.start, r.keySpan.end), r.key);
          assert.ok(r.key.length > 0);
        }
      }
    }));
  });

  it(`parseDraft: masked text of the same length, newlines kept, paragraphs, claims and citations in range (${RUNS} inputs)`, () => {
    timed("parseDraft", check(hostileText, (text) => {
      const d = parseDraft(text);
      assert.equal(d.masked.length, text.length);
      for (let i = 0; i < text.length; i++) if (text[i] === "\n") assert.equal(d.masked[i], "\n", `newline ${i} masked`);
      for (const p of d.paragraphs) assertSpan(p, text.length, "paragraph");
      for (const c of d.claims) {
        assertSpan(c.span, text.length, "claim");
        assert.ok(c.paragraph.start <= c.span.start && c.span.end <= c.paragraph.end, "claim outside its paragraph");
        for (const g of c.citations) assertSpan(g.span, text.length, "claim citation");
      }
    }));
  });
});
