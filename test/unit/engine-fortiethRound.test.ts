/**
 * Rules from the fortieth session: sound claims of the waiting probes (`test/eval/pending`) that
 * the engine flagged, because a source's figure was read as a count of the wrong thing. Each rule
 * is asserted on made-up reports, and on the probe whose sound claim it clears.
 */
import * as assert from "node:assert/strict";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { factOf, madeUp } from "./madeUpReports";
import { flagged, kinds } from "./probeCorpora";

describe("engine: rules of the fortieth session", () => {
  it("a count's subject after who reported it ('The agency said its final count of dead fish was 3,400')", () => {
    assert.deepEqual(factOf("The coastguard said its final count of stranded seals on the sandbank was 412.", "412").measure, ["seal", "strand"]);
    assert.deepEqual(factOf("Officials confirmed that the number of homes flooded had risen to 269.", "269").measure, ["home", "flood"]);
    assert.deepEqual(factOf("Police said the crowd was 5,000.", "5,000").measure, ["crowd"]);
    // Not a lead that is no report ("The club knew its ..."), nor one before no subject.
    assert.deepEqual(factOf("The club knew its final count of members was 412.", "412").measure, []);
    // The count agrees with a bound of it, where before the figure counted nothing.
    const reports = ["The coastguard said its final count of stranded seals on the sandbank was 412, up from 380 on Monday."];
    assert.deepEqual(madeUp(reports, "Nearly 420 stranded seals were eventually counted on the sandbank."), ["420 supported"]);
    assert.deepEqual(madeUp(reports, "More than 500 stranded seals were eventually counted on the sandbank."), ["500 contradicted"]);
    assert.deepEqual(kinds("chemicalspill", "Nearly 3,500 dead fish were eventually counted in Marle Brook."), ["supported"]);
  });

  it("a figure of a collective noun ('a crowd of 7,412 watched in ...') counts the noun, not the verb after it", () => {
    const crowd = extractQuantities("A crowd of 7,412 watched in the arena.")[0]!;
    assert.equal(crowd.unit, undefined);
    assert.deepEqual(factOf("A crowd of 7,412 watched in the arena.", "7,412").measure, ["crowd"]);
    assert.deepEqual(factOf("An audience of about 300 gathered outside the hall.", "300").measure, ["audienc"]);
    // A participle after a figure with no such noun before it is still what it counts.
    assert.equal(extractQuantities("Large numbers of the 746 arrested are eastern Europeans.")[0]!.unit, "arrest");
    assert.deepEqual(factOf("Some 300 gathered outside.", "300").measure, ["gather"]);
  });

  it("where a change started counts what changed, not the size of a thing beside it ('in the 7,800-capacity arena, up from 6,980')", () => {
    assert.deepEqual(factOf("A crowd of 7,412 watched in the 7,800-capacity arena, up from 6,980 at last season's final.", "6,980").measure, ["crowd"]);
    const reports = ["A crowd of 4,120 watched in the 5,000-capacity stadium, up from 3,980 at last year's derby."];
    assert.deepEqual(madeUp(reports, "Last year's derby drew a crowd of nearly 4,000."), ["4,000 supported"]);
    assert.deepEqual(madeUp(reports, "Last year's derby drew a crowd of 3,600."), ["3,600 contradicted"]);
    // The thing's size is still its own measure.
    assert.deepEqual(factOf("A crowd of 7,412 watched in the 7,800-capacity arena, up from 6,980 at last season's final.", "7,800").measure, ["capac"]);
    assert.deepEqual(flagged("icehockey", "Last season's final drew a crowd of nearly 7,000."), []);
  });
});
