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
  record: {
    terms: readonly string[];
    entities: readonly { type: string; name: string }[];
    facts: readonly FactMention[];
  };
}

/**
 * The shape hash of every fact of a document's sentences, in order (sentence by sentence). With
 * `previous` (the shapes of the same sentences before some were analysed again without their
 * terms changing) only the facts of the sentences in `changed` (indexes) are computed again.
 */
export function factShapes(sentences: readonly ShapedSentence[], changed?: { previous: readonly number[]; sentences: ReadonlySet<number> }): number[] {
  const blocks = changed ? new Set([...changed.sentences].map((i) => sentences[i]!.block)) : undefined;
  const paragraphs = new Map<number, ShapedSentence["record"][]>();
  for (const s of sentences) {
    if (blocks && !blocks.has(s.block)) continue;
    const held = paragraphs.get(s.block);
    if (held) held.push(s.record);
    else paragraphs.set(s.block, [s.record]);
  }
  const paragraphHashes = new Map<number, number>();
  for (const [block, records] of paragraphs) paragraphHashes.set(block, paragraphHash(records));
  const out: number[] = changed ? [...changed.previous] : [];
  let at = 0;
  sentences.forEach(({ block, record }, i) => {
    if (!record.facts.length) return;
    if (changed && !changed.sentences.has(i)) {
      at += record.facts.length;
      return;
    }
    at = sentenceShapes(paragraphHashes.get(block)!, record, out, at);
  });
  return out;
}

/**
 * The shape hashes of the facts of one paragraph's sentences (`records`, all of them, in order):
 * what `factShapes` gives for them. A paragraph's shapes depend on its records alone, so a
 * paragraph read again with the same records has the same shapes.
 */
export function paragraphShapes(records: readonly ShapedSentence["record"][]): number[] {
  const out: number[] = [];
  if (!records.length) return out;
  const hash = paragraphHash(records);
  let at = 0;
  for (const record of records) if (record.facts.length) at = sentenceShapes(hash, record, out, at);
  return out;
}

/** A hash of a paragraph's words but for its numbers, sentence by sentence. */
function paragraphHash(records: readonly ShapedSentence["record"][]): number {
  let key = "p" + wordsHash(records[0]!.terms);
  for (let i = 1; i < records.length; i++) key += ":" + wordsHash(records[i]!.terms);
  return hash53(key);
}

/** Writes the shapes of `record`'s facts into `out` from `at`, in a paragraph hashed `paragraph`; returns where they end. */
function sentenceShapes(paragraph: number, record: ShapedSentence["record"], out: number[], at: number): number {
  // Hashes of the parts, combined: the sentence's and each fact's are made once per record.
  const head = paragraph + ":" + sentenceHash(record) + ":";
  for (const f of record.facts) out[at++] = hash53(head + factHash(f));
  return at;
}

// Records, term lists and facts are shared by the copies of a sentence: their keys are made once.
const wordsKeys = new WeakMap<readonly string[], string>();
const wordsHashes = new WeakMap<readonly string[], number>();
const sentenceHashes = new WeakMap<object, number>();
const factHashes = new WeakMap<FactMention, number>();

/** Terms without their numbers, in order: what near-copies of a sentence share. */
export function wordsKey(terms: readonly string[]): string {
  let out = wordsKeys.get(terms);
  if (out !== undefined) return out;
  out = "";
  for (const t of terms) if (!HAS_DIGIT.test(t)) out += t + " ";
  wordsKeys.set(terms, out);
  return out;
}

/** A hash of `wordsKey(terms)`. */
function wordsHash(terms: readonly string[]): number {
  let out = wordsHashes.get(terms);
  if (out === undefined) wordsHashes.set(terms, (out = hash53(wordsKey(terms))));
  return out;
}

/** A hash of a sentence's words and names. */
function sentenceHash(record: ShapedSentence["record"]): number {
  let out = sentenceHashes.get(record);
  if (out === undefined) sentenceHashes.set(record, (out = hash53(wordsHash(record.terms) + "\u0002" + record.entities.map((e) => e.type + ":" + e.name).join("|"))));
  return out;
}

const HAS_DIGIT = /\d/;

/** A hash of everything of a fact but its value and the numbers of its clause. */
function factHash(f: FactMention): number {
  let out = factHashes.get(f);
  if (out === undefined) factHashes.set(f, (out = hash53(factKey(f))));
  return out;
}

/**
 * Everything of a fact but its value and the numbers of its clause: what near-copies share. A
 * checker keys a claim fact's weighings by it too (see `assessFact`).
 */
export function factKey(f: FactMention): string {
  const q = f.quantity;
  return JSON.stringify([
    f.kind, f.measure, f.ownUnit, wordsKey(f.local), f.places, f.clausePlaces, f.clauseOrgs, f.orgs,
    q?.currency, q?.percent, q?.isYear, q?.unit, q?.nounPhrase, q?.ofNoun, q?.dimension, q?.qualifier, q?.per, q?.perItem, q?.forSeveral, f.date?.granularity, f.from, f.difference, f.comparison, f.direction, f.part, f.occasion, f.yearsAgo, f.state, f.deadline, f.negated, f.total, f.holder, f.average, f.goal, f.shared, f.window, f.over, f.cohort, f.hurt, f.severalKinds, f.saved, f.hypothetical, f.dateBound, f.size, f.without, f.reference, f.reached, f.partOf, f.revised, f.later, f.instance, f.yearBefore, f.peak, f.until, f.offset, f.against, f.sinceEvent, f.aim, f.doneTo, f.ofNarrowedWhole, f.rankBand, f.agents, f.shareBase, f.toldAgain, f.restOf,
  ]);
}
