/**
 * Fuzzy ranking of completion candidates over what the writer has typed so far (fuse.js), giving
 * stable `sortText` values: the index's own relevance order first, refined by the typed prefix.
 */
import Fuse from "fuse.js";

/** A candidate with the strings to match the prefix against. */
export interface FuzzyCandidate<T> {
  item: T;
  /** Strings searched (key, title, quote text...). */
  fields: string[];
}

/**
 * Filters and orders `candidates` (given best first by the index) by `prefix`. An empty prefix keeps
 * the index's order. Returns each kept item with a zero-padded `sortText`.
 */
export function rankByPrefix<T>(candidates: readonly FuzzyCandidate<T>[], prefix: string, threshold = 0.45): { item: T; sortText: string; score: number }[] {
  const pad = (n: number): string => n.toString().padStart(5, "0");
  const q = prefix.trim();
  if (!q) return candidates.map((c, i) => ({ item: c.item, sortText: pad(i), score: 0 }));
  const fuse = new Fuse(candidates.map((c, i) => ({ i, fields: c.fields })), {
    keys: ["fields"],
    includeScore: true,
    ignoreLocation: true,
    threshold,
  });
  return fuse
    .search(q)
    // Fuse score (0 best) first; the index's order breaks ties.
    .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.item.i - b.item.i)
    .map((r, rank) => ({ item: candidates[r.item.i].item, sortText: pad(rank), score: r.score ?? 1 }));
}

/** How many keys, by shared letter pairs, a fuzzy key look-up hands to fuse.js. */
const NEAREST_SHORTLIST = 64;

/**
 * The key of `keys` closest to a mistyped `key` (fuse.js, threshold 0.4), if any is close. An
 * archive has thousands of keys: a cheap letter-pair overlap shortlists the few worth fuse.js's
 * slower scoring, so a typo costs the same with 10,000 sources as with ten.
 */
export function closestKey(keys: readonly string[], key: string): string | undefined {
  const shortlist = keys.length > NEAREST_SHORTLIST ? byLetterPairs(keys, key, NEAREST_SHORTLIST) : keys;
  return new Fuse(shortlist, { includeScore: true, threshold: 0.4 }).search(key)[0]?.item;
}

/**
 * The `size` keys that share the most letter pairs with `key` (Dice overlap, case-insensitive;
 * ties to the earlier key), in the keys' own order, so that fuse.js breaks ties as it would over
 * the whole list.
 */
export function byLetterPairs(keys: readonly string[], key: string, size: number): string[] {
  if (keys.length <= size) return [...keys];
  const { ids, starts, pairIds } = pairTableOf(keys);
  // The key's distinct pairs, marked by the list's pair ids (a pair no key has cannot be shared).
  const want = letterPairs(key.toLowerCase());
  const marked = new Uint8Array(pairIds.size);
  for (const p of want) {
    const id = pairIds.get(p);
    if (id !== undefined) marked[id] = 1;
  }
  const dice = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1]!;
    let shared = 0;
    for (let j = from; j < to; j++) shared += marked[ids[j]!]!;
    dice[i] = (2 * shared) / (want.size + Math.max(1, to - from));
  }
  const bar = Float64Array.from(dice).sort()[keys.length - size]!;
  let above = 0;
  for (const d of dice) if (d > bar) above++;
  let atBar = size - above;
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) if (dice[i]! > bar || (dice[i] === bar && atBar-- > 0)) out.push(keys[i]!);
  return out;
}

/** The distinct pairs of adjacent characters of `s`, as `code * 65536 + next code`. */
function letterPairs(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
  return out;
}

/**
 * A key list's letter pairs, lowercased, each numbered once: key `i`'s pairs in order (repeats
 * kept) are `ids[starts[i]] .. ids[starts[i + 1] - 1]`. An archive's keys share a few hundred
 * pairs, so a look-up reads small integers, not a set per pair.
 */
interface PairTable {
  ids: Uint32Array;
  starts: Uint32Array;
  pairIds: Map<number, number>;
}

/** Each key list's pair table, built once: a draft looks up several mistyped keys in the same list. */
const pairTables = new WeakMap<readonly string[], PairTable>();
function pairTableOf(keys: readonly string[]): PairTable {
  let table = pairTables.get(keys);
  if (table) return table;
  // Lowercased first: lowercasing may change a key's length ("İ").
  const lower = keys.map((k) => k.toLowerCase());
  const starts = new Uint32Array(keys.length + 1);
  let total = 0;
  for (let i = 0; i < keys.length; i++) {
    starts[i] = total;
    total += Math.max(0, lower[i]!.length - 1);
  }
  starts[keys.length] = total;
  const ids = new Uint32Array(total);
  const pairIds = new Map<number, number>();
  let n = 0;
  for (const t of lower) {
    for (let j = 0; j + 1 < t.length; j++) {
      const p = t.charCodeAt(j) * 65536 + t.charCodeAt(j + 1);
      let id = pairIds.get(p);
      if (id === undefined) pairIds.set(p, (id = pairIds.size));
      ids[n++] = id;
    }
  }
  pairTables.set(keys, (table = { ids, starts, pairIds }));
  return table;
}
