/**
 * Rules from the twenty-ninth session's blind probes (`test/eval/pending`): a firm's name a
 * source's own sentence took for a person's ("Tolland Civils"), a count of two kinds whose second
 * noun has no plural "s" ("sheep and cattle"), a value the claim itself says its figure is not
 * ("the eighth ..., not the sixth"), a body named only by its kind ("the county council"), "up to"
 * after a verb of change or adding ("revised up to £1.65m"), sums listed after a colon as parts of
 * the sum before it, a return fare against one way, a rank within a span ("the third fall in 18
 * months"); from its second round, "quarter of a million" after a possessive, a bound denied ("no
 * longer expected to reopen before March 2026"), a span after an event against a span of a state,
 * the party after "against", "seven further grants", counts of the claim's that add up to its
 * figure, and a figure things stand at "now"; from its third, months a span joins ("Between
 * mid-June and mid-July") and a count "across a full week"; from its fourth, a claim's whole
 * against a count nearer its part, the whole a source gives a claim's figure a part of, "needs to
 * raise" as a goal, "not allowed to hold more than" as a cap, "£53m over its original budget" as
 * an overrun, and a name after "a" as no one a pronoun means.
 * Each is asserted on the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { extractDates } from "../../src/core/analysis/dates";
import { checkDraft } from "../../src/core/check/checkDraft";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: names as the corpus knows them, kinds of body, parts listed after a colon, return fares and ranks within a span", () => {
  it("a firm's name its own sentence took for a person's is the body the corpus knows by it", () => {
    assert.deepEqual(flagged("skatepark", "Tolland Civils, the company building Harbeck's new skatepark, went into administration on Tuesday 25 February 2025."), []);
    const reports = [
      "Tolland Civils Ltd, of Colnebridge, employed 163 people.",
      "Tolland Civils, the firm building the Millrace Skatepark for Harbeck Borough Council, went into administration on Tuesday.",
    ];
    const ix = indexOf(reports);
    const findings = (text: string) => checkDraft(ix, `# Draft\n\n${text}\n`).map((f) => f.kind);
    assert.ok(!findings("Tolland Civils, the company building Harbeck's skatepark, went into administration on Tuesday.").includes("contradicted"));
    // Another firm in that role is still another firm.
    assert.ok(findings("Brackwater Construction, the firm building the Millrace Skatepark for Harbeck Borough Council, went into administration on Tuesday.").includes("contradicted"));
  });

  it("a count of two kinds is no count of either, whether or not its second noun ends in 's'", () => {
    assert.equal(factOf("Fellside's farm clients kept well over 50,000 sheep and cattle between them.", "50,000").severalKinds, true);
    assert.equal(factOf("The farm lost 300 sheep and cattle.", "300").severalKinds, true);
    assert.equal(factOf("Fellside's farm clients keep 41,000 sheep and 12,500 cattle.", "41,000").severalKinds, undefined);
    assert.equal(factOf("The farm lost 300 sheep and the barn.", "300").severalKinds, undefined);
    assert.deepEqual(flagged("vetshortage", "Fellside's farm clients kept well over 50,000 sheep and cattle between them."), []);
    assert.deepEqual(madeUp("The farms keep an estimated 41,000 sheep and 12,500 cattle.", "The farms keep 50,000 sheep and cattle."), ["50,000 unknown"]);
    assert.deepEqual(madeUp("The farms keep an estimated 41,000 sheep and 12,500 cattle.", "The farms keep 50,000 sheep."), ["50,000 contradicted"]);
  });

  it("a value the claim says its figure is not ('the eighth ..., not the sixth') is what it corrects", () => {
    assert.deepEqual(
      flagged("vetshortage", "After reviewing its records, the Upland Farmers' Association revised its tally: Fellside is the eighth Westmarch practice since 2020 to close or drop night cover for livestock, not the sixth."),
      [],
    );
    const wire = "The association said Fellside would be the sixth practice in the county to close its night service.";
    assert.deepEqual(madeUp(wire, "Fellside is the eighth practice in the county to close its night service, not the sixth."), ["eighth unknown"]);
    assert.deepEqual(madeUp(wire, "Fellside is the eighth practice in the county to close its night service."), ["eighth contradicted"]);
    const count = "The practice had 340 registered farm clients when it closed.";
    assert.deepEqual(madeUp(count, "The practice had 372 registered farm clients when it closed, rather than 340."), ["372 unknown", "340 supported"]);
    assert.deepEqual(madeUp(count, "The practice had 372 registered farm clients when it closed."), ["372 contradicted"]);
  });

  it("a body named only by its kind ('the county council') gives no figure of a body of another kind", () => {
    assert.deepEqual(flagged("theatrecuts", "The county council's cut amounts to four-fifths of its previous grant."), []);
    const report = "The theatre is losing its grants after the National Stage Fund cut its grant by 40 per cent and Ashdale County Council cut its grant by 80 per cent.";
    assert.deepEqual(madeUp(report, "The county council cut its grant by 60 per cent."), ["60 per cent contradicted"]);
    const both = "The National Stage Fund cut the theatre's grant by 40 per cent and Ashdale County Council cut its grant from £350,000 to £70,000.";
    assert.deepEqual(madeUp(both, "The county council cut the theatre's grant by 60 per cent."), ["60 per cent unknown"]);
    assert.deepEqual(madeUp(both, "The fund cut the theatre's grant by 60 per cent."), ["60 per cent contradicted"]);
    // Not where the body of the claim's kind only reports the figures.
    const reported = "Passenger journeys rose by 18 per cent in the first eight weeks of the trial, figures published on Tuesday by the Castlemere Combined Authority showed.";
    assert.deepEqual(madeUp(reported, "Passenger journeys rose by 15 per cent in the first eight weeks of the trial, the combined authority said."), ["15 per cent contradicted", "eight supported"]);
    const club = "Gates at Castlemere Rovers' ground rose by 18 per cent, figures published by the Castlemere Combined Authority showed.";
    assert.deepEqual(madeUp(club, "The combined authority's figures show gates at the ground rose by 15 per cent."), ["15 per cent contradicted"]);
  });

  it("'up to' after a verb of change or adding says where it ended, not a bound", () => {
    assert.equal(factOf("The cost has been revised up to £1.65m.", "£1.65m").quantity!.qualifier, "exact");
    assert.equal(factOf("Offenders could be fined up to £5,000.", "£5,000").quantity!.qualifier, "upTo");
    const sum = factOf("The two grant cuts add up to £760,000 a year.", "£760,000");
    assert.deepEqual([sum.quantity!.qualifier, sum.total], ["exact", true]);
    assert.deepEqual(madeUp("The refurbishment will cost £1.2m.", "The cost of the refurbishment has been revised up to £1.65m."), ["£1.65m contradicted"]);
  });

  it("sums listed after a colon are parts of the sum before it", () => {
    const text = "The two grant cuts add up to £760,000 a year: £480,000 from the National Stage Fund and £280,000 from the county council.";
    assert.deepEqual(["£760,000", "£480,000", "£280,000"].map((f) => [factOf(text, f).part, factOf(text, f).total]), [[undefined, true], [true, undefined], [true, undefined]]);
    // Not a sum after a colon that opens a clause of its own words.
    assert.equal(factOf("The theatre is losing £760,000 a year in grants: the fund has cut its award by 40 per cent to £720,000.", "£720,000").part, undefined);
    const study = "A study commissioned by the county council estimated that the theatre is worth £6.2 million a year to the local economy.";
    assert.deepEqual(madeUp(study, "The cuts add up to £760,000 a year: £480,000 from the fund and £280,000 from the county council."), ["£760,000 unknown", "£480,000 unknown", "£280,000 unknown"]);
    assert.deepEqual(madeUp(study, "A study commissioned by the county council estimated that the theatre is worth £280,000 a year to the local economy."), ["£280,000 contradicted"]);
  });

  it("a return fare is no account of one way", () => {
    assert.deepEqual(flagged("gpmerger", "For Mr Beckwith, a return taxi trip to see a GP would cost £44."), []);
    const headline = "Villager says he will need a £22 taxi to see his doctor.";
    assert.deepEqual(madeUp(headline, "A return taxi to see his doctor will cost £44."), ["£44 unknown"]);
    assert.deepEqual(madeUp(headline, "A taxi to see his doctor will cost £44."), ["£44 contradicted"]);
  });

  it("a rank within a span counts that span's events only, and a rank of falls is no fall", () => {
    const third = factOf("This was the third fall in 18 months, after smaller slips in 2023 and 2024.", "third");
    assert.deepEqual([third.window, third.difference], [548, undefined]);
    assert.equal(factOf("It was the club's fourth win in a week.", "fourth").window, 7);
    assert.equal(factOf("Prices saw a 5% fall in March.", "5%").difference, true);
    assert.deepEqual(flagged("cliffcollapse", "The first collapse left the cliff edge four metres from the nearest home, and the second fall brought it to within 1.5 metres."), []);
    assert.deepEqual(madeUp("This was the third fall at the cliff in 18 months.", "The second fall at the cliff came on Sunday."), ["second unknown"]);
    assert.deepEqual(madeUp("This was the third fall at the cliff in 18 months.", "This was the second fall at the cliff in 18 months."), ["second contradicted", "18 supported"]);
  });
});

describe("engine: a bound denied, spans after an event, the other side of a claim, and what things stand at now", () => {
  it("reads 'quarter of a million' after a possessive as 250,000", () => {
    const q = factOf("Most of the reservoir's quarter of a million visitors a year arrive by the car park.", "quarter of a million").quantity!;
    assert.equal(q.value, 250_000);
    assert.deepEqual(flagged("icerescue", "The reservoir, which dates from 1884, attracts around a quarter of a million visitors a year."), []);
  });

  it("a bound denied ('no longer expected to reopen before March 2026') is that day or after", () => {
    assert.equal(factOf("The bridge is no longer expected to reopen before March 2026.", "March 2026").dateBound, "notBefore");
    assert.equal(factOf("The bridge will reopen before March 2026.", "March 2026").dateBound, "before");
    const update = "The crossing is now not expected to reopen until March 2026 at the earliest.";
    assert.deepEqual(madeUp(update, "The crossing is no longer expected to reopen before March 2026."), ["March 2026 supported"]);
    assert.deepEqual(madeUp(update, "The crossing is expected to reopen before March 2026."), ["March 2026 contradicted"]);
  });

  it("a span after an event ('closed five days after the inspection') answers no span of a state", () => {
    const report = "The council said the footbridge would be closed for at least six months when it shut the crossing on 4 March.";
    assert.deepEqual(madeUp(report, "The footbridge was closed five days after the inspection."), ["five unknown"]);
    assert.deepEqual(madeUp(report, "The footbridge would be closed for three months."), ["three contradicted"]);
    assert.deepEqual(flagged("bridgeclosure", "The footbridge was closed five days after the inspection that uncovered the corrosion."), []);
    assert.equal(factOf("The footbridge was closed five days after the inspection.", "five").sinceEvent, true);
    // Not a span a state lasted, nor a time mark: those answer spans as before.
    assert.equal(factOf("She was buried for two hours before the rescue.", "two").sinceEvent, undefined);
    assert.equal(factOf("He was sentenced to five years after the trial.", "five").sinceEvent, undefined);
    assert.equal(factOf("Police arrived 20 minutes after officers were called.", "20").sinceEvent, undefined);
    assert.equal(factOf("Barker put Rovers ahead after 23 minutes before Ferri equalised.", "23").sinceEvent, undefined);
    assert.deepEqual(madeUp("She was buried for 40 minutes before rescuers reached her.", "She was buried for two hours before rescuers reached her."), ["two contradicted"]);
  });

  it("a name after 'against' is the other side, no swap for the claim's party", () => {
    assert.deepEqual(flagged("housingrepairs", "The Brackenford Tenants' Alliance's claim was lodged at Brackenford County Court on Monday 3 March 2025."), []);
    // The claim's own party is still answered by the source's, whom the claim is against the same.
    const ix = indexOf(["Lawyers for the Brackenford Tenants' Alliance lodged a claim against Kestrel Vale Housing at Brackenford County Court."]);
    const [swap] = checkDraft(ix, "# Draft\n\nLawyers for the Wexcombe Tenants' Union lodged a claim against Kestrel Vale Housing at Brackenford County Court.\n");
    assert.deepEqual([swap!.kind, swap!.suggestion], ["contradicted", "Brackenford Tenants' Alliance"]);
    // And a party the claim too puts after "against" is answered by the source's.
    const against = indexOf(["Lawyers for the tenants lodged a claim against Kestrel Vale Housing Association at Brackenford County Court."]);
    const [other] = checkDraft(against, "# Draft\n\nLawyers for the tenants lodged a claim against Harrowdale Housing Association at Brackenford County Court.\n");
    assert.deepEqual([other!.kind, other!.suggestion], ["contradicted", "Kestrel Vale Housing Association"]);
  });

  it("'seven further grants' is a count added", () => {
    assert.equal(factOf("Follow-up checks found seven further ineligible grants.", "seven").difference, true);
    assert.deepEqual(flagged("grantscandal", "Follow-up checks found seven further ineligible grants, bringing the total from 37 to 44."), []);
  });

  it("counts a claim gives that add up to its figure are its parts, no rival account of it", () => {
    const report = "The council runs 23 libraries.";
    assert.deepEqual(madeUp(report, "Between its nine town hubs and 23 village branches, the council runs 32 libraries."), ["nine unknown", "23 unknown", "32 unknown"]);
    assert.deepEqual(madeUp(report, "The council runs 32 libraries."), ["32 contradicted"]);
  });

  it("a figure the claim says things stand at now is not disputed by an older report's", () => {
    assert.equal(factOf("Volunteers will now run 19 of the 23 village libraries.", "19").revised, true);
    assert.deepEqual(flagged("libraryvolunteers", "With late bids from Kellingford and Hawsby approved, volunteers will now run 19 of Harrowdale's 23 village libraries."), []);
    const older = "Posted 2025-03-04\n\nVolunteers will run 17 of the 23 village libraries.";
    const newer = "Posted 2025-04-08\n\nVolunteers will run 19 of the 23 village libraries.";
    assert.deepEqual(madeUp([older, newer], "Volunteers will now run 19 of the 23 village libraries."), ["19 supported", "23 supported"]);
    assert.deepEqual(madeUp([older, newer], "Volunteers will run 19 of the 23 village libraries."), ["19 disputed", "23 supported"]);
  });
});

describe("engine: spans of months and counts over a whole week", () => {
  it("reads 'between mid-June and mid-July' and 'from early March to late April' as one span", () => {
    const [span] = extractDates("Between mid-June and mid-July another nine orchards were confirmed.");
    assert.deepEqual([span!.month, span!.endMonth], [6, 7]);
    const [spring] = extractDates("From early March to late April the pool was shut.");
    assert.deepEqual([spring!.month, spring!.endMonth], [3, 4]);
    // Not two months joined otherwise ("in June and in July" are two dates).
    assert.equal(extractDates("The pool shut in June and reopened in July.").length, 2);
    assert.equal(extractDates("Figures from March and April show a rise.").length, 2);
    assert.deepEqual(flagged("orchardblight", "Between mid-June and mid-July another nine orchards were confirmed as infected."), []);
  });

  it("a count 'across a full week' is the week's, no rival of a day's", () => {
    assert.equal(factOf("Across a full week the company will run 32 return sailings instead of 52.", "32").window, 7);
    assert.equal(factOf("The charity has helped 300 families over a year.", "300").window, undefined);
    assert.deepEqual(flagged("ferrytimetable", "Sunday crossings were halved under the winter timetable, from four return sailings to two."), []);
  });
});

describe("engine: parts and wholes of a claim's own figures, caps, goals and overruns", () => {
  it("a claim's whole is not disputed by a count nearer its part, nor a claim's figure by the whole a source gives it a part of", () => {
    assert.deepEqual(flagged("pubclosures", "Corran & Pike announced on Monday 3 March 2025 that it would close or sell 38 of the 214 pubs it owns."), []);
    assert.deepEqual(flagged("pubclosures", "Corran & Pike's closure list grew from 38 pubs to 44 in March, after six more were added following a review of winter trading."), []);
    const reports = ["Posted 2025-03-03\n\nThe brewer will close or sell 38 of its 214 pubs.", "Posted 2025-03-26\n\nThe brewer will now close or sell 44 pubs."];
    assert.deepEqual(madeUp(reports, "The brewer will close or sell 38 of the 214 pubs it owns."), ["38 supported", "214 supported"]);
    assert.deepEqual(madeUp(reports, "The brewer owns 250 pubs."), ["250 contradicted"]);
    // A whole its own sentence gives a part of still answers the claim's whole, and a claim's
    // figure far from the source's part is no part of it.
    assert.deepEqual(madeUp("She found titanium white in 12 of the 14 paintings she tested.", "She found titanium white in 12 of the 20 paintings she tested."), ["12 supported", "20 contradicted"]);
    assert.deepEqual(madeUp("The theatre is making 23 of its 71 permanent staff redundant.", "The theatre is making 23 of its 81 permanent staff redundant."), ["23 supported", "81 contradicted"]);
    assert.deepEqual(madeUp("Auditors inspected a sample of 1,500 installations and found defects in 212 of them.", "Auditors inspected a sample of 2,500 installations and found defects in 212."), ["2,500 contradicted", "212 supported"]);
  });

  it("'needs to raise £500,000' is a goal, 'not allowed to hold more than 2,500 tonnes' a cap, '£53m over its original budget' an overrun", () => {
    assert.equal(factOf("The society needs to raise £500,000 in total.", "£500,000").goal, true);
    const cap = factOf("The yard was not allowed to hold more than 2,500 tonnes of waste at any one time.", "2,500");
    assert.deepEqual([cap.quantity!.qualifier, cap.goal], ["atMost", true]);
    assert.equal(factOf("The wing is £53m over its original budget.", "£53m").difference, true);
    assert.equal(factOf("The wing will cost £53m.", "£53m").difference, undefined);
    assert.deepEqual(flagged("wastefire", "Under its environmental permit, the yard was not allowed to hold more than 2,500 tonnes of waste at any one time."), []);
    assert.deepEqual(flagged("hospitaldelay", "The latest estimate puts the wing £53m over its original budget, up from a £35m overrun reported in early March."), []);
    assert.deepEqual(flagged("pubclosures", "The Village Hearth Fund has backed the Little Asham society with £90,000 in total, made up of a grant and a loan."), []);
  });

  it("a name after 'a' is a thing's ('in a Westminster Hall debate'), no one a later pronoun means", () => {
    assert.deepEqual(flagged("pubclosures", '"A village without a pub, a shop or a bus is not a village any more. It is a dormitory," Priya Natarajan, the MP for Wendmoor North, told MPs.'), []);
  });
});
