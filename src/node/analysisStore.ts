/**
 * Persists per-document analyses (see `DocumentAnalysis`) on disk, keyed by each document's
 * content hash (`SourceDocument.hash`) and by the engine that made them (a fingerprint of the
 * running code), so a second run analyses nothing and a changed source re-analyses only itself.
 * Node-side: the engine under src/core stays free of I/O.
 *
 * An archive repeats itself (wire copy, near-copies with a figure changed), so each distinct
 * sentence and quote analysis is stored once, with its offsets relative to its own start, and a
 * document lists which ones it holds and where. Loading parses each distinct record once and
 * shares its strings and term lists between copies.
 *
 * Format: one file per engine fingerprint, `<dir>/analyses-<fingerprint>.jsonl`, written to a
 * temporary file and renamed (a crash never leaves half a store). Lines are
 * `s<n>\t<sentence JSON>` and `q<n>\t<quote JSON>` (the tables, each line before the first document
 * that uses it) and `d<hash>\t{"s":[[n,start,block],…],"q":[[n,start],…],"n":[names],"f":[shapes]}`
 * per document (a sentence a merge analysed again with the corpus's names adds `queried,
 * answers, n`). Lines are parsed only for the documents asked for.
 *
 * Beside it, `<dir>/index-<fingerprint>.bin` holds the image of the last index built (see
 * `IndexImage`), keyed by its documents: a reload of the same corpus restores that index without
 * reading any analysis; a changed corpus merges the stored analyses as above.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import * as path from "node:path";
import { CorpusIndex } from "../core/index/corpusIndex";
import { shift, type AnalysedQuote, type AnalysedSentence, type DocumentAnalysis, type SentenceRecord } from "../core/index/documentAnalysis";
import type { SourceDocument } from "../core/sources/sourceDocument";
import { contentHash, hash53 } from "../core/text/hash";
import { readIndexImage, writeIndexImage } from "./indexImageFile";
import { analyzeInParallel, canAnalyzeInParallel, defaultHelperThreads, type ParallelOptions } from "./parallelAnalysis";
import { TextWriter } from "./textWriter";

/** A short fingerprint of a file's bytes (the running bundle): analyses of other code are never reused. */
export function fileFingerprint(file: string): string {
  return createHash("sha1").update(readFileSync(file)).digest("hex").slice(0, 16);
}

/** A document's line: its sentences and quotes as table references with their offsets. */
interface StoredDocument {
  s: ([ref: number, start: number, block: number] | [ref: number, start: number, block: number, queried: string[], answers: string, resolved: number])[];
  q: [ref: number, at: number][];
  n: DocumentAnalysis["names"];
  /** Near-copy shape hashes of the facts (`DocumentAnalysis.shapes`). */
  f?: number[];
}

export class AnalysisStore {
  private readonly file: string;
  private readonly imageFile: string;
  private lines: { docs: Map<string, string>; sentences: string[]; quotes: string[] } | undefined;
  /** Table records parsed so far (relative offsets), shared by every copy. */
  private readonly parsedSentences = new Map<number, SentenceRecord>();
  private readonly parsedQuotes = new Map<number, Omit<AnalysedQuote, "at">>();

  constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {
    this.file = path.join(dir, `analyses-${fingerprint}.jsonl`);
    this.imageFile = path.join(dir, `index-${fingerprint}.bin`);
  }

  /** The index last saved for exactly these documents (same hashes, paths and keys, in order), if its image reads. */
  loadIndex(documents: SourceDocument[]): CorpusIndex | undefined {
    const image = readIndexImage(this.imageFile, corpusKey(documents));
    if (!image) return undefined;
    try {
      return CorpusIndex.fromImage(documents, image);
    } catch {
      return undefined;
    }
  }

  /** Saves the image of `index` (replacing the last one): a reload of the same documents restores it. */
  saveIndex(index: CorpusIndex): void {
    mkdirSync(this.dir, { recursive: true });
    writeIndexImage(this.imageFile, corpusKey(index.documents), index.toImage());
    for (const f of readdirSync(this.dir)) {
      if (/^index-[0-9a-f]+\.bin$/.test(f) && path.join(this.dir, f) !== this.imageFile) rmSync(path.join(this.dir, f), { force: true });
    }
  }

  private read(): NonNullable<AnalysisStore["lines"]> {
    if (this.lines) return this.lines;
    const lines = (this.lines = { docs: new Map<string, string>(), sentences: [] as string[], quotes: [] as string[] });
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return lines;
    }
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf("\n", at);
      if (end < 0) end = text.length;
      const tab = text.indexOf("\t", at);
      if (tab > at + 1 && tab < end) {
        const kind = text[at];
        const key = text.slice(at + 1, tab);
        const value = text.slice(tab + 1, end);
        if (kind === "d") lines.docs.set(key, value);
        else if (kind === "s") lines.sentences[Number(key)] = value;
        else if (kind === "q") lines.quotes[Number(key)] = value;
      }
      at = end + 1;
    }
    return lines;
  }

  /** The stored analysis of a document with this hash, if any (a damaged line counts as none). */
  get(hash: string): DocumentAnalysis | undefined {
    const lines = this.read();
    const line = lines.docs.get(hash);
    if (line === undefined) return undefined;
    try {
      const doc = JSON.parse(line) as StoredDocument;
      const sentences = doc.s.map(([ref, start, block, queried, answers, resolved]): AnalysedSentence => {
        const record = this.record(this.parsedSentences, lines.sentences, ref);
        if (resolved === undefined) return { block, start, record };
        return { block, start, record, resolved: { queried: queried!, answers: answers!, record: this.record(this.parsedSentences, lines.sentences, resolved) } };
      });
      const quotes = doc.q.map(([ref, at]): AnalysedQuote => ({ ...shift(this.record(this.parsedQuotes, lines.quotes, ref), at), at }));
      return doc.f ? { sentences, quotes, names: doc.n, shapes: doc.f } : { sentences, quotes, names: doc.n };
    } catch {
      return undefined;
    }
  }

  private record<T>(parsed: Map<number, T>, table: string[], ref: number): T {
    let rec = parsed.get(ref);
    if (rec === undefined) {
      const json = table[ref];
      if (json === undefined) throw new Error(`missing record ${ref}`);
      parsed.set(ref, (rec = JSON.parse(json) as T));
    }
    return rec;
  }

  /** Replaces the store with the analyses of `index`'s documents; older fingerprints' files are removed. */
  save(index: CorpusIndex): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      // Written as it is made, each record before the first document that uses it: nothing of
      // the store is held but what tells records apart, so the text written dies young (an
      // archive's store is tens of megabytes, and a build's peak of memory comes as it is saved).
      const out = new TextWriter(fd);
      const sentenceRefs = new ContentRefs<SentenceRecord>((r) => JSON.stringify(r));
      const quoteRefs = new ContentRefs<Omit<AnalysedQuote, "at">>((q) => JSON.stringify(q));
      const tableLine = (kind: string, ref: number, json: string): void => {
        out.write(kind);
        out.write(String(ref));
        out.write("\t");
        out.write(json);
        out.write("\n");
      };
      // Copies of a sentence share their record: each is written out once.
      const recordRefs = new Map<SentenceRecord, number>();
      const recordRef = (record: SentenceRecord): number => {
        let ref = recordRefs.get(record);
        if (ref === undefined) recordRefs.set(record, (ref = sentenceRefs.refOf(record, (n, json) => tableLine("s", n, json))));
        return ref;
      };
      // Copies of a quote share its text (and the words made from it): a copy is known by its text,
      // then its span from where it opens and its speaker, without writing it out again to compare.
      const quoteRefsByText = new Map<string, Map<string, number>>();
      const quoteRef = ({ at, ...rest }: AnalysedQuote): number => {
        let byPlace = quoteRefsByText.get(rest.text);
        if (!byPlace) quoteRefsByText.set(rest.text, (byPlace = new Map()));
        const place = `${rest.span.start - at} ${rest.span.end - at} ${rest.speakerType ?? ""} ${rest.speaker ?? ""}`;
        let ref = byPlace.get(place);
        if (ref === undefined) byPlace.set(place, (ref = quoteRefs.refOf(shift(rest, -at), (n, json) => tableLine("q", n, json))));
        return ref;
      };
      const written = new Set<string>();
      index.documents.forEach((d, i) => {
        if (written.has(d.hash)) return;
        // An index restored from its image has the analyses only of documents added since: the others keep theirs.
        const a = index.analysisOf(i) ?? this.get(d.hash);
        if (!a) return;
        written.add(d.hash);
        const stored: StoredDocument = {
          s: a.sentences.map(({ block, start, record, resolved }) =>
            resolved ? [recordRef(record), start, block, resolved.queried, resolved.answers, recordRef(resolved.record)] : [recordRef(record), start, block],
          ),
          q: a.quotes.map((q) => [quoteRef(q), q.at]),
          n: a.names,
        };
        if (a.shapes) stored.f = a.shapes;
        out.write("d");
        out.write(d.hash);
        out.write("\t");
        out.write(JSON.stringify(stored));
        out.write("\n");
      });
      out.flush();
    } catch (err) {
      closeSync(fd);
      rmSync(tmp, { force: true });
      throw err;
    }
    closeSync(fd);
    renameSync(tmp, this.file);
    this.lines = undefined;
    this.parsedSentences.clear();
    this.parsedQuotes.clear();
    for (const f of readdirSync(this.dir)) {
      if (/^analyses-[0-9a-f]+\.jsonl$/.test(f) && path.join(this.dir, f) !== this.file) rmSync(path.join(this.dir, f), { force: true });
    }
  }
}

/**
 * Numbers for values by their JSON, each value written once (`write`, when first met): values are
 * told apart by a hash of their JSON, and a value whose hash was met before is written out again
 * only to compare it with the one met (a store's records are not held as text to compare).
 */
export class ContentRefs<T> {
  private readonly byHash = new Map<number, { value: T; ref: number }[]>();
  private count = 0;

  /** `json`: a value's JSON; `hash`: of a JSON (given by tests, to make values collide). */
  constructor(
    private readonly json: (value: T) => string,
    private readonly hash: (json: string) => number = hash53,
  ) {}

  /** The number of `value`'s content; `write` is called with it and the JSON when it is new. */
  refOf(value: T, write: (ref: number, json: string) => void): number {
    const json = this.json(value);
    const hash = this.hash(json);
    let same = this.byHash.get(hash);
    if (!same) this.byHash.set(hash, (same = []));
    for (const met of same) if (this.json(met.value) === json) return met.ref;
    const ref = this.count++;
    same.push({ value, ref });
    write(ref, json);
    return ref;
  }
}

/** What identifies a corpus for its index image: each document's hash, path and citation keys, in order. */
export function corpusKey(documents: readonly SourceDocument[]): string {
  return contentHash(documents.map((d) => [d.hash, d.meta.path, d.meta.key, ...d.meta.aliases].join("\u0000")).join("\u0001"));
}

/** Figures of one cached build. */
export interface CachedBuildStats {
  /** The index was restored from its image (nothing merged). */
  restored: boolean;
  /** Documents whose analysis came from the store. */
  reused: number;
  /** Documents analysed now. */
  analysed: number;
  saveMs: number;
}

/** Options of {@link buildIndexInParallel}. */
export interface ParallelBuildOptions extends ParallelOptions {
  /** Fewer documents to analyse than this are analysed on the calling thread. Default 200. */
  minDocuments?: number;
}

/**
 * Builds the index, reusing stored analyses and storing the new ones; the documents the store
 * lacks are analysed on worker threads, one per other core (`threads`), and on the calling
 * thread between merges, when there are many of them (a first build over an archive). If
 * threads cannot run (no thread script, a thread fails), they are analysed on the calling
 * thread: same index either way. Never throws for the store: an unreadable or unwritable
 * cache only means no reuse.
 */
export async function buildIndexInParallel(documents: SourceDocument[], store: AnalysisStore | undefined, options: ParallelBuildOptions = {}): Promise<{ index: CorpusIndex; stats: CachedBuildStats }> {
  const restored = store?.loadIndex(documents);
  if (restored) return { index: restored, stats: { restored: true, reused: documents.length, analysed: 0, saveMs: 0 } };
  const analyses = documents.map((d) => store?.get(d.hash));
  const missing: number[] = [];
  analyses.forEach((a, i) => a || missing.push(i));
  // Worker threads beside this one, which analyses too (and merges).
  const helpers = options.threads ?? defaultHelperThreads();
  const builder = CorpusIndex.builder(documents);
  // Merged in document order as analyses arrive: this thread merges while the others analyse.
  const mergeReady = (): void => {
    while (builder.added < documents.length && analyses[builder.added]) builder.add(analyses[builder.added]);
  };
  if (missing.length >= (options.minDocuments ?? 200) && helpers >= 1 && canAnalyzeInParallel(options.threadFile)) {
    try {
      await analyzeInParallel(
        missing.map((i) => documents[i]!),
        {
          ...options,
          threads: helpers,
          here: (docs) => docs.map((d) => builder.analyze(d)),
          onBatch: (first, found) => {
            found.forEach((a, k) => (analyses[missing[first + k]!] = a));
            mergeReady();
          },
        },
      );
    } catch {
      // Whatever is still missing is analysed below, on this thread.
    }
  }
  mergeReady();
  // Whatever is still missing is analysed here, in order.
  while (builder.added < documents.length) builder.add(analyses[builder.added]);
  const index = builder.finish();
  const analysed = missing.length;
  let saveMs = 0;
  if (store) {
    const t = performance.now();
    try {
      if (analysed > 0) store.save(index);
      // This corpus had no image (new, or changed since): the next load of it restores this index.
      store.saveIndex(index);
    } catch {
      // A read-only or full disk: the next run merges or analyses again.
    }
    saveMs = Math.round(performance.now() - t);
  }
  return { index, stats: { restored: false, reused: documents.length - analysed, analysed, saveMs } };
}
