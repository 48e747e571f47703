import * as assert from "node:assert/strict";
import { NameRegistry } from "../../src/core/analysis/nameRegistry";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { analyzeSentence, figuresOf, placeKey, textAfter, yearsAgoIn, type FactMention, type SentenceAnalysis } from "../../src/core/analysis/sentenceAnalysis";
import { splitSentences } from "../../src/core/analysis/sentences";
import { toRecord } from "../../src/core/index/documentAnalysis";

const SEEDS_DIR = path.resolve(__dirname, "../../../seeds");
import type { Span } from "../../src/core/types";

function analyse(text: string, exclude: Span[] = [], registry?: NameRegistry): SentenceAnalysis {
  return analyzeSentence(text, { start: 0, end: text.length }, exclude, registry?.resolver());
}

/** The fact whose figure reads `figure`. */
function fact(a: SentenceAnalysis, text: string, figure: string): FactMention {
  const f = a.facts.find((x) => text.slice(x.span.start, x.span.end) === figure);
  assert.ok(f, `a fact ${JSON.stringify(figure)} in ${JSON.stringify(a.facts.map((x) => text.slice(x.span.start, x.span.end)))}`);
  return f;
}

const sorted = (xs: string[]) => [...xs].sort();

describe("engine: analyzeSentence facts", () => {
  const cases: {
    name: string;
    text: string;
    figure: string;
    expect: { kind?: FactMention["kind"]; measure?: string[]; measureHas?: string[]; ownUnit?: boolean; places?: string[]; clausePlaces?: string[]; orgs?: string[]; value?: number; currency?: string; localHas?: string[]; localLacks?: string[] };
  }[] = [
    {
      name: "the counted noun's stem is the measure (firearms)",
      text: "Officers recovered 77 firearms during the operation.",
      figure: "77",
      expect: { kind: "quantity", measure: ["firearm"], ownUnit: true, value: 77 },
    },
    {
      name: "people counted generically by a verb of keeping them, in any tense (employs 180 people)",
      text: "The store, which opened in 1932, employs 180 people.",
      figure: "180",
      expect: { measure: ["peopl", "employ"] },
    },
    {
      name: "people counted by what they were due to do (were due to arrive)",
      text: "Hours before 65,000 people were due to arrive, the festival was called off.",
      figure: "65,000",
      expect: { measure: ["peopl", "due arriv"] },
    },
    {
      name: "a span within which something is to be done, by its verb (will receive ... within 30 days)",
      text: "Ticket holders will receive a full refund within 30 days.",
      figure: "30",
      expect: { measure: ["day", "receiv"] },
    },
    {
      name: "a date of what was due, by the verb after \"due to\" (was due to run from 3 to 5 July)",
      text: "The festival was due to run from 3 to 5 July.",
      figure: "3 to 5 July",
      expect: { kind: "date", measure: ["due run"] },
    },
    {
      name: "a date of what is expected, by the event and not the expecting (is expected to open in 2030)",
      text: "The hospital is expected to open in 2030.",
      figure: "2030",
      expect: { kind: "date", measure: ["open"] },
    },
    {
      name: "past a 'be' (results are scheduled to be announced on 3 May)",
      text: "The results are scheduled to be announced on 3 May.",
      figure: "3 May",
      expect: { kind: "date", measure: ["announc"] },
    },
    {
      name: "a date after 'before' and a gerund is the gerund's event (played ... before retiring in 2019)",
      text: "Harwood played 212 games for Leeds before retiring in 2019.",
      figure: "2019",
      expect: { kind: "date", measure: ["retir"] },
    },
    {
      name: "but after 'after' the clause before dates it too (have won £4.2m, after matching ... on Saturday)",
      text: "The couple have won £4.2m, after matching all six numbers in the draw on 5 September 2026.",
      figure: "5 September 2026",
      expect: { kind: "date", measure: ["won"] },
    },
    {
      name: "what goes on sale is dated as an opening is (goes on sale on Sept. 19)",
      text: "The phone goes on sale in 38 countries on Sept. 19.",
      figure: "Sept. 19",
      expect: { kind: "date", measureHas: ["goe"] },
    },
    {
      name: "but not a verb of keeping after the count: what the people do, not what keeps them (180 people help the homeless it houses)",
      text: "About 180 people help the homeless it houses.",
      figure: "180",
      expect: { measure: ["help", "peopl"] },
    },
    {
      name: "people counted generically: the verb says what happened (were arrested)",
      text: "Across Europe, more than 800 people were arrested.",
      figure: "800",
      expect: { measure: ["arrest", "peopl"], places: ["Europe"], value: 800 },
    },
    {
      name: "currency with what the money is: £54m in cash",
      text: "Police seized £54m in cash as part of Operation Venetic.",
      figure: "£54m",
      expect: { measure: ["cash", "currency:GBP"], currency: "GBP", value: 54_000_000 },
    },
    {
      name: "dollars are a different currency: $67 million (seed 003)",
      text: "In the United Kingdom, 746 people were arrested and more than $67 million in cash seized, officials said.",
      figure: "$67 million",
      expect: { measureHas: ["currency:USD"], currency: "USD", value: 67_000_000, places: ["United Kingdom"] },
    },
    {
      name: "a sentence-opening place scopes later clauses (seed 003)",
      text: "In the United Kingdom, 746 people were arrested and more than $67 million in cash seized, officials said.",
      figure: "746",
      expect: { measure: ["arrest", "peopl"], places: ["United Kingdom"], localLacks: ["cash"] },
    },
    {
      name: "an organisation with a place scopes its figure (Police Scotland)",
      text: "Police Scotland made more than 2,100 arrests for organised crime offences in 2015.",
      figure: "2,100",
      expect: { measure: ["arrest"], orgs: ["Police Scotland"], places: ["Scotland"], value: 2100 },
    },
    {
      name: "clause-local context stops at 'while': the cars are not the firearms' context",
      text: "Officers recovered 77 illegal firearms, while 55 luxury cars were seized.",
      figure: "55",
      expect: { measure: ["car"], localHas: ["luxuri", "car", "seiz"], localLacks: ["firearm", "recov"] },
    },
    {
      name: "a duration measures its verb and what lasted (the operation lasted three months)",
      text: "The operation lasted over three months.",
      figure: "three",
      expect: { measure: ["last", "month", "oper"], value: 3 },
    },
    {
      name: "a compound adjective measures its noun (a six-month EncroChat contract)",
      text: "A six-month EncroChat contract cost up to £1,500.",
      figure: "six",
      expect: { measureHas: ["contract"], value: 6 },
    },
    {
      name: "a date measures its event verb (warned on 13 June 2020)",
      text: "EncroChat warned its users of a data breach on 13 June 2020.",
      figure: "13 June 2020",
      expect: { kind: "date", measure: ["warn"], ownUnit: true },
    },
    {
      name: "each date of a sentence takes its own clause's verbs (cracked in March)",
      text: "Law enforcement agencies began getting data from the site on 1 April after the encryption code is believed to have been cracked in March.",
      figure: "March",
      expect: { kind: "date", measureHas: ["crack"], localLacks: ["began", "site"] },
    },
    {
      name: "people counted by an irregular verb measure it (310 people spent the night)",
      text: "Some 310 people spent the night at the rest centre.",
      figure: "310",
      expect: { measure: ["peopl", "spent"] },
    },
    {
      name: "a capitalised name spelt like a verb is not one (the Met)",
      text: "So far the Met has 99 people in custody.",
      figure: "99",
      expect: { measure: ["peopl"] },
    },
    {
      name: "an age measures whose age it is (a 67-year-old man)",
      text: "A 67-year-old man was killed when a tree fell on his car.",
      figure: "67",
      expect: { measureHas: ["age:man"], value: 67 },
    },
    {
      name: "an appositive age is whose it is by name, its clause the name's and what follows (Mark Rudd, 52, a local councillor)",
      text: "Okafor, 34, polled 14,213 votes to 11,337 for Conservative Mark Rudd, 52, a local councillor.",
      figure: "52",
      expect: { measure: ["age:rudd", "age:mark"], ownUnit: true, value: 52, localHas: ["rudd", "councillor"], localLacks: ["okafor"] },
    },
    {
      name: "a score is measured as one, never by a rank before it (for the ninth year in a row, with a score of 98.2)",
      text: "Oxford kept the top spot for the ninth year in a row, with a score of 98.2 out of 100.",
      figure: "98.2",
      expect: { measure: ["score"] },
    },
    {
      name: "and the top of its scale by its own measure (98.2 out of 100)",
      text: "Oxford kept the top spot for the ninth year in a row, with a score of 98.2 out of 100.",
      figure: "100",
      expect: { measure: ["scale top"] },
    },
    {
      name: "a rank passes no measure on to a bare figure after it (the ninth year in a row, then 11)",
      text: "Oxford topped the table for the ninth year in a row, and Leeds for 11.",
      figure: "11",
      expect: { measure: [] },
    },
    {
      name: "a figure scored is a score (Northgate scored 91.4)",
      text: "Northgate scored 91.4, up from 89.6, helped by gains in research income.",
      figure: "91.4",
      expect: { measure: ["score"] },
    },
    {
      name: "a count of people is measured by what they do, in the present (1,800 people live within)",
      text: "About 1,800 people live within 200 metres of Station Road, the city's most polluted street.",
      figure: "1,800",
      expect: { measure: ["peopl", "live"] },
    },
    {
      name: "a span a thing runs to is measured by the thing, past a figure before it (Glasshouse runs to 14 songs and 51 minutes)",
      text: "Glasshouse runs to 14 songs and 51 minutes, most of them built on piano and strings.",
      figure: "51",
      expect: { measureHas: ["glasshous"] },
    },
    {
      name: "a span a superlative is at is measured by the superlative (the longest at seven minutes)",
      text: "The closing track, Kitchen Light, is the longest at seven minutes.",
      figure: "seven",
      expect: { measureHas: ["longest"] },
    },
    {
      name: "a figure with no noun opening its clause counts what was done to it (Three were taken to hospital)",
      text: "Three were taken to hospital in Copiapo with hypothermia.",
      figure: "Three",
      expect: { measure: ["taken"] },
    },
    {
      name: "and a part of a group, what was done to the part (Three of the miners were taken)",
      text: "Three of the miners were taken to hospital with hypothermia.",
      figure: "Three",
      expect: { measureHas: ["miner", "taken"] },
    },
    {
      name: "or reported so (Police said two were arrested)",
      text: "Police said two were arrested.",
      figure: "two",
      expect: { measure: ["arrest"] },
    },
    {
      name: "but not a figure inside its clause after another verb (feared three were injured)",
      text: "Officials feared three were injured.",
      figure: "three",
      expect: { measure: [] },
    },
    {
      name: "a tally a verb brought to a bare figure measures it, not the count before it (taking the death toll to five)",
      text: "The bodies of three missing workers were found on Friday, the minister said, taking the death toll to five.",
      figure: "five",
      expect: { measure: ["toll"] },
    },
    {
      name: "a subject that reached a bare figure measures it (The death toll reached two)",
      text: "The death toll reached two.",
      figure: "two",
      expect: { measure: ["toll"] },
    },
    {
      name: "the last age of a list of names and ages, ending the sentence, is the last name's (Mateo Rojas, 29.)",
      text: "The two men who died were named as Luis Carrasco, 41, and Mateo Rojas, 29.",
      figure: "29",
      expect: { measure: ["age:roja", "age:mateo"], value: 29 },
    },
    {
      name: "an age said of a person named in full is of the surname and of the first name (Pauline Ashworth is 64)",
      text: "Pauline Ashworth is 64.",
      figure: "64",
      expect: { measure: ["age:ashworth", "age:paulin"], value: 64 },
    },
    {
      name: "an age said after a description set apart is the age of the name before it (Alan Brooks, the founder of Clean Teme, is 71)",
      text: "Alan Brooks, the founder of Clean Teme, is 71.",
      figure: "71",
      expect: { measure: ["age:brook"], value: 71 },
    },
    {
      name: "whatever word ends the description (Tara Quinn, the No campaign's spokeswoman, is 44)",
      text: "Tara Quinn, the No campaign's spokeswoman, is 44.",
      figure: "44",
      expect: { measure: ["age:quinn"], value: 44 },
    },
    {
      name: "a span a noun is set at is measured by the noun (a target of seven minutes)",
      text: "Calls averaged 8 minutes and 51 seconds, against a target of seven minutes.",
      figure: "seven",
      expect: { measureHas: ["target"], value: 7 },
    },
    {
      name: "and by the subject stated to be it (The target for these calls is 18 minutes)",
      text: "The target for these category two calls is 18 minutes.",
      figure: "18",
      expect: { measure: ["minut", "target"], value: 18 },
    },
    {
      name: "a particle is no first name (Wil van Gemert, 52,)",
      text: "The director, Wil van Gemert, 52, said little.",
      figure: "52",
      expect: { measure: ["age:gemert"], value: 52 },
    },
    {
      name: "a -year-old age after a name and 'a' is that person's, and its noun's past adjectives (Helen Okafor, a 34-year-old former paramedic)",
      text: "Helen Okafor, a 34-year-old former paramedic, won with 14,213 votes.",
      figure: "34",
      expect: { measureHas: ["age:okafor", "age:paramed"] },
    },
    {
      name: "a -year-old age after a name and 'the' is that person's (Jess Arundel, the 31-year-old keeper)",
      text: "Jess Arundel, the 31-year-old keeper who raised the alarm, found the enclosure empty.",
      figure: "31",
      expect: { measureHas: ["age:arundel", "age:keeper"] },
    },
    {
      name: "a -year-old age after a name and an owner's possessive is that person's (Harriet Olumide, Meridian's 56-year-old chief executive)",
      text: "Harriet Olumide, Meridian's 56-year-old chief executive, apologised repeatedly during the evening.",
      figure: "56",
      expect: { measureHas: ["age:olumid"] },
    },
    {
      name: "a -year-old age after a name and 'the club's' or 'her' is that person's (Okafor, the club's 34-year-old captain)",
      text: "Dami Okafor, the club's 34-year-old captain, and Lena Ruiz, her 29-year-old deputy, spoke first.",
      figure: "34",
      expect: { measureHas: ["age:okafor", "age:captain"] },
    },
    {
      name: "a -year-old age after 'is a' is the subject's (Rudd is a 52-year-old local councillor)",
      text: "Rudd is a 52-year-old local councillor.",
      figure: "52",
      expect: { measureHas: ["age:rudd", "age:councillor"] },
    },
    {
      name: "a -year-old age before a full name is that person's, by surname and first name; a verb is not its noun (the 52-year-old Mark Rudd lost)",
      text: "The 52-year-old Mark Rudd lost.",
      figure: "52",
      expect: { measure: ["year", "lost", "age:rudd", "age:mark"] },
    },
    {
      name: "a -year-old age after a full name is that person's by surname and first name (Dennis Orrell, the 73-year-old builders' merchant)",
      text: "Dennis Orrell, the 73-year-old builders' merchant who rescued the club, keeps a tenth of the shares.",
      figure: "73",
      expect: { measureHas: ["age:orrel", "age:denni"] },
    },
    {
      name: "an age after 'aged' is the age of the noun before it (a man aged 27)",
      text: "A man aged 27 was arrested in Lenton.",
      figure: "27",
      expect: { measure: ["age:man"], ownUnit: true, value: 27, localHas: ["arrest"] },
    },
    {
      name: "each age of an 'aged' list is the age of its plural noun, in the clause that runs past the list (three men, aged 27, 31 and 45, had been arrested)",
      text: "Police said three men, aged 27, 31 and 45, had been arrested on suspicion of burglary.",
      figure: "45",
      expect: { measure: ["age:man"], value: 45, localHas: ["men", "arrest", "burglari"] },
    },
    {
      name: "a count whose ages are set apart takes the verb after them (three men, aged 27, 31 and 45, had been arrested)",
      text: "Police said three men, aged 27, 31 and 45, had been arrested on suspicion of burglary.",
      figure: "three",
      expect: { measure: ["man", "arrest"] },
    },
    {
      name: "an age after a name and 'aged' is that person's (Tom Ellery, aged 45,)",
      text: "Tom Ellery, aged 45, was charged with handling stolen goods.",
      figure: "45",
      expect: { measure: ["age:elleri"], value: 45 },
    },
    {
      name: "a noun the figure is 'of' measures it (a majority of 2,876)",
      text: "She won with 14,213 votes, a majority of 2,876 over the Conservatives.",
      figure: "2,876",
      expect: { measure: ["major"], ownUnit: true },
    },
    {
      name: "a partitive counts its whole's noun past the whole's own figure (12 of its 160 routes)",
      text: "The company will run a reduced timetable on 12 of its 160 routes.",
      figure: "12",
      expect: { measure: ["rout"], ownUnit: true },
    },
    {
      name: "a partitive of a pronoun counts nothing (five of them)",
      text: "Five of them were charged.",
      figure: "Five",
      expect: { measure: [] },
    },
    {
      name: "a noun that says nothing of what is counted does not (a total of 70)",
      text: "The panel heard a total of 70 over the year.",
      figure: "70",
      expect: { measure: [] },
    },
    {
      name: "a date after 'since' dates the verb before it (had held the seat since 2005)",
      text: "Whitcombe, who had held the seat since 2005, stood down.",
      figure: "2005",
      expect: { kind: "date", measure: ["held"] },
    },
    {
      name: "a compound duration is not an age (a six-month contract)",
      text: "They signed a six-month contract.",
      figure: "six",
      expect: { measure: ["month", "contract", "sign"] },
    },
    {
      name: "a date after its weekday and a comma keeps its clause's verb (named on Monday, 12 February)",
      text: "The storm was named by the Met Office on Monday, 12 February.",
      figure: "12 February",
      expect: { kind: "date", measure: ["name"] },
    },
    {
      name: "a role opened by 'as' dates the verb before it (took over as chief executive in 2019)",
      text: "Maria Santos took over as chief executive in 2019.",
      figure: "2019",
      expect: { kind: "date", measure: ["took over"] },
    },
    {
      name: "a verb with its particle is another event (stood down on 12 January, not stood)",
      text: "Whitcombe stood down on 12 January, when the list stood at 7.5 million.",
      figure: "12 January",
      expect: { kind: "date", measure: ["stood down"] },
    },
    {
      name: "a count's subject measures its bare figure: 'the number of people killed ... has risen to 517'",
      text: "The number of people killed in Sunday's earthquake has risen to 517, the ministry said.",
      figure: "517",
      expect: { measure: ["die", "peopl"], ownUnit: true },
    },
    {
      name: "a count put at its figure counts the noun its first word qualifies ('puts the number of dead fish at 11,340'), and one whose second word is the verb counts the first ('the number of people in')",
      text: "It puts the number of dead fish at 11,340, and the number of anglers in the club has risen to 212.",
      figure: "11,340",
      expect: { measure: ["fish", "die"] },
    },
    {
      name: "and a count whose second word ends its phrase counts its first word alone ('the number of anglers in the club has risen to 212')",
      text: "It puts the number of dead fish at 11,340, and the number of anglers in the club has risen to 212.",
      figure: "212",
      expect: { measure: ["angler"] },
    },
    {
      name: "a count's subject after a conjunction and a place, through the change ('but in Northshire the number of people waiting rose by 2,100 to 182,400')",
      text: "The national list fell to 7.5 million, but in Northshire the number of people waiting rose by 2,100 to 182,400.",
      figure: "182,400",
      expect: { measure: ["peopl", "wait"], ownUnit: true },
    },
    {
      name: "people counted by what they are doing, not by the figure's qualifier ('an estimated 892,000 people ... are living with dementia')",
      text: "An estimated 892,000 people in the UK are living with dementia.",
      figure: "892,000",
      expect: { measure: ["peopl", "live"], ownUnit: true },
    },
    {
      name: "a span of time opening its own clause times the event before it ('put Rovers ahead after 23 minutes')",
      text: "Tom Barker put Rovers ahead after 23 minutes before Luca Ferri equalised.",
      figure: "23",
      expect: { measure: ["minut", "put"], ownUnit: true },
    },
    {
      name: "the span a record has stood is measured by its superlative ('the biggest at Marsh Lane for 11 years')",
      text: "The crowd of 31,412 was the biggest at Marsh Lane for 11 years.",
      figure: "11",
      expect: { measure: ["year", "biggest"], ownUnit: true },
    },
    {
      name: "a noun in -est is no superlative ('The interest rate was the highest for 15 years')",
      text: "The interest rate was the highest for 15 years.",
      figure: "15",
      expect: { measure: ["year", "highest"], ownUnit: true },
    },
    {
      name: "a list of places is one clause: its commas and its 'and' open none ('in England, Wales and Northern Ireland')",
      text: "More than 300,000 students in England, Wales and Northern Ireland received their results.",
      figure: "300,000",
      expect: { places: ["England", "Wales", "Northern Ireland"], clausePlaces: ["England", "Wales", "Northern Ireland"] },
    },
    {
      name: "'N others' with their own verb count the last count's noun and what they did ('seven others have fallen ill')",
      text: "Two people have died and seven others have fallen ill.",
      figure: "seven",
      expect: { measure: ["peopl", "fallen"] },
    },
    {
      name: "a short word ending as a past verb does is none ('its red dwarf star'), but 'led' is",
      text: "The planet circles its red dwarf star once every 12.4 days.",
      figure: "12.4",
      expect: { measure: ["day"] },
    },
    {
      name: "a span of time given for something is measured by it ('has 28 days to appeal')",
      text: "Parallel has 28 days to appeal.",
      figure: "28",
      expect: { measure: ["day", "appeal"], ownUnit: true },
    },
    {
      name: "but not by a verb that says nothing ('two years to get ready')",
      text: "The council has two years to get ready.",
      figure: "two",
      expect: { measure: ["year"], ownUnit: true },
    },
    {
      name: "a figure's number word is no verb of what it counts ('Eleven' and 'seven' end as 'arrested' does not)",
      text: "Eleven people were arrested after the drought of seven years.",
      figure: "Eleven",
      expect: { measure: ["peopl", "arrest"], ownUnit: true },
    },
    {
      name: "a present participle without its 'are' or 'were' says nothing of whom a figure counts",
      text: "Some 800 people gathered outside the hall singing hymns.",
      figure: "800",
      expect: { measure: ["peopl", "gather"], ownUnit: true },
    },
    {
      name: "where a change started counts what it changed, not the duration beside it ('..., down from 327,800')",
      text: "NHS England said 309,300 people had been waiting for more than 52 weeks, down from 327,800 the month before.",
      figure: "327,800",
      expect: { measure: ["peopl", "wait"], ownUnit: false },
    },
    {
      name: "a count's subject by its participle alone ('the number waiting more than a year fell to 309,300')",
      text: "The number waiting more than a year fell to 309,300.",
      figure: "309,300",
      expect: { measure: ["wait"], ownUnit: true },
    },
    {
      name: "a count a verb brought to its figure ('cut the number of patients waiting more than 12 hours in A&E to 310')",
      text: "The hospital cut the number of patients waiting more than 12 hours in A&E to 310 in February, down from 482 in January.",
      figure: "310",
      expect: { measure: ["patient", "wait"], ownUnit: true },
    },
    {
      name: "a bare figure measured by its own words passes its measure on ('..., down from 482')",
      text: "The hospital cut the number of patients waiting more than 12 hours in A&E to 310 in February, down from 482 in January.",
      figure: "482",
      expect: { measure: ["patient", "wait"], ownUnit: false },
    },
    {
      name: "patients are counted by what happened to them, as people are ('482 patients waited' / 'treated 9,240 patients')",
      text: "In January, 482 patients waited more than 12 hours.",
      figure: "482",
      expect: { measure: ["patient", "wait"] },
    },
    {
      name: "the change itself counts the same subject ('rose by 2,100')",
      text: "The national list fell to 7.5 million, but in Northshire the number of people waiting rose by 2,100 to 182,400.",
      figure: "2,100",
      expect: { measure: ["peopl", "wait"], ownUnit: true },
    },
    {
      name: "a subject that stands at a figure is measured by its head noun alone ('the official death toll': toll)",
      text: "The official death toll stands at 604.",
      figure: "604",
      expect: { measure: ["toll"] },
    },
    {
      name: "a noun a figure is put at measures it ('put the magnitude at 7.2'); 'the figure' measures nothing",
      text: "The institute put the magnitude at 7.2 and the UN put the figure at more than 100,000.",
      figure: "7.2",
      expect: { measure: ["magnitud"] },
    },
    {
      name: "a number a figure is put at counts its noun ('estimated the number of people killed at 80')",
      text: "Officials estimated the number of people killed at 80.",
      figure: "80",
      expect: { measure: ["die", "peopl"] },
    },
    {
      name: "'put the figure at' leaves a figure unmeasured",
      text: "The UN put the figure at more than 100,000.",
      figure: "100,000",
      expect: { measure: [], ownUnit: false },
    },
    {
      name: "a partitive counts its noun phrase's head past modifiers and the whole's figure ('two of the 16 injured firefighters were'), and what was done to the part",
      text: "Two of the 16 injured firefighters were taken to hospital.",
      figure: "Two",
      expect: { measure: ["firefight", "taken"] },
    },
    {
      name: "the whole's own figure in a partitive is read on its own, of its noun ('of the roughly 4,700 containers')",
      text: "Fifty-six of the roughly 4,700 containers on board held hazardous materials.",
      figure: "4,700",
      expect: { measure: ["contain"] },
    },
    {
      name: "a noun a figure is 'of' measures it at the start of a sentence too ('The crowd of 31,412')",
      text: "The crowd of 31,412 was the biggest at Marsh Lane for 11 years.",
      figure: "31,412",
      expect: { measure: ["crowd"] },
    },
    {
      name: "an organisation resolved through the registry scopes the figure (the Met)",
      text: "So far, the Met has charged 99 people and seized £13.4m in cash.",
      figure: "99",
      expect: { measure: ["charg", "peopl"], orgs: ["Metropolitan Police"] },
    },
    {
      name: "a body that only reports others' figures is not whose they are (The Environment Agency said the firm's ...)",
      text: "The Environment Agency said the firm's storm overflows spilled sewage for more than 61,000 hours in 2023.",
      figure: "61,000",
      expect: { measure: ["hour", "spill"], orgs: [] },
    },
    {
      name: "nor is a body whose data show others' figures (Environment Agency data show the company's ...)",
      text: "Environment Agency data show the company's overflows spilled sewage 9,400 times in 2023.",
      figure: "9,400",
      expect: { orgs: [] },
    },
    {
      name: "but a body that says what it did owns its figure (Thames Valley Police said it had seized ...)",
      text: "Thames Valley Police said it had seized 40 kilos of cocaine.",
      figure: "40",
      expect: { orgs: ["Thames Valley Police"] },
    },
    {
      name: "as does a force that says who was arrested (Lenton Police said three men had been arrested)",
      text: "Lenton Police said three men had been arrested after the raid.",
      figure: "three",
      expect: { orgs: ["Lenton Police"] },
    },
    {
      name: "a subject changed to its figure measures it, past what it is of (Net migration to the UK fell to)",
      text: "Net migration to the UK fell to 431,000 in the year to June 2025.",
      figure: "431,000",
      expect: { measure: ["migrat"], ownUnit: true },
    },
    {
      name: "a subject changed to its figure measures it, past a body of four words it is of (Subsidence claims to the Former Mines Board reached)",
      text: "Subsidence claims to the Former Mines Board reached 1,240 in 2024.",
      figure: "1,240",
      expect: { measure: ["claim"], ownUnit: true },
    },
    {
      name: "a subject at a record, from a figure, or that was it (peaked at a record, fell from, was)",
      text: "Emigration peaked at a record 520,000.",
      figure: "520,000",
      expect: { measure: ["emigr"], ownUnit: true },
    },
    {
      name: "a subject noun phrase of several words measures by its head (Health and care worker visas fell from)",
      text: "Health and care worker visas fell from 89,000 a year earlier.",
      figure: "89,000",
      expect: { measure: ["visa"], ownUnit: true },
    },
    {
      name: "a subject's head stands before what it is of and where (Unemployment among young people in Wales rose to)",
      text: "Unemployment among young people in Wales rose to 120,000 last year.",
      figure: "120,000",
      expect: { measure: ["unemploy"], ownUnit: true },
    },
    {
      name: "a copula states its subject's figure (Turnout was)",
      text: "Net migration was 649,000 in the year to December 2024.",
      figure: "649,000",
      expect: { measure: ["migrat"], ownUnit: true },
    },
    {
      name: "a pronoun subject measures nothing (It fell to)",
      text: "It fell to 431,000 in the year to June.",
      figure: "431,000",
      expect: { measure: [], ownUnit: false },
    },
    {
      name: "a named subject of several words measures nothing (Metropolitan Police rose to)",
      text: "Metropolitan Police rose to 4,000 last year.",
      figure: "4,000",
      expect: { measure: [], ownUnit: false },
    },
    {
      name: "a subject that is a name, capitalised as any first word is, measures nothing (Harlow fell to)",
      text: "Harlow fell to 4,000 last year.",
      figure: "4,000",
      expect: { measure: [], ownUnit: false },
    },
    {
      name: "a noun a reporting verb gives of its figure (showed net migration of)",
      text: "Official figures showed net migration of 431,000 in the 12 months to June.",
      figure: "431,000",
      expect: { measure: ["migrat"], ownUnit: true },
    },
    {
      name: "an expectation after a figure is its own measure (the 460,000 economists had expected)",
      text: "Net migration fell to 431,000, below the 460,000 economists had expected.",
      figure: "460,000",
      expect: { measure: ["expect"], ownUnit: true },
    },
    {
      name: "an expectation before a figure is its own measure (had expected net migration of)",
      text: "Economists had expected net migration of 460,000.",
      figure: "460,000",
      expect: { measure: ["expect"], ownUnit: true },
    },
    {
      name: "a figure that is its own verb's subject counts the last count's noun, doing that verb (while 467,000 left)",
      text: "An estimated 898,000 people moved to the UK over the 12 months, while 467,000 left.",
      figure: "467,000",
      expect: { measure: ["peopl", "left"], ownUnit: false },
    },
    {
      name: "where a change started, dated, borrows the level's measure past the span of time beside it",
      text: "Figures showed net migration of 431,000 in the 12 months to June, down from 649,000 in the year to December 2024.",
      figure: "649,000",
      expect: { measure: ["migrat"], ownUnit: false },
    },
    {
      name: "a name ending as a participle does is no verb of the clause (Darren ... was jailed)",
      text: "Darren O'Connell was jailed for 16 years.",
      figure: "16",
      expect: { measure: ["year", "jail"] },
    },
  ];
  const registry = new NameRegistry();
  registry.add([{ type: "organisation", name: "Metropolitan Police" }, { type: "organisation", name: "Harlow" }]);
  for (const c of cases) {
    it(c.name, () => {
      const a = analyse(c.text, [], registry);
      const f = fact(a, c.text, c.figure);
      const e = c.expect;
      if (e.kind) assert.equal(f.kind, e.kind);
      if (e.measure) assert.deepEqual(sorted(f.measure), sorted(e.measure));
      for (const m of e.measureHas ?? []) assert.ok(f.measure.includes(m), `measure ${JSON.stringify(f.measure)} has ${m}`);
      if (e.ownUnit !== undefined) assert.equal(f.ownUnit, e.ownUnit);
      if (e.places) assert.deepEqual(sorted(f.places), sorted(e.places));
      if (e.clausePlaces) assert.deepEqual(sorted(f.clausePlaces), sorted(e.clausePlaces));
      if (e.orgs) assert.deepEqual(f.orgs, e.orgs);
      if (e.value !== undefined) assert.equal(f.quantity?.value, e.value);
      if (e.currency) assert.equal(f.quantity?.currency, e.currency);
      for (const w of e.localHas ?? []) assert.ok(f.local.includes(w), `local ${JSON.stringify(f.local)} has ${w}`);
      for (const w of e.localLacks ?? []) assert.ok(!f.local.includes(w), `local ${JSON.stringify(f.local)} lacks ${w}`);
    });
  }

  it("a figure is dated by years before its report's time ('this year', 'last year', 'two years ago'), and a change's start counts the first count, not one of where", () => {
    const ranked = "The index ranked 1,900 universities in 115 countries this year, up from 1,799 last year.";
    const a = analyse(ranked);
    assert.equal(fact(a, ranked, "1,900").yearsAgo, 0);
    assert.equal(fact(a, ranked, "1,799").yearsAgo, 1);
    assert.ok(fact(a, ranked, "1,799").measure.includes("univers"), JSON.stringify(fact(a, ranked, "1,799").measure));
    // The level a change reached, where its start is dated years before, is of the report's time.
    const down = "The UK has 48 universities in the top 500, down from 54 two years ago.";
    const b = analyse(down);
    assert.equal(fact(b, down, "48").yearsAgo, 0);
    assert.equal(fact(b, down, "54").yearsAgo, 2);
    // A sentence that dates its figures by one time dates them all.
    const fell = "Twenty-eight UK universities fell in this year's index, against 11 that rose.";
    assert.equal(fact(analyse(fell), fell, "11").yearsAgo, 0);
    // Any number of years, in words or digits; a vague span dates nothing, and the next phrase may.
    assert.equal(yearsAgoIn("down from 71 twelve years earlier"), 12);
    assert.equal(yearsAgoIn("as it was many years ago"), undefined);
    assert.equal(yearsAgoIn("as many years ago, and 30 last year"), 1);
    const none = "The UK has 48 universities in the top 500.";
    assert.equal(fact(analyse(none), none, "48").yearsAgo, undefined);
  });

  it("a sum saved on something is what came off it; a sum saved alone may be a level", () => {
    const fine = "Agreeing terms early saved the bank £420,000 on its penalty, and will save members £15 a year on fees.";
    assert.equal(fact(analyse(fine), fine, "£420,000").difference, true);
    assert.equal(fact(analyse(fine), fine, "£15").difference, true);
    const kept = "The couple had saved £18,000 for a deposit.";
    assert.equal(fact(analyse(kept), kept, "£18,000").difference, undefined);
  });

  it("a count something was left with is what remains of it, not the whole", () => {
    const left = "After closing six shops, the trust was left with 13 charity shops.";
    assert.ok(fact(analyse(left), left, "13").measure.includes("remaining"));
    const leaving = "It closed six of its 19 shops, leaving it with 13.";
    assert.ok(fact(analyse(leaving), leaving, "13").measure.includes("remaining"));
    assert.ok(!fact(analyse(leaving), leaving, "19").measure.includes("remaining"));
  });

  it("a figure a target was overshot, missed or surpassed by is a difference; the target is not", () => {
    const over = "Wessmoor overshot its leakage target by 36 million litres a day, and missed its recycling goal by 12%.";
    assert.equal(fact(analyse(over), over, "36 million").difference, true);
    assert.equal(fact(analyse(over), over, "12%").difference, true);
    const target = "Its leakage target was 151 million litres a day.";
    assert.equal(fact(analyse(target), target, "151 million").difference, undefined);
  });

  it("a count of the hurt or killed is marked as such; an adjective or an age is not", () => {
    const hurt = "Nine lifeguards were badly injured, and three members of the rescue crew have died.";
    assert.equal(fact(analyse(hurt), hurt, "Nine").hurt, true);
    assert.equal(fact(analyse(hurt), hurt, "three").hurt, true);
    const participle = "The storm swept the coast, injuring more than 140 people.";
    assert.equal(fact(analyse(participle), participle, "140").hurt, true);
    const there = "Some sixty lifeguards searched the beach.";
    assert.equal(fact(analyse(there), there, "sixty").hurt, undefined);
    const paw = "The dog needed nine stitches in his injured paw.";
    assert.equal(fact(analyse(paw), paw, "nine").hurt, undefined);
    const age = "The skipper, 61, was injured.";
    assert.equal(fact(analyse(age), age, "61").hurt, undefined);
    // The lost: "Three fishermen missing", "two men are still missing"; not those searching for them.
    const missing = "Three fishermen missing after trawler sinks, and two men are still missing.";
    assert.equal(fact(analyse(missing), missing, "Three").hurt, true);
    assert.equal(fact(analyse(missing), missing, "two").hurt, true);
    const search = "About 40 lifeguards searched the bay for the missing swimmers.";
    assert.equal(fact(analyse(search), search, "40").hurt, undefined);
    // The saved are a group of their own.
    const saved = "Four members of the crew survived, and eleven people were pulled alive from the snow.";
    assert.equal(fact(analyse(saved), saved, "Four").saved, true);
    assert.equal(fact(analyse(saved), saved, "eleven").saved, true);
    assert.equal(fact(analyse(saved), saved, "Four").hurt, undefined);
    const crew = "The lifeboat launched with a volunteer crew of seven.";
    assert.equal(fact(analyse(crew), crew, "seven").saved, undefined);
  });

  it("a count its sentence places days or weeks after the event is marked as later; a sum, or a count without such a time, is not", () => {
    const later = [
      "Within a week of the crash, police had been sent more than 300 dashcam clips.",
      "Within about a week of the vote, the petition had passed 12,000 signatures.",
      "Three weeks later, 41 families were still in temporary homes.",
      "A fortnight after the flood, 212 homes were without power.",
    ];
    for (const text of later) assert.equal(analyse(text).facts.find((f) => f.kind === "quantity")?.later, true, text);
    const now = ["Police had been sent more than 300 dashcam clips.", "The petition passed 12,000 signatures in a week.", "Within a week of the crash, the fund had raised £84,000."];
    for (const text of now) assert.equal(analyse(text).facts.find((f) => f.kind === "quantity")?.later, undefined, text);
  });

  it("a count of two states joined by 'or' is a sum of both", () => {
    const union = "In all, 40 calves either died or were left lame after the outbreak.";
    assert.equal(fact(analyse(union), union, "40").total, true);
    assert.equal(fact(analyse(union), union, "40").shared, true);
    const one = "In the outbreak, 40 calves died or were culled on Monday.";
    assert.equal(fact(analyse(one), one, "40").shared, true);
    const plain = "Forty calves died in the outbreak.";
    assert.equal(fact(analyse(plain), plain, "Forty").shared, undefined);
  });

  it("one thing's count ('each') is no count of them all; one thing's price is a price", () => {
    const each = "The bank will run three vans, each visiting five towns a week, and two hubs with six staff each.";
    assert.equal(fact(analyse(each), each, "five").average, true);
    assert.equal(fact(analyse(each), each, "six").average, true);
    assert.equal(fact(analyse(each), each, "three").average, undefined);
    const price = "The handsets cost £3,500 each.";
    assert.equal(fact(analyse(price), price, "£3,500").average, undefined);
  });

  it("a span right after a count is that count's window, measured by its noun too", () => {
    const window = "The team climbed nine peaks in twelve days.";
    assert.deepEqual(fact(analyse(window), window, "twelve").measure.includes("peak"), true);
    const apart = "The team climbed nine peaks, and the trip took twelve days.";
    assert.deepEqual(fact(analyse(apart), apart, "twelve").measure.includes("peak"), false);
  });

  it("a target raised to a figure is a figure aimed at, however the target is named", () => {
    const raised = "Analysts at Fernhill raised their price target on the shares to $640.";
    assert.equal(fact(analyse(raised), raised, "$640").goal, true);
    const lifted = "The club lifted its appeal target to £3.4m.";
    assert.equal(fact(analyse(lifted), lifted, "£3.4m").goal, true);
  });

  it("a figure a forecast foresees is no figure reached", () => {
    const forecast = "The agency forecasts that the new line will cut journey times through the valley by 35 percent.";
    assert.equal(fact(analyse(forecast), forecast, "35 percent").goal, true);
    const predicted = "Analysts predicted that the scheme would save £4.2m, and it saved £3.9m last year.";
    assert.equal(fact(analyse(predicted), predicted, "£4.2m").goal, true);
    assert.equal(fact(analyse(predicted), predicted, "£3.9m").goal, undefined);
    // A cost "expected" is the estimate a claim of the cost gives.
    const expected = "The crossing is expected to cost £3.1bn.";
    assert.equal(fact(analyse(expected), expected, "£3.1bn").goal, undefined);
    const happened = "Journey times through the valley fell by 35 percent after the line opened.";
    assert.equal(fact(analyse(happened), happened, "35 percent").goal, undefined);
  });

  it("a change to come, and the size of a change a verb makes, are differences; a modal's verb is the event its date dates", () => {
    const lift = "Westway's offer would lift the hourly rate by 64p to £14.84.";
    const a = analyse(lift);
    assert.equal(fact(a, lift, "64p").difference, true);
    assert.equal(fact(a, lift, "£14.84").difference, undefined);
    const rise = "Household energy bills will rise by 2.4% from 1 January.";
    const b = analyse(rise);
    assert.equal(fact(b, rise, "2.4%").difference, true);
    assert.deepEqual(fact(b, rise, "1 January").measure, ["rise"]);
    const bare = "Energy prices will rise 2.4% from January.";
    assert.equal(fact(analyse(bare), bare, "2.4%").difference, true);
    const going = "Freshwater populations showed the steepest decline, falling by 85% on average.";
    assert.equal(fact(analyse(going), going, "85%").difference, true);
    // So is a change named as a noun of what changed: "the 3.8% rise in wages"; not a change
    // named alone ("The 4.6% increase is above ...": its size may be the level it reached).
    const noun = "The 4.6% increase is above the 3.8% rise in wages over the past year.";
    assert.equal(fact(analyse(noun), noun, "3.8%").difference, true);
    assert.equal(fact(analyse(noun), noun, "4.6%").difference, undefined);
    // What one gains is a change: "will gain 85p an hour" is no level of £8.
    const gain = "A worker will gain 85p an hour, and the rate will reach £8.";
    assert.equal(fact(analyse(gain), gain, "85p").difference, true);
    assert.equal(fact(analyse(gain), gain, "£8").difference, undefined);
    // But a sum's or a count's change named alone is its size: "the 50p increase", "a £500 rise".
    const sum = "The 50p increase takes it to £12.71, and a £500 rise is due.";
    assert.equal(fact(analyse(sum), sum, "50p").difference, true);
    assert.equal(fact(analyse(sum), sum, "£500").difference, true);
    assert.equal(fact(analyse(sum), sum, "£12.71").difference, undefined);
    // A modal before a figure is no event: "will 2,000" is no verb.
    const past = "Bills rose by 2% in October.";
    assert.deepEqual(fact(analyse(past), past, "October").measure, ["rose"]);
  });

  it("an age after a possessive's description set apart ('Claire Ashdown, Pennant's chief executive, is 53.') is the name's", () => {
    const text = "Claire Ashdown, Pennant's chief executive, is 53.";
    assert.deepEqual(fact(analyse(text), text, "53").measure, ["age:ashdown"]);
  });

  it("a name's age in words after a copula ('Ferrandi is 33 years old.') is that name's age", () => {
    const text = "Luca Ferrandi is 33 years old.";
    assert.deepEqual(fact(analyse(text), text, "33").measure, ["age:ferrandi", "age:luca"]);
  });

  it("a figure restating the one before (', or £884 over a year') is said in its clause", () => {
    const text = "A worker on the new £10.85 rate will gain 85p an hour, or £884 over a year.";
    const a = analyse(text);
    assert.ok(fact(a, text, "£884").local.includes("gain"), JSON.stringify(fact(a, text, "£884").local));
  });

  it("a figure of a whole its sentence names is a part: \"390,000 of the recalled cars\", not \"a population of 20,000\"", () => {
    const part = "Some 390,000 of the recalled cars and 10,000 of EncroChat's users, in a population of 20,000 and 1.2 million cars.";
    const a = analyse(part);
    assert.equal(fact(a, part, "390,000").part, true);
    assert.equal(fact(a, part, "10,000").part, true);
    assert.equal(fact(a, part, "20,000").part, undefined);
    assert.equal(fact(a, part, "1.2 million").part, undefined);
    // A share is no count of its whole.
    const share = "About 60% of the health centres and £2m of the budget.";
    assert.equal(fact(analyse(share), share, "60%").part, undefined);
    // A sum "of the budget" is a part of that sum (see `SUM_PART_AFTER`), not a count's part.
    assert.equal(fact(analyse(share), share, "£2m").part, true);
    // "All 64 of the country's public hospitals" is every one of them: the whole, counted by its noun.
    const all = "All 64 of the country's public hospitals switched, and 12 of Britain's banks.";
    assert.equal(fact(analyse(all), all, "64").part, undefined);
    assert.deepEqual(fact(analyse(all), all, "64").measure, ["hospit"]);
    assert.equal(fact(analyse(all), all, "12").part, true);
    // So is the figure after an opening "Of the ...": "Of the eight workers on the deck, two were pulled alive".
    const opening = "Of the eight workers on the deck, two were pulled alive.";
    assert.equal(fact(analyse(opening), opening, "two").part, true);
    assert.equal(fact(analyse(opening), opening, "eight").part, undefined);
    // So is a count of others besides someone: "with two other scientists", "and three others".
    const others = "Marsh shared it with two other scientists, and three others were named, of 300 nominees.";
    assert.equal(fact(analyse(others), others, "two").part, true);
    assert.equal(fact(analyse(others), others, "three").part, true);
    assert.equal(fact(analyse(others), others, "300").part, undefined);
  });

  it("a person's name that is a bare number ending the clause is their age; a common word's is not", () => {
    const kovacs = "Marta Kovacs is 29.";
    assert.deepEqual(fact(analyse(kovacs), kovacs, "29").measure, ["age:kovac", "age:marta"]);
    const who = "Marta Kovacs, who is 29, lost.";
    assert.deepEqual(fact(analyse(who), who, "29").measure, ["age:kovac", "age:marta"]);
    const turnout = "Turnout was 64.";
    assert.ok(!fact(analyse(turnout), turnout, "64").measure.some((m) => m.startsWith("age:")));
    // An age at a time the clause goes on to give.
    const when = "Captain Josiah Marrable was 57 when he went down with his ship.";
    assert.deepEqual(fact(analyse(when), when, "57").measure, ["age:marrabl", "age:josiah"]);
    const score = "Turnout was 57 when the polls closed.";
    assert.ok(!fact(analyse(score), score, "57").measure.some((m) => m.startsWith("age:")));
  });

  it("a change worth a figure is that size of change; a thing worth it is a level", () => {
    const drop = "Homeowners will see a drop in their repayments, worth about £29 a month.";
    assert.equal(fact(analyse(drop), drop, "£29").difference, true);
    const house = "The house is worth £300,000.";
    assert.equal(fact(analyse(house), house, "£300,000").difference, undefined);
  });

  it("an event's noun after 'after' or 'before' is what its date dates, not the verb before it", () => {
    const later = "Vantora was fined £85,000 in 2023 after an earlier fire at the site in August 2022.";
    assert.deepEqual(fact(analyse(later), later, "August 2022").measure, ["fire"]);
    assert.deepEqual(fact(analyse(later), later, "2023").measure, ["fine"]);
    const opening = "After a fire there in August 2022, Vantora was fined £85,000 in 2023.";
    assert.deepEqual(fact(analyse(opening), opening, "August 2022").measure, ["fire"]);
  });

  it("a plural noun a date follows is what happens on it, whatever verb words it", () => {
    const report = "Velmora will report its first-quarter results on 29 May.";
    assert.deepEqual(fact(analyse(report), report, "29 May").measure, ["report", "result"]);
    const book = "It will book the cost in its results on 29 April.";
    assert.ok(fact(analyse(book), book, "29 April").measure.includes("result"));
    // A verb before the date is the event as before.
    const moved = "The firm moved on 3 March.";
    assert.deepEqual(fact(analyse(moved), moved, "3 March").measure, ["move"]);
  });

  it("what is due on a date is its event, with its subject: any report or payment may be due", () => {
    const due = "The committee's next decision is due on 18 September.";
    assert.deepEqual(fact(analyse(due), due, "18 September").measure, ["decis due"]);
    const report = "The inquiry's report was due in March.";
    assert.deepEqual(fact(analyse(report), report, "March").measure, ["report due"]);
    // "due to open": the opening is the event, not its being due.
    const open = "The library is due to open in September 2025.";
    assert.ok(!fact(analyse(open), open, "September 2025").measure.some((m) => m.endsWith("due")));
  });

  it("60,000 users worldwide and about 10,000 in the UK: two facts, the second inherits the unit, World vs United Kingdom", () => {
    const text = "The bespoke platform was found to have 60,000 users worldwide and about 10,000 in the UK.";
    const a = analyse(text);
    assert.deepEqual(a.facts.map((f) => text.slice(f.span.start, f.span.end)), ["60,000", "10,000"]);
    const [world, uk] = a.facts as [FactMention, FactMention];
    assert.deepEqual(world.measure, ["user"]);
    assert.equal(world.ownUnit, true);
    assert.deepEqual(world.places, ["World"]);
    assert.deepEqual(uk.measure, ["user"], "borrowed from the coordinated figure");
    assert.equal(uk.ownUnit, false);
    assert.deepEqual(uk.places, ["United Kingdom"]);
    assert.deepEqual(uk.clausePlaces, ["United Kingdom"]);
    assert.equal(uk.quantity?.value, 10_000);
  });

  it("a difference is marked apart from a level: 'won by', 'rose by', '2,876 more than', not 'arrested by' or 'rose to'", () => {
    const differences = (text: string) => analyse(text).facts.filter((f) => f.kind === "quantity").map((f) => `${text.slice(f.span.start, f.span.end)}${f.difference ? " difference" : ""}`);
    assert.deepEqual(differences("Okafor won by 2,876 votes."), ["2,876 difference"]);
    assert.deepEqual(differences("Okafor took 14,213 votes, 2,876 more than Mark Rudd, who won 11,337."), ["14,213", "2,876 difference", "11,337"]);
    assert.deepEqual(differences("Profit fell by 38% and shares fell 12%, while sales rose to £3bn."), ["38% difference", "12% difference", "£3bn"]);
    assert.deepEqual(differences("Harlow cut its workforce by 4,200 after 300 people were arrested by 200 officers."), ["4,200 difference", "300", "200"]);
    assert.deepEqual(differences("The budget was £3m less than expected."), ["£3m difference"]);
    assert.deepEqual(differences("They were 51 per cent less likely to fall ill, a 25% lower risk."), ["51 per cent difference", "25% difference"]);
    assert.deepEqual(differences("Walking cut the risk of dementia by 61%, though 20% of adults walk."), ["61% difference", "20%"]);
  });

  it("a date after 'since' or 'from' is where a state began; one after 'in' is not", () => {
    const dateOf = (text: string) => analyse(text).facts.find((f) => f.kind === "date")!;
    assert.equal(dateOf("He had held the seat since 2005.").from, true);
    assert.equal(dateOf("He has chaired the board from March 2019.").from, true);
    assert.equal(dateOf("He won the seat in 2005.").from, undefined);
  });

  it("a participle before counted people is what happened to them, and a coordinated figure takes its own", () => {
    const text = "The earthquake in southern Peru was the worst in decades, killing at least 312 people and injuring more than 1,900.";
    const [killed, injured] = analyse(text).facts as [FactMention, FactMention];
    assert.deepEqual(sorted(killed.measure), ["die", "peopl"], "'killed' stems as 'died' (one event)");
    assert.deepEqual(sorted(injured.measure), ["injur", "peopl"], "the noun borrowed, the verb its own");
    assert.equal(injured.ownUnit, false);
    // Not the participle of another clause, nor one before a sum.
    const far = analyse("Rescuers kept digging, and 40 people were found alive.").facts[0]!;
    assert.deepEqual(sorted(far.measure), ["found", "peopl"]);
    const money = analyse("The bank is lending £40m to the council.").facts[0]!;
    assert.ok(!money.measure.includes("lend"), JSON.stringify(money.measure));
  });

  it("a majority or a lead is a margin ('a majority of 112 seats', 'a lead of 12 points'), not the level beside it", () => {
    const [majority, seats] = analyse("Labour would win a majority of 112 seats, with 381 seats in all.").facts as [FactMention, FactMention];
    assert.equal(majority.difference, true);
    assert.equal(seats.difference, undefined);
    const [, lead] = analyse("Opinium puts Labour on 39%, a lead of 12 points.").facts as [FactMention, FactMention];
    assert.equal(lead.difference, true);
  });

  it("a sentence that opens on an earlier period gives levels a change started from ('A year earlier, ...'), and no other does", () => {
    const [earlier] = analyse("A year earlier, net income was $6.9 billion.").facts as [FactMention];
    assert.equal(earlier.from, true);
    const [now] = analyse("Net income was $8.2 billion, up from a year earlier.").facts as [FactMention];
    assert.equal(now.from, undefined);
    const [last] = analyse("Last year, net income was $8.2 billion.").facts as [FactMention];
    assert.equal(last.from, undefined, "a report's own last year is its period, not a start");
  });

  it("a money figure does not borrow a counted unit from a previous figure", () => {
    const text = "Police arrested 746 people and seized £54m.";
    const a = analyse(text);
    const money = fact(a, text, "£54m");
    assert.ok(!money.measure.includes("peopl"));
    assert.ok(money.measure.includes("currency:GBP"));
  });

  it("a partitive's noun is read past a line break, never past a blank line (textAfter)", () => {
    const measureOf = (text: string) => analyzeSentence(text, { start: 0, end: text.indexOf("171") + 3 }).facts[0]!.measure;
    assert.deepEqual(measureOf("The Met made 171\nof the arrests."), ["arrest"]);
    assert.deepEqual(measureOf("The Met made 171\n\nof the arrests."), []);
    assert.equal(textAfter("171 of the\n \nnext", 3, 60), " of the");
    assert.equal(textAfter("171 of the arrests", 3, 6), " of th");
  });

  it("years are not quantities; excluded spans (quotes) give no facts", () => {
    const text = 'Priti Patel said "77 firearms were seized" in 2020.';
    const quote = { start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 };
    const a = analyse(text, [quote]);
    assert.ok(!a.facts.some((f) => f.kind === "quantity"), "no quantity outside the quote, and the year is not one");
    assert.equal(analyse(text).facts.filter((f) => f.kind === "quantity").length, 1, "without the exclusion, 77 firearms is a fact");
  });

  it("terms: content stems and place keys, so Britain meets UK; place words and figures left out", () => {
    const a = analyse("About 10,000 EncroChat users were based in Britain.");
    const b = analyse("About 10,000 EncroChat users were based in the UK.");
    assert.ok(a.terms.includes(placeKey("United Kingdom")));
    assert.deepEqual(sorted(a.terms), sorted(b.terms));
    assert.ok(!a.terms.includes("britain") && !a.terms.includes("10,000"));
    assert.ok(a.terms.includes("encrochat") && a.terms.includes("user"));
  });

  it("spans of facts lie inside the analysed sentence when it is part of a longer text", () => {
    const text = "First sentence here. Officers recovered 77 firearms on 13 June 2020. Last one.";
    const span = { start: text.indexOf("Officers"), end: text.indexOf(" Last") };
    const a = analyzeSentence(text, span);
    assert.deepEqual(a.facts.map((f) => text.slice(f.span.start, f.span.end)), ["77", "13 June 2020"]);
    for (const f of a.facts) assert.ok(f.span.start >= span.start && f.span.end <= span.end);
  });
});

describe("engine: analyzeSentence with the figures of an earlier analysis", () => {
  it("gives what a fresh analysis gives, under other names, for every sentence of the seeds", () => {
    const docs = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(SEEDS_DIR, f), "utf8"));
    // Every capitalised word a person, then an organisation: names that change the facts' scope.
    const asPerson = (w: string) => ({ type: "person" as const, name: `Jane ${w}` });
    const asBody = (w: string) => ({ type: "organisation" as const, name: `${w} Police` });
    let withFigures = 0;
    for (const text of docs) {
      for (const span of splitSentences(text)) {
        const first = analyzeSentence(text, span, []);
        const shifted = toRecord(first).facts;
        if (first.facts.length) withFigures++;
        for (const known of [asPerson, asBody, undefined]) {
          const again = analyzeSentence(text, span, [], known, { figures: figuresOf(shifted, span.start) });
          assert.deepEqual(again, analyzeSentence(text, span, [], known), text.slice(span.start, span.end));
        }
      }
    }
    assert.ok(withFigures >= 30, `sentences with figures or dates: ${withFigures}`);
  });

  it("leaves out figures inside excluded spans, as a fresh analysis does", () => {
    const text = 'She said "2,000 officers were sent on 1 May 2019" and 746 arrests followed on 13 June 2020.';
    const span = { start: 0, end: text.length };
    const exclude = [{ start: text.indexOf('"'), end: text.indexOf('"', text.indexOf('"') + 1) + 1 }];
    const figures = figuresOf(toRecord(analyzeSentence(text, span)).facts, 0);
    assert.equal(figures.quantities.length, 2);
    assert.equal(figures.dates.length, 2);
    assert.deepEqual(analyzeSentence(text, span, exclude, undefined, { figures }), analyzeSentence(text, span, exclude));
  });
});

describe("engine: analyzeSentence change starts, remainders and sums", () => {
  it("reads 'from seven witnesses' as where they came from, not where a change started", () => {
    const text = "The panel heard evidence from seven witnesses during a four-day hearing.";
    assert.equal(fact(analyse(text), text, "seven").from, undefined);
  });
  it("while 'fell from 40 staff to 32' and 'to £3.1m, from the £1.8m announced' start changes", () => {
    const a = "The team fell from 40 staff to 32 over the year.";
    assert.equal(fact(analyse(a), a, "40").from, true);
    const b = "The Ministry of Agriculture has increased its compensation provision for Wenshire to £3.1m, from the £1.8m announced in the first week.";
    assert.equal(fact(analyse(b), b, "£1.8m").from, true);
  });
  it("reads a first estimate as a level later revised", () => {
    const text = "The council's first estimate of the emergency cost was £3.2m.";
    assert.equal(fact(analyse(text), text, "£3.2m").from, true);
  });
  it("reads 'the remaining 5 per cent' as what is left of a whole", () => {
    const text = "Orrell keeps 10%, with the remaining 5 per cent staying with the trust.";
    const a = analyse(text);
    assert.ok(fact(a, text, "5 per cent").measure.includes("remaining"));
    assert.ok(!fact(a, text, "10%").measure.includes("remaining"));
  });
  it("reads a sum's words since the figure before ('Between them, Orrell and the supporters' trust retain 15 per cent')", () => {
    const text = "Between them, Orrell and the supporters' trust retain 15 per cent of the club.";
    assert.equal(fact(analyse(text), text, "15 per cent").total, true);
  });
});

describe("engine: analyzeSentence ages said with a copula", () => {
  it("reads 'Kezia Whitlow was 27 years old when ...' as Whitlow's age", () => {
    const text = "Kezia Whitlow was 27 years old when the tribunal banned her.";
    assert.ok(fact(analyse(text), text, "27").measure.includes("age:whitlow"));
  });
});

describe("engine: analyzeSentence sums within sums", () => {
  it("reads 'including an emergency £2.1m' as a part of the sum before", () => {
    const text = "The Fund put in almost £10m, including an emergency £2.1m when the project stalled.";
    const a = analyse(text);
    assert.equal(fact(a, text, "£2.1m").part, true);
    assert.equal(fact(a, text, "£10m").part, undefined);
  });
  it("but not 'including a 62-year-old man', one of those counted", () => {
    const text = "At least four people were killed, including a 62-year-old man struck by a falling tree.";
    assert.equal(fact(analyse(text), text, "62").part, undefined);
  });
});

describe("engine: analyzeSentence windows and comparisons", () => {
  it("reads a count's window ('in its first seven days': 7; 'a first-year target': 365), not a share's", () => {
    const a = "In its first seven days the museum counted 27,640 visitors.";
    assert.equal(fact(analyse(a), a, "27,640").window, 7);
    const b = "The council set the museum a first-year target of 250,000 visitors.";
    assert.equal(fact(analyse(b), b, "250,000").window, 365);
    const c = "Egg prices jumped 19% in the first week of the outbreak.";
    assert.equal(fact(analyse(c), c, "19%").window, undefined);
  });
  it("reads a date 'by' a named day ('by Good Friday, 29 March') as a deadline, not one 'on' it", () => {
    const a = "The aim was to reopen the beach by Good Friday, 29 March.";
    assert.equal(fact(analyse(a), a, "29 March").deadline, true);
    const b = "The beach reopened on Good Friday, 29 March.";
    assert.equal(fact(analyse(b), b, "29 March").deadline, undefined);
  });
  it("reads the span a change in per cent is said over ('rise by 31 per cent over the five years'), not a rise of one day", () => {
    const a = "Bills are set to rise by 31 per cent over the five years to 2030.";
    assert.equal(fact(analyse(a), a, "31 per cent").window, 1825);
    const b = "Average bills rise by 9.5 per cent on April 1.";
    assert.equal(fact(analyse(b), b, "9.5 per cent").window, undefined);
    const c = "About 31 per cent of pipes will be replaced over the next five years.";
    assert.equal(fact(analyse(c), c, "31 per cent").window, undefined);
  });
  it("reads a window of hours ('in its first 24 hours' is one day), and a sum's window only where the sum is gathered", () => {
    const a = "The appeal had raised more than £85,000 in its first 24 hours.";
    assert.equal(fact(analyse(a), a, "£85,000").window, 1);
    const b = "The app signed up 4,000 users in its first six hours.";
    assert.equal(fact(analyse(b), b, "4,000").window, 0.25);
    const c = "Members paid £40 in the first year of the scheme.";
    assert.equal(fact(analyse(c), c, "£40").window, undefined);
  });
  it("reads a count of those that did not, or have yet to, in the count's own clause, not its whole's", () => {
    const a = "About 1,100 candidates did not sit the replacement paper.";
    assert.equal(fact(analyse(a), a, "1,100").without, true);
    const b = "Three of the 14 trees flagged near the fences have yet to be felled.";
    assert.equal(fact(analyse(b), b, "Three").without, true);
    assert.equal(fact(analyse(b), b, "14").without, undefined);
    const c = "She hit 31 winners to Kovacs's 14 and did not face a break point.";
    assert.equal(fact(analyse(c), c, "31").without, undefined);
    const d = "In all, 40,112 candidates sat the replacement paper.";
    assert.equal(fact(analyse(d), d, "40,112").without, undefined);
  });
  it("reads a date a record is measured against ('the highest rate since 1981', 'after the 2003 ... fire') as a reference, and its place as no scope", () => {
    const a = "Inflation rose to 11.1%, the highest rate since 1981.";
    assert.equal(fact(analyse(a), a, "1981").reference, true);
    const b = "The fire burnt 2,310 hectares, the second-largest on record after the 2003 Cold Fell fire.";
    assert.equal(fact(analyse(b), b, "2003").reference, true);
    const c = "The fire burnt 300 hectares of Scarrow Moor in 2018.";
    assert.equal(fact(analyse(c), c, "2018").reference, undefined);
    const d = "Some 4,000 homes flooded, the most since the 2007 Sheffield floods.";
    assert.deepEqual(fact(analyse(d), d, "4,000").places, []);
    const e = "Some 4,000 homes flooded, the most in Sheffield since 2007.";
    assert.deepEqual(fact(analyse(e), e, "4,000").places, ["Sheffield"]);
  });
  it("reads the figure a change took a thing to, and which way ('expanded the recall to 52', 'cut its fleet to 40', 'to $520 from $480')", () => {
    const a = "The agency expanded the recall to 52 batches on Monday.";
    assert.equal(fact(analyse(a), a, "52").reached, "up");
    const b = "The operator cut its fleet to 40 buses.";
    assert.equal(fact(analyse(b), b, "40").reached, "down");
    const c = "Adult season tickets will go to £520 from £480.";
    assert.equal(fact(analyse(c), c, "£520").reached, "up");
    const d = "The agency is recalling 38 batches.";
    assert.equal(fact(analyse(d), d, "38").reached, undefined);
  });
  it("reads a sum followed by the sum it is of as a part ('£38m of the spaceport's construction bill')", () => {
    const a = "Public money accounted for roughly £38m of the spaceport's construction bill.";
    assert.equal(fact(analyse(a), a, "£38m").part, true);
    const b = "The council spent £38m of its own money.";
    assert.equal(fact(analyse(b), b, "£38m").part, undefined);
  });
  it("reads a sum 'of the ... fee' as a part; a sum on a condition, a count past a threshold and a count 'every' so many as no level of all", () => {
    const a = "Harwick must wait until 2027 for £28m of the guaranteed fee.";
    assert.equal(fact(analyse(a), a, "£28m").part, true);
    const b = "The add-ons comprise £5m once Vukelić reaches 100 league appearances and £4m if Kingsmere qualify for Europe.";
    assert.equal(fact(analyse(b), b, "100").goal, true);
    assert.equal(fact(analyse(b), b, "£4m").goal, true);
    const c = "Vukelić scored better than a goal every two games.";
    assert.equal(fact(analyse(c), c, "two").average, true);
    const d = "Vukelić made 139 appearances and was paid £4m.";
    assert.equal(fact(analyse(d), d, "139").goal, undefined);
    assert.equal(fact(analyse(d), d, "£4m").goal, undefined);
  });
  it("reads a count of the treated as the hurt; 'At one hub' as no count; a sum asked for, an aim and a level 'until' reached as goals", () => {
    const a = "Two members of staff were treated for smoke inhalation.";
    assert.equal(fact(analyse(a), a, "Two").hurt, true);
    const b = "At one hub the queue stretched for about 220 yards.";
    assert.ok(!analyse(b).facts.some((f) => f.label.startsWith("one")));
    const c = "The council has asked central government for £1m in emergency funding.";
    assert.equal(fact(analyse(c), c, "£1m").goal, true);
    const d = "The aim is to lower the water level by 8 metres.";
    assert.equal(fact(analyse(d), d, "8").goal, true);
    const e = "Pumping will continue until the level has been lowered by at least 8 metres.";
    assert.equal(fact(analyse(e), e, "8").goal, true);
    const f = "The water level had fallen by 2.9 metres and the council was granted £1m.";
    assert.equal(fact(analyse(f), f, "2.9").goal, undefined);
    assert.equal(fact(analyse(f), f, "£1m").goal, undefined);
  });
  it("reads 'X alone' before a count as a part, and a whole span of days as a window ('Across the eight days')", () => {
    const a = "Wexmoor's fire service alone attended 46 fires at storage premises in 2024.";
    assert.equal(fact(analyse(a), a, "46").part, true);
    const b = "Residents said 58% thought the wolf should be left alone.";
    assert.equal(fact(analyse(b), b, "58%").part, undefined);
    const c = "Across the eight days of disruption, more than 550 sailings were lost.";
    assert.equal(fact(analyse(c), c, "550").window, 8);
    const d = "An estimated 898,000 people moved to the UK over the 12 months to June.";
    assert.equal(fact(analyse(d), d, "898,000").window, undefined);
  });
  it("reads the seventh round's marks: a weekend or a named week as a window, an amount taken 'from' as a difference, a permitted bound as a cap, a revised figure", () => {
    const a = "The hospital treated 146 people for slips over the weekend, and 312 during the emergency week.";
    assert.equal(fact(analyse(a), a, "146").window, 2);
    const b = "Brightfold trimmed 18 hectares from its original proposal.";
    assert.equal(fact(analyse(b), b, "18").difference, true);
    const c = "Under its permit, Corvane may keep no more than 1,800 tonnes of waste at the site.";
    assert.equal(fact(analyse(c), c, "1,800").goal, true);
    const d = "Larchwood's revised estimate of its local spending is just over £3m.";
    assert.equal(fact(analyse(d), d, "£3m").revised, true);
    const e = "Corvane kept about 1,800 tonnes of waste at the site, and Larchwood spent £3m.";
    assert.equal(fact(analyse(e), e, "1,800").goal, undefined);
    assert.equal(fact(analyse(e), e, "£3m").revised, undefined);
  });
  it("reads 'Another 77' as a difference and 'would add up to' as what would be", () => {
    const a = "Another 77 grants were paid in the week after.";
    assert.equal(fact(analyse(a), a, "77").difference, true);
    const b = "If volunteers took over all 11 branches, the grants would add up to £220,000.";
    assert.equal(fact(analyse(b), b, "£220,000").hypothetical, true);
    const c = "The council paid 77 grants, worth £220,000.";
    assert.equal(fact(analyse(c), c, "77").difference, undefined);
    assert.equal(fact(analyse(c), c, "£220,000").hypothetical, undefined);
  });
  it("reads a question's figures as asked, not stated ('Three stops by December?'), and what may be or is wished for as a goal", () => {
    const a = "Three stops by December?";
    assert.equal(fact(analyse(a), a, "Three").hypothetical, true);
    const b = "Three stops opened in December.";
    assert.equal(fact(analyse(b), b, "Three").hypothetical, undefined);
    const c = "The council said three stops could open by Christmas.";
    assert.equal(fact(analyse(c), c, "three").goal, true);
    const d = "We would rather open three stops in December than keep them closed.";
    assert.equal(fact(analyse(d), d, "three").goal, true);
    const e = "The council opened three stops in December.";
    assert.equal(fact(analyse(e), e, "three").goal, undefined);
  });
  it("reads a peak, a difference after a rate's unit, and a total over the course of an event", () => {
    const a = "PM2.5 peaked at 187 micrograms per cubic metre on Sunday.";
    assert.equal(fact(analyse(a), a, "187").peak, true);
    const b = "PM2.5 fell to 11 micrograms per cubic metre on Tuesday.";
    assert.equal(fact(analyse(b), b, "11").peak, undefined);
    const c = "The reading was 172 micrograms per cubic metre above the guideline.";
    assert.equal(fact(analyse(c), c, "172").difference, true);
    const d = "Over the course of the fire, the council received 2,356 complaints.";
    assert.equal(fact(analyse(d), d, "2,356").total, true);
  });
  it("reads a figure of 'the year before' and the second of a series", () => {
    const a = "The cinema sold 52,300 tickets in 2024, up from 47,900 the year before.";
    assert.equal(fact(analyse(a), a, "47,900").yearBefore, true);
    assert.equal(fact(analyse(a), a, "52,300").yearBefore, undefined);
    const b = "The insurer made a second interim payment of £1.5m.";
    assert.equal(fact(analyse(b), b, "£1.5m").instance, 2);
    const c = "The insurer made an interim payment of £1m.";
    assert.equal(fact(analyse(c), c, "£1m").instance, undefined);
  });
  it("measures a result of other sums by its kind ('made a profit of almost £45m': a profit)", () => {
    const a = "Harwick made a profit of almost £45m on the striker.";
    assert.ok(fact(analyse(a), a, "£45m").measure.includes("profit"));
    const b = "Harwick sold the striker for £48m.";
    assert.ok(!fact(analyse(b), b, "£48m").measure.includes("profit"));
  });
  it("reads an age group given by 'aged' ('voters aged 18 to 24': 18-24; 'aged over 65': over-65)", () => {
    const a = "Turnout among voters aged 18 to 24 was just 11 per cent.";
    assert.equal(fact(analyse(a), a, "11 per cent").cohort, "18-24");
    const b = "Some 40% of residents aged over 65 were vaccinated.";
    assert.equal(fact(analyse(b), b, "40%").cohort, "over-65");
  });
  it("reads a change named as its clause's subject, then its size, as a difference ('The fare increase amounts to 20p')", () => {
    const a = "The adult single fare increase amounts to 20p.";
    assert.equal(fact(analyse(a), a, "20p").difference, true);
    const b = "The adult single fare amounts to £2.40.";
    assert.equal(fact(analyse(b), b, "£2.40").difference, undefined);
  });
  it("reads a count of two kinds joined by 'and' as of several kinds, not a count followed by a clause or another figure", () => {
    const several = (text: string, figure: string) => !!fact(analyse(text), text, figure).severalKinds;
    assert.equal(several("Around 1,260 paramedics and emergency care assistants began a strike.", "1,260"), true);
    assert.equal(several("About 312 homes and businesses were flooded.", "312"), true);
    assert.equal(several("Calderbrook employs about 3,400 people and makes more than 200 generic medicines.", "3,400"), false);
    assert.equal(several("The trust runs four hospitals and provides computer systems to 63 GP practices.", "four"), false);
    assert.equal(several("They worked alongside 15 avalanche dogs and four helicopters, three from the police.", "15"), false);
    assert.equal(several("The operation lasted over three months and involved police forces across the UK.", "three"), false);
    assert.equal(several("It hired 46 private ambulances and their crews.", "46"), false);
  });

  it("reads what a thing can hold as no count of what it held ('can carry 54 cars', 'room for 350', 'a capacity of 1,200')", () => {
    const goal = (text: string, figure: string) => !!fact(analyse(text), text, figure).goal;
    assert.equal(goal("The ferry can carry 54 cars.", "54"), true);
    assert.equal(goal("The ferry has room for 350 passengers.", "350"), true);
    assert.equal(goal("The hall has a capacity of 1,200.", "1,200"), true);
    assert.equal(goal("The nave, which seats 1,100 people, will stay closed.", "1,100"), true);
    assert.equal(goal("The chapel holds a fraction of the 1,100 the nave can seat.", "1,100"), true);
    assert.equal(goal("The first sailing carried 31 cars.", "31"), false);
  });

  it("reads a sum compared past its rate's unit as a difference ('24p a meal more than Brightplate was')", () => {
    const a = "Hollins is being paid 24p a meal more than Brightplate was.";
    const f = fact(analyse(a), a, "24p");
    assert.equal(f.comparison, true);
    assert.equal(f.difference, true);
    const b = "Hollins is being paid £2.65 a meal.";
    assert.equal(fact(analyse(b), b, "£2.65").difference, undefined);
  });

  it("reads a ratio as a share of its noun phrase's head ('nine in ten trust members' is of members, not of the trust)", () => {
    const a = "Almost nine in ten trust members who voted backed the offer.";
    assert.deepEqual(fact(analyse(a), a, "nine in ten").measure, ["percent", "member"]);
    const b = "One in five adults smoke.";
    assert.deepEqual(fact(analyse(b), b, "One in five").measure, ["percent", "adult"]);
  });

  it("reads a share of those missing something as those without ('one in five ... was missing a dose')", () => {
    const a = "Almost one in five of the city's five-year-olds was missing at least one dose.";
    assert.equal(fact(analyse(a), a, "one in five").without, true);
    const b = "Just 81.4% of the city's five-year-olds had both doses.";
    assert.equal(fact(analyse(b), b, "81.4%").without, undefined);
    const e = "The 65 coins kept in storage were left untouched by the thieves.";
    assert.equal(fact(analyse(e), e, "65").without, true);
    const c = "Three fishermen missing after trawler sinks";
    assert.equal(fact(analyse(c), c, "Three").without, true);
    const d = "About 40 lifeguards searched the bay for the missing swimmers.";
    assert.equal(fact(analyse(d), d, "40").without, undefined);
  });
  it("reads 'half a billion pounds higher than' as a difference, with no noun counted", () => {
    const text = "The latest cost estimate is half a billion pounds higher than the figure first reported.";
    const f = fact(analyse(text), text, "half a billion pounds");
    assert.equal(f.difference, true);
  });
});

