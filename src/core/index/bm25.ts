/**
 * BM25 over sentences, scoring exactly as MiniSearch 7 does for one field with
 * `tokenize: s => s.split(" ")`, `processTerm: t => t || null` and default search options
 * (no prefix, no fuzzy, OR, BM25+ with k 1.2, b 0.7, d 0.5): same scores to the last bit and the
 * same order (score descending, ties in the order MiniSearch's result map meets them). What it
 * adds: flat posting lists (cheap to build, to persist and to rebuild), top-k selection instead of
 * sorting every hit, and removal of a run of consecutive ids (one document's sentences).
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

interface Posting {
  ids: number[];
  tfs: number[];
}

export class Bm25 {
  private readonly postings = new Map<string, Posting>();
  /** Unique whitespace tokens per id (MiniSearch's field length); -1 for ids not indexed. */
  private fieldLength: Int32Array = new Int32Array(1024).fill(-1);
  private avgFieldLength = 0;
  private count = 0;
  // Per-query scratch, indexed by id.
  private acc = new Float64Array(1024);
  private quality = new Uint16Array(1024);

  /** Number of indexed ids. */
  get size(): number {
    return this.count;
  }

  private grow(id: number): void {
    if (id < this.fieldLength.length) return;
    let n = this.fieldLength.length;
    while (n <= id) n *= 2;
    const fl = new Int32Array(n).fill(-1);
    fl.set(this.fieldLength);
    this.fieldLength = fl;
    this.acc = new Float64Array(n);
    this.quality = new Uint16Array(n);
  }

  /** Indexes `id` (larger than every id added before) with its terms joined by spaces. */
  add(id: number, terms: string): void {
    this.grow(id);
    const tokens = terms.split(" ");
    const unique = new Set(tokens).size;
    this.fieldLength[id] = unique;
    this.avgFieldLength = (this.avgFieldLength * this.count + unique) / (this.count + 1);
    this.count++;
    for (const t of tokens) {
      if (!t) continue;
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { ids: [], tfs: [] }));
      const last = p.ids.length - 1;
      if (last >= 0 && p.ids[last] === id) p.tfs[last]!++;
      else {
        p.ids.push(id);
        p.tfs.push(1);
      }
    }
  }

  /** Removes ids `first..last` (inclusive), which were added with these `terms`. */
  removeRange(first: number, last: number, termsOf: (id: number) => string): void {
    const seen = new Set<string>();
    for (let id = first; id <= last; id++) {
      const length = this.fieldLength[id] ?? -1;
      if (length < 0) continue;
      for (const t of termsOf(id).split(" ")) if (t) seen.add(t);
      this.avgFieldLength = this.count <= 1 ? 0 : (this.avgFieldLength * this.count - length) / (this.count - 1);
      this.count--;
      this.fieldLength[id] = -1;
    }
    for (const t of seen) {
      const p = this.postings.get(t);
      if (!p) continue;
      const lo = lowerBound(p.ids, first);
      let hi = lo;
      while (hi < p.ids.length && p.ids[hi]! <= last) hi++;
      if (hi > lo) {
        p.ids.splice(lo, hi - lo);
        p.tfs.splice(lo, hi - lo);
      }
      if (!p.ids.length) this.postings.delete(t);
    }
  }

  /**
   * The `limit` best ids for `query` (terms joined by spaces), with MiniSearch's scores, best
   * first; `filter` drops ids before ranking.
   */
  search(query: string, limit: number, filter?: (id: number) => boolean): { id: number; score: number }[] {
    const tokens = query.split(" ").filter((t) => !!t);
    const touched: number[] = [];
    const acc = this.acc;
    const quality = this.quality;
    const counted = new Set<string>();
    for (const term of tokens) {
      const p = this.postings.get(term);
      if (!p) continue;
      const firstTime = !counted.has(term);
      counted.add(term);
      const matching = p.ids.length;
      const idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
      const ids = p.ids;
      const tfs = p.tfs;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const tf = tfs[i]!;
        const raw = idf * (D + tf * (K + 1) / (tf + K * (1 - B + B * this.fieldLength[id]! / this.avgFieldLength)));
        if (quality[id] === 0) {
          touched.push(id);
          acc[id] = raw;
          quality[id] = 1;
        } else {
          acc[id] = acc[id]! + raw;
          if (firstTime) quality[id]!++;
        }
      }
    }
    // Rank: score descending, then first-touched first (MiniSearch's stable sort over its map).
    const heap: { id: number; score: number; order: number }[] = [];
    const worse = (a: { score: number; order: number }, b: { score: number; order: number }): boolean => a.score < b.score || (a.score === b.score && a.order > b.order);
    for (let order = 0; order < touched.length; order++) {
      const id = touched[order]!;
      const score = acc[id]! * quality[id]!;
      acc[id] = 0;
      quality[id] = 0;
      if (limit <= 0 || (filter && !filter(id))) continue;
      const item = { id, score, order };
      if (heap.length < limit) {
        heap.push(item);
        siftUp(heap, heap.length - 1, worse);
      } else if (worse(heap[0]!, item)) {
        heap[0] = item;
        siftDown(heap, 0, worse);
      }
    }
    heap.sort((a, b) => b.score - a.score || a.order - b.order);
    return heap.map(({ id, score }) => ({ id, score }));
  }

  /** The posting lists, for persistence: term, ids, term frequencies. */
  *entries(): IterableIterator<[string, number[], number[]]> {
    for (const [t, p] of this.postings) yield [t, p.ids, p.tfs];
  }
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Min-heap by `worse` (the root is the worst kept item). */
function siftUp<T>(h: T[], i: number, worse: (a: T, b: T) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(h[i]!, h[parent]!)) break;
    [h[i], h[parent]] = [h[parent]!, h[i]!];
    i = parent;
  }
}

function siftDown<T>(h: T[], i: number, worse: (a: T, b: T) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && worse(h[l]!, h[m]!)) m = l;
    if (r < h.length && worse(h[r]!, h[m]!)) m = r;
    if (m === i) return;
    [h[i], h[m]] = [h[m]!, h[i]!];
    i = m;
  }
}
