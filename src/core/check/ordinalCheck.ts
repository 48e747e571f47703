/**
 * Ranks and places ("climbed four places to seventh"): the quantity grammar reads an ordinal as
 * no figure, so a claim whose figures the sources back may still give another place than they do.
 */
import { ordinalsIn } from "../analysis/quantities";
import type { SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import type { Evidence, Span } from "../types";
import type { FactAssessment } from "./factCheck";

/** A claim's rank or place that the passages backing its figures give otherwise. */
export interface OrdinalSwap {
  span: Span;
  /** The ordinal as the sources write it ("ninth"). */
  suggestion: string;
  evidence: Evidence[];
}

/** Words before an ordinal that make it a rank or place: "rose to ninth", "finished in third". */
const PLACE_BEFORE = new Set(["to", "in", "at", "ranked", "finished", "placed", "came"]);

/** The ordinals of `text` with the word before each, lower case. */
function placedOrdinals(text: string, start = 0): { ordinal: string; before: string; span: Span }[] {
  const out: { ordinal: string; before: string; span: Span }[] = [];
  let before = "";
  for (const m of text.matchAll(/\d+(?:st|nd|rd|th)\b|[A-Za-z]+|\S/g)) {
    const word = m[0];
    if (PLACE_BEFORE.has(before) && ordinalsIn(word).length) out.push({ ordinal: word.toLowerCase(), before, span: { start: start + m.index!, end: start + m.index! + word.length } });
    before = word.toLowerCase();
  }
  return out;
}

/**
 * "Northgate climbed four places to seventh" where every passage backing "four places" says "to
 * ninth": the claim's ordinal after a word of place, against the one the backing passages give
 * after the same word. None where any of them gives the claim's, or none gives one so placed.
 */
export function findOrdinalSwap(index: CorpusIndex, claim: SentenceAnalysis, facts: readonly FactAssessment[], text: string): OrdinalSwap | undefined {
  const ours = placedOrdinals(text.slice(claim.span.start, claim.span.end), claim.span.start).filter((o) => !claim.facts.some((f) => f.span.start <= o.span.start && o.span.end <= f.span.end));
  if (ours.length !== 1) return undefined;
  const [mine] = ours as [(typeof ours)[number]];
  const sentences = [...new Set(facts.filter((f) => f.verdict === "supported").flatMap((f) => f.agreeingSentences))];
  let theirs: { ordinal: string; sentence: number; span: Span } | undefined;
  for (const id of sentences) {
    const start = index.startOfSentence(id);
    const placed = placedOrdinals(index.sentenceText(id), start).filter((o) => o.before === mine.before);
    if (placed.some((o) => o.ordinal === mine.ordinal)) return undefined;
    if (!theirs && placed.length === 1) theirs = { ordinal: placed[0]!.ordinal, sentence: id, span: placed[0]!.span };
  }
  if (!theirs) return undefined;
  return { span: mine.span, suggestion: theirs.ordinal, evidence: [index.evidence(theirs.sentence, theirs.span, { value: theirs.ordinal, stance: "disagrees" })] };
}
