/**
 * Small text helpers for the editor surfaces: the sentence around the cursor, where to put a
 * citation in a claim, the quotation around an offset, a speaker named in a sentence.
 */
import type { Span } from "../types";
import { parseCitations } from "./citations";

/** The paragraph (text between blank lines) containing `offset`. */
export function paragraphAt(text: string, offset: number): Span {
  const blank = /\n[ \t]*\r?\n/g;
  let start = 0;
  let end = text.length;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    const mEnd = m.index + m[0].length;
    if (mEnd <= offset) start = mEnd;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The sentence around `offset` (approximate: ends at `.`, `!` or `?` followed by a space or line end,
 * bounded by the paragraph). For ranking completions, not for checking.
 */
export function sentenceAt(text: string, offset: number): Span {
  const para = paragraphAt(text, offset);
  const boundary = /[.!?]["'”’)\]]*\s+/g;
  boundary.lastIndex = 0;
  const body = text.slice(para.start, para.end);
  let start = para.start;
  let end = para.end;
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
    const mEnd = para.start + m.index + m[0].length;
    if (mEnd <= offset) start = mEnd;
    else {
      end = para.start + m.index + m[0].length;
      break;
    }
  }
  // Drop leading list markers / heading hashes and surrounding whitespace.
  const slice = text.slice(start, end);
  const lead = /^\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+|>\s*)?/.exec(slice)?.[0].length ?? 0;
  const trail = slice.length - slice.trimEnd().length;
  return { start: Math.min(start + lead, offset), end: Math.max(end - trail, offset) };
}

const CLOSING_QUOTES = "\"'”’";

/**
 * The edit that adds `key` to a claim's citation: ` [@key]` at the end of the claim before its final
 * punctuation, or `; @key` inside a citation group already there. Undefined when the claim already cites `key`.
 */
export function citationInsertion(text: string, claimSpan: Span, key: string): { offset: number; insert: string } | undefined {
  const claim = text.slice(claimSpan.start, claimSpan.end);
  const groups = parseCitations(text).filter((g) => g.span.start >= claimSpan.start && g.span.start <= claimSpan.end + 2);
  if (groups.some((g) => g.refs.some((r) => r.key.toLowerCase() === key.toLowerCase()))) return undefined;
  const last = groups[groups.length - 1];
  let end = claimSpan.start + claim.trimEnd().length;
  if (last && /^[\s.!?]*$/.test(text.slice(last.span.end, Math.max(end, last.span.end)))) {
    return { offset: last.span.end - 1, insert: `; @${key}` };
  }
  // Before the final run of sentence punctuation, unless it sits inside a closing quote (`"... it."`),
  // where the citation goes after the quote instead.
  let p = end;
  while (p > claimSpan.start && ".!?…".includes(text[p - 1])) p--;
  if (p < end) end = p;
  else if (p > claimSpan.start && CLOSING_QUOTES.includes(text[p - 1])) end = p;
  return { offset: end, insert: ` [@${key}]` };
}

/** A quotation in the draft: the span with its quote marks, and the quoted words inside them. */
export interface QuoteSpan {
  span: Span;
  inner: Span;
}

/** The quotation (`"..."` or `“...”`) containing `offset`, within its paragraph. */
export function quoteAt(text: string, offset: number): QuoteSpan | undefined {
  const para = paragraphAt(text, offset);
  for (const q of quotesIn(text, para)) if (offset >= q.span.start && offset <= q.span.end) return q;
  return undefined;
}

/** All quotations in `span` of `text`: curly pairs, and straight quotes paired in order. */
export function quotesIn(text: string, span: Span): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let openMark = "";
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    if (open < 0 && (c === "“" || c === "\"")) {
      open = i;
      openMark = c;
    } else if (open >= 0 && ((openMark === "“" && c === "”") || (openMark === "\"" && c === "\""))) {
      out.push({ span: { start: open, end: i + 1 }, inner: { start: open + 1, end: i } });
      open = -1;
    }
  }
  return out;
}

const SPEECH_VERBS = "said|says|told|added|adds|described|describes|stated|states|warned|warns|claimed|claims|insisted|explained|called";

/**
 * A speaker named in a sentence, by a simple pattern: a run of capitalised words before (or after)
 * a speech verb ("Cressida Dick said", "said Wil van Gemert"). Undefined when none is named.
 */
export function speakerInSentence(sentence: string): string | undefined {
  const name = "((?:[A-Z][\\p{L}'’-]+)(?:\\s+(?:(?:van|von|de|der|da|di|le|la|du)\\s+)?[A-Z][\\p{L}'’-]+)+)";
  const before = new RegExp(`${name}(?:,[^,"“]{0,80},)?\\s+(?:${SPEECH_VERBS})\\b`, "gu");
  let found: string | undefined;
  for (let m = before.exec(sentence); m; m = before.exec(sentence)) found = m[1];
  if (found) return found;
  const after = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+${name}`, "u").exec(sentence);
  return after?.[1];
}
