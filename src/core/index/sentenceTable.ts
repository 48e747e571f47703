import type { EntityMention } from "../analysis/entities";
import type { FactMention } from "../analysis/sentenceAnalysis";
import type { Span } from "../types";
import { shift } from "./documentAnalysis";

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
 * do not split back into them.
 */
export interface SentenceRows {
  doc: Int32Array;
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;
  group: Int32Array;
  record: Int32Array;
  firstFact: Int32Array;
  /** Distinct `{t: terms, e: entities, f: facts}` records, JSON. */
  records: string[];
}

/** A record of `SentenceRows.records`, parsed. */
interface SentenceRecord {
  t: string[];
  e: IndexedSentence["entities"];
  f: FactMention[];
}

/**
 * The index's sentences by id. A built index holds them as objects; an index restored from its
 * image holds rows and makes a sentence's object the first time it is asked for, so that a
 * reload does not parse and place hundreds of thousands of sentences a session may never read.
 */
export class SentenceTable {
  private readonly objects: (IndexedSentence | undefined)[] = [];
  private rows: SentenceRows | undefined;
  private parsed: (SentenceRecord | undefined)[] = [];

  /** A table over restored rows. */
  static fromRows(rows: SentenceRows): SentenceTable {
    const t = new SentenceTable();
    t.rows = rows;
    t.objects.length = rows.doc.length;
    return t;
  }

  /** Number of sentence ids (retired ones included). */
  get length(): number {
    return this.objects.length;
  }

  /** The sentence with id `id` (a valid id: `0 <= id < length`). */
  get(id: number): IndexedSentence {
    const s = this.objects[id];
    if (s) return s;
    if (!this.rows || id < 0 || id >= this.rows.doc.length) throw new RangeError(`no sentence ${id}`);
    return (this.objects[id] = this.materialise(this.rows, id));
  }

  /** The fact id of sentence `id`'s first fact, without making its object. */
  firstFact(id: number): number {
    return this.objects[id]?.firstFact ?? this.rows?.firstFact[id] ?? this.get(id).firstFact;
  }

  /** Appends a sentence (its id is `length`). */
  push(s: IndexedSentence): void {
    this.objects.push(s);
  }

  private materialise(rows: SentenceRows, id: number): IndexedSentence {
    const ref = rows.record[id]!;
    let rec = this.parsed[ref];
    if (!rec) this.parsed[ref] = rec = JSON.parse(rows.records[ref]!) as SentenceRecord;
    const start = rows.start[id]!;
    return {
      id,
      doc: rows.doc[id]!,
      block: rows.block[id]!,
      span: { start, end: rows.end[id]! },
      terms: rec.t,
      entities: rec.e.length ? shift(rec.e, start) : [],
      facts: rec.f.length ? shift(rec.f, start) : [],
      firstFact: rows.firstFact[id]!,
    };
  }

  /**
   * The rows of every sentence, for an image: `groupOf` gives each sentence's group. Records are
   * written once per distinct content.
   */
  toRows(groupOf: (id: number) => number): SentenceRows {
    const n = this.length;
    const rows = {
      doc: new Int32Array(n),
      block: new Int32Array(n),
      start: new Int32Array(n),
      end: new Int32Array(n),
      group: new Int32Array(n),
      record: new Int32Array(n),
      firstFact: new Int32Array(n),
      records: [] as string[],
    };
    const refs = new Map<string, number>();
    const record = (json: string): number => {
      let ref = refs.get(json);
      if (ref === undefined) refs.set(json, (ref = rows.records.push(json) - 1));
      return ref;
    };
    // Restored sentences keep their stored records (made into objects or not: they are not changed).
    const kept = new Map<number, number>();
    const restored = this.rows ? this.rows.doc.length : 0;
    // Copies of one sentence are in one group and have one length: a sentence is compared with
    // the records already written for its group and length (moved to its start) before it is
    // written out and looked up whole.
    const seenBy = new Map<string, { t: readonly string[]; e: unknown; f: unknown; ref: number }[]>();
    for (let id = 0; id < n; id++) {
      if (id < restored) {
        const r = this.rows!;
        const old = r.record[id]!;
        let ref = kept.get(old);
        if (ref === undefined) kept.set(old, (ref = record(r.records[old]!)));
        rows.doc[id] = r.doc[id]!;
        rows.block[id] = r.block[id]!;
        rows.start[id] = r.start[id]!;
        rows.end[id] = r.end[id]!;
        rows.firstFact[id] = r.firstFact[id]!;
        rows.record[id] = ref;
      } else {
        const s = this.get(id);
        const start = s.span.start;
        const bucket = groupOf(id) + ":" + (s.span.end - start);
        let seen = seenBy.get(bucket);
        const same = seen?.find((c) => sameTerms(s.terms, c.t) && sameShifted(s.entities, c.e, start) && sameShifted(s.facts, c.f, start));
        let ref = same?.ref;
        if (ref === undefined) {
          const e = s.entities.length ? shift(s.entities, -start) : [];
          const f = s.facts.length ? shift(s.facts, -start) : [];
          ref = record(JSON.stringify({ t: s.terms, e, f }));
          if (!seen) seenBy.set(bucket, (seen = []));
          if (seen.length < 8) seen.push({ t: s.terms, e, f, ref });
        }
        rows.doc[id] = s.doc;
        rows.block[id] = s.block;
        rows.start[id] = start;
        rows.end[id] = s.span.end;
        rows.firstFact[id] = s.firstFact;
        rows.record[id] = ref;
      }
      rows.group[id] = groupOf(id);
    }
    return rows;
  }
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether `value` is `relative` with every span moved by `by` (as `shift(relative, by)` would make it). */
function sameShifted(value: unknown, relative: unknown, by: number): boolean {
  if (value === relative) return by === 0 || typeof value !== "object" || value === null || (Array.isArray(value) && (value.length === 0 || typeof value[0] !== "object"));
  if (typeof value !== "object" || typeof relative !== "object" || value === null || relative === null) return Object.is(value, relative);
  if (Array.isArray(value)) {
    if (!Array.isArray(relative) || value.length !== relative.length) return false;
    for (let i = 0; i < value.length; i++) if (!sameShifted(value[i], relative[i], by)) return false;
    return true;
  }
  if (Array.isArray(relative)) return false;
  const v = value as Record<string, unknown>;
  const r = relative as Record<string, unknown>;
  const keys = Object.keys(v);
  if (keys.length !== Object.keys(r).length) return false;
  if (keys.length === 2 && typeof v.start === "number" && typeof v.end === "number") return v.start === (r.start as number) + by && v.end === (r.end as number) + by;
  for (const k of keys) if (!(k in r) || !sameShifted(v[k], r[k], by)) return false;
  return true;
}
