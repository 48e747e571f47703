/**
 * The Sources view (Explorer): every indexed source, with its quotes and figures; clicking an item
 * opens the passage in the source file. Skipped files are listed too, with the reason.
 */
import * as vscode from "vscode";
import type { SourceSummary } from "../core/index/corpusIndex";
import type { SourceFact, SourceQuote } from "../core/index/queryTypes";
import type { SourceFailure } from "../core/sources/sourceDocument";
import { recordBlocking } from "./blocking";
import { COMMANDS, type OpenSourceArgs } from "./commandIds";
import type { CorpusService } from "./corpusService";

export const SOURCES_VIEW_ID = "sourced.sources";

/** Above this many sources (an archive), the root lists them by initial, so VS Code renders a few hundred items at a time. */
const GROUP_ABOVE = 500;

type Node =
  | { type: "initial"; label: string; summaries: SourceSummary[] }
  | { type: "source"; summary: SourceSummary }
  | { type: "group"; key: string; what: "quotes" | "facts"; items: (SourceQuote | SourceFact)[] }
  | { type: "quote"; quote: SourceQuote }
  | { type: "fact"; fact: SourceFact }
  | { type: "failure"; failure: SourceFailure };

class SourcesProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!this.corpus.current.indexed) return [];
    if (!node) {
      const summaries = await this.corpus.query("summaries", {}).catch(() => []);
      // Sorted by title in the worker.
      const sources: Node[] = summaries.length > GROUP_ABOVE ? byInitial(summaries) : summaries.map((summary) => ({ type: "source", summary }));
      return [...sources, ...this.corpus.current.failures.map((failure): Node => ({ type: "failure", failure }))];
    }
    if (node.type === "initial") return node.summaries.map((summary): Node => ({ type: "source", summary }));
    if (node.type === "source") {
      // Computed when the source is expanded, not for the whole corpus up front.
      const { quotes, facts } = await this.corpus.query("sourceItems", { key: node.summary.meta.key }).catch(() => ({ quotes: [], facts: [] }));
      const out: Node[] = [];
      if (quotes.length) out.push({ type: "group", key: node.summary.meta.key, what: "quotes", items: quotes });
      if (facts.length) out.push({ type: "group", key: node.summary.meta.key, what: "facts", items: facts });
      return out;
    }
    if (node.type === "group") return node.items.map((i): Node => (node.what === "quotes" ? { type: "quote", quote: i as SourceQuote } : { type: "fact", fact: i as SourceFact }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    // VS Code asks for every listed source's item in one go: measured (see blocking.ts).
    const start = performance.now();
    try {
      return this.item(node);
    } finally {
      recordBlocking("sourcesView.item", performance.now() - start);
    }
  }

  private item(node: Node): vscode.TreeItem {
    switch (node.type) {
      case "initial": {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.summaries.length} source${node.summaries.length === 1 ? "" : "s"}`;
        item.iconPath = new vscode.ThemeIcon("library");
        return item;
      }
      case "source": {
        const m = node.summary.meta;
        const item = new vscode.TreeItem(m.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = [m.publisher, m.date, `@${m.key}`].filter(Boolean).join(" · ");
        item.tooltip = new vscode.MarkdownString().appendText(`${m.title}\n\n@${m.key} — ${node.summary.passages} passages, ${node.summary.figures} figures, ${node.summary.quotes} quotes\n\n${m.path}`);
        item.iconPath = new vscode.ThemeIcon("book");
        item.resourceUri = vscode.Uri.file(m.path);
        item.contextValue = "sourced.source";
        item.command = open(m.path, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, "Open source");
        return item;
      }
      case "group": {
        const item = new vscode.TreeItem(node.what === "quotes" ? `Quotes (${node.items.length})` : `Figures (${node.items.length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon(node.what === "quotes" ? "quote" : "symbol-number");
        return item;
      }
      case "quote": {
        const q = node.quote;
        const item = new vscode.TreeItem(`“${q.text}”`);
        item.description = q.speaker;
        item.tooltip = new vscode.MarkdownString().appendText(q.passage);
        item.command = open(q.path, q.range, "Open quote");
        return item;
      }
      case "fact": {
        const f = node.fact;
        const item = new vscode.TreeItem(f.label);
        item.tooltip = new vscode.MarkdownString().appendText(f.passage);
        item.command = open(f.path, f.range, "Open figure");
        return item;
      }
      case "failure": {
        const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.failure.path));
        item.description = node.failure.reason;
        item.iconPath = new vscode.ThemeIcon("warning");
        item.tooltip = `${node.failure.path}: ${node.failure.reason}`;
        return item;
      }
    }
  }
}

/** Sources grouped by the initial of their title (letters and digits; the rest under "#"), in title order. */
function byInitial(summaries: SourceSummary[]): Node[] {
  const groups = new Map<string, SourceSummary[]>();
  for (const s of summaries) {
    const c = s.meta.title.trim().charAt(0).toLocaleUpperCase();
    const label = /[\p{L}\p{N}]/u.test(c) ? c : "#";
    let list = groups.get(label);
    if (!list) groups.set(label, (list = []));
    list.push(s);
  }
  return [...groups].map(([label, list]): Node => ({ type: "initial", label, summaries: list }));
}

function open(path: string, range: OpenSourceArgs["range"], title: string): vscode.Command {
  const args: OpenSourceArgs = { path, range };
  return { command: COMMANDS.openSource, title, arguments: [args] };
}

/** Registers the Sources view and `Sourced: Show Sources`; `provider` is the view's data (for tests). */
export function registerSourcesView(corpus: CorpusService): vscode.Disposable & { provider: vscode.TreeDataProvider<unknown> } {
  const provider = new SourcesProvider(corpus);
  const view = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = (): void => {
    const s = corpus.current;
    view.message = s.indexing ? "Indexing…" : s.indexed ? undefined : "No sources indexed yet.";
    provider.refresh();
  };
  update();
  const disposable = vscode.Disposable.from(
    view,
    corpus.onDidChange(update),
    vscode.commands.registerCommand(COMMANDS.showSources, async () => {
      await vscode.commands.executeCommand(`${SOURCES_VIEW_ID}.focus`);
    }),
  );
  return Object.assign(disposable, { provider: provider as vscode.TreeDataProvider<unknown> });
}
