/**
 * Date mentions in news text ("13 June 2020", "1 April", "in March", "from April to June", "in 2015"),
 * found with chrono-node and trimmed to what the text itself states: a component chrono had to
 * guess (the year of "1 April", the day of "in March") is left out, so callers never compare an
 * invented value.
 */
import * as chrono from "chrono-node";
import type { Span } from "../types";
import { extractQuantities, type Quantity } from "./quantities";
import { isPastVerb } from "./verbs";

/** What a date states, without where: all that comparing two dates reads (`compareDates`). */
export type DateParts = Pick<DateMention, "year" | "month" | "day" | "endYear" | "endMonth" | "endDay" | "weekday" | "ahead">;

/** One date (or date range) stated by a text. Months are 1-12. */
export interface DateMention {
  span: Span;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  /** The finest component stated: "13 June" -> day, "June 2020" -> month, "2015" -> year. */
  granularity: "day" | "month" | "year";
  /**
   * A weekday alone ("on Sunday"), 0 for Sunday to 6 for Saturday: a day its report's date
   * places (see `weekdayDate`); no other part is stated.
   */
  weekday?: number;
  /** The weekday is of an event ahead of its report ("will meet on Thursday"), not one past. */
  ahead?: true;
  /**
   * A year that names which of a recurring thing ("winner of the 1987 Booker Prize", "the 2012
   * Olympics", "the 2022 pollution incident"): it dates that thing, not the verb of its clause.
   */
  attributive?: true;
}

type Component = "year" | "month" | "day";
const COMPONENTS: Component[] = ["year", "month", "day"];

/** Two far-apart references: a component that is the same under both does not depend on "now". */
const REF_A = new Date(2001, 2, 15, 12);
const REF_B = new Date(2017, 9, 20, 12);

const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/i;

/** A word right after a date's last number: that number may count something instead ("January, 11 hours"). */
const COUNT_AFTER_DAY = /^\s+\p{L}/u;
/**
 * A decimal point and a digit, or a comma and a group of thousands, right after a date's last
 * number: that number is a figure's first part ("February, 2.8 per cent", "By the end of
 * February, 14,870 premises").
 */
const FIGURE_GOES_ON_AFTER = /^(?:\.\d|,\d{3}(?!\d))/;

/** Words after which a bare month name is a date ("in March", "last August", "April and May"). */
const MONTH_CONTEXT = new Set(
  "in of from to since until till by during last next early late mid this between and or through throughout before after that each every".split(" "),
);

/**
 * A name or a noun just after a year: "the 1987 Booker Prize", "the 2012 Olympics", "the 2022
 * pollution incident" (see `DateMention.attributive`).
 */
const NAME_AFTER = /^ (?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*|\p{Ll}{3,})(?![\p{L}'\u2019-])/u;

/** Words after which a bare year is a date ("in 2015", "since 2016"). */
const YEAR_CONTEXT = new Set(
  "in since by of during until till before after from through throughout to and between circa early late mid".split(" "),
);

/** A year followed by a clause of "when" ("2019, when it launched 91 times"). */
const YEAR_THEN_WHEN = /^,?\s+when\b/;

type Known = Partial<Record<Component, number>>;

function knownOf(c: chrono.ParsedComponents | null | undefined): Known {
  const out: Known = {};
  if (!c) return out;
  for (const k of COMPONENTS) {
    if (c.isCertain(k)) {
      const v = c.get(k);
      if (v !== null && v !== undefined) out[k] = v;
    }
  }
  return out;
}

/** Keeps the components of `a` that `b` states with the same value. */
function intersect(a: Known, b: Known): Known {
  const out: Known = {};
  for (const k of COMPONENTS) if (a[k] !== undefined && a[k] === b[k]) out[k] = a[k];
  return out;
}

/** A day without a month, or a month-less year-and-day, is not a usable date. */
function coherent(k: Known): Known {
  const out: Known = { ...k };
  if (out.month === undefined) delete out.day;
  return out;
}

function granularityOf(k: Known): DateMention["granularity"] | undefined {
  if (k.day !== undefined) return "day";
  if (k.month !== undefined) return "month";
  if (k.year !== undefined) return "year";
  return undefined;
}

/** The previous word before `pos`, lowercased. */
function wordBefore(text: string, pos: number): string | undefined {
  const m = /([A-Za-z]+)[ -]*$/.exec(text.slice(Math.max(0, pos - 20), pos));
  return m ? m[1].toLowerCase() : undefined;
}

/** Trims leading prepositions ("on 13 June") and trailing punctuation from a chrono match. */
function trimMatch(text: string, index: number, matched: string): Span {
  let start = index;
  let end = index + matched.length;
  const lead = /^(?:(?:on|in|at|from|since|by|of|during|until|the)\s+)+/i.exec(matched);
  if (lead) start += lead[0].length;
  while (end > start && /[\s,.;:!?)]/.test(text[end - 1])) end--;
  return { start, end };
}

// Month words as chrono's English dictionary has them (not any word that starts like one:
// "market", "decided", "separate" and "may" the verb made most sentences look dated).
const MAY_HOLD_DATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:1[5-9]|20)\d\d\b/i;

/**
 * chrono's casual parsers that read a stated calendar date: day-month-year in its written orders,
 * ISO and slashed forms, a month with or without its year. The others read times of day
 * ("at 10pm"), weekdays and relative expressions ("yesterday", "next week"): without a reference
 * all they give depends on the current date and is dropped, yet their patterns are most of
 * chrono's cost (about a quarter of a second to compile on first use, 40% of every later parse).
 * Without them a date's span is the date alone ("13 June 2020", not "6am on Monday 13 June 2020").
 */
const STATED_DATE_PARSERS = [
  "ENYearMonthDayParser", "ISOFormatParser", "SlashDateFormatParser", "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser", "ENSlashMonthFormatParser", "ENYearMonthNameParser", "ENMonthNameParser",
];
/** The parsers of an offset from a stated date ("two days after 13 June 2020" is 15 June). */
const OFFSET_PARSERS = ["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"];
/** A time unit followed by an offset word: only such a text needs {@link OFFSET_PARSERS}. */
const OFFSET_CUE = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)\s{0,5}(?:ago|before|earlier|later|after|from|henceforth|forward|out)\b/i;

/** A parser's class name as chrono names it (a bundler may add a number to tell same-named classes apart). */
function parserName(parser: chrono.Parser): string {
  return parser.constructor.name.replace(/\d+$/, "");
}

/**
 * chrono's casual configuration cut to the parsers named: its refiners are kept as they are. If a
 * chrono release renames a parser, the full casual parser is used instead (slower, the same dates;
 * a span may then take in a time or weekday beside its date).
 */
function casualWith(names: readonly string[]): { parser: chrono.Chrono; complete: boolean } {
  const config = chrono.en.configuration.createCasualConfiguration();
  const kept = config.parsers.filter((p) => names.includes(parserName(p)));
  const complete = new Set(kept.map(parserName)).size === names.length;
  return complete ? { parser: new chrono.Chrono({ ...config, parsers: kept }), complete } : { parser: chrono.casual, complete };
}

let stated: { dates: chrono.Chrono; offsets: chrono.Chrono; complete: boolean } | undefined;

/**
 * The parsers of stated dates, and of stated dates with offsets, made on first use; `complete`
 * says every parser named was found (see `casualWith`).
 */
export function statedDateParsers(): { dates: chrono.Chrono; offsets: chrono.Chrono; complete: boolean } {
  if (!stated) {
    const dates = casualWith(STATED_DATE_PARSERS);
    const offsets = casualWith([...STATED_DATE_PARSERS, ...OFFSET_PARSERS]);
    stated = { dates: dates.parser, offsets: offsets.parser, complete: dates.complete && offsets.complete };
  }
  return stated;
}

/**
 * The dates `text` states. Without `reference`, relative expressions ("yesterday", "two weeks ago",
 * "Thursday", "last month") are dropped, and only components that do not depend on the current date
 * are kept ("last August" -> month 8, no year). With `reference`, relative dates are resolved against
 * it, keeping the components chrono marks certain. Durations ("three months") are not dates; bare
 * years count only after a preposition ("in 2015", "since 2016"). `quantities`: what
 * `extractQuantities(text)` gives, when the caller has it already (bare years are among them).
 */
export function extractDates(text: string, reference?: Date, quantities?: readonly Quantity[]): DateMention[] {
  const out: DateMention[] = [];
  // Without a reference only stated months and years survive, so a text naming neither has no
  // date; skipping chrono for it keeps indexing fast (most sentences state no date).
  if (!reference && !MAY_HOLD_DATE.test(text)) return out;
  const parser = reference ? chrono.casual : OFFSET_CUE.test(text) ? statedDateParsers().offsets : statedDateParsers().dates;
  const primary = parser.parse(text, reference ?? REF_A);
  // The second reading only checks the first's results: most sentences that name a year or a
  // month-like word give chrono nothing to report (it does not report bare years).
  const secondary = reference || !primary.length ? undefined : parser.parse(text, REF_B);
  for (const r of primary) {
    let start = knownOf(r.start);
    let end = knownOf(r.end);
    if (secondary) {
      const twin = secondary.find((s) => s.index === r.index && s.text === r.text);
      if (!twin) continue;
      start = intersect(start, knownOf(twin.start));
      end = intersect(end, knownOf(twin.end));
    }
    start = coherent(start);
    end = coherent(end);
    let granularity = granularityOf(start);
    if (!granularity) continue;
    let span = trimMatch(text, r.index, r.text);
    let matched = text.slice(span.start, span.end);
    // "in January, 11 hours and 40 minutes": a number after a month that counts something of its
    // own is no day of it; the month stays a date.
    // "on 19 February, 17 days before": nor a year of the day before it.
    const figureGoesOn = start.day !== undefined && FIGURE_GOES_ON_AFTER.test(text.slice(span.end, span.end + 5));
    if (start.day !== undefined && (COUNT_AFTER_DAY.test(text.slice(span.end, span.end + 20)) || figureGoesOn) && /\d$/.test(matched)) {
      // A number that could be a day (a year after a day is read as one, "1881 carrying coal").
      // Nor is the whole part of a figure with decimals ("in January and February, 2.8 per cent fewer").
      const counted = figureGoesOn || (quantities ??= extractQuantities(text)).some((q) => q.valueSpan.end === span.end && (q.unit !== undefined || q.nounPhrase !== undefined) && !q.isYear && q.value <= 31);
      const kept = counted ? matched.replace(/[\s,]+\d+$/, "") : matched;
      if (counted) {
        if (kept === matched || end.day !== undefined || !MONTH_WORD.test(kept)) continue;
        // The number left out was read as the year ("19 February, 17 days", "end of February,
        // 14,870") or as the day ("January, 11 hours").
        const dropped = /(\d+)$/.exec(matched)![1]!;
        if (start.year !== undefined && (start.year === +dropped || (dropped.length === 2 && start.year % 100 === +dropped))) {
          delete start.year;
          delete end.year;
        } else delete start.day;
        span = { start: span.start, end: span.start + kept.length };
        matched = kept;
        granularity = granularityOf(start);
        if (!granularity) continue;
      }
    }
    // "reported in April, 56 were confirmed": two digits after a month are no year (a report
    // writes a year in full, or as "'56"); the month stays a date.
    if (start.year !== undefined && start.day === undefined && /^\D*[\s,]\d{2}$/.test(matched)) {
      matched = matched.replace(/[\s,]+\d{2}$/, "");
      span = { start: span.start, end: span.start + matched.length };
      delete start.year;
      delete end.year;
    }
    // A month name on its own must look like a date, not a verb or a name: capitalised and after a
    // preposition ("in March", "April and May"), or next to a day or year.
    if (start.day === undefined && start.year === undefined) {
      const mw = MONTH_WORD.exec(matched);
      if (!mw || !/^[A-Z]/.test(mw[0])) continue;
      const prev = wordBefore(text, span.start);
      if (!prev || !MONTH_CONTEXT.has(prev)) continue;
    }
    const mention: DateMention = { span, text: matched, granularity, ...start };
    // "from October to January 2026": a span's year said at its end is its start's too, or the
    // year before where the start's month comes later in the year (October 2025).
    if (start.year === undefined && end.year !== undefined && start.month !== undefined && end.month !== undefined) {
      mention.year = start.month > end.month ? end.year - 1 : end.year;
    }
    if (end.year !== undefined) mention.endYear = end.year;
    if (end.month !== undefined) mention.endMonth = end.month;
    if (end.day !== undefined) mention.endDay = end.day;
    out.push(mention);
  }

  // Bare years ("in 2015", "the 2019-20 season" after a preposition), which chrono does not report.
  for (const q of quantities ?? extractQuantities(text)) {
    if (!q.isYear) continue;
    if (out.some((d) => d.span.start <= q.valueSpan.start && q.valueSpan.end <= d.span.end)) continue;
    const prev = wordBefore(text, q.valueSpan.start);
    const afterMonth = prev !== undefined && MONTH_WORD.test(prev);
    const attributive = prev === "the" && NAME_AFTER.test(text.slice(q.valueSpan.end, q.valueSpan.end + 40));
    // "the busiest year had been 2019, when it launched 91 times": a year a clause of "when" opens on.
    const when = YEAR_THEN_WHEN.test(text.slice(q.valueSpan.end, q.valueSpan.end + 8));
    if (afterMonth || !prev || !(YEAR_CONTEXT.has(prev) || attributive || when)) continue;
    const mention: DateMention = {
      span: { ...q.valueSpan },
      text: text.slice(q.valueSpan.start, q.valueSpan.end),
      year: q.value,
      granularity: "year",
    };
    if (attributive) mention.attributive = true;
    if (q.high !== undefined && q.high !== q.value) mention.endYear = q.high;
    out.push(mention);
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return mergeMonthRanges(text, mergeYearRanges(text, out));
}

/** A part of a month said before it: "mid-", "early ", "late ". */
const PART_OF_MONTH = String.raw`(?:mid-|early\s+|late\s+|the\s+(?:start|beginning|middle|end)\s+of\s+)?`;
const BETWEEN_BEFORE = new RegExp(String.raw`\b(between|from)\s+${PART_OF_MONTH}$`, "i");
const AND_BETWEEN = new RegExp(String.raw`^\s+and\s+${PART_OF_MONTH}$`, "i");
const TO_BETWEEN = new RegExp(String.raw`^\s+(?:to|until|till)\s+${PART_OF_MONTH}$`, "i");

/**
 * "Between mid-June and mid-July", "from early March to late April": two months a span joins are
 * one span, as chrono reads "from April to June" (the parts of months said are read as the months).
 */
function mergeMonthRanges(text: string, ds: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < ds.length; i++) {
    const a = ds[i]!;
    const b = ds[i + 1];
    const opener = BETWEEN_BEFORE.exec(text.slice(Math.max(0, a.span.start - 40), a.span.start))?.[1]?.toLowerCase();
    const joint = b ? text.slice(a.span.end, b.span.start) : "";
    if (
      b && opener &&
      // (A start with its own year, "between January 2015 and December 2022", is a date of its own to check.)
      a.granularity === "month" && b.granularity === "month" && a.year === undefined && a.endMonth === undefined && b.endMonth === undefined &&
      (opener === "between" ? AND_BETWEEN.test(joint) : TO_BETWEEN.test(joint))
    ) {
      const span = { start: a.span.start, end: b.span.end };
      const year = b.year;
      out.push({ span, text: text.slice(span.start, span.end), month: a.month, endMonth: b.month, granularity: "month", ...(year !== undefined ? { year: a.month! > b.month! ? year - 1 : year, endYear: year } : {}) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "from 2015 to 2018": two bare years joined by "to"/"until" after "from" are one range. */
function mergeYearRanges(text: string, ds: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < ds.length; i++) {
    const a = ds[i];
    const b = ds[i + 1];
    if (
      b &&
      a.granularity === "year" && b.granularity === "year" && a.endYear === undefined && b.endYear === undefined &&
      /^ (to|until|till) $/i.test(text.slice(a.span.end, b.span.start)) &&
      wordBefore(text, a.span.start) === "from" && b.year! > a.year!
    ) {
      const span = { start: a.span.start, end: b.span.end };
      out.push({ span, text: text.slice(span.start, span.end), year: a.year, endYear: b.year, granularity: "year" });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Weekdays by name, 0 for Sunday (as `Date.getUTCDay` numbers them). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };
/** A weekday after "on" ("on Sunday", "early on Tuesday", "on Saturday night") or "by" (a running total's: "By Tuesday morning", "by the end of Wednesday", "by the Thursday"); not a plural or a possessive ("on Sundays", "on Sunday's show"). */
const WEEKDAY_DATE = /\b(?:[Oo]n|[Bb]y(?:\s+the(?:\s+end\s+of)?)?)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]?s\b)/g;
/** A date that follows a weekday and says which it is ("on Sunday 8 March", "on Sunday, March 8"). */
const DATE_AFTER_WEEKDAY = new RegExp(String.raw`^\s*,?\s*(?:the\s+)?(?:\d|${MONTH_WORD.source})`, "i");
/** Words before a weekday that put its event ahead of the report ("will", "is due to", "next"). */
const AHEAD_BEFORE = /\b(?:will|would|shall|due|expected|set to|plans? to|next)\b/i;

/**
 * A scheduled event's verb in the present right before "on" and a weekday: "A 45-day consultation
 * opens on Monday", "Talks resume on Tuesday" tell what is ahead. (A plain form only after a
 * plural: "the close on Friday" is a noun's, and "was open on Monday" a state's.)
 */
const SCHEDULED_ON_BEFORE = /(?:\b(?:opens|reopens|starts|restarts|begins|resumes|closes|ends|launches|meets|returns|kicks\s+off)|\b(?!(?:was|has|does|this|his|its|as|us|yes|less|plus|thus|always|perhaps)\s)[a-z]{2,}s\s+(?:open|reopen|start|restart|begin|resume|close|end|launch|meet|return|kick\s+off))\s+on\s+$/i;

/**
 * Whether the words before a weekday end on a deed done, right before its "on" or "by": "will pay
 * 50p more ... after the city council voted on Tuesday night" dates the vote, past, whatever comes
 * ahead. Not a past form after a verb of the future's ("will be held on Tuesday").
 */
function doneOnTheDay(before: string): boolean {
  const m = /(?:^|[^\p{L}])(\p{L}+)\s+(\p{L}+)\s+(?:on|by(?:\s+the(?:\s+end\s+of)?)?)\s+$/iu.exec(before);
  return !!m && isPastVerb(m[2]!.toLowerCase()) && !AUXILIARY_BEFORE_PAST.has(m[1]!.toLowerCase());
}
/** Words after which a past form is no deed done: "be held", "been opened", "have voted" (a deed done is "was opened"). */
const AUXILIARY_BEFORE_PAST = new Set(["be", "been", "being", "is", "are", "get", "gets", "have", "will", "would", "to"]);

/**
 * The weekdays `text` dates events by ("The raid took place on Sunday"), apart from its stated
 * dates (`dates`, as `extractDates` gives them). A source's, whose report's date places them:
 * a draft has no date of its own to place its weekdays by.
 */
export function extractWeekdays(text: string, dates: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  if (!text.includes("day")) return out;
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const span = { start, end: start + m[1]!.length };
    if (DATE_AFTER_WEEKDAY.test(text.slice(span.end, span.end + 24))) continue;
    // Beside a stated date ("8 March, a Sunday"): the date says it.
    if (dates.some((d) => d.span.start <= span.end + 3 && span.start <= d.span.end + 3)) continue;
    const mention: DateMention = { span, text: m[1]!, granularity: "day", weekday: WEEKDAY_NUMBERS[m[1]!]! };
    const near = text.slice(Math.max(0, span.start - 40), span.start);
    if ((AHEAD_BEFORE.test(text.slice(0, span.start)) && !doneOnTheDay(near)) || SCHEDULED_ON_BEFORE.test(near)) mention.ahead = true;
    out.push(mention);
  }
  return out;
}

/**
 * The day a weekday means in a report published on `published` (ISO, `2026-03-10`): the last
 * such day on or before it, or for an event ahead the next after it. Undefined for any other
 * date, without a report date, or for an event ahead on the report's own weekday (this week's
 * or next week's?).
 */
export function weekdayDate(date: DateParts, published: string | undefined): DateParts | undefined {
  if (date.weekday === undefined || !published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return undefined;
  const report = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const from = new Date(report).getUTCDay();
  const offset = date.ahead ? (date.weekday - from + 7) % 7 : -((from - date.weekday + 7) % 7);
  if (date.ahead && offset === 0) return undefined;
  const day = new Date(report + offset * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A day as news copy writes it ("15 February 2026", or "15 February" without `withYear`). */
export function writtenDay(date: DateParts, withYear: boolean): string {
  return `${date.day} ${MONTH_NAMES[date.month! - 1]}${withYear && date.year !== undefined ? ` ${date.year}` : ""}`;
}
