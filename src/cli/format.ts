/**
 * Output formats of `sourced check` and `sourced sources`. Pure functions from results to strings,
 * so they are tested without spawning a process.
 */
import type { SourceSummary } from "../core/index/corpusIndex";
import type { SourceFailure } from "../core/sources/sourceDocument";
import type { CheckResult, Evidence, Finding, Range, Severity } from "../core/types";

/** The JSON schema version; bump on incompatible changes to the JSON output. */
export const SCHEMA_VERSION = 1;

/** What the formatters know about the corpus. */
export interface CorpusInfo {
  documents: number;
  failures: SourceFailure[];
  warnings?: SourceFailure[];
}

/** Display options for the text format. */
export interface TextOptions {
  color: boolean;
  /** Turns a source path into the form shown to the user (e.g. relative to the cwd). */
  displayPath?: (path: string) => string;
}

const ANSI = {
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  blue: "\u001b[34m",
  green: "\u001b[32m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
  reset: "\u001b[0m",
};

const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, information: ANSI.blue, hint: ANSI.green };

/** `text` cut to `max` characters around `focus` (a span in `text`), with ellipses where cut. */
export function excerpt(text: string, max = 200, focus?: { start: number; end: number }): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const centre = focus && focus.end <= text.length ? Math.floor((focus.start + focus.end) / 2) : 0;
  let start = Math.max(0, Math.min(centre - Math.floor(max / 2), flat.length - max));
  if (!focus) start = 0;
  const end = start + max;
  return (start > 0 ? "\u2026" : "") + flat.slice(start, end).trim() + (end < flat.length ? "\u2026" : "");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Counts of findings by severity, most serious first, for summary lines. */
function severityCounts(results: CheckResult[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, "error"));
  if (counts.warning) parts.push(plural(counts.warning, "warning"));
  if (counts.information) parts.push(`${counts.information} information`);
  if (counts.hint) parts.push(plural(counts.hint, "hint"));
  return parts.length ? parts.join(", ") : "no findings";
}

/** The linter-style text report: one line per finding, evidence and suggestion indented, a summary. */
export function formatText(results: CheckResult[], corpus: CorpusInfo, options: TextOptions): string {
  const c = (color: string, s: string): string => (options.color ? color + s + ANSI.reset : s);
  const show = options.displayPath ?? ((p: string) => p);
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const where = `${result.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`${c(ANSI.bold, where)}  ${c(SEVERITY_COLOR[f.severity], f.severity)}  ${c(ANSI.dim, f.kind)}  ${f.message}`);
      for (const e of f.evidence) {
        const at = `${show(e.path)}:${e.range.start.line + 1}:${e.range.start.character + 1}`;
        const value = e.value !== undefined ? ` [${e.value}]` : "";
        lines.push(`    ${c(ANSI.bold, e.source)} (${at}): "${excerpt(e.text, 200, e.highlight)}"${value}`);
      }
      if (f.suggestion !== undefined) lines.push(`    suggestion: ${f.suggestion}`);
    }
  }
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const summary = `${plural(results.length, "file")} checked against ${plural(corpus.documents, "source")}: ${severityCounts(results)}` +
    (corpus.failures.length ? ` (${plural(corpus.failures.length, "source")} could not be read)` : "");
  if (total) lines.push("");
  lines.push(summary);
  return lines.join("\n") + "\n";
}

/** A range as JSON: 0-based lines and UTF-16 characters, as in the `Range` type. */
function jsonRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

function jsonEvidence(e: Evidence): Record<string, unknown> {
  const out: Record<string, unknown> = { source: e.source, path: e.path, range: jsonRange(e.range), text: e.text };
  if (e.value !== undefined) out.value = e.value;
  if (e.highlight) out.highlight = { start: e.highlight.start, end: e.highlight.end };
  if (e.stance) out.stance = e.stance;
  return out;
}

/** One finding in the JSON schema (fields beyond the core set only when present). */
export function jsonFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: f.kind,
    severity: f.severity,
    range: jsonRange(f.range),
    message: f.message,
    claim: f.claim,
    evidence: f.evidence.map(jsonEvidence),
  };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.diff && f.diff.length) out.diff = f.diff;
  if (f.supportingSources && f.supportingSources.length) {
    out.supportingSources = f.supportingSources;
    // The keys are the first few of an archive's sources: the count says how many there are.
    out.supportingSourceCount = f.supportingSourceCount ?? f.supportingSources.length;
  }
  return out;
}

/** The JSON report (schema version 1). */
export function formatJson(results: CheckResult[], corpus: CorpusInfo): string {
  const corpusJson: Record<string, unknown> = {
    documents: corpus.documents,
    failures: corpus.failures.map((f) => ({ path: f.path, reason: f.reason })),
  };
  if (corpus.warnings?.length) corpusJson.warnings = corpus.warnings.map((w) => ({ path: w.path, reason: w.reason }));
  const report = {
    schemaVersion: SCHEMA_VERSION,
    corpus: corpusJson,
    results: results.map((r) => ({ file: r.file, findings: r.findings.map(jsonFinding) })),
  };
  return JSON.stringify(report, null, 2) + "\n";
}

/** Escapes workflow-command message data (GitHub: `%`, `\r`, `\n`). */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow-command property value (data rules plus `:` and `,`). */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const GITHUB_LEVEL: Record<Severity, "error" | "warning" | "notice" | undefined> = {
  error: "error",
  warning: "warning",
  information: "notice",
  // Supported claims would flood a pull request with annotations; they stay in text and JSON output.
  hint: undefined,
};

/** GitHub Actions workflow commands (`::warning file=...::message`), one per finding. */
export function formatGithub(results: CheckResult[], options: { displayPath?: (path: string) => string } = {}): string {
  const show = options.displayPath ?? ((p: string) => p);
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const level = GITHUB_LEVEL[f.severity];
      if (!level) continue;
      const props = [
        `file=${escapeGithubProperty(r.file)}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeGithubProperty(`Sourced ${f.kind}`)}`,
      ].join(",");
      let message = f.message;
      for (const e of f.evidence.slice(0, 3)) {
        message += `\n${e.source} (${show(e.path)}:${e.range.start.line + 1}): "${excerpt(e.text, 160, e.highlight)}"`;
      }
      if (f.suggestion !== undefined) message += `\nsuggestion: ${f.suggestion}`;
      lines.push(`::${level} ${props}::${escapeGithubData(message)}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

/** A source row for `sourced sources`. */
export interface SourceRow extends SourceSummary {
  furniture?: { text: string; reason: string }[];
}

/** `sourced sources` as a text table. */
export function formatSourcesText(rows: SourceRow[], corpus: CorpusInfo, options: TextOptions): string {
  const c = (color: string, s: string): string => (options.color ? color + s + ANSI.reset : s);
  const show = options.displayPath ?? ((p: string) => p);
  const lines: string[] = [];
  for (const r of rows) {
    const m = r.meta;
    const byline = [m.publisher, m.author, m.date].filter(Boolean).join(", ");
    lines.push(`${c(ANSI.bold, m.key)}  ${m.title}${byline ? c(ANSI.dim, `  (${byline})`) : ""}`);
    lines.push(`    ${show(m.path)}  ${plural(r.passages, "passage")}, ${plural(r.figures, "figure")}, ${plural(r.quotes, "quote")}` +
      (m.aliases.length ? `  aliases: ${m.aliases.join(", ")}` : ""));
    for (const f of r.furniture ?? []) lines.push(`    ${c(ANSI.dim, `furniture (${f.reason}): ${excerpt(f.text, 80)}`)}`);
  }
  lines.push(`${plural(rows.length, "source")}` + (corpus.failures.length ? `, ${corpus.failures.length} could not be read` : ""));
  return lines.join("\n") + "\n";
}

/** `sourced sources --format json`. */
export function formatSourcesJson(rows: SourceRow[], corpus: CorpusInfo): string {
  const sources = rows.map((r) => {
    const out: Record<string, unknown> = { ...r.meta, passages: r.passages, figures: r.figures, quotes: r.quotes };
    if (r.furniture) out.furniture = r.furniture;
    return out;
  });
  const report: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    corpus: { documents: corpus.documents, failures: corpus.failures.map((f) => ({ path: f.path, reason: f.reason })) },
    sources,
  };
  if (corpus.warnings?.length) (report.corpus as Record<string, unknown>).warnings = corpus.warnings;
  return JSON.stringify(report, null, 2) + "\n";
}
