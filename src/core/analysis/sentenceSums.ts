import { comparable, isMeasurementUnit } from "./compareValues";
import type { Quantity } from "./quantities";
import { isDuration, type FactMention } from "./sentenceAnalysis";

/**
 * What a sentence's figures add up to. A checker reads it for thousands of near-copies of a
 * claim's figure, so an index keeps it beside each sentence's record (and in its image) rather
 * than reading every record to find it.
 */
export interface SentenceSums {
  /** The sum of its counts (`isBareCount`), where it has three or more; NaN otherwise. */
  counts: number;
  /**
   * The other sides of its comparisons: a level and a difference right after it make one ("210
   * spaces, 50 fewer than at the old pier" 260, "260 spaces, 50 more than the new car park" 210).
   */
  otherSides: readonly number[];
}

/** Sums with no comparison: shared, as most sentences have none. */
export const NO_SIDES: readonly number[] = [];

/** Whether `q` counts things: no sum of money, share, year, span of time or measurement. */
export function isBareCount(q: Quantity): boolean {
  return !q.currency && !q.percent && !q.isYear && !(q.unit && (isDuration(q.unit) || isMeasurementUnit(q.unit)));
}

/**
 * A sentence's sums from its facts (spans relative to the sentence, as `textOf` gives it); its
 * text is read only where it has a comparison, for the comparison's side.
 */
export function sentenceSumsOf(facts: readonly FactMention[], textOf: () => string): SentenceSums {
  let n = 0;
  let sum = 0;
  let otherSides: number[] | undefined;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== "quantity" || !f.quantity || f.difference) {
      const level = facts[i - 1];
      if (!f.comparison || !f.difference || !f.quantity || !level?.quantity || level.difference || level.kind !== "quantity" || !comparable(level.quantity, f.quantity)) continue;
      const side = COMPARED_WORD_AFTER.exec(textOf().slice(f.quantity.span.end, f.quantity.span.end + 24))?.[1]?.toLowerCase();
      if (side) (otherSides ??= []).push(LESS_WORDS.has(side) ? level.quantity.value + f.quantity.value : level.quantity.value - f.quantity.value);
      continue;
    }
    if (!isBareCount(f.quantity)) continue;
    n++;
    sum += f.quantity.value;
  }
  return { counts: n >= 3 ? sum : NaN, otherSides: otherSides ?? NO_SIDES };
}

/** The word of a comparison right after its difference (and its unit): "50 fewer than", "£50 more than". */
const COMPARED_WORD_AFTER = /^(?:\s+\p{Ll}+)?\s+(fewer|less|lower|cheaper|smaller|shorter|more|higher|greater|bigger|larger|dearer|longer)\s+than\b/u;
const LESS_WORDS: ReadonlySet<string> = new Set(["fewer", "less", "lower", "cheaper", "smaller", "shorter"]);
