/**
 * The model behind the verification report (webview, Markdown and JSON export): findings of one or
 * more drafts grouped into one row per claim, with counts by kind. Pure data, no editor API.
 */
import { FINDING_KINDS, type Evidence, type Finding, type FindingKind, type Range, type Severity } from "../types";
import { groupByClaim, isProblem, worstKind } from "./findings";

/** One draft's findings, as input to the report. */
export interface ReportDocumentInput {
  /** The document's URI (string), used by the "jump to claim" link. */
  uri: string;
  /** A short label (workspace-relative path). */
  label: string;
  findings: Finding[];
}

/** A finding inside a report row. */
export interface ReportFinding {
  kind: FindingKind;
  severity: Severity;
  message: string;
  range: Range;
  suggestion?: string;
}

/** Evidence in a report row, with the source's title when known. */
export interface ReportEvidence {
  source: string;
  title?: string;
  path: string;
  range: Range;
  text: string;
  highlight?: { start: number; end: number };
}

/** One claim of one draft. */
export interface ReportRow {
  id: string;
  uri: string;
  label: string;
  claim: string;
  /** Where the claim is (from its first finding's claim span, as a range of the first finding). */
  range: Range;
  /** The claim's verdict: its most serious finding kind. */
  verdict: FindingKind;
  findings: ReportFinding[];
  evidence: ReportEvidence[];
}

/** The whole report. */
export interface ReportModel {
  scope: "document" | "workspace";
  generatedAt: string;
  documents: number;
  claims: number;
  problems: number;
  /** Number of findings of each kind (every kind present, zero when absent). */
  counts: Record<FindingKind, number>;
  rows: ReportRow[];
}

/** A compact summary for command results (integration tests assert it). */
export interface ReportSummary {
  scope: "document" | "workspace";
  documents: number;
  claims: number;
  problems: number;
  counts: Record<FindingKind, number>;
}

/** Zero counts for every kind. */
export function emptyCounts(): Record<FindingKind, number> {
  return Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
}

/**
 * Builds the report. `claimRange` maps a draft's claim span to a range (the caller owns the line
 * index); when absent, the range of the claim's first finding is used. `titleOf` names sources.
 */
export function buildReportModel(
  docs: readonly ReportDocumentInput[],
  options: { scope: "document" | "workspace"; now?: Date; titleOf?: (key: string) => string | undefined; claimRange?: (uri: string, start: number, end: number) => Range | undefined },
): ReportModel {
  const counts = emptyCounts();
  const rows: ReportRow[] = [];
  let problems = 0;
  for (const doc of docs) {
    for (const f of doc.findings) {
      counts[f.kind]++;
      if (isProblem(f)) problems++;
    }
    for (const g of groupByClaim(doc.findings)) {
      const evidence = new Map<string, ReportEvidence>();
      for (const f of g.findings) for (const e of f.evidence) evidence.set(evidenceId(e), toReportEvidence(e, options.titleOf));
      const ordered = [...g.findings].sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));
      rows.push({
        id: `${doc.uri}#${g.claimSpan.start}-${g.claimSpan.end}`,
        uri: doc.uri,
        label: doc.label,
        claim: g.claim,
        range: options.claimRange?.(doc.uri, g.claimSpan.start, g.claimSpan.end) ?? ordered[0].range,
        verdict: worstKind(g.findings.map((f) => f.kind)),
        findings: ordered.map((f) => {
          const rf: ReportFinding = { kind: f.kind, severity: f.severity, message: f.message, range: f.range };
          if (f.suggestion !== undefined) rf.suggestion = f.suggestion;
          return rf;
        }),
        evidence: [...evidence.values()],
      });
    }
  }
  return {
    scope: options.scope,
    generatedAt: (options.now ?? new Date()).toISOString(),
    documents: docs.length,
    claims: rows.length,
    problems,
    counts,
    rows,
  };
}

/** The summary of a model, for command return values. */
export function summarizeReport(model: ReportModel): ReportSummary {
  return { scope: model.scope, documents: model.documents, claims: model.claims, problems: model.problems, counts: { ...model.counts } };
}

function evidenceId(e: Evidence): string {
  return `${e.path}:${e.range.start.line}:${e.range.start.character}:${e.range.end.line}:${e.range.end.character}`;
}

function toReportEvidence(e: Evidence, titleOf?: (key: string) => string | undefined): ReportEvidence {
  const r: ReportEvidence = { source: e.source, path: e.path, range: e.range, text: e.text };
  const title = titleOf?.(e.source);
  if (title !== undefined) r.title = title;
  if (e.highlight) r.highlight = { start: e.highlight.start, end: e.highlight.end };
  return r;
}

/** Escapes text for a Markdown table cell or paragraph (corpus text is untrusted and may contain markup). */
export function escapeMarkdownText(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+!|<>~]/g, "\\$&").replace(/\r?\n/g, " ");
}

/** The report as a Markdown document. */
export function reportToMarkdown(model: ReportModel): string {
  const out: string[] = [];
  out.push(`# Sourced verification report`, "");
  out.push(`Generated ${model.generatedAt} · ${model.documents} document(s) · ${model.claims} claim(s) · ${model.problems} problem(s)`, "");
  out.push("| Kind | Findings |", "| --- | ---: |");
  for (const k of FINDING_KINDS) if (model.counts[k]) out.push(`| ${k} | ${model.counts[k]} |`);
  out.push("");
  let label = "";
  for (const row of model.rows) {
    if (row.label !== label) {
      label = row.label;
      out.push(`## ${escapeMarkdownText(label)}`, "");
    }
    out.push(`- **${row.verdict}** (line ${row.range.start.line + 1}): ${escapeMarkdownText(row.claim)}`);
    for (const f of row.findings) out.push(`  - ${f.kind}: ${escapeMarkdownText(f.message)}`);
    for (const e of row.evidence) out.push(`  - > ${escapeMarkdownText(e.text)} — ${escapeMarkdownText(e.title ?? e.source)} (\`${e.source}\`)`);
  }
  out.push("");
  return out.join("\n");
}

/** The report as pretty-printed JSON. */
export function reportToJson(model: ReportModel): string {
  return JSON.stringify(model, null, 2) + "\n";
}
