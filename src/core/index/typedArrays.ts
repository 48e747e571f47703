/** A growable column's typed array. */
export type Column = Int32Array | Uint8Array | Float64Array;

/**
 * A copy of column `a` with room for `length` entries: its first `used` entries kept, the rest
 * `fill` (zero by default). Columns grow by copying; a restored column may be a view into an image.
 */
export function grown<T extends Column>(a: T, length: number, used: number = a.length, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  if (fill !== undefined && fill !== 0) b.fill(fill, used);
  b.set(a.subarray(0, used));
  return b;
}
