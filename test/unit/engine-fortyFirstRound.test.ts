/**
 * Rules from the forty-first session: sound claims of the waiting probes (`test/eval/pending`)
 * that the engine flagged, because a source's figure was another part, another group, another
 * time or a change's other end. Each rule is asserted on made-up reports, and on the probe whose
 * sound claim it clears.
 */
import * as assert from "node:assert/strict";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { factOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: rules of the forty-first session", () => {
  it("two parts of one whole, the claim's told by words the source's sentence never says, are two parts", () => {
    const reports = ["The campsite will reopen on Friday, but with only 70 of its 120 pitches."];
    assert.deepEqual(madeUp(reports, "Sixteen of the campsite's pitches were unoccupied on the day of the fire."), ["Sixteen unknown"]);
    // A part whose sentence says what the claim says of it still answers it.
    assert.deepEqual(madeUp(["The force will close nine of its 23 police stations."], "The force will close 11 of its 23 police stations."), ["11 contradicted", "23 supported"]);
    // Nor a verb read as the count's unit ("58 ended in a crash"): a part of another whole by its clause.
    assert.deepEqual(madeUp(["Police carried out 212 pursuits in 2023, of which 38 ended in a collision."], "Of the 212 pursuits police carried out in 2023, 58 ended in a crash."), ["212 supported", "58 contradicted", "2023 supported"]);
    // Nor where the words after the whole's noun are the whole's ("holds 17 of the 48 seats on the council").
    assert.deepEqual(madeUp(["The Independents hold 11 of the 48 seats, so the motion will need support from other groups."], "The Independent group holds 17 of the 48 seats on the council."), ["17 contradicted", "48 supported"]);
    assert.deepEqual(flagged("wildfirecamp", "Sixteen of the campsite's pitches were unoccupied on the day of the fire."), []);
    assert.deepEqual(flagged("canalclosure", "According to the Pellingham Canal Boaters' Association, 15 of the stranded boats were people's permanent homes."), []);
  });

  it("'of which 29' is a part, and a part of another whole answers no part of the claim's whole", () => {
    assert.equal(factOf("By Wednesday 112 oiled birds had been brought in, of which 29 had died.", "29").part, true);
    assert.equal(factOf("Of 40 staff, 12 of whom were on leave, most came in.", "12").part, true);
    const reports = ["At the rescue centre, 112 oiled birds had been brought in by Wednesday night, of which 29 had died."];
    assert.equal(madeUp(reports, "A week after the spill, the rescue centre had taken in 187 birds, 61 of which had died.")[1], "61 unknown");
    // A part of the claim's own whole still answers it.
    assert.equal(madeUp(["The rescue centre had taken in 187 birds, of which 29 had died."], "The rescue centre had taken in 187 birds, 61 of which had died.")[1], "61 contradicted");
    assert.deepEqual(flagged("beachcleanup", "A week after the spill, Gullhaven Seabird Rescue had taken in 187 birds, 61 of which had died."), []);
  });

  it("a count whose own relative clause denies something of it counts those left out", () => {
    const reports = ["The audit found 85 placements that should not have been counted."];
    assert.deepEqual(madeUp(reports, "The audit found that 51 placements had been counted twice."), ["51 unknown"]);
    // Both so denied are one count.
    assert.deepEqual(madeUp(reports, "The audit found 80 placements that should not have been counted."), ["80 contradicted"]);
    // Not a clause joined after the figure ("£310 million and that it would not ...").
    assert.deepEqual(
      madeUp(["The developer said its cost had risen to £520 million from an original estimate of £310 million and that it would not produce power until 2028."], "The project's cost has ballooned from an original estimate of £350m."),
      ["£350m contradicted"],
    );
    assert.deepEqual(flagged("careersfair2", "The audit found that 51 placements had been counted twice and 34 were one-week work-experience sessions."), []);
  });

  it("a count its relative clause defines by words the claim never says counts others", () => {
    const reports = ["All 187 union members who walked out on 4 March remain on strike, the union says."];
    assert.deepEqual(madeUp(reports, "Some 173 union members voted on the deal."), ["173 unknown"]);
    assert.deepEqual(madeUp(reports, "Some 173 union members walked out on 4 March."), ["173 contradicted", "4 March supported"]);
    // Not a sum's clause, nor one after "of" that may be the whole's.
    assert.deepEqual(madeUp(["Low Tide, the £612,000 harbour scene that headed the list of fakes, was sold in 2019."], "Low Tide, the most expensive of the fakes, was sold for £512,000."), ["£512,000 contradicted"]);
    assert.deepEqual(madeUp(["The wall faces Weaver's Yard, a block of 64 flats that opened in 2023."], "Weaver's Yard, the block next to the venue, contains 46 flats."), ["46 contradicted"]);
    assert.deepEqual(flagged("binstrike", "Some 173 union members voted on the deal, with more than four in five backing it."), []);
  });

  it("a figure of what is in the place the claim's figure is outside of answers it not", () => {
    const reports = ["The revised plan provides 11,590 homes, including 4,840 on eight green belt sites."];
    assert.deepEqual(madeUp(reports, "Of the 11,590 homes in the plan, 6,750 are outside the green belt."), ["11,590 supported", "6,750 unknown"]);
    assert.deepEqual(madeUp(reports, "Of the 11,590 homes in the plan, 5,200 are on green belt sites."), ["11,590 supported", "5,200 contradicted"]);
    assert.deepEqual(flagged("housingplan", "Of the 11,900 homes in the original draft, 6,750 were planned outside the green belt."), []);
  });

  it("the claim's own figures, read anywhere in it, are no rival accounts of its others", () => {
    // Both ends of a change the reader takes for a span.
    assert.deepEqual(flagged("careersfair2", "The expansion would add about 400 places a year, taking the scheme from roughly 600 to 1,000 by 2027."), []);
    // The very sum of all its counted things, whatever their nouns.
    const sheep = ["A total of 155 sheep were taken overnight from the two farms."];
    assert.deepEqual(madeUp(sheep, "Thieves took 98 ewes from Low Garth Farm and 57 sheep from Scar Top Farm."), ["98 unknown", "57 unknown"]);
    assert.deepEqual(madeUp(sheep, "Thieves took 57 sheep from Scar Top Farm."), ["57 contradicted"]);
    // And the largest of the parts it adds its figure up from, as a part of it.
    const libraries = ["Volunteers will run 17 village libraries."];
    assert.deepEqual(madeUp(libraries, "The council had 32 village libraries."), ["32 contradicted"]);
    assert.deepEqual(madeUp(libraries, "Between its nine town hubs and 23 village branches the council had 32 libraries."), ["nine unknown", "23 unknown", "32 unknown"]);
    assert.deepEqual(flagged("libraryvolunteers", "Between its nine town hubs and 23 village branches the council had 32 libraries, and it will keep running only the nine hubs."), []);
  });

  it("an opening 'Of the £0.8 million windfall, £640,000 ...' gives a part of a sum", () => {
    assert.equal(factOf("Of the £0.8 million windfall, £640,000 will keep three libraries open.", "£640,000").part, true);
    assert.equal(factOf("The council will spend £640,000 on libraries.", "£640,000").part, undefined);
    // A rest of the whole whose own clause says what the claim says of its part: the claim's part is wrong.
    const penalty = ["The penalty is made up of £11.2 million that must be returned to customers through bill rebates, and a £7.4 million payment to the Treasury."];
    assert.equal(madeUp(penalty, "Of the £18.6 million penalty, £7.4 million will be returned to customers as bill rebates.")[1], "£7.4 million contradicted");
    assert.deepEqual(flagged("councilbudget", "Of the £0.8 million windfall, £640,000 will keep three libraries open and the other £160,000 will go to the hardship fund."), []);
  });

  it("a swing, a deduction and 'deduct ... from' are changes; 'a year to run it' is a rate", () => {
    assert.equal(factOf("The site went from a £1.1 million profit to a £6.3 million loss, a swing of £7.4 million.", "£7.4 million").difference, true);
    assert.equal(factOf("The MMO suspended a 212-tonne deduction from the fleet's quota.", "212").difference, true);
    assert.equal(factOf("The MMO decided to deduct 212 tonnes from the fleet's quota.", "212").difference, true);
    assert.equal(factOf("The fleet landed 212 tonnes of cod.", "212").difference, undefined);
    assert.equal(extractQuantities("on top of £280,000 a year to run it")[0]!.per, "year");
    assert.equal(extractQuantities("Greyline puts the annual operating cost of the N14 at about £259,000.")[0]!.per, "year");
    // Not "a year to June" nor "a year to 2030": how far a rate runs.
    assert.equal(extractQuantities("profits of £5m a year to June")[0]!.per, undefined);
    assert.equal(extractQuantities("growth of 4% a year to 2030")[0]!.per, undefined);
    assert.deepEqual(flagged("factoryclose", "The site went from a £1.1 million profit to a £6.3 million loss, a swing of £7.4 million in a year."), []);
    assert.deepEqual(flagged("museumgift", "Under the original £3.2 million estimate, the council would have had to find £2.7 million on top of the £500,000 Whitcombe left."), []);
  });

  it("a change's end is no rival of the level the claim gives where its sentence says the change started there", () => {
    const reports = ["Microcystin was measured at 51 micrograms per litre at the bay, up from 38 on Sunday."];
    assert.deepEqual(madeUp(reports, "The first samples from the bay contained microcystin at 38 micrograms per litre."), ["38 supported"]);
    // Not where the claim dates its level: that may be the change's end's time.
    const owed = ["Customers owed suppliers a record 4.4 billion pounds at the end of September, up from 3.9 billion pounds a year earlier."];
    assert.deepEqual(madeUp(owed, "Customers owed suppliers a record £3.9bn at the end of September."), ["£3.9bn contradicted", "end of September supported"]);
    assert.deepEqual(flagged("lakeclosure", "The first samples from Saltings Bay contained microcystin at 38 micrograms per litre, above the 24 micrograms per litre guideline the council applies to recreational water."), []);
  });

  it("'had dropped to 198' is a change's end; a higher level of the story may be where it started", () => {
    assert.equal(factOf("By the last day of the strike, the number of closed schools had dropped to 198.", "198").reached, "down");
    assert.equal(factOf("Visitor numbers rose to about 4,000.", "4,000").reached, "up");
    assert.equal(factOf("Visitor numbers were about 4,000.", "4,000").reached, undefined);
    assert.equal(factOf("The share of buses running on time fell from 84 per cent last August to 79 per cent in February.", "79 per cent").reached, "down");
    assert.deepEqual(flagged("teacherstrike", "By the last day of the strike, the number of closed schools had dropped to 198."), []);
  });

  it("'revised up to £1.65m' is a revised figure, and its very figure in a paragraph that names the claim's place answers it", () => {
    assert.equal(factOf("The cost has been revised up to £1.65m.", "£1.65m").revised, true);
    assert.equal(factOf("The cost is £1.65m.", "£1.65m").revised, undefined);
    const reports = [
      "Posted 2025-03-10\n\nThe £1.2m building work at Quarry Road will add six consulting rooms.",
      "Posted 2025-05-16\n\nThe council has revised the cost of refurbishing the Quarry Road building. The bill, originally put at £1.2m, is now estimated at £1.65m after asbestos was found.",
    ];
    assert.deepEqual(madeUp(reports, "The cost of refurbishing the Quarry Road building has been revised up to £1.65m."), ["£1.65m supported"]);
    assert.deepEqual(flagged("gpmerger", "The estimated cost of refurbishing the Quarry Road building has been revised up to £1.65m after asbestos was discovered in the roof."), []);
  });

  it("a tally 'so far' or 'already' in a report after the claim's day is a later one", () => {
    assert.deepEqual(flagged("teachershortage", "By mid-March Count on Harrowdale had recruited 31 teachers, still 19 short of its target of 50."), []);
  });
});
