/**
 * The status bar item: indexing progress, then "N sources · M problems" for the active document;
 * a click opens the Sourced actions. Corpus failures go in its tooltip.
 */
import * as vscode from "vscode";
import { COMMANDS } from "./commandIds";
import type { CorpusService } from "./corpusService";
import { DIAGNOSTIC_SOURCE } from "./diagnostics";

/** Registers the status bar item and its commands; `text()` reads the item's current text (for tests). */
export function registerStatusBar(corpus: CorpusService, log: vscode.LogOutputChannel): vscode.Disposable & { text(): string } {
  const item = vscode.window.createStatusBarItem("sourced.status", vscode.StatusBarAlignment.Right, 100);
  item.name = "Sourced";
  item.command = COMMANDS.showActions;

  const update = (): void => {
    const s = corpus.current;
    if (s.indexing) {
      item.text = "$(sync~spin) Sourced: indexing…";
      item.tooltip = "Sourced is indexing the sources";
      item.show();
      return;
    }
    if (s.workerDown) {
      item.text = "$(error) Sourced: stopped";
      item.tooltip = `Sourced's index worker crashed twice and is off until the window reloads: ${s.error ?? ""} (see the Sourced log)`;
      item.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
      item.show();
      return;
    }
    const sources = s.documents;
    const doc = vscode.window.activeTextEditor?.document;
    const problems = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE).length : 0;
    item.text = `$(book) ${sources} source${sources === 1 ? "" : "s"} · ${problems} problem${problems === 1 ? "" : "s"}`;
    const tip = new vscode.MarkdownString();
    tip.appendText(`Sourced: ${sources} source(s) indexed.`);
    if (s.error) tip.appendText(`\n\nIndexing failed: ${s.error}`);
    if (s.crashes) tip.appendText(`\n\nThe index worker crashed ${s.crashes} time(s) and was restarted (see the Sourced log).`);
    if (s.failures.length) {
      tip.appendText(`\n\n${s.failures.length} file(s) skipped:`);
      for (const f of s.failures.slice(0, 10)) tip.appendText(`\n- ${vscode.workspace.asRelativePath(f.path)}: ${f.reason}`);
      if (s.failures.length > 10) tip.appendText("\n- … (see the Sourced log)");
    }
    item.tooltip = tip;
    item.backgroundColor = s.error || s.crashes || s.failures.length ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    item.show();
  };

  const actions = vscode.commands.registerCommand(COMMANDS.showActions, async () => {
    const picks: (vscode.QuickPickItem & { command: string })[] = [
      { label: "$(check) Verify Citations", description: "Check the active document", command: COMMANDS.verifyCitations },
      { label: "$(checklist) Verify Workspace", description: "Check every draft", command: COMMANDS.verifyWorkspace },
      { label: "$(book) Show Sources", command: COMMANDS.showSources },
      { label: "$(list-ordered) Insert Bibliography", command: COMMANDS.insertBibliography },
      { label: "$(refresh) Re-index Sources", command: COMMANDS.reindex },
      { label: "$(output) Open Log", command: COMMANDS.openLog },
    ];
    const pick = await vscode.window.showQuickPick(picks, { placeHolder: "Sourced" });
    if (pick) await vscode.commands.executeCommand(pick.command);
  });
  const openLog = vscode.commands.registerCommand(COMMANDS.openLog, () => log.show(true));

  update();
  const disposable = vscode.Disposable.from(
    item,
    actions,
    openLog,
    corpus.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics(update),
  );
  return Object.assign(disposable, { text: () => item.text });
}
