/**
 * Every command id the extension registers, in one place (no `vscode` import, so unit tests can
 * compare it with package.json's `contributes.commands`).
 */
export const COMMANDS = {
  verifyCitations: "sourced.verifyCitations",
  verifyWorkspace: "sourced.verifyWorkspace",
  showSources: "sourced.showSources",
  insertBibliography: "sourced.insertBibliography",
  exportCslJson: "sourced.exportCslJson",
  openLog: "sourced.openLog",
  showActions: "sourced.showActions",
  reindex: "sourced.reindex",
  /** Internal: opens a source file at a range. Args: `OpenSourceArgs`. */
  openSource: "sourced.openSource",
  /** Internal: applies text edits to a document if it is still at the given version. Args: `ApplyFixArgs`. */
  applyFix: "sourced.applyFix",
  /** Internal: reveals a range of a document (report links). Args: `{ uri: string; range: Range }`. */
  revealRange: "sourced.revealRange",
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** All ids, for the package.json consistency test. */
export const ALL_COMMAND_IDS: readonly CommandId[] = Object.values(COMMANDS);

/** Commands only reachable from hovers, quick fixes and the report (hidden from the palette). */
export const INTERNAL_COMMAND_IDS: readonly CommandId[] = [COMMANDS.openSource, COMMANDS.applyFix, COMMANDS.revealRange];

/** The only commands hover Markdown may run (`isTrusted.enabledCommands`). */
export const HOVER_COMMAND_IDS: readonly CommandId[] = [COMMANDS.openSource, COMMANDS.applyFix];

/** Arguments of `sourced.openSource`. */
export interface OpenSourceArgs {
  path: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Arguments of `sourced.applyFix`: offsets into the document at `version`. */
export interface ApplyFixArgs {
  uri: string;
  version: number;
  edits: { start: number; end: number; text: string }[];
}
