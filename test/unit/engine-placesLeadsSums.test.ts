/**
 * Rules from the twenty-third session's blind probes (`test/eval/pending`): a town's name beside
 * bodies named after it, a company without its legal form, a wire's lead after its dateline, a
 * date of a comparison, parts that add up to a shared sum, ages in words, and a swapped name in
 * a sentence of other figures. Each is asserted on the probe's own corpus, and on a made-up
 * sentence where the rule is one of reading.
 */
import * as assert from "node:assert/strict";
import { findEntities } from "../../src/core/analysis/entities";
import { NameRegistry } from "../../src/core/analysis/nameRegistry";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { checkDraft } from "../../src/core/check/checkDraft";
import { assessFact } from "../../src/core/check/factCheck";
import { someAddUpTo } from "../../src/core/check/sumsAndParts";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import { flagged, kinds, probeIndex } from "./probeCorpora";

/** The claim's facts as analysed against the probe's names: each fact's text and verdict. */
function verdicts(story: string, text: string): string[] {
  const ix = probeIndex(story);
  const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
  return claim.facts.map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

/** The entities a corpus's names read in `text`: type and name. */
function names(story: string, text: string): string[][] {
  return analyzeSentence(text, { start: 0, end: text.length }, [], probeIndex(story).names.resolver()).entities.map((e) => [e.type, e.name]);
}

describe("engine: a town's name, a company's, a place after 'in'", () => {
  const registry = (...orgs: string[]) => {
    const r = new NameRegistry();
    r.add(orgs.map((name) => ({ type: "organisation" as const, name })));
    return r;
  };
  it("a word that names the place a council serves names no body named after that place", () => {
    assert.equal(registry("Kelsworth Borough Council", "Kelsworth Central Library").resolve("Kelsworth"), undefined);
    // Without the council the library is all the corpus names by the word.
    assert.deepEqual(registry("Kelsworth Central Library").resolve("Kelsworth"), { type: "organisation", name: "Kelsworth Central Library" });
    // Two bodies that are not one: the word names neither.
    assert.equal(registry("Kelsworth Central Library", "Kelsworth Voice Media").resolve("Kelsworth"), undefined);
    // A longer name of one body is the same body, and the shortest name is given.
    assert.deepEqual(registry("Harrowfield Town Supporters' Trust", "Harrowfield Town").resolve("Harrowfield")?.name, "Harrowfield Town");
    assert.deepEqual(names("finesamnesty", "Nearly 12,500 items were returned to Kelsworth's libraries during the amnesty."), [["other", "Kelsworth"]]);
    assert.deepEqual(flagged("finesamnesty", "Nearly 12,500 items were returned to Kelsworth's libraries during the amnesty."), []);
  });
  it("but a clipped word is still its body, and a club named after its place is what the place's name stands for", () => {
    assert.deepEqual(registry("Met Police", "Metropolitan Police").resolve("Met")?.type, "organisation");
    assert.deepEqual(registry("Harrowfield Metropolitan Borough Council", "Harrowfield Town", "Harrowfield Town Community Foundation").resolve("Harrowfield"), { type: "organisation", name: "Harrowfield Town" });
    assert.ok(!kinds("clubadmin", "Before the penalty was applied, Harrowfield were 14th in League Two with 41 points from 35 games.").includes("contradicted"));
  });
  it("a company's name without its legal form is the company, no person", () => {
    const r = registry("Kestrel Windows Ltd");
    assert.deepEqual(r.resolve("Kestrel Windows"), { type: "organisation", name: "Kestrel Windows Ltd" });
    const text = "Kestrel Windows will pay the club.";
    assert.deepEqual(findEntities(text, 0, text.length, undefined, r.resolver()).map((e) => e.type), ["organisation"]);
    assert.deepEqual(findEntities(text, 0, text.length).map((e) => e.type), ["person"]);
    assert.deepEqual(flagged("namingrights", "According to the club, Kestrel Windows will pay £300,000 a year for the right to name the ground."), []);
  });
  it("a word of a longer body's name right after 'in' is where something happened", () => {
    const r = registry("Castlebury Royal Infirmary");
    const at = (t: string) => findEntities(t, 0, t.length, undefined, r.resolver()).map((e) => [e.type, e.name]);
    assert.deepEqual(at("A tram derailed in Castlebury on Tuesday."), [["other", "Castlebury"], ["other", "Tuesday"]]);
    assert.deepEqual(at("Staff at Castlebury said four were seriously hurt."), [["organisation", "Castlebury Royal Infirmary"]]);
  });
  it("'a season-ticket holder in the Millfield End' is a place, so 'he said' after it is the fan's", () => {
    const text = 'Derek Pye, 74, a season-ticket holder in the Millfield End, was among the marchers. "It\'s been Millfield Road every Saturday since," he said. "I\'ll be calling it that until they carry me out."';
    assert.deepEqual(extractQuotes(text, [{ start: 0, end: text.length }]).map((q) => q.speaker), ["Derek Pye", "Derek Pye"]);
    assert.deepEqual(flagged("namingrights", 'Derek Pye, 74, whose father first took him to Millfield Road in 1961, said: "I\'ll be calling it that until they carry me out."'), []);
  });
  it("England's compass regions are places, and 'Yorkshire and the North East' is one list", () => {
    assert.deepEqual(findEntities("Most stores are in the North West.", 0, 34).map((e) => [e.type, e.name]), [["place", "North West"]]);
    assert.deepEqual(verdicts("chemicalspill", "According to National Highways, motorways in Yorkshire and the North East saw 37 incidents involving hazardous loads in 2024."), ["37 supported", "2024 supported"]);
    assert.deepEqual(verdicts("chemicalspill", "Motorways in Yorkshire and the North East saw 29 incidents involving hazardous loads in 2024."), ["29 contradicted", "2024 supported"]);
  });
});

describe("engine: a report's time — a wire's lead, a comparison's date, a bound", () => {
  it("a wire's lead is the paragraph after its dateline, so an undated figure of an undated wire is of the lead's years", () => {
    assert.deepEqual(flagged("lifeboat", "Before 2024, the station's busiest year had been 2019, when it launched 91 times."), []);
    // A year a "when" clause opens on is a date.
    const text = "The busiest year had been 2019, when it launched 91 times.";
    const claim = analyzeSentence(text, { start: 0, end: text.length }, []);
    assert.deepEqual(claim.facts.filter((f) => f.kind === "date").map((f) => f.date!.year), [2019]);
    // Not where the figure's sentence gives the claim's year at all.
    assert.ok(kinds("chart", "Paper Moons spent six weeks at No. 1 in 2023.").includes("contradicted"));
  });
  it("a date of a comparison dates the figure compared with alone, and a sentence that gives a later year to another figure tells this one of a later time", () => {
    assert.deepEqual(verdicts("steamrailway", "The railway carried 68,400 passengers in 2025 and is aiming for 85,000 in its centenary season."), ["68,400 supported", "85,000 supported", "2025 supported"]);
    // A wrong year's figure is still answered.
    assert.ok(kinds("steamrailway", "The railway carried 61,400 passengers in 2025.").includes("contradicted"));
  });
  it("a figure dated by nothing in a wire of a later month is not of the claim's month", () => {
    const source = (name: string, text: string) => {
      const r = readSourceText(name, text);
      assert.ok(r.ok);
      return r.document;
    };
    const corpus = (dateline: string, when = "now") =>
      CorpusIndex.build([
        source("a.md", "---\ntitle: Repairs\ndate: 2024-10-05\n---\n\nThere were 1,130 outstanding repair jobs on the Fernhill estate at the end of September, the tenants' association said.\n"),
        source("b.txt", `Landlord agrees repair deal\n\nKELSBURY, England, ${dateline} (Albion News Service) — A landlord agreed a repair deal for the Fernhill estate.\n\nThe landlord said 1,047 repair jobs were ${when} outstanding on the Fernhill estate.\n`),
      ]);
    const claim = "# Draft\n\nThere were 1,130 outstanding repair jobs on the Fernhill estate at the end of September.\n";
    assert.deepEqual(checkDraft(corpus("Oct 25"), claim).map((f) => f.kind), ["supported"]);
    // A wire of the claim's month answers it.
    assert.deepEqual(checkDraft(corpus("Sept 30"), claim).map((f) => f.kind), ["disputed"]);
    // A weekday is of the dateline's week: of its month, unless in its first days.
    assert.deepEqual(checkDraft(corpus("Oct 25", "on Friday"), claim).map((f) => f.kind), ["supported"]);
    const early = checkDraft(corpus("Oct 3", "on Friday"), claim);
    assert.deepEqual(early.map((f) => f.kind), ["disputed"], early.map((f) => f.message + " | " + f.evidence.map((e) => e.text).join(" / ")).join("\n"));
    assert.deepEqual(flagged("rentstrike", "Of the 1,130 repair jobs outstanding on Fernhill at the end of September, 389 concerned damp and mould."), []);
  });
  it("a 'revised toll' is a revision", () => {
    const text = "Ashmoor's revised toll of 241 excess deaths was 83 more than the county recorded in the 2022 heatwave.";
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }, []).facts[0]!.revised, true);
    assert.deepEqual(flagged("heatwavedeaths", text), []);
  });
  it("a bound alone is the claim's time; beside another date it is not", () => {
    assert.deepEqual(flagged("watermain", "Almost a quarter of Northmere's mains, 23 per cent of a 9,400-kilometre network, went into the ground before 1940."), []);
  });
});

describe("engine: parts, wholes and ages", () => {
  it("a shared sum is not answered by parts some of which add up to it, and is by parts that do not", () => {
    assert.ok(someAddUpTo([38, 24, 19, 12], 62, 62));
    assert.ok(!someAddUpTo([38, 24, 19, 12], 72, 72));
    assert.ok(!someAddUpTo([38], 38, 38), "one part is no sum");
    const text = "Leisure craft and people cut off by the tide together accounted for 62 of the 112 launches.";
    const ix = probeIndex("lifeboat");
    const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
    const sides = assessFact(ix, claim, claim.facts.find((f) => f.quantity?.value === 62)!).sides.map((x) => x.value);
    assert.ok(!sides.includes("38"), sides.join(", "));
    assert.ok(kinds("lifeboat", "Leisure craft and people cut off by the tide together accounted for 72 of the 112 launches.").includes("contradicted"));
  });
  it("'Eleven of the first 14 confirmed cases' counts cases, and a part above the whole, or of it, answers neither", () => {
    const text = "Eleven of the first 14 confirmed cases were children aged two to nine.";
    const claim = analyzeSentence(text, { start: 0, end: text.length }, []);
    assert.deepEqual(
      claim.facts.map((f) => f.measure.join(",")),
      ["case,children", "case,children", "age:child"],
    );
    assert.deepEqual(flagged("ecoli", text), []);
  });
  it("'40 members of the public' are no cabinet members, but a share of a club is a share of its shares", () => {
    assert.deepEqual(flagged("finesamnesty", "Seven cabinet members voted for the change and two against, and it takes effect in early January 2025."), []);
    assert.deepEqual(flagged("takeover", "The Chicago-based investment firm now holds 85 per cent of the club's shares."), []);
  });
});

describe("engine: a swapped name in a sentence of other figures", () => {
  it("a sentence whose figures and years are none of the claim's tells another statement, but may still confirm its names", () => {
    assert.deepEqual(flagged("namingrights", "Founded in 1884, the club has called Millfield Road home since 1907."), []);
    assert.ok(kinds("grocer", "Most of the stores due to close are in the North West, Yorkshire and the East Midlands.").includes("contradicted"));
  });
});

describe("engine: the second round — tallies by a day, a state's end, lists and labels", () => {
  it("'by the evening of Friday, March 7' and 'by the end of July' are days a running count is given by", () => {
    const at = (t: string) => analyzeSentence(t, { start: 0, end: t.length }, []).facts.filter((f) => f.kind === "date").map((f) => !!f.deadline);
    assert.deepEqual(at("By the evening of Friday, March 7, a total of £97,850 had been pledged."), [true]);
    assert.deepEqual(at("More than 250,000 trips had been made by the end of July."), [true]);
    assert.deepEqual(flagged("postoffice", "By the evening of Friday, March 7, a total of £97,850 had been pledged by 226 people."), []);
    assert.deepEqual(flagged("bikeshare", "More than 250,000 trips had been made on FenCycle by the end of July."), []);
  });
  it("a date a state lasts to dates no figure of its sentence", () => {
    const text = "By Friday evening, 226 people had pledged £97,850 towards a £150,000 share offer, which opened a week ago and runs until 13 April.";
    assert.ok(analyzeSentence(text, { start: 0, end: text.length }, []).facts.some((f) => f.kind === "date" && f.until));
    assert.deepEqual(verdicts("postoffice", "By the evening of Friday, March 7, a total of £97,850 had been pledged by 226 people."), ["£97,850 supported", "226 supported", "March 7 supported"]);
  });
  it("a last tally ('finished with', 'finished its run with') is not disputed by a tally still running by a day", () => {
    assert.deepEqual(flagged("postoffice", "The petition, which finished with 1,412 signatures, was handed to Post Office Ltd in Shrewsbury on Tuesday, March 18."), []);
    assert.deepEqual(flagged("pantomime", "Cinderella finished its run with 114,260 tickets sold across 96 performances."), []);
  });
  it("a list's label counts its figure ('Tickets sold: 114,260')", () => {
    const text = "Tickets sold: 114,260 across 96 performances";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }, []).facts.map((f) => f.measure[0]), ["ticket", "perform"]);
    assert.deepEqual(flagged("pantomime", "The pantomime sold more than 114,000 tickets over the season."), []);
  });
  it("figures listed after a span and a colon share out the count before it", () => {
    const text = "Seventeen whales were returned to the sea over two days: nine on Tuesday and eight on Wednesday.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }, []).facts.filter((f) => f.kind === "quantity").map((f) => f.measure[0]), ["whale", "day", "whale", "whale"]);
    assert.deepEqual(flagged("whalestranding", text), []);
  });
  it("'135 hectares of the 210 hectares' is a part, '58 laps of the 5.12-kilometre circuit' is none", () => {
    const part = (t: string) => analyzeSentence(t, { start: 0, end: t.length }, []).facts[0]!.part === true;
    assert.ok(part("The trust says 135 hectares of the 210 hectares of bog lay inside the burn."));
    assert.ok(!part("The race was run over 58 laps of the 5.12-kilometre circuit."));
    assert.deepEqual(flagged("moorfire", "The Pennine Peatland Trust says 135 hectares of the 210 hectares of bog re-wetted on Blackmere since 2017 lay inside the burn."), []);
    assert.ok(kinds("race", "The grand prix was run over 62 laps.").includes("contradicted"));
  });
  it("'four extra passport booths' is a count added", () => {
    const text = "The minister announced money to build four extra passport booths at the port.";
    assert.ok(analyzeSentence(text, { start: 0, end: text.length }, []).facts[0]!.difference);
    assert.deepEqual(flagged("portqueues", "The Home Office money will take Kellhaven from ten passport booths to fourteen."), []);
  });
  it("'Pennine Fire and Rescue Service' is one body, whose officer the paragraph names by its kind", () => {
    assert.deepEqual(findEntities("The head of Pennine Fire and Rescue Service spoke.", 0, 50).map((e) => [e.type, e.name]), [["organisation", "Pennine Fire and Rescue Service"]]);
    assert.deepEqual(flagged("moorfire", 'The head of Pennine Fire and Rescue Service called it "one of the largest moorland fires this service has ever dealt with".'), []);
  });
  it("a pronoun passes over the part an actor plays", () => {
    assert.deepEqual(flagged("pantomime", 'In a social media statement, Pryce said: "I heard a pop like a champagne cork and knew straight away I was in trouble."'), []);
    const text = 'Dean Pryce, who spent 11 years playing mechanic Kenny Dale in a soap, is in his fourth pantomime. In a statement on Sunday, he said: "I heard a pop like a champagne cork."';
    assert.equal(extractQuotes(text, [{ start: 0, end: text.length }])[0]?.speaker, "Dean Pryce");
  });
});
