/**
 * What the Sources view lists under a source: its quotes and figures. Built on the index's search
 * API (`searchQuotes`/`searchFacts` with the source's own words as the query, filtered to the source),
 * since the index offers no "all quotes of one source" listing.
 */
import type { CorpusIndex } from "../index/corpusIndex";
import type { SourceFact, SourceQuote } from "../index/queryTypes";

/** Quotes and facts of the source `key`, in source order. */
export function sourceItems(index: CorpusIndex, key: string, limit = 200): { quotes: SourceQuote[]; facts: SourceFact[] } {
  const doc = index.documents.find((d) => d.meta.key === key);
  if (!doc) return { quotes: [], facts: [] };
  // The title plus the body's opening makes a query that matches most of the source's own items.
  const query = `${doc.meta.title} ${doc.text.slice(0, 2000)}`;
  const byPosition = (a: { range: { start: { line: number; character: number } } }, b: typeof a): number =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  const quotes = index.searchQuotes(query, limit * 5).filter((q) => q.source === key).slice(0, limit).sort(byPosition);
  const facts = index.searchFacts(query, limit * 5).filter((f) => f.source === key).slice(0, limit).sort(byPosition);
  return { quotes, facts };
}
