/**
 * What a claim says of its own figures, read from its words alone: values it says its figure is
 * not ("not the 46 it announced"), figures it leaves out ("excluding ..."), the sides and wholes
 * it shares out, a place a distance is of, a total it adds up, a figure it calls now or past.
 * `assessFact` and `settle` read these once per claim fact, before any source is weighed.
 */
import { physicalFamily } from "../analysis/compareValues";
import { isCalendarWord, ordinalWordValue, type Quantity } from "../analysis/quantities";
import { bodyKindsNamed, isGenericBodyWord, isPlaceKindWord } from "../analysis/entities";
import { type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { Span } from "../types";
import { isContent, stem, type Token } from "../analysis/tokens";
import { nameWords, sameWords } from "./storyGuards";
import { wordsOf } from "./shapeWeights";
import { DATED_FIGURE_GAP } from "./figureTimes";

/**
 * The words of the place a claim's distance locates ("in Dunmere, 38 miles from Thornby Magna":
 * Dunmere), as a pattern a name of it matches: the last name before the figure that is no
 * person's nor a day's, where the figure is a length said from, away or a bearing from somewhere.
 * Undefined for any other figure.
 */
export function distanceLocated(claim: SentenceAnalysis, fact: FactMention): RegExp | undefined {
  const unit = fact.quantity?.unit;
  if (!unit || physicalFamily(unit) !== "length") return undefined;
  const next = claim.tokens.find((t) => t.span.start >= fact.quantity!.span.end);
  if (!next || !AWAY_WORDS.has(next.lower)) return undefined;
  // Not a name of a relative clause before it: "Ashford Vale Rowing Club, which lent Kelsford six
  // boats, is 40 miles downstream" locates the club.
  const relative = claim.tokens.find((t) => t.span.end <= fact.span.start && RELATIVE_WORDS.has(t.lower));
  const name = (relative && lastPlaceBefore(claim.entities, relative.span.start)) || lastPlaceBefore(claim.entities, fact.span.start);
  if (!name) return undefined;
  // Any word of the name that is no body's word names it ("Dunmoor" for "Dunmoor Royal Infirmary",
  // "the valley of the River Lode" for "the Lode valley"), as written in the source's sentence.
  const words = name.name.split(/[^\p{L}'\u2019-]+/u).filter((w) => w.length > 1 && /^\p{Lu}/u.test(w) && !isGenericBodyWord(w.toLowerCase()) && !isPlaceKindWord(w.toLowerCase()));
  // (The words are letters, apostrophes and hyphens: nothing a pattern reads otherwise.)
  return words.length ? new RegExp(`\\b(?:${words.join("|")})\\b`) : undefined;
}
/** The last name before `at` that is no person's nor a day's: the place a distance after it locates. */
export function lastPlaceBefore<E extends { type: string; name: string; span: Span }>(entities: readonly E[], at: number): E | undefined {
  let last: E | undefined;
  for (const e of entities) if (e.span.end <= at && e.type !== "person" && !isCalendarWord(e.name.toLowerCase())) last = e;
  return last;
}

const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose"]);

/** Words right after a length that make it a distance from somewhere ("38 miles from", "eight miles north of", "three miles away"; not "43 metres of water"). */
const AWAY_WORDS = new Set(["from", "away", "north", "south", "east", "west", "outside", "inland", "offshore", "upstream", "downstream"]);

/**
 * The claim without the names of its asides (see `SentenceAnalysis.asides`) that do not hold the
 * figure at `figure`: an aside describes someone, and the names in it are not whose figure it is.
 */
export function withoutAsidesAround(claim: SentenceAnalysis, figure: Span): SentenceAnalysis {
  const asides = claim.asides?.filter((a) => figure.start >= a.end || figure.end <= a.start);
  if (!asides?.length) return claim;
  const entities = claim.entities.filter((e) => !asides.some((a) => e.span.start >= a.start && e.span.end <= a.end));
  return entities.length === claim.entities.length ? claim : { ...claim, entities };
}

/** Whether a claim tells what was, not what is: a past form of "be" or "have" and no "now" ("the school was at 80 per cent"). */
export function saysItWas(claim: SentenceAnalysis): boolean {
  return claim.tokens.some((t) => t.lower === "was" || t.lower === "were" || t.lower === "had") && !claim.tokens.some((t) => t.lower === "now" || t.lower === "currently");
}

/** The stem of the body a claim's hyphened size ("a nine-member board") is of, if it is one. */
export function hyphenedSizeBody(claim: SentenceAnalysis, fact: FactMention): string | undefined {
  const q = fact.quantity;
  if (!q || fact.size !== "stated" || !/^\S+-(?:member|strong)$/i.test(fact.label)) return undefined;
  const next = claim.tokens.find((t) => t.span.start >= q.span.end);
  return next && fact.measure.includes(next.stem) ? next.stem : undefined;
}


/** Whether the claim's span of time `q` is one between two events: "six days after the council announced", "two weeks later". */
export function spanBetweenEvents(claim: SentenceAnalysis, q: Quantity): boolean {
  const next = claim.tokens.find((t) => t.span.start >= q.span.end);
  return !!next && BETWEEN_EVENTS.has(next.lower);
}
const BETWEEN_EVENTS: ReadonlySet<string> = new Set(["after", "later", "before", "earlier"]);
/** Words that leave a figure out of another: "excluding the 2,140 tonnes", "not counting 12 visitors". */
const LEFT_OUT_WORDS = new Set(["excluding", "excludes", "exclude", "counting", "besides"]);

/**
 * The claim's facts whose figures it leaves out of its others ("Excluding the 2,140 tonnes ..."),
 * read once per claim in one pass over its tokens (a claim may hold hundreds of figures).
 */
export function leftOutFacts(claim: SentenceAnalysis): readonly FactMention[] {
  let out = leftOutByClaim.get(claim);
  if (out) return out;
  out = [];
  const tokens = claim.tokens;
  let i = 0;
  for (const f of claim.facts) {
    while (i < tokens.length && tokens[i]!.span.start < f.span.start) i++;
    // Past a determiner and a qualifier ("excluding the", "not counting some").
    for (let k = 1; k <= 3 && i - k >= 0; k++) {
      const w = tokens[i - k]!.lower;
      if (!LEFT_OUT_WORDS.has(w)) continue;
      if (w !== "counting" || tokens[i - k - 1]?.lower === "not") out.push(f);
      break;
    }
  }
  leftOutByClaim.set(claim, out);
  return out;
}
const leftOutByClaim = new WeakMap<SentenceAnalysis, FactMention[]>();

/**
 * The words of the relative clause that says which of a count's things the claim counts ("the
 * three officers who faced the panel": faced, panel): a figure whose own clause says none of
 * them counts others ("sending 45 police officers and a fleet of drones"). Empty for any other.
 */
export function definingWords(claim: SentenceAnalysis, fact: FactMention): string[] {
  const end = fact.quantity?.span.end;
  if (end === undefined) return [];
  const ts = claim.tokens;
  const i = ts.findIndex((t) => t.span.start >= end);
  if (i < 0 || !RELATIVE.has(ts[i]!.lower)) return [];
  const out: string[] = [];
  // To the clause's end: the first gap wider than a space holds its comma or stop.
  for (let k = i + 1; k < ts.length && k <= i + 6 && ts[k]!.span.start - ts[k - 1]!.span.end <= 1; k++) {
    const t = ts[k]!;
    if (isContent(t) && !t.numeric && !fact.measure.includes(t.stem)) out.push(t.stem);
  }
  return out;
}
const RELATIVE = new Set(["who", "that", "which", "whose"]);

/**
 * The event a claim dates its figure by, named by "the" after a preposition of time ("evacuated
 * after the explosion", "injured in the blast"): its stem, whether or not any source uses it.
 * Not an adjective ("in the faulty airbags"), nor the figure's own measure.
 */
export function eventNamedByThe(claim: SentenceAnalysis, fact: FactMention): string | undefined {
  const ts = claim.tokens;
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i - 1]!.lower !== "the" || !EVENT_PREPOSITIONS.has(ts[i - 2]!.lower) || !isContent(t) || t.capitalised || t.numeric) continue;
    const next = ts[i + 1];
    if (next && isContent(next) && next.span.start === t.span.end + 1) continue;
    if (!fact.measure.includes(t.stem)) return t.stem;
  }
  return undefined;
}
const EVENT_PREPOSITIONS = new Set(["after", "before", "during", "since", "following", "in"]);

/** Words a margin is said with ("a majority of nine votes"): any vote's, no story's. */
export const MARGIN_WORDS = new Set(["majority", "margin", "lead"].map((w) => stem(w)));

/** Whether the claim says "a total of" (a sum said in full, not one it adds up). */
export function saysATotalOf(claim: SentenceAnalysis): boolean {
  return A_TOTAL_OF.test(wordsOf(claim));
}
const A_TOTAL_OF = /\ba\s+total\s+of\b/i;

/**
 * Values the claim itself says its figure is not, after it: "Fellside is the eighth practice ...,
 * not the sixth", "372 clients, rather than 340". A source that gives one of them tells what the
 * claim corrects (an earlier count, another account), not a rival to it.
 */
export function disownedValues(claim: SentenceAnalysis, fact: FactMention): number[] {
  if (fact.kind !== "quantity" || fact.negated) return [];
  const tokens = claim.tokens;
  let out: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.span.start < fact.span.end) continue;
    const lead = t.lower === "not" || (t.lower === "than" && tokens[i - 1]?.lower === "rather") || (t.lower === "of" && tokens[i - 1]?.lower === "instead");
    if (!lead) continue;
    let k = i + 1;
    if (tokens[k]?.lower === "the") k++;
    const w = tokens[k];
    if (!w) break;
    const value = fact.quantity?.ordinal ? ordinalWordValue(w.lower) ?? ordinalNumber(w.lower) : w.numeric && /^\d[\d,]*(?:\.\d+)?$/.test(w.text) ? Number(w.text.replace(/,/g, "")) : undefined;
    if (value !== undefined && Number.isFinite(value)) (out ??= []).push(value);
  }
  return out ?? [];
}
/** "6th": 6. */
function ordinalNumber(word: string): number | undefined {
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  return m ? Number(m[1]) : undefined;
}

/**
 * The kinds of body the claim names its figure's body by, in lower case after "the" ("the county
 * council's cut", "the trust said"), where it names no body: words a body's own name ends on.
 */
export function kindsOfBodyNamed(claim: SentenceAnalysis, fact: FactMention): string[] {
  return bodyKindsNamed(claim.tokens, (t) => fact.local.includes(t.stem));
}

/** Whether "now" stands among the few words before a claim's figure ("is now expected to cost £1.65m"). */
export function saysNowBefore(claim: SentenceAnalysis, fact: FactMention): boolean {
  const ts = claim.tokens;
  const i = ts.findIndex((t) => t.span.start >= fact.span.start);
  const before = ts.slice(Math.max(0, (i < 0 ? ts.length : i) - NOW_WORDS_BEFORE), i < 0 ? ts.length : i);
  return before.some((t) => t.lower === "now");
}
/** How many words before a figure "now" may stand to give it as it now is. */
const NOW_WORDS_BEFORE = 5;

/** The figures stated in the clause of date `date` (the quantities among `facts` with its clause words). */
export function clauseFigures(facts: readonly FactMention[], date: FactMention): Quantity[] {
  const out: Quantity[] = [];
  for (const f of facts) {
    if (f.kind !== "quantity" || !f.quantity || !sameWords(f.local, date.local)) continue;
    // "fell from 412,000 in 2019 to 236,000 in 2024": a date right after a figure dates it alone.
    const gap = date.span.start - f.quantity.span.end;
    if (gap >= 0 && gap <= DATED_FIGURE_GAP) return [f.quantity];
    out.push(f.quantity);
  }
  return out;
}

/**
 * The bodies a claim names, each as its lowercase words: organisations, and names of no known kind
 * ("Harlow", "EncroChat"), but not days and months.
 */
export function bodiesOf(claim: SentenceAnalysis): string[][] {
  const out: string[][] = [];
  for (const e of claim.entities) {
    if (e.type !== "organisation" && e.type !== "other") continue;
    const words = nameWords(e.name).filter((w) => w && !isCalendarWord(w));
    if (words.length) out.push(words);
  }
  return out;
}



/** Words of two sides of a line, each pair's two sides (see `sidesOf`). */
const SIDE_PAIRS: readonly (readonly [string, string])[] = [["before", "after"], ["above", "below"], ["inside", "outside"], ["with", "without"], ["under", "over"]];

/** The sides a claim's words take (`[its word, the other side's]`): "before midnight" takes "before" against "after". */
export function sidesOf(claim: SentenceAnalysis): (readonly [string, string])[] {
  const words = new Set(claim.tokens.map((t) => t.lower));
  const out: (readonly [string, string])[] = [];
  for (const [a, b] of SIDE_PAIRS) {
    if (words.has(a) && !words.has(b)) out.push([a, b]);
    else if (words.has(b) && !words.has(a)) out.push([b, a]);
  }
  return out;
}

/** Whether `text` takes the other side of one of `sides` and not the claim's. */
export function tellsTheOtherSide(sides: readonly (readonly [string, string])[], text: string): boolean {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  return sides.some(([ours, theirs]) => words.has(theirs) && !words.has(ours));
}

/** The ordinal word of a claim's ordinal fact, lower case ("fourth", "4th"). */
export function claimOrdinalWord(claim: SentenceAnalysis, fact: FactMention): string | undefined {
  const t = claim.tokens.find((x) => x.span.start >= fact.quantity!.valueSpan.start && x.span.end <= fact.quantity!.valueSpan.end);
  return t && /^(?:\p{L}+|\d+(?:st|nd|rd|th))$/u.test(t.lower) ? t.lower : undefined;
}

/** Words that deny a state: "are neither cracked nor missing", "were not damaged". */
export const NOT_SO = /\b(?:not|neither|never|no\s+longer)\b|n['\u2019]t\b/i;

/** Whether the words after a claim's figure deny its state, before any other clause begins. */
export function saysNotSo(tokens: readonly Token[]): boolean {
  return tokens.slice(0, 6).some((t) => NOT_SO.test(t.text));
}
