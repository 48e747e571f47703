/**
 * Candidates: the source figures a claim's figure is weighed against, and the steps that pick
 * among them: one stance per source (`bestPerDocument`), best first (`byScoreDescending`), and
 * answers kept per shared sentence record (`perRecordFigure`, `perWording`), since an archive's
 * near-copies share a record and a check meets thousands of them.
 */
import type { CorpusIndex } from "../index/corpusIndex";
import type { TableRecord } from "../index/sentenceTable";
import type { Shape, ScoreCard } from "./shapeWeights";

/** A disagreeing source must match at least this share of the best agreeing match to dispute it. */
export const DISPUTE_RATIO = 0.8;

/** A source figure or date weighed against a claim's: where it is, whether it agrees, how well its sentence matches. */
export interface Candidate {
  fid: number;
  sentence: number;
  doc: number;
  score: number;
  /** How well the fact's own clause alone covers the claim. */
  local: number;
  agrees: boolean;
  /** The value as written, normalised and interned (`CorpusIndex.factValue`). */
  value: number;
  shape: Shape;
}

/**
 * A candidate as made by `consider`: a class, so that the hundreds of thousands an archive's
 * check makes share one hidden class and `settle`'s reads of them stay monomorphic (object
 * literals made it half again slower once warm).
 */
export class CandidateRecord implements Candidate {
  constructor(
    public fid: number,
    public sentence: number,
    public doc: number,
    /** The score and clause cover, shared by every near-copy of one shape and number words: no two boxed numbers per candidate. */
    private readonly card: ScoreCard,
    public agrees: boolean,
    public value: number,
    public shape: Shape,
  ) {}

  get score(): number {
    return this.card.score;
  }

  get local(): number {
    return this.card.local;
  }
}

/** Drops, in place, the candidates that do not agree and that `drop` holds for (an archive's thousands are not copied). */
export function dropDisagreeing(candidates: Candidate[], drop: (c: Candidate) => boolean): void {
  dropWhere(candidates, (c) => !c.agrees && drop(c));
}

/** Drops, in place, the candidates `drop` holds for, agreeing or not. */
export function dropWhere(candidates: Candidate[], drop: (c: Candidate) => boolean): void {
  let kept = 0;
  for (const c of candidates) if (!drop(c)) candidates[kept++] = c;
  candidates.length = kept;
}

/**
 * `read` of a source figure (its sentence's record and its place among the record's facts), asked
 * once per shared record and figure: an archive's copies of one sentence share a record, and
 * disagreeing copies come by the thousand.
 */
export function perRecordFigure<T>(index: CorpusIndex, read: (record: Readonly<TableRecord>, at: number) => T): (sentence: number, fid: number) => T {
  return perSharedFigure(index, (sentence, fid) => read(index.sentenceRecord(sentence), fid - index.firstFactOf(sentence)));
}

/**
 * `answer` of a source figure, asked once per shared record and figure (as `perRecordFigure`), for
 * an answer read from the fact columns or the text rather than the record.
 */
export function perSharedFigure<T>(index: CorpusIndex, answer: (sentence: number, fid: number) => T): (sentence: number, fid: number) => T {
  const held = new Map<number, T>();
  return (sentence, fid) => {
    const key = recordFigureKey(index.sentenceRecordNumber(sentence), fid - index.firstFactOf(sentence));
    if (key === undefined) return answer(sentence, fid);
    const had = held.get(key);
    if (had !== undefined || held.has(key)) return had!;
    const value = answer(sentence, fid);
    held.set(key, value);
    return value;
  };
}

/** Facts a sentence record may hold for `recordFigureKey` to number them (each takes characters of its own). */
const RECORD_FIGURES_MAX = 2 ** 20;

/**
 * A number for the figure at `at` of shared record `ref`, the same for all copies of the record:
 * per-record memos are asked by thousands of candidates per claim, and a key written out as text
 * (`${ref}:${at}`) cost each of them a new string and its hash. Undefined past `RECORD_FIGURES_MAX`
 * figures (then the caller reads the record instead).
 */
export function recordFigureKey(ref: number, at: number): number | undefined {
  return at >= 0 && at < RECORD_FIGURES_MAX ? ref * RECORD_FIGURES_MAX + at : undefined;
}

/**
 * `read` of a sentence's text, once per wording: an archive's near-copies share a record and
 * repeat its text hundreds of times (the text is compared too: a record holds no punctuation or case).
 */
export function perWording(index: CorpusIndex, read: (text: string) => boolean): (sentence: number) => boolean {
  const held = new Map<number, { text: string; value: boolean }>();
  return (sentence) => {
    const ref = index.sentenceRecordNumber(sentence);
    const text = index.sentenceText(sentence);
    const had = held.get(ref);
    if (had?.text === text) return had.value;
    const value = read(text);
    held.set(ref, { text, value });
    return value;
  };
}

/**
 * Which candidate speaks for a source, from its best agreeing and best disagreeing ones (the
 * higher score, the first of equals): the agreeing one, unless it agrees only by rounding or a
 * bound (`exact` says no) and the disagreeing one matches the claim clearly better (a source that
 * gives "about 7 million customers" in passing and "hackers stole the details of 5.6 million
 * customers" in the claim's words disagrees with "hackers stole the details of 6.5 million
 * customers"). A source that gives the claim's very figure agrees, whatever else it says.
 */
function stanceOf(agree: Candidate | undefined, disagree: Candidate | undefined, exact: (c: Candidate) => boolean): Candidate {
  if (agree && disagree && agree.score < DISPUTE_RATIO * disagree.score && !exact(agree)) return disagree;
  return (agree ?? disagree)!;
}

/**
 * One stance per source, in the order the sources first appear in `cs` (see `stanceOf`).
 * Candidates come in fact order, and a source's facts are numbered together, so a source's
 * candidates are usually neighbours: each run is settled in one pass, without a map of
 * thousands of sources (the map is the way when a source comes back, after a live update).
 */
export function bestPerDocument(cs: readonly Candidate[], exact: (c: Candidate) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  let lastDoc = -1;
  let agree: Candidate | undefined;
  let disagree: Candidate | undefined;
  for (const c of cs) {
    if (c.doc !== lastDoc) {
      if (c.doc < lastDoc) return bestPerDocumentByMap(cs, exact);
      if (lastDoc >= 0) out.push(stanceOf(agree, disagree, exact));
      agree = disagree = undefined;
      lastDoc = c.doc;
    }
    if (c.agrees) {
      if (!agree || c.score > agree.score) agree = c;
    } else if (!disagree || c.score > disagree.score) disagree = c;
  }
  if (lastDoc >= 0) out.push(stanceOf(agree, disagree, exact));
  return out;
}

function bestPerDocumentByMap(cs: readonly Candidate[], exact: (c: Candidate) => boolean): Candidate[] {
  const best = new Map<number, { agree?: Candidate; disagree?: Candidate }>();
  for (const c of cs) {
    let bests = best.get(c.doc);
    if (!bests) best.set(c.doc, (bests = {}));
    if (c.agrees) {
      if (!bests.agree || c.score > bests.agree.score) bests.agree = c;
    } else if (!bests.disagree || c.score > bests.disagree.score) bests.disagree = c;
  }
  return [...best.values()].map((b) => stanceOf(b.agree, b.disagree, exact));
}

/**
 * Candidates by score, best first; equal scores keep their order. Near-copies share their score,
 * so thousands of candidates hold a few dozen scores: they are bucketed by score and only the
 * distinct scores sorted (the same order as a stable sort).
 */
export function byScoreDescending(cs: readonly Candidate[]): Candidate[] {
  const buckets = new Map<number, Candidate[]>();
  for (const c of cs) {
    if (Number.isNaN(c.score)) return [...cs].sort((a, b) => b.score - a.score);
    const bucket = buckets.get(c.score);
    if (bucket) bucket.push(c);
    else buckets.set(c.score, [c]);
  }
  const out: Candidate[] = [];
  for (const score of [...buckets.keys()].sort((a, b) => b - a)) for (const c of buckets.get(score)!) out.push(c);
  return out;
}
