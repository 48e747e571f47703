/**
 * Default severity of each finding kind, shared by the checker, the CLI and the extension so that the
 * same finding looks the same everywhere.
 */
import type { FindingKind, Severity } from "./types";

/**
 * The default table. Problems a writer must look at are warnings; claims the corpus cannot settle are
 * information; confirmed claims are hints (shown subtly, useful as positive feedback).
 */
export const DEFAULT_SEVERITY: Readonly<Record<FindingKind, Severity>> = Object.freeze({
  "unknown-citation": "warning",
  "citation-mismatch": "warning",
  contradicted: "warning",
  misattributed: "warning",
  misquoted: "warning",
  "unverified-quote": "warning",
  disputed: "information",
  unsupported: "information",
  supported: "hint",
});

/** Severities from most to least serious. */
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "information", "hint"];

/** The severity of `kind`, with optional per-kind overrides (e.g. from user settings). */
export function severityFor(kind: FindingKind, overrides?: Partial<Record<FindingKind, Severity>>): Severity {
  return overrides?.[kind] ?? DEFAULT_SEVERITY[kind];
}

/** Rank of a severity: 0 for `error` up to 3 for `hint`. */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

/** Whether `severity` is at least as serious as `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}
