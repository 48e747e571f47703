/**
 * Analyses documents on several worker threads (`analysisThread`): each document's analysis
 * depends on its own text only (see `DocumentAnalysis`), so an archive splits into batches that
 * threads take as they finish the last; the results come back in document order and
 * `CorpusIndex.build` merges them as it would its own. The calling thread can take batches too
 * (`here`): a build's merging alone leaves most of its core idle.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { DocumentAnalysis, SentenceRecord } from "../core/index/documentAnalysis";
import type { Span } from "../core/types";

/** What a thread is sent: a batch of documents. */
export interface AnalysisBatch {
  batch: number;
  docs: { text: string; blocks: Span[] }[];
}

/**
 * A document's analysis as a thread sends it: each sentence as three numbers (its record's
 * number in the thread's table, its start, its paragraph). Copies of a sentence share a record,
 * so a thread sends each record once, the first time one of its documents holds it: an archive's
 * analyses cross between threads at a fraction of their size, and the receiving side shares
 * each record between copies as the thread did.
 */
export interface SentAnalysis extends Omit<DocumentAnalysis, "sentences"> {
  sentences: Int32Array;
}

/** What a thread answers: the records it had not sent before and the batch's analyses in order, or why it failed. */
export interface AnalysisBatchResult {
  batch: number;
  records?: SentenceRecord[];
  /** What identifies each record (see `SentenceCache.identity`), where the thread knows it. */
  identities?: (string | undefined)[];
  analyses?: SentAnalysis[];
  error?: string;
}

/** A thread's side of the record table (see {@link SentAnalysis}). */
export class RecordSender {
  private readonly sent = new Map<SentenceRecord, number>();

  /** `identity`: what identifies a record, if known (the thread's `SentenceCache.identity`). */
  constructor(private readonly identity: (record: SentenceRecord) => string | undefined = () => undefined) {}

  /** The analyses in their sent form, with the records not sent before (in table order). */
  send(analyses: readonly DocumentAnalysis[]): { records: SentenceRecord[]; identities: (string | undefined)[]; analyses: SentAnalysis[] } {
    const records: SentenceRecord[] = [];
    const identities: (string | undefined)[] = [];
    const out = analyses.map(({ sentences, ...rest }): SentAnalysis => {
      const encoded = new Int32Array(sentences.length * 3);
      sentences.forEach((s, i) => {
        // A thread's analyses are the document's own: nothing is resolved through the corpus yet.
        if (s.resolved) throw new Error("a thread's analysis holds a resolved sentence");
        let ref = this.sent.get(s.record);
        if (ref === undefined) {
          this.sent.set(s.record, (ref = this.sent.size));
          records.push(s.record);
          identities.push(this.identity(s.record));
        }
        encoded[i * 3] = ref;
        encoded[i * 3 + 1] = s.start;
        encoded[i * 3 + 2] = s.block;
      });
      return { ...rest, sentences: encoded };
    });
    return { records, identities, analyses: out };
  }
}

/** The receiving side of one thread's record table. */
export class RecordReceiver {
  private readonly records: SentenceRecord[] = [];

  /**
   * `shared`: records by identity, shared by the receivers of all threads, so that a sentence two
   * threads analysed apart is held once (an archive's index keeps every record it merges).
   */
  constructor(private readonly shared = new Map<string, SentenceRecord>()) {}

  /** The analyses of a batch, its new records taken into the table first. */
  receive(result: Pick<AnalysisBatchResult, "records" | "identities" | "analyses">): DocumentAnalysis[] {
    (result.records ?? []).forEach((r, i) => {
      const identity = result.identities?.[i];
      if (identity === undefined) return void this.records.push(r);
      const known = this.shared.get(identity);
      if (known) return void this.records.push(known);
      this.shared.set(identity, r);
      this.records.push(r);
    });
    return (result.analyses ?? []).map(({ sentences, ...rest }) => {
      const out: DocumentAnalysis["sentences"] = new Array(sentences.length / 3);
      for (let i = 0; i < out.length; i++) {
        const record = this.records[sentences[i * 3]!];
        if (!record) throw new Error(`analysis thread sent no record ${sentences[i * 3]}`);
        out[i] = { record, start: sentences[i * 3 + 1]!, block: sentences[i * 3 + 2]! };
      }
      return { ...rest, sentences: out };
    });
  }
}

/** Options of {@link analyzeInParallel}. */
export interface ParallelOptions {
  /** Worker threads to start. Default: the machine's parallelism, at most 4; with `here`, one fewer (see `defaultHelperThreads`). */
  threads?: number;
  /** Documents per batch. Default 50. */
  batchSize?: number;
  /** The compiled `analysisThread` script. Default: `analysisThread.js` beside this module (or bundle). */
  threadFile?: string;
  /**
   * Called with each batch's analyses as it arrives (`first`: the index in `docs` of the batch's
   * first document), in whatever order the threads finish.
   */
  onBatch?: (first: number, analyses: DocumentAnalysis[]) => void;
  /**
   * Analyses documents on the calling thread: given, the calling thread takes batches too, between
   * taking in the threads' results, so that `threads` workers and the caller keep `threads + 1`
   * cores busy (the caller's merging alone leaves most of one idle).
   */
  here?: (docs: readonly { text: string; blocks: Span[] }[]) => DocumentAnalysis[];
}

/** The default thread count: every core, but no more than 4 (merging in order is the next limit). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** The default worker count when the calling thread analyses too: every other core, at most 3. */
export function defaultHelperThreads(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

/** The default thread script: beside the running module (the tsc output or the esbuild bundle). */
export function defaultThreadFile(): string {
  return path.join(__dirname, "analysisThread.js");
}

/** Whether parallel analysis can run here (the thread script exists). */
export function canAnalyzeInParallel(threadFile = defaultThreadFile()): boolean {
  return existsSync(threadFile);
}

/**
 * Analyses `docs` on worker threads; the result is what `analyzeDocument` gives for each, in
 * order. Rejects if a thread fails (the caller may then analyse on its own thread).
 */
export async function analyzeInParallel(docs: readonly { text: string; blocks: Span[] }[], options: ParallelOptions = {}): Promise<DocumentAnalysis[]> {
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const batches: AnalysisBatch[] = [];
  for (let i = 0; i < docs.length; i += batchSize) {
    batches.push({ batch: batches.length, docs: docs.slice(i, i + batchSize).map((d) => ({ text: d.text, blocks: d.blocks })) });
  }
  const here = options.here;
  const threads = Math.max(here ? 0 : 1, Math.min(options.threads ?? (here ? defaultHelperThreads() : defaultThreads()), batches.length));
  const file = options.threadFile ?? defaultThreadFile();
  const results: DocumentAnalysis[][] = [];
  const workers: Worker[] = [];
  const shared = new Map<string, SentenceRecord>();
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const fail = (err: unknown): void => {
        failed = true;
        reject(err);
      };
      if (!batches.length) return resolve();
      // The calling thread's share: one batch at a time, then a turn of the event loop, in which
      // the threads' results are taken in (and their next batches sent).
      const analyseHere = (): void => {
        if (failed || next >= batches.length || !here) return;
        const b = batches[next++]!;
        let analyses: DocumentAnalysis[];
        try {
          analyses = results[b.batch] = here(b.docs);
          options.onBatch?.(b.batch * batchSize, analyses);
        } catch (err) {
          return fail(err);
        }
        if (++done === batches.length) return resolve();
        setImmediate(analyseHere);
      };
      for (let t = 0; t < threads; t++) {
        const worker = new Worker(file);
        const receiver = new RecordReceiver(shared);
        workers.push(worker);
        worker.on("error", fail);
        worker.on("exit", (code) => {
          if (done < batches.length) fail(new Error(`analysis thread exited with code ${code}`));
        });
        worker.on("message", (r: AnalysisBatchResult) => {
          if (r.error || !r.analyses) return fail(new Error(`analysis thread failed: ${r.error ?? "no result"}`));
          let analyses: DocumentAnalysis[];
          try {
            analyses = results[r.batch] = receiver.receive(r);
          } catch (err) {
            return fail(err);
          }
          // The thread's next batch first: it analyses while this thread takes the results in.
          if (next < batches.length) worker.postMessage(batches[next++]);
          try {
            options.onBatch?.(r.batch * batchSize, analyses);
          } catch (err) {
            return fail(err);
          }
          if (++done === batches.length) return resolve();
        });
        // Two batches ahead when this thread analyses too: a result waits while it is busy, and the
        // worker goes on with the second batch meanwhile.
        for (let k = 0; k < (here ? 2 : 1) && next < batches.length; k++) worker.postMessage(batches[next++]);
      }
      if (here) setImmediate(analyseHere);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
