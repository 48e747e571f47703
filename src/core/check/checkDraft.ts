import { formatNumber, physicalFamily, reportYear } from "../analysis/compareValues";
import { isCalendarWord, ordinalsIn } from "../analysis/quantities";
import { extractQuotesSteps, type QuoteMention } from "../analysis/quotes";
import { analyzeSentence, isAgeMeasure, isDuration, placeKey, type FactMention, type ReadingOptions, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import { stem } from "../analysis/tokens";
import { normaliseValue, queryTerms, type CorpusIndex } from "../index/corpusIndex";
import { DEFAULT_SEVERITY } from "../severity";
import { runToEnd } from "../steps";
import { LineIndex } from "../text/lineIndex";
import type { Evidence, Finding, FindingKind, Span } from "../types";
import { coverage, EVIDENCE_MAX } from "./context";
import { closestKey } from "../services/fuzzy";
import type { CheckMemo } from "./checkMemo";
import { parseDraft, type DraftClaim, type ParsedDraft } from "./draft";
import { findEntitySwaps, isUnknownPlace } from "./entityCheck";
import { namesTheUnheardOf } from "./storyGuards";
import type { EntityMention } from "../analysis/entities";
import { findOrdinalSwap } from "./ordinalCheck";
import { findRoleSwaps } from "./roleCheck";
import { assessFact, withDifferencesWorkedOut, withMonthsOfAgreeingPassages, WEEKDAY_WRITTEN_BEFORE, type FactAssessment } from "./factCheck";
import { assessQuote, isScareQuote, type QuoteAssessment } from "./quoteCheck";

/** Share of a claim's weighted words one source passage must hold for the claim to be supported. */
const SUPPORT_MIN = 0.6;

/** Options for {@link checkDraft}. */
export interface CheckOptions {
  /** Only check claims overlapping this span of the draft (incremental re-checks). */
  within?: Span;
  /** Verdicts of earlier checks: claims that read as they did are not checked again. */
  memo?: CheckMemo;
}

/** Checks a Markdown or plain-text draft against the corpus; one or more findings per claim. */
export function checkDraft(index: CorpusIndex, text: string, options: CheckOptions = {}): Finding[] {
  const draft = parseDraft(text, { splits: options.memo?.splits });
  const lines = new LineIndex(text);
  const { memo, within } = options;
  const quotes = runToEnd(quoteSteps(draft, within, memo));
  const findings: Finding[] = [];
  for (const claim of draft.claims) {
    if (claim.ignored) continue;
    if (within && (claim.span.end < within.start || claim.span.start > within.end)) continue;
    findings.push(...checkClaimWith(memo, index, draft, claim, quotesOpeningIn(quotes, claim.span), lines));
  }
  return findings;
}

/**
 * The paragraphs whose quotes a check of the claims touching `within` needs: the quote finder reads
 * paragraphs in order (a speaker carries over from earlier ones), never later ones, so those after
 * `within` are left unread.
 */
export function paragraphsFor(draft: ParsedDraft, within: Span | undefined): Span[] {
  if (!within) return draft.paragraphs;
  let n = 0;
  while (n < draft.paragraphs.length && draft.paragraphs[n]!.start <= within.end) n++;
  return draft.paragraphs.slice(0, n);
}

/**
 * The quote finder's steps over the paragraphs a check of `within` needs (`paragraphsFor`):
 * through `memo` when there is one (it reads again only what an edit changed).
 */
export function quoteSteps(draft: ParsedDraft, within: Span | undefined, memo: CheckMemo | undefined): Generator<void, QuoteMention[], void> {
  const paragraphs = paragraphsFor(draft, within);
  return memo ? memo.quoteSteps(draft.masked, paragraphs) : extractQuotesSteps(draft.masked, paragraphs);
}

/** The quotes that open inside `span` (the quotes of a claim). */
export function quotesOpeningIn(quotes: readonly QuoteMention[], span: Span): QuoteMention[] {
  return quotes.filter((q) => q.outerSpan.start >= span.start && q.outerSpan.start < span.end);
}

/** `checkClaim`, through `memo` when there is one. `quotes` are the claim's own (see `quotesOpeningIn`). */
export function checkClaimWith(memo: CheckMemo | undefined, index: CorpusIndex, draft: ParsedDraft, claim: DraftClaim, quotes: QuoteMention[], lines: LineIndex): Finding[] {
  const check = () => checkClaim(index, draft, claim, quotes, lines);
  return memo ? memo.verdicts(index, draft, claim, quotes, lines, check) : check();
}

/** How a claim is read: its ranks said by superlatives are figures to check (see `ReadingOptions`). */
export const CLAIM_READING: ReadingOptions = { superlativesAsFigures: true };

/**
 * The claim's facts as the sources (or the `docs` it cites) answer them, with the months and
 * differences their agreeing passages give (see `withMonthsOfAgreeingPassages` and
 * `withDifferencesWorkedOut`). A rank said by a superlative is kept only where answered (see
 * `Quantity.superlative`).
 */
function assessFacts(index: CorpusIndex, analysis: SentenceAnalysis, docs?: Set<number>): FactAssessment[] {
  const assessed = analysis.facts.map((f) => assessFact(index, analysis, f, docs));
  return withDifferencesWorkedOut(index, withMonthsOfAgreeingPassages(index, assessed)).filter((f) => f.verdict !== "unknown" || !f.fact.quantity?.superlative);
}

/** The verdicts of one claim. `quotes` are the claim's own (see `quotesOpeningIn`). */
export function checkClaim(index: CorpusIndex, draft: ParsedDraft, claim: DraftClaim, quotes: QuoteMention[], lines: LineIndex): Finding[] {
  const { masked, text } = draft;
  const claimText = text.slice(claim.span.start, claim.span.end);
  const read = analyzeSentence(masked, claim.span, quotes.map((q) => q.outerSpan), index.names.resolver(), undefined, CLAIM_READING);
  const out: Finding[] = [];
  const add = (kind: FindingKind, span: Span, message: string, evidence: Evidence[], extra: Partial<Finding> = {}) => {
    out.push({
      kind,
      severity: DEFAULT_SEVERITY[kind],
      range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
      span,
      message,
      claim: claimText,
      claimSpan: claim.span,
      evidence,
      ...extra,
    });
  };

  // Citations: unknown keys, and the cited sources' documents.
  const cited = new Set<number>();
  for (const group of claim.citations) {
    for (const ref of group.refs) {
      const doc = index.docOfKey(ref.key);
      if (doc !== undefined) {
        cited.add(doc);
        continue;
      }
      const near = closestSourceKey(index, ref.key);
      add("unknown-citation", ref.span, `No source has the key @${ref.key}${near ? `; did you mean @${near}?` : ""}`, [], near ? { suggestion: near } : {});
    }
  }

  const facts = assessFacts(index, read);
  // A rank no source answers is read as no figure (see `assessFacts`): the claim is weighed without it.
  const analysis: SentenceAnalysis = facts.length === read.facts.length ? read : { ...read, facts: facts.map((f) => f.fact) };
  // "said the building was not "fit for ..."": the draft's own denial before a quote.
  const deniedBefore = (q: QuoteMention) => DENIAL_BEFORE.test(masked.slice(Math.max(0, q.outerSpan.start - 12), q.outerSpan.start));
  const quoteResults = quotes.map((q) => assessQuote(index, q, undefined, deniedBefore(q))).filter((r) => r.verdict !== "skip");
  // Quotes are checked for attribution by the quote check; a swapped speaker is not a swapped fact.
  // A place next to a figure is the figure's scope, checked with it; swaps are for statements
  // without figures, dated or not ("begins her tour in Glasgow on Feb. 3" where the sources say
  // Dublin: the date agreeing says nothing of the place).
  // Nor is an age a place's: "Thomas Hale, 34, came from Manchester", where the sources say Leeds
  // and never name Manchester. (A name the sources use may be part of another they put there
  // instead: "a ledge on Tower Ridge", "a ledge on Ben Nevis".)
  // Nor is a place the gazetteer does not know, which scopes no figure: "cleared 140 packs from
  // her shop in Doncaster", where the sources say Wakefield (a name of no known kind in a place's
  // slot, and one no source names; looked for only where the claim has one, as the search costs
  // a check of its own).
  const figures = facts.filter((f) => f.fact.kind !== "date");
  // "announced the hosepipe ban on Monday 14 July": the weekday of a date the sources agree with,
  // and the very weekday that date fell on, is right, whatever weekday another event has ("will
  // impose a hosepipe ban from Friday, July 18"). A weekday the date did not fall on ("Tuesday
  // 14 July") is still for the weekday check to answer.
  const inDateChecked = (span: Span) =>
    facts.some((f) => {
      if (f.fact.kind !== "date" || f.verdict !== "supported" || span.end > f.fact.span.end || span.start < f.fact.span.start - 12) return false;
      if (!/^[\s,]*$/.test(masked.slice(span.end, Math.max(span.end, f.fact.span.start)))) return false;
      // Agreed with by a date its source gives by day ("announced on 14 July"), not by a weekday alone.
      const byDay = f.agreeing.some((e) => e.highlight && /\d/.test(e.text.slice(e.highlight.start, e.highlight.end)));
      return byDay && weekdayOfAgreedDate(index, f) === WEEKDAY_NAMES.indexOf(masked.slice(span.start, span.end).toLowerCase());
    });
  const onlyAges = figures.every((f) => f.fact.measure.some(isAgeMeasure));
  // Beside figures, only a name no source uses is a swap to report.
  const unheard = (e: Pick<EntityMention, "type" | "name" | "text">) => !index.hasTerm(e.type === "place" ? placeKey(e.name) : stem(e.text.split(/\s+/).pop()!.toLowerCase()));
  const swaps =
    quotes.length || (!onlyAges && !analysis.entities.some((e) => isUnknownPlace(e, masked) && unheard(e)))
      ? []
      : findEntitySwaps(index, analysis, masked).filter((s) => (!figures.length || (unheard(s.entity) && (onlyAges || isUnknownPlace(s.entity, masked)))) && !inDateChecked(s.entity.span));

  for (const f of facts) {
    if (f.verdict === "contradicted") {
      const ev = f.disagreeing;
      const value = ev[0]?.value ?? "";
      const n = f.disagreeingDocs.length;
      const held = f.sides.find((x) => !x.agrees)?.sources ?? n;
      // A figure with the words that follow it ("746 UK arrests"); a date alone ("15 February 2026", not "... night").
      // The claim's figure as the source's is told: "two days (1 source), not five days".
      const written = text.slice(f.fact.span.start, f.fact.span.end);
      const told = f.fact.kind === "date" ? value : describe(ev[0], value);
      // "freed about half an hour after", where the source says "about 50 minutes": the fix gives
      // the source's unit of time with its figure, in place of the claim's figure and unit.
      const q = f.fact.quantity;
      const unit = q?.unitSpan && isDuration(q.unit) ? otherTimeUnit(told.slice(value.length), q.unit!) : undefined;
      const fixed = unit ? { start: f.fact.span.start, end: q!.unitSpan!.end } : f.fact.span;
      add("contradicted", fixed, `Sources say ${told} (${sourceCount(held)}), not ${f.fact.kind === "date" ? written : withWordsAfter(written, text, f.fact.span.end)}`, [...ev.slice(0, 10), ...f.agreeing.slice(0, 5)], {
        suggestion: matchCase(unit ? `${value} ${unit}` : value, written),
      });
    } else if (f.verdict === "disputed") {
      add("disputed", f.fact.span, `Sources disagree on this figure: ${describeSides(f, 4)}`, [...f.agreeing.slice(0, 10), ...f.disagreeing.slice(0, 10)], supporting(index, f.agreeingDocs));
    }
  }
  for (const s of swaps) {
    add("contradicted", s.entity.span, `Sources say ${s.suggestion}, not ${s.entity.text}`, s.evidence, { suggestion: s.suggestion });
  }
  // "The crash happened on Wednesday 4 March", where the sources agree on 4 March (of 2025): a
  // weekday written with a date the sources agree on is wrong where that day fell on another.
  for (const f of facts) {
    const wrong = wrongWeekdayOf(index, f, masked);
    if (!wrong || swaps.some((s) => s.entity.span.start < wrong.span.end && wrong.span.start < s.entity.span.end)) continue;
    const written = text.slice(wrong.span.start, wrong.span.end);
    add("contradicted", wrong.span, `Sources date this to ${f.fact.date!.text}, a ${wrong.weekday} (${sourceCount(f.agreeingDocs.length)}), not ${written}`, f.agreeing.slice(0, EVIDENCE_MAX), {
      suggestion: matchCase(wrong.weekday, written),
    });
  }
  // "Thornby Magna lies about eight miles south of Kelsford", where the sources agree on the eight
  // miles and put it north of Kelsford: a bearing said with a distance the sources agree on.
  for (const f of facts) {
    const wrong = wrongBearingOf(f, masked);
    if (!wrong) continue;
    const written = text.slice(wrong.span.start, wrong.span.end);
    add("contradicted", wrong.span, `Sources say ${wrong.bearing} (${sourceCount(f.agreeingDocs.length)}), not ${written}`, f.agreeing.slice(0, EVIDENCE_MAX), {
      suggestion: matchCase(wrong.bearing, written),
    });
  }
  // A person's post, whatever the statement around it: "Colin Strachan, Meridian's chief executive, said".
  for (const r of findRoleSwaps(index, analysis, masked)) {
    const written = text.slice(r.span.start, r.span.end);
    add("contradicted", r.span, `Sources say ${r.person} is ${r.suggestion}, not ${written}`, r.evidence, { suggestion: r.suggestion });
  }
  const ordinal = findOrdinalSwap(index, analysis, facts, masked);
  if (ordinal) {
    const written = text.slice(ordinal.span.start, ordinal.span.end);
    add("contradicted", ordinal.span, `Sources say ${ordinal.suggestion}, not ${written}`, ordinal.evidence, { suggestion: matchCase(ordinal.suggestion, written) });
  }
  for (const q of quoteResults) addQuoteFinding(index, q, add, text);

  // Overall support, and which sources give it.
  const support = supportOf(index, analysis, facts, quoteResults);
  const problems = out.some((f) => f.kind !== "unknown-citation");

  // Citations to known sources must support the claim themselves.
  if (cited.size && !problems) {
    const citedFacts = assessFacts(index, analysis, cited);
    const citedSupport = supportOf(index, analysis, citedFacts, quotes.map((q) => assessQuote(index, q, cited, deniedBefore(q))).filter((r) => r.verdict !== "skip"), cited);
    if (!citedSupport.supported) {
      const group = claim.citations[0]!;
      const others = support.docs.filter((d) => !cited.has(d));
      const keys = [...cited].map((d) => "@" + index.keyOf(d)).join("; ");
      const named = supporting(index, others);
      add("citation-mismatch", group.span, `${keys} does not support this claim${others.length ? `; ${listKeys(named.supportingSources, others.length)} ${others.length === 1 ? "does" : "do"}` : ""}`, support.evidence, {
        ...named,
        ...(others.length ? { suggestion: `[@${index.keyOf(others[0]!)}]` } : {}),
      });
    }
  }
  if (out.some((f) => f.kind !== "unknown-citation")) return out;
  if (support.supported) {
    const n = support.docs.length;
    const named = supporting(index, support.docs);
    add("supported", claim.span, `Supported by ${sourceCount(n)}: ${listKeys(named.supportingSources, n)}`, support.evidence, named);
  } else if (support.unfound?.length && support.docs.length) {
    // "Donnie MacAskill, a net technician with 19 years at the farm, said: "..."": the quote is
    // found, the figure is not. Say which part no source supports, and show where the rest is.
    // A figure with its unit where the claim writes one ("19 years"), a date as written.
    const written = (f: FactMention) => (f.quantity && f.quantity.text.length <= 30 ? f.quantity.text : text.slice(f.span.start, f.span.end));
    const missing = support.unfound.map((f) => `"${written(f)}"`).join(", ");
    const named = supporting(index, support.docs);
    add("unsupported", claim.span, `No source supports ${missing}; the rest is in ${listKeys(named.supportingSources, support.docs.length)}`, support.evidence.map((e) => ({ ...e, stance: "agrees" as const })), named);
  } else if (isCheckable(analysis, quotes, claim)) {
    add("unsupported", claim.span, "No source supports this claim", support.evidence.slice(0, 1).map((e) => ({ ...e, stance: "neutral" as const })));
  }
  return out;
}

function addQuoteFinding(index: CorpusIndex, q: QuoteAssessment, add: (kind: FindingKind, span: Span, message: string, evidence: Evidence[], extra?: Partial<Finding>) => void, text: string): void {
  const quoted = q.quote.span;
  if (q.verdict === "misattributed") {
    const span = q.quote.speakerSpan ?? quoted;
    const keys = q.docs.slice(0, LISTED_KEYS).map((d) => index.keyOf(d));
    add("misattributed", span, `${q.sourceSpeakers[0]} said this (${listKeys(keys, q.docs.length)}), not ${q.quote.speaker}`, q.evidence, { suggestion: q.suggestion! });
  } else if (q.verdict === "misquoted") {
    const who = q.sourceSpeakers[0] ? `${q.sourceSpeakers[0]}'s words` : "the source's words";
    add("misquoted", quoted, `Quote differs from ${who} in ${index.keyOf(q.docs[0]!)}: "${q.suggestion}"`, q.evidence, { suggestion: q.suggestion!, diff: q.diff! });
  } else if (q.verdict === "unverified-quote") {
    add("unverified-quote", quoted, `No source has these words: "${text.slice(quoted.start, quoted.end)}"`, []);
  }
}

/** Stems of a source's publisher and author, for claims that name who reported it. */
function byline(index: CorpusIndex, doc: number): Set<string> {
  const meta = index.documents[doc]!.meta;
  return new Set([meta.publisher, meta.author].filter((x): x is string => !!x).flatMap((x) => queryTerms(x)));
}

/** A denial right before a draft's quote: "was not ", "never ". */
const DENIAL_BEFORE = /\b(?:not|never|no|\w+n't)\s+$/i;
const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The weekday (0 Sunday) of a supported date's day, month and year (its own, or its first agreeing report's), if it gives them. */
function weekdayOfAgreedDate(index: CorpusIndex, f: FactAssessment): number | undefined {
  const d = f.fact.date;
  if (d?.month === undefined || d.day === undefined) return undefined;
  // (A report's day of no year is of the report's year, or the year before: see `reportYear`.)
  const year = d.year ?? reportYear(d, index.documents[f.agreeingDocs[0] ?? -1]?.meta.date);
  return year !== undefined ? new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay() : undefined;
}

/** The weekday an agreeing passage gives its date by: the date itself ("on Tuesday"), or written right before it ("Tuesday 4 March"). */
function weekdayOfPassage(e: Evidence): string | undefined {
  const h = e.highlight;
  if (!h) return undefined;
  const said = e.text.slice(h.start, h.end).toLowerCase();
  if (WEEKDAY_NAMES.includes(said)) return said;
  return WEEKDAY_WRITTEN_BEFORE.exec(e.text.slice(Math.max(0, h.start - 14), h.start))?.[1]!.toLowerCase();
}

/** The unit of time that opens `tail` (the words after a source's figure), where it is not `unit` ("minutes" against "hour"). */
function otherTimeUnit(tail: string, unit: string): string | undefined {
  const word = /^\s*(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\b/i.exec(tail)?.[1];
  return word && word.toLowerCase().replace(/s$/, "") !== unit.toLowerCase() ? word : undefined;
}

/** A compass bearing right after a distance's unit, before "of": "(eight miles) north of", "south-west of". */
const BEARING_AFTER = /^\s+((?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+of\b/i;
/** The same in a source's passage, a word or two after its figure ("eight miles north of", "8km to the north of" is not read). */
const BEARING_IN_PASSAGE = /^\s*[\p{L}.]+\s+((?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+of\b/iu;

/**
 * The bearing a claim gives with a distance the sources agree on (`f` supported), where every
 * agreeing passage that gives one gives another: its span and the sources' bearing.
 */
function wrongBearingOf(f: FactAssessment, masked: string): { span: Span; bearing: string } | undefined {
  const q = f.fact.quantity;
  if (f.verdict !== "supported" || !q?.unit || physicalFamily(q.unit) !== "length") return undefined;
  const m = BEARING_AFTER.exec(masked.slice(q.span.end, q.span.end + 24));
  if (!m) return undefined;
  const norm = (b: string) => b.toLowerCase().replace(/[- ]/g, "");
  const theirs = new Set<string>();
  let said: string | undefined;
  for (const e of f.agreeing) {
    if (!e.highlight) continue;
    const b = BEARING_IN_PASSAGE.exec(e.text.slice(e.highlight.end, e.highlight.end + 40))?.[1];
    if (b) {
      theirs.add(norm(b));
      said ??= b.toLowerCase();
    }
  }
  // Only a bearing that shares no point with theirs: "north-east" may be a finer "north".
  const points = (b: string): string[] => b.match(/north|south|east|west/g) ?? [];
  const ours = points(norm(m[1]!));
  if (theirs.size !== 1 || points([...theirs][0]!).some((p) => ours.includes(p))) return undefined;
  const start = q.span.end + m.index + m[0].indexOf(m[1]!);
  return { span: { start, end: start + m[1]!.length }, bearing: said! };
}

/**
 * The weekday a claim writes with a date the sources agree on (`f` supported), where the day fell
 * on another: its span and the weekday it fell on. Undefined where it is right, or cannot be told.
 */
function wrongWeekdayOf(index: CorpusIndex, f: FactAssessment, masked: string): { span: Span; weekday: string } | undefined {
  if (f.fact.kind !== "date" || f.verdict !== "supported" || f.fact.date!.endDay !== undefined) return undefined;
  const at = f.fact.span.start;
  const from = Math.max(0, at - 14);
  const m = WEEKDAY_WRITTEN_BEFORE.exec(masked.slice(from, at));
  if (!m) return undefined;
  const day = weekdayOfAgreedDate(index, f);
  const written = m[1]!.toLowerCase();
  if (day === undefined || WEEKDAY_NAMES[day] === written) return undefined;
  const name = WEEKDAY_NAMES[day]!;
  // The sources' own word first: a passage that gives the claim's weekday backs it ("early on
  // Thursday 14 March", in a report dated a year whose 14 March is a Saturday). A date of no year
  // is of a year the reports' dates only suggest: it is wrong only where a passage names the day
  // it fell on ("recalled 14 product lines on Tuesday").
  const says = (weekday: string) => f.agreeing.some((e) => weekdayOfPassage(e) === weekday);
  if (says(written) || (f.fact.date!.year === undefined && !says(name))) return undefined;
  const start = from + m.index;
  return { span: { start, end: start + m[1]!.length }, weekday: name[0]!.toUpperCase() + name.slice(1) };
}

/** The terms of the bodies, people and names of no known kind a claim names (not places, days or months). */
function claimNameTerms(claim: SentenceAnalysis): string[] {
  return claim.entities.filter((e) => e.type !== "place" && e.type !== "event" && !isCalendarWord(e.name.toLowerCase())).flatMap((e) => queryTerms(e.name));
}

/** `credit` and the name terms of the speakers of the quotes that open in sentence `id`. */
function withSpeakers(index: CorpusIndex, id: number, credit: Set<string>): Set<string> {
  for (const speaker of index.quoteSpeakersOf(id)) for (const t of queryTerms(speaker)) credit.add(t);
  return credit;
}

interface Support {
  supported: boolean;
  /** The supporting sources (document numbers), those of `evidence` first. */
  docs: number[];
  evidence: Evidence[];
  /** Where some of the claim's figures are found nowhere: those figures (the rest, if any, in `evidence`). */
  unfound?: FactMention[];
}

/**
 * Whether the corpus (or the `docs` subset) supports the claim as a whole: its figures and quotes
 * all check out, or one passage says nearly all of it.
 */
function supportOf(index: CorpusIndex, claim: SentenceAnalysis, facts: FactAssessment[], allQuotes: QuoteAssessment[], docs?: Set<number>): Support {
  // "The storm brought "chaos" to the town" is not supported by a headline's "Eastmoor chaos":
  // a scare quote found is no support of the claim around it, which is weighed as words.
  const quotes = allQuotes.filter((q) => q.verdict !== "supported" || !isScareQuote(q.quote));
  const evidence: Evidence[] = [];
  const sources: number[] = [];
  const seenSources = new Set<number>();
  /** Whether source `doc` is met for the first time (one look-up: a common figure has thousands of sources). */
  const isNew = (doc: number): boolean => seenSources.size !== seenSources.add(doc).size;
  const addEv = (e: Evidence, doc: number) => {
    if (isNew(doc)) {
      sources.push(doc);
      if (evidence.length < EVIDENCE_MAX) evidence.push(e);
    }
  };
  // (Tested list by list: one list of both, spread from an empty and a full one, deoptimises this.)
  const unsupported = facts.some((f) => f.verdict !== "supported") || quotes.some((q) => q.verdict !== "supported");
  if ((facts.length || quotes.length) && !unsupported) {
    // One figure or quote: its sources are already one per source, its passages the first of
    // them (thousands of sources for a common figure need no set then).
    const one = facts.length === 1 && !quotes.length ? { ev: facts[0]!.agreeing, docs: facts[0]!.agreeingDocs } : quotes.length === 1 && !facts.length ? { ev: quotes[0]!.evidence, docs: quotes[0]!.docs } : undefined;
    if (one && one.ev.length <= EVIDENCE_MAX) return { supported: true, docs: [...one.docs], evidence: [...one.ev] };
    // A verdict's passages are those of its first sources, in order.
    for (const f of facts) {
      f.agreeing.forEach((e, i) => addEv(e, f.agreeingDocs[i]!));
      for (const d of f.agreeingDocs) if (isNew(d)) sources.push(d);
    }
    for (const q of quotes) {
      q.evidence.forEach((e, i) => addEv(e, q.docs[i]!));
      for (const d of q.docs) if (isNew(d)) sources.push(d);
    }
    return { supported: true, docs: sources, evidence };
  }
  if (unsupported) {
    // What the sources do say of it: the figures and quotes they support, passages and all (a
    // figure found nowhere leaves the rest of the claim no less sourced).
    const unfound = facts.filter((f) => f.verdict === "unknown").map((f) => f.fact);
    if (unfound.length) {
      for (const f of facts) if (f.verdict === "supported") f.agreeing.forEach((e, i) => addEv(e, f.agreeingDocs[i]!));
      for (const q of quotes) if (q.verdict === "supported") q.evidence.forEach((e, i) => addEv(e, q.docs[i]!));
    }
    return { supported: false, docs: sources, evidence, unfound };
  }
  // A claim naming what no source names ("build the training ground at Kelby Junction", where the
  // sources say Holbeck Vale) is not said by a passage that says its other words.
  if (namesTheUnheardOf(index, claim)) return { supported: false, docs: sources, evidence };
  const seen = new Set<number>();
  // Numerals the analysers read as no figure or date ("5G", "A39", "Flight 370"): a passage that
  // says the claim's words with other numerals says something else.
  const numerals = claim.tokens.filter((t) => t.numeric).map((t) => t.lower);
  // Ranks and places ("rise to third in the world rankings"): a passage whose ordinals are all
  // others ("a career-high fourth") says another.
  const ordinals = claim.tokens.flatMap((t) => ordinalsIn(t.text));
  for (const { id } of index.searchSentences(claim.terms, 20, docs)) {
    const s = index.sentence(id);
    if (seen.has(s.doc)) continue;
    if (numerals.length) {
      const text = index.sentenceText(id).toLowerCase();
      if (!numerals.every((n) => text.includes(n))) continue;
    }
    // Nor does one that gives no rank at all ("crossing the line 4.2 seconds clear of Tomas Kell"
    // for "Tomas Kell crossed the line in third place").
    if (ordinals.length && !ordinalsIn(index.sentenceText(id)).some((o) => ordinals.includes(o))) continue;
    // "The Sunday Express reported…": a source's own publisher and author are part of what it says.
    const credit = byline(index, s.doc);
    let covered = coverage(index, claim.terms, s, undefined, undefined, credit) >= SUPPORT_MIN;
    // So is the speaker of a quote in it: "I would ask people not to speculate," said after "...,"
    // said Chief Inspector Rachel Dunmore, is what she said. Not where the claim names a body or
    // person its paragraph does not ("Callum Reid, the project director at Kestrel
    // Infrastructure, said", where he speaks for another firm).
    if (!covered) {
      const speakers = withSpeakers(index, id, new Set());
      if (speakers.size) {
        for (const t of speakers) credit.add(t);
        const paragraph = index.paragraphTerms(id);
        covered = coverage(index, claim.terms, s, undefined, undefined, credit) >= SUPPORT_MIN && claimNameTerms(claim).every((t) => speakers.has(t) || paragraph.has(t));
      }
    }
    if (covered) {
      seen.add(s.doc);
      addEv(index.evidence(id, undefined, { stance: "agrees" }), s.doc);
    }
  }
  return { supported: sources.length > 0, docs: sources, evidence };
}

/** A claim worth an "unsupported" verdict: it states a figure, a date, a quote or a name. */
function isCheckable(claim: SentenceAnalysis, quotes: QuoteMention[], draftClaim: DraftClaim): boolean {
  return claim.facts.length > 0 || quotes.length > 0 || draftClaim.citations.length > 0 ||
    claim.entities.some((e) => e.type !== "place" || e.name !== "World");
}

/** "1 source", "4,123 sources". */
function sourceCount(n: number): string {
  return `${thousands(n)} source${n === 1 ? "" : "s"}`;
}

/** A count with thousands separators ("4,123"): an archive's counts run into thousands. */
function thousands(n: number): string {
  return formatNumber(n, 1);
}

/** How many keys a message names. */
const LISTED_KEYS = 3;

/** "a, b, c and 12 more", for the first of `total` keys. */
function listKeys(keys: readonly string[], total = keys.length): string {
  return total <= LISTED_KEYS ? keys.slice(0, total).join(", ") : `${keys.slice(0, LISTED_KEYS).join(", ")} and ${thousands(total - LISTED_KEYS)} more`;
}

/**
 * How many supporting sources a finding names by key (`Finding.supportingSources`): a view offers
 * a few to cite, and an archive may hold a common figure in thousands; `supportingSourceCount`
 * counts them all.
 */
export const SUPPORTING_SOURCES_MAX = 20;

/** A finding's supporting sources: the first keys, and how many there are. */
function supporting(index: CorpusIndex, docs: readonly number[]): { supportingSources: string[]; supportingSourceCount: number } {
  return { supportingSources: docs.slice(0, SUPPORTING_SOURCES_MAX).map((d) => index.keyOf(d)), supportingSourceCount: docs.length };
}

/** "£13.4m (2 sources), £13.3m (1 source)", or with the source key when one source holds a value. */
function describeSides(f: FactAssessment, max: number): string {
  // A side names its value as one source writes it; the evidence, as each of its own sources does.
  const keyOf = (value: string) => [...f.agreeing, ...f.disagreeing].find((e) => e.value !== undefined && normaliseValue(e.value) === normaliseValue(value))?.source;
  // (A weekday's side is written as the weekday, its evidence as the day it falls on: no key then.)
  const parts = f.sides.slice(0, max).map((s) => `${s.value} (${(s.sources === 1 && keyOf(s.value)) || sourceCount(s.sources)})`);
  if (f.sides.length > max) parts.push(`and ${f.sides.length - max} other value${f.sides.length - max === 1 ? "" : "s"}`);
  return parts.join(", ");
}

function describe(ev: Evidence | undefined, value: string): string {
  if (!ev?.highlight) return value;
  return withWordsAfter(value, ev.text, ev.highlight.end);
}

/**
 * `value` with the words that follow a figure ending at `end` of `text` ("746 UK arrests"), up to
 * the first little word ("268,000 in traditional album sales": 268,000; "74,000 copies in": 74,000 copies).
 */
function withWordsAfter(value: string, text: string, end: number): string {
  const after = text.slice(end).match(/^(\s+[\p{L}-]+){0,2}/u)?.[0] ?? "";
  const tail: string[] = [];
  for (const w of after.trim().split(/\s+/)) {
    // Nor past a verb ("2,000 fans marched") or a pronoun ("the 5% holding it has owned").
    if (!w || TAIL_STOP.test(w) || /^\p{Ll}+ed$/u.test(w)) break;
    tail.push(w);
  }
  return [value, ...tail].join(" ").trim();
}

const TAIL_STOP =
  /^(?:and|or|but|in|of|the|to|a|an|for|on|at|with|by|from|into|over|under|during|after|before|since|across|through|between|among|against|as|than|per|is|was|were|are|be|been|has|have|had|will|would|it|its|they|their|them|he|his|she|her|who|which|that|this|these|those|when|while|where)$/i;

/** Keeps a sentence-initial capital when suggesting a replacement ("Five" -> "Two"). */
function matchCase(value: string, original: string): string {
  if (/^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(value)) return value[0]!.toUpperCase() + value.slice(1);
  return value;
}

function closestSourceKey(index: CorpusIndex, key: string): string | undefined {
  let known = nearestKeys.get(index);
  if (!known || known.version !== index.version) nearestKeys.set(index, (known = { version: index.version, keys: index.documents.map((d) => d.meta.key), nearest: new Map() }));
  if (!known.nearest.has(key)) known.nearest.set(key, closestKey(known.keys, key));
  return known.nearest.get(key);
}

/** Each index's keys and the nearest key found for each unknown one, for the index version they were read at: a draft repeats its citations. */
const nearestKeys = new WeakMap<CorpusIndex, { version: number; keys: string[]; nearest: Map<string, string | undefined> }>();
