import type { Span } from "../types";

/**
 * `text` with the line breaks inside `span` read as spaces, every offset as it was (a break is
 * one character, as a space is): a paragraph hard-wrapped in its file or draft ("the largest
 * found in Norfolk since\n1978", "Peter\nHale said") is one line of prose, and the readers of a
 * sentence match "since 1978" and "Peter Hale" across one space. The text after the span keeps
 * its breaks (a blank line still ends what follows a claim).
 */
export function asOneLine(text: string, span: Span): string {
  return spansAsOneLine(text, [span]);
}

/**
 * `text` with the line breaks inside each of `spans` (a text's paragraphs, in order, apart) read
 * as spaces, as `asOneLine` does for one: one copy of the text at most, however many paragraphs.
 */
export function spansAsOneLine(text: string, spans: readonly Span[]): string {
  let out: string[] | undefined;
  let from = 0;
  for (const span of spans) {
    let i = span.start;
    while (i < span.end && text.charCodeAt(i) !== 10) i++;
    if (i >= span.end) continue;
    out ??= [];
    out.push(text.slice(from, span.start), text.slice(span.start, span.end).replace(/[\r\n]/g, " "));
    from = span.end;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}
