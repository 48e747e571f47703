/**
 * Sums and their parts: whether a report's figures add up to a claim's total, or a claim's own
 * figures to a report's, so that a part ("£3.1 million to clear a bank loan") is not read as a
 * rival account of the whole it is part of ("will take £7.7 million of the proceeds"), nor the
 * rest of a whole as an account of the share the claim gives.
 */
import { claimInterval as claimIntervalOf, comparable, isMeasurementUnit, physicalFamily, sourceInterval } from "../analysis/compareValues";
import { type Quantity } from "../analysis/quantities";
import { parseNumberWords } from "../analysis/numberWords";
import { type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import { stem } from "../analysis/tokens";
import { FIGURE_NO_LEVEL } from "../index/factColumns";
import type { Candidate } from "./candidates";

/** Parts of a report at most this many are tried for a sum (see `someAddUpTo`). */
export const PARTS_SUMMED_MAX = 12;

/** Whether two or more of `values` (at most `PARTS_SUMMED_MAX` of them) add up to between `lo` and `hi`. */
export function someAddUpTo(values: readonly number[], lo: number, hi: number): boolean {
  if (values.length < 2 || values.length > PARTS_SUMMED_MAX) return false;
  for (let mask = 3; mask < 1 << values.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let sum = 0;
    for (let i = 0; i < values.length; i++) if (mask & (1 << i)) sum += values[i]!;
    if (sum >= lo && sum <= hi) return true;
  }
  return false;
}

/**
 * The documents whose disagreeing figures, each smaller than `total` and each value once, add up
 * to it (two or more of them): a report that gives the parts of the claim's sum.
 */
export function partsOfTheSum(cs: readonly Candidate[], claimed: Quantity, figuresBeside: (c: Candidate) => Part[], figuresOfDoc: (doc: number) => Part[]): Set<number> {
  const total = claimed.value;
  // A sum the claim rounds or bounds ("about £278,000", "more than 1,300") is made by some of a
  // report's figures: a bound is said of a sum just past it.
  const exact = claimed.qualifier === "exact" || claimed.qualifier === "upTo";
  const iv = claimIntervalOf(claimed);
  const lo = Number.isFinite(iv.lo) ? iv.lo : iv.hi * (1 - BOUND_REACH);
  const hi = Number.isFinite(iv.hi) ? iv.hi : iv.lo * (1 + BOUND_REACH);
  const byDoc = new Map<number, Map<number, Part>>();
  // A part is smaller than the sum on the sum's own scale: a bound's interval is in the unit
  // family's base unit ("about 44,500 litres" in cubic metres), as the parts' intervals are.
  const add = (parts: Map<number, Part>, q: Part) => {
    if ((exact ? q.value < total : q.lo < lo) && !parts.has(q.value)) parts.set(q.value, q);
  };
  for (const c of cs) {
    if (c.agrees) continue;
    let parts = byDoc.get(c.doc);
    if (!parts) byDoc.set(c.doc, (parts = new Map()));
    // With the figures of the same kind beside it ("fined £240,000 ..., and in 2014 it paid £75,000").
    for (const q of figuresBeside(c)) add(parts, q);
  }
  // And the report's other figures of the claim's measure, however little their sentences share
  // with the claim ("Northgate Academy has 1,120 pupils" beside "212 pupils have moved"): read
  // where few reports disagree (an archive's thousands are not each read).
  if (byDoc.size <= PARTS_DOCS_READ) for (const [doc, parts] of byDoc) for (const q of figuresOfDoc(doc)) add(parts, q);
  const out = new Set<number>();
  for (const [doc, parts] of byDoc) {
    if (parts.size < 2) continue;
    // An exact sum, by some of the figures as written ("£1.75m fine and £640,000 for the review"
    // for "£2.39m together"); a bounded or rounded one, each figure as closely as its report gives it.
    const intervals = [...parts.values()].map((q) => (exact ? { lo: q.value, hi: q.value } : q));
    const slack = exact ? 1e-6 * Math.abs(total) : 0;
    if (someSumWithin(intervals, (exact ? total : lo) - slack, (exact ? total : hi) + slack)) out.add(doc);
  }
  return out;
}

/** Reports whose every figure of a sum's measure `partsOfTheSum` reads, at most. */
export const PARTS_DOCS_READ = 50;

/** How far past a bound ("more than 1,300") the sum it bounds is taken to lie: a tenth and a half. */
const BOUND_REACH = 0.15;

/** Whether two or more of `parts` (a dozen at most are tried), each somewhere in its interval, add up to a sum in `[lo, hi]`. */
export function someSumWithin(parts: readonly { lo: number; hi: number }[], lo: number, hi: number): boolean {
  if (parts.length > 12) return false;
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    let n = 0;
    let from = 0;
    let to = 0;
    for (let i = 0; i < parts.length; i++) {
      if (!(mask & (1 << i))) continue;
      n++;
      from += parts[i]!.lo;
      to += parts[i]!.hi;
    }
    if (n >= 2 && from <= hi && to >= lo) return true;
  }
  return false;
}

/** A figure that may be a part of a sum: its value as stated, and its interval as its source means it (`sourceInterval`). */
interface Part {
  value: number;
  lo: number;
  hi: number;
}

/** Figure `q` as a part (see `Part`). */
export function partOf(q: Quantity): Part {
  const iv = sourceInterval(q);
  return { value: q.value, lo: iv.lo, hi: iv.hi };
}

/**
 * Candidate `c`'s sentence's figures of its own kind (currency, share, unit), its own among them,
 * as parts (see `Part`): from the fact columns, as a check reads them for thousands of candidates.
 */
export function figuresLike(index: CorpusIndex, c: Candidate, levelsOnly = false): Part[] {
  const cols = index.factColumns;
  const kind = cols.figureKind[c.fid]!;
  if (kind < 0) return [];
  const out: Part[] = [];
  const first = index.firstFactOf(c.sentence);
  for (let fid = first, end = first + index.factCountOf(c.sentence); fid < end; fid++) {
    // `levelsOnly`: no difference or starting point ("£999, £50 more than last year's").
    if (levelsOnly && (cols.figureFlags[fid]! & FIGURE_NO_LEVEL) !== 0) continue;
    if (cols.figureKind[fid] === kind) out.push({ value: cols.amount[fid]!, lo: cols.lo[fid]!, hi: cols.hi[fid]! });
  }
  return out;
}

/** Whether `q` is a figure of `mine`'s kind, as a sum's part must be: no year, the same currency, a share as a share. */
function sameKindOfFigure(q: Quantity, mine: Quantity): boolean {
  return !q.isYear && q.currency === mine.currency && !!q.percent === !!mine.percent;
}

/** Document `doc`'s figures of claim fact `fact`'s measure and kind (currency, share, unit); with `wholes`, none said to be a part. */
export function figuresOfMeasure(index: CorpusIndex, doc: number, fact: FactMention, wholes = false): Quantity[] {
  const mine = fact.quantity!;
  const out: Quantity[] = [];
  for (const sid of index.sentencesOf(doc)) {
    for (const f of index.sentenceRecord(sid).facts) {
      const q = f.quantity;
      // `wholes`: not a figure said to be within another ("including an emergency £2.1m").
      if (wholes && f.part) continue;
      if (q && sameKindOfFigure(q, mine) && f.measure.some((m) => fact.measure.includes(m))) out.push(q);
    }
  }
  return out;
}

/** Whether disagreeing candidates `cs` add up to `total` (to a part in a million: sums of decimals are not exact). */
export function addsUpTo(index: CorpusIndex, cs: readonly Candidate[], total: number): boolean {
  const cols = index.factColumns;
  let sum = 0;
  for (const c of cs) {
    if (c.agrees) return false;
    sum += cols.amount[c.fid]!;
  }
  if (Math.abs(sum - total) > 1e-6 * Math.abs(total)) return false;
  // Parts of one sum are of one kind: "a depth of 28km (17 miles)" is one figure twice, no 45.
  const first = index.factRecord(cs[0]!.fid).quantity!;
  return cs.every((c) => {
    const q = index.factRecord(c.fid).quantity!;
    return q.currency === first.currency && !q.percent === !first.percent && (q.unit === first.unit || !(isMeasurementUnit(q.unit ?? "") || isMeasurementUnit(first.unit ?? "")));
  });
}

/**
 * Whether a candidate's figure is a tally of another day than `weekday`: its sentence gives it as
 * a tally by other days only ("had been cancelled by the end of Wednesday"), or dates it by
 * another year than its report's ("In 2022 an outage ... led to 38 operations being cancelled"),
 * or, giving no such day, its report is of another weekday (an undated running total in a report
 * of Thursday is Thursday's: "has cancelled 389 operations since ... on Tuesday").
 */
/**
 * Whether the claim's share `fact` is the ratio of two other figures of the claim, as closely as
 * the share is written ("80 per cent" for 112 of 140; "a quarter" for 9 of 36).
 */
export function isShareOfOwnFigures(claim: SentenceAnalysis, fact: FactMention): boolean {
  const p = fact.quantity;
  if (fact.kind !== "quantity" || !p?.percent) return false;
  const iv = claimIntervalOf({ ...p, qualifier: p.qualifier === "exact" ? "approx" : p.qualifier });
  const counts = claim.facts.flatMap((f) => (f !== fact && f.kind === "quantity" && f.quantity && !f.quantity.percent && !f.quantity.isYear && f.quantity.value > 0 ? [f.quantity] : []));
  for (const a of counts) for (const b of counts) if (a !== b && a.value < b.value && comparable(a, b) && (100 * a.value) / b.value >= iv.lo && (100 * a.value) / b.value <= iv.hi) return true;
  return false;
}

/** The whole a part figure names in its own words: "Six of the eight glasshouses": 8. */
export function wholeOfPart(q: Quantity): number | undefined {
  if (!q.nounPhrase) return undefined;
  const digits = /^(\d{1,3}(?:,\d{3})*|\d+)\s/.exec(q.nounPhrase);
  return digits ? Number(digits[1]!.replace(/,/g, "")) : parseNumberWords(q.nounPhrase, 0)?.value;
}

/**
 * What the claim's exact count or sum leaves once each of its own smaller figures of the same kind
 * is taken away ("lost 14 ... once the 11 blocks shut": 3), and where a change the claim gives
 * started ("trimmed by 40 posts, leaving 310": 350). Not lengths or weights: their figures are in
 * other units than the columns' amounts.
 */
export function restsOfTheClaimsSum(claim: SentenceAnalysis, fact: FactMention): number[] {
  const q = fact.quantity;
  if (fact.kind !== "quantity" || !q || q.qualifier !== "exact" || q.percent || (q.unit && physicalFamily(q.unit))) return [];
  const out: number[] = [];
  for (const f of claim.facts) {
    const o = f.quantity;
    if (f === fact || f.kind !== "quantity" || !o || o.qualifier !== "exact" || o.isYear || !comparable(o, q)) continue;
    // "trimmed by 40 posts, leaving 310 to go": where the claim's change started (350), whichever way it went.
    if (f.difference && !fact.difference) {
      if (q.currency || !q.unit || !o.unit || stem(o.unit) === stem(q.unit)) out.push(q.value + o.value, q.value - o.value);
      continue;
    }
    if (o.value >= q.value || (!q.currency && stem(o.unit ?? "") !== stem(q.unit ?? ""))) continue;
    out.push(q.value - o.value);
  }
  return out;
}

/**
 * What is left of the whole a part is given of ("Six of the eight glasshouses": 2; "Of the 44
 * homes evacuated, 32 ...": 12), where the claim's figure is such a part and its whole a count
 * written in figures or words.
 */
export function restOfTheWhole(claim: SentenceAnalysis, fact: FactMention): number | undefined {
  const q = fact.quantity;
  if (!fact.part || !q || q.qualifier !== "exact") return undefined;
  let whole = wholeOfPart(q);
  // Or a whole the claim opens on: "Of the 44 homes evacuated, 32 are privately owned"; or one
  // within the part's own words, in digits: "Fifty-eight of the council's 60 members".
  whole ??= claim.facts.find((f) => f !== fact && f.kind === "quantity" && f.quantity && !f.part && f.quantity.qualifier === "exact" && f.quantity.value > q.value && (f.span.end <= fact.span.start || (f.span.start > fact.span.start && f.span.end <= q.span.end)) && f.measure.some((m) => fact.measure.includes(m)))?.quantity!.value;
  return whole !== undefined && whole > q.value ? whole - q.value : undefined;
}
