/**
 * Rules from the forty-third session: sound claims of the waiting probes (`test/eval/pending`)
 * that the engine flagged, because a sum's stretch of years went unread, a tally counted from a
 * year was taken for a count by the claim's later deadline, one body's figure was taken for the
 * whole of a merger, or one thing's share for a total over several. Each rule is asserted on
 * made-up reports, and on the probe whose sound claim it clears.
 */
import * as assert from "node:assert/strict";
import { factOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: rules of the forty-third session", () => {
  it("a sum said over a stretch of years is no account of a sum over a stretch of another length", () => {
    assert.equal(factOf("The discount is worth about £620,000 over the three years of the deal.", "£620,000").over, 1095);
    assert.equal(factOf("Of the grant, £2.7 million is due in the first two years.", "£2.7 million").over, 730);
    // Not a point ahead, nor a stretch past another figure.
    assert.equal(factOf("The council will pay £2.7 million in two years' time.", "£2.7 million").over, undefined);
    assert.equal(factOf("The council paid £2.7 million this year and £1.2 million over two years.", "£2.7 million").over, undefined);
    const claim = "The council will pay the airline £2.7 million in the first two years of the deal.";
    assert.deepEqual(madeUp(["The airport's landing-fee discount for the airline is worth about £620,000 over the three years of the deal."], claim), ["£2.7 million unknown", "two unknown"]);
    // Over the same stretch, or none, the sums still answer each other.
    assert.deepEqual(madeUp(["The council will pay the airline £1.9 million in the first two years of the deal."], claim)[0], "£2.7 million contradicted");
    assert.deepEqual(flagged("airroute", "Of the £3.6 million subsidy, £2.7 million is due in the first two years of the deal."), []);
  });

  it("a tally its report counts from a year, in a report before the claim's deadline, is no count by that deadline", () => {
    const claim = "Northway Bank will have closed 26 branches by the end of June 2025.";
    assert.deepEqual(madeUp(["Published 3 March 2025\n\nNorthway Bank has closed 19 branches since 2020."], claim)[0], "26 unknown");
    // A tally dated by its own year still answers the claim's.
    assert.deepEqual(madeUp(["Published 3 March 2025\n\nNorthway Bank will have closed 19 branches by the end of June 2025."], claim)[0], "26 contradicted");
    assert.deepEqual(flagged("branches", "Twenty-six of the 38 branches will have closed by the end of June."), []);
  });

  it("one named body's count is no rival of the count of the body a merger makes", () => {
    const claim = "The merged trust would have more than 8,000 staff.";
    assert.deepEqual(madeUp(["Calderbrook Hospitals employs about 4,900 staff and runs Calderbrook General Hospital."], claim), ["8,000 unknown"]);
    // A count its source gives of the merged body still answers it.
    assert.deepEqual(madeUp(["The merged trust would have about 6,200 staff, Calderbrook Hospitals said."], claim), ["8,000 contradicted"]);
    assert.deepEqual(flagged("hospitalmerger", claim), []);
  });

  it("a smaller figure whose sentence counts none of the few things a claim totals is one thing's share", () => {
    const claim = "The three plant closures announced in the county over the past year account for around 700 jobs.";
    assert.deepEqual(madeUp(["Corrigan is the third plant in the county to announce a closure, after Fennick Seating, which cut 180 jobs in July."], claim)[1], "700 unknown");
    // A sentence that counts the three still answers the total.
    assert.deepEqual(madeUp(["The three plant closures announced in the county over the past year account for 480 jobs."], claim)[1], "700 contradicted");
    // Nor is a measurement a total over the things its sentence counts.
    assert.deepEqual(madeUp(["The bodies were found in about 90 feet of water, police said."], "The two bodies recovered on Wednesday were found in about 60 feet of water, police said.")[1], "60 contradicted");
    assert.deepEqual(flagged("layoffs", "The three component-plant closures announced in East Carrowshire over the past year account for around 700 jobs."), []);
  });
});
