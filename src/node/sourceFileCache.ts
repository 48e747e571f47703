/**
 * Sources as the last load read them, on disk (`KnownSources` for `loadCorpus`): a reload of an
 * archive whose files have not changed (same size, modification time and catalog entry) takes
 * each document's text, paragraphs and metadata from one file instead of reading, decoding and
 * normalising ten thousand files again.
 *
 * A document taken from here has its normalised text, its offset map and the line starts of its
 * file, so evidence is placed at its line and column without reading anything. Its original text
 * (which nothing needs on a reload but a duplicate key's rehash) is read back from its file the
 * first time it is asked for.
 *
 * Format: `<dir>/sources-<fingerprint>.bin`: one line of JSON (`Head`: the records, in order),
 * then the documents' texts one after another, UTF-8 (each record gives its text's length in
 * bytes). A document's text is decoded when first read: a reload that restores the index image
 * reads only the texts its evidence quotes. Written to a
 * temporary file and renamed. Spans are flat lists of numbers and furniture reasons a shared
 * table: an archive's head is ten thousand records, and JSON objects cost the most to parse.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import * as path from "node:path";
import type { KnownFile, KnownSources } from "../core/sources/loadCorpus";
import { rereadOriginal, type ReadSourceResult } from "../core/sources/readSource";
import type { SourceDocument, SourceFailure } from "../core/sources/sourceDocument";
import type { SourceMeta, Span } from "../core/types";
import { LineStarts } from "../core/text/lineIndex";
import { OffsetMap } from "../core/text/offsetMap";
import { TextWriter } from "./textWriter";

/** A file changed this recently may change again within the same clock tick: its stamp is not trusted. */
const RACY_MS = 2000;

/** The head's format: a head of another (an array, before) is not read. */
const FORMAT = 3;

interface Head {
  format: typeof FORMAT;
  /** The distinct furniture reasons, which the records' furniture numbers. */
  reasons: string[];
  records: SourceRecord[];
}

interface SourceRecord {
  path: string;
  /** What the read depended on: size, modification time and catalog entry. */
  stamp: string;
  failure?: SourceFailure;
  /** Absent for a file that did not read as a document (the failure says why). */
  doc?: {
    /** The document's meta; its `path` is empty when it is the record's. */
    meta: SourceMeta;
    /** Paragraph spans, flat: start, end, start, end... */
    blocks: number[];
    /** Furniture, flat: start, end and the reason's number in `Head.reasons`, for each. */
    furniture: number[];
    hash: string;
    /** Length of the normalised text (UTF-16 units). */
    length: number;
    /** Its length in bytes (UTF-8) in the texts that follow. */
    bytes: number;
    /** The offset map's runs (`OffsetMap.toRuns`): the text's characters placed in the file. */
    runs: number[];
    /** The file's line lengths, line breaks included (its `LineStarts`, the first line's start 0 left out). */
    lines: number[];
    /** The file's length (UTF-16 units), where positions clamp. */
    originalLength: number;
  };
}

interface Entry {
  record: SourceRecord;
  /** The document's text, or its bytes in the file read (decoded when first asked for). */
  text: string | Buffer;
  /**
   * The spans of a document read this time, shared with it: flattened for the record only while
   * it is written, so that the cache holds no copy of them (an archive's first load is its peak
   * of memory). The record's own lists are empty meanwhile.
   */
  read?: Pick<SourceDocument, "blocks" | "furniture">;
}

export class SourceFileCache implements KnownSources {
  private readonly file: string;
  private entries: Map<string, Entry> | undefined;
  /** Paths asked for or set since the last save: what the next save keeps. */
  private readonly used = new Set<string>();
  private changed = false;
  /** The furniture reasons the records number (`Head.reasons`), and each one's number. */
  private reasons: string[] = [];
  private reasonNumbers: Map<string, number> | undefined;

  constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {
    this.file = path.join(dir, `sources-${fingerprint}.bin`);
  }

  private read(): Map<string, Entry> {
    if (this.entries) return this.entries;
    const entries = (this.entries = new Map());
    try {
      const buf = readFileSync(this.file);
      const eol = buf.indexOf(10);
      if (eol < 0) return entries;
      const head = JSON.parse(buf.toString("utf8", 0, eol)) as Head;
      if (head.format !== FORMAT || !Array.isArray(head.records) || !Array.isArray(head.reasons)) return entries;
      let at = eol + 1;
      for (const r of head.records) {
        const bytes = r.doc?.bytes ?? 0;
        if (!(Number.isInteger(bytes) && bytes >= 0)) throw new Error("bad text length");
        entries.set(r.path, { record: r, text: buf.subarray(at, at + bytes) });
        at += bytes;
      }
      if (at !== buf.length) entries.clear();
      else this.reasons = head.reasons;
    } catch {
      entries.clear();
    }
    return entries;
  }

  private reasonNumber(reason: string): number {
    this.reasonNumbers ??= new Map(this.reasons.map((r, i) => [r, i]));
    let n = this.reasonNumbers.get(reason);
    if (n === undefined) {
      n = this.reasons.push(reason) - 1;
      this.reasonNumbers.set(reason, n);
    }
    return n;
  }

  /** The entry's record as written: a document read this time has its spans flattened (see `Entry.read`). */
  private stored(e: Entry): SourceRecord {
    if (!e.read || !e.record.doc) return e.record;
    const blocks = e.read.blocks.flatMap((b) => [b.start, b.end]);
    const furniture = e.read.furniture.flatMap((f) => [f.span.start, f.span.end, this.reasonNumber(f.reason)]);
    return { ...e.record, doc: { ...e.record.doc, blocks, furniture } };
  }

  get(file: KnownFile): ReadSourceResult | undefined {
    const e = this.read().get(file.path);
    if (!e || e.record.stamp !== stampOf(file)) return undefined;
    this.used.add(file.path);
    const r = e.record;
    if (!r.doc) return r.failure ? { ok: false, failure: r.failure } : undefined;
    let document: SourceDocument;
    try {
      document = restoredDocument(r, this.stored(e).doc!, e.text, this.reasons);
    } catch {
      return undefined; // a damaged or older record: the file is read
    }
    return r.failure ? { ok: true, document, failure: r.failure } : { ok: true, document };
  }

  set(file: KnownFile, result: ReadSourceResult): void {
    this.used.add(file.path);
    if (!(Date.now() - file.mtime > RACY_MS)) {
      this.read().delete(file.path);
      this.changed = true;
      return;
    }
    const record: SourceRecord = { path: file.path, stamp: stampOf(file) };
    if (result.failure) record.failure = result.failure;
    let text = "";
    if (result.ok) {
      const d = result.document;
      // Copies: the loader goes on to rename duplicate keys in the document's own meta.
      // Kept on the document too: a released original (see `releaseOriginal`) is not read again for them.
      const starts = (d.lineStarts ??= LineStarts.of(d.original)).starts;
      record.doc = {
        meta: { ...d.meta, aliases: [...d.meta.aliases], path: d.meta.path === file.path ? "" : d.meta.path },
        blocks: [],
        furniture: [],
        hash: d.hash,
        length: d.text.length,
        bytes: Buffer.byteLength(d.text),
        runs: d.offsetMap.toRuns(),
        // Lengths rather than starts: the record is JSON, and lengths are short numbers.
        lines: starts.slice(1).map((start, i) => start - starts[i]!),
        originalLength: d.lineStarts?.length ?? d.original.length,
      };
      text = d.text;
    }
    this.read().set(file.path, result.ok ? { record, text, read: { blocks: result.document.blocks, furniture: result.document.furniture } } : { record, text });
    this.changed = true;
  }

  /**
   * Writes what the last load read or took from here, when it differs from the file: a full load
   * should call it (a load of a few files would forget the rest). Never throws.
   */
  save(): void {
    const entries = this.read();
    for (const p of entries.keys()) {
      if (!this.used.has(p)) {
        entries.delete(p);
        this.changed = true;
      }
    }
    this.used.clear();
    if (!this.changed) return;
    this.changed = false;
    try {
      mkdirSync(this.dir, { recursive: true });
      const records = [...entries.values()];
      const head = JSON.stringify({ format: FORMAT, reasons: this.reasons, records: records.map((e) => this.stored(e)) } satisfies Head);
      const tmp = `${this.file}.${process.pid}.tmp`;
      // Piece by piece (an archive's texts are tens of megabytes); texts never decoded go back as
      // the bytes they were read as.
      const fd = openSync(tmp, "w");
      try {
        const out = new TextWriter(fd);
        out.write(head + "\n");
        for (const e of records) {
          if (typeof e.text === "string") out.write(e.text);
          else out.writeBytes(e.text);
        }
        out.flush();
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
      for (const f of readdirSync(this.dir)) {
        if (/^sources-[0-9a-f]+\.bin$/.test(f) && path.join(this.dir, f) !== this.file) rmSync(path.join(this.dir, f), { force: true });
      }
    } catch {
      // A read-only or full disk: the next load reads the files.
    }
  }
}

function stampOf(file: KnownFile): string {
  return `${file.size}:${file.mtime}:${JSON.stringify(file.entry ?? null)}`;
}

/**
 * A document from its record: its offsets and line starts come with it, so placing evidence
 * reads nothing; its original text is read back from its file only if asked for.
 */
function restoredDocument(r: SourceRecord, d: NonNullable<SourceRecord["doc"]>, bytes: string | Buffer, reasons: readonly string[]): SourceDocument {
  if (!(Number.isInteger(d.length) && d.length >= 0)) throw new Error("bad text length");
  const offsetMap = OffsetMap.fromRuns(d.length + 1, d.runs);
  const starts = [0];
  for (const n of d.lines) {
    if (!(Number.isInteger(n) && n > 0)) throw new Error("bad line length");
    starts.push(starts[starts.length - 1]! + n);
  }
  if (!(starts[starts.length - 1]! <= d.originalLength)) throw new Error("lines past the end");
  if (d.blocks.length % 2 || d.furniture.length % 3) throw new Error("bad spans");
  const blocks: Span[] = [];
  for (let i = 0; i < d.blocks.length; i += 2) blocks.push({ start: d.blocks[i]!, end: d.blocks[i + 1]! });
  const furniture: SourceDocument["furniture"] = [];
  for (let i = 0; i < d.furniture.length; i += 3) {
    const reason = reasons[d.furniture[i + 2]!];
    if (reason === undefined) throw new Error("no such furniture reason");
    furniture.push({ span: { start: d.furniture[i]!, end: d.furniture[i + 1]! }, reason });
  }
  let original: string | undefined;
  let text = typeof bytes === "string" ? bytes : undefined;
  return {
    meta: { ...d.meta, aliases: [...d.meta.aliases], path: d.meta.path || r.path },
    // Decoded when first read. (Bytes damaged on disk decode to a text of another length:
    // positions clamp to it, as for a file changed under a load.)
    get text() {
      return (text ??= (bytes as Buffer).toString("utf8"));
    },
    blocks,
    furniture,
    hash: d.hash,
    offsetMap,
    lineStarts: new LineStarts(starts, d.originalLength),
    get original() {
      return (original ??= rereadOriginal(r.path, this.text, d.originalLength, readFileSync));
    },
  };
}
