import * as assert from "node:assert/strict";
import type { FactMention } from "../../src/core/analysis/sentenceAnalysis";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { FIGURE_LAST, FIGURE_PART, FIGURE_REACHED, FIGURE_TOTAL, FIGURE_YEARS_BACK } from "../../src/core/index/factColumns";
import { readSourceText } from "../../src/core/sources/readSource";

/** Each figure flag and the field of a figure's reading it stands for. */
const FLAGS: [string, number, (f: FactMention) => boolean][] = [
  ["FIGURE_PART", FIGURE_PART, (f) => !!f.part],
  ["FIGURE_TOTAL", FIGURE_TOTAL, (f) => !!f.total],
  ["FIGURE_REACHED", FIGURE_REACHED, (f) => !!f.reached],
  ["FIGURE_LAST", FIGURE_LAST, (f) => f.later === "last"],
  ["FIGURE_YEARS_BACK", FIGURE_YEARS_BACK, (f) => (f.yearsAgo ?? 0) > 0],
];

describe("fact columns", () => {
  it("flag exactly the figures their analysis reads as parts, totals, levels reached, last counts and years back, so a check need not read their records", () => {
    const read = readSourceText(
      "/virtual/pubs.txt",
      "The brewer will close 38 of its 214 pubs this year. It employs 1,900 staff.\n\nSome 390,000 of the recalled cars are in North America, out of 1.2 million recalled in all.\n\n" +
        "The fare rose from £14.20 to £15.84 in March. The final count of complaints stood at 1,270. The park had 312,000 visitors last year.\n",
    );
    if (!read.ok) throw new Error("could not read the report");
    const index = CorpusIndex.build([read.document]);
    const cols = index.factColumns;
    for (const [name, flag, holds] of FLAGS) {
      let flagged = 0;
      let others = 0;
      for (let fid = 0; fid < cols.size; fid++) {
        const f = index.fact(fid);
        const is = f.kind === "quantity" && !!f.quantity && holds(f);
        assert.equal((cols.figureFlags[fid]! & flag) !== 0, is, `${name}: ${f.label}`);
        if (is) flagged++;
        else others++;
      }
      assert.ok(flagged >= 1, `${name}: a figure so read`);
      assert.ok(others >= 1, `${name}: a figure not so read`);
    }
  });
});
