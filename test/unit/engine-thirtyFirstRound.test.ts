/**
 * Rules from the thirty-first session's blind probes (`test/eval/pending`). Each is asserted on
 * the probe's own corpus, and on made-up reports.
 */
import * as assert from "node:assert/strict";
import { extractQuantities } from "../../src/core/analysis/quantities";
import { findEntities } from "../../src/core/analysis/entities";
import { extractQuotes } from "../../src/core/analysis/quotes";
import { factOf, indexOf, madeUp } from "./madeUpReports";
import { flagged, kinds } from "./probeCorpora";

describe("engine: rules of the thirty-first round of probes", () => {
  it("what a holder had ('Cliff Lane had 38 houses') is no count of what was done to such things ('Five houses were demolished')", () => {
    assert.equal(factOf("Five houses were demolished on Cliff Lane in 2020.", "Five").doneTo, true);
    assert.equal(factOf("The plant had 600 jobs cut last year.", "600").doneTo, true);
    assert.equal(factOf("Cliff Lane had 38 houses when it was built in the 1930s.", "38").doneTo, undefined);
    // Nor what was done to all a holder has ("whose 4,200 pipes were soaked"): that is its holding too.
    assert.equal(factOf("The organ, built in 1868, whose 4,200 pipes were soaked by the water, will be restored.", "4,200").doneTo, undefined);
    assert.deepEqual(flagged("cathedralfire", "The cathedral's 1868 Hartley & Booth organ has 2,400 pipes."), ["contradicted"]);
    // Not a verb that places or sizes the counted, nor an active past.
    assert.equal(factOf("38 houses were built on the lane in the 1930s.", "38").doneTo, undefined);
    assert.equal(factOf("300 people attended the meeting.", "300").doneTo, undefined);
    assert.equal(factOf("Five of the seven hundred people came.", "Five").ofNarrowedWhole, undefined);
    assert.deepEqual(flagged("coastalerosion", "Five houses were demolished on Cliff Lane in the council's two previous rounds of demolition orders, in 2020 and 2022."), []);
    const reports = ["Elm Row had 40 houses when it was built in 1931. The council says the sea has taken 14 of them since."];
    assert.deepEqual(madeUp(reports, "Six houses were demolished on Elm Row."), ["Six unknown"]);
    // A holding still answers a holding.
    assert.deepEqual(madeUp(reports, "Elm Row had 45 houses when it was built in 1931."), ["45 contradicted", "1931 supported"]);
  });

  it("a count that 'will be left' is what remains ('16 houses will be left on Cliff Lane'), not a state ('left without power')", () => {
    assert.ok(factOf("Once seven homes are demolished, 16 houses will be left on Cliff Lane.", "16").measure.includes("remaining"));
    assert.ok(!factOf("About 2,000 homes will be left without power.", "2,000").measure.includes("remaining"));
    assert.deepEqual(flagged("coastalerosion", "Once the first seven condemned homes are demolished, 16 houses will be left on Cliff Lane."), []);
  });

  it("a span over which a sum changed is not disputed by the span of a change of no sum", () => {
    assert.deepEqual(flagged("busadmin", "The council's estimate of the yearly cost of emergency bus contracts rose by £1.3 million in about three weeks."), []);
    const reports = ["Fuel costs at the firm rose by 31 per cent over two years, the administrators said."];
    assert.deepEqual(madeUp(reports, "The firm's costs rose by £1.3 million in three weeks, the administrators said."), ["£1.3 million unknown", "three unknown"]);
    // A span over which a sum changed still answers it.
    const sums = ["The firm's costs rose by £1.3 million over two years, the administrators said."];
    assert.deepEqual(madeUp(sums, "The firm's costs rose by £1.3 million in three weeks, the administrators said."), ["£1.3 million supported", "three contradicted"]);
  });

  it("a sum's period may be the first word of its noun ('£3.4 million annual budget') or hyphened to it ('£1.8m-a-year')", () => {
    assert.equal(extractQuantities("The council has a £3.4 million annual budget.")[0]!.per, "year");
    assert.equal(extractQuantities("It paid a £12 daily charge.")[0]!.per, "day");
    const hyphened = extractQuantities("It lost a £1.8m-a-year school transport contract.")[0]!;
    assert.equal(hyphened.text, "£1.8m");
    assert.equal(hyphened.per, "year");
    // A hyphened unit is still a unit.
    assert.equal(extractQuantities("It signed a six-month contract.")[0]!.unit, "month");
    assert.deepEqual(flagged("busadmin", "Greyline Coaches' emergency contracts are worth £1.2 million over their 12 months."), []);
    // A rate of interest has its period after its noun; a saving named annual before its words has its own.
    assert.equal(extractQuantities("They get their money back with 8% simple interest a year.")[0]!.per, "year");
    assert.equal(extractQuantities("Papers put the annual saving from the two closures at £385,000.")[1]!.per, "year");
    assert.deepEqual(flagged("bankbranch", "Nearly two-thirds of the affected accounts had been repaid by March 28."), []);
  });

  it("a sum is not disputed by the claim's own other sum of that currency, whatever its noun", () => {
    const reports = [
      "The ministry confirmed that it would give the council a one-off grant of £750,000 towards the cost.",
      "The council now expects the emergency contracts to cost £3.4 million.",
    ];
    const out = madeUp(reports, "The ministry's £750,000 grant is less than a quarter of the council's £3.4 million estimate.");
    assert.ok(!out.some((v) => v.startsWith("£3.4 million") && v.endsWith("contradicted")), out.join(", "));
    assert.deepEqual(flagged("busadmin", "The Department for Transport's one-off £750,000 grant amounts to less than a quarter of the council's revised £3.4 million annual estimate."), []);
  });

  it("a part of a narrowed whole ('16 of the routes Marrowdale has withdrawn') and a count after 'those' dispute no part of the whole", () => {
    assert.equal(factOf("Even so, 16 of the routes Marrowdale has withdrawn will have no replacement.", "16").ofNarrowedWhole, true);
    assert.equal(factOf("Three of the homes that were flooded are empty.", "Three").ofNarrowedWhole, true);
    // Not a participle before the noun, nor a simple past: all of them at issue.
    assert.equal(factOf("Police have recovered 85 of the stolen coins.", "85").ofNarrowedWhole, undefined);
    assert.equal(factOf("The jury acquitted Voss on three of the counts he faced.", "three").ofNarrowedWhole, undefined);
    assert.equal(factOf("Six of the eight glasshouses were destroyed.", "Six").ofNarrowedWhole, undefined);
    assert.deepEqual(flagged("busadmin", "After the first 19 routes were withdrawn, 27 of Marrowdale's 46 routes remained in service."), []);
    const reports = ["The firm will keep 30 of its 46 routes, the administrators said.", "Even with those six routes of the firm kept by Greyline, its other routes will have no service."];
    assert.deepEqual(madeUp(reports, "The firm will keep 30 of its 46 routes."), ["30 supported", "46 supported"]);
    // A count after "those" still agrees.
    assert.deepEqual(madeUp(reports, "Greyline kept six routes of the firm."), ["six supported"]);
  });

  it("'upwards by' gives a change's size, and 'revised' right before a figure makes it a revision", () => {
    assert.equal(factOf("Police have revised their estimate upwards by £500,000, to £2.8m.", "£500,000").difference, true);
    assert.equal(factOf("The payout covers less than half of the society's revised £1.65 million loss estimate.", "£1.65 million").revised, true);
    assert.deepEqual(flagged("cargotheft", "Police have revised their estimate of the goods the ring stole upwards by £500,000, to £2.8m."), []);
  });

  it("a fraction's noun is the head of its 'of' phrase ('two-thirds of the violent incidents': incidents)", () => {
    assert.equal(extractQuantities("Nearly two-thirds of the violent incidents happened after midnight.")[0]!.ofNoun, "incident");
    assert.equal(extractQuantities("Three-quarters of adults agreed.")[0]!.ofNoun, "adult");
    assert.deepEqual(flagged("publicence", "Nearly two-thirds of the violent incidents police cited at the March hearing happened after midnight."), []);
  });

  it("the rest of a whole its report tells of the other side ('after midnight' for 'before midnight') disputes no part", () => {
    assert.deepEqual(flagged("publicence", "Eight of the 23 incidents cited at the hearing happened before midnight."), []);
    const reports = ["Police told the hearing that 15 of the 23 incidents took place after midnight."];
    assert.deepEqual(madeUp(reports, "Eight of the 23 incidents took place before midnight."), ["Eight unknown", "23 supported"]);
    // The same side is still a rival account.
    assert.deepEqual(madeUp(reports, "Eight of the 23 incidents took place after midnight."), ["Eight contradicted", "23 supported"]);
  });

  it("a count of the top or bottom of a ranking ('the five worst-performing trusts') is no count of all", () => {
    assert.equal(factOf("The trust is among the five worst-performing acute trusts in England.", "five").rankBand, true);
    assert.equal(factOf("The three biggest clubs voted against.", "three").rankBand, true);
    assert.equal(factOf("The 12 west coast stations closed.", "12").rankBand, undefined);
    assert.deepEqual(flagged("scannerdelay", "The trust is among the five worst-performing acute trusts in England on diagnostic waiting times."), []);
    const reports = ["The trust ranks 117th of 121 acute trusts in England on waiting times."];
    assert.deepEqual(madeUp(reports, "The trust is among the five worst-performing acute trusts in England."), ["five unknown"]);
  });

  it("an age bound after a copula ('members were under 18') is no count of the thing before it", () => {
    assert.deepEqual(factOf("Most of the club's 310 members were under 18.", "18").measure, ["age band"]);
    assert.deepEqual(factOf("The club has 310 members, 62% of them under 18.", "18").measure, ["age band"]);
    // Not a count's bound: "Attendance was over 500".
    assert.notDeepEqual(factOf("Attendance was over 500.", "500").measure, ["age band"]);
    assert.deepEqual(flagged("skicentre", "At the time of the fire, more than 60 per cent of the ski club's 310 members were under 18."), []);
  });

  it("who says a statement ('Linley said the nursery slope ... will reopen') is no name swapped for the claim's", () => {
    assert.deepEqual(flagged("skicentre", "Harrowfell's nursery slope is set to reopen on Saturday 17 May."), []);
  });

  it("a report that counts on to the claim's ordinal ('... called to a fourth') does not dispute it with its own, nor do older reports a new one", () => {
    assert.deepEqual(flagged("boatfire", "Eleven days after the Caxtonbury blaze, crews were called to a fourth boat fire of the year, on a cruiser at Wendlebrook Lock."), []);
    const reports = ["The Caxtonbury blaze was the third boat fire the service attended this year. Crews have since been called to a fourth, on a cruiser at Wendlebrook Lock."];
    assert.deepEqual(madeUp(reports, "The cruiser fire at Wendlebrook Lock was the fourth boat fire the service attended this year."), ["fourth unknown"]);
    // The fire that was the third is still not the fourth.
    assert.deepEqual(flagged("boatfire", "The Caxtonbury blaze was the fourth boat fire the service attended this year."), ["contradicted"]);
  });

  it("the year a thing is of ('the alms dish of 1868') is a year, not a count; 'a crowd of 1500' is a count", () => {
    assert.equal(extractQuantities("It ran to the alms dish of 1868.")[0]!.isYear, true);
    assert.equal(extractQuantities("It drew a crowd of 1500.")[0]!.isYear, undefined);
    assert.deepEqual(flagged("churchsilver", "The stolen silver spanned more than five centuries, from the chalice of around 1350 to the alms dish of 1868."), []);
  });

  it("a century of one thing's making ('a matching paten, dating from the 14th century') is not another's ('a listed building dating from the 12th century')", () => {
    assert.deepEqual(flagged("churchsilver", "Thieves took seven pieces of silver from St Botolph's, the oldest of them, a chalice and its matching paten, dating from the middle of the 14th century."), []);
    // The building's own century still answers the building.
    assert.deepEqual(flagged("churchsilver", "St Botolph's Church is a listed building dating from the 14th century."), ["contradicted"]);
  });

  it("'made up more than 60 per cent' is a share, no rise; 'Combined,' shares a figure among its parties", () => {
    const share = factOf("Combined, the council and trust grants made up more than 60 per cent of the station's costs.", "60 per cent");
    assert.equal(share.difference, undefined);
    assert.equal(share.direction, undefined);
    assert.equal(share.shared, true);
    assert.equal(factOf("Sales were up 5% on the year.", "5%").direction, "up");
    assert.deepEqual(flagged("radioclosure", "Combined, the council and trust grants made up more than 60 per cent of the station's £96,000 annual running costs."), []);
  });

  it("'and' between a plural word of a name and a body's word joins one body ('Pennine Arts and Communities Trust')", () => {
    const names = (t: string) => findEntities(t).map((e) => [e.type, e.name]);
    assert.deepEqual(names("Pennine Arts and Communities Trust chief executive Helen Marwood spoke."), [["organisation", "Pennine Arts and Communities Trust"], ["person", "Helen Marwood"]]);
    assert.deepEqual(names("Marlow House and Grenfell Tower were evacuated."), [["organisation", "Marlow House"], ["organisation", "Grenfell Tower"]]);
    assert.deepEqual(flagged("radioclosure", 'In a statement, Pennine Arts and Communities Trust chief executive Helen Marwood said her board "has had to make painful choices across our whole portfolio".'), []);
  });

  it("a figure a claim calls revised is not contradicted by an older report where a newer one gives it in too few of the claim's words", () => {
    assert.deepEqual(flagged("countyshow", "Marrick Mutual's £700,000 payout covers less than half of the society's revised £1.65 million loss estimate."), []);
    // Without "revised", the older figure is still heard.
    assert.deepEqual(flagged("countyshow", "Marrick Mutual's £700,000 payout covers less than half of the society's £1.65 million loss estimate."), ["contradicted"]);
  });

  it("a change made to an estimate, however long its object, gives the change's size after 'by'", () => {
    assert.equal(factOf("Police raised their estimate of the value of goods the gang stole by half a million pounds.", "half a million pounds").difference, true);
    assert.deepEqual(flagged("cargotheft", "Police raised their estimate of the value of goods the gang stole by half a million pounds."), []);
  });

  it("'found' and 'spotted' tell one event, by the word as written ('founded' and 'found guilty' are none)", () => {
    assert.deepEqual(factOf("Pennock found the skeleton on Sunday 23 February.", "23 February").measure, factOf("Pennock spotted the skeleton on Sunday 23 February.", "23 February").measure);
    assert.notDeepEqual(factOf("The club was founded in 1884.", "1884").measure, factOf("The skeleton was found in 1884.", "1884").measure);
    assert.notDeepEqual(factOf("He was found guilty on 3 March.", "3 March").measure, factOf("He was spotted on 3 March.", "3 March").measure);
    assert.deepEqual(flagged("fossilfind", "Pennock found the skeleton on Sunday 23 February."), []);
    assert.deepEqual(kinds("fossilfind", "Pennock found the skeleton on Sunday 23 February."), ["supported"]);
  });

  it("a figure 'stronger than' or 'inside the record' is a comparison, no level", () => {
    assert.equal(factOf("The wind at touchdown was about 10 knots stronger than had been forecast.", "10").difference, true);
    assert.equal(factOf("Her time was eight minutes inside the record set in 2019.", "eight").difference, true);
    assert.deepEqual(flagged("balloonlanding", "According to the interim bulletin, the wind at touchdown was about 10 knots stronger than had been forecast."), []);
    assert.deepEqual(flagged("channelswim", "Halloran's ratified time was eight minutes inside the record Ingrid Sollis set in 2019."), []);
  });

  it("an age after a name set beside another ('Besides Graham Pettit, a 38-year-old woman') is not that name's", () => {
    assert.ok(!factOf("Besides Graham Pettit, a 38-year-old woman suffered leg injuries.", "38").measure.includes("age:pettit"));
    assert.ok(factOf("Graham Pettit, a 38-year-old retired postman, suffered leg injuries.", "38").measure.includes("age:pettit"));
    assert.deepEqual(flagged("ambulancetheft", "Besides Graham Pettit, a 38-year-old woman suffered leg injuries and a nine-year-old boy was treated at the scene for cuts."), []);
  });

  it("a count of who did something ('attended by about 350 students') is no count of what a holder has", () => {
    assert.equal(factOf("The meeting was attended by about 350 students.", "350").agents, true);
    assert.equal(factOf("The university has about 350 students.", "350").agents, undefined);
    assert.deepEqual(flagged("mouldhalls", "The University of Wexley has around 18,000 students."), []);
  });

  it("a date alone 'on the afternoon of Sunday 2 March' takes the verb before its clause", () => {
    assert.deepEqual(factOf("Welding had been carried out on a fishing boat, the Maid of Cale, on the afternoon of Sunday 2 March.", "2 March").measure, ["carri out"]);
    assert.deepEqual(flagged("marinafire", "The fire broke out in the early hours of Monday 3 March."), []);
    assert.deepEqual(flagged("mouldhalls", "The university has promised that the refunds will be paid by 11 April."), []);
  });

  it("a count of a kind named by a participle ('55 transferring staff') is no count of them all", () => {
    assert.deepEqual(flagged("busdepot", "Drivers and engineers together make up 195 of the depot's staff."), []);
  });

  it("a name after a word and 'at' ('the problems at Marlowe Fields') or ending in a firm's word ('Northvale Highways') is no one a pronoun means", () => {
    const names = (t: string) => findEntities(t).map((e) => [e.type, e.name]);
    assert.deepEqual(names("Martin Elsworth, regional director at Northvale Highways, said so."), [["person", "Martin Elsworth"], ["organisation", "Northvale Highways"]]);
    assert.deepEqual(names("Callum Reid, the project director at Kestrel Infrastructure, said so."), [["person", "Callum Reid"], ["organisation", "Kestrel Infrastructure"]]);
    assert.deepEqual(names("Marlowe Fields Lido is a listed pool."), [["organisation", "Marlowe Fields Lido"]]);
    const speakerOf = (t: string) => extractQuotes(t, [{ start: 0, end: t.length }])[0]?.speaker;
    assert.equal(speakerOf('Dr Jane Okoro, a specialist, said the problems at Marlowe Fields were typical. "Heat is the enemy," she said.'), "Jane Okoro");
    // A name whose document names a body by it and more ("Marlowe Fields Lido") is that body's short form.
    const doc = indexOf(['Dr Jane Okoro toured Marlowe Fields Lido on Monday. Dr Okoro said Marlowe Fields needed a new pump. "Heat is the enemy," she said.']);
    assert.deepEqual(doc.quotes.map((q) => q.speaker), ["Jane Okoro"]);
    assert.deepEqual(flagged("lidoheat", 'Dr Anjali Rao said: "Bacteria thrive when chlorine is used up faster than the plant can replace it."'), []);
    assert.deepEqual(flagged("tunnelfire", 'Martin Elsworth said: "We would rather tell people the honest position now than keep moving the date."'), []);
    // Still a misattribution where the words are another's.
    assert.deepEqual(flagged("tunnelfire", 'Keith Tolland said: "We would rather tell people the honest position now than keep moving the date."'), ["misattributed"]);
  });

  it("the whole a share is of ('almost half of the 1,080 colonies') disputes no count of the share's part", () => {
    assert.equal(factOf("The toll represents almost half of the 1,080 colonies registered in the valley.", "1,080").shareBase, true);
    assert.equal(factOf("The valley has 1,080 registered colonies.", "1,080").shareBase, undefined);
    assert.deepEqual(flagged("beekeeper", "The revised count of 537 colonies was 125 higher than the 412 first reported."), []);
  });

  it("a way into a thing ('600 metres into the tunnel') is a point on it, not its length ('runs 12km along the coast' is)", () => {
    assert.equal(extractQuantities("The lorry stopped about 600 metres into the tunnel.")[0]!.dimension, "along");
    assert.equal(extractQuantities("The cable runs 12km along the coast.")[0]!.dimension, undefined);
    assert.deepEqual(flagged("tunnelfire", "The lorry, carrying 22 tonnes of plastic garden furniture, came to a stop about 600 metres into the tunnel."), []);
  });

  it("the level a claim's other figure was changed to ('from £12.40 to £13.25') is no account of the claim's figure", () => {
    assert.deepEqual(flagged("lidoheat", "Splashcove, about a dozen miles from the lido, was paying lifeguards £14.10 an hour, against £12.40 at Marlowe Fields."), []);
  });

  it("shares of two wholes both named by nouns ('of the member farms', 'of the grain') are two, whatever else their clauses name", () => {
    assert.deepEqual(flagged("grainstore", "Just under three in ten of the cooperative's member farms had grain booked into Cradle Lane and now have to store it elsewhere."), []);
  });

  it("a date in a relative clause with its own subject ('that Pellow submitted between April 2023 and ...') or of others ('both of which shut in June') dates that clause only", () => {
    assert.deepEqual(factOf("The audit examined 168 claims that Pellow submitted between April 2023 and December 2024.", "April 2023").measure, ["submit"]);
    assert.deepEqual(factOf("It is the third pool to close, after Pennick Sands and Coldharbour, both of which shut in June.", "June").measure, ["another shut"]);
    assert.deepEqual(flagged("mayorexpenses", "The Greyling Marsh audit of the mayor's expenses was published on Friday 28 February 2025."), []);
    assert.deepEqual(flagged("lidoheat", "Marlowe Fields Lido was shut on Saturday 12 July, with the trust posting the news online at 7.30am."), []);
  });

  it("a claim's other count by a verb's form ('the two arrested in Felsby') is its own, and an age answers no span of a post", () => {
    assert.deepEqual(flagged("pianotheft", "Police have arrested three men in all; the two arrested in Felsby, aged 41 and 34, have been charged and are due before magistrates on 10 April."), []);
    assert.deepEqual(flagged("harbourseal", "Tom Ashdown has been a volunteer warden at Black Nab for almost two decades."), []);
    // A wrong span of the post is still contradicted by the post's own.
    assert.deepEqual(flagged("harbourseal", "Tom Ashdown has been a volunteer warden at Black Nab for 31 years."), ["contradicted"]);
  });

  it("the claim's very figure in a report that names the claim's body elsewhere is that body's, but not by a place the report names elsewhere", () => {
    assert.deepEqual(flagged("lorrybridge", "Midshires Railway cancelled 118 trains on the day of the crash."), []);
  });
});

