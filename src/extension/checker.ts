/**
 * Checks documents in the index worker and keeps the last findings per document version, so
 * diagnostics, hovers, code actions and the report share one check per edit. The extension host
 * only sends the text and caches the answer: a check never runs on its thread. A newer edit (or
 * closing the document) cancels the running check; the worker stops it between slices.
 */
import * as vscode from "vscode";
import { isAbortError } from "../core/check/checkInChunks";
import type { Finding } from "../core/types";
import type { CorpusService } from "./corpusService";

/** Languages Sourced checks. */
export const DRAFT_LANGUAGES = ["markdown", "plaintext"];

/** Document selector for the language features. */
export const DRAFT_SELECTOR: vscode.DocumentSelector = DRAFT_LANGUAGES.flatMap((language) => [
  { language, scheme: "file" },
  { language, scheme: "untitled" },
]);

interface Entry {
  version: number;
  generation: number;
  findings: Finding[];
  /** Only the edited paragraphs were re-checked (see worker/incremental.ts): a full check should follow. */
  partial: boolean;
}

/**
 * `incremental`: re-check the edited paragraphs only (fast while typing; the findings may be
 * partial). `full`: a complete check (partial findings in the cache do not count). `any`: the
 * cached findings, partial or not, else a full check.
 */
export type CheckMode = "any" | "incremental" | "full";

interface Running {
  version: number;
  generation: number;
  incremental: boolean;
  controller: AbortController;
  promise: Promise<Finding[] | undefined>;
}

export class DocumentChecker implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  /** The running check per document, cancelled when the document changes or closes. */
  private readonly running = new Map<string, Running>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly corpus: CorpusService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d.uri);
        this.cache.delete(d.uri.toString());
      }),
      // An edit makes a running check's result stale: stop it; the debounced refresh starts a new one.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.cancel(e.document.uri);
      }),
    );
  }

  /** Whether `document` is a draft Sourced checks (Markdown or plain text, not one of the sources). */
  isDraft(document: vscode.TextDocument): boolean {
    return DRAFT_LANGUAGES.includes(document.languageId) && (document.uri.scheme === "file" || document.uri.scheme === "untitled") && !this.corpus.isSource(document.uri);
  }

  /** Cached findings for the document's current version (maybe partial), if it was checked against the current index. */
  cached(document: vscode.TextDocument): Finding[] | undefined {
    return this.entry(document)?.findings;
  }

  /** Whether the cached findings of the current version are partial (a full check should follow). */
  isPartial(document: vscode.TextDocument): boolean {
    return this.entry(document)?.partial ?? false;
  }

  private entry(document: vscode.TextDocument): Entry | undefined {
    const e = this.cache.get(document.uri.toString());
    return e && e.version === document.version && e.generation === this.corpus.current.generation ? e : undefined;
  }

  /**
   * All findings (including `supported`) for the document's current version: the cached ones, else
   * one check in the worker (a check of the same version already running is shared). Resolves with
   * undefined when the check was cancelled (the document changed or closed) or no index exists yet.
   */
  async check(document: vscode.TextDocument, mode: CheckMode = "any"): Promise<Finding[] | undefined> {
    const hit = this.entry(document);
    if (hit && !(mode === "full" && hit.partial)) return hit.findings;
    if (!this.corpus.current.indexed) return undefined;
    const key = document.uri.toString();
    const version = document.version;
    const generation = this.corpus.current.generation;
    const incremental = mode === "incremental";
    const same = this.running.get(key);
    if (same && same.version === version && same.generation === generation && (incremental || !same.incremental)) return same.promise;
    same?.controller.abort();
    const controller = new AbortController();
    const promise = this.run(document.uri, version, document.getText(), controller.signal, incremental).then((r) => {
      if (r && this.corpus.current.generation === generation && !document.isClosed && document.version === version) this.cache.set(key, { version, generation, findings: r.findings, partial: r.partial });
      return r?.findings;
    });
    const entry: Running = { version, generation, incremental, controller, promise };
    this.running.set(key, entry);
    void promise.finally(() => {
      if (this.running.get(key) === entry) this.running.delete(key);
    });
    return promise;
  }

  /** Checks a text (a file not open in an editor). Ignored claims are dropped; [] on failure. */
  async checkText(text: string, uri: vscode.Uri): Promise<Finding[]> {
    return (await this.run(uri, -1, text))?.findings ?? [];
  }

  private async run(uri: vscode.Uri, version: number, text: string, signal?: AbortSignal, incremental = false): Promise<{ findings: Finding[]; partial: boolean } | undefined> {
    const started = Date.now();
    try {
      const r = await this.corpus.query("check", { documentUri: uri.toString(), version, text, incremental }, signal);
      this.log.trace(`checked ${uri.toString(true)}${r.partial ? " (edited paragraphs)" : ""}: ${r.findings.length} finding(s) in ${Date.now() - started} ms (worker ${r.ms} ms, ${r.slices} slice(s), longest ${r.longestSliceMs} ms)`);
      return r;
    } catch (err) {
      if (isAbortError(err)) return undefined;
      // An engine bug (or a worker crash) on one draft must not take the editor features down with it.
      this.log.error(`check failed for ${uri.toString(true)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { findings: [], partial: false };
    }
  }

  /** Stops the check of `uri`, if one is running. */
  cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    this.running.get(key)?.controller.abort();
    this.running.delete(key);
  }

  dispose(): void {
    for (const r of this.running.values()) r.controller.abort();
    this.running.clear();
    this.cache.clear();
    for (const d of this.disposables) d.dispose();
  }
}
