/**
 * Hovers on claims, citations and quotes: the verdict and the evidence, with the corpus text
 * escaped and only Sourced's own commands trusted. They answer from the checker's cached findings
 * and the cached source metadata; only an unknown or unbacked citation asks the worker for passages.
 */
import * as vscode from "vscode";
import { citationAt, type CitationRef } from "../core/services/citations";
import { claimFindingsAt, findingsAt, kindRank } from "../core/services/findings";
import { citationInsertion, quoteAt, sentenceAt } from "../core/services/text";
import type { Evidence, Finding, Span } from "../core/types";
import { timed } from "./blocking";
import { DRAFT_SELECTOR, type DocumentChecker } from "./checker";
import { COMMANDS, HOVER_COMMAND_IDS, type ApplyFixArgs, type OpenSourceArgs } from "./commandIds";
import type { CorpusService } from "./corpusService";
import { commandUri } from "./editCommands";
import { clip, diffMarkdown, emphasise, escapeMarkdown, sourceLine, VERDICT_LABEL } from "./hoverContent";

export { sourceLine };

export class SourcedHover implements vscode.HoverProvider {
  constructor(
    private readonly checker: DocumentChecker,
    private readonly corpus: CorpusService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.checker.isDraft(document)) return undefined;
    // Findings cached by the diagnostics pass for this version; checked once (in the worker) if not there yet.
    const findings = this.checker.cached(document) ?? (await this.checker.check(document));
    if (!findings || document.isClosed) return undefined;
    const text = document.getText();
    const offset = document.offsetAt(position);
    const ctx: HoverCtx = { document, text, corpus: this.corpus, findings };

    const cite = citationAt(text, offset);
    if (cite) return this.citationHover(ctx, cite.group.span, cite.ref ? [cite.ref] : cite.group.refs, cite.ref?.span ?? cite.group.span);

    const quote = quoteAt(text, offset);
    if (quote) {
      const qf = findings.filter((f) => f.span.start < quote.span.end && f.span.end > quote.span.start && /quote|misattributed/.test(f.kind));
      const supported = findings.find((f) => f.kind === "supported" && f.span.start <= quote.inner.start && f.span.end >= quote.inner.end && f.evidence.length > 0);
      if (qf.length || supported) return this.quoteHover(ctx, qf.length ? qf : [supported as Finding], quote.span);
    }

    const tight = findingsAt(findings, offset);
    if (tight.length) return this.claimHover(ctx, tight, tight[0].span);
    const claim = claimFindingsAt(findings, offset);
    if (claim.length) return this.claimHover(ctx, claim, claim[0].claimSpan);
    return undefined;
  }

  private claimHover(ctx: HoverCtx, findings: Finding[], span: Span): vscode.Hover {
    const md = newMarkdown();
    const worst = [...findings].sort((a, b) => kindRank(a.kind) - kindRank(b.kind))[0];
    md.appendMarkdown(`**Sourced: ${escapeMarkdown(VERDICT_LABEL[worst.kind] ?? worst.kind)}**\n\n`);
    for (const f of findings) if (f.kind !== "supported" || findings.length === 1) md.appendMarkdown(`${escapeMarkdown(f.message)}\n\n`);
    this.appendEvidence(ctx, md, findings, worst);
    return new vscode.Hover(md, toRange(ctx.document, span));
  }

  private quoteHover(ctx: HoverCtx, findings: Finding[], span: Span): vscode.Hover {
    const md = newMarkdown();
    const f = [...findings].sort((a, b) => kindRank(a.kind) - kindRank(b.kind))[0];
    md.appendMarkdown(`**Sourced: ${escapeMarkdown(VERDICT_LABEL[f.kind] ?? f.kind)}**\n\n`);
    if (f.kind === "supported") {
      const e = f.evidence[0];
      const speaker = e.value ? `${escapeMarkdown(e.value)}, in ` : "";
      md.appendMarkdown(`Exact match: ${speaker}${sourceLine(ctx.corpus.resolveKey(e.source), e.source)}\n\n`);
    } else {
      md.appendMarkdown(`${escapeMarkdown(f.message)}\n\n`);
      if (f.diff?.length) md.appendMarkdown(`Draft → source: ${diffMarkdown(f.diff)}\n\n`);
    }
    this.appendEvidence(ctx, md, findings, f);
    return new vscode.Hover(md, toRange(ctx.document, span));
  }

  private async citationHover(ctx: HoverCtx, groupSpan: Span, refs: CitationRef[], span: Span): Promise<vscode.Hover> {
    const md = newMarkdown();
    const sentence = sentenceAt(ctx.text, groupSpan.start);
    const claimFindings = claimFindingsAt(ctx.findings, groupSpan.start);
    for (const ref of refs) {
      const meta = ctx.corpus.resolveKey(ref.key);
      if (!meta) {
        md.appendMarkdown(`**Unknown citation** \`@${escapeMarkdown(ref.key)}\`: no source in the corpus has this key.`);
        const near = await ctx.corpus.query("rankSources", { sentence: ctx.text.slice(sentence.start, sentence.end), limit: 3 }).catch(() => []);
        if (near.length) md.appendMarkdown(` Sources that may fit: ${near.map((s) => `\`@${escapeMarkdown(s.meta.key)}\``).join(", ")}.`);
        md.appendMarkdown("\n\n");
        continue;
      }
      md.appendMarkdown(`${sourceLine(meta, ref.key)}${ref.locator ? `, ${escapeMarkdown(ref.locator)}` : ""}\n\n`);
      // The passage backing this sentence: evidence from this source in the claim's findings, else the best passage.
      const evidence = claimFindings.flatMap((f) => f.evidence).find((e) => e.source === meta.key && e.stance !== "disagrees");
      const mismatch = claimFindings.find((f) => f.kind === "citation-mismatch");
      if (evidence) {
        md.appendMarkdown(`> ${quoted(evidence)}\n\n${links(ctx, evidence, undefined)}\n\n`);
      } else {
        const hit = (await ctx.corpus.query("searchPassages", { query: ctx.text.slice(sentence.start, sentence.end), limit: 1, sources: [meta.key] }).catch(() => []))[0];
        if (mismatch) md.appendMarkdown(`${escapeMarkdown(mismatch.message)}\n\n`);
        else md.appendMarkdown("No passage of this source backs this sentence.\n\n");
        if (hit) {
          md.appendMarkdown(`Closest passage:\n\n> ${escapeMarkdown(clip(hit.text, undefined).text)}\n\n`);
          md.appendMarkdown(`[Open source](${commandUri(COMMANDS.openSource, { path: hit.path, range: hit.range } satisfies OpenSourceArgs)})\n\n`);
        }
      }
    }
    return new vscode.Hover(md, toRange(ctx.document, span));
  }

  /** The best passage of each source the findings rest on, with its metadata and command links. */
  private appendEvidence(ctx: HoverCtx, md: vscode.MarkdownString, findings: Finding[], main: Finding): void {
    const bySource = new Map<string, Evidence>();
    for (const f of findings) for (const e of f.evidence) if (!bySource.has(e.source)) bySource.set(e.source, e);
    for (const e of [...bySource.values()].slice(0, 4)) {
      md.appendMarkdown(`---\n\n${sourceLine(ctx.corpus.resolveKey(e.source), e.source)}${e.stance === "disagrees" ? " — disagrees" : ""}\n\n`);
      md.appendMarkdown(`> ${quoted(e)}\n\n`);
      md.appendMarkdown(`${links(ctx, e, main)}\n\n`);
    }
  }
}

interface HoverCtx {
  document: vscode.TextDocument;
  text: string;
  corpus: CorpusService;
  findings: Finding[];
}

function quoted(e: Evidence): string {
  const c = clip(e.text, e.highlight);
  return emphasise(c.text, c.highlight);
}

/** "Open source · Insert citation" links (the latter only when the claim does not cite the source yet). */
function links(ctx: HoverCtx, e: Evidence, f: Finding | undefined): string {
  const out = [`[Open source](${commandUri(COMMANDS.openSource, { path: e.path, range: e.range } satisfies OpenSourceArgs)})`];
  if (f && e.stance !== "disagrees") {
    const ins = citationInsertion(ctx.text, f.claimSpan, e.source);
    if (ins) {
      const args: ApplyFixArgs = { uri: ctx.document.uri.toString(), version: ctx.document.version, edits: [{ start: ins.offset, end: ins.offset, text: ins.insert }] };
      out.push(`[Insert citation](${commandUri(COMMANDS.applyFix, args)})`);
    }
  }
  return out.join(" · ");
}

function newMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString("", false);
  // Only Sourced's own commands may run from these links; corpus text is escaped and cannot add links.
  md.isTrusted = { enabledCommands: [...HOVER_COMMAND_IDS] };
  md.supportHtml = false;
  return md;
}

function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Registers the hover provider for drafts. */
export function registerHover(checker: DocumentChecker, corpus: CorpusService): vscode.Disposable {
  const provider = new SourcedHover(checker, corpus);
  return vscode.languages.registerHoverProvider(DRAFT_SELECTOR, { provideHover: timed("hover", (d: vscode.TextDocument, p: vscode.Position) => provider.provideHover(d, p)) });
}
