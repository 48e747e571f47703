import type { Span } from "../types";
import { asOneLine } from "../text/asOneLine";
import { objectList } from "../text/objectLists";
import { extractDates, extractWeekdays, type DateMention } from "./dates";
import { isAddressee, reportsAnothers } from "./reporting";
import { bodyKindsNamed, findEntities, surnameOf, type EntityMention, type NameResolver } from "./entities";
import { agedOwner, apposedName, countedNounLemma, copulaName, endsClauseAsAge, endsCountedPhrase, extractQuantities, isCalendarWord, LEAVING_OUT, ordinalWordValue, singularise, WEEKDAYS, type Quantity } from "./quantities";
import { contentStems, isContent, STOPWORDS, stem, tokenize, type Token } from "./tokens";
import { IRREGULAR_PAST, isPastVerb } from "./verbs";
import { isNumberWord, parseNumberWords } from "./numberWords";
import { isMeasurementUnit, physicalFamily } from "./compareValues";

/** A figure or date stated in a sentence, with what it measures and the words around it. */
export interface FactMention {
  kind: "quantity" | "date";
  quantity?: Quantity;
  date?: DateMention;
  /** The figure or date itself ("£54m", "13 June 2020"). */
  span: Span;
  /** The figure with its counted noun, for display ("746 arrests"). */
  label: string;
  /**
   * What is measured: the unit or counted noun's stem, the "of" noun, the currency; for counts of
   * people ("746 people were arrested") also the verb. Two facts are about the same measure only
   * when these meet. Empty for dates (they are matched by `local`).
   */
  measure: string[];
  /** Whether `measure` came from the fact's own noun (not borrowed from a coordinated figure). */
  ownUnit: boolean;
  /** Content-word stems of the clause around the fact (figure words excluded). */
  local: string[];
  /** Places scoping the fact: of its clause if it names any, else of its sentence. */
  places: string[];
  /** Places named in the fact's own clause only. */
  clausePlaces: string[];
  /** Organisations named in the fact's own clause only. */
  clauseOrgs: string[];
  /** Organisations named in the fact's clause, else in its sentence. */
  orgs: string[];
  /**
   * A figure a change started from ("down from £1.9bn"), not the one it reached; a date a state
   * began on ("has held the seat since 2005"), not one it happened on.
   */
  from?: true;
  /** A figure that is the difference between two others ("won by 2,876 votes", "2,876 more than"), not a level. */
  difference?: true;
  /** A difference that compares two things ("2,876 more than", "won by 2,876", "£110m below"), not a change over time ("rose by 2,876"). */
  comparison?: true;
  /** Which way a change went, where its words say ("rose 3%", "a £500 rise": up; "fell 6%", "a 5% cut": down). */
  direction?: "up" | "down";
  /** A part of a whole the sentence names ("390,000 of the recalled cars", "171 of the arrests"). */
  part?: true;
  /** The figure's clause says which time of several it is of: the first ("was first elected") or the last ("at the last general election"). */
  occasion?: "first" | "last";
  /**
   * How many years before its own time the figure's clause dates it, by words relative to that
   * time: "this year" 0, "last year" 1, "two years ago", "five years earlier" (see `yearsAgoIn`).
   */
  yearsAgo?: number;
  /**
   * The state a count's things are in, said just after them: "19 of its 27 lifts running" (on),
   * "eight of its lifts still idle" (off). Counts of opposite states are of two groups.
   */
  state?: "on" | "off";
  /** The stem of what one of holds a compound count ("a 28-tablet pack": pack): a count of each one's, not of all. */
  holder?: string;
  /** A figure its clause says is a sum of parts ("a total of £315,000", "between them", "in all", "combined"). */
  total?: true;
  /** The stem of the sum a sum is said to be part of ("£28m of the guaranteed fee": fee): see `part`. */
  partOf?: string;
  /**
   * A figure the sentence denies ("is no longer a three-farm story", "was not 12"), or a date its
   * event is denied on ("would no longer open on Saturday, May 24"): it says no value of its own.
   */
  negated?: true;
  /**
   * A count of things that did not do what the clause says, or have yet to ("About 1,100
   * candidates did not sit the replacement", "Three of the 14 trees ... have yet to be felled"):
   * the rest of a group, not those that did ("40,112 sat the replacement").
   */
  without?: true;
  /** A date a running total is given by ("culled by 18 November", "as of 3 May"), not one it happened on. */
  deadline?: true;
  /**
   * A deadline of what someone aims, hopes or plans to do ("aim to visit every one of the 640
   * holdings by the end of April"), not of what was done by then.
   */
  aim?: true;
  /**
   * A date a superlative or a rank is measured against ("the highest rate since 1981", "the
   * second-largest ... after the 2003 Cold Fell fire"): another time's, dating none of the
   * sentence's figures.
   */
  reference?: true;
  /** A date said as a bound of when it happened: "laid before 1940" (any time before), "after 2019", "will not reopen before 12 May" (that day or after). */
  dateBound?: "before" | "after" | "notBefore";
  /** A date a state lasts to ("runs until 13 April", "frozen until 2027"): it dates no figure of its sentence. */
  until?: true;
  /** A sum its parties share ("Between them, the Fund and private donors put £14.3m"): each party's part is no answer to it. */
  shared?: true;
  /** The age group a share is of ("of five-year-olds": "5"; "among 14- to 18-year-olds": "14-18"). */
  cohort?: string;
  /** Days of the window a count is said over ("in its first seven days": 7; "in the first 12 months", "a first-year target": 365). */
  window?: number;
  /**
   * Days of the stretch a sum is said over, after it in its clause ("£620,000 over the three years
   * of the deal", "£2.7 million is due in the first two years": 1095, 730): two sums over
   * stretches of other lengths are no accounts of one sum.
   */
  over?: number;
  /** A figure aimed at or foreseen, not reached ("set a target of 350,000 visitors", "the 15,000 the council had planned for", "forecasts that it will cut traffic by 60 percent"). */
  goal?: true;
  /** A count of the hurt, killed or missing among those it names ("Sixteen firefighters were injured", "Three fishermen missing"): another group than all of them. */
  hurt?: true;
  /** A count of two kinds at once, its noun and another joined by "and" ("1,260 paramedics and emergency care assistants", "312 homes and businesses"): no count of either kind alone. */
  severalKinds?: true;
  /** A count of the saved among those it names ("Four members of the crew survived"): another group than all of them, as the hurt are. */
  saved?: true;
  /**
   * The figure a change of its clause took the thing to, and which way ("expanded the recall to 52
   * batches": up; "cut its fleet to 40 buses": down): a level said before the change may be lower
   * (or higher) without disputing it.
   */
  reached?: "up" | "down";
  /** A figure its clause calls a revision ("Larchwood's revised estimate of its local spending is just over £3m"). */
  revised?: true;
  /**
   * A count its sentence gives as of a time days or weeks after the event ("Within a week of the
   * crash, police had been sent more than 300 dashcam clips"); "last" where it says the count is
   * the last of its tallies ("were eventually confirmed", "the council's final count").
   */
  later?: true | "last";
  /**
   * A span of time said as how long after or before another time something was: "17 eight days
   * later" (after), "announced two weeks earlier" (before). Spans of either side measure from
   * two different times, and answer only their own side.
   */
  offset?: "after" | "before";
  /** A span between two events, "closed five days after the inspection": no span a state lasted. */
  sinceEvent?: true;
  /**
   * A count of things something was done to, its figure the subject of a passive verb ("Five
   * houses were demolished", "12 people have been arrested") or a holder's ("had 38 houses
   * demolished"): no count of what a holder has ("Cliff Lane had 38 houses", see `size`).
   */
  doneTo?: true;
  /**
   * A part of a whole its words narrow by what was done to it ("16 of the routes Marrowdale has
   * withdrawn", "three of the homes that were flooded"): a part of those only, no part of them all
   * ("27 of Marrowdale's 46 routes").
   */
  ofNarrowedWhole?: true;
  /**
   * A count of those by whom something was done, after a passive's "by" ("attended by about 350
   * students"), or before a perfect of what they did ("97 staff had applied for voluntary
   * redundancy": its verb's stem, "appli"): no count of what a holder has.
   */
  agents?: true | string;
  /**
   * A count of the top or the bottom of a ranking ("among the five worst-performing trusts", "the
   * three biggest clubs"): a group of the best or worst of a whole, no count of all.
   */
  rankBand?: true;
  /** The whole a share is of, after the share ("almost half of the 1,080 colonies"): no count of the share's part. */
  shareBase?: true;
  /** What a count leaves out of its whole ("6,700 seats outside the Riverside Stand": riversid, stand), as stems. */
  restOf?: string[];
  /**
   * A count after "those" or "these" ("Even with those six routes restored"): a group its report
   * named before, told again; or after "the other" ("the other two bids"): the rest of a group.
   */
  toldAgain?: true;
  /**
   * A count or share of the votes against ("1,748 against", "28 per cent of valid votes were cast
   * against the move"): the other side of a vote from those for it, or a count of no side.
   */
  against?: true;
  /** A peak ("peaked at 187 micrograms", "a high of 41C"): no reading of another moment answers it. */
  peak?: true;
  /** A figure said of the year before its sentence's year ("sold 52,300 tickets in 2024, up from 47,900 the year before"). */
  yearBefore?: true;
  /** Which of a series the figure's thing is, where its words number it: "a second interim payment of £1.5m": 2. (The first is any.) */
  instance?: number;
  /** A count said to be an average ("has averaged 9,850 spectators a game", "drew 10,000 fans on average") or one thing's ("each visiting five towns"): no count of all. */
  average?: true;
  /** A figure of what would have been, not of what was ("escapes a penalty that would have been £17.6m", "would have cost £14m"). */
  hypothetical?: true;
  /**
   * A count its subject has: "stated" in a clause about a body ("Brackenfield Academy, which has
   * 1,140 pupils", "the group of 11 councillors", "a nine-member board"), its size, no count of
   * an event's; "had" in any clause ("The plant employs
   * 6,000 people"), which may be a size as well.
   */
  size?: "stated" | "had";
}

/** A time that opens a sentence, set apart by a comma: "The year before, ...", "Two years earlier, ...", "Last year, ...", "Last year's event, ...", "In the equivalent 26 weeks a year before the cap, ...". */
const OPENING_YEARS_AGO =
  /^(?:(?:in|by|during|over)\s+)?(?:the\s+(?:same|equivalent|corresponding)\s+(?:[\p{L}\d-]+\s+){0,3}?)?(?:the\s+)?(?:(?:this|last|previous|prior)\s+year(?:['\u2019]s)?|year\s+before|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:earlier|before|ago))(?:\s+(?:the\s+)?[\p{L}-]+){0,2}?\s*,/iu;
const YEARS_AGO = /\b(?:(this|last) year|(?:the )?(?:previous|prior) year|year before|(an?|[a-z]+|\d{1,2}) years? (?:ago|earlier|before))\b/gi;

/** The years before its own time a clause dates what it says by, if it says (see `FactMention.yearsAgo`). */
export function yearsAgoIn(clause: string): number | undefined {
  for (const m of clause.matchAll(YEARS_AGO)) {
    if (m[1]) return m[1].toLowerCase() === "this" ? 0 : 1;
    const count = m[2];
    // "a year ago", and "the year before" (not "the years before", no count).
    if (!count || /^an?$/i.test(count) || /^the year\b/i.test(m[0])) return 1;
    if (/^\d/.test(count)) return Number(count);
    // "two years ago", "twelve years earlier"; "many years ago" dates nothing.
    const n = parseNumberWords(count, 0)?.value;
    if (n !== undefined) return n;
  }
  return undefined;
}

/** Everything the checker needs about one sentence. */
export interface SentenceAnalysis {
  span: Span;
  tokens: Token[];
  /** Distinct content-word stems, plus `place:<canonical>` keys for places. */
  terms: string[];
  entities: EntityMention[];
  facts: FactMention[];
  /**
   * Relative clauses set apart by commas (", whom the judge called Morrow's lieutenant,"): an
   * aside about someone, whose names are not those of a figure outside it. Absent where none.
   */
  asides?: Span[];
}

/**
 * A relative clause set apart by commas (", whom the judge called Morrow's lieutenant,"), or an
 * apposition that says whose someone is (", Morrow's getaway driver,").
 */
const ASIDE_CLAUSE = /,\s*(?:(?:who|whom|whose)\b[^,.;]*|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*['\u2019]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3}),/gu;

/** The spans of a sentence's asides (see `SentenceAnalysis.asides`). */
function asidesOf(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const own = text.slice(span.start, span.end);
  if (!own.includes(",")) return out;
  for (const m of own.matchAll(ASIDE_CLAUSE)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}

/** Units of time (as the grammar gives them, singular): how long, not how many of something. */
const DURATIONS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade"]);
/**
 * Verbs whose "by" gives the size of a change or a margin ("rose by 5%", "won by 2,876 votes",
 * "cut its workforce by 4,200"), not a level; the first row also takes the figure directly
 * ("rose 5%", "up 3%"). Past forms (see `DIFFERENCE_BEFORE`).
 */
// (Not "made up": "made up more than 60 per cent of its costs" is a share, no change.)
const CHANGE_VERBS = "rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|climbed|jumped|declined|slipped|soared|surged|plunged|shrank|shrunk|(?<!\\b(?:made|make|makes|making)\\s)up|down";

/** A figure's own verb just after it ("467,000 left", "seven others have fallen ill", "three more were arrested"). */
const SUBJECT_OF_VERB_AFTER = /^\s+(?:(?:others?|more)\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+)?)?([a-z]+)\b/;
/** A figure's passive or past verb just after it: "Three were taken to hospital", "Four had been arrested", "Two died". */
const DONE_TO_AFTER = /^\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?([a-z]+)\b/;
/**
 * What may open a clause before its subject: nothing, a conjunction ("and two were arrested"),
 * or a report of it ("Police said two were arrested").
 */
const SUBJECT_OPENING = /^\s*(?:(?:and|but|while|whereas|of\s+whom|of\s+them)\s+|[^,;:]*\b(?:said|says|added|confirmed|reported)\s+(?:that\s+)?)?$/i;
/** "Three of the miners", "two of them": a part of a group, counted by the group's noun. */
const PARTITIVE_OF = /^\s+of\s+(?:the|them|these|those|their|its)\b/i;
/** "the 460,000 economists had expected", "the $30.9 billion that analysts had forecast": a figure someone expected. */
const EXPECTED_AFTER = /^\s+(?:that\s+)?(?:[\p{L}-]+\s+){0,4}?(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|anticipated|projected)\b/u;
/** "had expected net migration of 460,000", "forecast a rise to 3%": a figure someone expected. */
const EXPECTED_BEFORE = /\b(?:expected|expecting|forecast|forecasting|predicted|predicting|anticipated|projected)\s+(?:[\p{L}-]+\s+){0,3}?$/u;
/** The measure of every expected figure, whatever the verb: an expectation is not the outcome. */
const EXPECTATION = "expect";

/** Stems of the words that make a clause's figure where a change ended or by how much ("rose to"). */
const CHANGE_STEMS = new Set(
  [...CHANGE_VERBS.split("|"), "rise", "fall", "increase", "decrease", "grow", "drop", "climb", "jump", "decline", "cut", "reduce", "reduced", "raise", "raised", "lower", "lowered"].map((w) => stem(w)),
);

/** Whether a fact's clause (its `local` stems) tells of a change: its figure is where it ended, or its size. */
export function tellsOfChange(fact: Pick<FactMention, "local">): boolean {
  return fact.local.some((t) => CHANGE_STEMS.has(t));
}

/** Verbs that put the verb after them in the future or the conditional: its event is dated too. */
const MODALS = new Set(["will", "would", "shall", "could", "might", "may"]);
/** Words before a participle that make it a verb of its clause, not a description of a noun ("was set"). */
const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "to", "not", "never", "and", "or", "then", "first", "also", "later"]);
/** A word, then a past participle right before a date's preposition: "4.11 metres set in ". */
const DESCRIBING_PARTICIPLE_BEFORE = /([\p{L}\d.,%]+)\s+(\p{Ll}{3,})\s+(?:in|on|during)\s+$/u;
/** The opening of a condition up to its verb: "if it is ", "unless they are ". */
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:[\p{Ll}'\u2019]+\s+){0,3}$/u;

/** The forms of "be" before "due" that make it an event a date dates ("is due on 18 September"). */
const SCHEDULED_AFTER = new Set(["is", "are", "was", "were"]);

/**
 * Whether a fact counts people only as some body keeps them ("employs 180 people": peopl,
 * employ): every employer has such a figure, so it is no event's and needs a closer match to
 * disagree.
 */
export function isHeadcount(fact: FactMention): boolean {
  return fact.measure.length > 1 && fact.measure.every((m) => GENERIC_UNIT_STEMS.has(m) || HEADCOUNT_VERBS.has(m));
}

/** Whether a quantity's unit is a span of time ("14 months"). */
export function isDuration(unit: string | undefined): boolean {
  return unit !== undefined && DURATIONS.has(unit.toLowerCase());
}

/** Units that count people generically: the verb says what was counted ("people were arrested"). */
const GENERIC_UNITS = new Set([
  "people", "person", "man", "woman", "individual", "men", "women", "suspect", "patient", "time", "case", "one",
  // Durations say what lasted only through their verb ("lasted three months", "a six-month contract").
  ...DURATIONS,
]);
const GENERIC_UNIT_STEMS = new Set([...GENERIC_UNITS].map((u) => stem(u)));
/** The words of a hyphened size ("a nine-member board", "a 40-strong crew"). */
const SIZE_WORDS = new Set(["member", "strong"]);

/** Whether a figure is a hyphened size: "a nine-member board", "a 40-strong crew". */
function isHyphenedSize(text: string, q: Quantity): boolean {
  return !!q.unit && SIZE_WORDS.has(q.unit.toLowerCase()) && /^[^\s]*-/.test(text.slice(q.valueSpan.start, q.span.end));
}

/** The noun a hyphened size describes: the first lowercase content word right after it, past no punctuation. */
function sizedBody(text: string, tokens: Token[], q: Quantity): string | undefined {
  const next = tokens.find((t) => t.span.start >= q.span.end);
  if (!next || next.capitalised || !isContent(next) || !/^\s+$/.test(text.slice(q.span.end, next.span.start))) return undefined;
  return next.stem;
}

/** "the biggest at Marsh Lane for", "the highest in", "the longest at": a superlative a span of time follows in its clause. */
const SUPERLATIVE_FOR = /\b(?:the|its|their)\s+(biggest|largest|greatest|highest|lowest|smallest|longest|shortest|hottest|coldest|warmest|wettest|driest|sunniest|windiest|busiest|deadliest|strongest|weakest|fastest|slowest|heaviest|worst|best)\b[^,;:.]{0,40}?\s(?:for|in|at)\s+(?:(?:more|less|fewer)\s+than\s+|almost\s+|nearly\s+|over\s+|just\s+(?:over|under)\s+)?$/i;

/**
 * "the highest number since 2012", "the lowest since 2020", "the ninth eruption in the area since
 * December 2023": a date a record or a count reaches back to, with no verb of its own, is the
 * superlative's or the ordinal's.
 */
/** Superlatives and ranks a record is said by ("the largest", "the 12th"). */
const SUPERLATIVES = "biggest|largest|greatest|highest|lowest|smallest|longest|shortest|hottest|coldest|warmest|wettest|driest|sunniest|windiest|busiest|deadliest|strongest|weakest|fastest|slowest|heaviest|worst|best|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)";
const SUPERLATIVE_SINCE = new RegExp(`\\b(?:the|its|their)\\s+(${SUPERLATIVES})\\b[^,;:.]{0,40}?\\ssince\\s+$`, "i");
/**
 * A superlative or a rank measured against a time before the date: "the highest rate since
 * 1981", "the second-largest wildfire on record ... after the 2003 Cold Fell fire" (see
 * `FactMention.reference`).
 */
const MEASURED_AGAINST = new RegExp(`\\b(?:(?:[a-z]+-)?(?:${SUPERLATIVES})|the\\s+(?:most|fewest|least))\\b[^,;:.]{0,50}?\\s(?:since|after|behind|than|before)\\s+(?:records\\s+began\\s+in\\s+|(?:the|its|their|a|an)\\s+)?$`, "i");

/** "within 30 days": a span of time something is to be done in. */
const WITHIN_BEFORE = /\bwithin\s+$/i;
/**
 * A noun, then a verb of taking, lasting or running to, before a span of time ("construction will
 * take about", "Glasshouse runs to 14 songs and").
 */
const TAKES_BEFORE = /\b([A-Za-z]{3,})\s+(?:will\s+|would\s+|could\s+|should\s+|(?:is|are|was|were)\s+(?:expected|due|likely)\s+to\s+)?(?:take|takes|took|taken|last|lasts|lasted|(?:runs|ran|run)\s+(?:to|for)(?:\s+(?:[\d,.]+|[a-z]+)\s+[a-z]+\s+and)?)\s+(?:(?:about|around|nearly|almost|up\s+to|more\s+than|over|at\s+least|some|roughly|just\s+over|just\s+under|less\s+than|only|just)\s+)?$/;
/** Words before "take" that are no thing taking a span ("it will take", "which took"). */
const TAKEN_BY_NO_THING = new Set(["it", "this", "that", "which", "what", "they", "these", "those", "and", "but", "has", "have", "had", "can", "may", "might", "must", "not", "also", "still", "only"]);

/** A preposition that makes a span of time when something happened ("after 23 minutes", "within two hours"). */
const AFTER_A_SPAN = /\b(?:after|within)\s+$/i;

/** Words after "to" that say nothing of what a span of time is for ("two years to get ready", "to the end"). */
const EMPTY_PURPOSES = new Set(["get", "have", "make", "come", "date", "the"]);

/** Words that open a new clause: a fact's local context stops there. */
const CLAUSE_WORDS = new Set([
  "after", "before", "while", "which", "who", "whom", "whose", "when", "because", "although", "though", "but", "whereas",
  "where", "including", "since", "until", "unless", "and", "as",
]);

/**
 * What a caller already computed for the same sentence, so it is not computed twice: its tokens
 * (`tokenize(text, span.start, span.end)`), its entities (`findEntities` over those tokens with
 * the same `known`), its figures and dates. The result is the same as without them.
 */
export interface Precomputed {
  tokens?: Token[];
  entities?: EntityMention[];
  /**
   * The sentence's figures and dates (offsets in `text`), as an analysis of the same sentence
   * found them (see {@link figuresOf}): they depend on its text only, not on the names.
   */
  figures?: Figures;
}

/** A sentence's figures (years that date nothing left out) and its dates. */
export interface Figures {
  quantities: Quantity[];
  dates: DateMention[];
}

/**
 * The figures and dates of an analysis made without excluded spans, from its facts (one fact per
 * figure, then one per date, in order), their offsets moved by `by`: what `analyzeSentence` would
 * find again in the same text.
 */
export function figuresOf(facts: readonly FactMention[], by: number): Figures {
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  for (const f of facts) {
    if (f.kind === "quantity" && f.quantity) quantities.push(shiftQuantity(f.quantity, by));
    else if (f.kind === "date" && f.date) dates.push({ ...f.date, span: { start: f.date.span.start + by, end: f.date.span.end + by } });
  }
  return { quantities, dates };
}

/** How a sentence is read, beyond its text. */
export interface ReadingOptions {
  /** Also read a weekday alone as a date ("on Sunday"): a source's, which its report's date places. */
  weekdays?: boolean;
  /** Find the sentence's asides (`SentenceAnalysis.asides`; a claim's, the default): `false` for a source's, which no check reads. */
  asides?: boolean;
  /**
   * Read the ordinal of a rank said by a superlative as a figure's word, out of the sentence's
   * words and its other figures' clauses ("second" of "the second highest ever paid"): a claim's,
   * whose rank is checked as a figure. A source's rank stays its words, so that "third-largest"
   * says "ranks third" (see `Quantity.superlative`).
   */
  superlativesAsFigures?: boolean;
}

/**
 * Analyses one sentence of `text`. `exclude` spans (quotes in drafts) are left out of facts;
 * `known` resolves lone names from their context (see {@link NameResolver}).
 */
export function analyzeSentence(text: string, span: Span, exclude: Span[] = [], known?: NameResolver, pre?: Precomputed, options: ReadingOptions = {}): SentenceAnalysis {
  text = asOneLine(text, span);
  const tokens = pre?.tokens ?? tokenize(text, span.start, span.end);
  const entities = pre?.entities ?? findEntities(text, span.start, span.end, tokens, known);
  const sentence = text.slice(span.start, span.end);
  const outside = (s: Span) => !exclude.some((x) => s.start < x.end && x.start < s.end);
  // The lists below are built in loops into lists of one elements kind (`objectList`): this
  // function is large, and chains of `map` and `filter` gave it lists of two kinds (empty or not)
  // that threw its compiled code back to the interpreter again and again over an archive.
  const quantities = objectList<Quantity>();
  const dates = objectList<DateMention>();
  if (pre?.figures) {
    for (const q of pre.figures.quantities) if (outside(q.valueSpan)) quantities.push(q);
    for (const d of pre.figures.dates) if (outside(d.span)) dates.push(d);
  } else {
    const found = extractQuantities(sentence);
    const stated = extractDates(sentence, undefined, found);
    if (options.weekdays) stated.push(...extractWeekdays(sentence, stated));
    stated.sort((a, b) => a.span.start - b.span.start);
    for (const d of stated) {
      const shifted = { ...d, span: { start: d.span.start + span.start, end: d.span.end + span.start } };
      if (outside(shifted.span)) dates.push(shifted);
    }
    for (const f of found) {
      if (f.isYear) continue;
      const q = shiftQuantity(f, span.start);
      // "from 3 to 5 July": a number inside a date's span is the date's day, no figure of its own.
      if (outside(q.valueSpan) && !dates.some((d) => d.span.start <= q.valueSpan.start && q.valueSpan.end <= d.span.end)) quantities.push(q);
    }
  }
  // A weekday stays a word of the sentence too: a draft's "on Monday" is a word, not a date.
  const figureSpans = objectList<Span>();
  for (const q of quantities) figureSpans.push(q.valueSpan);
  for (const d of dates) if (d.weekday === undefined) figureSpans.push(d.span);
  // (A source's rank said by a superlative stays words of the sentence and of its other figures'
  // clauses too: "third-largest" says "ranks third" as words; see `ReadingOptions`.)
  const wordSpans = objectList<Span>();
  for (let i = 0; i < figureSpans.length; i++) {
    const f = figureSpans[i]!;
    if (i >= quantities.length || !quantities[i]!.superlative) wordSpans.push(f);
    else if (options.superlativesAsFigures) {
      // A claim's rank is its ordinal's word ("second" of "second-largest"), as an ordinal's figure
      // is; the superlative stays a word of what is ranked.
      const ordinal = text.slice(f.start, f.end).search(/[\s-]/);
      if (ordinal > 0) wordSpans.push({ start: f.start, end: f.start + ordinal });
    }
  }
  const inFigure = (t: Token) => wordSpans.some((f) => t.span.start < f.end && f.start < t.span.end);

  // Places count by their canonical key, so "Britain" meets "UK"; their words are left out.
  const placeSpans = objectList<Span>();
  const nameSpans = objectList<Span>();
  for (const e of entities) {
    if (e.type === "place") placeSpans.push(e.span);
    if (e.type !== "other") nameSpans.push(e.span);
  }
  const inPlace = (t: Token) => placeSpans.some((p) => t.span.start >= p.start && t.span.end <= p.end);
  const terms = new Set<string>();
  for (const t of tokens) if (isContent(t) && !inFigure(t) && !t.numeric && !inPlace(t)) terms.add(t.stem);
  // A place set aside ("Outside Britain, ...") is none of the sentence's subject: a report need not name it.
  for (const e of entities) if (e.type === "place" && !setAside(text, e.span)) terms.add(placeKey(e.name));
  // A body named by its town names the town too ("set at Cambridge Botanic Garden" for "set in Cambridge").
  for (const e of entities) if (e.type === "organisation" && e.place) terms.add(placeKey(e.place));

  const boundaries = clauseBoundaries(text, tokens, placeSpans);
  const facts: FactMention[] = [];
  const earlier = EARLIER_OPENING.test(text.slice(span.start, Math.min(span.end, span.start + 60)));
  // (Or a period it opens on: "In the equivalent 26 weeks a year before the cap, ...".)
  const openingTime = OPENING_YEARS_AGO.exec(text.slice(span.start, Math.min(span.end, span.start + 90)));
  const scope: FigureScope = {
    text,
    span,
    sentence,
    tokens,
    entities,
    boundaries,
    quantities,
    dates,
    nameSpans,
    wordSpans,
    earlier,
    openingYearsAgo: openingTime ? yearsAgoIn(openingTime[0]) : undefined,
    asksAQuestion: /\?["'\u201d\u2019)\s]*$/.test(sentence),
    // Read once per sentence: few sentences say "at its peak" (see `AT_ITS_PEAK`).
    saysPeak: AT_ITS_PEAK.test(sentence),
  };
  const walk = new FigureWalk(span.start);
  for (const q of quantities) {
    const fact = readQuantityFact(scope, walk, q);
    if (fact) facts.push(fact);
  }
  // "reduced the number of jobs it plans to cut from 310 to 275": where a change started is of
  // what it reached, whose measure only the words before the "to" figure give.
  for (let i = 0; i + 1 < facts.length; i++) {
    const f = facts[i]!;
    const g = facts[i + 1]!;
    if (f.kind !== "quantity" || g.kind !== "quantity" || !f.from || f.measure.length || !g.measure.length || f.quantity!.unit || f.quantity!.currency || f.quantity!.percent) continue;
    if (FROM_JUST_BEFORE.test(text.slice(Math.max(span.start, f.quantity!.span.start - 6), f.quantity!.span.start)) && /^\s+to\s+$/.test(text.slice(f.quantity!.span.end, g.quantity!.span.start))) f.measure = [...g.measure];
  }
  // "48 universities in the top 500, down from 54 two years ago": a figure a change reached, where
  // the sentence dates where it started by years before, is of the report's own time.
  if (facts.some((f) => f.from && (f.yearsAgo ?? 0) > 0)) for (const f of facts) if (!f.from && f.yearsAgo === undefined) f.yearsAgo = 0;
  // "28 universities fell in this year's index, against 11 that rose": a sentence that dates its
  // figures by one time dates them all. (Not by a record's: "743 people crossed the line,
  // smashing the previous record of 611 set on New Year's Day last year".)
  // (A loop, not a chain of map and filter: the list of `yearsAgo` is of small integers in one
  // sentence and holds none in the next, and V8's compiled `analyzeSentence` was thrown back to
  // the interpreter at that change ("wrong map") some 4,000 times in 8,000 articles.)
  const times = new Set<number>();
  for (const f of facts) if (f.yearsAgo !== undefined && !RECORD_BEFORE.test(text.slice(Math.max(span.start, f.span.start - 40), f.span.start))) times.add(f.yearsAgo);
  if (times.size === 1) {
    const [only] = times;
    for (const f of facts) f.yearsAgo ??= only;
  }
  for (const d of dates) facts.push(readDateFact(scope, d));
  // "In its first seven days the museum counted 27,640 visitors": the sentence's counts are of that window.
  const window = windowOf(text, span, quantities);
  // Or a whole span it is said over ("cancelled 312 services across the week"): counts of things
  // only, not an amount measured ("23.1mm of rain falling across the month" is July's rainfall).
  const whole = window === undefined ? WHOLE_SPAN.exec(text.slice(span.start, span.end))?.[1] : undefined;
  // Counts only: a share or a sum "in the first week" is a change's or a payment's time, and a rank no count.
  if (window !== undefined || whole !== undefined) {
    for (const f of facts) {
      const q = f.quantity;
      if (!q || q.percent || q.ordinal || q.isYear || (q.unit && DURATIONS.has(q.unit.toLowerCase()))) continue;
      // A sum only where it is gathered over the window ("raised more than £85,000 in its first 24 hours").
      if (q.currency && (window === undefined || !SUM_GATHERED_BEFORE.test(text.slice(Math.max(span.start, q.span.start - 40), q.span.start)))) continue;
      if (window !== undefined) f.window = window;
      else if (!(q.unit && physicalFamily(q.unit))) f.window = Math.round(WINDOW_DAYS[whole!.toLowerCase()]!);
    }
  }
  // "bills are set to rise by 31 per cent over the five years": a change in per cent said over a
  // span is of that span, not of one year's rise ("bills rise by 9.5 per cent on April 1").
  const changeSpan = changeSpanOf(text, span, quantities);
  if (changeSpan !== undefined) for (const f of facts) if (f.quantity?.percent && f.direction && f.window === undefined) f.window = changeSpan;
  // "£620,000 over the three years of the deal": a sum (not one gathered over a window) is of the stretch after it.
  for (const f of facts) {
    const q = f.quantity;
    if (!q?.currency || q.per || q.percent || f.window !== undefined) continue;
    const over = stretchAfter(textAfter(text, q.span.end, STRETCH_REACH));
    if (over !== undefined) f.over = over;
  }
  const asides = options.asides === false ? [] : asidesOf(text, span);
  return asides.length ? { span, tokens, terms: [...terms], entities, facts, asides } : { span, tokens, terms: [...terms], entities, facts };
}

/** What a figure's fact says beyond its measure. */
type FigureExtras = Pick<FactMention, "quantity" | "from" | "difference" | "comparison" | "direction" | "part" | "yearsAgo" | "state" | "negated" | "without" | "total" | "holder" | "average" | "goal" | "shared" | "cohort" | "hurt" | "severalKinds" | "saved" | "later" | "hypothetical" | "size" | "reached" | "partOf" | "revised" | "instance" | "yearBefore" | "peak" | "offset" | "against" | "window" | "over" | "sinceEvent" | "doneTo" | "ofNarrowedWhole" | "rankBand" | "agents" | "shareBase" | "toldAgain" | "restOf">;

/** What reading a figure's measure found that the rest of its reading asks of (see `readFigureExtras`). */
interface MeasureReading {
  /** The figure's clause. */
  clause: Span;
  /** Up to 60 characters of the sentence before the figure, and after it. */
  before: string;
  after: string;
  /** A "from" before the figure. */
  from: boolean;
  /** The participle whose object the figure is. */
  verb: string | undefined;
  /** What one of the noun after the figure holds ("a 28-tablet pack": pack). */
  holder: string | undefined;
  /** Whose age the figure is, set apart after the name, or said with "aged". */
  apposed: string | undefined;
  aged: ReturnType<typeof agedOwner>;
}

/** What every figure of a sentence is read against: the sentence, its words, names and clauses. */
interface FigureScope {
  text: string;
  span: Span;
  /** The sentence's own text. */
  sentence: string;
  tokens: Token[];
  entities: EntityMention[];
  boundaries: number[];
  quantities: Quantity[];
  dates: DateMention[];
  /** Spans of the sentence's names (not of other entities). */
  nameSpans: Span[];
  /** Spans whose tokens are the figures' own, no words of the sentence (see `wordSpans` in `analyzeSentence`). */
  wordSpans: Span[];
  /** The sentence opens on an earlier time ("A year earlier, ...", "In the previous quarter, ..."): its figures are where things started. */
  earlier: boolean;
  /** How many years ago a period the sentence opens on was. */
  openingYearsAgo: number | undefined;
  asksAQuestion: boolean;
  saysPeak: boolean;
}

/**
 * What reading a sentence's figures in order carries from one figure to the next: the measure
 * the last one passed on, where it ended, and sentence- and clause-wide readings made once, at
 * the first figure that asks.
 */
class FigureWalk {
  previousUnit: string[] | undefined = undefined;
  /** The unit of measurement or time of the figure that passed `previousUnit` on, if it had one ("nine days"). */
  previousUnitWord: string | undefined = undefined;
  /** Where the figure that gave `previousUnit` ends. */
  previousUnitEnd: number;
  /** The last measure passed on that is no duration ("for more than 52 weeks"). */
  previousCount: string[] | undefined = undefined;
  previousVerb: string | undefined = undefined;
  previousClause: Span | undefined = undefined;
  previousFigureEnd: number;
  laterInSentence: boolean | undefined = undefined;
  lastTallyInSentence: boolean | undefined = undefined;
  windowInSentence: boolean | undefined = undefined;
  readonly totalInClause = new Map<string, boolean>();
  readonly sharedInClause = new Map<string, boolean>();
  /** The last sum of money and where it ends, and the currency of sums listed after a colon as its parts (see `extra.part`). */
  lastSum: { currency: string; end: number } | undefined = undefined;
  sharingOut: string | undefined = undefined;
  constructor(sentenceStart: number) {
    this.previousUnitEnd = sentenceStart;
    this.previousFigureEnd = sentenceStart;
  }
}

/**
 * The fact one figure of a sentence states, read in order after the figures before it (`walk`);
 * undefined for a figure that states none. A function of its own, apart from `analyzeSentence`:
 * V8 compiles a function as one piece, and the sentence's reading grown whole took 0.5-1.2 s to
 * compile in V8's trace, again at each deoptimisation, in each thread that analyses (its
 * instructions for a first pass over 300 articles: 9.9 G whole, 9.0 G in parts).
 */
function readQuantityFact(scope: FigureScope, walk: FigureWalk, q: Quantity): FactMention | undefined {
  const { text, span, tokens, entities, boundaries, nameSpans, wordSpans } = scope;
  let clause = clauseOf(q.valueSpan, boundaries, span);
  // "Chalkdown's leakage target, agreed with Ofwat, is 82 million litres a day": a clause that
  // opens on its verb after a comma has its subject before the aside (or the comma) before it,
  // where the sentence opens on that subject and it is a noun's words alone ("The community fund
  // Corvane has offered, £750,000 a year for 20 years, is worth £15m" says with its own verb
  // whose fund it is). Not an age ("Miriam Okafor, who heads ..., is 54"): its owner is read apart.
  if (clause.start > span.start && !isDuration(q.unit) && COPULA_OPENING.test(text.slice(clause.start, q.span.start))) {
    const head = /^(.*?),\s*$/s.exec(text.slice(span.start, clause.start))?.[1];
    // (A comma in a figure, "£750,000", sets nothing apart.)
    const subject = head?.slice(0, Math.max(0, head.search(/,\s(?!.*,\s)/s))) || head;
    if (subject && !/,\s/.test(subject) && !FINITE_VERB.test(subject)) clause = { start: span.start, end: clause.end };
  }
  const before = text.slice(Math.max(span.start, q.span.start - 60), q.span.start);
  // "At one hub the queue stretched ...": a thing singled out, no count of them.
  if (q.value === 1 && !q.currency && /^one\s/i.test(q.text) && SINGLED_OUT_BEFORE.test(text.slice(clause.start, q.span.start))) return undefined;
  // "will gain 85p an hour, or £884 over a year": a figure restating the one before is said in its clause.
  if (walk.previousClause && RESTATED_BEFORE.test(before)) clause = { start: walk.previousClause.start, end: clause.end };
  walk.previousClause = clause;
  // "Okafor, 34,": the grammar read an age in years; it measures whose age it is, and its clause
  // is the name's and what follows ("Mark Rudd, 52, a local councillor"), not the figure alone.
  let apposed = q.unit === "year" && !q.unitSpan ? apposedName(text, q) : undefined;
  // "Kovacs is 29.": a person's age too, where the word is a person's name.
  const said = apposed ? undefined : ownerOverApposition(text, q, entities) ?? copulaName(text, q);
  if (said && entities.some((e) => e.type === "person" && surnameOf(e.name).toLowerCase() === said.toLowerCase())) {
    apposed = said;
    q.unit = "year";
  }
  if (apposed) clause = { start: clauseOf({ start: clause.start - 1, end: clause.start - 1 }, boundaries, span).start, end: clauseOf({ start: clause.end, end: clause.end }, boundaries, span).end };
  // "a man aged 27", "three men, aged 27, 31 and 45,": the age of whom the word before says.
  const aged = apposed ? undefined : agedOwner(text, q);
  if (aged) {
    q.unit = "year";
    // Each age of a list is said of its owner, and of what follows the list, as the first is.
    const rest = q.span.end + AGE_LIST_REST.exec(text.slice(q.span.end, q.span.end + 40))![0].length;
    clause = { start: clauseOf({ start: aged.start, end: aged.start }, boundaries, span).start, end: clauseOf({ start: rest, end: rest }, boundaries, span).end };
  }
  // "three men, aged 27, 31 and 45, had been arrested": the ages set apart, the count's clause
  // runs on to its verb.
  const agesApart = AGES_APART_AFTER.exec(textAfter(text, q.span.end, 60));
  if (agesApart) clause = { start: clause.start, end: clauseOf({ start: q.span.end + agesApart[0].length, end: q.span.end + agesApart[0].length }, boundaries, span).end };
  let measure = apposed ? apposedAgeMeasures(apposed, entities, q.span.start) : aged ? ["age:" + ageOwnerStem(aged.word)] : measureOf(q, text, tokens, clause, before, span, nameSpans);
  // "62% of them under 18", "members were under 18": an age bound, no count of the thing before.
  if (!apposed && !aged && isAgeBound(q, before)) measure = [AGE_BAND];
  // "approved two-thirds of the £180,000 the trustees sought": a share of a sum the sentence
  // gives, no share of anything a report gives a share of ("40% of its annual income").
  if (q.percent && measure.length === 1 && measure[0] === "percent" && SHARE_OF_SUM_AFTER.test(textAfter(text, q.span.end, 16))) measure = ["percent", SHARE_OF_SUM];
  // "Tickets sold: 114,260": a figure a list's label opens on counts the label's noun.
  if (!measure.length && !q.unit && !q.currency && !q.percent) {
    const head = labelNoun(text.slice(span.start, q.span.start));
    if (head) measure = [head];
  }
  // "98.2 out of 100": the top of a scale is a measure of its own, never the figure's before it.
  if (!q.unit && !q.currency && !q.percent && OUT_OF_BEFORE.test(before)) measure = [SCALE_TOP];
  // "fourteen races to go": what is left, a count of its own beside what was done ("won three races").
  const next = textAfter(text, q.span.end, 30);
  // "the remaining 5 per cent": what is left of a whole, beside its other parts.
  // "still had 45 lorries to fit": what is left to do.
  const further = textAfter(text, q.span.end, 70);
  // "has cut the area he still has to lift from 150 hectares ... to 95 hectares": what is still to do.
  if (REMAINING_AFTER.test(further) || (q.unitSpan && (COUNT_LEFT_AFTER.test(next) || STILL_AFTER.test(further) || (STILL_IN_A_STATE_AFTER.test(further) && !/\d-\p{L}/u.test(q.text)) || (STILL_HAD_BEFORE.test(before) && TO_DO_AFTER.test(next) && !isDuration(q.unit)) || (STILL_TO_DO_BEFORE.test(before) && !isDuration(q.unit)))) || REMAINING_BEFORE.test(before)) measure = [...measure, REMAINING];
  // "a 28-tablet pack", "a 120-page report": a count of what one of the noun after it holds.
  let holder: string | undefined;
  // "1,184,000 packs of 28 tablets": the second figure counts what one of the first holds.
  const perContainer = CONTAINER_OF_BEFORE.exec(before);
  if (perContainer) holder = stem(singularise(perContainer[1]!));
  if (!holder && q.unit && !q.per && !q.currency && !q.percent && !GENERIC_UNITS.has(q.unit.toLowerCase()) && !physicalFamily(q.unit) && /^\S*\d[\d.,]*-\p{L}+$/u.test(text.slice(q.valueSpan.start, q.span.end))) {
    // The noun the words after it end on ("a 24-date world tour": tour).
    let head: string | undefined;
    const after = textAfter(text, q.span.end, 40);
    const word = /\s+([a-z]+)\b/y;
    for (let m = word.exec(after); m && !endsCountedPhrase(m[1]!); m = word.exec(after)) head = m[1]!;
    if (head) holder = stem(singularise(head));
  }
  let ownUnit = measure.length > 0;
  // The participle whose object the figure is says what happened to what it counts:
  // "..., killing at least 312 people and injuring more than 1,900".
  const verb = !q.currency && !q.percent && (!q.unit || GENERIC_UNITS.has(q.unit.toLowerCase())) ? participleBefore(text, tokens, q.span.start)?.stem : undefined;
  if (verb && ownUnit) measure = [...new Set([...measure, verb])];
  // "60,000 users worldwide and about 10,000 in the UK": the second figure counts users too,
  // and what its own participle says happened to them, not the first one's.
  // "309,300 people had been waiting for more than 52 weeks, down from 327,800": where a change
  // started counts what it changed, not the duration beside it.
  const from = FROM_BEFORE.test(before);
  const after = textAfter(text, q.span.end, 60);
  // "while 467,000 left": a figure that is its own verb's subject counts what the last count
  // did, not the span of time beside it ("over the 12 months").
  const subjectOf = !ownUnit && !q.unit ? SUBJECT_OF_VERB_AFTER.exec(after) : null;
  const doneBy = subjectOf && isPastVerb(subjectOf[1]!) ? stem(subjectOf[1]!) : undefined;
  // "Seventeen whales were returned to the sea over two days: nine on Tuesday and eight on
  // Wednesday": figures listed after a span of time and a colon share out the count before it.
  const listedAfterSpan = !!walk.previousUnitWord && isDuration(walk.previousUnitWord) && text.slice(walk.previousUnitEnd, q.span.start).includes(":");
  const borrowed = (from || doneBy || listedAfterSpan) && walk.previousCount ? walk.previousCount : walk.previousUnit;
  // "below the 460,000 economists had expected", "had expected net migration of 460,000": an
  // expectation is its own measure, never the figure's before it.
  if (EXPECTED_AFTER.test(after) || EXPECTED_BEFORE.test(before)) {
    measure = [...measure.filter((m) => m.startsWith("currency:") || m === "percent"), EXPECTATION];
    ownUnit = true;
  } else if (!ownUnit && borrowed && !q.currency && !q.percent) {
    // Its own verb, not the last count's ("moved"): what that count's noun did here.
    measure = verb ? [...borrowed.filter((m) => m !== walk.previousVerb), verb] : doneBy ? [borrowed[0]!, doneBy] : borrowed;
    ownUnit = false;
    // "spent nine days in hospital, four of them in intensive care": a part of a figure of days
    // or miles, said with no verb of its own, is so many days or miles too.
    // So is one after "including" ("11 days in hospital, including four in intensive care").
    if (!q.unit && borrowed === walk.previousUnit && walk.previousUnitWord && (PART_WITHOUT_VERB_AFTER.test(after) || (INCLUDING_BEFORE.test(before) && WHERE_NOT_VERB_AFTER.test(after)))) q.unit = walk.previousUnitWord;
  } else if (!ownUnit && !q.unit && !q.currency && !q.percent) {
    // "Three were taken to hospital": a figure with no noun that opens its clause, as the
    // subject of what was done to it, counts what its verb says was done.
    const done = doneToSubject(text, clause, q);
    if (done) measure = [done];
  } else if (q.unit && !q.currency && !q.percent && !GENERIC_UNITS.has(q.unit.toLowerCase()) && PARTITIVE_OF.test(text.slice(q.valueSpan.end, q.valueSpan.end + 12))) {
    // "Three of the miners were taken to hospital": the part counts those its verb says were
    // taken, as "Three were taken" does.
    const done = doneToSubject(text, clause, q);
    if (done && !measure.includes(done)) measure = [...measure, done];
  }
  // "seven marathons in seven days": a span right after a count is the window of that count,
  // measured by its noun too (a span of days alone is any span's).
  if (walk.previousCount && isDuration(q.unit) && WINDOW_AFTER_COUNT.test(text.slice(walk.previousFigureEnd, q.span.start))) {
    measure = [...new Set([...measure, ...walk.previousCount.filter((m) => !m.startsWith("ordinal:"))])];
  }
  // A bare figure measured by its own words ("cut the number of patients waiting ... to 310")
  // passes its measure on as a unit does ("..., down from 482").
  // A rank ("for the ninth year in a row") is no count a later figure could be of.
  if ((q.unit || q.currency || (ownUnit && !q.percent)) && !measure.every((m) => m.startsWith("ordinal:"))) {
    walk.previousUnit = measure;
    walk.previousUnitWord = q.unit && (isDuration(q.unit) || isMeasurementUnit(q.unit)) ? q.unit : undefined;
    walk.previousUnitEnd = q.span.end;
    walk.previousVerb = verb;
    // Nor is a share a count: "rose to a record 5,447,000, up 2.7% from 5,295,000" starts from
    // a population.
    // Nor is a count where the first one was ("ranked 1,900 universities in 115 countries this
    // year, up from 1,799": universities).
    // Nor is the size of a thing a count names ("A crowd of 7,412 watched in the 7,800-capacity
    // arena, up from 6,980": a crowd again).
    if ((!q.unit || !DURATIONS.has(q.unit.toLowerCase())) && !q.percent && !(walk.previousCount && (COUNT_WHERE_BEFORE.test(before) || holder))) walk.previousCount = measure;
  }
  const extra: FigureExtras = { quantity: q };
  readFigureExtras(scope, walk, q, { clause, before, after, from, verb, holder, apposed, aged }, extra);
  return makeFact("quantity", q.valueSpan, labelOf(q), measure, ownUnit, text, tokens, entities, clause, span, q.superlative ? [...wordSpans, q.valueSpan] : wordSpans, extra);
}


/**
 * What a figure's fact says beyond its measure (a part, a total, a goal, a change, ...), read
 * into `extra` (apart from `readQuantityFact` to keep each compiled piece small; see there).
 */
function readFigureExtras(scope: FigureScope, walk: FigureWalk, q: Quantity, read: MeasureReading, extra: FigureExtras): void {
  const { text, span, sentence, quantities, earlier, openingYearsAgo, asksAQuestion, saysPeak } = scope;
  const { clause, before, after, from, verb, holder, apposed, aged } = read;
  // "heard evidence from seven witnesses": where counted things come from, not where a change
  // started; a count's "from" starts a change only beside a change word or a "to" figure.
  const startsChange = from && (!q.unitSpan || CHANGE_WORD.test(before) || TO_FIGURE.test(before) || TO_FIGURE_AFTER.test(after));
  // "The council's first estimate of the emergency cost was £3.2m": a level later revised.
  // So is a starting point: "started from a figure of £429,000 and cut it by a third".
  // (Or an opening that says so: "On the first estimate, roughly 45% of the supporters ...".)
  if (startsChange || earlier || EARLIER_ESTIMATE.test(text.slice(clause.start, q.span.start)) || STARTING_POINT_BEFORE.test(before) || EARLIER_ESTIMATE_OPENING.test(text.slice(span.start, q.span.start))) extra.from = true;
  // A count's part; a share ("60% of the health centres") or a sum is no count of its whole.
  // Not "All 64 of the country's public hospitals": all of them is the whole. "Of the eight
  // workers on the deck, two were pulled alive": the figure after an opening "Of the ..." is a part.
  if (
    !q.percent &&
    !q.currency &&
    ((PARTITIVE_AFTER.test(textAfter(text, q.valueSpan.end, 40)) && !/\ball\s+$/i.test(before)) ||
      OTHERS_AFTER.test(textAfter(text, q.valueSpan.end, 10)) ||
      REMAINDER_BEFORE.test(before) ||
      (!!q.unit && DURATIONS.has(q.unit.toLowerCase()) && FIRST_SPAN_BEFORE.test(before)) ||
      // "135 hectares of the 210 hectares of bog": a measure of a whole the sentence measures too.
      (!!q.unitSpan && measuredWholeAfter(textAfter(text, q.span.end, 40), q.unit!)) ||
      PARTITIVE_OPENING.test(text.slice(span.start, q.span.start)) ||
      PART_OF_WHICH_BEFORE.test(text.slice(Math.max(span.start, q.span.start - 20), q.span.start)) ||
      INCLUDING_OPENING.test(text.slice(span.start, q.span.start)) ||
      (!!q.unitSpan && !DURATIONS.has(q.unit!.toLowerCase()) && !physicalFamily(q.unit!) && ONE_OF_SUBJECT.test(text.slice(span.start, q.span.start))))
  )
    extra.part = true;
  // The words since the figure before (at most 80 characters): what they say of this one.
  const sinceLastFigure = text.slice(Math.max(span.start, walk.previousFigureEnd, q.span.start - 80), q.span.start);
  // "put in almost £10m, including an emergency £2.1m": a part of the sum before (not "including
  // a 62-year-old man", one of whom it counts).
  if ((q.currency || q.percent) && INCLUDED_BEFORE.test(sinceLastFigure)) extra.part = true;
  // "Of the £0.8 million windfall, £640,000 will keep three libraries open": a sum the sentence
  // opens a whole of (as a count's, above).
  if (q.currency && PARTITIVE_OPENING.test(text.slice(span.start, q.span.start))) extra.part = true;
  // "Wexmoor's fire service alone attended 46 fires", "In London alone, 171 arrests": one
  // place's or body's part of a whole.
  if (!q.percent && ALONE_BEFORE.test(text.slice(span.start, q.span.start))) extra.part = true;
  // "The two grant cuts add up to £760,000 a year: £480,000 from the National Stage Fund and
  // £280,000 from the county council": sums listed after a colon share out the sum before it.
  let listedPart = false;
  if (q.currency) {
    const between = walk.lastSum?.currency === q.currency ? text.slice(walk.lastSum.end, q.span.start) : undefined;
    if (between !== undefined && between.length <= 40 && (/:\s*$/.test(between) || (walk.sharingOut === q.currency && LIST_JOIN.test(between)))) {
      extra.part = listedPart = true;
      walk.sharingOut = q.currency;
    } else walk.sharingOut = undefined;
    walk.lastSum = { currency: q.currency, end: q.span.end };
  }
  // "accounted for roughly £38m of the spaceport's construction bill": a part of a sum.
  const partOf = q.currency ? SUM_PART_AFTER.exec(textAfter(text, q.span.end, 60)) : null;
  if (partOf) {
    // (A sum paid out of a whole, "£16,350 from its events budget", is no share of it told as
    // one: another sum spent from it is still a rival account. Only the whole is not.)
    if (!PAID_FROM.test(partOf[0])) extra.part = true;
    extra.partOf = stem(singular(partOf[1]!.toLowerCase()));
  }
  if (holder) extra.holder = holder;
  if (NEGATED_BEFORE.test(before) && !(q.qualifier && /\bnot\s+$/i.test(before))) extra.negated = true;
  // "Neither of the earlier fires burned for more than two days": a subject of none denies what
  // its verb says of a figure after it (not the whole it names: "None of the 40 workers was hurt").
  else if (NONE_OF_SUBJECT.test(text.slice(clause.start, q.span.start))) extra.negated = true;
  // "had not lost its Spring meeting for about 13 years": how long what its clause denies has
  // not happened, no span of its happening ("lost three fixtures in five years").
  // (Not a change denied: "a rate that has not changed for 14 years" is one frozen for 14 years.)
  else if (isDuration(q.unit) && SPAN_OF_BEFORE.test(before) && CLAUSE_DENIES.test(text.slice(clause.start, q.span.start)) && !CHANGE_DENIED.test(text.slice(clause.start, q.span.start))) extra.negated = true;
  // "Between them, the two lynx weigh 47 kilograms", "a total of £315,000": a sum of parts.
  // Just before it, or since the figure before ("Between them, Orrell and the supporters' trust
  // retain 15 per cent" opens on its sum's words).
  const near = text.slice(Math.max(span.start, q.span.start - 50), q.span.start);
  const clauseText = text.slice(clause.start, clause.end);
  // Or opening the sentence, a clause of its own ("Together, the airport's losses and the
  // airlines' costs came to more than £21m"; "In all, 376 flights were cancelled").
  // So does a clause that adds one figure to another ("Adding the authority's estimate of £9,000
  // ... to the original list price puts the yearly cost ... at about £33,600").
  const leading = text.slice(span.start, q.span.start);
  const adding = ADDING_OPENING.test(leading);
  const opening = OPENING_SUM.exec(leading)?.[1];
  // (A part listed after its sum is no sum of its own, whatever words of adding up its clause shares with that sum.)
  let clauseTotal = walk.totalInClause.get(clauseText);
  if (clauseTotal === undefined) walk.totalInClause.set(clauseText, (clauseTotal = TOTAL_WORDS.test(clauseText)));
  let clauseShared = walk.sharedInClause.get(clauseText);
  if (clauseShared === undefined) walk.sharedInClause.set(clauseText, (clauseShared = SHARED_WORDS.test(clauseText)));
  if ((clauseTotal || TOTAL_WORDS.test(near) || TOTAL_WORDS.test(sinceLastFigure) || opening || adding) && !listedPart) extra.total = true;
  // "Between them, the Fund and private donors put £14.3m": a sum shared by the parties named.
  // (Or "Combined, the council and trust grants made up ...".)
  if (clauseShared || SHARED_WORDS.test(near) || SHARED_WORDS.test(sinceLastFigure) || (opening && SHARED_WORDS.test(opening)) || adding || COMBINED_OPENING.test(leading)) extra.shared = true;
  // "Eight houses ... were destroyed or damaged": those of each state are its parts.
  if (!q.currency && !q.percent && UNION_AFTER.test(textAfter(text, q.span.end, 60))) extra.total = extra.shared = true;
  walk.previousFigureEnd = q.span.end;
  // "its £25,000 goal", "a 500-home target": a figure whose own noun is a goal.
  if (GOAL_BEFORE.test(sinceLastFigure.slice(-40)) || GOAL_AFTER.test(textAfter(text, q.span.end, 50)) || (!!q.unit && GOAL_NOUNS.test(q.unit)) || FORECAST_BEFORE.test(sinceLastFigure.slice(-120)) || THRESHOLD_BEFORE.test(text.slice(Math.max(span.start, q.span.start - 50), q.span.start)) || (!!q.currency && CONDITION_AFTER.test(textAfter(text, q.span.end, 12))) || (!!q.currency && REQUESTED_BEFORE.test(sinceLastFigure.slice(-60))) || ((q.qualifier === "upTo" || q.qualifier === "atMost") && CAP_BEFORE.test(sinceLastFigure.slice(-50))) || (!q.currency && !q.percent && (CAPACITY_BEFORE.test(sinceLastFigure.slice(-40)) || CAPACITY_AFTER.test(textAfter(text, q.span.end, 50)))) || MAY_BE_AFTER.test(after) || RATHER_BEFORE.test(sinceLastFigure.slice(-40))) extra.goal = true;
  if (YEAR_BEFORE_AFTER.test(after)) extra.yearBefore = true;
  if (!q.currency && (VOTES_AGAINST_AFTER.test(textAfter(text, q.span.end, 70)) || (!q.unit && BARE_AGAINST_AFTER.test(textAfter(text, q.span.end, 12))))) extra.against = true;
  if (q.unit && isDuration(q.unit)) {
    const side = OFFSET_AFTER.exec(textAfter(text, q.span.end, 16))?.[1]?.toLowerCase();
    if (side) extra.offset = side === "later" || side === "after" || side === "afterwards" ? "after" : "before";
    // "The footbridge was closed five days after the inspection": a span between two events, no
    // span a state lasted ("buried for two hours before rescuers reached her", "sentenced to five
    // years ... after being found guilty") nor a time mark ("ahead after 23 minutes before ...").
    if (side && EVENT_AFTER_SPAN.test(textAfter(text, q.span.end, 30)) && !LASTED_BEFORE.test(text.slice(Math.max(span.start, q.span.start - 24), q.span.start))) extra.sinceEvent = true;
  }
  // "PM2.5 peaked at 187 micrograms": a peak, which no other reading answers.
  // "420 workers had been on site at the peak of construction", and a sentence's one figure said
  // of the worst or the height of something ("... were under water when the flooding was at its
  // worst"): a peak.
  if (PEAK_BEFORE.test(sinceLastFigure.slice(-40)) || (saysPeak && (quantities.length === 1 || AT_ITS_PEAK.test(text.slice(clause.start, clause.end))))) extra.peak = true;
  // "made a second interim payment of £1.5m": the second of a series, no figure of the first.
  const instance = INSTANCE_BEFORE.exec(before);
  if (instance) extra.instance = ordinalWordValue(instance[1]!.toLowerCase());
  // "only 78.4 percent of five-year-olds", "among 14- to 18-year-olds ... 74%": a share of an age group.
  const cohort = q.percent ? cohortOf(clauseText) : undefined;
  if (cohort) extra.cohort = cohort;
  // "Sixteen firefighters were injured", "Three members of the crew were hurt", "..., killing at least 312 people".
  if (!q.currency && !q.percent && (HURT_AFTER.test(textAfter(text, q.span.end, 60)) || (!!verb && HURT_STEMS.has(verb)))) extra.hurt = true;
  if (!q.currency && !q.percent && q.nounPhrase && !(q.unit && (DURATIONS.has(q.unit.toLowerCase()) || isMeasurementUnit(q.unit))) && ANOTHER_KIND_AFTER.test(textAfter(text, q.span.end, 50))) extra.severalKinds = true;
  // "This was the third fall in 18 months": a rank within a span is of that span's events only.
  if (q.ordinal) {
    const w = ORDINAL_WINDOW_AFTER.exec(textAfter(text, q.span.end, 40));
    const n = w ? smallCountOf(w[1]!) : undefined;
    if (w && n) extra.window = Math.round(n * WINDOW_DAYS[w[2]!.toLowerCase()]!);
  }
  // "Four members of the crew survived", "Eleven were pulled alive from the snow".
  else if (!q.currency && !q.percent && (SAVED_AFTER.test(textAfter(text, q.span.end, 60)) || (!!verb && SAVED_STEMS.has(verb)))) extra.saved = true;
  if (!q.currency && !q.percent && (walk.laterInSentence ??= LATER_TIME.test(sentence))) extra.later = (walk.lastTallyInSentence ??= LAST_TALLY.test(sentence)) ? "last" : true;
  // "The petition topped 11,000 signatures": a running count past a mark, as of a later day than its first tallies.
  // (Not one gathered over a window: "passed 12,000 signatures in a week" is that week's.)
  else if (!q.currency && !q.percent && PASSED_MARK_BEFORE.test(sinceLastFigure.slice(-30)) && !(walk.windowInSentence ??= IN_A_WINDOW.test(sentence))) extra.later = true;
  // "Three stops by December?": a question asks a figure, it does not state it.
  if (HYPOTHETICAL_BEFORE.test(sinceLastFigure.slice(-50)) || asksAQuestion) extra.hypothetical = true;
  const hadBefore = sinceLastFigure.slice(-40);
  if (!q.currency && !q.percent && HAS_COUNT_BEFORE.test(hadBefore)) extra.size = SIZE_BEFORE.test(hadBefore) ? "stated" : "had";
  if (!q.currency && !q.percent && q.unitSpan && (extra.size === "had" || LEFT_DONE_BEFORE.test(before) ? HAD_DONE_AFTER : PASSIVE_EVENT_AFTER).test(textAfter(text, q.span.end, 50)) && extra.size !== "stated" && !HOLDER_OF_ALL_BEFORE.test(before)) extra.doneTo = true;
  // "the Independent group of 11 councillors": the size of a body its members make.
  else if (!q.currency && !q.percent && !q.unit?.match(/^(?:year|month|week|day|hour|minute)s?$/) && BODY_OF_BEFORE.test(hadBefore)) extra.size = "stated";
  // "a nine-strong board".
  else if (isHyphenedSize(text, q)) extra.size = "stated";
  // Counts only: "the average price rose 5%" tells of prices as a claim of prices would.
  // Not another figure's: "tracked 78,430 people for seven years on average".
  const averageAfter = AVERAGE_AFTER.exec(textAfter(text, q.span.end, 50));
  const at = quantities.indexOf(q);
  const nextFigure = quantities[at + 1];
  const previousFigure = quantities[at - 1];
  const averagedAfter = !!averageAfter && (!nextFigure || nextFigure.span.start >= q.span.end + averageAfter[0].length);
  if (!q.currency && !q.percent && (AVERAGE_BEFORE.test(sinceLastFigure.slice(-40)) || averagedAfter)) extra.average = true;
  // An average sum ("an average of almost £250,000 for each of his three paintings"): no sum of
  // them all ("paid £740,000 for three"). Not "the average price rose to £296,000", a level of
  // prices a claim of prices gives too, nor a price "each" ("handsets cost £3,500 each"), which
  // a report's "£3,500 handsets" gives as well.
  if (q.currency && AVERAGE_OF_BEFORE.test(sinceLastFigure.slice(-40))) extra.average = true;
  // "will rise to £7.40 instead of £8.10": a figure put in place of another, as a revised one is.
  // So is one the claim says things stand at now ("volunteers will now run 19 of the 23"): older reports' figures are what it replaced.
  if (REVISED_BEFORE.test(text.slice(clause.start, q.span.start)) || REVISED_JUST_BEFORE.test(before) || IN_PLACE_OF_AFTER.test(textAfter(text, q.span.end, 20)) || NOW_BEFORE.test(text.slice(clause.start, q.span.start))) extra.revised = true;
  const reached = CHANGED_TO_BEFORE.exec(sinceLastFigure.slice(-70));
  // "later raised its estimate of what the first two weeks of the strike had cost it to £1.6
  // million": an estimate changed to its figure, however long (and however many figures) its object.
  // (Read only before "to": most figures have no estimate changed to them.)
  const estimateChanged = reached || !TO_JUST_BEFORE.test(before) ? null : ESTIMATE_CHANGED_TO.exec(text.slice(clause.start, q.span.start));
  // "the number of closed schools had dropped to 198": a change's end, as a verb without an object says it.
  // (Or with where it started between: "fell from 84 per cent last August to 79 per cent".)
  const went = reached || estimateChanged || !TO_JUST_BEFORE.test(before) ? null : WENT_TO_BEFORE.exec(text.slice(Math.max(clause.start, q.span.start - 100), q.span.start));
  if (reached) extra.reached = DOWN_TO.test(reached[1]!) ? "down" : "up";
  else if (went) extra.reached = WENT_DOWN.test(went[1]!) ? "down" : "up";
  else if (estimateChanged) {
    extra.reached = DOWN_TO.test(estimateChanged[1]!) ? "down" : "up";
    extra.revised = true;
  }
  // "to $520 from $480": the end of a change from the figure after it, whichever verb took it there.
  else if (/\bto\s+$/i.test(before) && nextFigure && /^\s+from\s+$/i.test(text.slice(q.span.end, nextFigure.span.start))) extra.reached = q.value >= nextFigure.value ? "up" : "down";
  // And "from £250,000 to £400,000", "from 92 concerts to 64": the end of a change from the figure before it.
  else if (previousFigure && /^\s+to\s+$/i.test(text.slice(previousFigure.span.end, q.span.start)) && FROM_JUST_BEFORE.test(text.slice(Math.max(span.start, previousFigure.span.start - 8), previousFigure.span.start))) extra.reached = q.value >= previousFigure.value ? "up" : "down";
  // "three vans, each visiting five towns a week", "five towns each": one thing's count, as an
  // average is, no count of them all ("15 towns a week between them").
  if (!q.currency && !q.percent && ((EACH_BEFORE.test(sinceLastFigure.slice(-70)) && !EACH_OF_THE_BEFORE.test(sinceLastFigure.slice(-20))) || EACH_AFTER.test(textAfter(text, q.span.end, 8)) || EVERY_BEFORE.test(sinceLastFigure.slice(-10)))) extra.average = true;
  const state = q.unit ? stateAfter(textAfter(text, q.span.end, 40)) : undefined;
  if (state) extra.state = state;
  // Not the whole a part is of ("Three of the 14 trees": the three have yet to be felled), read
  // before the whole itself (a part's figure spans it).
  if (!q.currency && (NOT_DONE_AFTER.test(textAfter(text, q.span.end, 110).replace(PARTITIVE_OF_BEFORE.test(text.slice(q.valueSpan.end, q.span.end)) ? WHOLE_FIGURE_AFTER : PARTITIVE_WHOLE_AFTER, "")) || WITHOUT_RIGHT_AFTER.test(textAfter(text, q.valueSpan.end, 40))) && !WHOLE_OF_BEFORE.test(text.slice(Math.max(span.start, q.span.start - 30), q.span.start))) extra.without = true;
  // "stood 56 feet above the river" is a height, not a difference.
  const afterFigure = textAfter(text, q.span.end, 40);
  // (Not one above a record: "peaked 14 centimetres above its previous record" is a difference.)
  const position = !!q.unit && physicalFamily(q.unit) === "length" && /^\s+(?:above|below)\b/i.test(afterFigure) && !ABOVE_A_MARK_AFTER.test(afterFigure);
  // "24p a meal more than Brightplate was": the rate's unit is passed over to the comparison.
  const compared = position ? "" : afterFigure.replace(RATE_UNIT_AFTER, "");
  // A comparison ("£110m below the £1.71bn expected", "won by 2,876 votes") is no change over
  // time ("climbed by £1.7m"): a difference of each kind answers only its own kind.
  if (isComparison(before, compared)) extra.comparison = true;
  const direction = changeDirection(before, afterFigure);
  // Nor is an age: "led by 66-year-old Gareth Almond".
  const ageWord = apposed !== undefined || aged !== undefined || AGE_COMPOUND.test(text.slice(q.valueSpan.start, q.span.end + 5));
  // "thieves took 98 ewes from Low Garth Farm": things taken from a place or an owner are a count
  // of them, where "took £5m from the budget" or "took two seconds off the record" cut an amount.
  // (Not where the sentence goes on to a tally they were added to: "took 155 sheep from two
  // farms, bringing the number stolen this year to 1,395" took them as one more batch.)
  // (Read only for a figure something is taken from: most are not.)
  const thingsCounted = () => !!q.nounPhrase && !q.currency && !q.percent && !(q.unit && (physicalFamily(q.unit) || DURATIONS.has(q.unit.toLowerCase()))) && !TALLY_AFTER.test(textAfter(text, q.span.end, 200));
  if (!ageWord && (isDifference(before, compared, thingsCounted) || (/\bby\s+$/.test(before) && ESTIMATE_CHANGED_BY.test(text.slice(clause.start, q.span.start))) || APART_AFTER.test(text.slice(q.valueSpan.end, q.valueSpan.end + 24)) || (WITHIN_BEFORE_OF.test(before) && WITHIN_OF_AFTER.test(text.slice(q.span.end, q.span.end + 8)) && !(q.unit && (physicalFamily(q.unit) || DURATIONS.has(q.unit.toLowerCase())))) || ((FURTHER_BEFORE.test(before) || (!q.currency && (EXTRA_COUNT_BEFORE.test(before) || EXTRA_COUNT_AFTER.test(text.slice(q.valueSpan.end, q.valueSpan.end + 14))))) && !CHANGED_FROM_AFTER.test(textAfter(text, q.span.end, 90))) || (!q.percent && !q.ordinal && (CHANGE_NOUN.test(q.nounPhrase ?? "") || (q.text.includes("-") && CHANGE_NOUN_AFTER.test(textAfter(text, q.span.end, 20))))) || (!!q.currency && isSaving(before, afterFigure)) || (!!q.currency && OVER_BUDGET_AFTER.test(textAfter(text, q.span.end, 40))))) extra.difference = true;
  // "a council tax rise of 5.99%" and "fell 6%": changes each way.
  if (direction) extra.direction = direction;
  // "Thirty percent of the homes, or 186, would be affordable, up from the 25% originally
  // proposed": a level a change reached, from the figure after.
  else if (!extra.reached && !extra.from) {
    const upFrom = UP_FROM_AFTER.exec(textAfter(text, q.span.end, 80));
    if (upFrom) extra.reached = upFrom[1]!.toLowerCase() === "up" ? "up" : "down";
  }
  // "The year before, Wrenford had raised council tax by 3.99 per cent": an opening time dates
  // the sentence's every clause.
  const ago = yearsAgoIn(text.slice(clause.start, clause.end)) ?? openingYearsAgo;
  if (ago !== undefined) extra.yearsAgo = ago;
  if (!q.percent && !q.currency && q.unitSpan) {
    const doers = extra.size === undefined ? DOERS_AFTER.exec(textAfter(text, q.span.end, 40)) : null;
    if (AGENTS_BEFORE.test(before)) extra.agents = true;
    else if (doers) extra.agents = stem(doers[1]!.toLowerCase());
  }
  if (!q.percent && SHARE_OF_BEFORE.test(before)) extra.shareBase = true;
  if (/\b(?:those|these|(?:the|its|their)\s+other)\s$/i.test(before)) extra.toldAgain = true;
  const rest = q.unitSpan ? REST_AFTER.exec(textAfter(text, q.span.end, 60)) : null;
  if (rest) {
    const left = contentStems(rest[1]!);
    if (left.length) extra.restOf = left;
  }
  if (extra.part && !q.percent && !q.currency && NARROWED_WHOLE_AFTER.test(textAfter(text, q.valueSpan.end, 90))) extra.ofNarrowedWhole = true;
  if (!q.percent && !q.currency && RANK_BAND_AFTER.test(textAfter(text, q.valueSpan.end, 40)) && /\bthe\s+$/i.test(text.slice(Math.max(span.start, q.valueSpan.start - 6), q.valueSpan.start))) extra.rankBand = true;
}

/** The fact a date of a sentence states: the event its clause's verbs name (see `readQuantityFact` for why apart). */
function readDateFact(scope: FigureScope, d: DateMention): FactMention {
  const { text, span, tokens, entities, boundaries, dates, wordSpans } = scope;
  const clause = clauseOf(d.span, boundaries, span);
  // "Born in Leeds on 4 March 1943, ...": a sentence's first word, capitalised by its place, is
  // a verb where it reads as a past participle with a preposition after it; not a name that
  // ends as one does ("Allen in Leeds said").
  const openingParticiple = (i: number) => i === 0 && (IRREGULAR_PAST.has(tokens[0]!.lower) || /^[a-z]{3,}ed$/.test(tokens[0]!.lower)) && OPENING_PREPOSITIONS.has(tokens[1]?.lower ?? "");
  // A date's measure is the event it dates: the verbs of its clause ("cracked", "warned").
  // A verb with its particle is another event: "stood down on 12 January" is not "stood at 7.5 million in March".
  const verbsIn = (from: number, to: number) => {
    const out: string[] = [];
    tokens.forEach((t, i) => {
      if (t.span.start < from || t.span.end > to || !isContent(t) || (t.capitalised && !openingParticiple(i))) return;
      // A past verb, or one a modal puts in the future ("will rise by 2.4% from 1 January"),
      // or what is scheduled, with its subject ("The committee's next decision is due on 18
      // September": "decision due"; any report, vote or payment may be due). "Due to open" is
      // the opening's, planned ("due open", see `dueTo`).
      if (t.lower === "due") {
        const subject = tokens[i - 2];
        if (subject && SCHEDULED_AFTER.has(tokens[i - 1]!.lower) && tokens[i + 1]?.lower !== "to" && isContent(subject) && !subject.capitalised && !subject.numeric) out.push(subject.stem + " " + t.stem);
        // "was due to run from 3 to 5 July": what is due is the verb after "to".
        const planned = dueTo(tokens, i);
        if (planned) out.push(planned);
        return;
      }
      // "is expected to open in 2030", "is scheduled to speak on 3 May": what is expected is the
      // event, not the expecting ("is expected to visit Ashmouth on Friday" is another event).
      if (EXPECTING.has(t.lower) && tokens[i + 1]?.lower === "to") {
        const next = tokens[i + 2]?.lower === "be" ? tokens[i + 3] : tokens[i + 2];
        if (next && !next.capitalised && !next.numeric && isContent(next)) out.push(next.stem);
        return;
      }
      // "comes into force on 8 August", "takes effect from 1 April": what a rule does on its
      // date, in the present as after "will" ("will come into force": "come").
      const inForce = IN_FORCE.get(t.lower);
      if (inForce && IN_FORCE_AFTER.test(text.slice(t.span.end, t.span.end + 16))) {
        out.push(inForce);
        return;
      }
      // Or a scheduled event in the present ("The tour opens ... on June 14", "ends in August").
      // Or what is to be under way by then: "should be generating electricity by 2031", "with
      // the wind farm generating electricity by 2029"; or an event named by its gerund after
      // "before" or "since" ("played 212 games ... before retiring in 2019": the retiring's
      // year, not the playing's). Not after "after": "have won £4.2m, after matching all six
      // numbers in the draw on Saturday" dates the win too, by the clause before.
      const namedByItsParticiple =
        /^[a-z]{3,}ing$/.test(t.lower) &&
        ((i > 1 && tokens[i - 1]!.lower === "be" && BEFORE_BE.has(tokens[i - 2]!.lower)) ||
          (i > 0 && GERUND_OF_TIME_BEFORE.has(tokens[i - 1]!.lower)) ||
          WITH_SUBJECT_BEFORE.test(text.slice(Math.max(from, t.span.start - 40), t.span.start)));
      if (!isPastVerb(t.lower) && !(i > 0 && MODALS.has(tokens[i - 1]!.lower) && !t.numeric) && !SCHEDULED_PRESENT.has(t.lower) && !namedByItsParticiple) return;
      if (describesTheNounAfter(tokens, i, text)) return;
      // "The pipe that failed had been laid in 1958": the verb of a relative clause on the
      // subject is no event the main verb's date dates.
      if (i > 1 && RELATIVE_PRONOUNS.has(tokens[i - 1]!.lower) && !tokens[i - 2]!.capitalised && isContent(tokens[i - 2]!) && tokens.some((u, j) => j > i + 1 && u.span.end <= d.span.start && u.span.end <= to && isPastVerb(u.lower) && isContent(u))) return;
      // "berthed ... at the end of a 14-night round trip that left the port on Saturday, Feb. 8":
      // a date inside a relative clause after the verb dates the relative clause's verb only.
      // (With its own subject too: "examined 168 claims ... that Pellow submitted between April
      // 2023 and December 2024".)
      if (tokens.some((u, j) => j > i && u.span.end <= d.span.start && RELATIVE_PRONOUNS.has(u.lower) && relativeVerbAt(tokens, j + 1, d.span.start))) return;
      // "construction could begin in March 2026 if it is approved": a condition's verb is no
      // event its clause's date dates.
      if (CONDITION_BEFORE.test(text.slice(Math.max(from, t.span.start - 30), t.span.start))) return;
      const next = tokens[i + 1];
      // "announced the fine against TicketLoop": what was announced is the event, and an
      // announcement of another thing ("announced on Monday a goodwill payment") another event.
      const announced = ANNOUNCING.has(t.stem) ? announcedThing(text.slice(t.span.end, Math.min(span.end, t.span.end + 60))) : undefined;
      const same = sameEventAs(t.lower, next?.lower);
      if (announced) out.push(t.stem + ":" + announced, announced);
      else if (same) out.push(same);
      else out.push(next && PARTICLES.has(next.lower) && text.slice(t.span.end, next.span.start) === " " ? t.stem + " " + next.lower : t.stem);
    });
    return out;
  };
  // "beating the previous record of 4.11 metres set in June 2007": a date right after a past
  // participle that describes the noun before it dates that participle only. A describing
  // participle comes after its sentence's verb: "Ofwat announced on Monday a £18.6m fine" and
  // "The pipe that failed on 3 March" open on theirs, which the clause's reading dates.
  const before = Math.max(span.start, d.span.start - 40);
  const described = DESCRIBING_PARTICIPLE_BEFORE.exec(text.slice(before, d.span.start));
  const participleAt = described ? before + described.index + described[0].indexOf(described[2]!, described[1]!.length) : -1;
  const describes =
    !!described &&
    isPastVerb(described[2]!) &&
    !AUXILIARIES.has(described[1]!.toLowerCase()) &&
    !MODALS.has(described[1]!.toLowerCase()) &&
    tokens.some((u) => u.span.start >= span.start && u.span.end < participleAt && !u.capitalised && isPastVerb(u.lower) && isContent(u));
  let verbs = describes ? [stem(described![2]!)] : verbsIn(clause.start, clause.end);
  // "In 1996 the Sea Empress ran aground ... and spilled 72,000 tonnes": a predicate joined by
  // "and" with no subject of its own shares the date, unless it has a date of its own
  // ("arrested on Monday and charged on Friday").
  for (let end = clause.end; verbs.length && end < span.end; ) {
    const next = clauseOf({ start: end, end: end + 1 }, boundaries, span);
    const joined = COORDINATED_PREDICATE.exec(text.slice(next.start, next.end));
    if (next.start !== end || next.end <= end || !joined || !isPastVerb(joined[1]!) || dates.some((o) => o.span.start >= next.start && o.span.start < next.end)) break;
    verbs.push(...verbsIn(next.start, next.end));
    end = next.end;
  }
  // "fined £85,000 in 2023 after an earlier fire at the site in August 2022", "After a fire
  // there in August 2022, ...": a clause that is only an event's noun after "after" or "before"
  // dates that event, not the verb before it.
  const nominal = verbs.length ? null : EVENT_NOUN_AFTER_BEFORE.exec(text.slice(clause.start, d.span.start));
  if (nominal && !isPastVerb(nominal[1]!.toLowerCase())) verbs = [stem(singular(nominal[1]!.toLowerCase()))];
  // "took over as chief executive in 2019", "who had held the seat since 2005": a role or a
  // span opened by "as", "since" or "until" dates the verb before it.
  // So does a phrase of time with no verb of its own ("struck southern Peru before dawn on
  // Sunday", "took place between 2 a.m. and 3 a.m. on Sunday").
  if (!verbs.length && clause.start > span.start && CLAUSE_OF_THE_VERB_BEFORE.test(text.slice(clause.start, clause.end))) {
    verbs = verbsIn(clauseOf({ start: clause.start - 1, end: clause.start - 1 }, boundaries, span).start, clause.start);
  }
  // "The bones were first spotted by a walker, Fiona Gray, in March 2025": a clause that is
  // only its date dates the verb before it, past a name set apart that has none.
  if (!verbs.length && DATE_ALONE_BEFORE.test(text.slice(clause.start, d.span.start)) && /^[\s.,;:]*$/.test(text.slice(d.span.end, clause.end))) {
    for (let at = clause.start, k = 0; k < 2 && at > span.start && !verbs.length; k++) {
      const before = clauseOf({ start: at - 1, end: at - 1 }, boundaries, span).start;
      verbs = verbsIn(before, at);
      at = before;
    }
  }
  // "its first-quarter results on 29 April": the plural noun a date follows is what happens
  // on it, however the verb words it ("report", "book").
  const dated = DATED_NOUN_BEFORE.exec(text.slice(Math.max(span.start, d.span.start - 40), d.span.start));
  if (dated && !isPastVerb(dated[1]!.toLowerCase())) verbs.push(stem(singular(dated[1]!)));
  // "according to separate figures published in February": another instance of what a claim's
  // "figures were published" tells of, another event.
  // So does a clause of others the sentence lists ("after Pennick Sands and Coldharbour, both of
  // which shut in June"): their event, not the sentence's subject's.
  if (ANOTHER_ONE.test(text.slice(clause.start, d.span.start)) || OF_WHICH_BEFORE.test(text.slice(Math.max(span.start, d.span.start - 60), d.span.start))) verbs = verbs.map((v) => "another " + v);
  // "will be frozen until 2027": where a state ends, not when it began or happened ("Fares were
  // frozen in 2025"); it answers only another end of the same.
  // Not a time given to do something ("members have until Friday 21 March to respond": a
  // deadline), nor what will not happen until then ("trains will not run until Tuesday 11
  // March": the day they run again).
  const untilText = text.slice(Math.max(span.start, d.span.start - 40), d.span.start).replace(WEEKDAY_AT_END, "");
  const givenUntil = UNTIL_BEFORE.test(untilText) && GIVEN_UNTIL_BEFORE.test(untilText);
  const until = UNTIL_BEFORE.test(untilText) && !givenUntil && !NOT_UNTIL_BEFORE.test(untilText);
  if (until) verbs = verbs.map((v) => "until " + v);
  if (!verbs.length) {
    // "since" opens a clause of its own: the superlative is before it.
    const record = SUPERLATIVE_SINCE.exec(text.slice(Math.max(span.start, d.span.start - 60), d.span.start));
    if (record) verbs.push(record[1]!.toLowerCase());
  }
  const since = SINCE_BEFORE.test(text.slice(Math.max(span.start, d.span.start - 24), d.span.start).replace(WEEKDAY_AT_END, ""));
  let occasion: Pick<FactMention, "occasion"> = {};
  if (!verbs.length) {
    const role = verblessDateMeasure(text, tokens, entities, boundaries, span, clause, d.span, since);
    if (role) ({ verbs, occasion } = role);
  }
  // "closed on Sunday, three days ahead of its target date of Wednesday, Feb. 19": the date a
  // target or deadline names is the target's, not the date of its clause's event.
  // (The nouns looked for first, in either case of their first letter: most dates follow neither.)
  const beforeDate = text.slice(Math.max(span.start, d.span.start - 50), d.span.start);
  if ((beforeDate.includes("arget") || beforeDate.includes("eadline")) && TARGET_DATE_BEFORE.test(beforeDate)) verbs = ["target"];
  // "winner of the 1987 Booker Prize": a year naming which prize dates no verb of its clause
  // ("has died"): it is matched by its words alone, and disputes nothing.
  if (d.attributive) verbs = [];
  const deadline = givenUntil || DEADLINE_BEFORE.test(text.slice(Math.max(span.start, d.span.start - 40), d.span.start));
  const aim = deadline && AIM_BEFORE.test(text.slice(clause.start, d.span.start));
  // "would no longer open on Saturday, May 24": a date the event will not (or did not) happen on
  // says no date of it, but to a claim that denies it too (see `FactMention.negated`).
  const bound = DATE_BOUND_BEFORE.exec(text.slice(Math.max(span.start, d.span.start - 12), d.span.start))?.[1]?.toLowerCase();
  // (A bound denied is no date denied: "no longer expected to reopen before March 2026" says
  // it reopens in March 2026 or after.)
  const denied = !bound && DATE_DENIED_BEFORE.test(text.slice(Math.max(clause.start, d.span.start - 50), d.span.start).replace(WEEKDAY_AT_END, ""));
  // "no longer expected to reopen before March 2026", "will not reopen before 12 May": a bound
  // denied is its other side, the day itself included.
  const notBefore = bound !== undefined && bound !== "after" && DENIED_BOUND_BEFORE.test(text.slice(Math.max(span.start, d.span.start - 80), d.span.start));
  const dateBound: Pick<FactMention, "dateBound"> = bound ? { dateBound: bound === "after" ? "after" : notBefore ? "notBefore" : "before" } : {};
  const reference: Pick<FactMention, "reference"> = MEASURED_AGAINST.test(text.slice(Math.max(span.start, d.span.start - 90), d.span.start)) ? { reference: true } : {};
  return makeFact("date", d.span, d.text, [...new Set(verbs)], verbs.length > 0, text, tokens, entities, clause, span, wordSpans, { date: d, ...(since ? { from: true } : {}), ...(deadline ? { deadline: true } : {}), ...(aim ? { aim: true } : {}), ...(until ? { until: true } : {}), ...(denied ? { negated: true } : {}), ...occasion, ...dateBound, ...reference });
}

/**
 * The measure of a date with no verb of its own, where its words say what it dates, and the
 * occasion they name: "Carver, the MP for Kettering since 2015,", "has been chief executive since
 * 2019", "Lindqvist, the champion in 2024," (a role held since or in a year), "The last escape
 * from Wealstun was in 2021", "The last escape from Wealstun, in 2023, saw ..." (an event a copula
 * or commas date). The measure is the content words before the date, not its holder's name nor a
 * place; undefined where the date is not so placed.
 */
function verblessDateMeasure(
  text: string,
  tokens: readonly Token[],
  entities: readonly EntityMention[],
  boundaries: number[],
  span: Span,
  clause: Span,
  date: Span,
  since: boolean,
): { verbs: string[]; occasion: Pick<FactMention, "occasion"> } | undefined {
  const before = text.slice(Math.max(span.start, date.start - 60), date.start);
  // A clause that is only the date ("since 2015", "in 2023"): its words are the clause's before it.
  const alone = /^\s*(?:since|in|on)\s+$/i.test(text.slice(clause.start, date.start)) && clause.start > span.start;
  const setApart = alone && !since && /^[\s,]/.test(text.slice(date.end, date.end + 1)) && /,\s*$/.test(text.slice(Math.max(span.start, clause.start - 3), clause.start));
  if (!since && !ROLE_IN_BEFORE.test(before) && !COPULA_IN_BEFORE.test(before) && !setApart) return undefined;
  const from = alone ? clauseOf({ start: clause.start - 1, end: clause.start - 1 }, boundaries, span).start : clause.start;
  // A place a role is "for" is the role's ("the MP for Kettering"), not where its holder is.
  const holder = entities.filter((e) => e.type === "person" || (e.type === "place" && !/\bfor\s+$/.test(text.slice(Math.max(0, e.span.start - 4), e.span.start))));
  const verbs: string[] = [];
  for (const t of tokens) {
    if (t.span.start < from || t.span.end > date.start || !isContent(t) || t.numeric) continue;
    if (!holder.some((e) => t.span.start >= e.span.start && t.span.end <= e.span.end)) verbs.push(t.stem);
  }
  return { verbs, occasion: occasionOf(text.slice(from, clause.end)) };
}

/** Words after which a past form before a noun describes the noun: articles, possessives, "first". */
const ATTRIBUTIVE_AFTER = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "first", "last", "newly", "recently"]);

/**
 * Whether the past form at token `i` describes the noun after it, as an adjective does: between an
 * article, a possessive, a number or an ordinal and a noun ("two leased replacement units", "the
 * first leased mobile unit", "the newly opened library"). It is no event a date of its clause
 * dates: "The first of two leased ... units arrived on Thursday 13 March" dates the arriving.
 */
function describesTheNounAfter(tokens: readonly Token[], i: number, text: string): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || !isPastVerb(tokens[i]!.lower)) return false;
  const word = before.lower;
  const determined = ATTRIBUTIVE_AFTER.has(word) || before.numeric || isNumberWord(word) || ordinalWordValue(word) !== undefined;
  const adjacent = text.slice(before.span.end, tokens[i]!.span.start) === " " && text.slice(tokens[i]!.span.end, after.span.start) === " ";
  return determined && adjacent && !after.capitalised && !after.numeric && isContent(after) && !PARTICLES.has(after.lower) && !isPastVerb(after.lower);
}

/** Verbs whose present tense tells of a scheduled event, dated like a past one ("opens on June 14"). */
/** Words before "be" that put what follows ahead ("should be generating", "expected to be operating"). */
const BEFORE_BE = new Set(["will", "would", "shall", "should", "could", "may", "might", "must", "to"]);
/** Words of time before a gerund that names the event a date is of ("before retiring", "since joining"). */
const GERUND_OF_TIME_BEFORE = new Set(["before", "since"]);
/** "with" and a short noun phrase, the subject of a participle after it ("with the wind farm| generating"). */
const WITH_SUBJECT_BEFORE = /\bwith\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[a-z]+\s+){1,3}$/;
const SCHEDULED_PRESENT = new Set("opens starts begins ends closes launches finishes resumes expires goes".split(" "));

/** An event a copula dates: "was in", "is on". */
const COPULA_IN_BEFORE = /\b(?:is|was|are|were)\s+(?:in|on)\s+$/i;

/** A role a year says when it was held: ", the champion in", "was the chief executive in". */
const ROLE_IN_BEFORE = /(?:^|[,(]|\b(?:is|was|are|were|been|became|become|becomes))\s+(?:the|a|an)\s+(?:[a-z][a-z'-]*\s+){0,3}?[a-z][a-z'-]*\s+in\s+$/i;

/**
 * A clause that may be a second predicate of its sentence's subject: "and", then a lowercase word
 * (a past verb, checked by the caller: "and spilled 72,000 tonnes").
 */
const COORDINATED_PREDICATE = /^[\s,]*and\s+(?:then\s+)?([a-z]+)\b/;

/** The occasion a clause's words name, if they name one and not both (see `FactMention.occasion`). */
function occasionOf(clause: string): Pick<FactMention, "occasion"> {
  const first = FIRST_OCCASION.test(clause);
  const last = LAST_OCCASION.test(clause);
  return first === last ? {} : { occasion: first ? "first" : "last" };
}
/** Lower case: "First Bus", "The Last Lighthouse" are names. */
const FIRST_OCCASION = /\bfirst\b/;
/** "the last escape", "at the last general election", "the club last went into administration"; not a time ("last season", "in the last year"), nor a final one ("close for the last time"). */
const LAST_OCCASION = /(?<!\b[Ff]or\s+)\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:last|latest|most\s+recent)\b(?!\s+(?:year|years|month|months|week|weeks|day|days|decade|season|night|quarter|half|century|\d))|\blast\s+(?:went|won|was|were|had|been|did|made|came|met|held|took|lost|beat|fell|rose|hit|ran|left|became|saw|\p{Ll}{2,}ed)\b|\b(?:was|were|had\s+been)\s+last\s+(?!year|month|week|night|season|\d)\p{Ll}/u;

/**
 * The text after offset `end` that sentence analysis may read (a partitive's noun: "171| of the
 * arrests"): at most `max` characters, and never past a blank line, so a claim's analysis
 * depends on nothing beyond its paragraph's next `max` characters (see `CheckMemo`).
 */
export function textAfter(text: string, end: number, max: number): string {
  const after = text.slice(end, end + max);
  const blank = /\n[^\S\n]*\n/.exec(after);
  return blank ? after.slice(0, blank.index) : after;
}

/** The term used for a canonical place, so "Britain" and "UK" meet. */
export function placeKey(canonical: string): string {
  return "place:" + canonical.toLowerCase();
}

/**
 * The terms of `terms` that are the claim's own words, not its names: no word of a name it gives,
 * no keyed term ("place:...", "age:..."), no figure. What a report of the claim's story uses
 * somewhere, however it names things.
 */
export function wordsOutsideNames(claim: Pick<SentenceAnalysis, "entities">, terms: readonly string[]): string[] {
  const named = new Set<string>();
  for (const e of claim.entities) for (const w of e.text.split(/[\s-]+/)) named.add(stem(w.toLowerCase().replace(/['\u2019]s$/, "")));
  return terms.filter((t) => !named.has(t) && !t.includes(":") && !/\d/.test(t));
}

function shiftQuantity(q: Quantity, by: number): Quantity {
  const shift = (s: Span): Span => ({ start: s.start + by, end: s.end + by });
  const out: Quantity = { ...q, span: shift(q.span), valueSpan: shift(q.valueSpan) };
  if (q.unitSpan) out.unitSpan = shift(q.unitSpan);
  return out;
}

function labelOf(q: Quantity): string {
  return q.text.replace(/\s+/g, " ").trim();
}

/** Particles that make a verb another ("stood down", "set up", "took over"). */
const PARTICLES = new Set(["down", "up", "out", "off", "back", "away", "over", "aside"]);

/** What follows the first of a list of ages (", 31 and 45"). */
const MORE_AGES = String.raw`(?:\s*,\s*\d{1,3}(?!\d))*(?:,?\s+(?:and|or)\s+\d{1,3}(?!\d))?`;
/**
 * A word that makes what a date's clause tells of another of its kind ("separate figures", "in a
 * separate case"). Not "previous" or "earlier": "the previous record, set in July 2019" is what a
 * claim of the previous record tells of.
 */
const ANOTHER_ONE = /\b[Ss]eparate\s+\p{Ll}/u;
/** Some "of which" or "of whom" a few words before a date ("both of which shut in June"): a clause of the things named before it. */
const OF_WHICH_BEFORE = /\b(?:both|all|each|neither|none|some|many|most|one|two|three|four|five|several)\s+of\s+(?:which|whom)\s+(?:[\p{L}'\u2019-]+\s+){0,4}$/iu;

/** A rule's present verbs of starting to apply, as the stem "will" gives them ("comes into force": "come"). */
/** Verbs of expecting or planning before "to" and the event expected ("expected to open"). */
// (And one's aim: "hopes to restart production on Monday April 7", "aims to reopen in May".)
const EXPECTING = new Set(["expected", "scheduled", "planned", "set", "likely", "forecast", "predicted", "poised", "hoped", "intended", "proposed", "hopes", "hope", "aims", "aim", "aimed", "plans", "intends", "expects", "expect"]);
const IN_FORCE = new Map([["comes", stem("come")], ["takes", stem("take")]]);
/** What follows them: "into force", "into effect", "effect". */
const IN_FORCE_AFTER = /^\s+(?:into\s+(?:force|effect)|effect)\b/;

/** A target's or deadline's noun right before the date it names: "its target date of Wednesday, ", "a deadline of ". */
const TARGET_DATE_BEFORE = /\b(?:target|deadline)\s+(?:date\s+)?of\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** All a date's clause holds before its date, where the clause is only the date ("in March 2025"). */
// (Or a part of its day: ", on the afternoon of Sunday 2 March".)
const DATE_ALONE_BEFORE = /^\s*(?:in|on|during|by|at)\s+(?:the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** An event's noun after "after", "before" or "following" and its determiner, then where or when ("after an earlier fire at the site in"). */
const EVENT_NOUN_AFTER_BEFORE = /^(?:after|before|following)\s+(?:an?|the|its|their|his|her|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})(?=\s+(?:at|in|on|there|near|during)\b)/iu;

/** How a date's clause opens when it dates the verb of the clause before ("as", "since", "before dawn", "3 a.m. on Sunday"). */
const CLAUSE_OF_THE_VERB_BEFORE = /^(?:as|since|until|before|after|early|late|shortly|just)\b|^\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)/i;

/** Ages set apart after a count's noun: ", aged 27, 31 and 45, " (through the comma that closes them). */
const AGES_APART_AFTER = new RegExp(String.raw`^\s*,\s*aged\s+\d{1,3}(?!\d)${MORE_AGES}\s*,\s*`);
/** The rest of a list of ages after one of them, through the comma that closes it (", 31 and 45, "). */
const AGE_LIST_REST = new RegExp(String.raw`^${MORE_AGES}\s*,?\s*`);

/** A person's name, then a description set apart by commas, then "is" or "was": "Alan Brooks, the founder of Clean Teme, is ". */
const APPOSITION_THEN_COPULA = /,\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}&-]*['\u2019]s)\s+[^,;:()"]{1,60},\s+(?:who\s+)?(?:is|was)\s+$/iu;

/**
 * "Alan Brooks, the founder of Clean Teme, is 71.", "Claire Ashdown, Pennant's chief executive, is
 * 53.": an age said after a description set apart is the age of the person named before it (as
 * a surname, as `copulaName` gives one), not of the last name of the description.
 */
function ownerOverApposition(text: string, q: Quantity, entities: readonly EntityMention[]): string | undefined {
  if (!endsClauseAsAge(text, q)) return undefined;
  const m = APPOSITION_THEN_COPULA.exec(text.slice(Math.max(0, q.span.start - 90), q.span.start));
  if (!m) return undefined;
  const comma = q.span.start - m[0].length;
  const person = entities.find((e) => e.type === "person" && e.span.end === comma);
  return person ? surnameOf(person.name) : undefined;
}

/** Whether measure `m` is an age ("age:" and whose: see `apposedAgeMeasures`). */
export function isAgeMeasure(m: string): boolean {
  return m.startsWith("age:");
}

/**
 * The measures of an age said of a name ("Okafor, 34,", "Kovacs is 29."): the age of that word,
 * and where it is the surname of a person named in full just before, the age of the first name
 * too: "Pauline Ashworth is 64" is what "his wife Pauline, 64," says. (Whose Pauline is for the
 * guards on people to tell, as for two people of one surname.)
 */
function apposedAgeMeasures(word: string, entities: readonly EntityMention[], at: number): string[] {
  let person: EntityMention | undefined;
  for (const e of entities) if (e.type === "person" && e.span.end <= at && at - e.span.end <= 12 && surnameOf(e.name) === word.toLowerCase()) person = e;
  return person ? ageMeasuresOfName(person.name) : ["age:" + stem(word.toLowerCase())];
}

/**
 * The measures of a named person's age: by the surname, and by the word before it ("Conservative
 * Mark Rudd": Mark) where that is a name, not an initial ("J. Ashworth") nor a particle ("van").
 */
function ageMeasuresOfName(name: string): string[] {
  const words = name.split(/\s+/);
  const out = ["age:" + stem(words[words.length - 1]!.toLowerCase())];
  const first = words[words.length - 2];
  if (first && /^\p{Lu}\p{Ll}{2,}$/u.test(first)) out.push("age:" + stem(first.toLowerCase()));
  return out;
}

/** Whose age an "aged" figure is, as its measure says: a person by surname, else the noun, singular ("men": man). */
function ageOwnerStem(word: string): string {
  return /^\p{Lu}/u.test(word) ? stem(word.toLowerCase()) : stem(singularise(word.toLowerCase()));
}

/** A figure that is an age ("34-year-old"). */
const AGE_TEXT = /-years?-old$/i;

/**
 * "from" just before a figure ("down from £1.9bn"; a qualifier is part of the figure's span), or
 * "from the" right after a change's new figure ("raised ... to £3.1m, from the £1.8m announced";
 * not "delegates from the 27 member states"), or after "up" or "down" ("up from the £62,000 quoted").
 */
const FROM_BEFORE = /\bfrom\s+(?:(?:the|its|their|his|her|an?)\s+)?(?:(?:original|initial|earlier|previous|opening|starting)\s+)?$|\bto\s+\S{0,3}\d[\d.,]*(?:\s?[a-z]{1,8})?,?\s+from\s+the\s+$|\b(?:up|down)\s+from\s+(?:the|an?|its|their)\s+$/i;
/**
 * A sentence that opens on an earlier period ("A year earlier, net income was $6.9 billion", "A
 * week ago Calderbrook pulled 38 batches", "Initially, ...") gives levels a change started from,
 * as "from $6.9 billion a year ago" does.
 */
/** Words that make a sum one its parties share ("between them", "jointly", "together"): see `FactMention.shared`. */
const SHARED_WORDS = /\b(?:between\s+them|jointly|together)\b/i;
/** "Combined," or "Taken together," opening a sentence: what follows is a sum its parties share. */
const COMBINED_OPENING = /^\s*(?:combined|taken\s+together)\s*,/i;
/** Between a count and the span it was made in: "seven marathons in seven days", "in just 48 hours". */
const WINDOW_AFTER_COUNT = /^\s+(?:in|within|over)\s+(?:just\s+|only\s+|the\s+space\s+of\s+)?$/;
/**
 * Another kind of thing joined by "and" to a count's noun, no figure of its own, ending in a
 * plural: "paramedics and emergency care assistants", "homes and businesses". Not what belongs
 * to the counted ("ambulances and their crews") nor a clause ("and then", "and were", "and
 * involved police forces", "and makes more than 200 medicines": the plural ends the phrase, before
 * a stop, a verb or a preposition, and no word before it is a plural or a verb in -s: "and
 * provides computer systems to").
 */
/** Nouns that count many without a plural "s" ("sheep and cattle", "staff and children"). */
const PLURALS_WITHOUT_S = "cattle|livestock|sheep|deer|poultry|people|children|staff|personnel|women|men|geese";
const ANOTHER_KIND_AFTER = new RegExp(String.raw`^\s+and\s+(?!(?:the|their|its|his|her|our|your|a|an|then|now|so|also|were|was|are|is|have|has|had|more|other|others|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|several|many|some|few)\b|[a-z]+(?:ed|ing|teen)\b)(?:[a-z][a-z-]*(?:[^s\s]|ss)\s+){0,3}?(?:[a-z][a-z-]*[^s'\s]s|${PLURALS_WITHOUT_S})(?=\s*(?:[,.;:)\u2013\u2014]|$)|\s+(?:were|was|are|is|have|has|had|will|would|who|which|that|in|on|at|from|across|for|of|to|between|among|began|begin|walked|went|joined|took|remain|remained)\b)`);

/**
 * Two states joined by "or" after a count: a sum of both ("Eight houses ... were destroyed or
 * damaged", "60 babies either died or were left brain-injured", "were killed or injured").
 */
const UNION_AFTER =
  /^[^,.;]{0,30}?\b(?:(?:were|was|have\s+been|had\s+been)\s+(?:either\s+)?\p{Ll}+ed|(?:either\s+)?(?:died|dead))\s+or\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:left\s+\p{Ll}[\p{Ll}-]*|(?:\p{Ll}+-)?\p{Ll}+ed)\b/u;
/** Words that make a figure one aimed at: before it ("a target of", "aims to reach") or after it ("the 15,000 the council had planned for"). */
const GOAL_BEFORE = /\b(?:(?:called|calls|calling)\s+for|targets?\s+(?:of|for|is|was|(?:[\w-]+\s+){0,3}?to)|goal\s+(?:of|is|was)|aim\s+(?:of|is|was)|aims?\s+to\s+\w+|aiming\s+(?:for|at)|hopes?\s+to\s+\w+|hoping\s+for|needs?\s+to\s+raise)\s+(?:\w+\s+){0,2}$|\b(?:aim|goal|target|plan)\s+(?:is|was)\s+to\s+(?:\w+\s+){1,6}?(?:by|to|at)\s+$/i;
/** A count's own verb saying its people were hurt, killed or lost, after its noun and any "of" phrase ("were seriously injured", "died", "Three fishermen missing"); not an adjective ("his injured paw"). */
const HURT_AFTER = /^(?:\s+of(?:\s+[\p{L}'\u2019-]+){1,4}?)?\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+(?:\p{L}+ly\s+)?(?:injured|hurt|wounded|killed|missing|treated\s+(?:for|in|at|by)|taken\s+to\s+hospital|hospitali[sz]ed)|(?:are|were|remain|remained)\s+(?:still\s+)?missing|(?:have\s+|had\s+)?died|missing)\b/iu;
/**
 * Stems of words that say people were hurt or killed ("injured", "injuries", "hurt", "wounded",
 * "killed", "dead"; not "missing", as often said of another noun: "the missing swimmers"): of a participle before a count that hurt it ("killing at least 312 people
 * and injuring more than 1,900"), and of a clause that speaks of casualties (see check/context).
 */
export const HURT_STEMS: ReadonlySet<string> = new Set(["injured", "injury", "injuries", "hurt", "wounded", "wounds", "killed", "died", "dead", "treated", "hospitalised", "hospitalized"].map((w) => stem(w)));
/** A count's own verb saying its people were saved, after its noun and any "of" phrase ("survived", "were rescued", "were pulled alive"). */
const SAVED_AFTER = /^(?:\s+of(?:\s+[\p{L}'\u2019-]+){1,4}?)?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?(?:rescued|saved|pulled\s+(?:out\s+)?alive|dug\s+out\s+alive)|(?:have\s+|had\s+)?survived)\b/iu;
/** Stems of words that say people were saved ("survived", "survivors", "rescued"): a group of their own, as the hurt are (see check/context). */
export const SAVED_STEMS: ReadonlySet<string> = new Set(["survived", "survivor", "survivors", "rescued", "saved"].map((w) => stem(w)));

/**
 * A figure foreseen, not reached: "The council forecasts that the bypass will cut traffic through
 * the centre by 60 percent". What happened is answered by what did. Not a sum "expected to" be
 * spent: that is the estimate a claim of its cost gives ("would cost an estimated £2.7bn").
 */
const FORECAST_BEFORE = /\b(?:forecasts?|forecasting|predicts?|predicted|predicting|projects|projected|projecting)\s+(?:that\s+)?(?:[^\s.;:]+\s+){0,6}?(?:will|would)\s+(?:[^\s.;:]+\s+){1,7}$/i;
/** A goal's words after its figure: "the 15,000 the council had planned for", "a target", "the 90,000 heat pumps promised", "the 36 it originally planned". */
/** A threshold a payment or an event waits on: "£5m once Vukelić reaches 100 league appearances", "if it passes 1,000", "until the level has been lowered by at least 8 metres". */
const THRESHOLD_BEFORE =
  /\b(?:(?:once|if|when|until|unless)\s+(?:[\p{L}'\u2019-]+\s+){1,3}?(?:reaches|reached|hits|passes|tops|exceeds|makes)|until\s+(?:[\p{L}'\u2019-]+\s+){1,5}?(?:by|to))\s+(?:(?:at\s+least|more\s+than|over)\s+)?$/iu;
/** A figure's own noun that makes it a goal: "£25,000 goal", "£25,000 target". */
const GOAL_NOUNS = /^(?:targets?|goals?)$/i;
const GOAL_AFTER = /^[^,.;]{0,30}?\b(?:had|has|have)\s+(?:planned|budgeted|hoped|aimed|targeted)\s+for\b|^\s+(?:targets?|goals?)\b|^\s+(?:(?:it|they|he|she|we|the\s+\p{L}+)\s+)?(?:had\s+|has\s+|have\s+)?(?:\p{L}+ly\s+)?(?:promised|pledged|planned|envisaged)\b/iu;
/** A running count past a mark: "topped 11,000 signatures", "has passed 12,000", "surpassed 500". */
const IN_A_WINDOW = /\b(?:in|within)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:hours?|days?|weeks?|fortnights?|months?)|(?:its|their|the|his|her)\s+first)\b/i;
const PASSED_MARK_BEFORE = /\b(?:topped|passed|surpassed|exceeded|crossed)\s+(?:the\s+)?$/i;
/** The last of a count's tallies, which the claim says it gives: "eventually", "in the end", "the council's final count", "according to the later figures", "to a final £2.38 million", "finished its run with 114,260 tickets", "The petition handed in at Holyrood carried 6,204 signatures", "gave the council a petition carrying 11,240 signatures". */
const LAST_TALLY = /\beventually\b|\b(?:handed\s+(?:it\s+|them\s+)?(?:in|over)|presented\s+to|submitted\s+to|delivered\s+to)\b|\b(?:gave|given|handed|presented|delivered|submitted)\s+(?:[a-z']+\s+){0,3}?(?:a|the|their|its|her|his)\s+petition\b|\bwhen\s+(?:it|they|the(?:\s+[a-z]+){1,2})\s+(?:closed|ended|finished)\b|\bin\s+the\s+end\b|\b(?:final|later|latest|updated)\s+(?:count|tally|figures?|total|toll)\b|\ba\s+final\s+[£$€]?\d|\b(?:finished|closed|ended)\s+(?:(?:its|their|the|his|her)\s+[a-z]+\s+)?(?:with|on|at)\s+(?:a\s+(?:final\s+)?(?:total\s+of\s+)?)?[£$€]?\d/i;
/**
 * A time days, weeks or months after the event a sentence tells of: "Within about a week of the
 * vote", "a fortnight after the crash", "three weeks later", "by the end of the month"; or the
 * last of a count's tallies: "eventually", "in the end", "the council's final count", "according
 * to the later figures".
 */
const LATER_TIME = new RegExp(String.raw`\b(?:(?:within|in)\s+(?:about\s+|around\s+|roughly\s+|just\s+(?:over\s+|under\s+)?|less\s+than\s+|little\s+more\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|fortnights?|months?)\s+of\b|(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|fortnights?|months?)\s+(?:later|after\s+(?:the|it|its|their|his|her)\b)|a\s+fortnight\s+(?:later|after\s+(?:the|it|its|their|his|her)\b)|by\s+(?:the\s+end\s+of\s+)?(?:that|the\s+following|the\s+next)\s+(?:week|month|fortnight))` + "|" + LAST_TALLY.source, "i");
/**
 * What a body has as it stands, in a clause about it just before its count: "which has", "that
 * employs". Not a main clause's "has" ("Ruiz has 12 international caps", "The park has 28 days
 * to submit"), which a claim's "has won" or "gave" says as well.
 */
/** A body right before the count of its members: "the Independent group of ", "a crew of ", "its workforce of about ". */
const BODY_OF_BEFORE = /\b(?:group|team|crew|party|panel|delegation|squad|workforce|staff|membership|choir|band|fleet|caucus)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;
const SIZE_BEFORE = /,\s*(?:which|that)\s+(?:has|employs|houses|serves)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;
/** A superlative right after a count ("the five worst-performing trusts", "the three biggest clubs"; see `FactMention.rankBand`). */
const RANK_BAND_AFTER = /^\s+(?:(?:most|least)\s+\p{Ll}+|(?:best|worst|biggest|largest|smallest|highest|lowest|busiest|poorest|richest|strongest|weakest|fastest|slowest|oldest|newest|top|bottom|leading)\b|\p{Ll}+est(?:-\p{Ll}+)?\b(?<!\b(?:west|east|nest|rest|test|pest|chest|guest|quest|forest|interest|contest|protest|request|harvest|arrest|honest|modest)(?:-\p{Ll}+)?))/u;
/** Participles in -en or -n that a pattern names, not any word in -en ("seven", "children"). */
const EN_PARTICIPLES = "(?:taken|given|broken|stolen|written|chosen|driven|frozen|hidden|beaten|fallen|shown|thrown|drawn|withdrawn|overtaken|torn|worn|sworn|struck|caught|brought|bought|sent|kept|held|found|paid|laid|hurt|put|won|sunk|swept|spun|stung|bitten|forgiven|forbidden|undertaken)";
/**
 * A passive verb of what was done right after a count and its noun ("Five houses were demolished",
 * "had 38 houses demolished"; see `FactMention.doneTo`): not a verb that places or sizes the
 * counted ("were built in the 1930s", "are based", "were estimated to").
 */
const DONE_PARTICIPLE = String.raw`(?:(?:all|also|now|then|later|since|already|subsequently|eventually|duly)\s+)?(?!(?:built|constructed|erected|left|based|located|situated|expected|thought|believed|estimated|said|reported|known|registered|employed|housed|needed|required|involved|listed|owned|used|occupied|planned|proposed|scheduled|due|set|aged|named|called|open|opened)\b)(?:\p{Ll}{3,}ed|${EN_PARTICIPLES}|sold|lost|shut|cut|hit|torn\s+down|pulled\s+down|knocked\s+down)\b`;
/** A passive's auxiliary and its participle right after a count: " were demolished", " have been arrested". */
const PASSIVE_EVENT_AFTER = new RegExp(String.raw`^\s+(?:(?:have|has|had)\s+been|were|was|are|is|will\s+be|would\s+be|(?:are|were)\s+to\s+be|(?:are|were)\s+being)\s+` + DONE_PARTICIPLE, "u");
/** A passive's participle and "by" right before a count: "attended by about ", "signed by more than " (see `FactMention.agents`). */
const AGENTS_BEFORE = /\b\p{Ll}{3,}(?:ed|en)\s+by\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least|fewer\s+than|less\s+than)\s+)?$/iu;
/** A share and "of" right before a figure: "almost half of the ", "62% of its ", "one in five of the " (see `FactMention.shareBase`). */
const SHARE_OF_BEFORE = /\b(?:half|a\s+third|a\s+quarter|(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|\d+(?:\.\d+)?\s*(?:%|per\s*cent)|(?:one|two|three|four|\d+)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+of\s+(?:the|its|their|all|all\s+the)\s+$/i;
/** A perfect of a deed right after a count and its noun: "97 staff had applied for", "212 members have signed" (see `FactMention.agents`). */
const DOERS_AFTER = /^\s+(?:had|have|has)\s+(?:(?:already|now|since|also|so\s+far)\s+)?(?!been\b|had\b|got\b)(\p{Ll}{3,}(?:ed|en))\b/u;
/** A holder's possessive right before a count ("whose 4,200 pipes were soaked", "its 38 houses"): all it has, whatever was done to them. */
const HOLDER_OF_ALL_BEFORE = /(?:\b(?:whose|its|their|his|her|our)|\p{L}['\u2019]s?)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|all)\s+)?$/iu;
/**
 * What leaves a count in a state done to it, right before it: "leaving about 1,100 seats exposed
 * and damaged". (Not "with": "with four operating theatres reserved for planned surgery" is what
 * the hub has.)
 */
const LEFT_DONE_BEFORE = /\b(?:leaving|left|leaves)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$/i;
/** The participle of what a holder had done to its count ("had 38 houses demolished"; see `DONE_PARTICIPLE`). */
const HAD_DONE_AFTER = new RegExp(String.raw`^\s+` + DONE_PARTICIPLE, "u");
/** A count a clause says its subject has, in any clause ("The plant employs 6,000 people", "had 46,000 visitors"): what may answer a size. */
const HAS_COUNT_BEFORE = /\b(?:has|have|had|employs|employed|houses|housed|serves|served)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;
/** "would have been", "could have cost" just before a figure (its qualifier aside): what would have been, not what was. */
const HYPOTHETICAL_BEFORE = /\b(?:would|could|might)\s+(?:otherwise\s+)?(?:have\s+(?:been|cost|totalled|totaled|reached|come\s+to|amounted\s+to|paid|faced|received|made|earned|lost)|add(?:\s+up\s+to)?|come\s+to|amount\s+to)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|less\s+than|over|up\s+to|at\s+least)\s+)?$/i;
/** Words that make a count an average, before it ("has averaged", "an average of", "on average") or after it ("... fans on average"). */
const AVERAGE_BEFORE = /\b(?:averag(?:e|ed|es|ing)|mean)\b[^,.;]*$/i;
const AVERAGE_AFTER = /^[^,.;]{0,40}?\bon\s+average\b/i;
/**
 * "each" before a figure ("each visiting five towns", "each cover five", "three pumps, each
 * designed to move 1.5 cubic metres", "Each of the station's pumps is designed to move") or right
 * after it ("five towns each"); not of a period ("each year"), nor the things' own count ("each of
 * the 40 homes").
 */
const EACH_BEFORE = /\beach\s+(?!(?:year|month|week|day|night|season|time|other)\b)(?:of\s+(?:the|its|their)\s+(?=[\p{L}'\u2019-]+\s))?(?:[\p{L}'\u2019-]+\s+){0,7}$/iu;
/** A permission before a bound ("may keep no more than 1,800 tonnes", "is allowed to store up to 3,000"): a cap, no level. */
/** What a thing can hold, no count of what it held: "can carry 54 cars", "has room for 350 passengers", "a capacity of 1,200". */
const CAPACITY_BEFORE = /\b(?:(?:can|could)\s+(?:carry|hold|take|seat|accommodate|fit|sleep)|seats|sleeps|accommodates)\s+(?:up\s+to\s+)?$|\b(?:room|space|capacity|seating)\s+for\s+(?:up\s+to\s+)?$|\bcapacity\s+of\s+(?:up\s+to\s+)?$/i;
/** The same after its figure: "the 1,100 the nave can seat". */
const CAPACITY_AFTER = /^\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(?:can|could)\s+(?:carry|hold|take|seat|accommodate|fit|sleep)\b/iu;
const CAP_BEFORE = /\b(?:may|can|could|allowed\s+to|permitted\s+to|licensed\s+to|entitled\s+to)\s+(?:\p{Ll}+\s+){1,2}$/u;
/** A sum asked for: "has asked central government for £1m", "applied to NHS England for six million pounds", "had been asked to find £16m of savings". */
const REQUESTED_BEFORE = /\b(?:(?:asked|asking|asks|applied|applying|applies|bid|bidding|requested|requesting|sought|seeking|seeks|appealed|appealing)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?for|(?:asked|told|instructed|required|ordered)\s+to\s+(?:find|save|cut|raise))\s+(?:(?:about|around|nearly|almost|some|more\s+than|up\s+to)\s+)?$/iu;
/** A preposition opening a clause before "one": "At one hub", "In one case", "On one occasion". */
const SINGLED_OUT_BEFORE = /^\s*(?:at|in|on|from|for)\s+$/i;
/** A rate's period right before a count: "a goal every two games", "a bus every 10 minutes". */
const EVERY_BEFORE = /\bevery\s+$/i;
/** A condition right after a sum: "£4m if Kingsmere qualify", "£5m once he reaches 100 appearances". */
const CONDITION_AFTER = /^\s+(?:if|once|unless|provided|should)\b/i;
const EACH_AFTER = /^\s+each\b/i;
/** "each of the" right before a figure: the figure counts the things themselves ("each of the 40 homes"). */
const EACH_OF_THE_BEFORE = /\beach\s+of\s+(?:the|its|their)\s+$/i;
/** "an average of" just before a sum: what each of several cost. */
const AVERAGE_OF_BEFORE = /\ban\s+average\s+(?:of\s+)?(?:(?:almost|nearly|about|around|roughly|just\s+(?:over|under)|more\s+than|less\s+than)\s+)?$/i;
/** A figure written as an age: "66-year-old", "66 years old". */
const AGE_COMPOUND = /^\S*\d[\d.,]*(?:-|\s+)years?(?:-|\s+)old\b/i;
const AGE_RANGE_GROUP = /\b(\d{1,2})-?\s+(?:to|and)\s+(\d{1,2})-year-olds\b/i;
/** "voters aged 18 to 24", "aged 18-24". */
const AGED_RANGE = /\baged\s+(\d{1,2})\s*(?:-|\u2013|to|and)\s*(\d{1,2})\b/i;
/** "those aged over 65", "children aged under five" (digits only). */
const AGED_BOUND = /\baged\s+(under|over)\s+(\d{1,2})\b/i;
const AGE_GROUP = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-year-olds\b/i;
const SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The age group a clause names ("14- to 18-year-olds", "aged 14 to 18": "14-18"; "five-year-olds": "5"; "aged over 65": "over-65"), if any. */
function cohortOf(clause: string): string | undefined {
  const range = AGE_RANGE_GROUP.exec(clause) ?? AGED_RANGE.exec(clause);
  if (range) return `${range[1]}-${range[2]}`;
  const bound = AGED_BOUND.exec(clause);
  if (bound) return `${bound[1]!.toLowerCase()}-${bound[2]}`;
  const one = AGE_GROUP.exec(clause);
  if (!one) return undefined;
  const word = one[1]!.toLowerCase();
  return /^\d/.test(word) ? word : String(SMALL_NUMBERS.indexOf(word));
}

/** Days in a unit of time a window is said in. */
const WINDOW_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, weekend: 2, week: 7, fortnight: 14, month: 365 / 12, year: 365 };
/** A sum over or under a budget, right after it: "£53m over its original budget", "£2m under budget" (by how much, no level). */
const OVER_BUDGET_AFTER = /^\s+(?:over|under|above|below)\s+(?:its\s+|the\s+|their\s+)?(?:original\s+|agreed\s+|approved\s+|initial\s+)?budget\b/i;
/** What joins two sums of a list, after the first one's words: "from the National Stage Fund and ", ", ". */
const LIST_JOIN = /^[^:;.]*?(?:,|\band)\s*$/;
/** The span a rank is within, right after it: "the third fall in 18 months", "its fourth win in a week". */
const ORDINAL_WINDOW_AFTER = /^(?:\s+\p{Ll}+){0,3}?\s+(?:in|within)\s+(?:the\s+(?:past|last)\s+)?(\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)\s+(day|week|fortnight|month|year)s?\b/iu;
const SMALL_NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20 };
/** A count of units of time as written, in digits or a word of `SMALL_NUMBER_WORDS` ("18", "three"). */
function smallCountOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : SMALL_NUMBER_WORDS[word.toLowerCase()];
}
/** A window of one unit said as a compound ("a first-year target", "over the first weekend"). */
const WINDOW_COMPOUND = /\b(?:first|opening)[- ](day|weekend|week|fortnight|month|year)\b/i;
/** A whole span a count is said over: "cancelled 312 services across the week", "over the whole month", "across a full week". */
const WHOLE_SPAN = /\b(?:(?:across|over|during|throughout)\s+the|(?:across|during|throughout)\s+an?)\s+(?:whole\s+|entire\s+|full\s+|[a-z]+\s+)?(weekend|week|fortnight|month|year)\b/i;
/** "now" a verb or two before a figure: "will now run 19", "has now risen to 44", "is now estimated at". */
const NOW_BEFORE = /\bnow\s+(?:\p{L}+\s+){0,2}$/iu;
/** A revision named before its figure: "revised estimate of", "the latest figure is", "an updated bill". */
/** A figure put in place of another, right after it: "£7.40 instead of £8.10", "310 rather than 350". */
const IN_PLACE_OF_AFTER = /^,?\s+(?:instead\s+of|rather\s+than)\s+[£$€]?\d/i;
/** "revised" or "updated" right before a figure: "the society's revised £1.65 million loss estimate". */
// (Or the verb with its way and "to": "has been revised up to £1.65m".)
const REVISED_JUST_BEFORE = /\b(?:revised|updated|re-estimated)\s+(?:(?:up|upwards|down|downwards)\s+)?(?:to\s+)?$/i;
const REVISED_BEFORE = /\b(?:revised|updated|latest|new|final)\s+(?:[a-z-]+\s+)?(?:estimate|figure|forecast|bill|total|tally|toll|count|number|valuation|cost|costing)s?\b/i;
/** A verb that took a thing to its figure, with what it changed: "expanded the recall to", "cut its fleet to", "was raised to". */
const CHANGED_TO_BEFORE = /\b(double|doubled|doubles|triple|tripled|trebled|halve|halved|halves|expand|expanded|expands|widen|widened|widens|extend|extended|extends|increase|increased|increases|raise|raised|raises|lift|lifted|lifts|boost|boosted|boosts|cut|cuts|reduce|reduced|reduces|narrow|narrowed|narrows|lower|lowered|lowers|shrink|shrank|shrunk|trim|trimmed|trims)\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z0-9-]+\s+){0,5}?to\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+(?:over|under))\s+)?$/i;
/** A change from a figure after a level, in its clause: ", up from the 25% originally proposed". */
const UP_FROM_AFTER = /^[^.;:]{0,60}?,\s*(up|down)\s+from\b/i;
/** A change's end right after a verb of a thing's own change: "had dropped to", "rose to about", "fell from 84 per cent last August to". */
const WENT_TO_BEFORE = /\b(rose|risen|fell|fallen|dropped|climbed|grew|grown|jumped|soared|slipped|declined|dipped|sank|sunk|slumped|surged|plunged|tumbled|shrank|shrunk)\s+(?:from\s+[^;:()]{1,60}?\s+)?to\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+(?:over|under))\s+)?$/i;
/** The verbs of `WENT_TO_BEFORE` that go down. */
const WENT_DOWN = /^(?:fell|fallen|dropped|slipped|declined|dipped|sank|sunk|slumped|plunged|tumbled|shrank|shrunk)$/i;
/** The verbs of `CHANGED_TO_BEFORE` that take a thing down. */
/** An estimate a verb changed to the figure, past its object: "raised its estimate of what ... had cost it to", "cut its forecast for the year to". */
const ESTIMATE_CHANGED_TO = /\b(raised|increased|lifted|upped|lowered|cut|reduced|trimmed)\s+(?:its|the|their|his|her)\s+(?:[a-z-]+\s+)?(?:estimate|forecast|projection|valuation)s?\b[^;:]{0,100}?\bto\s+(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$/i;
const DOWN_TO = /^(?:halve|halved|halves|cut|cuts|reduce|reduced|reduces|narrow|narrowed|narrows|lower|lowered|lowers|shrink|shrank|shrunk|trim|trimmed|trims)$/i;
/** A sum gathered, just before its figure: "raised more than", "had collected", "took". */
const SUM_GATHERED_BEFORE = /\b(?:raised|raising|raises|collected|collecting|donated|pledged|generated|grossed|earned|took|taken|brought\s+in|sold)\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|around\s+|some\s+|roughly\s+|just\s+(?:over|under)\s+|an?\s+)?$/i;
/** "first", "last", "opening", "past", "initial" before a span of time: a window of it. */
const WINDOW_BEFORE = /\b(?:first|last|opening|past|initial)\s+$/i;
/** Days short of which a whole span ("across the eight days") is a window: longer ones are reporting periods. */
const WHOLE_DAYS_MAX = 28;
/** A whole span of days or weeks a count is said over: "Across the eight days of disruption" (not "over the 12 months to June", a reporting year). */
const WHOLE_DAYS_BEFORE = /\b(?:across|over|during|throughout)\s+(?:the|its|their)\s+$/i;

/** Characters after a sum its stretch (`STRETCH_AFTER`) may reach. */
const STRETCH_REACH = 70;
/**
 * A stretch of months or years after a sum, in its clause and past no other figure: "over the
 * three years of the deal", "is due in the first two years", "across five years" (not "in two
 * years' time", a point ahead, nor "within", a deadline).
 */
const STRETCH_AFTER = /^[^.;:\d£$€]{0,40}?\b(?:over|across|in|during|throughout)\s+(?:the\s+|its\s+|their\s+)?(?:(?:first|next|last|past|coming|opening)\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)\s+(month|year)s\b(?!['’]\s*time|\s+(?:ago|earlier|later|before|after|from\s+now)\b)/i;

/** The days of the stretch a sum is said over, after it (`STRETCH_AFTER`), if any. */
function stretchAfter(after: string): number | undefined {
  const m = STRETCH_AFTER.exec(after);
  if (!m) return undefined;
  const n = smallCountOf(m[1]!);
  return n ? Math.round(n * WINDOW_DAYS[m[2]!.toLowerCase()]!) : undefined;
}

/** The days of a window the sentence's counts are said over ("in its first seven days", "in the first 12 months"), if any. */
function windowOf(text: string, span: Span, quantities: readonly Quantity[]): number | undefined {
  for (const q of quantities) {
    const days = q.unit ? WINDOW_DAYS[q.unit.toLowerCase()] : undefined;
    // "in its first 24 hours" is its first day; a window of hours under a day keeps its hours.
    const before = text.slice(Math.max(span.start, q.span.start - 16), q.span.start);
    if (days !== undefined && (WINDOW_BEFORE.test(before) || (q.value * days < WHOLE_DAYS_MAX && WHOLE_DAYS_BEFORE.test(before)))) return q.value * days >= 1 ? Math.round(q.value * days) : Math.round(q.value * days * 24) / 24;
  }
  const compound = WINDOW_COMPOUND.exec(text.slice(span.start, span.end)) ?? SPAN_BOUNDED.exec(text.slice(span.start, span.end));
  return compound ? Math.round(WINDOW_DAYS[compound[1]!.toLowerCase()]!) : undefined;
}

/** "in the week from June 3 to June 9", "in the fortnight to Sunday", "during the month before the vote": a span of time a count is said over, bounded by a day or an event. */
const SPAN_BOUNDED = /\b(?:in|during|over)\s+the\s+(day|weekend|week|fortnight|month)\s+(?:from|to|ending|before|after|since|leading\s+up\s+to)\b/i;

/** A peak's words just before its figure: "peaked at", "a peak of", "reached a high of". */
/** "at its worst", "at the height of the storm", "at its peak": when something was greatest. */
/** A record a figure is measured against, just before it: "the previous record of", "its old best of". */
const RECORD_BEFORE = /\b(?:previous|former|old|earlier|last)\s+(?:record|best|high|peak)\s+(?:of\s+)?$/i;

/** Words that open a relative clause on the noun before them: "the pipe that failed". */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["that", "which", "who"]);

/** A sentence that opens on when something was greatest: "At its peak on Tuesday evening, ...", "At the height of the blaze, ...". */
const PEAK_OPENING = /^\s*at\s+(?:its|their|the)\s+(?:worst|height|peak)\b/i;

/** Whether a sentence opens on when something was greatest (its figures are then a peak's, no total's). */
export function opensOnItsPeak(sentence: string): boolean {
  return PEAK_OPENING.test(sentence);
}
const AT_ITS_PEAK = /\bat\s+(?:its|their|the)\s+(?:worst|height|peak)\b/i;
const PEAK_BEFORE = /\b(?:peaked|peaking|peaks)\s+(?:at\s+)?(?:(?:a|an)\s+(?:record|new\s+high\s+of|all-time\s+high\s+of)\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?$|\b(?:a|its|the|their)\s+(?:peak|high|maximum)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?$/i;

/** "the year before", "a year earlier", "the previous year" right after a figure: of the year before the sentence's. */
const YEAR_BEFORE_AFTER = /^,?\s+(?:the\s+(?:year|previous\s+year|prior\s+year)\s+before|a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior)\s+year)\b/i;

/** What may come to be, right after a figure and its noun: "three stops could open by Christmas", "£2m might be saved". */
const MAY_BE_AFTER = /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:could|might|may)\s+(?!have\b)\p{Ll}+/u;

/** A wish or a possibility before a figure: "We would rather open three stops", "could open up to". */
const RATHER_BEFORE = /\b(?:would|could|might|may)\s+(?:rather|prefer\s+to|like\s+to|hope\s+to)\s+\p{Ll}+\s+(?:up\s+to\s+)?$/u;

/** The ordinal of a thing a figure is "of", just before it: "a second interim payment of", "its third loan of". */
const INSTANCE_BEFORE = /\b(?:a|the|its|their|his|her)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|just\s+(?:over|under)|more\s+than|over)\s+)?$/iu;

/** "over the five years", "over the next decade": the span of time a change is said over, just before its length. */
const CHANGE_SPAN_BEFORE = /\bover\s+(?:the\s+)?(?:(?:next|past|last|coming|following)\s+)?$/i;

/** The days of the span of years or months a sentence says its changes over ("over the five years to 2030"), if any. */
function changeSpanOf(text: string, span: Span, quantities: readonly Quantity[]): number | undefined {
  for (const q of quantities) {
    const unit = q.unit?.toLowerCase();
    if ((unit === "year" || unit === "month") && CHANGE_SPAN_BEFORE.test(text.slice(Math.max(span.start, q.span.start - 24), q.span.start))) return Math.round(q.value * WINDOW_DAYS[unit]!);
  }
  return undefined;
}

/** A figure said to be within the one before: "including an emergency £2.1m", "of which £4m". */
const INCLUDED_BEFORE = /\b(?:including|includes|included|of\s+which)\s+(?:an?\s+|the\s+|some\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** A subject that is one of a set: "Hollins Green, the busiest of the branches, recorded 31,500 visits", "one of the ...". */
const ONE_OF_SUBJECT = /\b(?:one|each)\s+of\s+(?:the|its|their|them|these|those)\b|\bthe\s+(?:[a-z]+est|most\s+[a-z]+)\s+of\s+(?:the|its|their|them|these|those)\b/i;
/** An estimate named as the first of several (see `FactMention.from`). */
/** A figure something started from: "a starting point of", "started from a figure of", "starting from". */
const STARTING_POINT_BEFORE = /\b(?:starting\s+(?:point|figure)\s+of|start(?:ed|ing|s)?\s+(?:from|at)(?:\s+(?:a|an|the)\s+(?:figure|point|sum)\s+of)?)\s+(?:about\s+|around\s+|some\s+)?$/i;
/** A sentence's opening that gives what follows as a first count: "On the first estimate,", "By its initial count,", "According to the original figures,". */
const EARLIER_ESTIMATE_OPENING = /^\s*(?:on|by|in|at|according\s+to)\s+(?:the|its|their)\s+(?:first|initial|original|earlier)\s+(?:estimate|count|forecast|figures?|tally|assessment)s?\s*,/i;
const EARLIER_ESTIMATE = /\b(?:first|initial|original|earlier|previous)\s+(?:estimate|forecast|projection|valuation|costing|quote|bid|offer)s?\b/i;
const EARLIER_OPENING = /^(?:(?:a year (?:earlier|ago|before)|(?:in )?the (?:previous|prior|same) (?:year|quarter|period)(?: (?:a|last) year)?|a year previously),\s|(?:(?:a|one|two|three|four|five|six|\d{1,2}) (?:day|week|month)s? ago|last (?:week|month)|initially|originally|at first),?\s)/i;

/** "a majority of", "the Conservatives' majority of", "an estimated population of" just before a figure. */
/** A kind of sum just before its figure, or the range it ends: "a face value ranging from (£55 to) ", "a fare of ", "its price of between ". */
const PRICED_NOUN_BEFORE = /\b(value|price|fee|fare|charge|salary|wage|rent|premium|bonus)s?\s+(?:ranging\s+from|of|at)\s+(?:between\s+|up\s+to\s+|about\s+|around\s+)?(?:[£$€][\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:to|and)\s+)?$/i;

const NOUN_OF_BEFORE =
  /\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{L}+['\u2019]s?|(?:show|record|report|post|estimate|reveal)(?:s|ed)?)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+of\s+$/u;

/** "put the magnitude at", "estimated the number of dead at": the noun phrase a figure is put at. */
const PUT_AT = /\b(?:put|puts|putting|estimated|estimates|estimating|pegged|pegs|placed|places|placing)\s+(?:the|its|their|his|her)\s+((?:[a-z]+\s+){0,3}?[a-z]+)\s+at\s+$/i;
/**
 * "The number of people killed in ... has risen to", "Its final count of dead fish ... was": a
 * count's subject, up to the verb that gives its figure; after a conjunction or a place ("but in
 * Northshire the number of people waiting"),
 * and through the change that led to it ("rose by 2,100 to"); "the number waiting" counts by its
 * participle alone.
 */
const NUMBER_OF_SUBJECT =
  /^\s*(?:(?:but|and|while|whereas|yet)\s+)?(?:(?:in|across|for)\s+(?:[\p{L}'\u2019-]+,?\s+){1,3}?)?(?:the|its|their)\s+(?:[a-z]+\s+)?(?:number|count|tally)\s+(?:of\s+([a-z]+)(?:\s+([a-z]+))?|([a-z]{2,}(?:ing|ed)))\b[^;:]*?\s(?:(?:has|have|had)\s+)?(?:risen|rose|fallen|fell|climbed|reached|increased|decreased|dropped|grown|grew|stands|stood|totalled|totaled|is|was)\s+(?:by\s+(?:\S+\s+){1,3}?to\s+|to\s+|at\s+|by\s+)?$/iu;
/** "cut the number of patients waiting more than 12 hours to", "bringing the total number of damaged items to": a count a verb brought to its figure. */
const NUMBER_BROUGHT_TO = /\b(?:cut|cuts|reduced|reduces|reducing|increased|increases|raised|raises|lowered|lowers|brought|brings|pushed|pushes|bringing|taking|takes|took)\s+(?:down\s+|up\s+)?(?:the|its|their)\s+(?:total\s+|overall\s+)?number\s+of\s+([a-z]+)(?:\s+([a-z]+))?\b[^;:]*?\s+to\s+$/i;
/** "taking the death toll to", "bringing the total to": a tally a verb brought to its figure, measured by the tally's noun. */
const TALLY_BROUGHT_TO = /\b(?:taking|takes|took|taken|bringing|brings|brought|pushing|pushes|pushed|raising|raises|raised|lifting|lifts|lifted)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(toll|total|tally|count)\s+(?:so\s+far\s+)?to\s+$/i;
/** "bringing total job losses to", "taking the overall death count to": a total named by its noun (and the noun before it). */
const TOTAL_NOUN_BROUGHT_TO = /\b(?:taking|takes|took|taken|bringing|brings|brought|pushing|pushes|pushed|raising|raises|raised|lifting|lifts|lifted)\s+(?:(?:the|its|their)\s+)?(?:total|overall|cumulative)\s+(?:([a-z]+)\s+)?([a-z]+)\s+(?:so\s+far\s+)?to\s+$/i;
/** The last figure before a tally and the noun it counts ("850 new households have registered, taking the total to"). */
const LAST_COUNTED_BEFORE = /(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?\s+(?:(?:new|more|further|additional|extra)\s+)?([a-z]{3,})\b(?![^]*\d)/i;
/** The verb a subject changed by, to, from or at its figure, reached it, or was it, just before the figure (see `SUBJECT_CHANGED_TO`). */
const CHANGED_TAIL_SOURCE =
  "(?:(?:has|have|had)\\s+)?(?:(?:risen|rose|fallen|fell|climbed|increased|decreased|dropped|grown|grew|jumped|slipped|soared|surged|plunged|peaked|totalled|totaled)\\s+(?:by\\s+(?:\\S+\\s+){1,3}?to|to|at|from)|reached|was|is|were|are)\\s+(?:an?\\s+(?:new\\s+)?(?:record|high|low|peak)\\s+)?$";
/** The verb that ends such a clause before its figure: tried first, on the clause's end alone, as it is cheap. */
const CHANGED_TAIL = new RegExp(`\\b${CHANGED_TAIL_SOURCE}`, "i");
/**
 * "Net migration to the UK fell to", "Health and care worker visas dropped from", "Emigration
 * peaked at a record", "Turnout was": a clause's subject noun phrase (past what it is of and
 * where: "The waiting list for hospital treatment in England") changed to, from or at its
 * figure, or was it.
 */
const SUBJECT_CHANGED_TO = new RegExp(
  `^\\s*(?:(?:but|and|while|whereas|yet)\\s+)?(?:the\\s+|its\\s+|their\\s+|[\\p{L}-]+['\\u2019]s\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)(?:\\s+(?:to|in|into|from|for|across|among|of)\\s+(?:[\\p{L}'\\u2019-]+\\s+){0,3}?[\\p{L}'\\u2019-]+){0,2}\\s+${CHANGED_TAIL_SOURCE}`,
  "iu",
);
/** Verbs of reporting that may lead a clause before its subject (see `REPORTED_SUBJECT_LEAD`). */
const REPORTING_VERBS = "said|says|reported|reports|confirmed|confirms|announced|announces|added|stated";
/** One of `REPORTING_VERBS` in a clause, looked for first: most clauses have none, and the lead's pattern costs more. */
const REPORTING_VERB = new RegExp(`\\s(?:${REPORTING_VERBS})\\s`);
/**
 * Who reported a clause's subject, before it: "The Environment Agency said ", "Officials
 * confirmed that ". Only a lead whose next word opens a subject (the, its, their) is taken.
 */
const REPORTED_SUBJECT_LEAD = new RegExp(`^\\s*(?:[\\p{L}'\\u2019.&-]+\\s+){1,6}?(?:${REPORTING_VERBS})\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?(?:that\\s+)?(?=(?:the|its|their)\\s)`, "u");

/** Words that stand for a subject named elsewhere: no measure ("It fell to 4%"). */
const PRONOUNS = new Set("it this that which who he she they we i you these those there".split(" "));

/** A clause's subject stated to be its figure: "The target for these calls is ", "The journey was ". */
const COPULA_SUBJECT_BEFORE = /^\s*(?:the|its|their)\s+([a-z]+)\b[^,;:]{0,60}?\s(?:is|was|are|were)\s+$/i;

/** "The final count of dead fish stands at", "the number of homes flooded now stands at", "The final count of complaints about smoke ... received by the council stood at": a count of a noun stated at its figure. */
const COUNT_OF_STANDS_AT = /^\s*(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:count|number|total|tally)\s+of\s+([a-z]+)(?:\s+([a-z]+))?\b[^;:\d]{0,80}?\s(?:now\s+)?(?:stands|stood)\s+at\s+$/i;
/** "The official death toll stands at": a subject noun phrase stated at its figure. */
const STANDS_AT_SUBJECT = /^\s*(?:the|its|their)\s+(?:[a-z]+\s+){0,2}([a-z]+)\s+(?:now\s+)?(?:stands|stood)\s+at\s+$/i;

/**
 * The measure of a bare figure from the noun it is put at or the subject it is stated of:
 * "the number of <noun> [<participle>]" counts the noun and says what happened to it; any other
 * phrase measures its head noun alone ("the official death toll": toll), as its modifiers are
 * often words of other measures ("officials").
 */
function subjectMeasure(clauseBefore: string, before: string, clauseStart: number, names: readonly Span[], sentenceBefore = before): string[] {
  // "The Environment Agency said its final count of dead fish in Marle Brook was": the subject
  // after who reported it, which the clause opens with.
  const lead = REPORTING_VERB.test(clauseBefore) ? REPORTED_SUBJECT_LEAD.exec(clauseBefore) : null;
  if (lead) {
    clauseStart += lead[0].length;
    clauseBefore = clauseBefore.slice(lead[0].length);
  }
  const counted = (noun: string, verb: string | undefined): string[] => {
    const out = [stem(countedNounLemma(noun))];
    const next = verb?.toLowerCase();
    if (next && (isPastVerb(next) || /[a-z]{2}ing$/.test(next))) out.push(stem(next));
    // "the number of dead fish": the word after the first is the noun the first qualifies (not a
    // verb, nor a word that ends the phrase), and the count is of it too.
    else if (next && !STOPWORDS.has(next) && !endsCountedPhrase(next) && !UNMEASURING_NOUNS.has(next)) out.unshift(stem(countedNounLemma(next)));
    return out;
  };
  const headOf = (phrase: string): string[] => {
    const words = phrase.toLowerCase().split(/\s+/);
    const of = words.indexOf("of");
    if (of > 0 && words[of - 1] === "number" && words[of + 1]) return counted(words[of + 1]!, words[of + 2]);
    const head = words[words.length - 1]!;
    return UNMEASURING_NOUNS.has(head) || DETERMINERS.has(head) ? [] : [stem(countedNounLemma(head))];
  };
  const put = PUT_AT.exec(before);
  if (put) return headOf(put[1]!);
  // (A count brought to its figure across a clause of its own: "brings the total number of jobs
  // lost since the company went into administration on 3 March to 228".)
  const acrossClauses = clauseBefore.length < sentenceBefore.length ? NUMBER_BROUGHT_TO.exec(sentenceBefore) : null;
  const number = NUMBER_OF_SUBJECT.exec(clauseBefore) ?? NUMBER_BROUGHT_TO.exec(clauseBefore) ?? (acrossClauses && !/[;]|,\s+and\b/.test(acrossClauses[0]) ? acrossClauses : null);
  // "the number waiting more than a year": the participle alone says what is counted.
  if (number) return number[1] ? counted(number[1], number[2]) : [stem(number[3]!.toLowerCase())];
  // "bringing total job losses to 228": a total of the noun after "total", with the noun before it.
  const totalOf = TOTAL_NOUN_BROUGHT_TO.exec(clauseBefore);
  if (totalOf && !UNMEASURING_NOUNS.has(totalOf[2]!.toLowerCase()) && totalOf[2]!.toLowerCase() !== "toll") return [stem(singular(totalOf[2]!.toLowerCase())), ...(totalOf[1] ? [stem(singular(totalOf[1].toLowerCase()))] : [])];
  const tally = TALLY_BROUGHT_TO.exec(clauseBefore);
  if (tally) {
    const noun = tally[1]!.toLowerCase();
    // "850 new households have registered, taking the total to": a total, tally or count of no
    // noun of its own counts what the sentence counted before it.
    const last = noun !== "toll" ? LAST_COUNTED_BEFORE.exec(before) : null;
    const what = last?.[1]!.toLowerCase();
    if (what && !STOPWORDS.has(what) && !UNMEASURING_NOUNS.has(what) && !DETERMINERS.has(what)) return counted(what, undefined);
    return [stem(noun)];
  }
  // "The final count of dead fish stands at": what the count counts.
  // (Across an "and" that joins nouns, not clauses: "The final count of complaints about smoke
  // and smell ... stood at"; no figure between.)
  const countStands = COUNT_OF_STANDS_AT.exec(clauseBefore) ?? COUNT_OF_STANDS_AT.exec(sentenceBefore);
  if (countStands) return counted(countStands[1]!, countStands[2]);
  const stands = STANDS_AT_SUBJECT.exec(clauseBefore);
  if (stands) return headOf(stands[1]!);
  const changed = CHANGED_TAIL.test(clauseBefore.slice(-60)) ? SUBJECT_CHANGED_TO.exec(clauseBefore) : null;
  if (!changed) return [];
  // Of a name ("Harlow fell to"), the subject is no measure: its words are a name's, not a noun's.
  const head = /[\p{L}-]+$/u.exec(changed[1]!)![0];
  const at = clauseStart + changed.index + changed[0].indexOf(changed[1]!) + changed[1]!.length - head.length;
  if (PRONOUNS.has(head.toLowerCase()) || names.some((n) => at >= n.start && at < n.end)) return [];
  return headOf(head);
}

/** The last word of a partitive's noun phrase: the words before the first that ends one ("injured firefighters| were"). */
function partitiveHead(words: readonly string[]): string {
  let head = words[0]!;
  for (let i = 1; i < words.length && !endsCountedPhrase(words[i]!) && !isPastVerb(words[i]!); i++) head = words[i]!;
  return head;
}

/** Words after a partitive's "of" that are no noun ("12 of them", "two of its ..."). */
const DETERMINERS = new Set("the its their these those them us our your his her which whom what a an".split(" "));

/** Nouns a figure can be "of" that say nothing of what it counts ("a total of 70"). */
const UNMEASURING_NOUNS = new Set(
  "total number figure sum amount maximum minimum average tally count group handful series set couple pair lot range list top high low peak record value score rate level increase rise fall drop cut loss gain".split(" "),
);

/** Stems of verbs that tell of an event by announcing it: "announced the fine", "unveiled the plan". */
const ANNOUNCING: ReadonlySet<string> = new Set(["announced", "unveiled"].map((w) => stem(w)));

/**
 * The stem of the head noun of what a verb announces, from the text right after the verb: "the
 * fine against TicketLoop" gives "fine", "a hosepipe ban on Monday" gives "ban"; undefined where
 * no object follows ("announced on Monday a ...", "announced that ...").
 */
function announcedThing(after: string): string | undefined {
  const m = /^\s+(?:the|a|an|its|their|his|her|new)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(after);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  let head: string | undefined;
  for (const w of words) {
    // "the fine| against TicketLoop", "a goodwill payment| of £75".
    if (endsCountedPhrase(w)) break;
    head = w;
  }
  return head && head.length >= 3 ? stem(singular(head)) : undefined;
}

/** "before" or "after" just before a date: a bound of when ("laid before 1940"), not the date itself. */
const DATE_BOUND_BEFORE = /\b(before|prior\s+to|after)\s+$/i;
/** An aim, a hope or a plan to do something, before a date it is to be done by (see `FactMention.aim`). */
const AIM_BEFORE = /\b(?:aims?|aimed|aiming|hopes?|hoped|hoping|plans?|planned|planning|intends?|intended|expects?|expected|wants?|wanted|targets?|targeted|pledged?|promised?|vowed?)\s+to\s+(?:be\s+)?\p{L}+/iu;

/** A denial and then a bound right before a date: "no longer expected to reopen before ", "will not reopen before ". */
const DENIED_BOUND_BEFORE = /\b(?:no\s+longer|not|never|n['\u2019]t)\b(?:(?!\b(?:but|and|or|that|which|who|because|while|although|though|if)\b)[^,;:])*\b(?:before|prior\s+to)\s+$/i;
/** "since" or "from" just before a date (its weekday read past: `WEEKDAY_AT_END`): where a state began ("has held the seat since 2005", "open since Monday 17 February"). */
const SINCE_BEFORE = /\b(?:since|from)\s+$/i;
/** "by" or "as of" before a date ("by Friday, 29 March", "by Good Friday, 29 March", "by the evening of Friday, March 7", "By the start of April"): what was done up to then (see `FactMention.deadline`). */
const DEADLINE_BEFORE = /\b(?:by|as\s+of)\s+(?:(?:mid|early|late)-?\s*)?(?:the\s+(?:(?:end|middle|start|beginning|morning|afternoon|evening|close)\s+of\s+)?)?(?:(?:[a-z]+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** A date a state lasts to: "until 2027", "till March", "up to 2030", "until at least the end of 2025", "until 5pm on Friday 7 March". */
const UNTIL_BEFORE = /\b(?:until|till|up\s+to)\s+(?:at\s+least\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?)?(?:the\s+(?:end|start|middle)\s+of\s+)?$/i;
/**
 * A plan called off, in the clause before its date: "would no longer open on Saturday, May 24",
 * "won't be opening on 24 May after all". The denial and the date share a simple clause (no
 * comma or new clause between). A bound is no denial ("will not reopen before 12 May"), nor a
 * failure on the day ("debits that could not be taken on 5 March": the day it failed).
 */
/** "until" after a time given: "have until", "has until", "were given until". */
const GIVEN_UNTIL_BEFORE = /\b(?:have|has|had|given)\s+(?:just\s+|only\s+)?until\b/i;
/** "until" after a denial in its clause: "will not run until", "won't reopen until". */
const NOT_UNTIL_BEFORE = /(?:\bnot|n['\u2019]t|\bnever)\s+(?:[\p{L}-]+\s+){0,3}until\b/iu;
/** A weekday that opens a date ("on Saturday, May 24", "since Monday 17 February"): read past by the words before a date. */
const WEEKDAY_AT_END = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/i;
const DATE_DENIED_BEFORE = /(?:\bno\s+longer\b|\b(?:will|would|shall)\s+(?:not|never)\b|\b(?:won|wouldn|shan)['\u2019]t\b)(?!\s+(?:until|till|before|after|later|earlier|sooner|only|just)\b)(?:(?!\b(?:but|and|or|that|which|who|when|where|because|while|although|though|if|whether|so)\b)[^,;:()\u2013\u2014])*$/i;

/** Present forms and participles of `CHANGE_VERBS`: a change to come ("will rise 2.4%") or told as it goes ("falling by 85%"). */
const CHANGE_VERBS_NOW =
  "rise|rises|rising|fall|falls|falling|increase|increases|increasing|decrease|decreases|decreasing|grow|grows|growing|drop|drops|dropping|climb|climbs|climbing|jumping|declining|slipping|soaring|surging|plunging|shrinking";
/** Verbs whose "by" gives the size of a change they make ("would lift the hourly rate by 64p"). */
const CHANGE_MAKERS_NOW = "lift|lifts|boost|boosts|raise|raises|reduce|reduces|lower|lowers|cuts|cutting|reducing|raising|lowering|lifting|boosting|trimming|revising";
const DIFFERENCE_BEFORE = new RegExp(
  `\\b(?:(?:${CHANGE_VERBS}|${CHANGE_VERBS_NOW}|gain|gains|gained|gaining)\\s+(?:by\\s+)?|(?:added|adds|adding)\\s+(?:another\\s+|an\\s+extra\\s+|a\\s+further\\s+)?|(?:${CHANGE_VERBS}|${CHANGE_VERBS_NOW}|${CHANGE_MAKERS_NOW}|won|lost|beat|beaten|led|trailed|cut|reduced|raised|lowered|widened|narrowed|enlarged|extended|expanded|lengthened|shortened|trimmed|exceeded|outnumbered|lifted|boosted|overshot|overshoots|undershot|missed|misses|surpassed|outstripped|revised)\\s+(?:[\\p{L}'-]+\\s+){0,10}?by\\s+|\\b(?:upwards?|downwards?)\\s+by\\s+|\\b(?:cut|cuts|rise|rises|increase|increases|reduction|reductions|fall|falls|drop|drops|decrease|decreases|swing|swings|deduction|deductions)\\s+of\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+)?)$`,
  "iu",
);
/**
 * A comparison after a figure: "2,876 more than", "£3m less than expected", "51 per cent less
 * likely", "a 25% lower risk", "£110m below the £1.71bn expected", "4.2 seconds clear of Kell";
 * or a change named with what changed: "the 3.8% rise in wages". Not a level on a scale: "above
 * sea level", "below zero".
 */
const COMPARISON_WORDS =
  "more|fewer|less|further|farther|higher|lower|greater|bigger|smaller|larger|cheaper|faster|slower|better|worse|shorter|longer|taller|wider|narrower|deeper|heavier|lighter|older|younger|stronger|weaker|warmer|colder|hotter|cooler|quicker|dearer|(?:later|earlier)\\s+than|(?:inside|outside)\\s+(?:the|a|an|its|his|her|their)\\s+(?:[a-z-]+\\s+)?(?:record|target|limit|time|mark|best)|(?:below|above)(?!\\s+(?:sea\\s+level|zero|freezing|ground|average))|ahead\\s+of|behind|short\\s+of|clear\\s+of";
/** A comparison (`COMPARISON_WORDS`) or a change named with what changed, after a figure. */
/** "a meal", "per head", "an hour" right after a sum, before what compares it. */
const RATE_UNIT_AFTER = /^\s+(?:a|an|per)\s+[a-z]+(?=\s+(?:more|less|fewer|higher|lower|above|below|cheaper|dearer)\b)/i;
const DIFFERENCE_AFTER = new RegExp(`^(?:\\s+per\\s+(?:cubic\\s+|square\\s+)?[a-z]+)?\\s+(?:${COMPARISON_WORDS}|(?:rise|increase|fall|drop|decline|cut|jump|reduction)s?\\s+in)\\b`, "i");

/**
 * A change a sum or count names as its own noun: "the 50p increase in the adult rate", "a £500
 * rise" (a share's "4.6% increase" may be the level a rate reached: see `isDifference`).
 */
const CHANGE_NOUNS = String.raw`(?:pay\s+)?(?:rise|increase|fall|drop|decline|decrease|cut|jump|reduction|hike|swing|deduction)\b`;
const CHANGE_NOUN = new RegExp(`^${CHANGE_NOUNS}`, "i");
/** The same right after a compound of a figure and its unit: "a 212-tonne deduction", "a 50p-an-hour rise". */
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s+${CHANGE_NOUNS}`, "i");

/** A comparison after a figure (see `DIFFERENCE_AFTER`, less its changes named with what changed). */
const COMPARISON_AFTER = new RegExp(`^\\s+(?:${COMPARISON_WORDS})\\b`, "i");
/** A margin a verb's "by" gives: "won by 2,876 votes", "led by 12 points". */
const MARGIN_VERB_BEFORE = /\b(?:won|lost|failed|beat|beaten|led|trailed|exceeded|outnumbered|defeated|passed|carried|rejected|approved|overturned)\s+(?:[\p{L}'-]+\s+){0,8}?by\s+$/iu;

const UP_WORDS = /\b(?:rose|risen|rise|rises|rising|increased?|increases|increasing|grew|grown|grows?|growing|climbed|climbs?|climbing|jumped|jumps?|soared?|surged?|(?<!\b(?:made|make|makes|making)\s)up|gained?|gains|raised?|raises|lifted|boosted|higher|doubled|doubles|tripled|trebled|quadrupled)\b/gi;
const DOWN_WORDS = /\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|shrank|shrunk|slipped|plunged|down|lost|cuts?|reduced?|lowered|lower|slumped?|halved|halves)\b/gi;

/** The way a change went by the nearest change word before its figure, else just after it ("a 5.99% rise"). */
function changeDirection(before: string, after: string): "up" | "down" | undefined {
  const last = (re: RegExp, text: string): number => {
    let at = -1;
    for (const m of text.matchAll(re)) at = m.index!;
    return at;
  };
  const near = before.slice(-20);
  const up = last(UP_WORDS, near);
  const down = last(DOWN_WORDS, near);
  if (up >= 0 || down >= 0) return up > down ? "up" : "down";
  const head = /^\s+([a-z]+)/i.exec(after)?.[1] ?? "";
  if (UP_WORD.test(head)) return "up";
  if (DOWN_WORD.test(head)) return "down";
  return undefined;
}
/** Any change word, either way (see `UP_WORDS`, `DOWN_WORDS`). */
const CHANGE_WORD = new RegExp(`${UP_WORDS.source}|${DOWN_WORDS.source}`, "i");
/** A figure a change went to, before ("to £3.1m, from the £1.8m") or after ("from 40 staff to 52") a start. */
// (With its bound or leeway: "to more than 5,600", "to just over 400".)
const TO_BOUND = String.raw`(?:(?:just\s+)?(?:(?:more|less|fewer)\s+than|over|under|almost|nearly|about|around|roughly|some)\s+)?`;
const TO_FIGURE = new RegExp(String.raw`\bto\s+${TO_BOUND}\S{0,3}\d`, "i");
// (Past the start's own words, a comma aside: "from 3,200 signatures on the Monday after the race to more than 5,600".)
const TO_FIGURE_AFTER = new RegExp(String.raw`^(?:[^.;]{0,40}?|[^.;,]{0,60}?)\bto\s+${TO_BOUND}\S{0,3}\d`, "i");
const UP_WORD = new RegExp(`^(?:${UP_WORDS.source})$`, "i");
const DOWN_WORD = new RegExp(`^(?:${DOWN_WORDS.source})$`, "i");

/** Whether a difference compares two things rather than telling a change (see `FactMention.comparison`). */
function isComparison(before: string, after: string): boolean {
  return COMPARISON_AFTER.test(after) || MARGIN_BEFORE.test(before) || (MARGIN_VERB_BEFORE.test(before) && !TALLY_TO_AFTER.test(after));
}
/** The other side of a tally, right after a figure: "by 27 votes to 19" is a tally, no margin. */
const TALLY_TO_AFTER = /^\s+(?:votes?\s+)?to\s+(?:\d|(?:nil|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b)/i;

/** Whether a figure, with the text just before and after it, is a difference rather than a level. */
function isDifference(before: string, after: string, thingsCounted: () => boolean = () => false): boolean {
  return DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(after) || MARGIN_BEFORE.test(before) || (MARGIN_VERB_BEFORE.test(before) && !TALLY_TO_AFTER.test(after)) || CHANGE_WORTH_BEFORE.test(before) || CHANGE_IS_BEFORE.test(before) || (CUT_VERB_BEFORE.test(before) && FROM_OFF_AFTER.test(after) && !(TAKEN_BEFORE.test(before) && thingsCounted())) || ANOTHER_BEFORE.test(before);
}
/**
 * A change made to an estimate or a figure, however long its object, before "by" and the change's
 * size: "raised their estimate of the value of goods the gang stole by half a million pounds".
 */
const ESTIMATE_CHANGED_BY = /\b(?:raised|revised|cut|lowered|reduced|increased|lifted|boosted|trimmed|scaled\s+back)\s+(?:the|their|its|his|her|our)\s+(?:estimate|forecast|figure|valuation|count|tally|total|projection|budget)\b(?:\s+[\p{L}'\u2019-]+){0,14}\s+by\s+$/iu;
/**
 * Verbs that tell one event by other words, as the stem its date is measured by: "found" and
 * "spotted" the skeleton, "detained" and "arrested", "quit" and "resigned", "sacked" and
 * "dismissed". By the word as written: "founded" shares a stem with "found" and is no finding.
 * (Not "shut" and "closed": "close" is a verb of any event's course, and a claim's "shut" read as
 * it met other closings.)
 */
const EVENT_SYNONYMS = new Map<string, string>([
  ...["found", "spotted", "discovered", "uncovered", "unearthed"].map((w): [string, string] => [w, "discov"]),
  ...["detained", "arrested"].map((w): [string, string] => [w, "arrest"]),
  ...["quit", "resigned"].map((w): [string, string] => [w, "resign"]),
  ...["sacked", "dismissed"].map((w): [string, string] => [w, "dismiss"]),
]);
/** Words after "found" that make it a finding of a court or an inquiry, not of a thing ("found guilty", "found that"). */
const FOUND_OF_A_VERDICT = new Set(["guilty", "liable", "responsible", "innocent", "not", "that", "to", "no"]);

/** The stem a date's event verb `word` is measured by where another word tells the same event (see `EVENT_SYNONYMS`). */
function sameEventAs(word: string, next: string | undefined): string | undefined {
  if (word === "found" && next !== undefined && FOUND_OF_A_VERDICT.has(next)) return undefined;
  return EVENT_SYNONYMS.get(word);
}

/** A tally a count was added to, later in its sentence: ", bringing the number stolen this year to". */
const TALLY_AFTER = /\b(?:bringing|taking|pushing|raising|lifting)\s+(?:the|its|their)\s+(?:[\p{L}'\u2019-]+\s+){0,9}?to\s+\d/iu;
/** "came within 132 movements of the cap": the gap to another figure (not a distance, "within 5 miles of", nor a time allowed, "within 28 days of being reported"). */
const WITHIN_BEFORE_OF = /\bwithin\s+$/i;
const WITHIN_OF_AFTER = /^\s+of\b/i;
/** "were £1.9m apart", "finished 12 points apart": the gap between two figures. */
const APART_AFTER = /^\s*(?:[a-z]+\s+)?apart\b/i;
/** The verbs of `CUT_VERB_BEFORE` that also take things away (see `isDifference`). */
const TAKEN_BEFORE = /\b(?:took|takes|taken|removed|removes)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?$/i;

/**
 * A sum saved on something is what came off it, no level of it: "Settling early saved the firm
 * £750,000 on its fine", "will save households £120 a year on their bills". Not a sum saved alone
 * ("had saved £20,000 for a deposit"): that may be a level of savings.
 */
function isSaving(before: string, after: string): boolean {
  return SAVED_BEFORE.test(before) && SAVED_ON_AFTER.test(after);
}
const SAVED_BEFORE = /\b(?:save|saves|saved|saving)\s+(?:[\p{L}'-]+\s+){0,3}$/iu;
const SAVED_ON_AFTER = /^\s+(?:(?:a|per|each)\s+(?:year|month|week)\s+)?(?:on|off)\b/i;

/** A change "worth" a figure is that size: "a drop in their repayments, worth about £29 a month", "a pay rise worth £1,200". */
const CHANGE_WORTH_BEFORE = /\b(?:drop|fall|rise|cut|increase|decrease|reduction)s?\b[^.;:]{0,60}\bworth\s+$/i;
/** "Another 77 grants were paid": a count added to one before it, no level. */
const ANOTHER_BEFORE = /(?:^|[^\p{L}])another\s+$/iu;
/**
 * "a further 316 trains were cancelled": a count added to one before it, too, but not where its
 * sentence says what it changed from ("A further 27,350 people were seriously injured in 2025,
 * down from 28,100 the year before": a level of its own, beside the deaths before it).
 */
const FURTHER_BEFORE = /(?:^|[^\p{L}])a\s+further\s+$/iu;
/** A label a figure follows ("Tickets sold: ", "Refund requests after the injury: "): the stem of its noun, the last word before any participle or preposition. */
function labelNoun(before: string): string | undefined {
  const m = LABEL_BEFORE.exec(before);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w) => LABEL_PREPOSITIONS.has(w));
  const kept = (cut >= 0 ? words.slice(0, cut) : words).filter((w) => !isPastVerb(w) && !LABEL_ADJECTIVES.has(w));
  const head = kept[kept.length - 1];
  return head && !isCalendarWord(head) && !DURATIONS.has(head) && !DURATIONS.has(singular(head)) ? stem(singular(head)) : undefined;
}
/** A sentence that opens on a label and a colon, at most five words. */
const LABEL_BEFORE = /^\s*((?:\p{L}[\p{L}'\u2019-]*\s+){0,4}\p{L}[\p{L}'\u2019-]*)\s*:\s*$/u;
const LABEL_PREPOSITIONS = new Set(["after", "before", "in", "for", "of", "from", "to", "at", "since", "during", "by", "with"]);
const LABEL_ADJECTIVES = new Set(["available", "left", "remaining", "total", "final", "so", "far"]);

/** "An extra 30 urgent dental appointments a week", "an additional 12 officers": a count added (not a sum: "an extra £975 before tax" may be a level of pay). */
const EXTRA_COUNT_BEFORE = /(?:^|[^\p{L}])an\s+(?:extra|additional)\s+$/iu;
/** "four extra passport booths", "12 additional officers", "seven further grants": a count added, said after its figure. */
const EXTRA_COUNT_AFTER = /^\s+(?:extra|additional|further)\s+\p{L}/iu;
const CHANGED_FROM_AFTER = /^[^.;]{0,80}?\b(?:up|down|rising|falling|rose|fell)\s+from\b/i;
/** A verb that takes an amount off something, just before the amount: "trimmed 18 hectares from", "knocked £2 off". */
const CUT_VERB_BEFORE = /\b(?:trimmed|trims|trim|shaved|shaves|knocked|knocks|took|takes|taken|slashed|slashes|removed|removes|cut|cuts|chopped|deduct|deducts|deducted|deducting)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?$/i;
/** What an amount is taken "from" or "off", right after it (see `CUT_VERB_BEFORE`). */
const FROM_OFF_AFTER = /^\s+(?:from|off)\b/i;
/** Sums that are results of others: "made a profit of almost £45m", "a pre-tax loss of £87m", "a shortfall of £140m". */
export const RESULT_SUMS = ["profit", "loss", "surplus", "deficit", "shortfall"] as const;
/** A result sum's noun and "of", just before its figure (see `RESULT_SUMS`). */
const RESULT_SUM_BEFORE = new RegExp(`\\b(${RESULT_SUMS.join("|")})\\s+of\\s+$`, "i");
/** A change named as its clause's subject, then its size: "The fare increase amounts to 20p", "the cut was £40", "the rise comes to". */
const CHANGE_IS_BEFORE = /\b(?:drop|fall|rise|cut|increase|decrease|reduction|hike)\s+(?:amounts\s+to|amounted\s+to|comes\s+to|came\s+to|works\s+out\s+at|is|was|will\s+be)\s+(?:(?:about|around|roughly|nearly|almost|just|some|more\s+than|less\s+than|over|under)\s+)?$/i;

/**
 * A count of containers and "of" right before a figure ("1,184,000 packs of 28 tablets"): the
 * figure is what one holds. Containers only: "35,000 populations of 5,495 species" are all the species.
 */
const CONTAINER_OF_BEFORE = /\d[\d,.]*(?:\s*(?:million|billion|m|bn))?\s+(packs|packets|boxes|bottles|cartons|crates|bags|sacks|tins|cans|jars|trays)\s+of\s+$/;

/** Words that make a clause's figure a sum of parts (see `FactMention.total`). */
const TOTAL_WORDS = /\b(?:a\s+total\s+of|add(?:s|ed|ing)?\s+up\s+to|in\s+total|totall?ing|between\s+them|combined|in\s+all|altogether|all\s+told|over\s+the\s+(?:whole\s+)?course\s+of|over\s+(?:the|its)\s+(?:whole|entire)\s+(?!(?:day|weekend|week|fortnight|month|year)s?\b)\p{L}+)\b/iu;
/** A sentence that opens by adding things up, before its figure: "Adding X to Y puts the cost at". */
const ADDING_OPENING = /^\s*(?:adding|add)\s+[^.;]*?\bto\b[^.;]*\b(?:puts?|brings?|takes?|makes?|gives?)\b[^.;]*$/i;
/** A sum's words opening a sentence before its first comma: "Together, ...", "In all, ...". */
const OPENING_SUM = /^\s*(together|between\s+them|altogether|in\s+all|all\s+told|in\s+total|combined)\s*,/i;

/**
 * A clause opening on a subject of none ("Neither of the earlier fires", "None of the stalls") and
 * a verb before the figure it ends at, which is no figure of that subject's own noun phrase (see
 * `FactMention.negated`).
 */
const NONE_OF_SUBJECT = /^\s*(?:neither|none)\s+of\s+[^,;:]*?\b(?:was|were|is|are|has|have|had|will|would|could|can|did|does|do|\p{L}+ed)\s+(?![^,;:]*\b(?:the|its|their|his|her|our|whose)\s+$)(?![^,;:]*['\u2019]s?\s+$)[^,;:]*$/iu;

/** "for" right before a span: "for about 13 years". (Not "in": "never seen the river this low in forty years" is a span lived through, as "in four decades of farming" is.) */
const SPAN_OF_BEFORE = /\bfor\s+$/i;
/** A clause that says what did not happen: "had not lost", "has never closed", "hasn't flooded". */
const CLAUSE_DENIES = /\b(?:not|never)\b|n['\u2019]t\b/i;
/** A change denied: "has not changed", "had never risen", "hasn't been reviewed". */
const CHANGE_DENIED = /(?:\b(?:not|never)|n['\u2019]t)\s+(?:(?:been|yet)\s+)?(?:changed|risen|rose|increased|gone\s+up|moved|updated|reviewed|raised|altered|budged)\b/i;
/** A denial right before a figure (see `FactMention.negated`); "not more than 40" is a bound, read by its qualifier. */
const NEGATED_BEFORE = /\b(?:no\s+longer|not|never|n['\u2019]t)\s+(?:(?:a|an|the|just|only|merely|yet|even)\s+)?$/i;

/**
 * A state said of counted things just after them (see `FactMention.state`): in use or working
 * ("running", "open", "in service"), or not ("idle", "closed", "out of action").
 */
const STATE_AFTER = /^\s+(?:(?:still|now|currently|were|are|was|is|remain|remained|stayed|left)\s+){0,2}(?:((?:running|operating|working)(?!\s+(?:from|between|until|to|through)\b)|open|operational|online|in\s+(?:service|operation|use))|(idle|closed|shut|offline|suspended|out\s+of\s+(?:action|service|operation|use)|not\s+(?:running|operating|working)))\b/i;

/**
 * A count's clause, after its figure, saying its things did not, or have yet to (see
 * `FactMention.without`): "did not sit", "have yet to be felled", "never returned", "failed to finish", "was
 * missing", "were left untouched" (a share too: "one in five ... was missing a dose" is not "81.4% had both");
 * in the count's own clause (not "hit 31 winners to Kovacs's 14 and did not face a break point").
 */
const NOT_DONE_AFTER = /^(?:(?!\b(?:and|but|while|whereas|or)\b)[^,;:.!?()\d\u2013\u2014]){0,60}?\b(?:(?:did|do|does|have|has|had|were|was|are|is|could|can|would|will)\s*(?:not|n['\u2019]t|never|yet\s+to|still\s+to)|(?:was|were|is|are|remain|remained)\s+(?:still\s+)?(?:missing|without|lacking)|(?:was|were|is|are|left|remain|remained|stayed)\s+(?:left\s+|still\s+)?(?:untouched|unharmed|unaffected|unscathed|unsold|unclaimed|unpaid)|never|failed\s+to|remain\s+to\s+be)\b/i;
/** Those without, right after a count's noun: "Three fishermen missing", "300 homes without power" (not "searched for the missing swimmers"). */
const WITHOUT_RIGHT_AFTER = /^\s+(?:[\p{L}'\u2019-]+\s+){0,2}?(?<!\b(?:the|a|an|for|of|with|to|and|or)\s+)(?:missing|without|lacking)\b/iu;
/** The whole a part is said of, just before its figure: "Three of the 14", "11 of those 14". */
/** The whole a part is of, right after the part's figure: "460 of the estimated 1,600" (read past by `NOT_DONE_AFTER`). */
const PARTITIVE_WHOLE_AFTER = /^\s+of\s+(?:the|its|their|those|these)\s+(?:\p{Ll}+\s+)?[\d][\d,.]*/u;
/** A part's figure whose span ends on its whole's "of the" ("460 of the estimated"): its whole's figure comes next. */
const PARTITIVE_OF_BEFORE = /\bof\s+(?:the|its|their|those|these)(?:\s+\p{Ll}+)?$/u;
const WHOLE_FIGURE_AFTER = /^\s+\d[\d,.]*/;
const WHOLE_OF_BEFORE = /\bof\s+(?:the|its|their|those|these|his|her)\s+$/i;

/** The state `after` (the text after a count's noun) gives its things, if any (see `STATE_AFTER`). */
function stateAfter(after: string): FactMention["state"] {
  const m = STATE_AFTER.exec(after);
  return !m ? undefined : m[1] ? "on" : "off";
}

/** Words that set a place aside: "outside Britain", "excluding London", "except in Scotland". */
const SET_ASIDE_BEFORE = /\b(?:outside(?:\s+of)?|excluding|except(?:\s+(?:for|in))?|apart\s+from)\s+(?:the\s+)?$/i;

/** Whether the place at `span` is set aside by the words before it (see `SET_ASIDE_BEFORE`), or is what a record is measured against (`MEASURED_AGAINST`). */
function setAside(text: string, span: Span): boolean {
  if (SET_ASIDE_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))) return true;
  // "the second-largest ... after the 2003 Cold Fell fire": the place of what a record is measured against.
  return MEASURED_AGAINST.test(text.slice(Math.max(0, span.start - 100), span.start).replace(YEAR_AT_END, ""));
}
const YEAR_AT_END = /\b\d{4}\s+$/;
/**
 * Whether the place at `span` is where a body is based ("is based in Leeds and runs about 1,900
 * buses"): no scope of its figures (a term of the sentence still: a claim may say where the body
 * is based). Not "a US-based consortium", which may say whose the figure is.
 */
function seatOfBody(text: string, span: Span): boolean {
  return BASED_IN_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start));
}
/** Where a body is based: "is based in", "headquartered in" (not "users were based in Britain": where people are is their count's scope). */
const BASED_IN_BEFORE = /\b(?:(?:is|was)\s+(?:now\s+)?based|headquartered)\s+in\s+$/i;

/** A majority or a lead "of" a figure is a margin: "a majority of 112 seats", "a lead of 12 points". */
const MARGIN_BEFORE = /\b(?:majority|lead|margin)\s+of\s+$/i;

/**
 * The age measures of whom a "-year-old" age belongs to, by name (see `ageMeasuresOfName`: the
 * surname, and the first name where one is given): "Helen Okafor, a 34-year-old ...", "Tom
 * Hollins, the 56-year-old owner ...", "Rudd is a 52-year-old ...", "52-year-old Mark Rudd".
 */
/** Subject pronouns a relative clause's verb may follow ("that he submitted"). */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/**
 * Whether a relative clause's past verb stands at token `k`, or after a subject of names or a
 * pronoun ("that Pellow submitted", "which she signed"), before `end`.
 */
function relativeVerbAt(tokens: readonly Token[], k: number, end: number): boolean {
  for (let n = 0; n < 4 && tokens[k + n] && tokens[k + n]!.span.end <= end; n++) {
    const t = tokens[k + n]!;
    if (isPastVerb(t.lower)) return true;
    if (!(t.capitalised || SUBJECT_PRONOUNS.has(t.lower))) return false;
  }
  return false;
}

/** Words before a name that set another beside it: "Besides", "As well as", "Apart from". */
const BESIDE_ANOTHER_BEFORE = /\b(?:besides|as\s+well\s+as|apart\s+from|along\s+with|alongside|unlike|except\s+for|other\s+than)\s+$/i;

function hyphenatedAgeOwner(before: string, after: string): string[] | undefined {
  // The description after the name may open with an owner's possessive: "Harriet Olumide,
  // Meridian's 56-year-old chief executive", "Okafor, the club's 34-year-old captain".
  const m = /((?:\p{Lu}[\p{L}'\u2019-]*\s+)?\p{Lu}[\p{L}'\u2019-]*\p{Ll})(?:\s*,\s*|\s+(?:is|was)\s+)(?:an?|the|his|her|its|their|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['\u2019]s?)\s+$/u.exec(before);
  const surname = m ? /\S+$/.exec(m[1]!)![0] : undefined;
  // (Not a name set beside another: "Besides Graham Pettit, a 38-year-old woman suffered ...".)
  if (m && !isCalendarWord(surname!.toLowerCase()) && !BESIDE_ANOTHER_BEFORE.test(before.slice(0, m.index))) return ageMeasuresOfName(m[1]!);
  // A name after the age: at least a first name and a surname, so "a 20-year-old Briton" is not one.
  const n = /^\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+)+\p{Lu}[\p{L}'\u2019-]*\p{Ll})\b/u.exec(after);
  return n ? ageMeasuresOfName(n[1]!) : undefined;
}


/** Offsets where a clause starts: punctuation, dashes and clause-opening words. */
function clauseBoundaries(text: string, tokens: Token[], places: readonly Span[] = []): number[] {
  const out: number[] = [];
  // "in England, Wales and Northern Ireland" is one list of places: its commas and its "and" open no clause.
  const endsPlace = (t: Token | undefined) => !!t && places.some((p) => p.end === t.span.end);
  const startsPlace = (t: Token | undefined) => !!t && places.some((p) => p.start === t.span.start);
  // "Yorkshire and the North East": a place of the list may open with "the".
  const opensPlace = (i: number) => startsPlace(tokens[i]) || (tokens[i]?.lower === "the" && startsPlace(tokens[i + 1]));
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.span.end, tokens[i]!.span.start);
    // "on Monday, 12 February" is one date: the comma after a weekday opens no clause.
    if (/[,;:()]|\s-\s|"/.test(gap)) {
      const listed = /^,\s*$/.test(gap) && (WEEKDAYS.has(tokens[i - 1]!.lower) || (endsPlace(tokens[i - 1]) && opensPlace(i)));
      if (!listed) out.push(tokens[i]!.span.start);
    } else if (CLAUSE_WORDS.has(tokens[i]!.lower)) {
      const listed = (tokens[i]!.lower === "and" || tokens[i]!.lower === "or") && endsPlace(tokens[i - 1]) && opensPlace(i + 1);
      if (!listed) out.push(tokens[i]!.span.start);
    }
  }
  return out;
}

/** A word that makes a verb of a clause (its subject then holds more than a noun's words). */
const FINITE_VERB = /\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|do|said|says)\b/i;
/**
 * A clause that opens on a copula before its figure: "is 82 million litres a day", "was about 40".
 * Not a running total's "stood at" or "remains": read with its subject, an older tally of money
 * ("The supporters' fundraiser for HeadSafe, the brain injury charity, stood at £14,750") would
 * rival a claim's final one, and money is no tally the checker dates (see docs/notes.md).
 */
const COPULA_OPENING = /^(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:\S+\s+){0,3}$/i;

function clauseOf(figure: Span, boundaries: number[], sentence: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const b of boundaries) {
    if (b <= figure.start) start = b;
    else if (b >= figure.end) {
      end = b;
      break;
    }
  }
  return { start, end };
}

/** The -ing verb right before `at` ("killing| at least 312 people"), lower case, if any. */
function participleBefore(text: string, tokens: readonly Token[], at: number): Token | undefined {
  let prev: Token | undefined;
  for (const t of tokens) {
    if (t.span.end > at) break;
    prev = t;
  }
  if (!prev || prev.capitalised || !prev.lower.endsWith("ing") || !isContent(prev)) return undefined;
  return /^\s+$/.test(text.slice(prev.span.end, at)) ? prev : undefined;
}

/** "from" right before a figure. */
const FROM_JUST_BEFORE = /\bfrom\s+$/i;
/** "to" right before a figure. */
const TO_JUST_BEFORE = /\bto\s+$/i;

/** A plural noun's singular, enough for stems to meet ("users" -> "user"). */
function singular(word: string): string {
  return singularise(word.toLowerCase());
}

/** What is left, after a count: "fourteen races to go", "two laps remaining". */
/** Before a count: "the remaining 5 per cent", "was left with 13 shops", "leaving it with 13", "leaving just 13". */
const REMAINING_BEFORE = /\bthe\s+remaining\s+$|\b(?:left|leaves|leaving)\s+(?:(?:it|them|him|her|us|the\s+[\p{L}-]+)\s+)?with\s+(?:just\s+|only\s+)?$|\bleaving\s+(?:just|only)\s+$/iu;
const REMAINING_AFTER = /^\s+(?:to\s+go|remaining|still\s+to\s+(?:play|run|come|go))\b|^(?:\s+of(?:\s+[\p{L}\d,.'\u2019-]+){1,6}?)?\s+(?:still|yet)\s+to\s+be\s+\p{Ll}{3,}/iu;
/** Things still where they were taken ("16 flood-damaged objects are still with conservators"): what is left to do. */
const STILL_AFTER = /^[^,.;]{0,40}?\b(?:are|is)\s+still\s+(?:with|in|at|under|being|awaiting)\b/i;
/**
 * A state the counted are still in, after the count in its clause: "233 households living closest
 * to the beck remain displaced", "three remain in hospital", "40 homes were still cut off": those
 * left in it, not all who were ("412 homes were evacuated").
 */
const STILL_IN_A_STATE_AFTER = /^[^,.;:()\u2013\u2014]{0,50}?\b(?:remain|remains|remained|(?:are|were|is|was)\s+still)\s+(?:\p{Ll}{3,}ed\b(?!\s+(?:by|to|from|at|with)\b)|cut\s+off\b|in\s+hospital\b|homeless\b|unaccounted\s+for\b|out\s+of\s+(?:their\s+)?homes?\b)/iu;
/** Votes against, after a figure in its clause: "1,748 against", "voted against the move", "were cast against". */
const VOTES_AGAINST_AFTER = /^[^,;:.()]{0,50}?\b(?:voted|voting|votes?|cast|ballots?)\b[^,;:.()]{0,20}?\bagainst\b/i;
/** "against" right after a bare figure: "4,591 for and 1,748 against" (not "6,800 homes against noise"). */
const BARE_AGAINST_AFTER = /^\s+against\b/i;
/** A word after a span of time that says it runs from another time: "eight days later", "two weeks earlier" (see `FactMention.offset`). */
/** A span's "after" or "before" and an event's noun: " after the inspection", " before its opening". */
const EVENT_AFTER_SPAN = /^\s+(?:after|before)\s+(?:the|a|an|its|his|her|their)\s+\p{L}/iu;
/** Words before a span of time that make it how long a state lasted or when ("for", "lasted", "sentenced to", "after", "within"). */
const LASTED_BEFORE = /\b(?:for|lasted|lasting|spent|took|to|after|within|in|inside)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|just\s+(?:over\s+|under\s+)?)?$/i;
const OFFSET_AFTER = /^\s+(later|after|afterwards|earlier|before|beforehand|ago|previously)\b/i;
/** "above its previous record", "below the old high": a length past a mark, a difference. */
const ABOVE_A_MARK_AFTER = /^\s+(?:above|below)\s+(?:(?:its|the|their)\s+)?(?:previous\s+|old\s+|last\s+)?(?:record|peak|high|best|mark)\b/i;
/** "of the £180,000" after a share: a share of a sum the sentence states. */
const SHARE_OF_SUM_AFTER = /^\s+of\s+(?:(?:the|its|their|a|an)\s+)?[£$€]\s?\d/u;
/** The measure a share of a stated sum adds to "percent" (see `SHARE_OF_SUM_AFTER`). */
export const SHARE_OF_SUM = "share-of-sum";
/** "still had", "now has" before a count ("still had 45 lorries to fit", "now has 11 games to save itself"): with `TO_DO_AFTER`, what is left to do. */
const STILL_HAD_BEFORE = /\b(?:(?:still|now)\s+)?(?:had|has|have)\s+(?:(?:just|only|about|around|some|nearly|almost|more\s+than|over)\s+)?$/i;
/** What is still to do, said before a count in its clause: "the area he still has to lift from 150 hectares". */
const STILL_TO_DO_BEFORE = /\bstill\s+(?:has|have|had)\s+to\s+\p{Ll}{3,}\b[^.;,]{0,50}$/u;
/** An infinitive after a count's noun ("45 lorries to fit", "12 homes left to be rebuilt"). */
const TO_DO_AFTER = /^\s+(?:left\s+)?to\s+(?:be\s+)?\p{Ll}{2,}/u;
/**
 * "left" after a count with its noun ("three games left", "11 games of the season left", "16 houses
 * will be left on Cliff Lane"), not a verb ("467,000 left", "12 people left the UK") nor a state
 * ("will be left without power").
 */
const COUNT_LEFT_AFTER = /^(?:\s+of\s+(?:the|its|their)\s+\p{Ll}+)?\s+(?:left\b(?!\s+(?:the|a|an|his|her|their|its|our|for|from|behind|with|after|home|office|school|hospital|work|in|on)\b)|(?:will|would|should)\s+(?:then\s+|still\s+)?be\s+left\b(?!\s+(?:behind|with|without|homeless|out|to|over)\b))/iu;
/** The measure a count of what is left adds to its own (see `REMAINING_AFTER`, `COUNT_LEFT_AFTER`). */
export const REMAINING = "remaining";
/** The measure of an age bound ("were under 18"; see `isAgeBound`). */
const AGE_BAND = "age band";
/** A copula, "aged" or "of them" right before an age bound (see `isAgeBound`). */
const AGE_BOUND_BEFORE = /\b(?:are|were|is|was|aged|of\s+them|of\s+whom)\s+$/i;
/** Whether `q` is an age bound: a bare whole number under or over, after a copula ("were under 18", "aged over 65"). */
function isAgeBound(q: Quantity, before: string): boolean {
  return !q.unit && !q.currency && !q.percent && (q.qualifier === "under" || q.qualifier === "over") && Number.isInteger(q.value) && q.value >= 2 && q.value <= 110 && AGE_BOUND_BEFORE.test(before);
}
/** "out of" before a figure: the top of the scale the figure before it is on. */
const OUT_OF_BEFORE = /\bout\s+of\s+$/i;
/** The measure of the top of a scale ("out of 100"). */
export const SCALE_TOP = "scale top";
/** A bare figure scored: "scored 91.4", "with a score of 98.2". */
const SCORED_BEFORE = /\b(?:scored|scores|scoring|(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?score\s+of)\s+$/i;
/** ", or" right before a figure: it restates the figure before ("85 pence, or 8.5%", "85p an hour, or £884 over a year"). */
const RESTATED_BEFORE = /\d[^,;:]{0,30},\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/;

/** A preposition of where, before a count: "in 115 countries", "across 12 sites". */
const COUNT_WHERE_BEFORE = /\b(?:in|across|at|among)\s+$/i;
/** "in traditional album sales", "in damages": the kind of amount a figure is, after it. */
const AMOUNT_IN_AFTER = /^\s+in\s+(?:[a-z-]+\s+){0,3}?(sales|revenues?|donations|damages|fines|compensation|subsidies|grants|bonuses|profits|payouts)\b/i;
/** A partitive's "of" after its figure: "390,000 of the recalled cars", "10,000 of EncroChat's users". */
const PARTITIVE_AFTER = /^\s+of\s+(?:(?:the|its|their|these|those|our|his|her|[\p{Lu}][\p{L}]*['\u2019]s)\s|them\b|which\b|whom\b)/u;
/**
 * A whole after a part's figure narrowed by a clause of what was done to it, in the perfect or the
 * passive ("of the routes Marrowdale has withdrawn", "of the homes that were flooded"; see
 * `FactMention.ofNarrowedWhole`). Not a participle before its noun ("85 of the stolen coins": all
 * the coins at issue were stolen), nor a simple past ("three of the counts he faced": all of them).
 */
const NARROWED_WHOLE_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+)?of\s+(?:the|its|their|these|those|our|his|her)\s+\p{Ll}{3,}\s+(?:(?:that|which|who)\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+|(?:\p{Lu}[\p{L}'\u2019-]+\s+){1,3}(?:has|have|had)\s+|(?:it|they|he|she|we)\s+(?:has|have|had)\s+)(?:\p{Ll}{3,}ed|${EN_PARTICIPLES}|cut|shut|lost|sold)\b`,
  "u",
);
/** The rest of a whole just before a figure: "while the other eight can be repaired", "the remaining 30". */
const REMAINDER_BEFORE = /\bthe\s+(?:other|remaining)\s+$/i;
/** "112 oiled birds had been brought in, of which 29 had died": a part of the things named before. */
const PART_OF_WHICH_BEFORE = /\bof\s+(?:which|whom)\s+$/i;
/** The opening span of a longer one, just before a duration: "in the first two years of the deal", "its first 48 hours". */
const FIRST_SPAN_BEFORE = /\b(?:the|its|their|his|her)\s+first\s+$/i;
/** "four of them in intensive care", "12 of them on foot": a part with no verb of its own, only where it is. */
const PART_WITHOUT_VERB_AFTER = /^\s+of\s+(?:them|those|these)\s*(?:[,;.)\u2013\u2014]|$|(?:in|on|at|under|inside|outside|abroad|overseas|behind|by|with|without|as)\b)/u;
/** A part's "including" or "of which" right before it ("including four in intensive care"). */
const INCLUDING_BEFORE = /\b(?:including|of\s+which)\s+$/i;
/** Only where a part is, or the end of its clause, after it: no verb of its own. */
const WHERE_NOT_VERB_AFTER = /^\s*(?:[,;.)\u2013\u2014]|$|(?:in|on|at|under|inside|outside|abroad|overseas|behind|by|with|without|as)\b)/u;
/** "alone" after a name or noun before a figure, not "left alone" nor "lives alone": a part of a whole. */
const ALONE_BEFORE = /(?<!\b(?:left|leave|leaves|leaving|be|been|was|were|is|are|live|lives|lived|living|stand|stood|went|go)\s+)\balone\b[^.;:]{0,60}$/i;
/**
 * A sum's whole right after a sum: "£38m of the spaceport's construction bill", "£2m of its budget";
 * or the whole a sum is paid out of ("£16,350 from its events budget", "£60,000 out of its fund").
 */
const SUM_PART_AFTER = /^\s+(?:of|from|out\s+of)\s+(?:the|its|their|this|that|[\p{Lu}][\p{L}]*['\u2019]s)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(bill|cost|costs|budget|total|fund|funding|pot|package|spending|sum|price|payout|settlement|revenue|income|turnover|fee|fees|deal|award|grant|loan|prize|jackpot|compensation)\b/u;
/** The whole a sum is paid out of, as `SUM_PART_AFTER` reads it ("from its events budget"): no share of it. */
const PAID_FROM = /^\s+(?:from|out)\b/;
/** A sentence opening on the whole a figure right after it is a part of: "Of the eight workers on the deck, ". */
/** " of the 210 hectares", " of its roughly 4,100-hectare estate": a whole in the figure's own unit (not "58 laps of the 5.12-kilometre circuit"). */
function measuredWholeAfter(after: string, unit: string): boolean {
  const m = MEASURED_WHOLE_AFTER.exec(after);
  return !!m && singular(m[1]!.toLowerCase()) === singular(unit.toLowerCase());
}
const MEASURED_WHOLE_AFTER = /^\s+of\s+(?:the|its|their)\s+(?:(?:about|around|roughly|some|nearly|almost|estimated|total|entire)\s+)?\d[\d,.]*[\s-](\p{L}+)/iu;
/** "Including nine cases linked to cafés elsewhere, 72 people were made ill": a part the sentence opens on, of the whole it goes on to give. */
const INCLUDING_OPENING = /^\s*including\s+$/i;
// (A figure's thousands comma is no clause's end: "Of the 11,900 homes in the original draft, 6,750 ...".)
const PARTITIVE_OPENING = /^\s*of\s+(?:the|its|their|these|those)\s(?:[^,;]|,(?=\d{3})){1,80},\s*(?:(?:only|just|barely|a\s+mere)\s+)?$/i;
/** "shared the prize with two other scientists", "and three others": a count of those besides someone, a part of the whole. */
const OTHERS_AFTER = /^\s+others?\b/i;
/**
 * Words right after a count and its noun that leave a part of the whole out: "6,700 seats outside
 * the Riverside Stand", "staff other than doctors"; the words of what is left out.
 */
const REST_AFTER = new RegExp(String.raw`^\s+(?:${LEAVING_OUT})\s+(?:the\s+|its\s+|their\s+)?([\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+){0,3})`, "iu");

/** A plural noun right before "on" or "in" and a date ("results on 29 April"). */
const DATED_NOUN_BEFORE = /\b(\p{Ll}{3,}s)\s+(?:on|in)\s+$/u;

/** The name of the last person named in the few sentences before `at`, if any. */
function lastPersonBefore(text: string, at: number): string | undefined {
  const people = findEntities(text, Math.max(0, at - 400), at).filter((e) => e.type === "person");
  return people[people.length - 1]?.name;
}

/**
 * The last person named in the 3,000 characters before `at` with the role `role` (see
 * `givenRole`), as that mention writes their name: "the singer" is the last one the text called
 * a singer, whoever it named since.
 */
function personGivenRole(text: string, at: number, role: string): string | undefined {
  const people = findEntities(text, Math.max(0, at - 3000), at).filter((e) => e.type === "person");
  for (let i = people.length - 1; i >= 0; i--) if (givenRole(text, people[i]!, role)) return people[i]!.name;
  return undefined;
}

/**
 * Whether the text gives `person` the role `role` just before their name, or as its first words
 * ("Singer Nadia Vale", "Chelsea striker Jo Cole"): the role word then only capitalised words.
 */
function givenRole(text: string, person: EntityMention, role: string): boolean {
  const lead = text.slice(Math.max(0, person.span.start - 40), person.span.start) + person.text.slice(0, person.text.lastIndexOf(" ") + 1);
  const at = lead.toLowerCase().lastIndexOf(role);
  if (at < 0 || (at > 0 && /\p{L}/u.test(lead[at - 1]!))) return false;
  return /^(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}\s+$/u.test(lead.slice(at + role.length));
}

/** The measure of every tally (see `measureOf`). */
const TALLY = "tally";

function measureOf(q: Quantity, text: string, tokens: Token[], clause: Span, before: string, sentence: Span, names: readonly Span[]): string[] {
  const out: string[] = [];
  if (q.currency) out.push("currency:" + q.currency);
  if (q.percent) out.push("percent");
  // A tally is measured as one ("voted 5-4", "won 2-0"): its clause tells whose.
  if (q.tally !== undefined) out.push(TALLY);
  if (q.unit) {
    // A goal is one measure however it is called ("£25,000 goal", "£25,000 target").
    const u = GOAL_NOUNS.test(q.unit) ? "target" : stem(q.unit.toLowerCase());
    out.push(u);
    // "a nine-member board", "a nine-strong board": the size of the body named after it, measured
    // by that body too (a size stated: see `FactMention.size`).
    const body = isHyphenedSize(text, q) ? sizedBody(text, tokens, q) : undefined;
    if (body) out.push(body);
    const family = physicalFamily(q.unit);
    if (family) out.push(family);
    if (GENERIC_UNITS.has(q.unit.toLowerCase()) && /-/.test(text.slice(q.valueSpan.start, q.span.end))) {
      // A compound adjective ("a six-month contract", "a four-digit code") measures its noun.
      // Its noun is the first lowercase word after it, past names ("a six-month EncroChat contract").
      const after = tokens.filter((t) => t.span.start >= q.span.end).slice(0, 3);
      const next = after.find((t) => !t.capitalised && isContent(t));
      const age = AGE_TEXT.test(q.text);
      const ownNoun = !!next && !/[,.;:]/.test(text.slice(q.span.end, next.span.start));
      if (next && ownNoun) {
        out.push(next.stem);
        // An age is its own measure, of whom it describes: "a 67-year-old man" is the man's age,
        // not a count of men or of years, and "a 67-year-old woman" is another fact. The noun is
        // the last of the words that follow ("a 34-year-old former paramedic": paramedic).
        if (age && !isPastVerb(next.lower)) out.push("age:" + headNoun(text, tokens, next).stem);
      }
      // And of whom by name: "Okafor, a 34-year-old ..." is Okafor's age, as "Okafor, 34," is.
      const owner = age ? hyphenatedAgeOwner(before, text.slice(q.span.end, Math.min(sentence.end, q.span.end + 60))) : undefined;
      if (owner) out.push(...owner);
      // "The 24-year-old, running only his third marathon, ...": an age opening its sentence with
      // no noun of its own is the last person the text named before it.
      if (age && !owner && !ownNoun && /^\s*the\s+$/i.test(text.slice(sentence.start, q.span.start))) {
        const named = lastPersonBefore(text, sentence.start);
        // By the same names as "Daniel Kiprono, 25," is.
        if (named) out.push(...ageMeasuresOfName(named));
      }
      // "Singer Nadia Vale ... The 27-year-old singer, who ...": an age opening its sentence with
      // the role the text gave the last person it named, just before or in the name, is theirs.
      if (age && !owner && next && ownNoun && !isPastVerb(next.lower) && /^\s*the\s+$/i.test(text.slice(sentence.start, q.span.start))) {
        const named = personGivenRole(text, sentence.start, headNoun(text, tokens, next).lower);
        if (named) out.push(...ageMeasuresOfName(named));
      }
    }
    // "has 28 days to appeal", "24 hours to respond": a span of time given for something; "the
    // biggest at Marsh Lane for 11 years": the span a record has stood, measured by its superlative.
    if (DURATIONS.has(q.unit.toLowerCase())) {
      const record = SUPERLATIVE_FOR.exec(before);
      if (record) out.push(stem(record[1]!.toLowerCase()));
      const given = /^\s+to\s+([a-z]{3,})\b/.exec(textAfter(text, q.span.end, 30));
      if (given && !EMPTY_PURPOSES.has(given[1]!)) out.push(stem(given[1]!));
      // "construction will take about 18 months", "The journey takes 40 minutes": the span a
      // thing takes or lasts is measured by that thing.
      const taken = TAKES_BEFORE.exec(before);
      const thing = taken?.[1]!.toLowerCase();
      if (thing && !STOPWORDS.has(thing) && !TAKEN_BY_NO_THING.has(thing)) out.push(stem(singular(thing)));
      // "will receive a full refund within 30 days": a span within which something is to be
      // done, measured by its clause's verb (after "will", or in the past).
      if (WITHIN_BEFORE.test(before)) {
        tokens.forEach((t, i) => {
          if (t.span.start < clause.start || t.span.end > q.span.start || t.capitalised || t.numeric || !isContent(t)) return;
          if (isPastVerb(t.lower) || (i > 0 && MODALS.has(tokens[i - 1]!.lower))) out.push(t.stem);
        });
      }
      // "against a target of seven minutes", "The target for these calls is 18 minutes": a span a
      // noun is set at is measured by that noun.
      const set = NOUN_OF_BEFORE.exec(before) ?? COPULA_SUBJECT_BEFORE.exec(text.slice(clause.start, q.span.start));
      if (set && !UNMEASURING_NOUNS.has(set[1]!.toLowerCase())) out.push(stem(singular(set[1]!.toLowerCase())));
    }
    if (GENERIC_UNITS.has(q.unit.toLowerCase())) {
      // The verb of the clause says what happened to the people counted ("were arrested"), or
      // what they are doing ("are living with dementia"); the figure's own words ("an estimated
      // 892,000 people", "seven years") say nothing of them.
      let previous: Token | undefined;
      let verbs = 0;
      for (const [i, t] of tokens.entries()) {
        const auxiliary = previous;
        previous = t;
        if (t.span.start < clause.start || t.span.end > clause.end) continue;
        // "65,000 people were due to arrive": what they were due to do.
        const planned = t.span.start > q.span.end ? dueTo(tokens, i) : undefined;
        if (planned) {
          out.push(planned);
          verbs++;
        }
        if (t.span.start >= q.span.start && t.span.end <= q.span.end) continue;
        if (t.span.start < q.valueSpan.start - 40 || !isContent(t) || t.lower === "aged") continue;
        const done = !t.capitalised && isPastVerb(t.lower);
        const doing = t.span.start > q.span.end && !t.capitalised && /[a-z]{2}ing$/.test(t.lower) && !!auxiliary && PROGRESSIVE_AUX.has(auxiliary.lower);
        // "employs 180 people", "serves hot meals to 300 people": a verb of keeping or serving
        // people, in any tense, before their count.
        const keeps = !t.capitalised && t.span.end <= q.span.start && HEADCOUNT_VERBS.has(t.stem);
        // "About 1,800 people live within 200 metres": what the people counted do, in the present,
        // the word just after them with a preposition or an article after it.
        const does = i > 0 && tokens[i - 1]!.span.end === q.span.end && !t.capitalised && !t.numeric && !/(?:ing|ly|s)$/.test(t.lower) && PERSON_UNITS.has(q.unit.toLowerCase()) && PRESENT_OBJECT_AFTER.test(textAfter(text, t.span.end, 12));
        if (done || doing || keeps || does) {
          out.push(t.stem);
          verbs++;
        }
      }
      // "put Rovers ahead after 23 minutes": a span of time opening a clause of its own times the
      // event of the clause before, where its own says none.
      if (DURATIONS.has(q.unit.toLowerCase()) && !verbs && AFTER_A_SPAN.test(before)) {
        for (const t of tokens) {
          if (t.span.end > clause.start || t.span.start < Math.max(sentence.start, q.span.start - 60)) continue;
          if (!t.capitalised && isContent(t) && isPastVerb(t.lower)) out.push(t.stem);
        }
      }
    }
  }
  if (q.ofNoun) out.push(stem(q.ofNoun.toLowerCase()));
  if (!q.unit && !q.currency && !q.percent) {
    // A partitive counts its noun: "10,000 of EncroChat's users", "171 of the arrests".
    // Past the whole's own figure: "12 of its 160 routes"; its head past modifiers: "two of the 16
    // injured firefighters| were taken".
    const m = /^\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|[\p{Lu}][\p{L}]*['\u2019]s\s+)?(?:\d[\d,.]*\s+)?([a-z]+(?: [a-z]+){0,2})/u.exec(textAfter(text, q.valueSpan.end, 60));
    const head = m ? partitiveHead(m[1]!.split(" ")) : undefined;
    if (head && !DETERMINERS.has(head) && !PLACE_ADVERBS.has(head)) out.push(stem(singular(head)));
    // A noun the figure is "of": "a majority of 2,876", "a population of 20,000".
    const n = NOUN_OF_BEFORE.exec(before);
    if (!m && n && !UNMEASURING_NOUNS.has(n[1]!.toLowerCase())) out.push(stem(n[1]!.toLowerCase()));
    // "scored 91.4", "a score of 98.2 out of 100": a score, whatever a score alone says elsewhere.
    if (SCORED_BEFORE.test(before)) out.push("score");
    // A noun the figure is put at ("put the magnitude at 7.2"), or the subject that stands at it
    // or changed to it ("The number of people killed ... has risen to 517", "the toll stands at 604").
    if (!m && !n) out.push(...subjectMeasure(text.slice(clause.start, q.span.start), before, clause.start, names, text.slice(Math.max(sentence.start, q.span.start - 160), q.span.start)));
  }
  // "268,000 in traditional album sales", "$4m in donations": what the figure is an amount of.
  const amountOf = !q.percent ? AMOUNT_IN_AFTER.exec(textAfter(text, q.span.end, 50)) : null;
  if (amountOf) out.push(stem(amountOf[1]!.toLowerCase()));
  // "a face value ranging from £55 to £145", "a fare of £7.40": the kind of sum the noun before says
  // (no booking fee: "the £7.50 booking fee").
  const kind = q.currency ? PRICED_NOUN_BEFORE.exec(before) : null;
  if (kind) out.push(stem(kind[1]!.toLowerCase()));
  // "a profit of almost £45m" is a profit, no fee or price ("a guaranteed fee of 48 million pounds").
  const result = q.currency ? RESULT_SUM_BEFORE.exec(before) : null;
  if (result) out.push(stem(result[1]!.toLowerCase()));
  void text;
  return [...new Set(out)];
}

/**
 * The stem of the passive or past verb whose subject figure `q` is, opening its clause ("Three
 * were taken", "and two died", "Three of the miners were taken"), if any.
 */
function doneToSubject(text: string, clause: Span, q: Quantity): string | undefined {
  if (!SUBJECT_OPENING.test(text.slice(clause.start, q.span.start))) return undefined;
  const m = DONE_TO_AFTER.exec(textAfter(text, q.span.end, 40));
  return m && isPastVerb(m[1]!) ? stem(m[1]!) : undefined;
}

/** Adverbs a partitive's whole may end on, no noun of it: "six of the 14 there", "two of the 30 here". */
const PLACE_ADVERBS = new Set(["there", "here", "then", "now", "today", "altogether", "overall", "again", "too", "still"]);

/** Units that count people: their present verb says what they do ("people live"). */
const PERSON_UNITS = new Set(["people", "persons", "residents", "workers", "staff", "pupils", "students", "children", "adults", "patients", "passengers", "visitors", "users", "members"]);
/** What follows a present verb of people: a preposition or an article ("live within", "attend the"). */
const PRESENT_OBJECT_AFTER = /^\s+(?:in|within|at|on|near|across|around|outside|inside|from|with|for|the|a|an|their|its)\b/i;

/** Stems of verbs whose object is the people they keep ("employs 180 people", "houses 400 prisoners"). */
const HEADCOUNT_VERBS = new Set("employs hires houses serves treats hosts seats carries teaches welcomes attracts".split(" ").map((w) => stem(w)));

/** Prepositions after a sentence's opening participle ("Born in", "Arrested on", "Founded by"). */
const OPENING_PREPOSITIONS = new Set(["in", "on", "at", "by", "into", "from", "after", "during", "near", "outside"]);

/**
 * The measure of "due to <verb>" at token `i` ("due"), if any ("was due to run": "due run"): what
 * was planned, never what happened ("people were due to arrive" is not "people arrived").
 */
function dueTo(tokens: readonly Token[], i: number): string | undefined {
  const verb = tokens[i + 2];
  if (tokens[i]?.lower !== "due" || tokens[i + 1]?.lower !== "to" || !verb || verb.capitalised || verb.numeric || !isContent(verb)) return undefined;
  return "due " + verb.stem;
}

/** The verbs before a present participle that make it what its subject is doing ("are living"). */
const PROGRESSIVE_AUX = new Set(["is", "are", "was", "were", "been"]);

/** The last of the lowercase content words that run on from `first` (a noun after its adjectives). */
function headNoun(text: string, tokens: Token[], first: Token): Token {
  let head = first;
  for (let i = tokens.indexOf(first) + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.capitalised || !isContent(t) || t.numeric || isPastVerb(t.lower) || /\S/.test(text.slice(head.span.end, t.span.start))) break;
    head = t;
  }
  return head;
}

function makeFact(
  kind: FactMention["kind"],
  figure: Span,
  label: string,
  measure: string[],
  ownUnit: boolean,
  text: string,
  tokens: Token[],
  entities: EntityMention[],
  clause: Span,
  sentence: Span,
  figureSpans: Span[],
  extra: Pick<FactMention, "quantity" | "date" | "from" | "occasion" | "deadline">,
): FactMention {
  const within = (s: Span, c: Span) => s.start >= c.start && s.end <= c.end;
  const local = new Set<string>();
  for (const t of tokens) {
    if (!within(t.span, clause) || !isContent(t) || t.numeric) continue;
    if (figureSpans.some((f) => t.span.start < f.end && f.start < t.span.end)) continue;
    local.add(t.stem);
  }
  // "Outside Britain, Poland is the hardest-hit country": a place the sentence sets aside is no scope of its figures.
  const inClause = entities.filter((e) => within(e.span, clause) && !(e.type === "place" && setAside(text, e.span)));
  const scopeFrom = (type: EntityMention["type"]) => {
    const c = inClause.filter((e) => e.type === type && !(type === "place" && seatOfBody(text, e.span)));
    // "The university cut 275 jobs after dropping its plan to close the School of Modern
    // Languages": a clause that names its own body by its kind holds no other clause's body.
    if (!c.length && type === "organisation" && bodyKindsNamed(tokens, (t) => t.span.start >= clause.start && t.span.end <= clause.end).length) return c;
    return (c.length ? c : entities.filter((e) => e.type === type && within(e.span, sentence) && !(type === "place" && (setAside(text, e.span) || seatOfBody(text, e.span)))));
  };
  // A person's age is theirs wherever the sentence puts them ("Kiprono, 25, broke the world
  // record in Chicago"): no place scopes it.
  const placeScopes = !measure.some(isAgeMeasure);
  const places = new Set(placeScopes ? scopeFrom("place").map((e) => e.name) : []);
  for (const e of inClause) if (e.type === "place") local.add(placeKey(e.name));
  // "The Environment Agency said the firm's storm overflows spilled ...": a body that reports
  // another's figures is not whose they are; its place ("West Midlands Police said") still says where.
  const scoped = scopeFrom("organisation");
  for (const o of scoped) if (o.place) places.add(o.place);
  // Nor is whom a speaker told ("told the Midlands Press Association he was assembling ...").
  const orgs = scoped.filter((o) => !reportsAnothers(text, o.span) && !isAddressee(text, o.span));
  return {
    kind,
    span: figure,
    label,
    measure,
    ownUnit,
    local: [...local],
    places: [...places],
    clausePlaces: placeScopes ? [...new Set(inClause.filter((e) => e.type === "place").map((e) => e.name))] : [],
    orgs: orgs.map((o) => o.name),
    clauseOrgs: inClause.filter((e) => e.type === "organisation").map((e) => e.name),
    ...occasionOf(text.slice(clause.start, clause.end)),
    ...extra,
  };
}
