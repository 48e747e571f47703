/**
 * When a report and its figures are of: a report's day (its date, or a wire's dateline in the
 * corpus's year), and the guards that tell a running tally of another time from a rival account
 * of the claim's ("had cancelled 212 operations by Wednesday" against a later report's count).
 * Asked by `assessFact` and `settle` of thousands of an archive's candidates, so each reads a
 * report's day once per index.
 */
import { claimInterval as claimIntervalOf, compareQuantities, comparable, physicalFamily } from "../analysis/compareValues";
import { WEEKDAY_NUMBERS } from "../analysis/dates";
import { datelineDay } from "../sources/blocks";
import { isAgeMeasure, type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import type { Candidate } from "./candidates";

/** How many days older than an agreeing report a report must be for its smaller count to be an earlier tally. */
export const EARLIER_REPORT_DAYS = 3;

/**
 * A report's publication day (days since 1970), from its `YYYY-MM-DD` date, if it has one. Read
 * once per document: a common figure's agreeing stances run to thousands.
 */
function publishedDay(index: CorpusIndex, doc: number): number | undefined {
  let held = publishedDays.get(index);
  if (!held || held.version !== index.version) publishedDays.set(index, (held = { version: index.version, byDoc: new Float64Array(index.documents.length).fill(UNREAD_DAY) }));
  // (Asked per candidate, thousands per claim: a flat array by document, not a map.)
  let day = doc >= 0 && doc < held.byDoc.length ? held.byDoc[doc]! : UNREAD_DAY;
  if (day === UNREAD_DAY) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(index.documents[doc]?.meta.date ?? "");
    day = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : NaN;
    if (doc >= 0 && doc < held.byDoc.length) held.byDoc[doc] = day;
  }
  return Number.isNaN(day) ? undefined : day;
}
const publishedDays = new WeakMap<CorpusIndex, { version: number; byDoc: Float64Array }>();
/** `publishedDays`' mark of a document not read yet (no day is negative infinity). */
const UNREAD_DAY = -Infinity;

/**
 * Whether a disagreeing figure is the claim's own at another time, by its report's day against
 * the newest agreeing report's (at least `EARLIER_REPORT_DAYS` apart):
 * - `"earlier"`, for a count a claim gives at a later time (`FactMention.later`), as a total or as
 *   it stands (dated by nothing, told in no past): an
 *   earlier tally, smaller than the claim's, given as still running (`isInterimTally`) in an older
 *   report, or given at all where the claim says its count is the last or (`soFar`) a tally so
 *   far agrees with it ("a third man has been charged"). Not an age, a length or
 *   an area: those do not run on (an amount of water or of waste may); a sum of money only where
 *   its report gives it as still running ("has reached £6,450").
 * - `"later"`, for any other count: a later tally, larger, still running, in a newer report ("212
 *   services on the day of the crash" against a week's "has cancelled more than 1,100 services").
 * - `"revised"`, for a figure the claim calls revised (`FactMention.revised`): any figure of an
 *   older report, the one it revised.
 */
export function tallyOfAnotherTime(index: CorpusIndex, fact: FactMention, agree: readonly Candidate[], which: "earlier" | "later" | "revised" = "earlier", past = false, soFar = false): ((c: Candidate) => boolean) | undefined {
  const q = fact.quantity;
  const family = q?.unit ? physicalFamily(q.unit) : undefined;
  // (A sum of money runs on only where its report says so: an earlier tally of it is a running one.)
  if (!q || (which !== "revised" && ((q.currency && which !== "earlier") || q.percent || family === "length" || family === "area" || fact.measure.some(isAgeMeasure)))) return undefined;
  const running = (c: Candidate) => (q.currency ? isInterimTally(index, c) : fact.later === "last" || soFar || isInterimTally(index, c));
  let newest = -Infinity;
  for (const a of agree) newest = Math.max(newest, publishedDay(index, a.doc) ?? -Infinity);
  // A figure put in place of another: any older report's, wires dated by their datelines too
  // ("£7.40 instead of £8.10" against a first wire's "£8.10" of "March 3").
  if (which === "revised" && !Number.isFinite(newest)) {
    for (const a of agree) newest = Math.max(newest, reportDay(index, a.doc) ?? -Infinity);
    if (!Number.isFinite(newest)) return undefined;
    return (c) => {
      const day = reportDay(index, c.doc);
      return day !== undefined && newest - day >= EARLIER_REPORT_DAYS;
    };
  }
  // A disagreeing figure's interval meets the claim's at an end at most ("two", 1.5 to 2.5, against
  // "three", 2.5 to 3.5): it is smaller where it ends at or below the claim's start.
  const { lo, hi } = claimIntervalOf(q);
  const cols = index.factColumns;
  if (!Number.isFinite(newest)) {
    if (which === "earlier") return earlierThanADateline(index, agree, lo, running);
    return which === "later" && past ? nowLaterThanADateline(index, agree) : undefined;
  }
  // A wire gives its day in its dateline only ("KELSMOOR, March 11 (Albion Press)"): of the newest
  // agreeing report's year, or the year before where that day would come after it.
  const year = yearOfDay(newest);
  const dayOf = (doc: number): number | undefined => {
    const published = publishedDay(index, doc);
    if (published !== undefined) return published;
    const dateline = datelineOf(index, doc);
    if (!dateline) return undefined;
    const day = Date.UTC(year, dateline.month - 1, dateline.day) / 86_400_000;
    return day > newest ? Date.UTC(year - 1, dateline.month - 1, dateline.day) / 86_400_000 : day;
  };
  if (which === "revised") return (c) => {
    const day = dayOf(c.doc);
    return day !== undefined && newest - day >= EARLIER_REPORT_DAYS;
  };
  // Or, where the claim tells what was, the level a newer report says things are at now ("With
  // 112 pupils, the school was ..." against a later "now has 105 pupils").
  // (A wire dated by its dateline alone is of the corpus's one year, if it has one: a later wire's
  // "September 26" is not the September before a dated report of March.)
  if (which === "later") return (c) => {
    const day = reportDay(index, c.doc) ?? dayOf(c.doc);
    return day !== undefined && day - newest >= EARLIER_REPORT_DAYS && ((cols.lo[c.fid]! >= hi && isInterimTally(index, c)) || (past && isLevelNow(index, c)));
  };
  // A claim that says its count is the last tally ("eventually", "the final count") takes any
  // older report's smaller one for an earlier tally, running or not.
  return (c) => {
    const day = dayOf(c.doc);
    return day !== undefined && newest - day >= EARLIER_REPORT_DAYS && cols.hi[c.fid]! <= lo && running(c);
  };
}

/**
 * `tallyOfAnotherTime`'s "earlier" mode where only wires agree, dated by their datelines alone
 * ("HARNLEY, April 16 (Britannia Newswire)"): a smaller running count of a dated report is an
 * earlier tally where a dateline, placed in that report's year, falls at least
 * `EARLIER_REPORT_DAYS` and at most half a year after it.
 */
function earlierThanADateline(index: CorpusIndex, agree: readonly Candidate[], lo: number, running: (c: Candidate) => boolean): (c: Candidate) => boolean {
  const cols = index.factColumns;
  // The candidate's report a little before an agreeing wire's day.
  return datelinesApart(index, agree, (c) => cols.hi[c.fid]! <= lo && running(c), -1);
}

/**
 * A test of candidates by the agreeing wires' datelines: those `fits` holds for, of a dated report
 * `EARLIER_REPORT_DAYS` to half a year before (`side` -1) or after (`side` 1) a dateline placed in
 * that report's year. The datelines are read once a candidate fits, each report's once: an
 * archive's agreeing copies are thousands, and a dateline is read from its report's text.
 */
function datelinesApart(index: CorpusIndex, agree: readonly Candidate[], fits: (c: Candidate) => boolean, side: 1 | -1): (c: Candidate) => boolean {
  let lines: { month: number; day: number }[] | undefined;
  return (c) => {
    const day = publishedDay(index, c.doc);
    if (day === undefined || !fits(c)) return false;
    lines ??= [...new Set(agree.map((a) => a.doc))].map((doc) => datelineOf(index, doc)).filter((l): l is { month: number; day: number } => l !== undefined);
    const year = yearOfDay(day);
    return lines.some((l) => {
      const apart = side * (day - Date.UTC(year, l.month - 1, l.day) / 86_400_000);
      return apart >= EARLIER_REPORT_DAYS && apart <= HALF_A_YEAR_DAYS;
    });
  };
}
const HALF_A_YEAR_DAYS = 183;

/**
 * A count its sentence gives as one still running: "Officers have received more than 140
 * dashcam clips", "has gathered 8,900 signatures", "pouring more than 12 million litres", "so
 * far". Not one said once and for all ("lost 46 containers overboard"), which a later report
 * revises: the two are then disputed.
 */
function isInterimTally(index: CorpusIndex, c: Candidate): boolean {
  const cols = index.factColumns;
  const doc = index.documents[c.doc]!.text;
  const from = Math.max(index.startOfSentence(c.sentence), cols.start[c.fid]! - 60);
  const before = doc.slice(from, cols.start[c.fid]!);
  return INTERIM_BEFORE.test(before) || BY_THEN_HAD_BEFORE.test(before) || INTERIM_AFTER.test(doc.slice(cols.end[c.fid]!, cols.end[c.fid]! + 60));
}
/**
 * `tallyOfAnotherTime`'s level now (see `isLevelNow`) where only wires agree, dated by their
 * datelines alone: a dated report's "now" at least `EARLIER_REPORT_DAYS` and at most half a year
 * after a dateline placed in that report's year.
 */
function nowLaterThanADateline(index: CorpusIndex, agree: readonly Candidate[]): (c: Candidate) => boolean {
  return datelinesApart(index, agree, (c) => isLevelNow(index, c), 1);
}

/** Whether candidate `c`'s figure is a level its sentence says is so now: "now has 105 pupils", "now stands at 4,100". */
function isLevelNow(index: CorpusIndex, c: Candidate): boolean {
  const cols = index.factColumns;
  const from = Math.max(index.startOfSentence(c.sentence), cols.start[c.fid]! - 40);
  return NOW_BEFORE.test(index.documents[c.doc]!.text.slice(from, cols.start[c.fid]!));
}
const NOW_BEFORE = /\bnow\s+(?:has|have|is|are|numbers?|totals?|stands?\s+at)\s+(?:about\s+|around\s+|only\s+|just\s+|some\s+)?$/i;

/** A count by a time, in the past perfect: "By Monday evening the council had logged 1,612". */
const BY_THEN_HAD_BEFORE = /\bBy\s+(?:\p{Lu}\p{Ll}+|\d{1,2}|mid|early|late|the)\b[^.;]{0,50}?\bhad\s+(?:\p{Ll}+\s+){1,2}(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?$/u;
/** A present perfect (or one reported: "said they had received") or a participle just before a count, or words of a tally to date. */
const INTERIM_BEFORE = /\b(?:so\s+far|to\s+date|thus\s+far|as\s+of)\b|\b(?:has|have|said\s+(?:that\s+)?(?:\p{L}+\s+){1,3}had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?\p{Ll}{3,}\s+(?:(?:in|up|out|on|off|down)\s+)?(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?$|\b\p{Ll}{3,}ing\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?$/u;
const INTERIM_AFTER = /^[^.;]{0,40}?\b(?:so\s+far|to\s+date|thus\s+far|this\s+(?:morning|afternoon|evening|week)|at\s+the\s+time\s+of\s+writing)\b/;

/** How many agreeing sentences `figuresBesideAgreeing` reads: the best sources' (one stance each). */
export const BESIDE_SENTENCES_READ = 8;

/**
 * Where the agreeing stances' sentences date their figures by a day, as running totals ("By
 * Tuesday morning ... had fallen by 2.9 metres") or not ("cancelled 118 trains on Tuesday"),
 * whether a disagreeing candidate's sentence gives its own as a running total by another day ("By
 * Sunday 16 March ... had been lowered by 9.4 metres", "296 trains had been cancelled by the end
 * of Wednesday"); undefined where no agreeing sentence gives a day.
 */
export function runningByAnotherDay(index: CorpusIndex, agree: readonly Candidate[]): ((c: Candidate) => boolean) | undefined {
  const daysOf = (sentence: number, deadlines: boolean): string[] =>
    index
      .sentenceRecord(sentence)
      .facts.filter((f) => f.kind === "date" && (f.deadline || (!deadlines && (f.date!.weekday !== undefined || f.date!.day !== undefined))))
      .map((f) => `${f.date!.weekday ?? ""}/${f.date!.month ?? ""}/${f.date!.day ?? ""}`);
  const agreed = new Set(agree.slice(0, BESIDE_SENTENCES_READ).flatMap((a) => daysOf(a.sentence, false)));
  if (!agreed.size) return undefined;
  return (c) => {
    const days = daysOf(c.sentence, true);
    return days.length > 0 && !days.some((d) => agreed.has(d));
  };
}

/** Parts of a day a running tally may be given by: "by the morning of Monday". */
const PARTS_OF_A_DAY = new Set(["morning", "afternoon", "evening", "night"]);

/**
 * The weekday (0 Sunday) a claim gives its figures as running tallies by ("By Wednesday ... had
 * cancelled", "by the end of Thursday", "By the morning of Monday, June 16"), if it gives one and
 * no day of a month right after it ("Monday 16"). (A claim's
 * weekday is read from its words: a draft's weekdays are no dates of its facts.)
 */
export function tallyWeekdayOf(claim: SentenceAnalysis): number | undefined {
  const t = claim.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.lower !== "by") continue;
    let j = i + 1;
    if (t[j]?.lower === "the") j++;
    if ((t[j]?.lower === "end" || PARTS_OF_A_DAY.has(t[j]?.lower ?? "")) && t[j + 1]?.lower === "of") j += 2;
    const weekday = t[j] ? WEEKDAY_NUMBERS[t[j]!.text] : undefined;
    const dayAfter = t[j + 1]?.numeric || (t[j + 1] && /^,$/.test(t[j + 1]!.text) && t[j + 2]?.numeric);
    if (weekday !== undefined && !dayAfter) return weekday;
  }
  return undefined;
}

/**
 * Whether date candidate `c`, a day a running tally is given by ("by Thursday morning"), is the
 * day of a tally none of the claim's `tallies` is: its sentence's figures (not its goals) are all
 * others. A sentence with no figure of its own is no other tally.
 */
export function dayOfAnotherTally(index: CorpusIndex, c: Candidate, tallies: readonly FactMention[]): boolean {
  const facts = index.sentenceRecord(c.sentence).facts;
  if (!facts[c.fid - index.firstFactOf(c.sentence)]?.deadline) return false;
  const figures = facts.filter((f) => f.kind === "quantity" && !f.goal && f.quantity);
  return figures.length > 0 && !figures.some((f) => tallies.some((t) => comparable(t.quantity!, f.quantity!) && compareQuantities(t.quantity!, f.quantity!) === "agrees"));
}

export function tallyOfAnotherDay(index: CorpusIndex, c: Candidate, weekday: number): boolean {
  const day = reportDay(index, c.doc);
  const published = day === undefined ? undefined : new Date(day * 86_400_000);
  const days: number[] = [];
  for (const f of index.sentenceRecord(c.sentence).facts) {
    if (f.kind !== "date") continue;
    const d = f.date!;
    if (d.year !== undefined && published !== undefined && d.year !== published.getUTCFullYear()) return true;
    if (!f.deadline) continue;
    if (d.weekday !== undefined) days.push(d.weekday);
    else if (d.day !== undefined && d.month !== undefined) {
      const year = d.year ?? published?.getUTCFullYear();
      if (year !== undefined) days.push(new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay());
    }
  }
  if (days.length) return !days.includes(weekday);
  return published !== undefined && published.getUTCDay() !== weekday;
}

/** Whether a candidate's report is of another month than `month` (1-12): a tally by a month is that month's report's. */
export function tallyOfAnotherMonth(index: CorpusIndex, c: Candidate, month: number): boolean {
  const day = reportDay(index, c.doc);
  return day !== undefined && new Date(day * 86_400_000).getUTCMonth() + 1 !== month;
}

/** The year of a day counted from the epoch (as `reportDay` gives it). */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * The day report `doc` is of (days since 1970, as `publishedDay`): its date, or its dateline's
 * month and day in the one year the corpus's dated reports are of (a wire dated "March 5" alone,
 * beside reports of 2025).
 */
/**
 * The day of the newest report that gives a fact of the claim fact's kind, value and one of its
 * measures, however its words weigh: where a claim calls its figure revised, that report is the
 * revision. Scans the archive's figures by value, for such claims only.
 */
export function newestHolding(index: CorpusIndex, fact: FactMention): number | undefined {
  const cols = index.factColumns;
  const q = fact.quantity!;
  let newest: number | undefined;
  // (Kind 0: a quantity, as `assessFact` numbers them.)
  for (let fid = 0; fid < cols.size; fid++) {
    if (cols.amount[fid] !== q.value || cols.kind[fid] !== 0) continue;
    const sf = index.factRecord(fid);
    if (!sf.quantity || !comparable(q, sf.quantity) || !sf.measure.some((m) => fact.measure.includes(m))) continue;
    const day = reportDay(index, cols.doc[fid]!);
    if (day !== undefined && (newest === undefined || day > newest)) newest = day;
  }
  return newest;
}

export function reportDay(index: CorpusIndex, doc: number): number | undefined {
  const day = publishedDay(index, doc);
  if (day !== undefined) return day;
  const dateline = datelineOf(index, doc);
  const year = dateline ? corpusYear(index) : undefined;
  return dateline && year !== undefined ? Date.UTC(year, dateline.month - 1, dateline.day) / 86_400_000 : undefined;
}

/** The one year all the corpus's dated reports are of, if there is one (read once per index version). */
function corpusYear(index: CorpusIndex): number | undefined {
  const held = corpusYears.get(index);
  if (held && held.version === index.version) return held.year;
  const years = new Set<number>();
  for (const d of index.documents) {
    const y = /^(\d{4})-/.exec(d.meta.date ?? "")?.[1];
    if (y) years.add(Number(y));
    if (years.size > 1) break;
  }
  const year = years.size === 1 ? [...years][0] : undefined;
  corpusYears.set(index, { version: index.version, year });
  return year;
}
const corpusYears = new WeakMap<CorpusIndex, { version: number; year: number | undefined }>();

/** The month and day of document `doc`'s dateline (see `datelineDay`), read once per document. */
export function datelineOf(index: CorpusIndex, doc: number): { month: number; day: number } | undefined {
  let held = datelines.get(index);
  if (!held || held.version !== index.version) datelines.set(index, (held = { version: index.version, byDoc: new Map() }));
  if (!held.byDoc.has(doc)) held.byDoc.set(doc, datelineDay(index.documents[doc]?.text ?? ""));
  return held.byDoc.get(doc);
}
const datelines = new WeakMap<CorpusIndex, { version: number; byDoc: Map<number, { month: number; day: number } | undefined> }>();
