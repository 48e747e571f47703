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
import { AnalysisStore, buildIndexInParallel, ContentRefs } from "../../src/node/analysisStore";

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

  it("numbers values by their content, each written once, and tells apart values whose hashes collide", () => {
    for (const hash of [undefined, () => 7]) {
      const written: [number, string][] = [];
      const refs = new ContentRefs<{ a: number }>((v) => JSON.stringify(v), hash);
      const ref = (v: { a: number }) => refs.refOf(v, (n, json) => written.push([n, json]));
      assert.deepEqual([ref({ a: 1 }), ref({ a: 2 }), ref({ a: 1 }), ref({ a: 3 }), ref({ a: 2 })], [0, 1, 0, 2, 1]);
      assert.deepEqual(written, [
        [0, '{"a":1}'],
        [1, '{"a":2}'],
        [2, '{"a":3}'],
      ]);
    }
  });

  it("writes each record before the first document that uses it", async () => {
    await buildIndexInParallel(documents, new AnalysisStore(dir, "t3"));
    const lines = readFileSync(path.join(dir, "analyses-t3.jsonl"), "utf8").split("\n").filter(Boolean);
    const seen = new Set<string>();
    let docs = 0;
    for (const line of lines) {
      const tab = line.indexOf("\t");
      if (line[0] !== "d") {
        seen.add(line.slice(0, tab));
        continue;
      }
      docs++;
      const stored = JSON.parse(line.slice(tab + 1)) as { s: number[][]; q: number[][] };
      for (const s of stored.s) for (const ref of s.length > 3 ? [s[0], s[5]] : [s[0]]) assert.ok(seen.has(`s${ref}`), `s${ref} before its document`);
      for (const q of stored.q) assert.ok(seen.has(`q${q[0]}`), `q${q[0]} before its document`);
    }
    assert.ok(docs > 0 && lines[0]![0] !== "d" && lines.some((l, i) => i > 0 && l[0] !== "d" && lines[i - 1]![0] === "d"), "tables interleaved with the documents");
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
