/**
 * The reference list of a draft: the sources it cites, as Markdown or CSL-JSON.
 */
import type { SourceMeta } from "../types";
import { citedKeys } from "./citations";
import { escapeMarkdownText } from "./report";

/** Cited sources resolved through `resolveKey`, in order of first citation, plus keys that resolve to nothing. */
export function citedSources(text: string, resolveKey: (key: string) => SourceMeta | undefined): { sources: SourceMeta[]; unknown: string[] } {
  const sources: SourceMeta[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const key of citedKeys(text)) {
    const meta = resolveKey(key);
    if (!meta) unknown.push(key);
    else if (!seen.has(meta.key)) {
      seen.add(meta.key);
      sources.push(meta);
    }
  }
  return { sources, unknown };
}

/**
 * A Markdown reference list, one item per source, sorted by title:
 * `- [@key] Author. *Title*. Publisher, 2020-07-02. <url>` (corpus strings escaped).
 */
export function formatBibliography(sources: readonly SourceMeta[], heading = "## References"): string {
  const items = [...sources]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((m) => {
      const parts: string[] = [];
      if (m.author) parts.push(`${escapeMarkdownText(m.author)}.`);
      parts.push(`*${escapeMarkdownText(m.title)}*.`);
      const where = [m.publisher && escapeMarkdownText(m.publisher), m.date].filter(Boolean).join(", ");
      if (where) parts.push(`${where}.`);
      if (m.url && /^https?:\/\//.test(m.url)) parts.push(`<${m.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
      return `- \\[@${m.key}\\] ${parts.join(" ")}`;
    });
  return `${heading}\n\n${items.join("\n")}\n`;
}

/** One CSL-JSON item. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: { literal: string }[];
  issued?: { "date-parts": number[][] };
  URL?: string;
}

/** CSL-JSON items for `sources` (newspaper articles), for Zotero, pandoc --citeproc and friends. */
export function toCslJson(sources: readonly SourceMeta[]): CslItem[] {
  return sources.map((m) => {
    const item: CslItem = { id: m.key, type: "article-newspaper", title: m.title };
    if (m.publisher) {
      item["container-title"] = m.publisher;
      item.publisher = m.publisher;
    }
    if (m.author) item.author = [{ literal: m.author }];
    const parts = m.date?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
    if (parts) item.issued = { "date-parts": [parts.slice(1).filter((p): p is string => p !== undefined).map(Number)] };
    if (m.url) item.URL = m.url;
    return item;
  });
}
