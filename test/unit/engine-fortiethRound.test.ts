/**
 * Rules from the fortieth session: sound claims of the waiting probes (`test/eval/pending`) that
 * the engine flagged, because a source's figure was read as a count of the wrong thing. Each rule
 * is asserted on made-up reports, and on the probe whose sound claim it clears.
 */
import * as assert from "node:assert/strict";
import { extractDates } from "../../src/core/analysis/dates";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { CLAIM_READING } from "../../src/core/check/checkDraft";
import { assessFact } from "../../src/core/check/factCheck";
import { factOf, madeUp } from "./madeUpReports";
import { flagged, kinds, probeIndex } from "./probeCorpora";

/** Each figure of `text` with its verdict against a waiting probe's corpus. */
function probeVerdicts(story: string, text: string): string[] {
  const ix = probeIndex(story);
  const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver(), undefined, CLAIM_READING);
  return claim.facts.map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

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
    // Nor after a word for a figure itself: "a total of 300 injured" counts the injured.
    assert.equal(extractQuantities("A total of 300 injured were taken to hospital.")[0]!.unit, "injure");
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

  it("a number after a month with a group of thousands ('By the end of February, 14,870 premises') is a figure, not the month's day or year", () => {
    const dates = (text: string) => extractDates(text).map((d) => [d.text, d.year, d.month, d.day]);
    assert.deepEqual(dates("By the end of February, 14,870 premises had been connected."), [["end of February", undefined, 2, 28]]);
    assert.deepEqual(dates("In March, 2,300 people signed the petition."), [["March", undefined, 3, undefined]]);
    assert.deepEqual(dates("On 3 March, 2,300 people signed the petition."), [["3 March", undefined, 3, 3]]);
    // A day or a year after a month is still one, and a figure after a full date leaves it whole.
    assert.deepEqual(dates("On June 5, 2024, 1,200 people signed the petition."), [["June 5, 2024", 2024, 6, 5]]);
    assert.deepEqual(dates("The vote was on 4 March, 2025."), [["4 March, 2025", 2025, 3, 4]]);
    // The month it dates is no other year's: a claim of the same month agrees, where before a
    // report's "February, 14" read as February 2014.
    const reports = ["By the end of February, 14,870 homes had been connected to the network, the report said."];
    assert.deepEqual(madeUp(reports, "By the end of February, 14,870 homes had been connected to the network."), ["14,870 supported", "end of February supported"]);
  });

  it("an opening partitive before 'only' ('Of the village's 412 premises, only 96 are connected') gives a part", () => {
    assert.equal(factOf("Of the village's 412 premises, only 96 are connected.", "96").part, true);
    assert.equal(factOf("Of the 412 premises, 96 are connected.", "96").part, true);
    assert.equal(factOf("Of the village's 412 premises, only 96 are connected.", "412").part, undefined);
  });

  it("a count of things done to is not answered by a whole whose part alone had it done ('Of the village's 412 premises, only 96 are connected')", () => {
    const reports = [
      "By the end of March, 8,120 homes had been connected to the network, the company said.",
      "In the hamlet, of the 412 homes on its register, only 96 are connected, all of them new builds.",
    ];
    assert.deepEqual(madeUp(reports, "More than 8,000 homes had been connected to the network by the end of March."), ["8,000 supported", "end of March supported"]);
    // Where the whole's paragraph shares the claim's words ("by the end of October 2025").
    assert.equal(probeVerdicts("broadband", "Nearly 15,000 premises had been connected by the end of February 2025.")[0], "15,000 supported");
    // A whole said to have had it done itself still disagrees.
    const done = [reports[0]!, "In all, 412 homes had been connected to the network by the end of March, the council said."];
    assert.deepEqual(madeUp(done, "More than 8,000 homes had been connected to the network by the end of March.")[0], "8,000 disputed");
  });

  it("the date a target or deadline names ('ahead of its target date of Wednesday, Feb. 19') is the target's, not its clause's event's", () => {
    const source = "The agency said the breach was closed at about 3:20 p.m. on Sunday, three days ahead of its target date of Wednesday, Feb. 19.";
    assert.deepEqual(factOf(source, "Feb. 19").measure, ["target"]);
    assert.deepEqual(factOf("The council set a deadline of 30 May for bids.", "30 May").measure, ["target"]);
    // A date of the event itself is still the event's.
    assert.deepEqual(factOf("The breach was closed on Wednesday, Feb. 19.", "Feb. 19").measure, ["close"]);
    // So the day the breach was closed is not contradicted by the target's.
    assert.deepEqual(madeUp([source], "The breach was closed on Sunday, February 16, three days earlier than the agency's target.").filter((v) => v.startsWith("February 16")), ["February 16 unknown"]);
  });

  it("a share of one thing is not answered by a share of another ('two-thirds of its branches' / '87% of customers at the closing branches')", () => {
    const reports = [
      "The bank confirmed it is to close almost two-thirds of its branches in the region by the autumn.",
      "The bank's case rests on its claim that 87% of customers at the closing branches already bank online.",
    ];
    assert.deepEqual(madeUp(reports, "Nearly two-thirds of the bank's branches in the region are set to close."), ["two-thirds supported"]);
    // A share of the same thing still disagrees, and a share said of nothing still meets any.
    assert.deepEqual(madeUp(reports, "Some 40% of the bank's branches in the region are set to close."), ["40% contradicted"]);
    assert.deepEqual(madeUp(reports[1]!, "Some 70% of customers at the closing branches already bank online."), ["70% contradicted"]);
    assert.deepEqual(kinds("branches", "Nearly two-thirds of Pennant's branches in the Westmarch are set to close."), ["supported"]);
  });
});
