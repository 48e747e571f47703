import * as assert from "node:assert/strict";
import { alignQuote, wordsWithOffsets } from "../../src/core/check/quoteMatch";

const words = (s: string) => wordsWithOffsets(s).map((w) => w.word);

describe("engine: alignQuote", () => {
  const cases: { name: string; quote: string; source: string; edits: number; matched: string }[] = [
    {
      name: "a fragment of a longer quote costs 0 (seed 000)",
      quote: "profit, power and people",
      source: "said organised crime was still down to profit, power and people",
      edits: 0,
      matched: "profit power and people",
    },
    {
      name: "one changed word costs 1",
      quote: "profit, power and money",
      source: "said organised crime was still down to profit, power and people",
      edits: 1,
      matched: "profit power and people",
    },
    {
      name: "a tie prefers a substitution at the end (the changed last word is in the stretch)",
      quote: "this is just the end",
      source: "The results have been outstanding, but this is just the start",
      edits: 1,
      matched: "this is just the start",
    },
    {
      name: "a dropped word costs a quarter and a changed word 1 (seed 001, Patel misquote)",
      quote: "criminals will not get away with using encrypted phones to plot crimes",
      source: "This operation demonstrates that criminals will not get away with using encrypted devices to plot vile crimes under the radar.",
      edits: 1.25,
      matched: "criminals will not get away with using encrypted devices to plot vile crimes",
    },
    {
      name: "case, punctuation and curly apostrophes do not count",
      quote: "Our officers instinctively look for evidence in places you wouldn't think to look",
      source: "\u201cOur officers instinctively look for evidence in places you wouldn\u2019t think to look.\u201d",
      edits: 0,
      matched: "our officers instinctively look for evidence in places you wouldn't think to look",
    },
    {
      name: "editorial insertions in brackets are ignored",
      quote: "They are taking the additional step",
      source: "They [gangs] are taking the additional step or layer of security",
      edits: 0,
      matched: "they are taking the additional step",
    },
    {
      name: "an unrelated quote costs one per word",
      quote: "dismantled every group",
      source: "the results have been outstanding",
      edits: 3,
      matched: "",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = words(c.source);
      const a = alignQuote(words(c.quote), s);
      assert.equal(a.edits, c.edits);
      if (c.matched) assert.equal(s.slice(a.from, a.to).join(" "), c.matched);
      assert.ok(0 <= a.from && a.from <= a.to && a.to <= s.length);
    });
  }

  it("an empty source costs every quote word", () => {
    assert.equal(alignQuote(["a", "b", "c"], []).edits, 3);
  });
});

describe("engine: wordsWithOffsets", () => {
  it("lowercases, straightens apostrophes, drops [insertions], and keeps offsets into the text", () => {
    const text = "They [gangs] are in the UK\u2019s top 20 per cent, don't";
    const ws = wordsWithOffsets(text);
    assert.deepEqual(ws.map((w) => w.word), ["they", "are", "in", "the", "uk's", "top", "20", "per", "cent", "don't"]);
    for (const w of ws) assert.equal(text.slice(w.start, w.end).toLowerCase().replace(/\u2019/g, "'"), w.word);
  });

  it("splits hyphenated words and ignores punctuation-only text", () => {
    assert.deepEqual(words("worry-free secure communications"), ["worry", "free", "secure", "communications"]);
    assert.deepEqual(wordsWithOffsets(" -- ... !"), []);
  });
});

describe("engine: alignQuote with an ellipsis", () => {
  const src = words("I congratulate them and law enforcement partners on this significant achievement.");
  it("left-out words cost a quarter each without an ellipsis", () => {
    assert.equal(alignQuote(words("I congratulate them on this significant achievement"), src).edits, 1);
  });
  it("cost nothing when the writer marks the omission (drop cost 0)", () => {
    assert.equal(alignQuote(words("I congratulate them … on this significant achievement"), src, 0).edits, 0);
  });
  it("a changed word still costs 1 with an ellipsis", () => {
    assert.equal(alignQuote(words("I congratulate them … on this remarkable achievement"), src, 0).edits, 1);
  });
});
