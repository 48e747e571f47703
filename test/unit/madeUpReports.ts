/**
 * Made-up reports for the tests of the probes' rules: an index of a few reports (`# Report N`
 * each), a claim's verdicts against them, and the fact of a sentence by its figure.
 */
import * as assert from "node:assert/strict";
import { analyzeSentence, type FactMention } from "../../src/core/analysis/sentenceAnalysis";
import { CLAIM_READING } from "../../src/core/check/checkDraft";
import { assessFact } from "../../src/core/check/factCheck";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";

/** An index of made-up reports (`# Report N` each). */
export function indexOf(reports: string[]): CorpusIndex {
  const docs = reports.map((report, i) => {
    const doc = readSourceText(`report-${i + 1}.md`, `# Report ${i + 1}\n\n${report}\n`);
    assert.ok(doc.ok);
    return doc.document;
  });
  return CorpusIndex.build(docs);
}

/** The claim's facts and verdicts against a corpus of made-up reports. */
export function madeUp(reports: string | string[], text: string): string[] {
  const ix = indexOf(Array.isArray(reports) ? reports : [reports]);
  const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver(), undefined, CLAIM_READING);
  return claim.facts.map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

/** The fact of `text` whose text is `figure`. */
export function factOf(text: string, figure: string): FactMention {
  const f = analyzeSentence(text, { start: 0, end: text.length }).facts.find((x) => text.slice(x.span.start, x.span.end) === figure);
  assert.ok(f, figure);
  return f;
}
