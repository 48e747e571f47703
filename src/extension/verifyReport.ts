/**
 * `Sourced: Verify Citations` (active document) and `Sourced: Verify Workspace` (every draft): fill
 * the Problems panel and show the verification report in one reusable webview panel, restored after
 * a reload. Both commands return a `ReportSummary` (integration tests assert it).
 */
import * as vscode from "vscode";
import { buildReportModel, reportToJson, reportToMarkdown, summarizeReport, type ReportDocumentInput, type ReportModel, type ReportSummary } from "../core/services/report";
import { DRAFT_LANGUAGES, type DocumentChecker } from "./checker";
import { COMMANDS } from "./commandIds";
import type { CorpusService } from "./corpusService";
import type { DiagnosticsController } from "./diagnostics";
import { isFromWebview, type ReportWebviewState, type ToWebview } from "./reportProtocol";

export const REPORT_VIEW_TYPE = "sourced.report";

/** The report panel (one at a time, reused). */
class ReportPanel implements vscode.Disposable {
  private model: ReportModel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly onDisposed: () => void,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
    );
  }

  show(model: ReportModel): void {
    this.model = model;
    this.post({ type: "model", model });
    this.panel.reveal(undefined, true);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: unknown): Promise<void> {
    if (!isFromWebview(m)) return;
    switch (m.type) {
      case "ready":
        if (this.model) this.post({ type: "model", model: this.model });
        return;
      case "reveal":
        await vscode.commands.executeCommand(COMMANDS.revealRange, { uri: m.uri, range: m.range });
        return;
      case "export":
        if (this.model) await exportReport(this.model, m.format);
        return;
    }
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = makeNonce();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "media", "report.css"));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "media", "report.js"));
    // No inline script or style; only our nonce'd script and our stylesheet may load.
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${css.toString()}" rel="stylesheet">
<title>Sourced report</title>
</head>
<body>
<header id="summary"><h1>Sourced verification report</h1><p id="meta">Verifying…</p></header>
<nav id="counts" aria-label="Filter by kind"></nav>
<div id="actions"><button id="export-md" type="button">Export Markdown</button> <button id="export-json" type="button">Export JSON</button></div>
<main id="rows"></main>
<script nonce="${nonce}" src="${js.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.onDisposed();
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, "media")], enableCommandUris: false };
}

function makeNonce(): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let s = "";
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/** Asks where to save (the dialog confirms before replacing a file) and writes the report. */
async function exportReport(model: ReportModel, format: "markdown" | "json"): Promise<void> {
  const ext = format === "json" ? "json" : "md";
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `sourced-report.${ext}`) : undefined,
    filters: format === "json" ? { JSON: ["json"] } : { Markdown: ["md"] },
    saveLabel: "Export report",
  });
  if (!target) return;
  const body = format === "json" ? reportToJson(model) : reportToMarkdown(model);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(body));
  void vscode.window.showInformationMessage(`Sourced: report saved to ${vscode.workspace.asRelativePath(target)}`);
}

/** The verify commands and the report panel. */
export class VerifyReport implements vscode.Disposable {
  private current: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly checker: DocumentChecker,
    private readonly corpus: CorpusService,
    private readonly diagnostics: DiagnosticsController,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(COMMANDS.verifyCitations, (uri?: vscode.Uri) => this.verifyDocument(uri)),
      vscode.commands.registerCommand(COMMANDS.verifyWorkspace, () => this.verifyWorkspace()),
      vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
          this.current?.panel.dispose();
          this.current = new ReportPanel(panel, this.extensionUri, () => (this.current = undefined));
          const model = (state as ReportWebviewState | undefined)?.model;
          if (model) this.current.show(model);
        },
      }),
    );
  }

  /** Verifies one document (the active editor's when no URI is given). */
  async verifyDocument(uri?: vscode.Uri, options: { showReport?: boolean } = {}): Promise<ReportSummary | undefined> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !this.checker.isDraft(document)) {
      void vscode.window.showInformationMessage("Sourced: open a Markdown or plain-text draft to verify it.");
      return undefined;
    }
    await this.corpus.whenReady();
    const findings = (await this.diagnostics.refreshAsync(document)) ?? (await this.checker.check(document)) ?? [];
    const model = buildReportModel([{ uri: document.uri.toString(), label: vscode.workspace.asRelativePath(document.uri), findings }], {
      scope: "document",
      titleOf: (k) => this.corpus.resolveKey(k)?.title,
      claimRange: (_u, start, end) => toPlainRange(new vscode.Range(document.positionAt(start), document.positionAt(end))),
    });
    if (options.showReport !== false) this.showReport(model);
    return summarizeReport(model);
  }

  /** Verifies every Markdown and plain-text file of the workspace, except sources and node_modules. */
  async verifyWorkspace(options: { showReport?: boolean } = {}): Promise<ReportSummary> {
    await this.corpus.whenReady();
    const files = await vscode.workspace.findFiles("**/*.{md,markdown,txt}", "{**/node_modules/**,**/.git/**,**/.vscode-test/**}");
    const inputs: ReportDocumentInput[] = [];
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: "Sourced: verifying workspace" }, async () => {
      for (const uri of files.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
        if (this.corpus.isSource(uri)) continue;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        let findings;
        if (open) {
          if (!DRAFT_LANGUAGES.includes(open.languageId)) continue;
          findings = (await this.diagnostics.refreshAsync(open)) ?? [];
        } else {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          findings = await this.checker.checkText(text, uri);
          this.diagnostics.publish(uri, findings);
        }
        inputs.push({ uri: uri.toString(), label: vscode.workspace.asRelativePath(uri), findings });
      }
    });
    this.log.info(`verified ${inputs.length} workspace draft(s)`);
    const model = buildReportModel(inputs, { scope: "workspace", titleOf: (k) => this.corpus.resolveKey(k)?.title });
    if (options.showReport !== false) this.showReport(model);
    return summarizeReport(model);
  }

  private showReport(model: ReportModel): void {
    if (!this.current) {
      const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, "Sourced Report", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...webviewOptions(this.extensionUri), retainContextWhenHidden: false });
      this.current = new ReportPanel(panel, this.extensionUri, () => (this.current = undefined));
    }
    this.current.show(model);
  }

  dispose(): void {
    this.current?.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function toPlainRange(r: vscode.Range): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** Registers the verify commands and the report panel serializer. */
export function registerVerifyReport(extensionUri: vscode.Uri, checker: DocumentChecker, corpus: CorpusService, diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): vscode.Disposable {
  return new VerifyReport(extensionUri, checker, corpus, diagnostics, log);
}
