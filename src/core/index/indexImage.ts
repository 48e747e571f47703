/**
 * An index image: the whole state of a built `CorpusIndex` as flat arrays and string tables, so
 * that a reload restores the index instead of merging every document's analysis again. The core
 * makes and reads images; writing one to disk (src/node/indexImageFile.ts) only copies its arrays.
 *
 * Everything is named, so a reader asks for what it needs and a missing or mistyped part fails
 * the restore (the caller then builds as usual) instead of giving a wrong index.
 */

/** The parts of an image, by name. */
export interface IndexImage {
  numbers: Record<string, number>;
  ints: Record<string, Int32Array>;
  floats: Record<string, Float64Array>;
  bytes: Record<string, Uint8Array>;
  /** String tables; a file may give a large one as a `StringTable`, decoded string by string when read. */
  strings: Record<string, string[] | StringTable>;
}

/**
 * A table of strings read on demand: an image file's largest tables (the sentence records are
 * tens of megabytes of text) decode each string when it is first asked for, not all at a reload.
 */
export interface StringTable {
  readonly length: number;
  at(i: number): string;
}

/** Collects the parts of an image; lists and maps of lists are flattened to offsets and values. */
export class ImageWriter {
  readonly image: IndexImage = { numbers: {}, ints: {}, floats: {}, bytes: {}, strings: {} };

  number(name: string, value: number): void {
    this.image.numbers[name] = value;
  }
  ints(name: string, values: ArrayLike<number>): void {
    this.image.ints[name] = Int32Array.from(values);
  }
  floats(name: string, values: ArrayLike<number>): void {
    this.image.floats[name] = Float64Array.from(values);
  }
  bytes(name: string, values: ArrayLike<number>): void {
    this.image.bytes[name] = Uint8Array.from(values);
  }
  strings(name: string, values: string[]): void {
    this.image.strings[name] = values;
  }

  /** A list of id lists, as `<name>.at` (where each list starts; one more than lists) and `<name>.ids`. */
  lists(name: string, lists: readonly (readonly number[] | undefined)[]): void {
    const at = new Int32Array(lists.length + 1);
    let n = 0;
    lists.forEach((l, i) => {
      at[i] = n;
      n += l?.length ?? 0;
    });
    at[lists.length] = n;
    const ids = new Int32Array(n);
    lists.forEach((l, i) => l && ids.set(l, at[i]!));
    this.image.ints[name + ".at"] = at;
    this.image.ints[name + ".ids"] = ids;
  }

  /** A map from strings to id lists, in its order: `<name>.keys` and the lists. */
  stringListMap(name: string, map: ReadonlyMap<string, readonly number[]>): void {
    this.strings(name + ".keys", [...map.keys()]);
    this.lists(name, [...map.values()]);
  }

  /** A map from numbers to id lists, in its order. */
  numberListMap(name: string, map: ReadonlyMap<number, readonly number[]>): void {
    this.floats(name + ".keys", [...map.keys()]);
    this.lists(name, [...map.values()]);
  }
}

/** Reads the parts of an image; a missing part throws. */
export class ImageReader {
  constructor(readonly image: IndexImage) {}

  number(name: string): number {
    const v = this.image.numbers[name];
    if (typeof v !== "number") throw new Error(`index image: no number ${name}`);
    return v;
  }
  ints(name: string): Int32Array {
    return this.part(this.image.ints, name, Int32Array);
  }
  floats(name: string): Float64Array {
    return this.part(this.image.floats, name, Float64Array);
  }
  bytes(name: string): Uint8Array {
    return this.part(this.image.bytes, name, Uint8Array);
  }
  strings(name: string): string[] {
    const v = this.image.strings[name];
    if (Array.isArray(v)) return v;
    if (!v) throw new Error(`index image: no strings ${name}`);
    return Array.from({ length: v.length }, (_x, i) => v.at(i));
  }

  /** Like `strings`, but a table the image gives on demand stays so (see `StringTable`). */
  stringTable(name: string): StringTable {
    const v = this.image.strings[name];
    if (!v) throw new Error(`index image: no strings ${name}`);
    return Array.isArray(v) ? { length: v.length, at: (i) => v[i]! } : v;
  }

  private part<T>(parts: Record<string, unknown>, name: string, type: new (...args: never[]) => T): T {
    const v = parts[name];
    if (!(v instanceof type)) throw new Error(`index image: no ${type.name} ${name}`);
    return v;
  }

  /** The lists written by `ImageWriter.lists`, as arrays (a build may append to them). */
  lists(name: string): number[][] {
    const at = this.ints(name + ".at");
    const ids = this.ints(name + ".ids");
    const out: number[][] = new Array(at.length - 1);
    for (let i = 0; i + 1 < at.length; i++) {
      if (at[i]! > at[i + 1]! || at[i + 1]! > ids.length) throw new Error(`index image: bad list ${name}`);
      out[i] = Array.from(ids.subarray(at[i]!, at[i + 1]!));
    }
    return out;
  }

  stringListMap(name: string): Map<string, number[]> {
    return zip(name, this.strings(name + ".keys"), this.lists(name));
  }

  numberListMap(name: string): Map<number, number[]> {
    return zip(name, Array.from(this.floats(name + ".keys")), this.lists(name));
  }
}

function zip<K>(name: string, keys: readonly K[], lists: number[][]): Map<K, number[]> {
  if (keys.length !== lists.length) throw new Error(`index image: ${name} keys and lists differ in number`);
  const map = new Map<K, number[]>();
  keys.forEach((k, i) => map.set(k, lists[i]!));
  return map;
}
