/**
 * The index worker (`dist/worker.js`): loads the sources through Node's fs, builds the corpus index
 * (reusing the persistent analysis store, so a window reload analyses nothing), applies source
 * changes incrementally, and answers the requests of `protocol.ts`. Checks run in slices so that a
 * `cancel` (a newer edit) stops them between claims. No `vscode` here: this runs off the extension host's thread.
 */
import * as path from "node:path";
import { parentPort } from "node:worker_threads";
import { checkDraftChunked, isAbortError } from "../../core/check/checkInChunks";
import { warmUpDraft } from "../../core/check/warmUpChecker";
import { warmUpAnalysers } from "../../core/analysis/warmUp";
import { CheckMemo } from "../../core/check/checkMemo";
import { CorpusIndex } from "../../core/index/corpusIndex";
import { filterIgnored } from "../../core/services/findings";
import { rankByPrefix } from "../../core/services/fuzzy";
import { sourceItems } from "../../core/services/sourceItems";
import { loadCorpus } from "../../core/sources/loadCorpus";
import { nodeFileSystem } from "../../core/sources/nodeFileSystem";
import type { SourceFailure } from "../../core/sources/sourceDocument";
import type { Finding } from "../../core/types";
import { AnalysisStore, buildIndexInParallel, fileFingerprint } from "../../node/analysisStore";
import { VerdictStore } from "../../node/verdictStore";
import { SourceFileCache } from "../../node/sourceFileCache";
import { mergeFindings, recheckRegion } from "./incremental";
import type { CheckResult, CorpusSnapshot, FromWorker, LoadParams, Method, Methods, RequestMessage, ToWorker, WorkerStatus } from "./protocol";

/** Milliseconds a check slice may run before the worker looks at its message queue (cancels). */
const SLICE_BUDGET_MS = 20;
/** Delay before writing the store after incremental updates (a burst of changes writes once). */
const SAVE_DELAY_MS = 2000;
/** Above this many changed files, an update rebuilds (with the stored analyses) instead of upserting each. */
const MAX_UPSERTS = 256;
/** Catalog files give metadata to their folder's sources: a change there needs a full reload. */
const CATALOGS = new Set(["catalog.json", "sources.json"]);

const norm = (p: string): string => path.normalize(path.resolve(p));
const collator = new Intl.Collator();

export class IndexWorker {
  private index: CorpusIndex | undefined;
  private params: LoadParams | undefined;
  private failures: SourceFailure[] = [];
  private generation = 0;
  /** Verdicts of claims already checked: after an edit only the claims that changed are checked again. */
  private readonly memo = new CheckMemo();
  private store: AnalysisStore | undefined;
  /** The memo's verdicts on disk: a window reload takes them up, so open drafts are not checked again. */
  private verdicts: VerdictStore | undefined;
  /** The memo's count of claims checked when its verdicts were last saved. */
  private verdictsSavedAt = 0;
  private verdictTimer: ReturnType<typeof setTimeout> | undefined;
  /** Sources as the last full load read them: a reload reads only changed files. */
  private sources: SourceFileCache | undefined;
  /** Whether the pending save has new analyses to store (an image is saved either way). */
  private saveAnalyses = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private status: WorkerStatus = { indexing: false, documents: 0, failures: 0, generation: 0 };
  /** Loads and updates run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private loads = 0;
  /** Whether the analysers have run once in this thread (see `warmUpAnalysers`). */
  private warmedUp = false;
  /** The checker's warm-up over the current index (see `warmUpDraft`), while it runs. */
  private warmingChecker: AbortController | undefined;
  /** Running requests that can be cancelled, by request id. */
  private readonly running = new Map<number, AbortController>();
  /** The running check per document, aborted by a newer check of the same document. */
  private readonly checks = new Map<string, AbortController>();
  /** The last checked text and findings per document (for incremental re-checks), most recent last. */
  private readonly last = new Map<string, { text: string; findings: Finding[]; generation: number }>();

  constructor(
    private readonly post: (m: FromWorker) => void,
    private readonly fingerprint: string,
  ) {}

  onMessage(m: ToWorker): void {
    if (m.kind === "cancel") {
      this.running.get(m.id)?.abort();
      return;
    }
    void this.handle(m);
  }

  private async handle(m: RequestMessage): Promise<void> {
    const controller = new AbortController();
    this.running.set(m.id, controller);
    try {
      const result = await this.dispatch(m, controller.signal);
      this.post({ kind: "response", id: m.id, result });
    } catch (err) {
      const aborted = isAbortError(err);
      if (!aborted) this.log("error", `${m.method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      this.post({ kind: "response", id: m.id, error: { message: err instanceof Error ? err.message : String(err), aborted } });
    } finally {
      this.running.delete(m.id);
    }
  }

  private async dispatch(m: RequestMessage, signal: AbortSignal): Promise<unknown> {
    const method: Method = m.method;
    switch (method) {
      case "load":
        return this.serial(() => this.load(m.params as LoadParams));
      case "update": {
        const p = m.params as Methods["update"]["params"];
        return this.serial(() => this.update(p.upsert, p.remove));
      }
      case "check":
        return this.check(m.params as Methods["check"]["params"], signal);
      case "status":
        return this.status;
      case "isSource": {
        const p = norm((m.params as Methods["isSource"]["params"]).path);
        return this.index?.documents.some((d) => norm(d.meta.path) === p) ?? false;
      }
    }
    const index = await this.ready();
    switch (method) {
      case "rankSources": {
        const p = m.params as Methods["rankSources"]["params"];
        const ranked = index.rankSources(p.sentence);
        const kept = rankByPrefix(
          ranked.map((r) => ({ item: r, fields: [r.meta.key, r.meta.title, r.meta.publisher ?? ""] })),
          p.prefix ?? "",
        );
        return kept.slice(0, p.limit ?? 200).map(({ item, sortText }) => ({ meta: item.meta, sortText }));
      }
      case "searchQuotes": {
        const p = m.params as Methods["searchQuotes"]["params"];
        return index.searchQuotes(p.query, p.limit, p.speaker);
      }
      case "searchFacts": {
        const p = m.params as Methods["searchFacts"]["params"];
        return index.searchFacts(p.query, p.limit);
      }
      case "searchPassages": {
        const p = m.params as Methods["searchPassages"]["params"];
        return index.searchPassages(p.query, p.limit, p.sources);
      }
      case "summaries":
        // Sorted here, not on the extension host: an archive has thousands of titles.
        return index.summaries().sort((a, b) => collator.compare(a.meta.title, b.meta.title));
      case "sourceItems":
        return sourceItems(index, (m.params as Methods["sourceItems"]["params"]).key);
      case "resolveKey":
        return index.resolveKey((m.params as Methods["resolveKey"]["params"]).key);
      default:
        throw new Error(`unknown method ${String(method)}`);
    }
  }

  /**
   * After an index is ready and the reply to its load has gone, while the writer is not waiting:
   * once per thread, the analysers' first run (chrono compiling its date patterns); then, for each
   * new index, a check of a draft made of its own sentences (`warmUpDraft`), in slices, so that the
   * writer's first check does not pay for compiling the check and numbering the largest measure
   * lists. Any check, update or load stops it at its next slice.
   */
  private warmUpSoon(index: CorpusIndex): void {
    this.warmingChecker?.abort();
    const controller = new AbortController();
    this.warmingChecker = controller;
    setImmediate(() => {
      if (!this.warmedUp) {
        this.warmedUp = true;
        const started = performance.now();
        warmUpAnalysers();
        this.log("debug", `analysers warmed up in ${Math.round(performance.now() - started)} ms`);
      }
      const stopped = (): void => this.log("debug", "checker warm-up stopped");
      if (controller.signal.aborted) return stopped();
      const started = performance.now();
      checkDraftChunked(index, warmUpDraft(index), {
        signal: controller.signal,
        budgetMs: SLICE_BUDGET_MS,
        yieldFn: () => new Promise<void>((resolve) => setImmediate(resolve)),
      }).then(
        (findings) => this.log("debug", `checker warmed up in ${Math.round(performance.now() - started)} ms (${findings.length} findings)`),
        (err: unknown) => {
          if (isAbortError(err)) stopped();
          else this.log("warn", `checker warm-up failed: ${err instanceof Error ? err.message : String(err)}`);
        },
      ).finally(() => {
        if (this.warmingChecker === controller) this.warmingChecker = undefined;
      });
    });
  }

  /** Stops the checker's warm-up (a check, an update or a load needs the thread). */
  private stopWarmUp(): void {
    this.warmingChecker?.abort();
    this.warmingChecker = undefined;
  }

  /** The index, waiting for the first load if none exists yet. */
  private async ready(): Promise<CorpusIndex> {
    if (!this.index) await this.queue;
    if (!this.index) throw new Error("no index yet");
    return this.index;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setStatus(patch: Partial<WorkerStatus>): void {
    this.status = { ...this.status, ...patch };
    if (!this.status.indexing) delete this.status.phase;
    this.post({ kind: "status", status: this.status });
  }

  private log(level: "trace" | "debug" | "info" | "warn" | "error", message: string): void {
    this.post({ kind: "log", level, message });
  }

  private inputs(): string[] {
    const p = this.params!;
    return [...(p.seedsDir ? [p.seedsDir] : []), ...(p.trusted ? p.files : [])];
  }

  /** A full load: reads every source and builds the index, reusing stored analyses. */
  private async load(params: LoadParams): Promise<CorpusSnapshot> {
    const load = ++this.loads;
    this.params = { ...params, files: [...params.files] };
    this.store = params.storeDir ? new AnalysisStore(params.storeDir, this.fingerprint) : undefined;
    this.sources = params.storeDir ? new SourceFileCache(params.storeDir, this.fingerprint) : undefined;
    this.verdicts = params.storeDir ? new VerdictStore(params.storeDir, this.fingerprint) : undefined;
    return this.rebuild(load);
  }

  private async rebuild(load: number): Promise<CorpusSnapshot> {
    this.stopWarmUp();
    const started = performance.now();
    this.setStatus({ indexing: true, phase: "loading", error: undefined });
    try {
      const result = await loadCorpus(this.inputs(), nodeFileSystem, this.sources ? { known: this.sources } : {});
      this.sources?.save();
      this.setStatus({ phase: "indexing" });
      // Many unanalysed sources (a first load of an archive): analysed on threads of their own.
      const { index, stats } = await buildIndexInParallel(result.documents, this.store);
      if (load === this.loads) {
        this.index = index;
        this.failures = result.failures;
        this.generation++;
        if (this.verdicts) {
          const recalled = this.verdicts.recallInto(this.memo, index);
          this.verdictsSavedAt = this.memo.misses;
          if (recalled) this.log("debug", `${recalled} verdicts taken up from the last session`);
        }
        this.warmUpSoon(index);
      }
      return this.snapshot({ ms: Math.round(performance.now() - started), reused: stats.reused, analysed: stats.analysed, incremental: false });
    } catch (err) {
      this.setStatus({ error: err instanceof Error ? err.message : String(err) });
      throw err;
    } finally {
      this.setStatus({ indexing: false, documents: this.index?.documents.length ?? 0, failures: this.failures.length, generation: this.generation });
    }
  }

  /**
   * Source files created, changed or deleted. Changed and new files are read and upserted into the
   * index (only they are analysed); a deletion or a catalog change reloads everything (stored
   * analyses make that cheap).
   */
  private async update(upsert: string[], remove: string[]): Promise<CorpusSnapshot> {
    if (!this.params || !this.index) throw new Error("update before load");
    const removed = new Set(remove.map(norm));
    // A deleted folder takes its files with it (the watcher may report only the folder).
    const isRemoved = (p: string): boolean => {
      for (let d = norm(p), up = path.dirname(d); ; d = up, up = path.dirname(d)) {
        if (removed.has(d)) return true;
        if (up === d) return false;
      }
    };
    const files = this.params.files.filter((f) => !isRemoved(f));
    const have = new Set(files.map(norm));
    for (const f of upsert) {
      if (have.has(norm(f))) continue;
      have.add(norm(f));
      files.push(f);
    }
    this.params.files = files;
    // A deleted file is no longer a skipped one either.
    this.failures = this.failures.filter((f) => !isRemoved(f.path));
    const indexed = new Set(this.index.documents.map((d) => norm(d.meta.path)));
    const needsReload =
      (remove.length > 0 && this.index.documents.some((d) => isRemoved(d.meta.path))) || remove.some((f) => CATALOGS.has(path.basename(f))) || upsert.some((f) => CATALOGS.has(path.basename(f)));
    // Many files at once (a checkout, an archive copied in): one build beats thousands of upserts.
    if (needsReload || !this.params.trusted || upsert.length > MAX_UPSERTS) return this.rebuild(++this.loads);

    const started = performance.now();
    this.setStatus({ indexing: true, phase: "updating" });
    // Upserts change the index in place: running checks must not read it half-updated.
    for (const c of this.checks.values()) c.abort();
    this.stopWarmUp();
    try {
      const result = await loadCorpus(upsert, nodeFileSystem);
      let analysed = 0;
      for (const doc of result.documents) {
        const analysis = this.store?.get(doc.hash);
        if (!analysis) analysed++;
        this.index.upsertDocument(doc, analysis);
      }
      const touched = new Set(upsert.map(norm));
      this.failures = [...this.failures.filter((f) => !touched.has(norm(f.path))), ...result.failures];
      // A file that became unreadable leaves the index: reload without it.
      if (result.failures.some((f) => indexed.has(norm(f.path)))) return this.rebuild(++this.loads);
      this.generation++;
      // The index changed: its image is saved; the stored analyses only when some are new.
      this.scheduleSave(analysed > 0);
      return this.snapshot({ ms: Math.round(performance.now() - started), reused: result.documents.length - analysed, analysed, incremental: true });
    } finally {
      this.setStatus({ indexing: false, documents: this.index.documents.length, failures: this.failures.length, generation: this.generation });
    }
  }

  private scheduleSave(analyses: boolean): void {
    this.saveAnalyses ||= analyses;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      try {
        if (this.index) {
          if (this.saveAnalyses) this.store?.save(this.index);
          this.saveAnalyses = false;
          // The image of the updated index: a window reload restores it instead of merging.
          this.store?.saveIndex(this.index);
        }
      } catch (err) {
        this.log("warn", `analysis store not written: ${err instanceof Error ? err.message : String(err)}`);
      }
    }, SAVE_DELAY_MS);
  }

  /** Saves the memo's verdicts a while after a check that checked claims again (never during typing bursts). */
  private scheduleVerdictSave(): void {
    if (!this.verdicts || this.memo.misses === this.verdictsSavedAt) return;
    if (this.verdictTimer) clearTimeout(this.verdictTimer);
    this.verdictTimer = setTimeout(() => {
      this.verdictTimer = undefined;
      if (!this.index || !this.verdicts) return;
      this.verdictsSavedAt = this.memo.misses;
      this.verdicts.save(this.memo, this.index);
      this.log("debug", "verdicts saved");
    }, SAVE_DELAY_MS);
  }

  private snapshot(stats: CorpusSnapshot["stats"]): CorpusSnapshot {
    const docs = this.index?.documents ?? [];
    return {
      generation: this.generation,
      sources: docs.map((d) => d.meta),
      failures: this.failures,
      sourcePaths: docs.map((d) => norm(d.meta.path)),
      stats,
    };
  }

  private remember(uri: string, entry: { text: string; findings: Finding[]; generation: number }): void {
    this.last.delete(uri);
    this.last.set(uri, entry);
    // Open drafts only, in practice; a bound keeps "Verify Workspace" over many files from piling up.
    if (this.last.size > 32) this.last.delete(this.last.keys().next().value!);
  }

  /** Checks a draft in slices; a newer check of the same document (or a `cancel`) aborts it. */
  private async check(p: Methods["check"]["params"], signal: AbortSignal): Promise<CheckResult> {
    const index = await this.ready();
    this.stopWarmUp();
    const own = new AbortController();
    this.checks.get(p.documentUri)?.abort();
    this.checks.set(p.documentUri, own);
    const onAbort = (): void => own.abort();
    signal.addEventListener("abort", onAbort);
    const generation = this.generation;
    const started = performance.now();
    let slices = 0;
    let longest = 0;
    const prev = this.last.get(p.documentUri);
    const region = p.incremental && !p.within && prev && prev.generation === generation ? recheckRegion(prev.text, p.text) : undefined;
    try {
      const raw = await checkDraftChunked(index, p.text, {
        signal: own.signal,
        within: region?.within ?? p.within,
        memo: this.memo,
        budgetMs: SLICE_BUDGET_MS,
        yieldFn: () => new Promise<void>((resolve) => setImmediate(resolve)),
        onSlice: (s) => {
          slices++;
          longest = Math.max(longest, s.ms);
        },
      });
      const fresh = filterIgnored(p.text, raw);
      const findings = region && prev ? mergeFindings(prev.findings, fresh, p.text, region.within, region.oldEnd) : fresh;
      if (!p.within) this.remember(p.documentUri, { text: p.text, findings, generation });
      this.scheduleVerdictSave();
      return { documentUri: p.documentUri, version: p.version, generation, findings, partial: region !== undefined, ms: Math.round(performance.now() - started), slices, longestSliceMs: Math.round(longest) };
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (this.checks.get(p.documentUri) === own) this.checks.delete(p.documentUri);
    }
  }
}

if (parentPort) {
  const port = parentPort;
  let fingerprint = "dev";
  try {
    fingerprint = fileFingerprint(__filename);
  } catch {
    // No readable bundle: analyses are stored under "dev".
  }
  const worker = new IndexWorker((m) => port.postMessage(m), fingerprint);
  port.on("message", (m: ToWorker) => worker.onMessage(m));
}
