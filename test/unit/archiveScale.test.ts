import * as assert from "node:assert/strict";
import MiniSearch from "minisearch";
import { checkDraft, SUPPORTING_SOURCES_MAX } from "../../src/core/check/checkDraft";
import { Bm25 } from "../../src/core/index/bm25";
import { CorpusIndex, queryTerms, type IndexedSentence } from "../../src/core/index/corpusIndex";
import { analyzeDocument, SentenceCache } from "../../src/core/index/documentAnalysis";
import { factKey, factShapes } from "../../src/core/index/factShape";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { ShapedListCache } from "../../src/core/index/measureShapes";
import { byLetterPairs, closestKey } from "../../src/core/services/fuzzy";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";

// What keeps a check fast over an archive of near-copies must not change what it says.

function doc(name: string, text: string): SourceDocument {
  const r = readSourceText(`${name}.txt`, text);
  assert.ok(r.ok);
  return r.document;
}

describe("archive scale: repeated sentences", () => {
  it("Bm25 scores each copy of a repeated item as MiniSearch scores the copies one by one", () => {
    const items = ["police arrest 746 suspect", "police seiz cash", "police arrest 746 suspect", "drug seiz tonn", "police arrest 746 suspect", "cash arrest"];
    const ours = new Bm25();
    const group = new Map<string, number>();
    for (const t of items) {
      if (!group.has(t)) group.set(t, group.size);
      ours.add(group.get(t)!, t);
    }
    const ref = new MiniSearch<{ id: number; terms: string }>({ fields: ["terms"], tokenize: (s) => s.split(" "), processTerm: (t) => t || null, searchOptions: { tokenize: (s) => s.split(" "), processTerm: (t) => t || null } });
    ref.addAll(items.map((terms, id) => ({ id, terms })));
    for (const q of ["police arrest", "seiz cash", "746", "tonn drug police"]) {
      const expected = ref.search(q, { combineWith: "OR" });
      const got = ours.search(q, 10);
      for (const hit of expected) {
        const g = got.find((x) => x.id === group.get(items[hit.id as number]!));
        assert.ok(g && Math.abs(g.score - hit.score) < 1e-9, `score of "${items[hit.id as number]}" for "${q}"`);
      }
      assert.equal(got.length, new Set(expected.map((h) => group.get(items[h.id as number]!))).size);
    }
    // Removing copies: scores as if those items had never been added.
    ours.remove(group.get(items[0]!)!, items[0]!);
    ours.remove(group.get(items[0]!)!, items[0]!);
    const fewer = new MiniSearch<{ id: number; terms: string }>({ fields: ["terms"], tokenize: (s) => s.split(" "), processTerm: (t) => t || null, searchOptions: { tokenize: (s) => s.split(" "), processTerm: (t) => t || null } });
    fewer.addAll(items.map((terms, id) => ({ id, terms })).filter((x) => x.id !== 0 && x.id !== 2));
    const expected = fewer.search("police arrest", { combineWith: "OR" });
    const got = ours.search("police arrest", 10);
    assert.ok(Math.abs(got.find((x) => x.id === group.get(items[0]!))!.score - expected.find((h) => h.id === 4)!.score) < 1e-9);
    assert.equal(ours.copiesOf(group.get(items[0]!)!), 1);
  });

  it("searchSentences returns every copy of a repeated sentence, in corpus order, up to the limit", () => {
    const same = "Police arrested 746 people in the operation.";
    const docs = Array.from({ length: 6 }, (_, i) => doc(`d${i}`, `Report ${i}\n\n${same}\n\nOfficers seized cash in town ${i}.\n`));
    const index = CorpusIndex.build(docs);
    const hits = index.searchSentences(["arrest", "746"], 4);
    assert.equal(hits.length, 4);
    assert.deepEqual(hits.map((h) => index.sentenceText(h.id)), [same, same, same, same]);
    assert.deepEqual(hits.map((h) => index.sentence(h.id).doc), [0, 1, 2, 3]);
    const inDocs = index.searchSentences(["arrest", "746"], 10, new Set([2, 5]));
    assert.deepEqual(inDocs.map((h) => index.sentence(h.id).doc), [2, 5]);
  });

  it("near-copies that differ only in their figures share a fact shape; other wording does not", () => {
    const index = CorpusIndex.build([
      doc("a", "A\n\nPolice arrested 746 people in Leeds last year.\n"),
      doc("b", "B\n\nPolice arrested 812 people in Leeds last year.\n"),
      doc("c", "C\n\nPolice arrested 746 people in York last year.\n"),
    ]);
    const fids = [0, 1, 2].map((d) => index.allSentences().find((s) => s.doc === d && s.facts.length)!.firstFact);
    const [a, b, c] = fids.map((f) => index.factShape(f));
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.equal(index.factValueText(index.factValue(fids[1]!)), "812");
  });

  it("gives a paragraph read again the shapes computed afresh, whether its records are those it had or others", async () => {
    const dir = bundledSeedsDir();
    assert.ok(dir);
    const seeds = (await loadCorpus([dir], nodeFileSystem)).documents;
    // Wire copy: the same paragraphs again, with figures changed in some and a name that
    // resolves differently in one (other records for the same paragraph text).
    const copies = [
      doc("wire-a", "Det Supt Jane Roe said 746 people were arrested.\n\nRoe said £54m was seized.\n\nPolice seized 77 firearms."),
      doc("wire-b", "Det Supt Jane Roe said 746 people were arrested.\n\nRoe said £54m was seized.\n\nPolice seized 77 firearms."),
      doc("wire-c", "Det Supt Jane Roe said 801 people were arrested.\n\nRoe said £54m was seized.\n\nPolice seized 77 firearms."),
      doc("wire-d", "Mark Roe of the Northshire Police spoke.\n\nRoe said £54m was seized.\n\nPolice seized 77 firearms."),
      doc("wire-e", "Det Supt Jane Roe said 746 people were arrested.\n\nRoe said £54m was seized.\n\nPolice seized 77 firearms."),
    ];
    const cache = new SentenceCache();
    let facts = 0;
    for (const d of [...seeds, ...copies, ...seeds]) {
      const a = analyzeDocument(d, cache);
      assert.deepEqual(a.shapes, factShapes(a.sentences), d.meta.key);
      facts += a.shapes!.length;
    }
    assert.ok(facts > 100, "the documents state figures");
    assert.ok(cache.paragraphHits > 20, "paragraphs were read again");
  });

  it("a fact's shape key tells a margin and a change's start from a level (near-copies share weighings by it)", () => {
    const text = "Okafor won 2,876 votes.";
    const fact = analyzeSentence(text, { start: 0, end: text.length }).facts[0]!;
    assert.equal(fact.difference, undefined);
    assert.notEqual(factKey({ ...fact, difference: true }), factKey(fact));
    assert.notEqual(factKey({ ...fact, from: true }), factKey(fact));
    assert.equal(factKey({ ...fact }), factKey(fact));
  });

  it("takes shapes from the analysis, and recomputes them for a sentence re-analysed with the corpus's names", () => {
    const docs = [
      // Before any document names Jane Roe: the lone "Roe" stays unresolved here.
      doc("z", "Z\n\nRoe said police arrested 700 people in Leeds.\n"),
      doc("a", "A\n\nChief Constable Jane Roe said police arrested 746 people in Leeds.\n"),
      doc("b", "B\n\nRoe said police arrested 746 people in Leeds.\n\nOfficers seized 20 kilos of cocaine.\n"),
      doc("c", "C\n\nRoe said police arrested 812 people in Leeds.\n\nOfficers seized 31 kilos of cocaine.\n"),
    ];
    const index = CorpusIndex.build(docs);
    const factSentences = (d: number) => index.allSentences().filter((s) => s.doc === d && s.facts.length);
    const shapeOf = (d: number, n: number) => index.factShape(factSentences(d)[n]!.firstFact);
    // The lone "Roe" of b and c is the corpus's Jane Roe: their first sentences were analysed again.
    assert.ok(factSentences(2)[0]!.entities.some((e) => e.name === "Jane Roe"));
    assert.ok(!factSentences(0)[0]!.entities.some((e) => e.name === "Jane Roe"));
    const shaped = (sentences: IndexedSentence[]) => sentences.map((s) => ({ block: s.block, record: s }));
    assert.notDeepEqual(index.analysisOf(2)!.shapes, factShapes(shaped(index.allSentences().filter((s) => s.doc === 2))));
    // Every fact's shape id is what its merged sentences give, document by document.
    const byHash = new Map<number, number>();
    for (let d = 0; d < docs.length; d++) {
      const sentences = index.allSentences().filter((s) => s.doc === d);
      const hashes = factShapes(shaped(sentences));
      let k = 0;
      for (const s of sentences) {
        for (let j = 0; j < s.facts.length; j++, k++) {
          const id = index.factShape(s.firstFact + j);
          if (!byHash.has(hashes[k]!)) byHash.set(hashes[k]!, id);
          assert.equal(id, byHash.get(hashes[k]!), `fact ${j} of "${index.sentenceText(s.id)}"`);
        }
      }
    }
    assert.equal(new Set(byHash.values()).size, byHash.size);
    // b and c are near-copies; z names no one, so it is not.
    assert.equal(shapeOf(2, 0), shapeOf(3, 0));
    assert.equal(shapeOf(2, 1), shapeOf(3, 1));
    assert.notEqual(shapeOf(0, 0), shapeOf(2, 0));
    assert.notEqual(shapeOf(1, 0), shapeOf(2, 0));
  });

  it("reuses a sentence analysed again with the corpus's names only while the corpus answers as it did", () => {
    const lone = "Roe said police arrested 746 people in Leeds.";
    const docs = [
      doc("a", "A\n\nChief Constable Jane Roe said police arrested 746 people in Leeds.\n"),
      doc("b", `B\n\n${lone}\n`),
      doc("b2", `B2\n\n${lone}\n`),
      // A longer name with the same surname: the corpus now answers "Roe" with her.
      doc("x", "X\n\nDetective Superintendent Jennifer Roe led the inquiry.\n"),
      doc("b3", `B3\n\n${lone}\n`),
    ];
    const index = CorpusIndex.build(docs);
    const person = (d: number) => index.allSentences().find((s) => s.doc === d && s.facts.length)!.entities.find((e) => e.type === "person")?.name;
    assert.equal(person(1), "Jane Roe");
    assert.equal(person(2), "Jane Roe");
    assert.equal(person(4), "Jennifer Roe");
  });

  it("keeps a sentence's re-analysis with its document's analysis, and takes it back only while the corpus answers the same", () => {
    const docs = [
      doc("a", "A\n\nChief Constable Jane Roe said police arrested 746 people in Leeds.\n"),
      doc("b", "B\n\nRoe said police arrested 746 people in Leeds.\n"),
    ];
    const first = CorpusIndex.build(docs);
    const rec = first.analysisOf(1)!.sentences.find((s) => s.record.facts.length)!;
    assert.ok(rec.record.misses?.includes("Roe"));
    assert.ok(rec.resolved, "the merge kept what it analysed again");
    assert.ok(rec.resolved.record.entities.some((e) => e.name === "Jane Roe"));
    // A second merge from the kept analyses (as from the store) gives the same index.
    const again = CorpusIndex.build(docs, { analyses: [first.analysisOf(0)!, first.analysisOf(1)!] });
    assert.deepEqual(again.allSentences(), first.allSentences());
    // A kept re-analysis whose answers no longer hold is not taken: the sentence is analysed again.
    const forged = structuredClone(first.analysisOf(1)!);
    const kept = forged.sentences.find((s) => s.record.facts.length)!.resolved!;
    kept.answers = "person:Someone Else";
    kept.record.entities = [];
    const redone = CorpusIndex.build(docs, { analyses: [first.analysisOf(0)!, forged] });
    assert.deepEqual(redone.allSentences(), first.allSentences());
  });

  it("writes an archive's counts with thousands separators", () => {
    const docs = Array.from({ length: 1004 }, (_, i) => doc(`wire-${i}`, `Wire ${i}\n\nThe National Crime Agency said 746 people were arrested in the UK.\n`));
    const index = CorpusIndex.build(docs);
    const [supported] = checkDraft(index, "The National Crime Agency said 746 people were arrested in the UK.\n");
    assert.match(supported!.message, /^Supported by 1,004 sources: wire-\d+, wire-\d+, wire-\d+ and 1,001 more$/);
    assert.equal(supported!.supportingSourceCount, 1004);
    const [wrong] = checkDraft(index, "The National Crime Agency said 900 people were arrested in the UK.\n").filter((f) => f.kind === "contradicted");
    assert.match(wrong!.message, /\(1,004 sources\), not 900 people$/);
  });

  it("counts every source of a value among thousands of near-copies (figures changed in some)", () => {
    const docs: SourceDocument[] = [];
    for (let i = 0; i < 300; i++) {
      const n = i % 3 === 0 ? 100 + i : 746; // two thirds say 746, the rest scattered values
      docs.push(doc(`wire-${i}`, `Wire ${i}\n\nThe National Crime Agency said ${n} people were arrested in the UK.\n`));
    }
    const index = CorpusIndex.build(docs);
    const supported = checkDraft(index, "The National Crime Agency said 746 people were arrested in the UK.\n");
    assert.equal(supported[0]?.kind, "supported");
    // All 200 are counted; the first SUPPORTING_SOURCES_MAX are named, each one that says 746.
    assert.equal(supported[0]?.supportingSourceCount, 200);
    assert.match(supported[0]!.message, /^Supported by 200 sources: wire-\d+, wire-\d+, wire-\d+ and 197 more$/);
    const named = supported[0]?.supportingSources ?? [];
    assert.equal(named.length, SUPPORTING_SOURCES_MAX);
    assert.equal(new Set(named).size, named.length);
    for (const key of named) assert.notEqual(Number(key.slice("wire-".length)) % 3, 0, key);
    const wrong = checkDraft(index, "The National Crime Agency said 900 people were arrested in the UK.\n");
    const f = wrong.find((x) => x.kind === "contradicted");
    assert.ok(f, JSON.stringify(wrong.map((x) => x.kind)));
    assert.equal(f.suggestion, "746");
    assert.match(f.message, /\(200 sources\)/);
  });

  it("searchQuotes ranks as scoring every quote would: query words in its sentence, named speaker, ties in corpus order", () => {
    const speakers = ["Nikki Holland", "Cressida Dick", "the spokesman", ""];
    const docs: SourceDocument[] = [];
    for (let i = 0; i < 120; i++) {
      const who = speakers[i % 4]!;
      const said = who ? `, ${who} said` : "";
      const body = i % 5 === 0 ? `"We seized ${i} firearms and cash in the raids across the city"${said}.` : `"The operation was a success for everyone involved in it"${said}.\n\n"Criminals thought the phones were safe from the police"${said}.`;
      docs.push(doc(`wire-${i}`, `Wire ${i}\n\n${body}\n`));
    }
    const index = CorpusIndex.build(docs);
    // The reference: every quote scored one by one.
    const reference = (query: string, limit: number, speaker?: string) => {
      const terms = new Set(queryTerms(query));
      const sp = speaker?.toLowerCase();
      return index.quotes
        .filter((q) => q.words.length >= 3)
        .map((q) => {
          let score = 0;
          for (const t of q.sentence >= 0 ? index.sentence(q.sentence).terms : []) if (terms.has(t)) score += index.idf(t);
          const w = q.speaker?.toLowerCase();
          if (sp && w && (w.includes(sp) || sp.includes(w.split(" ").pop()!))) score += 100;
          if (q.speaker) score += 0.5;
          return { q, score };
        })
        .sort((a, b) => b.score - a.score || a.q.id - b.q.id)
        .slice(0, limit)
        .map(({ q }) => `${index.documents[q.doc]!.meta.key}: ${q.text}`);
    };
    const cases: [string, number, string?][] = [["firearms seized in raids", 10], ["police phones", 30, "Holland"], ["nothing matches", 5], ["success", 200, "Cressida Dick"], ["operation", 3, "spokesman"]];
    for (const [query, limit, speaker] of cases) {
      assert.deepEqual(index.searchQuotes(query, limit, speaker).map((q) => `${q.source}: ${q.text}`), reference(query, limit, speaker), query);
    }
  });

  it("a claim checked after its near-copies (figures, currency, place or noun edited) says what a fresh index says", async () => {
    const seeds = (await loadCorpus([bundledSeedsDir()!], nodeFileSystem)).documents;
    // Sentences of the sources with a figure, each with the edits a writer makes to it.
    const sentences = seeds
      .flatMap((d) => d.text.match(/[A-Z][^.!?\n]{30,200}\d[^.!?\n]{0,120}[.!?]/g) ?? [])
      .filter((x, i, all) => all.indexOf(x) === i)
      .filter((_x, i) => i % 2 === 0);
    assert.ok(sentences.length >= 6, "the seeds have sentences with figures");
    const variants = sentences.flatMap((x) => [
      x,
      x.replace(/\d+/, (d) => String(Number(d) + 1)),
      x.replace(/\d+/, (d) => String(Number(d) * 3 + 7)),
      x.replace("£", "$"),
      x.replace(/\d+/, (d) => `${d} tonnes of`),
      x.replace(/[.!?]$/, " in London."),
      x.replace(/\b(arrests|people|officers|users)\b/, "handsets"),
    ]);
    const warm = CorpusIndex.build(seeds);
    const differing: string[] = [];
    for (const v of variants) {
      const draft = `${v}\n`;
      if (JSON.stringify(checkDraft(warm, draft)) !== JSON.stringify(checkDraft(CorpusIndex.build(seeds), draft))) differing.push(v);
    }
    assert.deepEqual(differing, []);
  });

  it("weighs each term by the sentences that hold it, copies counted, also after a source is replaced", () => {
    const same = "Police arrested 746 people in the operation.";
    const docs = Array.from({ length: 5 }, (_, i) => doc(`d${i}`, `Report ${i}\n\n${same} ${same}\n\nOfficers seized cash in town ${i % 2}.\n`));
    const index = CorpusIndex.build(docs);
    const expectIdf = (copies: number) => {
      const df = new Map<string, number>();
      let n = 0;
      for (let id = 0; id < index.sentenceCount; id++) {
        if (!index.documents.some((_d, k) => index.sentencesOf(k).includes(id))) continue;
        n++;
        for (const t of index.sentence(id).terms) df.set(t, (df.get(t) ?? 0) + 1);
      }
      for (const [t, k] of df) assert.equal(index.idf(t), Math.min(Math.log(1 + n / (k + 0.5)), Math.log(1 + 1000)), t);
      assert.equal(df.get("arrest"), copies, "the copies are counted");
    };
    expectIdf(10);
    index.upsertDocument(doc("d2", `Report 2\n\n${same}\n`));
    expectIdf(9);
  });

  it("lets a replaced source's old figures go: checks after updates give the verdicts and sources a fresh build gives", () => {
    const said = (i: number, arrests: number, cash: string) =>
      doc(`w${i}`, `Wire ${i}\n\nPolice arrested ${arrests} people in Leeds on 2 July 2020. Officers seized ${cash} in cash and 77 firearms.\n`);
    const first = [0, 1, 2, 3, 4, 5].map((i) => said(i, 746, "£54m"));
    const index = CorpusIndex.build(first);
    // Four of six sources now give other figures: the old ones must no longer speak for them.
    const replaced = [0, 1, 2, 3].map((i) => said(i, 801, "£13m"));
    for (const d of replaced) index.upsertDocument(d);
    const fresh = CorpusIndex.build([...replaced, ...first.slice(4)]);
    const draft = "Police arrested 746 people in Leeds. Officers seized £54m in cash.\n\nPolice arrested 801 people in Leeds. Officers seized £13m in cash.\n";
    const verdicts = (ix: CorpusIndex) =>
      checkDraft(ix, draft).map((f) => ({ kind: f.kind, span: f.span, message: f.message.replace(/:.*$/, ""), sources: [...(f.supportingSources ?? [])].sort(), count: f.supportingSourceCount }));
    const got = verdicts(index);
    assert.deepEqual(got, verdicts(fresh));
    assert.ok(got.some((f) => f.kind !== "supported"), JSON.stringify(got));
  });

  it("numbers each measure's fact shapes locally, for facts added later too, and anew for a list replaced", () => {
    const shapeOf = (fid: number) => [7, 9, 7, 4, 9, 4, 7][fid]!;
    const cache = new ShapedListCache();
    const list = [0, 1, 2];
    const a = cache.of(list, shapeOf);
    assert.deepEqual([...a.local.subarray(0, 3)], [0, 1, 0]);
    assert.deepEqual(a.shapes, [7, 9]);
    list.push(3, 4);
    const b = cache.of(list, shapeOf);
    assert.deepEqual([...b.local.subarray(0, 5)], [0, 1, 0, 2, 1]);
    assert.deepEqual(b.shapes, [7, 9, 4]);
    const replaced = cache.of([3, 5, 6], shapeOf);
    assert.deepEqual([...replaced.local.subarray(0, 3)], [0, 0, 1]);
    assert.deepEqual(replaced.shapes, [4, 7]);
    // Every fact's local number names its own shape, in a real index too.
    const index = CorpusIndex.build(Array.from({ length: 4 }, (_, i) => doc(`m${i}`, `Report\n\nPolice made ${40 + i} arrests in town ${i % 2}. Officers made ${7 + i} arrests.\n`)));
    const shaped = index.shapedFacts("arrest")!;
    assert.ok(shaped.fids.length >= 8);
    shaped.fids.forEach((fid, i) => assert.equal(shaped.shapes[shaped.local[i]!], index.factShape(fid)));
    assert.ok(shaped.shapes.length < shaped.fids.length, "copies share shapes");
  });

  it("carries a list's shape numbers over to the list a retired source leaves, numbering only what is new", () => {
    const shapes = [7, 9, 7, 4, 9, 4, 7, 8];
    const asked: number[] = [];
    const shapeOf = (fid: number) => (asked.push(fid), shapes[fid]!);
    const cache = new ShapedListCache();
    const list = [0, 1, 2, 3, 4, 5];
    cache.of(list, shapeOf);
    list.push(6); // added after the numbering: not yet numbered when the list is filtered
    const kept = [1, 3, 5, 6];
    cache.carry(list, kept);
    asked.length = 0;
    const carried = cache.of(kept, shapeOf);
    assert.deepEqual(asked, [6], "only the fact the old numbering had not reached");
    kept.forEach((fid, i) => assert.equal(carried.shapes[carried.local[i]!], shapes[fid], `fact ${fid}`));
    kept.push(7);
    const grown = cache.of(kept, shapeOf);
    kept.forEach((fid, i) => assert.equal(grown.shapes[grown.local[i]!], shapes[fid], `fact ${fid}`));
    // In a real index: a replaced source's facts leave the list; the rest keep their numbers, each naming its own shape.
    const docs = Array.from({ length: 6 }, (_, i) => doc(`m${i}`, `Report\n\nPolice made ${40 + (i % 2)} arrests in town ${i % 3}. Officers made ${7 + i} arrests.\n`));
    const index = CorpusIndex.build(docs);
    const before = index.shapedFacts("arrest")!;
    const numbered = new Map(before.fids.map((fid, i) => [fid, before.local[i]!]));
    index.upsertDocument(doc("m2", "Report\n\nPolice made 99 arrests in town 5. Officers made 12 arrests.\n"));
    const after = index.shapedFacts("arrest")!;
    assert.ok(after.fids.length === before.fids.length, "two facts out, two in");
    assert.equal(after.shapes, before.shapes, "the numbering is carried over, not done again");
    after.fids.forEach((fid, i) => {
      assert.equal(after.shapes[after.local[i]!], index.factShape(fid));
      if (numbered.has(fid)) assert.equal(after.local[i], numbered.get(fid), `fact ${fid} keeps its number`);
    });
  });

  it("suggests the closest key among thousands", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `article-${String(i).padStart(6, "0")}`);
    keys.push("guardian-encrochat-2020", "bbc-encrochat-arrests");
    assert.equal(closestKey(keys, "guardian-encrochat-202"), "guardian-encrochat-2020");
    assert.equal(closestKey(keys, "bbc-encrochat-arests"), "bbc-encrochat-arrests");
    assert.equal(closestKey(keys, "zzzzqqqq"), undefined);
  });

  it("shortlists the keys that share the most letter pairs, ties to the earlier key, as scoring every key would", () => {
    // The reference: score every key by its letter-pair overlap, sort, keep the best.
    const reference = (keys: string[], key: string, size: number): string[] => {
      const pairs = (t: string) => Array.from({ length: Math.max(0, t.length - 1) }, (_, j) => t.slice(j, j + 2));
      const want = new Set(pairs(key.toLowerCase()));
      const scored = keys.map((k, i) => ({ i, dice: (2 * pairs(k.toLowerCase()).filter((p) => want.has(p)).length) / (want.size + Math.max(1, k.length - 1)) }));
      scored.sort((a, b) => b.dice - a.dice || a.i - b.i);
      return scored.slice(0, size).sort((a, b) => a.i - b.i).map((x) => keys[x.i]!);
    };
    // "İzmir" grows when lowercased: a key's pairs are the lowercased key's.
    const words = ["police", "encrochat", "arrests", "met", "nca", "cash", "drugs", "guardian", "bbc", "sun", "2020", "2021", "uk", "İzmir"];
    let seed = 7;
    const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length]!;
    const keys = Array.from({ length: 900 }, (_, i) => `${pick()}-${pick()}${i % 3 ? "" : "-" + pick()}`);
    for (let q = 0; q < 60; q++) {
      const key = `${pick()}-${pick()}`.replace(/[aeiou]/, "");
      // Many keys tie: the shortlist must cut the ties where the reference does.
      assert.deepEqual(byLetterPairs(keys, key, 64), reference(keys, key, 64), key);
    }
  });

});
