/**
 * The blind probes' corpora (`test/eval/pending/<story>-corpus`, else `test/eval/<story>-corpus`)
 * as indexes, built once per story, and checks of one claim against them: for the tests of the
 * rules each probe round added.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import type { FindingKind } from "../../src/core/types";

function probe(story: string): CorpusIndex {
  const pending = path.resolve(__dirname, `../../../test/eval/pending/${story}-corpus`);
  const dir = fs.existsSync(pending) ? pending : path.resolve(__dirname, `../../../test/eval/${story}-corpus`);
  return CorpusIndex.build(
    fs.readdirSync(dir).map((f) => {
      const r = readSourceText(`${story}/${f}`, fs.readFileSync(path.join(dir, f), "utf8"));
      assert.ok(r.ok, f);
      return r.document;
    }),
  );
}

const indexes = new Map<string, CorpusIndex>();

/** The index of a probe's corpus, built on first use. */
export const probeIndex = (story: string): CorpusIndex => indexes.get(story) ?? indexes.set(story, probe(story)).get(story)!;

/** Kinds of the findings of a draft of one claim, against a probe's corpus. */
export function kinds(story: string, claim: string): FindingKind[] {
  return checkDraft(probeIndex(story), `# Draft\n\n${claim}\n`).map((f) => f.kind);
}

const PROBLEMS: FindingKind[] = ["contradicted", "disputed", "misquoted", "misattributed"];

/** The kinds of `kinds` that flag a problem. */
export const flagged = (story: string, claim: string): FindingKind[] => kinds(story, claim).filter((k) => PROBLEMS.includes(k));
