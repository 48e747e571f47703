/**
 * Lists of one elements kind, empty or not. V8 gives an array a hidden class ("map") by what it
 * holds: an empty list made by a literal, `map` or `filter` is a list of small integers, and one
 * that holds objects or strings is of another map. Code optimised while it saw only one of the
 * two is thrown back to the interpreter ("wrong map") the first time the other arrives, and a
 * large function (`analyzeSentence`, `settle`) is then compiled again, at a cost of 50-150 ms
 * of a core each time. Lists made here are of the objects' map from the start.
 */

/** An empty list of the elements kind a list of objects or strings has. */
export function objectList<T>(): T[] {
  const out: unknown[] = [null];
  out.pop();
  return out as T[];
}

/** `xs`, or where it is empty an {@link objectList}. */
export function listOf<T>(xs: T[]): T[] {
  return xs.length ? xs : objectList<T>();
}
