import * as assert from "node:assert/strict";
import { extractQuantities, singularise, type Quantity } from "../../src/core/analysis/quantities";
import { parseNumberWords } from "../../src/core/analysis/numberWords";

/** Expected properties of one quantity, found by its `text` (the whole span). */
type Expect = Partial<Omit<Quantity, "span" | "valueSpan" | "unitSpan">> & { text: string; valueText?: string };

interface Row {
  sentence: string;
  expect: Expect[];
  /** When set, the sentence must yield exactly these quantity texts (incl. years), in order. */
  only?: boolean;
}

function check(row: Row): void {
  const qs = extractQuantities(row.sentence);
  for (const q of qs) {
    assert.equal(q.text, row.sentence.slice(q.span.start, q.span.end), "text is the span");
    assert.ok(q.span.start <= q.valueSpan.start && q.valueSpan.end <= q.span.end, `valueSpan inside span: ${q.text}`);
  }
  if (row.only) {
    assert.deepEqual(
      qs.map((q) => q.text),
      row.expect.map((e) => e.text),
      `quantities of: ${row.sentence}`,
    );
  }
  for (const e of row.expect) {
    const q = qs.find((x) => x.text === e.text);
    assert.ok(q, `no quantity "${e.text}" in "${row.sentence}"; got ${JSON.stringify(qs.map((x) => x.text))}`);
    const { valueText, ...props } = e;
    if (valueText !== undefined) assert.equal(row.sentence.slice(q.valueSpan.start, q.valueSpan.end), valueText);
    for (const [k, v] of Object.entries(props)) {
      assert.deepEqual((q as unknown as Record<string, unknown>)[k], v, `${k} of "${e.text}" in "${row.sentence}"`);
    }
  }
}

/** Every figure of the seed articles, in sentences as they appear there (quotes and dashes normalised). */
const SEED_ROWS: Row[] = [
  {
    sentence:
      "Police Scotland said there had been more than 2,100 arrests made for organised crime offences in 2015, and estimated there were about 220 such groups in operation, dealing in drugs, firearms, high-value theft, fraud and human trafficking.",
    only: true,
    expect: [
      { text: "more than 2,100 arrests", value: 2100, precision: 100, qualifier: "over", unit: "arrest", valueText: "2,100" },
      { text: "2015", value: 2015, isYear: true },
      { text: "about 220 such groups", value: 220, precision: 10, qualifier: "approx", unit: "group", nounPhrase: "such groups" },
    ],
  },
  {
    sentence: "Particularly the type of crime groups we are targeting - that top 20 per cent - the ones that have got perhaps the most to lose.",
    only: true,
    expect: [{ text: "20 per cent", value: 20, percent: true, unit: "percent", qualifier: "exact" }],
  },
  {
    sentence: "The bespoke platform was found to have 60,000 users worldwide and about 10,000 in the UK.",
    only: true,
    expect: [
      { text: "60,000 users", value: 60000, precision: 10000, unit: "user", qualifier: "exact" },
      { text: "about 10,000", value: 10000, qualifier: "approx", unit: undefined },
    ],
  },
  {
    sentence: "Ashmoor's revised estimate of 241 deaths accounts for about 13 percent of that total.",
    expect: [
      { text: "241 deaths", value: 241, unit: "death", nounPhrase: "deaths" },
      { text: "about 13 percent", value: 13 },
    ],
  },
  {
    sentence:
      "The resulting effort in the UK, dubbed Operation Venetic, has so far resulted in 746 arrests and the seizure of £54m in cash, 77 illegal firearms including AK47 assault rifles, submachine guns and grenades, and two tonnes of class A and B drugs and illicit Valium, 55 luxury cars and 73 luxury watches.",
    only: true,
    expect: [
      { text: "746 arrests", value: 746, precision: 1, unit: "arrest" },
      { text: "£54m", value: 54_000_000, precision: 1_000_000, currency: "GBP", ofNoun: "cash", valueText: "£54m" },
      { text: "77 illegal firearms", value: 77, unit: "firearm", nounPhrase: "illegal firearms" },
      { text: "two tonnes", value: 2, unit: "tonne", ofNoun: "class" },
      { text: "55 luxury cars", value: 55, unit: "car" },
      { text: "73 luxury watches", value: 73, unit: "watch" },
    ],
  },
  {
    sentence: "A dedicated team of over 500 NCA officers has been working on Operation Venetic night and day, and thousands more across policing.",
    only: true,
    expect: [
      { text: "over 500 NCA officers", value: 500, precision: 100, qualifier: "over", unit: "officer", nounPhrase: "NCA officers" },
      { text: "thousands", value: 2000, high: 9999, qualifier: "vague" },
    ],
  },
  {
    sentence:
      "The operators of EncroChat, who charged up to £1,500 for a six-month contract on one of their £3,500 encrypted handsets, warned users of a data breach on 13 June 2020.",
    only: true,
    expect: [
      { text: "up to £1,500", value: 1500, precision: 100, qualifier: "upTo", currency: "GBP" },
      { text: "six-month", value: 6, unit: "month" },
      { text: "£3,500 encrypted handsets", value: 3500, currency: "GBP", unit: "handset" },
      { text: "2020", value: 2020, isYear: true },
    ],
  },
  {
    sentence:
      "In London, the Metropolitan Police said Operation Venetic had delivered results in 34 ongoing investigations, and enabled 171 arrests in the city. So far, the Met has charged 99 people and seized £13.4m in cash, the largest single cash seizure in its history.",
    only: true,
    expect: [
      { text: "34 ongoing investigations", value: 34, unit: "investigation" },
      { text: "171 arrests", value: 171, unit: "arrest" },
      { text: "99 people", value: 99, unit: "people" },
      { text: "£13.4m", value: 13_400_000, precision: 100_000, currency: "GBP", ofNoun: "cash" },
      // A superlative ranks its noun first.
      { text: "largest", value: 1, unit: "ordinal:largest" },
    ],
  },
  {
    sentence:
      "The force described one investigation into one of London's most dangerous organised crime groups, members of which lived in multi-million pound properties.",
    only: true,
    expect: [{ text: "one investigation", value: 1, unit: "investigation" }],
  },
  {
    sentence:
      "Major crime figures were among over 800 Europe-wide arrests after messages on EncroChat were intercepted and decoded. More than two tonnes of drugs, several dozen guns and £54m in suspect cash have been seized, says the NCA.",
    only: true,
    expect: [
      { text: "over 800 Europe-wide arrests", value: 800, precision: 100, qualifier: "over", unit: "arrest" },
      { text: "More than two tonnes", value: 2, qualifier: "over", unit: "tonne", ofNoun: "drug" },
      { text: "several dozen guns", value: 24, high: 100, qualifier: "vague", unit: "gun", valueText: "several dozen" },
      { text: "£54m", value: 54_000_000, currency: "GBP", ofNoun: "cash" },
    ],
  },
  {
    sentence:
      "The NCA says the Europe-wide operation, which lasted over three months and involved police forces across the UK, has had the biggest impact on organised crime gangs it has ever seen, with 746 UK arrests, including two law enforcement officers.",
    only: true,
    expect: [
      { text: "over three months", value: 3, qualifier: "over", unit: "month" },
      { text: "biggest", value: 1, unit: "ordinal:biggest" },
      { text: "746 UK arrests", value: 746, unit: "arrest" },
      { text: "two law enforcement officers", value: 2, unit: "officer", nounPhrase: "law enforcement officers" },
    ],
  },
  {
    sentence: "The Metropolitan Police Commissioner, Dame Cressida Dick, whose force made 171 arrests and seized £13.3m in cash, described it as a \"game changer\".",
    only: true,
    expect: [
      { text: "171 arrests", value: 171, unit: "arrest" },
      { text: "£13.3m", value: 13_300_000, precision: 100_000, currency: "GBP" },
    ],
  },
  {
    sentence: "An estimated 60,000 people, among them up to 10,000 in Britain, subscribed to France-based EncroChat, which has now been taken down.",
    only: true,
    expect: [
      { text: "An estimated 60,000 people", value: 60000, qualifier: "exact", unit: "people" },
      { text: "up to 10,000", value: 10000, qualifier: "upTo" },
    ],
  },
  {
    sentence: "There was also panic wipe, where all the data on the device could be deleted by entering a four-digit code from the lock-screen.",
    only: true,
    expect: [{ text: "four-digit", value: 4, unit: "digit", precision: 1 }],
  },
  {
    sentence: "Law enforcement agencies began getting data from the site on 1 April after the encryption code is believed to have been cracked in March.",
    only: true,
    expect: [],
  },
  {
    sentence: "Dozens of organised crime groups have been dismantled, says the NCA, with the bulk of arrests in London and north-west England.",
    only: true,
    expect: [{ text: "Dozens of organised crime groups", value: 24, high: 100, qualifier: "vague", unit: "group" }],
  },
  {
    sentence: "Hundreds arrested, tonnes of drugs seized as police intercept crime gang messages",
    only: true,
    expect: [{ text: "Hundreds arrested", value: 200, high: 999, qualifier: "vague", unit: "arrest" }],
  },
  {
    sentence: "The operations across the eastern region also saw 46 arrests in 55 separate investigations.",
    only: true,
    expect: [
      { text: "46 arrests", value: 46, unit: "arrest" },
      { text: "55 separate investigations", value: 55, unit: "investigation" },
    ],
  },
  {
    sentence: "It created the technology to crack the encrypted data, to intercept millions of messages, and to identify those criminals.",
    only: true,
    expect: [{ text: "millions of messages", value: 2_000_000, qualifier: "vague", unit: "message" }],
  },
  {
    sentence: "EncroChat delivered a message to its 60,000 users in the month of June notifying them to get rid of their devices.",
    only: true,
    expect: [{ text: "60,000 users", value: 60000, unit: "user" }],
  },
  {
    sentence: "The operation came to an abrupt end two weeks ago when EncroChat became aware of the software.",
    only: true,
    expect: [{ text: "two weeks", value: 2, unit: "week" }],
  },
  {
    sentence: "Thames Valley Police officers have seized guns, drugs and more than £300,000 in cash as part of the UK's biggest ever operation.",
    only: true,
    expect: [
      { text: "more than £300,000", value: 300_000, precision: 100_000, qualifier: "over", currency: "GBP", ofNoun: "cash" },
      { text: "biggest", value: 1, unit: "ordinal:biggest" },
    ],
  },
  {
    sentence: "In the United Kingdom, 746 people were arrested and more than $67 million in cash seized, officials said.",
    only: true,
    expect: [
      { text: "746 people", value: 746, unit: "people" },
      { text: "more than $67 million", value: 67_000_000, precision: 1_000_000, qualifier: "over", currency: "USD", valueText: "$67 million" },
    ],
  },
  {
    sentence: "She added: \"If you have one of these devices be very anxious because we are probably coming for you\".",
    only: true,
    expect: [],
  },
  {
    sentence: "The service was used by 60,000 gangsters worldwide but the code was cracked by law enforcement.",
    only: true,
    expect: [{ text: "60,000 gangsters", value: 60000, unit: "gangster" }],
  },
  {
    sentence: "One gang boss, unaware his messages were being monitored, vowed to quit the UK.",
    only: true,
    expect: [{ text: "One gang boss", value: 1, unit: "boss" }],
  },
  {
    sentence: "The NCA and regional crime squads were monitoring live chats of 10,000 organised criminals operating in the UK from April to June.",
    only: true,
    expect: [{ text: "10,000 organised criminals", value: 10000, unit: "criminal" }],
  },
  {
    sentence:
      "Under the subsequent Operation Venetic more than 746 arrests have been made across the UK with seizures of more than £54million in criminal cash, two tonnes of drugs and 77 firearms.",
    only: true,
    expect: [
      { text: "more than 746 arrests", value: 746, qualifier: "over", unit: "arrest" },
      { text: "more than £54million", value: 54_000_000, precision: 1_000_000, currency: "GBP", ofNoun: "cash" },
      { text: "two tonnes", value: 2, unit: "tonne", ofNoun: "drug" },
      { text: "77 firearms", value: 77, unit: "firearm" },
    ],
  },
  {
    sentence: "And 200 gangland murder plots or serious attacks were foiled after the data breach.",
    only: true,
    expect: [{ text: "200 gangland murder plots", value: 200, precision: 100, unit: "plot" }],
  },
  {
    sentence: "One wrote: \"I'm moving my family from UK this year,\" with another adding \"bro trust me NCA is like M15 for our business\".",
    only: true,
    expect: [],
  },
  {
    sentence: "The hack also unearthed two British law enforcement officers now suspected of corruption.",
    only: true,
    expect: [{ text: "two British law enforcement officers", value: 2, unit: "officer" }],
  },
  {
    // A verb with its object after the figure, not a participle counted ("the 746 arrested").
    sentence: "A crowd of 31,412 watched the match.",
    only: true,
    expect: [{ text: "31,412", value: 31_412, unit: undefined }],
  },
  {
    sentence: "A source said yesterday that large numbers of the 746 arrested are eastern Europeans.",
    only: true,
    expect: [{ text: "746 arrested", value: 746, unit: "arrest" }],
  },
  {
    sentence: "The NCA and the Met Police made 171 of the arrests and seized £13million, Details of most of the 200 so far charged have yet to be released.",
    only: true,
    expect: [
      { text: "171 of the arrests", value: 171, unit: "arrest" },
      { text: "£13million", value: 13_000_000, precision: 1_000_000, currency: "GBP", valueText: "£13million" },
      { text: "200", value: 200 },
    ],
  },
  {
    sentence: "Watches, jewellery and two kilos of cocaine were found cleverly concealed in transit vans.",
    only: true,
    expect: [{ text: "two kilos", value: 2, unit: "kilo", ofNoun: "cocaine" }],
  },
  {
    sentence: "Two others looked like an electrical generator box.",
    only: true,
    expect: [{ text: "Two", value: 2, unit: undefined }],
  },
];

/** General news sentences. */
const GENERAL_ROWS: Row[] = [
  // A tally, larger side first, is one figure of two sides; a rising pair is a range.
  { sentence: "The committee voted 5-4, and the club won 2-0 and drew 1-1 in a 2019-20 season of 19-46 players.", only: true, expect: [
    { text: "5-4", value: 5, tally: 4, qualifier: "exact" },
    { text: "2-0", value: 2, tally: 0 },
    { text: "1-1", value: 1, tally: 1 },
    { text: "2019-20", isYear: true },
    { text: "19-46 players", value: 19, high: 46, qualifier: "range", tally: undefined },
  ] },
  // An ordinal after a determiner counts its noun, apart from plain counts; not "first", nor a
  // capitalised name, nor an ordinal with no noun.
  { sentence: "It was the Bank's fifth cut, for a third consecutive year, the first day of the Second World War and a third of them.", only: true, expect: [
    { text: "fifth cut", value: 5, unit: "ordinal:cut", ordinal: true },
    { text: "third consecutive year", value: 3, unit: "ordinal:year", ordinal: true },
  ] },
  // Past a name that says which: "her second Wimbledon title".
  { sentence: "She won her second Wimbledon title and her fourth Grand Slam title.", only: true, expect: [
    { text: "second Wimbledon title", value: 2, unit: "ordinal:title" },
    { text: "fourth Grand Slam title", value: 4, unit: "ordinal:title" },
  ] },
  // Not a tally where more digits follow ("5-4.5", "3-2-1"), nor money.
  { sentence: "Odds of 5-4.5 and £5-3 bets.", only: true, expect: [] },
  // Pence glued to a figure are a sum in pounds; other glued letters still make no figure.
  // Pence written out, by figure or by word: a sum in pounds.
  { sentence: "The increase of 50 pence is Fifty pence an hour, and the pence jar held 3.", only: true, expect: [
    { text: "50 pence", value: 0.5, currency: "GBP" },
    { text: "Fifty pence", value: 0.5, currency: "GBP" },
    { text: "3", value: 3 },
  ] },
  { sentence: "The charge will rise to 54.75p a day, from 51.37p, and 4G masts burned.", only: true, expect: [
    { text: "54.75p", value: 0.5475, currency: "GBP" },
    { text: "51.37p", value: 0.5137, currency: "GBP" },
  ] },
  // A number word starts a phrase of its own (a time), not a word of the figure's noun.
  { sentence: "It was half the record 906,000 reached two years earlier.", only: true, expect: [
    { text: "906,000 reached", value: 906000, unit: "reach" },
    { text: "two years", value: 2, unit: "year" },
  ] },
  // A plural that expects a figure is the subject of a clause about it, whatever the figure.
  { sentence: "It was below the 460,000 economists had expected.", only: true, expect: [{ text: "460,000", value: 460000, unit: undefined }] },
  // An appositive age after a name is in years; a month's or weekday's comma holds no age.
  { sentence: "Okafor, 34, polled 14,213 votes to 11,337 for Mark Rudd, 52, a councillor.", only: true, expect: [
    { text: "34", value: 34, unit: "year" },
    { text: "14,213 votes", unit: "vote" },
    { text: "11,337", unit: undefined },
    { text: "52", value: 52, unit: "year" },
  ] },
  { sentence: "Smith (41) admitted the offence.", only: true, expect: [{ text: "41", unit: "year" }] },
  // So is "N years old" after a name and its copula.
  { sentence: "Ferrandi is 33 years old.", only: true, expect: [{ text: "33 years", value: 33, unit: "year" }] },
  // So is one said as of the report: "Albrecht, now 75, who ...".
  { sentence: "The idea goes back to Albrecht, now 75, who proposed it.", only: true, expect: [{ text: "75", value: 75, unit: "year" }] },
  // A magnitude is named before or after its figure; the noun that follows is not what it counts.
  { sentence: "A magnitude 7.4 earthquake struck southern Peru, then an aftershock of magnitude 6.1.", only: true, expect: [
    { text: "magnitude 7.4", value: 7.4, unit: "magnitude" },
    { text: "magnitude 6.1", value: 6.1, unit: "magnitude" },
  ] },
  { sentence: "A magnitude-7.4 quake; Peru's institute said it measured 7.2 on the Richter scale.", only: true, expect: [
    { text: "magnitude-7.4", unit: "magnitude" },
    { text: "7.2 on the Richter scale", value: 7.2, unit: "magnitude" },
  ] },
  // Temperatures: a C or F glued to the figure or after a degree sign, or "degrees Celsius"; a bare "degrees" is a noun.
  { sentence: "It hit 40.3C (104.5°F) at Coningsby, beating 38.7 degrees Celsius, in temperatures of up to 35 C and 30 degrees.", only: true, expect: [
    { text: "40.3C", value: 40.3, unit: "celsius" },
    { text: "104.5°F", value: 104.5, unit: "fahrenheit" },
    { text: "38.7 degrees Celsius", unit: "celsius" },
    { text: "up to 35 C", unit: "celsius" },
    { text: "30 degrees", unit: "degree" },
  ] },
  { sentence: "Flat 4F and the 5Cs: no temperature.", only: true, expect: [] },
  // A share is given to the point: a trailing zero is no rounding ("40%" is not 36-44%).
  { sentence: "Labour is on 40%, the Greens on 6.0% and turnout was 100%.", only: true, expect: [
    { text: "40%", precision: 1 },
    { text: "6.0%", precision: 0.1 },
    { text: "100%", precision: 100 },
  ] },
  // A plural that expects a sum is no noun of it; a plural that is one stays.
  { sentence: "Revenue beat the $30.9 billion analysts had expected, and the £3,500 handsets were sold.", only: true, expect: [
    { text: "$30.9 billion", unit: undefined, currency: "USD" },
    { text: "£3,500 handsets", unit: "handset", currency: "GBP" },
  ] },
  // A lone capital glued to a figure names something ("4G masts"); lowercase, it is a unit.
  { sentence: "Vandals burned 4G masts and seized 5g of cannabis and 2KG of cocaine.", only: true, expect: [
    { text: "5g", unit: "gram", ofNoun: "cannabis" },
    { text: "2KG", unit: "kilo", ofNoun: "cocaine" },
  ] },
  // An irregular past verb ends a noun phrase after its first word; one that is as often a noun does not.
  { sentence: "A 40 tonne lorry struck the site and 300 families left, after two free set pieces.", only: true, expect: [
    { text: "40 tonne lorry", unit: "lorry" },
    { text: "300 families", unit: "family" },
    { text: "two free set pieces", unit: "piece" },
  ] },
  { sentence: "By June, 12 had been charged and on Monday, 40, not 30, were.", expect: [{ text: "12", unit: undefined }, { text: "40", unit: undefined }] },
  { sentence: "The Smiths, 140, and the Joneses, 12.5, led.", expect: [{ text: "140", unit: undefined }, { text: "12.5", unit: undefined }] },
  { sentence: "Turnout rose to 61.4 per cent.", only: true, expect: [{ text: "61.4 per cent", value: 61.4, precision: 0.1, percent: true }] },
  { sentence: "The council borrowed €2.3bn last year.", only: true, expect: [{ text: "€2.3bn", value: 2_300_000_000, precision: 100_000_000, currency: "EUR" }] },
  // Capital suffixes scale money; without a currency "3M" and "4K" are names.
  { sentence: "Officers seized $2.5M in cash.", only: true, expect: [{ text: "$2.5M", value: 2_500_000, precision: 100_000, currency: "USD", ofNoun: "cash" }] },
  { sentence: "The bank was fined £1.2BN and its rival £500K.", only: true, expect: [
    { text: "£1.2BN", value: 1_200_000_000, currency: "GBP" },
    { text: "£500K", value: 500_000, currency: "GBP" },
  ] },
  { sentence: "The deal was worth $4.5B.", only: true, expect: [{ text: "$4.5B", value: 4_500_000_000, currency: "USD" }] },
  { sentence: "Sales reached $2.5 mln and debts €3 bln.", only: true, expect: [
    { text: "$2.5 mln", value: 2_500_000, currency: "USD" },
    { text: "€3 bln", value: 3_000_000_000, currency: "EUR" },
  ] },
  { sentence: "Staff at 3M bought 4K screens.", only: true, expect: [] },
  { sentence: "Between 40 and 50 people attended.", only: true, expect: [{ text: "Between 40 and 50 people", value: 40, high: 50, qualifier: "range", unit: "people" }] },
  { sentence: "Nearly 3,000 homes were flooded.", only: true, expect: [{ text: "Nearly 3,000 homes", value: 3000, qualifier: "nearly", unit: "home" }] },
  { sentence: "She bought a dozen eggs.", only: true, expect: [{ text: "a dozen eggs", value: 12, unit: "egg" }] },
  { sentence: "Forty-one MPs voted against the bill.", only: true, expect: [{ text: "Forty-one MPs", value: 41, unit: "mp" }] },
  { sentence: "Half a million people marched.", only: true, expect: [{ text: "Half a million people", value: 500_000, unit: "people" }] },
  { sentence: "The strike will hit a quarter of a million passengers a day.", only: true, expect: [{ text: "a quarter of a million passengers", value: 250_000, precision: 10_000, unit: "passenger" }] },
  { sentence: "Three quarters of a million people voted and two thirds of a billion pounds was spent.", only: true, expect: [
    { text: "Three quarters of a million people", value: 750_000, unit: "people" },
    { text: "two thirds of a billion pounds", value: 666_666_667, precision: 1_000_000, currency: "GBP" },
  ] },
  { sentence: "A quarter of the staff left.", only: true, expect: [] },
  // A ratio is a share of its noun, as a percentage "of" it is; its second number counts nothing.
  { sentence: "One in five adults in the UK does less than that.", only: true, expect: [{ text: "One in five", value: 20, percent: true, ofNoun: "adult" }] },
  { sentence: "Three in 10 said no.", only: true, expect: [{ text: "Three in 10", value: 30, percent: true }] },
  { sentence: "She came in second, not one in a hundred.", expect: [] },
  { sentence: "The repairs cost two and a half million pounds.", only: true, expect: [{ text: "two and a half million pounds", value: 2_500_000, currency: "GBP" }] },
  { sentence: "The siege lasted a hundred and five days.", only: true, expect: [{ text: "a hundred and five days", value: 105, unit: "day" }] },
  { sentence: "One million visitors came.", only: true, expect: [{ text: "One million visitors", value: 1_000_000, precision: 1_000_000, unit: "visitor" }] },
  { sentence: "Prices rose 5-10% in a year.", only: true, expect: [{ text: "5-10%", value: 5, high: 10, qualifier: "range", percent: true }] },
  { sentence: "The firm lost $5-10m.", only: true, expect: [{ text: "$5-10m", value: 5_000_000, high: 10_000_000, currency: "USD" }] },
  { sentence: "Sentences of 5 to 10 years were handed down.", only: true, expect: [{ text: "5 to 10 years", value: 5, high: 10, unit: "year" }] },
  { sentence: "At least 12 people died and no fewer than 30 were injured.", only: true, expect: [
    { text: "At least 12 people", qualifier: "atLeast", unit: "people" },
    { text: "no fewer than 30", value: 30, qualifier: "atLeast" },
  ] },
  { sentence: "Well over 100 people and just over 40 officers came; fewer than 10 cases remain.", only: true, expect: [
    { text: "Well over 100 people", qualifier: "over", precision: 100 },
    { text: "just over 40 officers", qualifier: "over", unit: "officer" },
    { text: "fewer than 10 cases", qualifier: "under", unit: "case" },
  ] },
  { sentence: "Just under 40% backed it, at most 20 per cent of voters.", only: true, expect: [
    { text: "Just under 40%", qualifier: "nearly", percent: true },
    { text: "at most 20 per cent", qualifier: "atMost", percent: true, ofNoun: "voter" },
  ] },
  { sentence: "Roughly 3.5 billion dollars was spent by some 40 firms over approximately 6.7 million hours.", only: true, expect: [
    { text: "Roughly 3.5 billion dollars", value: 3_500_000_000, currency: "USD", qualifier: "approx" },
    { text: "some 40 firms", qualifier: "approx", unit: "firm" },
    { text: "approximately 6.7 million hours", qualifier: "approx", value: 6_700_000, unit: "hour" },
  ] },
  { sentence: "The role pays a £30k salary.", only: true, expect: [{ text: "£30k salary", value: 30_000, precision: 10_000, currency: "GBP" }] },
  { sentence: "Circa 1,000 troops and c. 500 soldiers and ~200 users.", only: true, expect: [
    { text: "Circa 1,000 troops", qualifier: "approx" },
    { text: "c. 500 soldiers", qualifier: "approx", unit: "soldier" },
    { text: "~200 users", qualifier: "approx" },
  ] },
  { sentence: "As many as 5,000 fans and a handful of protesters turned up.", only: true, expect: [
    { text: "As many as 5,000 fans", qualifier: "upTo", unit: "fan" },
    { text: "a handful of protesters", qualifier: "vague", unit: "protester" },
  ] },
  { sentence: "Tens of thousands of people fled and scores of homes were destroyed.", only: true, expect: [
    { text: "Tens of thousands of people", value: 20_000, high: 99_999, unit: "people" },
    { text: "scores of homes", qualifier: "vague", unit: "home" },
  ] },
  { sentence: "Three cities reported twenty-three lives lost.", only: true, expect: [
    { text: "Three cities", unit: "city" },
    { text: "twenty-three lives", value: 23, unit: "life" },
  ] },
  { sentence: "A 10-year-old boy was given a one-off payment in a multi-million deal in the twenty-first century.", only: true, expect: [
    { text: "10-year-old", value: 10, unit: "year" },
  ] },
  // An age band names a group and counts nothing: "17-year-olds" is no figure.
  { sentence: "The rate for 16- and 17-year-olds rises to £8, and 12 18-year-olds were hired.", only: true, expect: [
    { text: "£8", value: 8, currency: "GBP" },
    { text: "12", value: 12 },
  ] },
  // The scale inside a compound is the figure's: "a 150-million-year-old sauropod".
  { sentence: "The skeleton of a 150-million-year-old sauropod was found.", only: true, expect: [
    { text: "150-million-year-old", value: 150_000_000, unit: "year" },
  ] },
  // A duration and its smaller part are one figure in the larger unit: "47 minutes and 12 seconds".
  { sentence: "They took 47 minutes and 12 seconds, or 1 hour 3 minutes at worst, against a target of seven minutes.", only: true, expect: [
    { text: "47 minutes and 12 seconds", value: 47.2, unit: "minute" },
    { text: "1 hour 3 minutes", value: 1.05, unit: "hour" },
    { text: "seven minutes", value: 7, unit: "minute" },
  ] },
  // Every smaller part, and a time taken written as a clock; a time of day is no figure.
  { sentence: "He won in 2 hours, 0 minutes and 28 seconds, finishing in 2:00:28 at 10:30:45 on Sunday.", only: true, expect: [
    { text: "2 hours, 0 minutes and 28 seconds", unit: "hour" },
    { text: "2:00:28", unit: "hour" },
  ] },
  // A label's number word names which: "category two calls", as "Level 3" does.
  { sentence: "The target for category two calls is 18 minutes.", only: true, expect: [{ text: "18 minutes", value: 18, unit: "minute" }] },
  // A glued "m" before a dimension is metres, not millions; money and people are millions.
  { sentence: "The dinosaur was around 17m long and the wall is 4.5m high.", only: true, expect: [
    { text: "around 17m", value: 17, unit: "metre" },
    { text: "4.5m", value: 4.5, unit: "metre" },
  ] },
  // So is one before a built or natural thing measured by its size.
  { sentence: "They climbed the 1,345m mountain and crossed a 300m steel bridge.", only: true, expect: [
    { text: "1,345m", value: 1345, unit: "metre" },
    { text: "300m", value: 300, unit: "metre" },
  ] },
  // And one after a length it is said to be, or a level a river or the sea reached, even beside a sum.
  { sentence: "The £12m defences were designed to hold back a river level of 4.8m, but the River Lune peaked at about 5.2m.", only: true, expect: [
    { text: "£12m defences", value: 12_000_000, currency: "GBP" },
    { text: "4.8m", value: 4.8, unit: "metre" },
    { text: "about 5.2m", value: 5.2, unit: "metre" },
  ] },
  // A body named after a river is no river: its count stays millions.
  { sentence: "The River Thames Trust reached 1.2m members and sales reached 5.2m.", only: true, expect: [
    { text: "1.2m members", value: 1_200_000, unit: "member" },
    { text: "5.2m", value: 5_200_000 },
  ] },
  // Units of devices and power glued to their figures.
  { sentence: "It has 256GB of storage, a 6.3in display, a 5,000mAh battery and a 3.2GHz chip, and the farm makes 84MW.", only: true, expect: [
    { text: "256GB", unit: "gigabyte" },
    { text: "6.3in", unit: "inch" },
    { text: "5,000mAh", unit: "milliamp hour" },
    { text: "3.2GHz", unit: "gigahertz" },
    { text: "84MW", unit: "megawatt" },
  ] },
  // A length's way is part of what it measures: "1,200 feet long" is no depth "of water".
  { sentence: "The span was about 1,200 feet long and 56 metres tall, in 25 feet of water, a 366-metre span.", only: true, expect: [
    { text: "about 1,200 feet", unit: "foot", dimension: "long" },
    { text: "56 metres", unit: "metre", dimension: "high" },
    { text: "25 feet", unit: "foot", dimension: "of water" },
    // A length before its noun is that thing's ("a 366-metre span": the span's).
    { text: "366-metre", unit: "metre", dimension: "the span" },
  ] },
  // "across" and "in diameter" are its width, "in depth" its depth: "60 feet across" is no depth of water.
  { sentence: "The hole was roughly 60 feet across, a crater 30 metres in diameter and 12 metres in depth.", only: true, expect: [
    { text: "roughly 60 feet", unit: "foot", dimension: "wide" },
    { text: "30 metres", unit: "metre", dimension: "wide" },
    { text: "12 metres", unit: "metre", dimension: "deep" },
  ] },
  // How far away from a place is a distance ("away"), no size of a thing.
  { sentence: "The 79ft trawler was lost roughly 70 kilometres north-east of Skerrinish, 20 miles from the harbour, after a 19-mile inland run.", only: true, expect: [
    { text: "79ft", unit: "foot", dimension: "the trawler" },
    { text: "roughly 70 kilometres", unit: "kilometre", dimension: "away" },
    { text: "20 miles", unit: "mile", dimension: "away" },
    { text: "19-mile", unit: "mile", dimension: "the run" },
  ] },
  // Past prepositions and verbs, a length names no thing: "14km along the coast".
  { sentence: "The 14km export cable runs 12km along the coast, and a 3.2-mile bypass opened.", only: true, expect: [
    { text: "14km", unit: "kilometre", dimension: "the cable" },
    { text: "12km", unit: "kilometre", dimension: undefined },
    { text: "3.2-mile", unit: "mile", dimension: "the bypass" },
  ] },
  // A rate named by its period before it: "The hourly rate is unchanged at £2.50".
  { sentence: "The hourly rate is unchanged at £2.50, beside an annual fee of £40, and four hours cost £10.", only: true, expect: [
    { text: "£2.50", per: "hour" },
    { text: "£40", per: "year" },
    { text: "four hours", per: undefined },
    { text: "£10", per: undefined },
  ] },
  // A length per hour or second is a speed, in units of its own.
  { sentence: "It hit 114km/h, then 70 miles an hour, against currents of 3.1 metres per second and a 20 km/h limit.", only: true, expect: [
    { text: "114km/h", unit: "kmh" },
    { text: "70 miles an hour", unit: "mph" },
    { text: "3.1 metres per second", unit: "metre per second" },
    { text: "20 km/h", unit: "kmh" },
  ] },
  // And written apart from them: "3 GW" is "3 gigawatts".
  { sentence: "The links carry 3 GW, or 3 gigawatts, and stored 450 MWh and 12TWh.", only: true, expect: [
    { text: "3 GW", unit: "gigawatt" },
    { text: "3 gigawatts", unit: "gigawatt" },
    { text: "450 MWh", unit: "megawatt hour" },
    { text: "12TWh", unit: "terawatt hour" },
  ] },
  // A number between two words of a name is part of it; not after a sentence's first word.
  { sentence: "The Lumen 9 Pro and a Boeing 737 Max weigh 187 grams. Nearly 100 Skylark flights left.", only: true, expect: [
    { text: "187 grams", value: 187 },
    { text: "Nearly 100 Skylark flights", value: 100 },
  ] },
  // Light years are a distance, not a span of time.
  { sentence: "The star is 40 light years away and 12 years old.", only: true, expect: [
    { text: "40 light years", unit: "light-year" },
    { text: "12 years", unit: "year" },
  ] },
  // A rate by the period after it; not a span ago.
  { sentence: "It will pay £420,000 a year, £14.50 an hour and 300 homes annually, as it did 12 days a year ago.", only: true, expect: [
    { text: "£420,000", per: "year" },
    { text: "£14.50", per: "hour" },
    { text: "300 homes", per: "year" },
    { text: "12 days", per: undefined },
  ] },
  // Labels named by their numbers in a list ("junctions 14 and 15", "Articles 5, 6 and 7"); a verb's figures are still figures.
  { sentence: "About 74,000 vehicles use the section between junctions 14 and 15, under Articles 5, 6 and 7, and the mast stands 2 metres tall beside 4 and 5 rooms.", only: true, expect: [
    { text: "About 74,000 vehicles", value: 74000 },
    { text: "2 metres", value: 2 },
    { text: "4", value: 4 },
    { text: "5 rooms", value: 5 },
  ] },
  // A round, a lap or a move of a game is a label after a preposition; a verb's figures are still figures.
  { sentence: "He declined a draw on move 41 in round 5 of the event, and plans to move 300 staff by day 3.", only: true, expect: [
    { text: "300 staff", value: 300 },
  ] },
  // An adverb in -ly is no counted noun ("the 32 originally planned"); an adjective in -ly is a word of one.
  { sentence: "It cut the array to 24 from the 32 originally planned, with 12 family members and two daily flights.", only: true, expect: [
    { text: "24", value: 24 },
    { text: "32", value: 32 },
    { text: "12 family members", value: 12, unit: "member" },
    { text: "two daily flights", value: 2, unit: "flight" },
  ] },
  // A duration in years, months, weeks or days with its smaller part is one figure in the larger unit.
  { sentence: "He was jailed for 11 years and six months, she for 4 years 2 months, and the trial ran two weeks and three days.", only: true, expect: [
    { text: "11 years and six months", value: 11.5, unit: "year" },
    { text: "4 years 2 months", value: 4 + 2 / 12, unit: "year" },
    { text: "two weeks and three days", value: 2 + 3 / 7, unit: "week" },
  ] },
  // A period after what a sum is of: "£140 in pay for each day".
  { sentence: "Teachers will lose roughly £140 in pay for each day, and £4m in funding a year.", only: true, expect: [{ text: "roughly £140", per: "day" }, { text: "£4m", per: "year" }] },
  // A point along a course is a label: "after the 40-kilometre mark" (a cable's length is a length).
  { sentence: "He broke away after the 40-kilometre mark, and the 14km export cable reached the shore.", only: true, expect: [{ text: "14km", value: 14, unit: "kilometre" }] },
  // A smaller part written in words past eleven: "two minutes and forty-one seconds".
  { sentence: "The valley fell silent for two minutes and forty-one seconds, and the race took one hour and twenty minutes.", only: true, expect: [
    { text: "two minutes and forty-one seconds", value: 2 + 41 / 60, unit: "minute" },
    { text: "one hour and twenty minutes", value: 1 + 20 / 60, unit: "hour" },
  ] },
  // A school year is a label, not a count; a year is still a year.
  { sentence: "Buses take Year 7 and Year 8 pupils to the campus, and Year 2020 saw 30 pupils.", only: true, expect: [{ text: "2020" }, { text: "30 pupils", value: 30 }] },
  // A year then a count is no range: "fell from 412,000 in 2019 to 236,000 in 2024".
  { sentence: "Visits fell from 412,000 in 2019 to 236,000 in 2024.", only: true, expect: [{ text: "412,000" }, { text: "2019" }, { text: "236,000" }, { text: "2024" }] },
  // A capitalised word in -ing is a name's, inside the counted phrase: "eight Brannock Paving workers".
  { sentence: "Of the eight Brannock Paving workers on the deck, 3 Acme Mining sites closed.", only: true, expect: [
    { text: "eight Brannock Paving workers", value: 8, unit: "worker" },
    { text: "3 Acme Mining sites", value: 3, unit: "site" },
  ] },
  // A share in words takes the qualifier before it; a corner's number names it ("Turn 9").
  { sentence: "More than four-fifths of systems and nearly one in five staff were out for five laps after a crash at Turn 9.", only: true, expect: [
    { text: "More than four-fifths", value: 80, qualifier: "over" },
    { text: "nearly one in five", value: 20, qualifier: "nearly" },
    { text: "five laps", value: 5 },
  ] },
  // A fraction in words is a share, of the noun after "of".
  // (A fraction's noun is the head of its "of" phrase, past its adjectives: "median earnings".)
  { sentence: "It keeps pay at two-thirds of median earnings and three-fifths of demand, of two halves.", only: true, expect: [
    { text: "two-thirds", value: 66.7, percent: true, ofNoun: "earning" },
    { text: "three-fifths", value: 60, percent: true, ofNoun: "demand" },
    { text: "two halves", value: 2 },
  ] },
  // A rate from when it starts is a rate; a span "from now" is not.
  { sentence: "It rises to £12.71 an hour from April, and 5 days a week from now.", only: true, expect: [
    { text: "£12.71", per: "hour" },
    { text: "5 days", per: undefined },
  ] },
  { sentence: "It cost £17m to fly 17m long-haul passengers.", only: true, expect: [
    { text: "£17m", value: 17_000_000 },
    { text: "17m long-haul passengers", value: 17_000_000, unit: "passenger" },
  ] },
  { sentence: "Growth was 0.5 per cent.", only: true, expect: [{ text: "0.5 per cent", value: 0.5, precision: 0.1 }] },
  { sentence: "Police found ten pounds of cocaine and 5 million euros.", only: true, expect: [
    { text: "ten pounds", unit: "pound", ofNoun: "cocaine", currency: undefined },
    { text: "5 million euros", value: 5_000_000, currency: "EUR" },
  ] },
  { sentence: "Turnout rose from 58 to 61.4 per cent.", only: true, expect: [
    { text: "58", value: 58, qualifier: "exact" },
    { text: "61.4 per cent", value: 61.4 },
  ] },
  { sentence: "The number waiting rose by 2,100 to 182,400.", only: true, expect: [
    { text: "2,100", value: 2100, qualifier: "exact" },
    { text: "182,400", value: 182_400, qualifier: "exact" },
  ] },
  { sentence: "More than 1.2 million voters took part.", only: true, expect: [{ text: "More than 1.2 million voters", value: 1_200_000, precision: 100_000, qualifier: "over" }] },
  { sentence: "Officers seized around 5kg of heroin.", only: true, expect: [{ text: "around 5kg", value: 5, unit: "kilo", ofNoun: "heroin" }] },
  { sentence: "The 2019-20 season ended in 2016.", only: true, expect: [
    { text: "2019-20", isYear: true, value: 2019, high: 2020 },
    { text: "2016", isYear: true },
  ] },
  { sentence: "In 2015 about 1999 people were hurt in the 2012 election.", only: true, expect: [
    { text: "2015", isYear: true },
    { text: "about 1999 people", unit: "people", qualifier: "approx" },
    { text: "2012", isYear: true },
  ] },
  // An ordinal in digits counts its noun as one in words does; not a day of a date, nor one with no noun.
  { sentence: "Fuel duty was frozen for a 16th consecutive year, on June 5th, and on the 21st.", only: true, expect: [
    { text: "16th consecutive year", value: 16, unit: "ordinal:year", ordinal: true },
  ] },
  // An earlier year after its preposition, with no noun it counts; not a count of homes.
  { sentence: "The chain, founded in 1875, cut power in 1500 homes.", only: true, expect: [
    { text: "1875", value: 1875, isYear: true },
    { text: "1500 homes", value: 1500, isYear: undefined },
  ] },
  { sentence: "Call 020 7946 0958 at 10:30 or 10.30am about the AK47, M15, No. 10, COVID-19, the 3rd and first cases.", only: true, expect: [] },
  { sentence: "Up to £1,500 was paid for a six-month contract.", only: true, expect: [
    { text: "Up to £1,500", qualifier: "upTo", currency: "GBP" },
    { text: "six-month", unit: "month", value: 6 },
  ] },
  { sentence: "The 20 per cent rise and the 8% fall cost 300,000 jobs.", only: true, expect: [
    { text: "20 per cent", percent: true },
    { text: "8%", percent: true },
    { text: "300,000 jobs", unit: "job", precision: 100_000 },
  ] },
  { sentence: "Almost 50 police and nearly 2,000 children were there.", only: true, expect: [
    { text: "Almost 50 police", qualifier: "nearly", unit: "police" },
    { text: "nearly 2,000 children", unit: "child" },
  ] },
];

describe("extractQuantities", () => {
  describe("seed article figures", () => {
    for (const row of SEED_ROWS) it(row.sentence.slice(0, 70), () => check(row));
  });
  describe("general news sentences", () => {
    for (const row of GENERAL_ROWS) it(row.sentence.slice(0, 70), () => check(row));
  });

  it("reads no figure in words that name an object's inherited properties (constructor, toString)", () => {
    assert.deepEqual(extractQuantities("The constructor built houses; toString, valueOf and hasOwnProperty are method names."), []);
    assert.equal(parseNumberWords("constructor", 0), undefined);
    assert.equal(singularise("constructor"), "constructor");
    assert.equal(singularise("__proto__"), "__proto__");
    assert.deepEqual(extractQuantities("The constructor built 40 houses.").map((q) => [q.value, q.unit]), [[40, "house"]]);
  });

  it("reads an ordinal after a record's word as one after its determiner (a record 31st time)", () => {
    assert.deepEqual(extractQuantities("He has climbed Everest for a record 31st time.").map((q) => [q.value, q.unit ?? null]), [[31, "ordinal:time"]]);
  });

  it("ends a figure where a number word opens another (down from 54 two years ago)", () => {
    assert.deepEqual(extractQuantities("The UK has 48 universities, down from 54 two years ago.").map((q) => [q.text, q.unit ?? null]), [["48 universities", "university"], ["54", null], ["two years", "year"]]);
  });

  it("reads no range from a year to a sum (fell from £540,000 in 2022 to £310,000 in 2023)", () => {
    const qs = extractQuantities("Spending fell from £540,000 in 2022 to £310,000 in 2023.").filter((q) => !q.isYear);
    assert.deepEqual(qs.map((q) => [q.text, q.value, q.high ?? null]), [["£540,000", 540000, null], ["£310,000", 310000, null]]);
    // A range of sums still reads as one ("£2m to £3m").
    assert.deepEqual(extractQuantities("It will cost £2m to £3m.").map((q) => [q.value, q.high]), [[2e6, 3e6]]);
  });

  it("reports spans as offsets into the given text", () => {
    const text = "Police said more than 746 arrests were made.";
    const [q] = extractQuantities(text);
    assert.equal(text.slice(q.valueSpan.start, q.valueSpan.end), "746");
    assert.equal(text.slice(q.unitSpan!.start, q.unitSpan!.end), "arrests");
    assert.equal(q.text, "more than 746 arrests");
  });

  it("derives precision from the digits as written", () => {
    const p = (s: string) => extractQuantities(s)[0].precision;
    assert.equal(p("746 things"), 1);
    assert.equal(p("800 things"), 100);
    assert.equal(p("60,000 things"), 10_000);
    assert.equal(p("£13.4m"), 100_000);
    assert.equal(p("£13million"), 1_000_000);
    assert.equal(p("2,100 things"), 100);
    assert.equal(p("0.5 things"), 0.1);
    assert.equal(p("two things"), 1);
  });
});

describe("parseNumberWords", () => {
  const cases: [string, number | undefined][] = [
    ["two", 2], ["forty-one", 41], ["a hundred", 100], ["a dozen", 12], ["one million", 1e6],
    ["two and a half", 2.5], ["half a million", 5e5], ["three hundred and twelve thousand", 312_000],
    ["twenty one", 21], ["a thousand", 1000], ["the", undefined], ["a", undefined],
  ];
  for (const [s, v] of cases) it(s, () => assert.equal(parseNumberWords(s + " things", 0)?.value, v));
});

describe("singularise", () => {
  const cases: [string, string][] = [
    ["watches", "watch"], ["people", "people"], ["police", "police"], ["kilos", "kilo"], ["tonnes", "tonne"],
    ["grammes", "gramme"], ["lives", "life"], ["cities", "city"], ["analyses", "analysis"], ["arrests", "arrest"],
    ["boxes", "box"], ["houses", "house"], ["status", "status"], ["children", "child"], ["Officers", "officer"],
  ];
  for (const [w, s] of cases) it(`${w} -> ${s}`, () => assert.equal(singularise(w), s));
});

describe("quantities: what a share measures", () => {
  it("a share of a noun is of it, one before its noun measures that noun, and the two are told apart", () => {
    const dimensionOf = (text: string) => extractQuantities(text)[0]?.dimension;
    assert.equal(dimensionOf("About 20% of adults smoke."), "of adult");
    assert.equal(dimensionOf("Nine in ten trust members voted for it."), "of member");
    assert.equal(dimensionOf("The trust bought a 10 per cent stake in the vineyard."), "the stake");
    assert.equal(dimensionOf("Fares rose 4.6% in March."), undefined);
  });
  it("a figure short of or clear of another counts no 'short' or 'clear' ('£340,000 short of the target'), but '12 short films' are films", () => {
    const [pledge] = extractQuantities("Pledges stood £340,000 short of the target.");
    assert.equal(pledge!.text, "£340,000");
    const [points] = extractQuantities("He finished two points clear of Kell.");
    assert.equal(points!.text, "two points");
    const [films] = extractQuantities("She made 12 short films.");
    assert.equal(films!.text, "12 short films");
  });
  it("reads four digits between a determiner and a noun as a year's thing ('its 2024 accounts'), not with a comma ('its 2,024 accounts')", () => {
    const [year] = extractQuantities("It set aside the money in its 2024 accounts.");
    assert.equal(year!.isYear, true);
    const [count] = extractQuantities("It closed its 2,024 accounts.");
    assert.equal(count!.isYear, undefined);
    assert.equal(count!.unit, "account");
  });
  it("reads a bound denied as the other bound ('unlikely to receive more than 5 pence' is at most 5p), and a bound said plainly as itself", () => {
    const qualifierOf = (text: string) => extractQuantities(text)[0]!.qualifier;
    assert.equal(qualifierOf("Creditors were unlikely to receive more than 5 pence in the pound."), "atMost");
    assert.equal(qualifierOf("The firm will not pay more than £2m."), "atMost");
    assert.equal(qualifierOf("Creditors will receive more than 5 pence in the pound."), "over");
  });
});
