/**
 * The index worker from the extension's side: edits cancel superseded checks and the latest version
 * is diagnosed; a crashed worker is logged, shown in the status bar, restarted once and re-indexed.
 * Runs last (file order), so it also prints how long Sourced blocked the extension host's thread
 * during the whole suite (a figure for the log, not a timed assertion).
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { BlockingReport } from "../../../src/extension/blocking";
import { waitFor } from "./waitFor";

const EXTENSION_ID = "sourced.sourced";

interface SourcedApi {
  whenIndexed(): Promise<number>;
  statusText(): string;
  blocking(reset?: boolean): BlockingReport;
  crashWorkerForTest(): Promise<void>;
}

const sourced = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Sourced");

describe("Sourced index worker", function () {
  this.timeout(60_000);
  let api: SourcedApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<SourcedApi>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.whenIndexed();
  });

  it("diagnoses the latest version while the writer keeps editing (superseded checks are cancelled)", async () => {
    const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "Operation Venetic led to 964 arrests in the UK.\n" });
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor(() => sourced(doc.uri).length > 0, "a problem on 964");
    // A burst of edits: each cancels the running check; the last one wins.
    for (const n of ["965", "966", "746"]) {
      await editor.edit((b) => b.replace(new vscode.Range(0, 25, 0, 28), n));
    }
    await waitFor(() => !sourced(doc.uri).some((d) => doc.getText(d.range) === "964") && sourced(doc.uri).length === 0, "746 to be supported (no problem left)");
  });

  it("restarts a crashed worker once, shows it in the status bar and re-indexes", async () => {
    const before = await api.whenIndexed();
    await api.crashWorkerForTest();
    await waitFor(() => api.statusText().startsWith("$(book)"), "the status bar back to the source count");
    assert.equal(await api.whenIndexed(), before);
    const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "Operation Venetic led to 964 arrests in the UK.\n" });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => sourced(doc.uri).length > 0, "checks answered by the restarted worker");
  });

  // An archive in the workspace (not run by default): SOURCED_SCALE_DIR=/path/to/generated/corpus
  // (e.g. from ../shared/tools/gen-corpus.mjs) copies its files into sources/ and measures the
  // extension host while they are indexed, listed, hovered and completed.
  const scaleDir = process.env.SOURCED_SCALE_DIR;
  (scaleDir ? it : it.skip)("keeps the extension host responsive with an archive of sources (SOURCED_SCALE_DIR)", async function () {
    this.timeout(300_000);
    const fs = await import("node:fs");
    const path = await import("node:path");
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const target = path.join(folder, "sources", "scale");
    const names = fs.readdirSync(scaleDir!).filter((f) => /\.(md|txt|html?)$/.test(f));
    const before = await api.whenIndexed();
    api.blocking(true);
    const started = Date.now();
    // Copied asynchronously, a few at a time, so the test's own I/O does not stall the extension host.
    await fs.promises.mkdir(target, { recursive: true });
    for (let i = 0; i < names.length; i += 16) {
      await Promise.all(names.slice(i, i + 16).map((f) => fs.promises.copyFile(path.join(scaleDir!, f), path.join(target, f))));
    }
    await waitFor(async () => (await api.whenIndexed()) === before + names.length, `${names.length} more sources`, 240_000);
    const indexedMs = Date.now() - started;
    const whileIndexing = api.blocking(true);
    await vscode.commands.executeCommand("sourced.showSources");
    await new Promise((r) => setTimeout(r, 2000));
    const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "Operation Venetic led to 964 arrests in the UK [@nca-encrochat].\n\nAs reported [@" });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => sourced(doc.uri).length > 0, "a problem on 964", 120_000);
    const hover = Date.now();
    await vscode.commands.executeCommand("vscode.executeHoverProvider", doc.uri, doc.positionAt(doc.getText().indexOf("964") + 1));
    const hoverMs = Date.now() - hover;
    const complete = Date.now();
    await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", doc.uri, doc.positionAt(doc.getText().length), "@");
    const completionMs = Date.now() - complete;
    const whileEditing = api.blocking(true);
    await fs.promises.rm(target, { recursive: true, force: true });
    await waitFor(async () => (await api.whenIndexed()) === before, "the archive to leave the index", 240_000);
    const fmt = (b: BlockingReport): string => `longest Sourced handler ${b.longestHandlerMs} ms (${b.longestHandler}); worst stall ${b.worstStallMs} ms (${b.sourcedMsInWorstStall} ms Sourced's); event loop max ${b.eventLoopMaxMs} ms`;
    console.log(`    ${names.length} sources indexed in ${indexedMs} ms; while indexing: ${fmt(whileIndexing)}`);
    console.log(`    Sources view, check, hover (${hoverMs} ms), completion (${completionMs} ms): ${fmt(whileEditing)}`);
    console.log(`    removing them: ${fmt(api.blocking(true))}`);
  });

  after(() => {
    const b = api?.blocking();
    if (b) console.log(`    extension host blocking during the suite: longest Sourced handler ${b.longestHandlerMs} ms (${b.longestHandler}, ${b.calls} calls); event loop delay max ${b.eventLoopMaxMs} ms, p99 ${b.eventLoopP99Ms} ms; worst stall ${b.worstStallMs} ms, ${b.sourcedMsInWorstStall} ms of it Sourced's handlers`);
  });
});
