/**
 * The "Sourced" log (a LogOutputChannel: levels, timestamps, `Developer: Set Log Level` applies).
 */
import * as vscode from "vscode";

/** Creates the log channel; dispose it with the extension. */
export function registerLogger(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel("Sourced", { log: true });
}
