/**
 * Rules from the twenty-sixth session's blind probes (`test/eval/pending`): what a total of no
 * noun of its own counts, a week bounded by its days, a financial year ("2023/24"), a goal beaten
 * against one still ahead, things taken from an owner, a date inside a relative clause, venues and
 * miners by their last word, a town a hospital is named after, an ordinal past a compound, a
 * plural's possessive apostrophe, and the gap between two figures ("£1.9m apart"). Each is
 * asserted on the probe's own corpus, and on a made-up report where the rule is one of reading.
 */
import * as assert from "node:assert/strict";
import { extractDates } from "../../src/core/analysis/dates";
import { findEntities } from "../../src/core/analysis/entities";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { assessFact } from "../../src/core/check/factCheck";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: tallies, periods and what they are of", () => {
  it("a total of no noun of its own counts what its sentence counted before it", () => {
    assert.deepEqual(factOf("Hale Crossings says 850 new households have registered, taking the total to 19,050.", "19,050").measure, ["household"]);
    assert.deepEqual(factOf("Police arrested 12 people on Monday, bringing the total to 40.", "40").measure, ["peopl"]);
    // A toll keeps its own noun, and a year is no count.
    assert.deepEqual(factOf("Four more people died on Monday, taking the death toll to 12.", "12").measure, ["toll"]);
    assert.deepEqual(factOf("In 2019 agents raided homes, taking the total to 40.", "40").measure, ["total"]);
    assert.deepEqual(flagged("tollbridge", "TarnPass registrations have reached 19,050 households after 850 new sign-ups since the rise was announced."), []);
  });

  it("a count said over a week bounded by its days is that week's, no year's", () => {
    assert.equal(factOf("According to the operator, 221,900 vehicles used the bridge in the week from June 3 to June 9.", "221,900").window, 7);
    assert.equal(factOf("Some 221,900 vehicles used the bridge in the week.", "221,900").window, undefined);
    const reports = ["The bridge carried 11.4m vehicles in 2023.", "According to the operator, 221,900 vehicles used the bridge in the week from June 3 to June 9."];
    assert.deepEqual(madeUp(reports, "Well over 11 million vehicles crossed the bridge in 2023."), ["11 million supported", "2023 supported"]);
    assert.deepEqual(flagged("tollbridge", "Well over 11 million vehicles crossed the bridge in 2023."), []);
  });

  it("a financial year is a year and the next, and a date of another is no slash", () => {
    const [q] = extractQuantities("In 2023/24 the unit carried out 176 transplants.");
    assert.deepEqual([q!.text, q!.value, q!.high, q!.isYear], ["2023/24", 2023, 2024, true]);
    assert.deepEqual(
      extractDates("in 2019/2020, on 13/06/2020 and in 2021/2023").map((d) => [d.text, d.year, d.endYear]),
      [
        ["2019/2020", 2019, 2020],
        ["13/06/2020", 2020, undefined],
      ],
    );
    // A figure its report dates by another financial year does not answer one of the claim's.
    const report = "The unit carried out 214 transplants in 2024/25, up from 176 in 2023/24.";
    assert.deepEqual(madeUp(report, "In 2023/24 the unit carried out 176 transplants."), ["176 supported", "2023/24 supported"]);
    assert.deepEqual(madeUp("The unit carried out 214 transplants in 2024/25.", "In 2023/24 the unit carried out 176 transplants."), ["176 unknown", "2023/24 unknown"]);
  });

  it("a goal beaten is not answered by a goal still ahead of its report", () => {
    const reports = ["It beat the target of 207 transplants it set itself.", "The trust has set this year's target of 230 transplants."];
    assert.deepEqual(madeUp(reports, "The unit beat its target of 207 transplants."), ["207 supported"]);
    // A goal of no time the claim rules out stays against it.
    assert.deepEqual(madeUp(reports, "The unit has a target of 207 transplants."), ["207 disputed"]);
    // Nor by one its report dates by its own year or a later one.
    const dated = (date: string, body: string) => {
      const r = readSourceText(`${date}.md`, `---\ndate: ${date}\n---\n# Report\n\n${body}\n`);
      assert.ok(r.ok);
      return r.document;
    };
    const ix = CorpusIndex.build([dated("2025-04-08", "The unit must now beat a target of 230 transplants in 2025/26."), dated("2025-04-09", "It beat the target of 207 transplants it set itself.")]);
    const verdict = (text: string) => {
      const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
      return claim.facts.map((f) => assessFact(ix, claim, f).verdict);
    };
    assert.deepEqual(verdict("The unit beat its target of 207 transplants."), ["supported"]);
    assert.deepEqual(verdict("The unit has a target of 207 transplants."), ["disputed"]);
    assert.deepEqual(flagged("kidneytx", "The unit beat its target of 200 transplants by 14."), []);
  });
});

describe("engine: things taken, dates of relative clauses, names", () => {
  it("things taken from an owner are a count of them, not a cut, unless added to a tally", () => {
    assert.equal(factOf("Thieves took 98 ewes from Low Garth Farm.", "98").difference, undefined);
    assert.equal(factOf("The council took £5m from the budget.", "£5m").difference, true);
    assert.equal(factOf("Thieves took 155 sheep from two farms, bringing the number stolen from the county's hill farms this year to 1,395.", "155").difference, true);
    assert.deepEqual(flagged("sheeprustling", "Nearly 1,400 sheep had been stolen from Marrdale hill farms by 6 March."), []);
    assert.deepEqual(madeUp("Thieves took 98 ewes from Low Garth Farm on Tuesday.", "Thieves took 98 ewes from Low Garth Farm."), ["98 supported"]);
  });

  it("a date inside a relative clause after the verb dates the relative clause's verb only", () => {
    const text = "The ship berthed at the terminal at the end of a round trip that left the port on Saturday, Feb. 8.";
    assert.deepEqual(factOf(text, "Feb. 8").measure, ["left"]);
    assert.deepEqual(factOf("Police arrested a man who was released on 3 March.", "3 March").measure, ["releas"]);
    assert.deepEqual(factOf("The ship berthed at the terminal on Saturday, Feb. 22.", "Feb. 22").measure, ["berth"]);
    assert.deepEqual(
      flagged("cruiseship", "The Cassiopeia Star berthed at Southampton's City Cruise Terminal at 6.15am on Saturday 22 February 2025 after a fortnight-long round trip."),
      [],
    );
  });

  it("a venue, a miner and a tour are named by their last word, and a town is no hospital named after it", () => {
    const types = (text: string) => findEntities(text).map((e) => `${e.type} ${e.name}`);
    assert.deepEqual(types("It opened at Penhallow Guildhall on Tuesday."), ["place Penhallow Guildhall", "other Tuesday"]);
    assert.deepEqual(types("The plans of Greywether Lithium were heard."), ["organisation Greywether Lithium"]);
    assert.deepEqual(types("Riders of the Harcastle Tour crashed."), ["event Harcastle Tour"]);
    // The ends of a route are places, whatever body is named after one.
    const ix = indexOf(["Patients were taken to Pellbridge Royal Infirmary."]);
    const named = (claim: string) => analyzeSentence(claim, { start: 0, end: claim.length }, [], ix.names.resolver()).entities.map((e) => `${e.type} ${e.name}`);
    assert.deepEqual(named("The stage ran from Ashcombe to Pellbridge."), ["other Ashcombe", "other Pellbridge"]);
    assert.deepEqual(named("The stage ran between Pellbridge and Ashcombe."), ["other Pellbridge", "other Ashcombe"]);
    assert.deepEqual(named("Staff at Pellbridge treated five riders."), ["organisation Pellbridge Royal Infirmary"]);
    assert.deepEqual(flagged("lithiummine", "The planning inquiry into the Polgarrow lithium mine opened at Penhallow Guildhall on Tuesday, March 3."), []);
  });

  it("an ordinal past a compound counts its noun", () => {
    assert.deepEqual(factOf("He won the 176.5-kilometre fourth stage from Ashcombe.", "fourth").measure, ["ordinal:stag"]);
    assert.deepEqual(factOf("It was a record-breaking third win.", "third").measure, ["ordinal:win"]);
    assert.deepEqual(flagged("cyclerace", "The Harcastle Tour of the North's fourth stage covered 176.5 kilometres between Ashcombe and Pellbridge."), []);
  });

  it("a plural's apostrophe makes a possessor, and the name after it is the speaker", () => {
    const speaker = (text: string) => extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker);
    assert.deepEqual(speaker('Hale Crossings\' boss, Fiona Markham, said the money raised "goes into the structure".'), ["Fiona Markham"]);
    assert.deepEqual(speaker('Hale Crossings\' chief executive Fiona Markham said the money "goes into the structure".'), ["Fiona Markham"]);
    assert.deepEqual(flagged("tollbridge", 'Hale Crossings\' boss, Fiona Markham, said the money raised "goes into the structure".'), []);
  });

  it("the gap between two figures is a difference, no level", () => {
    assert.equal(factOf("The two estimates of the stage's value were £1.9m apart.", "£1.9m").difference, true);
    assert.equal(factOf("The stage was worth £1.9m to the town.", "£1.9m").difference, undefined);
    assert.deepEqual(flagged("cyclerace", "The two estimates of the stage's economic value were £1.9m apart."), []);
  });
});

describe("engine: each, periods a year back, addressees, totals brought to, what remains, petitions", () => {
  it("a figure of each of some things is no figure of them all", () => {
    assert.equal(factOf("It has three pumps, each designed to move 1.5 cubic metres of water a second.", "1.5").average, true);
    assert.equal(factOf("Each of the station's pumps is designed to move 1.5 cubic metres of water a second.", "1.5").average, true);
    assert.equal(factOf("Each year 1.5 million people visit.", "1.5 million").average, undefined);
    assert.equal(factOf("Police searched each of the 40 homes.", "40").average, undefined);
    const report = "It has three pumps, each designed to move 1.5 cubic metres of water a second.";
    assert.deepEqual(madeUp(report, "Working together, the station's three pumps are designed to move 4.5 cubic metres of water a second."), ["three supported", "4.5 unknown"]);
    assert.deepEqual(madeUp(report, "Each of the station's pumps is designed to move 2.5 cubic metres of water a second."), ["2.5 contradicted"]);
    assert.deepEqual(flagged("floodpump", "Working together, the station's three pumps are designed to move 4.5 cubic metres of water a second."), []);
  });

  it("a period a sentence opens on a year back dates its figures a year back", () => {
    assert.equal(factOf("In the equivalent 26 weeks a year before the cap, passengers made 35 million bus journeys.", "35 million").yearsAgo, 1);
    assert.equal(factOf("In the same period a year earlier, passengers made 35 million journeys.", "35 million").yearsAgo, 1);
    assert.equal(factOf("In the equivalent 26 weeks, passengers made 35 million journeys.", "35 million").yearsAgo, undefined);
    assert.deepEqual(flagged("busfarecap", "In the equivalent 26 weeks a year before the cap, passengers made 35 million bus journeys in the region."), []);
  });

  it("whom a speaker told is no party to what was told", () => {
    const text = "Graham Tellwright, who was managing director of Aldergate from 2004, told the Midlands Press Association he was assembling investors.";
    assert.deepEqual(factOf(text, "2004").orgs, []);
    assert.deepEqual(factOf("Graham Tellwright, managing director of Aldergate from 2004, joined the Midlands Press Association.", "2004").orgs, ["Midlands Press Association"]);
    assert.deepEqual(flagged("pottery", "Graham Tellwright was Aldergate's managing director from 2004 until the business was sold to Hollins Bray Capital in 2016."), []);
    // One the claim names is still named: "the judge told Treadgold".
    assert.deepEqual(flagged("fraudtrial", "The judge told Treadgold that she had betrayed dying children and their families in the most cynical way imaginable."), []);
  });

  it("a total brought to its figure counts its noun, across a clause of its own", () => {
    assert.deepEqual(factOf("That brings the total number of jobs lost since the company went into administration on 3 March to 228.", "228").measure, ["job", "lost"]);
    assert.deepEqual(factOf("A further 41 went on March 7, bringing total job losses to 228.", "228").measure, ["loss", "job"]);
    assert.deepEqual(factOf("Four more died, taking the overall death toll to 12.", "12").measure, ["toll"]);
    assert.deepEqual(flagged("pottery", "Nearly 230 jobs have been lost at Aldergate since it went into administration."), []);
  });

  it("what remains of a whole is another part than what went", () => {
    const report = "Eighty-four employees remain at the site.";
    assert.deepEqual(madeUp(report, "Of the pottery's 312 employees, 187 were made redundant."), ["312 unknown", "187 unknown"]);
    assert.deepEqual(madeUp(report, "Of the pottery's 312 employees, 90 remain."), ["312 unknown", "90 contradicted"]);
    assert.deepEqual(flagged("pottery", "When the administrators were appointed, 187 of the pottery's 312 employees were made redundant straight away."), []);
  });

  it("a petition given to someone is at its last tally", () => {
    assert.equal(factOf("Tillett gave the council a petition carrying 11,240 signatures.", "11,240").later, "last");
    assert.equal(factOf("The petition had reached 9,100 signatures.", "9,100").later, undefined);
    assert.deepEqual(flagged("swimpool", "Tillett gave the council a petition carrying 11,240 signatures before the meeting started."), []);
  });
});

describe("engine: counts stated at, a claim's own 'all but', a gap 'within ... of'", () => {
  it("a count of a noun stated at its figure counts the noun", () => {
    assert.deepEqual(factOf("The final count of dead fish stands at 5,960, the agency said.", "5,960").measure, ["fish", "die"]);
    assert.deepEqual(factOf("The official death toll stands at 604.", "604").measure, ["toll"]);
    assert.deepEqual(madeUp("The final count of dead fish stands at 5,960.", "Nearly 6,000 fish died."), ["6,000 supported"]);
  });

  it("a claim's 'all but six of its 45' is answered by the 39 a report gives, not contradicted", () => {
    const report = "The school has offered 39 of its 45 reception places for September.";
    assert.deepEqual(madeUp(report, "The school offered all but six of its 45 reception places."), ["six unknown", "45 supported"]);
    assert.deepEqual(madeUp(report, "The school offered all but nine of its 45 reception places."), ["nine contradicted", "45 supported"]);
    assert.deepEqual(flagged("schoolmerger", "The merged school offered all but six of its 45 reception places for September."), []);
  });

  it("'within 132 movements of the cap' is a gap, no level; 'within 5 miles of' a distance", () => {
    assert.equal(factOf("Night flights came within 132 movements of the existing cap.", "132").difference, true);
    assert.equal(factOf("The plant is within 5 miles of the town.", "5").difference, undefined);
    assert.equal(factOf("Potholes should be repaired within 28 days of being reported.", "28").difference, undefined);
    assert.deepEqual(flagged("airportnoise", "Last year the airport's night flights came within 132 movements of the existing cap."), []);
  });
});

describe("engine: a count by a day against a later report's final count", () => {
  it("a final count of a report after the claim's deadline does not answer a count by it", () => {
    const dated = (date: string, body: string) => {
      const r = readSourceText(`${date}.md`, `---\ndate: ${date}\n---\n# Report\n\n${body}\n`);
      assert.ok(r.ok);
      return r.document;
    };
    const verdicts = (reports: [string, string][], text: string) => {
      const ix = CorpusIndex.build(reports.map(([date, body]) => dated(date, body)));
      const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
      return claim.facts.filter((f) => f.kind === "quantity").map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
    };
    const claim = "The agency had counted 5,180 dead fish by mid-March.";
    assert.deepEqual(verdicts([["2025-03-27", "The final count of dead fish stands at 5,960."]], claim), ["5,180 unknown"]);
    // A report of the deadline's own day still answers it.
    assert.deepEqual(verdicts([["2025-03-15", "The final count of dead fish stands at 5,960."]], claim), ["5,180 contradicted"]);
    assert.deepEqual(flagged("rivercleanup", "Brown trout accounted for 640 of the 5,180 dead fish counted by mid-March."), []);
  });
});
