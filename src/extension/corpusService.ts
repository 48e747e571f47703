/**
 * Owns the corpus index for the extension: loads the bundled seeds and each workspace folder's
 * sources, watches those sources, and rebuilds the index in the background when they change.
 *
 * Disposables are kept in two lists (as rust-analyzer does): `extensionDisposables` live as long as
 * the service, `indexDisposables` (file watchers) are torn down and recreated on every restart, e.g.
 * when `sourced.sources` changes or the workspace becomes trusted.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { CorpusIndex } from "../core/index/corpusIndex";
import type { CorpusFileSystem, FileStat } from "../core/sources/fileSystem";
import { loadCorpus } from "../core/sources/loadCorpus";
import type { SourceFailure } from "../core/sources/sourceDocument";
import { readSettings } from "./settings";

/** The current state of the corpus, as the status bar and views show it. */
export interface CorpusState {
  indexing: boolean;
  index: CorpusIndex | undefined;
  failures: SourceFailure[];
  /** Increments with every index built; findings cached against an older generation are stale. */
  generation: number;
  /** Set when loading failed as a whole (not per file). */
  error?: string;
}

/** `CorpusFileSystem` over `vscode.workspace.fs`, so remote and virtual workspaces work too. */
export const vscodeFileSystem: CorpusFileSystem = {
  async readFile(p: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(vscode.Uri.file(p));
  },
  async stat(p: string): Promise<FileStat> {
    const s = await vscode.workspace.fs.stat(vscode.Uri.file(p));
    const type = s.type & vscode.FileType.Directory ? "directory" : s.type & vscode.FileType.File ? "file" : "other";
    return { type, size: s.size };
  },
  async readDirectory(p: string): Promise<string[]> {
    return (await vscode.workspace.fs.readDirectory(vscode.Uri.file(p))).map(([name]) => name);
  },
  async realpath(p: string): Promise<string> {
    // workspace.fs has no realpath; the extension host runs where the files are, so node:fs can answer.
    try {
      return await fsp.realpath(p);
    } catch {
      return p;
    }
  },
};

/** Debounce for source file events: a `git checkout` touches many files at once. */
const REINDEX_DELAY_MS = 750;

export class CorpusService implements vscode.Disposable {
  private readonly extensionDisposables: vscode.Disposable[] = [];
  private indexDisposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<CorpusState>();
  private state: CorpusState = { indexing: false, index: undefined, failures: [], generation: 0 };
  private sourcePaths = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per build request, so a slow build finishing after a newer one is discarded. */
  private request = 0;
  private ready: Promise<CorpusIndex>;
  private resolveReady: ((index: CorpusIndex) => void) | undefined;

  /** Fires whenever indexing starts or finishes. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly seedsDir: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.extensionDisposables.push(this.changed);
    this.extensionDisposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()));
    this.extensionDisposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()));
  }

  /** The latest state. */
  get current(): CorpusState {
    return this.state;
  }

  /** The index, once the first build finished (later calls resolve at once with the latest index). */
  async whenReady(): Promise<CorpusIndex> {
    return this.state.index && !this.state.indexing ? this.state.index : this.ready;
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
          const onEvent = (uri: vscode.Uri): void => {
            this.log.debug(`source changed: ${uri.fsPath}`);
            this.scheduleReindex();
          };
          this.indexDisposables.push(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
        }
      }
    }
    void this.reindex();
  }

  /** Rebuilds after `REINDEX_DELAY_MS` of quiet. */
  scheduleReindex(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reindex();
    }, REINDEX_DELAY_MS);
  }

  /** Loads and indexes the corpus now. Resolves with the new index (or the previous one on failure). */
  async reindex(): Promise<CorpusIndex | undefined> {
    const request = ++this.request;
    // A rebuild makes `whenReady` wait for it again (not resolve with the index being replaced).
    if (!this.resolveReady) this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.setState({ ...this.state, indexing: true });
    const started = Date.now();
    try {
      const inputs = await this.collectInputs();
      const result = await loadCorpus(inputs, vscodeFileSystem);
      if (request !== this.request) return this.state.index; // superseded by a newer request
      // Let pending editor work run before the synchronous indexing step.
      await new Promise((r) => setTimeout(r, 0));
      const index = CorpusIndex.build(result.documents);
      if (request !== this.request) return this.state.index;
      this.sourcePaths = new Set(result.documents.map((d) => path.normalize(path.resolve(d.meta.path))));
      for (const f of result.failures) this.log.warn(`source skipped: ${f.path}: ${f.reason}`);
      this.log.info(`indexed ${result.documents.length} source(s) from ${inputs.length} input(s) in ${Date.now() - started} ms; ${result.failures.length} skipped`);
      this.setState({ indexing: false, index, failures: result.failures, generation: this.state.generation + 1 });
      this.resolveReady?.(index);
      this.resolveReady = undefined;
      this.ready = Promise.resolve(index);
      return index;
    } catch (err) {
      if (request !== this.request) return this.state.index;
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(`indexing failed: ${message}`);
      this.setState({ ...this.state, indexing: false, error: message });
      // Waiters get the previous index, if there is one (else they wait for a build that succeeds).
      if (this.state.index) {
        this.resolveReady?.(this.state.index);
        this.resolveReady = undefined;
        this.ready = Promise.resolve(this.state.index);
      }
      return this.state.index;
    }
  }

  /**
   * Loader inputs: the seeds folder (when `sourced.includeBundledSources`), then each folder's source
   * files. Untrusted workspaces get the seeds only (see `capabilities.untrustedWorkspaces`).
   */
  private async collectInputs(): Promise<string[]> {
    const inputs: string[] = [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    // Bundled seeds: on unless every folder (or the window, with no folder) turns them off.
    const seedsWanted = folders.length === 0 ? readSettings().includeBundledSources : folders.some((f) => readSettings(f.uri).includeBundledSources);
    if (seedsWanted) inputs.push(this.seedsDir);
    if (!vscode.workspace.isTrusted) return inputs;
    const seen = new Set<string>();
    for (const folder of folders) {
      for (const glob of readSettings(folder.uri).sources) {
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), "**/node_modules/**");
        for (const uri of files) {
          if (uri.scheme !== "file" || seen.has(uri.fsPath)) continue;
          seen.add(uri.fsPath);
          inputs.push(uri.fsPath);
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
    for (const d of this.indexDisposables) d.dispose();
    for (const d of this.extensionDisposables) d.dispose();
  }
}
