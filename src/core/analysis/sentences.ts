import type { Span } from "../types";

/**
 * Abbreviations that end with a period without ending a sentence (lowercase, without the period).
 * News text is full of titles ("Det Chief Supt.", "Dame"), so titles and common short forms are here.
 */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sir st mt no nos vs v etc e.g i.e a.m p.m approx est inc ltd co corp plc bros dept govt " +
    "det supt insp sgt cpl pc ch cllr col gen lt capt maj adm rev hon rep sen gov pres jr sr jan feb mar apr jun jul aug sep sept oct nov dec " +
    "fig op para pp p vol ed eds cf al u.s u.k u.n e.u"
  ).split(/\s+/),
);

const OPEN_QUOTES = new Set(['"', "\u201c", "\u2018"]);

/** Options for {@link splitSentences}. */
export interface SentenceOptions {
  /**
   * Keep a quotation that spans several sentences in one sentence (for drafts, where a claim
   * "X said: "A. B."" must keep its speaker). Sources split inside quotes for finer retrieval.
   */
  keepQuotesTogether?: boolean;
}

/**
 * Splits `text[start, end)` into sentence spans (trimmed, non-empty). Handles abbreviations,
 * decimals ("£13.4m"), initials, ellipses, closing quotes and brackets after the full stop, and
 * line breaks that end a heading or list item.
 */
export function splitSentences(text: string, start = 0, end = text.length, options: SentenceOptions = {}): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "\u201c" || c === "\u201d") {
      if (c === "\u201c") inQuote = true;
      else if (c === "\u201d") inQuote = false;
      else inQuote = !inQuote;
      // A quote closing on a full stop (`…beginning."`) may end the sentence too.
      if (inQuote || !options.keepQuotesTogether || !/[.!?]/.test(text[i - 1] ?? "")) continue;
      let j = i + 1;
      while (j < end && /["'\u201d\u2019)\]]/.test(text[j]!)) j++;
      if (j < end && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < end && /\s/.test(text[k]!)) k++;
      if (k < end && !/[\p{Lu}\p{N}"'\u201c\u2018(\[£$€#*-]/u.test(text[k]!)) continue;
      pushTrimmed(text, sentenceStart, j, spans);
      sentenceStart = j;
      i = j - 1;
      continue;
    }
    if (c === "\n") {
      // A single newline inside a paragraph ends a sentence only after a line with no final
      // punctuation that looks like a heading or list item; otherwise it is wrapped prose.
      const next = text.indexOf("\n", i + 1);
      const isBlank = next === i + 1 || /^\s*$/.test(text.slice(i + 1, next < 0 ? end : Math.min(next, end)));
      if (isBlank || /^\s*([-*+]|\d+[.)]|#)/.test(text.slice(i + 1, Math.min(end, i + 6)))) {
        pushTrimmed(text, sentenceStart, i, spans);
        sentenceStart = i + 1;
        inQuote = false;
      }
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    if (inQuote && options.keepQuotesTogether) continue;
    // Extend over repeated terminators, closing quotes and brackets: `end."` `?!` `...)`.
    let j = i + 1;
    while (j < end && /[.!?"'\u201d\u2019)\]]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue; // "13.4m", "e.g.x", "U.K.'s"
    if (c === "." && isAbbreviationBefore(text, i, sentenceStart)) continue;
    // The next sentence should start with a capital, digit, quote or bracket.
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && !/[\p{Lu}\p{N}"'\u201c\u2018(\[£$€#*-]/u.test(text[k]!)) continue;
    const closesQuote = /["\u201d]/.test(text.slice(i + 1, j));
    if (closesQuote) inQuote = false;
    pushTrimmed(text, sentenceStart, j, spans);
    sentenceStart = j;
    i = j - 1;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

function isAbbreviationBefore(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  // "cut its target price to 820p. Tom Ashdown ...": a unit on a figure ends a sentence as any word does ("p. 12" is a page).
  if (s > floor && /\p{N}/u.test(text[s - 1]!)) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initial ("J. K. Rowling") but not a sentence-final "I." or acronyms at the end.
  if (/^\p{Lu}$/u.test(text.slice(s, dot)) && dot - s === 1) return true;
  return false;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

export { OPEN_QUOTES };
