import { diffWords } from "diff";
import { samePerson, sameOrganisation } from "../analysis/entities";
import type { QuoteMention } from "../analysis/quotes";
import type { CorpusIndex } from "../index/corpusIndex";
import { queryTerms } from "../index/corpusIndex";
import type { DiffPart, Evidence } from "../types";
import { EVIDENCE_MAX } from "./context";
import { alignQuote, DROP_COST, wordsWithOffsets } from "./quoteMatch";

/** What the corpus says about a direct quote in a draft. */
export interface QuoteAssessment {
  quote: QuoteMention;
  verdict: "supported" | "misquoted" | "misattributed" | "unverified-quote" | "skip";
  evidence: Evidence[];
  /** The source's exact words (misquoted) or the right speaker (misattributed). */
  suggestion?: string;
  /** Who the sources say said it. */
  sourceSpeakers: string[];
  diff?: DiffPart[];
  sources: string[];
}

/** Share of word edits up to which a quote is the source's quote, altered. */
const MISQUOTE_MAX = 0.3;
/** Quotes shorter than this many words are scare quotes or names: checked only for exact matches. */
const MIN_WORDS = 3;

interface Match {
  doc: number;
  edits: number;
  /** Source words matched, as text of the source document. */
  start: number;
  end: number;
  speaker?: string;
  sentence: number;
}

/**
 * Finds a draft quote in the corpus: among source quotes first (with their speakers), then in
 * source prose. An exact match by someone other than the named speaker is a misattribution; an
 * approximate match (a few words changed) is a misquote with a word diff; no match is unverified.
 */
export function assessQuote(index: CorpusIndex, quote: QuoteMention, docs?: Set<number>): QuoteAssessment {
  const qWords = wordsWithOffsets(quote.text);
  const words = qWords.map((w) => w.word);
  const base = { quote, evidence: [], sourceSpeakers: [], sources: [] };
  if (!words.length) return { ...base, verdict: "skip" };
  const matches: Match[] = [];
  const maxEdits = words.length >= MIN_WORDS ? words.length * MISQUOTE_MAX : 0;
  // An ellipsis ("…", "...") marks words left out on purpose: omissions then cost nothing.
  const dropCost = /\.\.\.|\u2026/.test(quote.text) ? 0 : DROP_COST;
  // Archives repeat quotes word for word (wire copy): align each distinct wording once, then
  // hear every source that carries it, so no speaker is lost past a candidate limit.
  const byText = new Map<number, readonly number[]>();
  for (const copies of index.quoteCandidates(words)) {
    if (byText.size >= 200) break;
    const ids = docs ? copies.filter((id) => docs.has(index.quotes[id]!.doc)) : copies;
    if (ids.length) byText.set(index.quotes[ids[0]!]!.textId, ids);
  }
  for (const ids of byText.values()) {
    const sw = wordsWithOffsets(index.quotes[ids[0]!]!.text);
    const a = alignQuote(words, sw.map((w) => w.word), dropCost);
    if (a.edits > maxEdits || a.to <= a.from) continue;
    for (const id of ids) {
      const q = index.quotes[id]!;
      const m: Match = { doc: q.doc, edits: a.edits, start: q.span.start + sw[a.from]!.start, end: q.span.start + sw[a.to - 1]!.end, sentence: q.sentence };
      if (q.speaker) m.speaker = q.speaker;
      matches.push(m);
    }
  }
  // Prose: a writer may quote a report's wording that the source does not put in quote marks.
  if (!matches.some((m) => m.edits === 0)) {
    for (const { id } of index.searchSentences(queryTerms(quote.text), 10)) {
      const s = index.sentence(id);
      if (docs && !docs.has(s.doc)) continue;
      const text = index.documents[s.doc]!.text.slice(s.span.start, s.span.end);
      const sw = wordsWithOffsets(text);
      const a = alignQuote(words, sw.map((w) => w.word), dropCost);
      if (a.edits > maxEdits || a.to <= a.from) continue;
      if (matches.some((m) => m.doc === s.doc && m.start <= s.span.start + sw[a.from]!.start && s.span.start + sw[a.to - 1]!.end <= m.end)) continue;
      matches.push({ doc: s.doc, edits: a.edits, start: s.span.start + sw[a.from]!.start, end: s.span.start + sw[a.to - 1]!.end, sentence: id });
    }
  }
  if (!matches.length) return { ...base, verdict: words.length >= MIN_WORDS ? "unverified-quote" : "skip" };

  const claimed = quote.speaker;
  // An organisation is credited with what its people or a joint statement say: the attributing
  // sentence names it ("Wil van Gemert, deputy executive director of Europol, told…").
  const namesClaimedBody = (m: Match) =>
    !!claimed && quote.speakerType !== "person" && (m.sentence >= 0 ? index.sentenceRecord(m.sentence).entities : []).some((e) => e.type === "organisation" && sameOrganisation(e.name, claimed));
  // Archives repeat one quote under a few speakers' names: each name is compared once.
  const named = new Map<string, boolean>();
  const isClaimed = (speaker: string) => {
    let same = named.get(speaker);
    if (same === undefined) named.set(speaker, (same = samePerson(claimed!, speaker) || sameOrganisation(claimed!, speaker)));
    return same;
  };
  const sameSpeaker = (m: Match) => !!claimed && !!m.speaker && (isClaimed(m.speaker) || namesClaimedBody(m));
  const exact = matches.filter((m) => m.edits === 0);
  const evidenceOf = (m: Match): Evidence => {
    const ev = index.evidence(sentenceAt(index, m), { start: m.start, end: m.end }, { stance: m.edits === 0 ? "agrees" : "disagrees" });
    if (m.speaker) ev.value = m.speaker;
    return ev;
  };
  // Passages for the first few sources (`sources` names them all): an archive may carry a quote hundreds of times.
  const onePerDoc = (ms: Match[]) => {
    const seen = new Set<number>();
    return ms.filter((m) => !seen.has(m.doc) && seen.add(m.doc)).slice(0, EVIDENCE_MAX);
  };
  const speakersOf = (ms: Match[]) => [...new Set(ms.map((m) => m.speaker).filter((s): s is string => !!s))];
  const keys = (ms: Match[]) => [...new Set(ms.map((m) => index.keyOf(m.doc)))];

  if (exact.length) {
    const byClaimed = exact.filter(sameSpeaker);
    const attributed = exact.filter((m) => m.speaker);
    if (!claimed || byClaimed.length || !attributed.length) {
      const ms = byClaimed.length ? byClaimed : exact;
      return { ...base, verdict: "supported", evidence: onePerDoc(ms).map(evidenceOf), sourceSpeakers: speakersOf(ms), sources: keys(ms) };
    }
    const speakers = mostCommon(attributed.map((m) => m.speaker!));
    return {
      ...base,
      verdict: "misattributed",
      evidence: onePerDoc(attributed).map(evidenceOf),
      suggestion: speakers[0],
      sourceSpeakers: speakers,
      sources: keys(attributed),
    };
  }
  // Approximate: prefer the claimed speaker's words, then the closest.
  const best = [...matches].sort((a, b) => Number(sameSpeaker(b)) - Number(sameSpeaker(a)) || a.edits - b.edits)[0]!;
  const sourceText = index.documents[best.doc]!.text.slice(best.start, best.end);
  const diff = diffWords(quote.text, sourceText, { ignoreCase: true }).map((p) => {
    const part: DiffPart = { value: p.value };
    if (p.added) part.added = true;
    if (p.removed) part.removed = true;
    return part;
  });
  const close = matches.filter((m) => m.edits === best.edits);
  return {
    ...base,
    verdict: "misquoted",
    evidence: onePerDoc([best, ...close]).map(evidenceOf),
    suggestion: sourceText,
    sourceSpeakers: speakersOf([best]),
    diff,
    sources: keys([best, ...close]),
  };
}

/**
 * The source sentence holding the start of a match: a quote running over several sentences is
 * indexed at the one it opens in, but the matched words may lie in a later one.
 */
function sentenceAt(index: CorpusIndex, m: Match): number {
  let id = m.sentence;
  while (id + 1 < index.sentenceCount && index.docOfSentence(id + 1) === m.doc && index.startOfSentence(id + 1) <= m.start) id++;
  return id;
}

function mostCommon(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
}
