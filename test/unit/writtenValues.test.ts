import * as assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { assessFact } from "../../src/core/check/factCheck";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { CorpusIndex, normaliseValue } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import { readIndexImage, writeIndexImage } from "../../src/node/indexImageFile";

// The values the sources give for a fact are named as a source writes them, not in the
// lowercase form the engine compares them in, before and after the index is saved and reloaded.

function doc(name: string, text: string): SourceDocument {
  const r = readSourceText(`${name}.txt`, text);
  assert.ok(r.ok);
  return r.document;
}

const SOURCES = [
  doc("alpha", "Officers of the Northshire Constabulary seized £2.5 Million in cash during the raids on Tuesday."),
  doc("beta", "Officers of the Northshire Constabulary seized £3.1 million in cash during the raids on Tuesday."),
  doc("gamma", "Officers of the Northshire Constabulary seized £3.1 million in cash during the raids on Tuesday."),
];
const CLAIM = "Officers of the Northshire Constabulary seized £2.5 million in cash.";

function sidesOf(index: CorpusIndex) {
  const claim = analyzeSentence(CLAIM, { start: 0, end: CLAIM.length });
  const fact = claim.facts.find((f) => f.kind === "quantity");
  assert.ok(fact, "the claim states a figure");
  return assessFact(index, claim, fact);
}

describe("written values", () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "sourced-written-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const restored of [false, true]) {
    it(`names each side's value as its source writes it, and the one source that gives it${restored ? " (from a saved image)" : ""}`, () => {
      let index = CorpusIndex.build(SOURCES);
      if (restored) {
        const file = join(dir, "index.bin");
        writeIndexImage(file, "k", index.toImage());
        index = CorpusIndex.fromImage(SOURCES, readIndexImage(file, "k")!);
      }
      const a = sidesOf(index);
      assert.equal(a.verdict, "disputed");
      assert.deepEqual(a.sides, [
        { value: "£3.1 million", sources: 2, agrees: false },
        { value: "£2.5 Million", sources: 1, agrees: true },
      ]);
      // A value written two ways is one value, named as one of its sources writes it.
      for (let fid = 0; fid < index.factColumns.size; fid++) {
        const value = index.factValue(fid);
        assert.equal(normaliseValue(index.writtenValue(value)), index.factValueText(value));
      }
      const f = checkDraft(index, CLAIM).find((x) => x.kind === "disputed");
      assert.ok(f, "the figure is disputed");
      assert.match(f.message, /£2\.5 Million \(alpha\)/);
    });

    it(`names the one source of a value that another source, on another matter, writes first and otherwise${restored ? " (from a saved image)" : ""}`, () => {
      const roads = doc("delta", "The county council spent £2.5 MILLION on new roads last year.");
      let index = CorpusIndex.build([roads, ...SOURCES]);
      if (restored) {
        const file = join(dir, "index-roads.bin");
        writeIndexImage(file, "k", index.toImage());
        index = CorpusIndex.fromImage([roads, ...SOURCES], readIndexImage(file, "k")!);
      }
      const a = sidesOf(index);
      assert.deepEqual(a.agreeingDocs.map((d) => index.keyOf(d)), ["alpha"]);
      // Whichever source's writing names the value (the first to be read), the message names its one source.
      const named = a.sides[1]!.value;
      assert.deepEqual(a.sides.map((s) => s.value), ["£3.1 million", named]);
      assert.ok(["£2.5 Million", "£2.5 MILLION"].includes(named), named);
      if (restored) assert.equal(named, "£2.5 MILLION", "an image reads the sources in order");
      const f = checkDraft(index, CLAIM).find((x) => x.kind === "disputed");
      assert.ok(f, "the figure is disputed");
      assert.ok(f.message.includes(`${named} (alpha)`), f.message);
    });
  }
});
