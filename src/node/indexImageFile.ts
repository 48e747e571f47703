/**
 * An index image (`IndexImage`) on disk: a reload reads one file and views its arrays in place
 * instead of parsing and merging every document's analysis.
 *
 * Layout: the 8 bytes `SRCIMG01`, a 4-byte little-endian header length, the header (JSON: the
 * key, the numbers, and where each part lies), then the parts, each starting on an 8-byte
 * boundary: typed arrays as their bytes (little-endian, as the machines Node runs on), string
 * tables as UTF-8 lines (or JSON when a string holds a line break). Written to a temporary file
 * and renamed, so a crash never leaves half an image.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync } from "node:fs";
import { endianness } from "node:os";
import type { IndexImage, StringTable } from "../core/index/indexImage";
import { TextWriter } from "./textWriter";

const MAGIC = "SRCIMG01";

type Kind = "i32" | "f64" | "u8" | "lines" | "json";

interface PartEntry {
  name: string;
  kind: Kind;
  /** Byte offset from the start of the data. */
  offset: number;
  /** Bytes. */
  bytes: number;
  /** Strings in a `lines` part (an empty table and one empty string are both zero bytes). */
  count?: number;
}

interface Header {
  key: string;
  numbers: Record<string, number>;
  parts: PartEntry[];
}

/** Writes `image` to `file` under `key` (whatever identifies what it was made of). */
export function writeIndexImage(file: string, key: string, image: IndexImage): void {
  if (!canUseImages()) return;
  // Each part's size is known before any is written, so the header can go first and every part
  // be written as it is encoded: a build's peak of memory comes while its image is saved, and
  // the sentence records alone are tens of megabytes of text.
  const parts: PartEntry[] = [];
  const writers: ((out: TextWriter) => void)[] = [];
  let offset = 0;
  const push = (name: string, kind: Kind, bytes: number, write: (out: TextWriter) => void, count?: number): void => {
    parts.push({ name, kind, offset, bytes, ...(count === undefined ? {} : { count }) });
    const pad = (8 - ((offset + bytes) % 8)) % 8;
    writers.push((out) => {
      write(out);
      if (pad) out.writeBytes(new Uint8Array(pad));
    });
    offset += bytes + pad;
  };
  const view = (a: Int32Array | Float64Array | Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const array = (name: string, kind: Kind, a: Int32Array | Float64Array | Uint8Array) => push(name, kind, a.byteLength, (out) => out.writeBytes(view(a)));
  for (const [name, a] of Object.entries(image.ints)) array(name, "i32", a);
  for (const [name, a] of Object.entries(image.floats)) array(name, "f64", a);
  for (const [name, a] of Object.entries(image.bytes)) array(name, "u8", a);
  for (const [name, table] of Object.entries(image.strings)) {
    const list = Array.isArray(table) ? table : Array.from({ length: table.length }, (_x, i) => table.at(i));
    if (list.some((s) => s.includes("\n"))) {
      const json = Buffer.from(JSON.stringify(list), "utf8");
      push(name, "json", json.byteLength, (out) => out.writeBytes(json));
    } else {
      let bytes = Math.max(0, list.length - 1);
      for (const s of list) bytes += Buffer.byteLength(s, "utf8");
      push(name, "lines", bytes, (out) => list.forEach((s, i) => out.write(i ? "\n" + s : s)), list.length);
    }
  }
  const header = Buffer.from(JSON.stringify({ key, numbers: image.numbers, parts } satisfies Header), "utf8");
  const head = Buffer.alloc(align(12 + header.byteLength));
  head.write(MAGIC, 0, "latin1");
  head.writeUInt32LE(header.byteLength, 8);
  header.copy(head, 12);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    const out = new TextWriter(fd);
    out.writeBytes(head);
    for (const write of writers) write(out);
    out.flush();
    if (fstatSync(fd).size !== head.byteLength + offset) throw new Error("index image: parts differ from their sizes");
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** The image in `file` if it was written under `key`; undefined when there is none, it is another key's, or it is damaged. */
export function readIndexImage(file: string, key: string): IndexImage | undefined {
  if (!canUseImages()) return undefined;
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    // The header first: an image of another corpus is not read any further.
    const start = Buffer.alloc(12);
    if (readSync(fd, start, 0, 12, 0) < 12 || start.toString("latin1", 0, 8) !== MAGIC) return undefined;
    const headerBytes = start.readUInt32LE(8);
    const size = fstatSync(fd).size;
    if (12 + headerBytes > size) return undefined;
    const headerBuf = Buffer.alloc(headerBytes);
    readSync(fd, headerBuf, 0, headerBytes, 12);
    const header = JSON.parse(headerBuf.toString("utf8")) as Header;
    if (header.key !== key) return undefined;
    const buf = Buffer.allocUnsafeSlow(size);
    for (let at = 0; at < size; ) {
      const n = readSync(fd, buf, at, size - at, at);
      if (n <= 0) return undefined;
      at += n;
    }
    const data = align(12 + headerBytes);
    const image: IndexImage = { numbers: header.numbers, ints: {}, floats: {}, bytes: {}, strings: {} };
    for (const p of header.parts) {
      const at = data + p.offset;
      if (at + p.bytes > buf.byteLength) return undefined;
      if (p.kind === "i32") image.ints[p.name] = typed(buf, at, p.bytes, Int32Array);
      else if (p.kind === "f64") image.floats[p.name] = typed(buf, at, p.bytes, Float64Array);
      else if (p.kind === "u8") image.bytes[p.name] = new Uint8Array(buf.buffer, buf.byteOffset + at, p.bytes);
      else if (p.kind === "json") image.strings[p.name] = JSON.parse(buf.toString("utf8", at, at + p.bytes)) as string[];
      else if (p.bytes > LAZY_TABLE_BYTES) image.strings[p.name] = lazyLines(buf, at, p.bytes, p.count ?? 0);
      else image.strings[p.name] = p.count ? buf.toString("utf8", at, at + p.bytes).split("\n") : [];
    }
    return image;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * String tables longer than this are decoded string by string when read (`StringTable`): the
 * sentence records are tens of megabytes of text, most of which a session never reads, and the
 * file's buffer stays alive anyway (the image's arrays are views into it).
 */
const LAZY_TABLE_BYTES = 1 << 20;

/** The `count` lines of `bytes` bytes of `buf` at `at`, each decoded when asked for. */
function lazyLines(buf: Buffer, at: number, bytes: number, count: number): StringTable {
  const end = at + bytes;
  // Where each line starts, and one past the last line's end (as if a newline followed it).
  const starts = new Float64Array(count + 1);
  let n = 1;
  starts[0] = at;
  for (let i = buf.indexOf(10, at); i >= 0 && i < end; i = buf.indexOf(10, i + 1)) {
    if (n >= count) throw new Error("index image: a table holds more lines than its count");
    starts[n++] = i + 1;
  }
  if (n !== count) throw new Error("index image: a table holds fewer lines than its count");
  starts[count] = end + 1;
  return {
    length: count,
    at(i: number): string {
      if (!(i >= 0 && i < count)) throw new RangeError(`index image: no string ${i}`);
      return buf.toString("utf8", starts[i]!, starts[i + 1]! - 1);
    },
  };
}

/** A typed array over `bytes` bytes of `buf` at `at`: a view when aligned, else a copy. */
function typed<T extends Int32Array | Float64Array>(buf: Buffer, at: number, bytes: number, type: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T {
  const size = type.BYTES_PER_ELEMENT;
  if (bytes % size) throw new Error("index image: a part's length is not whole elements");
  const start = buf.byteOffset + at;
  if (start % size === 0) return new type(buf.buffer as ArrayBuffer, start, bytes / size);
  const copy = new Uint8Array(bytes);
  copy.set(buf.subarray(at, at + bytes));
  return new type(copy.buffer, 0, bytes / size);
}

/** Arrays are written as the machine holds them: images are for little-endian machines (all Node's common ones). */
function canUseImages(): boolean {
  return endianness() === "LE";
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
