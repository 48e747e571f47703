import { diffWords } from "diff";
import { isGenericBodyWord, samePerson, sameOrganisation } from "../analysis/entities";
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
  /** The sources that carry the quote as the verdict reads it (document numbers, one per source, in order): `evidence[i]` is from `docs[i]`. */
  docs: number[];
}

/** An ellipsis ("...", "…"): words left out on purpose. */
const ELLIPSIS = /\.\.\.|\u2026/;

/** Share of word edits up to which a quote is the source's quote, altered. */
const MISQUOTE_MAX = 0.3;
/** Quotes of at least this many words may differ by two word edits and still be the source's quote, altered. */
const TWO_EDITS_FROM = 6;
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
 * A quote the draft joins from a source's quote broken by its attribution ("We lost this one," he
 * said. "We do not intend to lose another."): each of its sentences is assessed on its own, and
 * where all have one verdict, supported or misattributed, and one source carries them all, that is
 * the whole quote's verdict. Undefined where the quote is one sentence or its parts disagree.
 */
function joinedQuote(index: CorpusIndex, quote: QuoteMention, docs: Set<number> | undefined, deniedBefore: boolean): QuoteAssessment | undefined {
  const parts: QuoteMention[] = [];
  for (const m of quote.text.matchAll(/[^.!?]+[.!?]+["'\u2019\u201d]?(?=\s+\S|$)|[^.!?]+$/g)) {
    const text = m[0].trim();
    if (text) parts.push({ ...quote, text });
  }
  if (parts.length < 2 || parts.some((p) => wordsWithOffsets(p.text).length < MIN_WORDS)) return undefined;
  const assessed = parts.map((p) => assessQuote(index, p, docs, deniedBefore));
  const altered = joinedMisquote(quote, parts, assessed);
  if (altered) return altered;
  const verdict = assessed[0]!.verdict;
  if ((verdict !== "supported" && verdict !== "misattributed") || assessed.some((a) => a.verdict !== verdict)) return undefined;
  const shared = assessed[0]!.docs.filter((d) => assessed.every((a) => a.docs.includes(d)));
  if (!shared.length) return undefined;
  const first = assessed[0]!;
  const keep = first.docs.map((d, i) => (shared.includes(d) ? i : -1)).filter((i) => i >= 0);
  return { ...first, quote, evidence: keep.map((i) => first.evidence[i]!), docs: keep.map((i) => first.docs[i]!) };
}

/**
 * A joined quote (see `joinedQuote`) whose sentences are all found, one or more with words
 * altered ("These children train here five days a week. Some of them have never known anywhere
 * else." for "six days"), in one source: the whole quote misquoted, its suggestion the source's
 * words for every sentence. Undefined otherwise.
 */
function joinedMisquote(quote: QuoteMention, parts: readonly QuoteMention[], assessed: readonly QuoteAssessment[]): QuoteAssessment | undefined {
  if (ELLIPSIS.test(quote.text) || !assessed.some((a) => a.verdict === "misquoted") || !assessed.every((a) => a.verdict === "misquoted" || a.verdict === "supported")) return undefined;
  const shared = assessed[0]!.docs.filter((d) => assessed.every((a) => a.docs.includes(d)));
  if (!shared.length) return undefined;
  const words = assessed.map((a, i) => {
    const own = parts[i]!.text;
    if (a.verdict !== "misquoted") return own;
    // The source's words end where its match does: the sentence keeps the draft's full stop.
    const stop = /[.!?]+["'\u2019\u201d]?$/.exec(own)?.[0] ?? "";
    return /[.!?]$/.test(a.suggestion!) ? a.suggestion! : a.suggestion! + stop;
  });
  const suggestion = words.join(" ");
  const first = assessed.find((a) => a.verdict === "misquoted")!;
  const keep = first.docs.map((d, i) => (shared.includes(d) ? i : -1)).filter((i) => i >= 0);
  const diff = wordDiff(quote.text, suggestion);
  return { ...first, quote, suggestion, diff, evidence: keep.map((i) => first.evidence[i]!).filter(Boolean), docs: keep.map((i) => first.docs[i]!) };
}

/**
 * Whether a quote is a scare quote or a name ("chaos", "game changer"): found anywhere, it shows
 * that a source uses the words, not that a source says what the claim around it says.
 */
export function isScareQuote(quote: QuoteMention): boolean {
  return wordsWithOffsets(quote.text).length < MIN_WORDS;
}

/**
 * Finds a draft quote in the corpus: among source quotes first (with their speakers), then in
 * source prose. An exact match by someone other than the named speaker is a misattribution; an
 * approximate match (a few words changed) is a misquote with a word diff; no match is unverified.
 * `deniedBefore`: the draft denies, right before the quote, what the quote says.
 */
export function assessQuote(index: CorpusIndex, quote: QuoteMention, docs?: Set<number>, deniedBefore = false): QuoteAssessment {
  const qWords = wordsWithOffsets(quote.text);
  const words = qWords.map((w) => w.word);
  const base = { quote, evidence: [], sourceSpeakers: [], docs: [] };
  if (!words.length) return { ...base, verdict: "skip" };
  const matches = new Matches(index);
  // Two edits make a word changed for two ("We were not prepared" for "We are prepared"): in a
  // quote of six words or more, that is the quote altered, not another one.
  const maxEdits = words.length >= MIN_WORDS ? Math.max(words.length * MISQUOTE_MAX, words.length >= TWO_EDITS_FROM ? 2 : 0) : 0;
  // An ellipsis ("…", "...") marks words left out on purpose: omissions then cost nothing.
  const dropCost = ELLIPSIS.test(quote.text) ? 0 : DROP_COST;
  // Archives repeat quotes word for word (wire copy): align each distinct wording once, then
  // hear every source that carries it, so no speaker is lost past a candidate limit.
  const byText = new Map<number, readonly number[]>();
  for (const copies of index.quoteCandidates(words)) {
    if (byText.size >= 200) break;
    const ids = docs ? copies.filter((id) => docs.has(index.quoteColumns.doc[id]!)) : copies;
    if (ids.length) byText.set(index.quotes[ids[0]!]!.textId, ids);
  }
  const claimed = quote.speaker;
  // Archives repeat one quote under a few speakers' names: each name is compared once.
  const named = new Map<string, boolean>();
  const isClaimed = (speaker: string) => {
    let same = named.get(speaker);
    if (same === undefined) named.set(speaker, (same = samePerson(claimed!, speaker) || sameOrganisation(claimed!, speaker)));
    return same;
  };
  // A three-word quote with one word changed ("fair and generous" for "fair and affordable") is
  // the claimed speaker's words altered only where that speaker said the rest.
  const shortOfSpeaker = (ids: readonly number[]) =>
    words.length === MIN_WORDS && !!claimed && ids.some((id) => {
      const said = index.quoteColumns.speaker[id];
      return !!said && isClaimed(said);
    });
  for (const ids of byText.values()) {
    const sw = wordsWithOffsets(index.quotes[ids[0]!]!.text);
    const a = alignQuote(words, sw.map((w) => w.word), dropCost);
    if ((a.edits > maxEdits && !(a.edits <= 1 && shortOfSpeaker(ids))) || a.to <= a.from) continue;
    // "had shown "a flicker of remorse"" from "had shown "not a flicker of remorse"": a fragment
    // that leaves out the denial before it says the opposite. The denial is the word changed.
    // Not a denial that ends the sentence before ("It was not. A fine paid in March ...").
    const quoteText = index.quotes[ids[0]!]!.text;
    // Nor where the draft says the denial itself, before its quote ("was not "fit for the way we
    // need to make food"" of "isn't fit for the way ...": `deniedBefore`).
    const denied = a.from > 0 && words.length >= MIN_WORDS && !deniedBefore && isDenial(sw[a.from - 1]!.word) && !isDenial(words[0]!) && !/[.!?;:]/.test(quoteText.slice(sw[a.from - 1]!.end, sw[a.from]!.start));
    matches.wordings.push({ ids, edits: a.edits + (denied ? 1 : 0), start: sw[denied ? a.from - 1 : a.from]!.start, end: sw[a.to - 1]!.end });
  }
  // Prose: a writer may quote a report's wording that the source does not put in quote marks.
  if (!matches.wordings.some((w) => w.edits === 0)) {
    for (const { id } of index.searchSentences(queryTerms(quote.text), 10)) {
      const s = index.sentence(id);
      if (docs && !docs.has(s.doc)) continue;
      const text = index.documents[s.doc]!.text.slice(s.span.start, s.span.end);
      const sw = wordsWithOffsets(text);
      const a = alignQuote(words, sw.map((w) => w.word), dropCost);
      if (a.edits > maxEdits || a.to <= a.from) continue;
      const start = s.span.start + sw[a.from]!.start;
      const end = s.span.start + sw[a.to - 1]!.end;
      if (matches.some((m) => m.doc === s.doc && m.start <= start && end <= m.end)) continue;
      matches.prose.push({ doc: s.doc, edits: a.edits, start, end, sentence: id });
    }
  }
  // Two words a speaker is said to have said ("Doyle said the fire was 'started deliberately'")
  // are that speaker's words, not a scare quote: found nowhere, they are unverified.
  const attributed = words.length === MIN_WORDS - 1 && quote.attribution === "explicit";
  if (matches.none()) return joinedQuote(index, quote, docs, deniedBefore) ?? { ...base, verdict: words.length >= MIN_WORDS || attributed ? "unverified-quote" : "skip" };

  // An organisation is credited with what its people or a joint statement say: the attributing
  // sentence names it ("Wil van Gemert, deputy executive director of Europol, told…").
  // So is what one of its people says whom the paragraph, up to the quote, names by the body's
  // kind ("Gareth Linley, the service's chief fire officer, said ... 'This was one of the largest
  // moorland fires this service has ever dealt with,' he said" for "The head of Pennine Fire and
  // Rescue Service called it ...").
  const kindOfClaimed = claimed && quote.speakerType !== "person" ? claimed.split(/\s+/).pop()!.toLowerCase() : undefined;
  const byKind = kindOfClaimed && isGenericBodyWord(kindOfClaimed) ? new RegExp(`\\bthe\\s+${kindOfClaimed}(?:['\u2019]s)?\\b`) : undefined;
  const namedByKind = (m: Match): boolean => {
    if (!byKind || m.sentence < 0) return false;
    for (const id of index.paragraphOf(m.sentence)) {
      if (id > m.sentence) break;
      if (byKind.test(index.sentenceText(id))) return true;
    }
    return false;
  };
  const namesClaimedBody = (m: Match) =>
    !!claimed && quote.speakerType !== "person" && ((m.sentence >= 0 ? index.sentenceRecord(m.sentence).entities : []).some((e) => e.type === "organisation" && sameOrganisation(e.name, claimed)) || namedByKind(m));
  const sameSpeaker = (m: Match) => !!claimed && !!m.speaker && (isClaimed(m.speaker) || namesClaimedBody(m));
  const evidenceOf = (m: Match): Evidence => {
    const ev = index.evidence(sentenceAt(index, m), { start: m.start, end: m.end }, { stance: m.edits === 0 ? "agrees" : "disagrees" });
    if (m.speaker) ev.value = m.speaker;
    return ev;
  };
  /**
   * The matches `pick` keeps, in order (after `first`): passages for the first few sources
   * (`docs` numbers them all: an archive may carry a quote hundreds of times), and each speaker
   * with how many matches give it, in the order they first appear.
   */
  const summarise = (pick: (m: Match) => boolean, first?: Match) => {
    const evidence: Evidence[] = [];
    const carriers: number[] = [];
    const speakers = new Map<string, number>();
    // Flat marks, not a set: a wire quote has a copy in thousands of sources.
    const seen = new Uint8Array(index.documents.length);
    // Copies come in runs of one speaker: a run is counted, then added to its speaker's count (a
    // speaker's first run is added before any later speaker's, so the map keeps first-seen order).
    let runSpeaker: string | undefined;
    let run = 0;
    const take = (m: Match) => {
      if (!pick(m)) return;
      if (!seen[m.doc]) {
        seen[m.doc] = 1;
        // A document's key is unique to it (see `loadCorpus`): a new document is a new source.
        carriers.push(m.doc);
        if (evidence.length < EVIDENCE_MAX) evidence.push(evidenceOf(m));
      }
      if (!m.speaker) return;
      if (m.speaker === runSpeaker) run++;
      else {
        if (runSpeaker !== undefined) speakers.set(runSpeaker, (speakers.get(runSpeaker) ?? 0) + run);
        runSpeaker = m.speaker;
        run = 1;
      }
    };
    if (first) take(first);
    matches.each(take);
    if (runSpeaker !== undefined) speakers.set(runSpeaker, (speakers.get(runSpeaker) ?? 0) + run);
    return { evidence, docs: carriers, speakers };
  };

  if (matches.some((m) => m.edits === 0)) {
    const exact = (m: Match) => m.edits === 0;
    const byClaimed = (m: Match) => m.edits === 0 && sameSpeaker(m);
    const attributed = (m: Match) => m.edits === 0 && !!m.speaker;
    const anyByClaimed = matches.some(byClaimed);
    if (!claimed || anyByClaimed || !matches.some(attributed)) {
      const { evidence, docs: carriers, speakers } = summarise(anyByClaimed ? byClaimed : exact);
      return { ...base, verdict: "supported", evidence, sourceSpeakers: [...speakers.keys()], docs: carriers };
    }
    const { evidence, docs: carriers, speakers } = summarise(attributed);
    const common = mostCommon(speakers);
    return { ...base, verdict: "misattributed", evidence, suggestion: common[0], sourceSpeakers: common, docs: carriers };
  }
  // A quote joined from a source's quote broken by its attribution matches its first part with
  // the second's words as edits ("... for the best part of a decade," said Martin Ashdown ...
  // "That ends now."): each of its sentences found as said is the whole quote found.
  // (Not across an ellipsis: "The phones were ... of pounds each" is one sentence with words left out.)
  const joined = ELLIPSIS.test(quote.text) ? undefined : joinedQuote(index, quote, docs, deniedBefore);
  if (joined) return joined;
  // Approximate: prefer the claimed speaker's words, then the closest (the first of equals).
  let best: Match | undefined;
  let bestByClaimed: Match | undefined;
  matches.each((m) => {
    if (!best || m.edits < best.edits) best = { ...m };
    if ((!bestByClaimed || m.edits < bestByClaimed.edits) && sameSpeaker(m)) bestByClaimed = { ...m };
  });
  const chosen = (bestByClaimed ?? best)!;
  const sourceText = index.documents[chosen.doc]!.text.slice(chosen.start, chosen.end);
  const diff = wordDiff(quote.text, sourceText);
  const { evidence, docs: carriers } = summarise((m) => m.edits === chosen.edits, chosen);
  return {
    ...base,
    verdict: "misquoted",
    evidence,
    suggestion: sourceText,
    sourceSpeakers: chosen.speaker ? [chosen.speaker] : [],
    diff,
    docs: carriers,
  };
}

/** The word diff from a draft's quote to the source's words, case aside. */
function wordDiff(quoted: string, source: string): DiffPart[] {
  return diffWords(quoted, source, { ignoreCase: true }).map((p) => {
    const part: DiffPart = { value: p.value };
    if (p.added) part.added = true;
    if (p.removed) part.removed = true;
    return part;
  });
}

/** A word that denies what follows it: "not", "no", "never", "without", "isn't". */
function isDenial(word: string): boolean {
  return DENIALS.has(word) || word.endsWith("n't");
}
const DENIALS = new Set(["not", "no", "never", "without", "nor"]);

/**
 * The matches of a draft quote: each distinct source wording that aligns, once, with its copies
 * (an archive may carry one quote thousands of times), then passages of prose. Read one at a
 * time, without an object per copy.
 */
class Matches {
  /** Aligned wordings: their copies' quote ids, and the matched words' offsets in the quote's text. */
  readonly wordings: { ids: readonly number[]; edits: number; start: number; end: number }[] = [];
  readonly prose: Match[] = [];

  constructor(private readonly index: CorpusIndex) {}

  none(): boolean {
    return !this.wordings.length && !this.prose.length;
  }

  /**
   * Calls `fn` with each match in order: the copies of each wording, then the prose. The copies
   * are shown through one reused object: copy what you keep.
   */
  each(fn: (m: Match) => void): void {
    this.some((m) => {
      fn(m);
      return false;
    });
  }

  /** Whether `test` holds for some match (in the order of `each`, stopping at the first). */
  some(test: (m: Match) => boolean): boolean {
    const m: Match = { doc: 0, edits: 0, start: 0, end: 0, sentence: 0 };
    const { doc, start, sentence, speaker } = this.index.quoteColumns;
    for (const w of this.wordings) {
      m.edits = w.edits;
      for (const id of w.ids) {
        const at = start[id]!;
        m.doc = doc[id]!;
        m.start = at + w.start;
        m.end = at + w.end;
        m.sentence = sentence[id]!;
        m.speaker = speaker[id];
        if (test(m)) return true;
      }
    }
    return this.prose.some(test);
  }
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

/** Names by how often they were counted, most first (the first met of equals). */
function mostCommon(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
}
