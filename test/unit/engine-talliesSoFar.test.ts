/**
 * Rules from the twenty-seventh session's blind probes (`test/eval/pending`): an ordinal that
 * tallies people something was done to ("a third man has been charged"), a clause that opens on
 * its verb after an aside ("X, agreed with Y, is 82 million litres a day"), services that ran
 * against services cancelled, a titled name after "the" ("the Rt Rev Simon Aske") as a person a
 * pronoun means, and what is still to do ("the area he still has to lift from 150 hectares"); a
 * party by its members' name ("a Liberal Democrat councillor") and what a speaker represents
 * ("who represents Ashby Fell") as no one a pronoun means; and a sum of money a claim gives as it
 * stands against an older report's running tally; a name after a heading that ends on "in", the one
 * a speaker told, and where someone described is from ("the healthcare assistant from Fenwick
 * Park"), none of them a place or a person a pronoun means wrongly; and a date right after a
 * participle that describes a noun ("the previous record of 4.11 metres set in June 2007").
 * Each is asserted on the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { findEntities } from "../../src/core/analysis/entities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { REMAINING } from "../../src/core/analysis/sentenceAnalysis";
import { stem } from "../../src/core/analysis/tokens";
import { factOf, madeUp } from "./madeUpReports";
import { flagged } from "./probeCorpora";

describe("engine: tallies so far, subjects past an aside, and what ran", () => {
  it("an ordinal of people something was done to counts them so far; other ordinals stay ranks", () => {
    const [third] = extractQuantities("A third man has been charged over the raid.");
    assert.deepEqual([third!.value, third!.unit, third!.soFar, third!.ordinal], [3, "man", true, undefined]);
    assert.deepEqual(factOf("A third man has been charged over the raid.", "third").measure, ["man", "charg"]);
    assert.equal(extractQuantities("Tully was the fifth person to be detained over the raid.")[0]!.unit, "person");
    assert.equal(extractQuantities("A second patient has died in the outbreak.")[0]!.unit, "patient");
    // Ranks: no people, nothing done to them, or the first of them.
    for (const text of ["It was the bank's fifth cut since August.", "The bank's fifth cut was announced on Monday.", "The third man in the photograph is unknown.", "A third consecutive man has been charged."]) {
      const [q] = extractQuantities(text);
      assert.ok(q?.ordinal && !q.soFar, text);
    }
    assert.ok(!extractQuantities("The first man to be charged appeared in court.").some((q) => q.soFar));
  });

  it("a tally so far answers a count of a later day, and an older report's smaller count is an earlier tally", () => {
    const reports = [
      "Posted Monday 17 February 2025\n\nTwo men have been charged over the raid on the post office.",
      "STOCKTON, Feb 21 (Northern Press Agency) — A third man has been charged over the raid on the post office.",
    ];
    assert.deepEqual(madeUp(reports, "Three men have been charged over the raid on the post office."), ["Three supported"]);
    assert.deepEqual(madeUp(reports, "Four men have been charged over the raid on the post office."), ["Four contradicted"]);
    assert.deepEqual(flagged("postraid", "Five people have been arrested over the robbery and three men have been charged."), []);
  });

  it("a figure's clause that opens on its verb after an aside takes in the subject before the aside", () => {
    const claim = "Chalkdown's leakage target, agreed with Ofwat, is 82 million litres a day.";
    const local = factOf(claim, "82 million").local;
    assert.ok(local.includes(stem("leakage")) && local.includes(stem("target")), local.join(" "));
    // Not where the subject has a verb of its own, nor for an age.
    assert.ok(!factOf("The community fund Corvane has offered, £750,000 a year for 20 years, is worth £15m over its whole life.", "£15m").local.includes(stem("fund")));
    assert.deepEqual(factOf("Miriam Okafor, who heads public health at Westmarch County Council, is 54 years old.", "54").clauseOrgs, []);
    // Nor a running total's "stood at": its older tally of money would rival a claim's final one.
    assert.ok(!factOf("The supporters' fundraiser for HeadSafe, the brain injury charity, stood at £14,750 from 1,120 donors.", "£14,750").local.includes(stem("fundraiser")));
    assert.deepEqual(flagged("icehockey", "The supporters' fundraiser for brain injury charity HeadSafe closed at £21,300, beating its £20,000 target."), []);
    // A clause that opens on another verb keeps to itself.
    assert.ok(!factOf("Chalkdown's leakage target was agreed with Ofwat, and lost 96 million litres a day.", "96 million").local.includes(stem("target")));
    assert.deepEqual(flagged("hosepipeban", claim), []);
  });

  it("services cancelled are no count of services run", () => {
    const reports = ["PVR cancelled 84 services on Wednesday because no drivers were free.", "On a normal weekday PVR runs 1,140 services."];
    assert.deepEqual(madeUp(reports, "PVR cancelled 84 services on Wednesday.")[0], "84 supported");
    assert.deepEqual(madeUp(reports, "PVR cancelled 94 services on Wednesday.")[0], "94 contradicted");
    assert.deepEqual(flagged("railstrike", "Because of the overtime ban, PVR cancelled 84 services on Wednesday 12 March, fewer than the up to 120 a day it had warned of."), []);
  });

  it("a name with its title after 'the' is a person a pronoun means, where two bare words are a thing", () => {
    const speaker = (text: string) => extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker);
    assert.deepEqual(speaker("About 2,000 people gathered for prayers led by the Rt Rev Simon Aske, the Bishop of Hallowford. \u201cHallowford is rolling up its sleeves,\u201d he told the crowd."), ["Simon Aske"]);
    assert.deepEqual(speaker("Crowds watched from the pier as the Hebridean Crest took on another load. \u201cIt is a sad day,\u201d he said."), [undefined]);
    assert.deepEqual(flagged("cathedralfire", "The Bishop of Hallowford, Simon Aske, told the crowd at Wednesday's prayers: \"Hallowford has wept for its cathedral this week, and now Hallowford is rolling up its sleeves.\""), []);
  });

  it("a count of what is still to do, said before it, is what remains", () => {
    const text = "At Kettle Drove Farm, Tom Aldridge has cut the area he still has to lift from 150 hectares last Wednesday to 95 hectares.";
    assert.ok(factOf(text, "150").measure.includes(REMAINING) && factOf(text, "95").measure.includes(REMAINING));
    // Not past the clause: "still has to approve the plan, which covers 230 hectares".
    assert.ok(!factOf("The council still has to approve the plan, which covers 230 hectares.", "230").measure.includes(REMAINING));
    assert.ok(!factOf("Tom Aldridge planted 230 hectares of potatoes this year.", "230").measure.includes(REMAINING));
    assert.deepEqual(flagged("cropfailure", "By early November Tom Aldridge had lifted only 70 of his 230 hectares of potatoes."), []);
  });

  it("a party by its members' name is a body, and what a speaker represents is no one a pronoun means", () => {
    const speaker = (text: string) => extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker);
    const text = "Tom Feeney, a Liberal Democrat councillor for the ward, was among the four who voted against. \u201cThe report was a box-ticking exercise,\u201d he said.";
    assert.deepEqual(findEntities(text, 0, text.length).filter((e) => e.name === "Liberal Democrat").map((e) => e.type), ["organisation"]);
    assert.deepEqual(speaker(text), ["Tom Feeney"]);
    assert.deepEqual(speaker("Cllr Ian Gethin, 71, who represents Ashby Fell, said the money would be better spent. \u201cWe keep paying for new people,\u201d he said."), ["Ian Gethin"]);
    assert.deepEqual(flagged("teachershortage", "Cllr Ian Gethin, who voted against the recommendation, said: \"We keep paying for new people to walk in while experienced ones walk out.\""), []);
    assert.deepEqual(flagged("mobilemast", "Councillor Tom Feeney, who voted against the mast, said: \"There were better sites, and the company simply didn't try hard enough to get them.\""), []);
  });

  it("a sum of money a claim gives as it stands is not disputed by an older report's running tally", () => {
    const older = "Posted Monday 17 March 2025\n\nThe group's crowdfunding appeal for legal costs has reached £6,450 from 187 donors.";
    const newer = "HALLAM, March 26 (Northern Press Agency) — The group's crowdfunding appeal for legal costs now stands at £16,200 from 412 donors.";
    assert.deepEqual(madeUp([older, newer], "The group's crowdfunding appeal for legal costs has raised £16,200 from 412 donors."), ["£16,200 supported", "412 supported"]);
    assert.deepEqual(madeUp([older, newer], "The group's crowdfunding appeal for legal costs has raised £17,200.")[0], "£17,200 contradicted");
    // Told in the past, or dated, it is a claim of its own time: the older tally still answers it.
    assert.deepEqual(madeUp([older, newer], "By 17 March the group's crowdfunding appeal for legal costs had raised £16,200.")[0], "£16,200 disputed");
    assert.deepEqual(madeUp([older, newer], "The group's crowdfunding appeal for legal costs had raised £16,200.")[0], "£16,200 disputed");
    assert.deepEqual(madeUp([older, newer], "On 17 March the group's crowdfunding appeal for legal costs has raised £16,200.")[0], "£16,200 disputed");
    // A sum given once and for all is no running tally.
    assert.deepEqual(madeUp([older.replace("has reached", "raised"), newer], "The group's crowdfunding appeal for legal costs has raised £16,200.")[0], "£16,200 disputed");
    assert.deepEqual(flagged("mobilemast", "The campaigners' crowdfunding appeal has raised £16,200 from 412 donors."), []);
  });

  it("a heading before a paragraph says nothing of its first name, and the one told or a hometown is no speaker", () => {
    const text = "The MP weighs in\n\nRachel Osei, the Labour MP for Brackenford South, has thrown her weight behind the campaign.";
    const start = text.indexOf("Rachel");
    assert.deepEqual(findEntities(text, start, text.length).filter((e) => e.name === "Rachel Osei").map((e) => e.type), ["person"]);
    assert.deepEqual(findEntities("The pipe burst in Brackley Cross on Monday.").filter((e) => e.name === "Brackley Cross").map((e) => e.type), ["other"]);
    const speaker = (t: string) => extractQuotes(t, [{ start: 0, end: t.length }]).map((q) => q.speaker);
    assert.deepEqual(speaker("Priya Menon, the healthcare assistant from Fenwick Park who started it all, told Brackenford Beat she was shocked. \u201cTen days ago I was just someone who got the bus home,\u201d she said."), ["Priya Menon"]);
    // Told by no one named, the one told may still be the speaker.
    assert.deepEqual(speaker("Police told Jane Roe her son had been found. \u201cI just cried,\u201d she said."), ["Jane Roe"]);
    assert.deepEqual(flagged("nightbus", "Rachel Osei, the Labour MP for Brackenford South, said: \"I will be writing to the transport minister this week to ask why councils are being left to choose between night buses and child protection.\""), []);
  });

  it("a date right after a participle that describes the noun before it dates that participle only", () => {
    const text = "The river peaked at 4.37 metres on 15 November, beating the previous record of 4.11 metres set in June 2007.";
    assert.deepEqual(factOf(text, "June 2007").measure, ["set"]);
    assert.ok(factOf(text, "15 November").measure.includes("peak"));
    // A sentence's own verb is no describing participle: "announced on 3 March a fine" dates the fine's announcement.
    assert.deepEqual(factOf("Ofwat announced on 3 March a £18.6m fine against Aldwyn Water.", "3 March").measure, factOf("Ofwat announced a £18.6m fine against Aldwyn Water on 3 March.", "3 March").measure);
    // A participle of its clause's verb ("was set in") dates the clause as before.
    assert.ok(factOf("The previous record was set in June 2007 when the river peaked.", "June 2007").measure.includes("set"));
    assert.deepEqual(flagged("floodgrant", "The River Lode peaked at 4.37 metres on the Bridge Street gauge at 3.40am on Friday 15 November."), []);
  });
});
