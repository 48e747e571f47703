/**
 * What the writer is typing at the cursor, for completions: a citation key inside `[@…]`, the words
 * of a quotation after an opening quote mark, or plain prose.
 */
import type { Span } from "../types";

export type CompletionContext =
  /** Inside a citation group after `@`: `prefix` is the key typed so far, `replace` the key's span. */
  | { kind: "citation"; prefix: string; replace: Span; bracketStart: number; closed: boolean }
  /** After an opening quote mark: `prefix` is the quoted words typed so far, `replace` their span. */
  | { kind: "quote"; mark: "\"" | "“"; prefix: string; replace: Span; openOffset: number }
  /** Anywhere else: `word` is the word before the cursor (replaced by a fact completion). */
  | { kind: "prose"; word: Span };

const KEY_CHAR = /[A-Za-z0-9_:.#$%&+?<>~/-]/;

/** Classifies the cursor position `offset` in `text`. Looks only at the current line, so it is O(line). */
export function completionContext(text: string, offset: number): CompletionContext {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);

  // Citation: an unclosed `[` on this line whose content ends in `@key-so-far`, where the `@`
  // follows the `[`, a `;` or a space.
  const bracket = /\[([^\[\]]*)$/.exec(before);
  if (bracket) {
    const token = /(?:^|[;\s])@([A-Za-z0-9_:.#$%&+?<>~/-]*)$/.exec(bracket[1]);
    if (token) {
      let end = offset;
      while (end < lineEnd && KEY_CHAR.test(text[end])) end++;
      const afterKey = text.slice(end, lineEnd);
      return {
        kind: "citation",
        prefix: token[1],
        replace: { start: offset - token[1].length, end },
        bracketStart: lineStart + bracket.index,
        closed: /^[^\[]*\]/.test(afterKey),
      };
    }
  }

  // Quote: the last quote mark before the cursor on this line opens a quotation not yet closed.
  const curlyOpen = before.lastIndexOf("“");
  const curlyClose = before.lastIndexOf("”");
  const straight = [...before].reduce((n, c) => (c === "\"" ? n + 1 : n), 0);
  const lastStraight = before.lastIndexOf("\"");
  let open = -1;
  let mark: "\"" | "“" = "\"";
  if (curlyOpen > curlyClose && curlyOpen > lastStraight) {
    open = curlyOpen;
    mark = "“";
  } else if (straight % 2 === 1 && lastStraight > curlyOpen) {
    open = lastStraight;
  }
  if (open >= 0) {
    const prefix = before.slice(open + 1);
    // A quotation is short and on one line; a very long "prefix" means we misread the marks.
    if (prefix.length <= 200) return { kind: "quote", mark, prefix, replace: { start: lineStart + open + 1, end: offset }, openOffset: lineStart + open };
  }

  const word = /[\p{L}\p{N}£$€%.,-]*$/u.exec(before)?.[0] ?? "";
  return { kind: "prose", word: { start: offset - word.length, end: offset } };
}
