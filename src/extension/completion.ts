/**
 * Completions while writing: citation keys after `[@`, quotes from the sources after an opening
 * quote mark, and (on Ctrl+Space) figures with their citation. One look-up in the index worker per
 * request (no re-index, no check); titles come from the cached source metadata.
 */
import * as vscode from "vscode";
import { completionContext } from "../core/services/completionContext";
import { rankByPrefix } from "../core/services/fuzzy";
import { sentenceAt, speakerInSentence } from "../core/services/text";
import type { Span } from "../core/types";
import { timed } from "./blocking";
import { DRAFT_SELECTOR, type DocumentChecker } from "./checker";
import type { CorpusService } from "./corpusService";

/** Characters that open a completion session. */
export const TRIGGER_CHARACTERS = ["@", "\"", "“"];

export class SourcedCompletions implements vscode.CompletionItemProvider {
  constructor(
    private readonly checker: DocumentChecker,
    private readonly corpus: CorpusService,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionList | undefined> {
    // A cancelled request (the writer typed on) or a worker failure offers nothing.
    return this.complete(document, position, token, context).catch(() => undefined);
  }

  private async complete(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionList | undefined> {
    if (!this.corpus.current.indexed || !this.checker.isDraft(document)) return undefined;
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    const ask = this.corpus.query.bind(this.corpus);
    const text = document.getText();
    const offset = document.offsetAt(position);
    const ctx = completionContext(text, offset);
    const range = (s: Span): vscode.Range => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    const sentenceSpan = sentenceAt(text, offset);
    const sentence = text.slice(sentenceSpan.start, sentenceSpan.end);

    if (ctx.kind === "citation") {
      // Ranked for the sentence and filtered by the typed prefix in the worker.
      const kept = await ask("rankSources", { sentence, prefix: ctx.prefix }, controller.signal);
      const items = kept.map(({ meta, sortText }) => {
        const item = new vscode.CompletionItem({ label: meta.key, description: meta.publisher }, vscode.CompletionItemKind.Reference);
        item.detail = [meta.title, meta.publisher, meta.date].filter(Boolean).join(" · ");
        item.documentation = new vscode.MarkdownString().appendText(`${meta.title}${meta.author ? ` — ${meta.author}` : ""}`);
        item.sortText = sortText;
        // Fuse already decided what matches; make VS Code's own filter keep the item for this prefix.
        item.filterText = `${ctx.prefix}${meta.key}`;
        item.insertText = ctx.closed ? meta.key : `${meta.key}]`;
        item.range = range(ctx.replace);
        return item;
      });
      // Incomplete: re-ask as the writer types, so Fuse (not VS Code's filter) ranks each prefix.
      return new vscode.CompletionList(items, true);
    }

    if (ctx.kind === "quote") {
      const query = (text.slice(sentenceSpan.start, ctx.openOffset) + " " + ctx.prefix).trim();
      const quotes = await ask("searchQuotes", { query: query || sentence, limit: 30, speaker: speakerInSentence(sentence) }, controller.signal);
      const close = ctx.mark === "“" ? "”" : "\"";
      // Replace an auto-closed quote mark after the cursor too, so accepting does not double it.
      const replace = { ...ctx.replace };
      if (text[replace.end] === close) replace.end++;
      const kept = rankByPrefix(quotes.map((q) => ({ item: q, fields: [q.text, q.speaker ?? ""] })), ctx.prefix);
      const items = kept.map(({ item: q, sortText }) => {
        const label = q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text;
        const item = new vscode.CompletionItem({ label, description: q.speaker }, vscode.CompletionItemKind.Text);
        const meta = this.corpus.resolveKey(q.source);
        item.detail = `${q.speaker ? `${q.speaker} — ` : ""}${meta?.title ?? q.source}`;
        item.documentation = new vscode.MarkdownString().appendText(q.passage);
        item.insertText = `${q.text}${close} [@${q.source}]`;
        item.filterText = `${ctx.prefix}${q.text}`;
        item.sortText = sortText;
        item.range = range(replace);
        return item;
      });
      return new vscode.CompletionList(items, true);
    }

    // Facts only on demand: proposing figures on every word would be noise.
    if (context.triggerKind !== vscode.CompletionTriggerKind.Invoke || !sentence.trim()) return undefined;
    const word = text.slice(ctx.word.start, ctx.word.end);
    const facts = await ask("searchFacts", { query: sentence, limit: 20 }, controller.signal);
    const kept = rankByPrefix(facts.map((f) => ({ item: f, fields: [f.label, f.figure] })), word);
    const items = kept.map(({ item: f, sortText }) => {
      const item = new vscode.CompletionItem({ label: f.label, description: f.source }, vscode.CompletionItemKind.Value);
      item.detail = this.corpus.resolveKey(f.source)?.title ?? f.source;
      item.documentation = new vscode.MarkdownString().appendText(f.passage);
      item.insertText = `${f.figure} [@${f.source}]`;
      item.filterText = `${word}${f.label}`;
      item.sortText = sortText;
      item.range = range(ctx.word);
      return item;
    });
    return new vscode.CompletionList(items, false);
  }
}

/** Registers the completion provider for drafts. */
export function registerCompletions(checker: DocumentChecker, corpus: CorpusService): vscode.Disposable {
  const provider = new SourcedCompletions(checker, corpus);
  const provideCompletionItems = timed("completion", (d: vscode.TextDocument, p: vscode.Position, t: vscode.CancellationToken, c: vscode.CompletionContext) => provider.provideCompletionItems(d, p, t, c));
  return vscode.languages.registerCompletionItemProvider(DRAFT_SELECTOR, { provideCompletionItems }, ...TRIGGER_CHARACTERS);
}
