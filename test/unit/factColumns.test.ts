import * as assert from "node:assert/strict";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { FIGURE_PART } from "../../src/core/index/factColumns";
import { readSourceText } from "../../src/core/sources/readSource";

describe("fact columns", () => {
  it("flag exactly the figures their analysis reads as parts (FIGURE_PART), so a check need not read their records", () => {
    const read = readSourceText(
      "/virtual/pubs.txt",
      "The brewer will close 38 of its 214 pubs this year. It employs 1,900 staff.\n\nSome 390,000 of the recalled cars are in North America, out of 1.2 million recalled in all.\n",
    );
    if (!read.ok) throw new Error("could not read the report");
    const index = CorpusIndex.build([read.document]);
    const cols = index.factColumns;
    let parts = 0;
    let others = 0;
    for (let fid = 0; fid < cols.size; fid++) {
      const f = index.fact(fid);
      const part = f.kind === "quantity" && !!f.quantity && !!f.part;
      assert.equal((cols.figureFlags[fid]! & FIGURE_PART) !== 0, part, `${f.label}`);
      if (part) parts++;
      else others++;
    }
    assert.ok(parts >= 1, "a part among the figures");
    assert.ok(others >= 1, "a figure that is no part");
  });
});
