/**
 * Near-copy shapes of a document's facts. Archives repeat wire copy with figures changed: facts
 * of the same kind, measure, unit, clause and scope, in sentences and paragraphs with the same
 * words and names but for their numbers, are one shape. A checker weighs a shape's context once
 * and only each copy's value and number words one by one.
 *
 * A shape depends only on the fact's own document (its sentence and paragraph), so it is
 * computed with the document's analysis (on a worker thread, stored with it) and the index only
 * maps each hash to a dense id.
 */
import type { FactMention } from "../analysis/sentenceAnalysis";
import { hash53 } from "../text/hash";

/** What a shape reads of an analysed sentence. */
export interface ShapedSentence {
  /** Paragraph number within the document. */
  block: number;
  terms: readonly string[];
  entities: readonly { type: string; name: string }[];
  facts: readonly FactMention[];
}

/**
 * The shape hash of every fact of a document's sentences, in order (sentence by sentence). With
 * `previous` (the shapes of the same sentences before some were analysed again without their
 * terms changing) only the facts of the sentences in `changed` (indexes) are computed again.
 */
export function factShapes(sentences: readonly ShapedSentence[], changed?: { previous: readonly number[]; sentences: ReadonlySet<number> }): number[] {
  const blocks = changed ? new Set([...changed.sentences].map((i) => sentences[i]!.block)) : undefined;
  const paragraphs = new Map<number, string>();
  for (const s of sentences) {
    if (blocks && !blocks.has(s.block)) continue;
    const held = paragraphs.get(s.block);
    paragraphs.set(s.block, held === undefined ? "\u0003" + wordsKey(s.terms) : held + "\u0001" + wordsKey(s.terms));
  }
  const paragraphHashes = new Map<number, number>();
  for (const [block, key] of paragraphs) paragraphHashes.set(block, hash53(key));
  const out: number[] = changed ? [...changed.previous] : [];
  let at = 0;
  sentences.forEach((s, i) => {
    if (!s.facts.length) return;
    if (changed && !changed.sentences.has(i)) {
      at += s.facts.length;
      return;
    }
    const names = s.entities.map((e) => e.type + ":" + e.name).join("|");
    const head = paragraphHashes.get(s.block) + "\u0002" + wordsKey(s.terms) + "\u0002" + names + "\u0002";
    for (const f of s.facts) out[at++] = hash53(head + factKey(f));
  });
  return out;
}

/** Terms without their numbers, in order: what near-copies of a sentence share. */
function wordsKey(terms: readonly string[]): string {
  let out = "";
  for (const t of terms) if (!HAS_DIGIT.test(t)) out += t + " ";
  return out;
}

const HAS_DIGIT = /\d/;

/** Everything of a fact but its value and the numbers of its clause. */
function factKey(f: FactMention): string {
  const q = f.quantity;
  return JSON.stringify([
    f.kind, f.measure, f.ownUnit, wordsKey(f.local), f.places, f.clausePlaces, f.clauseOrgs, f.orgs,
    q?.currency, q?.percent, q?.isYear, q?.unit, q?.nounPhrase, q?.ofNoun, q?.qualifier, f.date?.granularity,
  ]);
}
