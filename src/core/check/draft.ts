import { splitSentences } from "../analysis/sentences";
import { parseCitations, type CitationGroup } from "../services/citations";
import { isIgnoredClaim } from "../services/findings";
import { runToEnd } from "../steps";
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
export function parseDraft(text: string, options: ParseStepsOptions = {}): ParsedDraft {
  return runToEnd(parseDraftSteps(text, options));
}

/** Options of {@link parseDraftSteps} (for tests: small regions put region edges everywhere). */
export interface ParseStepsOptions {
  /** Characters per region of whole lines masked in one step. Default 32,768. */
  regionChars?: number;
  /** Sentences of paragraphs split before (a re-check after an edit splits only the edited ones). */
  splits?: ParagraphSplits;
}

/**
 * The sentences of paragraphs already split, by the paragraph's masked text: splitting reads
 * only the paragraph (and the character before it), so a paragraph that reads as before splits
 * as before, wherever it now is. A long draft's re-check after an edit then splits one paragraph.
 */
export class ParagraphSplits {
  private readonly held = new Map<string, readonly Span[]>();

  /** `max`: paragraphs held; all are forgotten when it is reached (a draft's worth by default). */
  constructor(private readonly max = 20_000) {}

  /** `splitSentences` over paragraph `p` of `masked`, quotes kept together. */
  split(masked: string, p: Span): Span[] {
    const key = (masked[p.start - 1] ?? "") + masked.slice(p.start, p.end);
    let relative = this.held.get(key);
    if (!relative) {
      relative = splitSentences(masked, p.start, p.end, { keepQuotesTogether: true }).map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
      if (this.held.size >= this.max) this.held.clear();
      this.held.set(key, relative);
    }
    return relative.map((s) => ({ start: s.start + p.start, end: s.end + p.start }));
  }
}

/** Characters of whole lines masked in one step of {@link parseDraftSteps} (a few ms each). */
const REGION_CHARS = 32_768;
/** Paragraphs found in one step of {@link parseDraftSteps}. */
const PARAGRAPHS_FOUND_PER_STEP = 2_000;
/** Paragraphs split into sentences in one step of {@link parseDraftSteps}. */
const PARAGRAPHS_PER_STEP = 50;
/** HTML comments found in one step of {@link parseDraftSteps}. */
const COMMENTS_PER_STEP = 2_000;

/**
 * Masks inside one line each (no match crosses a newline), in the order they apply: run over any
 * run of whole lines they give what they give over the whole text. Each comes with the strings
 * one of which any match holds: a region holding none of them is not scanned (most are prose).
 */
const LINE_MASKS_BEFORE_CITATIONS: [RegExp, string[]][] = [
  // HTML tags, inline code.
  [/<\/?[A-Za-z][^>\n]*>/g, ["<"]],
  [/`[^`\n]*`/g, ["`"]],
  // Headings and reference definitions are not claims.
  [/^[ \t]{0,3}#{1,6}[ \t][^\n]*/gm, ["#"]],
  [/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*/gm, ["]:"]],
  [/^(=+|-+)[ \t]*$/gm, ["=", "-"]],
];
/** Links and images keep their text; the target goes. */
const LINK = /!?\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const LINE_MASKS_AFTER_LINKS: [RegExp, string[]][] = [
  [/<https?:[^>\s]+>/g, ["<http"]],
  // Block and list markers, emphasis.
  [/^[ \t]*>[ \t]?/gm, [">"]],
  [/^[ \t]*([-*+]|\d+[.)])[ \t]+/gm, ["-", "*", "+", ".", ")"]],
  [/(\*\*|__|\*|~~)(?=\S)|(?<=\S)(\*\*|__|\*|~~)/g, ["*", "_", "~"]],
];

/** `mask(s, re)` where `s` may hold a match (it holds one of `needs`), else `s` as it is. */
function maskIfHeld(s: string, [re, needs]: [RegExp, string[]]): string {
  return needs.some((n) => s.includes(n)) ? mask(s, re) : s;
}

function mask(s: string, re: RegExp, keep?: (m: string) => Span[]): string {
  return s.replace(re, (m: string) => {
    if (!keep) return blank(m);
    const spans = keep(m);
    let out = "";
    for (let i = 0; i < m.length; i++) out += spans.some((k) => i >= k.start && i < k.end) || m[i] === "\n" ? m[i] : " ";
    return out;
  });
}

/** `s` (which starts at `offset` of the text) with the parts of `spans` (sorted, from `cursor.i`) inside it blanked. */
function blankSpans(s: string, offset: number, spans: Span[], cursor: { i: number }): string {
  const end = offset + s.length;
  while (cursor.i < spans.length && spans[cursor.i]!.end <= offset) cursor.i++;
  let out = "";
  let at = 0;
  for (let k = cursor.i; k < spans.length && spans[k]!.start < end; k++) {
    const from = Math.max(spans[k]!.start - offset, at);
    const to = Math.min(spans[k]!.end - offset, s.length);
    if (to <= from) continue;
    out += s.slice(at, from) + blank(s.slice(from, to));
    at = to;
  }
  return at === 0 ? s : out + s.slice(at);
}

/**
 * End of the YAML front matter at offset 0 (0 when there is none): what
 * `/^---\n[\s\S]*?\n(---|\.\.\.)[ \t]*(\n|$)/` matches once `\r` is a space, found with `indexOf`.
 */
function frontMatterEnd(text: string): number {
  if (!text.startsWith("---\n")) return 0;
  let dash = text.indexOf("\n---", 4);
  let dots = text.indexOf("\n...", 4);
  while (dash >= 0 || dots >= 0) {
    const c = dots < 0 || (dash >= 0 && dash < dots) ? dash : dots;
    let j = c + 4;
    while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
    if (j >= text.length) return text.length;
    if (text[j] === "\n") return j + 1;
    if (c === dash) dash = text.indexOf("\n---", c + 1);
    else dots = text.indexOf("\n...", c + 1);
  }
  return 0;
}

/** Start of the line after the one holding `i` (the text length on the last line). */
const nextLine = (text: string, i: number): number => {
  const nl = text.indexOf("\n", i);
  return nl < 0 ? text.length : nl + 1;
};

/**
 * `parseDraft` as a generator that pauses (yields) every few milliseconds of work, so a caller can
 * spread a megabyte draft's parse over many event-loop turns (see `checkDraftChunked`). No step
 * passes over the whole text with a regular expression:
 *
 * - the text is cut into regions of whole lines (about {@link REGION_CHARS} each);
 * - the constructs that cross lines are found first, each with a scan that pauses: front matter
 *   (at offset 0, by `indexOf`), fenced code (the fence pattern run per region on the region and
 *   the three lines after it, which hold any fence that opens in it) and HTML comments (`indexOf`
 *   for `<!--` and `-->`, skipping those already blanked as front matter or code);
 * - then each region is masked on its own: the constructs above blanked, then every line-local
 *   mask (tags, code, headings, citations, links, markers) in the order `parseDraft` always applied them;
 * - paragraphs and sentences follow, a few thousand / fifty paragraphs per step.
 *
 * The result is the same whatever the region size (tests run it with regions of one line).
 */
export function* parseDraftSteps(text: string, options: ParseStepsOptions = {}): Generator<void, ParsedDraft, void> {
  const regionChars = Math.max(1, Math.floor(options.regionChars ?? REGION_CHARS));
  const n = text.length;
  const regions: Span[] = [];
  for (let a = 0; a < n; ) {
    const b = a + regionChars >= n ? n : nextLine(text, a + regionChars - 1);
    regions.push({ start: a, end: b });
    a = b;
  }
  const source = (a: number, b: number): string => text.slice(a, b).replace(/\r/g, " ");

  // Front matter, then fenced code: blanked before anything else is looked for.
  const fm = frontMatterEnd(text);
  const frontMatter: Span[] = fm > 0 ? [{ start: 0, end: fm }] : [];
  const blanked: Span[] = [...frontMatter];
  yield;
  // Fenced code: an opening fence line, then everything up to the line that closes it with the
  // same marker (or the end of the draft), scanned line by line so it can pause between regions.
  {
    let at = fm;
    let region = 0;
    let open: { start: number; marker: string } | undefined;
    while (at < n) {
      const lineEnd = text.indexOf("\n", at) < 0 ? n : text.indexOf("\n", at);
      const line = text.slice(at, lineEnd);
      if (open) {
        if (new RegExp(`^[ \\t]*${open.marker}`).test(line)) {
          blanked.push({ start: open.start, end: lineEnd });
          open = undefined;
        }
      } else {
        const m = /^[ \t]*(```|~~~)/.exec(line);
        if (m && lineEnd < n) open = { start: at, marker: m[1] === "```" ? "```" : "~~~" };
      }
      at = lineEnd + 1;
      while (region < regions.length && regions[region]!.end <= at) {
        region++;
        yield;
      }
    }
    if (open) blanked.push({ start: open.start, end: n });
  }
  blanked.sort((a, b) => a.start - b.start);
  yield;

  // HTML comments, in the text with front matter and code blanked (a `<!--` in code does not open one).
  const comments: Span[] = [];
  {
    let k = 0;
    const clear = (at: number, len: number): boolean => {
      while (k < blanked.length && blanked[k]!.end <= at) k++;
      return !(k < blanked.length && blanked[k]!.start < at + len);
    };
    let from = 0;
    while (from < n) {
      const open = text.indexOf("<!--", from);
      if (open < 0) break;
      if (!clear(open, 4)) {
        from = open + 1;
        continue;
      }
      let close = text.indexOf("-->", open + 4);
      while (close >= 0 && !clear(close, 3)) close = text.indexOf("-->", close + 1);
      // Unclosed: no later `<!--` closes either.
      if (close < 0) break;
      comments.push({ start: open, end: close + 3 });
      from = close + 3;
      if (comments.length % COMMENTS_PER_STEP === 0) yield;
    }
  }
  yield;

  // Each region masked on its own (front matter, code and comments blanked first).
  const parts: string[] = [];
  const citations: CitationGroup[] = [];
  const blankedAt = { i: 0 };
  const commentsAt = { i: 0 };
  for (const r of regions) {
    let s = blankSpans(blankSpans(source(r.start, r.end), r.start, blanked, blankedAt), r.start, comments, commentsAt);
    for (const m of LINE_MASKS_BEFORE_CITATIONS) s = maskIfHeld(s, m);
    const groups = parseCitations(s);
    if (groups.length) {
      const pieces: string[] = [];
      let at = 0;
      for (const g of groups) {
        pieces.push(s.slice(at, g.span.start), blank(s.slice(g.span.start, g.span.end)));
        at = g.span.end;
        citations.push(shiftGroup(g, r.start));
      }
      pieces.push(s.slice(at));
      s = pieces.join("");
    }
    if (s.includes("](")) s = mask(s, LINK, (m) => [{ start: m.indexOf("[") + 1, end: m.indexOf("](") }]);
    for (const m of LINE_MASKS_AFTER_LINKS) s = maskIfHeld(s, m);
    parts.push(s);
    yield;
  }
  const masked = parts.join("");
  yield;

  const paragraphs: Span[] = [];
  const para = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = para.exec(masked); m; m = para.exec(masked)) {
    paragraphs.push({ start: m.index, end: m.index + m[0].length });
    if (paragraphs.length % PARAGRAPHS_FOUND_PER_STEP === 0) yield;
  }
  yield;

  const claims: DraftClaim[] = [];
  // Citations are in text order, like the sentences: a cursor replaces a scan per sentence.
  let c0 = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (pi > 0 && pi % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[pi]!;
    const sentences = options.splits ? options.splits.split(masked, p) : splitSentences(masked, p.start, p.end, { keepQuotesTogether: true });
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

function shiftGroup(g: CitationGroup, by: number): CitationGroup {
  if (by === 0) return g;
  const s = (x: Span): Span => ({ start: x.start + by, end: x.end + by });
  return { span: s(g.span), refs: g.refs.map((r) => ({ ...r, span: s(r.span), keySpan: s(r.keySpan) })) };
}
