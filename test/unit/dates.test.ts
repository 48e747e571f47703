import * as assert from "node:assert/strict";
import { extractDates, extractWeekdays, statedDateParsers, weekdayDate, type DateMention } from "../../src/core/analysis/dates";

type Expect = Omit<DateMention, "span">;

/** The dates of a sentence, without spans (spans are checked to match `text`). */
function dates(sentence: string, reference?: Date): Expect[] {
  return extractDates(sentence, reference).map(({ span, ...rest }) => {
    assert.equal(sentence.slice(span.start, span.end), rest.text, "text is the span");
    return rest;
  });
}

describe("extractDates", () => {
  it("finds a day and month in every spelling of a month chrono knows, and none in words that only start like one", () => {
    const forms = "January Jan Jan. February Feb Feb. March Mar Mar. April Apr Apr. May June Jun Jun. July Jul Jul. August Aug Aug. September Sep Sep. Sept Sept. October Oct Oct. November Nov Nov. December Dec Dec.".split(" ");
    forms.forEach((form) => {
      const month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(form.slice(0, 3).toLowerCase()) + 1;
      const found = extractDates(`The raid took place on 3 ${form} and was reported later.`);
      assert.deepEqual(found.map((d) => [d.month, d.day]), [[month, 3]], form);
    });
    assert.deepEqual(extractDates("The market decided to separate, and officials may march on 3 Mayfair Street."), []);
  });

  const rows: [string, Expect[]][] = [
    ["Users were warned of a data breach on 13 June 2020.", [{ text: "13 June 2020", year: 2020, month: 6, day: 13, granularity: "day" }]],
    [
      "Agencies began getting data from the site on 1 April after the code is believed to have been cracked in March.",
      [
        { text: "1 April", month: 4, day: 1, granularity: "day" },
        { text: "March", month: 3, granularity: "month" },
      ],
    ],
    ["EncroChat delivered a message to its 60,000 users in the month of June.", [{ text: "June", month: 6, granularity: "month" }]],
    ["Police Scotland said there were 2,100 arrests in 2015, and more since 2016.", [
      { text: "2015", year: 2015, granularity: "year" },
      { text: "2016", year: 2016, granularity: "year" },
    ]],
    ["Squads monitored live chats of 10,000 criminals operating in the UK from April to June.", [
      { text: "April to June", month: 4, endMonth: 6, granularity: "month" },
    ]],
    ["There had been a surge of arrests in April and May, which the NCA claimed had been aided by lockdown.", [
      { text: "April", month: 4, granularity: "month" },
      { text: "May", month: 5, granularity: "month" },
    ]],
    ["Priti Patel said last August she wanted criminals to feel terror.", [{ text: "August", month: 8, granularity: "month" }]],
    ["The election was held on June 13, 2020 and results came in May 2019.", [
      { text: "June 13, 2020", year: 2020, month: 6, day: 13, granularity: "day" },
      { text: "May 2019", year: 2019, month: 5, granularity: "month" },
    ]],
    ["He served from 2015 to 2018 in the post.", [{ text: "2015 to 2018", year: 2015, endYear: 2018, granularity: "year" }]],
    ["Targets are set for between 2015 and 2016.", [{ text: "2015 and 2016", year: 2015, endYear: 2016, granularity: "year" }]],
    // A year naming which prize or contest: a date of that thing, not of the clause's verb.
    ["Marsh, winner of the 1987 Booker Prize, has died.", [{ text: "1987", year: 1987, granularity: "year", attributive: true }]],
    ["He ran in the 2012 Olympics.", [{ text: "2012", year: 2012, granularity: "year", attributive: true }]],
    // Or which event, by a noun: "the 2022 pollution incident".
    ["About 4,000 fish were killed in the 2022 pollution incident.", [{ text: "2022", year: 2022, granularity: "year", attributive: true }]],
  ];
  for (const [sentence, expected] of rows) it(sentence, () => assert.deepEqual(dates(sentence), expected));

  describe("relative dates without a reference are skipped", () => {
    for (const s of [
      "The operation came to an abrupt end two weeks ago when EncroChat became aware.",
      "A source said yesterday that large numbers were arrested.",
      "CLOSING IN: An arrest on Thursday and a hiding place.",
      "Last month the newspaper revealed a surge of arrests.",
    ]) it(s, () => assert.deepEqual(dates(s), []));
  });

  it("reads no day in a number after a month that counts something else ('in January, 11 hours'), but keeps the month", () => {
    assert.deepEqual(dates("The longest wait in January, 11 hours and 40 minutes, was recorded on 14 January.").map((d) => [d.text, d.granularity]), [
      ["January", "month"],
      ["14 January", "day"],
    ]);
    assert.deepEqual(dates("It opened on January 11 at noon.").map((d) => [d.text, d.granularity]), [["January 11", "day"]]);
    // Nor a year of a day before it.
    assert.deepEqual(dates("They first logged in on 19 February, 17 days before the attack.").map((d) => [d.text, d.granularity, d.year]), [["19 February", "day", undefined]]);
  });

  describe("no false positives", () => {
    for (const s of [
      "Police may act if they are asked.",
      "They will march on the town hall.",
      "The Sunday Express revealed a surge.",
      "The AK47 and 60,000 users and 746 arrests.",
      "The Europe-wide operation lasted over three months.",
      "The 2015 arrests were made by 200 officers.",
    ]) it(s, () => assert.deepEqual(dates(s), []));
  });

  describe("stated dates with a time, a weekday or an offset", () => {
    it("finds every parser of stated dates and offsets it names in this chrono (else it falls back to the slower full parser)", () => {
      assert.equal(statedDateParsers().complete, true);
    });
    const day = (text: string, year: number, month: number, d: number): Expect => ({ text, year, month, day: d, granularity: "day" });
    const rows: [string, Expect[]][] = [
      // A time or weekday beside a date is not part of what it states: the span is the date alone.
      ["The raid took place on 13 June 2020 at 10pm.", [day("13 June 2020", 2020, 6, 13)]],
      ["Officers arrived at 6am on Monday 13 June 2020.", [day("13 June 2020", 2020, 6, 13)]],
      ["On June 13th, 2020, at 3:15 pm, officers moved in.", [day("June 13th, 2020", 2020, 6, 13)]],
      ["Published 2 July 2020 10:30 BST, updated 3 July 2020 09:00", [day("2 July 2020", 2020, 7, 2), day("3 July 2020", 2020, 7, 3)]],
      // An offset from a stated date is the date it names.
      ["Two days after 13 June 2020, the network shut down.", [day("Two days after 13 June 2020", 2020, 6, 15)]],
      ["Three weeks before 13 June 2020 the messages were intercepted.", [day("Three weeks before 13 June 2020", 2020, 5, 23)]],
      // A sum of money is not a duration ("£54m" is not 54 minutes).
      ["Police seized £54m before 13 June 2020.", [day("13 June 2020", 2020, 6, 13)]],
    ];
    for (const [sentence, expected] of rows) it(sentence, () => assert.deepEqual(dates(sentence), expected));
  });

  describe("with a reference date", () => {
    const ref = new Date(2020, 6, 2, 12);
    it("resolves 'yesterday' to a day", () => {
      assert.deepEqual(dates("A source said yesterday that", ref), [{ text: "yesterday", year: 2020, month: 7, day: 1, granularity: "day" }]);
    });
    it("does not invent the year of 'last August'", () => {
      assert.deepEqual(dates("Patel said last August she", ref), [{ text: "August", month: 8, granularity: "month" }]);
    });
    it("does not invent a date for a bare weekday", () => {
      assert.deepEqual(dates("An arrest on Thursday and", ref), []);
    });
  });
});

describe("weekdays", () => {
  const weekdays = (t: string) => extractWeekdays(t, extractDates(t)).map((d) => [t.slice(d.span.start, d.span.end), d.weekday, d.ahead ?? false]);
  it("reads a weekday that dates an event, and whether the event is ahead", () => {
    assert.deepEqual(weekdays("The raid took place between 2 a.m. and 3 a.m. on Sunday."), [["Sunday", 0, false]]);
    assert.deepEqual(weekdays("He died on Saturday night."), [["Saturday", 6, false]]);
    assert.deepEqual(weekdays("The council will vote on Thursday."), [["Thursday", 4, true]]);
    // A running total's day, and a sentence's capital: "By Tuesday morning", "On Sunday".
    assert.deepEqual(weekdays("By Tuesday morning the level had fallen by 2.9 metres."), [["Tuesday", 2, false]]);
    assert.deepEqual(weekdays("On Sunday the river peaked."), [["Sunday", 0, false]]);
  });
  it("not a weekday its date follows, a plural, or one in a name", () => {
    for (const t of ["Thieves broke in on Sunday 8 March.", "It rained on Sunday, March 8.", "Shops open on Sundays.", "The Sunday Express said so.", "He spoke on Sunday's show."]) {
      assert.deepEqual(weekdays(t), [], t);
    }
  });
  it("places a weekday by its report's date: the last such day on or before it, or the next after it for an event ahead", () => {
    const tuesday = "2026-03-10T08:40:00Z";
    assert.deepEqual(weekdayDate({ weekday: 0 }, tuesday), { year: 2026, month: 3, day: 8 });
    assert.deepEqual(weekdayDate({ weekday: 2 }, tuesday), { year: 2026, month: 3, day: 10 });
    assert.deepEqual(weekdayDate({ weekday: 3 }, tuesday), { year: 2026, month: 3, day: 4 });
    assert.deepEqual(weekdayDate({ weekday: 4, ahead: true }, tuesday), { year: 2026, month: 3, day: 12 });
    assert.deepEqual(weekdayDate({ weekday: 1, ahead: true }, "2025-12-30"), { year: 2026, month: 1, day: 5 });
    assert.equal(weekdayDate({ weekday: 2, ahead: true }, tuesday), undefined, "this week's or next week's");
    assert.equal(weekdayDate({ weekday: 0 }, undefined), undefined);
    assert.equal(weekdayDate({ month: 3, day: 8 }, tuesday), undefined);
  });
});
