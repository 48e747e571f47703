/**
 * Pandoc-style citations in a draft: `[@key]`, `[@a; @b]`, `[@key, para 5]`, `[see @key, p. 3]`.
 * Pure parsing with exact offsets, for hovers, completions, the bibliography and citation fixes.
 */
import type { Span } from "../types";

/** One `@key` inside a citation group. */
export interface CitationRef {
  key: string;
  /** Span of `@key` in the draft. */
  span: Span;
  /** Span of `key` (without the `@`). */
  keySpan: Span;
  /** Text after the key in its item (`para 5`, `p. 3`), trimmed, without the comma. */
  locator?: string;
}

/** A bracketed citation group. */
export interface CitationGroup {
  /** Span from `[` to `]` inclusive. */
  span: Span;
  refs: CitationRef[];
}

/** Characters a citation key may contain (pandoc's set, minus trailing punctuation handled below). */
const KEY = /@([A-Za-z0-9_][A-Za-z0-9_:.#$%&+?<>~/-]*)/g;
const GROUP = /\[([^\[\]\n]*@[^\[\]\n]*)\]/g;

/** All citation groups in `text`, in order. A bracket followed by `(` is a Markdown link and skipped. */
export function parseCitations(text: string): CitationGroup[] {
  const groups: CitationGroup[] = [];
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (text[end] === "(") continue;
    const innerStart = start + 1;
    const refs: CitationRef[] = [];
    let itemStart = 0;
    for (const item of m[1].split(";")) {
      KEY.lastIndex = 0;
      const k = KEY.exec(item);
      if (k) {
        // Keys may not end in punctuation (`[@smith.]`), as in pandoc.
        const key = k[1].replace(/[.:?#$%&+<>~/-]+$/, "");
        const at = innerStart + itemStart + k.index;
        const rest = item.slice(k.index + 1 + key.length).replace(/^\s*,/, "").trim();
        const ref: CitationRef = { key, span: { start: at, end: at + 1 + key.length }, keySpan: { start: at + 1, end: at + 1 + key.length } };
        if (rest) ref.locator = rest;
        // An `@` inside an e-mail address is not a citation.
        const before = at > 0 ? text[at - 1] : " ";
        if (key && !/[A-Za-z0-9_]/.test(before)) refs.push(ref);
      }
      itemStart += item.length + 1;
    }
    if (refs.length) groups.push({ span: { start, end }, refs });
  }
  return groups;
}

/** The citation group (and the ref, when the offset is on one) at `offset`, inclusive of both brackets. */
export function citationAt(text: string, offset: number): { group: CitationGroup; ref?: CitationRef } | undefined {
  // Only the line around the offset can hold the group: parse just that, so hovers stay cheap on long drafts.
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) lineEnd = text.length;
  for (const g of parseCitations(text.slice(lineStart, lineEnd))) {
    const group = shift(g, lineStart);
    if (offset < group.span.start || offset > group.span.end) continue;
    const ref = group.refs.find((r) => offset >= r.span.start && offset <= r.span.end) ?? (group.refs.length === 1 ? group.refs[0] : undefined);
    return ref ? { group, ref } : { group };
  }
  return undefined;
}

function shift(g: CitationGroup, by: number): CitationGroup {
  const s = (x: Span): Span => ({ start: x.start + by, end: x.end + by });
  return { span: s(g.span), refs: g.refs.map((r) => ({ ...r, span: s(r.span), keySpan: s(r.keySpan) })) };
}

/** Cited keys in order of first appearance, without duplicates (case preserved from the first use). */
export function citedKeys(text: string): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const g of parseCitations(text)) {
    for (const r of g.refs) {
      const k = r.key.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(r.key);
      }
    }
  }
  return keys;
}
