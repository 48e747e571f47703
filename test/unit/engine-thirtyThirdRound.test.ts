/**
 * Rules from the thirty-third session, each from a true claim an older probe
 * (`test/eval/pending`) flagged. Each is asserted on the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: rules of the thirty-third session", () => {
  it("a date of a thing named by its numbers ('Berths 1 to 3 reopened') is not disputed by the same event of another number ('Berth 4 reopened')", () => {
    assert.deepEqual(flagged("harbourcrane", "Berths 1 to 3 reopened on Friday 14 March."), []);
    const reports = [
      "Berths 1 to 3 reopened on Friday 14 March, three days after the collapse.",
      "Berth 4 reopened on Monday, June 2, after the crane was moved.",
    ];
    assert.deepEqual(madeUp(reports, "Berths 1 to 3 reopened on Friday 14 March."), ["14 March supported"]);
    assert.deepEqual(madeUp(reports, "Berth 2 reopened on Friday 14 March."), ["14 March supported"]);
    // "and" names the numbers it joins, no run between them.
    assert.deepEqual(madeUp(["Wards 6 and 7 reopened on Saturday 18 January.", "Ward 5 reopened on Monday 3 March."], "Wards 6 and 7 reopened on Saturday 18 January."), ["18 January supported"]);
    assert.deepEqual(madeUp(["Wards 5 and 7 reopened on Saturday 18 January.", "Ward 6 reopened on Monday 3 March."], "Wards 5 and 7 reopened on Saturday 18 January."), ["18 January supported"]);
    // A sentence that names one of the claim's numbers is of the claim's thing: it still disputes.
    assert.deepEqual(madeUp([reports[0]!, "Berths 3 and 4 reopened on Monday, June 2."], "Berths 1 to 3 reopened on Friday 14 March."), ["14 March disputed"]);
    // And a wrong date of the claim's own thing is still contradicted.
    assert.deepEqual(madeUp(reports, "Berths 1 to 3 reopened on Friday 21 March."), ["21 March contradicted"]);
  });

  it("a date of an event is not disputed by the same event a sentence gives to another thing the claim names apart ('the Caldicott Room would reopen')", () => {
    assert.deepEqual(flagged("gallerytheft", "The gallery reopened to the public on Wednesday 19 February, although the Caldicott Room stayed closed."), []);
    const reports = [
      "The gallery reopened on 19 February with the Caldicott Room still closed.",
      "Gallery director Miriam Oakes said the Caldicott Room would reopen on Saturday, May 3.",
    ];
    const claim = "The gallery reopened on 19 February, although the Caldicott Room stayed closed.";
    assert.deepEqual(madeUp(reports, claim), ["19 February supported"]);
    // The claim that does not name the other thing apart may mean it by another word: disputed.
    assert.deepEqual(madeUp(reports, "The gallery reopened on 19 February."), ["19 February disputed"]);
    // A sentence that gives the event to the claim's own subject still disputes it.
    assert.deepEqual(madeUp([reports[0]!, "The gallery would reopen on Saturday, May 3, the Caldicott Room said."], claim), ["19 February disputed"]);
    // And the other thing's date still answers a claim of that thing.
    assert.deepEqual(madeUp(reports, "The Caldicott Room reopened on Saturday 10 May."), ["10 May contradicted"]);
  });
});
