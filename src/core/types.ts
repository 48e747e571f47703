/**
 * Shared data types of the Sourced engine. Everything here is plain data (JSON-serialisable),
 * so it can cross a worker boundary or be written by the CLI unchanged.
 *
 * Offsets: `Span` offsets index a JavaScript string (UTF-16 code units). `Range` positions are
 * 0-based lines and UTF-16 characters, the way VS Code counts.
 */

/** A half-open interval of UTF-16 offsets into some text: `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** What a source says about itself: from a catalog, YAML front matter, or derived from the file. */
export interface SourceMeta {
  /** Citation key, e.g. `cops-take-out-encrochat`. */
  key: string;
  /** Other keys that resolve to this source (always includes the file stem). */
  aliases: string[];
  title: string;
  publisher?: string;
  author?: string;
  /** ISO date (`2020-07-02`) or partial (`2020-07`, `2020`), approximate where the source does not say. */
  date?: string;
  url?: string;
  /** Path of the source file as given to the loader (absolute or relative to the cwd). */
  path: string;
}

/** The kinds of finding, most serious first. */
export const FINDING_KINDS = [
  "unknown-citation",
  "citation-mismatch",
  "contradicted",
  "misattributed",
  "misquoted",
  "unverified-quote",
  "disputed",
  "unsupported",
  "supported",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = "error" | "warning" | "information" | "hint";

/** A passage of a source that a finding rests on. */
export interface Evidence {
  /** Citation key of the source. */
  source: string;
  /** Path of the source file. */
  path: string;
  /** Where the passage is in the original source file. */
  range: Range;
  /** The passage, as it reads in the source (normalised quote marks and whitespace). */
  text: string;
  /** The part of `text` this evidence is about (a figure, a quote), as offsets into `text`. */
  highlight?: Span;
  /** The source's value where the finding is about a value (`746`, `£13.3m`, `13 June 2020`, a speaker). */
  value?: string;
  /** Whether this passage agrees or disagrees with the claim, where that applies. */
  stance?: "agrees" | "disagrees" | "neutral";
}

/** One word-level edit of a quote diff. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** What the engine says about one claim. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Where the finding applies in the draft (the figure, the quote, the citation, or the claim). */
  range: Range;
  /** Same, as offsets into the draft text. */
  span: Span;
  message: string;
  /** The claim (sentence) text the finding belongs to. */
  claim: string;
  /** The claim's span in the draft. */
  claimSpan: Span;
  evidence: Evidence[];
  /** Replacement text for `span`, where there is one (`746`, the exact quote, the right speaker). */
  suggestion?: string;
  /** For misquotes: the word diff from the draft's words to the source's. */
  diff?: DiffPart[];
  /** Keys of sources that support the claim, best first (for citation fixes): the first `SUPPORTING_SOURCES_MAX` of them. */
  supportingSources?: string[];
  /** How many sources support the claim (`supportingSources` names the first of them). */
  supportingSourceCount?: number;
}

/** The findings for one draft. */
export interface CheckResult {
  file: string;
  findings: Finding[];
}
