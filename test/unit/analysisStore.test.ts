/**
 * The analysis store: what it gives back is what was analysed, wherever a shared sentence or quote
 * sits in each document; a second build from it analyses nothing and checks the same; a damaged
 * store only means no reuse.
 */
import * as assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import { AnalysisStore, buildIndexInParallel } from "../../src/node/analysisStore";

/** Wire copies: the same quote and sentences at different offsets, one figure changed in some. */
function wireCopies(): SourceDocument[] {
  const out: SourceDocument[] = [];
  for (let i = 0; i < 12; i++) {
    const lede = "x".repeat(i * 7);
    const text = `Wire story ${i}\n\nFiled ${lede}.\n\nPolice arrested ${i % 3 ? 746 : 700 + i} people in Leeds on 2 July 2020. "We have dismantled the network," said Chief Constable Jane Roe.\n\nShe added: "This is just the start."\n`;
    const r = readSourceText(`/wire/story-${i}.txt`, text);
    assert.ok(r.ok);
    out.push(r.document);
  }
  // The same quote given to another speaker, and with a space inside its marks.
  const others = [
    `Rival story\n\n"We have dismantled the network," said Chief Constable John Doe.\n`,
    `Spaced story\n\n" We have dismantled the network, " said Chief Constable Jane Roe.\n`,
  ];
  others.forEach((text, i) => {
    const r = readSourceText(`/wire/other-${i}.txt`, text);
    assert.ok(r.ok);
    out.push(r.document);
  });
  return out;
}

describe("analysis store", function () {
  this.timeout(60_000);
  let dir: string;
  let documents: SourceDocument[];

  before(async () => {
    const seeds = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    documents = [...seeds.documents, ...wireCopies()];
  });
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "sourced-store-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives back each document's analysis as made, shared sentences and quotes moved to where each copy is", async () => {
    const first = await buildIndexInParallel(documents, new AnalysisStore(dir, "t1"));
    assert.equal(first.stats.analysed, documents.length);
    const store = new AnalysisStore(dir, "t1");
    documents.forEach((d, i) => assert.deepEqual(store.get(d.hash), first.index.analysisOf(i), d.meta.key));
    // Copies of one quote stored apart where they differ: by speaker, and by where the words sit in the marks.
    const copies = documents.flatMap((_d, i) => first.index.analysisOf(i)!.quotes).filter((q) => q.text.startsWith("We have dismantled"));
    assert.ok(new Set(copies.map((q) => q.speaker)).size >= 2, "two speakers of the wire quote");
    assert.ok(new Set(copies.map((q) => q.span.start - q.at)).size >= 2, "two places of the words within the marks");
    // Each distinct wire sentence is stored once: the file holds fewer sentence records than the corpus has sentences.
    const file = readFileSync(path.join(dir, "analyses-t1.jsonl"), "utf8");
    const records = file.split("\n").filter((l) => l.startsWith("s")).length;
    const sentences = documents.reduce((n, _d, i) => n + first.index.analysisOf(i)!.sentences.length, 0);
    assert.ok(records < sentences - 20, `${records} records for ${sentences} sentences`);
  });

  it("builds from the store without analysing, and checks the same", async () => {
    const fresh = await buildIndexInParallel(documents, new AnalysisStore(dir, "t2"));
    const again = await buildIndexInParallel(documents, new AnalysisStore(dir, "t2"));
    assert.equal(again.stats.reused, documents.length);
    assert.equal(again.stats.analysed, 0);
    const draft = "Police arrested 746 people in Leeds on 2 July 2020.\n\n“We have dismantled the network,” said Jane Roe.\n\nOperation Venetic led to 746 arrests.\n";
    assert.deepEqual(checkDraft(again.index, draft), checkDraft(fresh.index, draft));
    assert.deepEqual(checkDraft(again.index, draft), checkDraft(CorpusIndex.build(documents), draft));
  });

  it("treats a damaged line or a missing record as no analysis, and keeps the rest", async () => {
    await buildIndexInParallel(documents, new AnalysisStore(dir, "t3"));
    const file = path.join(dir, "analyses-t3.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    const target = documents[0]!.hash;
    const damaged = lines.map((l) => (l.startsWith("d" + target) ? l.slice(0, l.length - 10) : l));
    // The first sentence record goes missing: every document using it loses its analysis.
    const withoutRecord = damaged.filter((l) => !l.startsWith("s0\t"));
    writeFileSync(file, withoutRecord.join("\n"));
    // Without the index image, which would restore the whole index without reading any analysis.
    rmSync(path.join(dir, "index-t3.bin"));
    const store = new AnalysisStore(dir, "t3");
    assert.equal(store.get(target), undefined);
    const kept = documents.filter((d) => store.get(d.hash) !== undefined);
    assert.ok(kept.length > 0 && kept.length < documents.length);
    const rebuilt = await buildIndexInParallel(documents, new AnalysisStore(dir, "t3"));
    assert.equal(rebuilt.stats.reused, kept.length);
    assert.deepEqual(checkDraft(rebuilt.index, "Police arrested 746 people in Leeds.\n"), checkDraft(CorpusIndex.build(documents), "Police arrested 746 people in Leeds.\n"));
  });
});
