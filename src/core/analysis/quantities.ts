/**
 * A hand-written grammar for the figures of English news text: "more than 746 arrests", "£13.4m",
 * "two tonnes of class A drugs", "several dozen guns", "between 40 and 50 people", "20 per cent",
 * "a six-month contract". Input is normalised text (straight quotes, "-" dashes); every result carries
 * spans (UTF-16 offsets) into that text.
 *
 * The grammar works left to right: find a figure (digits, number words or a vague amount), extend it
 * with a currency, scale, percent sign or range, look back for a qualifier ("more than", "about"),
 * then read the counted noun phrase after it ("illegal firearms", "NCA officers").
 */
import { STOPWORDS } from "./tokens";
import { endsNounPhrase } from "./verbs";
import { wordTable } from "./wordTable";
import type { Span } from "../types";
import { isNumberWord, NUMBER_WORDS, parseNumberWords, SCALE_WORDS } from "./numberWords";

export type Qualifier =
  | "exact"
  | "approx"
  | "over"
  | "under"
  | "atLeast"
  | "atMost"
  | "upTo"
  | "nearly"
  | "range"
  | "vague";

export type Currency = "GBP" | "USD" | "EUR";

/** One figure found in a text, with what it counts. */
export interface Quantity {
  /** The whole expression incl. qualifier, currency, scale and the counted noun phrase if any. */
  span: Span;
  /** Just the figure ("746", "£54m", "two", "£13million", "several dozen", "20 per cent"). */
  valueSpan: Span;
  /** `text.slice(span.start, span.end)`. */
  text: string;
  /** Value in plain units (£54m -> 54_000_000); for ranges and vague amounts the lower end. */
  value: number;
  /** Upper end of a range or vague amount. */
  high?: number;
  /** Unit of the last significant digit as written (746 -> 1, 800 -> 100, £13.4m -> 100000). */
  precision: number;
  qualifier: Qualifier;
  currency?: Currency;
  percent?: boolean;
  /** Singular lowercase lemma of the measure unit or counted noun ("arrest", "tonne", "month"). */
  unit?: string;
  /** Span of the head noun that gave `unit`. */
  unitSpan?: Span;
  /** The counted noun phrase as written after the figure ("illegal firearms", "NCA officers"). */
  nounPhrase?: string;
  /** Lemma of the head of an "of" complement ("two tonnes of drugs" -> "drug", "£54m in cash" -> "cash"). */
  ofNoun?: string;
  /**
   * Which way a length runs, read after it ("1,200 feet long": "long"; "tall" is "high"), or what
   * it is a depth or height of ("25 feet of water": "of water"), or the thing it is the length of,
   * named after it ("the 14km export cable": "the cable"). Two lengths that say it differently
   * measure different things (see `sameDimension` in check/context.ts).
   */
  dimension?: string;
  /** A bare year (1900-2099 not counting anything, e.g. "in 2015"). Dates are reported by dates.ts. */
  isYear?: boolean;
  /** The second figure of a tally, a vote or a score ("voted 5-4", "beat them 2-0"); `value` is the first. */
  tally?: number;
  /**
   * The period of a rate ("£420,000 a year", "£14.50 an hour", "1,000 homes per year"): "year",
   * "hour"...; or, for a sum in a sentence that opens on it, the one thing it is for ("Per tablet,
   * the price rose from about 10p"): "each tablet".
   */
  per?: string;
  /** An ordinal that counts its noun ("its fifth cut"): `value` is 5, `unit` "ordinal:cut". */
  ordinal?: true;
  /**
   * A rank said by a superlative ("the largest quarry", "the second-largest", "the third busiest"):
   * answered where a source ranks it so, no figure a claim must find a source for (sources word
   * their ranks many ways: "third-biggest", "ranks third among", "the largest after Glasgow").
   */
  superlative?: true;
  /**
   * An ordinal that tallies the people something was done to so far ("a third man has been
   * charged"): a count of `value` people (`unit` "man"), as of its report, after smaller ones.
   */
  soFar?: true;
  /** A duration with its smaller part ("47 minutes and 12 seconds"): `value` is 47.2 minutes, and `span` holds both parts. */
  compound?: true;
  /** A sum for one of something, said after it ("£1,450 a head", "£305 per ticket"): a unit price, no total. */
  perItem?: true;
  /** A sum for several of something, said after it ("£610 for two tickets"): a total, no unit price. */
  forSeveral?: true;
}

// ---------------------------------------------------------------------------------------------
// Word lists

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Lengths whose square is an area unit (see `compareValues`' unit families). */
const AREA_OF_LENGTH = new Set(["foot", "metre", "kilometre", "mile", "yard"]);

/** Words that end a counted noun phrase (prepositions, conjunctions, determiners, auxiliaries, adverbs). */
/**
 * Possessives before a year that names a thing of it ("its 2024 accounts"). Not "the": "The 2015
 * arrests were made by 200 officers" may count arrests.
 */
const YEAR_DETERMINERS = new Set(["its", "their", "his", "her", "our"]);
/** Words of how far a figure falls from another, before "of". */
const SHORT_OF = new Set(["short", "clear", "shy"]);
const NP_STOP = new Set(
  (
    "in on at of for from to with by into onto across including over under during since after before between among " +
    "against through per via than as like about around within without outside inside near upon toward towards along past until " +
    // Where the counted are, after their noun ("seven fishermen aboard", "two men overboard").
    "aboard onboard ashore overboard abroad " +
    "and or but nor yet so while when where which who whom whose that because if though although whether " +
    "the a an this these those its their his her our my your them they it he she we you i me us him " +
    "more less fewer others another each all both some any every such-and-such " +
    "is are was were be been being am has have had do does did will would can could may might must should shall " +
    "said says say told added wrote got made went came took saw found left became become remain remained " +
    "now then also already still just only even ago later earlier worldwide nationwide overall altogether apiece " +
    "annually respectively far too very not no here there today yesterday tomorrow tonight last next again " +
    "alone instead ahead away back up down out off below above behind beyond " +
    // Comparisons after a figure ("half a billion pounds higher than"): no noun it counts.
    "higher lower greater bigger smaller larger cheaper dearer shorter longer taller wider narrower deeper heavier lighter older younger faster slower better worse"
  ).split(" "),
);

/**
 * An adverb by its ending ("the 32 originally planned", "12 previously unknown"): no noun.
 * Not adjectives in -ly ("two daily flights", "12 elderly residents"), nor "family" or "rally".
 */
const ADVERB_IN_LY = /^[a-z]{2,}(?:ally|ously|ively|edly|ingly|ently|antly|ately|fully|lessly|ibly|ably)$/;

/** Whether a lowercase word ends a counted noun phrase before it ("firefighters| were"): a preposition, auxiliary, conjunction or the like, or an irregular past verb. */
export function endsCountedPhrase(lower: string): boolean {
  return NP_STOP.has(lower) || endsNounPhrase(lower);
}

/** A determiner after a word: the start of its object. */
const OBJECT_AFTER = /^ (?:the|a|an|his|her|their|its|this|that|these|those)\b/;

/**
 * A noun a figure is the size of, right before it: "a crowd of ", "an audience of some ". Not a
 * word for a figure itself ("a total of 300 injured": the injured are what it counts).
 */
const COLLECTIVE_OF_BEFORE = /\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?!(?:total|number|sum|maximum|minimum|average|tally|count|record|figure)\s)[a-z]+\s+of\s+$/i;

/** Nouns that happen to end in -ed / -ing and must not end a noun phrase. */
const ED_ING_NOUNS = new Set(
  "hundred bed shed sled seed speed need breed creed feed weed greed red building meeting shooting stabbing killing wedding ceiling evening morning sibling offspring thing string spring king ring wing earning saving booking filling sitting painting housing funding training warning briefing hearing ruling finding"
    .split(" "),
);

/** Participles of telling a figure ("the 164 reported last week"): none is a thing counted. */
const TELLING_PARTICIPLES = new Set(["reported", "recorded", "announced", "quoted", "cited", "stated", "published", "given", "forecast", "predicted", "claimed", "confirmed", "logged", "registered"]);

const ORDINAL_WORDS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth"
    .split(" "),
);

/** The ordinals a text says, lower case ("third", "11th"), in order: ranks and places the quantity grammar reads as no figure. */
export function ordinalsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\b(?:[a-z]+|\d+(?:st|nd|rd|th))\b/g)) if (ORDINAL_WORDS.has(m[0]) || /^\d/.test(m[0])) out.push(m[0]);
  return out;
}

/** Second halves of hyphenated idioms that are not counts ("one-off", "two-way"). */
const COMPOUND_IDIOMS = new Set("off way sided time all fold thirds fifths quarters half liner".split(" "));

/** Plurals the suffix rules get wrong, and words that are their own plural. */
const IRREGULAR_PLURALS = wordTable<string>({
  people: "people", police: "police", children: "child", men: "man", women: "woman", mice: "mouse",
  teeth: "tooth", feet: "foot", geese: "goose", data: "data", media: "media", criteria: "criterion",
  phenomena: "phenomenon", staff: "staff", personnel: "personnel", sheep: "sheep", fish: "fish",
  cattle: "cattle", aircraft: "aircraft", species: "species", series: "series", news: "news",
  lives: "life", knives: "knife", wives: "wife", wolves: "wolf", halves: "half", thieves: "thief",
  leaves: "leaf", shelves: "shelf", loaves: "loaf", calves: "calf", selves: "self", heroes: "hero",
  potatoes: "potato", tomatoes: "tomato", vetoes: "veto", echoes: "echo", torpedoes: "torpedo",
  kilos: "kilo", euros: "euro", pesos: "peso", videos: "video", photos: "photo", radios: "radio",
  bus: "bus", buses: "bus", gas: "gas", gases: "gas", focus: "focus", status: "status", census: "census",
  crises: "crisis", analyses: "analysis", theses: "thesis", diagnoses: "diagnosis", bases: "base",
  indices: "index", appendices: "appendix", matrices: "matrix", grammes: "gramme", kg: "kilogram",
  km: "kilometre", mps: "mp", "%": "percent",
});

/** Unit lemma normalisation: spellings of the same unit. */
const UNIT_SYNONYMS = wordTable<string>({
  kilogram: "kilo", kilogramme: "kilo", kg: "kilo", ton: "tonne", gramme: "gram", g: "gram",
  metre: "metre", meter: "metre", kilometer: "kilometre", km: "kilometre", "per cent": "percent",
  pc: "percent", yr: "year", hr: "hour", min: "minute", sec: "second", mins: "minute", hrs: "hour",
  lb: "pound", lbs: "pound", ft: "foot", cm: "centimetre", mm: "millimetre", ml: "millilitre", mg: "milligram",
  mp: "mp",
  // A body's people by either word ("41 of its 212 Brackenford employees" for "41 staff").
  employee: "staff",
  // Jobs by any of the words a report of cuts or hiring uses ("310 jobs", "190 academic posts", "120 roles").
  post: "job", role: "job", position: "job",
  // Power and energy written apart from their figures ("3 GW", "450 MWh").
  kw: "kilowatt", mw: "megawatt", gw: "gigawatt", kwh: "kilowatt hour", mwh: "megawatt hour", gwh: "gigawatt hour", twh: "terawatt hour",
  kb: "kilobyte", gb: "gigabyte", tb: "terabyte", pb: "petabyte",
});

/** Units of length, height and depth, as `unit` gives them. */
const LENGTH_UNITS = new Set(["foot", "metre", "kilometre", "mile", "nautical mile", "inch", "yard", "centimetre", "millimetre"]);
/** The way a length runs, right after it ("1,200 feet long", "56 metres high", "60 feet across", "18 metres in diameter", "38 miles north-east of"). */
const WAY_AFTER = /^\s+(long|wide|high|tall|deep|thick|across|in\s+(?:length|width|height|depth|diameter)|(?:north|south)(?:[- ]?(?:east|west))?\s+of|(?:east|west)\s+of|away|from|back\s+from|off|offshore|into|inside)\b/i;
/** Points along a course a length names ("the 40km mark"): labels, not lengths. */
const MARKERS = new Set(["mark", "marker", "point"]);

/** "to" and a capitalised name right after a length: "42 miles to St Bede's Hospice". */
const TO_A_PLACE_AFTER = /^\s+to\s+(?:the\s+)?[A-Z][a-z]/;
/** "of those" and a participle after a share: "81% of those voting", "62% of those asked". */
const THOSE_DOING_AFTER = /^\s+of\s+those\s+\p{Ll}+(?:ing|ed)\b/u;
/** A length's conversion in brackets right after it: " (22 km)", " (10km)", " (17 miles)". */
const CONVERSION_AFTER = /^\s*\(\s*(?:about\s+|around\s+|some\s+)?[\d,.]+\s*[\p{L}.]{1,12}\s*\)/u;

/** Each way a length may be said to run, as the one word `Quantity.dimension` gives it. */
// (A way into a thing is a point on it: "600 metres into the tunnel"; no length of it answers one.
// Not "along": "runs 12km along the coast" is a length.)
const WAYS: Record<string, string> = { tall: "high", across: "wide", "in length": "long", "in width": "wide", "in height": "high", "in depth": "deep", "in diameter": "wide", into: "along", inside: "along" };

/** Units glued to digits ("5kg"). */
const GLUED_UNITS = wordTable<string>({
  kg: "kilo", km: "kilometre", g: "gram", mg: "milligram", lb: "pound", lbs: "pound", ft: "foot",
  mph: "mph", cm: "centimetre", mm: "millimetre", ml: "millilitre", kmh: "kmh", t: "tonne",
  // Devices and power: "256GB", "3.2GHz", "5,000mAh", "84MW", "a 6.3in display".
  gb: "gigabyte", tb: "terabyte", mb: "megabyte", ghz: "gigahertz", mhz: "megahertz", mah: "milliamp hour",
  kw: "kilowatt", mw: "megawatt", gw: "gigawatt", kwh: "kilowatt hour", mwh: "megawatt hour", gwh: "gigawatt hour",
  twh: "terawatt hour", in: "inch",
});

/** Whether letters glued to a figure are a unit ("5kg", "5KG"): a lone capital is a name's ("4G", "5T"). */
function isGluedUnit(letters: string): boolean {
  return letters.toLowerCase() in GLUED_UNITS && !(letters.length === 1 && letters !== letters.toLowerCase());
}

/** A time taken written as a clock: hours, minutes and seconds ("2:00:28"). */
const RACE_TIME = /^(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/;

/** Durations that are written with a smaller part ("1 hour 3 minutes"), in seconds. */
const DURATION_SECONDS = new Map([["year", 31557600], ["month", 2629800], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]]);
/** A duration's smaller part after its larger one: " and 12 seconds", ", 3 minutes", " 3 minutes", " and six months". */
const DURATION_PART_AFTER =
  /^(?:,?\s+and\s+|,\s*|\s+)(\d{1,2}|(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(months?|weeks?|days?|hours?|minutes?|seconds?)\b/i;
/** A smaller part's count, written in digits or words ("41", "forty-one": see `parseNumberWords`). */
function partCount(written: string): number {
  return /^\d/.test(written) ? Number(written) : parseNumberWords(written, 0)?.value ?? NaN;
}

/**
 * After a figure with a bare "m", what makes it metres: a dimension ("17m long", "a 40m high
 * wall"), or a built or natural thing measured by its size ("the 1,345m mountain", "a 300m
 * steel bridge"), where millions would count people or money ("20m users").
 */
const DIMENSION_AFTER =
  /^\s+(?:long|wide|high|tall|deep|thick|across|in\s+(?:length|diameter|height|depth)|(?:[a-z]+\s+)?(?:mountain|peak|summit|hill|ridge|cliff|rock|tower|building|skyscraper|bridge|dam|wall|wave|tunnel|climb|drop|spire|mast|crane|statue|runway|pier|waterfall|sinkhole|crater|glacier|gorge|shaft|chimney)s?)(?![\w-])/;
/**
 * Before a figure with a bare "m", what makes it metres: a length it is said to be ("a river
 * level of 4.8m", "a depth of about 30m"), or a level a river, the sea or a tide reached ("The
 * River Lune peaked at 5.2m", "the tide reached 7.1m"), where millions would count people or
 * money. The water's name is one capitalised word at most, so that "The River Thames Trust
 * reached 1.2m members" stays a count.
 */
const LENGTH_BEFORE =
  /(?:\b(?:height|depth|level|length|width|altitude|elevation|diameter|wingspan)s?\s+of|\b(?:[Rr]iver|[Tt]ides?|[Ww]aters?|[Ff]loodwaters?|[Ss]ea(?:\s+levels?)?|[Ww]aves?|[Ss]urge)(?:\s+[A-Z][a-z]+)?\s+(?:reached|peaked\s+at|rose\s+to|stood\s+at|hit|topped|exceeded|crested\s+at|was|is))\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just\s+over|just\s+under|up\s+to|a\s+record|a\s+record\s+of)\s+)?$/;

/** Whether the bare "m" at `end`, after the figure at `start`, is metres: by a dimension after it, or a length before it. */
function metresByContext(text: string, start: number, end: number): boolean {
  return DIMENSION_AFTER.test(text.slice(end + 1, end + 17)) || LENGTH_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
const SCALE_SUFFIX = wordTable<number>({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, ...SCALE_WORDS });

const CURRENCY_SYMBOL = wordTable<Currency>({ "£": "GBP", $: "USD", "€": "EUR" });
const CURRENCY_WORDS = wordTable<Currency>({
  pound: "GBP", pounds: "GBP", sterling: "GBP", dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR",
});

/** Qualifier phrases before a figure. Alternation order does not matter: the leftmost match wins. */
const QUALIFIERS: [string, Qualifier][] = [
  ["more than", "over"], ["greater than", "over"], ["over", "over"], ["in excess of", "over"],
  ["upwards of", "over"], ["just over", "over"], ["well over", "over"], ["above", "over"],
  ["fewer than", "under"], ["less than", "under"], ["under", "under"], ["below", "under"],
  ["at least", "atLeast"], ["no fewer than", "atLeast"], ["no less than", "atLeast"], ["a minimum of", "atLeast"],
  ["at most", "atMost"], ["no more than", "atMost"], ["a maximum of", "atMost"],
  ["up to", "upTo"], ["as many as", "upTo"], ["as much as", "upTo"], ["as high as", "upTo"],
  ["almost", "nearly"], ["nearly", "nearly"], ["just under", "nearly"], ["close to", "nearly"],
  ["just short of", "nearly"], ["just below", "nearly"], ["approaching", "nearly"],
  ["about", "approx"], ["around", "approx"], ["approximately", "approx"], ["roughly", "approx"],
  ["some", "approx"], ["circa", "approx"],
  // An estimate is a figure as precise as it is written: "an estimated 898,000" is no "about".
  ["an estimated", "exact"], ["estimated", "exact"],
  ["approx.", "approx"], ["c.", "approx"], ["~", "approx"], ["an approximate", "approx"],
];
/** Verbs whose "up to" says where a change or a sum ended ("revised up to £1.65m", "adds up to 40"), not a bound ("up to 40"). */
const UP_TO_A_LEVEL_BEFORE = /\b(?:adds?|added|adding|revised|revises|revising|went|gone|goes|going|pushed|bumped|ratcheted|scaled|stepped|shot|jumped)\s+$/i;
/** Words that deny what follows them, a verb at most between: "unlikely to receive", "will not get", "cannot pay". */
const DENIED_BEFORE = /\b(?:unlikely\s+to|not\s+expected\s+to|not\s+(?:allowed|permitted)\s+to|(?:will|would|could|can|did|does|do)\s+not|cannot|can't|won't|wouldn't|couldn't|didn't|doesn't|don't|never)\s+(?:\p{L}+\s+){0,2}$/iu;
const QUALIFIER_MAP = new Map(QUALIFIERS.map(([p, q]) => [p, q]));
const QUALIFIER_RE = new RegExp(
  "(?:^|(?<=[^A-Za-z]))(" +
    QUALIFIERS.map(([p]) => p)
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.~]/g, (c) => "\\" + c).replace(/ /g, "\\s+"))
      .join("|") +
    ")\\s*$",
  "i",
);

/** Vague amounts: [pattern, low, high]. Order matters: longer phrases first. */
const VAGUE: [RegExp, number, number][] = [
  [/^hundreds of thousands\b/i, 200_000, 999_999],
  [/^tens of thousands\b/i, 20_000, 99_999],
  [/^tens of millions\b/i, 20_000_000, 99_999_999],
  [/^hundreds of millions\b/i, 200_000_000, 999_999_999],
  [/^several dozen\b/i, 24, 100],
  [/^a few dozen\b/i, 24, 60],
  [/^several hundred\b/i, 300, 999],
  [/^a few hundred\b/i, 200, 500],
  [/^several thousand\b/i, 3000, 9999],
  [/^a few thousand\b/i, 2000, 5000],
  [/^several million\b/i, 3e6, 9_999_999],
  [/^a handful\b/i, 3, 9],
  [/^dozens\b/i, 24, 100],
  [/^scores(?= of\b)/i, 40, 100],
  [/^hundreds\b/i, 200, 999],
  [/^thousands\b/i, 2000, 9999],
  [/^millions\b/i, 2e6, 9_999_999],
  [/^billions\b/i, 2e9, 9_999_999_999],
];

/** Prepositions after which a four-digit number is a year ("in 2015", "since 2016"). */
/** "the alms dish of ", "the flood of ": a thing of a year, before the year (see the years in `readQuantity`). */
const THE_THING_OF_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]*\s+of\s+$/u;
const YEAR_PREPOSITIONS = new Set(
  "in since by during until till before after through throughout circa spring summer autumn winter early late mid end start".split(" "),
);

// ---------------------------------------------------------------------------------------------
// Lemmas

/** Singular lowercase lemma of an English noun ("watches" -> "watch", "cities" -> "city"). */
export function singularise(word: string): string {
  const w = word.toLowerCase();
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w];
  if (w.length <= 3) return w.endsWith("s") && w.length === 3 && !w.endsWith("ss") ? w.slice(0, -1) : w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("yses")) return w.slice(0, -4) + "ysis";
  if (/(x|ch|sh|ss|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

/** Whether a noun as written is plural ("arrests", "people"). */
function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (w === "people" || w === "police" || w === "children" || w === "men" || w === "women" || w === "staff") return true;
  return singularise(w) !== w;
}

/** Base form of a participle used as a noun ("arrested" -> "arrest", "injured" -> "injure"). */
function verbLemma(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (w.endsWith("ed")) {
    const stem = w.slice(0, -2);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
    if (/([gvzcu]|ur|at|iz|is|as|us|ir|ar|or|ok|it)$/.test(stem) && !/(rt|st|nt|ct)$/.test(stem)) return stem + "e";
    return stem;
  }
  if (w.endsWith("ing")) return w.slice(0, -3);
  return w;
}

/** The lemma a counted noun measures by, as a figure's own unit is read ("posts" -> "job", "employees" -> "staff"). */
export function countedNounLemma(word: string): string {
  return normaliseUnit(singularise(word));
}

function normaliseUnit(lemma: string): string {
  return UNIT_SYNONYMS[lemma] ?? lemma;
}

function isEdIngVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (ED_ING_NOUNS.has(w)) return false;
  if ((w.length > 4 || w.endsWith("ied")) && w.endsWith("ed") && !w.endsWith("eed")) return true;
  if (w.length > 5 && w.endsWith("ing")) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

interface NounPhrase {
  start: number;
  end: number;
  head: string; // the head as written
  headSpan: Span;
  words: string[];
}

const WORD_AT = /[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*/y;

/** Reads a word at `pos` exactly. */
function wordAt(text: string, pos: number): string | undefined {
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(text);
  return m ? m[0] : undefined;
}

/**
 * The short noun phrase starting at `pos` (after one space): modifiers then a head noun, stopping at
 * prepositions, conjunctions, auxiliaries, -ing/-ed verbs after the head, and punctuation.
 */
/** Verbs in -s that a figure's noun phrase may run into before "for", "to" or "up" (see `readNounPhrase`). */
const VERBS_IN_S = new Set(["accounts", "counts", "amounts", "stands", "adds", "comes", "goes", "makes", "equates", "represents"]);

function readNounPhrase(text: string, pos: number, maxWords = 5): NounPhrase | undefined {
  if (text[pos] !== " ") return undefined;
  let p = pos + 1;
  const words: { w: string; start: number; end: number }[] = [];
  while (words.length < maxWords) {
    const w = wordAt(text, p);
    if (!w) break;
    const lw = w.toLowerCase();
    if (NP_STOP.has(lw) || lw.includes("'") || ADVERB_IN_LY.test(lw)) break;
    // How far from something: "£340,000 short of the target", "two points clear of Kell" (not "12 short films").
    if (SHORT_OF.has(lw) && /^\s+of\b/.test(text.slice(p + w.length, p + w.length + 4))) break;
    if (MONTHS.has(lw) && /^[A-Z]/.test(w) && lw !== "may") break;
    // A capitalised word in -ing is a name's ("eight Brannock Paving workers"), no verb.
    if (words.length > 0 && ((isEdIngVerb(w) && !/^[A-Z]/.test(w)) || endsNounPhrase(lw))) break;
    // "the record 906,000 reached two years earlier": a number word starts a phrase of its own
    // (a time, an object), never a word of the figure's noun.
    if (words.length > 0 && isNumberWord(lw) && !SCALE_WORDS[lw]) break;
    // "a crowd of 31,412 watched the match": a verb with its object, not "the 746 arrested".
    if (words.length === 0 && isEdIngVerb(w) && OBJECT_AFTER.test(text.slice(p + w.length, p + w.length + 8))) break;
    // Modifiers before an English head noun are singular: after a plural, a singular word is a verb
    // ("people fled", "lives lost").
    if (words.length > 0 && isPlural(words[words.length - 1].w) && !isPlural(w) && /^[a-z]/.test(w)) break;
    // A verb in -s after a noun: "241 deaths accounts for about 13 percent", "5,000 homes amounts to".
    if (words.length > 0 && VERBS_IN_S.has(lw) && /^\s+(?:for|to|up)\b/.test(text.slice(p + w.length, p + w.length + 5))) break;
    // A capitalised word after a lowercase noun starts a new phrase ("10,000 in Britain" is stopped earlier;
    // "5 people Police said" is not a phrase).
    if (words.length > 0 && /^[A-Z][a-z]/.test(w) && /^[a-z]/.test(words[words.length - 1].w)) break;
    words.push({ w, start: p, end: p + w.length });
    p += w.length;
    if (text[p] === " " && /[A-Za-z]/.test(text[p + 1] ?? "")) {
      p += 1;
      continue;
    }
    break;
  }
  // A lone -ed/-ing word is a participle used as a noun ("the 746 arrested"); before another word it is a modifier.
  while (words.length > 0) {
    const last = words[words.length - 1];
    // Single capital letters ("class A") and adverb-like words are not heads.
    if (words.length > 1 && /^[A-Z]$/.test(last.w)) {
      words.pop();
      continue;
    }
    break;
  }
  if (words.length === 0) return undefined;
  const head = words[words.length - 1];
  return {
    start: words[0].start,
    end: head.end,
    head: head.w,
    headSpan: { start: head.start, end: head.end },
    words: words.map((x) => x.w),
  };
}

function headLemma(np: NounPhrase): string {
  const h = np.head;
  if (np.words.length === 1 && isEdIngVerb(h)) return verbLemma(h);
  // "40 light years away": a distance, not a span of time.
  if (/^years?$/i.test(h) && np.words.length >= 2 && /^light$/i.test(np.words[np.words.length - 2]!)) return "light-year";
  return normaliseUnit(singularise(h));
}

/** The complement after "of"/"in" at `pos` (" of the class A drugs"): skips one determiner. */
function readComplement(text: string, pos: number, preps: string[]): { np: NounPhrase; determiner: boolean } | undefined {
  const m = /^ ([A-Za-z]+)/.exec(text.slice(pos, pos + 20));
  if (!m || !preps.includes(m[1].toLowerCase())) return undefined;
  let p = pos + 1 + m[1].length;
  let determiner = false;
  const d = /^ (?:all(?: the)?|the|these|those|its|their|his|her|our|your|my|a|an)\b/i.exec(text.slice(p, p + 10));
  if (d) {
    determiner = true;
    p += d[0].length;
  }
  // "64 of the country's public hospitals", "12 of Britain's banks": the possessor says whose; the noun after it is counted.
  // (A name may follow it: "three in ten of Pennant's Brackenford staff".)
  const possessor = /^ \p{L}[\p{L}-]*['\u2019]s(?= [\p{L}\d])/u.exec(text.slice(p, p + 30));
  if (possessor) {
    determiner = true;
    p += possessor[0].length;
  }
  // "56 of the roughly 4,700 containers": the whole's own figure says how many; its noun is counted.
  // So is "the first 14 confirmed cases": the whole's place in order comes before its figure.
  const whole = determiner ? /^ (?:(?:first|last|next|latest|initial|final|remaining|other)\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more than)\s+)?\d[\d,]*(?:\.\d+)?(?= \p{L})/u.exec(text.slice(p, p + 50)) : null;
  if (whole) p += whole[0].length;
  const np = readNounPhrase(text, p);
  return np ? { np, determiner } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Figure {
  start: number; // incl. currency symbol
  end: number; // incl. scale
  value: number;
  precision: number;
  currency?: Currency;
  scaled: boolean;
  /** Digits as written, no commas, no decimals, no scale (for year detection). */
  plainInteger?: string;
  words: boolean;
  /** "one" alone: maybe the pronoun. */
  bareOne?: boolean;
}

/** Words that make the number after them a label, not a figure ("Article 50", "Flight 370"). */
const LABEL_WORDS =
  "article|section|schedule|chapter|clause|rule|page|room|flight|route|platform|gate|level|tier|category|grade|stage|phase|season|episode|series|part|volume|vol|act|amendment|paragraph|para|figure|fig|table|junction|block|ward|zone|floor|exhibit|appendix|annex|item|version|model|type|division|league|channel|bus|line|terminal|box|apartment|flat|suite|unit|question|windows|iphone|boeing|airbus|ps|rule|verse|psalm|turn|hole|pier|berth|bay|stand|court|pitch|round|lap|heat";
const LABEL_BEFORE = new RegExp(`\\b(?:${LABEL_WORDS})\\.? $`, "i");
/**
 * Words that make the number after them a label only after a preposition ("on move 41", "by day
 * 3", "until week 6"): elsewhere they may be a verb or a count's own words ("to move 300 staff").
 */
const LABEL_AFTER_PREPOSITION = /\b(?:on|by|until|till|at|after|before|around|from|of|in)\s+(?:move|game|match|day|week)\s$/i;

/** Labels that name several by their numbers ("junctions 14 and 15", "platforms 3 to 5"): only those no verb shares. */
const LABELS_PLURAL =
  "junctions|platforms|gates|rooms|flights|routes|wards|blocks|zones|floors|terminals|berths|piers|bays|pages|chapters|sections|articles|clauses|paragraphs|stages|phases|seasons|episodes";
/** A plural label just before a number ("junctions 14"). */
const LABELS_BEFORE = new RegExp(`\\b(?:${LABELS_PLURAL}) $`, "i");
/** A label's number and a list's joint before a number: "junctions 14 and 15", "Article 5, 6 or 7". */
const LABEL_LIST_BEFORE = new RegExp(`\\b(?:${LABELS_PLURAL}|${LABEL_WORDS})\\.? \\d+(?:, ?\\d+)*(?:, ?|,? (?:and|or|to|&) )$`, "i");

/** A temperature's scale after its figure: "40.3C", "35 C", "104F", "38.7°C", "38.7 degrees Celsius". */
const TEMPERATURE_AFTER = /^(?: ?° ?([CF])| ?([CF]))(?![A-Za-z0-9])|^ (?:degrees?|°) (Celsius|centigrade|Fahrenheit)\b/;

/** A verb of expecting right after a noun phrase ("analysts| had expected"): the phrase is its subject. */
const SUBJECT_VERB_AFTER = /^ (?:had |have |has )?(?:expected|forecast|predicted|estimated|anticipated|projected|pencilled in)\b/;

/** A magnitude named before its figure: "magnitude 7.4", "magnitude-7.4". */
const SCALE_BEFORE = /\b(magnitude)[- ]$/i;
/** A magnitude named after its figure: "7.2 on the Richter scale". */
const SCALE_AFTER = /^ on the ((?:Richter|moment magnitude|magnitude) scale)\b/i;

/** Street types: "10 Downing Street" is an address. */
const STREET_TYPES = new Set("street road avenue lane drive place square way close crescent terrace gardens row hill st rd ave".split(" "));

const NUMBER_RE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/** Parses a digit figure (with optional currency symbol and scale) starting at `pos`. */
function parseDigitFigure(text: string, pos: number): Figure | undefined {
  let p = pos;
  let currency: Currency | undefined;
  const sym = text[p];
  if (sym in CURRENCY_SYMBOL) {
    currency = CURRENCY_SYMBOL[sym];
    p++;
    if (text[p] === " ") p++;
  } else if (text.startsWith("US$", p)) {
    currency = "USD";
    p += 3;
  }
  NUMBER_RE.lastIndex = p;
  const m = NUMBER_RE.exec(text);
  if (!m) return undefined;
  const intPart = m[1].replace(/,/g, "");
  const frac = m[2] ?? "";
  let end = p + m[0].length;
  // Codes with leading zeros ("007", "020 7946 0958") are not quantities.
  if (!m[1].includes(",") && intPart.length > 1 && intPart.startsWith("0")) return undefined;
  let scale = 1;
  let scaled = false;
  const after = text.slice(end, end + 12);
  const sm = /^(\s?)(million|billion|thousand|trillion|mln|bln|bn|mn|tn|k|m|b)(?![A-Za-z0-9])/i.exec(after);
  if (sm) {
    const word = sm[2].toLowerCase();
    const isWord = word.length > 2;
    // Single-letter suffixes must be glued ("£54m"); "b" only for money; "m" with a space is metres.
    // Nor is a bare "m" before a dimension ("17m long", "a 40m high wall"): that is metres too.
    const ok = isWord
      ? true
      : sm[1] === "" && (word !== "b" || currency !== undefined) && !(word === "m" && (sm[1] !== "" || (currency === undefined && metresByContext(text, pos, end))));
    // A capital suffix scales money ("$2.5M", "£1.2BN", "£500K"); a bare figure's is a name ("3M", "4K").
    if (ok && (isWord || sm[2] === word || currency !== undefined)) {
      scale = SCALE_SUFFIX[word];
      scaled = true;
      end += sm[0].length;
    }
  }
  const digits = Number(intPart + frac);
  const value = (digits * scale) / 10 ** frac.length;
  let precision: number;
  if (frac.length > 0) precision = scale / 10 ** frac.length;
  else {
    let z = 0;
    for (let i = intPart.length - 1; i > 0 && intPart[i] === "0"; i--) z++;
    if (intPart === "0") z = 0;
    precision = 10 ** z * scale;
  }
  return {
    start: pos,
    end,
    value,
    precision,
    currency,
    scaled,
    plainInteger: !frac && !m[1].includes(",") && !scaled ? intPart : undefined,
    words: false,
  };
}

/** Parses a figure in words ("forty-one", "a dozen", "half a million") starting at `pos`. */
function parseWordFigure(text: string, pos: number): Figure | undefined {
  const wn = parseNumberWords(text, pos);
  if (!wn) return undefined;
  return {
    start: pos,
    end: wn.end,
    value: wn.value,
    precision: wn.precision,
    scaled: wn.words.some((w) => w in SCALE_WORDS),
    words: true,
    bareOne: wn.words.length === 1 && wn.words[0] === "one",
  };
}

/** Any figure at `pos`: digits (with currency) or words. */
function parseFigure(text: string, pos: number): Figure | undefined {
  const c = text[pos];
  if (c === undefined) return undefined;
  if (/\d/.test(c) || c in CURRENCY_SYMBOL || text.startsWith("US$", pos)) return parseDigitFigure(text, pos);
  if (isLetter(c)) return parseWordFigure(text, pos);
  return undefined;
}

/** Whether `text` holds a year and the next, joined by a slash, from `start` ("2023/24", "2019/2020"), the first ending at `end`. */
function financialYearAt(text: string, start: number, end: number): boolean {
  const m = /^((?:19|20)\d\d)\/(\d\d(?:\d\d)?)(?![\d/])/.exec(text.slice(start, end + 6));
  if (!m || start + m[1]!.length !== end) return false;
  const first = Number(m[1]);
  const next = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return next === first + 1;
}

/** Whether the digits at `pos` belong to an identifier, time, date or phone number rather than a figure. */
function digitsExcluded(text: string, fig: Figure, numStart: number): boolean {
  const before = text.slice(Math.max(0, numStart - 12), numStart);
  const prev = text[numStart - 1];
  if (isLetter(prev) || prev === "_" || prev === "+" || prev === "#" || prev === "/" || prev === ":") return true;
  if (/\d[.,]$/.test(before)) return true;
  if (prev === "-" && /[A-Za-z\d]-$/.test(before) && !SCALE_BEFORE.test(before)) return true; // COVID-19, the "1" of a 3-1 score
  if (/\b(no|nos|number)\.?\s$/i.test(before)) return true; // No. 10, number 10
  // (Not a measure glued to its unit: "entered the junction 6mph above the speed limit".)
  const gluedUnit = /^[A-Za-z]+/.exec(text.slice(fig.end, fig.end + 8))?.[0];
  if ((LABEL_BEFORE.test(before) || LABELS_BEFORE.test(before)) && !(gluedUnit && gluedUnit.length > 1 && isGluedUnit(gluedUnit))) return true; // Article 50, page 5, Level 3, junctions 14
  if (LABEL_AFTER_PREPOSITION.test(text.slice(Math.max(0, numStart - 20), numStart))) return true; // on move 41, by day 3
  if (LABEL_LIST_BEFORE.test(text.slice(Math.max(0, numStart - 40), numStart))) return true; // junctions 14 and 15
  // A school year ("Year 7 and Year 8 pupils"): capitalised, one to thirteen.
  if (/\bYear $/.test(before) && /^(?:[1-9]|1[0-3])(?!\d)/.test(text.slice(numStart, numStart + 3))) return true;
  const after = text.slice(fig.end, fig.end + 8);
  if (/^:\d/.test(after)) return true; // 10:30
  // 13/06/2020; not a financial year, "2023/24", whose end is the next year's.
  if (/^\/\d/.test(after) && !financialYearAt(text, numStart, fig.end)) return true;
  if (/^(st|nd|rd|th)\b/i.test(after)) return true; // 3rd
  if (/^\s?(am|pm|a\.m\.|p\.m\.|gmt|bst)\b/i.test(after)) return true; // 10.30am
  if (/^-\d\d-/.test(after)) return true; // ISO date
  if (/^s\b/.test(after)) return true; // the 1990s
  // Glued letters other than known units: "4G", "47A", "M4s".
  const glued = /^[A-Za-z]+/.exec(after);
  if (glued && !isGluedUnit(glued[0]) && !fig.scaled && !TEMPERATURE_AFTER.test(after) && !(glued[0] === "p" && !fig.currency) && !(glued[0] === "m" && metresByContext(text, numStart, fig.end))) return true;
  // "the Lumen 9 Pro", "a Boeing 737 Max": a plain number between two words of a name is part of
  // the name (not after a month, or a capitalised word that opens a sentence: "In 2020 Police").
  if (fig.plainInteger !== undefined && !fig.currency && /^ \p{Lu}\p{Ll}/u.test(after)) {
    const name = /[^.!?:;"\u201c\s]\s(\p{Lu}[\p{L}-]*) $/u.exec(text.slice(Math.max(0, numStart - 30), numStart));
    if (name && !STOPWORDS.has(name[1]!.toLowerCase()) && !isCalendarWord(name[1]!.toLowerCase())) return true;
  }
  // Phone-number-like digit groups ("7946 0958").
  if (fig.plainInteger !== undefined && (/^ \d{3,}\b/.test(after) || /\d{3,} $/.test(before))) return true;
  return false;
}

/** The word before `pos`, lowercased ("in" for "in 2015"). */
function wordBefore(text: string, pos: number): string | undefined {
  const m = /([A-Za-z]+)[ ]+$/.exec(text.slice(Math.max(0, pos - 20), pos));
  return m ? m[1].toLowerCase() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Main

/**
 * Every figure of `text` with its qualifier, currency, scale and counted noun. Ordinals, identifiers
 * ("AK47", "M15", "No. 10", "COVID-19"), times, phone numbers, day numbers of dates and the pronoun
 * "one" are skipped; bare years are returned with `isYear` set.
 */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  // Character codes, not one-character strings and regular expressions: this scan runs over
  // every character of an archive.
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const wordStart = isLetterCode(c) && !isLetterCode(prev) && !isDigitCode(prev);
    const digitStart =
      (isDigitCode(c) && !isDigitCode(prev) && prev !== 46 /* . */ && prev !== 44 /* , */) ||
      ((isCurrencySymbolCode(c) || (c === 85 /* U */ && text.startsWith("US$", i))) && (isDigitCode(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 32) && !isDigitCode(prev));
    if (!wordStart && !digitStart) {
      i++;
      continue;
    }
    const q = wordStart ? readWordQuantity(text, i) : readDigitQuantity(text, i);
    if (q) {
      // "Okafor, 34, polled": an age in years, as "a 34-year-old" is.
      // So is "Okafor, six,": a child's age is written in words.
      if (!q.unit && !q.currency && !q.percent && apposedName(text, q)) q.unit = "year";
      out.push(q);
      i = Math.max(q.valueSpan.end, i + 1);
      // Continue after the noun phrase, but never skip a figure inside a complement; a duration's
      // smaller part is its own.
      // ("56 of the roughly 4,700 containers": the whole's figure is read on its own too).
      const past = q.compound ? q.span.end : q.unitSpan ? q.unitSpan.end : i;
      if (q.compound || !/\d/.test(text.slice(q.valueSpan.end, past))) i = Math.max(i, past);
    } else if (wordStart) {
      // Skip the rest of the word.
      let j = i;
      while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
      i = j;
    } else {
      let j = i + 1;
      while (j < text.length && /[\d.,A-Za-z$£€]/.test(text[j]!)) j++;
      i = j;
    }
  }
  // (Most sentences have no superlative: the pattern runs only where one may be.)
  if (text.includes("est ")) {
    const firsts = firstsBySuperlative(text, out);
    if (firsts.length) return [...out, ...firsts].sort((a, b) => a.span.start - b.span.start);
  }
  return out;
}

/** Weekdays' names, lowercase. */
export const WEEKDAYS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * The name an appositive age follows ("Okafor, 34, polled", "Smith (41) admitted"): a bare whole
 * number under 120 between a capitalised word (not a month or weekday) and a comma, a bracket
 * or the sentence's end.
 */
export function apposedName(text: string, q: Quantity): string | undefined {
  if (!maybeAge(q) && !ageInWords(text, q)) return undefined;
  // Set apart by a comma or a bracket, or ending the sentence: "named as Luis Carrasco, 41, and
  // Mateo Rojas, 29." (the last of a list of names and ages).
  if (!/^\s*(?:[,)]|\.(?:\s|$))/.test(text.slice(q.span.end, q.span.end + 3))) return undefined;
  // "Albrecht, now 75, who proposed": an age said as of the report is the same age.
  const m = /(?:^|[^\p{L}'\u2019-])(\p{Lu}[\p{L}'\u2019-]*\p{Ll})\s*(?:,|\()\s*(?:now\s+)?$/u.exec(text.slice(Math.max(0, q.span.start - 40), q.span.start));
  return m && !isCalendarWord(m[1]!.toLowerCase()) ? m[1] : undefined;
}

/**
 * Whose age a bare whole number under 120 after "aged" is, the word before "aged" as written and
 * where it starts:
 * "a man aged 27" (man), "Tom Ellery, aged 45," (Ellery), and each of a list ("three men, aged
 * 27, 31 and 45": men). Undefined for any other figure, and where no word says whose.
 */
export function agedOwner(text: string, q: Quantity): { word: string; start: number } | undefined {
  if (q.unit || q.currency || q.percent || !(maybeAge(q) || maybeAgesInWords(text, q))) return undefined;
  const from = Math.max(0, q.span.start - 60);
  const before = text.slice(from, q.span.start);
  // Most figures have no "aged" before them: the pattern, tried at every word, is kept for those that do.
  const m = before.includes("aged") ? AGED_BEFORE.exec(before) : null;
  return m ? { word: m[1]!, start: from + m.index + m[0].indexOf(m[1]!) } : undefined;
}
const AGED_BEFORE = /(\p{L}[\p{L}'\u2019-]*)\s*,?\s+aged\s+(?:between\s+)?(?:\d{1,3}\s*,\s*)*(?:\d{1,3},?\s+(?:and|or)\s+)?$/u;

/** Ages in words or a range of them ("aged two to nine", "aged between 18 and 24"): whole numbers under 120. */
function maybeAgesInWords(text: string, q: Quantity): boolean {
  if (q.qualifier !== "exact" && q.qualifier !== "range") return false;
  const whole = (v: number) => Number.isInteger(v) && v >= 1 && v < 120;
  return whole(q.value) && (q.high === undefined || whole(q.high)) && AGES_WRITTEN.test(text.slice(q.valueSpan.start, q.valueSpan.end));
}
/** Number words, or two figures of at most three digits or words joined by "to", "and" or a dash. */
const AGES_WRITTEN = /^(?:\p{Ll}+(?:-\p{Ll}+)?|\d{1,3})(?:\s*(?:to|and|-|\u2013)\s*(?:\p{Ll}+(?:-\p{Ll}+)?|\d{1,3}))?$/u;

/**
 * A whole number from two to 119 in words ("six", "forty-one"): an age where it is set apart after a
 * name (see `apposedName`). Not "one": "Okafor, one of the first children" is no age.
 */
function ageInWords(text: string, q: Quantity): boolean {
  return q.qualifier === "exact" && Number.isInteger(q.value) && q.value >= 2 && q.value < 120 && /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(text.slice(q.valueSpan.start, q.valueSpan.end)) && q.span.end === q.valueSpan.end;
}

/** A bare whole number under 120 written as it is, at most three characters: what an age may be. */
function maybeAge(q: Quantity): boolean {
  return q.qualifier === "exact" && Number.isInteger(q.value) && q.value >= 1 && q.value < 120 && q.span.end - q.span.start <= 3;
}

/**
 * The word a bare whole number under 120 is said of, ending its clause ("Kovacs is 29.",
 * "Kovacs, who is 29,"): an age if that word is a person's name, which only the caller knows
 * ("Turnout was 64." is no age).
 */
export function copulaName(text: string, q: Quantity): string | undefined {
  if (!endsClauseAsAge(text, q)) return undefined;
  const m = /(?:^|[^\p{L}'\u2019-])(\p{Lu}[\p{L}'\u2019-]*\p{Ll}),?\s+(?:who\s+)?(?:is|was)\s+$/u.exec(text.slice(Math.max(0, q.span.start - 40), q.span.start));
  return m ? m[1] : undefined;
}

/** A bare whole number under 120 that ends its clause ("... is 29.", "... was 57 when"): what a copula's age may be. */
export function endsClauseAsAge(text: string, q: Quantity): boolean {
  if (q.currency || q.percent) return false;
  // "Ferrandi is 33 years old.": the same age, in words; "Whitlow was 27 years old when ...".
  if (q.unit === "year") return maybeAge({ ...q, span: q.valueSpan }) && /^\s+old\b(?!-)/.test(text.slice(q.span.end, q.span.end + 8));
  // "Marrable was 57 when he went down with his ship": the age at a time the clause goes on to give.
  return !q.unit && maybeAge(q) && /^\s*(?:[.;,]|$)|^\s+(?:when|as|at\s+the\s+time)\b/.test(text.slice(q.span.end, q.span.end + 16));
}

/** A month's or weekday's name, lowercase: capitalised, yet no one's name ("In June, 12 ..."). */
export function isCalendarWord(lower: string): boolean {
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** ASCII letters (what `isLetter` matches), by character code; NaN and -1 are not. */
function isLetterCode(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The character codes of `CURRENCY_SYMBOL`'s keys. */
const CURRENCY_SYMBOL_CODES = new Set(Object.keys(CURRENCY_SYMBOL).map((c) => c.charCodeAt(0)));
function isCurrencySymbolCode(c: number): boolean {
  return CURRENCY_SYMBOL_CODES.has(c);
}

/** First words that can open a figure written in words ("two", "a dozen", "several hundred", "half a million"). */
const WORD_FIGURE_STARTS = new Set(["a", "an", "half", "quarter", "several", "dozens", "scores", "hundreds", "thousands", "millions", "tens", "one"]);
/**
 * Ordinals that count what their noun counts ("its fifth cut", "for a third consecutive year"),
 * lowercase as written. Not "first": it is mostly no count ("the first day", "first-quarter").
 */
const ORDINAL_VALUES = new Map([...ORDINAL_WORDS].slice(1, 12).map((w, i) => [w, i + 2] as const));

/** The count an ordinal word from "second" to "twelfth" says ("third": 3), lower case; undefined for any other word. */
export function ordinalWordValue(word: string): number | undefined {
  return ORDINAL_VALUES.get(word);
}

/** Words between an ordinal and its noun that say the count runs unbroken. */
const ORDINAL_ADJECTIVES = /^(?:consecutive|straight|successive|running)\s+/;

/** An ordinal in digits: "16th", "21st", "2nd", "3rd". */
const DIGIT_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\d])/u;

/**
 * A determiner before an ordinal that counts ("its", "the", "a", "Velmora's"), a record's word ("a
 * record 31st time"), and a compound that describes what is counted ("the 176.5-kilometre fourth
 * stage", "a record-breaking third win").
 */
const ORDINAL_DETERMINER = /(?:\b(?:its|the|a|their|his|her|our)|['\u2019]s)\s+(?:(?:record|new|historic|unprecedented)\s+)?(?:[\p{L}\d.]+-\p{L}+\s+)?$/iu;

/**
 * "its fifth cut since August 2024", "for a third consecutive year": an ordinal after a determiner,
 * before its noun, is a count of that noun, measured apart from plain counts (its unit is
 * `ordinal:<noun>`, so "a third year" is no duration and "three cuts" no fifth cut).
 */
function readOrdinal(text: string, pos: number, end: number, value: number): Quantity | undefined {
  // (Hyphened to a superlative: "the second-largest quarry", as "the third busiest airport".)
  if (!ORDINAL_DETERMINER.test(text.slice(Math.max(0, pos - 48), pos)) || (text[end] !== " " && !(text[end] === "-" && SUPERLATIVE_AFTER_HYPHEN.test(text.slice(end, end + 16))))) return undefined;
  let at = end + 1;
  const adjective = ORDINAL_ADJECTIVES.exec(text.slice(at, at + 14));
  if (adjective) at += adjective[0].length;
  // Past a name that says which ("her second Wimbledon title", "fourth Grand Slam title").
  const name = /^(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3}(?=\p{Ll})/u.exec(text.slice(at, at + 40));
  if (name) at += name[0].length;
  const noun = /^[a-z]+/.exec(text.slice(at, at + 30));
  if (!noun || NP_STOP.has(noun[0]) || noun[0].length < 3) return undefined;
  const unitSpan = { start: at, end: at + noun[0].length };
  const counted = singularise(noun[0]);
  const superlative = text[end] === "-" || SUPERLATIVES.has(noun[0]);
  // "A third man has been charged", "the fifth person to be detained": the people something was
  // done to so far, counted as "three men have been charged" counts them.
  const tally = value >= 2 && !adjective && !name && TALLIED_PEOPLE.has(counted) && isDoneTo(text.slice(unitSpan.end, unitSpan.end + 48));
  return {
    span: { start: pos, end: unitSpan.end },
    // (A superlative is part of the value as written: "second-largest" or "third busiest", to be put for "largest".)
    valueSpan: { start: pos, end: superlative ? unitSpan.end : end },
    text: text.slice(pos, unitSpan.end),
    value,
    precision: 1,
    qualifier: "exact",
    unit: tally ? counted : "ordinal:" + counted,
    unitSpan,
    nounPhrase: text.slice(end + 1, unitSpan.end),
    ...(tally ? { soFar: true as const } : { ordinal: true as const }),
    ...(superlative ? { superlative: true as const } : {}),
  };
}

/** A superlative hyphened to an ordinal: "-largest", "-busiest". */
const SUPERLATIVE_AFTER_HYPHEN = /^-\p{Ll}{2,}est\b/u;

/** Superlatives of size, age or rank that rank their noun: "the largest quarry" is the first of them. */
const RANKING_SUPERLATIVES =
  "largest biggest busiest oldest highest longest tallest deepest smallest newest youngest richest poorest fastest heaviest wettest driest hottest coldest warmest strongest lowest widest";
const SUPERLATIVES: ReadonlySet<string> = new Set(RANKING_SUPERLATIVES.split(" "));
/**
 * "the largest quarry in Wendale", "Britain's busiest airport": a superlative after a determiner
 * ranks its noun first, as "the second-largest quarry" ranks it second. Not one of several ("one
 * of the largest", "among the biggest"), nor one with no word after it ("was the largest."), nor
 * one before a count ("the largest three").
 */
const FIRST_BY_SUPERLATIVE = new RegExp(String.raw`(?<!\b(?:of|among|amongst)\s+)\b(?:the|its|their|[\p{L}]+['’]s)\s+(${RANKING_SUPERLATIVES.split(" ").join("|")})\s+([a-z]{3,})\b`, "dgu");

/**
 * Words that leave a part out of what is counted or ranked: "6,700 seats outside the Riverside
 * Stand", "the largest council area apart from Glasgow" (as a pattern's alternatives).
 */
export const LEAVING_OUT = String.raw`outside|excluding|except|besides|other\s+than|apart\s+from|not\s+counting`;
/** Words after a superlative's noun that rank it after another: "after Glasgow", "behind only Germany", "outside London". */
const SECOND_TO = new RegExp(String.raw`\b(?:after|behind|bar|beside|next\s+to|second\s+to|${LEAVING_OUT})\b`);

/** The superlatives of `text` that rank their noun first (see `FIRST_BY_SUPERLATIVE`), as ordinals of value 1. */
function firstsBySuperlative(text: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(FIRST_BY_SUPERLATIVE)) {
    const word = m[1]!;
    const start = m.indices![1]![0];
    const noun = m[2]!;
    if (NP_STOP.has(noun) || isNumberWord(noun) || found.some((q) => q.span.start <= start + word.length && start <= q.span.end)) continue;
    // "the largest council area after Glasgow", "the busiest behind Heathrow": second to another.
    const after = m.index! + m[0].length;
    const clause = text.slice(after, after + 60).split(/[,;:.!?()]/)[0]!;
    if (SECOND_TO.test(clause)) continue;
    const end = start + word.length;
    out.push({ span: { start, end }, valueSpan: { start, end }, text: word, value: 1, precision: 1, qualifier: "exact", unit: "ordinal:" + word, unitSpan: { start, end }, ordinal: true, superlative: true });
  }
  return out;
}

/** People an ordinal tallies when something is done to them ("a third man has been charged"). */
const TALLIED_PEOPLE = new Set(
  "man woman person suspect teenager boy girl youth child victim patient worker driver passenger officer pupil student resident defendant prisoner inmate casualty fatality".split(" "),
);

/**
 * Whether `after` (the text right after an ordinal's noun) says what was done to it, so far: "has
 * (now) been charged", "had died", "to be arrested", "to die", "was taken to hospital".
 */
function isDoneTo(after: string): boolean {
  const m = /^\s+(?:(?:has|had)\s+(?:now\s+|also\s+|since\s+)?(?:been\s+)?|to\s+(?:be\s+|have\s+(?:been\s+)?)?|was\s+|is\s+)(\p{Ll}+)\b/u.exec(after);
  return !!m && (/(?:ed|en)$/.test(m[1]!) || DONE_TO_IRREGULAR.has(m[1]!));
}
const DONE_TO_IRREGULAR = new Set(["die", "held", "hurt", "found", "caught", "shot", "struck", "sent", "jailed", "kept"]);

/** The lengths and (lowercase) first letters of the words that can open a figure. */
const FIGURE_WORD_MAX = Math.max(...[...WORD_FIGURE_STARTS, ...NUMBER_WORDS, ...ORDINAL_VALUES.keys()].map((w) => w.length));
const FIGURE_WORD_INITIALS = new Set([...WORD_FIGURE_STARTS, ...NUMBER_WORDS, ...ORDINAL_VALUES.keys()].map((w) => w.charCodeAt(0)));

function readWordQuantity(text: string, pos: number): Quantity | undefined {
  // A hyphen glued to a preceding word: "multi-million", "sub-machine", "Europe-wide".
  if (text[pos - 1] === "-" && isLetter(text[pos - 2])) return undefined;
  // Most words open no figure: rule them out before the grammar runs (it is the indexing hot path).
  let end = pos;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  // Most words are ruled out by their length or first letter, before a string is made of them.
  if (end - pos > FIGURE_WORD_MAX || !FIGURE_WORD_INITIALS.has(text.charCodeAt(pos) | 32)) return undefined;
  const word = text.slice(pos, end);
  const ordinal = ORDINAL_VALUES.get(word);
  if (ordinal !== undefined) return readOrdinal(text, pos, end, ordinal);
  const first = word.toLowerCase();
  if (!WORD_FIGURE_STARTS.has(first) && !isNumberWord(first)) return undefined;
  const rest = text.slice(pos, pos + 30);
  for (const [re, lo, hi] of VAGUE) {
    const m = re.exec(rest);
    if (m) return finish(text, { start: pos, end: pos + m[0].length, value: lo, precision: 1, scaled: false, words: true }, {
      high: hi,
      vague: true,
    });
  }
  // "half an hour", "a quarter of an hour", "half a mile": a part of one unit.
  const part = UNIT_PART.exec(rest);
  if (part) {
    const value = /^half/i.test(part[1]!) ? 0.5 : /^three/i.test(part[1]!) ? 0.75 : 0.25;
    return finish(text, { start: pos, end: pos + part[1]!.length, value, precision: 0.25, scaled: false, words: true }, {});
  }
  const ratio = readRatio(text, pos) ?? readFraction(text, pos);
  if (ratio) return withQualifierBefore(text, ratio);
  const fig = parseWordFigure(text, pos);
  if (!fig) return undefined;
  // "category two calls", "level three": a label's number names which, as "Level 3" does.
  if (LABEL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos)) || LABEL_AFTER_PREPOSITION.test(text.slice(Math.max(0, pos - 20), pos))) return undefined;
  if (text[fig.end] === "-" && ORDINAL_WORDS.has((wordAt(text, fig.end + 1) ?? "").toLowerCase())) return undefined; // twenty-first
  if (fig.bareOne) {
    const wb = wordBefore(text, pos);
    if (wb && ["the", "no", "any", "each", "every", "this", "that", "which", "someone", "anyone", "everyone", "no-one", "only", "last"].includes(wb)) return undefined;
    if (/^ (of|another|who|that|which|day|way|by|more|in|at|on|for)\b/i.test(text.slice(fig.end, fig.end + 10))) return undefined;
  }
  return finish(text, fig, {});
}

/**
 * A part of one unit of time before it: "half an hour", "a quarter of an hour", "three-quarters of
 * an hour". (Not of a length: "about half a mile away" is read against any distance away.)
 */
const UNIT_PART = /^(half\s+an?|(?:a|one)\s+quarter\s+of\s+an?|three[-\s]quarters\s+of\s+an?)\s+(?=(?:second|minute|hour|day|week|fortnight|month|year)\b)/i;

const RATIO = /^(one|two|three|four|five|six|seven|eight|nine) in (two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\b(?:\s+([a-z]+))?/i;

/**
 * "One in five adults": a share, as "20% of adults" is. Rounded as news rounds it: "one in five"
 * is said of 18-22%, so its precision is a twentieth of the share, at least one point.
 */
function readRatio(text: string, pos: number): Quantity | undefined {
  const m = RATIO.exec(text.slice(pos, pos + 60));
  if (!m) return undefined;
  const a = parseNumberWords(m[1]!.toLowerCase(), 0)!.value;
  const b = parseNumberWords(m[2]!.toLowerCase(), 0)?.value ?? Number(m[2]);
  if (!(b > a)) return undefined;
  // Its noun is what it is a share of, as "of adults" is for a percentage ("one in five adults"):
  // the phrase's head, "members" of "nine in ten trust members".
  const end = pos + m[1]!.length + 4 + m[2]!.length;
  // Or the noun of its "of" ("three in ten of Pennant's Brackenford staff").
  if (m[3]?.toLowerCase() === "of") return shareOf(text, pos, end, a / b, readComplement(text, end, ["of"])?.np.head);
  const np = m[3] ? readNounPhrase(text, end) : undefined;
  return shareOf(text, pos, end, a / b, np ? np.head : m[3]);
}

/**
 * The share `part` (of one) written in words over `[start, end)`, as a percentage rounded as a
 * ratio is (see `readRatio`), of the noun `noun` where one follows.
 */
function shareOf(text: string, start: number, end: number, part: number, noun: string | undefined): Quantity {
  const value = Math.round(1000 * part) / 10;
  const q: Quantity = { span: { start, end }, valueSpan: { start, end }, text: text.slice(start, end), value, precision: Math.max(1, Math.round(value / 5)), qualifier: "exact", percent: true, unit: "percent" };
  if (noun && !NP_STOP.has(noun.toLowerCase())) {
    q.ofNoun = singularise(noun.toLowerCase());
    q.dimension = "of " + q.ofNoun;
  }
  return q;
}

/** A share read from words ("one in five", "four-fifths") with the qualifier before it: "More than four-fifths" is over 80%. */
function withQualifierBefore(text: string, q: Quantity): Quantity {
  const qm = QUALIFIER_RE.exec(text.slice(Math.max(0, q.span.start - 30), q.span.start));
  if (!qm) return q;
  const start = q.span.start - qm[0].length;
  return { ...q, qualifier: QUALIFIER_MAP.get(qm[1]!.toLowerCase().replace(/\s+/g, " ")) ?? "exact", span: { start, end: q.span.end }, text: text.slice(start, q.span.end) };
}

/** "two-thirds", "nine tenths": a number word and a fraction's denominator. */
const FRACTION = /^(one|two|three|four|five|six|seven|eight|nine)[- ](halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b(?:\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]+))?/i;
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/**
 * "Two-thirds of median earnings", "more than nine-tenths of the material": a share, as "67%"
 * and "90%" are, rounded as a ratio is (see `readRatio`).
 */
function readFraction(text: string, pos: number): Quantity | undefined {
  const m = FRACTION.exec(text.slice(pos, pos + 60));
  // "Three quarters of a million people" is a count: the word figures read it.
  if (!m || /^\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b/i.test(text.slice(pos + m[1]!.length + 1 + m[2]!.length, pos + 80))) return undefined;
  const a = parseNumberWords(m[1]!.toLowerCase(), 0)!.value;
  const denominator = m[2]!.toLowerCase().replace(/s$/, "").replace(/^halve$/, "half");
  const b = DENOMINATORS[denominator];
  if (!b || !(b > a)) return undefined;
  const end = pos + m[1]!.length + 1 + m[2]!.length;
  // The head of its "of" phrase, past its adjectives ("two-thirds of the violent incidents": incidents).
  return shareOf(text, pos, end, a / b, m[3] ? (readComplement(text, end, ["of"])?.np.head ?? m[3]) : undefined);
}

function readDigitQuantity(text: string, pos: number): Quantity | undefined {
  // "for a 16th consecutive year": an ordinal in digits counts its noun as one in words does.
  const ordinal = DIGIT_ORDINAL.exec(text.slice(pos, pos + 6));
  if (ordinal) return readOrdinal(text, pos, pos + ordinal[0].length, Number(ordinal[1]));
  // "finishing in 2:00:28": hours, minutes and seconds are a time taken ("10:30", "at 10:30:45"
  // are times of day).
  const clock = /[\d:.]$|(?:^|[^A-Za-z])at\s$/.test(text.slice(Math.max(0, pos - 4), pos)) ? null : RACE_TIME.exec(text.slice(pos, pos + 10));
  if (clock) {
    const end = pos + clock[0].length;
    const value = Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3]) / 3600;
    return { span: { start: pos, end }, valueSpan: { start: pos, end }, text: clock[0], value, precision: 1 / 3600, qualifier: "exact", unit: "hour" };
  }
  const fig = parseDigitFigure(text, pos);
  if (!fig) return undefined;
  const numStart = fig.currency ? (text[pos + 1] === " " ? pos + 2 : text.startsWith("US$", pos) ? pos + 3 : pos + 1) : pos;
  if (digitsExcluded(text, fig, numStart)) return undefined;
  if (!fig.currency && !fig.scaled && fig.plainInteger !== undefined) {
    const n = Number(fig.plainInteger);
    // Day numbers of dates ("13 June 2020", "June 13") belong to dates.ts.
    if (n >= 1 && n <= 31) {
      const nx = /^ ([A-Za-z]+)/.exec(text.slice(fig.end, fig.end + 12));
      if (nx && MONTHS.has(nx[1].toLowerCase()) && /^[A-Z]/.test(nx[1])) return undefined;
      const pw = /([A-Za-z]+)\.? $/.exec(text.slice(Math.max(0, pos - 12), pos));
      if (pw && MONTHS.has(pw[1].toLowerCase()) && /^[A-Z]/.test(pw[1]) && pw[1].toLowerCase() !== "may") return undefined;
    }
  }
  return finish(text, fig, {});
}

interface FinishOpts {
  high?: number;
  vague?: boolean;
}

/** Extends a figure with range, scale, percent, currency words, qualifier and noun phrase. */
function finish(text: string, fig: Figure, opts: FinishOpts): Quantity | undefined {
  let value = fig.value;
  let precision = fig.precision;
  let high = opts.high;
  let currency = fig.currency;
  let valueEnd = fig.end;
  let qualifier: Qualifier = opts.vague ? "vague" : "exact";
  let spanStart = fig.start;
  let isRange = false;
  let tally: number | undefined;

  // Qualifier before the figure.
  const before = text.slice(Math.max(0, fig.start - 30), fig.start);
  const qm = QUALIFIER_RE.exec(before);
  let qualifierWord: string | undefined;
  if (qm && !opts.vague) {
    qualifierWord = qm[1].toLowerCase().replace(/\s+/g, " ");
    qualifier = QUALIFIER_MAP.get(qualifierWord) ?? "exact";
    spanStart = fig.start - qm[0].length;
    // "unlikely to receive more than 5 pence", "not expected to exceed": a bound denied is the
    // other bound ("at most 5 pence").
    if (qualifier === "over" && /^(?:more|greater)\b/i.test(qualifierWord) && DENIED_BEFORE.test(text.slice(Math.max(0, spanStart - 40), spanStart))) qualifier = "atMost";
    // "has been revised up to £1.65m", "add up to £760,000": where a change or a sum ended, no bound.
    if (qualifier === "upTo" && qualifierWord === "up to" && UP_TO_A_LEVEL_BEFORE.test(text.slice(Math.max(0, spanStart - 20), spanStart))) {
      qualifier = "exact";
      spanStart = fig.start;
    }
  }
  const prevWord = wordBefore(text, fig.start);

  // Ranges: "between 5 and 10", "5-10", "5 to 10" (not "from 5 to 10", nor "rose by 2,100 to
  // 182,400": those are a change and where it ended).
  if (!opts.vague) {
    // "2023/24": a financial or academic year, written as a season is ("2019-20").
    const rm = /^(\s?-\s?|\s(?:to|and)\s|\/(?=\d\d(?:\d\d)?\b))/.exec(text.slice(fig.end, fig.end + 6));
    if (rm) {
      const conn = rm[1].trim();
      const okConn =
        conn === "and" ? prevWord === "between" : conn === "to" ? prevWord !== "from" && prevWord !== "by" : conn === "/" ? fig.plainInteger !== undefined && /^(19|20)\d\d$/.test(fig.plainInteger) && !currency : !fig.words;
      const hiFig = okConn ? parseFigure(text, fig.end + rm[1].length) : undefined;
      // Not a year and a sum: "fell from £540,000 in 2022 to £310,000 in 2023".
      // Nor a year and a count: "fell from 412,000 in 2019 to 236,000 in 2024".
      // (A season, "2019-20", is a range.)
      const yearThenSum = !currency && fig.plainInteger !== undefined && /^(19|20)\d\d$/.test(fig.plainInteger) && !!hiFig && (!!hiFig.currency || (conn === "to" && !(hiFig.plainInteger !== undefined && /^(19|20)\d\d$/.test(hiFig.plainInteger))));
      if (hiFig && !yearThenSum && hiFig.words === fig.words && (!hiFig.currency || !currency || hiFig.currency === currency) && !(conn === "-" && isLetter(text[hiFig.end]) && !hiFig.scaled)) {
        let lo = fig.value;
        let hi = hiFig.value;
        // "£5-10m": the scale written once applies to both ends.
        if (!fig.scaled && hiFig.scaled) {
          const s = scaleOf(text, hiFig);
          lo *= s;
          precision *= s;
        }
        const yearish = fig.plainInteger !== undefined && /^(19|20)\d\d$/.test(fig.plainInteger) && !currency;
        // "voted 5-4", "beat Redford United 2-0", "drew 1-1": a tally, the larger side first (a
        // rising pair, "5-10", is a range).
        if (conn === "-" && rm[1] === "-" && hi <= lo && !yearish && fig.plainInteger !== undefined && hiFig.plainInteger !== undefined && lo < 1000 && !fig.scaled && !hiFig.scaled && !currency && !hiFig.currency && !/^(?:[-\d%]|[.,]\d)/.test(text.slice(hiFig.end, hiFig.end + 2))) {
          tally = hi;
          valueEnd = hiFig.end;
          precision = 1;
        } else if (hi > lo || yearish) {
          value = lo;
          high = hi;
          precision = Math.min(precision, hiFig.precision);
          valueEnd = hiFig.end;
          currency = currency ?? hiFig.currency;
          isRange = true;
          qualifier = "range";
          if (conn === "and") {
            const bm = /between\s+$/i.exec(before);
            if (bm) spanStart = fig.start - bm[0].length;
          } else if (qm) {
            // "up to 5-10": keep the range; the qualifier adds nothing firm.
            spanStart = fig.start - qm[0].length;
          }
        }
      }
    }
  }

  // Percent.
  let percent = false;
  let unit: string | undefined;
  let unitSpan: Span | undefined;
  const pm = /^(\s?%|\s?per cent\b|\s?percent\b|\s?pc\b)/i.exec(text.slice(valueEnd, valueEnd + 10));
  if (pm && !currency) {
    percent = true;
    unit = "percent";
    // A share is given to the point: "40%" is not a rounded 36-44% ("41%" and "44%" differ).
    if (!fig.scaled && precision > 1 && value < 100) precision = 1;
    const s = valueEnd + pm[0].length - pm[0].trimStart().length;
    unitSpan = { start: s, end: valueEnd + pm[0].length };
    valueEnd += pm[0].length;
  }

  // Currency words after the figure ("54 million pounds"); "ten pounds of cocaine" is a weight.
  if (!currency && !percent) {
    const cm = /^ (pounds?|sterling|dollars?|euros?)\b/i.exec(text.slice(valueEnd, valueEnd + 12));
    if (cm && !/^ of\b/i.test(text.slice(valueEnd + cm[0].length, valueEnd + cm[0].length + 4))) {
      currency = CURRENCY_WORDS[cm[1].toLowerCase()];
      valueEnd += cm[0].length;
    }
  }

  // Pence ("54.75p a day", "50 pence", "Fifty pence an hour"): a sum in pounds.
  const pence = currency || percent ? null : /^(?:p(?![A-Za-z])| pence\b)/.exec(text.slice(valueEnd, valueEnd + 7));
  if (pence && !(fig.words && pence[0] === "p")) {
    currency = "GBP";
    // Rounded to what a price in pence can hold: 51.37 / 100 is not exactly 0.5137.
    const pounds = (x: number) => Number((x / 100).toPrecision(12));
    value = pounds(value);
    precision = pounds(precision);
    if (high !== undefined) high = pounds(high);
    valueEnd += pence[0].length;
  }

  // Glued units ("5kg").
  let spanEnd = valueEnd;
  if (!percent) {
    const gm = /^[A-Za-z]+/.exec(text.slice(valueEnd, valueEnd + 5));
    if (gm && isGluedUnit(gm[0]) && !fig.words) {
      unit = GLUED_UNITS[gm[0].toLowerCase()];
      unitSpan = { start: valueEnd, end: valueEnd + gm[0].length };
      spanEnd = unitSpan.end;
    } else if (!fig.words && !currency) {
      // "17m long", "a 40 m high wall": metres, by the dimension after them.
      const metres = /^ ?m(?![A-Za-z])/.exec(text.slice(valueEnd, valueEnd + 3));
      if (metres && metresByContext(text, fig.start, valueEnd + metres[0].length - 1)) {
        unit = "metre";
        unitSpan = { start: valueEnd + metres[0].length - 1, end: valueEnd + metres[0].length };
        spanEnd = unitSpan.end;
      }
    }
  }

  // Temperatures: "40.3C", "104F", "38.7°C", "38.7 degrees Celsius" (a bare "degrees" is read
  // below as the noun it is: it may be an angle, or either scale).
  if (!unit && !percent && !currency && !isRange) {
    const tm = TEMPERATURE_AFTER.exec(text.slice(valueEnd, valueEnd + 24));
    if (tm) {
      const scale = tm[1] ?? tm[2] ?? tm[3]!;
      unit = /^c/i.test(scale) ? "celsius" : "fahrenheit";
      spanEnd = valueEnd + tm[0].length;
      unitSpan = { start: spanEnd - scale.length, end: spanEnd };
    }
  }

  // A scale named before its figure ("a magnitude 7.4 earthquake", "of magnitude 6.1") or after
  // it ("7.2 on the Richter scale"): the figure measures the scale, not the noun that follows.
  if (!unit && !percent && !currency && !isRange && !fig.words) {
    const sb = SCALE_BEFORE.exec(before);
    const sa = sb ? undefined : SCALE_AFTER.exec(text.slice(valueEnd, valueEnd + 40));
    if (sb) {
      unit = "magnitude";
      unitSpan = { start: fig.start - sb[0].length, end: fig.start - sb[0].length + sb[1]!.length };
      spanStart = Math.min(spanStart, unitSpan.start);
    } else if (sa) {
      unit = "magnitude";
      unitSpan = { start: valueEnd + sa[0].length - sa[1]!.length, end: valueEnd + sa[0].length };
      spanEnd = unitSpan.end;
    }
  }

  // Hyphenated compound adjectives: "four-digit code", "six-month contract", "10-year-old".
  // (Not a rate's period: "a £1.8m-a-year contract", see `PERIOD_AFTER`.)
  if (!unit && !percent && !isRange && text[valueEnd] === "-" && !HYPHENED_PERIOD.test(text.slice(valueEnd, valueEnd + 12))) {
    const w = wordAt(text, valueEnd + 1);
    if (!w) return undefined;
    let first = w.split("-")[0];
    let lw = first.toLowerCase();
    let unitStart = valueEnd + 1;
    // "a 150-million-year-old sauropod": the scale is the figure's, the unit the word after it.
    const scale = SCALE_WORDS[lw];
    const scaledUnit = scale !== undefined ? /^[a-z]+(?=-)/i.exec(w.slice(first.length + 1)) : null;
    if (scale !== undefined && scaledUnit && !fig.scaled) {
      value *= scale;
      precision *= scale;
      unitStart += first.length + 1;
      first = scaledUnit[0];
      lw = first.toLowerCase();
    }
    if (COMPOUND_IDIOMS.has(lw) || ORDINAL_WORDS.has(lw) || !/^[a-z]+$/i.test(first)) return undefined;
    // "the rate for 16- and 17-year-olds": an age band names a group, as a name does; it counts
    // nothing, and another band ("18- to 20-year-olds") is another group, not another figure.
    if (/^years?-olds$/i.test(w)) return undefined;
    unit = normaliseUnit(singularise(lw));
    unitSpan = { start: unitStart, end: unitStart + first.length };
    spanEnd = unitSpan.end;
    if (/^-old\b/.test(text.slice(spanEnd, spanEnd + 5))) spanEnd += 4;
  }

  // The counted noun phrase.
  let nounPhrase: string | undefined;
  let ofNoun: string | undefined;
  let np: NounPhrase | undefined;
  if (!unit) {
    np = readNounPhrase(text, valueEnd);
    if (np && np.words.every((w) => /^[A-Z]/.test(w)) && STREET_TYPES.has(np.head.toLowerCase())) return undefined;
    // "the $30.9 billion analysts had expected", "the 460,000 economists had expected": a plural
    // after a figure that expects it is the subject of a clause about the figure, not what it counts.
    if (np && isPlural(np.head) && SUBJECT_VERB_AFTER.test(text.slice(np.end, np.end + 20))) np = undefined;
    // "up from the 164 reported last week": a participle of telling after a figure says who gave
    // it, not what it counts (the count is the thing the sentence counts).
    if (np && np.words.length === 1 && TELLING_PARTICIPLES.has(np.head.toLowerCase())) np = undefined;
    // "a crowd of 7,412 watched in the arena", "an audience of 300 gathered outside": the figure
    // counts the noun it is "of", and the participle after it is that noun's verb (not "the 746
    // arrested", whose participle is what they are).
    if (np && np.words.length === 1 && /^[a-z]/.test(np.head) && isEdIngVerb(np.head) && COLLECTIVE_OF_BEFORE.test(text.slice(Math.max(0, spanStart - 40), spanStart))) np = undefined;
    // "down from 54 two years ago": a number word after a figure opens a figure of its own.
    if (np && np.words.length > 1 && isNumberWord(np.words[0]!.toLowerCase())) np = undefined;
    if (np) {
      unit = headLemma(np);
      // "50,000 square feet", "600 sq km": an area, not a length; "187,000 cubic metres" a volume.
      if (np.words.length >= 2 && /^(?:square|sq\.?)$/i.test(np.words[np.words.length - 2]!) && AREA_OF_LENGTH.has(unit)) unit = "square " + unit;
      else if (np.words.length >= 2 && /^(?:cubic|cu\.?)$/i.test(np.words[np.words.length - 2]!) && AREA_OF_LENGTH.has(unit)) unit = "cubic " + unit;
      unitSpan = np.headSpan;
      nounPhrase = text.slice(np.start, np.end);
      spanEnd = np.end;
    }
  } else if (percent) {
    spanEnd = valueEnd;
  }

  // "47 minutes and 12 seconds", "1 hour 3 minutes", "11 years and six months": a duration and its smaller part are one figure
  // in the larger unit, stated to the smaller one.
  let compound = false;
  const whole = unit !== undefined && !currency && !percent && !isRange ? DURATION_SECONDS.get(unit) : undefined;
  // Each part smaller than the one before: "2 hours, 0 minutes and 28 seconds".
  for (let larger = whole; larger !== undefined; ) {
    const m = DURATION_PART_AFTER.exec(text.slice(spanEnd, spanEnd + 30));
    const part = m ? DURATION_SECONDS.get(normaliseUnit(singularise(m[2]!.toLowerCase()))) : undefined;
    const count = m ? partCount(m[1]!) : 0;
    if (!m || !part || part >= larger || count * part >= larger) break;
    value += (count * part) / whole!;
    precision = part / whole!;
    spanEnd += m[0].length;
    compound = true;
    larger = part;
  }

  // "of"/"in" complements: "two tonnes of class A drugs", "£54m in cash", "dozens of groups", "171 of the arrests".
  const comp = readComplement(text, spanEnd, currency ? ["of", "in"] : ["of"]);
  if (comp) {
    const lemma = headLemma(comp.np);
    if (!np && !percent && !unit && (opts.vague || comp.determiner || currency === undefined)) {
      // Partitive or vague: the complement is what is counted.
      if (!currency) {
        unit = lemma;
        unitSpan = comp.np.headSpan;
        nounPhrase = text.slice(comp.np.start, comp.np.end);
        spanEnd = comp.np.end;
      } else ofNoun = lemma;
    } else if (!(percent && THOSE_DOING_AFTER.test(text.slice(spanEnd, spanEnd + 40)))) {
      // (Not "81% of those voting": a share of those who did something, no noun of a whole.)
      ofNoun = lemma;
    }
  }

  if (!opts.vague && fig.bareOne && !np && !fig.scaled && !isRange) {
    // "One wrote:", "she attended one" - the pronoun.
    return undefined;
  }

  // Years.
  let isYear: boolean | undefined;
  if (fig.plainInteger !== undefined && !currency && !percent && !opts.vague && qualifier !== "approx" || (fig.plainInteger !== undefined && isRange && !currency)) {
    const n = Number(fig.plainInteger);
    if (n >= 1900 && n <= 2099) {
      const pw = wordBefore(text, spanStart);
      const afterMonth = pw !== undefined && MONTHS.has(pw) && /^[A-Z]/.test(text.slice(text.lastIndexOf(" ", spanStart - 2) + 1, spanStart));
      const prepYear = pw !== undefined && YEAR_PREPOSITIONS.has(pw);
      const headPlural = np ? isPlural(np.head) && !(np.words.length === 1 && /^[A-Z]/.test(np.head)) : false;
      const unitIsCount = (unit !== undefined && !np) || (np && isEdIngVerb(np.head) && np.words.length === 1);
      // "in its 2024 accounts", "their 2023 results": a possessive, four digits written without a
      // comma, and a noun is a year's thing (a count would be "its 2,024 accounts").
      const yearsThing = pw !== undefined && YEAR_DETERMINERS.has(pw) && /^\d{4}$/.test(text.slice(fig.start, fig.end)) && qualifier === "exact";
      if (afterMonth || prepYear || yearsThing || (!headPlural && !unitIsCount && qualifier === "exact") || (isRange && qualifier === "range" && (high ?? 0) < 2100)) {
        isYear = true;
      }
    } else if (n >= 1000 && n < 1900 && !isRange) {
      // An earlier year only after its preposition and before no noun it counts: "founded in
      // 1875", not "power was cut in 1500 homes".
      const pw = wordBefore(text, spanStart);
      if (pw !== undefined && YEAR_PREPOSITIONS.has(pw) && !np && unit === undefined && qualifier === "exact") isYear = true;
    }
  }
  // "the alms dish of 1868", "the chalice of around 1350": the year a thing is of (not "a crowd
  // of 1500", a count).
  if (!isYear && fig.plainInteger !== undefined && !currency && !percent && !opts.vague && !isRange && !np && unit === undefined && (qualifier === "exact" || qualifier === "approx")) {
    const n = Number(fig.plainInteger);
    if (n >= 1000 && n <= 2099 && /^\d{4}$/.test(text.slice(fig.start, fig.end)) && THE_THING_OF_BEFORE.test(text.slice(Math.max(0, spanStart - 40), spanStart))) isYear = true;
  }
  // A "2019-20" style range: the high end is written with two digits.
  if (isYear && isRange && high !== undefined && high < 100) high = Math.floor(value / 100) * 100 + high;

  const q: Quantity = {
    span: { start: spanStart, end: Math.max(spanEnd, valueEnd) },
    valueSpan: { start: fig.start, end: valueEnd },
    text: text.slice(spanStart, Math.max(spanEnd, valueEnd)),
    value,
    precision,
    qualifier,
  };
  if (high !== undefined) q.high = high;
  if (tally !== undefined) q.tally = tally;
  if (currency) q.currency = currency;
  if (percent) q.percent = true;
  // "5,500 nautical miles": a sea mile, not a land one.
  if (unit) q.unit = unit === "mile" && nounPhrase && /\bnautical\s+miles?$/i.test(nounPhrase) ? "nautical mile" : unit;
  if (unitSpan) q.unitSpan = unitSpan;
  if (nounPhrase) q.nounPhrase = nounPhrase;
  if (ofNoun) q.ofNoun = ofNoun;
  if (compound) q.compound = true;
  // "114km/h", "3.1 metres per second", "30 miles an hour": a speed, not a length.
  const speed = q.unit ? SPEED_AFTER.exec(text.slice(q.span.end, q.span.end + 16)) : null;
  const speedUnit = speed ? SPEEDS[`${q.unit} ${(speed[1] ?? speed[2])!.toLowerCase().startsWith("h") ? "hour" : "second"}`] : undefined;
  if (speedUnit) {
    q.unit = speedUnit;
    // Its noun was the length's unit ("kilometres", "km"), no more a noun of the speed than "/h".
    delete q.nounPhrase;
    q.span = { start: q.span.start, end: q.span.end + speed![0].length };
    q.text = text.slice(q.span.start, q.span.end);
  }
  if (q.unit && LENGTH_UNITS.has(q.unit)) {
    // Past a conversion in brackets: "14 miles (22 km) south-west of Marlbridge".
    const after = text.slice(q.span.end, q.span.end + 48).replace(CONVERSION_AFTER, "");
    const way = WAY_AFTER.exec(after.slice(0, 24));
    // "travel 42 miles to St Bede's Hospice": how far away a place named after "to" is.
    if (!way && TO_A_PLACE_AFTER.test(after)) q.dimension = "away";
    else if (way) {
      const said = way[1]!.toLowerCase().replace(/\s+/g, " ");
      // "38 nautical miles north-east of Skerrinish", "20 miles from the coast": how far away, not a size.
      q.dimension = WAYS[said] ?? (/^(?:north|south|east|west|away|from|back|off)/.test(said) ? "away" : said);
    }
    else if (ofNoun) q.dimension = "of " + ofNoun;
    else {
      // A length before its noun measures that thing: "the 14km export cable", "a 3.2-mile bypass".
      const thing = attributive(text, q) ? thingAfter(text.slice(q.span.end, q.span.end + 40)) : undefined;
      // "after the 40-kilometre mark": a point along a course, a label, no length of anything.
      if (thing && MARKERS.has(thing)) return undefined;
      if (thing) q.dimension = "the " + thing;
    }
  }
  // A share of something ("20% of adults") is of that; one before its noun ("a 10 per cent stake",
  // "a 5% pay rise") measures the noun: the two are no accounts of one figure.
  if (q.percent && !q.dimension) {
    if (ofNoun) q.dimension = "of " + ofNoun;
    else if (ARTICLE_BEFORE.test(text.slice(Math.max(0, q.span.start - 24), q.span.start))) {
      const thing = thingAfter(text.slice(q.span.end, q.span.end + 40));
      if (thing) q.dimension = "the " + thing;
    }
  }
  // "£420,000 a year into a community fund": a rate, by the period after it; not "a year ago".
  // (Or by its noun's own word: "a £3.4 million annual budget".)
  const period = isYear
    ? null
    : (PERIOD_AFTER.exec(text.slice(q.span.end, q.span.end + 24)) ??
      periodBefore(text.slice(Math.max(0, q.span.start - 60), q.span.start)) ??
      (q.currency ? (PERIOD_IN_NOUN.exec(text.slice(q.valueSpan.end, q.span.end)) ?? (q.span.start <= PERIOD_OPENING_REACH ? PERIOD_OPENING.exec(text.slice(0, q.span.start)) : null)) : null));
  if (period) q.per = PERIODS[(period[1] ?? period[2])!.toLowerCase()];
  // "a 32-hour week", "a four-day working week": time within each period its noun names, no span.
  else if (q.unit && q.unitSpan && DURATION_SECONDS.has(q.unit) && text.slice(q.valueSpan.end, q.unitSpan.start).includes("-")) {
    const within = SIZED_PERIOD_AFTER.exec(text.slice(q.span.end, q.span.end + 24));
    if (within) q.per = within[1]!.toLowerCase();
  }
  // "Per tablet, the price rose from about 10p": each sum of the sentence is for one thing, no
  // sum for a pack ("£71.40 for a pack of 28 tablets"). (Not "£3,500 per hectare" after a sum,
  // which a report may as well give as "£3,500 a hectare" or "grants of £3,500": see `perItem`.)
  else if (q.currency) {
    const item = ITEM_OPENING.exec(text.slice(0, q.span.start));
    if (item) q.per = "each " + singularise(item[1]!.toLowerCase());
  }
  // "as many as six animals in each", "two officers per car": a count in each of some things,
  // no count of them all.
  else if (!q.percent && q.unitSpan && COUNT_IN_EACH_AFTER.test(text.slice(q.span.end, q.span.end + 24))) q.per = "each";
  if (q.currency && !q.per) {
    const after = text.slice(q.span.end, q.span.end + 40);
    if (PER_ITEM_AFTER.test(after)) q.perItem = true;
    else if (FOR_SEVERAL_AFTER.test(after)) q.forSeveral = true;
  }
  if (isYear) {
    q.isYear = true;
    delete q.unit;
    delete q.unitSpan;
    delete q.nounPhrase;
    q.span = { ...q.valueSpan };
    q.precision = 1;
    q.text = text.slice(q.span.start, q.span.end);
  }
  return q;
}

/** Whether a figure's unit is glued or hyphened to it ("14km", "3.2-mile"): it then modifies a noun after it. */
/** An indefinite article (and a word) right before a figure: "a 10 per cent stake", "a further 5% rise". */
const ARTICLE_BEFORE = /\b(?:a|an)\s+(?:[a-z]+\s+)?$/i;

function attributive(text: string, q: Quantity): boolean {
  return /^[\d.,]+(?:-|[a-z])/i.test(text.slice(q.valueSpan.start, q.span.end)) && !/\s/.test(text.slice(q.valueSpan.end, q.span.end));
}
/**
 * The noun a length before it modifies: the last of up to two lowercase words before one that ends
 * a noun phrase or a verb ("the 14km export cable runs": "cable"; "14km along the coast": none).
 */
function thingAfter(after: string): string | undefined {
  const word = /\s+([a-z]+)\b/y;
  let thing: string | undefined;
  for (let k = 0, m = word.exec(after); m && k < 2; k++, m = word.exec(after)) {
    const w = m[1]!;
    if (NP_STOP.has(w) || /(?:ed|ing)$/.test(w)) break;
    thing = w;
  }
  return thing;
}

/** What makes a length a speed, right after it: "/h", "/s", "per hour", "an hour", "a second". */
const SPEED_AFTER = /^(?:\s?\/\s?(h|hr|s|sec)\b|\s+(?:an?|per)\s+(hour|second)\b)/i;
/** A length per hour or second, as the speed's own unit (see compareValues' units). */
const SPEEDS: Record<string, string> = {
  "kilometre hour": "kmh", "mile hour": "mph", "metre second": "metre per second", "foot second": "foot per second", "metre hour": "metre per hour",
};

/** The period a hyphened span is the time within: "(32-hour) week", "(four-day) working week". */
const SIZED_PERIOD_AFTER = /^\s+(?:working\s+|school\s+|trading\s+|opening\s+)?(week|day|month|year|fortnight)\b(?![\s-]+(?:old|long)\b)/i;

/** A rate's period hyphened to its figure: "-a-year", "-per-month". */
const HYPHENED_PERIOD = /^-(?:a|an|per)-(?:year|annum|month|week|day|night|hour)\b/i;
/** A rate's period after its figure: "a year", "an hour", "per annum", "each month", "annually", "£1.8m-a-year". */
const PERIOD_AFTER =
  /^(?:\s+|-(?=(?:a|an|per)-))(?:(?:(?:in|of)\s+\p{Ll}+\s+|(?:(?:simple|compound)\s+)?interest\s+)?(?:for\s+)?(?:a|an|per|each|every)[\s-]+(year|annum|month|week|day|night|hour)\b(?!\s+(?:ago|earlier|later|before|after|on|since|previously)\b|\s+to\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|date\b|the\s+end\b)|\s+from\s+(?:now|today|then|that|this|the)\b)|(annually|annual|yearly|monthly|weekly|daily|nightly|hourly)\b)/iu;
/** What a count is of each of after it: "in each", "to every", "per pen" (not a period: see `PERIOD_AFTER`). */
const COUNT_IN_EACH_AFTER = /^\s+(?:(?:(?:in|on|to|for|at|inside)\s+)?(?:each|every)\b|per\s+(?!(?:cent|year|annum|month|week|day|night|hour|minute|second)\b)\p{Ll}{3,}\b)/u;
/** A sum's one thing after it: "a head", "per ticket", "each", "payment to each" (not a period: see `PERIOD_AFTER`). */
const PER_ITEM_AFTER = /^\s+(?:(?:a|an|per)\s+(?!(?:year|annum|month|week|day|night|hour|minute|second|time|total|further|record|rise|fall|cut|drop)\b)\p{Ll}{3,}\b|each\b|apiece\b|(?:[\p{Ll}-]+\s+){0,2}(?:to|for)\s+(?:each|every)\b)/u;
/** A sum's several things after it: "for two tickets", "for three of the paintings". */
const FOR_SEVERAL_AFTER = /^\s+for\s+(?:the\s+|all\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:of\s+(?:the|them|his|her|their)\s+)?\p{Ll}{3,}/u;
/** "Per tablet," opening the sentence the sum is in. */
const ITEM_OPENING = /^\s*(?:per|for\s+each|for\s+every)\s+(\p{L}{3,})\s*,/iu;
/** A sentence that opens on the period its sum is for: "A year on the adult plan works out at £198", "A week at the camp costs". */
const PERIOD_OPENING = /^\s*(?:a|an|one|each)\s+(year|month|week|day|night)\s+(?:on|of|at|in|with)\s+[^,;:.]{1,50}?\s+(?:works?\s+out\s+at|costs?|comes?\s+to|came\s+to|adds?\s+up\s+to)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?$/i;
/** Characters into its sentence a figure `PERIOD_OPENING` reads before may start at most. */
const PERIOD_OPENING_REACH = 90;
/** A sum's period as the first word of its noun: "£3.4 million annual budget", "a £12 daily charge". */
const PERIOD_IN_NOUN = /^\s+(annual|yearly|monthly|weekly|daily|nightly|hourly)\s+\p{Ll}/iu;
/** A rate's period word and the nouns of a sum it names, before the figure: "The hourly rate", "an annual fee". */
const RATE_NAMED = String.raw`\b(hourly|daily|nightly|weekly|monthly|annual|yearly)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:rate|fee|charge|price|cost|wage|pay|salary|rent|subscription|estimate|budget|bill|subsidy|spend|spending|turnover|revenue|income|profit|loss|deficit|grant|payment|contract|contribution|premium|levy|allowance|award|saving|membership)s?\s+`;
/** What joins a rate's name to its figure: "of", "at", "is unchanged at", "will be". */
const RATE_TO_FIGURE = String.raw`(?:of|at|is|was|will\s+be|costing|(?:is|was|remains|remained|stays|stood)\s+(?:unchanged\s+)?at|set\s+at)\s+(?:about\s+|around\s+|just\s+|only\s+)?$`;
/** A rate named by its period before its figure: "The hourly rate is unchanged at £2.50", "an annual fee of £40", "put the annual saving from the two closures at £385,000". */
const PERIOD_BEFORE = new RegExp(String.raw`${RATE_NAMED}(?:(?:from|for|on|in|to)\s+(?:[\p{L}'-]+\s+){0,4}?)?${RATE_TO_FIGURE}`, "iu");
/**
 * The same with the thing the rate is of between ("the annual operating cost of the N14 at about
 * £259,000"): tried only where a period word is near (its wider words cost every figure a scan).
 */
const PERIOD_OF_BEFORE = new RegExp(String.raw`${RATE_NAMED}(?:(?:from|for|on|in|to|of)\s+(?:[\p{L}\d'-]+\s+){0,4}?)?${RATE_TO_FIGURE}`, "iu");
/** Period words as their tails, whatever their case ("Annual", "annual"), for a cheap look before `PERIOD_OF_BEFORE` (a regular expression scans every place). */
const PERIOD_WORD_TAILS = ["nnual", "early", "onthly", "eekly", "aily", "ourly", "ightly"];
/** The period a rate names before its figure (`PERIOD_BEFORE`, then `PERIOD_OF_BEFORE`), in the 60 characters before it. */
function periodBefore(before: string): RegExpExecArray | null {
  return PERIOD_BEFORE.exec(before) ?? (PERIOD_WORD_TAILS.some((w) => before.includes(w)) ? PERIOD_OF_BEFORE.exec(before) : null);
}
const PERIODS: Record<string, string> = {
  year: "year", annum: "year", annually: "year", annual: "year", yearly: "year", month: "month", monthly: "month", week: "week", weekly: "week",
  day: "day", daily: "day", night: "night", nightly: "night", hour: "hour", hourly: "hour",
};

/** The scale multiplier a figure's suffix applied ("10m" -> 1e6). */
function scaleOf(text: string, fig: Figure): number {
  const m = /(million|billion|thousand|trillion|mln|bln|bn|mn|tn|k|m|b)$/i.exec(text.slice(fig.start, fig.end));
  return m ? SCALE_SUFFIX[m[1].toLowerCase()] ?? 1 : 1;
}
