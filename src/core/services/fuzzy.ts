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
  const pairs = (s: string): Set<string> => {
    const out = new Set<string>();
    const t = s.toLowerCase();
    for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
    return out;
  };
  const want = pairs(key);
  let shortlist = keys;
  if (keys.length > NEAREST_SHORTLIST) {
    const scored = keys.map((k, i) => {
      let shared = 0;
      const t = k.toLowerCase();
      for (let j = 0; j + 1 < t.length; j++) if (want.has(t.slice(j, j + 2))) shared++;
      return { i, dice: (2 * shared) / (want.size + Math.max(1, t.length - 1)) };
    });
    scored.sort((a, b) => b.dice - a.dice || a.i - b.i);
    // Back in the keys' own order, so fuse.js breaks ties as it would over the whole list.
    shortlist = scored.slice(0, NEAREST_SHORTLIST).sort((a, b) => a.i - b.i).map((x) => keys[x.i]!);
  }
  return new Fuse(shortlist, { includeScore: true, threshold: 0.4 }).search(key)[0]?.item;
}
