/**
 * Rules from the twenty-eighth session's blind probes (`test/eval/pending`): a date an event is
 * denied on ("would no longer open on Saturday, May 24"), a span whose year is said at its end
 * ("from October to January 2026"), a pronoun's sex against a word of kin ("Her father, Dennis
 * Whitlow ... she told"), a thing named by the last word of its name ("the helmet" for "the
 * Harnham Helmet"), a disagreeing figure whose sentence gives the claim's own figure in the
 * claim's clause, a distance "further than" as a comparison, a count of those still in a state
 * ("233 households ... remain displaced"), a vote's sides, spans of time said after or before
 * ("eight days later", "two weeks earlier"), a part that did not do what its whole did ("460 of
 * the estimated 1,600 ... had not been recovered"), a distance away from a place against a
 * route's length, and a conversion in brackets as no part of a sum ("28km (17 miles)").
 * Each is asserted on the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { compareDates } from "../../src/core/analysis/compareValues";
import { extractDates } from "../../src/core/analysis/dates";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { REMAINING } from "../../src/core/analysis/sentenceAnalysis";
import { sharesOfOtherWholes } from "../../src/core/check/context";
import { factKey } from "../../src/core/index/factShape";
import { checkDraft } from "../../src/core/check/checkDraft";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged, kinds } from "./probeCorpora";

const speaker = (text: string) => extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker);

describe("engine: denied dates, vote sides, spans said after or before, and figures beside the claim's", () => {
  it("a date the event is denied on says no date of it, but to a claim that denies it too", () => {
    const wire = "The council said on Monday that the lido would no longer open on Saturday, May 24, as had been planned.";
    assert.equal(factOf(wire, "May 24").negated, true);
    assert.equal(factOf("The lido won't be opening on 24 May after all.", "24 May").negated, true);
    // A bound is no denial, nor a denial in a clause of its own.
    assert.equal(factOf("The line will not reopen before 12 May.", "12 May").negated, undefined);
    assert.equal(factOf("It was not until 1998 that the pool closed.", "1998").negated, undefined);
    assert.equal(factOf("The firm did not comment, but said on 4 March that it would appeal.", "4 March").negated, undefined);
    // Nor a failure on the day: the day it failed is the date of what the sentence tells.
    assert.equal(factOf("Direct debits that could not be taken on 5 March were rescheduled.", "5 March").negated, undefined);
    assert.deepEqual(flagged("hackathon", "Council tax direct debits worth around 3.1 million pounds that could not be taken on 5 March were rescheduled for 12 March."), []);
    const reports = ["Posted Tuesday 4 March 2025\n\nThe council said on Monday that Marlowe Lido would no longer open on Saturday, May 24, as had been planned."];
    assert.deepEqual(madeUp(reports, "Marlowe Lido will not open on 24 May."), ["24 May supported"]);
    assert.notDeepEqual(madeUp(reports, "Marlowe Lido will open on 24 May."), ["24 May supported"]);
    assert.deepEqual(flagged("lidoreopen", "The lido, originally due to open for the late May bank holiday weekend, will now open in mid-August."), []);
  });

  it("a span's year said at its end is its start's too, or the year before for a later month", () => {
    const [span] = extractDates("The opening has slipped from October to January 2026.");
    assert.deepEqual([span!.year, span!.month, span!.endYear, span!.endMonth], [2025, 10, 2026, 1]);
    const [spring] = extractDates("The works will run from March to June 2025.");
    assert.deepEqual([spring!.year, spring!.endYear], [2025, 2025]);
    // Without years, a span over a year's end still agrees with itself and holds its months.
    assert.equal(compareDates({ month: 12, endMonth: 2 }, { month: 12, endMonth: 2 }), "agrees");
    assert.equal(compareDates({ month: 1 }, { month: 12, endMonth: 2 }), "coarser");
    assert.deepEqual(
      flagged("hospitalwait", "The estimated cost of the new ward and same-day emergency care unit has been revised up from £4.2 million to £5.8 million, and the opening has slipped from October to January 2026."),
      [],
    );
  });

  it("'she' is not a person a word of kin or a role makes a man, nor 'he' a woman", () => {
    const story = "For Karen Whitlow, 49, the report came as no surprise. Her father, Dennis Whitlow, 81, waited 31 hours on a trolley.";
    assert.deepEqual(speaker(`${story} \u201cNobody should have to beg for water,\u201d she said.`), ["Karen Whitlow"]);
    assert.deepEqual(speaker(`${story} \u201cI was in agony,\u201d he said.`), ["Dennis Whitlow"]);
    assert.deepEqual(speaker("Ann Lee stood beside her husband, Tom Hale. \u201cIt was chaos,\u201d she said."), ["Ann Lee"]);
    // With nothing to tell them apart, the last person named.
    assert.deepEqual(speaker("Ann Lee met Tom Hale at the scene. \u201cIt was chaos,\u201d she said."), ["Tom Hale"]);
    assert.deepEqual(flagged("hospitalwait", 'Karen Whitlow said: "My dad lay on a trolley for 31 hours with a broken hip. Nobody should have to beg for a glass of water in a hospital."'), []);
  });

  it("a sentence that names a thing by its last word tells of it, unless it names another of that word", () => {
    assert.deepEqual(flagged("museumloan", "The Harnham Helmet was ploughed up in 1925 by Walter Bexley, who was then a teenage farm labourer."), []);
    assert.ok(kinds("stadium", "The section of roof that failed was over the stadium's West Stand.").includes("contradicted"));
  });

  it("a disagreeing figure's sentence that gives the claim's figure in the claim's clause does not deny it", () => {
    const reports = ["The museum expects 60,000 visitors, more than one and a half times the 38,500 people it welcomed in the whole of 2024."];
    assert.ok(!madeUp(reports, "The museum welcomed 38,500 visitors in 2024.").includes("38,500 contradicted"));
    // The claim's figure put in the other's clause is still the other's figure, wrong.
    assert.deepEqual(madeUp(reports, "The museum expects 38,500 visitors."), ["38,500 contradicted"]);
    assert.deepEqual(flagged("museumloan", "The museum, which has 14 full-time staff, welcomed 38,500 visitors in 2024."), []);
    // Not a figure of another noun ("five towns" for "five mobile banking vans"), nor where the
    // claim swapped its names or its years between the two clauses.
    assert.ok(madeUp(["Pennant said it would deploy three mobile banking vans, each visiting five towns a week, across the region."], "Pennant will send five mobile banking vans to serve towns across the region.").some((v) => v !== "five supported"));
    assert.ok(kinds("heatpump", "The Carrow Valley recorded 6,240 installations, the most of any region.").includes("contradicted"));
    assert.ok(
      madeUp(["Figures from National Highways show there were 37 incidents involving hazardous loads on motorways in 2024, up from 29 in 2023."], "National Highways figures show 37 hazardous-load incidents on motorways in 2023.").includes("37 contradicted"),
    );
  });

  it("'further than' compares, and a count still in a state is what remains", () => {
    assert.equal(factOf("Engineers lowered the reservoir three metres further than they had aimed to.", "three").comparison, true);
    assert.deepEqual(flagged("reservoirleak", "Engineers ended up lowering the reservoir three metres further than they had originally aimed to."), []);
    const still = factOf("But 233 households living closest to the beck remain displaced.", "233");
    assert.ok(still.measure.includes(REMAINING), still.measure.join(" "));
    assert.ok(factOf("Three people remain in hospital.", "Three").measure.includes(REMAINING));
    assert.ok(factOf("Some 40 homes were still cut off on Friday.", "40").measure.includes(REMAINING));
    // Not a count that only describes the thing in that state, nor a state "connected to" something.
    assert.ok(!factOf("The 8,200-seat East Stand would remain closed.", "8,200").measure.includes(REMAINING));
    assert.ok(!factOf("About 40 homes remained connected to the network.", "40").measure.includes(REMAINING));
    assert.deepEqual(flagged("reservoirleak", "The first 305 households were allowed home on Saturday March 22, almost three weeks after they were told to leave."), []);
    assert.ok(kinds("stadium", "The East Stand, now closed, has 12,200 seats.").includes("contradicted"));
  });

  it("a vote's sides are counts of their own", () => {
    const reports = ["The motion passed by 38 votes to 21, with three councillors abstaining, after a long debate."];
    assert.ok(!madeUp(reports, "The rent cap won the support of 38 councillors.").includes("38 councillors contradicted"));
    assert.ok(!madeUp(reports, "Four councillors voted against the cap.").includes("Four councillors contradicted"));
    assert.deepEqual(flagged("rentcap", "The rent cap won the support of 38 councillors, with 21 voting against and three abstaining."), []);
  });

  it("a span of time said after another time answers only another said after", () => {
    assert.equal(factOf("The count fell to 17 eight days later.", "eight").offset, "after");
    assert.equal(factOf("The closure was announced two weeks earlier.", "two").offset, "before");
    assert.equal(factOf("The closure was announced two weeks ago.", "two").offset, "before");
    assert.equal(factOf("The closure lasted two weeks.", "two").offset, undefined);
    const reports = ["The 28-bed ward had been caring for 23 patients when the closure was announced two weeks earlier."];
    assert.ok(!madeUp(reports, "The number of patients on the ward fell from 23 when the closure was announced to 17 eight days later.").includes("eight contradicted"));
    assert.deepEqual(madeUp(reports, "The closure was announced eight days earlier."), ["eight contradicted"]);
    assert.deepEqual(flagged("wardclosure", "The number of patients on the ward fell from 23 when the closure was announced to 17 eight days later."), []);
  });

  it("a part that did not do what its whole did is read past its whole's figure", () => {
    assert.equal(factOf("About 460 of the estimated 1,600 facing stones that fell had not been recovered.", "460").without, true);
    assert.equal(factOf("About 460 of the 1,600 stones had not been recovered.", "460").without, true);
    assert.equal(factOf("About 460 of the 1,600 stones had been recovered.", "460").without, undefined);
    assert.deepEqual(flagged("castlerepair", "About 460 of the estimated 1,600 facing stones that fell had not been recovered and numbered by 8 April."), []);
  });

  it("a distance away from a place is no length of a route, and a conversion no part of a sum", () => {
    const reports = ["The route covers 14.6 miles. Several had travelled the 18 miles from Brackenford on a coach paid for by the union."];
    assert.deepEqual(madeUp(reports, "The route covers 14.6 miles."), ["14.6 supported"]);
    assert.deepEqual(madeUp(reports, "Several had travelled 12 miles from Brackenford on a coach."), ["12 contradicted"]);
    assert.deepEqual(flagged("nightbus", "The N14 covers 14.6 miles and serves 31 stops."), []);
    // Unless its clause tells what the claim's does: how far someone walked to a place.
    assert.deepEqual(madeUp(["Margaret Ellison said she had walked 2.5 miles to Harbridge Royal Infirmary on Wednesday."], "Margaret Ellison walked six miles to hospital."), ["six contradicted"]);
    // It still backs the claim's own distance.
    assert.deepEqual(madeUp(["She was taken by ambulance to a nursing home in Stanmoor, 38 miles away."], "She was taken 38 miles by ambulance to her new nursing home."), ["38 supported"]);
    // A distance away said past a conversion, "back from" a thing, or "to" a place named.
    const wayOf = (text: string, figure: string) => factOf(text, figure).quantity!.dimension;
    assert.equal(wayOf("Halbury lies 14 miles (22 km) south-west of Marlbridge.", "14"), "away");
    assert.equal(wayOf("The platform is set 400 metres back from the nest.", "400"), "away");
    assert.equal(wayOf("Patients would have to travel 42 miles to St Bede's Hospice.", "42"), "away");
    assert.equal(wayOf("The route covers 14.6 miles to the south.", "14.6"), undefined);
    assert.deepEqual(flagged("pottery", "Burslow lies about 6 miles north of Stoke-on-Trent."), []);
    assert.ok(kinds("pottery", "Burslow lies about 9 miles north of Stoke-on-Trent.").includes("contradicted"));
    // Facts that differ in their way alone are two shapes: a check weighs each on its own.
    const away = factOf("The quake struck 30km away.", "30");
    assert.notEqual(factKey(away), factKey({ ...away, quantity: { ...away.quantity!, dimension: "deep" } }));
    // 28km and 17 miles are one depth, not two parts of 45.
    assert.ok(kinds("quake", "The quake struck at a depth of 45km.").includes("contradicted"));
  });

  it("'by the start of' a month is a tally's deadline, and a time or weekday may stand between 'since' or 'until' and a date", () => {
    assert.equal(factOf("By the start of April the appeal had raised £52,000.", "April").deadline, true);
    assert.deepEqual(flagged("schoolfire", "By the start of April the PTA appeal had raised £52,000 from more than 2,000 donors, over twice its original £25,000 target."), []);
    assert.equal(factOf("The ballot closed at 5pm last Friday, having been open since Monday 17 February.", "17 February").from, true);
    assert.equal(factOf("The ballot was open from Monday 17 February until 5pm on Friday 7 March.", "7 March").until, true);
    assert.deepEqual(flagged("stadiumvote", "The ballot was open from Monday 17 February until 5pm on Friday 7 March."), []);
    // Where a state ends answers only where it ends: not a restart on another day.
    const reports = ["Supervised sessions will restart at the south beach at 9am on Friday, August 1. The north jetty will stay closed until at least Friday, August 15."];
    assert.deepEqual(madeUp(reports, "The north jetty is to remain closed until at least Friday 1 August."), ["1 August contradicted"]);
    assert.deepEqual(madeUp(reports, "The north jetty is to remain closed until at least Friday 15 August."), ["15 August supported"]);
    // The day a thing ends on is where it runs until; so may be a date whose event is not read.
    assert.deepEqual(madeUp(["The drive will now run until Sunday 13 April."], "The drive ends on Sunday 13 April."), ["13 April supported"]);
    assert.deepEqual(madeUp(["The drive will now run until Sunday 13 April."], "The drive will now end on Sunday 13 April."), ["13 April supported"]);
    // A time given to do something is a deadline; what will not happen until a day happens then.
    const given = factOf("Community groups have until 30 June to submit expressions of interest.", "30 June");
    assert.deepEqual([given.until, given.deadline], [undefined, true]);
    assert.equal(factOf("Trains will not run until Tuesday 11 March.", "11 March").until, undefined);
    assert.deepEqual(flagged("libraryclosure", "Community groups have until 30 June to submit expressions of interest in running a branch."), []);
    assert.deepEqual(kinds("lorrybridge", "Services resumed on Tuesday 11 March, with the 5.58am from Kelsworth the first train across the bridge."), ["supported"]);
  });

  it("someone brought in with an age after 'by' is whom a later pronoun may mean", () => {
    assert.deepEqual(speaker("The slick was spotted on Monday by Maureen Tallis, 67, a retired teacher. \u201cThe smell hit me first,\u201d she said."), ["Maureen Tallis"]);
    assert.deepEqual(speaker("She told the Commons an inquiry would be led by Dame Patricia Holloway. The minister, Ann Reeve, was asked again. \u201cWe will act,\u201d she said."), ["Ann Reeve"]);
    assert.deepEqual(flagged("beachpollution", 'Maureen Tallis, who found the oil, said: "The smell hit me before I saw it."'), []);
  });

  it("votes against are a side of their own", () => {
    assert.equal(factOf("The result showed 4,591 votes for the move and 1,748 against.", "1,748").against, true);
    assert.equal(factOf("The result showed 4,591 votes for the move and 1,748 against.", "4,591").against, undefined);
    assert.equal(factOf("Roughly 28 per cent of valid votes were cast against the move.", "28 per cent").against, true);
    assert.equal(factOf("The firm was fined £2m against a backdrop of losses.", "£2m").against, undefined);
    assert.equal(factOf("The airport will insulate 6,800 homes against noise.", "6,800").against, undefined);
    assert.deepEqual(flagged("stadiumvote", "Roughly 28 per cent of valid votes were cast against the move."), []);
    assert.deepEqual(flagged("stadiumvote", "Fewer than 2,000 supporters voted against the move."), []);
    assert.deepEqual(madeUp(["The result showed 4,591 votes for the move and 1,748 against it in the fans' ballot."], "About 1,700 fans voted against the move in the ballot."), ["1,700 supported"]);
  });

  it("shares of two wholes their 'of' names answer neither, and employees are staff", () => {
    const of = (text: string, figure: string) => factOf(text, figure).quantity!.dimension;
    assert.equal(of("Pilots account for roughly three in ten of Pennant's Brackenford staff.", "three in ten"), "of staff");
    assert.equal(of("It accounts for 62% of all departures.", "62%"), "of departure");
    // A share of those who did something names no whole's noun; nor does a verb read as one.
    assert.equal(of("The ballot was backed by 81% of those voting on a 78% turnout.", "81%"), undefined);
    assert.deepEqual(flagged("ferrystrike", "The strike was backed by 87% of the union members who voted in the ballot."), ["disputed"]);
    const departures = factOf("The airline took 62% of all departures.", "62%");
    assert.equal(sharesOfOtherWholes(factOf("Pilots make up three in ten of the staff.", "three in ten"), departures), true);
    assert.equal(sharesOfOtherWholes(factOf("Just 48 per cent of the rainfall fell at the gauge.", "48 per cent"), departures), false);
    assert.equal(sharesOfOtherWholes(factOf("Some 87% of the members voted for the strike.", "87%"), factOf("The motion won 60% of the votes cast.", "60%")), false);
    assert.ok(kinds("hosepipeban", "Just 48 per cent of the long-term average spring rainfall fell at Chalkdown's Kelmford gauge between March and May.").includes("contradicted"));
    assert.ok(!madeUp(["By our count, it flies 11 routes from Brackenford and accounts for 62% of all departures."], "Pilots account for roughly three in ten of the airline's Brackenford staff.").some((v) => v.endsWith("contradicted")));
    assert.deepEqual(flagged("airportjobs", "Pilots account for roughly three in ten of Pennant's Brackenford staff."), []);
    const transferred = factOf("The airline said 41 of its 212 Brackenford employees had accepted offers to transfer.", "41");
    assert.equal(transferred.quantity!.unit, "staff");
    assert.deepEqual(flagged("airportjobs", "With 41 staff transferring to Hollins Cross, Pennant now expects 171 redundancies at Brackenford."), []);
  });

  it("a quote the draft joins across its source's attribution is the source's quote", () => {
    const joined = '"We lost this one. We do not intend to lose another."';
    assert.deepEqual(flagged("gallerysale", `After the auction, Friends of the Mellor Gallery chair Dr Rupert Haines said: ${joined}`), []);
    assert.ok(kinds("gallerysale", `Dr Rupert Haines said: ${joined}`).includes("supported"));
    assert.ok(kinds("gallerysale", `Helen Stroud said: ${joined}`).includes("misattributed"));
    // One source must carry every part: two reports' quotes are not one quote.
    const kindsIn = (reports: string[], claim: string) => checkDraft(indexOf(reports), `# Draft\n\n${claim}\n`).map((f) => f.kind);
    const claim = 'Rupert Haines said: "We lost this one. We do not intend to lose another."';
    assert.ok(kindsIn(['"We lost this one," said Rupert Haines, the chair. "We do not intend to lose another."'], claim).includes("supported"));
    assert.ok(kindsIn(['"We lost this one," said Rupert Haines, the chair.', '"We do not intend to lose another," said Rupert Haines, the chair.'], claim).includes("unverified-quote"));
    // Each part must be the source's: one altered makes the whole misquoted (the thirtieth session's
    // rule; it was unverified before), its fix the source's words for both.
    assert.ok(kinds("gallerysale", 'Dr Rupert Haines said: "We lost this one. We do intend to lose another."').includes("misquoted"));
  });
});
