/**
 * The surfaces extension.test.ts does not reach: the Sources view, re-indexing when a source file
 * appears or goes, the status bar text, `Sourced: Export CSL-JSON` to a given file, and fact
 * completions on demand (Ctrl+Space inside a sentence).
 *
 * Everything here runs on the workspace's own sources (test/fixtures/ui-workspace/sources:
 * nca-encrochat and guardian-encrochat), so it holds whether or not the bundled seeds are indexed.
 * Not covered: untrusted workspaces (code-server opens the suite's folder trusted; restricted mode
 * cannot be entered from inside the extension host).
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { waitFor } from "./waitFor";

const EXTENSION_ID = "sourced.sourced";

interface SourcedApi {
  whenIndexed(): Promise<number>;
  reindex(): Promise<number>;
  readonly sourcesTree: vscode.TreeDataProvider<unknown>;
  statusText(): string;
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, "a workspace folder is open");
  return f.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function remove(uri: vscode.Uri): Promise<void> {
  if (await exists(uri)) await vscode.workspace.fs.delete(uri);
}

function labelOf(item: vscode.TreeItem | vscode.CompletionItem): string {
  const l = item.label;
  if (l === undefined) return "";
  return typeof l === "string" ? l : l.label;
}

function insertTextOf(item: vscode.CompletionItem): string {
  return typeof item.insertText === "string" ? item.insertText : (item.insertText?.value ?? labelOf(item));
}

async function completions(content: string, triggerCharacter?: string): Promise<vscode.CompletionItem[]> {
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content });
  const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", doc.uri, doc.positionAt(content.length), triggerCharacter);
  return list?.items ?? [];
}

describe("Sourced surfaces", function () {
  this.timeout(60_000);
  let api: SourcedApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<SourcedApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    api = await ext.activate();
    await api.whenIndexed();
    assert.ok(api.sourcesTree, "the API exposes the Sources view's data");
  });

  after(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  describe("Sources view", () => {
    type Node = unknown;
    async function children(node?: Node): Promise<{ node: Node; item: vscode.TreeItem }[]> {
      const nodes = (await api.sourcesTree.getChildren(node)) ?? [];
      return Promise.all(nodes.map(async (n) => ({ node: n, item: await api.sourcesTree.getTreeItem(n) })));
    }
    async function source(key: string): Promise<{ node: Node; item: vscode.TreeItem }> {
      const roots = await children();
      const found = roots.find((r) => String(r.item.description ?? "").includes(`@${key}`));
      assert.ok(found, `${key} is listed: ${roots.map((r) => `${labelOf(r.item)} (${String(r.item.description)})`).join(" | ")}`);
      return found;
    }
    async function group(key: string, prefix: "Quotes" | "Figures"): Promise<{ node: Node; item: vscode.TreeItem }[]> {
      const groups = await children((await source(key)).node);
      const g = groups.find((x) => labelOf(x.item).startsWith(`${prefix} (`));
      assert.ok(g, `${key} has a ${prefix} group: ${groups.map((x) => labelOf(x.item)).join(" | ")}`);
      const items = await children(g.node);
      assert.equal(labelOf(g.item), `${prefix} (${items.length})`, "the group's count matches its children");
      return items;
    }
    async function click(item: vscode.TreeItem): Promise<vscode.TextEditor> {
      assert.ok(item.command, `${labelOf(item)} has a command`);
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      return waitFor(() => vscode.window.activeTextEditor, "an active editor");
    }

    it("lists the workspace's indexed sources by title, with their keys, and nothing else", async () => {
      const roots = await children();
      const count = await api.whenIndexed();
      assert.equal(roots.length, count, "one root per indexed source (no skipped files in the fixture)");
      const nca = await source("nca-encrochat");
      assert.equal(labelOf(nca.item), "Police crack encrypted chat service EncroChat");
      assert.equal(nca.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      assert.match(String(nca.item.description), /National Crime Agency/);
      const guardian = await source("guardian-encrochat");
      assert.equal(labelOf(guardian.item), "Hundreds arrested as police crack encrypted phone network");
      const titles = roots.map((r) => labelOf(r.item));
      assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)), "sorted by title");
    });

    it("expands a source into its figures and quotes", async () => {
      const figures = await group("nca-encrochat", "Figures");
      assert.ok(figures.some((f) => labelOf(f.item).includes("746")), figures.map((f) => labelOf(f.item)).join(" | "));
      const quotes = await group("nca-encrochat", "Quotes");
      const q = quotes.find((x) => labelOf(x.item).includes("broadest and most significant"));
      assert.ok(q, quotes.map((x) => labelOf(x.item)).join(" | "));
      assert.match(String(q.item.description), /Nikki Holland/);
    });

    it("opens the source file at the figure's passage when a figure is clicked", async () => {
      const figures = await group("nca-encrochat", "Figures");
      const fact = figures.find((f) => labelOf(f.item).includes("746"));
      assert.ok(fact);
      const editor = await click(fact.item);
      assert.ok(editor.document.uri.fsPath.endsWith("nca-encrochat.md"), editor.document.uri.fsPath);
      const selected = editor.document.getText(editor.selection);
      assert.ok(selected.includes("746"), `selection: ${JSON.stringify(selected)} at line ${editor.selection.start.line}`);
    });

    it("opens the source file at the quote when a quote is clicked", async () => {
      const quotes = await group("nca-encrochat", "Quotes");
      const q = quotes.find((x) => labelOf(x.item).includes("broadest and most significant"));
      assert.ok(q);
      const editor = await click(q.item);
      assert.ok(editor.document.uri.fsPath.endsWith("nca-encrochat.md"), editor.document.uri.fsPath);
      const selected = editor.document.getText(editor.selection);
      assert.match(selected, /^This is the broadest and most significant UK operation into serious and organised crime,?$/, `selection at line ${editor.selection.start.line}`);
    });

    it("opens the file at its top when the source itself is clicked", async () => {
      const editor = await click((await source("guardian-encrochat")).item);
      assert.ok(editor.document.uri.fsPath.endsWith("guardian-encrochat.md"), editor.document.uri.fsPath);
      assert.equal(editor.selection.start.line, 0);
    });
  });

  describe("re-indexing on source changes", () => {
    const KEY = "sourced-itest-lighthouse";
    let file: vscode.Uri;

    before(() => {
      file = vscode.Uri.joinPath(folder(), "sources", "itest-lighthouse.md");
    });

    after(async () => {
      await remove(file);
    });

    const keysFor = async (): Promise<string[]> => (await completions("The lighthouse had 37 keepers [@sourced-itest")).map(labelOf);

    it("indexes a source file written into sources/ and drops it once deleted", async () => {
      assert.ok(!(await keysFor()).includes(KEY), "not indexed before the file exists");
      const before = await api.whenIndexed();
      const body = `---\nkey: ${KEY}\ntitle: "Smallness lighthouse keepers counted"\npublisher: Integration Test Gazette\ndate: 2021-03-04\n---\nThe Smallness lighthouse was kept by 37 keepers over its first century, records show.\n`;
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(body));
      await waitFor(async () => (await keysFor()).includes(KEY), `completion of [@ to offer ${KEY} after the file was created`);
      assert.equal(await api.whenIndexed(), before + 1, "one more source");

      await vscode.workspace.fs.delete(file);
      await waitFor(async () => !(await keysFor()).includes(KEY), `${KEY} to leave the index after the file was deleted`);
      assert.equal(await api.whenIndexed(), before, "back to the original sources");
    });
  });

  describe("status bar", () => {
    it("shows the source count and the active document's problem count", async () => {
      const sources = await api.whenIndexed();
      const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? "" : "s"}`;
      const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), "draft.md"));
      await vscode.window.showTextDocument(draft);
      const problems = await waitFor(() => {
        const n = vscode.languages.getDiagnostics(draft.uri).filter((d) => d.source === "Sourced").length;
        return n > 0 && n;
      }, "draft.md's problems");
      const expected = `$(book) ${plural(sources, "source")} · ${plural(problems, "problem")}`;
      await waitFor(() => api.statusText() === expected, `status text ${expected}`).catch((e: Error) => {
        throw new Error(`${e.message}; got ${api.statusText()}`);
      });

      const clean = await vscode.workspace.openTextDocument({ language: "markdown", content: "A sentence with no claim in it.\n" });
      await vscode.window.showTextDocument(clean);
      const none = `$(book) ${plural(sources, "source")} · 0 problems`;
      await waitFor(() => api.statusText() === none, `status text ${none}`).catch((e: Error) => {
        throw new Error(`${e.message}; got ${api.statusText()}`);
      });
    });
  });

  describe("Export CSL-JSON", () => {
    let target: vscode.Uri;

    before(() => {
      target = vscode.Uri.joinPath(folder(), "itest-export.json");
    });

    after(async () => {
      await remove(target);
    });

    it("writes CSL-JSON for the cited, known sources to a given file, and never overwrites one", async () => {
      await remove(target);
      const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "Operation Venetic led to 746 arrests [@nca-encrochat; @guardian-encrochat; @nope].\n" });
      await vscode.window.showTextDocument(doc);
      const result = await vscode.commands.executeCommand<string | undefined>("sourced.exportCslJson", target);
      assert.equal(result, target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const csl = JSON.parse(text) as Record<string, unknown>[];
      assert.ok(Array.isArray(csl));
      assert.deepEqual(csl.map((c) => c.id).sort(), ["guardian-encrochat", "nca-encrochat"]);
      const nca = csl.find((c) => c.id === "nca-encrochat")!;
      assert.equal(nca.type, "article-newspaper");
      assert.equal(nca.title, "Police crack encrypted chat service EncroChat");
      assert.equal(nca["container-title"], "National Crime Agency");
      assert.deepEqual(nca.issued, { "date-parts": [[2020, 7, 2]] });
      for (const c of csl) {
        assert.equal(typeof c.id, "string");
        assert.equal(typeof c.type, "string");
      }

      // A second export to the same file is refused and leaves it as it was.
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode("keep me\n"));
      const again = await vscode.commands.executeCommand<string | undefined>("sourced.exportCslJson", target);
      assert.equal(again, undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), "keep me\n");
    });
  });

  describe("fact completions on demand", () => {
    it("offers a figure with its citation when invoked inside a sentence", async () => {
      const items = await completions("Operation Venetic has so far resulted in ");
      const facts = items.filter((i) => i.kind === vscode.CompletionItemKind.Value);
      const fact = facts.find((i) => /^746 \[@(nca|guardian)-encrochat\]$/.test(insertTextOf(i)));
      assert.ok(fact, `a 746 fact with its citation: ${facts.map((i) => `${labelOf(i)} -> ${insertTextOf(i)}`).join(" | ")}`);
      assert.match(labelOf(fact), /746/);
    });

    it("narrows to the figures matching the word being typed", async () => {
      const items = await completions("Operation Venetic has so far resulted in 74");
      const facts = items.filter((i) => i.kind === vscode.CompletionItemKind.Value);
      assert.ok(facts.some((i) => insertTextOf(i).startsWith("746 [@")), facts.map(insertTextOf).join(" | "));
    });

    it("offers no figures on a trigger character outside a citation or quote", async () => {
      const items = await completions("Operation Venetic has so far resulted in @", "@");
      assert.equal(items.filter((i) => i.kind === vscode.CompletionItemKind.Value).length, 0);
    });
  });
});
