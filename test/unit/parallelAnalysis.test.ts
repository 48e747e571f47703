/**
 * Analysis on worker threads: the same analyses, in document order, as one thread makes; a build
 * that uses threads gives the same index and stores what it analysed; a thread that cannot start
 * or fails leaves the build to the calling thread.
 */
import * as assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { analyzeDocument, SentenceCache } from "../../src/core/index/documentAnalysis";
import { quoteWords } from "../../src/core/index/quoteWords";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import { AnalysisStore, buildIndexInParallel } from "../../src/node/analysisStore";
import { analyzeInParallel, canAnalyzeInParallel, RecordReceiver, RecordSender } from "../../src/node/parallelAnalysis";

describe("parallel analysis", function () {
  this.timeout(60_000);
  let documents: SourceDocument[];
  let dir: string;
  const draft = "Operation Venetic led to 746 arrests in the UK.\n\nPolice in Leeds arrested 31 people, the force said.\n\n“This is just the beginning,” said Nikki Holland.\n";

  before(async () => {
    const seeds = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    documents = [...seeds.documents];
    for (let i = 0; i < 9; i++) {
      const r = readSourceText(`/wire/leeds-${i}.txt`, `Leeds ${i}\n\nPolice in Leeds arrested ${i % 2 ? 31 : 30 + i} people, the force said.\n`);
      assert.ok(r.ok);
      documents.push(r.document);
    }
  });
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "sourced-parallel-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives each document's analysis, in order, as the calling thread would", async () => {
    assert.ok(canAnalyzeInParallel(), "the compiled thread script is beside the module");
    const parallel = await analyzeInParallel(documents, { threads: 2, batchSize: 3 });
    assert.deepEqual(parallel, documents.map((d) => analyzeDocument(d)));
  });

  it("analyses with one shared sentence cache as with a fresh one per document (names of quoted speakers too)", () => {
    const wire = [
      `Wire 1\n\n"We have dismantled the network," said Chief Constable Jane Roe.\n\nRoe added: "This is just the start."\n`,
      `Wire 2\n\nIn Leeds. "We have dismantled the network," said Chief Constable Jane Roe.\n\nRoe added: "This is just the start."\n`,
      `Wire 3\n\nDetective Sam Roe spoke.\n\nRoe added: "This is just the start."\n\n"We have dismantled the network," said Chief Constable Jane Roe.\n`,
      `Wire 4\n\nthe officers said "We have dismantled the network," said Chief Constable Jane Roe.\n`,
    ].map((text, i) => {
      const r = readSourceText(`/wire/quote-${i}.txt`, text);
      assert.ok(r.ok);
      return r.document;
    });
    const all = [...documents, ...wire, ...wire];
    const cache = new SentenceCache();
    const shared = all.map((d) => analyzeDocument(d, cache));
    assert.ok(cache.hits > 0);
    // The second copy of each wire story takes its paragraphs' quotes from the first's readings.
    assert.ok(cache.quoteReadingHits >= wire.length, `quote readings reused: ${cache.quoteReadingHits}`);
    assert.deepEqual(shared, all.map((d) => analyzeDocument(d)));
    assert.ok(shared.slice(-4).some((a) => a.quotes.some((q) => q.speaker === "Jane Roe")));
    // The names the quote finder reuses from the sentences give what it finds on its own.
    all.forEach((d, i) => {
      const own = extractQuotes(d.text, d.blocks).filter((q) => quoteWords(q.text).length);
      assert.deepEqual(
        shared[i]!.quotes.map((q) => [q.span, q.text, q.speaker, q.speakerType]),
        own.map((q) => [q.span, q.text, q.speaker, q.speakerType]),
        d.meta.key,
      );
    });
  });

  it("lists a document's names once each, in order, without its places, from a shared cache as fresh", () => {
    const r = readSourceText("/wire/names.txt", "Leeds arrests\n\nJane Roe said officers in Leeds arrested 31 people. Europol thanked Jane Roe.\n\nIn Leeds, Mark Lee met Jane Roe at the Hague.\n");
    assert.ok(r.ok);
    const cache = new SentenceCache();
    const [first, again] = [analyzeDocument(r.document, cache), analyzeDocument(r.document, cache)];
    // What the sentences name (no lone word resolved here), places and events left out, each once.
    const seen = new Set<string>();
    const expected = first!.sentences
      .flatMap((s) => s.record.entities)
      .filter((e) => e.type !== "place" && e.type !== "event" && !seen.has(e.type + ":" + e.name) && seen.add(e.type + ":" + e.name))
      .map((e) => ({ type: e.type, name: e.name }));
    assert.deepEqual(first!.names, expected);
    assert.deepEqual(new Set(expected.map((n) => n.type)), new Set(["person", "organisation"]), "a person and an organisation, no place");
    assert.deepEqual(again!.names, first!.names);
    assert.deepEqual(analyzeDocument(r.document).names, first!.names);
  });

  it("reads a paragraph it has read before (in another document, or earlier in the same one) as it reads it fresh", () => {
    const shared = `Police in Leeds arrested 31 people. Dr. Jane Roe said the "network" was "gone." It was.`;
    const texts = [
      `${shared}\n\nMore follows.\n`,
      `Wire B\n\n${shared}\n\nAnd later, again:\n\n${shared}\n`,
      `Wire C\n\n${shared}\nA line after it, in the same paragraph.\n`,
      `Wire D\n\n${shared.replace("31", "32")}\n\n${shared}`,
    ];
    const docs = texts.map((t, i) => {
      const r = readSourceText(`/wire/para-${i}.txt`, t);
      assert.ok(r.ok);
      return r.document;
    });
    const cache = new SentenceCache();
    const all = [...docs, ...docs];
    const analyses = all.map((d) => analyzeDocument(d, cache));
    assert.ok(cache.paragraphHits >= docs.length, `paragraphs read again: ${cache.paragraphHits}`);
    assert.deepEqual(analyses, all.map((d) => analyzeDocument(d)));
  });

  it("keeps a sentence's analyses for each way documents resolve its lone names, so alternating documents reuse both", () => {
    const texts = [
      `Wire A\n\nChief Constable Jane Roe spoke.\n\nRoe said 31 people were arrested in Leeds.\n`,
      `Wire B\n\nThe force spoke.\n\nRoe said 31 people were arrested in Leeds.\n`,
    ];
    const docs = texts.map((t, i) => {
      const r = readSourceText(`/wire/alt-${i}.txt`, t);
      assert.ok(r.ok);
      return r.document;
    });
    const cache = new SentenceCache();
    const first = docs.map((d) => analyzeDocument(d, cache));
    const roe = (a: (typeof first)[number]) => a.sentences.find((s) => s.record.facts.length)!.record;
    assert.notDeepEqual(roe(first[0]!), roe(first[1]!), "the two documents read Roe apart");
    const misses = cache.misses;
    const again = [...docs, ...docs].map((d) => analyzeDocument(d, cache));
    assert.equal(cache.misses, misses, "no sentence analysed again");
    assert.deepEqual(again, [...docs, ...docs].map((d) => analyzeDocument(d)));
  });

  it("sends each sentence record once per thread, and the receiving side shares it between copies", () => {
    const sender = new RecordSender();
    const receiver = new RecordReceiver();
    const cache = new SentenceCache();
    const wire = [0, 1, 2, 3].map((i) => readSourceText(`/wire/copy-${i}.txt`, `Copy ${"ABCD"[i]}\n\nPolice in Leeds arrested 31 people, the force said.\n`));
    const docs = wire.map((r) => (assert.ok(r.ok), r.document));
    const first = sender.send(docs.slice(0, 2).map((d) => analyzeDocument(d, cache)));
    const second = sender.send(docs.slice(2).map((d) => analyzeDocument(d, cache)));
    // The shared sentence crossed once; the second batch sends only its titles' records.
    const said = (records: { facts: unknown[] }[]) => records.filter((r) => r.facts.length).length;
    assert.equal(said(first.records), 1);
    assert.equal(said(second.records), 0);
    // Through a message (a structured clone), as between threads.
    const received = [...receiver.receive(structuredClone(first)), ...receiver.receive(structuredClone(second))];
    assert.deepEqual(received, docs.map((d) => analyzeDocument(d)));
    const leeds = received.map((a) => a.sentences.find((s) => s.record.facts.length)!.record);
    assert.ok(leeds.every((r) => r === leeds[0]));
    // Two threads analyse the same sentence apart: receivers sharing identities hold it once.
    const otherCache = new SentenceCache();
    const other = new RecordSender((r) => otherCache.identity(r));
    const own = new RecordSender((r) => cache.identity(r));
    const shared = new Map();
    const [a] = new RecordReceiver(shared).receive(structuredClone(own.send([analyzeDocument(docs[0]!, cache)])));
    const [b] = new RecordReceiver(shared).receive(structuredClone(other.send([analyzeDocument(docs[1]!, otherCache)])));
    const factRecord = (x: typeof a) => x!.sentences.find((s) => s.record.facts.length)!.record;
    assert.equal(factRecord(a), factRecord(b));
    assert.notEqual(a!.sentences[0]!.record, b!.sentences[0]!.record, "the titles differ");
    // A record the table lacks is an error, not a wrong analysis.
    assert.throws(() => new RecordReceiver().receive(structuredClone(second)), /no record/);
  });

  it("hands over each batch as it arrives, and a build merged batch by batch is the same index", async () => {
    const seen: number[] = [];
    const byBatch: ReturnType<typeof analyzeDocument>[] = [];
    const all = await analyzeInParallel(documents, {
      threads: 2,
      batchSize: 2,
      onBatch: (first, analyses) => analyses.forEach((a, k) => (seen.push(first + k), (byBatch[first + k] = a))),
    });
    assert.deepEqual([...seen].sort((x, y) => x - y), documents.map((_d, i) => i));
    assert.deepEqual(byBatch, all);
    // Some documents merged with their analysis, the others analysed by the builder itself.
    const builder = CorpusIndex.builder(documents);
    for (let i = 0; i < 4; i++) builder.add(i % 2 ? undefined : all[i]);
    assert.equal(builder.added, 4);
    const merged = builder.finish();
    const whole = CorpusIndex.build(documents);
    assert.deepEqual(merged.allSentences(), whole.allSentences());
    assert.deepEqual(merged.quotes, whole.quotes);
    assert.deepEqual(checkDraft(merged, draft), checkDraft(whole, draft));
  });

  it("lets the calling thread analyse batches too, between taking in the threads' results", async () => {
    const here: number[] = [];
    const seen: number[] = [];
    const cache = new SentenceCache();
    const all = await analyzeInParallel(documents, {
      threads: 1,
      batchSize: 2,
      here: (docs) => (here.push(docs.length), docs.map((d) => analyzeDocument(d, cache))),
      onBatch: (first, analyses) => analyses.forEach((_a, k) => seen.push(first + k)),
    });
    assert.deepEqual(all, documents.map((d) => analyzeDocument(d)));
    assert.deepEqual([...seen].sort((x, y) => x - y), documents.map((_d, i) => i));
    const batches = Math.ceil(documents.length / 2);
    // The thread is sent two batches before this one takes its first.
    assert.ok(here.length >= 1 && here.length <= batches - 2, `the calling thread took ${here.length} of ${batches} batches`);
    // With no thread at all, the calling thread takes every batch.
    const alone: number[] = [];
    const byItself = await analyzeInParallel(documents, { threads: 0, batchSize: 3, here: (docs) => (alone.push(docs.length), docs.map((d) => analyzeDocument(d))) });
    assert.equal(alone.length, Math.ceil(documents.length / 3));
    assert.deepEqual(byItself, all);
  });

  it("builds the same index on threads, and stores what it analysed", async () => {
    const store = new AnalysisStore(dir, "p1");
    const built = await buildIndexInParallel(documents, store, { threads: 2, batchSize: 4, minDocuments: 1 });
    assert.deepEqual(built.stats, { ...built.stats, analysed: documents.length, reused: 0 });
    assert.deepEqual(checkDraft(built.index, draft), checkDraft(CorpusIndex.build(documents), draft));
    const again = await buildIndexInParallel(documents, new AnalysisStore(dir, "p1"), { threads: 2, minDocuments: 1 });
    assert.equal(again.stats.reused, documents.length);
    // One thread beside the calling one (the default on two cores): the same index again.
    const one = await buildIndexInParallel(documents, undefined, { threads: 1, batchSize: 2, minDocuments: 1 });
    assert.equal(one.stats.analysed, documents.length);
    const whole = CorpusIndex.build(documents);
    assert.deepEqual(one.index.allSentences(), whole.allSentences());
    assert.deepEqual(one.index.quotes, whole.quotes);
    assert.deepEqual(checkDraft(one.index, draft), checkDraft(whole, draft));
  });

  it("analyses on the calling thread when a thread cannot start or fails", async () => {
    const failing = path.join(dir, "failing-thread.js");
    writeFileSync(failing, `const { parentPort } = require("node:worker_threads");\nparentPort.on("message", (b) => parentPort.postMessage({ batch: b.batch, error: "boom" }));\n`);
    await assert.rejects(analyzeInParallel(documents, { threads: 2, threadFile: failing }), /boom/);
    const expected = checkDraft(CorpusIndex.build(documents), draft);
    for (const threadFile of [failing, path.join(dir, "missing.js")]) {
      const built = await buildIndexInParallel(documents, undefined, { threads: 2, minDocuments: 1, threadFile });
      assert.equal(built.stats.analysed, documents.length);
      assert.deepEqual(checkDraft(built.index, draft), expected);
    }
  });
});
