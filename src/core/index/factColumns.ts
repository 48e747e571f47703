import { agreesWithRounded, overlapsWith, sourceInterval, type Interval } from "../analysis/compareValues";
import type { DateParts } from "../analysis/dates";
import type { FactMention } from "../analysis/sentenceAnalysis";
import type { ImageReader, ImageWriter } from "./indexImage";
import { grown } from "./typedArrays";
/**
 * Every fact of the corpus by a dense fact id, in flat typed arrays. A fact check walks all the
 * facts of one measure, which in an archive are thousands of near-copies: reading a few numbers
 * per fact from contiguous arrays, instead of chasing each sentence's objects across the heap,
 * is what keeps that walk within a few milliseconds. Keys that describe a fact for the checker
 * are interned to ids here: its shape when its document is added, its value and its number
 * words when first asked (-1 until then).
 */
export class FactColumns {
  /** Sentence id of each fact. */
  sentence = new Int32Array(1024);
  /** The fact's position in its sentence's `facts`. */
  position = new Int32Array(1024);
  /** Document of each fact. */
  doc = new Int32Array(1024);
  /** 0 for figures, 1 for dates. */
  kind = new Uint8Array(1024);
  /** Near-copy shape id (see `CorpusIndex.factShape`), set when the fact's document is added. */
  shape = new Int32Array(1024).fill(-1);
  /** Interned value text (normalised), -1 until computed. */
  value = new Int32Array(1024).fill(-1);
  /** Interned number words of the fact's clause, sentence and paragraph, -1 until computed. */
  numbers = new Int32Array(1024).fill(-1);
  /**
   * A figure's interval as its source means it (`sourceInterval`): its ends, and bit 1 (low end
   * open), bit 2 (high end open) and bit 4 (the rounding of an exact figure). Comparing a
   * claim's figure with thousands of copies then reads three numbers per copy instead of its
   * analysis.
   *
   * A date's parts are packed into `lo` (its start) and `hi` (its end) instead (`packDate`), so
   * comparing a claim's date with every date of an event reads two numbers per copy.
   */
  lo = new Float64Array(1024);
  /** A figure's value as stated (`Quantity.value`; NaN for dates). */
  amount = new Float64Array(1024);
  /** Where the fact is written in its document (its value text, see `CorpusIndex.factValue`). */
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  hi = new Float64Array(1024);
  ends = new Uint8Array(1024);
  /**
   * A figure's kind, interned in `figureKinds`: its currency, whether a share, and its unit (-1
   * for a date; a sentence's figures are never years, which its analysis reads as dates). The figures of a sentence that could be parts of one sum are of one kind, and
   * a check reads them for thousands of candidates without reading their sentences' records.
   */
  figureKind = new Int32Array(1024);
  /** `FIGURE_NO_LEVEL`, `FIGURE_SO_FAR`, `FIGURE_PART`, `FIGURE_TOTAL`, `FIGURE_REACHED`, `FIGURE_LAST` and `FIGURE_YEARS_BACK`, as they hold for each figure. */
  figureFlags = new Uint8Array(1024);
  readonly figureKinds = new Interner();
  size = 0;
  private stamps = new Int32Array(0);
  private epoch = 0;

  /** Adds a fact (its spans relative to `offset`) and returns its id. */
  add(sentence: number, position: number, doc: number, fact: FactMention, offset = 0): number {
    if (this.size === this.sentence.length) this.grow();
    const id = this.size++;
    this.sentence[id] = sentence;
    this.position[id] = position;
    this.doc[id] = doc;
    this.kind[id] = fact.kind === "date" ? 1 : 0;
    this.start[id] = fact.span.start + offset;
    this.end[id] = fact.span.end + offset;
    this.amount[id] = fact.quantity ? fact.quantity.value : NaN;
    const q = fact.quantity;
    this.figureKind[id] = q ? this.figureKinds.id(`${q.currency ?? ""}\u0001${q.percent ? 1 : 0}\u0001${q.unit ?? ""}`) : -1;
    this.figureFlags[id] = (fact.difference || fact.from || fact.comparison ? FIGURE_NO_LEVEL : 0) | (q?.soFar ? FIGURE_SO_FAR : 0) | (q && fact.part ? FIGURE_PART : 0) | (q && fact.total ? FIGURE_TOTAL : 0) | (q && fact.reached ? FIGURE_REACHED : 0) | (q && fact.later === "last" ? FIGURE_LAST : 0) | (q && (fact.yearsAgo ?? 0) > 0 ? FIGURE_YEARS_BACK : 0);
    if (fact.quantity) {
      const iv = sourceInterval(fact.quantity);
      this.lo[id] = iv.lo;
      this.hi[id] = iv.hi;
      this.ends[id] = (iv.loOpen ? 1 : 0) | (iv.hiOpen ? 2 : 0) | (iv.rounded ? 4 : 0);
    } else if (fact.date) {
      const d = fact.date;
      this.lo[id] = d.weekday !== undefined ? packDate(undefined, WEEKDAY_MONTH, d.weekday + 1 + (d.ahead ? 7 : 0)) : packDate(d.year, d.month, d.day);
      this.hi[id] = packDate(d.endYear, d.endMonth, d.endDay);
      this.ends[id] = 0;
    }
    return id;
  }

  /** The parts of date `fid` (a fact of kind 1), as its `DateMention` states them. */
  dateAt(fid: number): DateParts {
    const [year, month, day] = unpackDate(this.lo[fid]!);
    if (month === WEEKDAY_MONTH) return day! > 7 ? { weekday: day! - 8, ahead: true } : { weekday: day! - 1 };
    const [endYear, endMonth, endDay] = unpackDate(this.hi[fid]!);
    const d: DateParts = {};
    if (year !== undefined) d.year = year;
    if (month !== undefined) d.month = month;
    if (day !== undefined) d.day = day;
    if (endYear !== undefined) d.endYear = endYear;
    if (endMonth !== undefined) d.endMonth = endMonth;
    if (endDay !== undefined) d.endDay = endDay;
    return d;
  }

  /** Whether date `fid` is a weekday alone ("on Sunday"): what it means depends on its report's date. */
  isWeekday(fid: number): boolean {
    // A figure's `lo` is its interval's low end, whose bits may read as anything: only a date packs parts.
    return this.kind[fid] === 1 && Math.floor(this.lo[fid]! / 32) % 16 === WEEKDAY_MONTH;
  }

  /** A number that is the same for two dates exactly when `dateAt` gives the same parts. */
  dateKey(fid: number): number {
    return this.lo[fid]! * DATE_SPAN + this.hi[fid]!;
  }

  /** Whether a claim's figure, as `claimInterval`, agrees with figure `fid` (as `compareQuantities`). */
  agrees(claim: Interval, fid: number): boolean {
    const ends = this.ends[fid]!;
    // The rounding of an exact figure apart: the common comparison stays small enough to inline.
    if ((ends & 4) !== 0) return agreesWithRounded(claim, this.lo[fid]!, this.hi[fid]!, (ends & 1) !== 0, (ends & 2) !== 0);
    return overlapsWith(claim, this.lo[fid]!, this.hi[fid]!, (ends & 1) !== 0, (ends & 2) !== 0);
  }

  /**
   * A fresh visit: the returned function says whether a fact is met for the first time since
   * this call (flat marks, not a set: a check visits tens of thousands of facts per claim).
   */
  visit(): (fid: number) => boolean {
    if (this.stamps.length < this.size) {
      this.stamps = new Int32Array(this.sentence.length);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    const stamps = this.stamps;
    return (fid) => {
      if (stamps[fid] === epoch) return false;
      stamps[fid] = epoch;
      return true;
    };
  }

  /**
   * Writes the columns into an image, under `prefix`. The interned values and number words are
   * ids into the index's interners, which the index writes beside them.
   */
  writeImage(w: ImageWriter, prefix: string): void {
    const n = this.size;
    w.ints(prefix + "sentence", this.sentence.subarray(0, n));
    w.ints(prefix + "position", this.position.subarray(0, n));
    w.ints(prefix + "doc", this.doc.subarray(0, n));
    w.bytes(prefix + "kind", this.kind.subarray(0, n));
    w.ints(prefix + "shape", this.shape.subarray(0, n));
    w.floats(prefix + "lo", this.lo.subarray(0, n));
    w.floats(prefix + "hi", this.hi.subarray(0, n));
    w.bytes(prefix + "ends", this.ends.subarray(0, n));
    w.floats(prefix + "amount", this.amount.subarray(0, n));
    w.ints(prefix + "start", this.start.subarray(0, n));
    w.ints(prefix + "end", this.end.subarray(0, n));
    w.ints(prefix + "value", this.value.subarray(0, n));
    w.ints(prefix + "numbers", this.numbers.subarray(0, n));
    w.ints(prefix + "figureKind", this.figureKind.subarray(0, n));
    w.bytes(prefix + "figureFlags", this.figureFlags.subarray(0, n));
    w.strings(prefix + "figureKinds", this.figureKinds.values);
  }

  /** The columns an image holds (see `writeImage`). */
  static fromImage(r: ImageReader, prefix: string): FactColumns {
    const c = new FactColumns();
    const kinds = r.strings(prefix + "figureKinds");
    for (const k of kinds) c.figureKinds.id(k);
    if (c.figureKinds.values.length !== kinds.length) throw new Error("index image: figure kinds repeat");
    const sentence = r.ints(prefix + "sentence");
    const n = sentence.length;
    while (c.sentence.length < n) c.grow();
    const parts: [Int32Array | Uint8Array | Float64Array, Int32Array | Uint8Array | Float64Array][] = [
      [c.sentence, sentence],
      [c.position, r.ints(prefix + "position")],
      [c.doc, r.ints(prefix + "doc")],
      [c.kind, r.bytes(prefix + "kind")],
      [c.shape, r.ints(prefix + "shape")],
      [c.lo, r.floats(prefix + "lo")],
      [c.hi, r.floats(prefix + "hi")],
      [c.ends, r.bytes(prefix + "ends")],
      [c.amount, r.floats(prefix + "amount")],
      [c.start, r.ints(prefix + "start")],
      [c.end, r.ints(prefix + "end")],
      [c.value, r.ints(prefix + "value")],
      [c.numbers, r.ints(prefix + "numbers")],
      [c.figureKind, r.ints(prefix + "figureKind")],
      [c.figureFlags, r.bytes(prefix + "figureFlags")],
    ];
    for (const [to, from] of parts) {
      if (from.length !== n) throw new Error("index image: fact columns differ in length");
      to.set(from);
    }
    c.size = n;
    return c;
  }

  private grow(): void {
    const n = this.sentence.length * 2;
    this.sentence = grown(this.sentence, n);
    this.position = grown(this.position, n);
    this.doc = grown(this.doc, n);
    this.kind = grown(this.kind, n);
    this.shape = grown(this.shape, n, this.shape.length, -1);
    this.value = grown(this.value, n, this.value.length, -1);
    this.numbers = grown(this.numbers, n, this.numbers.length, -1);
    this.lo = grown(this.lo, n);
    this.amount = grown(this.amount, n);
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.hi = grown(this.hi, n);
    this.ends = grown(this.ends, n);
    this.figureKind = grown(this.figureKind, n);
    this.figureFlags = grown(this.figureFlags, n);
  }
}

/** `FactColumns.figureFlags`: no level but a difference, a starting point or a comparison ("£50 more than last year's"). */
export const FIGURE_NO_LEVEL = 1;
/** `FactColumns.figureFlags`: a tally so far (`Quantity.soFar`: "a third man has been charged"). */
export const FIGURE_SO_FAR = 2;
/** `FactColumns.figureFlags`: a figure read as a part of a whole (`FactMention.part`: "38 of its 214 pubs"). */
export const FIGURE_PART = 4;
/** `FactColumns.figureFlags`: a figure read as a sum of parts (`FactMention.total`: "£81m in total"). */
export const FIGURE_TOTAL = 8;
/** `FactColumns.figureFlags`: the level a change reached (`FactMention.reached`: "to £15.84" in "from £14.20 to £15.84"). */
export const FIGURE_REACHED = 16;
/** `FactColumns.figureFlags`: a figure given as the last count (`FactMention.later` "last": "the final count ... stood at 1,270"). */
export const FIGURE_LAST = 32;
/** `FactColumns.figureFlags`: a figure its sentence dates years back (`FactMention.yearsAgo` above 0: "had 4,200 visits last year"). */
export const FIGURE_YEARS_BACK = 64;

/**
 * Years (with 0 for none) are stored plus one, in up to 17 bits: `dateKey` puts two packed dates
 * side by side in one float's 53 exact bits.
 */
const YEAR_LIMIT = 2 ** 17 - 1;
const DATE_SPAN = (YEAR_LIMIT + 1) * 512;

/**
 * The month a weekday alone is packed with (no month is 13): its day is the weekday plus one
 * (Sunday 1 to Saturday 7), plus seven more for an event ahead.
 */
const WEEKDAY_MONTH = 13;

/** A date's year, month (1-12) and day (1-31), each possibly absent, as one number. */
export function packDate(year: number | undefined, month: number | undefined, day: number | undefined): number {
  // A year outside what fits is dropped, as a date that states none: compared on its month and day only.
  const y = year !== undefined && year >= 0 && year < YEAR_LIMIT ? year + 1 : 0;
  return y * 512 + (month ?? 0) * 32 + (day ?? 0);
}

/** `packDate`'s year, month and day back, each undefined where the date states none. */
function unpackDate(packed: number): [year: number | undefined, month: number | undefined, day: number | undefined] {
  const y = Math.floor(packed / 512);
  const m = Math.floor(packed / 32) % 16;
  const d = packed % 32;
  return [y ? y - 1 : undefined, m || undefined, d || undefined];
}

/** Strings interned to dense ids, and back. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  /** An interner holding `values` (distinct), with ids in their order. */
  static of(values: readonly string[]): Interner {
    const i = new Interner();
    for (const v of values) i.id(v);
    if (i.values.length !== values.length) throw new Error("interned values repeat");
    return i;
  }

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(key);
    }
    return id;
  }
}
