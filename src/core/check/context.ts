import { HURT_STEMS, isDuration, RESULT_SUMS, SAVED_STEMS, SHARE_OF_SUM, type FactMention } from "../analysis/sentenceAnalysis";
import { physicalFamily } from "../analysis/compareValues";
import { isVenue } from "../analysis/entities";
import { isNumberWord } from "../analysis/numberWords";
import { isContent, stem, tokenize, type Token } from "../analysis/tokens";
import { isPastVerb } from "../analysis/verbs";
import type { CorpusIndex, IndexedSentence } from "../index/corpusIndex";

/** What coverage reads of a source sentence: its id (for its paragraph) and its terms. */
export type WeighedSentence = Pick<IndexedSentence, "id" | "terms">;

/** Passages a verdict keeps per side: an archive may have thousands of copies of one statement. */
export const EVIDENCE_MAX = 20;

/**
 * How well a source sentence (and, for a fact, its clause) covers the words of a claim, as the
 * IDF-weighted share of the claim's terms it contains: words in the fact's own clause count fully,
 * elsewhere in the sentence 0.6, elsewhere in the paragraph 0.3. 0 = nothing shared, 1 = all.
 */
export function coverage(index: CorpusIndex, claimTerms: string[], sentence: WeighedSentence, fact?: FactMention, skip?: Set<string>, credit?: Set<string>): number {
  let total = 0;
  for (const t of claimTerms) if (!skip?.has(t)) total += index.idf(t);
  return total ? coveredWeight(index, claimTerms, sentence, fact, skip, credit) / total : 0;
}

/**
 * The numerator of {@link coverage}: the IDF weight of the claim's terms (less `skip`) that the
 * sentence, the fact's clause or the paragraph holds, each at its level.
 */
export function coveredWeight(index: CorpusIndex, claimTerms: readonly string[], sentence: WeighedSentence, fact?: FactMention, skip?: Set<string>, credit?: Set<string>): number {
  let got = 0;
  const local = fact ? new Set(fact.local) : undefined;
  const inSentence = new Set(sentence.terms);
  let inParagraph: ReadonlySet<string> | undefined;
  for (const t of claimTerms) {
    if (skip?.has(t)) continue;
    const w = index.idf(t);
    if (local?.has(t) || credit?.has(t)) got += w;
    else if (inSentence.has(t)) got += w * (local ? 0.6 : 1);
    else {
      inParagraph ??= index.paragraphTerms(sentence.id);
      if (inParagraph.has(t)) got += w * 0.3;
    }
  }
  return got;
}

/** Generic words that never make two measures the same by themselves. */
const GENERIC_MEASURES = new Set([
  "peopl", "person", "man", "men", "woman", "women", "individu", "time", "case", "one", "suspect",
  "second", "minut", "hour", "day", "week", "month", "year", "decad",
]);

/** Stems of nouns that count anyone at all ("people"): a count of them holds every group's. */
const EVERYONE = new Set(["peopl", "person", "individu"]);

/**
 * Whether two counts that share what happened count two groups, one of them everyone ("the
 * number of cyclists killed" and "the number of people killed"): each names whom it counts, and
 * one is people at large. Never a disagreement: the one holds the other.
 */
export function countsAnotherGroup(a: FactMention, b: FactMention): boolean {
  const as = new Set(a.measure);
  const bs = new Set(b.measure);
  const aOnly = a.measure.filter((m) => !bs.has(m));
  const bOnly = b.measure.filter((m) => !as.has(m));
  return aOnly.length > 0 && bOnly.length > 0 && (aOnly.some((m) => EVERYONE.has(m)) || bOnly.some((m) => EVERYONE.has(m)));
}

/**
 * The source counts a kind of what the claim counts, named by a noun before its head that the
 * claim never says: "126 paper items" for "More than 400 items ... were damaged" ("Among the 340
 * damaged objects are 126 paper items"). A word the claim says anywhere ("damaged objects" /
 * "objects ... were damaged") or an adjective ("oiled birds") names no other kind.
 * The same head may be two words for one unit: "120 professional services roles" for "310 jobs".
 */
export function countsAKindOf(claimTerms: readonly string[], fact: FactMention, sf: FactMention): boolean {
  const theirs = sf.quantity?.nounPhrase?.split(/\s+/);
  const mine = fact.quantity?.nounPhrase?.split(/\s+/);
  if (!theirs || !mine || theirs.length < 2 || mine.length !== 1) return false;
  // The same head, or two words for one unit ("120 professional services roles", "310 jobs").
  if (stem(theirs[theirs.length - 1]!.toLowerCase()) !== stem(mine[0]!.toLowerCase()) && !(sf.quantity!.unit && sf.quantity!.unit === fact.quantity!.unit)) return false;
  // Lower case: a name before the noun ("Brightline Staging workers") is a scope's to tell.
  // (A participle in -ing is a kind too where the claim does not say it: "55 transferring staff",
  // "400 striking workers"; so is one in -ed that says what they are, "two salaried GPs", not how
  // they were counted, "142 reported incidents".)
  // (Nor a number: "six of the ten apiaries".)
  return theirs.slice(0, -1).some((w) => /^[a-z]{3,}$/.test(w) && !NO_KIND_WORDS.has(w) && !isNumberWord(w) && (!/(?:ed|ing|al|ic|ous|ful|ive|ary|ish|est)$/.test(w) || (/[a-z]{4}ing$/.test(w) && !ING_OF_NO_KIND.has(w)) || (/[a-z]{4}ed$/.test(w) && !ED_OF_NO_KIND.has(w))) && !claimTerms.includes(stem(w)));
}
/** Participles in -ed before a noun that say how it was counted or told, no kind of it ("reported incidents", "confirmed cases"). */
const ED_OF_NO_KIND = new Set(["reported", "recorded", "confirmed", "estimated", "expected", "affected", "related", "alleged", "suspected", "believed", "stated", "published", "announced", "planned", "proposed", "combined", "added", "named", "listed", "registered", "documented", "verified", "unconfirmed", "unreported", "logged", "counted", "detected", "identified", "claimed", "approved", "agreed", "budgeted", "allocated", "pledged", "promised", "raised", "received", "donated", "collected"]);
/** Participles before a noun that name no kind of it ("existing homes", "the following days"). */
const ING_OF_NO_KIND = new Set(["existing", "remaining", "following", "coming", "ongoing", "outstanding", "resulting", "corresponding", "including", "surrounding", "missing"]);
/** Words before a noun that name no kind of it ("other people", "further objects"). */
const NO_KIND_WORDS = new Set(["other", "more", "further", "extra", "additional", "remaining", "same", "different", "many", "several", "few", "total", "local", "young", "old", "elderly", "senior", "junior", "all", "some", "such", "own", "larger", "smaller", "bigger", "older", "younger", "newer", "higher", "lower", "greater", "fewer", "later", "earlier", "former", "outer", "inner", "upper"]);

/**
 * Events that are each other's opposite ends: a count of those at one ("More than 11,000 runners
 * lined up at the start") is no count of those at the other ("Only 9,876 runners crossed the
 * finish line"), whatever noun both count by.
 */
const OPPOSITE_EVENTS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [["start", "starter", "began", "begin", "begun"], ["finish", "finisher", "completed", "completing"]],
  [["arrived", "arrival", "arriving"], ["departed", "departure", "departing"]],
  [["admitted", "admission", "admissions"], ["discharged", "discharge"]],
  [["boarded", "boarding"], ["disembarked"]],
  [["opened", "opening", "openings"], ["closed", "closure", "closures", "closing"]],
  [["born", "births"], ["died", "deaths"]],
  [["filled", "occupied"], ["vacant", "unfilled", "empty", "vacancies"]],
  [["approved", "approval", "granted", "backed"], ["rejected", "rejection", "refused", "refusal", "thrown"]],
  [["ran", "runs", "run", "operated", "operates"], ["cancelled", "cancellation", "cancellations", "axed", "scrapped"]],
  // A vote's three sides: "won the support of 38 councillors" is no count of "three councillors abstaining".
  [["support", "supported", "backed", "favour", "approved"], ["abstained", "abstaining", "abstain", "abstention", "abstentions"]],
  [["against", "opposed", "rejected"], ["abstained", "abstaining", "abstain", "abstention", "abstentions"]],
  [["support", "supported", "favour", "backed", "backing"], ["against", "opposed", "opposing"]],
].map(([a, b]) => [a.map(stem), b.map(stem)] as const);
const EVENT_END_STEMS = new Set(OPPOSITE_EVENTS.flat(2));

/**
 * Whether `a` and `b` count those at opposite ends of an event (see `OPPOSITE_EVENTS`): each
 * clause says one end and not the other.
 */
export function countsOppositeEvents(a: FactMention, b: FactMention): boolean {
  // Asked for every shape a claim meets: most claims say no such word.
  if (!a.local.some((t) => EVENT_END_STEMS.has(t))) return false;
  const says = (f: FactMention, words: readonly string[]) => f.local.some((t) => words.includes(t));
  return OPPOSITE_EVENTS.some(([one, other]) => (says(a, one) && !says(a, other) && says(b, other) && !says(b, one)) || (says(a, other) && !says(a, one) && says(b, one) && !says(b, other)));
}

/**
 * Whether `a` counts the hurt or killed among those `b` counts: `a` is a count of casualties
 * ("Sixteen firefighters were injured") and nothing in `b`'s clause speaks of any ("Some
 * forty-five firefighters tackled the blaze"). One side's wording is enough: "14 people injured"
 * and "Seventeen people were hurt" are both counts of the hurt. So with the saved: "Four members
 * of the crew survived" is no count of "a volunteer crew of seven".
 */
export function countsTheHurtOfAll(a: FactMention, b: FactMention): boolean {
  return (!!a.hurt && !b.hurt && !b.local.some((t) => HURT_STEMS.has(t))) || (!!a.saved && !b.saved && !b.local.some((t) => SAVED_STEMS.has(t)));
}

/**
 * Whether two lengths' dimensions (see `Quantity.dimension`) may be of one thing: "1,200 feet
 * long" and "25 feet of water" are two things', as are "115 feet of water" and "the 14km export
 * cable" ("the cable"), where neither noun begins with the other ("of snow", "a 2m snowfall").
 * Two things named the same way may be one ("a 19-mile detour", "a 19-mile diversion"; "of
 * rain", "of rainfall"), and a thing named before its length is as long as it is ("a 300m steel
 * bridge": "300 metres long"). A distance away from a place is no thing's size.
 */
function sameDimension(a: string, b: string): boolean {
  if (a === b) return true;
  // How far away ("38 nautical miles north-east of Skerrinish") is no size of a thing ("the 79ft trawler").
  if (a === "away" || b === "away") return false;
  const of = (d: string) => /^of (.+)$/.exec(d)?.[1];
  const the = (d: string) => /^the (.+)$/.exec(d)?.[1];
  const [x, y] = of(a) !== undefined ? [of(a), the(b)] : [of(b), the(a)];
  if (x !== undefined && y !== undefined) return x.startsWith(y) || y.startsWith(x);
  if (the(a) !== undefined || the(b) !== undefined) return true;
  return of(a) !== undefined && of(b) !== undefined;
}

/**
 * Whether `b` is a distance away from a place ("travelled the 18 miles from Brackenford") and `a`
 * a length of no dimension ("The N14 covers 14.6 miles"): how far one place is from another
 * disputes no length of a route, unless its clause says the claim's own words. (It may still
 * back it, "38 miles away" for "taken 38 miles by ambulance to her new nursing home"; and a
 * claim's distance away may meet a source's said without its way.)
 */
export function awayAgainstLength(a: FactMention, b: FactMention): boolean {
  if (b.quantity?.dimension !== "away" || a.quantity?.dimension !== undefined || !a.quantity?.unit || physicalFamily(a.quantity.unit) !== "length") return false;
  // Unless its clause tells what the claim's does ("walked 2.5 miles to Harbridge Royal
  // Infirmary" for "walked six miles to hospital"): a word of it besides the length's own.
  return !b.local.some((w) => a.local.includes(w) && !a.measure.includes(w));
}

/**
 * Whether one of two lengths is a point along a thing ("600 metres into the tunnel", "2km along the
 * path") and the other not ("the 1,400-metre tunnel"): how far along is no length of the whole.
 */
export function alongAgainstLength(a: FactMention, b: FactMention): boolean {
  return (a.quantity?.dimension === "along") !== (b.quantity?.dimension === "along") && !!a.quantity?.unit && physicalFamily(a.quantity.unit) === "length";
}

/**
 * Whether one of two sums is a return trip's and the other not ("a return taxi trip ... would
 * cost £44" and "I'll need a £22 taxi"): a fare there and back is no account of one way.
 */
export function returnAgainstOneWay(a: FactMention, b: FactMention): boolean {
  return !!a.quantity?.currency && !!b.quantity?.currency && isReturnTrip(a) !== isReturnTrip(b);
}
function isReturnTrip(f: FactMention): boolean {
  return f.local.includes("return") && f.local.some((w) => TRIP_WORDS.has(w));
}
/** Stems of the nouns a "return" is a trip of ("a return fare", "return tickets"). */
const TRIP_WORDS: ReadonlySet<string> = new Set(["trip", "journey", "fare", "ticket", "flight", "taxi", "train", "bus", "ferri", "cross"]);

/**
 * Whether two shares are of two wholes their "of" names ("three in ten of Pennant's Brackenford
 * staff", "62% of all departures"): neither answers the other. (Only to dispute: "of rain" and
 * "of rainfall", one noun's start the other's, may be one whole.) `claimWords`: the words of `a`'s claim.
 */
export function sharesOfOtherWholes(a: FactMention, b: FactMention, claimWords?: readonly Token[]): boolean {
  const x = a.quantity?.percent ? a.quantity.ofNoun : undefined;
  const y = b.quantity?.percent ? b.quantity.ofNoun : undefined;
  // A verb read as the whole's noun ("48 per cent of the average rainfall fell": "fell") names none.
  if (!x || !y || isPastVerb(x) || isPastVerb(y)) return false;
  const [sx, sy] = [stem(x), stem(y)];
  // Nor where either clause says the other's whole by another word of its root ("87% of the
  // members who voted" and "81% of those voting").
  const near = (w: string, whole: string) => w.startsWith(whole) || whole.startsWith(w);
  // (The claim's clause says the other's whole by a verb's form only, where its words are known:
  // "87% of the members voted" says the votes' whole, "three in ten of the member farms had grain
  // booked" does not say "40 per cent of the grain"'s.)
  const saidByAVerb = (w: string) => !claimWords || claimWords.some((t) => t.stem === w && /(?:ed|ing)$/.test(t.lower));
  return !near(sx, sy) && !a.local.some((w) => near(w, sy) && saidByAVerb(w)) && !b.local.some((w) => near(w, sx));
}

/** Whether two facts measure the same thing: they share a specific stem of their measure. */
export function sameMeasure(a: FactMention, b: FactMention): boolean {
  if (!compatibleModifiers(a, b)) return false;
  // "38 batches of its tablets" counts batches, not the tablets in them ("30 million tablets").
  if (countsContainers(a, b) || countsContainers(b, a)) return false;
  const da = a.quantity?.dimension;
  const db = b.quantity?.dimension;
  if (da !== undefined && db !== undefined && !sameDimension(da, db)) return false;
  // "two-thirds of the £180,000" is a share of that sum, no share of an income or a budget.
  if (a.measure.includes(SHARE_OF_SUM) !== b.measure.includes(SHARE_OF_SUM)) return false;
  const bs = new Set(b.measure);
  return a.measure.some((m) => bs.has(m) && !GENERIC_MEASURES.has(m) && !m.startsWith("currency:")) ||
    // Money: same currency and, where both say what the money is, the same thing.
    (a.measure.some((m) => m.startsWith("currency:") && bs.has(m)) && sameMoneyKind(a, b));
}

/** Whether `b` counts containers of what `a` counts: its own noun another ("batches"), `a`'s noun its contents ("of tablets"). Not a mass ("two tonnes of cocaine"). */
function countsContainers(a: FactMention, b: FactMention): boolean {
  const u = a.quantity?.unit;
  const q = b.quantity;
  return !!u && !!q?.unit && !!q.ofNoun && q.unit !== u && !physicalFamily(q.unit) && stem(q.ofNoun) === stem(u);
}

/**
 * "NCA officers" and "law enforcement officers" count different officers: where both noun phrases
 * qualify their noun, they must share a qualifier. A bare noun ("firearms") fits any.
 */
function compatibleModifiers(a: FactMention, b: FactMention): boolean {
  const x = modifiersOf(a);
  const y = modifiersOf(b);
  if (!x.size || !y.size) return true;
  for (const m of x) if (y.has(m)) return true;
  return false;
}

/** Qualifier stems of a fact's noun phrase, computed once per fact (checks ask for every candidate). */
const MODIFIERS = new WeakMap<FactMention, Set<string>>();
function modifiersOf(f: FactMention): Set<string> {
  let mods = MODIFIERS.get(f);
  if (!mods) {
    const q = f.quantity;
    const head = q?.unit ? stem(q.unit.toLowerCase()) : "";
    mods = new Set(q?.nounPhrase && q.unit ? tokenize(q.nounPhrase).filter(isContent).map((t) => t.stem).filter((x) => x !== head) : []);
    // "40 members of the public" qualifies its noun after it, as "cabinet members" does before it.
    // (Counted things only: not what a unit of measure measures, "two tonnes of cocaine" being
    // tonnes of drugs, nor the whole a share is of, nor a span's, nor a sum's.)
    if (q?.ofNoun && q.unit && !q.percent && !q.currency && !physicalFamily(q.unit) && !isDuration(q.unit)) for (const t of tokenize(q.ofNoun).filter(isContent)) if (t.stem !== head) mods.add(t.stem);
    MODIFIERS.set(f, mods);
  }
  return mods;
}

function sameMoneyKind(a: FactMention, b: FactMention): boolean {
  const rest = (f: FactMention) => f.measure.filter((m) => !m.startsWith("currency:"));
  const x = rest(a);
  const y = new Set(rest(b));
  // A claim's result of other sums ("made a profit of almost £45m") is no sum a source does not
  // say is one ("a guaranteed fee of 48 million pounds").
  if (x.some((m) => RESULT_KINDS.has(m)) && !x.some((m) => RESULT_KINDS.has(m) && y.has(m))) return false;
  return !x.length || !y.size || x.some((m) => y.has(m));
}
/** Stems of the sums that are results of others (see `RESULT_SUMS`). */
const RESULT_KINDS = new Set(RESULT_SUMS.map((w) => stem(w)));

/**
 * Whether two facts can be about the same scope: where both name places, they share one; where
 * both name organisations, they share one, unless those of one are venues and those of the
 * other bodies of another kind ("Lenton Police said three men had been arrested" is of "the
 * Harbrook Museum raid" as much as of the police).
 */
export function sameScope(a: FactMention, b: FactMention, sameOrg: (x: string, y: string) => boolean): boolean {
  if (a.places.length && b.places.length && !a.places.some((p) => b.places.includes(p))) return false;
  return !otherBodies(a.orgs, b.orgs, sameOrg);
}

/** Whether `theirs` names bodies other than `ours`, none of them ours and one of the same kind (a venue or not, see `sameScope`). */
export function otherBodies(ours: readonly string[], theirs: readonly string[], sameOrg: (x: string, y: string) => boolean): boolean {
  if (!ours.length || !theirs.length || ours.some((x) => theirs.some((y) => sameOrg(x, y)))) return false;
  return ours.some((x) => theirs.some((y) => isVenue(x) === isVenue(y)));
}
