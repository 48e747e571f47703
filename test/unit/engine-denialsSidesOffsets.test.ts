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
import { factOf, madeUp } from "./madeUpReports";
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
    // It still backs the claim's own distance.
    assert.deepEqual(madeUp(["She was taken by ambulance to a nursing home in Stanmoor, 38 miles away."], "She was taken 38 miles by ambulance to her new nursing home."), ["38 supported"]);
    // A distance away said past a conversion, "back from" a thing, or "to" a place named.
    const away = (text: string, figure: string) => factOf(text, figure).quantity!.dimension;
    assert.equal(away("Halbury lies 14 miles (22 km) south-west of Marlbridge.", "14"), "away");
    assert.equal(away("The platform is set 400 metres back from the nest.", "400"), "away");
    assert.equal(away("Patients would have to travel 42 miles to St Bede's Hospice.", "42"), "away");
    assert.equal(away("The route covers 14.6 miles to the south.", "14.6"), undefined);
    assert.deepEqual(flagged("pottery", "Burslow lies about 6 miles north of Stoke-on-Trent."), []);
    assert.ok(kinds("pottery", "Burslow lies about 9 miles north of Stoke-on-Trent.").includes("contradicted"));
    // 28km and 17 miles are one depth, not two parts of 45.
    assert.ok(kinds("quake", "The quake struck at a depth of 45km.").includes("contradicted"));
  });
});
