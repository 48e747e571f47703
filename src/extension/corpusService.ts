/**
 * Owns the corpus for the extension. The index itself lives in the index worker (`dist/worker.js`,
 * see `worker/indexWorker.ts`): this service resolves what to load (the bundled seeds, each workspace
 * folder's source files, the trust state), sends it to the worker, forwards the FileSystemWatcher's
 * changes as incremental updates, and caches what the editor needs synchronously: the source
 * metadata (key resolution for hovers, completions, bibliography) and the indexed paths (open guard).
 *
 * Disposables are kept in two lists (as rust-analyzer does): `extensionDisposables` live as long as
 * the service, `indexDisposables` (file watchers) are torn down and recreated on every restart, e.g.
 * when `sourced.sources` changes or the workspace becomes trusted.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import type { SourceFailure } from "../core/sources/sourceDocument";
import type { SourceMeta } from "../core/types";
import { recordBlocking, timed } from "./blocking";
import { readSettings } from "./settings";
import { WorkerClient } from "./worker/client";
import type { CorpusSnapshot, Method, Methods, WorkerStatus } from "./worker/protocol";

/** The current state of the corpus, as the status bar and views show it. */
export interface CorpusState {
  indexing: boolean;
  /** Whether an index exists (the first build finished). */
  indexed: boolean;
  /** Number of indexed sources. */
  documents: number;
  failures: SourceFailure[];
  /** Increments with every index change; findings cached against an older generation are stale. */
  generation: number;
  /** Set when loading failed as a whole (not per file), or the worker crashed. */
  error?: string;
  /** How many times the index worker crashed (it is restarted once; after that it stays down). */
  crashes: number;
  /** Set once the worker crashed for good. */
  workerDown?: boolean;
}

/** Debounce for source file events: a `git checkout` touches many files at once. */
const REINDEX_DELAY_MS = 300;

export class CorpusService implements vscode.Disposable {
  private readonly extensionDisposables: vscode.Disposable[] = [];
  private indexDisposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<CorpusState>();
  private state: CorpusState = { indexing: false, indexed: false, documents: 0, failures: [], generation: 0, crashes: 0 };
  private sourcePaths = new Set<string>();
  /** Lower-cased keys and aliases -> metadata (as `CorpusIndex.resolveKey` resolves them). */
  private keys = new Map<string, SourceMeta>();
  private metas: SourceMeta[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingUpsert = new Set<string>();
  private pendingRemove = new Set<string>();
  /** Bumped per build request, so a slow build finishing after a newer one is discarded. */
  private request = 0;
  private ready: Promise<number>;
  private resolveReady: ((documents: number) => void) | undefined;
  private readonly worker: WorkerClient;

  /** Fires whenever indexing starts or finishes. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly seedsDir: string,
    workerScript: string,
    private readonly storeDir: string | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.worker = new WorkerClient(workerScript, log, {
      onStatus: (s) => this.onWorkerStatus(s),
      onCrash: (reason, restarted) => {
        this.setState({ ...this.state, indexing: false, crashes: this.state.crashes + 1, workerDown: !restarted, error: `the index worker crashed: ${reason}` });
        if (restarted) {
          this.log.warn("index worker restarted; re-indexing");
          void this.reindex();
        } else {
          this.log.error("index worker crashed again; Sourced is off until the window reloads");
        }
      },
    });
    this.extensionDisposables.push(this.changed);
    this.extensionDisposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()));
    this.extensionDisposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()));
  }

  /** The latest state. */
  get current(): CorpusState {
    return this.state;
  }

  /** Every indexed source's metadata (cached from the worker). */
  get sources(): readonly SourceMeta[] {
    return this.metas;
  }

  /** The source a citation key (or alias) names, from the cached metadata. */
  resolveKey(key: string): SourceMeta | undefined {
    return this.keys.get(key.toLowerCase());
  }

  /** One request to the index worker (the index and the checks live there). */
  query<M extends Method>(method: M, params: Methods[M]["params"], signal?: AbortSignal): Promise<Methods[M]["result"]> {
    return this.worker.request(method, params, signal);
  }

  /** The worker (for tests: `terminate(true)` simulates a crash). */
  get workerClient(): WorkerClient {
    return this.worker;
  }

  /** Number of sources, once the first build finished (after the running rebuild, if any). */
  async whenReady(): Promise<number> {
    return this.state.indexed && !this.state.indexing ? this.state.documents : this.ready;
  }

  /** Whether `uri` is one of the indexed source files (sources are not checked as drafts). */
  isSource(uri: vscode.Uri): boolean {
    if (uri.scheme !== "file") return false;
    const p = path.normalize(uri.fsPath);
    return this.sourcePaths.has(p) || p.startsWith(path.normalize(this.seedsDir) + path.sep);
  }

  /** Tears down the watchers, recreates them from the current settings, and rebuilds the index. */
  restart(): void {
    for (const d of this.indexDisposables) d.dispose();
    this.indexDisposables = [];
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const glob of readSettings(folder.uri).sources) {
          const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
          // A checkout or an archive copied in fires thousands of these in one go: keep each tiny.
          const onEvent = (removed: boolean) =>
            timed("corpus.watch", (uri: vscode.Uri): void => {
              if (uri.scheme !== "file") return;
              (removed ? this.pendingUpsert : this.pendingRemove).delete(uri.fsPath);
              (removed ? this.pendingRemove : this.pendingUpsert).add(uri.fsPath);
              this.scheduleUpdate();
            });
          this.indexDisposables.push(watcher, watcher.onDidCreate(onEvent(false)), watcher.onDidChange(onEvent(false)), watcher.onDidDelete(onEvent(true)));
        }
      }
    }
    void this.reindex();
  }

  /** Sends the collected source changes to the worker after `REINDEX_DELAY_MS` of quiet. */
  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const upsert = [...this.pendingUpsert];
      const remove = [...this.pendingRemove];
      this.log.debug(`sources changed: ${upsert.length} created or changed, ${remove.length} deleted`);
      this.pendingUpsert.clear();
      this.pendingRemove.clear();
      void this.run("update", () => this.worker.request("update", { upsert, remove }));
    }, REINDEX_DELAY_MS);
  }

  /** Loads and indexes the corpus now (in the worker). Resolves with the number of sources. */
  async reindex(): Promise<number | undefined> {
    return this.run("load", async () =>
      this.worker.request("load", { ...(await this.collectInputs()), storeDir: this.storeDir }),
    );
  }

  private async run(what: string, build: () => Promise<CorpusSnapshot>): Promise<number | undefined> {
    const request = ++this.request;
    // A rebuild makes `whenReady` wait for it again (not resolve with the index being replaced).
    if (!this.resolveReady) this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.setState({ ...this.state, indexing: true });
    const started = Date.now();
    try {
      const snap = await build();
      if (request !== this.request) return this.state.documents; // superseded by a newer request
      const applying = performance.now();
      this.apply(snap);
      recordBlocking("corpus.cache", performance.now() - applying);
      for (const f of snap.failures) this.log.warn(`source skipped: ${f.path}: ${f.reason}`);
      const s = snap.stats;
      this.log.info(
        `${what}: ${snap.sources.length} source(s) indexed in ${Date.now() - started} ms (worker ${s.ms} ms; ${s.analysed} analysed, ${s.reused} from the store${s.incremental ? ", incremental" : ""}); ${snap.failures.length} skipped`,
      );
      this.setState({ indexing: false, indexed: true, documents: snap.sources.length, failures: snap.failures, generation: this.state.generation + 1, crashes: this.state.crashes });
      this.settle();
      // Caching the snapshot and refreshing the views runs on the extension host's thread: measured.
      recordBlocking("corpus.apply", performance.now() - applying);
      return snap.sources.length;
    } catch (err) {
      if (request !== this.request) return this.state.documents;
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(`indexing failed: ${message}`);
      this.setState({ ...this.state, indexing: false, error: this.state.workerDown ? this.state.error : message });
      // Waiters get the previous index, if there is one (else they wait for a build that succeeds).
      if (this.state.indexed) this.settle();
      return this.state.indexed ? this.state.documents : undefined;
    }
  }

  private settle(): void {
    this.resolveReady?.(this.state.documents);
    this.resolveReady = undefined;
    this.ready = Promise.resolve(this.state.documents);
  }

  private apply(snap: CorpusSnapshot): void {
    this.metas = snap.sources;
    this.sourcePaths = new Set(snap.sourcePaths);
    const keys = new Map<string, SourceMeta>();
    for (const m of snap.sources) keys.set(m.key.toLowerCase(), m);
    for (const m of snap.sources) for (const a of m.aliases) if (!keys.has(a.toLowerCase())) keys.set(a.toLowerCase(), m);
    this.keys = keys;
  }

  private onWorkerStatus(s: WorkerStatus): void {
    if (s.indexing && s.phase) this.log.trace(`worker: ${s.phase}…`);
  }

  /**
   * What the worker loads: the seeds folder (when `sourced.includeBundledSources`), then each
   * folder's source files. Untrusted workspaces get the seeds only (see `capabilities.untrustedWorkspaces`).
   */
  private async collectInputs(): Promise<{ seedsDir?: string; files: string[]; trusted: boolean }> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    // Bundled seeds: on unless every folder (or the window, with no folder) turns them off.
    const seedsWanted = folders.length === 0 ? readSettings().includeBundledSources : folders.some((f) => readSettings(f.uri).includeBundledSources);
    const inputs = { ...(seedsWanted ? { seedsDir: this.seedsDir } : {}), files: [] as string[], trusted: vscode.workspace.isTrusted };
    if (!vscode.workspace.isTrusted) return inputs;
    const seen = new Set<string>();
    for (const folder of folders) {
      for (const glob of readSettings(folder.uri).sources) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), "**/node_modules/**");
        for (const uri of found) {
          if (uri.scheme !== "file" || seen.has(uri.fsPath)) continue;
          seen.add(uri.fsPath);
          inputs.files.push(uri.fsPath);
        }
      }
    }
    return inputs;
  }

  private setState(state: CorpusState): void {
    this.state = state;
    this.changed.fire(state);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.request++;
    this.worker.dispose();
    for (const d of this.indexDisposables) d.dispose();
    for (const d of this.extensionDisposables) d.dispose();
  }
}
