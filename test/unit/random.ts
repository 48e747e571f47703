/** Deterministic pseudo-random numbers in [0, 1) for tests that generate their inputs (a fixed seed reproduces a run). */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
