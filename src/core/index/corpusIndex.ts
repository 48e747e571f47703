// PLACEHOLDER: the real index replaces this file (owner: core engine). Signature is the contract.
import type { SourceDocument } from "../sources/sourceDocument";
import type { SourceMeta } from "../types";
import type { PassageHit, SourceFact, SourceQuote } from "./queryTypes";

/** Per-source counts for `sourced sources` and the Sources view. */
export interface SourceSummary {
  meta: SourceMeta;
  passages: number;
  figures: number;
  quotes: number;
}

/** The searchable corpus: sources, their analysis, and lookup tables. */
export class CorpusIndex {
  private constructor(readonly documents: SourceDocument[]) {}

  /** Analyses and indexes the documents. */
  static build(documents: SourceDocument[]): CorpusIndex {
    return new CorpusIndex(documents);
  }

  /** The source a citation key (or file stem) names, if any. */
  resolveKey(key: string): SourceMeta | undefined {
    const k = key.toLowerCase();
    return this.documents.find((d) => d.meta.key.toLowerCase() === k || d.meta.aliases.some((a) => a.toLowerCase() === k))?.meta;
  }

  /** Passages most relevant to `query` (BM25), best first. `sources` restricts to some keys. */
  searchPassages(query: string, limit = 10, sources?: string[]): PassageHit[] {
    void query; void limit; void sources;
    return [];
  }

  /** Quotes most relevant to `query` (words of the sentence being written), best first; a named speaker ranks first. */
  searchQuotes(query: string, limit = 20, speaker?: string): SourceQuote[] {
    void query; void limit; void speaker;
    return [];
  }

  /** Figures most relevant to `query`, best first. */
  searchFacts(query: string, limit = 20): SourceFact[] {
    void query; void limit;
    return [];
  }

  /** Citation keys ranked by how well each source supports `sentence`, best first (all sources listed). */
  rankSources(sentence: string): { meta: SourceMeta; score: number }[] {
    void sentence;
    return this.documents.map((d) => ({ meta: d.meta, score: 0 }));
  }

  summaries(): SourceSummary[] {
    return this.documents.map((d) => ({ meta: d.meta, passages: d.blocks.length, figures: 0, quotes: 0 }));
  }
}
