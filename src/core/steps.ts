/**
 * Work written as generators that pause (yield) between steps, so that a caller can spread it over
 * event-loop turns (`checkDraftChunked`), or run it at once with {@link runToEnd}.
 */

/** Runs `steps` to its end without pausing, and returns what it returns. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
