/**
 * `Sourced: Insert Bibliography` (a Markdown reference list of the sources the document cites) and
 * `Sourced: Export CSL-JSON` (the same sources for pandoc/Zotero, via a save dialog).
 */
import * as vscode from "vscode";
import { citedSources, formatBibliography, toCslJson } from "../core/services/bibliography";
import { COMMANDS } from "./commandIds";
import type { CorpusService } from "./corpusService";

async function citedInActive(corpus: CorpusService): Promise<{ editor: vscode.TextEditor; sources: ReturnType<typeof citedSources> } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage("Sourced: open a draft first.");
    return undefined;
  }
  await corpus.whenReady();
  const sources = citedSources(editor.document.getText(), (k) => corpus.resolveKey(k));
  if (!sources.sources.length) {
    void vscode.window.showInformationMessage("Sourced: the document cites no known source.");
    return undefined;
  }
  if (sources.unknown.length) void vscode.window.showWarningMessage(`Sourced: unknown citation key(s) left out: ${sources.unknown.join(", ")}`);
  return { editor, sources };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function registerBibliography(corpus: CorpusService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.insertBibliography, async () => {
      const found = await citedInActive(corpus);
      if (!found) return undefined;
      const { editor, sources } = found;
      const doc = editor.document;
      const list = formatBibliography(sources.sources);
      // At the cursor when it sits on an empty line, else appended at the end of the document.
      const cursor = editor.selection.active;
      const atCursor = doc.lineAt(cursor.line).isEmptyOrWhitespace;
      const pos = atCursor ? cursor : doc.lineAt(doc.lineCount - 1).range.end;
      const lead = atCursor ? "" : doc.lineAt(doc.lineCount - 1).isEmptyOrWhitespace ? "\n" : "\n\n";
      await editor.edit((b) => b.insert(pos, lead + list));
      return { inserted: sources.sources.map((s) => s.key), unknown: sources.unknown };
    }),
    // `to`: a target Uri given programmatically (tests, other extensions) skips the save dialog, but
    // never replaces an existing file (only the dialog may ask the writer about that).
    vscode.commands.registerCommand(COMMANDS.exportCslJson, async (to?: unknown) => {
      const found = await citedInActive(corpus);
      if (!found) return undefined;
      if (to instanceof vscode.Uri) {
        if (await exists(to)) {
          void vscode.window.showWarningMessage(`Sourced: ${vscode.workspace.asRelativePath(to)} already exists; not overwritten.`);
          return undefined;
        }
      }
      const base = found.editor.document.uri;
      const target = to instanceof vscode.Uri ? to : await vscode.window.showSaveDialog({
        defaultUri: base.scheme === "file" ? vscode.Uri.file(base.fsPath.replace(/\.[^./\\]+$/, "") + ".json") : undefined,
        filters: { "CSL-JSON": ["json"] },
        saveLabel: "Export CSL-JSON",
      });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(toCslJson(found.sources.sources), null, 2) + "\n"));
      void vscode.window.showInformationMessage(`Sourced: ${found.sources.sources.length} reference(s) written to ${vscode.workspace.asRelativePath(target)}`);
      return target.toString();
    }),
  );
}
