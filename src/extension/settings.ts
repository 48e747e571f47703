/**
 * Reads `sourced.*` settings per resource (multi-root: a folder may override them) and reports changes.
 */
import * as vscode from "vscode";
import { parseSettings, type SourcedSettings } from "./settingsModel";

/** Settings for `scope` (a document or folder URI); window-level when omitted. */
export function readSettings(scope?: vscode.ConfigurationScope): SourcedSettings {
  const config = vscode.workspace.getConfiguration("sourced", scope);
  return parseSettings((key) => config.get(key));
}

/** Settings whose change requires rebuilding the corpus index (the rest only needs a re-check). */
export const INDEX_SETTINGS = ["sourced.includeBundledSources", "sourced.sources"];

/**
 * Calls `onIndexChange` when a setting that shapes the corpus changes, else `onCheckChange` when
 * any other `sourced.*` setting changes.
 */
export function registerSettingsListener(onIndexChange: () => void, onCheckChange: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (INDEX_SETTINGS.some((s) => e.affectsConfiguration(s))) onIndexChange();
    else if (e.affectsConfiguration("sourced")) onCheckChange();
  });
}
