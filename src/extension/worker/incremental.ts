/**
 * Incremental re-checks: after an edit, only the paragraphs around the change are checked again
 * (`within`), and the previous findings of the other paragraphs are kept (shifted by the edit's
 * length). A claim can depend on text outside its paragraph (a quote's speaker named earlier, an
 * ignore marker, a code fence), so the result is provisional: the caller follows it with a full
 * check once the writer pauses.
 */
import { LineIndex } from "../../core/text/lineIndex";
import { moveFinding } from "../../core/services/findings";
import type { Finding, Span } from "../../core/types";

/** The edited span of `next` against `prev`: common prefix and suffix left out. `oldEnd` is in `prev`. */
export function changedSpan(prev: string, next: string): { start: number; end: number; oldEnd: number } {
  const min = Math.min(prev.length, next.length);
  let p = 0;
  while (p < min && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  let s = 0;
  while (s < min - p && prev.charCodeAt(prev.length - 1 - s) === next.charCodeAt(next.length - 1 - s)) s++;
  return { start: p, end: next.length - s, oldEnd: prev.length - s };
}

const isBlank = (t: string, from: number, to: number): boolean => t.slice(from, to).trim() === "";

/** Offset of the blank-line separator before `at` (0 when none): the start of `at`'s paragraph. */
export function paragraphStart(t: string, at: number): number {
  let i = t.lastIndexOf("\n", at - 1);
  while (i > 0) {
    const j = t.lastIndexOf("\n", i - 1);
    if (j < 0) return 0;
    if (isBlank(t, j + 1, i)) return j;
    i = j;
  }
  return 0;
}

/** Offset of the blank-line separator after `at` (the text's length when none): the end of `at`'s paragraph. */
export function paragraphEnd(t: string, at: number): number {
  let i = t.indexOf("\n", at);
  while (i >= 0) {
    const j = t.indexOf("\n", i + 1);
    if (j < 0) return t.length;
    if (isBlank(t, i + 1, j)) return i;
    i = j;
  }
  return t.length;
}

/**
 * What to re-check in `next` after an edit from `prev`: the edited paragraphs, in `next`'s offsets,
 * and where that region ends in `prev`. (Neighbouring paragraphs are left to the full check that
 * follows: re-checking them too tripled the cost of a keystroke on a large corpus.)
 */
export function recheckRegion(prev: string, next: string): { within: Span; oldEnd: number } {
  const edit = changedSpan(prev, next);
  const start = paragraphStart(next, edit.start);
  const end = paragraphEnd(next, edit.end);
  const delta = next.length - prev.length;
  return { within: { start, end: Math.max(end, edit.end) }, oldEnd: Math.max(end, edit.end) - delta };
}

/**
 * `prev`'s findings outside the region (those after it shifted into `next`'s offsets), with
 * `fresh` (the region's findings, checked on `next`) in between. Claims touching the region's
 * edges are in `fresh` (the engine checks claims that touch `within`).
 */
export function mergeFindings(prevFindings: readonly Finding[], fresh: readonly Finding[], next: string, within: Span, oldEnd: number): Finding[] {
  const delta = within.end - oldEnd;
  const before = prevFindings.filter((f) => f.claimSpan.end < within.start);
  const afterOld = prevFindings.filter((f) => f.claimSpan.start > oldEnd);
  let lines: LineIndex | undefined;
  const after = afterOld.map((f): Finding => {
    if (delta === 0 && !lines) return f;
    lines ??= new LineIndex(next);
    return moveFinding(f, delta, lines);
  });
  return [...before, ...fresh, ...after];
}
