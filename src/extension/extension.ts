/**
 * Entry point of the Sourced extension: wires the corpus service, the checker and the surfaces.
 * Each surface lives in its own file and registers itself; this file only composes them.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { registerBibliography } from "./bibliography";
import { DocumentChecker } from "./checker";
import { registerCodeActions } from "./codeActions";
import { COMMANDS } from "./commandIds";
import { registerCompletions } from "./completion";
import { CorpusService } from "./corpusService";
import { registerDiagnostics } from "./diagnostics";
import { registerEditCommands } from "./editCommands";
import { registerHover } from "./hover";
import { registerLogger } from "./logger";
import { registerSettingsListener } from "./settings";
import { registerSourcesView } from "./sourcesView";
import { registerStatusBar } from "./statusBar";
import { registerVerifyReport } from "./verifyReport";

/** What `activate` returns: hooks for integration tests (and other extensions). */
export interface SourcedApi {
  /** Resolves once an index is built (after the current rebuild, if one is running). */
  whenIndexed(): Promise<number>;
  /** Rebuilds the index now. */
  reindex(): Promise<number>;
  /** The Sources view's tree data (for integration tests: a TreeView's items are not readable otherwise). */
  readonly sourcesTree: vscode.TreeDataProvider<unknown>;
  /** The status bar item's current text (for integration tests). */
  statusText(): string;
}

export function activate(context: vscode.ExtensionContext): SourcedApi {
  const log = registerLogger();
  context.subscriptions.push(log);
  log.info(`Sourced ${String(context.extension.packageJSON.version)} activating`);

  const corpus = new CorpusService(path.join(context.extensionPath, "seeds"), log);
  const checker = new DocumentChecker(corpus, log);
  const diagnostics = registerDiagnostics(checker, corpus);
  const sourcesView = registerSourcesView(corpus);
  const statusBar = registerStatusBar(corpus, log);
  context.subscriptions.push(
    corpus,
    checker,
    diagnostics,
    registerEditCommands((p) => corpus.isSource(vscode.Uri.file(p))),
    registerCodeActions(checker, corpus),
    registerHover(checker, corpus),
    registerCompletions(checker, corpus),
    registerVerifyReport(context.extensionUri, checker, corpus, diagnostics, log),
    registerBibliography(corpus),
    sourcesView,
    statusBar,
    vscode.commands.registerCommand(COMMANDS.reindex, async () => (await corpus.reindex())?.documents.length ?? 0),
    registerSettingsListener(
      () => corpus.restart(),
      () => diagnostics.refreshAll(),
    ),
  );
  // Builds the watchers and the first index in the background; activation returns at once.
  corpus.restart();

  return {
    whenIndexed: async () => (await corpus.whenReady()).documents.length,
    reindex: async () => (await corpus.reindex())?.documents.length ?? 0,
    sourcesTree: sourcesView.provider,
    statusText: () => statusBar.text(),
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
