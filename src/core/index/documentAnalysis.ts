/**
 * The analysis of one source document on its own: its sentences (terms, entities, facts) and its
 * quotes. It depends only on the document's text and paragraphs, so it can be computed in any
 * order, in parallel, and stored by the document's hash; `CorpusIndex` merges analyses in
 * document order. The one thing that depends on the rest of the corpus, lone words resolved
 * through names other documents give in full, is left open: each sentence lists the lone words
 * its own document could not resolve (`misses`), and the merge re-analyses the rare sentence
 * whose miss the corpus resolves, so the result is the same as analysing everything in order.
 */
import { findEntities, saidAsPlace, type EntityMention, type EntityType } from "../analysis/entities";
import { NameRegistry } from "../analysis/nameRegistry";
import { extractQuotes, namedMentions, type ParagraphReading, type ParagraphReadingStore, type SentenceNames } from "../analysis/quotes";
import { leftContext, SentenceNamesMemo } from "../analysis/sentenceNames";
import { analyzeSentence, type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import { asOneLine } from "../text/asOneLine";
import { splitSentences } from "../analysis/sentences";
import { tokenize, type Token } from "../analysis/tokens";
import type { Span } from "../types";
import { paragraphShapes } from "./factShape";
import { quoteWords } from "./quoteWords";

/** An entity as the index keeps it. */
export type StoredEntity = Pick<EntityMention, "type" | "name" | "span" | "place">;

/**
 * What analysing a sentence found, with every offset relative to the sentence's start: copies of
 * a sentence (wire copy repeats across an archive) share one record.
 */
export interface SentenceRecord {
  /** Length of the sentence's text. */
  length: number;
  terms: string[];
  /** Entities, their spans relative to the sentence's start. */
  entities: StoredEntity[];
  /** Facts, their spans relative to the sentence's start. */
  facts: FactMention[];
  /** Lone capitalised words the document's own names did not resolve (the corpus's names may). */
  misses?: string[];
}

/** One analysed sentence of a document: where it is, and its (shared) record. */
export interface AnalysedSentence {
  /** Paragraph number within the document (0-based). */
  block: number;
  /** Offset of the sentence in the document's text. */
  start: number;
  record: SentenceRecord;
  /**
   * The sentence as a merge last analysed it again with the corpus's names, with the lone words
   * it asked about and the answers (`answerKey`) it got: a later merge (a reload from the store)
   * whose names answer the same takes it as it is.
   */
  resolved?: { queried: string[]; answers: string; record: SentenceRecord };
}

/** A sentence's span in its document's text. */
export function sentenceSpan(s: { start: number; record: { length: number } }): Span {
  return { start: s.start, end: s.start + s.record.length };
}

/** One quote of a document, attributed, with its words normalised for matching. */
export interface AnalysedQuote {
  span: Span;
  /** Where the quote (with its marks) starts: the sentence it opens in is found from it. */
  at: number;
  text: string;
  words: string[];
  speaker?: string;
  speakerType?: string;
}

/** Everything the index needs from one document, JSON-serialisable. */
export interface DocumentAnalysis {
  sentences: AnalysedSentence[];
  quotes: AnalysedQuote[];
  /** People, organisations and other names the document gives (first occurrence each), in order. */
  names: { type: EntityType; name: string }[];
  /** The near-copy shape hash of each fact, sentence by sentence (see `factShapes`); the index computes any that are missing. */
  shapes?: number[];
}

/** The entity list the index keeps for a sentence analysis. */
export function storedEntities(entities: readonly EntityMention[]): StoredEntity[] {
  return entities.map((e) => (e.place ? { type: e.type, name: e.name, span: e.span, place: e.place } : { type: e.type, name: e.name, span: e.span }));
}

interface CacheEntry {
  /** Entities found without any resolver, relative to the sentence start. */
  entities: EntityMention[];
  /** Its people, organisations and other names (not places or events), each with its key in a document's name list. */
  named: { key: string; name: { type: EntityType; name: string } }[];
  /** Lone words `findEntities` asks a resolver about, in order. */
  queried: string[];
  /**
   * Analyses of this sentence by the resolver answers they were made with, the latest first: a
   * sentence that names "the Met" or "Roe" is read one way in documents that give the full name
   * and another in those that do not, and archives alternate between the two.
   */
  analyses?: { answers: string; record: SentenceRecord }[];
}

/** Analyses kept per sentence (one per set of resolver answers); a sentence seldom has more than two. */
const ANALYSES_PER_SENTENCE = 4;

/**
 * Analyses of sentences by their exact text (with the character on each side, which the
 * analysers can see): wire copy repeats across an archive. An analysis is reused only when the
 * document's names answer every lone word of the sentence as they did when it was made.
 */
export class SentenceCache {
  private readonly entries = new Map<string, CacheEntry>();
  /** Paragraphs by their text and the character on each side: where their sentences are, and their entries. */
  private readonly paragraphs = new Map<string, ParagraphEntry>();
  /** What identifies each record this cache made: its sentence's key and the answers it was made with. */
  private readonly identities = new WeakMap<SentenceRecord, string>();
  /** The names the quote finder collects per sentence, remembered the same way. */
  readonly names: SentenceNamesMemo;
  /** Quotes' words by the quote's text (copies of a quote share one list). */
  private readonly quoteWordLists = new Map<string, string[]>();
  hits = 0;
  misses = 0;
  /** Paragraphs whose sentences were taken from an earlier reading. */
  paragraphHits = 0;
  /** Paragraphs whose quotes were taken from the quote finder's earlier reading. */
  quoteReadingHits = 0;
  constructor(private readonly maxEntries = 500_000) {
    this.names = new SentenceNamesMemo(maxEntries);
  }

  get(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  /**
   * What identifies a record this cache made (the same text, context and answers make the same
   * record): analyses made apart (on two threads) can share one record per identity.
   */
  identity(record: SentenceRecord): string | undefined {
    return this.identities.get(record);
  }

  /** Remembers `record` as the analysis of the sentence `key` with the resolver `answers`. */
  remember(key: string, entry: CacheEntry, answers: string, record: SentenceRecord): void {
    const held = entry.analyses ?? (entry.analyses = []);
    held.unshift({ answers, record });
    if (held.length > ANALYSES_PER_SENTENCE) held.pop();
    this.identities.set(record, key + "\u0003" + answers);
  }

  set(key: string, entry: CacheEntry): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, entry);
  }

  /** The sentences of a paragraph read before with the same text and context (see {@link paragraphKey}). */
  paragraph(key: string): ParagraphEntry | undefined {
    const entry = this.paragraphs.get(key);
    if (entry) this.paragraphHits++;
    return entry;
  }

  /** Remembers the sentences of the paragraph `key`. */
  setParagraph(key: string, entry: ParagraphEntry): void {
    if (this.paragraphs.size >= this.maxEntries) this.paragraphs.clear();
    this.paragraphs.set(key, entry);
  }

  /** `quoteWords(text)`, one list for every copy of a quote. */
  quoteWords(text: string): string[] {
    let words = this.quoteWordLists.get(text);
    if (!words) {
      if (this.quoteWordLists.size >= this.maxEntries) this.quoteWordLists.clear();
      this.quoteWordLists.set(text, (words = quoteWords(text)));
    }
    return words;
  }
}

/**
 * A paragraph's sentences: their spans relative to its start, their sentence keys and entries.
 * Splitting a paragraph into sentences reads its text only, and a sentence's key reads one
 * character on each side, so a paragraph with the same text and the same character on each side
 * has the same sentences: archives repeat whole paragraphs of wire copy.
 */
interface ParagraphEntry {
  sentences: { start: number; end: number; key: string; entry?: CacheEntry }[];
  /** The shapes of the facts of the sentences' records when last read (see `paragraphShapes`). */
  shaped?: { records: SentenceRecord[]; shapes: number[] };
  /**
   * The quote finder's readings of the paragraph, by its left context (`leftContext`), which with
   * the paragraph's text is all a reading depends on: the text is this entry's key already.
   */
  quoteReadings?: Map<string, ParagraphReading>;
}

/** What identifies a paragraph's sentences: its text and the character on each side. */
function paragraphKey(text: string, block: Span): string {
  return (text[block.start - 1] ?? "") + "\u0002" + text.slice(block.start, block.end) + "\u0002" + (text[block.end] ?? "");
}

/** Copies a value, moving every span (`{start, end}`) by `by`; strings and arrays of strings are shared. */
export function shift<T>(value: T, by: number): T {
  if (Array.isArray(value)) {
    if (value.length === 0 || typeof value[0] !== "object") return value;
    return value.map((v) => shift(v, by)) as T;
  }
  if (value === null || typeof value !== "object") return value;
  const o = value as Record<string, unknown>;
  if (typeof o.start === "number" && typeof o.end === "number" && Object.keys(o).length === 2) return { start: (o.start as number) + by, end: (o.end as number) + by } as T;
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = shift(o[k], by);
  return out as T;
}

/** The answers a name resolver gave, as one comparable string. */
export function answerKey(answers: ({ type: EntityType; name: string } | undefined)[]): string {
  return answers.map((a) => (a ? a.type + ":" + a.name : "")).join("\u0001");
}

/** Analyses one document (its normalised text and paragraphs) independently of the corpus. */
export function analyzeDocument(doc: { text: string; blocks: Span[] }, cache: SentenceCache = new SentenceCache()): DocumentAnalysis {
  const text = doc.text;
  const spans: { block: number; span: Span; key: string; entry: CacheEntry; tokens?: Token[] }[] = [];
  /**
   * Each sentence's entities as found without a resolver, relative to its start, by its start
   * (the quote finder asks for the same). Relative, so copies of a sentence share one list.
   */
  const found = new Map<number, { end: number; entities: EntityMention[] }>();
  // First pass: the names this document gives in full, so lone words resolve ("the Met").
  const docNames = new NameRegistry();
  const names: DocumentAnalysis["names"] = [];
  const seenNames = new Set<string>();
  const paragraphs: ParagraphEntry[] = [];
  // Names the document reads as places ("burst in Brackley Cross"): no one who speaks where a
  // sentence without the preposition reads them as a person ("the main at Brackley Cross had
  // been avoidable. ... he said" is no quote of Brackley Cross).
  const placeNames = new Set<string>();
  doc.blocks.forEach((block, b) => {
    const pKey = paragraphKey(text, block);
    let paragraph = cache.paragraph(pKey);
    if (!paragraph) {
      paragraph = { sentences: [] };
      for (const span of splitSentences(text, block.start, block.end)) {
        // The text itself, not a hash of it: the engine hashes a string many times faster than a
        // hash written here, and only distinct sentences are kept (a few hundred bytes each).
        const key = (text[span.start - 1] ?? "") + "\u0002" + text.slice(span.start, span.end) + "\u0002" + (text[span.end] ?? "");
        paragraph.sentences.push({ start: span.start - block.start, end: span.end - block.start, key });
      }
      cache.setParagraph(pKey, paragraph);
    }
    paragraphs[b] = paragraph;
    for (const s of paragraph.sentences) {
      const span = { start: block.start + s.start, end: block.start + s.end };
      const key = s.key;
      let entry = s.entry ?? cache.get(key);
      let tokens: Token[] | undefined;
      if (!entry) {
        tokens = tokenize(text, span.start, span.end);
        const queried: string[] = [];
        // Read as one line, as `analyzeSentence` and the quote finder read it: a name may wrap ("Peter\nHale").
        const entities = findEntities(asOneLine(text, span), span.start, span.end, tokens, (w) => void queried.push(w));
        entry = { entities: entities.length ? shift(entities, -span.start) : [], named: namedOf(entities), queried };
        cache.set(key, entry);
      }
      s.entry = entry;
      // Names and types only: the relative list does (and the registry records a shared list once).
      const entities = entry.entities;
      docNames.add(entities);
      for (const e of entities) if (e.type === "other" && e.name.includes(" ") && saidAsPlace(text, span.start + e.span.start)) placeNames.add(e.key);
      found.set(span.start, { end: span.end, entities });
      // Keyed once per distinct sentence: wire copy repeats its names in every copy.
      for (const { key: k, name } of entry.named) {
        if (!seenNames.has(k)) {
          seenNames.add(k);
          names.push(name);
        }
      }
      spans.push({ block: b, span, key, entry, tokens });
    }
  });
  // "Marlowe Fields" where the document names "Marlowe Fields Lido" too: the short form of a body's
  // or a place's name, no one who speaks ("... at Marlowe Fields ... "Heat, ..." she said").
  const longer: string[] = [];
  for (const { entities } of found.values()) for (const e of entities) if (e.type !== "person" && e.name.includes(" ")) longer.push(e.key);
  if (longer.length) {
    for (const { entities } of found.values()) for (const e of entities) if (e.type === "person" && e.name.includes(" ") && longer.some((k) => k.startsWith(e.key + " "))) placeNames.add(e.key);
  }
  const known = (w: string) => docNames.resolve(w);
  const sentences: AnalysedSentence[] = [];
  for (const { block, span, key, entry, tokens } of spans) {
    const answers = entry.queried.map(known);
    const answered = answerKey(answers);
    const held = entry.analyses?.find((a) => a.answers === answered);
    if (held) {
      cache.hits++;
      sentences.push({ block, start: span.start, record: held.record });
      continue;
    }
    cache.misses++;
    const toks = tokens ?? tokenize(text, span.start, span.end);
    // Unresolved words leave the entities as found without a resolver.
    const pre = answers.every((a) => !a) ? { tokens: toks, entities: shift(entry.entities, span.start) } : { tokens: toks };
    const a = analyzeSentence(text, span, [], known, pre, { weekdays: true, asides: false });
    const record = toRecord(a, entry.queried.filter((_w, i) => !answers[i]));
    cache.remember(key, entry, answered, record);
    sentences.push({ block, start: span.start, record });
  }
  const quotes: AnalysedQuote[] = [];
  // The quote finder's names of a sentence are what `findEntities` finds in it without a resolver:
  // where it splits a sentence as above (no quote held it together), they are known already.
  const quoteNames: SentenceNames = {
    namesIn(t, sentence, collect) {
      const f = found.get(sentence.start);
      const names = f && f.end === sentence.end ? namedMentions(t, f.entities, sentence.start) : cache.names.namesIn(t, sentence, collect);
      return placeNames.size ? names.filter((n) => n.type !== "person" || !placeNames.has(n.name.toLowerCase())) : names;
    },
  };
  for (const q of extractQuotes(text, doc.blocks, quoteNames, quoteReadings(doc.blocks, paragraphs, cache, placeNames))) {
    const words = cache.quoteWords(q.text);
    if (!words.length) continue;
    const rec: AnalysedQuote = { span: q.span, at: q.outerSpan.start, text: q.text, words };
    if (q.speaker) rec.speaker = q.speaker;
    if (q.speakerType) rec.speakerType = q.speakerType;
    quotes.push(rec);
  }
  return { sentences, quotes, names, shapes: documentShapes(sentences, paragraphs) };
}

/**
 * The near-copy shapes of the facts of `sentences` (as `factShapes` gives them), paragraph by
 * paragraph: a paragraph read again with the records it had last time (wire copy) takes the
 * shapes its entry kept, instead of hashing its words and facts again.
 */
function documentShapes(sentences: readonly AnalysedSentence[], paragraphs: readonly ParagraphEntry[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; ) {
    const block = sentences[i]!.block;
    const records: SentenceRecord[] = [];
    while (i < sentences.length && sentences[i]!.block === block) records.push(sentences[i++]!.record);
    const entry = paragraphs[block]!;
    const held = entry.shaped;
    const same = !!held && held.records.length === records.length && held.records.every((r, k) => r === records[k]);
    const shapes = same ? held.shapes : (entry.shaped = { records, shapes: paragraphShapes(records) }).shapes;
    for (const shape of shapes) out.push(shape);
  }
  return out;
}

/**
 * The quote finder's readings of a document's paragraphs, kept with the paragraphs' entries (found
 * by their text above): a reading is looked up by its short left context, without a key that
 * holds the paragraph's text again (a quarter of reading a document whose paragraphs are all
 * known went to the two look-ups by text).
 */
function quoteReadings(blocks: readonly Span[], paragraphs: readonly ParagraphEntry[], cache: SentenceCache, placeNames: ReadonlySet<string>): ParagraphReadingStore {
  const entries = new Map<Span, ParagraphEntry>();
  blocks.forEach((block, b) => entries.set(block, paragraphs[b]!));
  // A paragraph reads its names as its document's places allow (see `placeNames` in `analyzeDocument`).
  const places = placeNames.size ? "\u0003" + [...placeNames].sort().join("\u0003") : "";
  return {
    get: (text, para) => entries.get(para)?.quoteReadings?.get(leftContext(text, para.start) + places),
    set(text, para, reading) {
      const entry = entries.get(para);
      if (entry) (entry.quoteReadings ??= new Map()).set(leftContext(text, para.start) + places, reading);
    },
    reused: () => void cache.quoteReadingHits++,
  };
}

/** The names of `entities` that a document's name list holds (not places or events), each with its key there. */
function namedOf(entities: readonly EntityMention[]): CacheEntry["named"] {
  const out: CacheEntry["named"] = [];
  for (const e of entities) if (e.type !== "place" && e.type !== "event") out.push({ key: e.type + "\u0000" + e.name, name: { type: e.type, name: e.name } });
  return out;
}

/** The record of a sentence analysis (offsets made relative to the sentence's start). */
export function toRecord(a: SentenceAnalysis, misses?: string[]): SentenceRecord {
  const by = -a.span.start;
  const entities = storedEntities(a.entities);
  const rec: SentenceRecord = {
    length: a.span.end - a.span.start,
    terms: a.terms,
    entities: entities.length ? shift(entities, by) : [],
    facts: a.facts.length ? shift(a.facts, by) : [],
  };
  if (misses?.length) rec.misses = misses;
  return rec;
}

/** A registry of a document's own names, from its analysis (for re-analysing a sentence). */
export function documentNames(analysis: DocumentAnalysis): NameRegistry {
  const r = new NameRegistry();
  r.add(analysis.names);
  return r;
}
