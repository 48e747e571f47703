import type { Position, Range } from "../types";
import { lastAtOrBelow } from "./sortedSearch";

/**
 * Where each line of a text starts: enough to turn an offset into a `{ line, character }`
 * position without the text itself (a source whose text was not read back keeps these).
 *
 * `\n`, `\r\n` and a lone `\r` all end a line; the line break itself belongs to the line it ends.
 */
export class LineStarts {
  constructor(
    /** Offset of each line's first character, ascending, from 0. */
    readonly starts: readonly number[],
    /** The text's length: offsets clamp to it. */
    readonly length: number,
  ) {}

  /** The line starts of `text`. */
  static of(text: string): LineStarts {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return new LineStarts(starts, text.length);
  }

  /** The position of `offset` (clamped to `[0, length]`). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(Math.floor(offset), this.length));
    const line = lastAtOrBelow(this.starts, o);
    return { line, character: o - this.starts[line]! };
  }
}

/**
 * Converts between string offsets and 0-based `{ line, character }` positions (UTF-16 code units,
 * the way VS Code and the `Range` type count). Line starts are computed once; lookups are a binary
 * search, so converting every finding of a large file stays cheap.
 *
 * `\n`, `\r\n` and a lone `\r` all end a line; the line break itself belongs to the line it ends.
 */
export class LineIndex {
  private readonly lines: LineStarts;

  constructor(readonly text: string) {
    this.lines = LineStarts.of(text);
  }

  private get lineStarts(): readonly number[] {
    return this.lines.starts;
  }

  /** Number of lines (a text ending with a newline has an empty last line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of `offset` (clamped to `[0, text.length]`). */
  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  /** The offset of `position`; a character past the end of its line clamps to the line's end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** The range of `[start, end)` offsets. */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset where `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of `line`'s content (before its line break). */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    if (l + 1 >= this.lineStarts.length) return this.text.length;
    let e = this.lineStarts[l + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
}
