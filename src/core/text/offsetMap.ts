import { lastAtOrBelow } from "./sortedSearch";

/**
 * Where each character of a text derived from an original (normalised, markup stripped) came from
 * in the original, held as runs of characters that sit at a constant shift from their origin.
 *
 * A news article changes in a few places when normalised (a collapsed space, a `\r\n`, a stripped
 * tag), so its map is a few runs, where a table of one offset per character took four bytes per
 * character: 128 MB for a 32 MB archive, held for as long as the documents are.
 */
export class OffsetMap {
  private constructor(
    /** Entries: the derived text's length plus one (the last maps the end). */
    readonly length: number,
    /** Index of the first entry of each run, ascending, from 0. */
    private readonly starts: Int32Array,
    /** Each run's shift: an entry `i` of run `k` maps to `i + shifts[k]`. */
    private readonly shifts: Int32Array,
  ) {}

  /** The map whose entry `i` is `offsets[i]` (non-decreasing offsets). */
  static from(offsets: ArrayLike<number>): OffsetMap {
    const n = offsets.length;
    let runs = 0;
    for (let i = 0; i < n; i++) if (i === 0 || offsets[i]! - i !== offsets[i - 1]! - (i - 1)) runs++;
    const starts = new Int32Array(runs);
    const shifts = new Int32Array(runs);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const shift = offsets[i]! - i;
      if (i === 0 || shift !== shifts[k - 1]) {
        starts[k] = i;
        shifts[k++] = shift;
      }
    }
    return new OffsetMap(n, starts, shifts);
  }

  /** Entry `i` maps to `i` (a text that is its own original), for `length` entries. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length, new Int32Array(length ? [0] : []), new Int32Array(length ? [0] : []));
  }

  /**
   * The map of `length` entries whose runs are `runs` (`[start, shift, start, shift, …]`, as
   * `toRuns` gives them). Throws when they do not describe a map: runs that do not start at 0 or
   * do not ascend.
   */
  static fromRuns(length: number, runs: readonly number[]): OffsetMap {
    const k = runs.length >> 1;
    if (runs.length % 2 || !Number.isInteger(length) || length < 0 || (length > 0) !== (k > 0)) throw new Error("offset map runs: bad shape");
    const starts = new Int32Array(k);
    const shifts = new Int32Array(k);
    for (let i = 0; i < k; i++) {
      starts[i] = runs[2 * i]!;
      shifts[i] = runs[2 * i + 1]!;
      if (i === 0 ? starts[0] !== 0 : !(starts[i]! > starts[i - 1]! && starts[i]! < length)) throw new Error("offset map runs: not ascending from 0");
    }
    return new OffsetMap(length, starts, shifts);
  }

  /** The runs as `[start, shift, start, shift, …]`: what `fromRuns` takes, to store a map. */
  toRuns(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.starts.length; i++) out.push(this.starts[i]!, this.shifts[i]!);
    return out;
  }

  /** The original offset of entry `i` (0 <= i < length), else `undefined`. */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return i + this.shifts[lastAtOrBelow(this.starts, i)]!;
  }

  /** Runs of constant shift: what the map holds (for tests and memory figures). */
  get runs(): number {
    return this.starts.length;
  }

  /** Every entry, in order. */
  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i)!);
    return out;
  }
}
