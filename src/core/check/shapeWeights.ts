/**
 * Near-copy shapes weighed against a claim. An archive repeats a sentence with a word or a number
 * changed; the index numbers such copies' shapes (the same words, names, clause and scope but for
 * their numbers), and a claim weighs each shape once: how much of the claim its sentence and its
 * clause cover, whether it measures the same thing of the same scope, and whether it can agree or
 * disagree at all. `assessFact` then weighs each copy by its value and number words alone.
 */
import { comparable, physicalFamily } from "../analysis/compareValues";
import { isCalendarWord } from "../analysis/quantities";
import { sameOrganisation, samePerson, type EntityMention } from "../analysis/entities";
import { isAgeMeasure, isDuration, isHeadcount, REMAINING, type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import { isContent, stem, tokenize, type Token } from "../analysis/tokens";
import { isPastVerb } from "../analysis/verbs";
import { factKey, wordsKey } from "../index/factShape";
import { awayAgainstLength, alongAgainstLength, returnAgainstOneWay, sharesOfOtherWholes, countsAKindOf, countsAnotherGroup, countsOppositeEvents, countsTheHurtOfAll, coveredWeight, sameMeasure, sameScope, type WeighedSentence } from "./context";
import { isPerson } from "./storyGuards";

/**
 * What does not depend on a source fact's value or numbers: the same for every near-copy of one
 * fact shape (see `CorpusIndex.factShape`), so it is weighed once per shape. Nor does it depend
 * on the claim's own figures: a claim whose figure was edited reuses it (see `weightsFor`).
 */
export interface ShapeWeights {
  /** The fact can be compared with the claim's at all (kind, units, a precise figure). */
  comparable: boolean;
  sameScope: boolean;
  /** `sameScope` with the claim's places dropped: a worldwide claim's figure agreeing (false unless `worldwide`). */
  sameScopeWorldwide: boolean;
  /** The claim is worldwide and this fact is not. */
  worldwide: boolean;
  /**
   * The source's figure is the world's ("employs about 60,000 people worldwide") and the claim
   * names a place or thing the source's sentence does not ("Harlow's Solihull plant employs 9,000
   * people"): a whole, and no disagreement with a part its report never names (see `consider`).
   */
  wholeOfTheWorld: boolean;
  /**
   * Of two shares, one is said with a negation and the other without ("One in five children ...
   * has not had both doses" for "uptake ... is 79%"): the one may be the other's complement, and
   * is never a disagreement.
   */
  negatedOtherwise: boolean;
  /** The fact's own clause names the claim's places and more ("in England, Wales and Northern Ireland" for "in England"): a total, never a disagreement. */
  widerScope: boolean;
  measure: boolean;
  specific: boolean;
  /** A figure that measures nothing of its own: never a disagreement. */
  unmeasured: boolean;
  credit: Set<string> | undefined;
  /** Covered weight of the claim's terms, of the claim fact's clause terms, and in the source clause, less number words. */
  coveredClaim: number;
  coveredClause: number;
  coveredLocal: number;
  /** The stem of the source figure's unit, its own or the neighbour's it counts by. */
  unit: string | undefined;
  /** The source's sum is for one thing ("£1,450 a head") or for several ("£610 for two tickets"); see `Quantity`. */
  perItem: boolean;
  forSeveral: boolean;
  /** The source's figure is an estimate ("about 6,800"): see `ESTIMATES_APART`. */
  estimate: boolean;
  /**
   * The claim's figure is where a change took the thing (see `FactMention.reached`) and the
   * source's is a level, no change's end nor start: it may be the level before the change.
   */
  levelBeforeChange: boolean;
  /** The source figure is a bound: "more than 40" (`"floor"`), "fewer than 40" (`"ceiling"`). */
  bound: "floor" | "ceiling" | undefined;
  /** The claim's sum is a part of a sum by the noun the source's figure is of ("£28m of the guaranteed fee" / "a guaranteed fee of 48 million pounds"). */
  wholeOfPart: boolean;
  /**
   * One of the two dates is a running total's ("By 17 March the outbreak had passed 200 cases")
   * and the other an event's ("the first case was confirmed on 17 February"): they date two things.
   */
  otherDeadline: boolean;
  /** One of the claim's date and the source's is a deadline of an aim, the other of what was done (see `FactMention.aim`). */
  otherAim: boolean;
  /**
   * One of the two dates is where a state ends ("will stay closed until at least Friday, August
   * 15") and the other is not ("will restart ... on Friday, August 1"): neither answers the other.
   */
  otherUntil: boolean;
  /** The source date's bound, if it is one ("laid before 1940"): see `FactMention.dateBound`. */
  dateBound: FactMention["dateBound"];
  sharesScope: boolean;
  /** The source figure's own clause names a place of the claim's ("including 1,500 in the UK"). */
  clauseScope: boolean;
  /** The source fact's own clause names one of the claim's bodies or people ("about a third of Corvane's $3.4 billion"). */
  clauseNames: boolean;
  /**
   * For money and shares, both say what the sum or share is of ("£54m in cash", "7% of its
   * workforce") and agree on it; false when either leaves it unsaid ("profit fell to £1.2bn").
   */
  kindShared: boolean;
  /** The source figure's own clause shares a word of the claim figure's clause, names aside ("profit"); weighed only without `kindShared`. */
  sharesClauseWord: boolean;
  /** The source figure is where a change started ("down from £1.9bn"). */
  from: boolean;
  /** The source figure is a difference ("won by 2,876", "2,876 more than"), not a level. */
  difference: boolean;
  /** The source figure's difference compares two things (see `FactMention.comparison`). */
  comparison: boolean;
  /** Which way the source figure's change went, if it is one that says (see `FactMention.direction`). */
  direction: "up" | "down" | undefined;
  /** The source figure is a part of a whole its sentence names ("610,000 of the vehicles"). */
  part: boolean;
  /** The source fact's sentence names no place (its document's lead says where, see `storyLead`). */
  unplaced: boolean;
  /**
   * The claim names people and the source's sentence names others, none of them: "Rudd ... won
   * 11,337 votes" is not answered by "Helen Okafor ... won with 14,213 votes".
   */
  otherPeople: boolean;
  sharesEvent: boolean;
  /**
   * The claim says whose sum or share its figure is by a copula ("inflation target is 2%") and
   * the source sentence names that outside its figure's own clause ("peak at 4% in September,
   * twice its target"): its figure is another thing's, never a disagreement.
   */
  subjectElsewhere: boolean;
  /** The two count two groups, one of them everyone ("cyclists killed", "people killed"): never a disagreement. */
  anotherGroup: boolean;
  /** The source's count is of the votes against, the claim's of those for ("558 against" / "558 members voted in favour"): never an agreement. */
  otherSide: boolean;
  /** One is of a first time and the other of the last ("was first elected with a majority of 3,412", "at the last general election ... 5,206"): never a disagreement. */
  otherOccasion: boolean;
  /** Both clauses date their figures by years before their own time, and by other years ("this year" / "last year"). */
  otherYear: boolean;
  /** A figure a change started from, dated as many years before as the claim's ("up from 1,799 last year" / "Last year ... 1,799"). */
  startedInClaimsYear: boolean;
  /**
   * One is a rate and the other is not, or both are of other periods ("£420,000 a year into a
   * community fund" for "will cost £110m"), or the source's is of what would have been ("a
   * penalty that would have been £17.6m") and the claim's of what was: never a disagreement. (A
   * claim's "would have cost £15m" restates a planned cost, which a report gives as it is.) Nor
   * is a body's size ("Brackenfield Academy, which has 1,140 pupils") a count of an event's
   * ("A coach with 48 Brackenfield Academy pupils on board").
   */
  otherPeriod: boolean;
  /** Both are of the same first or last time. */
  sameOccasion: boolean;
}

/** A shape's weights with what one claim's figures add. */
export interface Shape {
  /** The claim-independent weights, shared by the claim's near-copies (not copied: one hidden class for every shape). */
  w: ShapeWeights;
  /** Ranking bonus of a source figure that counts the claim's own noun. */
  unitBonus: number;
  /** Whether any near-copy of this shape could agree, or disagree, whatever its value and numbers. */
  canAgree: boolean;
  canDisagree: boolean;
  /** The score a near-copy of this shape needs to agree, or to disagree (see `agreeMinFor` and `disagreeMin` in `assessFact`). */
  agreeMin: number;
  disagreeMin: number;
  /**
   * The score card of each set of a near-copy's number words (`CorpusIndex.factNumbers`), weighed
   * once per set; under `NO_NUMBERS` when the claim has no number words to meet.
   */
  cards: Map<number, ScoreCard>;
  /**
   * Whether the shape's sentence shares a word or a name of the claim besides its measure, asked of
   * disagreeing figures only (see `assessFact`): 1 or 0, -1 until asked (a number throughout, so
   * that setting it keeps the shape's hidden class).
   */
  sharesMore: number;
}

/** `Shape.cards`' key when the claim has no number words: the card depends on the shape alone. */
export const NO_NUMBERS = -1;

/**
 * A source fact's score against the claim and how well its own clause covers it, from its shape's
 * weights and its number words: the same for every near-copy with both (`Shape.cards`).
 */
export interface ScoreCard {
  score: number;
  local: number;
}

/** A term of the claim that holds a digit, with its weight: weighed per source fact, not per shape. */
export interface NumberTerm {
  term: string;
  weight: number;
}

/**
 * Whether the claim says its figure voted for ("Only 558 members voted in favour of the deal"): a
 * word of backing within a few words after it, no other figure between, and no tally it ends
 * ("voted 2,406 to 558 in favour": the backing is the first figure's).
 */
function votedFor(claim: SentenceAnalysis, fact: FactMention): boolean {
  const i = claim.tokens.findIndex((t) => t.span.start >= fact.span.end);
  if (i < 0) return false;
  const j = claim.tokens.findIndex((t) => t.span.end > fact.span.start);
  if (j >= 2 && claim.tokens[j - 1]!.lower === "to" && claim.tokens[j - 2]!.numeric) return false;
  for (let k = i; k < Math.min(claim.tokens.length, i + 6); k++) {
    const t = claim.tokens[k]!;
    if (t.numeric) return false;
    if (t.lower === "favour" || t.lower === "favor" || ((t.lower === "backed" || t.lower === "supported") && k > i)) return true;
  }
  return false;
}

/**
 * The shape weights of one claim fact, by shape id, kept for the claim's near-copies: a claim read
 * the same but for its figures (a writer editing a number) has the same weights, and meets
 * thousands of shapes on a common measure. Forgotten when the index changes.
 */
export function weightsFor(index: CorpusIndex, claim: SentenceAnalysis, fact: FactMention): Map<number, ShapeWeights> {
  let held = heldWeights.get(index);
  if (!held || held.version !== index.version) heldWeights.set(index, (held = { version: index.version, claims: new Map() }));
  // What `weighShape` reads of the claim: its words and names, whether it negates, and its fact,
  // all but the figures.
  const key = wordsKey(claim.terms) + "\u0001" + claim.entities.map((e) => e.type + ":" + e.name).join("|") + "\u0001" + factKey(fact) + (negates(claim) ? "\u0001not" : "");
  let weights = held.claims.get(key);
  if (weights) held.claims.delete(key);
  else {
    weights = new Map();
    if (held.claims.size >= HELD_CLAIM_FACTS) held.claims.delete(held.claims.keys().next().value!);
  }
  // Refreshed in insertion order: the least recently used go first.
  held.claims.set(key, weights);
  return weights;
}

/** Claim facts whose shape weights are kept per index (a draft's worth). */
const HELD_CLAIM_FACTS = 500;
const heldWeights = new WeakMap<CorpusIndex, { version: number; claims: Map<string, Map<number, ShapeWeights>> }>();

/**
 * Everything about a source fact that its near-copies share, weighed against the claim's fact. A
 * shape that can neither agree nor disagree (not comparable, or out of the claim's scope: about
 * half of those a claim meets) is not weighed further: its weights are never read.
 */
export function weighShape(
  index: CorpusIndex,
  claim: SentenceAnalysis,
  fact: FactMention,
  s: WeighedSentence,
  sf: FactMention,
  skipClaim: Set<string>,
  skipClause: Set<string> | undefined,
  ageWords: number,
  nameStems: readonly string[],
  subject: string | undefined,
): ShapeWeights {
  const quantity = fact.kind === "quantity";
  // A vague amount ("hundreds") neither confirms nor refutes a precise figure.
  // Nor does a denied figure or date ("no longer a three-farm story", "would no longer open on May 24") say a value, but to a claim that denies it too.
  const isComparable = (quantity ? comparable(fact.quantity!, sf.quantity!) && !(sf.quantity!.qualifier === "vague" && fact.quantity!.qualifier !== "vague") : true) && !fact.negated === !sf.negated;
  // A named person's age is theirs whatever body or place its sentence names ("head teacher Rachel
  // Pennington, 47, told Meridian Press" for "Rachel Pennington, the 49-year-old head teacher of
  // Northgate Academy").
  const scope = isComparable && (sameScope(fact, sf, sameOrganisation) || fact.measure.some((m) => isAgeMeasure(m) && sf.measure.includes(m)));
  const worldwide = fact.places.includes("World") && !sf.places.includes("World");
  // Read only for a worldwide claim (see `worldwide`).
  const scopeWorldwide = isComparable && worldwide && sameScope({ ...fact, places: [] }, sf, sameOrganisation);
  // What `canAgree` and `canDisagree` ask of every shape before its weights.
  const weighed = isComparable && (scope || (worldwide && scopeWorldwide));
  const credit = weighed ? creditedWords(claim, fact, sf) : undefined;
  const measure = weighed && (quantity ? sameMeasure(fact, sf) : sharesEvent(fact, sf));
  const kindShared = !quantity || !isSumOrShare(fact) || sharedKind(fact, sf);
  return {
    comparable: isComparable,
    sameScope: scope,
    sameScopeWorldwide: scopeWorldwide,
    worldwide,
    wholeOfTheWorld: weighed && sf.places.includes("World") && namesMore(claim, index.sentenceRecord(s.id).entities),
    negatedOtherwise: weighed && quantity && !!fact.quantity!.percent && !!sf.quantity?.percent && NEGATION.test(index.sentenceText(s.id)) !== negates(claim),
    widerScope: weighed && widerScope(fact, sf),
    measure,
    specific: !quantity ? measure && sharesTellingEvent(fact, sf) : measure && sf.ownUnit && fact.ownUnit && !isDuration(fact.quantity!.unit) && !isHeadcount(fact) && !fact.measure.every((m) => m.startsWith("currency:") || MEASUREMENT_UNITS.has(m)),
    unmeasured: quantity && !sf.ownUnit && !sf.measure.length,
    credit,
    coveredClaim: weighed ? coveredWeight(index, claim.terms, s, sf, skipClaim, credit) + (ageWords && sf.measure.some(isAgeMeasure) ? ageWords : 0) : 0,
    coveredClause: weighed && skipClause ? coveredWeight(index, fact.local, s, sf, skipClause, credit) : 0,
    coveredLocal: weighed ? localWeight(index, claim.terms, sf, skipClaim) : 0,
    unit: weighed ? (sf.quantity?.unit ? stem(sf.quantity.unit.toLowerCase()) : countedNoun(sf)) : undefined,
    perItem: !!sf.quantity?.perItem,
    estimate: !!sf.quantity && sf.quantity.qualifier === "approx" && !sf.quantity.percent,
    forSeveral: !!sf.quantity?.forSeveral,
    dateBound: sf.dateBound,
    otherDeadline: !fact.deadline !== !sf.deadline,
    otherAim: !fact.aim !== !sf.aim,
    // (A date a thing ends on is where it runs until: "ends on Sunday 13 April" and "will run
    // until 13 April"; so may be one whose event is not read.)
    otherUntil: !fact.until !== !sf.until && (fact.until ? sf : fact).measure.length > 0 && !(fact.until ? sf : fact).measure.some((m) => ENDING_STEMS.has(m)),
    // (Not a sum paid out of it too: "had spent £187,000 from its emergency fund".)
    wholeOfPart: !!fact.partOf && !sf.part && !sf.partOf && (sf.local.includes(fact.partOf) || sf.measure.includes(fact.partOf)),
    bound: sf.quantity?.qualifier === "over" || sf.quantity?.qualifier === "atLeast" ? "floor" : sf.quantity?.qualifier === "under" || sf.quantity?.qualifier === "atMost" ? "ceiling" : undefined,
    levelBeforeChange: !!fact.reached && !sf.reached && !sf.direction && !sf.from && !sf.difference,
    sharesScope: weighed && sharesScope(fact, sf),
    clauseScope: weighed && fact.places.some((p) => p !== "World" && sf.clausePlaces.includes(p)),
    clauseNames: weighed && nameStems.some((n) => sf.local.includes(n)),
    kindShared,
    // Read only where the kind is not shared: weighed only there.
    // (Not a share of one thing against a share of another, each said of what it is of: "two-thirds
    // of Pennant's branches" and "87% of customers at the closing branches".)
    sharesClauseWord: !kindShared && weighed && !sharesOfOtherThings(fact, sf) && sharesClauseWord(claim, fact, sf),
    from: !!sf.from,
    difference: !!sf.difference,
    comparison: !!sf.comparison,
    direction: sf.direction,
    part: !!sf.part,
    unplaced: !sf.places.length,
    otherPeople: weighed && claim.entities.some(isPerson) && !ageOfTheClaimsOwner(claim, fact, sf) && namesOtherPeople(claim, index.sentenceRecord(s.id).entities, () => index.sentenceText(s.id)),
    sharesEvent: weighed && sharesEvent(fact, sf),
    subjectElsewhere: weighed && subject !== undefined && !sf.local.includes(subject) && s.terms.includes(subject),
    // "eight of its lifts still idle" and "19 of its 27 lifts running" count two groups.
    // "a 28-tablet pack" counts one pack's tablets, which a claim that names no pack is not of.
    // "Sixteen firefighters were injured" counts the hurt among those who fought the fire.
    // "1,260 paramedics and emergency care assistants" counts two kinds, "690 paramedics" one.
    // (The holder named in the claim figure's own clause: "Before the penalty was applied, ...
    // were 14th with 41 points" is no count of what "a 12-point penalty" holds.)
    otherSide: quantity && !!sf.against && !fact.against && votedFor(claim, fact),
    anotherGroup: weighed && quantity && ((!!sf.holder && sf.holder !== fact.holder && !fact.local.includes(sf.holder)) || (!!fact.holder && !s.terms.includes(fact.holder)) || countsAnotherGroup(fact, sf) || countsAKindOf(claim.terms, fact, sf) || countsOneOfTheJoined(claim, fact, sf) || countsOneOfTheMerged(claim, fact, sf) || (fact.instance ?? 1) !== (sf.instance ?? 1) || (!!fact.offset && !!sf.offset && fact.offset !== sf.offset) || !fact.sinceEvent !== !sf.sinceEvent || holdingAgainstDone(fact, sf) || holdingAgainstDone(sf, fact) || !fact.ofNarrowedWhole !== !sf.ofNarrowedWhole || !fact.rankBand !== !sf.rankBand || toldAgainAgainstACount(fact, sf) || leftOutByTheClaim(fact, sf, s.terms) || anotherPartOfTheWhole(claim, fact, sf, s.terms) || countsByItsOwnClause(claim, fact, sf, () => index.sentenceText(s.id)) || ageAgainstSpan(fact, sf) || (!!sf.shareBase && !fact.shareBase) || centuryOfAnotherThing(claim, fact, sf, () => index.sentenceText(s.id)) || !fact.against !== !sf.against || awayAgainstLength(fact, sf) || alongAgainstLength(fact, sf) || returnAgainstOneWay(fact, sf) || sharesOfOtherWholes(fact, sf, claim.tokens) || !fact.peak !== !sf.peak || countsOppositeEvents(fact, sf) || countsTheHurtOfAll(fact, sf) || countsTheHurtOfAll(sf, fact) || !fact.severalKinds !== !sf.severalKinds || fact.measure.includes(REMAINING) !== sf.measure.includes(REMAINING) || (!!fact.state && !!sf.state && fact.state !== sf.state) || !fact.without !== !sf.without || ((!!sf.cohort || !!fact.cohort) && fact.cohort !== sf.cohort) || spanOfAnotherChange(fact, sf, () => index.sentenceRecord(s.id).facts)),
    // A source's last time ("The club last went into administration in 2009", "the last count
    // found 412") is a time before its report's news: no account of a claim that names no occasion.
    otherOccasion: (fact.occasion !== undefined && sf.occasion !== undefined && fact.occasion !== sf.occasion) || (fact.occasion === undefined && sf.occasion === "last"),
    otherYear: fact.yearsAgo !== undefined && sf.yearsAgo !== undefined && fact.yearsAgo !== sf.yearsAgo,
    startedInClaimsYear: !!sf.from && !fact.from && (fact.yearsAgo ?? 0) > 0 && sf.yearsAgo === fact.yearsAgo,
    // "has averaged 9,850 spectators a game" and "2,000 fans marched" are no one count; nor is a
    // target ("a target of 350,000 visitors in the first 12 months") a count ("counted 27,640").
    // Nor are counts over two windows ("in its first seven days", "in the first 12 months") one,
    // nor a count over a window ("88 staff applied in its first two days") a count of all.
    otherPeriod: (fact.quantity?.per ?? null) !== (sf.quantity?.per ?? null) || !fact.average !== !sf.average || !fact.goal !== !sf.goal || fact.window !== sf.window || (fact.over !== undefined && sf.over !== undefined && fact.over !== sf.over) || (!!sf.hypothetical && !fact.hypothetical) || (!!fact.hypothetical && !sf.hypothetical && counterfactual(claim)) || (sf.size === "stated" && !fact.size),
    sameOccasion: fact.occasion !== undefined && sf.occasion === fact.occasion,
  };
}

/**
 * The claim counts over names its figure's clause joins ("had given birth at Kingsmere General
 * or the Penford birth centre"); the source's count names one of them and not the other ("163
 * women ... at Kingsmere General Hospital"): a part of the claim's count, no rival to it.
 */
function countsOneOfTheJoined(claim: SentenceAnalysis, fact: FactMention, sf: FactMention): boolean {
  const joined = joinedNamesOf(claim, fact);
  return joined.some(([a, b]) => sf.local.includes(a) !== sf.local.includes(b));
}

/**
 * The claim counts what bodies made one ("The merged trust would have more than 8,000 staff", "the
 * combined authority"); the source's count is of a body its clause names, the claim does not, and
 * says nothing of a merger ("Calderbrook Hospitals employs about 4,900 staff"): one of those made
 * one, no rival to their whole.
 */
function countsOneOfTheMerged(claim: SentenceAnalysis, fact: FactMention, sf: FactMention): boolean {
  // (Counts and sums only: a share of the whole is no sum of its bodies' shares.)
  if (!sf.clauseOrgs.length || !fact.quantity || fact.quantity.percent || sf.local.some((w) => MERGED_STEMS.has(w))) return false;
  if (!claim.tokens.some((t) => !t.capitalised && MERGED_STEMS.has(t.stem) && fact.local.includes(t.stem))) return false;
  return sf.clauseOrgs.some((o) => !claim.entities.some((e) => e.type === "organisation" && sameOrganisation(e.name, o)));
}
/** Words that make one of several bodies: "merged", "combined", "amalgamated", "enlarged". */
const MERGED_STEMS: ReadonlySet<string> = new Set(["merged", "combined", "amalgamated", "enlarged"].map((w) => stem(w)));

/** The first words' stems of the names a figure's clause joins by "and" or "or" (see `countsOneOfTheJoined`), memoised per fact. */
function joinedNamesOf(claim: SentenceAnalysis, fact: FactMention): readonly (readonly [string, string])[] {
  const known = joinedNames.get(fact);
  if (known) return known;
  const out: (readonly [string, string])[] = [];
  const ts = claim.tokens;
  // The first word of the run of capitalised words that ends at `end` (none at the sentence's start).
  const runStart = (end: number): number => {
    let i = end;
    while (i > 0 && ts[i - 1]!.capitalised && !ts[i - 1]!.numeric) i--;
    return i;
  };
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if ((t.lower !== "and" && t.lower !== "or") || !ts[i - 1]!.capitalised || ts[i - 1]!.numeric) continue;
    const a = ts[runStart(i - 1)]!;
    let j = i + 1;
    while (j < ts.length && JOINED_NAME_LEAD.has(ts[j]!.lower) && !ts[j]!.capitalised) j++;
    const b = ts[j];
    if (!b || !b.capitalised || b.numeric || a === ts[0] || a.stem === b.stem || !fact.local.includes(a.stem) || !fact.local.includes(b.stem)) continue;
    out.push([a.stem, b.stem]);
  }
  joinedNames.set(fact, out);
  return out;
}
const joinedNames = new WeakMap<FactMention, readonly (readonly [string, string])[]>();
/** Words between "and"/"or" and the name it joins: "or the Penford birth centre", "and at Brayford". */
const JOINED_NAME_LEAD = new Set(["the", "at", "in", "to", "from"]);

/**
 * A span over which a sum changed ("The estimate rose by £1.3 million in about three weeks": its
 * measure holds the sum's currency) against a span of a report whose sentence changes no sum
 * ("Fuel costs rose by 31 per cent over two years"): the spans of two changes.
 */
function spanOfAnotherChange(fact: FactMention, sf: FactMention, sourceFacts: () => readonly FactMention[]): boolean {
  if (!fact.quantity?.unit || !isDuration(fact.quantity.unit)) return false;
  const sum = fact.measure.find((m) => m.startsWith("currency:"));
  if (!sum || sf.measure.includes(sum)) return false;
  return !sourceFacts().some((f) => !!f.quantity?.currency && "currency:" + f.quantity.currency === sum);
}

/**
 * "Even with those six routes restored": a count after "those" or "these" is of a group its report
 * named before, there to be told again; as a rival account of another count, the first telling
 * is. (Counts only: "those 2.4 kilometres of walls" still measures them.)
 */
function toldAgainAgainstACount(fact: FactMention, sf: FactMention): boolean {
  const q = fact.quantity;
  return !!sf.toldAgain && !fact.toldAgain && !!q && !q.currency && !q.percent && !(q.unit && physicalFamily(q.unit));
}

/**
 * "Kestrel Park has 6,700 seats outside the Riverside Stand" against "The Riverside Stand ... holds
 * 2,900 of the ground's 9,600 seats": a count of a sentence that names what the claim's count
 * leaves out is that part's or the whole's, no rival account of the rest.
 */
function leftOutByTheClaim(fact: FactMention, sf: FactMention, sentenceTerms: readonly string[]): boolean {
  return !!fact.restOf && !sf.restOf && fact.restOf.every((t) => sentenceTerms.includes(t));
}

/**
 * "Sixteen of the campsite's pitches were unoccupied on the day of the fire" against "will reopen
 * with only 70 of its 120 pitches": two parts of a whole, the claim's told by what it says of its
 * things after naming them (its clause's words after its noun) and the source's in a sentence
 * that says none of that, are two parts. (Not the words of the whole: "15 of the stranded boats
 * were people's homes" and "29 of the 44 stranded boats have been lifted out" share "stranded".
 * A part whose sentence says any of it, "nine of its 23 police stations will close", answers "11
 * of the 23 stations will close".)
 */
function anotherPartOfTheWhole(claim: SentenceAnalysis, fact: FactMention, sf: FactMention, sentenceTerms: readonly string[]): boolean {
  const q = fact.quantity;
  if (!fact.part || !sf.part || !q?.unit) return false;
  const noun = stem(q.unit.toLowerCase());
  const at = claim.tokens.findIndex((t) => t.span.start >= q.valueSpan.end && t.stem === noun);
  if (at < 0) return false;
  // (A noun, not a verb read as the count's unit: "58 ended in a crash"; and the subject of a
  // verb after it, so that what follows says what is so of the part: not "holds 17 of the 48
  // seats on Kelsford council", whose words after are the whole's.)
  const next = claim.tokens[at + 1];
  if (isPastVerb(claim.tokens[at]!.lower) || !next || !(SUBJECT_VERBS.has(next.lower) || isPastVerb(next.lower))) return false;
  const told = claim.tokens
    .slice(at + 1)
    .filter((t) => !t.numeric && t.stem !== noun && (fact.local.includes(t.stem) || fact.measure.includes(t.stem)))
    .map((t) => t.stem);
  // A sentence's terms hold its places by key ("place:europe"), not by their words.
  for (const t of fact.local) if (t.startsWith("place:")) told.push(t);
  return told.length > 0 && !told.some((t) => sentenceTerms.includes(t));
}

/**
 * "The audit found 85 placements that should not have been counted" against "lowered its count of
 * placements to 402": a count its own relative clause denies something of ("who did not vote")
 * counts those left out, no account of a count that says nothing of the kind. (Both so denied may
 * be one count.) And "All 187 union members who walked out remain on strike" against "Some 173
 * union members voted on the deal": a count its relative clause defines by words the claim never
 * says counts others (as a claim's own defining words do, see `definingWords`).
 */
function countsByItsOwnClause(claim: SentenceAnalysis, fact: FactMention, sf: FactMention, sourceText: () => string): boolean {
  const end = sf.quantity?.unitSpan ? sf.quantity.span.end : undefined;
  if (end === undefined || !fact.quantity) return false;
  const text = sourceText();
  if (!RELATIVE_AFTER.test(text.slice(end, end + 8))) return false;
  const theirs = relativeClause(tokenize(text, end, Math.min(text.length, end + 80)), end);
  if (!theirs?.length) return false;
  const ours = fact.quantity.unitSpan ? relativeClause(claim.tokens, fact.quantity.span.end) : undefined;
  if (theirs.some((t) => NEGATION.test(t.text)) && !ours?.some((t) => NEGATION.test(t.text))) return true;
  // (Defining words of a count of things only, and of one that heads its phrase: a sum's clause
  // tells what it is ("a £10,000 bonus that organisers pay for a national record"), and one after
  // "of" may be the whole's ("a block of 64 flats that opened in 2023").)
  if (sf.quantity!.currency || sf.quantity!.percent || OF_JUST_BEFORE.test(text.slice(Math.max(0, sf.quantity!.span.start - 4), sf.quantity!.span.start))) return false;
  const defining = theirs.filter((t) => isContent(t) && !t.numeric);
  return defining.length > 0 && !defining.some((t) => claim.terms.includes(t.stem));
}

/** "of" right before a figure: "a block of 64 flats". */
const OF_JUST_BEFORE = /\bof\s+$/i;

/** Verbs that follow a count as its subject: "16 of the pitches were ...", "15 of the boats had ...". */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(["were", "was", "are", "is", "had", "have", "has", "will", "would", "could", "can", "may", "might", "must", "should", "remain", "remained", "remains", "stay", "stayed", "lay", "lie", "sat", "stood"]);

/** A relative word right after a figure and its noun (see `relativeClause`). */
const RELATIVE_AFTER = /^\s(?:that|who|which|whom)\s/i;
/** Relative words that open a clause saying which things a count counts. */
const COUNT_RELATIVES: ReadonlySet<string> = new Set(["that", "who", "which", "whom"]);
/** How many words of a count's relative clause say which things it counts. */
const RELATIVE_WORDS = 4;

/**
 * The first words of a relative clause that opens right after the figure and its noun ending at
 * `end` ("85 placements that| should not have been counted"), up to a stop or comma; undefined
 * where none opens there. (Not a clause joined after: "£310 million and that it would not
 * produce electricity".)
 */
function relativeClause(tokens: readonly Token[], end: number): Token[] | undefined {
  const i = tokens.findIndex((t) => t.span.start >= end);
  if (i < 0 || tokens[i]!.span.start - end > 1 || !COUNT_RELATIVES.has(tokens[i]!.lower)) return undefined;
  const out: Token[] = [];
  for (let k = i + 1; k < tokens.length && k <= i + RELATIVE_WORDS; k++) {
    if (tokens[k]!.span.start - tokens[k - 1]!.span.end > 1) break;
    out.push(tokens[k]!);
  }
  return out;
}

/**
 * An age against a span of time that is no age ("the 71-year-old volunteer warden" against "a
 * volunteer warden for almost two decades"): years of a life and years of a post.
 */
function ageAgainstSpan(a: FactMention, b: FactMention): boolean {
  return isDuration(a.quantity?.unit) && isDuration(b.quantity?.unit) && a.measure.some(isAgeMeasure) !== b.measure.some(isAgeMeasure);
}

/**
 * What a holder has ("Cliff Lane had 38 houses when it was built") against a count of what was
 * done to such things ("Five houses were demolished on Cliff Lane") or of who did something
 * ("attended by about 350 students"): two counts, however alike their nouns; and a count of what
 * was done to some against one of those who did something.
 */
function holdingAgainstDone(a: FactMention, b: FactMention): boolean {
  // (So is a count of what was done to them against one of those who did a deed: "Sixty-three
  // installers were struck off" and "1,420 installers had signed up to the scheme's register".)
  // (Not where the doers did what was done to the others: "33 of the 41 residents have now moved
  // out" and "14 residents had been moved out".)
  return (a.size === "had" && !a.doneTo && (!!b.doneTo || !!b.agents)) || (!!a.doneTo && typeof b.agents === "string" && !b.doneTo && !a.local.includes(b.agents));
}

/** Verbs of an end: a date something ends on is where it runs until (see `ShapeWeights.otherUntil`). */
const ENDING_STEMS: ReadonlySet<string> = new Set(["end", "ended", "finish", "finished", "expire", "expired", "conclude", "concluded"].map(stem));

/** A negation: "not", "never", "hasn't". */
const NEGATION = /\b(?:not|never|no longer)\b|n['\u2019]t\b/i;

/**
 * Whether the claim says what would have been but for something ("Without the one-third reduction
 * ..., the fine would have been £54,000"), or would be if something were ("If volunteers took over
 * all 11 ..., the grants would add up to £220,000"): no account of what was. (A bare "would have cost £14m"
 * may restate a planned cost, which a report gives as it is.)
 */
function counterfactual(claim: SentenceAnalysis): boolean {
  return COUNTERFACTUAL.test(wordsOf(claim));
}
const COUNTERFACTUAL = /\b(?:without|but\s+for|otherwise|had\s+it\s+not|if\s+it\s+had\s+not|were\s+it\s+not)\b|^\s*if\b/i;

/** The claim's words, spaced (its analysis keeps no text), joined once per claim. */
export function wordsOf(claim: SentenceAnalysis): string {
  let words = claimWords.get(claim);
  if (words === undefined) claimWords.set(claim, (words = claim.tokens.map((t) => t.text).join(" ")));
  return words;
}
const claimWords = new WeakMap<SentenceAnalysis, string>();

/** Whether the claim says "not", "never" or "n't". */
function negates(claim: SentenceAnalysis): boolean {
  return NEGATION.test(wordsOf(claim));
}

/** Whether the claim names a place, body or thing that `theirs` (a source sentence's names) does not. */
function namesMore(claim: SentenceAnalysis, theirs: readonly Pick<EntityMention, "name">[]): boolean {
  return claim.entities.some((e) => {
    const name = e.name.toLowerCase();
    return e.type !== "person" && !isCalendarWord(name) && !theirs.some((t) => t.name.toLowerCase().includes(name));
  });
}

/**
 * Whether a source's age is said of a person the claim names by every name it is given: "his
 * wife Pauline, 64," (age:paulin) for "Pauline Ashworth is 64" (age:ashworth, age:paulin), whoever
 * else its sentence names ("Graham Ashworth, 67, and his wife Pauline, 64"). "Graham Ashworth, 67,"
 * (age:ashworth, age:graham) is not: one of its names is another's. Nor is an age of a noun ("a
 * 62-year-old man"): that says nothing of whom. (Other guards on people also stand between an
 * age and another's: this only lets a first name's age through.)
 */
function ageOfTheClaimsOwner(claim: SentenceAnalysis, fact: FactMention, sf: FactMention): boolean {
  let shared = false;
  for (const m of sf.measure) {
    if (!isAgeMeasure(m)) continue;
    if (!fact.measure.includes(m)) return false;
    const owner = m.slice(4);
    if (!claim.entities.some((e) => isPerson(e) && e.name.split(/\s+/).some((w) => stem(w.toLowerCase()) === owner))) return false;
    shared = true;
  }
  return shared;
}

/**
 * Stems of units that say how much, not of what ("40.3C", "23.1mm", "magnitude 7.4"): a figure
 * measured by one alone is no specific measure, as a sum of money is not ("77 firearms" is), so it
 * needs as much of the claim's context as any figure to agree or disagree. (Shares have their
 * own guards: see `sharedKind`.)
 */
const MEASUREMENT_UNITS = new Set(
  [
    "celsius", "fahrenheit", "degree", "millimetre", "centimetre", "metre", "kilometre", "millimeter", "centimeter", "meter", "kilometer",
    "mile", "mph", "kmh", "knot", "foot", "inch", "acre", "hectare", "kilo", "kilogram", "gram", "milligram", "microgram", "pound", "tonne", "ton",
    "litre", "millilitre", "liter", "gallon", "decibel", "magnitude",
    // Families of units (see `physicalFamily`).
    "length", "mass", "power", "energy", "kilowatt", "megawatt", "gigawatt",
  ].map((w) => stem(w)),
);

/**
 * The claim names people, and `entities` (a source sentence's, its text read by `textOf`) name people, none of them
 * the claim's. One who chairs or leads a body ("The tribunal's panel, chaired by retired judge
 * Amelia Crane, heard evidence from seven witnesses") is not whom the sentence's figure is of.
 */
function namesOtherPeople(claim: SentenceAnalysis, entities: readonly Pick<EntityMention, "type" | "name" | "span">[], textOf: () => string): boolean {
  // Not a lone word the claim's names read as a person and the source's sentence as a body's
  // name ("picked Ardlow": Ewan Ardlow to the corpus's names, Ardlow Marine Works to its report).
  const ours = claim.entities.filter((e) => isPerson(e) && !introducedAsHead(claim.tokens, e.span.start) && !(!/\s/.test(e.text) && entities.some((x) => x.type !== "person" && x.name.split(/\s+/).includes(e.text))));
  if (!ours.length) return false;
  let named = false;
  for (const e of entities) {
    if (e.type !== "person") continue;
    if (ours.some((o) => samePerson(o.name, e.name))) return false;
    if (!HEAD_BEFORE.test(textOf().slice(Math.max(0, e.span.start - 60), e.span.start))) named = true;
  }
  return named;
}

/** "chaired by retired judge ", "led by 58-year-old ": a body's head named next. */
const HEAD_BEFORE = /\b(?:chaired|led|headed|run|founded|managed)\s+by\s+(?:[\p{Ll}\d][\p{Ll}\d'’-]*\s+){0,3}$/u;
const HEAD_VERBS = new Set(["chaired", "led", "headed", "run", "founded", "managed"]);

/** Whether the claim's name starting at `start` follows "chaired by" or the like (see `HEAD_BEFORE`). */
function introducedAsHead(tokens: readonly Token[], start: number): boolean {
  let i = tokens.findIndex((t) => t.span.start >= start) - 1;
  if (i < 0) return false;
  for (let skipped = 0; skipped < 6 && i >= 0 && tokens[i]!.lower !== "by"; skipped++, i--) {
    const t = tokens[i]!;
    if (t.capitalised || /^[,.;:()"]$/.test(t.text)) return false;
  }
  return i > 0 && tokens[i]!.lower === "by" && HEAD_VERBS.has(tokens[i - 1]!.lower);
}

/** Verbs that date a thing's making ("dating from", "dates back to", "built in"). */
const DATING_VERBS = new Set(["dating", "dates", "dated", "built", "made", "founded", "erected"]);
/** Words between a thing and its dating verb ("which dates from"). */
const DATING_JOINERS = new Set(["which", "that", "and", "both", "all"]);

/** The stem of the thing a dating verb within a few words before `at` dates ("a matching paten, dating from": paten). */
function thingDated(tokens: readonly Token[], at: number): string | undefined {
  let i = tokens.findIndex((t) => t.span.start >= at);
  if (i < 0) i = tokens.length;
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    if (!DATING_VERBS.has(tokens[k]!.lower)) continue;
    let j = k - 1;
    while (j > 0 && DATING_JOINERS.has(tokens[j]!.lower)) j--;
    return isContent(tokens[j]!) ? tokens[j]!.stem : undefined;
  }
  return undefined;
}

/**
 * A century of one thing's making against another's ("a chalice and its matching paten, dating
 * from the middle of the 14th century" against "St Botolph's Church ..., a listed building dating
 * from the 12th century"): the things dated differ, and the source's sentence does not name the
 * claim's.
 */
function centuryOfAnotherThing(claim: SentenceAnalysis, fact: FactMention, sf: FactMention, sourceText: () => string): boolean {
  if (!fact.measure.includes("ordinal:centuri")) return false;
  const ours = thingDated(claim.tokens, fact.span.start);
  if (ours === undefined) return false;
  const tokens = tokenize(sourceText());
  const theirs = thingDated(tokens, sf.span.start);
  return theirs !== undefined && theirs !== ours && !tokens.some((t) => t.stem === ours);
}

/**
 * The source fact's clause holds a word of the claim fact's clause that is not part of a name in
 * the claim, nor a word any sum or share goes with ("cost", "paid", "rise"): "the wall would have
 * cost £14m" and "the average property now costs £296,000" share only how money is spoken of.
 */
function sharesClauseWord(claim: SentenceAnalysis, fact: FactMention, sf: FactMention): boolean {
  const nameWords = new Set(claim.entities.flatMap((e) => e.name.toLowerCase().split(/\s+/).map(stem)));
  return fact.local.some((w) => !nameWords.has(w) && !MONEY_AND_SHARE_WORDS.has(w) && w !== POINT && w !== PERCENTAGE && !w.startsWith("place:") && sf.local.includes(w));
}

/**
 * Stems of the words any sum or share goes with: they say how much, or that it was expected or
 * forecast, not of what ("The crossing is expected to cost £3.1bn" says nothing of a wind farm's
 * expected cost).
 */
const MONEY_AND_SHARE_WORDS = new Set(
  ["cost", "costs", "paid", "pay", "spent", "spend", "worth", "sold", "bought", "charged", "earned", "raised", "brought", "generated", "rise", "rose", "fall", "fell", "increase", "decrease", "growth", "total", "expected", "forecast", "predicted", "projected"].map(stem),
);

/** A sum of money, a share, or a share's difference ("0.3 percentage points above inflation"): figures that say what they are of only in their clause. */
function isSumOrShare(fact: FactMention): boolean {
  const q = fact.quantity!;
  if (q.currency || q.percent) return true;
  // Asked of the claim's fact for every shape it meets: read once.
  let points = pointsFacts.get(fact);
  if (points === undefined) pointsFacts.set(fact, (points = PERCENTAGE_POINTS.test(q.nounPhrase ?? "")));
  return points;
}
const pointsFacts = new WeakMap<FactMention, boolean>();
const PERCENTAGE_POINTS = /^percentage\s+points?$/i;
/** The measure of "percentage points" (and of any points): no kind of thing. */
const POINT = stem("point");
const PERCENTAGE = stem("percentage");

/** What a sum or share is of, as its measure says: its words but the currency, the share and the words any sum goes with. */
function kindOf(f: FactMention): string[] {
  return f.measure.filter((m) => !m.startsWith("currency:") && m !== "percent" && m !== POINT && !MONEY_AND_SHARE_WORDS.has(m));
}

/** Whether two shares are each said to be of a thing (and so, where `sharedKind` says no, of different things). */
function sharesOfOtherThings(a: FactMention, b: FactMention): boolean {
  return !!a.quantity?.percent && !!b.quantity?.percent && kindOf(a).length > 0 && kindOf(b).length > 0;
}

/** Both money or share figures say what they are of, and one thing ("cash", "workforce"); an expectation says of what by neither. */
function sharedKind(a: FactMention, b: FactMention): boolean {
  const y = new Set(kindOf(b));
  return kindOf(a).some((m) => y.has(m));
}

/**
 * The noun a figure without one of its own counts: its neighbour's ("cut 4,200 jobs, including
 * 1,500 in the UK": jobs) or its whole's ("12 of its 160 routes": routes).
 */
function countedNoun(sf: FactMention): string | undefined {
  return !sf.quantity ? undefined : sf.measure.find((m) => !m.startsWith("currency:") && m !== "percent");
}

/**
 * Claim words a source fact says without writing them, counted as covered: the stems of the
 * claim's organisation names that it names under another form ("Met" / "Metropolitan Police"),
 * and the owner of an age both give.
 */
function creditedWords(claim: SentenceAnalysis, fact: FactMention, sf: FactMention): Set<string> | undefined {
  let out: Set<string> | undefined;
  // "The 24-year-old, running ..." after a sentence naming Kiprono: the age's owner is named by
  // the age (see `measureOf`).
  for (const m of sf.measure) {
    if (!isAgeMeasure(m) || !fact.measure.includes(m)) continue;
    out ??= new Set();
    out.add(m.slice(4));
  }
  for (const e of claim.entities) {
    if (e.type !== "organisation" || !sf.orgs.some((o) => sameOrganisation(o, e.name))) continue;
    out ??= new Set();
    for (const w of e.name.split(/\s+/)) out.add(stem(w.toLowerCase().replace(/['\u2019]s$/, "")));
  }
  return out;
}

/** The weight of the claim's terms (less `skip`) in the source fact's own clause. */
function localWeight(index: CorpusIndex, terms: string[], sf: FactMention, skip: Set<string>): number {
  const local = new Set(sf.local);
  let got = 0;
  for (const t of terms) if (!skip.has(t) && local.has(t)) got += index.idf(t);
  return got;
}

/** Both name the same organisation or place explicitly: the same body's figure. */
function sharesScope(a: FactMention, b: FactMention): boolean {
  return a.orgs.some((x) => b.orgs.some((y) => sameOrganisation(x, y))) || a.places.some((p) => p !== "World" && b.places.includes(p));
}

/**
 * Whether the source fact's own clause names every place of the claim fact's and more: a figure
 * for England, Wales and Northern Ireland is not England's. Clause places only: a sentence's
 * other clauses name other figures' places ("In Wales, 29.1% ..., while in Northern Ireland ...").
 */
function widerScope(fact: FactMention, sf: FactMention): boolean {
  const ours = fact.places.filter((p) => p !== "World");
  const theirs = sf.clausePlaces.filter((p) => p !== "World");
  return ours.length > 0 && theirs.length > ours.length && ours.every((p) => theirs.includes(p));
}

/** Dates are about the same event when their clauses share the verb ("cracked in March" / "cracked it in April"). */
function sharesEvent(a: FactMention, b: FactMention): boolean {
  const bs = new Set(b.measure);
  return a.measure.some((t) => bs.has(t));
}

/**
 * Verbs of any event's course ("ends", "began", "opened"): two dates that share only one of them
 * share no event ("the climbing season ends in early June" / "ended City's unbeaten run on
 * Saturday"), so they need as much of the claim's words as any figure.
 */
const COURSE_VERBS = new Set(["end", "begin", "began", "begun", "start", "open", "close", "finish", "continu", "stop", "resum", "return", "come", "came", "go", "went", "gone", "take", "took", "taken", "happen", "occur"].map((w) => stem(w)));

/** Whether two dates share an event verb that is more than an event's course (see `COURSE_VERBS`). */
function sharesTellingEvent(a: FactMention, b: FactMention): boolean {
  const bs = new Set(b.measure);
  return a.measure.some((t) => bs.has(t) && !COURSE_VERBS.has(t));
}
