// PLACEHOLDER: the real index replaces this file (owner: core engine). Signature is the contract.
import type { SourceDocument } from "../sources/sourceDocument";
import type { SourceMeta } from "../types";

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

  summaries(): SourceSummary[] {
    return this.documents.map((d) => ({ meta: d.meta, passages: d.blocks.length, figures: 0, quotes: 0 }));
  }
}
