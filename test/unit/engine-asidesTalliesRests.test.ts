/**
 * Rules from the twenty-fourth session's blind probes (`test/eval/pending`): what a date dates
 * (not an adjective's past form, not a condition's verb), who a quote is of (the subject of a
 * "whom" clause; no ship a pronoun means; no one a person works at), whose figure a claim gives
 * (not a name in an aside), parts ("11 of which", "the other eight"), the rest of a whole, the
 * whole an agreeing paragraph's parts add up to, a figure's teller ("the 164 reported last
 * week"), and the day of another tally. Each is asserted on the probe's own corpus, and on a
 * made-up sentence where the rule is one of reading.
 */
import * as assert from "node:assert/strict";
import { findEntities } from "../../src/core/analysis/entities";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { checkDraft } from "../../src/core/check/checkDraft";
import { assessFact } from "../../src/core/check/factCheck";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import { flagged, kinds, probeIndex } from "./probeCorpora";

/** The claim's facts as analysed against the probe's names: each fact's text and verdict. */
function verdicts(story: string, text: string): string[] {
  const ix = probeIndex(story);
  const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
  return claim.facts.map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

/** The claim's facts and verdicts against a corpus of one made-up report. */
function madeUp(report: string, text: string): string[] {
  const doc = readSourceText("report.md", `# Report\n\n${report}\n`);
  assert.ok(doc.ok);
  const ix = CorpusIndex.build([doc.document]);
  const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
  return claim.facts.map((f) => `${text.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

/** What each date of `text` dates (its measure), by the date's text. */
function dateMeasures(text: string): Record<string, string[]> {
  const facts = analyzeSentence(text, { start: 0, end: text.length }).facts.filter((f) => f.kind === "date");
  return Object.fromEntries(facts.map((f) => [text.slice(f.span.start, f.span.end), f.measure]));
}

/** Each figure of `text` that is a part of a whole. */
function parts(text: string): string[] {
  return analyzeSentence(text, { start: 0, end: text.length }).facts.filter((f) => f.part).map((f) => text.slice(f.span.start, f.span.end));
}

describe("engine: what a date dates", () => {
  it("a past form between a determiner or a number and a noun describes the noun, and dates nothing", () => {
    assert.deepEqual(dateMeasures("The first of two leased replacement mobile units arrived on Thursday 13 March."), { "13 March": ["arriv"] });
    assert.deepEqual(dateMeasures("The newly opened library closed on 4 May."), { "4 May": ["close"] });
    // A verb is still a verb: after its subject, or before a preposition.
    assert.ok(dateMeasures("The council leased two units on 13 March.")["13 March"]?.includes("leas"));
    assert.deepEqual(flagged("screening", "The first leased mobile unit started screening women in the Westonby Leisure Centre car park on Monday, March 17."), []);
  });
  it("a condition's verb is no event, and a modal's verb is the event", () => {
    assert.deepEqual(dateMeasures("Construction could begin in March 2026 if it is approved."), { "March 2026": ["begin"] });
    assert.deepEqual(dateMeasures("The plan was approved in September 2022."), { "September 2022": ["approv"] });
    assert.deepEqual(flagged("cyclelanes", "The council's cabinet approved an £11.8 million budget for the scheme in September 2022."), []);
  });
});

describe("engine: who said it", () => {
  it("the subject of a clause opened by 'whom' is the speaker, not the person before it", () => {
    const text = "Jason Pryce, whom the judge called Morrow's \"willing lieutenant\", received a twelve-year sentence.";
    const [quote] = extractQuotes(text, [{ start: 0, end: text.length }]);
    assert.equal(quote?.speaker, undefined);
    const named = "Jason Pryce, whom Judge Martin Sayle called Morrow's \"willing lieutenant\", was jailed.";
    assert.equal(extractQuotes(named, [{ start: 0, end: named.length }])[0]?.speaker, "Martin Sayle");
    // Without the clause the person before the verb is still the speaker.
    const plain = "Jason Pryce called Morrow \"a liar\" in court.";
    assert.equal(extractQuotes(plain, [{ start: 0, end: plain.length }])[0]?.speaker, "Jason Pryce");
  });
  it("a ship after 'the' is no one a later 'he' means, nor is the place someone works at", () => {
    const text = 'Donnie MacAskill, 58, who has worked at Fennart North for 19 years, watched as the Hebridean Crest took on another load.\n\n"We are watching our livelihoods go," he said.';
    const paras = [{ start: 0, end: text.indexOf("\n\n") }, { start: text.indexOf("\n\n") + 2, end: text.length }];
    assert.equal(extractQuotes(text, paras)[0]?.speaker, "Donnie MacAskill");
    // A person introduced by a word of who they are is still a person a pronoun means.
    const frenchman = 'He met the Frenchman Pierre Vauclair.\n\n"It was cold," he said.';
    const p2 = [{ start: 0, end: frenchman.indexOf("\n\n") }, { start: frenchman.indexOf("\n\n") + 2, end: frenchman.length }];
    assert.equal(extractQuotes(frenchman, p2)[0]?.speaker, "Frenchman Pierre Vauclair");
    assert.deepEqual(kinds("salmonfarm", 'Donnie MacAskill said: "We\'re watching our livelihoods go into a skip."'), ["supported"]);
  });
});

describe("engine: whose figure, and what it counts", () => {
  it("a claim's asides are found, a source's are not read", () => {
    const text = "Callum Hext, Morrow's getaway driver, received a nine-year sentence.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).asides, [{ start: 11, end: 37 }]);
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }, [], undefined, undefined, { weekdays: true, asides: false }).asides, undefined);
  });
  it("a name in an aside about someone else is not whose figure the claim gives", () => {
    const claim = "Jason Pryce, whom the judge called Morrow's \"willing lieutenant\", received a twelve-year sentence.";
    assert.deepEqual(verdicts("jewellerraid", claim), ["twelve unknown"]);
    assert.deepEqual(flagged("jewellerraid", claim), []);
    assert.deepEqual(verdicts("jewellerraid", "Callum Hext, whom the judge called Morrow's driver, received a nine-year sentence."), ["nine unknown"]);
    assert.deepEqual(verdicts("jewellerraid", "Callum Hext, Morrow's getaway driver, received a nine-year sentence."), ["nine unknown"]);
    // The other's figure given to him is still wrong.
    assert.deepEqual(verdicts("jewellerraid", "Dean Morrow received a twelve-year sentence."), ["twelve contradicted"]);
  });
  it("a participle of telling after a figure is no noun it counts", () => {
    const [q] = extractQuantities("up from the 164 reported last week");
    assert.equal(q?.unit, undefined);
    assert.equal(extractQuantities("164 reported cases")[0]?.unit, "case");
    assert.deepEqual(verdicts("tornado", "The council's completed survey found 187 properties damaged, 11 of which were declared unsafe."), ["187 supported", "11 supported"]);
  });
});

describe("engine: parts, the rest of a whole, and another day's tally", () => {
  it("'11 of which' and 'the other eight' are parts", () => {
    assert.deepEqual(parts("It found 187 properties damaged, 11 of which were declared unsafe."), ["11"]);
    assert.deepEqual(parts("Three of the 11 homes are to be demolished, while the other eight can be repaired."), ["Three", "eight"]);
    assert.deepEqual(parts("It found 187 properties damaged and eight were repaired."), []);
    assert.deepEqual(flagged("tornado", "Three of the eleven unsafe homes are to be demolished, while the other eight can be repaired."), []);
  });
  it("the rest of the claim's whole is another part of it, not an account of the part", () => {
    assert.deepEqual(verdicts("tornado", "Six of the eight glasshouses at Dunmore's Nurseries on Station Road were destroyed."), ["Six supported"]);
    // But a sentence that shares out the same whole, leaving no rest to another clause, answers it.
    const claim = "Six of the eight glasshouses at the nursery were destroyed in the storm.";
    assert.deepEqual(madeUp("Two of the eight glasshouses at the nursery were destroyed in the storm, the owner said.", claim), ["Six contradicted"]);
    assert.deepEqual(madeUp("The owner of the nursery is selling stock from the two glasshouses that survived the storm.", claim), ["Six unknown"]);
  });
  it("a figure the agreeing figure and others of its paragraph add up to is their whole", () => {
    // £1.1m + £1.3m + £1.4m + £800,000 in the wire's paragraph: the £4.6m plan.
    assert.deepEqual(verdicts("screening", "The recovery plan sets aside £1.1 million to lease two replacement mobile screening units for a year and a half."), ["£1.1 million supported", "two supported"]);
    // A figure agreeing with none is still answered by the whole and the part.
    assert.deepEqual(verdicts("screening", "The recovery plan sets aside £1.5 million to lease two replacement mobile screening units.")[0], "£1.5 million contradicted");
  });
  it("the day of a running tally is answered only by a day given to the claim's own figure", () => {
    assert.deepEqual(flagged("tornado", "By 20 October the appeal had raised more than two-thirds of its £100,000 target."), []);
    // The tally's own day still agrees.
    assert.ok(verdicts("tornado", "By 16 October the appeal had raised £38,000.").includes("16 October supported"));
  });
});

describe("engine: a claim the sources support in part", () => {
  it("names the figure no source gives and shows where the rest is", () => {
    const claim = 'Donnie MacAskill, a net technician with 19 years at the farm, said: "We\'re watching our livelihoods go into a skip."';
    const [finding] = checkDraft(probeIndex("salmonfarm"), `# Draft\n\n${claim}\n`);
    assert.equal(finding?.kind, "unsupported");
    assert.equal(finding?.message, 'No source supports "19 years"; the rest is in 02-national');
    assert.ok(finding?.evidence.some((e) => e.stance === "agrees" && e.text.includes("watching our livelihoods")));
    // Nothing found at all is said as before, with no passage that supports it.
    const [none] = checkDraft(probeIndex("salmonfarm"), "# Draft\n\nThe farm's new owner paid £42 million for the site.\n");
    assert.equal(none?.message, "No source supports this claim");
    assert.ok(!none?.evidence.some((e) => e.stance === "agrees"));
  });
});

describe("engine: sums a claim works out, last tallies, levels now", () => {
  it("a share the claim works out from two of its own figures is answered by those figures", () => {
    assert.deepEqual(verdicts("schoolinspection", "With 112 pupils, the school was at 80 per cent of its 140-place capacity."), ["112 supported", "80 per cent unknown", "140 unknown"]);
    // A share that is no ratio of its figures is still answered by the sources' shares.
    assert.ok(verdicts("schoolinspection", "With 112 pupils, the school was at 95 per cent of its 140-place capacity.").includes("95 per cent contradicted"));
  });
  it("a past level is not disputed by a newer report's level now, a wire's dateline dating the agreeing one", () => {
    assert.deepEqual(flagged("schoolinspection", "With 112 pupils, the school was at 80 per cent of its 140-place capacity."), []);
  });
  it("a figure that with another of the claim's own makes up the claim's is the rest of it", () => {
    assert.deepEqual(flagged("toilets", "Once the 11 blocks shut, the borough will have lost 14 of the 19 public toilet blocks it had at the start of 2024."), []);
    assert.ok(verdicts("toilets", "Once the 11 blocks shut, the borough will have lost 14 of the 19 public toilet blocks it had at the start of 2024.").includes("14 unknown"));
  });
  it("an exact sum of money one sentence gives in parts is not disputed by a part", () => {
    assert.deepEqual(flagged("golfclub", "Repaying the loan and refurbishing the clubhouse and practice facility will take £7.7 million of the proceeds."), []);
    // A price and its rise are no parts: "will cost £999 in the UK, £50 more than last year's model".
    assert.deepEqual(verdicts("phone", "The Lumen 9 Pro will cost £1,049 in the UK."), ["£1,049 contradicted"]);
  });
  it("the opening span of a longer one is a part of it ('in the first two years of the deal')", () => {
    assert.deepEqual(parts("£2.7 million is due in the first two years of the deal."), ["two"]);
    assert.ok(verdicts("airroute", "Of the £3.6 million subsidy, £2.7 million is due in the first two years of the deal.").includes("two unknown"));
  });
  it("'when it closed' gives the last tally", () => {
    const text = "The petition had 1,436 signatures when it closed on Sunday 3 March.";
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }).facts[0]?.later, "last");
    assert.deepEqual(flagged("schoolinspection", "The petition backing Marlowe had 1,436 signatures when it closed on Sunday 3 March."), []);
  });
  it("what someone 'currently runs' is no one a pronoun means, and a 'Primary' is a school", () => {
    assert.deepEqual(kinds("schoolinspection", 'At a coffee morning for parents, Daniel Okafor told them: "I am not here to rip anything up."'), ["supported"]);
    const school = "Daniel Okafor runs Castle Durrant Primary.";
    assert.deepEqual(findEntities(school, 0, school.length).map((e) => e.type), ["person", "organisation"]);
    const text = 'Jane Roe, who currently runs Kestrel Pines, spoke first.\n\n"We will reopen," she said.';
    const paras = [{ start: 0, end: text.indexOf("\n\n") }, { start: text.indexOf("\n\n") + 2, end: text.length }];
    assert.equal(extractQuotes(text, paras)[0]?.speaker, "Jane Roe");
  });
});

describe("engine: changes a claim gives, kinds of sums, bodies' sizes", () => {
  it("where a change the claim gives started is no account of where it ended, nor is a count along the way", () => {
    assert.deepEqual(flagged("hospitalmerger", "The planned job cuts were trimmed by 40 posts, leaving 310 to go."), []);
    assert.deepEqual(verdicts("hospitalmerger", "The planned job cuts were trimmed by 40 posts, leaving 300 to go."), ["40 supported", "300 contradicted"]);
    assert.ok(verdicts("ferryfares", "The petition grew from just over 1,100 signatures on the day the rise was announced to 6,204 when it was handed in ten days later.").includes("6,204 unknown"));
    assert.ok(verdicts("ferryfares", "The petition grew from just over 1,100 signatures to 2,204.").includes("2,204 contradicted"));
    // The end of the same change is an account of it: "from £14.20 to £14.84".
    const doc = readSourceText("paper.md", "# Pay\n\nWestway's offer of 4.5% would take a driver's hourly rate from £14.20 to £14.84, the company said.\n");
    assert.ok(doc.ok);
    const ix = CorpusIndex.build([doc.document]);
    const text = "The offer would take a driver's hourly rate from £14.20 to £15.84.";
    const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
    assert.equal(assessFact(ix, claim, claim.facts.find((f) => f.quantity?.value === 15.84)!).verdict, "contradicted");
  });
  it("'enlarged by 30 metres' is a change's size", () => {
    const text = "The exclusion zone was first enlarged by 30 metres.";
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }).facts[0]?.difference, true);
    assert.deepEqual(flagged("mineshaft", "The exclusion zone was first enlarged by 30 metres and later cut to half its enlarged size."), []);
  });
  it("the rest of a whole the claim opens on is another part", () => {
    assert.deepEqual(verdicts("mineshaft", "Of the 44 homes evacuated, 32 are privately owned."), ["44 supported", "32 unknown"]);
  });
  it("a sum of a kind the noun before it says ('a face value ranging from £55 to £145') is no fee of another kind", () => {
    const text = "Tickets had a face value ranging from £55 to £145.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).facts.map((f) => f.measure), [["currency:GBP", "valu"], ["currency:GBP", "valu"]]);
    assert.deepEqual(flagged("gigcancel", "Tickets for the concert had a face value ranging from £55 to £145."), []);
  });
  it("a running tally by a part of a weekday, and a last tally 'when the window closed'", () => {
    assert.deepEqual(verdicts("gigcancel", "By the morning of Monday, June 16, Northlight had received 9,800 refund requests."), ["9,800 supported", "June 16 supported"]);
    assert.deepEqual(flagged("gigcancel", "When the refund window closed on July 14, a total of 20,118 refund requests had been made, equal to 52.6 per cent of tickets sold."), []);
  });
  it("a figure put 'instead of' another is revised: older reports' figures are the one it replaced", () => {
    const text = "The fare will rise to £7.40 instead of £8.10.";
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }).facts[0]?.revised, true);
    assert.deepEqual(verdicts("ferryfares", "Following the government top-up, the resident adult single will rise to £7.40 instead of £8.10."), ["£7.40 supported", "£8.10 supported"]);
  });
  it("a body's size ('the Independent group of 11 councillors') answers no count of an event", () => {
    assert.deepEqual(flagged("wastecontract", "The Independent group's motion to terminate the contract was defeated by 29 votes to 17, with two councillors abstaining."), []);
    assert.deepEqual(verdicts("wastecontract", "The Independent group has 11 councillors."), ["11 supported"]);
  });
});

describe("engine: a name before a noun, a series running from a day", () => {
  it("a name between 'the' and a noun it names is a thing's, no person's", () => {
    const names = (text: string) => findEntities(text, 0, text.length).map((e) => [e.type, e.name]);
    assert.deepEqual(names("The Saved Sessions series comprises 16 gigs."), [["other", "Saved Sessions"]]);
    assert.deepEqual(names("She said the Jane Roe case was closed."), [["other", "Jane Roe"]]);
    // A person after "the" and before a verb is still a person.
    assert.deepEqual(names("Police said the Jane Roe said nothing."), [["person", "Jane Roe"]]);
  });
  it("gigs 'running from Friday 2 May' are a series' dates, no state of being in service", () => {
    const text = "It is now 16 gigs running from Friday 2 May to Saturday 31 May.";
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }).facts[0]?.state, undefined);
    const running = "Four buses were still running on Sunday.";
    assert.equal(analyzeSentence(running, { start: 0, end: running.length }).facts[0]?.state, "on");
  });
  it("so a claim naming a series by its name is not read as naming a person its sources never name", () => {
    assert.deepEqual(verdicts("musicvenue", "The Saved Sessions thank-you series now comprises 16 gigs between May 2 and May 31."), ["16 supported", "May 2 supported", "May 31 supported"]);
    assert.deepEqual(flagged("musicvenue", "The Saved Sessions thank-you series now comprises 16 gigs between May 2 and May 31."), []);
  });
});
