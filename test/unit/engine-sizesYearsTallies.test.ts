/**
 * Rules from the twenty-fifth session's blind probes (`test/eval/pending`): a hyphened size ("a
 * nine-member board"), the year a sentence opens on ("The year before, ..."), a change's start
 * after "from their original", a sentence of counts that add up to the claim's, a sum asked for,
 * a share the claim says is not so, the date of a comparison's base, tallies by a month and a
 * later wire's, goals named by their noun, a vote's margin, and a window of a first weekend. Each
 * is asserted on the probe's own corpus, and on a made-up report where the rule is one of reading.
 * The second round: whose a later "he" is (no boat, no hometown), a change "to" in the present
 * tense or from one figure to another, a total against a sentence that opens on its peak, a state "until at least the end of",
 * a starting point, a weekday of what runs weekly, and the rest a report gives as "all but".
 * The third round: a street someone lives on, a relative clause's verb, a span of time allowed,
 * the length of a thing the claim does not name, a level and a difference that make the claim's
 * figure, and a record's year.
 */
import * as assert from "node:assert/strict";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { yearsAgoIn } from "../../src/core/analysis/sentenceAnalysis";
import { checkDraft } from "../../src/core/check/checkDraft";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: sizes and what they are of", () => {
  it("a hyphened size is the stated size of the body named after it", () => {
    const f = factOf("A nine-member board was elected.", "nine");
    assert.deepEqual([f.measure, f.size], [["member", "board"], "stated"]);
    assert.deepEqual(factOf("a nine-strong board was elected", "nine").measure, ["strong", "board"]);
  });
  it("a hyphened size is answered by figures of its body only, not by a count of members at a meeting", () => {
    const report = "At the society's first members' meeting, attended by 214 members, a nine-strong board was elected.";
    assert.deepEqual(madeUp(report, "A nine-member board was elected."), ["nine supported"]);
    assert.deepEqual(madeUp(report, "A seven-member board was elected."), ["seven contradicted"]);
    assert.deepEqual(madeUp("At the first members' meeting, attended by 214 members, the board was elected.", "A nine-member board was elected."), ["nine unknown"]);
    assert.deepEqual(flagged("shopbuyout", "A nine-member board was elected at the first members' meeting, which drew more than 200 members."), []);
    // A size said otherwise is still answered by a hyphened one: "had five members" by "three-member panel".
    assert.deepEqual(madeUp("The tribunal's three-member panel heard evidence from seven witnesses.", "The tribunal panel had five members."), ["five contradicted"]);
  });
});

describe("engine: the year a claim's figure is of", () => {
  it("'the year before' is a year back, and a sentence that opens on a year back dates its every clause", () => {
    assert.equal(yearsAgoIn("The year before,"), 1);
    assert.equal(yearsAgoIn("in the years before the war"), undefined);
    assert.equal(factOf("The year before, Wrenford had raised council tax by 3.99 per cent.", "3.99 per cent").yearsAgo, 1);
    assert.equal(factOf("Two years earlier, the council had raised council tax by 3.99 per cent.", "3.99 per cent").yearsAgo, 2);
    assert.equal(factOf("Wrenford raised council tax by 4.99 per cent.", "4.99 per cent").yearsAgo, undefined);
  });
  it("where a report gives the claim's figure a year back, the reports' figures of their own time do not answer it", () => {
    const reports = ["Wrenford council voted to raise council tax by 4.99 percent. It follows a 3.99 percent increase last year.", "Wrenford Council voted on February 26 to raise council tax by 4.99 percent."];
    assert.deepEqual(madeUp(reports, "The year before, Wrenford had raised council tax by 3.99 per cent."), ["3.99 per cent supported"]);
    assert.deepEqual(madeUp(reports, "The year before, Wrenford had raised council tax by 2.99 per cent."), ["2.99 per cent contradicted"]);
    assert.deepEqual(flagged("counciltax", "The year before, Wrenford had raised council tax by 3.99 per cent."), []);
    // Not where the claim gives a year: a report's "up 16 per cent from 161,200 the previous year" is of 2023.
    const airport = ["The airport handled 187,400 passengers in 2023, up 16 per cent from 161,200 the previous year.", "The airport handled 146,300 passengers in the first eight months of 2024, up 22 per cent from 119,800 in the same period of 2023."];
    assert.ok(madeUp(airport, "Between January and August 2024 the airport handled 146,300 passengers, up 16 per cent on the same period a year earlier.").includes("16 per cent contradicted"));
  });
  it("a change's start after 'from their original' is a start, and is the level a report gives 'last year'", () => {
    assert.equal(factOf("The Tewsons came down £85,000 from their original £725,000 asking price to the agreed £640,000.", "£725,000").from, true);
    assert.deepEqual(flagged("shopbuyout", "The Tewsons came down £85,000 from their original £725,000 asking price to the agreed £640,000."), []);
  });
});

describe("engine: parts, wholes and goals", () => {
  it("a sentence whose counts, three or more and all of them, add up to the claim's gives its parts", () => {
    const report = "All 31 Labour members in the chamber backed the plan, the 17 Conservative and seven Liberal Democrat members voted against, and the three independent members abstained.";
    assert.deepEqual(madeUp(report, "Fifty-eight members were in the chamber."), ["Fifty-eight unknown"]);
    assert.deepEqual(madeUp(report, "Fifty-nine members were in the chamber."), ["Fifty-nine contradicted"]);
    // Two counts of other things that happen to add up are no breakdown.
    assert.deepEqual(madeUp("Seven members voted against the plan, and three councillors abstained.", "Ten members voted against the plan."), ["Ten contradicted"]);
    assert.deepEqual(flagged("counciltax", "Fifty-eight of the council's 60 members were in the chamber for the budget vote."), []);
  });
  it("the whole of a part may be given within the part's own words in digits", () => {
    // The rest of "Fifty-eight of the council's 60" is two, another part; of "... 61", three.
    const report = "Two of the council members were in the chamber for the vote on Wednesday.";
    assert.deepEqual(madeUp(report, "Fifty-eight of the council's 60 members were in the chamber for the vote."), ["Fifty-eight unknown", "60 unknown"]);
    assert.deepEqual(madeUp(report, "Fifty-eight of the council's 61 members were in the chamber for the vote."), ["Fifty-eight contradicted", "61 unknown"]);
  });
  it("a share the claim says is not so is the rest of the share a report says is", () => {
    const report = "Of the 48 glass panes in the lantern, 36 are cracked or missing and will be replaced.";
    assert.deepEqual(madeUp(report, "Only a dozen of the lantern's 48 glass panes are neither cracked nor missing."), ["a dozen unknown", "48 supported"]);
    assert.deepEqual(madeUp(report, "Only a dozen of the lantern's 48 glass panes are cracked or missing."), ["a dozen contradicted", "48 supported"]);
    assert.deepEqual(madeUp(report, "Only a dozen of the lantern's 48 glass panes aren't cracked or missing."), ["a dozen unknown", "48 supported"]);
    // Unless the report says the same: its share is then another account of the claim's.
    assert.deepEqual(madeUp("Of the 48 glass panes in the lantern, 36 are not cracked.", "Only a dozen of the lantern's 48 glass panes are not cracked."), ["a dozen contradicted", "48 supported"]);
    assert.deepEqual(flagged("lighthouse", "Only a dozen of the lantern's 48 glass panes are neither cracked nor missing."), []);
  });
  it("a sum someone was asked to find is a goal", () => {
    assert.equal(factOf("Officers had originally been asked to find £16m of savings but identified £14.5m.", "£16m").goal, true);
    assert.equal(factOf("Officers had originally been asked to find £16m of savings but identified £14.5m.", "£14.5m").goal, undefined);
    assert.deepEqual(flagged("counciltax", "The £14.5m of savings and the £4.1m taken from reserves together cover the whole £18.6m budget gap."), []);
  });
  it("a figure whose own noun is a goal or a target is a goal, and the two nouns are one measure", () => {
    const goal = factOf("The crowdfunder had raised three-quarters of its £25,000 goal.", "£25,000");
    assert.deepEqual([goal.goal, goal.measure.includes("target")], [true, true]);
    const report = "A crowdfunder launched on Sunday had raised £18,400 of its £25,000 target by Thursday lunchtime.";
    assert.deepEqual(madeUp(report, "The crowdfunder had raised almost three-quarters of its £25,000 goal."), ["three-quarters unknown", "£25,000 supported"]);
    assert.deepEqual(madeUp(report, "The crowdfunder had raised almost three-quarters of its £35,000 goal."), ["three-quarters unknown", "£35,000 contradicted"]);
    assert.deepEqual(flagged("allotments", "Within four days the legal crowdfunder had raised almost three-quarters of its £25,000 goal."), []);
  });
});

describe("engine: times of tallies and of comparisons", () => {
  it("a date after a comparison's base dates the base and the difference, not the level before them", () => {
    const report = "SALTMERE, England, Sept 15 (Coastline Press) — The trust's public appeal has now raised £418,000 from about 4,100 donors, £106,000 more than the £312,000 it had when the grant was announced in March.";
    assert.ok(madeUp(report, "By September the trust's public appeal had raised £418,000.").includes("£418,000 supported"));
    assert.deepEqual(flagged("lighthouse", "By the time restoration started in September, the trust's public appeal had raised £418,000."), []);
  });
  it("a tally by a month is answered by neither side of a running count of another month", () => {
    assert.deepEqual(flagged("smuggling", "By late September, Border Force at Kessingham had seized almost 15 million cigarettes in 2025."), []);
    assert.ok(flagged("smuggling", "By late September, Border Force at Kessingham had seized almost 12 million cigarettes in 2025.").includes("contradicted"));
  });
  it("a later wire dated by its dateline alone is of the corpus's one year: its larger running count is a later tally", () => {
    assert.deepEqual(flagged("smuggling", "Border Force officers at the Port of Kessingham found 8.6 million smuggled cigarettes inside one shipping container."), []);
    assert.ok(flagged("smuggling", "Border Force officers at the Port of Kessingham found 9.6 million smuggled cigarettes inside one shipping container.").includes("contradicted"));
  });
  it("a count of a petition handed in is its last tally: an older report's running count does not answer it", () => {
    assert.equal(factOf("The petition handed in at Holyrood by Ruth Calder carried 6,204 signatures.", "6,204").later, "last");
    assert.equal(factOf("The petition has now passed 5,870 signatures.", "5,870").later, true);
    assert.deepEqual(flagged("ferryfares", "The petition handed in at Holyrood by Ruth Calder carried 6,204 signatures."), []);
    assert.ok(flagged("ferryfares", "The petition handed in at Holyrood by Ruth Calder carried 6,504 signatures.").includes("contradicted"));
  });
  it("a sum pledged over a first weekend is that weekend's, no account of the offer's whole", () => {
    assert.equal(factOf("Residents pledged £148,000 over the first weekend of a community share offer.", "£148,000").window, 2);
    assert.deepEqual(flagged("shopbuyout", "Nearly £450,000 was pledged in the share offer."), []);
  });
});

describe("engine: a vote's margin", () => {
  it("a vote carried or defeated 'by eight votes' is a margin; 'by 27 votes to 19' is a tally", () => {
    const margin = factOf("Councillors defeated the motion to pause the sale by eight votes.", "eight");
    assert.deepEqual([margin.difference, margin.comparison], [true, true]);
    const tally = factOf("The motion was defeated by 27 votes to 19.", "27");
    assert.deepEqual([tally.difference, tally.comparison], [undefined, undefined]);
    assert.equal(factOf("The scheme was passed by eight votes to five.", "eight").comparison, undefined);
    assert.deepEqual(flagged("allotments", "Councillors defeated the motion to pause the sale by eight votes."), []);
  });
});

/** The speaker of the one quote of `text`. */
function speakerOf(text: string): string | undefined {
  return extractQuotes(text, [{ start: 0, end: text.length }])[0]?.speaker;
}

describe("engine: who a later 'he' is", () => {
  it("a name after a noun of a boat or a beast is a thing's, not someone a later 'he' means", () => {
    assert.equal(speakerOf('Graham Tulloch, 47, whose 10-metre crabber Girl Maisie went down in the inner basin, has fished here for 22 years. "My boat is lying on the bottom," he said.'), "Graham Tulloch");
    assert.equal(speakerOf('Anne Cole walked her dog Bramble Hill every day. "It was a shock," she said.'), "Anne Cole");
    assert.deepEqual(flagged("harbourwall", 'Skipper Graham Tulloch said: "My boat is lying on the bottom and my insurance won\'t cover half of it."'), []);
  });
  it("where someone is from is a place, not someone a later 'he' means", () => {
    assert.equal(speakerOf('Kieran Lowe, 17, from Stoke Allery, catches the first bus every weekday. "Half my class gets this bus," he said.'), "Kieran Lowe");
    assert.deepEqual(flagged("busroute2", 'Kieran Lowe, a 17-year-old engineering student at Kelsby College, said: "Half my class gets this bus."'), []);
  });
});

describe("engine: times, peaks and starting points, second round", () => {
  it("a change 'to' a figure in the present tense reaches it, past a season's year", () => {
    assert.equal(factOf("The trustees approved plans to reduce the 2026-27 season to 64 concerts.", "64").reached, "down");
    assert.equal(factOf("The council will increase the fee to £58.", "£58").reached, "up");
  });
  it("a total is not answered by a report's sentence that opens on the peak", () => {
    assert.equal(factOf("Over the whole incident, 212 firefighters from five fire and rescue services attended.", "212").total, true);
    assert.equal(factOf("Over the whole weekend, 212 firefighters attended.", "212").total, undefined);
    const report = "At its peak on Tuesday evening, 70 firefighters from four fire services were tackling the blaze, with 15 engines.";
    assert.deepEqual(madeUp(report, "In all, 212 firefighters were tackling the blaze."), ["212 unknown"]);
    // A count that says no total is still answered by the peak's.
    assert.deepEqual(madeUp(report, "Some 212 firefighters were tackling the blaze."), ["212 contradicted"]);
    assert.deepEqual(flagged("heathfire", "Over the whole incident, 212 firefighters from five fire and rescue services attended."), []);
    assert.deepEqual(flagged("heathfire", "Seven people were treated in all: five residents and two firefighters."), []);
  });
  it("the second figure of 'from X to Y', and a level 'up from' another, reached it", () => {
    assert.equal(factOf("The cabinet agreed to raise the compensation fund from £250,000 to £400,000.", "£400,000").reached, "up");
    assert.equal(factOf("The orchestra will cut its season from 92 concerts to 64.", "64").reached, "down");
    assert.equal(factOf("Thirty percent of the homes would be affordable, up from the 25% originally proposed.", "Thirty percent").reached, "up");
    assert.equal(factOf("Prices rose 5%, up from 3% a year earlier.", "5%").reached, undefined);
    // So a claim of a change "to" a level is answered by them, not taken for the level before.
    assert.deepEqual(madeUp("The cabinet agreed to raise the compensation fund from £250,000 to £400,000.", "The cabinet voted to raise the compensation fund to £450,000."), ["£450,000 contradicted"]);
    assert.deepEqual(madeUp("Thirty percent of the homes would be affordable, up from the 25% originally proposed.", "The revised plans raise the affordable share of the homes to 35 per cent."), ["35 per cent contradicted"]);
  });
  it("a state 'until at least the end of' a year ends then: no date of an event", () => {
    assert.equal(factOf("The council will keep the branch on a six-month inspection cycle until at least the end of 2025.", "2025").until, true);
    assert.deepEqual(flagged("cafefine", "The Market Street cafe was re-rated three in November 2023 and has held a five rating since May 2024."), []);
  });
  it("a starting point is where a change started, not the figure it came to", () => {
    assert.equal(factOf("The judge started from a figure of £429,000 and cut it by a third.", "£429,000").from, true);
    assert.equal(factOf("She had taken a starting point of £429,000 and reduced it by a third.", "£429,000").from, true);
    assert.deepEqual(flagged("cafefine", "District Judge Helen Marwood started from a figure of £429,000 and cut it by a third because the company pleaded guilty early."), []);
  });
  it("a weekday of what runs every week is no day of an event", () => {
    const findings = (report: string) => checkDraft(indexOf([report]), "# Draft\n\nRedway Coaches ran its last bus on route 38 on Saturday.\n").map((f) => f.kind);
    assert.deepEqual(findings("Redway Coaches ran buses on route 38 every Sunday in its final years."), ["unsupported"]);
    assert.deepEqual(findings("Redway Coaches ran its Sunday buses on route 38 in its final years."), ["unsupported"]);
    assert.deepEqual(findings("Redway Coaches ran its last bus on route 38 on Sunday."), ["contradicted"]);
    // A weekly day of the claim's own is answered by another weekly one.
    assert.deepEqual(checkDraft(indexOf(["The weekly Thursday market has been moved to the car park."]), "# Draft\n\nThe weekly Saturday market has been moved to the car park.\n").map((f) => f.kind), ["contradicted"]);
    assert.deepEqual(flagged("busroute2", "Redway's last bus on the route ran on Saturday, February 22."), []);
  });
  it("the rest a report gives as 'all but' a figure does not answer the share", () => {
    const report = "The captain has had to withdraw all but six of the club's 22 crews from the regatta.";
    assert.deepEqual(madeUp(report, "The captain had to withdraw 16 of the club's 22 crews from the regatta."), ["16 unknown", "22 supported"]);
    assert.deepEqual(madeUp(report, "The captain had to withdraw 15 of the club's 22 crews from the regatta."), ["15 contradicted", "22 supported"]);
  });
});

describe("engine: third round", () => {
  it("a street someone lives on is no one a later 'she' means", () => {
    assert.equal(speakerOf('Margaret Fenn, 78, who has lived on Orchard Close for half a century, was woken by the noise. "I woke up to the sound of water rushing past," she said.'), "Margaret Fenn");
    assert.deepEqual(flagged("waterleak", 'Margaret Fenn, 78, said she had woken "to the sound of water rushing past the window like a river".'), []);
    // A street by its own last word is a place, so a claim's "Heron Close resident Joan Whitcombe" quotes her.
    assert.equal(speakerOf('Heron Close resident Joan Whitcombe, 72, said: "I grabbed my cat and my tablets and that was it."'), "Joan Whitcombe");
    assert.deepEqual(flagged("factoryfire", 'Heron Close resident Joan Whitcombe, 72, said: "I grabbed my cat and my tablets and that was it."'), []);
  });
  it("the verb of a relative clause on the subject is no event the main verb's date dates", () => {
    assert.deepEqual(factOf("The pipe that failed had been laid in 1958.", "1958").measure, ["laid"]);
    assert.deepEqual(factOf("The pipe that failed on 3 March had been laid in 1958.", "3 March").measure, ["fail", "laid"]);
    assert.deepEqual(flagged("waterleak", "The pipe that failed had been laid in 1958."), []);
  });
  it("a span between two events is answered by neither a span allowed nor the length of a thing the claim does not name", () => {
    const report = "Margaret Holroyd has lodged an appeal against the 12-month exhibiting ban. She had 14 days to lodge an appeal.";
    assert.deepEqual(madeUp(report, "Holroyd lodged her appeal six days after the ban was announced."), ["six unknown"]);
    assert.deepEqual(madeUp(report, "Holroyd was given a six-month exhibiting ban."), ["six contradicted"]);
    assert.deepEqual(madeUp(report, "Holroyd had 21 days to lodge an appeal."), ["21 contradicted"]);
    // A span allowed is answered by another so worded ("would report within three months").
    assert.deepEqual(madeUp("The inquiry, the minister said, would report within three months.", "The inquiry has been given six months to report."), ["six contradicted"]);
    assert.deepEqual(flagged("dogshow", "Holroyd lodged her appeal six days after the council announced her punishment."), []);
  });
  it("a sentence's level and a difference of comparison from it make the other side", () => {
    const report = "The new car park has 210 spaces, 50 fewer than at the old pier, and an overflow car park with 45 spaces is due to open by the end of August.";
    assert.deepEqual(madeUp(report, "The new car park has 210 spaces, against 260 at the old pier."), ["210 supported", "260 unknown"]);
    assert.deepEqual(madeUp(report, "The new car park has 210 spaces, against 280 at the old pier."), ["210 supported", "280 contradicted"]);
    assert.deepEqual(flagged("ferryport", "The new car park has 210 spaces, against 260 at the old Mill Slip pier."), []);
    // The comparison's word says which side: "£999, £50 more than last year's model" gives £949, not £1,049.
    assert.deepEqual(madeUp("The phone will cost £999 in the UK, £50 more than last year's model.", "The phone will cost £1,049 in the UK."), ["£1,049 contradicted"]);
    // And the level less the difference: "260 spaces, 50 more than the new car park" gives 210.
    assert.deepEqual(madeUp("The old pier car park had 260 spaces, 50 more than the new car park.", "The new car park has 210 spaces."), ["210 unknown"]);
    assert.deepEqual(madeUp("The old pier car park had 260 spaces, 50 more than the new car park.", "The new car park has 230 spaces."), ["230 contradicted"]);
  });
  it("a record's year does not date the sentence's other figures", () => {
    const text = "Yesterday morning, Saturday 15 March, 743 people crossed the finish line at the final parkrun, smashing the previous record of 611 set on New Year's Day last year.";
    assert.deepEqual([factOf(text, "743").yearsAgo, factOf(text, "611").yearsAgo], [undefined, 1]);
    assert.equal(factOf("In this year's index 28 universities fell, against 11 that rose.", "11").yearsAgo, 0);
    assert.deepEqual(madeUp(text, "A record 743 people crossed the finish line at the final parkrun."), ["743 supported"]);
  });
});
