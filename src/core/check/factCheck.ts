import { claimInterval as claimIntervalOf, compareDates, dateInterval, compareQuantities, comparable, isMeasurementUnit, reportYear, sourceInterval, type Agreement, type Interval } from "../analysis/compareValues";
import { isKnownPlace } from "../analysis/gazetteer";
import { countedNounLemma, isCalendarWord, type Quantity } from "../analysis/quantities";
import { isBareCount } from "../analysis/sentenceSums";
import { weekdayDate, writtenDay, WEEKDAY_NUMBERS } from "../analysis/dates";
import { isGenericBodyWord, sameOrganisation, surnameOf } from "../analysis/entities";
import { isAgeMeasure, isDuration, opensOnItsPeak, placeKey, tellsOfChange, wordsOutsideNames, SCALE_TOP, type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import type { Evidence } from "../types";
import { isContent, STOPWORDS, stem, tokenize, type Token } from "../analysis/tokens";
import { isPastVerb } from "../analysis/verbs";
import { documentSays, figureFollowedBy } from "./indexMemos";
import { FIGURE_NO_LEVEL, FIGURE_PART, FIGURE_SO_FAR, FIGURE_TOTAL, FIGURE_REACHED, FIGURE_LAST, FIGURE_YEARS_BACK, type FactColumns } from "../index/factColumns";
import type { ShapedList } from "../index/measureShapes";
import { EVIDENCE_MAX, otherBodies } from "./context";
import { agreeingOfAnotherStory, anotherStoryGuard, claimStoryNames, isPerson, nameWords, namesBody, namesTheUnheardOf, oneNamedGuard, sameWords, sentenceWords } from "./storyGuards";
import { listOf } from "../text/objectLists";
import { EARLIER_REPORT_DAYS, tallyOfAnotherTime, runningByAnotherDay, tallyWeekdayOf, dayOfAnotherTally, tallyOfAnotherDay, tallyOfAnotherMonth, yearOfDay, newestHolding, reportDay, datelineOf, BESIDE_SENTENCES_READ } from "./reportTimes";
import { someAddUpTo, PARTS_SUMMED_MAX, partsOfTheSum, someSumWithin, partOf, figuresLike, figuresOfMeasure, addsUpTo, PARTS_DOCS_READ, wholeOfPart, restsOfTheClaimsSum, restOfTheWhole, isShareOfOwnFigures } from "./sumsAndParts";
import { type Candidate, CandidateRecord, bestPerDocument, byScoreDescending, DISPUTE_RATIO, dropDisagreeing, dropWhere, perRecordFigure, perSharedFigure, recordFigureKey, perWording } from "./candidates";
import { type ShapeWeights, type Shape, NO_NUMBERS, type ScoreCard, type NumberTerm, weightsFor, weighShape } from "./shapeWeights";
import { figureDates, type FigureDates, UNDATED, type ClaimTime, yearMonthsOf, claimTimesOf, dayOfMonthSaid, storyLead, figureDatedAlone, PARTICIPLE_GAP } from "./figureTimes";
import { subjectOfEvent, NUMBERED_THING_ACTS, givesTheEventToAnother, type EventSubject, namesOtherNumbers, namedActorActs, type DateThing, thingsOfDate, namesThing, anotherThingOfKind, copulaSubject, claimNameStems } from "./eventSubjects";
import { leftOutFacts, definingWords, eventNamedByThe, disownedValues, kindsOfBodyNamed, saysItWas, saysNowBefore, saysATotalOf, hyphenedSizeBody, spanBetweenEvents, bodiesOf, sidesOf, tellsTheOtherSide, claimOrdinalWord, saysNotSo, NOT_SO, clauseFigures, withoutAsidesAround, distanceLocated, lastPlaceBefore, MARGIN_WORDS } from "./claimReadings";

/** What the corpus says about one figure or date of a claim. */
export interface FactAssessment {
  fact: FactMention;
  verdict: "supported" | "contradicted" | "disputed" | "unknown";
  /** Passages that agree, one per source, best first: `agreeing[i]` is from `agreeingDocs[i]`. */
  agreeing: Evidence[];
  /** Passages that disagree, one per source, the most common value first: `disagreeing[i]` is from `disagreeingDocs[i]`. */
  disagreeing: Evidence[];
  /** The sources' value where the claim's is wrong ("746"). */
  suggestion?: string;
  /** Each value the sources give for this fact, with how many sources give it, most common first. */
  sides: { value: string; sources: number; agrees: boolean }[];
  /** The sources that agree (document numbers, one per source, best first): a common figure has thousands. */
  agreeingDocs: number[];
  /** The sentence ids of `agreeing`'s passages, in its order. */
  agreeingSentences: number[];
  /** The sources that disagree, as `disagreeing` orders them. */
  disagreeingDocs: number[];
}

/** Thresholds on `coverage` for a source fact to count as evidence about the claim's fact. */
const AGREE_MIN = 0.3;
/** The same figure of the same specific measure ("77 firearms") needs little context to agree. */
const AGREE_SAME_MEASURE_MIN = 0.15;
const DISAGREE_MIN = 0.4;
/** The very same distinctive figure with the claim's names needs this much context to agree. */
const SAME_FIGURE_MIN = 0.15;
/** Figures that count nothing named agree only in a passage this close to the claim. */
const BARE_FIGURE_MIN = 0.6;
/** In the source a claim cites, the same distinctive figure beside the claim's names is enough. */
const CITED_SAME_FIGURE_MIN = 0.05;
/** A different figure of the same specific, own measure needs less context to disagree. */
const DISAGREE_SPECIFIC_MIN = 0.2;
/**
 * Ages ("a 67-year-old man") describe people, and an archive describes many: another age
 * disagrees only in a passage that says nearly all the claim says (the same person).
 */
const AGE_DISAGREE_MIN = 0.7;
/** The same age agrees in a passage that says most of what the claim says of that person. */
const AGE_AGREE_MIN = 0.6;
/** The same age of the person the claim names (by surname) needs less: the name says whose it is. */
const NAMED_AGE_AGREE_MIN = 0.3;
/**
 * Another age of the person the claim names (by name) needs less than an unnamed one's: the name
 * says whose it is ("Alan Brooks, the founder of Clean Teme, is 67" against "founded by retired
 * teacher Alan Brooks, 71,").
 */
const NAMED_AGE_DISAGREE_MIN = 0.35;
/**
 * An age its source gives of the claim's person by full name (first name and surname, as its
 * report names her) needs less still, to agree or to disagree: "said Oyelaran, 73, a retired
 * teacher" in a report that names Margaret Oyelaran is her age, whatever else the claim says of her.
 */
const FULL_NAME_AGE_MIN = 0.2;
/** The stems of the words of "-year-old". */
const AGE_WORDS = new Set(["year", "old"]);
/** The same, for a source that names the claim's own body or place. */
const SCOPED_DISPUTE_RATIO = 0.6;
/**
 * How close to the best figure that names the claim's body or place a figure that names none, in
 * a report whose headline names it, must match to be heard beside it (see `headlineNamesScope`).
 */
const HEADLINE_SCOPE_RATIO = 0.4;
/** A side held by at most this share of the other side's sources is a fringe, not a dispute. */
const FRINGE = 1 / 3;

/**
 * Compares one fact of a claim with every fact of the corpus that measures the same thing in a
 * compatible scope. A source agrees if any of its facts agrees in context; otherwise it disagrees
 * if one of its facts on the same measure and scope disagrees. Sides are weighed by how many
 * sources hold each value, so a corpus with one stray copy does not turn a fact into a dispute.
 */
export function assessFact(index: CorpusIndex, wholeClaim: SentenceAnalysis, fact: FactMention, docs?: Set<number>): FactAssessment {
  // The figure's own names: not those of an aside about someone else ("Jason Pryce, whom the judge
  // called Morrow's lieutenant, received a twelve-year sentence" tells nothing of Morrow's term).
  const claim = withoutAsidesAround(wholeClaim, fact.span);
  const candidates: Candidate[] = [];
  const claimUnit = fact.quantity?.unit ? stem(fact.quantity.unit.toLowerCase()) : undefined;
  const claimTerms = new Set(claim.terms);
  const isAge = fact.measure.some(isAgeMeasure);
  const nameStems = claimNameStems(claim);
  // "Okonjo, 24," is the age of the one the claim names: the same age of that name agrees in any
  // passage that says a little of the claim ("Okonjo, 24, broke Kovacs's serve three times").
  const namedAge = isAge && fact.measure.some((m) => isAgeMeasure(m) && nameStems.includes(m.slice(4)));
  const claimAges = fact.measure.filter(isAgeMeasure);
  const disagreeMin = (specific: boolean): number => (isAge ? (namedAge ? NAMED_AGE_DISAGREE_MIN : AGE_DISAGREE_MIN) : specific ? DISAGREE_SPECIFIC_MIN : DISAGREE_MIN);
  // Agreement without a shared measure needs a stronger context ("60,000 people subscribed" for "60,000 users").
  const agreeMinFor = (measure: boolean, specific: boolean): number =>
    measure ? (isAge ? (namedAge ? NAMED_AGE_AGREE_MIN : AGE_AGREE_MIN) : specific ? AGREE_SAME_MEASURE_MIN : AGREE_MIN) : docs ? CITED_SAME_FIGURE_MIN : SAME_FIGURE_MIN;
  const weigh = (terms: readonly string[]) => {
    let total = 0;
    const numbers: NumberTerm[] = [];
    const skip = new Set<string>();
    let ageWords = 0;
    for (const t of terms) {
      const w = index.idf(t);
      total += w;
      if (HAS_DIGIT.test(t)) numbers.push({ term: t, weight: w });
      // "a 52-year-old": an age's own words are said by any age ("Rudd, 52,"), as its number is by the figure.
      else if (isAge && AGE_WORDS.has(t)) {
        skip.add(t);
        ageWords += w;
      }
    }
    for (const n of numbers) skip.add(n.term);
    return { total, numbers, skip, ageWords };
  };
  const all = weigh(claim.terms);
  // An age's clause is often only its person ("the owner, a 58-year-old man, was treated"), which
  // every other man's age matches: an age is weighed on the whole claim.
  const clause = fact.local.length >= 2 && !isAge ? weigh(fact.local) : undefined;
  // A span of time whose clause is only a verb and its unit ("... and ran for seven days") may
  // agree, but is too little to dispute by: any span run for matches it as well ("The chase ran
  // for eight minutes"). A disagreeing figure's sentence must share another of the claim's words.
  const thinClause = clause !== undefined && !!fact.quantity?.unit && isDuration(fact.quantity.unit) && fact.local.filter((t) => t !== claimUnit).length < 2;
  // The claim's own words a report of its story uses (see `tellsTheClaimsStory`): not its names,
  // its fact's measure or calendar words; words no source uses are the writer's own.
  const ownWords = wordsOutsideNames(claim, claim.terms).filter((t) => !fact.measure.includes(t) && !isCalendarWord(t) && !MARGIN_WORDS.has(t));
  const storyTerms = ownWords.filter((t) => index.hasTerm(t));
  const shapes = new Map<number, Shape>();
  const weights = weightsFor(index, claim, fact);
  // "an extra £975 before tax" for "will be £975 a year better off before tax": the very same sum,
  // written to three significant figures or more, needs no more context to agree than a figure
  // of a specific measure (a round "£900" may be any sum's).
  const distinctSum = fact.kind === "quantity" && fact.quantity!.currency !== undefined && significantDigits(fact.quantity!.value) >= 3;
  // So does a measurement written to four, given as it is, by the very same figure of its unit
  // ("Everest is 8,849 metres high" / "the 8,849-metre (29,032-foot) peak"). (Only the very
  // figure: a looser match's bar stays, so "8,489 metres" is not backed by "8,000-metre peaks".)
  const distinctMeasurement = fact.kind === "quantity" && !isAge && !!fact.quantity!.unit && isMeasurementUnit(fact.quantity!.unit) && fact.quantity!.qualifier === "exact" && significantDigits(fact.quantity!.value) >= 4;
  const subject = copulaSubject(claim, fact);
  const allNumbers = all.numbers.reduce((n, x) => n + x.weight, 0);
  const clauseNumbers = clause ? clause.numbers.reduce((n, x) => n + x.weight, 0) : 0;
  const defining = definingWords(claim, fact);
  const shapeOf = (id: number, fid: number): Shape => {
    let shape = shapes.get(id);
    if (!shape) {
      let w = weights.get(id);
      if (!w) {
        // Read from the shared records: weighing reads no offset, and a cold index makes no objects for it.
        const sid = index.factColumns.sentence[fid]!;
        const s = { id: sid, terms: index.sentenceRecord(sid).terms };
        weights.set(id, (w = weighShape(index, claim, fact, s, index.factRecord(fid), all.skip, clause?.skip, all.ageWords, nameStems, subject)));
      }
      // The best score any near-copy could reach: every number word of the claim in its clause.
      const best = Math.max(all.total ? (w.coveredClaim + allNumbers) / all.total : 0, clause?.total ? (w.coveredClause + clauseNumbers) / clause.total : 0);
      const sourceMeasure = namedAge && claimAges.length >= 2 ? index.factRecord(fid).measure : undefined;
      const fullNamed = !!sourceMeasure && claimAges.every((m) => sourceMeasure.includes(m));
      const agreeMin = fullNamed ? FULL_NAME_AGE_MIN : agreeMinFor(w.measure, w.specific || distinctSum);
      const shapeDisagreeMin = fullNamed ? FULL_NAME_AGE_MIN : disagreeMin(w.specific);
      shape = {
        w,
        unitBonus: w.unit && (claimUnit ? w.unit === claimUnit : claimTerms.has(w.unit)) ? 0.5 : 0,
        // (A distinct measurement's very figure may agree at a specific measure's bar: see `consider`.)
        canAgree: w.comparable && (w.sameScope || (w.worldwide && w.sameScopeWorldwide)) && !w.otherSide && best >= (distinctMeasurement ? Math.min(agreeMin, agreeMinFor(w.measure, true)) : agreeMin),
        canDisagree:
          w.comparable && w.sameScope && !w.widerScope && w.measure && !(fact.kind === "quantity" && w.unmeasured) && !w.subjectElsewhere && !w.anotherGroup && !w.otherOccasion && !w.otherYear && !w.otherPeriod && best >= shapeDisagreeMin &&
          (!defining.length || defining.some((t) => index.factRecord(fid).local.includes(t))),
        agreeMin,
        disagreeMin: shapeDisagreeMin,
        cards: new Map(),
        sharesMore: -1,
      };
      shapes.set(id, shape);
    }
    return shape;
  };
  // Near-copies repeat number words: each set is weighed once per shape.
  const claimInterval = fact.quantity ? claimIntervalOf(fact.quantity) : undefined;
  // "Of the eight workers on the deck, two were pulled alive": a figure is not disputed by the very
  // value its own claim gives another figure of the same thing ("Eight workers ... were on the
  // deck"; "38 of its 412 supermarkets" and a headline's "38 supermarkets"). Not a set's score:
  // "6-3 7-5" gives each set its own.
  // Not a figure of another unit ("seven marathons in ten days": the days are no marathons).
  // (Sums of one currency whatever their nouns: "a £750,000 grant ... the £3.4 million estimate" is
  // not disputed by "a one-off grant of £750,000".)
  // (Nor a verb's form read as a noun: "three men in all; the two arrested in Felsby".)
  const sameUnit = (f: FactMention) => !f.quantity!.unit || !fact.quantity!.unit || f.quantity!.unit === fact.quantity!.unit || (!!f.quantity!.currency && f.quantity!.currency === fact.quantity!.currency) || (f.quantity!.nounPhrase !== undefined && isPastVerb(f.quantity!.nounPhrase));
  // So is a bare whole the claim gives its count against ("only two ... councils ..., out of 38").
  const bareWhole = (f: FactMention) => f.measure.every((m) => m === SCALE_TOP) && !f.quantity!.unit && !f.quantity!.currency && !f.quantity!.percent && !f.quantity!.isYear;
  // (Both ends of a change the reader took for a span: "taking the scheme from roughly 600 to 1,000".)
  const claimsOtherValues =
    fact.kind === "quantity" && fact.quantity!.tally === undefined
      ? claim.facts.filter((f) => f !== fact && f.kind === "quantity" && ((sameUnit(f) && f.measure.some((m) => fact.measure.includes(m))) || bareWhole(f))).flatMap((f) => (f.from && f.quantity!.high !== undefined ? [f.quantity!.value, f.quantity!.high] : [f.quantity!.value]))
      : [];
  // "Between its nine town hubs and 23 village branches the council had 32 libraries": counts the
  // claim gives that add up to its figure are its parts, whatever their nouns, and no rival account of it.
  const q0own = fact.kind === "quantity" && !fact.part ? fact.quantity : undefined;
  const ownParts: number[] = [];
  if (q0own && isBareCount(q0own) && q0own.qualifier === "exact") {
    const own = claim.facts.filter((f) => f !== fact && f.kind === "quantity" && !!f.quantity && isBareCount(f.quantity) && !f.quantity.isYear && f.quantity.value < q0own.value).map((f) => f.quantity!.value);
    if (own.length >= 2 && someAddUpTo(own, q0own.value, q0own.value)) {
      claimsOtherValues.push(...own);
      ownParts.push(...own);
    }
  }
  // The whole a claim's part is of, where its sentence gives it ("five of the 23 routes": 23).
  const wholes = fact.part && fact.quantity ? claimsOtherValues.filter((v) => v > fact.quantity!.value) : [];
  const claimsWhole = wholes.length ? Math.max(...wholes) : undefined;
  // The part a claim gives of this figure, where this figure is that part's whole ("about 2,100
  // of the museum's roughly 12,400 objects": 2,100 of 12,400).
  const parts = fact.quantity && !fact.part ? claim.facts.filter((f) => f !== fact && f.part && f.kind === "quantity" && sameUnit(f) && f.quantity!.value < fact.quantity!.value && f.measure.some((m) => fact.measure.includes(m))).map((f) => f.quantity!.value) : [];
  // (Or the largest of those it adds up from: "17 village libraries" is nearer "23 village branches" than "32 libraries".)
  const claimsPartOfMe = parts.length || ownParts.length ? Math.max(...parts, ...ownParts) : undefined;
  // "241 excess deaths was 83 more than the county recorded in the 2022 heatwave": the figure the
  // claim measures its own against (158) is no rival account of it.
  const comparedWith = fact.quantity && !fact.difference ? claim.facts.filter((f) => f !== fact && f.kind === "quantity" && f.comparison && f.difference && sameUnit(f) && f.measure.some((m) => fact.measure.includes(m))).flatMap((f) => [fact.quantity!.value - f.quantity!.value, fact.quantity!.value + f.quantity!.value]) : [];
  // "Excluding the 2,140 tonnes landed by visiting vessels, 12,720 tonnes came ashore": the whole
  // with what the claim leaves out (14,860) is no rival account of what is left.
  if (fact.quantity && !fact.difference) for (const f of leftOutFacts(claim)) if (f !== fact && f.kind === "quantity" && sameUnit(f)) comparedWith.push(fact.quantity.value + f.quantity!.value);
  // "launched with 360 pedal bikes and 240 electric bikes" against "a fleet of 600 bikes": the
  // whole the claim's counts of one noun add up to is no rival account of either.
  // (Counted nouns only: "Excluding the 2,140 tonnes ..., 12,720 tonnes came ashore" gives a
  // whole of tonnes that is the claim's own to answer.)
  const countedParts = (f: FactMention) =>
    f.kind === "quantity" && !f.quantity!.currency && !f.quantity!.percent && !f.difference && !!f.quantity!.unit && f.quantity!.unit === fact.quantity?.unit && !isDuration(f.quantity!.unit) && !isMeasurementUnit(f.quantity!.unit);
  if (fact.quantity && countedParts(fact)) {
    const parts = claim.facts.filter(countedParts);
    if (parts.length >= 2) comparedWith.push(parts.reduce((n, f) => n + f.quantity!.value, 0));
  }
  // So is the very sum of all its counted things, whatever their nouns: "took 98 ewes from Low
  // Garth Farm ... and 57 sheep from Scar Top Farm" against "A total of 155 sheep were taken".
  const counted = (f: FactMention) => f.kind === "quantity" && !f.quantity!.currency && !f.quantity!.percent && !f.quantity!.isYear && !f.quantity!.per && !f.difference && !!f.quantity!.unit && !isDuration(f.quantity!.unit) && !isMeasurementUnit(f.quantity!.unit);
  if (fact.quantity && counted(fact)) {
    const all = claim.facts.filter(counted);
    if (all.length >= 2) comparedWith.push(all.reduce((n, f) => n + f.quantity!.value, 0));
  }
  const claimsSums = fact.quantity?.currency && !fact.quantity.per ? claim.facts.filter((f) => f.kind === "quantity" && f.quantity!.currency === fact.quantity!.currency && !f.quantity!.per && !f.quantity!.percent) : [];
  const claimsSum = claimsSums.length >= 2 ? claimsSums.reduce((n, f) => n + f.quantity!.value, 0) : undefined;
  // "The three component-plant closures ... account for around 700 jobs": a total (said as one)
  // over a few things the claim counts in words its figure's clause says (not of the figure's own
  // measure). Not a measurement: "The two bodies ... were found in about 60 feet of water".
  const severalCount =
    fact.kind === "quantity" && !fact.part && !fact.quantity!.per && !fact.quantity!.percent && !(fact.quantity!.unit && (isDuration(fact.quantity!.unit) || isMeasurementUnit(fact.quantity!.unit))) && claim.tokens.some((t) => TOTALLING_WORDS.has(t.lower))
      ? claim.facts.find(
          (f) =>
            f !== fact && f.kind === "quantity" && !!f.quantity!.unit && !f.quantity!.currency && !f.quantity!.percent && !f.quantity!.isYear && !f.part && Number.isInteger(f.quantity!.value) &&
            f.quantity!.value >= 2 && f.quantity!.value <= SEVERAL_MAX && f.span.end <= fact.span.start && f.measure.some((m) => fact.local.includes(m)) && !fact.measure.some((m) => f.measure.includes(m)),
        )
      : undefined;
  /** Whether a source figure's sentence counts the claim's several things (`severalCount`) by the claim's number; per shared record. */
  const countsTheSeveral = severalCount ? perRecordFigure(index, ({ facts }) => facts.some((f) => f.kind === "quantity" && f.quantity?.value === severalCount.quantity!.value && f.measure.some((m) => severalCount.measure.includes(m)))) : undefined;
  const cols = index.factColumns;
  const kind = fact.kind === "date" ? 1 : 0;
  // An event's dates are a handful of values over thousands of copies: each is compared once.
  const dateAgreements = new Map<number, Agreement | "coarser">();
  // "fell from 7.57 million in February": a date in a clause with a figure dates that figure, so a
  // source's date of another figure in its clause ("fell to 7.54 million in March") is another
  // fact, as is a weekday of a clause with no figure.
  const claimFigures = fact.kind === "date" ? clauseFigures(claim.facts, fact) : [];
  // A claim's date in a clause of no figure ("..., 11 hours and 40 minutes, was recorded on 14
  // January") is still not answered by a source's date of a figure it names alone ("the 803
  // recorded in February 2024") that is none of the claim's sentence's figures.
  const sentenceFigures = fact.kind === "date" && !claimFigures.length ? claim.facts.flatMap((f) => (f.kind === "quantity" && f.quantity && !f.quantity.isYear ? [f.quantity] : [])) : [];
  const datesAFigureAlone = (fid: number): boolean => {
    const s = index.sentence(cols.sentence[fid]!);
    const alone = figureDatedAlone(index.documents[s.doc]!.text, s.facts, s.facts[fid - s.firstFact]!);
    return !!alone && !sentenceFigures.some((c) => compareQuantities(c, alone) === "agrees");
  };
  const figuresAt = new Map<number, Quantity[]>();
  const datesAnotherFigure = (fid: number): boolean => {
    let theirs = figuresAt.get(fid);
    if (!theirs) {
      const s = index.sentence(cols.sentence[fid]!);
      figuresAt.set(fid, (theirs = clauseFigures(s.facts, s.facts[fid - s.firstFact]!)));
    }
    // A weekday alone, placed by its report's date, is weaker still: "rescuers reached them on
    // Sunday" dates no figure, and "The death toll had reached 604 by 17 September" dates one.
    return (theirs.length > 0 || cols.isWeekday(fid)) && !theirs.some((q) => claimFigures.some((c) => compareQuantities(c, q) === "agrees"));
  };
  const confirmedByReportYear = (fid: number): boolean => {
    const parts = cols.dateAt(fid);
    const year = reportYear(parts, index.documents[cols.doc[fid]!]?.meta.date);
    return year !== undefined && compareDates(fact.date!, { ...parts, year }) === "agrees";
  };
  // "Monday 3 March 2025" and an undated wire's "on Monday, March 3": the weekday written with the
  // day holds in the claim's year, which confirms it.
  const confirmedByWeekday = (fid: number): boolean => {
    const claimed = fact.date!;
    if (claimed.year === undefined || claimed.month === undefined || claimed.day === undefined) return false;
    const start = cols.start[fid]!;
    const written = WEEKDAY_WRITTEN_BEFORE.exec(index.documents[cols.doc[fid]!]!.text.slice(Math.max(0, start - 12), start));
    if (!written) return false;
    const parts = cols.dateAt(fid);
    const weekday = new Date(Date.UTC(claimed.year, claimed.month - 1, claimed.day)).getUTCDay();
    return weekday === WEEKDAY_NUMBERS[written[1]!] && compareDates(claimed, { ...parts, year: claimed.year }) === "agrees";
  };
  /** How a source's weekday alone compares with the claim's date, placed by its report's date; "coarser" where that cannot place it. */
  const onWeekday = (fid: number): Agreement | "coarser" => {
    const day = weekdayDate(cols.dateAt(fid), index.documents[cols.doc[fid]!]?.meta.date);
    return day ? compareDates(fact.date!, day) : "coarser";
  };
  // "reached 5.42m ... on Sunday, beating the 5.05m record set in 2007": a sentence that gives a
  // date of the claim's time as well ("set in November 2007") dates the claim's event by that
  // one; its weekday is another event's. Per shared record.
  const sentenceDatesClaimsTime = new Map<number, boolean>();
  const weekdayOfAnotherEvent = (fid: number): boolean => {
    const sid = cols.sentence[fid]!;
    const ref = index.sentenceRecordNumber(sid);
    let other = sentenceDatesClaimsTime.get(ref);
    if (other === undefined) {
      const facts = index.sentenceRecord(sid).facts;
      other = facts.some((f) => f.kind === "date" && f.date!.weekday === undefined && compareDates(fact.date!, f.date!) !== "disagrees");
      sentenceDatesClaimsTime.set(ref, other);
    }
    return other;
  };
  const claimTimes = fact.kind === "quantity" ? claimTimesOf(claim.facts, fact) : [];
  // A claim's bound of when ("laid before 1940"): the days it excludes from.
  const claimBound = fact.dateBound;
  const claimRange = claimBound && fact.date ? dateInterval(fact.date, true) : undefined;
  // The terms of each place, body or thing the claim names (a place by its key), for `wholeOfTheWorld`.
  let claimNames: string[][] | undefined;
  const reportLacksAName = (doc: number): boolean => {
    claimNames ??= claim.entities
      .filter((e) => e.type !== "person" && !isCalendarWord(e.name.toLowerCase()))
      .map((e) => (e.type === "place" ? [placeKey(e.name)] : nameWords(e.name).filter(Boolean).map((w) => stem(w))));
    return claimNames.some((terms) => !terms.every((t) => index.documentsWithTerm(t)[doc]));
  };
  // A figure of the same noun disagrees only in a report that uses one of the claim's other words
  // ("Officers seized 1,800 rounds of ammunition" against a motor race's "22 rounds"), where the
  // claim has two or more ("In the UK alone, more than 800 people were arrested" says too little
  // to tell a report of another story).
  const storyOfFigure = fact.kind === "quantity" && storyTerms.length >= 2;
  // A claim that names no one and nothing by name, but a thing by "the" ("Nearly 350 homes were
  // evacuated after the explosion"), is disputed only by a report that speaks of that thing: a
  // storm's "1,200 homes evacuated" is another story's.
  const nameless = !claim.entities.some((e) => !isCalendarWord(e.name.toLowerCase()));
  const theThing = fact.kind === "quantity" && nameless ? eventNamedByThe(claim, fact) : undefined;
  // Only a sentence that shares nothing with the claim but its measure is asked about: a report
  // whose sentence shares a word or a name of the claim tells its story.
  const claimWords = claim.terms.filter((t) => !fact.measure.includes(t) && !HAS_DIGIT.test(t));
  const sentenceSharesMore = (shape: Shape, fid: number): boolean => {
    if (shape.sharesMore < 0) {
      const terms = index.sentenceRecord(cols.sentence[fid]!).terms;
      shape.sharesMore = claimWords.some((t) => terms.includes(t)) ? 1 : 0;
    }
    return shape.sharesMore === 1;
  };
  // "The clean air zone was introduced in 2022" is not disputed by "The minimum wage has
  // increased every year since it was introduced in 1999": a date of the same event verb
  // disagrees only in a report that uses a good share of the claim's other words (by weight)
  // somewhere, names aside (a report may name its thing otherwise). Not all of them: a claim
  // may add a word of its own ("The key paper ... was published in 2008"). A figure's report
  // uses any one of them.
  const toldBy = new Map<number, boolean>();
  // A nameless claim with a word no source uses has only its words to tell its story by: its date
  // is answered only by a report that uses two of them, or all it has ("The cabinet approved the
  // closures on 8 September 2025", in an archive that never speaks of a cabinet, is not answered
  // by "The £14m wall, approved in 2019"; nor "The tribunal announced its decision" by "the
  // carmaker announced" in a report of "painful decisions"). Not for a word of the writer's own
  // before one of the sources' ("The controversial zone", "The key paper"): it says how, not what.
  const modifies = (t: string): boolean => {
    const i = claim.tokens.findIndex((k) => k.stem === t);
    const next = i >= 0 ? claim.tokens[i + 1] : undefined;
    return next !== undefined && storyTerms.includes(next.stem);
  };
  const wordsToUse = fact.kind === "date" && nameless && ownWords.some((t) => !index.hasTerm(t) && !modifies(t)) ? Math.min(2, ownWords.length) : 0;
  // Each story word's weight and documents, read once per claim (on the first report asked about).
  let storyWords: { weight: number; docs: Uint8Array }[] | undefined;
  let storyWeight = 0;
  const tellsTheClaimsStory = (doc: number): boolean => {
    let told = toldBy.get(doc);
    if (told === undefined) {
      if (!storyWords) {
        storyWords = storyTerms.map((t) => ({ weight: index.idf(t), docs: index.documentsWithTerm(t) }));
        for (const w of storyWords) storyWeight += w.weight;
      }
      let used = 0;
      let usedWords = 0;
      for (const w of storyWords) {
        if (w.docs[doc]) {
          used += w.weight;
          usedWords++;
        }
      }
      told = usedWords >= wordsToUse && (storyWeight === 0 || (fact.kind === "date" || fact.difference || nameless ? used >= STORY_SHARE * storyWeight : used > 0));
      toldBy.set(doc, told);
    }
    return told;
  };
  // "Net migration was 694,000 in the year to December 2024" and "..., down from 649,000 in the
  // year to December 2024": a figure a change started from, dated by the claim's year and month;
  // or by its year alone where the start is dated by that year and no month ("treated 81,000
  // patients in 2019" and "98,000 ... last year, up from 81,000 in 2019").
  const yearTimes = claimTimes.filter((t) => t.year !== undefined);
  // Per shared record: an archive's near-copies of a change's sentence are thousands.
  const datesByRecord = new Map<number, FigureDates[]>();
  const datesOfFigure = (fid: number): FigureDates => {
    const sid = cols.sentence[fid]!;
    const ref = index.sentenceRecordNumber(sid);
    let dates = datesByRecord.get(ref);
    if (!dates) datesByRecord.set(ref, (dates = figureDates(index.sentenceRecord(sid).facts)));
    return dates[fid - index.firstFactOf(sid)] ?? UNDATED;
  };
  const startedAtClaimTime = (fid: number): boolean => {
    if (!yearTimes.length) return false;
    const has = datesOfFigure(fid);
    return yearTimes.some((t) => has.years.includes(t.year!) && (t.month === undefined ? !has.months.length : has.months.includes(t.month)));
  };
  // "More than 200,000 birds had been culled ... by 18 November": a running total by a day, which
  // a report published before that day, giving its figure undated (or by a weekday), could not yet give.
  // "By mid-September, officers had raised the estimate to £4.7m": a month's deadline is its middle,
  // its early days or its end.
  const deadlineFact = fact.kind === "quantity" ? claim.facts.find((f) => f.deadline && f.date!.month !== undefined) : undefined;
  const deadline = deadlineFact?.date;
  const deadlineDay = deadlineFact ? deadline!.day ?? dayOfMonthSaid(claim, deadlineFact) : 0;
  const reportedBeforeDeadline = (doc: number): boolean => {
    if (!deadline) return false;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(index.documents[doc]?.meta.date ?? "");
    if (!m) {
      // A wire dated by its dateline alone ("WENDLEFORD, England, September 9 (Meridian Press)"),
      // against a deadline of no year.
      const day = deadline.year === undefined ? datelineOf(index, doc) : undefined;
      return day !== undefined && deadline.month! * 100 + deadlineDay > day.month * 100 + day.day;
    }
    const year = Number(m[1]);
    return ((deadline.year ?? year) * 100 + deadline.month!) * 100 + deadlineDay > (year * 100 + Number(m[2])) * 100 + Number(m[3]);
  };
  // Whether report `doc` is of a day after the claim's deadline (by its date, or a wire's dateline in the corpus's year).
  const reportedAfterDeadline = (doc: number): boolean => {
    if (!deadline) return false;
    const day = reportDay(index, doc);
    if (day === undefined) return false;
    const year = deadline.year ?? yearOfDay(day);
    return Date.UTC(year, deadline.month! - 1, deadlineDay || 1) / 86_400_000 < day;
  };
  const byAnotherDay = new Map<number, boolean>();
  const totalByAnotherDay = (fid: number): boolean => {
    const sid = cols.sentence[fid]!;
    const ref = index.sentenceRecordNumber(sid);
    let other = byAnotherDay.get(ref);
    if (other === undefined) {
      const facts = index.sentenceRecord(sid).facts;
      const own = facts[fid - index.firstFactOf(sid)];
      other = facts.some((f) => f.deadline && f.date!.day !== undefined && f.date!.month !== undefined && (f.date!.day !== deadline!.day || f.date!.month !== deadline!.month) && !!own && sameWords(f.local, own.local));
      byAnotherDay.set(ref, other);
    }
    return other;
  };
  const claimLastTally = fact.later === "last";
  /** Whether a sentence gives its figures as they stand when it is told ("so far", "to date", "already"); per shared record. */
  const tallySoFar = perWording(index, (text) => SO_FAR.test(text));
  const byADay = new Map<number, boolean>();
  const tallyByADay = (fid: number): boolean => {
    const sid = cols.sentence[fid]!;
    const ref = index.sentenceRecordNumber(sid);
    let by = byADay.get(ref);
    if (by === undefined) byADay.set(ref, (by = index.sentenceRecord(sid).facts.some((f) => f.kind === "date" && !!f.deadline)));
    return by;
  };
  const undatedFigure = (fid: number): boolean => {
    // A weekday ("officials said on Monday") is of the report's own week.
    const has = datesOfFigure(fid);
    return !has.years.length && !has.months.length;
  };
  // The whole claim, or the clause that states the figure: a claim may add description
  // ("the largest single cash seizure in its history") that the source puts elsewhere.
  const hasNumbers = all.numbers.length > 0 || (clause?.numbers.length ?? 0) > 0;
  const scoreCard = (w: ShapeWeights, numbers: number): ScoreCard => {
    let claimNumbers = 0;
    let clauseNumbers = 0;
    let localNumbers = 0;
    if (numbers !== NO_NUMBERS) {
      const words = index.numberWords(numbers);
      claimNumbers = numberWeight(all.numbers, words, w.credit);
      clauseNumbers = clause ? numberWeight(clause.numbers, words, w.credit) : 0;
      localNumbers = localNumberWeight(all.numbers, words.clause);
    }
    return {
      score: Math.max(all.total ? (w.coveredClaim + claimNumbers) / all.total : 0, clause?.total ? (w.coveredClause + clauseNumbers) / clause.total : 0),
      local: all.total ? (w.coveredLocal + localNumbers) / all.total : 0,
    };
  };
  // The claim fact's fields `consider` reads, read once: its calls all see one fact, but compiled
  // code reading them there checks the hidden class of a fact parsed or made with any set of fields.
  const isQuantity = fact.kind === "quantity";
  const claimValue = fact.quantity?.value;
  const claimDate = fact.date;
  // Dates that give the claim's in all but its year, where no year confirms it (see `datedTheClaimsFigure`).
  const looselyDated: number[] = [];
  // The claim's other dates with a year (see their use in `consider`).
  // (Or a day and month: "A correction issued on 17 October raised the end-of-September total".)
  // (Or a month, against a month-only date of the claim: "Figures released in March showed ... 3.1
  // million journeys in January and February" is not disputed by the source's "in January".)
  const otherClaimDates = fact.kind === "date" ? claim.facts.filter((f) => f !== fact && f.kind === "date" && (f.date!.year !== undefined || (f.date!.month !== undefined && (f.date!.day !== undefined || (fact.date!.day === undefined && fact.date!.year === undefined))))).map((f) => f.date!) : [];
  const claimDirection = fact.direction;
  const claimFrom = !!fact.from;
  const claimDifference = !!fact.difference;
  const claimComparison = !!fact.comparison;
  const claimPart = !!fact.part;
  // A sum paid out of a whole ("from its events budget"): a whole named, no share of it told (see `FactMention.partOf`).
  const claimPaidFrom = !fact.part && !!fact.partOf;
  const claimWindow = fact.window;
  const claimOwnUnit = fact.ownUnit;
  const bareMeasure = !fact.measure.length;
  // A sum or a count (not a share, a year, a span of time, an age, or a measurement, whose
  // figures are in units of their own: "two-mile" and "800-metre"): see `apartBeyondSlip`.
  const q0 = fact.quantity;
  const claimSum = isQuantity && !q0!.percent && !q0!.isYear && !isDuration(q0!.unit) && !isAge && !(q0!.unit && isMeasurementUnit(q0!.unit)) && claimValue! > 0 ? claimValue! : undefined;
  const claimPerItem = !!q0?.perItem;
  const claimReached = fact.reached;
  const claimScoped = fact.orgs.length > 0 || fact.places.some((p) => p !== "World");
  // A figure the claim gives as it is or about it ("412", "about 400", "nearly 400"), not as a
  // bound of its own ("more than 500": a writer's bound is weighed against a source's).
  const claimValueGiven = q0?.qualifier === "exact" || q0?.qualifier === "approx" || q0?.qualifier === "nearly";
  // An estimate's last digit: see `ESTIMATES_APART`.
  const claimMeasured = !!q0?.unit && isMeasurementUnit(q0.unit);
  // A measurement's value in its family's base unit (see `claimIntervalOf`), for `apartBeyondSlip`.
  const claimMeasurement = claimMeasured && !isAge && q0!.tally === undefined && !isDuration(q0!.unit) ? (Number.isFinite(claimInterval!.hi) ? (claimInterval!.lo + claimInterval!.hi) / 2 : claimInterval!.lo) : undefined;
  // (Each asked of thousands of disagreeing facts: see `apartBeyondSlipFrom`.)
  const sumApart = claimSum !== undefined ? apartBeyondSlipFrom(claimSum) : undefined;
  const measurementApart = claimMeasurement !== undefined ? apartBeyondSlipFrom(claimMeasurement) : undefined;
  const claimEstimatePrecision = q0 && q0.qualifier === "approx" && q0.tally === undefined && !q0.percent ? q0.precision : 0;
  // The claim fact's clause words that are no part of its measure ("More than 23,000 tickets ...
  // were listed": "list").
  const claimClauseStems = new Set(fact.local.filter((t) => !fact.measure.includes(t)));
  // And as a unit reads them ("posts" as "job"; not "men" as "man", the measure's own).
  for (const t of claim.tokens) {
    if (!claimClauseStems.has(t.stem) || t.numeric) continue;
    const unit = stem(countedNounLemma(t.lower));
    if (!fact.measure.includes(unit)) claimClauseStems.add(unit);
  }
  // A span of time (scaled to seconds) and another a hundred times as long are no accounts of one
  // span: "five days after he was sentenced" is not answered by "a seven-and-a-half-year sentence".
  const claimSpanOfTime = isQuantity && isDuration(q0!.unit) && !isAge && q0!.tally === undefined ? claimInterval!.lo : undefined;
  const claimGoalOver = !!fact.goal && claim.tokens.some((t) => t.span.end <= fact.span.start && GOAL_OVER_WORDS.has(t.lower));
  /** Whether the goal `fid` is of a time still ahead of its report: "this year's target", or dated by the report's year or a later one. */
  const goalAhead = (fid: number, doc: number): boolean => {
    if (GOAL_AHEAD.test(index.sentenceText(cols.sentence[fid]!))) return true;
    const day = reportDay(index, doc);
    const year = day === undefined ? undefined : yearOfDay(day);
    return year !== undefined && datesOfFigure(fid).years.some((y) => y >= year);
  };
  /**
   * Whether source figure `fid` is a whole its sentence gives a part of (of the claim's measure),
   * and, with `ofTheClaims`, a part that is one of the claim's own figures (see above).
   */
  // Asked of disagreeing copies by the thousand in an archive: once per shared sentence record and
  // figure (copies of a record share its facts).
  // (A record's figure fixes its amount: copies are keyed by their record and the figure's place in it.)
  const wholesOfParts = [new Map<number, boolean>(), new Map<number, boolean>()];
  const wholeOfAPart = (fid: number, ofTheClaims = false): boolean => {
    const amount = cols.amount[fid]!;
    const sentence = cols.sentence[fid]!;
    const first = index.firstFactOf(sentence);
    // Most sentences give no part at all, which their columns tell without their records.
    if (!sentenceGivesAPart(cols, first, sentence)) return false;
    const held = wholesOfParts[ofTheClaims ? 1 : 0]!;
    const key = recordFigureKey(index.sentenceRecordNumber(sentence), fid - first) ?? -1;
    let whole = key < 0 ? undefined : held.get(key);
    // (Of the claim's figures, only where the claim's is nearer that part than the whole: "grew from
    // 38 pubs to 44" against "38 of its 214"; not "a sample of 2,500 ... defects in 212" against
    // "a sample of 1,500 ... defects in 212 of them".)
    if (whole === undefined) {
      whole = index.sentenceRecord(sentence).facts.some(
        (f) => f.part && f.kind === "quantity" && !!f.quantity && f.quantity.value < amount && comparable(f.quantity, fact.quantity!) && f.measure.some((m) => fact.measure.includes(m)) && (!ofTheClaims || (claimsOtherValues.includes(f.quantity.value) && Math.abs(claimValue! - f.quantity.value) < Math.abs(claimValue! - amount))),
      );
      if (key >= 0) held.set(key, whole);
    }
    return whole;
  };
  const wholeOfAClaimsFigure = (fid: number): boolean => wholeOfAPart(fid, true);
  /** The words of a claim's count of things done to that say what was done ("had been connected"): none for other claims. */
  const claimsDoing = fact.doneTo ? fact.local.filter((w) => !fact.measure.includes(w)) : [];
  /**
   * Whether a part the sentence of a source figure gives of it says a word of `claimsDoing` that
   * the figure's own clause does not ("Of the village's 412 premises, only 96 are connected"
   * against "15,000 premises had been connected"). Asked only of a whole of a part; read per
   * shared record.
   */
  const onlyItsPartDone = perRecordFigure(index, ({ facts }, at) => {
    const whole = facts[at];
    return !!whole && facts.some((f) => f.part && f !== whole && f.measure.some((m) => fact.measure.includes(m)) && claimsDoing.some((w) => f.local.includes(w) && !whole.local.includes(w)));
  });
  /** Whether a source part's sentence gives a whole of it (of the claim's measure) and none is the claim's whole; read per shared record. */
  const partOfAnotherWhole = perRecordFigure(index, ({ facts }, at) => {
    const part = facts[at]?.quantity;
    if (!part) return false;
    let whole = false;
    for (const f of facts) {
      const q = f.quantity;
      if (f.part || !q || q.value <= part.value || !comparable(q, part) || !f.measure.some((m) => fact.measure.includes(m))) continue;
      if (q.value === claimsWhole) return false;
      whole = true;
    }
    return whole;
  });
  // (A level of no time of its own: one the claim dates, "at the end of September", may be the end's.)
  // The claim gives its figure as it now is ("is now expected to cost £1.65m", "the revised £2.1m"): read once, for this and `settle`.
  const claimSaysNow = !!fact.revised || saysNowBefore(claim, fact);
  const plainLevel = isQuantity && !claimTimes.length && !fact.from && !fact.difference && !fact.comparison && !fact.reached && !claimSaysNow;
  /** Whether a source figure is where a change ended, its sentence giving the claim's figure as where it started (of no year back the claim does not say); read per shared record. */
  const endOfAChangeFromTheClaims = perRecordFigure(
    index,
    ({ facts }, at) => !!facts[at]?.reached && facts.some((f) => !!f.from && !!f.quantity && f.quantity.value === claimValue && comparable(f.quantity, fact.quantity!) && (f.yearsAgo ?? 0) === (fact.yearsAgo ?? 0)),
  );
  const outsideOf = outsideWords(claim);
  /** Whether a sentence says the words of what the claim's figure is outside of, and not "outside"; per shared record. */
  const insideWhatTheClaimIsOutside = perWording(index, (text) => {
    const said = new Set(tokenize(text).map((t) => t.stem));
    return !said.has("outsid") && outsideOf!.every((w) => said.has(w));
  });
  // "recovered from a scrapyard in Dunmere, 38 miles from Thornby Magna": a distance is the named
  // place's before it; one whose sentence does not name that place ("a village ... some eight miles
  // north of Kelsford") is another place's. Read per shared record.
  // (Only where the source's sentence names a place before its figure: "the town, which lies about
  // 6 miles north of Stoke-on-Trent" may be the claim's Burslow.)
  const located = distanceLocated(claim, fact);
  const ofAnotherPlaceAwayOf = perRecordFigure(index, (record, at) => {
    const theirs = lastPlaceBefore(record.entities, record.facts[at]!.span.start);
    return theirs !== undefined && !located!.test(theirs.name);
  });
  const ofAnotherPlaceAway = (fid: number): boolean => ofAnotherPlaceAwayOf(cols.sentence[fid]!, fid);
  /** Weighs source fact `fid` (of shape `shape`, one that can agree or disagree) against the claim's. */
  const consider = (fid: number, shape: Shape): void => {
    const doc = cols.doc[fid]!;
    let agrees: boolean;
    if (isQuantity) {
      agrees = cols.agrees(claimInterval!, fid);
      // "about 7,200 hectares" and "about 6,800 hectares": two estimates, each said to its own
      // last digit, are two figures where they stand more than two of those digits apart (the
      // leeway "about" gives is for rounding a figure, not for another estimate).
      // (Figures of a unit of measurement only in the claim's own unit, where they are read as written.)
      if (agrees && claimEstimatePrecision > 0 && shape.w.estimate && (!claimMeasured || shape.w.unit === claimUnit)) {
        const apart = Math.abs(cols.amount[fid]! - claimValue!);
        if (apart > ESTIMATES_APART * (claimMeasured ? claimEstimatePrecision : Math.max(claimEstimatePrecision, cols.hi[fid]! - cols.lo[fid]!))) agrees = false;
      }
    } else {
      let c: Agreement | "coarser" | undefined;
      // "on Sunday" in a report of Tuesday 10 March 2026 is Sunday 8 March 2026.
      if (cols.isWeekday(fid)) c = onWeekday(fid);
      else {
        const key = cols.dateKey(fid);
        c = dateAgreements.get(key);
        if (c === undefined) dateAgreements.set(key, (c = compareDates(claimDate!, cols.dateAt(fid))));
      }
      if (c === "coarser") {
        // "6 March 2024" and a report of 6 March 2024 saying "on Wednesday, March 6": the report's
        // year confirms the claim's. Never a disagreement: a report may look ahead.
        if (claimDate!.year === undefined || !(confirmedByReportYear(fid) || confirmedByWeekday(fid))) {
          if (claimDate!.year !== undefined) looselyDated.push(fid);
          return;
        }
        c = "agrees";
      }
      // "laid before 1940" is said of 1931, and not of 1945; a source's bound says nothing of a
      // claim's date, nor a bound of another kind.
      const theirBound = shape.w.dateBound;
      if (claimBound !== theirBound) {
        // Of the very event the claim dates: most dates of a story fall after any year before it.
        const theirs = theirBound || !claimRange || !shape.w.sharesEvent ? undefined : dateInterval(cols.dateAt(fid), true);
        if (!theirs) return;
        // ("not before March 2026" is said of March 2026 and after.)
        c = (claimBound === "before" ? theirs[1] < claimRange![0] : claimBound === "notBefore" ? theirs[0] >= claimRange![0] : theirs[0] > claimRange![1]) ? "agrees" : "disagrees";
      }
      agrees = c === "agrees";
      if (!agrees && shape.w.otherDeadline) return;
      // "had visited more than four in five of the 640 holdings by 25 March" is not answered by
      // "aim to visit every one of the 640 holdings by the end of April".
      if (!agrees && shape.w.otherAim) return;
      if (shape.w.otherUntil) return;
      // "The council's 4 March estimate was a third higher than the budget approved in 2021": a
      // source's "approved in July 2021" is the claim's other date, no rival of its "4 March".
      if (!agrees && otherClaimDates.length && otherClaimDates.some((d) => compareDates(d, cols.dateAt(fid)) === "agrees")) return;
      if (!agrees && cols.isWeekday(fid) && weekdayOfAnotherEvent(fid)) return;
      if (!agrees && claimFigures.length && datesAnotherFigure(fid)) return;
      if (!agrees && sentenceFigures.length && datesAFigureAlone(fid)) return;
    }
    if (agrees ? !shape.canAgree : !shape.canDisagree) return;
    // "a council tax rise of 5.99%" is not backed by "revenue fell 6%".
    if (agrees && claimDirection && shape.w.direction && claimDirection !== shape.w.direction) return;
    // A worldwide claim agrees with the same figure whatever other places its source names; it
    // is never disagreed with by a figure scoped to one place.
    if (!(agrees && shape.w.worldwide ? shape.w.sameScopeWorldwide : shape.w.sameScope)) return;
    const measure = shape.w.measure;
    if (!agrees && !measure) return;
    if (!agrees && shape.w.unmeasured) return;
    const numbers = hasNumbers ? index.factNumbers(fid) : NO_NUMBERS;
    let card = shape.cards.get(numbers);
    if (!card) shape.cards.set(numbers, (card = scoreCard(shape.w, numbers)));
    const score = card.score;
    const specific = shape.w.specific;
    const min = agrees ? Math.min(shape.agreeMin, agreeMinFor(measure, specific || ((distinctSum || distinctMeasurement) && cols.amount[fid] === claimValue))) : shape.disagreeMin;
    if (score < min) return;
    // Agreement on another measure ("60,000 people subscribed" for "60,000 users") needs the very
    // same distinctive figure and the claim's names in the passage.
    // Two bare figures ("voted 31 to 12") agree when the passage says nearly all the claim says.
    // In the source a claim cites, the very same figure of the same unit agrees however its
    // clause words the event ("jailed for 14 years" / "sent to prison for 14 years").
    // Nor where the source counts by the noun of the claim's own verb ("carried 23,640 listings"
    // for "More than 23,000 tickets ... were listed"): the same count, said of the listing.
    if (agrees && !measure && isQuantity && !(shape.w.unit !== undefined && claimClauseStems.has(shape.w.unit) && Math.abs(cols.amount[fid]! - claimValue!) <= VERB_NOUN_NEAR * claimValue!)) {
      const bareClaim = bareMeasure && score >= BARE_FIGURE_MIN;
      // Not the very same figure (read from the columns): `sameFigure` would say no.
      if (!bareClaim && cols.amount[fid] !== claimValue) return;
      const sameUnitAndFigure = claimUnit !== undefined && shape.w.unit === claimUnit && cols.amount[fid] === claimValue;
      const citedSameUnit = docs !== undefined && sameUnitAndFigure;
      // A passage that says nearly all the claim says, with its very figure of its own unit,
      // agrees however common the unit ("shelter for 45,000 people", "in the first 24 hours").
      const restated = sameUnitAndFigure && claimOwnUnit && score >= BARE_FIGURE_MIN;
      const sf = index.factRecord(fid);
      const bare = bareClaim && !sf.measure.length;
      // Nor where the claim counts by the noun of the source's verb ("6,870 signatures" for "signed
      // by 6,870 people"): the very same count, said of the signing.
      const nounOfTheirVerb = claimUnit !== undefined && cols.amount[fid] === claimValue && sf.measure.some((m) => m.length >= VERB_STEM_MIN && m !== claimUnit && claimUnit.startsWith(m));
      if (!bare && !citedSameUnit && !restated && !nounOfTheirVerb && !sameFigure(fact, sf, claim, index.sentenceRecord(cols.sentence[fid]!).entities)) return;
    }
    // Sums and shares of unsaid things ("save £800m a year" / "profit fell to £1.2bn") disagree
    // only where the source figure's own clause shares a word of the claim figure's, names aside.
    if (!agrees && !shape.w.kindShared && !shape.w.sharesClauseWord) return;
    // "fell to £1.2bn from £1.9bn": a figure a change started from is not the one it reached,
    // but a level the change started from at the claim's very time is that time's level.
    if (!agrees && claimFrom !== shape.w.from && !(shape.w.from && !claimDifference && (shape.w.startedInClaimsYear || startedAtClaimTime(fid)))) return;
    // "won by 2,876 votes" / "took 14,213 votes": a difference and a level are two figures.
    if (!agrees && claimDifference !== shape.w.difference) return;
    // So a change said by a bound agrees with no level but by its very figure: "lower the water
    // level by at least ten metres" is not backed by "voids beneath about 40 metres of the
    // spillway". (A change said as a value may be a level's rounding: "a majority of 11,402" and
    // a headline's "11,000 Tory majority".)
    if (agrees && claimDifference && !claimValueGiven && !shape.w.difference && !shape.w.from && isQuantity && cols.amount[fid] !== claimValue) return;
    // "climbed by £1.7m" / "£7.5 million more than necessary": a change and a comparison.
    if (!agrees && claimDifference && claimComparison !== shape.w.comparison) return;
    // A report that names the claim's thing elsewhere may give its world figure by another name
    // ("The bespoke platform was found to have 60,000 users worldwide").
    if (!agrees && shape.w.wholeOfTheWorld && reportLacksAName(doc)) return;
    if (!agrees && !isQuantity && !tellsTheClaimsStory(doc)) return;
    if (!agrees && shape.w.negatedOtherwise) return;
    // "Some 390,000 of the recalled cars are in North America" is not answered by "1.2 million
    // cars" all told: a larger count that is no part, and names none of the part's places or
    // bodies, is the whole.
    // (Not a sum below the whole the claim gives: "Of the £18.6 million penalty, £7.4 million will
    // be returned to customers" is answered by "£11.2 million that must be returned to customers".
    // A count may be a later account of the part: "will now close or sell 44 pubs" for "38 of the 214".)
    if (!agrees && claimPart && !shape.w.part && (!shape.w.sharesScope || shape.w.wholeOfPart) && cols.lo[fid]! >= claimInterval!.hi && !(q0?.currency && claimsWhole !== undefined && cols.hi[fid]! < claimsWhole)) return;
    // Nor, whatever its size, by a whole that names none of the places or bodies the part is of:
    // "Harrowfield Royal Infirmary accounted for 3,505 of the cancelled appointments" is not
    // answered by the trust's 2,960 cancelled appointments all told.
    if (!agrees && claimPart && claimScoped && !shape.w.part && !shape.w.sharesScope) return;
    // Nor is a sum paid out of a whole ("£16,350 from its events budget") answered by that whole
    // ("The council's entire events budget ... is £52,000"), though it is by another sum spent.
    if (!agrees && claimPaidFrom && shape.w.wholeOfPart && cols.lo[fid]! >= claimInterval!.hi) return;
    // Nor, whatever it names, by a count above the whole the claim gives its part of ("five of the
    // 23 routes" against "in 2019 Cobden Street ran 31 routes"): no part's rival account. Nor by
    // a part above it ("Fifteen of the confirmed cases are children" for "Eleven of the first 14
    // confirmed cases"): a part of a larger whole.
    if (!agrees && claimPart && claimsWhole !== undefined && cols.lo[fid]! > claimsWhole) return;
    // Nor by a part its sentence gives of another whole ("112 oiled birds had been brought in by
    // Wednesday night, of which 29 had died" for "had taken in 187 birds, 61 of which had died"):
    // a part of another count.
    if (!agrees && claimPart && claimsWhole !== undefined && shape.w.part && partOfAnotherWhole(cols.sentence[fid]!, fid)) return;
    // Nor is a whole disputed by a count below the part the claim gives of it ("2,100 of the
    // museum's 12,400 objects" against "staff had logged 340 objects as water-damaged"), nor by
    // a part ("Fifteen of the confirmed cases" for "the first 14 confirmed cases").
    // Nor by a count nearer that part than the whole ("38 of the 214 pubs it owns" against "will now
    // close or sell 44 pubs"): an account of the part, unless its own sentence gives a part of it
    // ("12 of the 14 paintings" answers "12 of the 20 paintings").
    if (!agrees && claimsPartOfMe !== undefined && (cols.hi[fid]! < claimsPartOfMe || shape.w.part || (Math.abs(cols.amount[fid]! - claimsPartOfMe) < Math.abs(cols.amount[fid]! - claimValue!) && !wholeOfAPart(fid)))) return;
    if (!agrees && claimsOtherValues.length && claimsOtherValues.includes(cols.amount[fid]!)) return;
    // Nor is a total over a few things the claim counts by a smaller figure whose sentence counts
    // none of them ("Fennick Seating ..., which cut 180 jobs" for "The three component-plant
    // closures ... account for around 700 jobs"): one thing's share of it, no rival account.
    if (!agrees && countsTheSeveral && cols.hi[fid]! < claimInterval!.lo && !countsTheSeveral(cols.sentence[fid]!, fid)) return;
    // Nor is a level by a change's end whose sentence gives the claim's very figure as where the
    // change started ("was measured at 51 micrograms per litre, up from 38 on Sunday" for "The first
    // samples contained microcystin at 38 micrograms per litre"): a later level, unless the claim
    // gives its own as a change's end or as it now is.
    if (!agrees && plainLevel && sentenceNoLevelAt(cols, fid, claimValue!) && endOfAChangeFromTheClaims(cols.sentence[fid]!, fid)) return;
    // Nor is a count of things something was done to ("15,000 premises had been connected")
    // answered by a whole whose sentence says it of a part only ("Of the village's 412 premises,
    // only 96 are connected"): the part is the count of those.
    if (!agrees && claimsDoing.length && wholeOfAPart(fid) && onlyItsPartDone(cols.sentence[fid]!, fid)) return;
    // Nor by the whole a source's sentence gives one of the claim's own figures as a part of ("38 of
    // its 214 pubs" against "grew from 38 pubs to 44"): the whole of them, no account of either.
    if (!agrees && claimsOtherValues.length && wholeOfAClaimsFigure(fid)) return;
    if (!agrees && comparedWith.length && comparedWith.some((v) => Math.abs(cols.amount[fid]! - v) <= 1e-9 * Math.max(1, Math.abs(v)))) return;
    // Nor by the sum the claim's sums make ("putting in £25 million ... and another £13.5 million"
    // against "the entire £38.5 million the fund had put in"): the whole of which it gives the parts.
    if (!agrees && claimsSum !== undefined && Math.abs(cols.amount[fid]! - claimsSum) <= 1e-6 * claimsSum) return;
    // A sum or a count a hundred times another, or a hundredth of it, is no account of the same
    // one but for a slip of scale ("£1.1m" for "£1.1bn"): a resident's "£40 a year" permit is not
    // the "£1.1 million a year" the charges bring in, nor "48,200 passengers ... affected" the "21
    // million passengers" an airline carried last year.
    if (!agrees && sumApart !== undefined && sumApart(cols.amount[fid]!)) return;
    if (!agrees && claimSpanOfTime !== undefined && spansApart(claimSpanOfTime, cols.lo[fid]!)) return;
    // Nor a measurement and another hundreds of times it that is no slip of its scale: walls that
    // "run for roughly 2,400 metres" are not "3.2 metres high" (but "2.4 metres" may be a slip for 2.4km).
    if (!agrees && measurementApart !== undefined && measurementApart(Number.isFinite(cols.hi[fid]!) ? (cols.lo[fid]! + cols.hi[fid]!) / 2 : cols.lo[fid]!)) return;
    // "The MDSA expanded the recall to 52 batches" is not disputed by the first report's "is
    // recalling 38 batches": a level below where the change took it may be where it started.
    // A source's bound says nothing against a figure the claim gives past it: "more than 40
    // stitches" is no account of another number than "forty-six stitches" (nor does it agree);
    // nor is a headline's "more than 200 operations" of "nearly 400".
    if (!agrees && claimValueGiven && (shape.w.bound === "floor" ? claimInterval!.lo >= cols.lo[fid]! : shape.w.bound === "ceiling" && claimInterval!.hi <= cols.hi[fid]!)) return;
    if (!agrees && shape.w.levelBeforeChange && (claimReached === "up" ? cols.hi[fid]! < claimInterval!.lo : cols.lo[fid]! > claimInterval!.hi)) return;
    // A unit price and a total are no accounts of one sum: "Castell paid £305 per ticket" is not
    // answered by "paid £610 for two tickets", nor "cost roughly £125,000" by "£1,450 a head".
    if (!agrees && claimSum !== undefined && (claimPerItem ? shape.w.forSeveral || (!shape.w.perItem && cols.amount[fid]! >= UNIT_PRICE_APART * claimSum) : shape.w.perItem && claimSum >= UNIT_PRICE_APART * cols.amount[fid]!)) return;
    // Nor is a whole ("Northline Trains runs 210 trains") answered by a smaller part ("fitted ...
    // to 120 of its trains"), whoever owns both, unless the part's own clause names the claim's place.
    if (!agrees && !claimPart && shape.w.part && !shape.w.clauseScope && cols.hi[fid]! <= claimInterval!.lo) return;
    // A figure said of other people answers nothing of the claim's people, either way.
    if (shape.w.otherPeople) return;
    // A difference ("climbed by £1.7m") is asked whatever its sentence shares, as a date is, with
    // a third of the claim's words: "estimated ... £7.5 million more than necessary" shares a word
    // of how sums are spoken of, not a story.
    // So is a nameless claim's figure ("each ship can carry up to 75 people" is not answered by "A
    // passenger jet carrying 118 people"): it has only its words to tell its story by.
    if (!agrees && storyOfFigure && (claimDifference || nameless || !sentenceSharesMore(shape, fid)) && !tellsTheClaimsStory(doc)) return;
    if (!agrees && thinClause && !sentenceSharesMore(shape, fid)) return;
    // (Nor by a tally its report counts from a year up to its own day: "It has closed 19 branches
    // in the region since 2020", in a report before the claim's "by the end of June".)
    if (!agrees && deadline && reportedBeforeDeadline(doc) && (undatedFigure(fid) || datesOfFigure(fid).onlySince)) return;
    // Nor by a running total of another day ("31,560 MMR doses by the end of Sunday 16 March" for
    // "nearly 18,500 doses ... by 11 March").
    if (!agrees && deadline && totalByAnotherDay(fid)) return;
    // Nor by a later or final count a report after the deadline dates by nothing ("5,180 dead fish
    // counted by mid-March" / "The final count of dead fish stands at 5,960", in a report of 27 March).
    // (Or one its sentence gives as of its report's time: "the 34 teachers recruited under the
    // scheme so far", in a report of 26 March, for "By mid-March ... had recruited 31 teachers".)
    if (!agrees && deadline && (index.factRecord(fid).later || tallySoFar(cols.sentence[fid]!)) && undatedFigure(fid) && reportedAfterDeadline(doc)) return;
    // Nor is a last tally ("Cinderella finished its run with 114,260 tickets", "the petition,
    // which finished with 1,412 signatures") by a tally still running by a day ("81,400 tickets had
    // been sold by Sunday evening").
    if (!agrees && claimLastTally && tallyByADay(fid)) return;
    // A count over a few days is no year's ("counted 27,640 visitors in its first seven days" /
    // "drew 212,000 visitors in 2019").
    if (!agrees && claimWindow !== undefined && claimWindow < WINDOW_YEAR && datesOfFigure(fid).years.length) return;
    // A goal beaten, met or missed is one whose time is over: not answered by a goal still ahead
    // of its report ("The unit beat its target of 200" / "has set a target of 230 for 2025/26").
    if (!agrees && claimGoalOver && index.factRecord(fid).goal && goalAhead(fid, doc)) return;
    if (!agrees && theThing !== undefined && !index.documentsWithTerm(theThing)[doc]) return;
    if (!agrees && located && ofAnotherPlaceAway(fid)) return;
    // "Of the 11,900 homes, 6,750 were planned outside the green belt" is not answered by "4,840 on
    // eight green belt sites": a part of what is in the place the claim's part is outside of.
    // (A part only: "joined the protest outside Carrick House" says where, not which ones.)
    if (!agrees && claimPart && outsideOf !== undefined && insideWhatTheClaimIsOutside(cols.sentence[fid]!)) return;
    candidates.push(new CandidateRecord(fid, cols.sentence[fid]!, doc, card, agrees, index.factValue(fid), shape));
  };
  const considerOne = (fid: number): void => {
    if (cols.kind[fid] !== kind) return;
    const shape = shapeOf(index.factShape(fid), fid);
    if (shape.canAgree || shape.canDisagree) consider(fid, shape);
  };
  if (docs) {
    for (const fid of candidateFactsIn(index, claim, fact, docs)) considerOne(fid);
  } else {
    // By measure: figures by their noun, dates by the event verb ("cracked"), so every source
    // that dates the same event is heard, however many near-copies outrank it in retrieval.
    // Each list numbers its facts' shapes: one weighing per shape, found in a flat array.
    const lists = fact.measure.map((m) => index.shapedFacts(m)).filter((l): l is ShapedList => !!l);
    const related = relatedFacts(index, claim);
    // One measure's list holds each fact once: only what joins it needs checking for repeats.
    const first = lists.length === 1 && !related.length ? undefined : cols.visit();
    for (const list of lists) walkShapedList(list, first, cols, kind, isQuantity ? claimInterval : undefined, shapeOf, consider);
    for (const fid of related) if (!first || first(fid)) considerOne(fid);
  }

  // "By Wednesday the trust had cancelled 212 operations": a running tally by a weekday is not
  // disputed by a tally its source gives as of another day.
  const tallyDay = fact.kind === "quantity" ? tallyWeekdayOf(claim) : undefined;
  if (tallyDay !== undefined) {
    dropDisagreeing(candidates, (c) => tallyOfAnotherDay(index, c, tallyDay));
  }
  // So with a tally by a month ("By late September, Border Force ... had seized almost 15 million
  // cigarettes in 2025"): a count of a report of March is another month's, and neither answers
  // nor backs it.
  // (A month of no year only: "promised 800 new ambulances by April 2027" is a deadline, no tally.)
  const tallyMonth = fact.kind === "quantity" && tallyDay === undefined && !fact.goal ? claim.facts.find((f) => f.kind === "date" && f.deadline && f.date!.month !== undefined && f.date!.year === undefined && f.date!.day === undefined && f.date!.weekday === undefined)?.date!.month : undefined;
  if (tallyMonth !== undefined) dropWhere(candidates, (c) => tallyOfAnotherMonth(index, c, tallyMonth));
  // "Six of the eight glasshouses were destroyed" is not disputed by "the two glasshouses that
  // survived": the rest of the claim's whole is another part of it.
  const rest = restOfTheWhole(claim, fact);
  if (rest !== undefined) {
    // Unless its sentence shares out the same whole and leaves no rest to another clause ("Two of
    // the eight glasshouses were destroyed" answers "Six of the eight ... were destroyed"; "Twelve of
    // the 44 homes belong to the housing association; the rest are privately owned" does not
    // answer "Of the 44 homes, 32 are privately owned").
    const whole = rest + fact.quantity!.value;
    const sameShare = (c: Candidate) => index.sentenceRecord(c.sentence).facts.some((f) => !!f.quantity && (f.quantity.value === whole || wholeOfPart(f.quantity) === whole)) && !THE_REST.test(index.sentenceText(c.sentence));
    // A share the claim says is not so ("Only a dozen of the lantern's 48 glass panes are neither
    // cracked nor missing") is the rest of one a report says is ("36 are cracked or missing").
    const notSo = saysNotSo(claim.tokens.filter((t) => t.span.start >= fact.quantity!.span.end));
    // Nor is the rest a report gives as what a share leaves out ("withdraw all but six of the club's
    // 22 crews" for "pull 16 of the club's 22 crews").
    const allBut = (c: Candidate) => ALL_BUT_BEFORE.test(index.documents[c.doc]!.text.slice(Math.max(0, cols.start[c.fid]! - 12), cols.start[c.fid]!));
    // And a claim's own "all but six of its 45 places" gives the rest ("offered 39 of its 45").
    const claimAllBut = claim.tokens.some((t, i) => t.lower === "but" && claim.tokens[i - 1]?.lower === "all" && claim.tokens[i + 1]?.span.start === fact.quantity!.span.start);
    // Nor is a part its report tells of the other side ("15 of the 23 incidents took place after
    // midnight" for "Eight of the 23 ... happened before midnight").
    const sides = sidesOf(claim);
    const otherSide = (c: Candidate) => sides.length > 0 && tellsTheOtherSide(sides, index.sentenceText(c.sentence));
    // Unless the rest's own clause says what the claim's verb says of its part ("£11.2 million that
    // must be returned to customers" for "Of the £18.6 million penalty, £7.4 million will be
    // returned to customers"): the claim has its part wrong. (Its verb only: "the two glasshouses
    // that survived the storm" are no more destroyed for the storm.)
    const told = claim.tokens.filter((t) => t.span.start >= fact.quantity!.span.end && isPastVerb(t.lower) && fact.local.includes(t.stem) && !fact.measure.includes(t.stem)).map((t) => t.stem);
    const saysTheClaims = (c: Candidate) => !notSo && told.some((t) => index.factRecord(c.fid).local.includes(t));
    dropDisagreeing(candidates, (c) => cols.amount[c.fid] === rest && !saysTheClaims(c) && (claimAllBut || !sameShare(c) || (notSo && !NOT_SO.test(index.sentenceText(c.sentence))) || allBut(c) || otherSide(c)));
    // "Eighty-four employees remain at the site" answers no "187 of its 312 staff were made
    // redundant": what remains of a whole is another part of it than what went (unless the claim
    // tells what remains).
    if (!claim.tokens.some((t) => REMAINING_WORDS.has(t.lower))) {
      dropDisagreeing(candidates, (c) => figureFollowedBy(index, c.fid, REMAINS_AFTER, 60));
    }
  }
  // "The Caxtonbury blaze was the third boat fire ... Crews have since been called to a fourth": a
  // report that counts on to the claim's ordinal, in the same sentence or the next, tells of a
  // later one than its own, no rival account of the claim's.
  if (isQuantity && fact.quantity!.ordinal) {
    const word = claimOrdinalWord(claim, fact);
    if (word) {
      const said = new RegExp(String.raw`\b(?:a|the)\s+${word}\b`, "i");
      const countedOn = candidates.some((c) => !c.agrees && countsOnTo(index, c.sentence, said));
      dropDisagreeing(candidates, (c) => countsOnTo(index, c.sentence, said));
      // And a claim's new one ("crews were called to a fourth boat fire") is a later one than an
      // older report's count ("the third boat fire ... since January"), where a report counts on.
      const indefinite = claim.tokens.some((t, i) => t.span.start === fact.quantity!.valueSpan.start && /^an?$/.test(claim.tokens[i - 1]?.lower ?? ""));
      if (countedOn && indefinite) dropDisagreeing(candidates, (c) => cols.amount[c.fid]! < claimValue!);
    }
  }
  // "paying lifeguards £14.10 an hour, against £12.40 at Marlowe Fields" is not disputed by "raised
  // lifeguard pay from £12.40 to £13.25": the level the claim's other figure was raised to.
  // (Not where the claim gives that change itself: "from £14.20 to £15.84" is answered by "from
  // £14.20 to £14.84".)
  if (isQuantity && claimsOtherValues.length && !fact.reached && !claim.facts.some((f) => f.from)) {
    const levelOfTheClaimsOther = perRecordFigure(index, ({ facts }, at) => !!facts[at]?.reached && facts.some((f) => !!f.from && !!f.quantity && claimsOtherValues.includes(f.quantity.value)));
    // (The flag column first: most candidates reached no level, and their records are not read.)
    dropDisagreeing(candidates, (c) => (cols.figureFlags[c.fid]! & FIGURE_REACHED) !== 0 && levelOfTheClaimsOther(c.sentence, c.fid));
  }
  // "With 112 pupils, the school was at 80 per cent of its 140-place capacity": a share the claim
  // works out from two of its own figures is answered by those figures, not by other shares.
  if (isShareOfOwnFigures(claim, fact)) dropDisagreeing(candidates, () => true);
  // "The petition grew from just over 1,100 signatures ... to 6,204": a count between where a
  // change the claim gives started and where it ended is one along the way ("had 3,412 signatures
  // by Wednesday morning"), not an account of either.
  const started = fact.kind === "quantity" && !fact.from && fact.quantity ? claim.facts.find((f) => f.from && f.quantity && f.span.end <= fact.span.start && comparable(f.quantity, fact.quantity!) && f.measure.some((m) => fact.measure.includes(m))) : undefined;
  if (started) {
    const from = started.quantity!.value;
    const lo = Math.min(from, fact.quantity!.value);
    const hi = Math.max(from, fact.quantity!.value);
    // Not the end of the same change: "from £14.20 to £14.84" answers "from £14.20 to £15.84".
    const sameChange = (c: Candidate) => index.sentenceRecord(c.sentence).facts.some((f) => f.from && f.quantity?.value === from);
    dropDisagreeing(candidates, (c) => cols.amount[c.fid]! > lo && cols.amount[c.fid]! < hi && !sameChange(c));
  }
  // "Once the 11 blocks shut, the borough will have lost 14 of the 19 it had": a figure that with
  // another of the claim's own makes up the claim's ("shut three blocks in April 2024") is the rest
  // of it, not an account of it.
  const restOfOwn = restsOfTheClaimsSum(claim, fact);
  if (restOfOwn.length) dropDisagreeing(candidates, (c) => restOfOwn.includes(cols.amount[c.fid]!));
  // "By 20 October the appeal had raised more than two-thirds of its target": the day of a running
  // tally is not disputed by the day another report gives another tally by ("had raised £38,000
  // ... by Thursday morning"): only a day given to the claim's own figure answers it.
  if (fact.kind === "date" && fact.deadline) {
    const tallies = claim.facts.filter((f) => f.kind === "quantity" && !f.goal && f.quantity);
    if (tallies.length) dropDisagreeing(candidates, (c) => dayOfAnotherTally(index, c, tallies));
  }
  // "15,610 premises had been connected as of Friday, March 14, up from 15,240 a week earlier and
  // 14,870 at the end of February": a sentence that gives one of the claim's own figures the
  // claim's date (in all but a year no report confirms) tells of the claim's time among others,
  // and its other dates are of its other figures, no account of the claim's.
  if (fact.kind === "date" && looselyDated.length) {
    const dated = datedTheClaimsFigure(index, claim, looselyDated);
    if (dated.size) dropDisagreeing(candidates, (c) => dated.has(c.sentence));
  }
  // "Youth services face a £900,000 cut" is not answered by "A £2.1m cut to bus subsidies": a
  // change whose noun names what it changes, in words the claim never says, is another thing's.
  if (fact.difference && fact.quantity?.unit && CHANGE_NOUN_OF.test(` ${fact.quantity.unit}`)) {
    const claimTerms = new Set(claim.terms);
    dropDisagreeing(candidates, (c) => {
      const text = index.documents[c.doc]!.text;
      const of = CHANGE_NOUN_OF.exec(text.slice(cols.end[c.fid]!, cols.end[c.fid]! + CHANGE_OF_REACH));
      const named = (of?.slice(1) ?? []).filter((w): w is string => w !== undefined && w.length > 1 && !STOPWORDS.has(w.toLowerCase()) && !COUNTED_AS.has(w.toLowerCase()));
      return named.length > 0 && !named.some((w) => claimTerms.has(stem(w.toLowerCase())));
    });
  }
  // "employs around 210 people across its Ellesmoor and Cobbridge plants" is not answered by
  // "employs 160 people in Ellesmoor": a smaller figure whose sentence names one of two names the
  // claim joins, and not the other, is the one's part of the two's sum.
  // (Counts and sums only: "24 miles long" and "41% higher" are no sums of their places' figures.)
  const joined = fact.kind === "quantity" && !fact.quantity!.percent && !(fact.quantity!.unit && isMeasurementUnit(fact.quantity!.unit)) ? joinedNames(claim) : [];
  if (joined.length) {
    const lo = claimInterval!.lo;
    dropDisagreeing(candidates, (c) => {
      if (!(cols.hi[c.fid]! < lo)) return false;
      const stretch = figuresStretch(index, c.fid);
      return joined.some(([a, b]) => namesWord(stretch, a.text) !== namesWord(stretch, b.text));
    });
  }
  // "A nine-member board was elected": a hyphened size is the size of the body it names, and is
  // answered only by figures of that body ("a nine-strong board"), not by "214 members" at a meeting.
  const body = hyphenedSizeBody(claim, fact);
  if (body !== undefined) dropDisagreeing(candidates, (c) => !index.factRecord(c.fid).measure.includes(body));
  // "Over the whole incident, 212 firefighters ... attended", "Seven people were treated in all": a
  // total is not answered by a report's sentence that opens on the peak ("At its peak on Tuesday
  // evening, 70 firefighters ... were tackling the blaze").
  if (fact.total && fact.kind === "quantity") dropDisagreeing(candidates, (c) => opensOnItsPeak(index.sentenceText(c.sentence)));
  // "lodged her appeal six days after the council announced her punishment": a span between two
  // events is not answered by a span allowed ("She has 14 days to lodge an appeal"), nor by the
  // length of a thing the claim does not name ("the 12-month exhibiting ban").
  if (fact.quantity?.unit && isDuration(fact.quantity.unit) && spanBetweenEvents(claim, fact.quantity)) {
    const docs = index.documents;
    dropDisagreeing(candidates, (c) => {
      const rec = index.factRecord(c.fid);
      // (The compound's noun is its measure after its unit: "12-month exhibiting ban", "exhibit".)
      const noun = rec.measure[1];
      if (/^\S+-\p{L}+$/u.test(rec.label) && noun !== undefined && !claim.terms.includes(noun)) return true;
      return ALLOWED_BEFORE.test(docs[c.doc]!.text.slice(Math.max(0, cols.start[c.fid]! - 12), cols.start[c.fid]!));
    });
  }
  // "Fifty-eight of the council's 60 members were in the chamber": a sentence whose counts, three
  // or more and all of them, add up to the claim's ("All 31 Labour councillors ..., the 17
  // Conservative and seven Liberal Democrat members ..., and the three independent councillors")
  // gives its parts, none of which answers it.
  // And "The new car park has 210 spaces, against 260 at the old pier": a sentence that gives the
  // claim's figure as a level and a difference from it ("has 210 spaces, 50 fewer than at the old
  // pier") says it, whatever else it counts.
  // (What each sentence adds up to is read once per shared record: an archive's candidates are thousands.)
  const bareCount = fact.kind === "quantity" && isBareCount(fact.quantity!);
  const exactLevel = fact.kind === "quantity" && fact.quantity!.qualifier === "exact" && !fact.difference;
  if (bareCount || exactLevel) {
    const { lo, hi } = claimIntervalOf(fact.quantity!);
    const value = fact.quantity!.value;
    dropDisagreeing(candidates, (c) => {
      const sums = index.sentenceSums(c.sentence);
      return (bareCount && sums.counts >= lo && sums.counts <= hi) || (exactLevel && sums.otherSides.some((o) => Math.abs(o - value) <= 1e-6 * value));
    });
  }
  // "The year before, Wrenford had raised council tax by 3.99 per cent": where a report gives the
  // claim's figure as of the claim's years back ("a 3.99 percent increase last year"), figures
  // reports give as of their own time are of another year. (Only where the claim gives no year:
  // "between January and May 2024, up 16 per cent on the same period a year earlier" is dated, and
  // a report's "up 16 per cent from 161,200 the previous year", of 2023, says nothing of it.)
  if (fact.yearsAgo !== undefined && fact.yearsAgo > 0 && !claim.facts.some((f) => f.kind === "date" && f.date!.year !== undefined) && candidates.some((c) => c.agrees && index.factRecord(c.fid).yearsAgo === fact.yearsAgo)) {
    dropDisagreeing(candidates, (c) => (index.factRecord(c.fid).yearsAgo ?? 0) === 0);
  }
  // Lists of one elements kind, empty or not (see `listOf`).
  return settle(index, fact, listOf(candidates), claimUnit, listOf(claimTimes), listOf(bodiesOf(claim)), listOf(claim.entities.filter(isPerson).map((e) => e.name)), listOf(claimStoryNames(index, claim)), !docs, !docs && namesTheUnheardOf(index, claim), !!fact.total && !!fact.quantity?.currency && !saysATotalOf(claim), fact.kind === "date" ? subjectOfEvent(claim, fact) : undefined, saysItWas(claim), listOf(disownedValues(claim, fact)), listOf(kindsOfBodyNamed(claim, fact)), fact.kind === "date" ? thingsOfDate(claim, fact) : [], claimSaysNow);
}

/**
 * A change's noun right after its figure, and the first three words of what it changes: "£2.1m cut
 * to bus subsidies". (Alone, as a claim's unit is given, it matches with no words.)
 */
const CHANGE_NOUN_OF = /^[\s-](?:pay\s+)?(?:rise|increase|fall|drop|decline|decrease|cut|jump|reduction|hike|swing|deduction)s?(?:\s+(?:to|in|on|for)\s+(?:the\s+|its\s+|their\s+)?([\p{L}'\u2019-]+)(?:\s+([\p{L}'\u2019-]+))?(?:\s+([\p{L}'\u2019-]+))?)?/iu;
/** Words that say how a thing is counted, not what it is: "a rise in the number of arrests". */
const COUNTED_AS = new Set(["number", "numbers", "amount", "level", "levels", "total", "rate", "share", "proportion", "cost", "costs", "value"]);
/** Characters after a figure `CHANGE_NOUN_OF` reads. */
const CHANGE_OF_REACH = 60;

/**
 * Pairs of names a claim joins by "and" ("its Ellesmoor and Cobbridge plants", "Kent and
 * Essex", "over December and January"): the word on each side of the "and", each capitalised,
 * neither opening the sentence. Not the ends of a route or a span ("between Strathlin and Port
 * Ellister").
 */
function joinedNames(claim: SentenceAnalysis): [Token, Token][] {
  const t = claim.tokens;
  const out: [Token, Token][] = [];
  const name = (x: Token) => x.capitalised && !x.acronym && isContent(x);
  for (let i = 2; i + 1 < t.length; i++) {
    if (t[i]!.lower !== "and" || !name(t[i - 1]!) || !name(t[i + 1]!)) continue;
    // The first name's own words back to the word before them: "between Strathlin", "from the Wye".
    let j = i - 1;
    while (j > 0 && t[j - 1]!.capitalised) j--;
    if (ROUTE_WORDS.has(t[j - 1]?.lower ?? "") || ROUTE_WORDS.has(t[j - 2]?.lower ?? "")) continue;
    out.push([t[i - 1]!, t[i + 1]!]);
  }
  return out;
}

/** Words before two joined names that make them the ends of one thing: "between Leeds and York", "from Hull and". */
const ROUTE_WORDS = new Set(["between", "from", "linking", "link", "links", "connecting", "joining"]);

/**
 * The text of figure `fid`'s sentence from the figure before it (or the sentence's start) to the
 * one after it (or its end): the words its own stretch of the sentence says ("the firm's smaller
 * plant in Cobbridge, which employs 50 people, and all " in "..., which employs 50 people, and
 * all 160 staff at the Ellesmoor site").
 */
function figuresStretch(index: CorpusIndex, fid: number): string {
  const cols = index.factColumns;
  const sentence = cols.sentence[fid]!;
  const text = index.documents[cols.doc[fid]!]!.text;
  let from = index.startOfSentence(sentence);
  let to = from + index.sentenceText(sentence).length;
  const first = index.firstFactOf(sentence);
  for (let f = first, n = first + index.factCountOf(sentence); f < n; f++) {
    // (Figures only: "4,100 parcels in January" names its month.)
    if (f === fid || cols.kind[f] !== 0) continue;
    if (cols.end[f]! <= cols.start[fid]!) from = Math.max(from, cols.end[f]!);
    else if (cols.start[f]! >= cols.end[fid]!) to = Math.min(to, cols.start[f]!);
  }
  return text.slice(from, to);
}

/** Whether `text` has `word` as a whole word, as written. */
function namesWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? " ")) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/**
 * Whether a candidate's own sentence dates its figure by years, all before the year of the newest
 * report among `agree` (undefined where none of them has a known day): by a date it opens on, or
 * one right after the figure ("171 sailings in 2024").
 */
function earlierYearThanAgreeing(index: CorpusIndex, agree: readonly Candidate[]): ((c: Candidate) => boolean) | undefined {
  let newest = -Infinity;
  for (const a of agree) newest = Math.max(newest, reportDay(index, a.doc) ?? -Infinity);
  if (!Number.isFinite(newest)) return undefined;
  const year = yearOfDay(newest);
  const cols = index.factColumns;
  // From the fact columns and the text, not the sentence's record: an archive's candidates are thousands.
  return (c) => {
    const text = index.documents[c.doc]!.text;
    const opening = index.startOfSentence(c.sentence);
    const first = index.firstFactOf(c.sentence);
    let dated = false;
    for (let f = first, n = first + index.factCountOf(c.sentence); f < n; f++) {
      if (cols.kind[f] !== 1) continue;
      const y = cols.dateAt(f).year;
      if (y === undefined) continue;
      const start = cols.start[f]!;
      if (!SENTENCE_DATED_BY.test(text.slice(opening, start)) && !(cols.end[c.fid]! <= start && PARTICIPLE_GAP.test(text.slice(cols.end[c.fid]!, start)))) continue;
      if (y >= year) return false;
      dated = true;
    }
    return dated;
  };
}
/** A sentence opening on the date of all it tells: "In October 2024 the ferry was out of service" (not "Launched in 2019, the ship measures ..."). */
const SENTENCE_DATED_BY = /^\s*(?:in|during|throughout|over)\s+$/i;

/**
 * Whether a figure's years back (`FactMention.yearsAgo`) are its own for sure: its sentence opens
 * on them ("Last year's event, ...", "Last year nine runners ...") or gives no other figure.
 */
function lastYearsAlone(index: CorpusIndex, c: Candidate): boolean {
  if (YEARS_BACK_OPENING.test(index.sentenceText(c.sentence))) return true;
  const cols = index.factColumns;
  const first = index.firstFactOf(c.sentence);
  for (let f = first, n = first + index.factCountOf(c.sentence); f < n; f++) if (f !== c.fid && cols.kind[f] === 0) return false;
  return true;
}
/** A sentence opening on a year back: "Last year", "The year before", "A year earlier". */
const YEARS_BACK_OPENING = /^\s*(?:(?:last|the\s+previous|the\s+prior)\s+year|the\s+year\s+before|(?:a|one|two|three)\s+years?\s+(?:earlier|before|ago))\b/i;

/** Words between a figure and the date that dates it ("14,870 at the end of February", "£2 until January"). */
const FIGURE_DATED_BY = /^\s*(?:(?:at|on|in|by|as\s+of|until|till|the)\s+)*$/i;

/**
 * The sentences where a figure that agrees with one of the claim's own is dated, right after it,
 * by one of `dates` (each a date that gives the claim's in all but the year).
 */
function datedTheClaimsFigure(index: CorpusIndex, claim: SentenceAnalysis, dates: readonly number[]): Set<number> {
  const cols = index.factColumns;
  const figures = claim.facts.flatMap((f) => (f.kind === "quantity" && f.quantity ? [claimIntervalOf(f.quantity)] : []));
  const out = new Set<number>();
  if (!figures.length) return out;
  for (const date of dates) {
    const sentence = cols.sentence[date]!;
    const text = index.documents[cols.doc[date]!]!.text;
    const first = index.firstFactOf(sentence);
    for (let f = first, n = first + index.factCountOf(sentence); f < n; f++) {
      if (cols.kind[f] !== 0 || cols.end[f]! > cols.start[date]!) continue;
      if (!FIGURE_DATED_BY.test(text.slice(cols.end[f]!, cols.start[date]!))) continue;
      if (figures.some((iv) => cols.agrees(iv, f))) out.add(sentence);
    }
  }
  return out;
}

/** How near the claim's figure (a share of it) a count by the noun of the claim's verb must be to agree ("23,640 listings" for "more than 23,000 tickets ... listed"). */
const VERB_NOUN_NEAR = 0.1;

/** The shortest verb stem a noun is read as made from ("sign" of "signatur"; "ban" would be of "band"). */
const VERB_STEM_MIN = 4;

/** How many units of their last digit two estimates may stand apart and still be one figure ("about 7,200" and "about 6,800" are four apart). */
const ESTIMATES_APART = 2;

/** How many times a total must be its unit price before a unit price is no account of it (see `consider`). */
const UNIT_PRICE_APART = 5;

/** Whether two spans of time (in seconds) are more than `SUMS_APART_MAX` times apart. */
function spansApart(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) > SUMS_APART_MAX;
}

/** How many times apart two sums or counts may be and still be accounts of one (see `apartBeyondSlip`). */
const SUMS_APART_MAX = 100;

/** Whether two positive figures are more than `SUMS_APART_MAX` times apart and not the same figures at another scale. */
export function apartBeyondSlip(a: number, b: number): boolean {
  if (!(a > 0 && b > 0)) return false;
  if (Math.max(a, b) / Math.min(a, b) <= SUMS_APART_MAX) return false;
  return leadingDigits(a) !== leadingDigits(b);
}

/**
 * `apartBeyondSlip(a, ·)` for one claim's `a`: a check asks it of every disagreeing fact of a
 * common measure (thousands on an archive), most of them far apart from the claim's, and each
 * answer wrote out two figures' digits. Here `a`'s are written once, and each other value's once.
 */
export function apartBeyondSlipFrom(a: number): (b: number) => boolean {
  if (!(a > 0)) return () => false;
  const own = leadingDigits(a);
  const apart = new Map<number, boolean>();
  return (b) => {
    if (!(b > 0) || Math.max(a, b) / Math.min(a, b) <= SUMS_APART_MAX) return false;
    let is = apart.get(b);
    if (is === undefined) apart.set(b, (is = leadingDigits(b) !== own));
    return is;
  };
}

/** A positive figure's first three significant digits ("1.10" for £1.1m and £1.1bn alike). */
function leadingDigits(x: number): string {
  return (x / 10 ** Math.floor(Math.log10(x))).toPrecision(3);
}

/** Words of a kind of place a claim's figure is said to be outside of ("outside the green belt": green, belt); undefined where it says none, or names the place. */
function outsideWords(claim: SentenceAnalysis): string[] | undefined {
  const at = claim.tokens.findIndex((t) => t.lower === "outside");
  if (at < 0) return undefined;
  const words: string[] = [];
  for (let k = at + 1; k < claim.tokens.length && k <= at + 4; k++) {
    const t = claim.tokens[k]!;
    if (t.span.start - claim.tokens[k - 1]!.span.end > 1) break;
    // (A kind of place, not a name: "outside Carrick House" names where.)
    if (t.capitalised) return undefined;
    if (isContent(t) && !t.numeric) words.push(t.stem);
  }
  return words.length ? words : undefined;
}

/**
 * Whether the sentence of fact `fid` gives `value` as a figure of no level (a change, where one
 * started, a comparison: `FIGURE_NO_LEVEL`), read from its columns: asked of disagreeing copies
 * by the thousand, most of whose sentences give none.
 */
function sentenceNoLevelAt(cols: FactColumns, fid: number, value: number): boolean {
  const sentence = cols.sentence[fid]!;
  for (let f = fid; f >= 0 && cols.sentence[f] === sentence; f--) if (cols.amount[f] === value && (cols.figureFlags[f]! & FIGURE_NO_LEVEL) !== 0) return true;
  for (let f = fid + 1; f < cols.size && cols.sentence[f] === sentence; f++) if (cols.amount[f] === value && (cols.figureFlags[f]! & FIGURE_NO_LEVEL) !== 0) return true;
  return false;
}

/** Whether a figure of sentence `sentence` (its facts from `first` on) is read as a part (`FIGURE_PART`). */
function sentenceGivesAPart(cols: FactColumns, first: number, sentence: number): boolean {
  for (let fid = first; fid < cols.size && cols.sentence[fid] === sentence; fid++) if ((cols.figureFlags[fid]! & FIGURE_PART) !== 0) return true;
  return false;
}

/**
 * `assessFact`'s walk over one measure's facts (thousands on an archive's common measure): each
 * shape weighed once (`shapeOf`), each fact of a shape that can agree or disagree considered.
 * A function of its own, small, so that it is optimised early and on its own: a check's first
 * claims otherwise walk their lists in the interpreter of the large function around it.
 */
function walkShapedList(
  { fids, local, shapes: shapeIds }: ShapedList,
  first: ((fid: number) => boolean) | undefined,
  cols: FactColumns,
  kind: number,
  /** The claim's figure as an interval, for a figure (undefined for a date). */
  interval: Interval | undefined,
  shapeOf: (id: number, fid: number) => Shape,
  consider: (fid: number, shape: Shape) => void,
): void {
  const kinds = cols.kind;
  const weighed: (Shape | null | undefined)[] = new Array(shapeIds.length);
  for (let i = 0; i < fids.length; i++) {
    const fid = fids[i]!;
    if (first && !first(fid)) continue;
    const n = local[i]!;
    let shape = weighed[n];
    if (shape === undefined) {
      const s = kinds[fid] === kind ? shapeOf(shapeIds[n]!, fid) : undefined;
      // A shape's facts are all of one kind: `null` marks a shape with nothing to say.
      weighed[n] = shape = s && (s.canAgree || s.canDisagree) ? s : null;
    }
    if (!shape) continue;
    // A figure its shape lets only agree, and that does not: `consider` turns it away first thing,
    // and an archive's copies of such shapes run to thousands a claim.
    if (interval !== undefined && !shape.canDisagree && !cols.agrees(interval, fid)) continue;
    consider(fid, shape);
  }
}

/**
 * "Only 23.1mm of rain fell across England in July": a month that no source gives to the claim's
 * event is still supported where a passage agreeing with one of the claim's figures names it,
 * often as its first word, where it is read as no date ("July was the driest ..., with only 23.1mm
 * of rain falling across the month"). A claim's assessments, each month so read; the others as
 * they were.
 */
export function withMonthsOfAgreeingPassages(index: CorpusIndex, facts: readonly FactAssessment[]): FactAssessment[] {
  return facts.map((f) => monthOfAgreeingPassage(index, f, facts));
}

/**
 * "The latest £7.6 million estimate is more than £3 million above the original £4.2 million
 * budget": a difference no source states is worked out from the figures it is the difference of:
 * two of the claim's own, each supported, or one of them and another figure of its unit that a
 * passage agreeing with it gives beside it ("a gust of 22 knots at 8.30pm, nearly three times the
 * 8 knots forecast" for "The 22-knot gust was 14 knots above the forecast wind"). A difference so
 * worked out is supported by those passages; any other assessment is as it was.
 */
export function withDifferencesWorkedOut(index: CorpusIndex, facts: readonly FactAssessment[]): FactAssessment[] {
  return facts.map((f) => differenceWorkedOut(index, f, facts));
}

/** `difference` supported by the figures it is the difference of (see `withDifferencesWorkedOut`), or as it was. */
function differenceWorkedOut(index: CorpusIndex, difference: FactAssessment, facts: readonly FactAssessment[]): FactAssessment {
  const q = difference.fact.quantity;
  if (difference.verdict !== "unknown" || !q || !difference.fact.difference || q.percent || (q.currency === undefined && q.unit === undefined)) return difference;
  const { lo, hi } = claimIntervalOf(q);
  const ofUnit = (x: Quantity | undefined): x is Quantity => !!x && !x.percent && !x.isYear && x.currency === q.currency && (q.currency !== undefined || x.unit === q.unit);
  const apart = (a: number, b: number) => Math.abs(a - b) >= lo && Math.abs(a - b) <= hi;
  const levels = facts.filter((f) => f !== difference && f.verdict === "supported" && !f.fact.difference && ofUnit(f.fact.quantity));
  // The passages of the figures it is worked out from, and one more of another figure beside them.
  const supported = (passages: readonly FactAssessment[], beside?: { evidence: Evidence; sentence: number }): FactAssessment => {
    const sentences = [...passages.map((p) => p.agreeingSentences[0]!), ...(beside ? [beside.sentence] : [])];
    return {
      ...difference,
      verdict: "supported",
      sides: [{ value: q.text, sources: new Set(sentences.map((id) => index.docOfSentence(id))).size, agrees: true }],
      agreeing: [...passages.map((p) => p.agreeing[0]!), ...(beside ? [beside.evidence] : [])],
      agreeingDocs: sentences.map((id) => index.docOfSentence(id)),
      agreeingSentences: sentences,
    };
  };
  for (const a of levels) {
    for (const b of levels) if (a !== b && a.fact.quantity!.value > b.fact.quantity!.value && apart(a.fact.quantity!.value, b.fact.quantity!.value)) return supported([a, b]);
  }
  for (const a of levels) {
    for (const id of a.agreeingSentences.slice(0, EVIDENCE_MAX)) {
      for (const sf of index.sentence(id).facts) {
        const x = sf.quantity;
        if (!ofUnit(x) || x.value === a.fact.quantity!.value || !apart(a.fact.quantity!.value, x.value)) continue;
        return supported([a], { evidence: index.evidence(id, x.valueSpan, { value: x.text, stance: "agrees" }), sentence: id });
      }
    }
  }
  return difference;
}

/** `date` supported by a passage agreeing with one of `facts` (see `withMonthsOfAgreeingPassages`), or as it was. */
function monthOfAgreeingPassage(index: CorpusIndex, date: FactAssessment, facts: readonly FactAssessment[]): FactAssessment {
  const d = date.fact.date;
  if (date.verdict !== "unknown" || !d || d.month === undefined || d.day !== undefined || d.year !== undefined || !/^\p{L}+$/u.test(d.text)) return date;
  const month = new RegExp(`\\b${d.text}\\b`);
  for (const f of facts) {
    if (f.fact.kind !== "quantity" || f.verdict !== "supported") continue;
    for (const id of f.agreeingSentences) {
      const m = month.exec(index.sentenceText(id));
      if (!m) continue;
      const start = index.startOfSentence(id) + m.index;
      return {
        ...date,
        verdict: "supported",
        sides: [{ value: d.text, sources: 1, agrees: true }],
        agreeing: [index.evidence(id, { start, end: start + m[0].length }, { value: d.text, stance: "agrees" })],
        agreeingDocs: [index.docOfSentence(id)],
        agreeingSentences: [id],
      };
    }
  }
  return date;
}

/**
 * The verdict on a claim's fact from its candidates (the source facts that agree or disagree with
 * it, scored): one value per sentence, one stance per source, then sides by value. Apart from the
 * walk that gathers the candidates, so that a branch first taken here does not deoptimise the
 * walk's compiled loop.
 */
function settle(
  index: CorpusIndex,
  fact: FactMention,
  candidates: Candidate[],
  claimUnit: string | undefined,
  claimTimes: readonly ClaimTime[],
  claimBodies: readonly string[][],
  claimPeople: readonly string[],
  storyNames: readonly (readonly (readonly string[])[])[],
  tellsStories: boolean,
  unheardOf: boolean,
  sumOfParts: boolean,
  eventSubject: EventSubject | undefined,
  /** The claim tells what was (see `saysItWas`). */
  claimTellsThePast: boolean,
  /** Values the claim says its figure is not (see `disownedValues`). */
  disowned: readonly number[],
  /** The kinds of body the claim names its figure's body by (see `kindsOfBodyNamed`). */
  claimKinds: readonly string[],
  /** The things a claim's date names, each by two words (see `thingsOfDate`). */
  dateThings: readonly DateThing[],
  /** The claim gives its figure as it now is: "is now expected to cost £1.65m", "the revised £2.1m". */
  claimSaysNow: boolean,
): FactAssessment {
  const cols = index.factColumns;
  // "in 2001, killed 145 people" is not contradicted by "has risen to 517" in a report of 2025
  // that dates its figure by no year: an undated figure is of its report's time. So for a claim
  // dated by a month alone ("was 327,800 in February"): a figure of a report of May dated by
  // nothing is May's, and one its sentence dates by other months ("dropped to 7.54 million at the
  // end of March") is theirs. Dropped before a sentence's figure and a source's stance are
  // chosen, so that the same sentence's or report's figure of the claim's time can speak for it.
  let anotherTime: ((c: Candidate) => boolean) | undefined;
  let otherTimeAgreeing: ((c: Candidate) => boolean) | undefined;
  if (claimTimes.length) {
    const years: number[] = [];
    const months: number[] = [];
    for (const t of claimTimes) (t.year !== undefined ? years : months).push(t.year ?? t.month!);
    // The months of the claim's dates that have a year too ("in the year to December 2024").
    const monthsOfYears = yearMonthsOf(claimTimes).map((t) => t.month!);
    const published = new Map<number, { year: number; month: number } | undefined>();
    // By record: an archive's copies of one sentence share it.
    const dated = new Map<object, FigureDates[]>();
    const datesInSentence = (c: Candidate): FigureDates[] => {
      const record = index.sentenceRecord(c.sentence);
      let each = dated.get(record);
      if (each === undefined) dated.set(record, (each = figureDates(record.facts)));
      return each;
    };
    const datesOf = (c: Candidate): FigureDates => datesInSentence(c)[c.fid - index.firstFactOf(c.sentence)] ?? UNDATED;
    /** Whether the figure's own sentence dates it by other times only; undefined where it gives no date that tells. */
    const datedElsewhere = (has: FigureDates): boolean | undefined => {
      if (!years.length) {
        if (has.months.length) return !has.months.some((m) => months.includes(m));
      } else {
        // "649,000 in the year to December 2024" is not disputed by "431,000 in the year to June
        // 2025": a figure its source dates by other years is theirs. (A claim's wrong year is its
        // date's to answer.)
        if (has.years.length && !has.years.some((y) => years.includes(y))) return true;
        // Nor by "431,000 in the year to June", whatever year that June is of.
        if (!has.years.length && has.months.length && monthsOfYears.length && !has.months.some((m) => monthsOfYears.includes(m))) return true;
      }
      return undefined;
    };
    // "Inflation is expected to peak at 4% in September" does not back "rose to 3.9% in June":
    // an agreeing figure its sentence dates by other times is another time's too. (Not by its
    // report's time: that is a guess, for disagreeing figures only.)
    otherTimeAgreeing = (c: Candidate): boolean => datedElsewhere(datesOf(c)) === true;
    anotherTime = (c: Candidate): boolean => {
      // The figure's own dates first, read once per shared record (an archive's disagreeing
      // copies are thousands), then the report's time.
      const has = datesOf(c);
      const elsewhere = datedElsewhere(has);
      if (elsewhere !== undefined) return elsewhere;
      // "has carried 21,700 passengers ..., compared with 15,900 at the same point in 2025": a
      // sentence that gives the claim's year, or a later one, to another of its figures, and none
      // to this one, tells this one of a time after it ("six launches in January, compared with
      // four in January 2024" is not of 2019).
      if (years.length && !has.years.length) {
        const latest = Math.max(...years);
        if (datesInSentence(c).some((d) => d !== has && d.years.some((y) => y >= latest))) return true;
      }
      let when = published.get(c.doc);
      if (!published.has(c.doc)) {
        const date = /^(\d{4})-(\d{2})/.exec(index.documents[c.doc]?.meta.date ?? "");
        published.set(c.doc, (when = date ? { year: Number(date[1]), month: Number(date[2]) } : undefined));
      }
      // "In 2021, 30 homes ... were evacuated", in a report of 2025: a claim dated by a month or a
      // day alone ("on Friday 7 March") tells of its report's year, not of a year before it.
      if (!years.length && when && has.years.length && has.years.every((y) => y < when!.year)) return true;
      // So is one its source says of "last year" ("Harrowdale's budget gap last year was £27.4 million").
      // (Not where the claim's figure is a year back too: "down from £2.9bn a year earlier".)
      if (!years.length && !fact.yearBefore && fact.yearsAgo === undefined && (index.factRecord(c.fid).yearsAgo ?? 0) > 0) return true;
      // A report of no date ("SALTHOLME, January 13 (Britannia News Wire)"): an undated figure is of
      // the years its lead gives, where the claim's year is none of them ("Of the 112 launches, 47
      // took place in darkness", in a report whose lead gives 2024, is not of 2019).
      if (!when) {
        // A wire dated by its dateline alone ("KELSBURY, England, Oct 25"), for a claim of a
        // month: a figure dated by nothing ("1,047 repair jobs were outstanding on the estate as
        // of Friday") is of the months its lead gives, the dateline's among them; one dated by a
        // weekday alone, of the dateline's week, in its month but in its first days.
        if (!years.length) {
          const day = datelineOf(index, c.doc);
          if (!day || months.includes(day.month) || has.years.length) return false;
          if (has.any) return day.day >= 8;
          return !storyLead(index, c.doc).months.some((m) => months.includes(m));
        }
        // (Not where its sentence gives the claim's year at all: "after her 2023 record "Paper
        // Moons" spent four weeks at the top".)
        if (has.years.length) return false;
        const said = index.sentenceText(c.sentence);
        if (years.some((y) => said.includes(String(y)))) return false;
        const lead = storyLead(index, c.doc);
        return lead.years.length > 0 && !lead.years.some((y) => years.includes(y));
      }
      if (years.includes(when.year) || months.includes(when.month)) return false;
      // A year is of another time unless the source dates its figure by a year; a month, by anything.
      if (years.length ? has.years.length : has.any) return false;
      // "recorded 31,500 visits last year" in a report of 2025 is of 2024, whatever year its lead gives.
      const ago = years.length ? index.factRecord(c.fid).yearsAgo : undefined;
      if (ago !== undefined) return !years.includes(when.year - ago);
      // "An estimated 898,000 people moved to the UK over the 12 months" in a report whose lead
      // gives "the year to June 2025": an undated figure may be of the time its story's lead gives.
      const lead = storyLead(index, c.doc);
      return !(years.length ? lead.years.some((y) => years.includes(y)) : lead.months.some((m) => months.includes(m)));
    };
  }
  // A sentence states one value for the claim's fact: the figure whose clause fits best
  // ("£3,500 encrypted handsets", not the "£1,500" contract price beside it).
  // The clause, then the figure's own noun: "£4,698 encrypted handsets" answers "£3,500 handsets";
  // and where the sentence also states the claim's value about as closely, it confirms it.
  // The claim's own noun when it has one, else any noun of the claim ("handsets cost £3,500").
  // Of two figures of one sentence, the one whose own clause names the claim's place is its figure
  // ("cut 4,200 jobs, including 1,500 in the UK" for "1,500 jobs in the UK").
  // So is the one whose own clause names the claim's body or person ("Pellmark made revenue of
  // $1.1 billion last year, about a third of Corvane's $3.4 billion" for "Corvane's revenue").
  const rank = (c: Candidate) => c.local + c.shape.unitBonus + (c.shape.w.clauseScope ? 0.5 : 0) + (c.shape.w.clauseNames ? 0.5 : 0);
  // Candidates in fact order: a sentence's facts are neighbours. Those of another time go first.
  const timely = anotherTime ? candidates.filter((c) => !(c.agrees ? otherTimeAgreeing!(c) : anotherTime!(c))) : candidates;
  for (let i = 1; i < timely.length; i++) {
    if (timely[i]!.fid < timely[i - 1]!.fid) {
      timely.sort((a, b) => a.fid - b.fid);
      break;
    }
  }
  // "Between them, the two lynx weigh 47 kilograms": a sum of parts is not disputed by the parts
  // a report gives ("Kasimir, who weighs 28 kilograms", "Tove, who weighs 19 kilograms").
  // So is an exact sum of money said without "in total", where one sentence gives its parts: "will
  // take £7.7 million of the proceeds" and "use £3.1 million ... to clear a bank loan and spend £4.6
  // million on refurbishing" (the sentence's own figures only: a report's others are not read).
  const impliedSum = !fact.total && fact.kind === "quantity" && !!fact.quantity!.currency && fact.quantity!.qualifier === "exact" && !fact.difference;
  const whole = fact.total
    ? partsOfTheSum(timely, fact.quantity!, (c) => figuresLike(index, c), (doc) => figuresOfMeasure(index, doc, fact).map(partOf))
    : impliedSum
      ? partsOfTheSum(timely, fact.quantity!, (c) => figuresLike(index, c, true), () => [])
      : undefined;
  // A sum its parties share ("Between them, the Fund and private donors put £14.3m") is not
  // disputed by a smaller figure that is no sum ("The Fund ... put in almost £10m"): one party's part.
  // Where a report gives two or more such parts and they do not add up, they answer it.
  // So with a sum of money the claim adds up: "£575 in total" is not disputed by a report's lone
  // "pays £75 to every person" (`sumOfParts`; not "a total of", said in full, nor a count "in total":
  // "In total, 53 containers were lost" is disputed by a first report's "lost 46 containers").
  // (From the flag column: a record is not read for it.)
  const isTotal = (c: Candidate): boolean => (cols.figureFlags[c.fid]! & FIGURE_TOTAL) !== 0;
  const ofParts = !!fact.shared || sumOfParts;
  const shareLo = ofParts ? claimIntervalOf(fact.quantity!).lo : -Infinity;
  const smallerIn = new Map<number, Set<number>>();
  if (ofParts) {
    for (const c of timely) {
      // (A part of a claim that is itself a part of a whole is another party's share of that whole.)
      if (c.agrees || cols.hi[c.fid]! >= shareLo || isTotal(c) || (c.shape.w.part && !fact.part)) continue;
      let values = smallerIn.get(c.doc);
      if (!values) smallerIn.set(c.doc, (values = new Set()));
      values.add(cols.amount[c.fid]!);
    }
    // With the report's other figures of the measure (as `partsOfTheSum` reads them), where that
    // measure is a thing counted: any sum of a report is in pounds.
    const counted = !fact.quantity!.currency && !fact.quantity!.percent;
    if (counted && smallerIn.size <= PARTS_DOCS_READ) for (const [doc, values] of smallerIn) for (const q of figuresOfMeasure(index, doc, fact, true)) if (sourceInterval(q).hi < shareLo) values.add(q.value);
  }
  // Nor by parts some of which add up to it: "Leisure craft and people cut off by the tide together
  // accounted for 62 of the 112 launches" and "leisure craft accounted for 38 of the launches,
  // with 24 to people cut off by the tide, 19 to fishing vessels".
  const shareHi = fact.shared ? claimIntervalOf(fact.quantity!).hi : Infinity;
  const partsAddUp = new Map<number, boolean>();
  const addUpIn = (doc: number): boolean => {
    let adds = partsAddUp.get(doc);
    if (adds === undefined) partsAddUp.set(doc, (adds = !!fact.shared && someAddUpTo([...smallerIn.get(doc)!], shareLo, shareHi)));
    return adds;
  };
  const onePartysShare = (c: Candidate): boolean => {
    const n = smallerIn.get(c.doc)?.size ?? 0;
    return n > 0 && !c.agrees && cols.hi[c.fid]! < shareLo && !isTotal(c) && (n === 1 || addUpIn(c.doc));
  };
  // Nor by a larger figure that is no sum of parties itself: "Between them, Halloran and Carrow won
  // 2,822 votes" is a part of "Of 3,807 valid votes", not an account of it.
  const allOfThem = (c: Candidate): boolean => !c.agrees && cols.lo[c.fid]! > shareHi && !isTotal(c) && !index.factRecord(c.fid).shared;
  const summed = whole || ofParts ? timely.filter((c) => !whole?.has(c.doc) && !onePartysShare(c) && !allOfThem(c)) : timely;
  // A claim's date says which time's level it gives: that is for `startedAtClaimTime` to match.
  const levelClaim = fact.kind === "quantity" && !fact.from && !fact.difference && !claimTimes.length && !tellsOfChange(fact);
  const inSentences: Candidate[] = [];
  for (let i = 0; i < summed.length; ) {
    let j = i + 1;
    while (j < summed.length && summed[j]!.sentence === summed[i]!.sentence) j++;
    if (j === i + 1) {
      inSentences.push(summed[i++]!);
      continue;
    }
    const cs = summed.slice(i, j);
    i = j;
    // "four counts of accepting a bribe and two counts of misconduct" for "six counts in all": a
    // sentence whose figures of the claim's measure add up to the claim's own gives its parts.
    if (fact.kind === "quantity" && addsUpTo(index, cs, fact.quantity!.value)) continue;
    const top = Math.max(...cs.map(rank));
    // The very figure the claim gives, of its own noun, is the sentence's answer wherever its
    // clause stands ("3,800 steps a day was linked to ..., while 9,800 steps cut the risk"),
    // unless another figure's clause names the claim's place and its own does not.
    const placed = cs.some((c) => c.shape.w.clauseScope);
    // And a level the claim gives, where the sentence's change started ("is currently 51.37p a
    // day" and "will rise to 54.75p a day, from 51.37p"), but not where a claim's change ended.
    const itself = (c: Candidate) =>
      cols.amount[c.fid] === fact.quantity?.value && ((c.shape.unitBonus > 0 && (!placed || c.shape.w.clauseScope)) || (levelClaim && c.shape.w.from));
    // A date of the claim's very event answers it over another event's date of the sentence that
    // happens to be the claim's ("Founded in 1868, the club has played at Castlegate Road since
    // 1891" for "was founded in 1891").
    const ofTheEvent = fact.kind === "date" && cs.some((c) => !c.agrees && c.shape.w.measure);
    const agreeing = cs.filter((c) => c.agrees && (!ofTheEvent || c.shape.w.measure) && (rank(c) >= top - (claimUnit ? 0.25 : 0.55) || itself(c))).sort((x, y) => rank(y) - rank(x))[0];
    inSentences.push(agreeing ?? cs.sort((x, y) => rank(y) - rank(x))[0]!);
  }
  // The most specific evidence decides: when some source facts name the claim's own body or
  // place, facts of other or unnamed scope are other facts ("more than £500,000" by one force is
  // not agreed with by a national £54m).
  // Not over a far closer match that names none: "an estimated 1,700 extra deaths in England and
  // Wales" (the claim's measure and little else) does not set aside "the number of cyclists killed
  // fell to 84" for "The number of cyclists killed on Britain's roads fell to 84 last year".
  // Not an age: "said Dr Imogen Ferrars, 47, the centre's director" gives her age as surely as
  // "Dr Imogen Ferrars, 49, of Westhaven University" does, whatever body the claim names beside her.
  const scoped = fact.measure.some(isAgeMeasure) ? [] : inSentences.filter((c) => c.shape.w.sharesScope);
  let bestScoped = 0;
  for (const c of scoped) bestScoped = Math.max(bestScoped, c.score);
  // Not a figure that names no place or body in a report whose headline names the claim's, where
  // every figure that names them disagrees: "In all, 376 flights were cancelled" under "Kestridge
  // airport reopens after ..." is Kestridge's, against the "212 flights" an earlier report gave by name.
  const scopedAllDisagree = scoped.length > 0 && scoped.every((c) => !c.agrees);
  const ofTheReportsScope = (c: Candidate): boolean => {
    // About as close a match as the figure that names them: not a looser one of another thing.
    if (!scopedAllDisagree || !c.agrees || !c.shape.w.specific || c.score < HEADLINE_SCOPE_RATIO * bestScoped) return false;
    const sf = index.factRecord(c.fid);
    return !sf.orgs.length && !sf.places.some((p) => p !== "World") && headlineNamesScope(index, fact, c.doc);
  };
  // Nor the claim's very figure in a report whose other sentence names them: "The authority now
  // puts the same work at about £21m" is the named authority's, a paragraph on.
  const scopedDocs = new Set(scoped.map((c) => c.doc));
  // (Or that names the claim's body anywhere: "Midshires Railway, which runs passenger services on
  // the line, said ... It cancelled 118 trains on Tuesday". Not a place: a report may set many
  // places side by side, "27.8 per cent of entries" England's in a report that names Wales too.)
  const scopeNamed = new Map<number, boolean>();
  const namesTheScope = (doc: number): boolean => {
    let named = scopeNamed.get(doc);
    if (named === undefined) scopeNamed.set(doc, (named = fact.orgs.some((o) => documentSays(index, doc, o))));
    return named;
  };
  // (Or, a closer match than any that names them, in a paragraph that names them: "the refurbishment
  // ... is now expected to cost £1.65m", a sentence after its paragraph names Station Road.)
  const scopeNames = [...fact.orgs, ...fact.places.filter((p) => p !== "World")];
  // (Read once per paragraph: an archive's near-copies of a figure run to thousands.)
  const paragraphNames = new Map<number, boolean>();
  const distinctFigure = fact.kind === "quantity" && significantDigits(fact.quantity!.value) >= 3;
  const paragraphNamesTheScope = (c: Candidate): boolean => {
    // (Any match of the claim's very figure where that figure is distinct, three significant
    // digits or more: "The bill, originally put at £1.2m, is now estimated at £1.65m", a sentence
    // after its paragraph names the Quarry Road building.)
    if ((c.score < bestScoped && !distinctFigure) || !scopeNames.length) return false;
    const paragraph = index.paragraphOf(c.sentence);
    let named = paragraphNames.get(paragraph[0]!);
    if (named === undefined) paragraphNames.set(paragraph[0]!, (named = paragraph.some((id) => scopeNames.some((n) => index.sentenceText(id).includes(n)))));
    return named;
  };
  const claimsFigureInScopedReport = (c: Candidate): boolean => c.agrees && fact.kind === "quantity" && cols.amount[c.fid] === fact.quantity!.value && (scopedDocs.has(c.doc) || namesTheScope(c.doc) || paragraphNamesTheScope(c));
  const byScope = scoped.length ? inSentences.filter((c) => c.shape.w.sharesScope || SCOPED_DISPUTE_RATIO * c.score > bestScoped || ofTheReportsScope(c) || claimsFigureInScopedReport(c)) : inSentences;
  // So do those of the claim's occasion: "The last escape from Wealstun was in 2021" is answered
  // by "The last escape ..., in 2023," before the escape of this week.
  const ofOccasion = fact.occasion ? byScope.filter((c) => c.shape.w.sameOccasion) : [];
  const decisive = ofOccasion.length ? ofOccasion : byScope;
  // One stance per source: the best agreeing fact, else the best disagreeing one (the first of equals).
  // A source that gives the claim's very figure agrees, whatever else it says (see `stanceOf`).
  const claimValue = fact.kind === "quantity" ? fact.quantity!.value : undefined;
  let stances = byScoreDescending(bestPerDocument(decisive, (c) => claimValue === undefined || cols.amount[c.fid] === claimValue));
  // Asked only where a source disagrees: else it takes away sources from a verdict it cannot turn.
  if (tellsStories && storyNames.length && stances.some((c) => !c.agrees)) {
    const ofAnotherStory = agreeingOfAnotherStory(index, stances, storyNames);
    stances = stances.filter((c) => !ofAnotherStory(c));
  }
  // "The museum expects 60,000 visitors, more than ... the 38,500 people it welcomed in the whole
  // of 2024" does not deny "The museum welcomed 38,500 visitors in 2024": its sentence gives the
  // claim's figure too, in a clause of the claim's words the disagreeing figure's clause lacks.
  if (fact.kind === "quantity" && stances.some((c) => !c.agrees)) {
    const names = [...fact.places, ...fact.orgs, ...claimPeople].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1).map(stem);
    const years = claimTimes.flatMap((t) => (t.year === undefined ? [] : [t.year]));
    stances = stances.filter((c) => c.agrees || !claimsFigureBeside(index, c, fact, names, years));
  }
  // "the society's revised £1.65 million loss estimate": a figure the claim calls revised is not
  // contradicted by an older report's, where a newer report gives the claim's very figure of its
  // measure, though in words too few of the claim's to agree (see `newestHolding`).
  if (fact.revised && fact.kind === "quantity" && stances.length && stances.every((c) => !c.agrees)) {
    const newest = newestHolding(index, fact);
    if (newest !== undefined) stances = stances.filter((c) => {
      const day = reportDay(index, c.doc);
      return day === undefined || newest - day < EARLIER_REPORT_DAYS;
    });
  }
  const agree = stances.filter((c) => c.agrees);
  // With agreeing sources, a disagreeing one makes a dispute only if it is about this fact as
  // surely as they are: a comparable match, not a looser one on the same measure.
  const bar = agree.length ? Math.max(DISAGREE_MIN, DISPUTE_RATIO * agree[0]!.score) : 0;
  const scopedBar = Math.max(DISAGREE_MIN, SCOPED_DISPUTE_RATIO * (agree[0]?.score ?? 0));
  // The same body's figure, or the same event's date, is the same fact however it is worded.
  // A shared body or place makes it the same fact only if the wording matches nearly as well.
  // "prices were 3.2% higher" in a report whose lead is about the UK does not contradict a claim
  // about Wales: a figure that names no place is of its story's places. Asked of the disagreeing
  // stances only (a source each), so a check reads few sources' leads.
  const claimPlaces = fact.places.filter((p) => p !== "World");
  const elsewhere = (c: Candidate): boolean => {
    if (!claimPlaces.length || !c.shape.w.unplaced) return false;
    const lead = storyLead(index, c.doc).places;
    return lead.length > 0 && !claimPlaces.some((p) => lead.includes(p));
  };
  // "Last year, 28.4% of entries were awarded the top grades", agreed with by figures of England,
  // is not disputed by "In Wales, 29.1% of entries ...": where the claim names no place, a figure
  // whose sentence names only places that no agreeing figure names is another place's.
  // Once per fact shape, as for bodies below.
  let agreedPlaces: Set<string> | undefined;
  let agreedKnown: boolean | undefined;
  const placesOf = (c: Candidate) => index.factRecord(c.fid).places.filter((p) => p !== "World");
  const anotherPlace = new Map<Shape, boolean>();
  const ofAnotherPlace = (c: Candidate): boolean => {
    if (claimPlaces.length || !agree.length) return false;
    let another = anotherPlace.get(c.shape);
    if (another === undefined) {
      if (!agreedPlaces) {
        agreedPlaces = new Set();
        const seen = new Set<Shape>();
        for (const a of agree) {
          if (seen.has(a.shape)) continue;
          seen.add(a.shape);
          for (const p of placesOf(a)) agreedPlaces.add(p);
        }
      }
      const theirs = placesOf(c);
      // Of a country or large city and a place only the corpus names ("England" and "Pennant
      // Road"), the one may hold the other: only places both known, or both not, are told apart.
      agreedKnown ??= [...agreedPlaces].every(isKnownPlace);
      another = agreedPlaces.size > 0 && theirs.length > 0 && !theirs.some((p) => agreedPlaces!.has(p)) && theirs.every(isKnownPlace) === agreedKnown;
      anotherPlace.set(c.shape, another);
    }
    return another;
  };
  // "Harlow is cutting 7% of its workforce" is not contradicted by "Northwind Systems will cut
  // ... 1.5% of its workforce": a figure its source gives of a named body, in a sentence that
  // does not name the body the claim does, is another body's.
  // Once per fact shape: an archive's near-copies share their sentence's words, names and bodies.
  const anotherBody = new Map<Shape, boolean>();
  // Not an age: "Helena Marsh, 61, of the University of Aldbridge" gives Marsh's age, whatever
  // body the claim names beside her ("shared this year's Hallberg Prize").
  const ofAge = fact.measure.some(isAgeMeasure);
  // A share the claim gives only people is theirs as a body's is its own: "Orrell and the
  // supporters' trust retain 15 per cent of the club" is not answered by "Greyfield Capital ...
  // now controls 85 per cent of the club"; but "his group at Hokuriku University" may be theirs.
  const peoplesShare = !claimBodies.length && !!fact.quantity?.percent && claimPeople.length > 0;
  const bodies = peoplesShare ? claimPeople.map((p) => nameWords(surnameOf(p)).filter(Boolean)) : claimBodies;
  // "The county council's cut amounts to four-fifths of its previous grant" is not answered by
  // "after the National Stage Fund cut its grant by 40 per cent and Ashdale County Council cut
  // ...": a claim that names a body only by the kind of body it is gives no figure its source
  // gives another body, beside a body of that kind.
  const kinds = bodies.length ? [] : claimKinds;
  const ofAnotherBody = (c: Candidate): boolean => {
    if ((!bodies.length && !kinds.length) || ofAge) return false;
    let another = anotherBody.get(c.shape);
    if (another === undefined) {
      const sf = index.factRecord(c.fid);
      another = false;
      // (Only where the sentence gives a body of the claim's kind figures of its own, in their
      // clause, beside the figure's: a body is often named by another word than its kind, "the
      // union" for "Unison", and one that only reports the figures, "figures published by the
      // Castlemere Combined Authority showed", owns none.)
      const ofKind = (o: string) => kinds.some((k) => o.toLowerCase().split(/\s+/).includes(k));
      if (!bodies.length) another = sf.orgs.length > 0 && !sf.orgs.some(ofKind) && index.sentenceRecord(c.sentence).facts.some((f) => f.kind === "quantity" && f.clauseOrgs.some(ofKind));
      else if (sf.orgs.length && (!fact.orgs.length || otherBodies(fact.orgs, sf.orgs, sameOrganisation))) {
        const words = sentenceWords(index, c.sentence);
        another = !bodies.every((body) => namesBody(words, body)) && !(peoplesShare && PERSONAL_PRONOUN.test(index.sentenceText(c.sentence)));
      }
      anotherBody.set(c.shape, another);
    }
    return another;
  };
  const ofOneNamed = oneNamedGuard(index, fact, agree, claimBodies, claimPeople.length > 0);
  const ofAnotherStory = tellsStories ? anotherStoryGuard(index, stances, agree, storyNames, ofAge ? claimPeople : []) : () => false;
  // A named person's age is the same fact however its sentence is worded ("Dr Fiona Reddaway, 54,
  // a former intensive care consultant ..." against "the trust's chief executive, Dr Fiona Reddaway, 52,").
  const namedAge = claimPeople.length > 0 && ofAge;
  // The same event's date, however worded, is of the claim's own thing: where the claim names
  // one, the date's sentence names it too ("Marlow House was built in 1968" is not answered by
  // "The ship itself, built in 2015" in a report that names a Marlow elsewhere).
  const namesTheClaimsOwn = (c: Candidate): boolean => {
    if (!storyNames.length) return true;
    const words = sentenceWords(index, c.sentence);
    return storyNames.some((name) => name.some((form) => form.some((w) => words.has(w))));
  };
  // "A bloom that covered about 6 of the reservoir's 9.2 square kilometres": a part an agreeing
  // sentence gives of the claim's figure is another fact, so another report's same figure ("had
  // spread across 6 square kilometres") is that part, not a rival account of the claim's whole.
  // Read from the few agreeing sentences only, and only where a source disagrees.
  const disagreeing = agree.length > 0 && agree.length < stances.length;
  const toldBeside = disagreeing && fact.kind === "quantity" ? figuresBesideAgreeing(index, agree, "part") : undefined;
  // "The trust has since raised its estimate ... to £71,500", agreed with by "now puts the cost ...
  // at £71,500, up from the £62,000 quoted when the news broke": a claim of where a change ended is
  // not disputed by the figure it started from, as an agreeing sentence gives it.
  const startedBeside = disagreeing && fact.kind === "quantity" && !fact.from && !fact.difference && tellsOfChange(fact) ? figuresBesideAgreeing(index, agree, "from") : undefined;
  // "found that 58% thought the wolf should be left alone, 29% wanted it removed": another share of
  // the whole an agreeing sentence shares out is another answer, not a rival account of the claim's.
  const sharedOutBeside = disagreeing && fact.kind === "quantity" && fact.quantity!.percent ? figuresBesideAgreeing(index, agree, "share") : undefined;
  // "the refurbishment, first estimated at £1.2m ..., is now expected to cost £1.65m": a first
  // figure an agreeing sentence gives beside the claim's is the one it replaced, where the claim
  // gives its figure as it now is. (Else the two stay disputed: "lost 53 containers" against
  // "53 containers ..., not the 46 it announced at first" and another report's 46.)
  const firstBeside = disagreeing && claimSaysNow && fact.kind === "quantity" && fact.occasion === undefined ? figuresBesideAgreeing(index, agree, "first") : undefined;
  const wholeOfParts = disagreeing && fact.kind === "quantity" && !fact.total && !fact.quantity!.percent ? wholeOfAgreeingParagraph(index, agree) : undefined;
  // "By Tuesday morning the water level had fallen by 2.9 metres" and "By Sunday 16 March ... had
  // been lowered by 9.4 metres": running totals by two days are no rival accounts of one.
  const otherDeadline = disagreeing && fact.kind === "quantity" ? runningByAnotherDay(index, agree) : undefined;
  // "Within a week of the crash, police had been sent more than 300 dashcam clips": a running
  // count the claim gives at a later time, or as a total ("more than 30 million litres of water
  // ... in total"), is not disputed by a smaller count a report days older than one that agrees
  // gave as still running. (A figure a report gave once and for all, and a later one revised,
  // stays disputed: see `isInterimTally`.)
  // So is a claim a tally so far agrees with ("a third man has been charged"): what it counts was
  // fewer before.
  const soFarAgrees = disagreeing && !fact.later && !fact.total && agree.some((c) => (index.factColumns.figureFlags[c.fid]! & FIGURE_SO_FAR) !== 0);
  // So is a count a claim gives as it stands, dated by nothing and told in no past ("The
  // campaigners' crowdfunding appeal has raised £16,200"): by an older report's smaller one given
  // as still running ("The crowdfunder ... has reached £6,450").
  const asItStands = !claimTellsThePast && !claimTimes.length && !fact.deadline;
  // And so is a claim a report's last count agrees with ("The final count of complaints ... stood
  // at 1,270" for "By the time the fire was out, the council had received more than 1,200"): what
  // it counts was fewer before, whatever the claim's tense.
  const finalAgrees = disagreeing && !fact.later && !fact.total && agree.some((c) => (index.factColumns.figureFlags[c.fid]! & FIGURE_LAST) !== 0);
  const earlierTally = disagreeing && (fact.later || fact.total || soFarAgrees || finalAgrees || asItStands) ? tallyOfAnotherTime(index, fact, agree, "earlier", false, soFarAgrees || finalAgrees) : undefined;
  const laterTally = disagreeing && !fact.later && !fact.total && fact.kind === "quantity" ? tallyOfAnotherTime(index, fact, agree, fact.revised ? "revised" : "later", claimTellsThePast) : undefined;
  // "The east wing reopened on Monday 3 March", agreed with by a sentence that names the wing, is
  // not disputed by "Wards 6 and 7 reopened on Saturday 18 January": the same event of a thing
  // the disagreeing sentence does not name. (Without such agreement a sentence's other word may be
  // the claim's thing by another name: "plane" / "passenger jet".)
  // Only another person, or a thing named by its number ("Wards 6 and 7 reopened", "Berth 4
  // reopened"): a common noun may be the claim's by another word ("the encryption code" / "EncroChat's
  // encryption was cracked", which an eval claim saw as a dispute of the month it was cracked).
  const namesTheSubject = (c: Candidate) => index.sentenceTerms(c.sentence).includes(eventSubject!.stem);
  // A thing named by its numbers is another where the sentence names its noun by others only.
  const numberedThingActs = perWording(index, (text) => (eventSubject!.numbers ? namesOtherNumbers(text, eventSubject!) : NUMBERED_THING_ACTS.test(text)));
  const anotherSubject = (c: Candidate) => {
    if (!eventSubject!.numbers && namesTheSubject(c)) return false;
    if (eventSubject!.person) return true;
    return numberedThingActs(c.sentence);
  };
  // The claim's own other things: one a sentence gives the event to is another subject, whatever
  // else of the claim's the sentence names.
  const toAnother = eventSubject?.others ? perWording(index, (text) => givesTheEventToAnother(text, eventSubject)) : undefined;
  // "The two boards approved the merger on Monday 3 March" is not disputed by "The vote came after
  // NHS England approved the merger on Thursday, April 24": a body the claim never names, as the
  // subject of the claim's verb, did another thing, whether or not an agreeing sentence names the claim's.
  const namedActor = disagreeing && eventSubject !== undefined && !eventSubject.person && !eventSubject.numbers ? perWording(index, (text) => namedActorActs(text, eventSubject)) : undefined;
  const subjectAgreed = disagreeing && eventSubject !== undefined && agree.some(namesTheSubject);
  const ofAnotherSubject =
    subjectAgreed || namedActor
      ? (c: Candidate) => (subjectAgreed && (!!toAnother?.(c.sentence) || anotherSubject(c))) || (!!namedActor && !namesTheSubject(c) && namedActor(c.sentence))
      : undefined;
  // "was served with an improvement notice in August 2023", agreed with by a sentence that names
  // the improvement notice, is not disputed by "served a prohibition notice on Greyholm on Friday
  // 14 March": the date of another thing of the kind, told apart by its own first word.
  const agreedThings = disagreeing ? dateThings.filter((thing) => agree.some((c) => namesThing(index, c.sentence, thing))) : [];
  const ofAnotherThing = agreedThings.length ? (c: Candidate) => agreedThings.some((thing) => anotherThingOfKind(index, c.sentence, thing)) : undefined;
  // "Nearly 260 sailings were cancelled while the Glen Torran was out of service", dated by
  // nothing and agreed with by a report of 2025, is not disputed by "In October 2024 the Glen
  // Torran was out of service for 19 days, during which 171 sailings were cancelled": a figure its
  // own sentence dates by years before the newest agreeing report's is of an earlier time.
  // So is a level its source gives as last year's ("Last year's event ... had nine runners
  // treated by medics"), where the claim's is not. (Not a change on a year before: "was down 85%
  // on a year earlier" is this year's; nor one of two figures a sentence sets a year apart:
  // "1,460 visitors, against 2,050 on the equivalent Tuesday last year"; nor one whose sentence
  // names the claim's own: "the roughly 22,000 copies that last year's winner, "Gull Year" by
  // Farhan Qureshi, sold" answers "Farhan Qureshi's Gull Year sold about 32,000 copies".)
  // (Not an age: "Dr Fiona Reddaway, 54, ... who has led the trust since 2021" is her age now.)
  const ofAnEarlierYear = disagreeing && !claimTimes.length && fact.kind === "quantity" && !ofAge ? earlierYearThanAgreeing(index, agree) : undefined;
  const yearsBack = fact.yearsAgo !== undefined || !!fact.yearBefore;
  const ofAnEarlierTime = disagreeing && !claimTimes.length && fact.kind === "quantity" && !ofAge ? (c: Candidate) => (!yearsBack && (cols.figureFlags[c.fid]! & (FIGURE_NO_LEVEL | FIGURE_YEARS_BACK)) === FIGURE_YEARS_BACK && lastYearsAlone(index, c) && !(storyNames.length > 0 && namesTheClaimsOwn(c))) || !!ofAnEarlierYear?.(c) : undefined;
  // A claim naming what no source names is disputed by none of them (see `namesTheUnheardOf`).
  const comparable = stances.filter(
    (c) =>
      !c.agrees &&
      !unheardOf &&
      (c.score >= bar || (c.score >= scopedBar && c.shape.w.sharesScope) || (fact.kind === "date" && c.shape.w.sharesEvent && namesTheClaimsOwn(c)) || (namedAge && c.shape.w.measure)) &&
      !elsewhere(c) &&
      !toldBeside?.has(cols.amount[c.fid]!) &&
      !startedBeside?.has(cols.amount[c.fid]!) &&
      !sharedOutBeside?.has(cols.amount[c.fid]!) &&
      !firstBeside?.has(cols.amount[c.fid]!) &&
      !wholeOfParts?.(c) &&
      !otherDeadline?.(c) &&
      !earlierTally?.(c) &&
      !laterTally?.(c) &&
      !ofAnotherSubject?.(c) &&
      !ofAnotherThing?.(c) &&
      !ofAnotherPlace(c) &&
      !ofAnotherBody(c) &&
      !disowned.includes(cols.amount[c.fid]!) &&
      !ofAnEarlierTime?.(c),
  );
  // Sides are values: the most widely held value that agrees against the most widely held one
  // that disagrees. A claim's bound ("more than 800") may agree with many scattered values, but
  // if one value dominates and disagrees, the sources say that value.
  const clusterOf = (cs: Candidate[]) => {
    const m = new Map<number, Candidate[]>();
    for (const c of cs) {
      const k = c.value;
      const list = m.get(k);
      if (list) list.push(c);
      else m.set(k, [c]);
    }
    return [...m.values()].sort((a, b) => b.length - a.length || b[0]!.score - a[0]!.score);
  };
  const agreeClusters = clusterOf(agree);
  const a = agreeClusters[0]?.length ?? 0;
  const verdictOf = (d: number): FactAssessment["verdict"] => {
    if (a && !d) return "supported";
    if (!a && d) return "contradicted";
    if (a && d) return d <= FRINGE * a ? "supported" : a <= FRINGE * d ? "contradicted" : "disputed";
    return "unknown";
  };
  // The story and one-named guards only ever take disagreeing sources away, and a supported
  // claim's disagreeing sources are shown nowhere: they are asked only where the verdict may
  // turn (they read names across thousands of an archive's copies).
  // The story first: it reads a mark per document, where the one-named guard reads sentences.
  let disagree = comparable;
  let disagreeClusters = clusterOf(comparable);
  for (const guard of [ofAnotherStory, ofOneNamed]) {
    if (verdictOf(disagreeClusters[0]?.length ?? 0) === "supported") break;
    const kept = disagree.filter((c) => !guard(c));
    if (kept.length !== disagree.length) [disagree, disagreeClusters] = [kept, clusterOf(kept)];
  }
  const biggest = disagreeClusters[0] ?? [];
  const d = biggest.length;
  const verdict = verdictOf(d);
  const inBiggest = new Set(biggest);
  // Built by pushing, not by spreading: spreading an empty list and a full one deoptimises this
  // function at every other claim (the two lists have different element kinds).
  const orderedDisagree = biggest.slice();
  for (const c of disagree) if (!inBiggest.has(c)) orderedDisagree.push(c);
  const sides: FactAssessment["sides"] = [];
  // Each side's value as written, read once for the value: a bound ("more than 800") may meet thousands of values.
  for (const c of agreeClusters) sides.push({ value: index.writtenValue(c[0]!.value), sources: c.length, agrees: true });
  for (const c of disagreeClusters) sides.push({ value: index.writtenValue(c[0]!.value), sources: c.length, agrees: false });
  const ev = (c: Candidate, stance: "agrees" | "disagrees"): Evidence => index.evidence(c.sentence, { start: cols.start[c.fid]!, end: cols.end[c.fid]! }, { value: writtenValueOf(index, fact, c), stance });
  const out: FactAssessment = {
    fact,
    verdict,
    sides: sides.sort((x, y) => y.sources - x.sources),
    // Passages for the best few sources per side; all of them by number (their keys are read only for the few shown).
    agreeing: agree.slice(0, EVIDENCE_MAX).map((c) => ev(c, "agrees")),
    disagreeing: orderedDisagree.slice(0, EVIDENCE_MAX).map((c) => ev(c, "disagrees")),
    agreeingDocs: agree.map((c) => c.doc),
    agreeingSentences: agree.slice(0, EVIDENCE_MAX).map((c) => c.sentence),
    disagreeingDocs: orderedDisagree.map((c) => c.doc),
  };
  if (verdict === "contradicted" && biggest[0]) out.suggestion = writtenValueOf(index, fact, biggest[0]);
  return out;
}

/** A weekday written right before a date ("Monday, March 3", "Monday 3 March"). */
export const WEEKDAY_WRITTEN_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$/;

/**
 * The values of the figures of one kind the agreeing stances' sentences give beside their
 * agreeing figure: parts ("about 6 of the reservoir's 9.2"; not an earlier figure they give, "53
 * containers ..., not the 46 it announced at first": a report that revised its figure leaves the
 * two disputed), where a change started ("up from the £62,000 quoted"), or other shares ("58% ...,
 * 29% ...").
 */
function figuresBesideAgreeing(index: CorpusIndex, agree: readonly Candidate[], kind: "part" | "from" | "share" | "first"): Set<number> {
  const cols = index.factColumns;
  const out = new Set<number>();
  for (const a of agree.slice(0, BESIDE_SENTENCES_READ)) {
    const first = index.firstFactOf(a.sentence);
    for (let f = first, n = first + index.factCountOf(a.sentence); f < n; f++) {
      if (f === a.fid || cols.kind[f] !== 0 || cols.amount[f] === cols.amount[a.fid]) continue;
      const sf = index.factRecord(f);
      if (kind === "share" ? !!sf.quantity?.percent : kind === "first" ? sf.occasion === "first" : sf[kind]) out.add(cols.amount[f]!);
    }
  }
  return out;
}

/**
 * "The trust will spend £1.1 million leasing two units and £1.3 million running clinics. A
 * further £1.4 million will pay ... The remaining £800,000 covers ...", against "The trust's £4.6m
 * recovery plan includes leasing two units, ...": a larger figure that the agreeing figure and
 * other figures of its kind in its paragraph add up to is their whole, no account of the part.
 * Undefined where no agreeing paragraph has another such figure.
 */
function wholeOfAgreeingParagraph(index: CorpusIndex, agree: readonly Candidate[]): ((c: Candidate) => boolean) | undefined {
  const sums: { part: Interval; others: Interval[] }[] = [];
  const read = new Set<number>();
  for (const a of agree.slice(0, BESIDE_SENTENCES_READ)) {
    const paragraph = index.paragraphOf(a.sentence);
    if (read.has(paragraph[0]!)) continue;
    read.add(paragraph[0]!);
    const mine = index.factRecord(a.fid).quantity;
    if (!mine) continue;
    const others = new Map<number, Interval>();
    for (const sid of paragraph) {
      for (const f of index.sentenceRecord(sid).facts) {
        const q = f.quantity;
        // Sums of one currency, whatever each is for; counts of one noun.
        if (f.kind !== "quantity" || !q || f.total || q.value === mine.value || !comparable(q, mine) || (!q.currency && (q.unit ?? "") !== (mine.unit ?? ""))) continue;
        others.set(q.value, sourceInterval(q));
      }
    }
    if (others.size && others.size < PARTS_SUMMED_MAX) sums.push({ part: sourceInterval(mine), others: [...others.values()] });
  }
  if (!sums.length) return undefined;
  const nothing: Interval = { lo: 0, hi: 0, loOpen: false, hiOpen: false };
  // The part and one or more of the others (`someSumWithin` sums two or more: one may be nothing).
  const withNothing = sums.map(({ part, others }) => ({ part, terms: [...others, nothing] }));
  // Once per shared record's figure: the candidates asked are an archive's near-copies, thousands.
  // (Read from the fact columns, which hold each figure's interval: no record is read for it.)
  const cols = index.factColumns;
  const whole = perSharedFigure(index, (_sentence, fid) => {
    if (cols.kind[fid] !== 0 || Number.isNaN(cols.amount[fid]!)) return false;
    const lo = cols.lo[fid]!;
    const hi = cols.hi[fid]!;
    return withNothing.some(({ part, terms }) => part.hi < lo && someSumWithin(terms, lo - part.hi, hi - part.lo));
  });
  return (c) => whole(c.sentence, c.fid);
}

/** Verbs that say a goal's time is over: it was beaten, met or missed. */
const GOAL_OVER_WORDS = new Set("beat beaten beating exceeded exceeding surpassed surpassing missed met hit smashed topped".split(" "));
/** A goal of the time still to come: "this year's target", "for next year". */
const GOAL_AHEAD = /\b(?:this|next|the\s+coming)\s+year['\u2019]s\b|\bfor\s+(?:this|next)\s+year\b/i;

/** The most things a claim's total may be over for a smaller figure to be one's share of it (see `severalCount`). */
const SEVERAL_MAX = 12;
/** Words by which a claim gives its figure as a total over several things ("account for", "together", "in total"). */
const TOTALLING_WORDS: ReadonlySet<string> = new Set(["account", "accounts", "accounted", "total", "totalled", "totaled", "totalling", "together", "combined", "altogether"]);
/** Days short of which a window is no year's (see `FactMention.window`). */
const WINDOW_YEAR = 300;
/** A figure given as it stands when told: "recruited under the scheme so far", "to date", "has already recruited". */
const SO_FAR = /\b(?:so\s+far|to\s+date|already)\b/i;

/** Words before a span of time allowed: "has 14 days (to lodge an appeal)", "was given 28 days". */
const ALLOWED_BEFORE = /\b(?:has|have|had|given|gets|get|got)\s+(?:(?:just|only|up\s+to)\s+)?$/i;


/**
 * Candidate `c`'s value as its source writes it ("£54m"; clusters are keyed by the normalised
 * form). A weekday as the day its report's date places it on ("Sunday" in a report of 17 February
 * 2026: "15 February 2026"), so a fix puts a date where the claim has one. A function of its own,
 * not a closure of `settle`'s: a new closure at each call, called only for a contradicted claim,
 * deoptimised `settle` at every such claim ("wrong call target").
 */
function writtenValueOf(index: CorpusIndex, fact: FactMention, c: Candidate): string {
  const cols = index.factColumns;
  const day = cols.isWeekday(c.fid) ? weekdayDate(cols.dateAt(c.fid), index.documents[c.doc]?.meta.date) : undefined;
  return day ? writtenDay(day, fact.date?.year !== undefined) : index.factText(c.fid);
}

const HAS_DIGIT = /\d/;
/** A person spoken of by pronoun: perhaps the one a claim names. */
const PERSONAL_PRONOUN = /\b(?:he|him|his|she|her|hers)\b/i;

/** How many significant digits `value` is written with: 975 has three, 900 one, 12.71 four. */
export function significantDigits(value: number): number {
  const digits = Math.abs(value).toPrecision(12).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return digits.length;
}

/** Share of a date claim's other words (by weight) a disagreeing report must use (see `assessFact`). */
const STORY_SHARE = 1 / 3;
/** Whether sentence `id` or the one after it in its report says the ordinal `said` finds ("a fourth" for "... called to a fourth"). */
function countsOnTo(index: CorpusIndex, id: number, said: RegExp): boolean {
  if (said.test(index.sentenceText(id))) return true;
  return id + 1 < index.sentenceCount && index.docOfSentence(id + 1) === index.docOfSentence(id) && said.test(index.sentenceText(id + 1));
}

/** A figure of what remains: "Eighty-four employees remain", "84 staff are left", "the 84 still working". */
const REMAINS_AFTER = /^[\p{L}\d,.-]+(?:\s+[\p{L}\d,-]+){0,8}?\s+(?:remain|remains|remained|remaining|are\s+left|were\s+left|stay|stayed|still)\b/iu;
/** A claim's words of what remains (see `REMAINS_AFTER`). */
const REMAINING_WORDS: ReadonlySet<string> = new Set(["remain", "remains", "remained", "remaining", "left", "stay", "stayed", "still", "rest", "remainder"]);

/** "all but" right before a figure: the figure is what a share leaves out. */
const ALL_BUT_BEFORE = /\ball\s+but\s+$/i;

/** Words that give the rest of a whole a clause of its own: "the rest are privately owned". */
const THE_REST = /\bthe\s+(?:rest|remainder|remaining|others?)\b/i;

/** The covered weight of the claim's number terms in a source fact's clause, sentence or paragraph (as `coveredWeight`). */
function numberWeight(numbers: NumberTerm[], words: { clause: string[]; sentence: string[]; paragraph: string[] }, credit: Set<string> | undefined): number {
  let got = 0;
  for (const { term, weight } of numbers) {
    if (words.clause.includes(term) || credit?.has(term)) got += weight;
    else if (words.sentence.includes(term)) got += weight * 0.6;
    else if (words.paragraph.includes(term)) got += weight * 0.3;
  }
  return got;
}

function localNumberWeight(numbers: NumberTerm[], clause: string[]): number {
  let got = 0;
  for (const { term, weight } of numbers) if (clause.includes(term)) got += weight;
  return got;
}

/**
 * Whether the sentence of `c`, a disagreeing figure, gives the claim's figure too (its value, of
 * its kind and its noun, or counting people) in a clause that shares a word of the claim's clause
 * that `c`'s own clause lacks: the claim tells of that figure, which the engine read under
 * another noun ("38,500 people it welcomed" for "welcomed 38,500 visitors"). Not so for a claim
 * that puts the figure in the other's clause ("The museum expects 38,500 visitors"): no word of
 * its clause is only the figure's; nor where `c`'s clause names one of the claim's `names` that the
 * figure's does not ("Westmoor recorded 6,240 installations, ... while the Carrow Valley managed
 * just 590" for "The Carrow Valley recorded 6,240 installations"), or the claim's year (`years`):
 * the claim swapped its names or its years.
 */
function claimsFigureBeside(index: CorpusIndex, c: Candidate, fact: FactMention, names: readonly string[], years: readonly number[]): boolean {
  const q = fact.quantity!;
  // Asked of the columns first: a sentence's facts are neighbours, and most disagreeing
  // sentences give no figure of the claim's value (an archive's thousands read no record).
  const cols = index.factColumns;
  let beside = false;
  for (let k = c.fid - 1; k >= 0 && cols.sentence[k] === c.sentence && !beside; k--) beside = cols.amount[k] === q.value;
  for (let k = c.fid + 1; k < cols.size && cols.sentence[k] === c.sentence && !beside; k++) beside = cols.amount[k] === q.value;
  if (!beside) return false;
  const own = index.factRecord(c.fid);
  const claimWords = fact.local.filter((w) => !own.local.includes(w) && !/\d/.test(w));
  if (!claimWords.length) return false;
  const noun = q.unit && !isMeasurementUnit(q.unit) ? stem(q.unit.toLowerCase()) : undefined;
  const facts = index.sentenceRecord(c.sentence).facts;
  // The claim's year in `c`'s clause: "37 incidents ... in 2024, up from 29 in 2023" for "37 ... in 2023".
  const clauseKey = (f: FactMention) => f.local.join(" ");
  const yearClauses = new Set(facts.filter((d) => d.kind === "date" && d.date!.year !== undefined && years.includes(d.date!.year)).map(clauseKey));
  return facts.some((f) => {
    if (f === own || f.kind !== "quantity" || f.quantity!.value !== q.value || !comparable(q, f.quantity!)) return false;
    const theirs = f.quantity!.unit ? stem(f.quantity!.unit.toLowerCase()) : undefined;
    if (noun && theirs && theirs !== noun && !PEOPLE_STEMS.has(theirs)) return false;
    if (names.some((n) => own.local.includes(n) && !f.local.includes(n))) return false;
    if (yearClauses.has(clauseKey(own)) && !yearClauses.has(clauseKey(f))) return false;
    return f.local.some((w) => claimWords.includes(w));
  });
}
/** Nouns that count people of any kind ("38,500 people it welcomed" may be visitors). */
const PEOPLE_STEMS: ReadonlySet<string> = new Set(["people", "person", "individual", "adult"].map(stem));

/**
 * Whether document `doc`'s headline names every body and place the claim's fact names: each place
 * by all its words, each body by one of its own words (not those that say what kind of body it
 * is). A headline says what its report is about; a place named only further down may be one of
 * several the report gives figures for.
 */
function headlineNamesScope(index: CorpusIndex, fact: FactMention, doc: number): boolean {
  const places = fact.places.filter((p) => p !== "World");
  if (!places.length && !fact.orgs.length) return false;
  const title = index.documents[doc]?.meta.title;
  if (!title) return false;
  const words = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).map((w) => w.replace(/['\u2019]s$/, "")));
  const said = (w: string) => words.has(w.toLowerCase().replace(/['\u2019]s$/, ""));
  if (!places.every((p) => nameWords(p).filter(Boolean).every(said))) return false;
  return fact.orgs.every((o) => nameWords(o).some((w) => !!w && !isGenericBodyWord(w.toLowerCase()) && said(w)));
}

function sameFigure(fact: FactMention, sf: FactMention, claim: SentenceAnalysis, theirs: readonly { name: string }[]): boolean {
  const a = fact.quantity;
  const b = sf.quantity;
  if (!a || !b || a.value !== b.value || (a.high ?? a.value) !== (b.high ?? b.value) || a.value < 100) return false;
  const names = claim.entities.filter((e) => e.type !== "place");
  return names.length > 0 && names.every((e) => theirs.some((x) => x.name.toLowerCase() === e.name.toLowerCase()));
}


/**
 * Source facts worth comparing within a few documents (the sources a claim cites): their own
 * facts on the claim fact's measure, and those of their sentences most related to the claim.
 */
function candidateFactsIn(index: CorpusIndex, claim: SentenceAnalysis, fact: FactMention, docs: Set<number>): number[] {
  const first = index.factColumns.visit();
  const out: number[] = [];
  for (const d of docs) {
    for (const id of index.sentencesOf(d)) {
      const s = index.sentence(id);
      s.facts.forEach((f, k) => {
        if (f.measure.some((m) => fact.measure.includes(m)) && first(s.firstFact + k)) out.push(s.firstFact + k);
      });
    }
  }
  for (const fid of relatedFacts(index, claim, docs)) if (first(fid)) out.push(fid);
  return out;
}

/** Facts of the sentences most related to the claim: they catch facts whose measure differs in wording ("people subscribed" / "users"). */
function relatedFacts(index: CorpusIndex, claim: SentenceAnalysis, docs?: Set<number>): number[] {
  const related: number[] = [];
  // Read from the columns: fifty sentences per claim fact are not made into objects for their fact ids.
  for (const { id } of index.searchSentences(claim.terms, 50, docs)) {
    const first = index.firstFactOf(id);
    const n = index.factCountOf(id);
    for (let k = 0; k < n; k++) related.push(first + k);
  }
  return related;
}
