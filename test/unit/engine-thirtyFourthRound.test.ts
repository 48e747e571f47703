/**
 * Rules from the thirty-fourth session's blind probes (`test/eval/pending`: unicuts, fourdayweek,
 * maternityunit, raceday, birdflu2), each from a true claim a probe flagged. Each is asserted on
 * the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { extractDates, extractWeekdays } from "../../src/core/analysis/dates";
import { findEntities } from "../../src/core/analysis/entities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { factOf, madeUp } from "./madeUpReports";
import { flagged, kinds } from "./probeCorpora";

describe("engine: rules of the thirty-fourth session", () => {
  it("jobs are counted by any of their words ('310 jobs', '190 academic posts', '120 roles', '1,150 positions')", () => {
    const report = "Harwell Foods will cut 310 jobs at its Leeds bakery by the end of March.";
    assert.deepEqual(madeUp([report], "Harwell Foods will cut 310 posts at its Leeds bakery by the end of March."), ["310 supported", "end of March supported"]);
    assert.deepEqual(madeUp([report.replace("jobs", "roles")], "Harwell Foods will cut 310 positions at its Leeds bakery by the end of March."), ["310 supported", "end of March supported"]);
    assert.deepEqual(madeUp([report], "Harwell Foods will cut 250 posts at its Leeds bakery by the end of March."), ["250 contradicted", "end of March supported"]);
    // A part the claim gives of its count is no rival to it, whatever its noun ("38 of them drivers' posts").
    assert.deepEqual(flagged("busfare", "When the cuts were announced, up to forty-five jobs were at risk, thirty-eight of them drivers' posts."), []);
    // Nor does a report's count of other jobs become one of the claim's roles by their word alone.
    assert.deepEqual(flagged("factoryclose", "Ardenvale added 35 roles to its Wellsbridge offer, taking it from 85 to 120."), []);
    // "the number of posts" measures by the same word as "posts" does.
    assert.deepEqual(factOf("The university reduced the number of posts at risk to 275.", "275").measure, ["job"]);
    // The claim's words read as units weigh only where they are another word for the unit: "The two men"
    // is no count a source's "the two men" backs by its noun alone.
    assert.deepEqual(kinds("prisonescape", "The two men were found missing at the 6.45am roll check on Monday."), ["unsupported"]);
    // A claim's own word for them still weighs for a source's figure of jobs ("posts at risk from 180 to 245").
    assert.deepEqual(kinds("airportjobs", "The airport later raised its estimate of its own and contractors' posts at risk from 180 to 245."), ["supported"]);
  });

  it("where a change started ('from 310 to 275') is measured as what it reached", () => {
    assert.deepEqual(factOf("The university reduced the number of jobs it plans to cut from 310 to 275.", "310").measure, ["job"]);
    // Not a figure with a noun of its own ("from 310 people to 275 jobs" keeps its people).
    assert.deepEqual(factOf("The club grew from 310 members to 275 teams.", "310").measure, ["member"]);
    // Nor a starting point measured already ("went from 40 to 52 suspects" after "38 arrests").
    assert.deepEqual(factOf("Police made 38 arrests in May, and the tally went from 40 to 52 suspects.", "40").measure, ["arrest"]);
    assert.deepEqual(flagged("unicuts", "The university later reduced the number of posts at risk from 310 to 275."), []);
  });

  it("a source that counts a kind the claim never names ('120 professional services roles') is no rival to its count of all ('310 jobs'), whatever word each counts by", () => {
    assert.deepEqual(madeUp(["The university will cut 120 professional services roles."], "The university will cut 310 jobs."), ["310 unknown"]);
    assert.deepEqual(madeUp(["The university will cut 120 jobs."], "The university will cut 310 jobs."), ["310 contradicted"]);
    // A number before the noun is no kind: "nine of the ten apiaries" against "six of the 10 apiaries".
    assert.deepEqual(madeUp(["Tests found the pesticide in dead bees from nine of the ten apiaries sampled."], "Tests found the pesticide in bees from only six of the 10 apiaries."), ["six contradicted", "10 supported"]);
    assert.deepEqual(flagged("unicuts", "The original plan would have cut 190 academic and 120 professional services posts, 310 in all."), []);
  });

  it("a clause that names its body by its kind ('The university cut 275 jobs') holds no other clause's body", () => {
    assert.deepEqual(flagged("unicuts", "The university reduced the number of posts at risk from 310 to 275 after deciding to keep the School of Modern Languages."), []);
    // The figure of the body the claim names is still answered.
    assert.deepEqual(flagged("unicuts", "The university reduced the number of posts at risk from 310 to 265 after deciding to keep the School of Modern Languages."), ["contradicted"]);
  });

  it("a scheduled event's present ('A consultation opens on Monday') puts its weekday ahead", () => {
    const ahead = (t: string) => extractWeekdays(t, [])[0]?.ahead;
    assert.equal(ahead("A 45-day consultation opens on Monday."), true);
    assert.equal(ahead("Talks resume on Tuesday."), true);
    assert.equal(ahead("The consultation opened on Monday."), undefined);
    // A noun is no verb: "at the close on Friday".
    assert.equal(ahead("Shares fell sharply at the close on Friday."), undefined);
    assert.equal(ahead("The shop was open on Monday."), undefined);
  });

  it("time worked in a week ('a 32-hour week', 'a four-day working week') is no span, and hours are no days", () => {
    assert.equal(extractQuantities("Staff worked a 32-hour week.")[0]?.per, "week");
    assert.equal(extractQuantities("Staff moved to a four-day working week.")[0]?.per, "week");
    assert.equal(extractQuantities("The journey took four days.")[0]?.per, undefined);
    assert.deepEqual(madeUp(["Staff moved to a four-day working week in January."], "Staff moved to a 32-hour week in January."), ["32 unknown", "January supported"]);
    // Days against days still answer: "a five-day week".
    assert.deepEqual(madeUp(["Staff moved to a four-day working week in January."], "Staff moved to a five-day working week in January."), ["five contradicted", "January supported"]);
    assert.deepEqual(flagged("fourdayweek", "Under the trial, 412 Kestleford District Council employees worked a 32-hour week instead of 37 hours, with no cut in pay."), []);
  });

  it("a count over names its clause joins ('at Kingsmere General or the Penford birth centre') is not disputed by a count of one of them", () => {
    const report = "Since March 10, 163 women have given birth at Kingsmere General Hospital, and a further 41 at the Penford birth centre.";
    assert.deepEqual(madeUp([report], "More than 200 women have given birth at Kingsmere General or the Penford birth centre."), ["200 unknown"]);
    // A claim of the one place is still answered by its count.
    assert.deepEqual(madeUp([report], "More than 200 women have given birth at Kingsmere General Hospital."), ["200 contradicted"]);
    // A source that counts over both names still answers it.
    assert.deepEqual(madeUp(["Since March 10, 150 women have given birth at Kingsmere General Hospital or the Penford birth centre."], "More than 200 women have given birth at Kingsmere General or the Penford birth centre."), ["200 contradicted"]);
    assert.deepEqual(flagged("maternityunit", "By the time of the trust board meeting on 26 March, more than 200 Harnwick-area women had given birth at Kingsmere General or the Penford birth centre."), []);
  });

  it("how long a thing has not happened ('had not lost it for about 13 years') is no span of its happening, but a change denied is a state held", () => {
    assert.equal(factOf("Marrowby had not lost its Spring meeting for about 13 years.", "13").negated, true);
    assert.equal(factOf("The course has lost three fixtures in five years.", "five").negated, undefined);
    // A span lived through ("never seen the river this low in forty years") is no denial's span.
    assert.equal(factOf("I've never seen the river this low in forty years of farming.", "forty").negated, undefined);
    assert.deepEqual(madeUp(["The course has lost three fixtures in five years."], "The course had not lost a fixture for about 13 years."), ["13 unknown"]);
    // "has not changed for 14 years" is "frozen for 14 years".
    assert.equal(factOf("The rate has not changed for 14 years.", "14").negated, undefined);
    assert.deepEqual(madeUp(["Carers are striking over a mileage rate that has not changed for 14 years."], "The carers' mileage rate has been frozen for 14 years."), ["14 supported"]);
    assert.deepEqual(flagged("raceday", "Before this year's washout, Marrowby had not lost its Spring meeting for about 13 years."), []);
  });

  it("a date of an event at a named site ('at Copthorne Farm') is not disputed by the event at another site of its kind ('at Tarrow Mill Farm')", () => {
    const copthorne = "The Animal Disease Control Agency confirmed the outbreak at Copthorne Farm late on Monday, March 3.";
    const reports = [copthorne, "The Animal Disease Control Agency confirmed H5N1 at Tarrow Mill Farm, near Lower Fennick, on Wednesday 12 March."];
    assert.deepEqual(madeUp(reports, "The Animal Disease Control Agency confirmed bird flu at Copthorne Farm on Monday 3 March."), ["3 March supported"]);
    // The site's own wrong date is still contradicted.
    assert.deepEqual(madeUp(reports, "The Animal Disease Control Agency confirmed bird flu at Copthorne Farm on Monday 10 March."), ["10 March contradicted"]);
    // A site of the kind named by a common noun may be the claim's by another word: disputed.
    const duckFarm = "The Animal Disease Control Agency confirmed H5N1 at a duck farm near Lower Fennick on Wednesday 12 March.";
    assert.deepEqual(madeUp([copthorne, duckFarm], "The Animal Disease Control Agency confirmed bird flu at Copthorne Farm on Monday 3 March."), ["3 March disputed"]);
    assert.deepEqual(flagged("birdflu2", "The Animal Disease Control Agency confirmed highly pathogenic H5N1 bird flu at Copthorne Farm in Ebbworth on Monday 3 March 2025."), []);
  });

  // The session's second round of probes (smoothiepoisoning, pylonplan, hackedcharity, lostwalker).

  it("two digits after a month are no year ('reported in April, 56 were confirmed')", () => {
    assert.deepEqual(extractDates("Of the 63 cases reported in April, 56 were confirmed.").map((d) => [d.text, d.year]), [["April", undefined]]);
    // A year in full stays one.
    assert.deepEqual(extractDates("It opened in April, 1956, to great acclaim.").map((d) => [d.text, d.year]), [["April, 1956", 1956]]);
    assert.deepEqual(flagged("smoothiepoisoning", "Of the 63 cases reported in April, 56 were confirmed and seven were probable."), []);
  });

  it("those who backed a plan are not those who opposed it ('18 percent supported it', '71 percent opposed')", () => {
    const report = "A survey of residents found that 71 percent opposed the overhead line and 18 percent supported it.";
    assert.deepEqual(madeUp([report], "Fewer than one in five residents surveyed backed the overhead line."), ["one in five supported"]);
    assert.deepEqual(madeUp([report], "About 30 percent of residents surveyed opposed the overhead line."), ["30 percent contradicted"]);
    assert.deepEqual(flagged("pylonplan", "Fewer than one in five residents surveyed by the park authority backed the overhead line."), []);
  });

  it("an opening that gives a figure as a first count ('On the first estimate, roughly 45% ...') is not disputed by the revised one", () => {
    assert.equal(factOf("On the first estimate, roughly 45% of the supporters had their details taken.", "45%").from, true);
    assert.equal(factOf("Roughly 45% of the supporters had their details taken.", "45%").from, undefined);
    assert.deepEqual(flagged("hackedcharity", "On the first estimate, roughly 45% of the supporters on the database had their details taken."), []);
  });

  it("a surname two people named in full share ('Martin Ashdown', 'Helen Ashdown') gives a quote to neither", () => {
    const text = 'Martin Ashdown, 64, went missing on Saturday. His wife, Helen Ashdown, raised the alarm. "When the phone rang I couldn\'t speak," said Mrs Ashdown.';
    assert.deepEqual(extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker), ["Ashdown"]);
    // One person of the name: the surname is theirs.
    const one = 'Martin Ashdown, 64, went missing on Saturday. Rescuers found Martin Ashdown on Tuesday. "I slipped," said Mr Ashdown.';
    assert.deepEqual(extractQuotes(one, [{ start: 0, end: one.length }]).map((q) => q.speaker), ["Martin Ashdown"]);
    assert.deepEqual(flagged("lostwalker", 'Helen Ashdown said: "When the phone rang on Tuesday morning I couldn\'t speak."'), []);
  });

  it("a count a sentence opens on with 'Including' is a part of the whole it goes on to give", () => {
    assert.equal(factOf("Including nine cases linked to cafés elsewhere, 72 people were made ill.", "nine").part, true);
    assert.equal(factOf("Nine cases were linked to cafés elsewhere.", "Nine").part, undefined);
    assert.deepEqual(flagged("smoothiepoisoning", "Including nine cases linked to cafés in Dunmore and Ashby Vale, 72 people were made ill by the contaminated batch."), []);
  });

  // A third round (careersfair2, busdriverstrike).

  it("a hyphened surname after a first name is one name ('Fiona Marsh-Tate'), and its lone surname speaks for her", () => {
    assert.deepEqual(findEntities("Lib Dem leader Fiona Marsh-Tate said the figures were wrong.").filter((e) => e.type === "person").map((e) => e.name), ["Fiona Marsh-Tate"]);
    // Not a run of one: "the Liverpool-Manchester line" names two places.
    assert.deepEqual(findEntities("Trains on the Liverpool-Manchester line were cancelled.").map((e) => e.name), ["Liverpool", "Manchester"]);
    const text = 'Fiona Marsh-Tate obtained the papers. "The council has been counting taster weeks," Marsh-Tate told Albion Press Wire.';
    assert.deepEqual(extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker), ["Fiona Marsh-Tate"]);
    assert.deepEqual(flagged("careersfair2", 'Fiona Marsh-Tate said: "The council has been counting taster weeks as apprenticeships."'), []);
  });

  it("an estimate changed to its figure past a long object ('raised its estimate of what ... had cost it to £1.6 million') is a revised level", () => {
    const f = factOf("Vale Connect later raised its estimate of what the first two weeks of the strike had cost it to £1.6 million.", "£1.6 million");
    assert.equal(f.reached, "up");
    assert.equal(f.revised, true);
    assert.deepEqual(flagged("busdriverstrike", "Vale Connect later raised its estimate of what the first two weeks of the strike had cost it to £1.6 million."), []);
  });
});
