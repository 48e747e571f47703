/**
 * Which findings a document shows as problems: problem kinds only, kinds turned `off` dropped,
 * the most serious first, at most `maxProblems` (`sourced.maxProblems`), returned in text order.
 * Pure, so the cap is unit-tested; the extension maps the result to diagnostics.
 */
import { severityRank } from "../severity";
import type { Finding, FindingKind, Severity } from "../types";
import { isProblem, kindRank } from "./findings";

/** Per-kind severity, or `off` to hide the kind. */
export type KindSeverity = Partial<Record<FindingKind, Severity | "off">>;

/** The problems to show, capped at `maxProblems` (most serious kept), in text order. */
export function selectProblems(findings: readonly Finding[], severity: KindSeverity, maxProblems: number): Finding[] {
  const rank = (f: Finding): number => {
    const s = severity[f.kind];
    return severityRank(s && s !== "off" ? s : "information");
  };
  const cap = Number.isFinite(maxProblems) ? Math.max(0, Math.floor(maxProblems)) : findings.length;
  return findings
    .filter((f) => isProblem(f) && severity[f.kind] !== "off")
    .sort((a, b) => rank(a) - rank(b) || kindRank(a.kind) - kindRank(b.kind) || a.span.start - b.span.start)
    .slice(0, cap)
    .sort((a, b) => a.span.start - b.span.start);
}
