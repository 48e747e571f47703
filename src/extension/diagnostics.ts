/**
 * Problems panel: one diagnostic per problem finding, refreshed as the writer types (debounced),
 * when the corpus is re-indexed and when settings change.
 */
import * as vscode from "vscode";
import { selectProblems } from "../core/services/problems";
import type { Finding } from "../core/types";
import { recordBlocking, timed } from "./blocking";
import type { CheckMode, DocumentChecker } from "./checker";
import type { CorpusService } from "./corpusService";
import { readSettings } from "./settings";
import type { SeveritySetting, SourcedSettings } from "./settingsModel";

const SEVERITY: Record<Exclude<SeveritySetting, "off">, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Quiet time after a partial (edited paragraphs only) check before the whole draft is checked again. */
const FULL_CHECK_DELAY_MS = 1000;

/** The diagnostic `source` of every Sourced problem. */
export const DIAGNOSTIC_SOURCE = "Sourced";

/**
 * Diagnostics for `findings`: problems only, per-kind severity (kinds set to `off` dropped), most
 * serious first, capped at `maxProblems`. `toRange` maps a finding to the document (offsets of the
 * checked text when the document is open, else the engine's own range).
 */
export function toDiagnostics(findings: readonly Finding[], settings: SourcedSettings, toRange: (f: Finding) => vscode.Range): vscode.Diagnostic[] {
  return selectProblems(findings, settings.severity, settings.maxProblems)
    .map((f) => {
      const d = new vscode.Diagnostic(toRange(f), f.message, severityOf(f, settings));
      d.source = DIAGNOSTIC_SOURCE;
      d.code = f.kind;
      d.relatedInformation = f.evidence.map(
        (e) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(vscode.Uri.file(e.path), new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character)),
            `${e.source}: ${oneLine(e.text, 160)}`,
          ),
      );
      return d;
    });
}

function severityOf(f: Finding, settings: SourcedSettings): vscode.DiagnosticSeverity {
  const s = settings.severity[f.kind as Exclude<typeof f.kind, "supported">];
  return s && s !== "off" ? SEVERITY[s] : vscode.DiagnosticSeverity.Information;
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Range of a finding in an open document (from its span, so it matches the checked text exactly). */
export function findingRange(document: vscode.TextDocument, f: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(f.span.start), document.positionAt(f.span.end));
}

/** Range of a finding from the engine's line/character range (for files not open). */
export function engineRange(f: Finding): vscode.Range {
  return new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
}

/** The diagnostics surface. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection("sourced");
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly checker: DocumentChecker,
    corpus: CorpusService,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(timed("diagnostics.open", (d: vscode.TextDocument) => this.refresh(d))),
      vscode.workspace.onDidChangeTextDocument(
        timed("diagnostics.change", (e: vscode.TextDocumentChangeEvent) => {
          if (e.contentChanges.length) this.schedule(e.document);
        }),
      ),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d.uri);
        this.collection.delete(d.uri);
      }),
      corpus.onDidChange(
        timed("diagnostics.corpus", (s: { indexing: boolean }) => {
          if (!s.indexing) this.refreshAll();
        }),
      ),
    );
  }

  /** Re-checks `document` after the configured delay (typing keeps pushing it back). */
  schedule(document: vscode.TextDocument): void {
    if (!this.checker.isDraft(document)) return;
    this.cancel(document.uri);
    const delay = readSettings(document.uri).checkDelay;
    this.timers.set(
      document.uri.toString(),
      setTimeout(() => {
        this.timers.delete(document.uri.toString());
        void this.refreshAsync(document, "incremental");
      }, delay),
    );
  }

  /** Publishes the cached findings of `document` at once, else checks it (in the worker) and publishes them when done. */
  refresh(document: vscode.TextDocument): void {
    if (!this.checker.isDraft(document) || document.isClosed) return;
    const settings = readSettings(document.uri);
    if (!settings.enable) {
      this.collection.delete(document.uri);
      return;
    }
    const findings = this.checker.cached(document);
    if (findings) this.collection.set(document.uri, toDiagnostics(findings, settings, (f) => findingRange(document, f)));
    else void this.refreshAsync(document);
  }

  /**
   * Checks `document` in the index worker and publishes its diagnostics. A newer edit cancels the
   * check; then nothing is published and undefined is returned.
   */
  async refreshAsync(document: vscode.TextDocument, mode: CheckMode = "full"): Promise<Finding[] | undefined> {
    if (!this.checker.isDraft(document) || document.isClosed) return undefined;
    const settings = readSettings(document.uri);
    if (!settings.enable) {
      this.collection.delete(document.uri);
      return undefined;
    }
    const version = document.version;
    const findings = await this.checker.check(document, mode);
    if (!findings || document.isClosed || document.version !== version) return undefined;
    const start = performance.now();
    this.collection.set(document.uri, toDiagnostics(findings, readSettings(document.uri), (f) => findingRange(document, f)));
    recordBlocking("diagnostics.publish", performance.now() - start);
    // Only the edited paragraphs were re-checked: check the whole draft once the writer pauses.
    if (this.checker.isPartial(document) && !this.timers.has(document.uri.toString())) {
      this.timers.set(
        document.uri.toString(),
        setTimeout(() => {
          this.timers.delete(document.uri.toString());
          void this.refreshAsync(document, "full");
        }, FULL_CHECK_DELAY_MS),
      );
    }
    return findings;
  }

  /** Publishes diagnostics for a file checked without opening it (workspace verification). */
  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    this.collection.set(uri, toDiagnostics(findings, readSettings(uri), engineRange));
  }

  /** Re-checks every open draft (after re-indexing or a settings change). */
  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  private cancel(uri: vscode.Uri): void {
    const t = this.timers.get(uri.toString());
    if (t) clearTimeout(t);
    this.timers.delete(uri.toString());
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Creates the diagnostics surface and checks the drafts already open. */
export function registerDiagnostics(checker: DocumentChecker, corpus: CorpusService): DiagnosticsController {
  const controller = new DiagnosticsController(checker, corpus);
  controller.refreshAll();
  return controller;
}
