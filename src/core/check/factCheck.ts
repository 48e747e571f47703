import { compareDates, compareQuantities, comparable } from "../analysis/compareValues";
import { sameOrganisation } from "../analysis/entities";
import type { FactMention, SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex, FactRef, IndexedSentence } from "../index/corpusIndex";
import type { Evidence } from "../types";
import { stem } from "../analysis/tokens";
import { coverage, sameMeasure, sameScope } from "./context";

/** What the corpus says about one figure or date of a claim. */
export interface FactAssessment {
  fact: FactMention;
  verdict: "supported" | "contradicted" | "disputed" | "unknown";
  /** Passages that agree, one per source, best first. */
  agreeing: Evidence[];
  /** Passages that disagree, one per source, the most common value first. */
  disagreeing: Evidence[];
  /** The sources' value where the claim's is wrong ("746"). */
  suggestion?: string;
  /** Each value the sources give for this fact, with how many sources give it, most common first. */
  sides: { value: string; sources: number; agrees: boolean }[];
  /** Keys of the sources that agree. */
  agreeingSources: string[];
  /** Keys of the sources that disagree. */
  disagreeingSources: string[];
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
/** Passages kept per side: an archive may have thousands of copies of one statement. */
const EVIDENCE_MAX = 20;
/** A disagreeing source must match at least this share of the best agreeing match to dispute it. */
const DISPUTE_RATIO = 0.8;
/** The same, for a source that names the claim's own body or place. */
const SCOPED_DISPUTE_RATIO = 0.6;
/** A side held by at most this share of the other side's sources is a fringe, not a dispute. */
const FRINGE = 1 / 3;

interface Candidate {
  ref: FactRef;
  doc: number;
  score: number;
  /** How well the fact's own clause alone covers the claim. */
  local: number;
  agrees: boolean;
  value: string;
}

/**
 * Compares one fact of a claim with every fact of the corpus that measures the same thing in a
 * compatible scope. A source agrees if any of its facts agrees in context; otherwise it disagrees
 * if one of its facts on the same measure and scope disagrees. Sides are weighed by how many
 * sources hold each value, so a corpus with one stray copy does not turn a fact into a dispute.
 */
export function assessFact(index: CorpusIndex, claim: SentenceAnalysis, fact: FactMention, docs?: Set<number>): FactAssessment {
  const candidates: Candidate[] = [];
  for (const ref of candidateRefs(index, claim, fact, docs)) {
    const s = index.sentences[ref.sentence]!;
    if (docs && !docs.has(s.doc)) continue;
    const sf = s.facts[ref.fact]!;
    if (sf.kind !== fact.kind) continue;
    let agrees: boolean;
    if (fact.kind === "quantity") {
      if (!comparable(fact.quantity!, sf.quantity!)) continue;
      // A vague amount ("hundreds") neither confirms nor refutes a precise figure.
      if (sf.quantity!.qualifier === "vague" && fact.quantity!.qualifier !== "vague") continue;
      agrees = compareQuantities(fact.quantity!, sf.quantity!) === "agrees";
    } else {
      const c = compareDates(fact.date!, sf.date!);
      if (c === "coarser") continue;
      agrees = c === "agrees";
    }
    // A worldwide claim agrees with the same figure whatever other places its source names; it
    // is never disagreed with by a figure scoped to one place.
    const worldwide = agrees && fact.places.includes("World") && !sf.places.includes("World");
    if (!sameScope(worldwide ? { ...fact, places: [] } : fact, sf, sameOrganisation)) continue;
    const measure = fact.kind === "quantity" ? sameMeasure(fact, sf) : sharesEvent(fact, sf);
    if (!agrees && !measure) continue;
    if (!agrees && fact.kind === "quantity" && !sf.ownUnit && !sf.measure.length) continue;
    // The whole claim, or the clause that states the figure: a claim may add description
    // ("the largest single cash seizure in its history") that the source puts elsewhere.
    const credit = orgCredit(claim, sf);
    const score = Math.max(coverage(index, claim.terms, s, sf, undefined, credit), fact.local.length >= 2 ? coverage(index, fact.local, s, sf, undefined, credit) : 0);
    const specific = fact.kind === "date" ? measure : measure && sf.ownUnit && fact.ownUnit && !fact.measure.every((m) => m.startsWith("currency:"));
    // Agreement without a shared measure needs a stronger context ("60,000 people subscribed" for "60,000 users").
    const min = agrees ? (measure ? (specific ? AGREE_SAME_MEASURE_MIN : AGREE_MIN) : docs ? CITED_SAME_FIGURE_MIN : SAME_FIGURE_MIN) : specific ? DISAGREE_SPECIFIC_MIN : DISAGREE_MIN;
    if (score < min) continue;
    // Agreement on another measure ("60,000 people subscribed" for "60,000 users") needs the very
    // same distinctive figure and the claim's names in the passage.
    // Two bare figures ("voted 31 to 12") agree when the passage says nearly all the claim says.
    const bare = !fact.measure.length && !sf.measure.length && score >= BARE_FIGURE_MIN;
    if (agrees && !measure && fact.kind === "quantity" && !bare && !sameFigure(fact, sf, claim, s)) continue;
    const text = index.documents[s.doc]!.text;
    const local = localCoverage(index, claim.terms, sf);
    candidates.push({ ref, doc: s.doc, score, local, agrees, value: text.slice(sf.span.start, sf.span.end) });
  }

  // A sentence states one value for the claim's fact: the figure whose clause fits best
  // ("£3,500 encrypted handsets", not the "£1,500" contract price beside it).
  // The clause, then the figure's own noun: "£4,698 encrypted handsets" answers "£3,500 handsets";
  // and where the sentence also states the claim's value about as closely, it confirms it.
  // The claim's own noun when it has one, else any noun of the claim ("handsets cost £3,500").
  const claimUnit = fact.quantity?.unit ? stem(fact.quantity.unit.toLowerCase()) : undefined;
  const claimTerms = new Set(claim.terms);
  const rank = (c: Candidate) => {
    const unit = index.sentences[c.ref.sentence]!.facts[c.ref.fact]!.quantity?.unit;
    const u = unit ? stem(unit.toLowerCase()) : undefined;
    return c.local + (u && (claimUnit ? u === claimUnit : claimTerms.has(u)) ? 0.5 : 0);
  };
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) bySentence.set(c.ref.sentence, [...(bySentence.get(c.ref.sentence) ?? []), c]);
  const bestInSentence = new Map<number, Candidate>();
  for (const [id, cs] of bySentence) {
    const top = Math.max(...cs.map(rank));
    const agreeing = cs.filter((c) => c.agrees && rank(c) >= top - (claimUnit ? 0.25 : 0.55)).sort((x, y) => rank(y) - rank(x))[0];
    bestInSentence.set(id, agreeing ?? cs.sort((x, y) => rank(y) - rank(x))[0]!);
  }
  candidates.splice(0, candidates.length, ...bestInSentence.values());
  // The most specific evidence decides: when some source facts name the claim's own body or
  // place, facts of other or unnamed scope are other facts ("more than £500,000" by one force is
  // not agreed with by a national £54m).
  const scoped = candidates.filter((c) => sharesScope(fact, index.sentences[c.ref.sentence]!.facts[c.ref.fact]!));
  if (scoped.length) candidates.splice(0, candidates.length, ...scoped);
  // One stance per source: the best agreeing fact, else the best disagreeing one.
  const bestByDoc = new Map<number, Candidate>();
  for (const c of candidates.sort((a, b) => Number(b.agrees) - Number(a.agrees) || b.score - a.score)) {
    if (!bestByDoc.has(c.doc)) bestByDoc.set(c.doc, c);
  }
  const agree = [...bestByDoc.values()].filter((c) => c.agrees).sort((a, b) => b.score - a.score);
  // With agreeing sources, a disagreeing one makes a dispute only if it is about this fact as
  // surely as they are: a comparable match, not a looser one on the same measure.
  const bar = agree.length ? Math.max(DISAGREE_MIN, DISPUTE_RATIO * agree[0]!.score) : 0;
  const disagree = [...bestByDoc.values()]
    .filter((c) => {
      if (c.agrees) return false;
      const sf = index.sentences[c.ref.sentence]!.facts[c.ref.fact]!;
      // The same body's figure, or the same event's date, is the same fact however it is worded.
      // A shared body or place makes it the same fact only if the wording matches nearly as well.
      return c.score >= bar || (c.score >= Math.max(DISAGREE_MIN, SCOPED_DISPUTE_RATIO * (agree[0]?.score ?? 0)) && sharesScope(fact, sf)) || (fact.kind === "date" && sharesEvent(fact, sf));
    })
    .sort((a, b) => b.score - a.score);
  // Sides are values: the most widely held value that agrees against the most widely held one
  // that disagrees. A claim's bound ("more than 800") may agree with many scattered values, but
  // if one value dominates and disagrees, the sources say that value.
  const clusterOf = (cs: Candidate[]) => {
    const m = new Map<string, Candidate[]>();
    for (const c of cs) m.set(normaliseValue(c.value), [...(m.get(normaliseValue(c.value)) ?? []), c]);
    return [...m.values()].sort((a, b) => b.length - a.length || b[0]!.score - a[0]!.score);
  };
  const agreeClusters = clusterOf(agree);
  const disagreeClusters = clusterOf(disagree);
  const biggest = disagreeClusters[0] ?? [];
  const a = agreeClusters[0]?.length ?? 0;
  const d = biggest.length;

  let verdict: FactAssessment["verdict"] = "unknown";
  if (a && !d) verdict = "supported";
  else if (!a && d) verdict = "contradicted";
  else if (a && d) {
    if (d <= FRINGE * a) verdict = "supported";
    else if (a <= FRINGE * d) verdict = "contradicted";
    else verdict = "disputed";
  }
  const orderedDisagree = [...biggest, ...disagree.filter((c) => !biggest.includes(c))];
  const ev = (c: Candidate, stance: "agrees" | "disagrees"): Evidence => {
    const sf = index.sentences[c.ref.sentence]!.facts[c.ref.fact]!;
    return index.evidence(c.ref.sentence, sf.span, { value: c.value, stance });
  };
  const out: FactAssessment = {
    fact,
    verdict,
    sides: [...agreeClusters.map((c) => ({ value: c[0]!.value, sources: c.length, agrees: true })), ...disagreeClusters.map((c) => ({ value: c[0]!.value, sources: c.length, agrees: false }))]
      .sort((x, y) => y.sources - x.sources),
    // Passages for the best few sources per side; the keys of all of them.
    agreeing: agree.slice(0, EVIDENCE_MAX).map((c) => ev(c, "agrees")),
    disagreeing: orderedDisagree.slice(0, EVIDENCE_MAX).map((c) => ev(c, "disagrees")),
    agreeingSources: agree.map((c) => index.documents[c.doc]!.meta.key),
    disagreeingSources: orderedDisagree.map((c) => index.documents[c.doc]!.meta.key),
  };
  if (verdict === "contradicted" && biggest[0]) out.suggestion = biggest[0].value;
  return out;
}

/** Stems of the claim's organisation names that the source fact names under another form ("Met" / "Metropolitan Police"). */
function orgCredit(claim: SentenceAnalysis, sf: FactMention): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const e of claim.entities) {
    if (e.type !== "organisation" || !sf.orgs.some((o) => sameOrganisation(o, e.name))) continue;
    out ??= new Set();
    for (const w of e.name.split(/\s+/)) out.add(stem(w.toLowerCase().replace(/['\u2019]s$/, "")));
  }
  return out;
}

function localCoverage(index: CorpusIndex, terms: string[], sf: FactMention): number {
  const local = new Set(sf.local);
  let total = 0;
  let got = 0;
  for (const t of terms) {
    const w = index.idf(t);
    total += w;
    if (local.has(t)) got += w;
  }
  return total ? got / total : 0;
}

/** Both name the same organisation or place explicitly: the same body's figure. */
function sharesScope(a: FactMention, b: FactMention): boolean {
  return a.orgs.some((x) => b.orgs.some((y) => sameOrganisation(x, y))) || a.places.some((p) => p !== "World" && b.places.includes(p));
}

function sameFigure(fact: FactMention, sf: FactMention, claim: SentenceAnalysis, s: IndexedSentence): boolean {
  const a = fact.quantity;
  const b = sf.quantity;
  if (!a || !b || a.value !== b.value || (a.high ?? a.value) !== (b.high ?? b.value) || a.value < 100) return false;
  const names = claim.entities.filter((e) => e.type !== "place");
  return names.length > 0 && names.every((e) => s.entities.some((x) => x.name.toLowerCase() === e.name.toLowerCase()));
}

function normaliseValue(v: string): string {
  return v.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Dates are about the same event when their clauses share the verb ("cracked in March" / "cracked it in April"). */
function sharesEvent(a: FactMention, b: FactMention): boolean {
  const bs = new Set(b.measure);
  return a.measure.some((t) => bs.has(t));
}

/** Source facts worth comparing: by measure for figures; for dates, those of related sentences. */
function candidateRefs(index: CorpusIndex, claim: SentenceAnalysis, fact: FactMention, docs?: Set<number>): FactRef[] {
  const seen = new Set<string>();
  const out: FactRef[] = [];
  const add = (r: FactRef) => {
    const k = r.sentence + ":" + r.fact;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(r);
    }
  };
  // By measure: figures by their noun, dates by the event verb ("cracked"), so every source that
  // dates the same event is heard, however many near-copies outrank it in retrieval.
  for (const m of fact.measure) for (const r of index.factsByMeasure.get(m) ?? []) if (!docs || docs.has(index.sentences[r.sentence]!.doc)) add(r);
  // Related sentences catch facts whose measure differs in wording ("people subscribed" / "users").
  for (const { id } of index.searchSentences(claim.terms, 50, docs ? (s) => docs.has(s.doc) : undefined)) {
    index.sentences[id]!.facts.forEach((f, k) => {
      if (f.kind === fact.kind) add({ sentence: id, fact: k });
    });
  }
  return out;
}
