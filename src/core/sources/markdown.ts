/**
 * Markdown sources: YAML front matter and a plain-text rendering of the body with offsets preserved.
 * Only the syntax that appears in prose matters here (headings, emphasis, links, lists, quotes, code);
 * this is not a full CommonMark parser and does not need to be.
 */
import { parse as parseYaml } from "yaml";
import { TextBuilder } from "./textBuilder";

/** Fields a source may declare about itself in front matter or HTML meta tags. */
export interface DeclaredMeta {
  key?: string;
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  aliases?: string[];
}

/** The front matter block of a Markdown file. */
export interface FrontMatter {
  /** Offset in the raw text where the body starts (after the closing `---` line). */
  bodyStart: number;
  meta: DeclaredMeta;
  /** Why the front matter was ignored, if it was not valid YAML. */
  error?: string;
}

/** Converts a YAML scalar to a string; dates become ISO dates. */
function asString(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map((x) => asString(x)).filter(Boolean).join(", ") || undefined;
  return undefined;
}

/** Picks the known fields out of a parsed front matter object (accepting a few common synonyms). */
export function declaredMetaFrom(obj: Record<string, unknown>): DeclaredMeta {
  const pick = (...names: string[]): string | undefined => {
    for (const n of names) {
      const v = asString(obj[n]);
      if (v) return v;
    }
    return undefined;
  };
  const aliases = obj.aliases;
  return {
    key: pick("key", "id", "citekey"),
    title: pick("title", "headline"),
    author: pick("author", "authors", "byline"),
    publisher: pick("publisher", "publication", "source", "site"),
    date: pick("date", "published", "datePublished"),
    url: pick("url", "link", "source_url"),
    aliases: Array.isArray(aliases) ? aliases.map((a) => asString(a)).filter((a): a is string => !!a) : undefined,
  };
}

/** Finds and parses YAML front matter (`---` ... `---` or `...`) at the top of `raw`. */
export function readFrontMatter(raw: string): FrontMatter | undefined {
  const open = /^---[ \t]*\r?\n/.exec(raw);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = raw.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { bodyStart: 0, meta: {}, error: "front matter has no closing ---" };
  const yamlText = rest.slice(0, m.index);
  const bodyStart = open[0].length + m.index + m[0].length;
  try {
    const parsed: unknown = parseYaml(yamlText);
    if (parsed === null || parsed === undefined) return { bodyStart, meta: {} };
    if (typeof parsed !== "object" || Array.isArray(parsed)) return { bodyStart, meta: {}, error: "front matter is not a YAML mapping" };
    return { bodyStart, meta: declaredMetaFrom(parsed as Record<string, unknown>) };
  } catch (err) {
    const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    return { bodyStart, meta: {}, error: `front matter is not valid YAML (${msg})` };
  }
}

/** Left- or right-flanking emphasis run of `*`/`_` at `i..j` (CommonMark's rule, simplified). */
function isEmphasisRun(line: string, i: number, j: number): boolean {
  const before = i > 0 ? line[i - 1] : " ";
  const after = j < line.length ? line[j] : " ";
  const ws = (c: string): boolean => /\s/.test(c);
  const word = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  const leftFlanking = !ws(after);
  const rightFlanking = !ws(before);
  if (!leftFlanking && !rightFlanking) return false; // "b ****** s": literal asterisks
  if (line[i] === "_" && word(before) && word(after)) return false; // snake_case
  return true;
}

/**
 * Renders Markdown `raw[from..]` to plain text: headings, list and quote markers, emphasis, inline
 * code ticks and link syntax are removed, link text kept, images, HTML comments, reference
 * definitions and fenced code blocks skipped. Every kept character maps back to `raw`.
 */
export function extractMarkdown(raw: string, from = 0): { text: string; map: Uint32Array } {
  const out = new TextBuilder();
  let fence: string | undefined;
  let pos = from;
  let inComment = false;
  while (pos <= raw.length) {
    let eol = raw.indexOf("\n", pos);
    if (eol < 0) eol = raw.length;
    let line = raw.slice(pos, eol);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const lineStart = pos;
    const newline = (): void => {
      if (eol < raw.length) out.insert("\n", eol);
    };
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      newline();
    } else if (fenceMatch) {
      fence = fenceMatch[1];
      newline();
    } else if (inComment) {
      const end = line.indexOf("-->");
      if (end >= 0) {
        inComment = false;
        renderInline(line.slice(end + 3), lineStart + end + 3, out);
      }
      newline();
    } else if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      newline(); // reference definition or horizontal rule
    } else {
      // Block markers at the line start: heading, blockquote, list item.
      const marker = /^\s{0,3}(?:#{1,6}(?=\s|$)|(?:>\s?)+|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*/.exec(line);
      let body = line;
      let bodyStart = lineStart;
      if (marker) {
        body = line.slice(marker[0].length).replace(/\s+#+\s*$/, ""); // closing hashes of an ATX heading
        bodyStart = lineStart + marker[0].length;
      }
      const commentStart = body.indexOf("<!--");
      if (commentStart >= 0 && body.indexOf("-->", commentStart) < 0) {
        inComment = true;
        body = body.slice(0, commentStart);
      }
      renderInline(body, bodyStart, out);
      newline();
    }
    pos = eol + 1;
  }
  return out.finish(raw.length);
}

/** Inline Markdown of one line (`text` starts at raw offset `base`). */
function renderInline(text: string, base: number, out: TextBuilder): void {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!>~|"']/.test(text[i + 1])) {
      out.copy(text[i + 1], base + i + 1);
      i += 2;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    if (c === "!" && text[i + 1] === "[") {
      // Image: alt text is a caption, not body text.
      const link = matchLink(text, i + 1);
      if (link) {
        i = link.end;
        continue;
      }
    }
    if (c === "[") {
      const link = matchLink(text, i);
      if (link) {
        renderInline(text.slice(i + 1, link.textEnd), base + i + 1, out);
        i = link.end;
        continue;
      }
    }
    if (c === "`") {
      let j = i;
      while (text[j] === "`") j++;
      const ticks = text.slice(i, j);
      const close = text.indexOf(ticks, j);
      if (close >= 0) {
        out.copy(text.slice(j, close), base + j);
        i = close + ticks.length;
        continue;
      }
    }
    if (c === "*" || c === "_" || c === "~") {
      let j = i;
      while (text[j] === c) j++;
      if ((c !== "~" || j - i >= 2) && isEmphasisRun(text, i, j)) {
        i = j;
        continue;
      }
      out.copy(text.slice(i, j), base + i);
      i = j;
      continue;
    }
    if (c === "<") {
      const auto = /^<((?:https?|mailto):[^>\s]+)>/.exec(text.slice(i));
      if (auto) {
        out.copy(auto[1], base + i + 1);
        i += auto[0].length;
        continue;
      }
      const tag = /^<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/.exec(text.slice(i));
      if (tag) {
        i += tag[0].length;
        continue;
      }
    }
    out.copy(c, base + i);
    i++;
  }
}

/** Matches `[text](url)`, `[text][ref]` or `[text][]` starting at `open` (a `[`). */
function matchLink(text: string, open: number): { textEnd: number; end: number } | undefined {
  let depth = 0;
  let k = open;
  for (; k < text.length; k++) {
    if (text[k] === "\\") {
      k++;
      continue;
    }
    if (text[k] === "[") depth++;
    else if (text[k] === "]" && --depth === 0) break;
  }
  if (k >= text.length) return undefined;
  const textEnd = k;
  if (text[k + 1] === "(") {
    let paren = 0;
    for (let m = k + 1; m < text.length; m++) {
      if (text[m] === "(") paren++;
      else if (text[m] === ")" && --paren === 0) return { textEnd, end: m + 1 };
    }
    return undefined;
  }
  if (text[k + 1] === "[") {
    const close = text.indexOf("]", k + 2);
    if (close >= 0) return { textEnd, end: close + 1 };
  }
  return undefined;
}
