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
  mask(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?(\n[ \t]*\2[^\n]*|$)/gm);
  mask(/<!--[\s\S]*?-->/g);
  mask(/<\/?[A-Za-z][^>\n]*>/g);
  mask(/`[^`\n]*`/g);
  // Headings and reference definitions are not claims.
  mask(/^[ \t]{0,3}#{1,6}[ \t][^\n]*/gm);
  mask(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*/gm);
  mask(/^(=+|-+)[ \t]*$/gm);
  const citations = parseCitations(masked);
  for (const g of citations) masked = masked.slice(0, g.span.start) + blank(masked.slice(g.span.start, g.span.end)) + masked.slice(g.span.end);
  // Links and images keep their text; the target goes.
  mask(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m) => [{ start: m[0].indexOf("[") + 1, end: m[0].indexOf("](") }]);
  mask(/<https?:[^>\s]+>/g);
  // Block and list markers, emphasis.
  mask(/^[ \t]*>[ \t]?/gm);
  mask(/^[ \t]*([-*+]|\d+[.)])[ \t]+/gm);
  mask(/(\*\*|__|\*|~~)(?=\S)|(?<=\S)(\*\*|__|\*|~~)/g);

  const paragraphs: Span[] = [];
  const para = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = para.exec(masked); m; m = para.exec(masked)) paragraphs.push({ start: m.index, end: m.index + m[0].length });

  const claims: DraftClaim[] = [];
  for (const p of paragraphs) {
    const sentences = splitSentences(masked, p.start, p.end, { keepQuotesTogether: true });
    sentences.forEach((s, i) => {
      const next = sentences[i + 1]?.start ?? p.end;
      // A citation belongs to the sentence it sits in or directly follows.
      const cites = citations.filter((g) => g.span.start >= s.start && g.span.start < next);
      claims.push({ span: s, citations: cites, paragraph: p, ignored: isIgnoredClaim(text, s) });
    });
  }
  return { text, masked, paragraphs, claims, citations };
}
