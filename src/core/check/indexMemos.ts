import type { CorpusIndex } from "../index/corpusIndex";

/**
 * Answers about one index that hold for every claim: whether a document says a phrase, whether a
 * figure is followed by a pattern. A check asks them of thousands of near-copies, and the editor
 * asks them again on every re-check of a paragraph; kept here, beside the index (and dropped when
 * its version changes), each is worked out once per index instead of once per claim.
 *
 * Each question is a flat table by document or by fact id (0: not asked yet, 1: yes, 2: no), not a
 * map: an archive's check asks one per candidate.
 */
interface Held {
  version: number;
  byDocument: Map<string, Uint8Array>;
  byFact: Map<RegExp, { reach: number; table: Uint8Array }>;
}

const held = new WeakMap<CorpusIndex, Held>();

function heldFor(index: CorpusIndex): Held {
  let h = held.get(index);
  if (!h || h.version !== index.version) held.set(index, (h = { version: index.version, byDocument: new Map(), byFact: new Map() }));
  return h;
}

const UNASKED = 0;
const YES = 1;
const NO = 2;

/** Whether document `doc`'s text holds `phrase` (as `String.includes`: case and all), once per index. */
export function documentSays(index: CorpusIndex, doc: number, phrase: string): boolean {
  const tables = heldFor(index).byDocument;
  let table = tables.get(phrase);
  if (!table) tables.set(phrase, (table = new Uint8Array(index.documents.length)));
  let answer = doc >= 0 && doc < table.length ? table[doc]! : UNASKED;
  if (answer === UNASKED) {
    answer = index.documents[doc]!.text.includes(phrase) ? YES : NO;
    if (doc >= 0 && doc < table.length) table[doc] = answer;
  }
  return answer === YES;
}

/**
 * Whether the `reach` characters of its document from where figure `fid` is written match
 * `pattern` (a constant without the `g` or `y` flag, always asked with the same `reach`), once
 * per index.
 */
export function figureFollowedBy(index: CorpusIndex, fid: number, pattern: RegExp, reach: number): boolean {
  const tables = heldFor(index).byFact;
  const cols = index.factColumns;
  let held = tables.get(pattern);
  if (!held) tables.set(pattern, (held = { reach, table: new Uint8Array(cols.size) }));
  if (held.reach !== reach) throw new Error("figureFollowedBy: one pattern asked with two reaches");
  const table = held.table;
  let answer = fid >= 0 && fid < table.length ? table[fid]! : UNASKED;
  if (answer === UNASKED) {
    const start = cols.start[fid]!;
    answer = pattern.test(index.documents[cols.doc[fid]!]!.text.slice(start, start + reach)) ? YES : NO;
    if (fid >= 0 && fid < table.length) table[fid] = answer;
  }
  return answer === YES;
}
