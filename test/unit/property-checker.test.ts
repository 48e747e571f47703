/**
 * Property tests (fast-check) over the whole checker: `checkDraft` against a small index prebuilt
 * from the bundled seeds. Drafts mix hostile fragments (see property-arbitraries.ts) with sentences
 * taken from the seeds, so fact, quote, entity and citation checks really run on the mangled text.
 * Nothing throws; every finding's span, claim span and range lie inside the draft; every evidence
 * range lies inside its source file and every highlight inside the evidence text.
 *
 * Count: CHECKER_RUNS (below) = 2,000 generated drafts, not 10,000. Measured on 2 cores: 2,000 drafts
 * in ~19 s (~10 ms each: seed sentences make the fact, quote and citation checks really run), so
 * 10,000 would take ~95 s, most of the unit-test budget on its own. The analysers the checker is
 * built from get 10,000 runs each (property-analysers.test.ts, ~10 s in all; readSource in
 * property-sources.test.ts). Set SOURCED_PROPERTY_FULL=1 to run the checker 10,000 times.
 */
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { checkDraft } from "../../src/core/check/checkDraft";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { splitSentences } from "../../src/core/analysis/sentences";
import { FINDING_KINDS } from "../../src/core/types";
import { assertRange, assertSpan, check, hostileText, lineLengths, longLine, RUNS, shortText } from "./property-arbitraries";

export const CHECKER_RUNS = process.env.SOURCED_PROPERTY_FULL ? RUNS : 2_000;

describe("property: checkDraft never throws and keeps findings inside the draft", function () {
  this.timeout(180_000);
  let index: CorpusIndex;
  let seedSentences: string[] = [];
  const sourceLines = new Map<string, number[]>();

  before(async () => {
    const corpus = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    index = CorpusIndex.build(corpus.documents);
    for (const d of corpus.documents) {
      sourceLines.set(d.meta.path, lineLengths(d.original));
      for (const b of d.blocks) for (const s of splitSentences(d.text, b.start, b.end)) seedSentences.push(d.text.slice(s.start, s.end));
    }
    seedSentences = seedSentences.filter((s) => s.length < 400).slice(0, 400);
    assert.ok(seedSentences.length > 20);
  });

  it(`findings, claims, ranges and evidence stay in range (${CHECKER_RUNS} drafts)`, () => {
    const keys = index.documents.map((d) => d.meta.key);
    const seedPiece = fc.oneof(
      fc.constantFrom(...seedSentences),
      fc.constantFrom(...keys).map((k) => ` [@${k}] `),
      // A seed sentence with a hostile fragment spliced in (a figure changed, a quote unbalanced...).
      fc.tuple(fc.constantFrom(...seedSentences), shortText, fc.nat()).map(([s, junk, at]) => s.slice(0, at % (s.length + 1)) + junk + s.slice(at % (s.length + 1))),
    );
    const draft = fc.oneof(
      { arbitrary: fc.array(fc.oneof(seedPiece, hostileText, fc.constantFrom(" ", "\n\n", "\r\n", "\u201c", "\u201d")), { maxLength: 8 }).map((p) => p.join("")), weight: 20 },
      { arbitrary: longLine, weight: 1 },
    );
    const r = check(draft, (text) => {
      const lines = lineLengths(text);
      for (const f of checkDraft(index, text)) {
        assert.ok((FINDING_KINDS as readonly string[]).includes(f.kind));
        assertSpan(f.span, text.length, `${f.kind} span`);
        assertSpan(f.claimSpan, text.length, `${f.kind} claim span`);
        assertRange(f.range, lines, `${f.kind} range`);
        assert.equal(f.claim, text.slice(f.claimSpan.start, f.claimSpan.end));
        assert.ok(typeof f.message === "string" && f.message.length > 0);
        for (const e of f.evidence) {
          const src = sourceLines.get(e.path);
          assert.ok(src, `evidence from an unknown path ${e.path}`);
          assertRange(e.range, src, "evidence range");
          assertSpan(e.highlight, e.text.length, "evidence highlight");
        }
      }
    }, CHECKER_RUNS);
    if (process.env.SOURCED_PROPERTY_TIMES) console.log(`      checkDraft: ${r.runs} runs in ${r.ms} ms`);
  });
});
