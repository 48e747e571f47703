/**
 * Lookups over the findings `checkDraft` returned for one draft: which are problems, which apply at
 * an offset, and which belong to claims the writer marked `<!-- sourced-ignore -->`.
 *
 * Pure functions (no editor API), shared by the VS Code surfaces and usable from the CLI.
 */
import { FINDING_KINDS, type Finding, type FindingKind, type Span } from "../types";

/** The marker a writer puts after a claim (or on its own line before a paragraph) to silence it. */
export const IGNORE_MARKER = "<!-- sourced-ignore -->";

/** True for every finding that is a problem to show (everything except `supported`). */
/**
 * A finding moved by `by` characters (its claim moved in the draft): spans shifted, and the
 * line/column range recomputed from `lines` when given (left as it was otherwise).
 */
export function moveFinding(finding: Finding, by: number, lines?: { rangeOf(start: number, end: number): Finding["range"] }): Finding {
  const span = { start: finding.span.start + by, end: finding.span.end + by };
  const claimSpan = { start: finding.claimSpan.start + by, end: finding.claimSpan.end + by };
  return { ...finding, span, claimSpan, range: lines ? lines.rangeOf(span.start, span.end) : finding.range };
}

export function isProblem(finding: Finding): boolean {
  return finding.kind !== "supported";
}

/** Rank of a kind, 0 = most serious (the order of `FINDING_KINDS`). */
export function kindRank(kind: FindingKind): number {
  return FINDING_KINDS.indexOf(kind);
}

/** The most serious kind among `kinds` (the claim's verdict), or `supported` when empty. */
export function worstKind(kinds: Iterable<FindingKind>): FindingKind {
  let best: FindingKind = "supported";
  for (const k of kinds) if (kindRank(k) < kindRank(best)) best = k;
  return best;
}

function contains(span: Span, offset: number): boolean {
  // Inclusive end: a cursor just after the last character of a figure still "is on" it.
  return offset >= span.start && offset <= span.end;
}

/**
 * Findings whose own span (the figure, quote or citation) contains `offset`, tightest first, then
 * most serious first. Use for hovers and quick fixes that target one word.
 */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings
    .filter((f) => contains(f.span, offset))
    .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start) || kindRank(a.kind) - kindRank(b.kind));
}

/** Findings whose claim (sentence) contains `offset`, most serious first. */
export function claimFindingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => contains(f.claimSpan, offset)).sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
}

/** Findings that overlap `[start, end]` (a selection or a diagnostic's range). */
export function findingsInSpan(findings: readonly Finding[], span: Span): Finding[] {
  return findings.filter((f) => f.span.start <= span.end && f.span.end >= span.start);
}

/** Findings grouped by claim span (`"start:end"`), in draft order. */
export function groupByClaim(findings: readonly Finding[]): { claimSpan: Span; claim: string; findings: Finding[] }[] {
  const groups = new Map<string, { claimSpan: Span; claim: string; findings: Finding[] }>();
  for (const f of [...findings].sort((a, b) => a.claimSpan.start - b.claimSpan.start || a.span.start - b.span.start)) {
    const id = `${f.claimSpan.start}:${f.claimSpan.end}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { claimSpan: f.claimSpan, claim: f.claim, findings: [] }));
    g.findings.push(f);
  }
  return [...groups.values()];
}

/** Bracketed citation groups (`[@a; @b]`) that may sit between a claim and its ignore marker. */
const TRAILING_CITATION = /^[ \t]*\[[^\[\]\n]*@[^\[\]\n]*\]/;

/** Offset just past the claim and any citation groups that directly follow it on the same line. */
export function claimTailEnd(text: string, claimSpan: Span): number {
  let end = claimSpan.end;
  for (;;) {
    const m = TRAILING_CITATION.exec(text.slice(end, end + 400));
    if (!m) return end;
    end += m[0].length;
  }
}

function lineStartOf(text: string, offset: number): number {
  // lastIndexOf clamps a negative start to 0 and would find a newline at 0 again: loop forever.
  if (offset <= 0) return 0;
  const i = text.lastIndexOf("\n", offset - 1);
  return i < 0 ? 0 : i + 1;
}

/**
 * Whether the writer marked this claim ignored. Two forms:
 * - the marker right after the claim (and its citations), with only spaces or one line break between:
 *   ignores that claim, wherever it sits in the paragraph (so it also covers "at the end of the paragraph");
 * - the marker alone on a line above the claim's paragraph (directly, or with blank lines between):
 *   ignores every claim of the paragraph.
 */
export function isIgnoredClaim(text: string, claimSpan: Span): boolean {
  const after = text.slice(claimTailEnd(text, claimSpan), claimSpan.end + 600);
  if (/^[ \t]*(?:\r?\n[ \t]*)?<!--\s*sourced-ignore\s*-->/.test(after)) return true;
  // Walk up the paragraph's lines, then across one run of blank lines, looking for a marker-only line.
  let lineStart = lineStartOf(text, claimSpan.start);
  let crossedBlank = false;
  while (lineStart > 0) {
    const prevStart = lineStartOf(text, lineStart - 1);
    const line = text.slice(prevStart, lineStart).trim();
    if (/^<!--\s*sourced-ignore\s*-->$/.test(line)) return true;
    if (line === "") crossedBlank = true;
    else if (crossedBlank) return false;
    lineStart = prevStart;
  }
  return false;
}

/**
 * Drops findings of ignored claims. Idempotent: if the engine already skips them, nothing changes.
 */
export function filterIgnored(text: string, findings: readonly Finding[]): Finding[] {
  if (!text.includes("sourced-ignore")) return [...findings];
  const cache = new Map<string, boolean>();
  return findings.filter((f) => {
    const id = `${f.claimSpan.start}:${f.claimSpan.end}`;
    let ignored = cache.get(id);
    if (ignored === undefined) cache.set(id, (ignored = isIgnoredClaim(text, f.claimSpan)));
    return !ignored;
  });
}

/** Where and what to insert to mark a claim ignored: ` <!-- sourced-ignore -->` after the claim and its citations. */
export function ignoreMarkerEdit(text: string, claimSpan: Span): { offset: number; insert: string } {
  return { offset: claimTailEnd(text, claimSpan), insert: ` ${IGNORE_MARKER}` };
}
