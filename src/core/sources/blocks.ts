/**
 * Paragraph blocks and page-furniture detection for normalised source text.
 *
 * Scraped news text carries "page furniture": image credits, share prompts, bylines, newsletter
 * boxes, link lists after the article. Left in, it produces false matches (a caption repeating a
 * figure) and noise in search. The rules here are generic patterns of web and print-archive pages;
 * none is tuned to one article.
 */
import type { Span } from "../types";

/** A paragraph judged page furniture, and why. */
export interface FurnitureBlock {
  span: Span;
  reason: string;
}

/** The body paragraphs and the furniture of a text. */
export interface BlockSplit {
  blocks: Span[];
  furniture: FurnitureBlock[];
}

/** Hints from the source's metadata that help recognise furniture. */
export interface BlockOptions {
  /** The publisher's name: a line that is just this name is a masthead. */
  publisher?: string;
}

interface Candidate {
  span: Span;
  text: string;
  /** True when the candidate was split out of a multi-line paragraph as a standalone line. */
  standalone: boolean;
  /** Index of the blank-line-separated paragraph it came from. */
  paragraph: number;
  reason?: string;
}

const SHORT_MAX_WORDS = 12;
const SHORT_MAX_CHARS = 90;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'.&-]*/gu;
/** Words counted past this are not told apart: every rule asks "at most N words" with N <= 40. */
const WORD_COUNT_CAP = 64;

/** The number of words in `s`, up to `WORD_COUNT_CAP` (a long paragraph is not counted to its end). */
function wordCount(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < WORD_COUNT_CAP && WORD.exec(s)) n++;
  return n;
}

/** Ends like a sentence: `.`, `!`, `?` or an ellipsis, possibly followed by closing quotes/brackets. */
function hasSentenceEnd(s: string): boolean {
  return /[.!?\u2026]["')\]]*$/.test(s.trim());
}

/** Short, with no sentence-ending punctuation: a headline, a name, a menu item, a subhead. */
export function isShortLine(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= SHORT_MAX_CHARS && wordCount(t) <= SHORT_MAX_WORDS && !hasSentenceEnd(t);
}

/** Wrapped in quote marks: a pull quote or a quoted subhead, which is content, not furniture. */
function isQuotedLine(s: string): boolean {
  return /^["'].*["']$/.test(s.trim());
}

const CREDIT_AGENCIES =
  "getty images|getty|shutterstock|rex|reuters|alamy|afp|ap|pa|pa wire|pa images|pa media|epa|ap photo|istock|istockphoto|bloomberg|corbis";
const CREDIT_IN_BRACKETS = new RegExp(`\\((?:[^()]*\\b)?(?:${CREDIT_AGENCIES})\\b[^()]*\\)\\s*$`, "i");
const CREDIT_LINE = new RegExp(`^(?:(?:photo|image|picture)s?\\s*)?(?:©\\s*)?(?:${CREDIT_AGENCIES})(?:\\s*[/|,]\\s*(?:${CREDIT_AGENCIES}|[\\p{L} ]{1,30}))*\\.?$`, "iu");

/**
 * What a line must hold for a rule to have a chance (checked before the rule's pattern, since
 * most lines match no rule): `start`, one of the openings in {@link RULE_OPENINGS}; `)`, a
 * closing bracket at the end; the others, a word the pattern needs ({@link NEWSLETTER_HINT},
 * {@link COOKIE_HINT}) or "??". Each is implied by its rule's pattern.
 */
type Guard = "start" | "??" | ")" | "newsletter" | "cookie";

/** Held by every line the newsletter rule matches (its words, without the word boundaries that make the rule slow to fail). */
const NEWSLETTER_HINT = /newsletter|subscri/i;
/** Held by every line the cookie rule matches. */
const COOKIE_HINT = /cookie/i;

/**
 * A prefix of every line an anchored rule (a `start` guard) or a related-links heading can match,
 * case-insensitive: each alternative is the start of one of those rules' openings.
 */
const RULE_OPENINGS =
  /^(?:[-|\u2022*]?\s*by\s|picture|image|photo|credit|caption|follow|like|find|join|read|see|more|click|advertis|scroll|back|skip|jump|newspapers|sign|log|register|share|tweet|email|print|copy|whatsapp|pin|related|you|recommended|most|trending|also|latest|further|\u00a9|getty|shutterstock|rex|reuters|alamy|afp|ap|pa|epa|istock|bloomberg|corbis)/i;

/** Line-level furniture rules: each a pattern on the trimmed line, what it needs (see {@link Guard}) and the reason it reports. */
const LINE_RULES: { test: (line: string, words: () => number) => boolean; guard?: Guard; reason: string }[] = [
  { test: (l) => /^[^\p{L}\p{N}]+$/u.test(l), reason: "no words (symbols or placeholder marks only)" },
  { test: (l) => /(^|\s)\?\?(\s|$)/.test(l), guard: "??", reason: "image caption or credit (?? placeholder marks)" },
  { test: (l) => /^(picture|pictures|image|images|photo|photos|photograph|pictured|credit|photo credit|image credit|caption)\s*:/i.test(l), guard: "start", reason: "image caption or credit" },
  { test: (l, w) => CREDIT_IN_BRACKETS.test(l) && w() <= 40, guard: ")", reason: "image credit" },
  { test: (l) => CREDIT_LINE.test(l), guard: "start", reason: "image credit line" },
  { test: (l) => /^(follow|like|find|join) us on\b/i.test(l), guard: "start", reason: "social-media prompt" },
  { test: (l) => /^(read|see) (more|also|the latest)\b/i.test(l) || /^more (news|stories|on this)\b/i.test(l), guard: "start", reason: "read-more link" },
  { test: (l) => /^see more news\b/i.test(l), guard: "start", reason: "read-more link" },
  { test: (l) => /^click here\b/i.test(l), guard: "start", reason: "link prompt" },
  { test: (l) => /^advertis(e|ing)\b.*\b(here|with us)\b/i.test(l) || /^advertisement$/i.test(l), guard: "start", reason: "advertising prompt" },
  {
    // Only prompts: an imperative opening, or a short label; a sentence reporting on a newsletter is content.
    test: (l, w) =>
      /\b(newsletters?|subscribe|subscription|subscribers?)\b/i.test(l) &&
      w() <= 15 &&
      (/^(subscribe|sign up|get|join|receive|register|enter your|don't miss|never miss|our|the best)\b/i.test(l) || (w() <= 8 && !hasSentenceEnd(l))),
    guard: "newsletter",
    reason: "newsletter or subscribe prompt",
  },
  { test: (l) => /^(scroll to top|back to top|skip to (main )?content|jump to)\b/i.test(l), guard: "start", reason: "page navigation" },
  { test: (l) => /^newspapers (in|from)\b/i.test(l), guard: "start", reason: "press-archive footer" },
  { test: (l, w) => /^(sign (up|in)|log ?in|register)\b/i.test(l) && w() <= 12, guard: "start", reason: "sign-up prompt" },
  { test: (l, w) => /^(share|tweet|email|print|copy link|whatsapp|pin)\b(\s+(this|on|via|article|story|link)\b.*)?$/i.test(l) && w() <= 12, guard: "start", reason: "share prompt" },
  { test: (l, w) => /\bcookies?\b/i.test(l) && /\b(accept|consent|policy|we use|settings|preferences)\b/i.test(l) && w() <= 40, guard: "cookie", reason: "cookie notice" },
  { test: (l, w) => /^[-|\u2022*]?\s*[Bb][Yy]\s+\p{Lu}/u.test(l) && !hasSentenceEnd(l) && (w() <= 10 || wordCount(l.replace(BYLINE_STAMP, "")) <= 10), guard: "start", reason: "byline" },
  // The pattern first: it fails at a line's first words, where counting words reads them all.
  { test: (l, w) => TIME_STAMP.test(l) && w() <= 9, reason: "time stamp" },
];

/**
 * A page's time stamp on a line of its own: "Wednesday 12 March 2025 06.30 GMT", "Updated: 12
 * March 2025, 6:30pm", "March 12, 2025 10:04 a.m. ET", "12 March 2025": a date with its year, and
 * perhaps a clock time and a word that says it is the page's, alone on its line. The day of the
 * page, not of the story.
 */
const TIME_STAMP = new RegExp(
  String.raw`^(?:(?:last\s+)?(?:updated|published|posted|modified)\b:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?` +
    String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})` +
    String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T))?$`,
  "iu",
);

/**
 * A byline's time stamp after a separator, which adds words but no story: "By Samira Oyelaran,
 * Transport Correspondent · Wednesday 12 March 2025 06.30 GMT", "| Updated 12 March 2025, 6:30pm".
 * It holds a year or a clock time.
 */
const BYLINE_STAMP = /\s+[\u00b7|\u2022\u2013\u2014]\s+(?:(?:last\s+)?(?:updated|published|posted)\b:?\s*)?[\p{L}\d\s,.:]{0,40}?(?:\b\d{4}|\b\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s+(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T))?\s*$/iu;

/** A heading after which the rest of the page is a link list ("Related Articles", "More from ..."). */
function isRelatedHeading(line: string): boolean {
  return /^(related|more from|more on this|you may also like|recommended|most read|most popular|trending|also read|latest (news|stories)|further reading)(\s+(articles?|news|stories|posts|content|reading|links|topics|coverage))?\s*:?$/i.test(
    line.trim(),
  );
}

/** The furniture reason of a single line, if any (rules that do not need context). */
export function lineFurnitureReason(line: string): string | undefined {
  return furnitureReason(line, true);
}

/**
 * {@link lineFurnitureReason}, with each rule's guard checked first (`guarded`) or not: the two
 * give the same answer (a test holds them to it); the guards only skip patterns that cannot match.
 */
export function furnitureReason(line: string, guarded: boolean): string | undefined {
  const t = line.trim();
  if (!t) return undefined;
  // Counted only for the rules whose pattern matched: most lines match none.
  let counted = -1;
  const w = () => (counted < 0 ? (counted = wordCount(t)) : counted);
  const opens = !guarded || RULE_OPENINGS.test(t);
  const holds = (guard: Guard | undefined): boolean => {
    if (!guarded || guard === undefined) return true;
    if (guard === "start") return opens;
    if (guard === ")") return t.endsWith(")");
    if (guard === "??") return t.includes("??");
    return guard === "cookie" ? COOKIE_HINT.test(t) : NEWSLETTER_HINT.test(t);
  };
  for (const r of LINE_RULES) if (holds(r.guard) && r.test(t, w)) return r.reason;
  if (opens && isRelatedHeading(t)) return "related-links heading";
  return undefined;
}

function squash(s: string): string {
  const t = s.trim();
  // Most paragraphs have single spaces only: no need to rebuild them word by word.
  return (/[^\S ]| {2}/.test(t) ? t.replace(/\s+/g, " ") : t).toLowerCase();
}

/** Splits `text` into lines with their spans (the `\n` is not part of a line). */
function lines(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === "\n") {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

/** Trims whitespace off both ends of a span. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A paragraph whose longest line is at least this long may be hard-wrapped prose (see `standsAlone`). */
const WRAP_MIN_WIDTH = 60;

/**
 * Whether line `line` of a multi-line paragraph stands alone (a headline or label, not a wrapped
 * sentence). `width` is the paragraph's longest line.
 */
function standsAlone(text: string, line: Span, next: Span | undefined, width: number): boolean {
  const t = text.slice(line.start, line.end).trim();
  if (lineFurnitureReason(t)) return true;
  if (!isShortLine(t)) return false;
  // A line that fills the width a paragraph is wrapped at is wrapped prose, whatever word ends it
  // ("... a retired electrician, Peter\nHale, said ..."): a headline or label is shorter.
  if (next && width >= WRAP_MIN_WIDTH && line.end - line.start >= 0.6 * width) return false;
  // Hard-wrapped prose also gives short lines without a full stop; those continue in lower case
  // or end on a comma or hyphen. A standalone label starts with a capital and the next line too.
  if (!/^[\p{Lu}\p{N}"']/u.test(t)) return false;
  if (/[,;:-]$/.test(t)) return false;
  if (next) {
    const n = text.slice(next.start, next.end).trim();
    if (/^\p{Ll}/u.test(n)) return false;
  }
  return true;
}

/**
 * Splits normalised text into paragraph blocks and page furniture.
 *
 * Paragraphs are separated by blank lines; within a paragraph a single newline is kept, except that a
 * standalone short line (a headline, a name, a credit) becomes its own block. Furniture rules then run
 * in document order, and finally a trailing run of short unpunctuated lines after the body is dropped.
 * `region` limits the work to part of `text` (the body after front matter).
 */
export function splitBlocks(text: string, options: BlockOptions = {}, region: Span = { start: 0, end: text.length }): BlockSplit {
  const candidates: Candidate[] = [];
  let paragraph: Span[] = [];
  let paragraphIndex = 0;
  const flush = (): void => {
    if (paragraph.length === 0) return;
    // The width the paragraph is hard-wrapped at, if it is: its longest line.
    const width = Math.max(...paragraph.map((l) => l.end - l.start));
    const flags = paragraph.map((l, i) => paragraph.length > 1 && standsAlone(text, l, paragraph[i + 1], width));
    let groupStart = -1;
    const emit = (from: number, to: number, standalone: boolean): void => {
      const span = trimSpan(text, { start: paragraph[from].start, end: paragraph[to].end });
      if (span.end > span.start) candidates.push({ span, text: text.slice(span.start, span.end), standalone, paragraph: paragraphIndex });
    };
    for (let i = 0; i < paragraph.length; i++) {
      if (flags[i]) {
        if (groupStart >= 0) emit(groupStart, i - 1, false);
        groupStart = -1;
        emit(i, i, true);
      } else if (groupStart < 0) groupStart = i;
    }
    if (groupStart >= 0) emit(groupStart, paragraph.length - 1, false);
    paragraph = [];
    paragraphIndex++;
  };
  for (const line of lines(text, region.start, region.end)) {
    if (text.slice(line.start, line.end).trim() === "") flush();
    else paragraph.push(line);
  }
  flush();

  // Context-free rules, then rules that look back at earlier blocks.
  const publisher = options.publisher ? squash(options.publisher) : undefined;
  const seen = new Set<string>();
  const furnitureTexts: string[] = [];
  let afterRelated = false;
  for (const c of candidates) {
    const key = squash(c.text);
    if (afterRelated) c.reason = "after a related-links heading";
    else {
      c.reason = lineFurnitureReason(c.text.includes("\n") ? "" : c.text) ?? paragraphReason(c.text);
      if (c.reason === "related-links heading") afterRelated = true;
      else if (!c.reason && publisher && key === publisher) c.reason = "masthead (publisher name)";
      else if (!c.reason && seen.has(key)) c.reason = "repeats an earlier block";
      else if (!c.reason && key.length >= 20 && furnitureTexts.some((f) => f.includes(key))) c.reason = "repeats a caption or credit";
    }
    seen.add(key);
    if (c.reason) furnitureTexts.push(key);
  }

  markTrailingRun(candidates);
  const merged = mergeContinuations(text, candidates.filter((c) => !c.reason).flatMap(withDatelineApart));
  return {
    blocks: merged,
    furniture: candidates.filter((c) => c.reason).map((c) => ({ span: c.span, reason: c.reason as string })),
  };
}

/** A dateline up to its agency in brackets (see `DATELINE`). */
const DATELINE_HEAD = String.raw`^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*[\p{L}.'’ ]{2,30}?){0,2}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*\([^()\n]{2,40}\)`;
/**
 * A wire's dateline: a place in capitals, perhaps a region and a day, the agency in brackets,
 * then a dash ("LONDON, May 14 (Reuters) - ", "LENTON, England, March 10 (City Wire) - ",
 * "WASHINGTON (AP) — ").
 */
const DATELINE = new RegExp(DATELINE_HEAD + String.raw`\s*[-–—]+\s+(?=\S)`, "u");

/** A dateline at the start of any line. */
const DATELINE_LINE = new RegExp(DATELINE_HEAD, "mu");
/** A dateline's day, before its agency: "September 9 (". */
const DATELINE_MONTH_DAY = /,\s*(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})\s*\($/u;
const MONTH_STARTS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The month and day of a wire's dateline among the first lines of `text` ("WENDLEFORD, England,
 * September 9 (Meridian Press) —"): the day of a report whose year is given nowhere.
 */
export function datelineDay(text: string): { month: number; day: number } | undefined {
  const line = DATELINE_LINE.exec(text.slice(0, 1000));
  const m = line ? DATELINE_MONTH_DAY.exec(line[0].replace(/\([^()]*\)$/, "(")) : null;
  if (!m) return undefined;
  const month = MONTH_STARTS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  return month > 0 && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/** A dateline set apart as its own block (see `withDatelineApart`): "SANTERRA, Valmora, March 11 (Continental Wire)". */
const DATELINE_ALONE = new RegExp(DATELINE_HEAD + String.raw`\s*$`, "u");

/** Whether `text` is a dateline alone: its place says where a story is, its agency in brackets says nothing of it. */
export function isDateline(text: string): boolean {
  return DATELINE_ALONE.test(text);
}

/**
 * A paragraph that opens on a dateline, as two blocks: the dateline, then the paragraph. Read as
 * part of the first sentence, the agency would be a person and its place a body who gave the
 * sentence's figures, and its day the day of the sentence's event; apart, the place still says
 * where the story is.
 */
function withDatelineApart(c: Candidate): Candidate[] {
  const m = DATELINE.exec(c.text);
  if (!m) return [c];
  const dateline = m[0].replace(/\s*[-–—]+\s+$/, "");
  return [
    { ...c, span: { start: c.span.start, end: c.span.start + dateline.length }, text: dateline, standalone: true },
    { ...c, span: { start: c.span.start + m[0].length, end: c.span.end }, text: c.text.slice(m[0].length), standalone: true },
  ];
}

/** Furniture reason for a multi-line group: furniture only when every line is. */
function paragraphReason(text: string): string | undefined {
  if (!text.includes("\n")) return undefined;
  const reasons = text.split("\n").map((l) => lineFurnitureReason(l));
  return reasons.every((r) => r) ? reasons[0] : undefined;
}

/**
 * After the body, pages end with labels, names and job titles (author boxes, tag lists). Walking back
 * from the end, short unpunctuated lines are furniture until the first real paragraph. The first kept
 * block (the headline) is never dropped this way, and quoted lines (pull quotes) stop the walk.
 */
function markTrailingRun(candidates: Candidate[]): void {
  const firstKept = candidates.findIndex((c) => !c.reason);
  const hasBody = candidates.some((c) => !c.reason && hasSentenceEnd(c.text) && !isShortLine(c.text));
  if (firstKept < 0 || !hasBody) return;
  for (let i = candidates.length - 1; i > firstKept; i--) {
    const c = candidates[i];
    if (c.reason) continue;
    if (!c.text.includes("\n") && isShortLine(c.text) && !isQuotedLine(c.text)) c.reason = "short line after the body";
    else break;
  }
}

/**
 * Joins a paragraph that stops mid-sentence (ends with a comma, semicolon or dash) to the next one:
 * scraped text often breaks a sentence across a blank line, and a sentence split in two would never
 * match a claim.
 */
function mergeContinuations(text: string, kept: Candidate[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    const prev = out[out.length - 1];
    const prevCandidate = kept[i - 1];
    if (
      prev &&
      prevCandidate &&
      !prevCandidate.standalone &&
      !c.standalone &&
      prevCandidate.paragraph + 1 === c.paragraph &&
      /[,;-]$/.test(text.slice(prev.start, prev.end))
    ) {
      prev.end = c.span.end;
    } else out.push({ ...c.span });
  }
  return out;
}
