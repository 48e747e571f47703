/**
 * Entry point of the Sourced extension: wires the corpus service, the checker and the surfaces.
 * Each surface lives in its own file and registers itself; this file only composes them.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { registerBibliography } from "./bibliography";
import { blockingReport, onStall, recordBlocking, timed, type BlockingReport } from "./blocking";
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
  /** How long Sourced blocked the extension host's thread so far (for integration tests and the log). */
  blocking(reset?: boolean): BlockingReport;
  /** Stops the index worker as a crash would (for integration tests: it is restarted once). */
  crashWorkerForTest(): Promise<void>;
}

let logBlocking: (() => void) | undefined;

export function activate(context: vscode.ExtensionContext): SourcedApi {
  const activating = performance.now();
  const log = registerLogger();
  context.subscriptions.push(log);
  log.info(`Sourced ${String(context.extension.packageJSON.version)} activating`);

  // The index and the checks live in a worker thread; its analysis store makes a window reload fast.
  const corpus = new CorpusService(path.join(context.extensionPath, "seeds"), path.join(context.extensionPath, "dist", "worker.js"), context.globalStorageUri.scheme === "file" ? context.globalStorageUri.fsPath : undefined, log);
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
    vscode.commands.registerCommand(COMMANDS.reindex, async () => (await corpus.reindex()) ?? 0),
    registerSettingsListener(
      () => corpus.restart(),
      () => diagnostics.refreshAll(),
    ),
  );
  onStall((ms, own) => log.debug(`extension host event loop stalled ${ms} ms (Sourced handlers: ${own} ms)`));
  logBlocking = () => {
    const b = blockingReport();
    log.info(`extension host blocking: longest Sourced handler ${b.longestHandlerMs} ms (${b.longestHandler}, ${b.calls} calls); event loop delay max ${b.eventLoopMaxMs} ms, p99 ${b.eventLoopP99Ms} ms; worst stall ${b.worstStallMs} ms, ${b.sourcedMsInWorstStall} ms of it Sourced's`);
  };
  recordBlocking("activate", performance.now() - activating);
  // Builds the watchers and starts the first index (in the worker) just after activation returns.
  setImmediate(timed("corpus.restart", () => corpus.restart()));
  log.info(`activated in ${Math.round(performance.now() - activating)} ms (index and checks in the worker)`);

  return {
    whenIndexed: () => corpus.whenReady(),
    reindex: async () => (await corpus.reindex()) ?? 0,
    sourcesTree: sourcesView.provider,
    statusText: () => statusBar.text(),
    blocking: (reset?: boolean) => blockingReport(reset),
    crashWorkerForTest: () => corpus.workerClient.terminate(true),
  };
}

export function deactivate(): void {
  // Everything else is in context.subscriptions.
  logBlocking?.();
  onStall(undefined);
}
