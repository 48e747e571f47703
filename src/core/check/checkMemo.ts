/**
 * Memory between checks of the same draft. A writer edits one sentence at a time, so after an
 * edit almost every claim reads exactly as it did: its verdicts are taken from the last check,
 * moved to where the claim now is, and only the edited claims are checked against the corpus.
 * The same holds for the names the quote finder collects from each sentence of the draft.
 *
 * Everything is keyed by what the analysers can see, not by position: a claim's key holds its
 * text, the text the analysers look at around it, its quotes with their speakers (which can come
 * from earlier paragraphs) and its citations. Verdicts are forgotten when the index changes.
 */
import { extractQuotesSteps, type NamedMention, type QuoteFinderState, type QuoteMention, type SentenceNames } from "../analysis/quotes";
import { textAfter } from "../analysis/sentenceAnalysis";
import { leftContext, SentenceNamesMemo } from "../analysis/sentenceNames";
import type { CorpusIndex } from "../index/corpusIndex";
import { moveFinding } from "../services/findings";
import type { LineIndex } from "../text/lineIndex";
import type { Finding, Span } from "../types";
import { ParagraphSplits, type DraftClaim, type ParsedDraft } from "./draft";

/**
 * Characters after a claim the analysers may read ("…4 tonnes| of cocaine": a partitive's noun),
 * up to a blank line (`textAfter`): an edit in the next paragraph leaves the claim's verdicts be.
 */
const RIGHT_CONTEXT = 64;

/** Options of {@link CheckMemo}. */
export interface CheckMemoOptions {
  /** Claims whose verdicts are kept (the oldest go first). Default 20,000. */
  maxClaims?: number;
  /** Sentences whose names are kept. Default 50,000. */
  maxSentences?: number;
}

/**
 * Verdicts and sentence names kept between checks of one or more drafts against one index. Give
 * the same memo to successive `checkDraft` / `checkDraftChunked` calls; it is safe to share
 * between drafts, and it forgets verdicts by itself when the index is rebuilt or updated.
 */
export class CheckMemo implements SentenceNames {
  private readonly claims = new Map<string, Finding[]>();
  private readonly names: SentenceNamesMemo;
  private index: CorpusIndex | undefined;
  private version = -1;
  private readonly maxClaims: number;
  /** The quote finder's last reading: the draft, its paragraphs, the state before each and their quotes. */
  private quoteRun: { masked: string; paragraphs: Span[]; before: QuoteFinderState[]; quotes: (readonly QuoteMention[])[] } | undefined;
  /** The draft's paragraphs as split into sentences: a re-check splits only those an edit changed. */
  readonly splits = new ParagraphSplits();
  /** Claims answered from memory and checked, since the memo was made (for logs and benchmarks). */
  hits = 0;
  misses = 0;

  constructor(options: CheckMemoOptions = {}) {
    this.maxClaims = options.maxClaims ?? 20_000;
    this.names = new SentenceNamesMemo(options.maxSentences ?? 50_000);
  }

  /**
   * The quotes of `paragraphs` of a draft (`masked`), as `extractQuotesSteps` finds them, reading
   * again only from the first paragraph that does not read as in the last call: the paragraphs
   * before it keep their quotes, and the finder starts from the state it had there.
   */
  *quoteSteps(masked: string, paragraphs: readonly Span[]): Generator<void, QuoteMention[], void> {
    const last = this.quoteRun;
    // The finder's state before a paragraph depends on the text before its start and on where
    // the earlier paragraphs are: both must be as they were.
    let from = 0;
    if (last) {
      const same = commonPrefixLength(last.masked, masked);
      const n = Math.min(paragraphs.length, last.before.length);
      while (from + 1 < n && sameSpan(paragraphs[from]!, last.paragraphs[from]!) && paragraphs[from + 1]!.start === last.paragraphs[from + 1]!.start && paragraphs[from + 1]!.start <= same) from++;
    }
    const before = last ? last.before.slice(0, from) : [];
    const quotes = last ? last.quotes.slice(0, from) : [];
    const found = yield* extractQuotesSteps(masked, paragraphs as Span[], this, {
      ...(from > 0 ? { resume: { paragraph: from, state: last!.before[from]! } } : {}),
      onParagraph: (i, state, inParagraph) => {
        before[i] = state;
        quotes[i] = inParagraph;
      },
    });
    this.quoteRun = { masked, paragraphs: paragraphs.slice(), before, quotes };
    return from > 0 ? [...quotes.slice(0, from).flat(), ...found] : found;
  }

  /** Names of people and organisations in a sentence of a draft, as `collect` finds them, remembered. */
  namesIn(text: string, sentence: Span, collect: () => NamedMention[]): NamedMention[] {
    return this.names.namesIn(text, sentence, collect);
  }

  /**
   * The verdicts remembered for `index` (at most `max`, the most recently used), as plain data for
   * a later run: none if the memo has checked nothing against this index as it is now.
   */
  remembered(index: CorpusIndex, max = Infinity): RememberedVerdicts {
    if (this.index !== index || this.version !== index.version) return [];
    const all = [...this.claims];
    return all.slice(Math.max(0, all.length - max));
  }

  /**
   * Takes up verdicts an earlier run remembered (`remembered`) as verdicts of `index`. The caller
   * vouches that they were found against an index of the very same corpus by the very same code:
   * a persisted memo is keyed by both (see the CLI's verdict store).
   */
  recall(index: CorpusIndex, verdicts: RememberedVerdicts): void {
    if (this.index !== index || this.version !== index.version) {
      this.claims.clear();
      this.index = index;
      this.version = index.version;
    }
    for (const [key, findings] of verdicts) {
      if (this.claims.size >= this.maxClaims) break;
      if (!this.claims.has(key)) this.claims.set(key, findings);
    }
  }

  /**
   * The verdicts of a claim: remembered ones moved to where the claim is now, or those of `check`
   * (which are then remembered).
   */
  verdicts(index: CorpusIndex, draft: ParsedDraft, claim: DraftClaim, quotes: readonly QuoteMention[], lines: LineIndex, check: () => Finding[]): Finding[] {
    if (this.index !== index || this.version !== index.version) {
      this.claims.clear();
      this.index = index;
      this.version = index.version;
    }
    const at = claim.span.start;
    const key = claimKey(draft, claim, quotes);
    const known = this.claims.get(key);
    if (known) {
      this.hits++;
      // Refreshed in insertion order, so the oldest unused verdicts are the ones dropped.
      this.claims.delete(key);
      this.claims.set(key, known);
      return known.map((f) => moveFinding(f, at, lines));
    }
    this.misses++;
    const found = check();
    if (this.claims.size >= this.maxClaims) this.claims.delete(this.claims.keys().next().value!);
    this.claims.set(key, found.map((f) => moveFinding(f, -at)));
    return found;
  }
}

/**
 * A memo's verdicts as plain data (each claim's key and its findings, positions relative to the
 * claim), newest last: what a later run against the same index can take up again (see
 * `CheckMemo.remembered` and `CheckMemo.recall`).
 */
export type RememberedVerdicts = [key: string, findings: Finding[]][];

/** Everything a claim's verdicts depend on in the draft, with positions relative to the claim. */
function claimKey(draft: ParsedDraft, claim: DraftClaim, quotes: readonly QuoteMention[]): string {
  const { start, end } = claim.span;
  const rel = (s: Span | undefined) => (s ? `${s.start - start},${s.end - start}` : "");
  const parts = [
    draft.text.slice(start, end),
    draft.masked.slice(start, end),
    leftContext(draft.masked, start),
    textAfter(draft.masked, end, RIGHT_CONTEXT),
  ];
  for (const q of quotes) parts.push(`q${rel(q.span)}/${rel(q.outerSpan)}/${rel(q.speakerSpan)}/${q.speaker ?? ""}/${q.speakerType ?? ""}/${q.attribution}/${q.text}`);
  for (const g of claim.citations) parts.push(`c${rel(g.span)}/${g.refs.map((r) => `${r.key}@${rel(r.span)}@${rel(r.keySpan)}@${r.locator ?? ""}`).join(";")}`);
  return parts.join("\u0001");
}

/** How many characters `a` and `b` share from their start. */
function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
