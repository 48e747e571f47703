/**
 * The index image: an index restored from its image answers every query as the index it was
 * made of, before and after further updates; a reload of the same corpus restores it without
 * merging; any other corpus, or a damaged file, builds as before.
 */
import * as assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { ImageReader } from "../../src/core/index/indexImage";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import { AnalysisStore, buildIndexInParallel } from "../../src/node/analysisStore";
import { readIndexImage, writeIndexImage } from "../../src/node/indexImageFile";
import { rng } from "./random";

function doc(file: string, text: string): SourceDocument {
  const r = readSourceText(file, text);
  assert.ok(r.ok);
  return r.document;
}

/** Wire copies with figures changed in some, quotes under two speakers, and a lone name resolved only by another document. */
function archive(): SourceDocument[] {
  const out: SourceDocument[] = [];
  for (let i = 0; i < 10; i++) {
    const pad = "Filed late.".repeat(i % 3);
    out.push(
      doc(
        `/wire/story-${i}.txt`,
        `Wire story ${i}\n\n${pad} Police arrested ${i % 3 ? 746 : 700 + i} people in Leeds on 2 July 2020, seizing £54m in cash. "We have dismantled the network," said ${i % 4 ? "Chief Constable Jane Roe" : "Roe"}.\n\nThe Yorkshire Crime Agency said 12 tonnes of drugs were found.\n\nRoe added: "This is just the start."\n`,
      ),
    );
  }
  out.push(doc("/wire/profile.md", "---\ntitle: Profile\nkey: roe-profile\n---\n\nJennifer Roe led the inquiry for the Yorkshire Crime Agency. The agency employs 1,200 officers.\n"));
  return out;
}

/** Everything a check, a hover or a completion reads from an index. */
function answers(index: CorpusIndex, queries: string[]): unknown {
  return {
    sentences: index.allSentences(),
    quotes: index.quotes,
    count: index.sentenceCount,
    facts: Array.from({ length: index.factColumns.size }, (_x, fid) => [index.fact(fid), index.factShape(fid), index.factText(fid), index.factColumns.doc[fid], index.factColumns.figureKinds.values[index.factColumns.figureKind[fid]!] ?? null, index.factColumns.figureFlags[fid]]),
    measures: [...index.factsByMeasure],
    summaries: index.summaries(),
    keys: index.documents.map((d, i) => [index.docOfKey(d.meta.key), index.keyOf(i)]),
    names: ["Roe", "Agency", "Leeds"].map((w) => index.names.resolve(w)),
    searches: queries.map((q) => [index.searchPassages(q, 30), index.searchQuotes(q, 10, "Roe"), index.searchFacts(q), index.rankSources(q).map((r) => [r.meta.key, r.score])]),
    idf: ["arrest", "leed", "tonn", "nowhere"].map((t) => index.idf(t)),
    drafts: DRAFTS.map((d) => checkDraft(index, d)),
  };
}

const DRAFTS = [
  "Police arrested 746 people in Leeds on 2 July 2020 [@story-1].\n\n“We have dismantled the network,” said Jane Roe.\n\nThe agency employs 1,300 officers.\n",
  "Police seized £45m in cash in Leeds.\n\n“This is only the start,” Roe said.\n\nThe Yorkshire Crime Agency found 12 tonnes of drugs [@roe-profile].\n",
];
const QUERIES = ["police arrested people in Leeds", "dismantled the network", "tonnes of drugs", "officers employed"];

describe("index image", function () {
  this.timeout(60_000);
  let documents: SourceDocument[];
  let dir: string;

  before(async () => {
    const seeds = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    documents = [...seeds.documents, ...archive()];
  });
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "sourced-image-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("restores an index that answers every query as the one it was made of, through the file", () => {
    const built = CorpusIndex.build(documents);
    const file = path.join(dir, "image.bin");
    writeIndexImage(file, "k", built.toImage());
    const image = readIndexImage(file, "k")!;
    assert.ok(image);
    const restored = CorpusIndex.fromImage(documents, image);
    // Nothing is made until asked: the restored index has no per-document analyses either.
    assert.equal(restored.analysisOf(0), undefined);
    // Every fact's value and number words come with the image (a first check makes none), as the built index gives them.
    const cols = restored.factColumns;
    assert.ok(cols.size > 0);
    for (let fid = 0; fid < cols.size; fid++) {
      assert.ok(cols.value[fid]! >= 0 && cols.numbers[fid]! >= 0, `fact ${fid}`);
      assert.equal(restored.factValueText(restored.factValue(fid)), built.factValueText(built.factValue(fid)));
      assert.deepEqual(restored.numberWords(restored.factNumbers(fid)), built.numberWords(built.factNumbers(fid)));
    }
    assert.deepEqual(answers(restored, QUERIES), answers(built, QUERIES));
  });

  it("reads a restored sentence's names without its record, as the built index holds them", () => {
    const built = CorpusIndex.build(documents);
    const restored = CorpusIndex.fromImage(documents, built.toImage());
    let named = 0;
    for (let id = 0; id < built.sentenceCount; id++) {
      const names = restored.sentenceEntities(id);
      named += names.length;
      assert.deepEqual(names, built.sentenceRecord(id).entities, `sentence ${id}`);
    }
    assert.ok(named > 100, "the seeds name people and bodies");
  });

  it("reads a restored sentence's terms without its record, as the built index holds them, and the record after them", () => {
    const built = CorpusIndex.build(documents);
    const restored = CorpusIndex.fromImage(documents, built.toImage());
    let terms = 0;
    for (let id = 0; id < built.sentenceCount; id++) {
      const words = restored.sentenceTerms(id);
      terms += words.length;
      assert.deepEqual(words, built.sentenceRecord(id).terms, `sentence ${id}`);
      assert.deepEqual(restored.sentenceRecord(id).facts, built.sentenceRecord(id).facts, `sentence ${id}'s facts`);
      assert.equal(restored.sentenceTerms(id), restored.sentenceRecord(id).terms, "one list, once the record is read");
    }
    assert.ok(terms > 1000);
  });

  it("reads a restored sentence's sums without its record, as the built index makes them, and saves them again", () => {
    const sums = doc(
      "/wire/car-park.txt",
      "Car park opens\n\nThe new car park has 210 spaces, 50 fewer than at the old pier.\n\nAll 31 Labour councillors, the 17 Conservative and seven Liberal Democrat members voted for it.\n",
    );
    const docs = [...documents, sums];
    const built = CorpusIndex.build(docs);
    const image = built.toImage();
    // The records cannot be read: sums that read them would throw.
    const unreadable = { length: (image.strings["sentence.records"] as string[]).length, at: () => "not json" };
    const restored = CorpusIndex.fromImage(docs, { ...image, strings: { ...image.strings, "sentence.records": unreadable } });
    const again = CorpusIndex.fromImage(docs, CorpusIndex.fromImage(docs, image).toImage());
    let counted = 0;
    let compared = 0;
    for (let id = 0; id < built.sentenceCount; id++) {
      const s = built.sentenceSums(id);
      if (!Number.isNaN(s.counts)) counted++;
      if (s.otherSides.length) compared++;
      assert.deepEqual(restored.sentenceSums(id), s, `sentence ${id}`);
      assert.deepEqual(again.sentenceSums(id), s, `sentence ${id}, saved from a restored index`);
    }
    assert.throws(() => restored.sentenceRecord(0));
    const last = built.sentenceCount;
    assert.deepEqual([built.sentenceSums(last - 1).counts, built.sentenceSums(last - 2).otherSides], [55, [260]]);
    assert.ok(counted >= 1 && compared >= 1);
  });

  it("updates a restored index as it updates the index it was made of", () => {
    const built = CorpusIndex.build(documents);
    const restored = CorpusIndex.fromImage(documents, built.toImage());
    const changed = doc("/wire/story-4.txt", "Wire story 4\n\nPolice arrested 801 people in Leeds on 3 July 2020. \"We have only begun,\" said Jane Roe.\n");
    const added = doc("/wire/story-new.txt", "Late wire\n\nThe Yorkshire Crime Agency said 13 tonnes of drugs were found. Roe said: \"We have dismantled the network.\"\n");
    for (const index of [built, restored]) {
      index.upsertDocument(changed);
      index.upsertDocument(added);
    }
    assert.deepEqual(answers(restored, QUERIES), answers(built, QUERIES));
    // And an image of the updated index (sentences made or not) restores the same again.
    const again = CorpusIndex.fromImage(restored.documents, restored.toImage());
    assert.deepEqual(answers(again, QUERIES), answers(built, QUERIES));
    // The quote check's columns say what each quote's object says, however the index was made.
    for (const index of [built, restored, again]) {
      const cols = index.quoteColumns;
      assert.equal(cols.doc.length, index.quotes.length);
      index.quotes.forEach((q, id) => {
        assert.deepEqual([cols.doc[id], cols.start[id], cols.sentence[id], cols.speaker[id]], [q.doc, q.span.start, q.sentence, q.speaker], `quote ${id}`);
      });
    }
    assert.ok(built.quotes.some((q) => q.speaker) && built.quotes.length > 3);
  });

  it("finds a quote again when a source brings back a wording whose every copy had been taken out before the image", () => {
    const solo = doc("/wire/solo.txt", 'Solo\n\n"Nobody saw the second lorry," said Chief Constable Jane Roe.\n');
    const docs = [...documents, solo];
    const index = CorpusIndex.build(docs);
    index.upsertDocument(doc("/wire/solo.txt", "Solo\n\nNothing was said.\n"));
    const restored = CorpusIndex.fromImage(index.documents, index.toImage());
    assert.ok(!restored.searchQuotes("nobody saw the second lorry", 5).some((q) => q.text.includes("second lorry")));
    restored.upsertDocument(solo);
    const found = restored.searchQuotes("nobody saw the second lorry", 5);
    assert.ok(found.some((q) => q.text.includes("second lorry") && q.speaker === "Jane Roe"), JSON.stringify(found));
    assert.ok(restored.quotes.some((q) => q.text.includes("second lorry") && q.words.length));
  });

  it("hands out only the live copies of a quote once a source that carried it is replaced, before and after an image", () => {
    const said = (who: string) => `Wire\n\n"The second lorry was never found," said ${who}.\n`;
    const docs = [doc("/wire/a.txt", said("Jane Roe")), doc("/wire/b.txt", said("John Doe")), doc("/wire/c.txt", said("Jane Roe"))];
    const index = CorpusIndex.build(docs);
    const words = ["the", "second", "lorry", "was", "never", "found"];
    const copies = (ix: CorpusIndex) => [...ix.quoteCandidates(words)].flat().map((id) => ix.keyOf(ix.quotes[id]!.doc)).sort();
    assert.deepEqual(copies(index), ["a", "b", "c"]);
    index.upsertDocument(doc("/wire/b.txt", "Wire\n\nNothing was said.\n"));
    assert.deepEqual(copies(index), ["a", "c"]);
    const restored = CorpusIndex.fromImage(index.documents, index.toImage());
    assert.deepEqual(copies(restored), ["a", "c"]);
    // The wording comes back with a new copy, which joins the live ones.
    restored.upsertDocument(doc("/wire/b.txt", said("John Doe")));
    assert.deepEqual(copies(restored), ["a", "b", "c"]);
  });

  it("a second build of the same corpus restores the image; a changed corpus merges the stored analyses and saves a new image", async () => {
    const first = await buildIndexInParallel(documents, new AnalysisStore(dir, "f1"));
    assert.equal(first.stats.restored, false);
    assert.ok(readdirSync(dir).includes("index-f1.bin"));
    const second = await buildIndexInParallel(documents, new AnalysisStore(dir, "f1"));
    assert.equal(second.stats.restored, true);
    assert.equal(second.stats.analysed, 0);
    assert.deepEqual(answers(second.index, QUERIES), answers(first.index, QUERIES));
    // One document changed: no image for this corpus; the others come from the store.
    const last = documents[documents.length - 1]!;
    const edited = [...documents.slice(0, -1), doc(last.meta.path, "Jennifer Roe led the inquiry. The agency employs 1,250 officers.\n")];
    const third = await buildIndexInParallel(edited, new AnalysisStore(dir, "f1"));
    assert.equal(third.stats.restored, false);
    assert.equal(third.stats.analysed, 1);
    assert.deepEqual(answers(third.index, QUERIES), answers(CorpusIndex.build(edited), QUERIES));
    const fourth = await buildIndexInParallel(edited, new AnalysisStore(dir, "f1"));
    assert.equal(fourth.stats.restored, true);
    assert.deepEqual(answers(fourth.index, QUERIES), answers(third.index, QUERIES));
  });

  it("a store saved from a restored index keeps every document's analysis", async () => {
    await buildIndexInParallel(documents, new AnalysisStore(dir, "f2"));
    const restored = (await buildIndexInParallel(documents, new AnalysisStore(dir, "f2"))).index;
    const store = new AnalysisStore(dir, "f2");
    const added = doc("/wire/story-new.txt", "Late wire\n\nThe agency said 13 tonnes of drugs were found.\n");
    restored.upsertDocument(added);
    store.save(restored);
    const reread = new AnalysisStore(dir, "f2");
    for (const d of [...documents, added]) assert.ok(reread.get(d.hash), d.meta.path);
  });

  it("reads back every part as written: string tables past the write buffer, long and multi-byte strings, empty ones", () => {
    const rand = rng(5);
    const word = () => ["", "a", "Roe", "£54m", "é€", "😀 x", "tab\there"][Math.floor(rand() * 7)]!;
    const image = {
      numbers: { n: 7 },
      ints: { i: Int32Array.from([1, -2, 3]), none: new Int32Array(0) },
      floats: { f: Float64Array.from([0.5, NaN, -1e300]) },
      bytes: { b: Uint8Array.from([0, 255, 7]) },
      strings: {
        many: Array.from({ length: 300_000 }, () => word() + word()),
        long: ["start", "€".repeat(700_000), "end", "x".repeat(3 << 20), ""],
        empty: [] as string[],
        oneEmpty: [""],
        withBreaks: ["a\nb", "c"],
      },
    };
    const file = path.join(dir, "parts.bin");
    writeIndexImage(file, "k", image);
    const back = readIndexImage(file, "k")!;
    assert.equal(back.numbers.n, 7);
    for (const kind of ["ints", "floats", "bytes"] as const) for (const [name, a] of Object.entries(image[kind])) assert.deepEqual([...back[kind][name]!], [...a], name);
    const reader = new ImageReader(back);
    for (const [name, list] of Object.entries(image.strings)) {
      assert.deepEqual(reader.strings(name), list, name);
      const table = reader.stringTable(name);
      assert.equal(table.length, list.length, name);
      list.forEach((x, i) => assert.equal(table.at(i), x, `${name} ${i}`));
    }
    // The large tables are decoded string by string when read; an index past the end is an error, not a string.
    for (const name of ["many", "long"]) {
      assert.ok(!Array.isArray(back.strings[name]), `${name} is read on demand`);
      assert.throws(() => reader.stringTable(name).at(image.strings[name as "many"].length), RangeError);
      assert.throws(() => reader.stringTable(name).at(-1), RangeError);
    }
    assert.ok(Array.isArray(back.strings.withBreaks) && Array.isArray(back.strings.empty));
  });

  it("ignores an image of another corpus, another format or a damaged file", async () => {
    const built = CorpusIndex.build(documents);
    const file = path.join(dir, "image.bin");
    writeIndexImage(file, "k", built.toImage());
    assert.equal(readIndexImage(file, "other"), undefined);
    assert.throws(() => CorpusIndex.fromImage(documents.slice(1), readIndexImage(file, "k")!), /other documents/);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    assert.equal(readIndexImage(file, "k"), undefined);
    // A part missing from an image fails the restore rather than giving an index without it.
    const image = built.toImage();
    delete image.ints["fact.shape"];
    assert.throws(() => CorpusIndex.fromImage(documents, image), /fact\.shape/);
    // Sentence names are a table of their own, row for row with the records.
    const unnamed = built.toImage();
    unnamed.strings["sentence.names"] = (unnamed.strings["sentence.names"] as string[]).slice(1);
    assert.throws(() => CorpusIndex.fromImage(documents, unnamed), /records and names differ/);
    // Through the store: a damaged image means a merge from the analyses, as without one.
    await buildIndexInParallel(documents, new AnalysisStore(dir, "f3"));
    const imageFile = path.join(dir, "index-f3.bin");
    const whole = readFileSync(imageFile);
    writeFileSync(imageFile, Buffer.concat([whole.subarray(0, 40), Buffer.from("garbage"), whole.subarray(47)]));
    const rebuilt = await buildIndexInParallel(documents, new AnalysisStore(dir, "f3"));
    assert.equal(rebuilt.stats.restored, false);
    assert.equal(rebuilt.stats.reused, documents.length);
    assert.deepEqual(rebuilt.index.allSentences(), built.allSentences());
  });
});
