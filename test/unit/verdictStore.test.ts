/**
 * Verdicts kept between CLI runs (`VerdictStore`): a run takes up the verdicts of the last run
 * against the same corpus by the same engine, and only those.
 */
import * as assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { CheckMemo } from "../../src/core/check/checkMemo";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { MAX_CLAIMS, VerdictStore } from "../../src/node/verdictStore";

const DRAFT = "The Met made 171 arrests.\n\nOfficers seized 77 firearms. Police seized £54m in cash.\n";

describe("verdict store", function () {
  this.timeout(60_000);
  let dir: string;
  let index: CorpusIndex;
  let fewer: CorpusIndex;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sourced-verdicts-"));
    const corpus = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    index = CorpusIndex.build(corpus.documents);
    fewer = CorpusIndex.build(corpus.documents.slice(1));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Checks `text` through a memo from `store` and saves it; the claims checked and taken up. */
  const run = (store: VerdictStore, against: CorpusIndex, text: string) => {
    const memo = store.memoFor(against);
    const findings = checkDraft(against, text, { memo });
    store.save(memo, against);
    return { findings, checked: memo.misses, kept: memo.hits };
  };

  it("takes up the last run's verdicts for the same corpus, saying what a fresh check says", () => {
    const store = new VerdictStore(path.join(dir, "same"), "aaaa");
    assert.deepEqual(run(store, index, DRAFT), { findings: checkDraft(index, DRAFT), checked: 3, kept: 0 });
    const edited = DRAFT.replace("77 firearms", "78 firearms");
    assert.deepEqual(run(new VerdictStore(path.join(dir, "same"), "aaaa"), index, edited), { findings: checkDraft(index, edited), checked: 1, kept: 2 });
  });

  it("starts afresh for another corpus or another engine, and keeps one engine's file", () => {
    const at = path.join(dir, "other");
    run(new VerdictStore(at, "aaaa"), index, DRAFT);
    assert.equal(run(new VerdictStore(at, "aaaa"), fewer, DRAFT).kept, 0, "another corpus");
    assert.equal(run(new VerdictStore(at, "bbbb"), fewer, DRAFT).kept, 0, "another engine");
    assert.deepEqual(readdirSync(at), ["verdicts-bbbb.json"]);
    assert.equal(run(new VerdictStore(at, "bbbb"), fewer, DRAFT).kept, 3);
  });

  it("reads a damaged or foreign file as no verdicts, and never throws", () => {
    const at = path.join(dir, "damaged");
    run(new VerdictStore(at, "aaaa"), index, DRAFT);
    const file = path.join(at, "verdicts-aaaa.json");
    for (const text of ["{not json", '{"format":1,"corpus":"x","claims":[]}', "[]", '{"format":1,"claims":[["k",[{"kind":"supported"}]]]}']) {
      writeFileSync(file, text);
      const memo = new VerdictStore(at, "aaaa").memoFor(index);
      assert.deepEqual(checkDraft(index, DRAFT, { memo }), checkDraft(index, DRAFT));
      assert.equal(memo.hits, 0, text);
    }
    // A cache folder that cannot be written (a file stands where it should be) is no error.
    const blocked = path.join(dir, "blocked");
    writeFileSync(blocked, "");
    assert.doesNotThrow(() => run(new VerdictStore(blocked, "aaaa"), index, DRAFT));
  });

  it("keeps at most MAX_CLAIMS claims, the most recently used", () => {
    const memo = new CheckMemo({ maxClaims: MAX_CLAIMS + 10 });
    checkDraft(index, DRAFT, { memo });
    const many: [string, []][] = Array.from({ length: MAX_CLAIMS + 5 }, (_, i) => [`older claim ${i}`, []]);
    const fresh = new CheckMemo({ maxClaims: MAX_CLAIMS + 10 });
    fresh.recall(index, many);
    checkDraft(index, DRAFT, { memo: fresh });
    const at = path.join(dir, "bounded");
    new VerdictStore(at, "aaaa").save(fresh, index);
    const again = new VerdictStore(at, "aaaa").memoFor(index);
    const kept = again.remembered(index);
    assert.equal(kept.length, MAX_CLAIMS);
    assert.ok(!kept.some(([key]) => key === "older claim 0"), "the oldest went");
    checkDraft(index, DRAFT, { memo: again });
    assert.equal(again.hits, 3, "this run's claims were kept");
  });
});
