/**
 * Rules from the thirty-second session's blind probes (`test/eval/pending`). Each is asserted on
 * the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { extractDates, extractWeekdays } from "../../src/core/analysis/dates";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { rolesIn } from "../../src/core/analysis/roles";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { checkDraft } from "../../src/core/check/checkDraft";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged, kinds } from "./probeCorpora";

/** The roles a sentence gives its people, as "person | role | head | kind". */
function roles(text: string): string[] {
  const a = analyzeSentence(text, { start: 0, end: text.length });
  return rolesIn(text, { start: 0, end: text.length }, a.entities.filter((e) => e.type === "person")).map((r) => `${r.person} | ${r.text} | ${r.head} | ${r.kind}`);
}

describe("engine: rules of the thirty-second round of probes", () => {
  it("a place someone travels in from ('travels in from Fenwick Cross') is no one a later 'he' means", () => {
    const text = 'Tom Brierley, 34, a nurse, travels in from Fenwick Cross on a weekly ticket. He put it simply: "The tram is not a choice for me."';
    assert.equal(extractQuotes(text, [{ start: 0, end: text.length }])[0]?.speaker, "Tom Brierley");
    // A place after "came from" too; a person after "a letter from" is still whom "she" means.
    const came = 'Ann Hale came over from Stoke Allery in May. "It was a shock," she said.';
    assert.equal(extractQuotes(came, [{ start: 0, end: came.length }])[0]?.speaker, "Ann Hale");
    assert.deepEqual(flagged("tramfare", 'Tom Brierley, a 34-year-old theatre nurse, said: "The tram is not a choice for me."'), []);
    assert.deepEqual(flagged("tramfare", 'Graham Lidstone said: "Raising fares when ridership is still below pre-pandemic levels is a gamble."'), ["misattributed"]);
  });

  it("a date of a thing named by two words ('an improvement notice') is not disputed by the date of another of its kind ('a prohibition notice')", () => {
    assert.deepEqual(flagged("quarryblast", "The quarry had been served with an improvement notice in August 2023 because of shortcomings in its blast-monitoring records."), []);
    const reports = [
      "The inspectorate served an improvement notice on the quarry in August 2023 over its records.",
      "The inspectorate served a prohibition notice on the quarry on Friday 14 March 2025, barring blasting.",
    ];
    assert.deepEqual(madeUp(reports, "The inspectorate served an improvement notice on the quarry in August 2023."), ["August 2023 supported"]);
    // A wrong date of the thing is still contradicted, and the other thing's date still answers a claim of it.
    assert.deepEqual(madeUp(reports, "The inspectorate served an improvement notice on the quarry in May 2023."), ["May 2023 contradicted"]);
    assert.deepEqual(madeUp(reports, "The inspectorate served a prohibition notice on the quarry on 21 March 2025."), ["21 March 2025 contradicted"]);
    // A sentence that names the claim's thing too is of it; an agreeing one that does not name it
    // says nothing of which thing the other date is of.
    const both = [reports[0]!, "The inspectorate served an improvement notice on the quarry in May 2023, a year before its prohibition notice."];
    assert.deepEqual(madeUp(both, "The inspectorate served an improvement notice on the quarry in August 2023."), ["August 2023 disputed"]);
    const unnamed = ["The inspectorate served papers on the quarry in August 2023.", reports[1]!];
    assert.deepEqual(madeUp(unnamed, "The inspectorate served an improvement notice on the quarry in August 2023."), ["August 2023 disputed"]);
  });

  it("a number after a month with decimals ('February, 2.8 per cent') is a figure's whole part, not the month's day", () => {
    const text = "Trams carried 3.1 million journeys in January and February, 2.8 per cent fewer than a year before.";
    assert.deepEqual(
      extractDates(text).map((d) => [d.text, d.day]),
      [
        ["January", undefined],
        ["February", undefined],
      ],
    );
    // A day after a month is still a day.
    assert.equal(extractDates("The vote was on 4 March, 2025.")[0]?.day, 4);
    assert.equal(extractDates("The vote was on March 4, at noon.")[0]?.day, 4);
  });

  it("a month-only date is not disputed by the claim's own other month ('released in March ... in January and February')", () => {
    assert.deepEqual(flagged("tramfare", "Figures released in March showed Tramlink carried 3.1 million journeys in January and February, 2.8 per cent fewer than in the same months of 2024."), []);
  });

  it("a change ('lower the level by at least ten metres') is backed by no level of another figure, only by its very figure", () => {
    assert.deepEqual(flagged("spillwaycrack", "Engineers wanted to lower the water level by at least ten metres before starting repairs."), ["contradicted"]);
    const reports = ["Engineers want to lower the water level by at least five metres before repairs begin.", "Surveys found voids beneath about 40 metres of the spillway."];
    assert.deepEqual(madeUp(reports, "Engineers want to lower the water level by at least ten metres."), ["ten contradicted"]);
    // The very figure of a level still backs the change said of it.
    assert.deepEqual(madeUp(["The water level in the reservoir is now 2.9 metres lower than on Monday."], "The water level has been lowered by 2.9 metres since Monday."), ["2.9 supported"]);
    assert.deepEqual(madeUp(["The council found £50,000 for the hall's budget."], "The council increased the hall's budget by at least £50,000."), ["£50,000 supported"]);
    // A change said as a value may be a level's rounding ("a majority of 11,402", "11,000 Tory majority").
    assert.deepEqual(madeUp(["Greens overturn 11,000 Tory majority to win Castlebridge."], "The Conservatives had a majority of 11,402 in Castlebridge."), ["11,402 supported"]);
  });

  it("a difference no source states is worked out from the claim's own figures, or one of them and a figure beside it", () => {
    assert.deepEqual(kinds("cyclepath", "The latest £7.6 million estimate is more than £3 million above the Greenway's original £4.2 million budget."), ["supported"]);
    const index = indexOf(["The wind reached 22 knots on Saturday, the station recorded, against 8 knots in the forecast.", "The plan cost £7.6 million, the council said. The first budget was £4.2 million."]);
    const found = (draft: string) => checkDraft(index, `# Draft\n\n${draft}\n`).map((f) => f.kind);
    assert.deepEqual(found("The plan's £7.6 million cost is £3.4 million more than its £4.2 million first budget."), ["supported"]);
    assert.deepEqual(found("The 22-knot wind on Saturday was 14 knots above the forecast."), ["supported"]);
    // A difference the figures do not make is not worked out.
    assert.deepEqual(found("The plan's £7.6 million cost is £5 million more than its £4.2 million first budget."), ["unsupported"]);
    assert.deepEqual(found("The 22-knot wind on Saturday was 10 knots above the forecast."), ["unsupported"]);
  });

  it("a role after an age ('a 67-year-old retired head teacher') or a clause of 'who' is read; a retired post is a trade", () => {
    assert.deepEqual(roles("The group's chair, Margaret Oyelaran, a 67-year-old retired head teacher, said about 140 people had signed up."), ["Margaret Oyelaran | retired head teacher | headteacher | trade", "Margaret Oyelaran | chair | chair | post"]);
    assert.deepEqual(roles("Tom Brannigan, who walked 120 miles for the hospice, is a retired police officer."), ["Tom Brannigan | retired police officer | officer | trade"]);
    assert.deepEqual(roles("Lee Farraday, 41, a weighbridge clerk who was inside his cabin, described it."), ["Lee Farraday | weighbridge clerk | clerk | trade"]);
    // A post before the name and a trade after it are both read ("The show's flying display
    // director, Annette Quayle, a retired squadron leader"); a post held now is still a post.
    assert.deepEqual(flagged("airshow", "The airshow trust's chairman, Annette Quayle, said the display line had been set 250 metres from the crowd."), ["contradicted"]);
    assert.deepEqual(roles("Jane Cole, the council's finance director, said the cuts were needed."), ["Jane Cole | finance director | director | post"]);
    assert.deepEqual(flagged("quarryblast", "Lee Farraday, a 41-year-old excavator operator, was in his cabin when the rock landed."), ["contradicted"]);
    assert.deepEqual(flagged("hospicefund", "Tom Brannigan, who walked 120 miles for the hospice, is a retired police officer."), ["contradicted"]);
    assert.deepEqual(flagged("librarycuts", "Friends of Kelderby Libraries chair Margaret Oyelaran is a retired solicitor."), ["contradicted"]);
    // The roles the sources give are not flagged.
    assert.deepEqual(flagged("quarryblast", "Lee Farraday, a 41-year-old weighbridge clerk, was in his cabin when the rock landed."), []);
    assert.deepEqual(flagged("librarycuts", "Friends of Kelderby Libraries chair Margaret Oyelaran is a retired head teacher."), []);
  });

  it("a superlative after a determiner ranks its noun first ('the largest quarry'); an ordinal may be hyphened to one ('the second-largest')", () => {
    const first = extractQuantities("Scarsby Edge is the largest quarry in Wendale.")[0]!;
    assert.deepEqual([first.value, first.unit, first.text], [1, "ordinal:largest", "largest"]);
    const second = extractQuantities("It is the second-largest quarry in Wendale.")[0]!;
    assert.deepEqual([second.value, second.unit, "It is the second-largest quarry in Wendale.".slice(second.valueSpan.start, second.valueSpan.end)], [2, "ordinal:largest", "second-largest"]);
    assert.equal(extractQuantities("Heathrow is Britain's busiest airport.")[0]?.value, 1);
    // Not one of several, nor a superlative of no rank.
    assert.deepEqual(extractQuantities("It is one of the largest quarries in Wendale."), []);
    assert.deepEqual(extractQuantities("It is among the busiest airports in Europe."), []);
    assert.deepEqual(extractQuantities("It was the best way to travel."), []);
    // Its words stay the clause's words of the sentence's other figures, which weigh as before.
    assert.deepEqual(madeUp(["The largest single overcharge was £11,240, on one loan.", "The society said the largest single overcharge was 9,860 pounds."], "The largest overcharge, £11,240, was on one loan."), ["£11,240 disputed", "one unknown"]);
    assert.deepEqual(flagged("quarryblast", "Scarsby Edge is the largest quarry in Wendale by output."), ["contradicted"]);
    assert.deepEqual(flagged("quarryblast", "Scarsby Edge is the second-largest quarry in Wendale by output."), []);
    const reports = ["Stansted is the third busiest airport in the region, figures show."];
    assert.deepEqual(madeUp(reports, "Stansted is the busiest airport in the region."), ["busiest contradicted"]);
    assert.deepEqual(madeUp(reports, "Stansted is the third-busiest airport in the region."), ["third-busiest supported"]);
  });

  it("a first figure an agreeing sentence gives beside the claim's is the one replaced, where the claim gives its figure as it now is", () => {
    const reports = ["The council's refurbishment will cost £1.2m, the council said.", "The council said the refurbishment, first estimated at £1.2m in March, is now expected to cost £1.65m."];
    assert.deepEqual(madeUp(reports, "The council's refurbishment is now expected to cost £1.65m."), ["£1.65m supported"]);
    // Without "now" the older report's figure still disputes it.
    assert.deepEqual(madeUp(reports, "The council's refurbishment will cost £1.65m."), ["£1.65m disputed"]);
    // The claim's very figure, in a closer match than one that names the claim's place, still speaks for its report.
    assert.deepEqual(flagged("surgerymerger", "After asbestos was found in the roof space at Station Road, the refurbishment is now expected to cost £1.65m."), []);
    // Not one whose paragraph names no such place: "27.8 per cent" of a report that names Wales elsewhere is England's.
    assert.deepEqual(flagged("exams", "In Wales, 27.8% of entries achieved the top grades."), ["contradicted"]);
  });

  it("a count after 'the other' ('the other two bids') is the rest of a group, no rival count of all", () => {
    assert.deepEqual(madeUp(["The council has not disclosed the other two bids for the pier."], "The council received five bids for the pier."), ["five unknown"]);
    assert.deepEqual(madeUp(["The council has not disclosed the two bids for the pier."], "The council received five bids for the pier."), ["five contradicted"]);
    assert.deepEqual(flagged("pierclosure", "The cheapest of the four bids, at £8.9m, was submitted by Tarrant Marine Structures."), []);
    // Two counts of the rest are one count.
    assert.deepEqual(flagged("aircrash", "The airline grounded its other 12 A320 aircraft."), ["contradicted"]);
  });

  it("a count left in a state done to it ('leaving about 1,100 seats exposed') is no count of all", () => {
    assert.deepEqual(madeUp(["The storm hit the ground, leaving about 1,100 seats exposed and damaged."], "The ground has 6,000 seats."), ["6,000 unknown"]);
    assert.deepEqual(madeUp(["The storm hit the ground, which has about 1,100 seats."], "The ground has 6,000 seats."), ["6,000 contradicted"]);
    // Not what a holder has "with": "with four operating theatres reserved for planned surgery".
    assert.equal(factOf("The plan sets out a hub with four operating theatres reserved for planned surgery.", "four").doneTo, undefined);
  });

  it("a count of those who did something ('212 members had voted for the deal') is no count of what a holder has", () => {
    assert.equal(factOf("The club said 212 members had voted for the deal.", "212").agents, "vote");
    assert.equal(factOf("The club has 212 members.", "212").agents, undefined);
    assert.deepEqual(madeUp(["The club said 212 members had voted for the deal."], "The club has 300 members."), ["300 unknown"]);
    // Nor is a count of what was done to some ("were struck off", an irregular participle).
    assert.equal(factOf("Sixty-three installers were struck off the register.", "Sixty-three").doneTo, true);
    assert.deepEqual(madeUp(["The club said 212 members had voted for the deal."], "Twelve members were expelled by the club."), ["Twelve unknown"]);
    assert.deepEqual(madeUp(["The club said 14 members were expelled."], "Twelve members were expelled by the club."), ["Twelve contradicted"]);
    // Not where the doers did what was done to the others: "have now moved out", "had been moved out".
    assert.deepEqual(madeUp(["The council said 33 of the 41 residents have now moved out."], "By the evening, 14 residents had been moved out of the home."), ["14 contradicted"]);
    assert.deepEqual(kinds("carehome2", "By the evening of Friday 8 March, 14 residents had been moved out of the home."), ["supported"]);
    // Two counts of those who did one deed are still one count.
    assert.deepEqual(madeUp(["The club said 250 members had voted for the deal."], "212 members had voted for the deal."), ["212 contradicted"]);
  });

  it("a participle in -ed that says what they are ('two salaried GPs') is a kind; one that says how they were counted ('reported incidents') is not", () => {
    assert.deepEqual(madeUp(["The practice plans to recruit two salaried GPs."], "The practice has 14 GPs."), ["14 unknown"]);
    assert.deepEqual(madeUp(["The practice plans to recruit two GPs."], "The practice has 14 GPs."), ["14 contradicted"]);
    assert.deepEqual(madeUp(["Police recorded 142 reported incidents last year."], "Police recorded 147 incidents last year."), ["147 contradicted"]);
    assert.deepEqual(flagged("surgerymerger", "With 14 GPs and 20,800 patients, the merged practice will have roughly 1,500 patients for each GP."), []);
  });

  it("a count of what is left out ('6,700 seats outside the Riverside Stand') is not disputed by a count of a sentence that names the part left out", () => {
    assert.deepEqual(factOf("Kestrel Park has 6,700 seats outside the Riverside Stand.", "6,700").restOf, ["riversid", "stand"]);
    assert.deepEqual(madeUp(["The Riverside Stand holds 2,900 of the ground's 9,600 seats."], "Kestrel Park has 6,700 seats outside the Riverside Stand."), ["6,700 unknown"]);
    assert.deepEqual(madeUp(["Kestrel Park has 5,100 seats outside its main stand."], "Kestrel Park has 6,700 seats outside its main stand."), ["6,700 contradicted"]);
    assert.deepEqual(flagged("stadiumroof", "Kestrel Park has 6,700 seats outside the Riverside Stand."), []);
  });

  it("a superlative second to another ('the largest council area after Glasgow') ranks nothing first, and a rank no source answers is no figure to find", () => {
    assert.deepEqual(extractQuantities("Edinburgh remained the largest council area after Glasgow, with 514,990 residents.").map((q) => q.text), ["514,990 residents"]);
    assert.deepEqual(kinds("census", "Edinburgh is the second-largest council area, with 514,990 residents."), ["supported"]);
    // Its words are still the sentence's words ("third-largest" says "ranks third"), and a claim
    // weighed without an unanswered rank is still read for its names.
    assert.deepEqual(kinds("birdflu", "Wenshire ranks third among England's egg-producing counties."), ["supported"]);
    assert.deepEqual(flagged("birdflu", "Wenshire is England's second-largest egg-producing county."), ["contradicted"]);
    assert.deepEqual(flagged("bypass", "The bypass crosses the River Wend on its longest bridge."), ["contradicted"]);
    // A claim's rank is its figure's words only: they weigh nothing of its other figures ("the
    // £10.6m price is the second highest ever paid", against a headline's "sells for £10.6m").
    assert.deepEqual(kinds("gallerysale", 'The £10.6m price is the second highest ever paid for a Ravensworth, behind the £12.7m that "The Lantern Quay" fetched in 2019.'), ["supported"]);
    // Its superlative stays a word of what is ranked: "biggest ever fine" weighs as before.
    assert.deepEqual(flagged("tickets", "The CFA's biggest ever fine, £6.8m, was levied on an energy broker in 2021."), []);
  });

  it("a count's subject may be its count or tally ('Its final count of dead fish ... was 3,400')", () => {
    assert.ok(factOf("Its final count of dead fish in Marle Brook was 3,400.", "3,400").measure.includes("fish"));
    assert.ok(factOf("The number of homes flooded was 212.", "212").measure.includes("home"));
    // Not a sum said of something else.
    assert.ok(!factOf("The council said its final bill for the work was 3,400.", "3,400").measure.includes("work"));
    // A count that stood at its figure, across an "and" of its nouns; not across another figure.
    assert.deepEqual(factOf("The final count of complaints about smoke and smell stood at 1,270.", "1,270").measure, ["complaint"]);
    assert.ok(!factOf("The number of homes flooded was put at 40 and the crowd stood at 212.", "212").measure.includes("home"));
  });

  it("a weekday right after a deed done ('after the council voted on Tuesday night') is past, whatever lies ahead before it", () => {
    const ahead = (t: string) => extractWeekdays(t, [])[0]?.ahead;
    assert.equal(ahead("Passengers will pay 50p more from next month after the city council voted on Tuesday night."), undefined);
    assert.equal(ahead("The firm will reopen after the ship was launched on Tuesday."), undefined);
    // A deed ahead stays ahead.
    assert.equal(ahead("The meeting will be held on Tuesday."), true);
    assert.equal(ahead("The council will vote on Tuesday."), true);
    assert.equal(ahead("Councillors are expected to have voted by Tuesday."), true);
    assert.deepEqual(flagged("tramfare", "Councillors voted for the fare rise on Wednesday 4 March."), ["contradicted"]);
    assert.deepEqual(flagged("tramfare", "Councillors voted for the fare rise on Tuesday 4 March."), []);
  });
});
