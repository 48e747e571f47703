import MiniSearch from "minisearch";
import { findEntities, type EntityMention } from "../analysis/entities";
import { NameRegistry } from "../analysis/nameRegistry";
import { extractQuotes } from "../analysis/quotes";
import { analyzeSentence, type FactMention } from "../analysis/sentenceAnalysis";
import { splitSentences } from "../analysis/sentences";
import { isContent, tokenize } from "../analysis/tokens";
import type { SourceDocument } from "../sources/sourceDocument";
import { LineIndex } from "../text/lineIndex";
import type { Evidence, Range, SourceMeta, Span } from "../types";
import type { PassageHit, SourceFact, SourceQuote } from "./queryTypes";
import { quoteWords } from "./quoteWords";

/** Per-source counts for `sourced sources` and the Sources view. */
export interface SourceSummary {
  meta: SourceMeta;
  passages: number;
  figures: number;
  quotes: number;
}

/** One sentence of a source, analysed. Tokens are not kept: the index must scale to archives. */
export interface IndexedSentence {
  id: number;
  doc: number;
  /** Paragraph number within the document (0-based). */
  block: number;
  span: Span;
  terms: string[];
  entities: Pick<EntityMention, "type" | "name" | "span" | "place">[];
  facts: FactMention[];
}

/** A quote of a source, with its speaker and its words normalised for matching. */
export interface IndexedQuote {
  id: number;
  doc: number;
  span: Span;
  text: string;
  words: string[];
  speaker?: string;
  speakerType?: string;
  /** The sentence the quote opens in. */
  sentence: number;
}

/** A reference to one fact of one sentence. */
export interface FactRef {
  sentence: number;
  fact: number;
}

/** The searchable corpus: sources, their analysis, and lookup tables. */
export class CorpusIndex {
  readonly sentences: IndexedSentence[] = [];
  readonly quotes: IndexedQuote[] = [];
  /** Facts by each stem of their measure ("arrest", "currency:GBP"). */
  readonly factsByMeasure = new Map<string, FactRef[]>();
  /** Every date fact. */
  readonly dateFacts: FactRef[] = [];
  /** Quotes by each word bigram they contain. */
  private readonly quoteBigrams = new Map<string, number[]>();
  /** Number of sentences containing each term. */
  private readonly df = new Map<string, number>();
  private readonly search: MiniSearch<{ id: number; terms: string }>;
  private readonly lineIndexes: (LineIndex | undefined)[] = [];
  private readonly keys = new Map<string, number>();
  private readonly blockSentences: number[][][] = [];
  /** People and organisations the corpus names, to resolve lone words in claims. */
  readonly names = new NameRegistry();

  private constructor(readonly documents: SourceDocument[]) {
    this.search = new MiniSearch({
      fields: ["terms"],
      idField: "id",
      tokenize: (s) => s.split(" "),
      processTerm: (t) => t || null,
      searchOptions: { tokenize: (s) => s.split(" "), processTerm: (t) => t || null },
    });
  }

  /** Analyses and indexes the documents. */
  static build(documents: SourceDocument[]): CorpusIndex {
    const index = new CorpusIndex(documents);
    documents.forEach((d, i) => index.addDocument(d, i));
    return index;
  }

  private addDocument(doc: SourceDocument, docId: number): void {
    this.keys.set(doc.meta.key.toLowerCase(), docId);
    for (const a of doc.meta.aliases) if (!this.keys.has(a.toLowerCase())) this.keys.set(a.toLowerCase(), docId);
    const perBlock: number[][] = [];
    const records: { id: number; terms: string }[] = [];
    // First pass: the names this document gives in full, so lone words resolve ("the Met").
    const blockSpans = doc.blocks.map((block) => splitSentences(doc.text, block.start, block.end));
    const docNames = new NameRegistry();
    for (const spans of blockSpans) for (const span of spans) docNames.add(findEntities(doc.text, span.start, span.end));
    const known = docNames.resolver(this.names);
    doc.blocks.forEach((_block, b) => {
      const ids: number[] = [];
      for (const span of blockSpans[b]!) {
        const a = analyzeSentence(doc.text, span, [], known);
        this.names.add(a.entities);
        const id = this.sentences.length;
        this.sentences.push({
          id,
          doc: docId,
          block: b,
          span,
          terms: a.terms,
          entities: a.entities.map((e) => (e.place ? { type: e.type, name: e.name, span: e.span, place: e.place } : { type: e.type, name: e.name, span: e.span })),
          facts: a.facts,
        });
        ids.push(id);
        for (const t of a.terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        a.facts.forEach((f, k) => {
          const ref = { sentence: id, fact: k };
          if (f.kind === "date") this.dateFacts.push(ref);
          for (const m of f.measure) {
            let list = this.factsByMeasure.get(m);
            if (!list) this.factsByMeasure.set(m, (list = []));
            list.push(ref);
          }
        });
        records.push({ id, terms: a.terms.join(" ") });
      }
      perBlock.push(ids);
    });
    this.blockSentences[docId] = perBlock;
    this.search.addAll(records);
    for (const q of extractQuotes(doc.text, doc.blocks)) {
      const words = quoteWords(q.text);
      if (!words.length) continue;
      const id = this.quotes.length;
      const sentence = this.sentenceAt(docId, q.outerSpan.start);
      const rec: IndexedQuote = { id, doc: docId, span: q.span, text: q.text, words, sentence };
      if (q.speaker) rec.speaker = q.speaker;
      if (q.speakerType) rec.speakerType = q.speakerType;
      this.quotes.push(rec);
      for (let i = 0; i < words.length; i++) {
        const g = i + 1 < words.length ? words[i] + " " + words[i + 1] : words[i]!;
        let list = this.quoteBigrams.get(g);
        if (!list) this.quoteBigrams.set(g, (list = []));
        if (list[list.length - 1] !== id) list.push(id);
      }
    }
  }

  /** The sentence of document `doc` containing `offset` (or the nearest before it). */
  private sentenceAt(doc: number, offset: number): number {
    let best = -1;
    for (const block of this.blockSentences[doc] ?? []) {
      for (const id of block) {
        if (this.sentences[id]!.span.start <= offset) best = id;
        else return best < 0 ? id : best;
      }
    }
    return best;
  }

  /** Inverse document frequency of a term over source sentences; unseen terms weigh most. */
  idf(term: string): number {
    const n = this.sentences.length || 1;
    // Capped: past one sentence in a thousand, rarer is not more telling, and an archive must not
    // let one word the corpus happens to lack outweigh all the words it shares with a claim.
    return Math.min(Math.log(1 + n / ((this.df.get(term) ?? 0) + 0.5)), IDF_CAP);
  }

  /** Whether a term occurs anywhere in the corpus. */
  hasTerm(term: string): boolean {
    return this.df.has(term);
  }

  /** BM25 search over sentences by terms; returns sentence ids with scores, best first. */
  searchSentences(terms: string[], limit = 20, filter?: (s: IndexedSentence) => boolean): { id: number; score: number }[] {
    if (!terms.length) return [];
    const hits = this.search.search(terms.join(" "), {
      combineWith: "OR",
      ...(filter ? { filter: (r: { id: number }) => filter(this.sentences[r.id]!) } : {}),
    });
    return hits.slice(0, limit).map((h) => ({ id: h.id as number, score: h.score }));
  }

  /** Candidate quotes sharing a word bigram (or the single word) with `words`. */
  quoteCandidates(words: string[]): number[] {
    const seen = new Map<number, number>();
    const grams = words.length === 1 ? [words[0]!] : words.slice(0, -1).map((w, i) => w + " " + words[i + 1]);
    for (const g of grams) for (const id of this.quoteBigrams.get(g) ?? []) seen.set(id, (seen.get(id) ?? 0) + 1);
    return [...seen.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /** The sentences of the paragraph holding sentence `id`, in order. */
  paragraphOf(id: number): number[] {
    const s = this.sentences[id]!;
    return this.blockSentences[s.doc]?.[s.block] ?? [id];
  }

  /** The source a citation key (or file stem) names, if any. Case-insensitive. */
  resolveKey(key: string): SourceMeta | undefined {
    const d = this.docOfKey(key);
    return d === undefined ? undefined : this.documents[d]!.meta;
  }

  /** The document number of a key, if any. */
  docOfKey(key: string): number | undefined {
    return this.keys.get(key.toLowerCase());
  }

  /** Where a span of a document's normalised text is in its original file. */
  rangeOf(doc: number, span: Span): Range {
    const d = this.documents[doc]!;
    let li = this.lineIndexes[doc];
    if (!li) this.lineIndexes[doc] = li = new LineIndex(d.original);
    const map = d.offsetMap;
    const start = map[Math.min(span.start, map.length - 1)] ?? 0;
    // The end maps through the last character so a span never swallows skipped markup after it.
    const endChar = Math.max(span.start, span.end - 1);
    const end = span.end > span.start ? (map[Math.min(endChar, map.length - 1)] ?? start) + 1 : start;
    return { start: li.positionAt(start), end: li.positionAt(end) };
  }

  /** Evidence for a sentence, optionally highlighting a span of it. */
  evidence(sentenceId: number, highlight?: Span, extra: Partial<Evidence> = {}): Evidence {
    const s = this.sentences[sentenceId]!;
    const d = this.documents[s.doc]!;
    const text = d.text.slice(s.span.start, s.span.end);
    const ev: Evidence = { source: d.meta.key, path: d.meta.path, range: this.rangeOf(s.doc, s.span), text, ...extra };
    if (highlight) ev.highlight = { start: Math.max(0, highlight.start - s.span.start), end: Math.min(text.length, highlight.end - s.span.start) };
    return ev;
  }

  /** The text of a sentence. */
  sentenceText(id: number): string {
    const s = this.sentences[id]!;
    return this.documents[s.doc]!.text.slice(s.span.start, s.span.end);
  }

  /** Passages most relevant to `query` (BM25), best first. `sources` restricts to some keys. */
  searchPassages(query: string, limit = 10, sources?: string[]): PassageHit[] {
    const docs = sources ? new Set(sources.map((k) => this.docOfKey(k)).filter((d): d is number => d !== undefined)) : undefined;
    const terms = queryTerms(query);
    return this.searchSentences(terms, limit, docs ? (s) => docs.has(s.doc) : undefined).map(({ id, score }) => {
      const s = this.sentences[id]!;
      const d = this.documents[s.doc]!;
      return { source: d.meta.key, path: d.meta.path, text: this.sentenceText(id), range: this.rangeOf(s.doc, s.span), score };
    });
  }

  /** Quotes most relevant to `query` (words of the sentence being written), best first; a named speaker ranks first. */
  searchQuotes(query: string, limit = 20, speaker?: string): SourceQuote[] {
    const terms = new Set(queryTerms(query));
    const sp = speaker?.toLowerCase();
    const scored = this.quotes
      .filter((q) => q.words.length >= 3)
      .map((q) => {
        const s = this.sentences[q.sentence];
        let score = 0;
        for (const t of s?.terms ?? []) if (terms.has(t)) score += this.idf(t);
        if (sp && q.speaker && (q.speaker.toLowerCase().includes(sp) || sp.includes(q.speaker.toLowerCase().split(" ").pop()!))) score += 100;
        if (q.speaker) score += 0.5;
        return { q, score };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    return scored.map(({ q }) => {
      const d = this.documents[q.doc]!;
      const out: SourceQuote = { source: d.meta.key, path: d.meta.path, text: q.text, range: this.rangeOf(q.doc, q.span), passage: q.sentence >= 0 ? this.sentenceText(q.sentence) : q.text };
      if (q.speaker) out.speaker = q.speaker;
      return out;
    });
  }

  /** Figures most relevant to `query`, best first. */
  searchFacts(query: string, limit = 20): SourceFact[] {
    const hits = this.searchSentences(queryTerms(query), 50);
    const out: SourceFact[] = [];
    for (const { id, score } of hits) {
      const s = this.sentences[id]!;
      const d = this.documents[s.doc]!;
      for (const f of s.facts) {
        if (f.kind !== "quantity" || !f.quantity?.unit && !f.quantity?.currency) continue;
        out.push({
          source: d.meta.key,
          path: d.meta.path,
          label: f.label,
          figure: d.text.slice(f.span.start, f.span.end),
          passage: this.sentenceText(id),
          range: this.rangeOf(s.doc, f.span),
          score,
        });
      }
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  }

  /** Citation keys ranked by how well each source supports `sentence`, best first (all sources listed). */
  rankSources(sentence: string): { meta: SourceMeta; score: number }[] {
    const scores = new Map<number, number>();
    for (const { id, score } of this.searchSentences(queryTerms(sentence), 200)) {
      const doc = this.sentences[id]!.doc;
      scores.set(doc, Math.max(scores.get(doc) ?? 0, score));
    }
    return this.documents
      .map((d, i) => ({ meta: d.meta, score: scores.get(i) ?? 0 }))
      .sort((a, b) => b.score - a.score || a.meta.key.localeCompare(b.meta.key));
  }

  summaries(): SourceSummary[] {
    const counts = this.documents.map(() => ({ passages: 0, figures: 0, quotes: 0 }));
    for (const s of this.sentences) {
      counts[s.doc]!.passages++;
      counts[s.doc]!.figures += s.facts.length;
    }
    for (const q of this.quotes) counts[q.doc]!.quotes++;
    return this.documents.map((d, i) => ({ meta: d.meta, ...counts[i]! }));
  }
}

/** The weight of a term found in one sentence in about a thousand. */
const IDF_CAP = Math.log(1 + 1000);

/** Search terms of free text: content-word stems. */
export function queryTerms(text: string): string[] {
  return [...new Set(tokenize(text).filter(isContent).map((t) => t.stem))];
}
