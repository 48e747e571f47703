import { splitSentences } from "../analysis/sentences";
import { parseCitations, type CitationGroup } from "../services/citations";
import { isIgnoredClaim } from "../services/findings";
import type { Span } from "../types";

/** A sentence of a draft to check, with the citations that belong to it. */
export interface DraftClaim {
  span: Span;
  citations: CitationGroup[];
  /** The paragraph the claim sits in. */
  paragraph: Span;
  /** The writer marked it `<!-- sourced-ignore -->`. */
  ignored: boolean;
}

/** A draft reduced to checkable prose. */
export interface ParsedDraft {
  text: string;
  /**
   * `text` with everything that is not prose blanked to spaces (same length, newlines kept):
   * front matter, code, HTML comments, link targets, headings, Markdown markers, citations.
   * Offsets into `masked` are offsets into `text`.
   */
  masked: string;
  paragraphs: Span[];
  claims: DraftClaim[];
  citations: CitationGroup[];
}

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** Parses a Markdown or plain-text draft into claims. */
export function parseDraft(text: string): ParsedDraft {
  const steps = parseDraftSteps(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Paragraphs split into sentences between two pauses of {@link parseDraftSteps}. */
const PARAGRAPHS_PER_STEP = 200;

/**
 * `parseDraft` as a generator that pauses (yields) after each whole-text pass and every few
 * hundred paragraphs, so a caller can spread a megabyte draft's parse over several event-loop turns
 * (see `checkDraftChunked`). Each step is a few milliseconds per megabyte. Returns the parsed draft.
 */
export function* parseDraftSteps(text: string): Generator<void, ParsedDraft, void> {
  let masked = text.replace(/\r/g, " ");
  const mask = (re: RegExp, keep?: (m: RegExpExecArray) => Span[]) => {
    masked = masked.replace(re, (...args) => {
      const m = args[0] as string;
      if (!keep) return blank(m);
      const offset = args[args.length - 2] as number;
      const groups = Object.assign([m], { index: offset }) as unknown as RegExpExecArray;
      const spans = keep(groups);
      let out = "";
      for (let i = 0; i < m.length; i++) out += spans.some((s) => i >= s.start && i < s.end) || m[i] === "\n" ? m[i] : " ";
      return out;
    });
  };
  // Front matter, fenced code, HTML comments and tags, inline code.
  mask(/^---\n[\s\S]*?\n(---|\.\.\.)[ \t]*(\n|$)/);
  yield;
  mask(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?(\n[ \t]*\2[^\n]*|$)/gm);
  yield;
  mask(/<!--[\s\S]*?-->/g);
  yield;
  mask(/<\/?[A-Za-z][^>\n]*>/g);
  yield;
  mask(/`[^`\n]*`/g);
  yield;
  // Headings and reference definitions are not claims.
  mask(/^[ \t]{0,3}#{1,6}[ \t][^\n]*/gm);
  yield;
  mask(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*/gm);
  yield;
  mask(/^(=+|-+)[ \t]*$/gm);
  yield;
  const citations = parseCitations(masked);
  yield;
  // One pass (re-slicing the whole text per citation was quadratic on megabyte drafts).
  if (citations.length) {
    const parts: string[] = [];
    let at = 0;
    for (const g of citations) {
      parts.push(masked.slice(at, g.span.start), blank(masked.slice(g.span.start, g.span.end)));
      at = g.span.end;
    }
    parts.push(masked.slice(at));
    masked = parts.join("");
  }
  // Links and images keep their text; the target goes.
  mask(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m) => [{ start: m[0].indexOf("[") + 1, end: m[0].indexOf("](") }]);
  yield;
  mask(/<https?:[^>\s]+>/g);
  yield;
  // Block and list markers, emphasis.
  mask(/^[ \t]*>[ \t]?/gm);
  yield;
  mask(/^[ \t]*([-*+]|\d+[.)])[ \t]+/gm);
  yield;
  mask(/(\*\*|__|\*|~~)(?=\S)|(?<=\S)(\*\*|__|\*|~~)/g);
  yield;

  const paragraphs: Span[] = [];
  const para = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = para.exec(masked); m; m = para.exec(masked)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  yield;

  const claims: DraftClaim[] = [];
  // Citations are in text order, like the sentences: a cursor replaces a scan per sentence.
  let c0 = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (pi > 0 && pi % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[pi]!;
    const sentences = splitSentences(masked, p.start, p.end, { keepQuotesTogether: true });
    sentences.forEach((s, i) => {
      const next = sentences[i + 1]?.start ?? p.end;
      // A citation belongs to the sentence it sits in or directly follows.
      while (c0 < citations.length && citations[c0]!.span.start < s.start) c0++;
      const cites: CitationGroup[] = [];
      for (let c = c0; c < citations.length && citations[c]!.span.start < next; c++) cites.push(citations[c]!);
      claims.push({ span: s, citations: cites, paragraph: p, ignored: isIgnoredClaim(text, s) });
    });
  }
  return { text, masked, paragraphs, claims, citations };
}
