import * as assert from "node:assert/strict";
import MiniSearch from "minisearch";
import { Bm25 } from "../../src/core/index/bm25";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";

// The index's BM25 is a flat-postings rewrite of MiniSearch's scoring (for persistence, top-k and
// removal). MiniSearch stays the reference: same scores and the same order on real sentences.
describe("Bm25 scores as MiniSearch does", () => {
  let sentences: string[] = [];
  before(async () => {
    const { documents } = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    const index = CorpusIndex.build(documents);
    sentences = index.allSentences().map((s) => s.terms.join(" "));
  });

  it("returns the same hits, scores and order for queries drawn from the corpus", () => {
    const ours = new Bm25();
    const ref = new MiniSearch<{ id: number; terms: string }>({
      fields: ["terms"],
      tokenize: (s) => s.split(" "),
      processTerm: (t) => t || null,
      searchOptions: { tokenize: (s) => s.split(" "), processTerm: (t) => t || null },
    });
    sentences.forEach((t, id) => ours.add(id, t));
    ref.addAll(sentences.map((terms, id) => ({ id, terms })));
    // Queries: pairs and triples of terms from every fifth sentence.
    let compared = 0;
    sentences.forEach((t, i) => {
      if (i % 5) return;
      const words = t.split(" ").filter(Boolean);
      for (let k = 0; k + 2 < words.length; k += 3) {
        const q = words.slice(k, k + 3).join(" ");
        const expected = ref.search(q, { combineWith: "OR" }).slice(0, 10).map((h) => ({ id: h.id as number, score: h.score }));
        const got = ours.search(q, 10);
        assert.deepEqual(got.map((h) => h.id), expected.map((h) => h.id), `order for "${q}"`);
        got.forEach((h, j) => assert.ok(Math.abs(h.score - expected[j]!.score) < 1e-9, `score for "${q}"`));
        compared++;
      }
    });
    assert.ok(compared > 50, `compared ${compared} queries`);
  });
});
