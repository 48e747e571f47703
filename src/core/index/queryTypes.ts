import type { Range, Span } from "../types";

/** A passage (sentence) of a source returned by a search. */
export interface PassageHit {
  /** Citation key of the source. */
  source: string;
  path: string;
  /** The passage in normalised source text. */
  text: string;
  /** Where it is in the original file. */
  range: Range;
  /** BM25-style relevance, higher is better; only comparable within one query. */
  score: number;
}

/** A direct quote found in a source, with its speaker when the text attributes one. */
export interface SourceQuote {
  source: string;
  path: string;
  /** The quoted words, without the quote marks. */
  text: string;
  /** The resolved speaker's canonical name ("Cressida Dick"), if attributed. */
  speaker?: string;
  /** Where the quoted words are in the original file. */
  range: Range;
  /** The sentence or paragraph the quote sits in, for context. */
  passage: string;
}

/** A figure with what it counts ("746 arrests", "£54m in cash"), for fact completions. */
export interface SourceFact {
  source: string;
  path: string;
  /** Display text of the figure and its noun: "746 arrests", "£54m in cash". */
  label: string;
  /** Just the figure as written ("746", "£54m"). */
  figure: string;
  /** The sentence it comes from. */
  passage: string;
  range: Range;
  /** Relevance to the query, when returned by a search. */
  score: number;
}

export type { Span };
