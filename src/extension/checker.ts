/**
 * Runs `checkDraft` for documents and keeps the last findings per document version, so diagnostics,
 * hovers, code actions and the report share one check per edit.
 */
import * as vscode from "vscode";
import { checkDraft } from "../core/check/checkDraft";
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

interface Entry {
  version: number;
  generation: number;
  findings: Finding[];
}

export class DocumentChecker implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly corpus: CorpusService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
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
    const findings = this.checkText(index, document.getText(), document.uri);
    this.cache.set(document.uri.toString(), { version: document.version, generation: this.corpus.current.generation, findings });
    return findings;
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
    this.cache.clear();
    for (const d of this.disposables) d.dispose();
  }
}
