/**
 * The internal commands behind hovers, quick fixes, the report and the Sources view: open a source
 * at a passage, apply a version-checked fix, reveal a claim.
 */
import * as vscode from "vscode";
import { openSourceTarget } from "../core/services/openGuard";
import { COMMANDS, type ApplyFixArgs, type OpenSourceArgs } from "./commandIds";

/** A `command:` URI for Markdown links (hovers). */
export function commandUri(id: string, args: unknown): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify([args]))}`;
}

function toRange(r: OpenSourceArgs["range"]): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * Opens a source file with the passage selected and revealed. Only files of the loaded corpus
 * (`isIndexed`) open: the arguments may come from a command link in a hover.
 */
export async function openSource(args: unknown, isIndexed: (path: string) => boolean): Promise<boolean> {
  const target = openSourceTarget(args, isIndexed);
  if (!target) {
    void vscode.window.showWarningMessage("Sourced: that file is not one of the indexed sources; not opened.");
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target.path));
  const range = toRange(target.range);
  await vscode.window.showTextDocument(doc, { selection: range, preview: true, viewColumn: vscode.ViewColumn.Beside });
  return true;
}

/**
 * Applies `args.edits` (offsets) if the document is still at `args.version`. A fix computed for one
 * version must never land on another: the offsets would point at different text.
 */
export async function applyFix(args: ApplyFixArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || doc.version !== args.version) {
    void vscode.window.showWarningMessage("Sourced: the document changed since this fix was computed; try again.");
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of args.edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}

/** Registers openSource (limited to files `isIndexed` accepts), applyFix and revealRange. */
export function registerEditCommands(isIndexed: (path: string) => boolean): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.openSource, (args: unknown) => openSource(args, isIndexed)),
    vscode.commands.registerCommand(COMMANDS.applyFix, (args: ApplyFixArgs) => applyFix(args)),
    vscode.commands.registerCommand(COMMANDS.revealRange, async (args: { uri: string; range: OpenSourceArgs["range"] }) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      const range = toRange(args.range);
      await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
    }),
  );
}
