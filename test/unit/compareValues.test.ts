import * as assert from "node:assert/strict";
import fc from "fast-check";
import { claimInterval, comparable, compareDates, compareQuantities, formatNumber, formatQuantity, reportYear, type Agreement } from "../../src/core/analysis/compareValues";
import type { FactMention } from "../../src/core/analysis/sentenceAnalysis";
import { FactColumns, FIGURE_NO_LEVEL } from "../../src/core/index/factColumns";
import { extractQuantities, type Quantity } from "../../src/core/analysis/quantities";
import { extractDates, type DateMention } from "../../src/core/analysis/dates";

/** The single (non-year) quantity of a phrase, parsed by the real grammar. */
function q(phrase: string): Quantity {
  const qs = extractQuantities(phrase).filter((x) => !x.isYear);
  assert.equal(qs.length, 1, `one quantity in "${phrase}": ${JSON.stringify(qs.map((x) => x.text))}`);
  return qs[0];
}

/** The single date of a phrase, parsed by the real extractor. */
function d(phrase: string): DateMention {
  const ds = extractDates(phrase);
  assert.equal(ds.length, 1, `one date in "${phrase}"`);
  return ds[0];
}

describe("compareQuantities", () => {
  const rows: [claim: string, source: string, expected: Agreement][] = [
    ["more than 800 arrests", "746 arrests", "disagrees"],
    ["more than 800 arrests", "more than 746 arrests", "disagrees"],
    ["more than 700 arrests", "746 arrests", "agrees"],
    // Times taken to the second, however written.
    ["2:00:28", "2 hours, 0 minutes and 28 seconds", "agrees"],
    ["2:00:48", "2 hours, 0 minutes and 28 seconds", "disagrees"],
    ["47 minutes and 12 seconds", "47 minutes", "agrees"],
    ["42 minutes and 17 seconds", "47 minutes", "disagrees"],
    // A source's bound reaches past its figure by its last digit, at most a tenth of it: "at
    // least 10 years" is not "10 to 20 years".
    ["at least 15 years", "at least 10 years", "disagrees"],
    ["at least 10 years", "at least 10 years", "agrees"],
    ["11 years", "at least 10 years", "agrees"],
    ["746 arrests", "more than 700 arrests", "agrees"],
    ["fewer than 40 arrests", "fewer than 50 arrests", "disagrees"],
    ["746 arrests", "more than 746 arrests", "agrees"],
    ["£13.4m", "£13.3m", "disagrees"],
    ["£13.4m", "£13million", "agrees"],
    ["£45 million", "£54m", "disagrees"],
    ["£50m", "£54m", "agrees"],
    ["around 60,000 users", "60,000 users", "agrees"],
    ["about 340 groups", "about 220 groups", "disagrees"],
    ["five tonnes", "more than two tonnes", "disagrees"],
    ["more than two tonnes", "two tonnes", "agrees"],
    ["117 firearms", "77 firearms", "disagrees"],
    ["77 guns", "several dozen guns", "agrees"],
    ["up to £2,500", "up to £1,500", "disagrees"],
    ["up to 10,000", "about 10,000", "agrees"],
    ["a six-digit code", "a four-digit code", "disagrees"],
    ["746 arrests", "746 arrests", "agrees"],
    ["747 arrests", "746 arrests", "disagrees"],
    ["fewer than 700 arrests", "746 arrests", "disagrees"],
    ["at least 746 arrests", "746 arrests", "agrees"],
    ["at most 700 arrests", "746 arrests", "disagrees"],
    ["nearly 750 arrests", "746 arrests", "agrees"],
    // "nearly 10,000" is a tenth below at most, not anything under its last digit.
    ["8,900 steps", "nearly 10,000 steps", "disagrees"],
    ["9,500 steps", "nearly 10,000 steps", "agrees"],
    ["nearly 10,000 steps", "8,900 steps", "disagrees"],
    ["20% of adults", "one in five adults", "agrees"],
    ["25% of adults", "one in five adults", "disagrees"],
    ["between 700 and 800 arrests", "746 arrests", "agrees"],
    ["hundreds of arrests", "746 arrests", "agrees"],
    ["thousands of arrests", "746 arrests", "disagrees"],
    ["61.4 per cent", "61.4%", "agrees"],
    ["61.5 per cent", "61.4%", "disagrees"],
    ["2,000 kilos", "two tonnes", "agrees"],
    // "about" is a tenth either way, but no more than five of the figure's last significant digit.
    ["around 889,000 people", "898,000 people", "disagrees"],
    ["some 145,000 people", "154,000 people", "disagrees"],
    ["about 150,000 people", "154,000 people", "agrees"],
    ["around 900,000 people", "898,000 people", "agrees"],
    // An estimate is as precise as it is written.
    ["around 889,000 people", "an estimated 898,000 people", "disagrees"],
    ["898,000 people", "an estimated 898,000 people", "agrees"],
    // A source's "around" is its rounding: the claim's "about" gives the leeway, not both sides.
    ["around 5.4 million households", "around 4.5 million households", "disagrees"],
    ["around 4.6 million households", "around 4.5 million households", "agrees"],
    ["58,000 users", "about 60,000 users", "agrees"],
    // A claim stated more finely than the source must lie within the source's rounding: the two
    // roundings touching is not enough ("4.5%" and "4%" are two figures; 4.46 rounds to either).
    ["4.5%", "4%", "disagrees"],
    ["4.4%", "4%", "agrees"],
    ["3.5%", "4%", "agrees"],
    ["£13.5m", "£13million", "disagrees"],
    ["4.5%", "4.46%", "agrees"],
    ["4%", "4.4%", "agrees"],
    // Not a source's "around": the leeway is its rounding, touching or not.
    ["4.5%", "around 4%", "agrees"],
    // A tally agrees only with the very same tally.
    ["voted 5-4", "voted 5-4", "agrees"],
    ["voted 6-3", "voted 5-4", "disagrees"],
    ["won 2-1", "won 2-0", "disagrees"],
    // An area is no length: "roughly 50,000 square feet" is about 4,645 square metres.
    ["roughly 50,000 square feet", "4,600 square metres", "agrees"],
    ["roughly 50,000 square feet", "600 square kilometres", "disagrees"],
    ["12 hectares", "120,000 square metres", "agrees"],
    // A volume is no length either: "187,000 cubic metres" is 187 million litres.
    ["some 187,000 cubic metres", "187 million litres", "agrees"],
    ["some 187,000 cubic metres", "151 million litres", "disagrees"],
    ["about 40 gallons", "180 litres", "agrees"],
    // Speeds in their own units: 94 mph is 151 km/h.
    ["94 mph", "151 km/h", "agrees"],
    ["about 114km/h", "71mph", "agrees"],
    ["94 mph", "161 km/h", "disagrees"],
    ["3.1 metres per second", "11 km/h", "agrees"],
    // An ordinal agrees only with the very same ordinal.
    ["its fifth cut", "its fifth cut", "agrees"],
    ["its third cut", "its fifth cut", "disagrees"],
  ];
  for (const [claim, source, expected] of rows) {
    it(`claim "${claim}" vs source "${source}" ${expected}`, () => {
      const c = q(claim);
      const s = q(source);
      assert.ok(comparable(c, s), "comparable");
      assert.equal(compareQuantities(c, s), expected);
    });
  }
});

describe("comparable", () => {
  it("money in different currencies is not comparable", () => assert.equal(comparable(q("$67 million"), q("£54m")), false));
  it("money and plain counts are not comparable", () => assert.equal(comparable(q("£54m"), q("54 arrests")), false));
  it("a speed and a length are not comparable", () => assert.equal(comparable(q("about 114km/h"), q("6.2 miles")), false));
  it("percentages and counts are not comparable", () => assert.equal(comparable(q("20 per cent"), q("20 arrests")), false));
  it("an ordinal and a plain count are not comparable", () => assert.equal(comparable(q("its fifth cut"), q("five cuts")), false));
  it("a tally and a plain figure are not comparable", () => assert.equal(comparable(q("won 5-4"), q("won 5 games")), false));
  // What a count counts ("arrests" / "people were arrested") is the checker's call, from the clause.
  it("counted nouns are left to the caller", () => assert.equal(comparable(q("746 arrests"), q("746 firearms")), true));
  it("physical units of different families are not comparable", () => assert.equal(comparable(q("two tonnes"), q("two miles")), false));
  it("a physical unit and a count are not comparable", () => assert.equal(comparable(q("two tonnes"), q("two arrests")), false));
  it("a figure without a unit is comparable with one that has a unit", () => assert.equal(comparable(q("about 10,000"), q("10,000 users")), true));
  it("units of one family are comparable", () => assert.equal(comparable(q("two tonnes"), q("500 kilos")), true));
  it("an area and a length are not comparable ('50,000 square feet' / '600 feet')", () => assert.equal(comparable(q("50,000 square feet"), q("600 feet")), false));
  it("a volume and a length are not comparable ('187,000 cubic metres' / 'six metres')", () => assert.equal(comparable(q("187,000 cubic metres"), q("six metres")), false));
});

describe("compareDates", () => {
  const rows: [claim: string, source: string, expected: Agreement | "coarser"][] = [
    ["on 13 June 2020", "on 13 June 2020", "agrees"],
    ["on 14 June 2020", "on 13 June 2020", "disagrees"],
    ["on 13 June 2020", "in the month of June", "coarser"],
    ["in June", "on 13 June 2020", "agrees"],
    ["in March", "in April", "disagrees"],
    ["on 1 April", "on 1 April 2020", "agrees"],
    ["on 1 April 2020", "on 1 April", "coarser"],
    ["in 2015", "in 2016", "disagrees"],
    ["in 2015", "in 2015", "agrees"],
    ["in May", "from April to June", "coarser"],
    ["in August", "from April to June", "disagrees"],
    ["in 2015", "in June", "coarser"],
    ["on 13 June 2020", "on 13 June 2019", "disagrees"],
    // Two spans to the same component: the same span, or another.
    ["from 4 to 6 July", "from 3 to 5 July", "disagrees"],
    ["from 3 to 5 July", "from 3 to 5 July", "agrees"],
    ["from 3 to 5 July", "on 4 July", "agrees"],
    ["on 4 July", "from 3 to 5 July", "coarser"],
    ["from April to June", "from April to May", "disagrees"],
    ["from April to June", "from 1 April to 30 June", "agrees"],
  ];
  for (const [claim, source, expected] of rows) {
    it(`claim "${claim}" vs source "${source}" ${expected}`, () => assert.equal(compareDates(d(claim), d(source)), expected));
  }
});

describe("reportYear", () => {
  const rows: [source: string, published: string | undefined, expected: number | undefined][] = [
    ["on March 6", "2024-03-06", 2024],
    ["on 20 March", "2024-03-06", 2024],
    ["in early April", "2024-03-06", 2024],
    ["on 20 December", "2024-03-06", 2023],
    ["on 20 December", "2024-12-28", 2024],
    ["in May", "2024-03-06", 2023],
    ["on 6 March 2024", "2024-03-06", undefined],
    ["on March 6", "2024-03", undefined],
    ["on March 6", undefined, undefined],
  ];
  for (const [source, published, expected] of rows) {
    it(`"${source}" in a report of ${published ?? "no date"} is of ${expected ?? "no year it can tell"}`, () => assert.equal(reportYear(d(source), published), expected));
  }
});

describe("formatQuantity", () => {
  const rows: [string, string][] = [
    ["£54m", "£54m"],
    ["£54million", "£54m"],
    ["£13.4m", "£13.4m"],
    ["746 arrests", "746"],
    ["more than 2,100 arrests", "more than 2,100"],
    ["about 60,000 users", "about 60,000"],
    ["up to £1,500", "up to £1,500"],
    ["20 per cent", "20%"],
    ["several dozen guns", "several dozen"],
    ["$67 million", "$67m"],
    ["€2.3bn", "€2.3bn"],
    ["1.2 million voters", "1.2 million"],
    ["between 40 and 50 people", "40-50"],
    ["won 2-0 at home", "2-0"],
    ["its fifth cut", "fifth"],
  ];
  for (const [phrase, shown] of rows) it(`${phrase} -> ${shown}`, () => assert.equal(formatQuantity(q(phrase)), shown));
});

describe("formatNumber", () => {
  it("groups thousands and shows the decimals the precision implies", () => {
    assert.equal(formatNumber(4123, 1), "4,123");
    assert.equal(formatNumber(1004, 1), "1,004");
    assert.equal(formatNumber(999, 1), "999");
    assert.equal(formatNumber(13.4, 0.1), "13.4");
    assert.equal(formatNumber(2.25, 0.01), "2.25");
    assert.equal(formatNumber(-1500000, 1), "-1,500,000");
  });
  it("formats whole numbers as en-GB's formatter does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 1, -1, 999, 1000, -1000, 999999, 1000000)), (n) => {
        assert.equal(formatNumber(n, 1), n.toLocaleString("en-GB", { maximumFractionDigits: 0 }));
      }),
    );
  });
  it("formats alike, call after call, whichever precisions come between (formatters are reused)", () => {
    const rows: [number, number][] = [[1234.5, 1], [1234.5, 0.1], [0.125, 0.001], [1234.5, 1], [7, 1e-9], [1234.5, 0.1]];
    const first = rows.map(([n, p]) => formatNumber(n, p));
    assert.deepEqual(first, ["1,235", "1,234.5", "0.125", "1,235", "7.000000", "1,234.5"]);
    assert.deepEqual(rows.map(([n, p]) => formatNumber(n, p)), first);
  });
});

describe("figures in the index's columns", () => {
  it("agree with a claim's figure exactly as compareQuantities says, for every pair of qualifiers and scales", () => {
    const phrases = [
      "746 arrests", "more than 746 arrests", "over 800 arrests", "nearly 800 arrests", "about 800 arrests", "at least 800 arrests",
      "at most 800 arrests", "fewer than 750 arrests", "up to 800 arrests", "between 700 and 800 arrests", "hundreds of arrests",
      "£13million", "£13.4m", "£54m", "£1,500", "around £50m", "two tonnes", "2,000 kilos", "20 per cent", "60,000 users", "100 firearms",
      "£13.5m", "4%", "4.5%", "4.46%", "around 4%", "won 5-4", "won 6-3", "won 2-0",
    ].map(q);
    const cols = new FactColumns();
    const fids = phrases.map((source, i) => cols.add(i, 0, i, { kind: "quantity", quantity: source, span: source.span } as FactMention));
    let compared = 0;
    for (const claim of phrases) {
      for (let i = 0; i < phrases.length; i++) {
        if (!comparable(claim, phrases[i]!)) continue;
        compared++;
        assert.equal(cols.agrees(claimInterval(claim), fids[i]!), compareQuantities(claim, phrases[i]!) === "agrees", `claim "${claim.text}", source "${phrases[i]!.text}"`);
      }
    }
    assert.ok(compared > 150, `${compared} comparable pairs`);
  });
});

describe("figure kinds in the index's columns", () => {
  it("are the same for two figures exactly when they share currency, share-ness and unit, and mark differences", () => {
    const phrases = ["746 arrests", "£54m", "£1,500", "$2m", "20 per cent", "4%", "two tonnes", "2,000 kilos", "300 metres", "12 people"].map(q);
    const cols = new FactColumns();
    const fids = phrases.map((figure, i) => cols.add(i, 0, i, { kind: "quantity", quantity: figure, span: figure.span, ...(i === 2 ? { difference: true } : {}) } as FactMention));
    const date = d("on 13 June 2020");
    assert.equal(cols.figureKind[cols.add(99, 0, 0, { kind: "date", date, span: date.span } as FactMention)], -1);
    for (const [i, a] of phrases.entries()) {
      for (const [j, b] of phrases.entries()) {
        const sameKind = a.currency === b.currency && !!a.percent === !!b.percent && a.unit === b.unit;
        assert.equal(cols.figureKind[fids[i]!] === cols.figureKind[fids[j]!], sameKind, `"${a.text}" and "${b.text}"`);
      }
      assert.equal((cols.figureFlags[fids[i]!]! & FIGURE_NO_LEVEL) !== 0, i === 2, a.text);
    }
    assert.ok(new Set(fids.map((f) => cols.figureKind[f])).size >= 6);
  });
});

describe("weekdays in the index's columns", () => {
  it("are dates said by their weekday alone, never a figure whose interval's bits look like one", () => {
    const cols = new FactColumns();
    // Counts whose low end, read as packed date parts, has the weekday's month (13).
    let looksLikeOne = 0;
    for (let n = 400; n < 1400; n += 7) {
      const figure = q(`${n} people`);
      const fid = cols.add(n, 0, 0, { kind: "quantity", quantity: figure, span: figure.span } as FactMention);
      if (Math.floor(cols.lo[fid]! / 32) % 16 !== 13) continue;
      looksLikeOne++;
      assert.equal(cols.isWeekday(fid), false, figure.text);
    }
    assert.ok(looksLikeOne > 0, "some figure's low end must look like a weekday for this test to tell");
  });
});

describe("dates in the index's columns", () => {
  const phrases = [
    "on 13 June 2020", "on 14 June 2020", "in the month of June", "on 1 April", "on 1 April 2020", "in 2015", "in 2016",
    "from April to June", "from April to June 2021", "in March", "in August", "on 13 June 2019", "between 2 and 9 March 2017",
    "on 31 December 1999", "from 2015 to 2018",
  ].map(d);

  it("give back each date's parts as its mention states them", () => {
    const cols = new FactColumns();
    for (const [i, date] of phrases.entries()) {
      const fid = cols.add(i, 0, i, { kind: "date", date, span: date.span } as FactMention);
      const { year, month, day, endYear, endMonth, endDay } = date;
      const stated = Object.fromEntries(Object.entries({ year, month, day, endYear, endMonth, endDay }).filter(([, v]) => v !== undefined));
      assert.deepEqual(cols.dateAt(fid), stated, date.text);
    }
  });

  it("compare with a claim's date exactly as the mentions do, and share a key only when their parts are the same", () => {
    const cols = new FactColumns();
    const fids = phrases.map((date, i) => cols.add(i, 0, i, { kind: "date", date, span: date.span } as FactMention));
    for (const claim of phrases) {
      for (let i = 0; i < phrases.length; i++) {
        assert.equal(compareDates(claim, cols.dateAt(fids[i]!)), compareDates(claim, phrases[i]!), `claim "${claim.text}", source "${phrases[i]!.text}"`);
        const samePart = JSON.stringify(cols.dateAt(fids[i]!)) === JSON.stringify(cols.dateAt(fids[phrases.indexOf(claim)]!));
        assert.equal(cols.dateKey(fids[i]!) === cols.dateKey(fids[phrases.indexOf(claim)]!), samePart);
      }
    }
  });
});
