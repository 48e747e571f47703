/**
 * Markdown building blocks for hovers, with escaping of untrusted corpus text. No `vscode` import,
 * so the escaping is unit-tested.
 */
import type { DiffPart, SourceMeta, Span } from "../core/types";

/**
 * Escapes text for Markdown: every ASCII punctuation character that could start markup (links,
 * emphasis, HTML, code, tables, headings) is backslash-escaped and line breaks become spaces, so
 * corpus text renders literally and can never form a `command:` link or raw HTML.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+\-.!|<>~&:"'=]/g, "\\$&").replace(/\s*\r?\n\s*/g, " ");
}

/** `text` escaped, with `highlight` (offsets into `text`) in bold. */
export function emphasise(text: string, highlight?: Span): string {
  if (!highlight || highlight.start < 0 || highlight.end > text.length || highlight.start >= highlight.end) return escapeMarkdown(text);
  return `${escapeMarkdown(text.slice(0, highlight.start))}**${escapeMarkdown(text.slice(highlight.start, highlight.end))}**${escapeMarkdown(text.slice(highlight.end))}`;
}

/** A word diff: removed words struck through, added words in bold. */
export function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      if (!p.value.trim()) return p.value.replace(/\s+/g, " ");
      const lead = /^\s*/.exec(p.value)?.[0] ? " " : "";
      const trail = /\s*$/.exec(p.value)?.[0] ? " " : "";
      const v = escapeMarkdown(p.value.trim());
      return lead + (p.removed ? `~~${v}~~` : p.added ? `**${v}**` : v) + trail;
    })
    .join("");
}

/** Shortens a passage around its highlight to at most `max` characters, adjusting the highlight. */
export function clip(text: string, highlight: Span | undefined, max = 320): { text: string; highlight?: Span } {
  if (text.length <= max) return highlight ? { text, highlight } : { text };
  const centre = highlight ? Math.floor((highlight.start + highlight.end) / 2) : 0;
  const start = Math.max(0, Math.min(centre - Math.floor(max / 2), text.length - max));
  const end = Math.min(text.length, start + max);
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const out = prefix + text.slice(start, end) + suffix;
  if (!highlight) return { text: out };
  const h = { start: highlight.start - start + prefix.length, end: highlight.end - start + prefix.length };
  // The highlight did not fit in the window: show the window without emphasis.
  if (h.start < prefix.length || h.end > out.length - suffix.length) return { text: out };
  return { text: out, highlight: h };
}

/** A human label for a finding kind, for hover headers. */
export const VERDICT_LABEL: Record<string, string> = {
  "unknown-citation": "Unknown citation",
  "citation-mismatch": "Citation does not back this claim",
  contradicted: "Contradicted by the sources",
  misattributed: "Misattributed quote",
  misquoted: "Misquoted",
  "unverified-quote": "Quote not found in the sources",
  disputed: "Disputed: sources disagree",
  unsupported: "Not found in the sources",
  supported: "Supported by the sources",
};

/** Markdown for a source's title line: *Title* — Publisher, date (\`@key\`); every field escaped. */
export function sourceLine(meta: SourceMeta | undefined, key: string): string {
  if (!meta) return `\`${escapeMarkdown(key)}\``;
  const where = [meta.publisher, meta.date].filter((x): x is string => !!x).map(escapeMarkdown).join(", ");
  return `*${escapeMarkdown(meta.title)}*${where ? ` — ${where}` : ""} \\(\`@${escapeMarkdown(meta.key)}\`\\)`;
}
