import stemWord = require("wink-porter2-stemmer");
import type { Span } from "../types";

/** A word or number of a text, with its offsets. */
export interface Token {
  /** As written. */
  text: string;
  /** Lowercase, possessive `'s` removed. */
  lower: string;
  /** Porter2 stem of `lower` (numbers and acronyms unchanged). */
  stem: string;
  span: Span;
  /** Starts with an uppercase letter. */
  capitalised: boolean;
  /** All letters uppercase and at least two of them (NCA, UK, ERSOU). */
  acronym: boolean;
  /** Contains a digit. */
  numeric: boolean;
}

// Words and numbers: letters/digits joined by internal apostrophes, periods in numbers, and hyphens.
// A hyphenated compound is split ("France-based" -> France, based) so each part can match.
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*(?:[.,][0-9]+)*/gu;

const STEM_CACHE = new Map<string, string>();

/**
 * Nouns made from verbs with "-ure", which Porter2 keeps apart from their verbs (it joins
 * "approval" and "approved", not "seizure" and "seized"): each stems as its verb does.
 */
const URE_NOUNS = new Map<string, string>([
  ["seizure", "seize"], ["closure", "close"], ["failure", "fail"], ["departure", "depart"], ["disclosure", "disclose"],
  ["exposure", "expose"], ["expenditure", "expend"], ["enclosure", "enclose"], ["foreclosure", "foreclose"],
]);

/**
 * Words of one event that Porter2 keeps apart: a death in the news is said "killed", "died",
 * "dead" and "death toll" alike ("The storm killed two people" / "Two people died in the storm").
 */
const SAME_EVENT = new Map<string, string>(
  ["die", "died", "dies", "dying", "dead", "death", "deaths", "kill", "killed", "kills", "killing", "killings"].map((w) => [w, "die"]),
);

/**
 * American spellings of words news writes both ways, as British ones: "300 meters" and "a
 * 300-metre vessel", "the city center" and "the city centre" are one word each; so are "feet"
 * and "foot".
 */
const AMERICAN_SPELLINGS = new Map<string, string>(
  [
    ["meter", "metre"], ["kilometer", "kilometre"], ["centimeter", "centimetre"], ["millimeter", "millimetre"],
    ["liter", "litre"], ["milliliter", "millilitre"], ["center", "centre"], ["theater", "theatre"],
  ]
    .flatMap(([us, gb]) => [[us!, gb!], [us + "s", gb + "s"]] as [string, string][])
    // And a unit's irregular plural: "984 feet" and "a 984-foot vessel".
    .concat([["feet", "foot"]]),
);

/** `lower` as its verb when it is one of `URE_NOUNS`, singular or plural, or as its event's word (`SAME_EVENT`); British-spelt (`AMERICAN_SPELLINGS`). */
function verbOfNoun(lower: string): string {
  return URE_NOUNS.get(lower) ?? (lower.endsWith("ures") ? URE_NOUNS.get(lower.slice(0, -1)) : undefined) ?? SAME_EVENT.get(lower) ?? AMERICAN_SPELLINGS.get(lower) ?? lower;
}

/** Porter2 stem with a cache; words of digits and short acronyms are kept as they are. */
export function stem(lower: string): string {
  let s = STEM_CACHE.get(lower);
  if (s === undefined) {
    s = /\d/.test(lower) || lower.length <= 2 ? lower : stemWord(verbOfNoun(lower));
    if (STEM_CACHE.size > 200_000) STEM_CACHE.clear();
    STEM_CACHE.set(lower, s);
  }
  return s;
}

const CAPITALISED = 1;
const ACRONYM = 2;
const NUMERIC = 4;

/**
 * A word's `capitalised`, `acronym` and `numeric` flags read from its character codes, when it is
 * all ASCII (most words: the Unicode expressions they replace cost a third of tokenizing); -1
 * for any other word. The same answers as the expressions: for ASCII, \p{L} is A-Z and a-z,
 * \p{Lu} is A-Z.
 */
function asciiShape(word: string): number {
  let upper = 0;
  let lower = 0;
  let digit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x30 && c <= 0x39) digit = true;
  }
  const first = word.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a ? CAPITALISED : 0) | (upper >= 2 && lower === 0 ? ACRONYM : 0) | (digit ? NUMERIC : 0);
}

/** Splits `text` (from `offset` on, for `length` code units) into word tokens. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < end) {
    let raw = m[0];
    if (m.index + raw.length > end) raw = raw.slice(0, end - m.index);
    let lower = raw.toLowerCase();
    if (lower.endsWith("'s") || lower.endsWith("\u2019s")) lower = lower.slice(0, -2);
    else if (lower.endsWith("s'")) lower = lower.slice(0, -1);
    const shape = asciiShape(raw);
    let capitalised: boolean;
    let acronym: boolean;
    let numeric: boolean;
    if (shape >= 0) {
      capitalised = (shape & CAPITALISED) !== 0;
      acronym = (shape & ACRONYM) !== 0;
      numeric = (shape & NUMERIC) !== 0;
    } else {
      const letters = raw.replace(/[^\p{L}]/gu, "");
      capitalised = /^\p{Lu}/u.test(raw);
      acronym = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
      numeric = /\d/.test(raw);
    }
    out.push({ text: raw, lower, stem: stem(lower), span: { start: m.index, end: m.index + raw.length }, capitalised, acronym, numeric });
  }
  return out;
}

/**
 * Function words and reporting filler that carry no checkable content. Kept short on purpose:
 * content words such as "police" or "arrests" must stay, since facts hang on them; so must "mine",
 * a noun in news ("the mine's owner") far more often than a pronoun.
 */
export const STOPWORDS = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here it its it's they them their theirs " +
    "he him his she her hers we us our ours you your yours i me my one ones who whom whose which what when where why how " +
    "is am are was were be been being has have had having do does did doing done will would shall should can could may might must " +
    "of in on at by for with from to into onto upon about above below over under between among through during before after " +
    "up down out off again further once all any both each few more most other some such no not only own same too very just " +
    "also as because until while s t don now said says say told tell added adds according per via ago still even ever " +
    "mr mrs ms dr sir dame lord lady yesterday today week weeks last first new " +
    "across within without throughout despite against towards toward beyond behind inside outside near since " +
    "although though however meanwhile many several much either neither another every " +
    // Approximators: "roughly 1.5%" and "roughly two-thirds" share no word of what they count.
    "roughly around nearly almost approximately"
  ).split(/\s+/),
);

/** Whether a token is a content word: not a stopword, not punctuation-only. */
export function isContent(t: Token): boolean {
  return !STOPWORDS.has(t.lower) && t.lower.length > 1;
}

/** Stems of the content words of a text, in order (duplicates kept). */
export function contentStems(text: string, start = 0, end = text.length): string[] {
  return tokenize(text, start, end)
    .filter(isContent)
    .map((t) => t.stem);
}
