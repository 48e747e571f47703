/**
 * The verdicts of the last `sourced check` runs, on disk: a CI job that checks a draft again after
 * a commit touched one paragraph checks only the claims that read differently (see `CheckMemo`).
 *
 * A verdict holds only for the corpus and the code that found it, so the file is named by the
 * engine's fingerprint and carries the corpus's key (`corpusKey`): any other corpus, or any other
 * build of the engine, starts with no verdicts. Like the index image, it holds one corpus's
 * verdicts, the last one checked.
 *
 * Format: `<dir>/verdicts-<fingerprint>.json`: `{"format":1,"corpus":KEY,"claims":[[claimKey,
 * findings],…]}`, the most recently used claims last, written to a temporary file and renamed.
 * At most `MAX_CLAIMS` claims are kept: each carries its evidence (some kilobytes), and a file
 * read at every run should stay small.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CheckMemo, type RememberedVerdicts } from "../core/check/checkMemo";
import type { CorpusIndex } from "../core/index/corpusIndex";
import { corpusKey } from "./analysisStore";

/** The file's format: a file of another is not read. */
const FORMAT = 1;

/** Claims kept from run to run: a few drafts' worth (each is some 7 KB with its evidence). */
export const MAX_CLAIMS = 1_000;

interface VerdictFile {
  format: typeof FORMAT;
  corpus: string;
  claims: RememberedVerdicts;
}

export class VerdictStore {
  private readonly file: string;

  constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {
    this.file = path.join(dir, `verdicts-${fingerprint}.json`);
  }

  /**
   * A memo for checks against `index`, holding the verdicts last saved for the same corpus (the
   * same `corpusKey` of its documents). Never throws: a missing, damaged or other corpus's file
   * gives an empty memo.
   */
  memoFor(index: CorpusIndex): CheckMemo {
    const memo = new CheckMemo();
    this.recallInto(memo, index);
    return memo;
  }

  /**
   * Gives `memo` the verdicts last saved for the corpus of `index` (see `memoFor`); how many. Never
   * throws.
   */
  recallInto(memo: CheckMemo, index: CorpusIndex): number {
    try {
      const stored = JSON.parse(readFileSync(this.file, "utf8")) as Partial<VerdictFile>;
      if (stored.format === FORMAT && stored.corpus === corpusKey(index.documents) && Array.isArray(stored.claims) && stored.claims.every(isClaimEntry)) {
        memo.recall(index, stored.claims);
        return stored.claims.length;
      }
    } catch {
      // Nothing usable: every claim is checked.
    }
    return 0;
  }

  /**
   * Writes the memo's verdicts against `index` (the most recently used `MAX_CLAIMS`) as the
   * verdicts of its corpus, and removes other engines' files. Never throws: an unwritable cache
   * only means the next run checks every claim.
   */
  save(memo: CheckMemo, index: CorpusIndex): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, corpus: corpusKey(index.documents), claims: memo.remembered(index, MAX_CLAIMS) } satisfies VerdictFile));
      renameSync(tmp, this.file);
      for (const f of readdirSync(this.dir)) {
        if (/^verdicts-[0-9a-f]+\.json$/.test(f) && path.join(this.dir, f) !== this.file) rmSync(path.join(this.dir, f), { force: true });
      }
    } catch {
      // A read-only or full disk.
    }
  }
}

/** A stored claim as written: its key and a list of findings, each with its spans. */
function isClaimEntry(entry: unknown): entry is RememberedVerdicts[number] {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !Array.isArray(entry[1])) return false;
  return entry[1].every((f: unknown) => {
    const finding = f as { span?: { start?: unknown }; claimSpan?: { start?: unknown }; kind?: unknown };
    return typeof finding?.kind === "string" && typeof finding.span?.start === "number" && typeof finding.claimSpan?.start === "number";
  });
}
