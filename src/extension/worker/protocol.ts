/**
 * The typed message protocol between the extension host (main thread) and the index worker
 * (`dist/worker.js`, a `worker_threads` Worker). No `vscode` import here: both sides use it.
 *
 * Main -> worker: `{ kind: "request", id, method, params }` and `{ kind: "cancel", id }`.
 * Worker -> main: `{ kind: "response", id, result | error }` and `{ kind: "status", status }`.
 */
import type { SourceSummary } from "../../core/index/corpusIndex";
import type { PassageHit, SourceFact, SourceQuote } from "../../core/index/queryTypes";
import type { SourceFailure } from "../../core/sources/sourceDocument";
import type { Finding, SourceMeta, Span } from "../../core/types";

/** What the worker loads: resolved by the main thread from the settings, folders and trust state. */
export interface LoadParams {
  /** Bundled seeds folder, when `sourced.includeBundledSources` asks for it. */
  seedsDir?: string;
  /** Source files found by the workspace's `sourced.sources` globs (absolute paths). */
  files: string[];
  /** Whether the workspace is trusted (untrusted: seeds only; `files` is then empty). */
  trusted: boolean;
  /** Folder of the persistent analysis store (context.globalStorageUri); none disables it. */
  storeDir?: string;
}

/** The corpus as the main thread caches it: enough for hovers, key completions and the open guard. */
export interface CorpusSnapshot {
  /** Increments with every index change; findings of an older generation are stale. */
  generation: number;
  sources: SourceMeta[];
  failures: SourceFailure[];
  /** Normalised absolute paths of the indexed files. */
  sourcePaths: string[];
  /** How the last (re)build went, for the log. */
  stats: { ms: number; reused: number; analysed: number; incremental: boolean };
}

/** Indexing progress and counts, pushed by the worker as it works. */
export interface WorkerStatus {
  indexing: boolean;
  phase?: "loading" | "indexing" | "updating";
  documents: number;
  failures: number;
  generation: number;
  error?: string;
}

export interface CheckParams {
  documentUri: string;
  version: number;
  text: string;
  within?: Span;
  /**
   * Re-check only the paragraphs around what changed since this document's last check (on the
   * same index) and keep the other findings; the result is then `partial`.
   */
  incremental?: boolean;
}

export interface CheckResult {
  documentUri: string;
  version: number;
  generation: number;
  findings: Finding[];
  /** Only the edited paragraphs were checked again: follow up with a full check. */
  partial: boolean;
  ms: number;
  slices: number;
  longestSliceMs: number;
}

/** Every request: params and result types by method name. */
export interface Methods {
  load: { params: LoadParams; result: CorpusSnapshot };
  /** Incremental source changes from the FileSystemWatcher. */
  update: { params: { upsert: string[]; remove: string[] }; result: CorpusSnapshot };
  check: { params: CheckParams; result: CheckResult };
  /** Sources ranked for `sentence`, filtered and ordered by the typed `prefix` (at most `limit`). */
  rankSources: { params: { sentence: string; prefix?: string; limit?: number }; result: { meta: SourceMeta; sortText: string }[] };
  searchQuotes: { params: { query: string; limit: number; speaker?: string }; result: SourceQuote[] };
  searchFacts: { params: { query: string; limit: number }; result: SourceFact[] };
  searchPassages: { params: { query: string; limit: number; sources?: string[] }; result: PassageHit[] };
  summaries: { params: Record<string, never>; result: SourceSummary[] };
  sourceItems: { params: { key: string }; result: { quotes: SourceQuote[]; facts: SourceFact[] } };
  resolveKey: { params: { key: string }; result: SourceMeta | undefined };
  isSource: { params: { path: string }; result: boolean };
  status: { params: Record<string, never>; result: WorkerStatus };
}

export type Method = keyof Methods;

export interface RequestMessage<M extends Method = Method> {
  kind: "request";
  id: number;
  method: M;
  params: Methods[M]["params"];
}

export interface CancelMessage {
  kind: "cancel";
  id: number;
}

export type ToWorker = RequestMessage | CancelMessage;

export interface ResponseMessage {
  kind: "response";
  id: number;
  result?: unknown;
  /** Set when the request failed; `aborted` when it was cancelled. */
  error?: { message: string; aborted?: boolean };
}

export interface StatusMessage {
  kind: "status";
  status: WorkerStatus;
}

export interface LogMessage {
  kind: "log";
  level: "trace" | "debug" | "info" | "warn" | "error";
  message: string;
}

export type FromWorker = ResponseMessage | StatusMessage | LogMessage;
