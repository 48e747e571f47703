/**
 * Quick fixes for Sourced problems: use the sources' value, cite a supporting source, open the
 * evidence, or mark the claim ignored. Every edit is applied through `sourced.applyFix`, which
 * refuses to apply it to a different document version than the one it was computed for.
 */
import * as vscode from "vscode";
import { findingsInSpan, ignoreMarkerEdit, isProblem } from "../core/services/findings";
import { citationInsertion } from "../core/services/text";
import type { Finding } from "../core/types";
import { timed } from "./blocking";
import type { DocumentChecker } from "./checker";
import { DRAFT_SELECTOR } from "./checker";
import { COMMANDS, type ApplyFixArgs, type OpenSourceArgs } from "./commandIds";
import type { CorpusService } from "./corpusService";
import { DIAGNOSTIC_SOURCE } from "./diagnostics";

const FIX_TITLE: Partial<Record<Finding["kind"], string>> = {
  contradicted: "Use the sources' figure",
  misquoted: "Use the exact quote",
  misattributed: "Use the right speaker",
};

/** Keys of the sources that support a finding's claim: `supportingSources`, else agreeing evidence. */
export function supportingKeys(f: Finding): string[] {
  const keys = f.supportingSources?.length ? f.supportingSources : f.evidence.filter((e) => e.stance !== "disagrees").map((e) => e.source);
  return [...new Set(keys)];
}

export class SourcedCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly checker: DocumentChecker,
    private readonly corpus: CorpusService,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    if (!this.checker.isDraft(document)) return [];
    // Reuse the findings the diagnostics computed for this version (one worker check if there are none yet).
    const findings = this.checker.cached(document) ?? (await this.checker.check(document));
    if (!findings || document.isClosed) return [];
    const text = document.getText();
    const span = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const actions: vscode.CodeAction[] = [];
    const seenClaims = new Set<string>();
    for (const f of findingsInSpan(findings, span).filter(isProblem)) {
      const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === f.kind && d.range.isEqual(new vscode.Range(document.positionAt(f.span.start), document.positionAt(f.span.end))));
      const fix = (title: string, edits: ApplyFixArgs["edits"], preferred = false): void => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        const args: ApplyFixArgs = { uri: document.uri.toString(), version: document.version, edits };
        action.command = { command: COMMANDS.applyFix, title, arguments: [args] };
        action.diagnostics = diagnostics;
        action.isPreferred = preferred;
        actions.push(action);
      };

      if (f.suggestion !== undefined && f.suggestion !== text.slice(f.span.start, f.span.end)) {
        const what = FIX_TITLE[f.kind] ?? "Replace";
        fix(`${what}: '${short(f.suggestion)}'`, [{ start: f.span.start, end: f.span.end, text: f.suggestion }], true);
      }

      for (const key of supportingKeys(f).slice(0, 3)) {
        const ins = citationInsertion(text, f.claimSpan, key);
        if (!ins) continue;
        const title = this.corpus.resolveKey(key)?.title;
        fix(`Cite [@${key}]${title ? ` (${short(title)})` : ""}`, [{ start: ins.offset, end: ins.offset, text: ins.insert }], f.suggestion === undefined && (f.kind === "unsupported" || f.kind === "citation-mismatch"));
      }

      const e = f.evidence[0];
      if (e) {
        const open = new vscode.CodeAction(`Open source: ${e.source}`, vscode.CodeActionKind.QuickFix);
        const args: OpenSourceArgs = { path: e.path, range: e.range };
        open.command = { command: COMMANDS.openSource, title: open.title, arguments: [args] };
        open.diagnostics = diagnostics;
        actions.push(open);
      }

      const claimId = `${f.claimSpan.start}:${f.claimSpan.end}`;
      if (!seenClaims.has(claimId)) {
        seenClaims.add(claimId);
        const ign = ignoreMarkerEdit(text, f.claimSpan);
        fix("Ignore this claim (<!-- sourced-ignore -->)", [{ start: ign.offset, end: ign.offset, text: ign.insert }]);
      }
    }
    return actions;
  }
}

function short(s: string, max = 60): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Registers the quick-fix provider for Markdown and plain-text drafts. */
export function registerCodeActions(checker: DocumentChecker, corpus: CorpusService): vscode.Disposable {
  const provider = new SourcedCodeActions(checker, corpus);
  const provideCodeActions = timed("codeActions", (d: vscode.TextDocument, r: vscode.Range | vscode.Selection, c: vscode.CodeActionContext) => provider.provideCodeActions(d, r, c));
  return vscode.languages.registerCodeActionsProvider(DRAFT_SELECTOR, { provideCodeActions }, { providedCodeActionKinds: SourcedCodeActions.kinds });
}
