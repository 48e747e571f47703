/**
 * Rules from the forty-second session: sound claims of the waiting probes (`test/eval/pending`)
 * that the engine flagged, because a source's date was another figure's, a source's change was
 * of another thing, a source's figure was one place's part of the claim's sum, or a rate's
 * period went unread. Each rule is asserted on made-up reports, and on the probe whose sound
 * claim it clears.
 */
import * as assert from "node:assert/strict";
import { factOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: rules of the forty-second session", () => {
  it("a sentence that gives one of the claim's figures the claim's date (but for the year) dates its other figures otherwise", () => {
    const series = "The ferry operator said 8,410 passengers had travelled as of Sunday, June 8, up from 7,950 a week earlier and 6,230 at the end of May.";
    assert.deepEqual(madeUp([series], "About 6,200 passengers had travelled by the end of May 2025.")[1], "end of May 2025 unknown");
    // Not where the claim's figure is dated otherwise: the sentence's date still answers the claim's.
    assert.deepEqual(madeUp(["The ferry operator said 8,410 passengers had travelled as of Sunday, June 8, up from 6,230 on May 25."], "About 6,200 passengers had travelled by the end of May 2025.")[1], "end of May 2025 contradicted");
    assert.deepEqual(flagged("broadband", "Nearly 15,000 premises had been connected by the end of February 2025."), []);
  });

  it("a change whose noun names what it changes, in words the claim never says, is another thing's", () => {
    assert.deepEqual(madeUp(["Youth services will also lose out, after a £2.1m cut to bus subsidies."], "Youth services face a £900,000 cut."), ["£900,000 unknown"]);
    // A change of the claim's own thing still answers it.
    assert.deepEqual(madeUp(["A £2.1m cut to youth services will end support for seven centres from 31 May."], "Youth services face a £900,000 cut."), ["£900,000 contradicted"]);
    assert.deepEqual(flagged("counciltax", "Youth services face a £900,000 cut."), []);
  });

  it("a smaller figure whose own stretch of its sentence names one of two names the claim joins is that one's part", () => {
    const reports = [
      "Tarrant & Vale, a family-owned company founded in 1968, makes marine paints and employs 160 people in Ellesmoor.",
      "Production is moving to the firm's smaller plant in Cobbridge, which employs 50 people, and all 160 staff at the Ellesmoor site will stay on full pay.",
    ];
    assert.deepEqual(madeUp(reports, "Tarrant & Vale employs around 210 people across its Ellesmoor and Cobbridge plants."), ["210 unknown"]);
    // A figure said of both is an account of the claim's.
    assert.deepEqual(madeUp(["Tarrant & Vale, a family-owned company founded in 1968, makes marine paints and employs 160 people in Ellesmoor and Cobbridge."], "Tarrant & Vale employs around 210 people across its Ellesmoor and Cobbridge plants."), ["210 contradicted"]);
    // Two months the claim joins are two parts' times too; the ends of a route are no parts, nor are shares.
    assert.deepEqual(madeUp(["The food bank handed out 4,100 parcels in January, its busiest month."], "The food bank handed out about 9,400 parcels over December and January."), ["9,400 unknown", "January supported"]);
    assert.deepEqual(madeUp(["The bus route linking Ashby to Carlton has 22 stops in Ashby."], "The bus route between Ashby and Carlton has 30 stops."), ["30 contradicted"]);
    assert.deepEqual(madeUp(["Parcel numbers in January were 14% higher than a year earlier."], "Parcel numbers over December and January were 41% higher than a year earlier.")[0], "41% contradicted");
    assert.deepEqual(flagged("factoryfire", "Tarrant & Vale employs around 210 people across its Ellesmoor and Cobbridge plants."), []);
  });

  it("a report's final count that agrees makes an older report's smaller count an earlier tally, whatever the claim's tense", () => {
    const older = "Published 3 March 2025\n\nThe council said it had received 340 complaints about smoke and smell by Monday afternoon.";
    const claim = "By the time the fire was out, the council had received more than 1,200 complaints about smoke and smell.";
    assert.deepEqual(madeUp([older, "Published 20 March 2025\n\nThe final count of complaints about smoke and smell received by the council stood at 1,270."], claim), ["1,200 supported"]);
    // A count no report calls the last leaves the two accounts as they were.
    assert.deepEqual(madeUp([older, "Published 20 March 2025\n\nThe count of complaints about smoke and smell received by the council stood at 1,270."], claim), ["1,200 disputed"]);
    assert.deepEqual(flagged("wastefire", claim), []);
    assert.deepEqual(flagged("rivercleanup", "Nearly 6,000 fish died as a result of the spill."), []);
  });

  it("a figure its sentence dates by a year before the newest agreeing report's is of an earlier time, for an undated claim", () => {
    const claim = "Nearly 260 sailings were cancelled while the ferry was out of service.";
    const newer = "Published 20 March 2025\n\nThe breakdown led to 258 sailings being cancelled.";
    assert.deepEqual(madeUp([newer, "Published 5 March 2025\n\nIn October 2024 the ferry was out of service for 19 days, during which 171 sailings were cancelled."], claim), ["260 supported"]);
    assert.deepEqual(madeUp([newer, "Published 5 March 2025\n\nThe ferry was out of service for 19 days, during which 171 sailings were cancelled."], claim), ["260 disputed"]);
    // A year of another thing the sentence tells ("Launched in 2019, ...") dates no figure of it.
    assert.deepEqual(madeUp(["Published 20 March 2025\n\nThe 118,000-tonne ship has 16 decks.", "Published 5 March 2025\n\nLaunched in 2019, the ship measures 112,400 gross tonnes and has 16 decks."], "The ship is a 118,000-tonne vessel."), ["118,000 disputed"]);
    assert.deepEqual(flagged("ferrycancel", claim), []);
  });

  it("a level its source gives as last year's is of another time than an undated claim that a report agrees with", () => {
    const claim = "Fourteen runners were taken to hospital after the half marathon.";
    const agreeing = "Published 20 March 2025\n\nFourteen runners were taken to hospital after the half marathon, the ambulance service said.";
    assert.equal(factOf("Last year's event, held in the heat, had nine runners treated by medics.", "nine").yearsAgo, 1);
    assert.deepEqual(madeUp([agreeing, "Published 21 March 2025\n\nLast year's half marathon, held in cooler weather, saw nine runners taken to hospital."], claim), ["Fourteen supported"]);
    assert.deepEqual(madeUp([agreeing, "Published 21 March 2025\n\nLast year nine runners were taken to hospital after the half marathon."], claim), ["Fourteen supported"]);
    assert.deepEqual(madeUp([agreeing, "Published 21 March 2025\n\nThe half marathon, held in cooler weather, saw nine runners taken to hospital."], claim), ["Fourteen disputed"]);
    // Not one whose sentence names the claim's own: last year's winner is the claim's book.
    assert.deepEqual(
      madeUp(
        ["Published 20 March 2025\n\nGreyfinch Press said the new winner had sold 34,600 copies by the end of March.", "Published 21 March 2025\n\nThe figure already exceeds the roughly 22,000 copies that last year's winner, Gull Year by Farhan Qureshi, sold in the 12 months after its win."],
        "Farhan Qureshi's Gull Year sold about 32,000 copies in the year after it won.",
      ),
      ["32,000 contradicted"],
    );
    assert.deepEqual(flagged("marathonheat", "In all, 49 runners were treated by medics, 14 of whom were taken to hospital."), []);
  });

  it("a body the claim never names, doing the claim's event, did another thing", () => {
    const agreeing = "The two trusts' boards approved the merger on Monday 3 March, creating a single organisation from 1 October.";
    assert.deepEqual(madeUp([agreeing, "The vote came after NHS England approved the merger on Thursday, April 24."], "The two boards approved the merger on Monday 3 March.")[1], "3 March supported");
    assert.deepEqual(madeUp([agreeing, "The vote came after the two boards approved the merger on Thursday, April 24."], "The two boards approved the merger on Monday 3 March.")[1], "3 March disputed");
    assert.deepEqual(flagged("hospitalmerger", "The two boards approved the merger on Monday 3 March, and the new trust is to be formally created on 1 October."), []);
  });

  it("reads 'peaked at a record 960,000' as a peak, answered by another peak", () => {
    assert.equal(factOf("Net migration peaked at a record 960,000 in the year to June 2023.", "960,000").peak, true);
    assert.deepEqual(madeUp(["Net migration peaked at 906,000 in the year to June 2023, a record that fuelled a political backlash."], "Net migration peaked at a record 960,000 in the year to June 2023."), ["960,000 contradicted", "June 2023 supported"]);
  });

  it("a partitive's whole that ends on an adverb ('six of the 14 there') counts what the sentence counts", () => {
    assert.deepEqual(factOf("Crews felled six of the 14 there on 7 March.", "six").measure, []);
    assert.deepEqual(
      madeUp(["Published 20 March 2025\n\nCrews felled six of the 14 trees scheduled for removal on Carr Lane on 7 March."], "Eight trees were left standing on Carr Lane after crews felled six of the 14 there on 7 March."),
      ["Eight unknown", "six supported", "14 supported", "7 March supported"],
    );
    assert.deepEqual(flagged("treefelling", "Eight trees were left standing on Carr Lane after crews felled six of the 14 there on 7 March."), []);
  });

  it("reads a sum's period from a sentence opening on it, and from a monthly membership's cost", () => {
    assert.equal(factOf("A year on the adult Smile Plan works out at £198.", "£198").quantity?.per, "year");
    assert.equal(factOf("A week at the camp costs £340.", "£340").quantity?.per, "week");
    assert.equal(factOf("Patients are offered the Smile Plan, a monthly membership costing £16.50 for adults.", "£16.50").quantity?.per, "month");
    // "A year on," is a time later, no period.
    assert.equal(factOf("A year on, the adult plan costs £16.50.", "£16.50").quantity?.per, undefined);
    assert.deepEqual(flagged("dentistshortage", "A year on the adult Smile Plan works out at £198."), []);
  });
});
