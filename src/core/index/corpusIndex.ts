import { type NameResolver } from "../analysis/entities";
import { NameRegistry } from "../analysis/nameRegistry";
import { analyzeSentence, figuresOf, type FactMention } from "../analysis/sentenceAnalysis";
import { sentenceSumsOf, type SentenceSums } from "../analysis/sentenceSums";
import { isContent, tokenize } from "../analysis/tokens";
import type { SourceDocument } from "../sources/sourceDocument";
import { LineStarts } from "../text/lineIndex";
import type { Evidence, Range, SourceMeta, Span } from "../types";
import { Bm25 } from "./bm25";
import { FactColumns, Interner } from "./factColumns";
import { analyzeDocument, answerKey, documentNames, SentenceCache, toRecord, type AnalysedSentence, type DocumentAnalysis, type SentenceRecord, sentenceSpan } from "./documentAnalysis";
import { factShapes } from "./factShape";
import { ShapedListCache, type ShapedList } from "./measureShapes";
import { ImageReader, ImageWriter, type IndexImage } from "./indexImage";
import { SentenceTable, type IndexedSentence, type TableRecord } from "./sentenceTable";
import type { PassageHit, SourceFact, SourceQuote } from "./queryTypes";

/** Per-source counts for `sourced sources` and the Sources view. */
export interface SourceSummary {
  meta: SourceMeta;
  passages: number;
  figures: number;
  quotes: number;
}

export type { IndexedSentence } from "./sentenceTable";

/** A quote of a source, with its speaker and its words normalised for matching. */
export interface IndexedQuote {
  id: number;
  doc: number;
  span: Span;
  text: string;
  /** Quotes with the same text share this id (wire copy repeats quotes word for word). */
  textId: number;
  words: string[];
  speaker?: string;
  speakerType?: string;
  /** The sentence the quote opens in. */
  sentence: number;
}

/** Each quote's document, start, opening sentence and speaker, by quote id (see `CorpusIndex.quoteColumns`). */
export interface QuoteColumns {
  readonly doc: number[];
  readonly start: number[];
  readonly sentence: number[];
  readonly speaker: (string | undefined)[];
}

function addQuoteColumns(columns: QuoteColumns, q: IndexedQuote): void {
  columns.doc.push(q.doc);
  columns.start.push(q.span.start);
  columns.sentence.push(q.sentence);
  columns.speaker.push(q.speaker);
}

/** A build in progress (see {@link CorpusIndex.builder}). */
export interface IndexBuilder {
  /** Documents merged so far: the next `add` merges `documents[added]`. */
  readonly added: number;
  /** Merges the next document, with its analysis, or analysed here if none is given. */
  add(analysis?: DocumentAnalysis): void;
  /**
   * Analyses a document as `add` would without an analysis (with the build's sentence cache),
   * without merging it: for a caller that analyses some documents itself beside other threads.
   */
  analyze(doc: { text: string; blocks: Span[] }): DocumentAnalysis;
  /** Analyses and merges the documents left, and returns the index. */
  finish(): CorpusIndex;
}

/** Options of {@link CorpusIndex.build}. */
export interface BuildOptions {
  /**
   * Analyses already made for some documents (same order as the documents; `undefined` where
   * there is none): from a persisted store or from worker threads. The rest are analysed here.
   */
  analyses?: readonly (DocumentAnalysis | undefined)[];
  /** Sentence analyses shared across builds (wire copy repeats). */
  cache?: SentenceCache;
}

/** The searchable corpus: sources, their analysis, and lookup tables. */
/** Joins terms into one that `CorpusIndex.documentsWithTerm` reads as all of them ("hollis&grant"). */
export const ALL_OF = "&";

export class CorpusIndex {
  /** Sentences by id (see `sentence`). */
  private sentences = new SentenceTable();
  /** Paragraph term sets by the paragraph's first sentence id (see `paragraphTerms`). */
  private readonly paragraphTermCache = new Map<number, Set<string>>();
  readonly quotes: IndexedQuote[] = [];
  /**
   * What a quote check reads of each copy, by quote id, in flat lists beside `quotes`: a draft's
   * quote meets thousands of copies, and reading them from their objects is a walk over the heap.
   */
  readonly quoteColumns: QuoteColumns = { doc: [], start: [], sentence: [], speaker: [] };
  /** Every fact of the corpus by fact id, in flat columns. */
  readonly factColumns = new FactColumns();
  /** Fact ids by each stem of their measure ("arrest", "currency:GBP"), ascending. */
  readonly factsByMeasure = new Map<string, number[]>();
  /** Quote ids by the sentence group (see `sentenceGroup`) they open in, and by speaker. */
  private quotesOfGroup = new Map<number, number[]>();
  private quotesOfSpeaker = new Map<string, number[]>();
  /** Distinct quote texts (`IndexedQuote.textId`) by each word bigram they contain, and the quotes of each text. */
  private quoteBigrams = new Map<string, number[]>();
  private quotesOfText: number[][] = [];
  /** Number of sentences containing each term. */
  private df = new Map<string, number>();
  /**
   * Copies of term lists added since `df` last counted them: copies of a sentence share their
   * record's list, so an archive's 200,000 sentences count 40,000 lists (see `settleTerms`).
   */
  private unsettledTerms = new Map<readonly string[], number>();
  /** BM25 over sentence groups: sentences with the same terms are one group, scored once. */
  private search = new Bm25();
  /** Group id of each distinct term list (joined), and each group's sentences, ascending. */
  private groupOfTerms = new Map<string, number>();
  /** The same by the term list itself: copies of a sentence share their record's list. */
  private groupOfTermList = new WeakMap<readonly string[], number>();
  private groupMembers: number[][] = [];
  /** The joined terms of each group. */
  private groupKeys: string[] = [];
  /** The group of each sentence. */
  private sentenceGroup: number[] = [];
  /** Where each document's file lines start, made when evidence is first placed in it. */
  private readonly lineStarts: (LineStarts | undefined)[] = [];
  private keys = new Map<string, number>();
  /** Each document's citation key, by document (a flat list: checks list thousands of sources). */
  private readonly docKeys: string[] = [];
  private blockSentences: number[][][] = [];
  /** Each document's analysis as merged (what a persistent store saves). */
  private readonly analyses: DocumentAnalysis[] = [];
  /** Sentences and quotes of documents taken out by an update (their ids stay unused). */
  private removedSentences = 0;
  private keyOrder: Int32Array | undefined;
  /** Analyses of repeated sentences while documents are added; a build drops its own when done (see `build`). */
  private sentenceCache: SentenceCache;
  /** Sentences analysed again with the corpus's names, by text (see `reanalyse`). */
  private readonly reanalysed = new Map<string, { queried: string[]; answers: string; record: SentenceRecord }>();
  /** Dense ids of near-copy shape hashes (see `factShape`). */
  private shapeIds = new Map<number, number>();
  /** Distinct quote texts (see `IndexedQuote.textId`), and the words of each. */
  private quoteTexts = new Interner();
  private wordsOfText: string[][] = [];
  /** Fact values as written, normalised (see `factValue`). */
  private values = new Interner();
  /** Each value as the first fact to state it writes it ("£54m" for "£54m"; "March 2020" for "march 2020"). */
  private writtenValues: string[] = [];
  /** Number words of facts' clauses, sentences and paragraphs (see `factNumbers`). */
  private numberSets = new Interner();
  private readonly paragraphNumbers = new Map<number, string>();
  private readonly numberWordCache = new Map<number, { clause: string[]; sentence: string[]; paragraph: string[] }>();
  /** Each measure list's facts with local shape numbers (see `shapedFacts`). */
  private readonly shapedLists = new ShapedListCache();
  /** People and organisations the corpus names, to resolve lone words in claims. */
  readonly names = new NameRegistry();
  /** Counts the changes made to the index since it was built (see `upsertDocument`): cached verdicts compare it. */
  version = 0;
  /** The documents holding each term asked about (see `documentsWithTerm`), for `termDocsVersion`. */
  private readonly termDocs = new Map<string, Uint8Array>();
  private termDocsVersion = -1;

  private constructor(readonly documents: SourceDocument[], cache?: SentenceCache) {
    this.sentenceCache = cache ?? new SentenceCache();
  }

  /** Analyses and indexes the documents (reusing the analyses given in `options`). */
  static build(documents: SourceDocument[], options: BuildOptions = {}): CorpusIndex {
    const builder = CorpusIndex.builder(documents, options);
    documents.forEach((_d, i) => builder.add(options.analyses?.[i]));
    return builder.finish();
  }

  /**
   * A build that takes the documents' analyses one by one, in document order, as they become
   * available (from worker threads, batch by batch), so that merging overlaps analysing. Same
   * index as `build`.
   */
  static builder(documents: SourceDocument[], options: Pick<BuildOptions, "cache"> = {}): IndexBuilder {
    const index = new CorpusIndex(documents, options.cache);
    let added = 0;
    const add = (analysis?: DocumentAnalysis): void => {
      const d = documents[added]!;
      index.addDocument(d, added, analysis ?? analyzeDocument(d, index.sentenceCache));
      added++;
    };
    return {
      get added() {
        return added;
      },
      add,
      analyze: (doc) => analyzeDocument(doc, index.sentenceCache),
      finish() {
        while (added < documents.length) add();
        // What made the build fast over repeated text is not worth its memory afterwards: an update
        // analyses one document, and the index is the long-lived object of an editor session.
        if (!options.cache) index.sentenceCache = new SentenceCache(UPDATE_CACHE_ENTRIES);
        index.reanalysed.clear();
        return index;
      },
    };
  }

  /** The merged analysis of document `doc` (for persisting it by the document's hash). */
  analysisOf(doc: number): DocumentAnalysis | undefined {
    return this.analyses[doc];
  }

  /** The sentence with id `id` (ids run from 0 to `sentenceCount - 1`; those of replaced documents stay, unused). */
  sentence(id: number): IndexedSentence {
    return this.sentences.get(id);
  }

  /** Every sentence, in id order (each made as an object: for tests and tools, not for a check). */
  allSentences(): IndexedSentence[] {
    return Array.from({ length: this.sentences.length }, (_x, id) => this.sentences.get(id));
  }

  /** Number of sentence ids. */
  get sentenceCount(): number {
    return this.sentences.length;
  }

  /** The document of sentence `id`, without making its object. */
  docOfSentence(id: number): number {
    return this.sentences.docOf(id);
  }

  /** Where sentence `id` starts in its document's text, without making its object. */
  startOfSentence(id: number): number {
    return this.sentences.startOf(id);
  }

  /**
   * Sentence `id`'s terms, names and facts as its copies share them, their spans relative to its
   * start: for what reads no offset, without making its object.
   */
  sentenceRecord(id: number): Readonly<TableRecord> {
    return this.sentences.recordOf(id);
  }

  /** Sentence `id`'s terms (see `sentenceRecord`), read without the rest of its record. */
  sentenceTerms(id: number): readonly string[] {
    return this.sentences.termsOf(id);
  }

  /** Sentence `id`'s names (see `sentenceRecord`), read without the rest of its record. */
  sentenceEntities(id: number): Readonly<TableRecord>["entities"] {
    return this.sentences.entitiesOf(id);
  }

  /**
   * What sentence `id`'s figures add up to (see `SentenceSums`), shared with its copies: read
   * without its record after a reload.
   */
  sentenceSums(id: number): SentenceSums {
    return this.sentences.sumsOf(id, () => sentenceSumsOf(this.sentences.recordOf(id).facts, () => this.sentenceText(id)));
  }

  /** The number of sentence `id`'s shared record (see `sentenceRecord`), the same for all its copies. */
  sentenceRecordNumber(id: number): number {
    return this.sentences.recordNumberOf(id);
  }

  /** Fact `fid` as its sentence's shared record holds it (see `sentenceRecord`): its span is relative. */
  factRecord(fid: number): FactMention {
    return this.sentences.recordOf(this.factColumns.sentence[fid]!).facts[this.factColumns.position[fid]!]!;
  }

  /** The fact id of sentence `id`'s first fact, without making its object. */
  firstFactOf(id: number): number {
    return this.sentences.firstFact(id);
  }

  /** Number of facts of sentence `id` (they follow its `firstFact`), without making its object. */
  factCountOf(id: number): number {
    const cols = this.factColumns;
    const first = this.sentences.firstFact(id);
    let n = 0;
    while (first + n < cols.size && cols.sentence[first + n] === id) n++;
    return n;
  }

  /**
   * The index as an image (see `IndexImage`): `fromImage` restores it, with the same documents,
   * without analysing or merging anything. Caches are not in it, nor are the documents' analyses
   * (`analysisOf` of a restored index gives none until a document is added again).
   */
  toImage(): IndexImage {
    const w = new ImageWriter();
    w.number("format", IMAGE_FORMAT);
    w.strings("doc.hash", this.documents.map((d) => d.hash));
    const rows = this.sentences.toRows(
      (id) => this.sentenceGroup[id]!,
      (id) => sentenceSumsOf(this.sentences.recordOf(id).facts, () => this.sentenceText(id)),
    );
    w.ints("sentence.doc", rows.doc);
    w.ints("sentence.block", rows.block);
    w.ints("sentence.start", rows.start);
    w.ints("sentence.end", rows.end);
    w.ints("sentence.group", rows.group);
    w.ints("sentence.record", rows.record);
    w.ints("sentence.firstFact", rows.firstFact);
    w.strings("sentence.records", rows.records);
    w.strings("sentence.names", rows.names);
    w.floats("sentence.sums", rows.sums);
    w.ints("sentence.sidesAt", rows.sidesAt);
    w.floats("sentence.sides", rows.sides);
    w.number("sentence.removed", this.removedSentences);
    w.strings("group.keys", this.groupKeys);
    w.lists("group.members", this.groupMembers);
    w.ints("doc.blocks", this.documents.map((_d, i) => this.blockSentences[i]?.length ?? -1));
    w.lists("blocks", this.blockSentences.flatMap((b) => b ?? []));
    this.settleTerms();
    w.strings("df.terms", [...this.df.keys()]);
    w.ints("df.counts", [...this.df.values()]);
    this.search.writeImage(w, "search.");
    // Every live fact's value and number words, interned now (in the background save) rather than
    // one by one in the first check after a reload.
    this.blockSentences.forEach((blocks) => {
      for (const ids of blocks ?? []) {
        for (const id of ids) {
          const first = this.sentences.firstFact(id);
          for (let k = this.factCountOf(id); k-- > 0; ) {
            this.factValue(first + k);
            this.factNumbers(first + k);
          }
        }
      }
    });
    this.factColumns.writeImage(w, "fact.");
    w.strings("fact.values", this.values.values);
    w.strings("fact.writtenValues", this.writtenValues);
    w.strings("fact.numberSets", this.numberSets.values);
    w.stringListMap("factsByMeasure", this.factsByMeasure);
    w.floats("shape.hashes", [...this.shapeIds.keys()]);
    // Quotes: text and words per distinct text, speakers by number.
    const texts = this.quoteTexts.values;
    const words: string[] = new Array(texts.length).fill("[]");
    const speakers = new Interner();
    const speakerTypes = new Interner();
    const q = this.quotes;
    for (const x of q) if (x.words.length) words[x.textId] = JSON.stringify(x.words);
    w.strings("quote.texts", texts);
    w.strings("quote.words", words);
    w.ints("quote.doc", q.map((x) => x.doc));
    w.ints("quote.start", q.map((x) => x.span.start));
    w.ints("quote.end", q.map((x) => x.span.end));
    w.ints("quote.text", q.map((x) => x.textId));
    w.ints("quote.sentence", q.map((x) => x.sentence));
    w.ints("quote.speaker", q.map((x) => (x.speaker === undefined ? -1 : speakers.id(x.speaker))));
    w.ints("quote.speakerType", q.map((x) => (x.speakerType === undefined ? -1 : speakerTypes.id(x.speakerType))));
    w.bytes("quote.retired", q.map((x) => (x.words.length ? 0 : 1)));
    w.strings("quote.speakers", speakers.values);
    w.strings("quote.speakerTypes", speakerTypes.values);
    w.numberListMap("quotesOfGroup", this.quotesOfGroup);
    w.stringListMap("quotesOfSpeaker", this.quotesOfSpeaker);
    w.stringListMap("quoteBigrams", this.quoteBigrams);
    w.lists("quotesOfText", this.quotesOfText);
    w.strings("keys.names", [...this.keys.keys()]);
    w.ints("keys.docs", [...this.keys.values()]);
    const names = this.names.toLists();
    w.strings("names.kinds", names.kinds);
    w.strings("names.keys", names.keys);
    w.strings("names.names", names.names);
    w.number("version", this.version);
    return w.image;
  }

  /**
   * The index an image holds, over `documents`: the same documents (by hash, in order) as the
   * index it was made of, or it throws. Sentences are made as objects when first asked for.
   */
  static fromImage(documents: SourceDocument[], image: IndexImage): CorpusIndex {
    const r = new ImageReader(image);
    if (r.number("format") !== IMAGE_FORMAT) throw new Error("index image: another format");
    const hashes = r.strings("doc.hash");
    if (hashes.length !== documents.length || documents.some((d, i) => d.hash !== hashes[i])) throw new Error("index image: other documents");
    const index = new CorpusIndex(documents, new SentenceCache(UPDATE_CACHE_ENTRIES));
    const writable = index as Writable<CorpusIndex>;
    index.groupKeys = r.strings("group.keys");
    index.groupOfTerms = new Map(index.groupKeys.map((k, g) => [k, g]));
    index.groupMembers = r.lists("group.members");
    const doc = r.ints("sentence.doc");
    const rows = {
      doc,
      block: r.ints("sentence.block"),
      start: r.ints("sentence.start"),
      end: r.ints("sentence.end"),
      group: r.ints("sentence.group"),
      record: r.ints("sentence.record"),
      firstFact: r.ints("sentence.firstFact"),
      records: r.stringTable("sentence.records"),
      names: r.stringTable("sentence.names"),
      sums: r.floats("sentence.sums"),
      sidesAt: r.ints("sentence.sidesAt"),
      sides: r.floats("sentence.sides"),
    };
    for (const col of [rows.block, rows.start, rows.end, rows.group, rows.record, rows.firstFact]) if (col.length !== doc.length) throw new Error("index image: sentence columns differ in length");
    index.sentences = SentenceTable.fromRows(rows);
    index.sentenceGroup = Array.from(rows.group);
    index.removedSentences = r.number("sentence.removed");
    const blockCounts = r.ints("doc.blocks");
    const blocks = r.lists("blocks");
    let b = 0;
    index.blockSentences = Array.from(blockCounts, (n) => (n < 0 ? (undefined as unknown as number[][]) : blocks.slice(b, (b += n))));
    const dfTerms = r.strings("df.terms");
    const dfCounts = r.ints("df.counts");
    index.df = new Map(dfTerms.map((t, i) => [t, dfCounts[i]!]));
    index.search = Bm25.fromImage(r, "search.");
    writable.factColumns = FactColumns.fromImage(r, "fact.");
    index.values = Interner.of(r.strings("fact.values"));
    index.writtenValues = r.strings("fact.writtenValues");
    if (index.writtenValues.length !== index.values.values.length) throw new Error("a value without its written form");
    index.numberSets = Interner.of(r.strings("fact.numberSets"));
    writable.factsByMeasure = r.stringListMap("factsByMeasure");
    index.shapeIds = new Map(Array.from(r.floats("shape.hashes"), (h, i) => [h, i]));
    const texts = r.strings("quote.texts");
    index.quoteTexts = Interner.of(texts);
    const words = r.strings("quote.words").map((json) => JSON.parse(json) as string[]);
    index.wordsOfText = words;
    const speakers = r.strings("quote.speakers");
    const speakerTypes = r.strings("quote.speakerTypes");
    const [qDoc, qStart, qEnd, qText, qSentence, qSpeaker, qType] = ["doc", "start", "end", "text", "sentence", "speaker", "speakerType"].map((c) => r.ints("quote." + c)) as Int32Array[];
    const retired = r.bytes("quote.retired");
    writable.quotes = Array.from(qDoc!, (d, id): IndexedQuote => {
      const textId = qText![id]!;
      const rec: IndexedQuote = { id, doc: d, span: { start: qStart![id]!, end: qEnd![id]! }, text: texts[textId]!, textId, words: retired[id] ? [] : words[textId]!, sentence: qSentence![id]! };
      if (qSpeaker![id]! >= 0) rec.speaker = speakers[qSpeaker![id]!]!;
      if (qType![id]! >= 0) rec.speakerType = speakerTypes[qType![id]!]!;
      addQuoteColumns(index.quoteColumns, rec);
      return rec;
    });
    index.quotesOfGroup = r.numberListMap("quotesOfGroup");
    index.quotesOfSpeaker = r.stringListMap("quotesOfSpeaker");
    index.quoteBigrams = r.stringListMap("quoteBigrams");
    index.quotesOfText = r.lists("quotesOfText");
    const keyNames = r.strings("keys.names");
    const keyDocs = r.ints("keys.docs");
    index.keys = new Map(keyNames.map((k, i) => [k, keyDocs[i]!]));
    documents.forEach((d, i) => (index.docKeys[i] = d.meta.key));
    writable.names = NameRegistry.fromLists({ kinds: r.strings("names.kinds"), keys: r.strings("names.keys"), names: r.strings("names.names") });
    index.version = r.number("version");
    return index;
  }

  /**
   * Adds a document, or replaces the one with the same path, in place (incremental re-indexing:
   * only this document is analysed). Lone names in the other documents stay resolved as they
   * were; a full build may resolve a few differently.
   */
  upsertDocument(doc: SourceDocument, analysis?: DocumentAnalysis): number {
    const existing = this.documents.findIndex((d) => d.meta.path === doc.meta.path);
    const docId = existing >= 0 ? existing : this.documents.length;
    this.version++;
    if (existing >= 0) this.retire(existing);
    this.documents[docId] = doc;
    this.lineStarts[docId] = undefined;
    this.keyOrder = undefined;
    this.addDocument(doc, docId, analysis ?? analyzeDocument(doc, this.sentenceCache));
    return docId;
  }

  /** Takes a document's sentences, quotes and facts out of every lookup table. */
  private retire(docId: number): void {
    const ids = this.blockSentences[docId]?.flat() ?? [];
    if (!ids.length && !this.quotes.some((q) => q.doc === docId)) return;
    const gone = new Set(ids);
    this.settleTerms();
    // Each measure's list is filtered once, however many of the document's facts it holds (an
    // archive's common measures list tens of thousands of facts).
    const measures = new Set<string>();
    for (const id of ids) {
      const s = this.sentences.recordOf(id);
      for (const t of s.terms) {
        const n = (this.df.get(t) ?? 0) - 1;
        if (n > 0) this.df.set(t, n);
        else this.df.delete(t);
      }
      for (const f of s.facts) for (const m of f.measure) measures.add(m);
    }
    for (const m of measures) {
      const list = this.factsByMeasure.get(m);
      if (!list) continue;
      const kept = list.filter((fid) => !gone.has(this.factColumns.sentence[fid]!));
      if (kept.length) {
        this.factsByMeasure.set(m, kept);
        this.shapedLists.carry(list, kept);
      } else this.factsByMeasure.delete(m);
    }
    for (const id of ids) {
      const group = this.sentenceGroup[id];
      if (group === undefined) continue;
      const key = this.groupKeys[group]!;
      this.search.remove(group, key);
      const members = this.groupMembers[group]!;
      members.splice(members.indexOf(id), 1);
    }
    this.removedSentences += ids.length;
    // Retired quotes stay in `quotes` (ids are positions) but leave their text's list of copies,
    // and no longer match anything: a quote without words is skipped wherever quotes are looked up.
    for (const q of this.quotes) {
      if (q.doc !== docId || !q.words.length) continue;
      q.words = [];
      const copies = this.quotesOfText[q.textId]!;
      copies.splice(copies.indexOf(q.id), 1);
    }
    for (const [k, d] of this.keys) if (d === docId) this.keys.delete(k);
    this.blockSentences[docId] = [];
  }

  private addDocument(doc: SourceDocument, docId: number, analysis: DocumentAnalysis): void {
    this.keys.set(doc.meta.key.toLowerCase(), docId);
    this.docKeys[docId] = doc.meta.key;
    for (const a of doc.meta.aliases) if (!this.keys.has(a.toLowerCase())) this.keys.set(a.toLowerCase(), docId);
    const perBlock: number[][] = doc.blocks.map(() => []);
    let docNames: NameRegistry | undefined;
    const firstFid = this.factColumns.size;
    const merged: { block: number; record: SentenceRecord }[] = [];
    /**
     * Sentences analysed again here, and whether one of them changed its terms (which every shape
     * of its paragraph reads) or its number of facts: then all the document's shapes are computed.
     */
    const reanalysed = new Set<number>();
    let termsChanged = false;
    for (const sentence of analysis.sentences) {
      const given = sentence.record;
      let r = given;
      // A lone word the document left open that the corpus (so far) resolves: analyse again as
      // the sentence would have been with the corpus's names.
      if (given.misses?.some((w) => this.names.resolve(w))) {
        docNames ??= documentNames(analysis);
        const resolve = docNames.resolver(this.names);
        const last = sentence.resolved;
        if (last && answerKey(last.queried.map(resolve)) === last.answers) r = last.record;
        else {
          const again = this.reanalyse(doc.text, sentence, resolve);
          // Kept with the document's analysis (and so in the store) for the next merge.
          sentence.resolved = again;
          r = again.record;
        }
        reanalysed.add(merged.length);
        termsChanged ||= r.facts.length !== given.facts.length || r.terms.length !== given.terms.length || r.terms.some((t, i) => t !== given.terms[i]);
      }
      merged.push({ block: sentence.block, record: r });
      this.names.add(r.entities);
      const start = sentence.start;
      const id = this.sentences.push(docId, sentence.block, start, start + r.length, r, this.factColumns.size);
      perBlock[sentence.block]!.push(id);
      this.unsettledTerms.set(r.terms, (this.unsettledTerms.get(r.terms) ?? 0) + 1);
      r.facts.forEach((f, j) => {
        const fid = this.factColumns.add(id, j, docId, f, start);
        for (const m of f.measure) {
          let list = this.factsByMeasure.get(m);
          if (!list) this.factsByMeasure.set(m, (list = []));
          if (list[list.length - 1] !== fid) list.push(fid);
        }
      });
      let group = this.groupOfTermList.get(r.terms);
      if (group === undefined) {
        const key = r.terms.join(" ");
        group = this.groupOfTerms.get(key);
        if (group === undefined) {
          group = this.groupMembers.length;
          this.groupOfTerms.set(key, group);
          this.groupKeys.push(key);
          this.groupMembers.push([]);
        }
        this.groupOfTermList.set(r.terms, group);
      }
      this.groupMembers[group]!.push(id);
      this.sentenceGroup[id] = group;
      this.search.add(group, this.groupKeys[group]!);
    }
    // Shapes come with the analysis unless a sentence changed here (its names, or its paragraph's words).
    const facts = this.factColumns.size - firstFid;
    const given = analysis.shapes?.length === facts ? analysis.shapes : undefined;
    const shapes = !given || termsChanged ? factShapes(merged) : reanalysed.size ? factShapes(merged, { previous: given, sentences: reanalysed }) : given;
    for (let k = 0; k < facts; k++) {
      let id = this.shapeIds.get(shapes[k]!);
      if (id === undefined) this.shapeIds.set(shapes[k]!, (id = this.shapeIds.size));
      this.factColumns.shape[firstFid + k] = id;
    }
    // The stored analysis keeps the document-only form (misses kept), so a later merge redoes the
    // same, with this merge's re-analyses beside it for a merge whose names answer the same.
    this.analyses[docId] = analysis;
    this.blockSentences[docId] = perBlock;
    const docSentences = perBlock.flat();
    for (const q of analysis.quotes) {
      const id = this.quotes.length;
      const sentence = this.sentenceAt(docSentences, q.at);
      const textId = this.quoteTexts.id(q.text);
      // Copies of a quote share its text and words (with the document's analysis, which the index keeps too).
      q.text = this.quoteTexts.values[textId]!;
      // (An image holds no words for a text whose copies were all retired: the new copy's are taken.)
      const held = this.wordsOfText[textId];
      if (held?.length) q.words = held;
      else this.wordsOfText[textId] = q.words;
      const rec: IndexedQuote = { id, doc: docId, span: q.span, text: q.text, textId, words: q.words, sentence };
      if (q.speaker) rec.speaker = q.speaker;
      if (q.speakerType) rec.speakerType = q.speakerType;
      this.quotes.push(rec);
      addQuoteColumns(this.quoteColumns, rec);
      const group = this.sentenceGroup[sentence];
      if (group !== undefined) pushTo(this.quotesOfGroup, group, id);
      if (q.speaker) pushTo(this.quotesOfSpeaker, q.speaker, id);
      const copies = this.quotesOfText[rec.textId];
      if (copies) {
        copies.push(id);
        continue;
      }
      // A new wording: its bigrams are indexed once for every copy to come.
      this.quotesOfText[rec.textId] = [id];
      const words = q.words;
      for (let i = 0; i < words.length; i++) {
        const g = i + 1 < words.length ? words[i] + " " + words[i + 1] : words[i]!;
        let list = this.quoteBigrams.get(g);
        if (!list) this.quoteBigrams.set(g, (list = []));
        if (list[list.length - 1] !== rec.textId) list.push(rec.textId);
      }
    }
  }

  /**
   * A sentence analysed again with the corpus's names. Wire copy repeats such sentences too: an
   * analysis is reused for the same text (and the character on each side) when the resolver
   * answers every lone word it asked about as it did then, so the result is the same as analysing.
   */
  private reanalyse(text: string, sentence: AnalysedSentence, resolve: NameResolver): { queried: string[]; answers: string; record: SentenceRecord } {
    const { start, end } = sentenceSpan(sentence);
    const key = (text[start - 1] ?? "") + "\u0002" + text.slice(start, end) + "\u0002" + (text[end] ?? "");
    const held = this.reanalysed.get(key);
    if (held && answerKey(held.queried.map(resolve)) === held.answers) return held;
    const queried: string[] = [];
    const answers: ReturnType<NameResolver>[] = [];
    // Names change what the sentence says about who and where, not its figures and dates: those
    // are taken from the document's own analysis of it.
    const a = analyzeSentence(text, { start, end }, [], (w) => {
      const answer = resolve(w);
      queried.push(w);
      answers.push(answer);
      return answer;
    }, { figures: figuresOf(sentence.record.facts, start) });
    if (this.reanalysed.size >= 200_000) this.reanalysed.clear();
    const entry = { queried, answers: answerKey(answers), record: toRecord(a) };
    this.reanalysed.set(key, entry);
    return entry;
  }

  /** The sentence among a document's `ids` containing `offset` (or the nearest before it). */
  private sentenceAt(ids: readonly number[], offset: number): number {
    // The last sentence starting at or before `offset` (ids ascend with their starts), else the first.
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences.startOf(ids[mid]!) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ids[lo - 1]! : (ids[0] ?? -1);
  }

  /** Inverse document frequency of a term over source sentences; unseen terms weigh most. */
  idf(term: string): number {
    if (this.unsettledTerms.size) this.settleTerms();
    const n = this.sentences.length - this.removedSentences || 1;
    // Capped: past one sentence in a thousand, rarer is not more telling, and an archive must not
    // let one word the corpus happens to lack outweigh all the words it shares with a claim.
    return Math.min(Math.log(1 + n / ((this.df.get(term) ?? 0) + 0.5)), IDF_CAP);
  }

  /** Counts in `df` the term lists added since the last time. */
  private settleTerms(): void {
    for (const [terms, n] of this.unsettledTerms) for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + n);
    this.unsettledTerms.clear();
  }

  /** Whether a term occurs anywhere in the corpus. */
  hasTerm(term: string): boolean {
    if (this.unsettledTerms.size) this.settleTerms();
    return this.df.has(term);
  }

  /**
   * The documents holding `term` (a stem) in any sentence, as a mark per document number: read
   * from the search postings, each wording's copies once; kept per term until the index changes.
   */
  documentsWithTerm(term: string): Uint8Array {
    // (Terms joined by `ALL_OF` ask for documents with all of them.)
    if (this.termDocsVersion !== this.version) {
      this.termDocs.clear();
      this.termDocsVersion = this.version;
    }
    let marks = this.termDocs.get(term);
    if (!marks) {
      marks = new Uint8Array(this.documents.length);
      if (term.includes(ALL_OF)) {
        // "hollis&grant": the documents with every one of the terms (see `ALL_OF`).
        const parts = term.split(ALL_OF).map((t) => this.documentsWithTerm(t));
        for (let d = 0; d < marks.length; d++) marks[d] = parts.every((p) => p[d]) ? 1 : 0;
      } else {
        const postings = this.search.postingsOf(term);
        if (postings) for (const group of postings.ids) for (const id of this.groupMembers[group] ?? []) marks[this.sentences.docOf(id)] = 1;
      }
      // A check asks about a handful of names; an editing session over many drafts, more.
      if (this.termDocs.size >= 256) this.termDocs.clear();
      this.termDocs.set(term, marks);
    }
    return marks;
  }

  /**
   * BM25 search over sentences by terms; returns sentence ids with scores, best first (copies of
   * one sentence in corpus order). `docs` restricts the search to some documents; `distinct`
   * returns one sentence of each wording (its first copy), so copies do not fill the list.
   */
  searchSentences(terms: string[], limit = 20, docs?: ReadonlySet<number>, distinct = false): { id: number; score: number }[] {
    if (!terms.length || limit <= 0) return [];
    const out: { id: number; score: number }[] = [];
    const query = terms.join(" ");
    if (docs) {
      // A few documents: score only their groups.
      const groups = new Set<number>();
      for (const d of docs) for (const id of this.sentencesOf(d)) groups.add(this.sentenceGroup[id]!);
      for (const { id: group, score } of this.search.search(query, limit, (g) => groups.has(g))) {
        for (const id of this.groupMembers[group]!) {
          if (!docs.has(this.sentences.docOf(id)) || out.length >= limit) continue;
          out.push({ id, score });
          if (distinct) break;
        }
      }
      return out;
    }
    // Each group stands for at least one sentence: the `limit` best groups hold the best sentences.
    for (const { id: group, score } of this.search.search(query, limit)) {
      for (const id of this.groupMembers[group]!) {
        if (out.length >= limit) return out;
        out.push({ id, score });
        if (distinct) break;
      }
    }
    return out;
  }

  /**
   * Candidate quotes sharing a word bigram (or the single word) with `words`: one list per distinct
   * wording (its copies, in corpus order), the wordings sharing most bigrams first.
   */
  *quoteCandidates(words: string[]): Generator<readonly number[], void, undefined> {
    const seen = new Map<number, number>();
    const grams = words.length === 1 ? [words[0]!] : words.slice(0, -1).map((w, i) => w + " " + words[i + 1]);
    for (const g of grams) for (const t of this.quoteBigrams.get(g) ?? []) seen.set(t, (seen.get(t) ?? 0) + 1);
    // Lazily: a caller reads the best few of thousands of wordings that share a common bigram.
    // A text's list holds only its live copies (see `retire`): handed out as it is.
    for (const [t] of [...seen.entries()].sort((a, b) => b[1] - a[1])) {
      const copies = this.quotesOfText[t]!;
      if (copies.length) yield copies;
    }
  }

  /** The sentence ids of document `doc`, in order. */
  sentencesOf(doc: number): number[] {
    return this.blockSentences[doc]?.flat() ?? [];
  }

  /** The first sentence of each of document `doc`'s first `count` paragraphs that hold any. */
  paragraphStarts(doc: number, count: number): number[] {
    const out: number[] = [];
    for (const block of this.blockSentences[doc] ?? []) {
      if (out.length >= count) break;
      if (block.length) out.push(block[0]!);
    }
    return out;
  }

  /** The sentences of the paragraph holding sentence `id`, in order. */
  paragraphOf(id: number): number[] {
    return this.blockSentences[this.sentences.docOf(id)]?.[this.sentences.blockOf(id)] ?? [id];
  }
  /** The speakers of the quotes that open in sentence `id`, as the quote finder attributed them. */
  quoteSpeakersOf(id: number): string[] {
    const out: string[] = [];
    const group = this.sentenceGroup[id];
    if (group === undefined) return out;
    const cols = this.quoteColumns;
    for (const q of this.quotesOfGroup.get(group) ?? []) {
      const speaker = cols.speaker[q];
      if (cols.sentence[q] === id && speaker && !out.includes(speaker)) out.push(speaker);
    }
    return out;
  }

  /** The terms of the paragraph holding sentence `id`, cached: every fact of a paragraph asks. */
  paragraphTerms(id: number): ReadonlySet<string> {
    const first = this.paragraphOf(id)[0] ?? id;
    let terms = this.paragraphTermCache.get(first);
    if (!terms) {
      terms = new Set();
      // Terms hold no offsets: read from the shared records, without making sentence objects.
      for (const sid of this.paragraphOf(id)) for (const t of this.sentences.recordOf(sid).terms) terms.add(t);
      if (this.paragraphTermCache.size > 50_000) this.paragraphTermCache.clear();
      this.paragraphTermCache.set(first, terms);
    }
    return terms;
  }

  /** The fact with id `fid`. */
  fact(fid: number): FactMention {
    return this.sentences.get(this.factColumns.sentence[fid]!).facts[this.factColumns.position[fid]!]!;
  }

  /**
   * A number shared by the facts that are near-copies of each other (see `factShapes`): a checker
   * weighs such facts' context once per shape and only their values (and number words) one by one.
   */
  factShape(fid: number): number {
    return this.factColumns.shape[fid]!;
  }

  /** The facts of measure `m` (its `factsByMeasure` list) with their shapes numbered locally (see `ShapedList`). */
  shapedFacts(m: string): ShapedList | undefined {
    const list = this.factsByMeasure.get(m);
    return list && this.shapedLists.of(list, (fid) => this.factShape(fid));
  }

  /** The fact's figure or date as written, normalised (lowercase, single spaces), interned: see `factValueText`. */
  factValue(fid: number): number {
    const cols = this.factColumns;
    let v = cols.value[fid]!;
    if (v < 0) {
      const text = this.factText(fid);
      cols.value[fid] = v = this.values.id(normaliseValue(text));
      this.writtenValues[v] ??= text;
    }
    return v;
  }

  /**
   * An interned value as a source writes it, for showing: the same for every fact of the value,
   * so that naming each value the sources give reads no source's text (nor decodes it after a reload).
   */
  writtenValue(value: number): string {
    return this.writtenValues[value]!;
  }

  /** The fact as its source writes it ("£54m"). */
  factText(fid: number): string {
    const cols = this.factColumns;
    return this.documents[cols.doc[fid]!]!.text.slice(cols.start[fid]!, cols.end[fid]!);
  }

  /** The text of an interned fact value. */
  factValueText(value: number): string {
    return this.values.values[value]!;
  }

  /**
   * The number words (terms with a digit) of a fact's clause, of its sentence and of its
   * paragraph, interned: near-copies differ in these, and a claim's own figure among them counts.
   */
  factNumbers(fid: number): number {
    const cols = this.factColumns;
    let v = cols.numbers[fid]!;
    if (v < 0) {
      // From the records: words carry no offsets, so no sentence object is made.
      const sid = cols.sentence[fid]!;
      const rec = this.sentences.recordOf(sid);
      const f = rec.facts[cols.position[fid]!]!;
      const paragraph = this.paragraphOf(sid);
      const first = paragraph[0] ?? sid;
      let para = this.paragraphNumbers.get(first);
      if (para === undefined) {
        para = paragraph.map((id) => numbersKey(this.sentences.recordOf(id).terms)).join("");
        this.paragraphNumbers.set(first, para);
      }
      cols.numbers[fid] = v = this.numberSets.id(numbersKey(f.local) + "\u0001" + numbersKey(rec.terms) + "\u0001" + para);
    }
    return v;
  }

  /** The number words of `factNumbers` id: of the clause, the sentence and the paragraph. */
  numberWords(id: number): { clause: string[]; sentence: string[]; paragraph: string[] } {
    let words = this.numberWordCache.get(id);
    if (!words) {
      const [clause, sentence, paragraph] = this.numberSets.values[id]!.split("\u0001").map((x) => x.split(" ").filter(Boolean));
      words = { clause: clause!, sentence: sentence!, paragraph: paragraph! };
      this.numberWordCache.set(id, words);
    }
    return words;
  }

  /** The citation key of document `doc`. */
  keyOf(doc: number): string {
    return this.docKeys[doc]!;
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
    let li = this.lineStarts[doc];
    if (!li) this.lineStarts[doc] = li = d.lineStarts ?? LineStarts.of(d.original);
    const map = d.offsetMap;
    const start = map.at(Math.min(span.start, map.length - 1)) ?? 0;
    // The end maps through the last character so a span never swallows skipped markup after it.
    const endChar = Math.max(span.start, span.end - 1);
    const end = span.end > span.start ? (map.at(Math.min(endChar, map.length - 1)) ?? start) + 1 : start;
    return { start: li.positionAt(start), end: li.positionAt(end) };
  }

  /** Evidence for a sentence, optionally highlighting a span of it. */
  evidence(sentenceId: number, highlight?: Span, extra: Partial<Evidence> = {}): Evidence {
    const doc = this.sentences.docOf(sentenceId);
    const span = { start: this.sentences.startOf(sentenceId), end: this.sentences.endOf(sentenceId) };
    const d = this.documents[doc]!;
    const text = d.text.slice(span.start, span.end);
    const ev: Evidence = { source: d.meta.key, path: d.meta.path, range: this.rangeOf(doc, span), text, ...extra };
    if (highlight) ev.highlight = { start: Math.max(0, highlight.start - span.start), end: Math.min(text.length, highlight.end - span.start) };
    return ev;
  }

  /** The text of a sentence. */
  sentenceText(id: number): string {
    return this.documents[this.sentences.docOf(id)]!.text.slice(this.sentences.startOf(id), this.sentences.endOf(id));
  }

  /** Passages most relevant to `query` (BM25), best first. `sources` restricts to some keys. */
  searchPassages(query: string, limit = 10, sources?: string[]): PassageHit[] {
    const docs = sources ? new Set(sources.map((k) => this.docOfKey(k)).filter((d): d is number => d !== undefined)) : undefined;
    const terms = queryTerms(query);
    return this.searchSentences(terms, limit, docs).map(({ id, score }) => {
      const s = this.sentences.get(id);
      const d = this.documents[s.doc]!;
      return { source: d.meta.key, path: d.meta.path, text: this.sentenceText(id), range: this.rangeOf(s.doc, s.span), score };
    });
  }

  /**
   * Quotes most relevant to `query` (words of the sentence being written), best first; a named
   * speaker ranks first. A quote scores the weight of the query's words in the sentence it opens
   * in, plus 100 when its speaker is the one named and 0.5 when it has a speaker; ties go in
   * corpus order.
   */
  searchQuotes(query: string, limit = 20, speaker?: string): SourceQuote[] {
    if (limit <= 0) return [];
    // Sentence groups holding a query word, scored through the search postings (each wording once).
    const groupScore = new Map<number, number>();
    for (const t of new Set(queryTerms(query))) {
      const postings = this.search.postingsOf(t);
      if (!postings) continue;
      const w = this.idf(t);
      const { ids, tfs } = postings;
      for (let i = 0; i < ids.length; i++) {
        const g = ids[i]!;
        if (this.quotesOfGroup.has(g)) groupScore.set(g, (groupScore.get(g) ?? 0) + w * tfs[i]!);
      }
    }
    const candidates = new Set<number>();
    const sp = speaker?.toLowerCase();
    const isNamed = (who: string) => {
      const w = who.toLowerCase();
      return w.includes(sp!) || sp!.includes(w.split(" ").pop()!);
    };
    // The named speaker's quotes score 100 more than any other: all of them are candidates.
    if (sp) for (const [who, ids] of this.quotesOfSpeaker) if (isNamed(who)) for (const id of ids) candidates.add(id);
    // Other quotes score their group's score, plus 0.5 with a speaker. Groups best first: once
    // `limit` quotes are in, a group scoring less than the last group taken less 0.5 cannot place.
    const groups = [...groupScore.entries()].sort((a, b) => b[1] - a[1]);
    let taken = 0;
    let floor = Infinity;
    for (const [g, score] of groups) {
      if (taken >= limit && score + 0.5 < floor) break;
      for (const id of this.quotesOfGroup.get(g)!) {
        if (this.quotes[id]!.words.length < 3) continue;
        candidates.add(id);
        taken++;
      }
      if (taken >= limit && floor === Infinity) floor = score;
    }
    // The rest score 0.5 or 0: the first of them in corpus order fill up.
    let attributed = 0;
    let plain = 0;
    for (const q of this.quotes) {
      if (attributed >= limit && plain >= limit) break;
      if (q.words.length < 3) continue;
      if (q.speaker ? attributed++ < limit : plain++ < limit) candidates.add(q.id);
    }
    const scored: { q: IndexedQuote; score: number }[] = [];
    for (const id of candidates) {
      const q = this.quotes[id]!;
      if (q.words.length < 3) continue;
      let score = groupScore.get(this.sentenceGroup[q.sentence] ?? -1) ?? 0;
      if (sp && q.speaker && isNamed(q.speaker)) score += 100;
      if (q.speaker) score += 0.5;
      scored.push({ q, score });
    }
    scored.sort((a, b) => b.score - a.score || a.q.id - b.q.id);
    return scored.slice(0, limit).map(({ q }) => {
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
      const s = this.sentences.get(id);
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
      const doc = this.sentences.docOf(id);
      scores.set(doc, Math.max(scores.get(doc) ?? 0, score));
    }
    // Documents in key order (localeCompare, then position: a stable sort's ties), computed once.
    if (!this.keyOrder) {
      const order = this.documents.map((_d, i) => i).sort((a, b) => this.documents[a]!.meta.key.localeCompare(this.documents[b]!.meta.key));
      this.keyOrder = Int32Array.from(order);
    }
    const rank = new Map<number, number>();
    const order = this.keyOrder;
    const scored = [...scores.keys()];
    if (scored.length) for (let r = 0; r < order.length; r++) if (scores.has(order[r]!)) rank.set(order[r]!, r);
    scored.sort((a, b) => scores.get(b)! - scores.get(a)! || rank.get(a)! - rank.get(b)!);
    const out = scored.map((i) => ({ meta: this.documents[i]!.meta, score: scores.get(i)! }));
    for (const i of order) if (!scores.has(i)) out.push({ meta: this.documents[i]!.meta, score: 0 });
    return out;
  }

  summaries(): SourceSummary[] {
    const counts = this.documents.map(() => ({ passages: 0, figures: 0, quotes: 0 }));
    this.blockSentences.forEach((blocks, doc) => {
      for (const id of blocks.flat()) {
        counts[doc]!.passages++;
        counts[doc]!.figures += this.factCountOf(id);
      }
    });
    for (const q of this.quotes) if (q.words.length) counts[q.doc]!.quotes++;
    return this.documents.map((d, i) => ({ meta: d.meta, ...counts[i]! }));
  }
}

function pushTo<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** The terms with a digit, each followed by a space. */
/** The number words of a term list, once per list (copies of a sentence share theirs). */
const numbersKeys = new WeakMap<readonly string[], string>();
function numbersKey(terms: readonly string[]): string {
  let out = numbersKeys.get(terms);
  if (out !== undefined) return out;
  out = "";
  for (const t of terms) if (/\d/.test(t)) out += t + " ";
  numbersKeys.set(terms, out);
  return out;
}


/** The layout of `toImage`; an image of another layout is not read. */
const IMAGE_FORMAT = 4;

/** A type's public fields made writable (for restoring an index from its image). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Sentences an index remembers analyses of for its updates (after a build). */
const UPDATE_CACHE_ENTRIES = 20_000;

/** The weight of a term found in one sentence in about a thousand. */
const IDF_CAP = Math.log(1 + 1000);

/** Search terms of free text: content-word stems. */
export function queryTerms(text: string): string[] {
  return [...new Set(tokenize(text).filter(isContent).map((t) => t.stem))];
}

/** A figure or date as written, normalised for comparing wordings ("£54M " and "£54m" are one value). */
export function normaliseValue(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
