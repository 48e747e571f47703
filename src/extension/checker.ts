/**
 * Runs `checkDraft` for documents and keeps the last findings per document version, so diagnostics,
 * hovers, code actions and the report share one check per edit.
 */
import * as vscode from "vscode";
import { checkDraft } from "../core/check/checkDraft";
import { checkDraftChunked, isAbortError } from "../core/check/checkInChunks";
import type { CorpusIndex } from "../core/index/corpusIndex";
import { filterIgnored } from "../core/services/findings";
import type { Finding } from "../core/types";
import type { CorpusService } from "./corpusService";

/** Languages Sourced checks. */
export const DRAFT_LANGUAGES = ["markdown", "plaintext"];

/** Document selector for the language features. */
export const DRAFT_SELECTOR: vscode.DocumentSelector = DRAFT_LANGUAGES.flatMap((language) => [
  { language, scheme: "file" },
  { language, scheme: "untitled" },
]);

/**
 * Drafts longer than this (UTF-16 units) are only checked in time slices (`check`), never
 * synchronously inside a hover or code-action request, so the extension host is never blocked for long.
 */
export const SYNC_CHECK_LIMIT = 200_000;
/** Milliseconds a slice of a background check may run before yielding to the extension host. */
const SLICE_BUDGET_MS = 20;

interface Entry {
  version: number;
  generation: number;
  findings: Finding[];
}

export class DocumentChecker implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  /** The running background check per document, cancelled when the document changes or closes. */
  private readonly running = new Map<string, AbortController>();
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

  /** Cached findings for the document's current version, if it was checked against the current index. */
  cached(document: vscode.TextDocument): Finding[] | undefined {
    const e = this.cache.get(document.uri.toString());
    return e && e.version === document.version && e.generation === this.corpus.current.generation ? e.findings : undefined;
  }

  /**
   * All findings (including `supported`) for the document's current version, checking it when the
   * cache is stale. Undefined while no index exists yet.
   */
  findings(document: vscode.TextDocument): Finding[] | undefined {
    const hit = this.cached(document);
    if (hit) return hit;
    const index = this.corpus.current.index;
    if (!index) return undefined;
    if (document.getText().length > SYNC_CHECK_LIMIT) {
      // Too long to check inside a request: a background check fills the cache.
      void this.check(document);
      return undefined;
    }
    const findings = this.checkText(index, document.getText(), document.uri);
    this.cache.set(document.uri.toString(), { version: document.version, generation: this.corpus.current.generation, findings });
    return findings;
  }

  /**
   * Checks the document in time slices (yielding to the extension host between them), cancelling
   * any check of an older version still running. Resolves with the findings, or undefined when
   * the check was cancelled (the document changed or closed) or no index exists yet.
   */
  async check(document: vscode.TextDocument): Promise<Finding[] | undefined> {
    const hit = this.cached(document);
    if (hit) return hit;
    const index = this.corpus.current.index;
    if (!index) return undefined;
    const key = document.uri.toString();
    this.running.get(key)?.abort();
    const controller = new AbortController();
    this.running.set(key, controller);
    const version = document.version;
    const generation = this.corpus.current.generation;
    const text = document.getText();
    const started = Date.now();
    let slices = 0;
    let longest = 0;
    try {
      const raw = await checkDraftChunked(index, text, {
        signal: controller.signal,
        budgetMs: SLICE_BUDGET_MS,
        yieldFn: () => new Promise<void>((resolve) => setImmediate(resolve)),
        onSlice: (s) => {
          slices++;
          longest = Math.max(longest, s.ms);
        },
      });
      const findings = filterIgnored(text, raw);
      this.log.trace(`checked ${document.uri.toString(true)}: ${findings.length} finding(s) in ${Date.now() - started} ms, ${slices} slice(s), longest ${Math.round(longest)} ms`);
      if (document.version === version && this.corpus.current.generation === generation) this.cache.set(key, { version, generation, findings });
      return findings;
    } catch (err) {
      if (isAbortError(err)) return undefined;
      this.log.error(`check failed for ${document.uri.toString(true)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return [];
    } finally {
      if (this.running.get(key) === controller) this.running.delete(key);
    }
  }

  /** Stops the background check of `uri`, if one is running. */
  cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    this.running.get(key)?.abort();
    this.running.delete(key);
  }

  /** Checks a text (a file not open in an editor). Ignored claims are dropped. */
  checkText(index: CorpusIndex, text: string, uri: vscode.Uri): Finding[] {
    const started = Date.now();
    try {
      const findings = filterIgnored(text, checkDraft(index, text));
      this.log.trace(`checked ${uri.toString(true)}: ${findings.length} finding(s) in ${Date.now() - started} ms`);
      return findings;
    } catch (err) {
      // An engine bug on one draft must not take the editor features down with it.
      this.log.error(`check failed for ${uri.toString(true)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return [];
    }
  }

  dispose(): void {
    for (const c of this.running.values()) c.abort();
    this.running.clear();
    this.cache.clear();
    for (const d of this.disposables) d.dispose();
  }
}
