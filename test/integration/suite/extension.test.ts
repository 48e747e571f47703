/**
 * The Sourced extension in a real VS Code: diagnostics, hovers, completions, quick fixes and the
 * verify commands over fixture drafts that use facts from the bundled seeds.
 *
 * Assertions about specific findings (a `contradicted` 964, a suggested 746) need the real engine;
 * those about citations, commands and the report plumbing hold with the placeholder engine too.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";
import { waitFor } from "./waitFor";

const ROOT = path.resolve(__dirname, "../../../..");
const FIXTURES = path.join(ROOT, "test/fixtures/workspace");
const EXTENSION_ID = "sourced.sourced";

interface SourcedApi {
  whenIndexed(): Promise<number>;
  reindex(): Promise<number>;
}

async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(FIXTURES, name)));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function sourcedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Sourced");
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `fixture contains ${needle}`);
  return doc.positionAt(i + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : "value" in c ? c.value : ""))
    .join("\n");
}

describe("Sourced extension", function () {
  this.timeout(60_000);
  let seedsSetting: boolean | undefined;

  before(async () => {
    const ext = vscode.extensions.getExtension<SourcedApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    const api = await ext.activate();
    await api.whenIndexed();
    // The fixture drafts use facts from the bundled seeds; the harness workspace may turn them off.
    const config = vscode.workspace.getConfiguration("sourced");
    seedsSetting = config.inspect<boolean>("includeBundledSources")?.workspaceValue;
    if (config.get("includeBundledSources") !== true) await config.update("includeBundledSources", true, vscode.ConfigurationTarget.Workspace);
    const sources = await waitFor(async () => {
      const n = await api.reindex();
      return n >= 5 && n;
    }, "the bundled seeds to be indexed");
    assert.ok(sources >= 5, `bundled seeds indexed (got ${sources})`);
  });

  after(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.getConfiguration("sourced").update("includeBundledSources", seedsSetting, vscode.ConfigurationTarget.Workspace);
  });

  it("registers every contributed command", async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    for (const c of pkg.contributes.commands) assert.ok(all.has(c.command), c.command);
  });

  describe("diagnostics", () => {
    it("flags the wrong figure (964; the sources say 746) with evidence in the seeds", async () => {
      const doc = await openFixture("draft-seeds.md");
      const line = positionOf(doc, "964").line;
      const d = await waitFor(() => sourcedDiagnostics(doc.uri).find((x) => x.range.start.line === line && x.code === "contradicted"), "a contradicted diagnostic on 964");
      assert.equal(doc.getText(d.range), "964");
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(d.relatedInformation?.length, "points at the evidence");
      assert.ok(d.relatedInformation.some((r) => r.location.uri.fsPath.includes("seeds")));
    });

    it("flags the unknown citation [@nope] and not the known ones", async () => {
      const doc = await openFixture("draft-seeds.md");
      const d = await waitFor(() => sourcedDiagnostics(doc.uri).find((x) => x.code === "unknown-citation"), "an unknown-citation diagnostic");
      assert.ok(doc.getText(d.range).includes("nope"));
      const known = positionOf(doc, "cops-take-out-encrochat").line;
      assert.ok(!sourcedDiagnostics(doc.uri).some((x) => x.code === "unknown-citation" && x.range.start.line === known));
    });

    it("reports nothing for the correct figure, and nothing for ignored claims", async () => {
      const doc = await openFixture("draft-seeds.md");
      await waitFor(() => sourcedDiagnostics(doc.uri).length > 0, "diagnostics");
      const correct = positionOf(doc, "746 UK arrests").line;
      assert.ok(!sourcedDiagnostics(doc.uri).some((x) => x.range.start.line === correct && x.code === "contradicted"));
      const ignored = await openFixture("draft-ignored.md");
      await vscode.commands.executeCommand("sourced.verifyCitations");
      assert.deepEqual(sourcedDiagnostics(ignored.uri).map((x) => x.code), []);
    });
  });

  describe("hovers", () => {
    it("shows the source's metadata on a known citation, tightly ranged", async () => {
      const doc = await openFixture("draft-seeds.md");
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, positionOf(doc, "cops-take-out-encrochat", 3));
      const text = hoverText(hovers);
      assert.match(text, /Cops take out encrypted comms/);
      const range = hovers.find((h) => h.range)?.range;
      assert.ok(range && doc.getText(range).includes("cops-take-out-encrochat") && doc.getText(range).length <= "[@cops-take-out-encrochat]".length);
    });

    it("explains an unknown citation", async () => {
      const doc = await openFixture("draft-seeds.md");
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, positionOf(doc, "@nope", 2));
      assert.match(hoverText(hovers), /Unknown citation/);
    });

    it("shows the verdict and the sources' figure on a wrong figure", async () => {
      const doc = await openFixture("draft-seeds.md");
      await waitFor(() => sourcedDiagnostics(doc.uri).some((x) => x.code === "contradicted"), "the contradicted diagnostic");
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, positionOf(doc, "964", 1));
      const text = hoverText(hovers);
      assert.match(text, /Contradicted/);
      assert.match(text, /746/);
      assert.match(text, /command:sourced\.openSource/);
    });
  });

  describe("completions", () => {
    it("offers citation keys after [@", async () => {
      const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "EncroChat had 60,000 users worldwide [@" });
      const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", doc.uri, doc.positionAt(doc.getText().length), "@");
      const labels = list.items.map((i) => (typeof i.label === "string" ? i.label : i.label.label));
      assert.ok(labels.includes("cops-take-out-encrochat"), labels.join(", "));
      assert.ok(labels.includes("crime-chat-network-cracked"));
    });

    it("offers quotes from the sources after an opening quote mark", async () => {
      const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "Cressida Dick said: \"This is just" });
      const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", doc.uri, doc.positionAt(doc.getText().length), "\"");
      const quote = list.items.find((i) => String(typeof i.insertText === "string" ? i.insertText : i.insertText?.value).startsWith("This is just the beginning"));
      assert.ok(quote, `Cressida Dick's quote is offered: ${list.items.map((i) => String(i.insertText)).join(" | ")}`);
      assert.match(String(quote.insertText), /"\s\[@crime-chat-network-cracked\]$/);
    });
  });

  describe("quick fixes", () => {
    it("replaces the wrong figure with the sources' figure, only on the version it was computed for", async () => {
      const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "Operation Venetic led to 964 arrests in the UK.\n" });
      await vscode.window.showTextDocument(doc);
      const at = doc.positionAt(doc.getText().indexOf("964") + 1);
      await waitFor(() => sourcedDiagnostics(doc.uri).some((d) => d.code === "contradicted"), "the contradicted diagnostic");
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, new vscode.Range(at, at));
      const fix = actions.find((a) => a.isPreferred && a.title.includes("746"));
      assert.ok(fix?.command, actions.map((a) => a.title).join(" | "));
      assert.ok(actions.some((a) => a.title.startsWith("Ignore this claim")));
      assert.ok(actions.some((a) => a.title.startsWith("Open source")));

      // A stale version must not apply.
      const stale = { ...(fix.command.arguments![0] as object), version: doc.version - 1 };
      assert.equal(await vscode.commands.executeCommand("sourced.applyFix", stale), false);
      assert.ok(doc.getText().includes("964"));

      assert.equal(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), true);
      assert.ok(doc.getText().startsWith("Operation Venetic led to 746 arrests"), doc.getText());
    });
  });

  describe("verify commands", () => {
    it("Verify Citations returns counts by kind for the active document", async () => {
      await openFixture("draft-seeds.md");
      const result = await vscode.commands.executeCommand<{ scope: string; claims: number; problems: number; counts: Record<string, number> }>("sourced.verifyCitations");
      assert.ok(result, "a result object");
      assert.equal(result.scope, "document");
      assert.ok(result.claims >= 4, `claims: ${result.claims}`);
      assert.ok(result.counts.contradicted >= 1);
      assert.ok(result.counts["unknown-citation"] >= 1);
    });

    it("Verify Workspace checks the workspace drafts but not its sources", async () => {
      const result = await vscode.commands.executeCommand<{ scope: string; documents: number; counts: Record<string, number> }>("sourced.verifyWorkspace");
      assert.equal(result.scope, "workspace");
      assert.ok(result.documents >= 1, `documents: ${result.documents}`);
      const files = await vscode.workspace.findFiles("sources/**");
      const draft = vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, "draft.md");
      assert.ok(draft && vscode.languages.getDiagnostics(draft).some((d) => d.source === "Sourced" && d.code === "contradicted"), "draft.md's 964 is flagged");
      for (const f of files) assert.equal(sourcedDiagnostics(f).length, 0, `no diagnostics on source ${f.fsPath}`);
    });
  });

  describe("bibliography", () => {
    it("inserts a reference list of the cited, known sources", async () => {
      const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "It had 60,000 users [@cops-take-out-encrochat; @nope].\n" });
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.lineCount - 1, 0, doc.lineCount - 1, 0);
      const result = await vscode.commands.executeCommand<{ inserted: string[]; unknown: string[] }>("sourced.insertBibliography");
      assert.deepEqual(result, { inserted: ["cops-take-out-encrochat"], unknown: ["nope"] });
      assert.match(doc.getText(), /## References\n\n- \\\[@cops-take-out-encrochat\\\] \*Cops take out encrypted comms/);
    });
  });
});
