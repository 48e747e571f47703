import type { LineStarts } from "../text/lineIndex";
import type { OffsetMap } from "../text/offsetMap";
import type { SourceMeta, Span } from "../types";

/**
 * A source file read into analysable text.
 *
 * `text` is the normalised body (curly quotes -> straight, dashes -> "-", runs of spaces -> one space,
 * HTML tags removed, front matter removed). `offsetMap.at(i)` is the offset in `original` of `text[i]`
 * (length `text.length + 1`, the last entry maps the end), so every span found in `text` can be
 * reported at its exact line and column in the file.
 */
export interface SourceDocument {
  meta: SourceMeta;
  /**
   * The file's text as read (decoded UTF-8, BOM removed). A document loaded through a file system
   * that can read a file again, or taken from a cache, holds none: it is read when asked for (see
   * `releaseOriginal`), and `lineStarts` places evidence without it.
   */
  original: string;
  /** Normalised analysable text. */
  text: string;
  /** `offsetMap.at(i)` = offset in `original` of `text[i]`; `offsetMap.at(text.length)` = end of the body. */
  offsetMap: OffsetMap;
  /**
   * Where the lines of `original` start, when the reader has them without `original` (a source
   * taken from a cache): evidence is then placed at its line and column without reading the file.
   */
  lineStarts?: LineStarts;
  /** Paragraphs of body text in `text`, page furniture excluded, in order. */
  blocks: Span[];
  /** Paragraphs judged page furniture, with the reason, for `sourced sources --verbose` and tests. */
  furniture: { span: Span; reason: string }[];
  /** A hash of `original` (and meta), for persistent caches. */
  hash: string;
}

/** A source that could not be read, and why (one line, for a status bar or stderr). */
export interface SourceFailure {
  path: string;
  reason: string;
}

/** The outcome of loading a corpus: what was read and what was skipped. */
export interface CorpusLoadResult {
  documents: SourceDocument[];
  failures: SourceFailure[];
  /** Non-fatal notes: duplicate keys renamed, globs that matched nothing. */
  warnings?: SourceFailure[];
}
