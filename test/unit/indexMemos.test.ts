import * as assert from "node:assert/strict";
import { documentSays, figureFollowedBy } from "../../src/core/check/indexMemos";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";

function doc(path: string, text: string) {
  const read = readSourceText(path, text);
  if (!read.ok) throw new Error(`could not read ${path}`);
  return read.document;
}

describe("index memos (answers kept beside an index across checks)", () => {
  const reports = [
    doc("/virtual/a.txt", "The Harbour Trust said 212 boats were moored. Of them, 38 remain in the harbour.\n"),
    doc("/virtual/b.txt", "Officials counted 212 boats in the bay on Monday.\n"),
  ];

  it("answers whether a document says a phrase, as the text does, case and all", () => {
    const index = CorpusIndex.build(reports);
    for (let d = 0; d < index.documents.length; d++) {
      for (const phrase of ["Harbour Trust", "harbour trust", "212 boats", "Monday"]) {
        assert.equal(documentSays(index, d, phrase), index.documents[d]!.text.includes(phrase), `${d} ${phrase}`);
        // Asked again: the kept answer, the same.
        assert.equal(documentSays(index, d, phrase), index.documents[d]!.text.includes(phrase), `${d} ${phrase} again`);
      }
    }
  });

  it("answers whether a figure is followed by a pattern, figure by figure", () => {
    const index = CorpusIndex.build(reports);
    const cols = index.factColumns;
    const remains = /^[\p{L}\d,.-]+(?:\s+[\p{L}\d,-]+){0,3}?\s+remain\b/iu;
    let yes = 0;
    for (let fid = 0; fid < cols.size; fid++) {
      const text = index.documents[cols.doc[fid]!]!.text;
      const expected = remains.test(text.slice(cols.start[fid]!, cols.start[fid]! + 40));
      assert.equal(figureFollowedBy(index, fid, remains, 40), expected, `fact ${fid}`);
      assert.equal(figureFollowedBy(index, fid, remains, 40), expected, `fact ${fid} again`);
      if (expected) yes++;
    }
    // "38 remain": one figure of the two reports is followed by it, and the others are not.
    assert.equal(yes, 1);
    assert.throws(() => figureFollowedBy(index, 0, remains, 50), /two reaches/);
  });

  it("forgets its answers when the index changes", () => {
    const index = CorpusIndex.build(reports);
    assert.equal(documentSays(index, 1, "Harbour Trust"), false);
    const b = index.upsertDocument(doc("/virtual/b.txt", "The Harbour Trust counted 212 boats in the bay on Monday.\n"));
    // The same document number, read again: a kept answer would be the old text's.
    assert.equal(b, 1);
    assert.equal(documentSays(index, b, "Harbour Trust"), true);
  });
});
