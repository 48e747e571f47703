/**
 * Text normalisation with an offset map back to the raw text.
 *
 * Sources and drafts write the same words with different typography (curly vs straight quotes,
 * en dashes vs hyphens, non-breaking spaces). Matching is done on normalised text, but every finding
 * must point at the exact place in the original file, so each normalised character remembers the raw
 * offset it came from.
 */

import { OffsetMap } from "./offsetMap";

/** Normalised text plus, for each of its characters, the raw offset it came from. */
export interface NormalizedText {
  text: string;
  /**
   * `offsetMap[i]` = offset in the raw string of `text[i]`; `offsetMap[text.length]` = raw length.
   * `raw.slice(offsetMap[i], offsetMap[i + 1])` is what `text[i]` came from (a collapsed run of
   * spaces maps to the whole run, a stripped zero-width character is absorbed by its neighbour).
   */
  offsetMap: Uint32Array;
}

const SINGLE_QUOTES = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u2035", "\u02BC", "\u00B4", "\u0060"]);
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2036", "\u00AB", "\u00BB", "\u2E42"]);
const DASHES = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D"]);
/** Characters removed outright: they carry no visible text. */
const ZERO_WIDTH = new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]);

/** True for horizontal whitespace (not newlines): tabs, NBSP, the Unicode space separators. */
function isHorizontalSpace(ch: string): boolean {
  return (
    ch === " " ||
    ch === "\t" ||
    ch === "\u000B" ||
    ch === "\u000C" ||
    ch === "\u00A0" ||
    ch === "\u1680" ||
    (ch >= "\u2000" && ch <= "\u200A") ||
    ch === "\u202F" ||
    ch === "\u205F" ||
    ch === "\u3000"
  );
}

/** Maps one raw character to its normalised form (a single character), or `undefined` to drop it. */
function mapChar(ch: string): string | undefined {
  if (ZERO_WIDTH.has(ch)) return undefined;
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (DASHES.has(ch)) return "-";
  if (isHorizontalSpace(ch)) return " ";
  return ch;
}

/**
 * Normalises `raw` for matching: curly quotes and primes to `'`/`"`, dashes to `-`, odd spaces to a
 * space, runs of spaces/tabs collapsed to one, zero-width characters removed, `\r\n`/`\r` to `\n`.
 * Newlines are kept so that paragraph structure survives.
 */
export function normalize(raw: string): NormalizedText {
  // One reading of the characters (normalizeToRuns); the table is its runs written out.
  const { text, offsetMap } = normalizeToRuns(raw);
  const table = new Uint32Array(text.length + 1);
  const runs = offsetMap.toRuns();
  for (let k = 0; k < runs.length; k += 2) {
    const end = k + 2 < runs.length ? runs[k + 2]! : table.length;
    for (let i = runs[k]!; i < end; i++) table[i] = i + runs[k + 1]!;
  }
  return { text, offsetMap: table };
}

/** Raw characters `normalize` may change: `\r`, odd spaces, backticks, anything past ASCII, and runs of spaces. */
const SPECIAL = /[\r\t\v\f`\u0080-\uffff]| {2,}/g;

/**
 * `normalize`, with its offset map held as runs, made without a per-character table: the text
 * between characters that change is copied as it is, and a run starts only where the shift between
 * the text and the raw string changes. Plain text (a source file) is read this way; an article
 * changes in a few places, so this is most of a load.
 */
export function normalizeToRuns(raw: string): { text: string; offsetMap: OffsetMap } {
  const parts: string[] = [];
  const starts: number[] = [];
  const shifts: number[] = [];
  let len = 0;
  let lastIsSpace = false;
  /** Notes that text offset `len` maps to raw offset `i`. */
  const place = (i: number): void => {
    const shift = i - len;
    if (!shifts.length || shifts[shifts.length - 1] !== shift) {
      starts.push(len);
      shifts.push(shift);
    }
  };
  /** Copies raw `[from, to)`, which holds nothing `normalize` changes but maybe a leading space. */
  const copy = (from: number, to: number): void => {
    if (from < to && lastIsSpace && raw.charCodeAt(from) === 32) from++;
    if (from >= to) return;
    place(from);
    parts.push(raw.slice(from, to));
    len += to - from;
    lastIsSpace = raw.charCodeAt(to - 1) === 32;
  };
  let at = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(raw); m; m = SPECIAL.exec(raw)) {
    copy(at, m.index);
    let i = m.index;
    const end = m.index + m[0].length;
    while (i < end) {
      const code = raw.charCodeAt(i);
      if (code === 13 /* \r */) {
        place(i);
        parts.push("\n");
        len++;
        lastIsSpace = false;
        i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
        continue;
      }
      const mapped = code === 32 ? " " : mapChar(raw[i]!);
      i++;
      if (mapped === undefined || (mapped === " " && lastIsSpace)) continue;
      place(i - 1);
      parts.push(mapped);
      len++;
      lastIsSpace = mapped === " ";
    }
    // A \r\n pair ends past the match.
    at = Math.max(end, i);
    SPECIAL.lastIndex = at;
  }
  copy(at, raw.length);
  place(raw.length);
  const text = parts.join("");
  const runs: number[] = [];
  for (let k = 0; k < starts.length; k++) runs.push(starts[k]!, shifts[k]!);
  return { text, offsetMap: OffsetMap.fromRuns(len + 1, runs) };
}

/**
 * Composes two offset maps: `inner` maps text -> intermediate, `outer` maps intermediate -> raw.
 * Used when a reader first strips markup (HTML, Markdown) and then normalises the result.
 */
export function composeOffsetMaps(inner: Uint32Array, outer: Uint32Array): Uint32Array {
  const result = new Uint32Array(inner.length);
  for (let i = 0; i < inner.length; i++) result[i] = outer[inner[i]];
  return result;
}

/** Maps a span of normalised text back to a span of the raw text it came from. */
export function toRawSpan(offsetMap: Uint32Array, start: number, end: number): { start: number; end: number } {
  const last = offsetMap.length - 1;
  const s = offsetMap[Math.max(0, Math.min(start, last))];
  const e = end <= start ? s : offsetMap[Math.max(0, Math.min(end, last))];
  return { start: s, end: e };
}
