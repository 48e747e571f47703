/**
 * A table looked up by words of running text. A plain object literal inherits `constructor`,
 * `toString` and the like, so `"constructor" in TABLE` is true and `TABLE["constructor"]` is a
 * function: a sentence mentioning "the constructor" read it as a number word. A table without a
 * prototype holds only its own entries.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
