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
