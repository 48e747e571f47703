/**
 * Rules from the twenty-second session's blind probes (`test/eval/pending`): running tallies by a
 * weekday, parts of a measured whole, counts left to do or in each of some things, a source's
 * last time, an elected member's seat, a role's body before its holder, and a report's weekday of
 * saying. Each is asserted on the probe's own corpus, and on a made-up sentence where the rule is
 * one of reading.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { findEntities } from "../../src/core/analysis/entities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { analyzeSentence, type FactMention } from "../../src/core/analysis/sentenceAnalysis";
import { checkDraft } from "../../src/core/check/checkDraft";
import { assessFact } from "../../src/core/check/factCheck";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import { flagged, kinds, probeIndex } from "./probeCorpora";

/** Each figure of a claim as written with its verdict, against a probe's corpus. */
function figureVerdicts(story: string, text: string): string[] {
  const ix = probeIndex(story);
  const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
  return claim.facts.filter((f) => f.kind === "quantity").map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

/** A sentence's figures as read alone, by their written value. */
function facts(text: string): Map<string, FactMention> {
  const a = analyzeSentence(text, { start: 0, end: text.length }, [], undefined, undefined, { weekdays: true });
  return new Map(a.facts.map((f) => [text.slice(f.span.start, f.span.end), f]));
}

describe("engine: a part of a measured figure, and counts left to do or in each", () => {
  it("'four of them in intensive care' after 'nine days in hospital' is four days, a part; so is 'including four in intensive care'", () => {
    const of = facts("He spent nine days in hospital, four of them in intensive care.").get("four")!;
    assert.equal(of.quantity?.unit, "day");
    assert.equal(of.part, true);
    assert.equal(facts("He spent 11 days in hospital, including four in intensive care.").get("four")!.quantity?.unit, "day");
    // With a verb of its own the part says what it did, and is no span of days.
    assert.equal(facts("The crew of five spent nine days adrift, and two of them died.").get("two")?.quantity?.unit, undefined);
  });
  it("so the true stay in intensive care is supported, and a wrong one still contradicted", () => {
    assert.deepEqual(figureVerdicts("rugbyinjury", "Pritchard spent four days in intensive care."), ["four supported"]);
    assert.deepEqual(figureVerdicts("rugbyinjury", "Pritchard spent six days in intensive care."), ["six contradicted"]);
  });
  it("a count someone 'still had' or 'now has' to do, or 'of the season left', is what is left", () => {
    assert.ok(facts("Fenwold Freight still had 45 lorries to fit with the new sat-navs.").get("45")!.measure.includes("remaining"));
    assert.ok(facts("The club now has 11 games to save itself.").get("11")!.measure.includes("remaining"));
    assert.ok(facts("The penalty drops the club into a relegation fight with 11 games of the season left.").get("11")!.measure.includes("remaining"));
    // Not a span of time one has to act in, nor a count someone has.
    assert.ok(!facts("The council has 28 days to respond.").get("28")!.measure.includes("remaining"));
    assert.ok(!facts("Fenwold Freight has 85 lorries.").get("85")!.measure.includes("remaining"));
    assert.deepEqual(flagged("lorrybridge", "Fenwold Freight still had 45 lorries to fit with height-aware sat-navs after the crash."), []);
  });
  it("a count 'in each' of some things is no count of them all", () => {
    assert.equal(facts("Some dogs were kept in small pens, with as many as six animals in each.").get("six")!.quantity?.per, "each");
    assert.equal(facts("Two officers per car patrolled the estate.").get("Two")!.quantity?.per, "each");
    assert.equal(facts("Six animals were found in the shed.").get("Six")!.quantity?.per, undefined);
    assert.deepEqual(flagged("puppyfarm", "Some of the dogs were kept in pens measuring just 1.2 by 1.5 metres, with as many as six animals in each."), []);
  });
  it("'a further 316' is a count added to the one before, unless its sentence says what it changed from", () => {
    assert.equal(facts("A further 316 trains were cancelled by Saturday.").get("316")!.difference, true);
    assert.equal(facts("A further 27,350 people were seriously injured in 2025, down from 28,100 the year before.").get("27,350")!.difference, undefined);
    assert.deepEqual(flagged("lorrybridge", "Between Wednesday night and the end of Saturday, a further 316 trains were cancelled."), []);
  });
});

describe("engine: a part that names its place or body, and bounds", () => {
  it("a part of a body's count is not answered by the whole of another time, whatever its size", () => {
    assert.deepEqual(flagged("itfailure", "Harrowfield Royal Infirmary accounted for 3,505 of the cancelled outpatient appointments."), []);
  });
  it("a figure given about its value is not disputed by a source's lower floor ('more than 200' / 'nearly 400'); a writer's own floor still is", () => {
    const ix = CorpusIndex.build(
      [
        ["wire.txt", "Hospital cancels operations\n\nThe Harrowfield trust has cancelled more than 200 operations since its computer system failed.\n"],
        ["other.txt", "Council\n\nThe council discussed bins at its meeting.\n"],
      ].map(([f, t]) => (readSourceText(f!, t!) as { ok: true; document: never }).document),
    );
    const verdict = (text: string) => {
      const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
      return assessFact(ix, claim, claim.facts.find((f) => f.kind === "quantity")!).verdict;
    };
    assert.notEqual(verdict("The Harrowfield trust has cancelled nearly 400 operations since its computer system failed."), "contradicted");
    assert.notEqual(verdict("The Harrowfield trust has cancelled 390 operations since its computer system failed."), "contradicted");
    assert.equal(verdict("The Harrowfield trust has cancelled more than 300 operations since its computer system failed."), "contradicted");
  });
});

describe("engine: running tallies by a weekday", () => {
  it("'by the end of Wednesday' and 'by the Thursday' are weekdays a tally runs to", () => {
    const end = [...facts("Midshires Railway said 296 trains had been cancelled by the end of Wednesday.").values()].find((f) => f.kind === "date");
    assert.equal(end?.date?.weekday, 3);
    assert.equal(end?.deadline, true);
    assert.equal([...facts("Nearly 400 operations had been cancelled by the Thursday.").values()].find((f) => f.kind === "date")?.date?.weekday, 4);
  });
  it("a day's figure is not disputed by a running total by another day", () => {
    assert.deepEqual(figureVerdicts("lorrybridge", "Midshires Railway cancelled 118 trains on the day of the crash."), ["118 supported"]);
  });
  it("a tally 'By Wednesday' is answered by its day's report, not by a later report's tally, and a wrong one by the day's", () => {
    assert.deepEqual(figureVerdicts("itfailure", "By Wednesday the trust had cancelled 212 planned operations."), ["212 supported"]);
    assert.deepEqual(figureVerdicts("itfailure", "By Wednesday the trust had cancelled 312 planned operations."), ["312 contradicted"]);
    assert.deepEqual(figureVerdicts("itfailure", "By Thursday the trust had cancelled 420 planned operations."), ["420 contradicted"]);
    assert.deepEqual(flagged("itfailure", "By Thursday the tally of cancelled operations had reached 389, including 46 cancer procedures."), []);
  });
  it("the claim's tally day is read from its words: without one, the later report still answers", () => {
    assert.ok(figureVerdicts("itfailure", "The trust had cancelled 212 planned operations.").some((v) => v.endsWith("disputed") || v.endsWith("contradicted")));
  });
});

describe("engine: a source's last time, and the holder of a hyphenated count", () => {
  it("'The club last went into administration in 2009' answers a claim of its last time, not a claim of this one", () => {
    assert.deepEqual(flagged("clubadmin", "Harrowfield Town went into administration on Tuesday 4 March 2025."), []);
    assert.deepEqual(flagged("clubadmin", "Harrowfield last went into administration in 2011."), ["contradicted"]);
  });
  it("'a 12-point penalty' counts what a penalty holds, whatever else the claim says of penalties", () => {
    const verdicts = figureVerdicts("clubadmin", "Before the penalty was applied, Harrowfield were 14th in League Two with 41 points from 35 games.");
    assert.ok(!verdicts.some((v) => v.startsWith("35 ") && v.endsWith("contradicted")), verdicts.join(", "));
    assert.ok(!kinds("clubadmin", "Before the penalty was applied, Harrowfield were 14th in League Two with 41 points from 35 games.").includes("contradicted"));
    const ix = probeIndex("clubadmin");
    const text = "Before the penalty was applied, Harrowfield were 14th in League Two with 41 points from 35 games.";
    const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
    const points = claim.facts.find((f) => text.slice(f.span.start, f.span.end) === "41")!;
    assert.ok(!assessFact(ix, claim, points).sides.some((s) => s.value === "12"));
  });
});

describe("engine: names — seats, funds, a role's body, a lone word two ways", () => {
  const rows = (text: string) => findEntities(text, 0, text.length).map((e) => [e.type, e.text]);
  it("an elected member's 'for' ends the title, and the seat's names are places", () => {
    assert.deepEqual(rows("The Labour MP for Calverton Moor wrote to the minister."), [["other", "Labour MP"], ["place", "Calverton Moor"]]);
    assert.deepEqual(rows("Tom Reddish, the Conservative MP for Harrowfield and Calder Vale, spoke."), [["person", "Tom Reddish"], ["other", "Conservative MP"], ["place", "Harrowfield"], ["place", "Calder Vale"]]);
    // Another "for" still joins a body's name.
    assert.deepEqual(rows("The Department for Transport said no."), [["organisation", "Department for Transport"]]);
  });
  it("a fund, a board or an executive is a body, no person", () => {
    assert.deepEqual(rows("It asked for the Condition Improvement Fund decision to be reviewed."), [["organisation", "Condition Improvement Fund"]]);
    assert.deepEqual(rows("The Admiralty Procurement Board chose Ardlow."), [["organisation", "Admiralty Procurement Board"], ["other", "Ardlow"]]);
  });
  it("so 'she said' after a member and a fund is the member's, and 'he said' after a seat is the member's", () => {
    assert.deepEqual(flagged("asbestosschool", 'Anita Shaw, Labour MP for Calverton Moor, said: "Families in Calverton Moor deserve to know whether this could have been prevented."'), []);
    assert.deepEqual(flagged("clubadmin", 'Tom Reddish, MP for Harrowfield and Calder Vale, said: "A football club is not just a business; it is the heartbeat of a town like Harrowfield."'), []);
  });
  it("'The head of Pennine Crest, Martin Halloway, said' is Halloway's, whatever 'Pennine Crest' reads as", () => {
    const speaker = (t: string) => extractQuotes(t, [{ start: 0, end: t.length }])[0]?.speaker;
    assert.equal(speaker('The head of Pennine Crest, Martin Halloway, described the survey as "a snapshot, not a guarantee".'), "Martin Halloway");
    assert.equal(speaker('The wife of John Smith said: "We will not rest."'), "John Smith");
    assert.deepEqual(flagged("asbestosschool", 'The head of Pennine Crest, Martin Halloway, described the school\'s asbestos survey as "a snapshot, not a guarantee".'), []);
  });
  it("a lone word the corpus names a person by and the source's report a body by speaks for no other person ('picked Ardlow')", () => {
    const dir = path.resolve(__dirname, "../../../test/eval/shipyard-corpus");
    const ix = CorpusIndex.build(fs.readdirSync(dir).map((f) => (readSourceText(f, fs.readFileSync(path.join(dir, f), "utf8")) as { ok: true; document: never }).document));
    const text = "The Admiralty Procurement Board spent 14 months assessing the bids before it picked Ardlow.";
    const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
    assert.equal(assessFact(ix, claim, claim.facts.find((f) => f.kind === "quantity")!).verdict, "supported");
  });
});

describe("engine: a weekday beside an agreed date, and a report's weekday of saying", () => {
  it("a report's 'the trust said on Friday' is not the weekday of the event it reports", () => {
    assert.deepEqual(flagged("asbestosschool", "The Health and Safety Executive served an improvement notice on the trust on Wednesday 26 March, giving it until 30 May to comply."), []);
  });
});

describe("engine: round five — pronouns, denials, shares of a sum, a body's seat, margins, targets, work still to do", () => {
  const speakerOf = (t: string, paragraphsOf: (t: string) => { start: number; end: number }[]) => extractQuotes(t, paragraphsOf(t)).map((q) => q.speaker);
  const byBlankLines = (t: string) => {
    const out: { start: number; end: number }[] = [];
    for (const m of t.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
    return out;
  };
  it("a pronoun passes over what a person's role is of, and over things said with 'which'", () => {
    const role = 'Simon Jarrold, founder of the stolen-art register Provenance Watch, said such paintings were rarely sold.\n\n"Nobody is going to walk into an auction house with one," he said.';
    assert.deepEqual(speakerOf(role, byBlankLines), ["Simon Jarrold"]);
    const things = 'The conservator, Ruth Fairclough, 47, examined the paintings. She said Fell Storm and Shepherd\'s Crossing, both of which had been cut from their frames, had suffered creasing.\n\n"The damage is serious but it is reversible," she said.';
    assert.deepEqual(speakerOf(things, byBlankLines), ["Ruth Fairclough"]);
    assert.deepEqual(flagged("gallerytheft", 'Simon Jarrold, founder of the Provenance Watch register, said: "Nobody is going to walk into an auction house with a Caldicott."'), []);
  });
  it("a denial that ends the sentence before a quoted sentence alters nothing of it ('It was not. A fine paid ...')", () => {
    assert.deepEqual(flagged("sewagefine", 'Priya Nandakumar said: "A fine paid in March and forgotten by April will not clean up a single metre of this river."'), []);
    assert.deepEqual(flagged("sewagefine", 'Priya Nandakumar said: "The fine paid in March and forgotten by April will not clean up a single metre of this river."'), ["misquoted"]);
  });
  it("a share of a sum the sentence gives is no share of an income ('two-thirds of the £180,000' / '40% of its annual income')", () => {
    assert.deepEqual(facts("The council approved two-thirds of the £180,000 the trustees sought.").get("two-thirds")!.measure, ["percent", "share-of-sum"]);
    assert.deepEqual(flagged("gallerytheft", "The council had at first approved two-thirds of the £180,000 the trustees sought for security improvements."), []);
  });
  it("where a body is based is no scope of its figures ('is based in Leeds and runs about 1,900 buses'); where people are based is", () => {
    assert.deepEqual(facts("Carrow Transport Group is based in Leeds and runs about 1,900 buses.").get("1,900")!.places, []);
    assert.deepEqual(facts("Users based in Britain numbered about 10,000.").get("10,000")!.places, ["United Kingdom"]);
    assert.deepEqual(flagged("busfare", "Tarnside's parent company, Carrow Transport Group, is based in Leeds and runs about 1,900 buses."), []);
  });
  it("a margin is a difference, no level ('by a margin of 82 per cent')", () => {
    assert.equal(facts("Drivers accepted the deal by a margin of 82 per cent.").get("82 per cent")!.difference, true);
    assert.deepEqual(flagged("busfare", "Tarnside's drivers accepted the January pay deal by a margin of 82 per cent."), []);
  });
  it("what a contract 'called for' is a goal; what is 'still to be laid' is what is left", () => {
    assert.equal(facts("The contract had called for 19,000 premises to be connected by March 2025.").get("19,000")!.goal, true);
    assert.ok(facts("The report showed 350 kilometres of the planned 1,140km network still to be laid.").get("350")!.measure.includes("remaining"));
    assert.deepEqual(flagged("broadband", "The audit committee report showed 350 kilometres of the planned 1,140km fibre network still to be laid."), []);
  });
});

describe("engine: round five's guards", () => {
  it("'for the last time' is a final time, no last one before the news; 'had last been' is", () => {
    assert.equal([...facts("The 12 branches are due to close their doors for the last time on 28 June.").values()].find((f) => f.kind === "date")?.occasion, undefined);
    assert.equal([...facts("The nave roof had last been completely re-leaded in 1894.").values()].find((f) => f.kind === "date")?.occasion, "last");
  });
});

describe("engine: round six — an age in a role's apposition, campaigns and choirs, parts that add up, expected weekdays", () => {
  it("a pronoun passes over what a role is of after an age ('Dev Sandhu, 38, chair of the Fenbridge Cycle Campaign')", () => {
    const t = 'Dev Sandhu, 38, chair of the cycling group Pedal Power, says the docks empty early.\n\n"The docks in the city centre are always empty by half eight," he told me.';
    const paras = [...t.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    assert.deepEqual(extractQuotes(t, paras).map((q) => q.speaker), ["Dev Sandhu"]);
    assert.deepEqual(flagged("bikeshare", 'Dev Sandhu, chair of the Fenbridge Cycle Campaign, said: "The docks in the city centre are always empty by half eight."'), []);
  });
  it("a campaign and a choir are bodies", () => {
    const rows = (text: string) => findEntities(text, 0, text.length).map((e) => [e.type, e.text]);
    assert.deepEqual(rows("The Fenbridge Cycle Campaign met the Castlebridge Youth Choir."), [["organisation", "Fenbridge Cycle Campaign"], ["organisation", "Castlebridge Youth Choir"]]);
  });
  it("counts of one noun the claim gives are not disputed by the whole they add up to ('360 pedal bikes and 240 electric bikes' / 'a fleet of 600 bikes')", () => {
    assert.ok(figureVerdicts("bikeshare", "The scheme launched with 360 pedal bikes and 240 electric bikes.").includes("360 supported"));
    assert.ok(figureVerdicts("bikeshare", "The scheme launched with 460 pedal bikes and 240 electric bikes.").some((v) => v.startsWith("460 ") && (v.endsWith("contradicted") || v.endsWith("disputed"))));
  });
  it("a weekday something was expected by is no weekday of the event ('expected to restore most supplies by Thursday')", () => {
    assert.deepEqual(flagged("tidalflood", "The last homes in Marrowby had their electricity restored on the afternoon of Saturday 18 January."), []);
  });
  it("a choir named for its town is no swap for the town ('the Graz concert' / 'Stimmwerk Graz')", () => {
    assert.deepEqual(flagged("choirtour", "The call to cancel the Graz concert was made shortly before 11am, on the advice of the city's health department."), []);
  });
});

describe("engine: round seven — what a speaker heads, approvals and refusals, a payment to each, a height above a record, the worst of it", () => {
  it("a pronoun passes over what a speaker chairs ('who chairs the Brackmere Dippers', 'chair of the 260-member Brackmere Dippers club')", () => {
    const t = 'Ruth Okafor, who chairs the Brackmere Dippers, said members were ready.\n\n"We\'ll take it," she said.';
    const paras = [...t.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    assert.deepEqual(extractQuotes(t, paras).map((q) => q.speaker), ["Ruth Okafor"]);
    assert.deepEqual(flagged("wildswim", '"It\'s half a lake, but after three weeks on the bank we\'ll take it," said Ruth Okafor, who chairs the Brackmere Dippers.'), []);
  });
  it("a vote that approved is no count of one that rejected ('approved ... by six votes to five' / 'rejected ... by nine votes to two')", () => {
    const kindsOf = kinds("planningrow", "Wyrebank District Council's planning committee approved the Freshway superstore by six votes to five.");
    const found = checkDraft(probeIndex("planningrow"), "# Draft\n\nWyrebank District Council's planning committee approved the Freshway superstore by six votes to five.\n");
    assert.ok(found.every((f) => f.evidence.every((e) => !/thrown out/.test(e.text))), kindsOf.join(", "));
  });
  it("a sum paid 'to each' is a sum per thing ('a one-off £500 payment to each evacuated household')", () => {
    assert.equal(facts("The fund offers a one-off £500 payment to each evacuated household.").get("£500")!.quantity?.perItem, true);
  });
  it("a height 'above its previous record' is a difference, not a position", () => {
    assert.equal(facts("The river peaked 14 centimetres above its previous record.").get("14")!.difference, true);
    assert.equal(facts("The village stands 140 metres above sea level.").get("140")!.difference, undefined);
    assert.deepEqual(flagged("floodbank", "The river peaked 14 centimetres above its previous record at Hollinby Bridge."), []);
  });
  it("a figure whose clause, or whose sentence as its one figure, says 'at its worst' or 'at the peak of' is a peak", () => {
    assert.equal(facts("Nearly 2,000 hectares were under water when the flooding was at its worst.").get("2,000")!.peak, true);
    assert.equal(facts("Nearly 2,000 hectares were under water on Monday.").get("2,000")!.peak, undefined);
    // In a sentence of several figures, the one whose clause says so.
    const two = facts("He said 420 workers had been on site at the peak of construction, and the viaduct had needed 96 beams.");
    assert.equal(two.get("420")!.peak, true);
    assert.equal(two.get("96")!.peak, undefined);
    assert.deepEqual(flagged("floodbank", "Nearly 2,000 hectares of farmland were under water when the flooding was at its worst."), []);
  });
});

describe("engine: round eight — cafés and pubs, what a speaker has run, a denial the draft says itself", () => {
  it("a café, a pub or a restaurant is a body, so a pronoun passes it ('Kath Brierley, 61, has run the Millbrook Café')", () => {
    const rows = (text: string) => findEntities(text, 0, text.length).map((e) => [e.type, e.text]);
    assert.deepEqual(rows("She has run the Millbrook Café and the Anchor Inn."), [["organisation", "Millbrook Café"], ["organisation", "Anchor Inn"]]);
    assert.deepEqual(flagged("factoryclose", 'Kath Brierley, 61, who runs the Millbrook Café, said: "Half my trade walks through that factory gate every morning."'), []);
  });
  it("what a speaker 'has run' is no one a pronoun means", () => {
    const t = 'Denise Fairclough, 52, who has run the Seaview Rooms for 26 years, said the sea came in.\n\n"Twenty-six years of work, gone," she said.';
    const paras = [...t.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    assert.deepEqual(extractQuotes(t, paras).map((q) => q.speaker), ["Denise Fairclough"]);
  });
  it("a source's denial before the quoted words is the draft's own where the draft says it before its quote", () => {
    assert.deepEqual(flagged("factoryclose", 'Kestrel\'s operations chief said the building was not "fit for the way we need to make food".'), []);
    assert.deepEqual(flagged("factoryclose", 'Kestrel\'s operations chief said the building was "fit for the way we need to make food".'), ["misquoted"]);
  });
});

describe("engine: a body named by its kind", () => {
  it("'council leader Priya Somerville' names the council a claim names in full: no swap for another body of the sentence", () => {
    assert.deepEqual(flagged("stormdamage", "Priya Somerville, who leads East Marsh District Council, walked the Esplanade with the visiting minister Alison Greaves on Thursday 20 February."), []);
  });
});

describe("engine: an extra count", () => {
  it("'An extra 30 urgent dental appointments a week' is a count added, no level; 'an extra £975' stays a sum", () => {
    assert.equal(facts("An extra 30 urgent dental appointments a week are being added.").get("30")!.difference, true);
    assert.equal(facts("Workers will be an extra £975 a year better off.").get("£975")!.difference, undefined);
    assert.deepEqual(flagged("dentistshortage", "An extra 30 urgent dental appointments a week are being added at Kelsford Community Hospital from April."), []);
  });
});
