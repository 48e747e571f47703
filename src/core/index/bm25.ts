/**
 * BM25 over sentences, scoring exactly as MiniSearch 7 does for one field with
 * `tokenize: s => s.split(" ")`, `processTerm: t => t || null` and default search options
 * (no prefix, no fuzzy, OR, BM25+ with k 1.2, b 0.7, d 0.5): same scores to the last bit and the
 * same order (score descending, ties in the order MiniSearch's result map meets them). What it
 * adds: flat posting lists, top-k selection instead of sorting every hit, removal, and identical
 * items under one id (an archive's repeated sentences are stored and scored once, but counted
 * as often as they occur, so every score is still MiniSearch's).
 */
import type { ImageReader, ImageWriter } from "./indexImage";

const K = 1.2;
const B = 0.7;
const D = 0.5;

interface Posting {
  ids: number[];
  tfs: number[];
}

export class Bm25 {
  private readonly postings = new Map<string, Posting>();
  /** Number of indexed ids holding each term (copies counted). */
  private readonly matching = new Map<string, number>();
  /** Unique whitespace tokens per id (MiniSearch's field length); -1 for ids never indexed. */
  private fieldLength: Int32Array = new Int32Array(1024).fill(-1);
  /** Each id's distinct terms, so another copy is counted without splitting its terms again. */
  private readonly uniqueTerms: string[][] = [];
  /** How many indexed items each id stands for (identical items share one id); 0 once all are removed. */
  private copies: Int32Array = new Int32Array(1024);
  /**
   * Copies of known ids added since their terms were last counted in `matching`, by id: an
   * archive adds hundreds of thousands of copies, and counting each copy's terms one by one was
   * most of the work of adding it. Counts are settled before anything reads them.
   */
  private readonly unsettled = new Map<number, number>();
  private avgFieldLength = 0;
  private count = 0;
  // Per-query scratch, indexed by id.
  private acc = new Float64Array(1024);
  private quality = new Uint16Array(1024);

  /** Number of indexed items (copies counted). */
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
    const cp = new Int32Array(n);
    cp.set(this.copies);
    this.copies = cp;
    this.acc = new Float64Array(n);
    this.quality = new Uint16Array(n);
  }

  /**
   * Indexes one item under `id` with its terms joined by spaces. Items with the same terms may
   * share an id (an archive's repeated sentences): each is one more copy, scored as MiniSearch
   * scores each of them, but its terms are stored and scored once. A new id must be larger than
   * every id added before.
   */
  add(id: number, terms: string): void {
    this.grow(id);
    // An id restored from an image has no term list yet: a copy has its first copy's terms.
    const known = this.uniqueTerms[id] ?? (this.fieldLength[id]! >= 0 ? (this.uniqueTerms[id] = [...new Set(terms.split(" "))].filter((t) => !!t)) : undefined);
    if (known) {
      // One more copy: only the counts change.
      this.avgFieldLength = (this.avgFieldLength * this.count + this.fieldLength[id]!) / (this.count + 1);
      this.count++;
      this.copies[id]!++;
      this.unsettled.set(id, (this.unsettled.get(id) ?? 0) + 1);
      return;
    }
    // The first copy: its terms go into the postings.
    const tokens = terms.split(" ");
    const unique = new Set(tokens).size;
    this.avgFieldLength = (this.avgFieldLength * this.count + unique) / (this.count + 1);
    this.count++;
    this.copies[id]!++;
    this.fieldLength[id] = unique;
    const counted = new Set<string>();
    for (const t of tokens) {
      if (!t) continue;
      if (!counted.has(t)) {
        counted.add(t);
        this.matching.set(t, (this.matching.get(t) ?? 0) + 1);
      }
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { ids: [], tfs: [] }));
      const last = p.ids.length - 1;
      if (last >= 0 && p.ids[last] === id) p.tfs[last]!++;
      else {
        p.ids.push(id);
        p.tfs.push(1);
      }
    }
    this.uniqueTerms[id] = [...counted];
  }

  /** Counts the terms of the copies added since the last time in `matching`. */
  private settle(): void {
    if (!this.unsettled.size) return;
    for (const [id, n] of this.unsettled) for (const t of this.uniqueTerms[id]!) this.matching.set(t, (this.matching.get(t) ?? 0) + n);
    this.unsettled.clear();
  }

  /** Writes the postings, counts and lengths into an image, under `prefix`. */
  writeImage(w: ImageWriter, prefix: string): void {
    this.settle();
    const terms = [...this.postings.keys()];
    w.strings(prefix + "terms", terms);
    w.lists(prefix + "ids", terms.map((t) => this.postings.get(t)!.ids));
    w.lists(prefix + "tfs", terms.map((t) => this.postings.get(t)!.tfs));
    w.ints(prefix + "matching", terms.map((t) => this.matching.get(t) ?? 0));
    let used = this.fieldLength.length;
    while (used > 0 && this.fieldLength[used - 1] === -1) used--;
    w.ints(prefix + "fieldLength", this.fieldLength.subarray(0, used));
    w.ints(prefix + "copies", this.copies.subarray(0, used));
    // The running average as it was accumulated, to the last bit: scores must not move on a reload.
    w.number(prefix + "avgFieldLength", this.avgFieldLength);
    w.number(prefix + "count", this.count);
  }

  /** The index an image holds (see `writeImage`). */
  static fromImage(r: ImageReader, prefix: string): Bm25 {
    const b = new Bm25();
    const terms = r.strings(prefix + "terms");
    const ids = r.lists(prefix + "ids");
    const tfs = r.lists(prefix + "tfs");
    const matching = r.ints(prefix + "matching");
    if (ids.length !== terms.length || tfs.length !== terms.length || matching.length !== terms.length) throw new Error("index image: search postings do not match their terms");
    terms.forEach((t, i) => {
      b.postings.set(t, { ids: ids[i]!, tfs: tfs[i]! });
      if (matching[i]! > 0) b.matching.set(t, matching[i]!);
    });
    const fieldLength = r.ints(prefix + "fieldLength");
    const copies = r.ints(prefix + "copies");
    if (copies.length !== fieldLength.length) throw new Error("index image: search lengths and copies differ");
    if (fieldLength.length) b.grow(fieldLength.length - 1);
    b.fieldLength.set(fieldLength);
    b.copies.set(copies);
    b.avgFieldLength = r.number(prefix + "avgFieldLength");
    b.count = r.number(prefix + "count");
    return b;
  }

  /** Removes one copy of the item indexed under `id` with these `terms`. */
  remove(id: number, terms: string): void {
    if ((this.copies[id] ?? 0) <= 0) return;
    this.settle();
    const length = this.fieldLength[id]!;
    this.avgFieldLength = this.count <= 1 ? 0 : (this.avgFieldLength * this.count - length) / (this.count - 1);
    this.count--;
    this.copies[id]!--;
    for (const t of new Set(terms.split(" "))) {
      if (!t) continue;
      const n = (this.matching.get(t) ?? 0) - 1;
      if (n > 0) this.matching.set(t, n);
      else this.matching.delete(t);
    }
  }

  /** The ids holding `term` and how often each holds it (ids whose copies were all removed included). */
  postingsOf(term: string): { readonly ids: readonly number[]; readonly tfs: readonly number[] } | undefined {
    return this.postings.get(term);
  }

  /** How many items `id` stands for. */
  copiesOf(id: number): number {
    return this.copies[id] ?? 0;
  }

  /**
   * The `limit` best ids for `query` (terms joined by spaces), with MiniSearch's scores, best
   * first; `filter` drops ids before ranking.
   */
  search(query: string, limit: number, filter?: (id: number) => boolean): { id: number; score: number }[] {
    this.settle();
    const tokens = query.split(" ").filter((t) => !!t);
    const touched: number[] = [];
    const acc = this.acc;
    const quality = this.quality;
    const copies = this.copies;
    const counted = new Set<string>();
    for (const term of tokens) {
      const p = this.postings.get(term);
      if (!p) continue;
      const firstTime = !counted.has(term);
      counted.add(term);
      const matching = this.matching.get(term) ?? 0;
      if (!matching) continue;
      const idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
      const ids = p.ids;
      const tfs = p.tfs;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (copies[id] === 0) continue;
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
