/**
 * What times a figure is of: the years and months its own sentence gives it (`figureDates`), the
 * times a claim gives its figures (`claimTimesOf`), and a report's lead paragraph, whose places
 * and dates an undated figure of the report is taken to share (`storyLead`).
 */
import { type Quantity } from "../analysis/quantities";
import { type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import { stem } from "../analysis/tokens";
import { leadParagraphs } from "./storyGuards";

/** What a document's lead says (see `storyLead`), per index version: every claim with a place or a time asks. */
const leadCache = new WeakMap<CorpusIndex, { version: number; byDoc: Map<number, StoryLead> }>();

/** The places and times a document's headline and first paragraph give. */
interface StoryLead {
  /** Places (canonical): what its story is about, and the scope of its figures that name none. */
  places: string[];
  /** Years and months its dates give: the time of its figures that are dated by nothing. */
  years: number[];
  months: number[];
}

/**
 * The places and times of a document's headline and first paragraph, from their records' names
 * and dates. Two paragraphs a document (all of its sentences, or its paragraphs' term sets,
 * cost 0.1-0.3 s over 10,000).
 */
export function storyLead(index: CorpusIndex, doc: number): StoryLead {
  let held = leadCache.get(index);
  if (!held || held.version !== index.version) leadCache.set(index, (held = { version: index.version, byDoc: new Map() }));
  let out = held.byDoc.get(doc);
  if (!out) {
    out = { places: [], years: [], months: [] };
    const cols = index.factColumns;
    // A wire's dateline is read, and the two paragraphs after it (see `leadParagraphs`).
    for (const { start } of leadParagraphs(index, doc)) {
      // From the names table and the fact columns: a check reads the leads of thousands of
      // reports, and their sentences' records are otherwise never read.
      for (const id of index.paragraphOf(start)) {
        for (const e of index.sentenceEntities(id)) {
          const place = e.type === "place" ? e.name : e.place;
          if (place && place !== "World") out.places.push(place);
        }
        const first = index.firstFactOf(id);
        for (let fid = first, n = first + index.factCountOf(id); fid < n; fid++) {
          if (cols.kind[fid] !== 1) continue;
          const date = cols.dateAt(fid);
          if (date.year !== undefined) out.years.push(date.year);
          if (date.month !== undefined) out.months.push(date.month);
        }
      }
    }
    held.byDoc.set(doc, out);
  }
  return out;
}

/** Characters between a figure and the date right after it that dates it alone (" in ", " on "). */
export const DATED_FIGURE_GAP = 4;

/**
 * The figure a date dates alone, written right before it with a participle at most between
 * ("fell from 412,000 in 2019", "the 803 recorded in February 2024"), if any.
 */
export function figureDatedAlone(text: string, facts: readonly FactMention[], date: FactMention): Quantity | undefined {
  for (const f of facts) {
    if (f.kind !== "quantity" || !f.quantity || f.quantity.span.end > date.span.start) continue;
    if (PARTICIPLE_GAP.test(text.slice(f.quantity.span.end, date.span.start))) return f.quantity;
  }
  return undefined;
}
/** A participle and a preposition, or a preposition alone, between a figure and its date. */
export const PARTICIPLE_GAP = /^\s+(?:\p{Ll}+ed\s+)?(?:in|on|at|by|during)\s+$/u;

/**
 * The day a month said without one stands for, by the word before it: "mid-September" its 15th,
 * "early September" its 10th, else its end ("by the end of September", "by September").
 */
export function dayOfMonthSaid(claim: SentenceAnalysis, date: FactMention): number {
  let i = claim.tokens.findIndex((t) => t.span.start >= date.span.start);
  if (i < 0) i = claim.tokens.length;
  const word = claim.tokens[i - 1]?.lower;
  return word === "mid" ? 15 : word === "early" ? 10 : 31;
}

/** The dates a sentence gives one of its figures (see `figureDates`). */
export interface FigureDates {
  /** The years of the dates that date the figure. */
  years: number[];
  months: number[];
  any: boolean;
  /** Whether every date that dates the figure is one it counts from ("has closed 19 branches since 2020"): a tally up to its report's day. */
  onlySince: boolean;
}
export const UNDATED: FigureDates = { years: [], months: [], any: false, onlySince: false };

/**
 * The dates each fact of a sentence has, by fact index: a sentence's dates date all its figures
 * ("fell to 7.5 million in March, ... but in Northshire ... rose to 182,400": both March's), but
 * for a date nearest to where a change started, which dates that figure alone ("fell to 27.8%
 * this year, down from 28.4% in 2024": the 27.8% is dated by nothing).
 */
export function figureDates(facts: readonly FactMention[]): FigureDates[] {
  const out = facts.map((): FigureDates => ({ years: [], months: [], any: false, onlySince: true }));
  const gap = (a: FactMention, b: FactMention) => (a.span.end <= b.span.start ? b.span.start - a.span.end : a.span.start >= b.span.end ? a.span.start - b.span.end : 0);
  // "has fallen 38 per cent since 2022, ..., and only four were offered in 2024, against 11 in
  // 2019": a change's own "since" gives its time, and the sentence's other dates are not its.
  // The figure each such date dates.
  const ownerOf = new Map<number, number>();
  facts.forEach((d, i) => {
    if (d.kind !== "date" || !d.from) return;
    let k = -1;
    facts.forEach((q, j) => {
      if (q.kind === "quantity" && q.span.end <= d.span.start) k = j;
    });
    if (k >= 0 && facts[k]!.difference && gap(facts[k]!, d) <= SINCE_GAP_MAX) ownerOf.set(i, k);
  });
  const sinceOf = new Set(ownerOf.values());
  facts.forEach((d, i) => {
    // "pledged £97,850 towards a share offer, which ... runs until 13 April": a state's end dates none of them.
    if (d.kind !== "date" || d.until) return;
    const own = ownerOf.get(i);
    if (own !== undefined) {
      const has = out[own]!;
      has.any = true;
      has.onlySince &&= !!d.from;
      if (d.date!.year !== undefined) has.years.push(d.date!.year);
      if (d.date!.month !== undefined) has.months.push(d.date!.month);
      return;
    }
    // The nearest figure before the date ("fell from 7.57 million in February"; "27,350 ... in
    // 2025, down from 28,100 the year before": not the start after it), else the nearest after.
    let owner = -1;
    const before = facts.some((q) => q.kind === "quantity" && q.span.end <= d.span.start);
    facts.forEach((q, k) => {
      if (q.kind !== "quantity" || (before && q.span.end > d.span.start)) return;
      if (owner < 0 || gap(q, d) < gap(facts[owner]!, d)) owner = k;
    });
    // So with a date of a comparison ("has carried 21,700 passengers ..., compared with 15,900 at
    // the same point in 2025"): it dates the figure compared with alone.
    const started = owner >= 0 && (facts[owner]!.from || (before && d.measure.includes(COMPARED)));
    // And the figure a difference is counted from ("raised £418,000, £106,000 more than the
    // £312,000 it had when the grant was announced in March"): the date is of that base and the
    // difference, not of the level before them.
    const base = owner > 0 && !!facts[owner - 1]!.comparison && facts[owner - 1]!.kind === "quantity";
    for (let k = 0; k < facts.length; k++) {
      if (started && k !== owner && facts[k]!.kind === "quantity") continue;
      if (base && k < owner - 1 && facts[k]!.kind === "quantity") continue;
      if (sinceOf.has(k)) continue;
      // "the largest since 2014, when a syndicate ... shared £6.5m": a record's reference dates
      // only what is said of it after, not the record.
      if (d.reference && facts[k]!.span.end <= d.span.start) continue;
      const has = out[k]!;
      has.any = true;
      has.onlySince &&= !!d.from;
      // "sold 52,300 tickets in 2024, up from 47,900 the year before": 47,900 is of 2023.
      if (d.date!.year !== undefined) has.years.push(facts[k]!.yearBefore ? d.date!.year - 1 : d.date!.year);
      if (d.date!.month !== undefined && !facts[k]!.yearBefore) has.months.push(d.date!.month);
    }
  });
  for (const has of out) has.onlySince &&= has.any;
  return out;
}

/** The event verb of a date a comparison gives ("compared with 15,900 at the same point in 2025"). */
const COMPARED = stem("compared");

/** How far after a change its "since" may stand and still be its own ("fallen 38 per cent since 2022"). */
const SINCE_GAP_MAX = 12;

/** When a claim dates its figures: by year where it gives one (with its month, if any), else by month ("in February"). */
export interface ClaimTime {
  year?: number;
  month?: number;
}

/** The claim's times that give a year and its month ("the year to December 2024"). */
export function yearMonthsOf(times: readonly ClaimTime[]): ClaimTime[] {
  return times.filter((t) => t.year !== undefined && t.month !== undefined);
}

/**
 * The times the claim's sentence dates for `fact` (" in 2001, killed 145 people": 2001). The
 * sentence's, not the figure's clause's: a year often stands in a clause of its own.
 */
export function claimTimesOf(facts: readonly FactMention[], fact: FactMention): ClaimTime[] {
  const out: ClaimTime[] = [];
  for (const f of facts) {
    // "rose to 11.1%, the highest rate since 1981": a record's reference does not date the figure
    // before it (as in a source, see `figureDates`).
    if (f.kind !== "date" || (f.reference && fact.span.end <= f.span.start)) continue;
    // "Before 2024, the busiest year had been 2019": a bound says when the figure is not, where
    // another date says when it is. (Alone, "went into the ground before 1940", it is the time.)
    if (f.dateBound && facts.some((g) => g.kind === "date" && !g.dateBound && (g.date!.year !== undefined || g.date!.month !== undefined))) continue;
    if (f.date!.year !== undefined) out.push(f.date!.month !== undefined ? { year: f.date!.year, month: f.date!.month } : { year: f.date!.year });
    else if (f.date!.month !== undefined) out.push({ month: f.date!.month });
  }
  return out;
}
