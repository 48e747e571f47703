/**
 * Rules from the thirtieth session's blind probes (`test/eval/pending`). Each is asserted on the
 * probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { findEntities } from "../../src/core/analysis/entities";
import { checkDraft } from "../../src/core/check/checkDraft";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged, kinds, probeIndex } from "./probeCorpora";

describe("engine: rules of the thirtieth round of probes", () => {
  it("a subject of none ('Neither of the earlier fires burned for more than two days') denies the figure its verb tells", () => {
    assert.equal(factOf("Neither of the earlier fires burned for more than two days, according to the fire service.", "two").negated, true);
    assert.equal(factOf("None of the stalls was open for more than three hours.", "three").negated, true);
    // Not the whole the subject names, nor a figure before its verb.
    assert.equal(factOf("None of the 40 workers was hurt.", "40").negated, undefined);
    assert.equal(factOf("None of the hospital's 40 beds were empty.", "40").negated, undefined);
    assert.equal(factOf("Neither of the firms paid the council's £40,000 fine.", "£40,000").negated, undefined);
    assert.deepEqual(flagged("wastefire", "The fire burned for more than two weeks before it was finally put out."), []);
    const reports = ["The blaze at the Kelso yard burned from 12 to 28 April. Neither of the earlier fires at the yard burned for more than two days, the fire service said."];
    assert.deepEqual(madeUp(reports, "The blaze at the Kelso yard burned for more than two weeks."), ["two unknown"]);
    // The denial is still heard by a claim that denies it too, and answers one that does not.
    assert.deepEqual(madeUp(reports, "Neither of the earlier fires at the yard burned for more than two days."), ["two supported"]);
  });

  it("a start of a change said before a bound it went to ('from 3,200 signatures ... to more than 5,600') is where the change started, not disputed by a later count", () => {
    assert.equal(factOf("The petition went from 3,200 signatures on the Monday after the race to more than 5,600 by Tuesday lunchtime.", "3,200").from, true);
    assert.equal(factOf("Fares went from £4.20 to just over £5.", "£4.20").from, true);
    assert.deepEqual(flagged("marathoncancel", "The refund petition went from 3,200 signatures on the Monday after the race to more than 5,600 by Tuesday lunchtime."), []);
    const reports = [
      "The petition had 3,200 signatures on Monday evening and 5,700 by Tuesday lunchtime.",
      "The council backed down after the petition passed 9,800 signatures.",
    ];
    assert.deepEqual(madeUp(reports, "The petition went from 3,200 signatures on Monday to more than 5,600 by Tuesday."), ["3,200 supported", "5,600 supported"]);
    // A source's own start there still answers it.
    const started = [...reports, "The petition grew from 2,100 signatures on Monday to 5,700 on Tuesday."];
    assert.notDeepEqual(madeUp(started, "The petition went from 3,200 signatures on Monday to more than 5,600 by Tuesday.")[0], "3,200 supported");
  });

  it("a quote joined from a source's quote broken by its attribution is found whole, though its first part matches with edits", () => {
    const quote = 'Martin Ashdown said: "We have been living beyond our means for the best part of a decade. That ends now."';
    assert.deepEqual(flagged("cricketdebt", quote), []);
    assert.deepEqual(kinds("cricketdebt", quote), ["supported"]);
    // A word changed in either part is still a misquote.
    assert.deepEqual(flagged("cricketdebt", 'Martin Ashdown said: "We have been living beyond our means for the best part of a decade. That stops now."'), ["misquoted"]);
    assert.deepEqual(flagged("cricketdebt", 'Martin Ashdown said: "We have been living beyond our means for the best part of a century. That ends now."'), ["misquoted"]);
  });

  it("a weekday and a month together ('on Friday March 14') are words of a date, no one's name", () => {
    const text = "Caleb Okafor went home from Dunstall General Hospital on Friday March 14.";
    assert.deepEqual(
      findEntities(text).map((e) => [e.type, e.text]),
      [["person", "Caleb Okafor"], ["organisation", "Dunstall General Hospital"], ["other", "Friday"], ["other", "March"]],
    );
    assert.deepEqual(flagged("milkrecall", "Caleb Okafor, aged six, was admitted to Dunstall General Hospital on Sunday 2 March."), []);
  });

  it("an age in words set apart after a name ('Caleb Okafor, six,') is an age, but not 'one of'", () => {
    assert.deepEqual(factOf("Among those in hospital is Caleb Okafor, six, who was admitted on Sunday.", "six").measure, ["age:okafor", "age:caleb"]);
    assert.deepEqual(factOf("Amelia Hart, twenty-four, was named.", "twenty-four").measure, ["age:hart", "age:amelia"]);
    assert.equal(analyzeSentence("Caleb Okafor, one of the first children, went home.", { start: 0, end: 50 }).facts.some((f) => f.measure.some((m) => m.startsWith("age:"))), false);
    assert.deepEqual(kinds("milkrecall", "Caleb Okafor, aged six, was admitted to Dunstall General Hospital on Sunday 2 March."), ["supported"]);
    assert.deepEqual(flagged("milkrecall", "Caleb Okafor, aged seven, was admitted to Dunstall General Hospital on Sunday 2 March."), ["contradicted"]);
  });

  it("a sum paid from a budget ('£16,350 from its events budget') is a part of it, not disputed by the budget's size", () => {
    assert.equal(factOf("The council will meet the remaining £16,350 from its events budget.", "£16,350").partOf, "budget");
    assert.equal(factOf("The club took £60,000 out of its reserve fund.", "£60,000").partOf, "fund");
    // Paid out of it, not a share of it told as one: another sum spent from it is still a rival.
    assert.equal(factOf("The council will meet the remaining £16,350 from its events budget.", "£16,350").part, undefined);
    const spent = ["The council set aside an emergency fund of £250,000 on Monday.", "By Thursday the council had spent £187,000 from its emergency fund on hotel rooms."];
    assert.deepEqual(madeUp(spent, "By Thursday the council had spent £178,000 from its emergency fund."), ["£178,000 contradicted"]);
    assert.deepEqual(flagged("xmaslights", "Of the £34,600 cost of the scaled-back event, the council will pay £16,350 from its events budget and the crowdfunder covers the rest."), []);
    const reports = ["The council's entire events budget for 2025/26 is £52,000.", "The council will pay £16,350 from its events budget towards the switch-on."];
    assert.deepEqual(madeUp(reports, "The council will pay £16,350 from its events budget."), ["£16,350 supported"]);
  });

  it("a count by the noun of a source's verb ('6,870 signatures' for 'signed by 6,870 people') is the same count", () => {
    const reports = ["The council voted on Tuesday to cancel the switch-on.", "The petition has now been signed by 6,870 people, and will close."];
    assert.deepEqual(madeUp(reports, "The petition had 6,870 signatures."), ["6,870 supported"]);
    // The very same figure only.
    assert.notDeepEqual(madeUp(reports, "The petition had 6,970 signatures."), ["6,970 supported"]);
    assert.deepEqual(flagged("xmaslights", "With 6,870 signatures, the petition had been signed by almost a quarter of Harrowbridge's population of about 28,000."), []);
  });

  it("what one hopes or aims to do on a day is the event its date dates ('hopes to restart production on Monday April 7')", () => {
    assert.deepEqual(factOf("The dairy hopes to restart production on Monday April 7.", "April 7").measure, ["restart"]);
    assert.deepEqual(factOf("The dairy aims to restart production on 7 April.", "7 April").measure, ["restart"]);
    assert.deepEqual(flagged("milkrecall", "Pennock hopes to restart production on Monday 14 April."), ["contradicted"]);
    assert.deepEqual(flagged("milkrecall", "The dairy aims to restart production on Monday 7 April, subject to NFSA approval, once a new £340,000 pasteuriser is in place."), []);
  });

  it("a date of the claim's very event answers it over another event's date of the same sentence", () => {
    assert.deepEqual(flagged("cricketdebt", "Wexmoor County Cricket Club was founded in 1891."), ["contradicted"]);
    assert.deepEqual(flagged("cricketdebt", "Wexmoor County Cricket Club was founded in 1868."), []);
    assert.deepEqual(flagged("cricketdebt", "Wexmoor has played at Castlegate Road since 1891."), []);
    // Nor is a claim's date answered by a source's date that is the claim's own other date (of no year too).
    assert.deepEqual(flagged("waitlist", "A correction issued on 17 October raised the end-of-September total to 189,006 after 1,594 records from St Aldric's Hospital arrived late."), []);
    const reports = ["Founded in 1868, the Harland Rowing Club has rowed from the Quay Street boathouse since 1891."];
    assert.deepEqual(madeUp(reports, "The Harland Rowing Club was founded in 1891."), ["1891 contradicted"]);
  });

  it("a count of the votes against does not back a claim that the count voted for", () => {
    assert.deepEqual(flagged("cricketdebt", "Only 558 members voted in favour of the Kestrel deal."), ["contradicted"]);
    assert.deepEqual(flagged("cricketdebt", "Only 558 members voted against the Kestrel deal."), []);
    const reports = ["At the meeting on Saturday, 2,406 members voted in favour of the deal and 558 against."];
    assert.deepEqual(madeUp(reports, "Only 558 members voted in favour of the deal."), ["558 contradicted"]);
    assert.deepEqual(madeUp(reports, "Only 558 members voted against the deal."), ["558 supported"]);
    // In a tally "2,406 to 558 in favour" the backing is the first figure's.
    assert.deepEqual(flagged("cricketdebt", "At the extraordinary general meeting on Saturday, March 22, members voted 2,406 to 558 in favour of the deal."), []);
    assert.deepEqual(kinds("cricketdebt", "At the extraordinary general meeting on Saturday, March 22, members voted 2,406 to 558 in favour of the deal."), ["supported"]);
  });

  it("a weekday written with a date the sources agree on is wrong where the day fell on another", () => {
    const found = (story: string, claim: string) => checkDraft(probeIndex(story), `# Draft\n\n${claim}\n`).filter((f) => f.kind === "contradicted").map((f) => [f.message.replace(/ \(.*\)/, ""), f.suggestion]);
    assert.deepEqual(found("tramcrash", "The crash happened on Wednesday 4 March 2025."), [["Sources date this to 4 March 2025, a Tuesday, not Wednesday", "Tuesday"]]);
    assert.deepEqual(found("milkrecall", "Pennock Farm Dairies recalled its milk on Wednesday 4 March."), [["Sources date this to 4 March, a Tuesday, not Wednesday", "Tuesday"]]);
    assert.deepEqual(found("milkrecall", "Pennock Farm Dairies recalled its milk on Tuesday 4 March."), []);
    assert.deepEqual(found("zipwire", "The accident happened on the afternoon of Sunday 12 April."), [["Sources date this to 12 April, a Saturday, not Sunday", "Saturday"]]);
    // A weekday a passage names of something else ("a seasonal Saturday service") gives no day.
    assert.deepEqual(found("airroute", "The first Amsterdam departure pushed back at 7.10am on Monday 20 May, five minutes late, and landed at Schiphol at 9.35am local time."), []);
    // The year is the report's, or the year before for a day a month or more after it; and a date of
    // no year is wrong only where a passage names the day it fell on.
    const reports = ["Posted Monday 5 January 2026\n\nThe pier at Saltby closed on Monday, 29 December, after storm damage."];
    const late = checkDraft(indexOf(reports), "# Draft\n\nThe pier at Saltby closed on Monday 29 December after storm damage.\n");
    assert.deepEqual(late.map((f) => f.kind), ["supported"], "29 December 2025 was a Monday");
    const wrong = checkDraft(indexOf(reports), "# Draft\n\nThe pier at Saltby closed on Tuesday 29 December after storm damage.\n");
    assert.deepEqual(wrong.map((f) => f.suggestion), ["Monday"]);
    const noWeekday = indexOf(["Posted Monday 5 January 2026\n\nThe pier at Saltby closed on 29 December after storm damage."]);
    assert.deepEqual(checkDraft(noWeekday, "# Draft\n\nThe pier at Saltby closed on Tuesday 29 December after storm damage.\n").map((f) => f.kind), ["supported"]);
    // A passage that gives the claim's weekday backs it, whatever year the report's date suggests.
    const ownWeekday = indexOf(["Posted Monday 5 January 2026\n\nThe pier at Saltby closed on Tuesday 29 December after storm damage."]);
    assert.deepEqual(checkDraft(ownWeekday, "# Draft\n\nThe pier at Saltby closed on Tuesday 29 December after storm damage.\n").map((f) => f.kind), ["supported"]);
  });

  it("a joined quote with a word altered in one of its sentences is misquoted, its suggestion the source's words for all of them", () => {
    const quoted = (story: string, claim: string) => checkDraft(probeIndex(story), `# Draft\n\n${claim}\n`).map((f) => [f.kind, f.suggestion]);
    assert.deepEqual(quoted("gymhall", 'Donna Whitlock said: "These children train here five days a week. Some of them have never known anywhere else."'), [
      ["misquoted", "These children train here six days a week. Some of them have never known anywhere else."],
    ]);
    assert.deepEqual(quoted("xmaslights", 'Deborah Ainsley said: "Nobody became a councillor to cancel Christmas. But we cannot ask residents to pay for a single weekend with money we simply do not have."'), [
      ["misquoted", "Nobody became a councillor to cancel Christmas. But we cannot ask residents to pay for a single evening with money we simply do not have."],
    ]);
    assert.deepEqual(quoted("gymhall", 'Donna Whitlock said: "These children train here six days a week. Some of them have never known anywhere else."').map(([k]) => k), ["supported"]);
  });

  it("a deadline of an aim ('aim to visit every one ... by the end of April') does not answer one of what was done by a day", () => {
    assert.equal(factOf("Officers also aim to visit every one of the county's 640 registered hill holdings by the end of April.", "end of April").aim, true);
    assert.equal(factOf("Officers had visited 410 of the holdings by 25 March.", "25 March").aim, undefined);
    assert.deepEqual(flagged("sheeprustling", "Officers had visited more than four in five of the county's 640 registered hill holdings by 25 March."), []);
    const reports = ["Officers aim to visit every one of the county's 640 hill farms by 30 April, the force said."];
    assert.deepEqual(madeUp(reports, "Officers had visited every one of the county's 640 hill farms by 25 March."), ["640 unknown", "25 March unknown"]);
  });

  it("a part of a unit of time ('half an hour') is a span of time, and a fix across units gives the source's unit", () => {
    const [half] = extractQuantities("freed about half an hour after the crash");
    assert.deepEqual([half!.value, half!.unit, half!.qualifier], [0.5, "hour", "approx"]);
    assert.equal(extractQuantities("a quarter of an hour later")[0]!.value, 0.25);
    assert.equal(extractQuantities("three-quarters of an hour")[0]!.value, 0.75);
    // Not a length: "about half a mile away" would answer any distance away.
    assert.deepEqual(extractQuantities("the river, about half a mile away"), []);
    assert.equal(extractQuantities("half a million people")[0]!.value, 500_000);
    const found = checkDraft(probeIndex("tramcrash"), "# Draft\n\nThe last trapped passenger was freed about half an hour after the crash.\n").filter((f) => f.kind === "contradicted");
    assert.deepEqual(found.map((f) => [f.message.replace(/ \(.*\)/, ""), f.suggestion]), [["Sources say 50 minutes, not half an hour", "50 minutes"]]);
    const draft = "The last trapped passenger was freed about half an hour after the crash.";
    assert.equal(draft.slice(found[0]!.span.start - "# Draft\n\n".length, found[0]!.span.end - "# Draft\n\n".length), "half an hour");
  });

  it("a label's number glued to a unit is a measure ('entered the junction 6mph above the speed limit')", () => {
    assert.deepEqual(extractQuantities("the tram entered the junction 6mph above the speed limit.").map((q) => [q.value, q.unit]), [[6, "mph"]]);
    assert.deepEqual(extractQuantities("the crash at junction 6 of the M4"), []);
  });

  it("a hotel, a yard or a fen by name is no person a pronoun means", () => {
    const text = "Tom Ellery was due to move into Fennick Yard. Instead he is living at the Brayford Hotel. Derek spent 29 years at Marston Fen.";
    assert.deepEqual(
      findEntities(text).filter((e) => e.text !== "Derek").map((e) => [e.type, e.text]),
      [["person", "Tom Ellery"], ["other", "Fennick Yard"], ["organisation", "Brayford Hotel"], ["place", "Marston Fen"]],
    );
    assert.deepEqual(kinds("studenthousing", 'Tom Ellery, an 18-year-old first-year history student from Carlisle, said: "It wasn\'t the start I had pictured."'), ["supported"]);
    assert.deepEqual(kinds("towerdemolition", 'Former shift engineer Derek Oyelaran said: "People talk about them as eyesores, but to us they were a livelihood."'), ["supported"]);
  });

  it("a motion that 'failed by five votes' gives a margin, and 'doubled its reward to £10,000' where a change ended", () => {
    assert.equal(factOf("Derek Fairlie's motion to pause the relocation failed by five votes.", "five").difference, true);
    assert.deepEqual(flagged("marketmove", "Derek Fairlie's motion to pause the relocation failed by five votes."), []);
    assert.equal(factOf("Parish Mutual has doubled its reward for information to £10,000.", "£10,000").reached, "up");
    assert.equal(factOf("The council halved the grant to £4,000.", "£4,000").reached, "down");
    assert.deepEqual(flagged("churchbells", "Parish Mutual, the church's insurer, has doubled its reward for information to £10,000."), []);
    assert.deepEqual(flagged("churchbells", "Parish Mutual, the church's insurer, has doubled its reward for information to £12,000."), ["contradicted"]);
  });

  it("a distance is the named place's before it: one whose sentence does not name that place is another place's", () => {
    assert.deepEqual(flagged("churchbells", "The treble was recovered intact on 12 March from a scrapyard in Dunmere, 38 miles from Thornby Magna."), []);
    assert.deepEqual(flagged("churchbells", "While their tower is out of use, the Thornby Magna ringers are practising at St Michael's in Ebbworth, three miles from the village."), []);
    // The place's own distance still answers it.
    assert.deepEqual(flagged("churchbells", "The treble was recovered intact on 12 March from a scrapyard in Dunmere, 48 miles from Thornby Magna."), ["contradicted"]);
    assert.deepEqual(flagged("churchbells", "Thornby Magna lies about 12 miles north of Kelsford."), ["contradicted"]);
    const reports = ["The bell was found in a yard in Dunmere, 38 miles from Thornby, on Wednesday.", "Thornby is a village some eight miles north of Kelsford."];
    assert.deepEqual(madeUp(reports, "The bell was found in a yard in Dunmere, 38 miles from Thornby."), ["38 supported"]);
    // A place is named by any word of its name that is no kind's ("the valley of the River Lode" for "the Lode valley").
    assert.deepEqual(flagged("canalclosure", "The Fenwick Embankment carries the canal across the Lode valley five miles east of Stainbury."), ["contradicted"]);
    // Nor a name of a relative clause before the figure: the distance is its subject's.
    assert.deepEqual(flagged("rowingclub", "Ashford Vale Rowing Club, which lent Kelsford six boats, is 40 miles downstream."), ["contradicted"]);
    assert.deepEqual(flagged("rowingclub", "Ashford Vale Rowing Club, which lent Kelsford six boats, is 14 miles downstream."), []);
    // Only a source's distance of another named place: "the town, which lies about 6 miles north of Stoke-on-Trent" may be the claim's.
    assert.deepEqual(flagged("pottery", "Burslow lies about 9 miles north of Stoke-on-Trent."), ["contradicted"]);
    // A depth or a length of a thing is no distance from anywhere ("43 metres of water").
    assert.deepEqual(flagged("ferrysinking", "The wreck of the Kittiwake Star lies in 43 metres of water."), ["contradicted"]);
    assert.deepEqual(flagged("trainderail", "Trackways said about 600 metres of track would have to be rebuilt."), ["contradicted"]);
  });

  it("what a count of a whole's rest 'still' is, a few words on ('74 of the 112 defects identified in September were still outstanding'), answers no part of it", () => {
    assert.deepEqual(flagged("studenthousing", "By the October reinspection, 38 of the 112 defects found in September had been put right."), []);
  });

  it("a bearing said with a distance the sources agree on is checked against theirs ('eight miles south of', where they say north)", () => {
    const found = (claim: string) => checkDraft(probeIndex("churchbells"), `# Draft\n\n${claim}\n`).filter((f) => f.kind === "contradicted").map((f) => [f.message.replace(/ \(.*\)/, ""), f.suggestion]);
    assert.deepEqual(found("Thornby Magna lies about eight miles south of Kelsford."), [["Sources say north, not south", "north"]]);
    assert.deepEqual(found("Thornby Magna lies about eight miles north of Kelsford."), []);
    // A finer bearing sharing a point with theirs may be right.
    assert.deepEqual(found("Thornby Magna lies about eight miles north-east of Kelsford."), []);
    assert.deepEqual(found("Thornby Magna lies eight miles south-west of Kelsford."), [["Sources say north, not south-west", "north"]]);
  });

  it("a role after a body's name without a possessive ('the Brackenmoor Rovers manager') is read", () => {
    assert.deepEqual(flagged("standroof", "Gareth Pennock, the Brackenmoor Rovers manager, said early estimates put the repair bill at around £1.2 million."), ["contradicted"]);
    assert.deepEqual(flagged("standroof", "Gareth Pennock, the Brackenmoor Rovers chief executive, said early estimates put the repair bill at around £1.2 million."), []);
  });
});
