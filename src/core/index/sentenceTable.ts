import type { EntityMention } from "../analysis/entities";
import type { FactMention } from "../analysis/sentenceAnalysis";
import { NO_SIDES, type SentenceSums } from "../analysis/sentenceSums";
import type { Span } from "../types";
import { shift } from "./documentAnalysis";
import type { StringTable } from "./indexImage";
import { grown } from "./typedArrays";

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
  /** The fact id (see `CorpusIndex.factColumns`) of `facts[0]`; the others follow it. */
  firstFact: number;
}

/**
 * The sentences of a restored index image, as flat rows: where each sentence is, its sentence
 * group, and its terms, entities and facts as one of a table of distinct records (JSON, offsets
 * relative to the sentence's start; wire copy shares them). Terms are in the record, not taken
 * from the group: a term may hold a space ("place:united kingdom"), so a group's joined terms
 * do not split back into them. A record's names are a table of their own, row for row: the
 * checks of an archive read the names of thousands of sentences whose terms and facts they never
 * read.
 */
export interface SentenceRows {
  doc: Int32Array;
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;
  group: Int32Array;
  record: Int32Array;
  firstFact: Int32Array;
  /** Distinct `{t: terms, f: facts}` records, JSON, each read when first needed. */
  records: StringTable;
  /** Each record's entities, JSON, row for row with `records`. */
  names: StringTable;
  /** Each record's `SentenceSums`: its counts' sum (NaN for none), row for row with `records`... */
  sums: Float64Array;
  /** ...and its comparisons' other sides, `sides[sidesAt[ref]]` up to `sides[sidesAt[ref + 1]]`. */
  sidesAt: Int32Array;
  sides: Float64Array;
}

/** What the table keeps of a sentence's analysis: offsets relative to the sentence's start. */
export interface TableRecord {
  terms: string[];
  entities: IndexedSentence["entities"];
  facts: FactMention[];
}

/**
 * The index's sentences by id, as flat columns and a table of distinct records (copies of a
 * sentence share one): a sentence's object is made the first time it is asked for, so that an
 * archive's index does not hold hundreds of thousands of sentence objects a session may never
 * read. A restored index starts from its image's rows, records as JSON, parsed when first read.
 */
/** How a record's JSON opens, and where its terms end (written by `JSON.stringify({ t, f })`: see `jsonAt`). */
const TERMS_START = '{"t":[';
const TERMS_END = '],"f":';

export class SentenceTable {
  private size = 0;
  private doc: Int32Array = new Int32Array(1024);
  private block: Int32Array = new Int32Array(1024);
  private start: Int32Array = new Int32Array(1024);
  private end: Int32Array = new Int32Array(1024);
  private record: Int32Array = new Int32Array(1024);
  private first: Int32Array = new Int32Array(1024);
  /** Records by reference: objects as given or parsed, and the JSON written for those not restored. */
  private readonly records: (TableRecord | undefined)[] = [];
  private json: (string | undefined)[] = [];
  /** Records' entities by reference, as JSON (see `json`) and as parsed before their records. */
  private namesJson: (string | undefined)[] = [];
  private readonly entities: (TableRecord["entities"] | undefined)[] = [];
  /** Records' terms, read before their records (see `termsOf`). */
  private readonly terms: (string[] | undefined)[] = [];
  /** The restored image's records and their names as JSON, the first `length` references (see `jsonAt`). */
  private restored: StringTable | undefined;
  private restoredNames: StringTable | undefined;
  private restoredSums: Pick<SentenceRows, "sums" | "sidesAt" | "sides"> | undefined;
  /** Records' sums by reference, as first asked for (see `sumsOf`). */
  private readonly sums: (SentenceSums | undefined)[] = [];
  private readonly refOf = new Map<TableRecord, number>();
  private readonly objects: (IndexedSentence | undefined)[] = [];

  /** A table over restored rows. */
  static fromRows(rows: SentenceRows): SentenceTable {
    const t = new SentenceTable();
    t.size = rows.doc.length;
    t.doc = rows.doc;
    t.block = rows.block;
    t.start = rows.start;
    t.end = rows.end;
    t.record = rows.record;
    t.first = rows.firstFact;
    if (rows.names.length !== rows.records.length) throw new Error("index image: sentence records and names differ in number");
    if (rows.sums.length !== rows.records.length || rows.sidesAt.length !== rows.records.length + 1) throw new Error("index image: sentence records and sums differ in number");
    t.restored = rows.records;
    t.restoredNames = rows.names;
    t.restoredSums = rows;
    t.json.length = t.namesJson.length = t.entities.length = t.terms.length = t.records.length = rows.records.length;
    return t;
  }

  /** Number of sentence ids (retired ones included). */
  get length(): number {
    return this.size;
  }

  /** The sentence with id `id` (a valid id: `0 <= id < length`). */
  get(id: number): IndexedSentence {
    const s = this.objects[id];
    if (s) return s;
    if (id < 0 || id >= this.size) throw new RangeError(`no sentence ${id}`);
    const rec = this.recordAt(this.record[id]!);
    const start = this.start[id]!;
    return (this.objects[id] = {
      id,
      doc: this.doc[id]!,
      block: this.block[id]!,
      span: { start, end: this.end[id]! },
      terms: rec.terms,
      entities: rec.entities.length ? shift(rec.entities, start) : [],
      facts: rec.facts.length ? shift(rec.facts, start) : [],
      firstFact: this.first[id]!,
    });
  }

  /** The fact id of sentence `id`'s first fact, without making its object. */
  firstFact(id: number): number {
    return this.first[id]!;
  }

  /** The document of sentence `id`, without making its object. */
  docOf(id: number): number {
    return this.doc[id]!;
  }

  /** The paragraph of sentence `id` within its document, without making its object. */
  blockOf(id: number): number {
    return this.block[id]!;
  }

  /**
   * Sentence `id`'s terms, entities and facts with offsets relative to its start, shared with its
   * copies: for what reads no offset (terms, a fact's words), without making its object.
   */
  recordOf(id: number): TableRecord {
    return this.recordAt(this.record[id]!);
  }

  /**
   * Sentence `id`'s names, as its record holds them, without reading the rest of a record not
   * read yet (a restored record's names are a JSON string of their own).
   */
  entitiesOf(id: number): TableRecord["entities"] {
    return this.entitiesAt(this.record[id]!);
  }

  /**
   * Sentence `id`'s terms, as its record holds them, without reading the rest of a record not read
   * yet: a restored record's JSON opens with its terms, which are stems and place keys (no quote
   * or bracket in them), so they end at the facts' key.
   */
  termsOf(id: number): readonly string[] {
    const ref = this.record[id]!;
    const rec = this.records[ref];
    if (rec) return rec.terms;
    let terms = this.terms[ref];
    if (!terms) {
      const json = this.jsonAt(ref);
      const end = json.indexOf(TERMS_END);
      this.terms[ref] = terms = json.startsWith(TERMS_START) && end > 0 ? (JSON.parse(json.slice(TERMS_START.length - 1, end + 1)) as string[]) : this.recordAt(ref).terms;
    }
    return terms;
  }

  /**
   * Sentence `id`'s sums, shared with its copies: a restored record's from its image (its record
   * not read), another's made by `compute` when first asked for.
   */
  sumsOf(id: number, compute: () => SentenceSums): SentenceSums {
    const ref = this.record[id]!;
    return (this.sums[ref] ??= this.restoredSumsAt(ref) ?? compute());
  }

  private restoredSumsAt(ref: number): SentenceSums | undefined {
    const r = this.restoredSums;
    if (!r || ref >= r.sums.length) return undefined;
    const from = r.sidesAt[ref]!;
    const to = r.sidesAt[ref + 1]!;
    if (!(from <= to && to <= r.sides.length)) throw new Error("index image: bad sentence sums");
    return { counts: r.sums[ref]!, otherSides: from === to ? NO_SIDES : Array.from(r.sides.subarray(from, to)) };
  }

  /** The number of sentence `id`'s shared record: copies of a sentence share it. */
  recordNumberOf(id: number): number {
    return this.record[id]!;
  }

  /** Where sentence `id` starts in its document's text, without making its object. */
  startOf(id: number): number {
    return this.start[id]!;
  }

  /** Where sentence `id` ends in its document's text, without making its object. */
  endOf(id: number): number {
    return this.end[id]!;
  }

  /**
   * Appends a sentence (its id is `length`, returned): `record` holds its analysis relative to
   * `start` and is kept as given (not copied), shared with every copy appended with it.
   */
  push(doc: number, block: number, start: number, end: number, record: TableRecord, firstFact: number): number {
    if (this.size === this.doc.length) this.grow();
    let ref = this.refOf.get(record);
    if (ref === undefined) {
      ref = this.records.push(record) - 1;
      this.json.length = this.namesJson.length = this.entities.length = this.terms.length = this.records.length;
      this.refOf.set(record, ref);
    }
    const id = this.size++;
    this.doc[id] = doc;
    this.block[id] = block;
    this.start[id] = start;
    this.end[id] = end;
    this.record[id] = ref;
    this.first[id] = firstFact;
    return id;
  }

  private grow(): void {
    const n = Math.max(1024, this.size * 2);
    this.doc = grown(this.doc, n, this.size);
    this.block = grown(this.block, n, this.size);
    this.start = grown(this.start, n, this.size);
    this.end = grown(this.end, n, this.size);
    this.record = grown(this.record, n, this.size);
    this.first = grown(this.first, n, this.size);
  }

  private recordAt(ref: number): TableRecord {
    let rec = this.records[ref];
    if (!rec) {
      const r = JSON.parse(this.jsonAt(ref)) as { t: string[]; f: FactMention[] };
      this.records[ref] = rec = { terms: this.terms[ref] ?? r.t, entities: this.entitiesAt(ref), facts: r.f };
      this.terms[ref] = undefined;
    }
    return rec;
  }

  private entitiesAt(ref: number): TableRecord["entities"] {
    const rec = this.records[ref];
    if (rec) return rec.entities;
    let entities = this.entities[ref];
    if (!entities) this.entities[ref] = entities = JSON.parse(this.namesJsonAt(ref)) as TableRecord["entities"];
    return entities;
  }

  // A restored record is read from the image's tables; a merged one is written from its object, once.
  // `keep`: whether a merged record's JSON is kept once written. An image's rows write every
  // record once (see `toRows`), and kept, an archive's records would stay in memory twice.
  private jsonAt(ref: number, keep = true): string {
    // A restored record's text is read from the image each time, not held: it is parsed once and
    // kept as the record, and held twice it would add to what every collection during a check copies.
    if (this.restored && ref < this.restored.length) return this.restored.at(ref);
    let json = this.json[ref];
    if (json === undefined) {
      const r = this.records[ref]!;
      json = JSON.stringify({ t: r.terms, f: r.facts });
      if (keep) this.json[ref] = json;
    }
    return json;
  }

  private namesJsonAt(ref: number, keep = true): string {
    if (this.restoredNames && ref < this.restoredNames.length) return this.restoredNames.at(ref);
    let json = this.namesJson[ref];
    if (json === undefined) {
      const r = this.records[ref]!;
      json = JSON.stringify(r.entities);
      if (keep) this.namesJson[ref] = json;
    }
    return json;
  }

  /**
   * The rows of every sentence, for an image: `groupOf` gives each sentence's group, `sumsOf` the
   * sums of a sentence whose record is not restored. Records are written once per distinct content.
   */
  toRows(groupOf: (id: number) => number, sumsOf: (id: number) => SentenceSums): Omit<SentenceRows, "records" | "names" | "sums" | "sides"> & { records: string[]; names: string[]; sums: number[]; sides: number[] } {
    const n = this.size;
    // By record JSON, then names JSON: a key of the two joined would copy every record once more.
    const refs = new Map<string, Map<string, number>>();
    const records: string[] = [];
    const names: string[] = [];
    const sums: number[] = [];
    const sidesAt: number[] = [0];
    const sides: number[] = [];
    const written = new Int32Array(this.records.length).fill(-1);
    const record = new Int32Array(n);
    const group = new Int32Array(n);
    for (let id = 0; id < n; id++) {
      const old = this.record[id]!;
      let ref = written[old]!;
      if (ref < 0) {
        const json = this.jsonAt(old, false);
        const named = this.namesJsonAt(old, false);
        let byNames = refs.get(json);
        if (!byNames) refs.set(json, (byNames = new Map()));
        ref = byNames.get(named) ?? -1;
        if (ref < 0) {
          byNames.set(named, (ref = records.push(json) - 1));
          names.push(named);
          // Not kept: a save would otherwise hold every record's sums for the session.
          const s = this.sums[old] ?? this.restoredSumsAt(old) ?? sumsOf(id);
          sums.push(s.counts);
          sides.push(...s.otherSides);
          sidesAt.push(sides.length);
        }
        written[old] = ref;
      }
      record[id] = ref;
      group[id] = groupOf(id);
    }
    return {
      doc: this.doc.slice(0, n),
      block: this.block.slice(0, n),
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      group,
      record,
      firstFact: this.first.slice(0, n),
      records,
      names,
      sums,
      sidesAt: Int32Array.from(sidesAt),
      sides,
    };
  }
}
