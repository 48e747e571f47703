/**
 * Pieces of the fact check that stand on their own.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { analyzeSentence } from "../../src/core/analysis/sentenceAnalysis";
import { nameWords, storyNamesOf } from "../../src/core/check/storyGuards";
import { apartBeyondSlip, apartBeyondSlipFrom, assessFact, significantDigits, withMonthsOfAgreeingPassages } from "../../src/core/check/factCheck";
import { bestPerDocument, byScoreDescending, type Candidate } from "../../src/core/check/candidates";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";

/** An index of sources given as [path, text] (the path's extension says how each is read). */
function indexOf(...sources: [path: string, text: string][]): CorpusIndex {
  return CorpusIndex.build(
    sources.map(([file, text]) => {
      const r = readSourceText(file, text);
      assert.ok(r.ok, file);
      return r.document;
    }),
  );
}

/** The assessment of the claim's first fact of `kind`, against every source or only the `cited` ones. */
/** The files of the eval's probe corpora (`test/eval/<story>-corpus`), each as `<story>/<file>` and its text. */
function probeFiles(...stories: string[]): [path: string, text: string][] {
  return stories.flatMap((story) => {
    const dir = path.resolve(__dirname, `../../../test/eval/${story}-corpus`);
    return fs.readdirSync(dir).map((f): [string, string] => [`${story}/${f}`, fs.readFileSync(path.join(dir, f), "utf8")]);
  });
}

function assessFirst(ix: CorpusIndex, claimText: string, kind: "quantity" | "date" = "quantity", cited?: Set<number>) {
  // Names resolved by the corpus, as a check resolves them ("Harlow" as a name the sources use).
  const claim = analyzeSentence(claimText, { start: 0, end: claimText.length }, [], ix.names.resolver());
  const fact = claim.facts.find((f) => f.kind === kind);
  assert.ok(fact, `the claim states a ${kind === "date" ? "date" : "figure"}`);
  return assessFact(ix, claim, fact, cited);
}

/** Each figure of the claim as written, with its verdict ("£1.2bn supported"). */
function figureVerdicts(ix: CorpusIndex, claimText: string, resolved = false): string[] {
  // Names resolved by the corpus only when asked: the older tests read the claim alone.
  const claim = analyzeSentence(claimText, { start: 0, end: claimText.length }, [], resolved ? ix.names.resolver() : undefined);
  return claim.facts.filter((f) => f.kind === "quantity").map((f) => `${claimText.slice(f.span.start, f.span.end)} ${assessFact(ix, claim, f).verdict}`);
}

describe("fact check: ordering stances", () => {
  it("orders candidates by score, best first, equal scores in their order, as a stable sort does", () => {
    // Few distinct scores (near-copies share theirs), 0 and -0 among them.
    const score = fc.constantFrom(0, -0, 0.25, 0.5, 0.5000001, 0.75, 1, 2.5);
    fc.assert(
      fc.property(fc.array(score, { maxLength: 200 }), (scores) => {
        const cs = scores.map((s, i) => ({ fid: i, score: s }) as unknown as Candidate);
        const got = byScoreDescending(cs).map((c) => c.fid);
        const want = [...cs].sort((a, b) => b.score - a.score).map((c) => c.fid);
        assert.deepEqual(got, want);
      }),
    );
    // Any scores at all, distinct ones included.
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 100 }), (scores) => {
        const cs = scores.map((s, i) => ({ fid: i, score: s }) as unknown as Candidate);
        assert.deepEqual(
          byScoreDescending(cs).map((c) => c.fid),
          [...cs].sort((a, b) => b.score - a.score).map((c) => c.fid),
        );
      }),
    );
  });

  it("leaves its input as it was", () => {
    const cs = [0.5, 1, 0.5].map((s, i) => ({ fid: i, score: s }) as unknown as Candidate);
    assert.deepEqual(byScoreDescending(cs).map((c) => c.fid), [1, 0, 2]);
    assert.deepEqual(cs.map((c) => c.fid), [0, 1, 2]);
  });
});

describe("fact check: figures apart beyond a slip of scale", () => {
  it("answers for one claim's figure as apartBeyondSlip does for each pair, asked again or not", () => {
    // Figures of a few leading digits at many scales: slips ("£1.1m" for "£1.1bn") among them.
    const figure = fc.oneof(
      fc.tuple(fc.constantFrom(1.1, 1.15, 2.4, 3.5, 7.25, 9.99, 1, 0.5), fc.integer({ min: -3, max: 10 })).map(([m, e]) => m * 10 ** e),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.constantFrom(0, -0, NaN, Infinity),
    );
    fc.assert(
      fc.property(figure, fc.array(figure, { maxLength: 40 }), (a, bs) => {
        const apart = apartBeyondSlipFrom(a);
        for (const b of [...bs, ...bs]) assert.equal(apart(b), apartBeyondSlip(a, b), `${a} / ${b}`);
      }),
    );
  });

  it("tells a slip of scale from another figure", () => {
    assert.equal(apartBeyondSlip(1.1e9, 1.1e6), false);
    assert.equal(apartBeyondSlip(1.1e6, 40), true);
    assert.equal(apartBeyondSlip(1.1e6, 2e6), false);
    assert.equal(apartBeyondSlipFrom(1.1e9)(1.1e6), false);
    assert.equal(apartBeyondSlipFrom(1.1e6)(40), true);
  });
});

describe("fact check: one stance per source", () => {
  /**
   * What the check asks for, written plainly: per source, its best agreeing candidate (the
   * higher score, the first of equals), unless its best disagreeing one scores over 1/0.8 times
   * as much; sources in the order first seen.
   */
  function reference(cs: readonly Candidate[], exact: (c: Candidate) => boolean = () => false): Candidate[] {
    const docs: number[] = [];
    for (const c of cs) if (!docs.includes(c.doc)) docs.push(c.doc);
    return docs.map((d) => {
      const best = (agrees: boolean) => cs.filter((c) => c.doc === d && c.agrees === agrees).reduce<Candidate | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
      const a = best(true);
      const n = best(false);
      return a && (!n || a.score >= 0.8 * n.score || exact(a)) ? a : (n ?? a)!;
    });
  }
  const candidate = fc.record({ doc: fc.nat({ max: 12 }), agrees: fc.boolean(), score: fc.constantFrom(0.3, 0.5, 0.7, 0.72, 0.9) });

  it("takes each source's best candidate, sources in the order first seen, whether or not a source's candidates are neighbours", () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 80 }), fc.boolean(), (raw, sorted) => {
        // In fact order a source's candidates are neighbours; after a live update one may come back.
        const rows = sorted ? [...raw].sort((a, b) => a.doc - b.doc) : raw;
        const cs = rows.map((r, i) => ({ ...r, fid: i }) as unknown as Candidate);
        assert.deepEqual(bestPerDocument(cs).map((c) => c.fid), reference(cs).map((c) => c.fid));
        // An agreeing candidate with the claim's very figure keeps its source whatever else it says.
        const exact = (c: Candidate) => c.fid % 3 === 0;
        assert.deepEqual(bestPerDocument(cs, exact).map((c) => c.fid), reference(cs, exact).map((c) => c.fid));
      }),
    );
  });
});

describe("fact check: scope", () => {
  const index = (...texts: string[]) => indexOf(...texts.map((text, i): [string, string] => [`source-${i}.txt`, text]));
  const verdict = (ix: CorpusIndex, claimText: string) => assessFirst(ix, claimText).verdict;
  // Sources that scope the figure to one place, and one that states it for another body.
  const ix = index(
    "The Northshire messaging network had 60,000 users in Europe, investigators said.",
    "Investigators said the Northshire messaging network had 60,000 users in Europe.",
    "The Southshire Constabulary said 60,000 users of its own app were in Europe.",
  );

  it("a worldwide figure agrees with the same figure stated for one place", () => {
    assert.equal(verdict(ix, "The Northshire messaging network had 60,000 users worldwide."), "supported");
  });
  it("a worldwide figure is not contradicted by another figure stated for one place", () => {
    assert.equal(verdict(ix, "The Northshire messaging network had 45,000 users worldwide."), "unknown");
  });
  it("a figure for another place is neither agreed with nor contradicted", () => {
    assert.equal(verdict(ix, "The Northshire messaging network had 60,000 users in Asia."), "unknown");
    assert.equal(verdict(ix, "The Northshire messaging network had 45,000 users in Asia."), "unknown");
  });
  it("the same place's figure agrees, and a different one contradicts", () => {
    assert.equal(verdict(ix, "The Northshire messaging network had 60,000 users in Europe."), "supported");
    assert.equal(verdict(ix, "The Northshire messaging network had 45,000 users in Europe."), "contradicted");
  });
});

describe("fact check: ages", () => {
  // Two reports naming four men and a woman by their ages: each age belongs to one person.
  const sources = [
    "Two arrested after jewellery robbery\n\nA 34-year-old man was arrested in Leeds on Tuesday in connection with the robbery of a jewellery shop on Briggate.\n\n" +
      "Police said a 25-year-old woman was also arrested and remains in custody.\n\nThe shop's owner, a 58-year-old man, was treated in hospital for minor injuries.\n",
    "Third arrest over jewellery robbery\n\nDetectives investigating the robbery of a jewellery shop in Leeds arrested a 19-year-old man in Bradford on Wednesday.\n\n" +
      "A 34-year-old man arrested on Tuesday has been released on bail, police said.\n\nA 61-year-old man who witnessed the robbery said it was over in less than a minute.\n",
  ];
  const ix = indexOf(...sources.map((text, i): [string, string] => [`report-${i}.md`, text]));
  function assess(claimText: string) {
    const a = assessFirst(ix, claimText);
    return [a.verdict, a.suggestion ?? null];
  }

  it("an age is agreed with by the passage about that person, not disputed by other people's ages", () => {
    assert.deepEqual(assess("The shop owner, a 58-year-old man, was treated in hospital."), ["supported", null]);
    assert.deepEqual(assess("A 61-year-old man witnessed the robbery."), ["supported", null]);
    assert.deepEqual(assess("A 19-year-old man was arrested in Bradford."), ["supported", null]);
  });
  it("a wrong age is contradicted by that person's age, not another's", () => {
    assert.deepEqual(assess("The shop owner, a 85-year-old man, was treated in hospital."), ["contradicted", "58"]);
    assert.deepEqual(assess("A 19-year-old man was released on bail."), ["contradicted", "34"]);
  });
  it("an age no passage gives of the person described is neither", () => {
    assert.deepEqual(assess("A 30-year-old man was arrested over a separate burglary in York."), ["unknown", null]);
    assert.deepEqual(assess("A 45-year-old woman was treated in hospital after a crash."), ["unknown", null]);
  });
});

describe("fact check: ages by name, margins and levels, since-dates", () => {
  // A by-election told twice: ages after names ("Okafor, 34,"), a margin beside a level, a seat held "since".
  const ix = indexOf(
    ["count.md", "# Greens win\n\nHelen Okafor took 14,213 votes, 2,876 more than the Conservative candidate Mark Rudd, who won 11,337.\n\n" +
      "Whitcombe, who had held the seat since 2005, stood down on 12 January.\n"],
    ["wire.txt", "Greens win Castlebridge\n\nOkafor, 34, polled 14,213 votes to 11,337 for Conservative Mark Rudd, 52, a local councillor.\n\n" +
      "Helen Okafor, a 34-year-old former paramedic, won with a majority of 2,876 over the Conservatives.\n"],
  );
  const assess = (claimText: string, kind: "quantity" | "date" = "quantity") => {
    const a = assessFirst(ix, claimText, kind);
    return [a.verdict, a.suggestion ?? null];
  };

  it("an age after a name is that person's: agreed with in years, and a wrong one contradicted", () => {
    assert.deepEqual(assess("Rudd is a 52-year-old local councillor."), ["supported", null]);
    assert.deepEqual(assess("Okafor, 34, is a former paramedic."), ["supported", null]);
    assert.deepEqual(assess("Okafor, 43, is a former paramedic."), ["contradicted", "34"]);
    assert.deepEqual(assess("Rudd, 43, is a local councillor."), ["contradicted", "52"]);
  });
  it("a margin is not contradicted by a level, but by another margin", () => {
    assert.deepEqual(assess("Okafor won by 2,876 votes."), ["supported", null]);
    assert.deepEqual(assess("Okafor won by 3,876 votes."), ["contradicted", "2,876"]);
    assert.deepEqual(assess("Okafor won with a majority of 3,876."), ["contradicted", "2,876"]);
    assert.deepEqual(assess("Okafor took 14,213 votes."), ["supported", null]);
  });
  it("a figure beside an age is not answered by another person's figure beside another age", () => {
    assert.deepEqual(assess("Rudd, a 52-year-old councillor, won 11,337 votes."), ["supported", null]);
    assert.equal(assess("Mark Rudd won 12,337 votes.")[0], "contradicted");
  });
  it("a since-date is contradicted by another since-date only", () => {
    assert.deepEqual(assess("Whitcombe had held the seat since 2005.", "date"), ["supported", null]);
    assert.deepEqual(assess("Whitcombe had held the seat since 2010.", "date"), ["contradicted", "2005"]);
    assert.notEqual(assess("Whitcombe held the seat in 2010.", "date")[0], "contradicted");
  });
});

describe("fact check: people and events", () => {
  const ix = indexOf(
    ["a.md", "# Count\n\nHelen Okafor won the seat with 14,213 votes.\n\nWhitcombe stood down on 12 January.\n"],
    ["b.md", "# Count\n\nOn the night Mark Rudd won 11,337 votes.\n\nThe waiting list stood at 7.5 million in March.\n"],
  );
  it("a figure said of one person is neither agreed nor disagreed with by another person's", () => {
    assert.equal(assessFirst(ix, "Mark Rudd won 11,337 votes.").verdict, "supported");
    // Rudd's 11,337 does not back it (no dispute): her own 14,213 contradicts it.
    const okafor = assessFirst(ix, "Helen Okafor won 11,337 votes.");
    assert.deepEqual([okafor.verdict, okafor.suggestion], ["contradicted", "14,213"]);
    assert.equal(assessFirst(ix, "Mark Rudd won 14,213 votes.").verdict, "contradicted");
  });
  it("a verb with its particle dates another event ('stood down' / 'stood at')", () => {
    assert.equal(assessFirst(ix, "The waiting list stood at 7.5 million in March.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "Whitcombe stood down on 12 January.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "Whitcombe stood down on 21 January.", "date").verdict, "contradicted");
  });
});

describe("fact check: a source's stance", () => {
  const ix = indexOf(
    ["a.md", "# Fined\n\nThe regulator fined Parallel after hackers stole the personal details of 5.6 million customers.\n\nParallel, which is based in Reading, has about 7 million customers in the UK.\n"],
    ["b.txt", "Fined\n\nHackers stole data belonging to 5.6 million customers, the regulator said.\n"],
  );
  it("is its disagreeing passage where that one says the claim clearly better than its agreeing one", () => {
    const a = assessFirst(ix, "Hackers stole the personal details of 6.5 million Parallel customers.");
    assert.deepEqual([a.verdict, a.suggestion], ["contradicted", "5.6 million"]);
  });
  it("is its agreeing passage where that one gives the claim's very figure", () => {
    const both = indexOf(["c.md", "# Fined\n\nHackers stole the personal details of 5.6 million customers, the regulator said.\n\nParallel has 7 million customers.\n"]);
    assert.notEqual(assessFirst(both, "Parallel has 7 million customers, and hackers stole the personal details of many of them.").verdict, "contradicted");
  });
  it("is its agreeing passage where that one says the claim as well", () => {
    assert.equal(assessFirst(ix, "Parallel has about 7 million customers in the UK.").verdict === "contradicted", false);
    assert.equal(assessFirst(ix, "Hackers stole the personal details of 5.6 million customers.").verdict, "supported");
  });
});

describe("fact check: a share as a ratio, and a difference in shares", () => {
  const ix = indexOf(
    ["a.md", "# Walking\n\nOne in five adults in the UK does less than 30 minutes of exercise a week, NHS figures show.\n"],
    ["b.txt", "Walking\n\nThose taking 9,800 steps a day were 51 per cent less likely to develop dementia over seven years.\n"],
  );
  it("'one in five adults' backs '20% of adults', and a share 'less likely' is no level to contradict it", () => {
    assert.equal(assessFirst(ix, "20% of adults in the UK do less than 30 minutes of exercise a week.").verdict, "supported");
    assert.equal(assessFirst(ix, "30% of adults in the UK do less than 30 minutes of exercise a week.").verdict, "contradicted");
  });
});

describe("fact check: the claim's own figure in a sentence of two", () => {
  const ix = indexOf(["a.md", "# Steps\n\nWalking about 3,800 steps a day was linked to a 25% lower risk of dementia, while 9,800 steps cut the risk by 51%.\n"]);
  it("answers for the sentence wherever its clause stands", () => {
    assert.equal(assessFirst(ix, "People who walked 9,800 steps a day were about half as likely to develop dementia.").verdict, "supported");
    assert.equal(assessFirst(ix, "People who walked 3,800 steps a day had a lower risk of dementia.").verdict, "supported");
    assert.equal(assessFirst(ix, "People who walked 5,800 steps a day had a lower risk of dementia.").verdict, "contradicted");
  });
});

describe("fact check: a figure that names no place, in a story about one", () => {
  const ix = indexOf(
    ["a.txt", "UK house prices edge up in March\n\nBritish house prices rose by 0.5% in March, the lender said.\n\nCompared with March last year, prices were 3.2% higher.\n"],
    ["b.txt", "Prices rise\n\nThe lender said on Monday that prices rose.\n\nCompared with March last year, prices were 3.2% higher.\n"],
  );
  it("is of the story's places: it does not contradict a claim about another place", () => {
    // a.txt's lead is about the UK: its 3.2% says nothing of Wales; b.txt names no place, so its 3.2% still answers.
    const wales = assessFirst(ix, "House prices in Wales were 2% higher than in March last year.");
    assert.deepEqual([wales.verdict, wales.disagreeingDocs], ["contradicted", [1]]);
    // About the UK, a.txt's figure answers it.
    const uk = assessFirst(ix, "House prices in the UK were 2% higher than in March last year.");
    assert.deepEqual([uk.verdict, uk.disagreeingDocs.includes(0)], ["contradicted", true]);
  });
});

describe("fact check: sums of different things spoken of alike", () => {
  const ix = indexOf(
    ["wall.txt", "Flood wall\n\nThe £14m wall, approved in 2019, was due to be finished in 2022.\n"],
    ["homes.txt", "Prices\n\nThe average property now costs £296,000, the lender said.\n\nIn the north, prices were up 7.1% to £204,000.\n"],
  );
  it("share only how money is spoken of ('cost'): neither contradicts the other", () => {
    assert.equal(assessFirst(ix, "The wall would have cost £14m.").verdict, "supported");
    assert.equal(assessFirst(ix, "The wall would have cost £15m.").verdict, "contradicted");
  });
  it("a share of prices still meets a share of prices", () => {
    assert.equal(assessFirst(ix, "In the north, prices rose 1.7%.").verdict, "contradicted");
  });
});

describe("fact check: a part and its whole in one sentence", () => {
  const ix = indexOf(["wire.txt", "Strike goes ahead\n\nThe company said it would run a reduced timetable on 12 of its 160 routes during the strike.\n"]);
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("a claim of the part agrees with the part, not disagreed with by the whole, and the whole with the whole", () => {
    assert.equal(verdict("Westway will run a reduced timetable on 12 routes during the strike."), "supported");
    assert.equal(verdict("The company has 160 routes."), "supported");
    // (Not "Westway will run ...": a name no source has, opening a claim, is answered by no figure.)
    assert.equal(verdict("The company will run a reduced timetable on 21 routes during the strike."), "contradicted");
  });
});

describe("fact check: a day and month in a dated report", () => {
  const ix = indexOf(["report.md", "---\ndate: 2024-03-06\n---\n\n# Jobs cut\n\nHarlow Motors announced the job cuts on Wednesday, March 6.\n"]);
  const verdict = (claimText: string) => assessFirst(ix, claimText, "date").verdict;

  it("is confirmed in the report's year", () => {
    assert.equal(verdict("Harlow Motors announced the job cuts on 6 March 2024."), "supported");
    assert.equal(verdict("Harlow Motors announced the job cuts on 6 March."), "supported");
  });
  it("is not held against another year (a report may look ahead), and another day still disagrees", () => {
    assert.equal(verdict("Harlow Motors announced the job cuts on 6 March 2023."), "unknown");
    assert.equal(verdict("Harlow Motors announced the job cuts on 9 March 2024."), "contradicted");
  });
});

describe("fact check: a date of a figure", () => {
  // One report gives two figures with their months; another the later figure, rounded.
  const ix = indexOf(
    ["list-0.txt", "Waiting list\n\nThe waiting list in England fell to 7.54 million in March, down from 7.57 million in February, figures show.\n"],
    ["list-1.txt", "Waiting list down\n\nThe national waiting list fell to 7.5 million in March, figures show.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText, "date").verdict;

  it("is not contradicted by the date of another figure in the source's clause", () => {
    assert.equal(verdict("The waiting list fell from 7.57 million in February."), "supported");
    assert.equal(verdict("The waiting list fell to 7.54 million in March."), "supported");
  });
  it("is contradicted by the date the source gives the same figure", () => {
    assert.equal(verdict("The waiting list fell to 7.54 million in April."), "contradicted");
  });
});

describe("fact check: in the source a claim cites", () => {
  const ix = indexOf(["post.txt", "Kingpin locked up\n\nA Bristol man who ran a cocaine network has been sent to prison for 14 years.\n\nPolice said the network used 14 couriers.\n"]);
  const verdict = (claimText: string, cited: boolean) => assessFirst(ix, claimText, "quantity", cited ? new Set([0]) : undefined).verdict;

  it("the very same figure of the same unit agrees, however the event is worded", () => {
    assert.equal(verdict("The cocaine network boss was jailed for 14 years.", true), "supported");
  });
  it("not another figure, nor another unit, nor in a source the claim does not cite", () => {
    assert.notEqual(verdict("The cocaine network boss was jailed for 16 years.", true), "supported");
    assert.notEqual(verdict("The cocaine network boss was jailed for 14 months.", true), "supported");
    assert.notEqual(verdict("Police said the network used 14 vans.", true), "supported");
    assert.equal(verdict("The cocaine network boss was jailed for 14 years.", false), "unknown");
  });
});

describe("fact check: what a sum or share is of, where a change started, which clause a figure is in", () => {
  // The business probe's three reports of a carmaker's job cuts (HTML, Markdown, text).
  const dir = path.join(__dirname, "..", "..", "..", "test", "eval", "business-corpus");
  const ix = indexOf(...fs.readdirSync(dir).sort().map((f): [string, string] => [path.join(dir, f), fs.readFileSync(path.join(dir, f), "utf8")]));
  const verdicts = (claimText: string) => figureVerdicts(ix, claimText);

  it("a share of one thing is not disputed by a share of another ('7% of its workforce' / 'profit fell by 38%')", () => {
    assert.deepEqual(verdicts("Harlow Motors will cut 4,200 jobs, about 7% of its workforce."), ["4,200 supported", "7% supported"]);
  });
  it("a sum the clause does not name is not contradicted by a sum of something else ('save £800m a year')", () => {
    const [reached] = verdicts("Harlow Motors' profit fell to £1.2bn from £1.9bn.");
    assert.equal(reached, "£1.2bn supported");
  });
  it("the figure a change started from is not contradicted by the one it reached, and is by another start", () => {
    assert.notEqual(verdicts("Harlow Motors' profit fell to £1.2bn from £1.9bn.")[1], "£1.9bn contradicted");
    assert.deepEqual(verdicts("The company reported a pre-tax profit of £1.2bn for the year to December, down from £2.9bn a year earlier."), ["£1.2bn supported", "£2.9bn contradicted"]);
  });
  it("a sum named like the source's still disagrees", () => {
    assert.deepEqual(verdicts("Harlow's pre-tax profit fell 38 per cent to £2.1 billion last year."), ["38 per cent supported", "£2.1 billion contradicted"]);
  });
  it("of two figures in a sentence, the one whose clause names the claim's place answers it ('4,200 jobs, including 1,500 in the UK')", () => {
    assert.deepEqual(verdicts("Harlow will cut 1,500 jobs in the UK."), ["1,500 supported"]);
  });
});

describe("fact check: a change's start and end in one clause", () => {
  // Both figures of the source share their clause, words and names: only "from" tells them apart.
  const ix = indexOf(["results.txt", "Results\n\nHarlow's annual profit fell to £1.2bn from £1.9bn.\n"]);
  const verdicts = (claimText: string) => figureVerdicts(ix, claimText);

  it("each is compared with its own kind of figure", () => {
    assert.deepEqual(verdicts("Harlow's annual profit fell to £1.2bn from £1.9bn."), ["£1.2bn supported", "£1.9bn supported"]);
    assert.deepEqual(verdicts("Harlow's annual profit fell to £1.2bn from £1.5bn."), ["£1.2bn supported", "£1.5bn contradicted"]);
    assert.deepEqual(verdicts("Harlow's annual profit fell to £1.5bn from £1.9bn."), ["£1.5bn contradicted", "£1.9bn supported"]);
  });
});

describe("fact check: a figure of a common unit, restated", () => {
  const ix = indexOf(["appeal.txt", "Appeal\n\nThe appeal will fund emergency shelter for 45,000 people and clean water for 150,000 over the next six months.\n\nSeismologists recorded more than 140 aftershocks in the first 24 hours.\n"]);
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("agrees where the passage says nearly all the claim says, with its very figure and unit ('45,000 people', '24 hours')", () => {
    assert.equal(verdict("The appeal will fund emergency shelter for 45,000 people."), "supported");
    assert.equal(verdict("In the first 24 hours, seismologists recorded aftershocks."), "supported");
  });
  it("not with another figure, nor where the passage says little of the claim", () => {
    assert.equal(verdict("The appeal will fund emergency shelter for 46,000 people."), "unknown");
    assert.equal(verdict("Some 45,000 people were evacuated from the coast."), "unknown");
  });
});

describe("fact check: an undated figure is of its report's time", () => {
  const ix = indexOf(
    ["wire.md", "---\ntitle: Quake\ndate: 2025-09-14\n---\n\n# Quake\n\nThe quake killed 312 people on Sunday.\n\nThe last quake of its strength in the region, in 2001, killed 145 people.\n"],
    ["paper.md", "---\ntitle: Toll rises\ndate: 2025-09-15\n---\n\n# Toll rises\n\nThe number of people killed in the quake has risen to 517.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("a claim dated in another year is not contradicted by a report's undated figures", () => {
    assert.equal(verdict("The last quake in the region, in 2001, killed 145 people."), "supported");
  });
  it("but by the same report's figure dated in the claim's year, and by undated figures in a claim of the report's year", () => {
    assert.equal(verdict("The last quake in the region, in 2001, killed 415 people."), "contradicted");
    const same = assessFirst(ix, "In 2025 the quake killed 600 people.");
    assert.equal(same.verdict, "contradicted");
    assert.deepEqual(same.disagreeing.map((e) => e.value).sort(), ["312", "517"]);
  });
});

describe("fact check: the date of where a change started dates that figure alone", () => {
  const ix = indexOf(
    ["results.md", "---\ntitle: Results\ndate: 2025-08-14\n---\n\n# Results\n\nThe proportion of entries in England awarded an A or A* fell to 27.8% this year, down from 28.4% in 2024.\n"],
  );
  it("a claim of another year is not contradicted by the report's undated figure beside it", () => {
    assert.equal(assessFirst(ix, "In 2019, 25.4% of entries in England were awarded an A or A*.").verdict, "unknown");
  });
  it("but a claim of the report's year is", () => {
    assert.equal(assessFirst(ix, "In 2025, 26.8% of entries in England were awarded an A or A*.").verdict, "contradicted");
  });
});

describe("fact check: a total of several places is not one place's figure", () => {
  const ix = indexOf(
    ["wire.txt", "Results\n\nMore than 300,000 students in England, Wales and Northern Ireland received their results.\n"],
    ["paper.txt", "Results\n\nSome 250,000 students in England received their results on Thursday.\n"],
  );
  it("a claim of England's figure is not disputed by the three nations' total", () => {
    assert.equal(assessFirst(ix, "About 250,000 students in England received their results.").verdict, "supported");
  });
  it("but a claim of the three nations' is contradicted by another total", () => {
    assert.equal(assessFirst(ix, "About 200,000 students in England, Wales and Northern Ireland received their results.").verdict, "contradicted");
  });
});

describe("fact check: a claim that names no place, and another place's figure", () => {
  const ix = indexOf(
    ["england.txt", "Results\n\nThe proportion of entries in England awarded an A or A* fell to 27.8%, down from 28.4% last year.\n"],
    ["wales.txt", "Wales\n\nIn Wales, 29.1% of entries were awarded an A or A* last year.\n"],
    ["wire.txt", "Results\n\nThe proportion of entries awarded an A or A* last year was 29.9%, the regulator said.\n"],
  );
  it("is not disputed by a figure whose sentence names only places no agreeing figure names", () => {
    const a = assessFirst(ix, "Last year, 28.4% of entries were awarded an A or A*.");
    assert.equal(a.verdict, "disputed");
    assert.deepEqual(a.disagreeing.map((e) => e.source), ["wire"]);
  });
});

describe("fact check: a figure dated by a month alone", () => {
  const ix = indexOf(
    ["monthly.md", "---\ntitle: Waiting list\ndate: 2024-05-09\n---\n\n# Waiting list\n\nThe number of people waiting for treatment fell to 7.54 million at the end of March.\n\nThe number of people waiting more than a year fell to 309,300.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("is not contradicted by a figure its source dates by another month, nor by an undated one of a report of another month", () => {
    assert.equal(verdict("The number of people waiting for treatment was 7.58 million in February."), "unknown");
    assert.equal(verdict("The number of people waiting more than a year was 327,800 in February."), "unknown");
  });
  it("but by a figure of its own month, and by an undated one of a report of its month", () => {
    assert.equal(verdict("The number of people waiting for treatment was 7.58 million in March."), "contradicted");
    assert.equal(verdict("The number of people waiting more than a year was 327,800 in May."), "contradicted");
    assert.equal(verdict("The number waiting more than a year fell to 390,300."), "contradicted");
  });
});

describe("fact check: one pollster's figure is not another's", () => {
  const ix = indexOf(
    ["times.md", "---\ntitle: Poll\ndate: 2026-03-09\n---\n\n# Poll\n\nLabour leads by 13 points in a YouGov poll for The Times.\n\nThe survey puts Labour on 41% and Reform UK on 14%.\n"],
    ["observer.md", "---\ntitle: Poll\ndate: 2026-03-10\n---\n\n# Poll\n\nThe Conservatives have fallen to 27% in an Opinium poll for The Observer.\n\nOpinium puts Labour on 39%, with Reform UK on 15%.\n"],
  );
  it("a claim of YouGov's figure is not disputed by Opinium's", () => {
    assert.equal(assessFirst(ix, "YouGov puts Reform UK on 14%.").verdict, "supported");
    assert.equal(assessFirst(ix, "Opinium puts Reform UK on 15%.").verdict, "supported");
  });
  it("but by the same pollster's other figure", () => {
    assert.equal(assessFirst(ix, "YouGov puts Reform UK on 16%.").verdict, "contradicted");
  });
});

describe("fact check: a month named by the passage that agrees with the claim's figure", () => {
  const ix = indexOf(["wire.txt", "Heat\n\nJuly was also the driest for England since 1935, with only 23.1mm of rain falling across the month.\n"]);
  /** Each fact of the claim, as written, with its verdict once months are read from agreeing passages. */
  const verdicts = (claimText: string): string[] => {
    const claim = analyzeSentence(claimText, { start: 0, end: claimText.length }, [], ix.names.resolver());
    const assessed = claim.facts.map((f) => assessFact(ix, claim, f));
    return withMonthsOfAgreeingPassages(ix, assessed).map((f) => `${claimText.slice(f.fact.span.start, f.fact.span.end)} ${f.verdict}`);
  };

  it("supports the claim's month, with the passage and the month marked in it", () => {
    assert.deepEqual(verdicts("Only 23.1mm of rain fell across England in July."), ["23.1 supported", "July supported"]);
    const claim = analyzeSentence("Only 23.1mm of rain fell in July.", { start: 0, end: 33 }, [], ix.names.resolver());
    const assessed = claim.facts.map((f) => assessFact(ix, claim, f));
    const july = withMonthsOfAgreeingPassages(ix, assessed)[1]!;
    assert.equal(july.agreeing.length, 1);
    const ev = july.agreeing[0]!;
    assert.equal(ev.text.slice(ev.highlight!.start, ev.highlight!.end), "July");
  });
  it("but not another month, nor a month beside a figure the sources do not give", () => {
    assert.deepEqual(verdicts("Only 23.1mm of rain fell across England in June."), ["23.1 supported", "June unknown"]);
    assert.deepEqual(verdicts("Only 32.1mm of rain fell across England in July."), ["32.1 contradicted", "July unknown"]);
  });
  it("nor beside a figure the sources dispute", () => {
    const two = indexOf(
      ["wire.txt", "Heat\n\nJuly was also the driest for England since 1935, with only 23.1mm of rain falling across the month.\n"],
      ["paper.txt", "Dry\n\nJuly was the driest for England since 1935, with only 25.4mm of rain falling across the month.\n"],
    );
    const claim = analyzeSentence("Only 23.1mm of rain fell across England in July.", { start: 0, end: 49 }, [], two.names.resolver());
    const assessed = claim.facts.map((f) => assessFact(two, claim, f));
    assert.deepEqual(withMonthsOfAgreeingPassages(two, assessed).map((f) => f.verdict), ["disputed", "unknown"]);
  });
});

describe("fact check: one event said in other words", () => {
  const ix = indexOf(
    ["storm.txt", "Storm\n\nTwo people died in the storm.\n"],
    ["quake.txt", "Quake\n\nAn earthquake struck on Sunday, killing at least 312 people.\n\nThe number of people killed in the earthquake has risen to 517.\n"],
  );
  it("'killed' is supported by 'died' in the same story and not disputed by another story's toll", () => {
    assert.equal(assessFirst(ix, "The storm killed two people.").verdict, "supported");
  });
});

describe("fact check: a figure measured by its unit alone", () => {
  const ix = indexOf(
    ["record.txt", "Record\n\nA temperature of 40.3C was recorded at Coningsby in Lincolnshire on Tuesday.\n"],
    ["fires.txt", "Fires\n\nGrass fires spread to homes across the capital in temperatures of up to 40C.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("needs the claim's context, as any figure does: a loose passage's '40C' neither backs nor disputes '41.3C at Coningsby'", () => {
    assert.equal(verdict("A temperature of 41.3C was recorded at Coningsby in Lincolnshire."), "contradicted");
    assert.equal(verdict("A temperature of 40.3C was recorded at Coningsby in Lincolnshire."), "supported");
  });
});

describe("fact check: a figure of another body", () => {
  const ix = indexOf(
    ["harlow.txt", "Cuts\n\nHarlow Motors is to cut 4,200 jobs, about 7 per cent of its workforce.\n\nThe cuts at Harlow were expected.\n"],
    ["northwind.txt", "Cuts\n\nNorthwind Systems will cut about 3,000 jobs, roughly 1.5% of its workforce.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("does not dispute a claim naming a body its sentence does not name ('Harlow' / 'Northwind Systems')", () => {
    assert.equal(verdict("Harlow is cutting roughly 7% of its workforce."), "supported");
  });
  it("while the claim's own body's figure still contradicts it", () => {
    assert.equal(verdict("Harlow is cutting roughly 9% of its workforce."), "contradicted");
  });
});

describe("fact check: a sum beside another in its source sentence", () => {
  const ix = indexOf(["wire.txt", "Results\n\nNorthwind's cloud revenue of $12.4 billion was well above the $11.8 billion expected by analysts.\n"]);
  it("the claim's very sum answers for the sentence ('the $11.8bn analysts expected')", () => {
    const claim = "Cloud revenue reached $12.4bn, beating the $11.8bn analysts expected.";
    assert.deepEqual(figureVerdicts(ix, claim), ["$12.4bn supported", "$11.8bn supported"]);
    assert.deepEqual(figureVerdicts(ix, "Cloud revenue reached $12.4bn, beating the $11.2bn analysts expected."), ["$12.4bn supported", "$11.2bn contradicted"]);
  });
});

describe("fact check: a figure of another story", () => {
  const ix = indexOf(
    ["kestrel.txt", "Operation Kestrel\n\nOfficers said Operation Kestrel had led to the seizure of £12m in cash.\n"],
    ["raid.txt", "Raid in Leeds\n\nPolice seized £380,000 in cash when they raided a house in Leeds.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("is not disputed by a report that never names the operation the claim names", () => {
    assert.equal(verdict("Police seized £12m in cash as part of Operation Kestrel."), "supported");
  });
  it("while a report that names it still contradicts a wrong figure", () => {
    assert.equal(verdict("Police seized £15m in cash as part of Operation Kestrel."), "contradicted");
  });
  it("and a claim that names nothing still meets every report's figure", () => {
    assert.equal(verdict("Police seized £15m in cash."), "contradicted");
  });
  it("knows a person's story by their surname, as reports name them after the first time", () => {
    const people = indexOf(
      ["profile.txt", "Profile\n\nSir Alan Whitcombe was first elected in 2005.\n"],
      ["expenses.txt", "Expenses\n\nWhitcombe had wrongly claimed £8,400 in expenses.\n"],
      ["audit.txt", "Audit\n\nA councillor wrongly claimed £4,800 in expenses.\n"],
    );
    assert.equal(assessFirst(people, "Whitcombe wrongly claimed £8,400 in expenses.").verdict, "supported");
    assert.equal(assessFirst(people, "Sir Alan Whitcombe wrongly claimed £5,200 in expenses.").verdict, "contradicted");
  });
  it("hears a report that names any of the claim's names ('the NCA' without 'Operation Kestrel')", () => {
    const agency = indexOf(
      ["op.txt", "Kestrel\n\nOperation Kestrel led to 746 arrests across the country.\n"],
      ["nca.txt", "Agency\n\nThe National Crime Agency said 746 arrests had been made.\n"],
    );
    assert.equal(assessFirst(agency, "The National Crime Agency said Operation Kestrel had led to 9,460 arrests.").verdict, "contradicted");
  });
  it("hears a report that names the claim's body as the claim writes it ('the Met')", () => {
    const met = indexOf(
      ["profile.txt", "Profile\n\nThe Metropolitan Police is the country's largest force.\n"],
      ["a.txt", "Charges\n\nSo far, the Met has charged 99 people.\n"],
      ["b.txt", "More charges\n\nThe Met said it had charged 99 people in all.\n"],
    );
    assert.equal(assessFirst(met, "The Met has charged 150 people.").verdict, "contradicted");
  });
  it("takes a cited source at the writer's word for its story", () => {
    // The raid report never names Operation Kestrel, but the claim cites it.
    assert.equal(assessFirst(ix, "Police seized £15m in cash as part of Operation Kestrel.", "quantity", new Set([1])).verdict, "contradicted");
  });
  it("tells a claim's story by its agreeing sources' names where every report names the claim's own", () => {
    const town = indexOf(
      ["raid.txt", "Raids\n\nCastlebridge Police arrested 12 people on Friday after raids on eight addresses in the Millbrook area.\n"],
      ["charged.txt", "Charged\n\nSeven of the 12 people arrested in Friday's raids in Millbrook have been charged, Castlebridge Police said.\n"],
      ["derby.txt", "Derby\n\nCastlebridge Police arrested four people after disorder following Saturday's derby between Castlebridge Town and Redford United.\n"],
    );
    // Every report names the force: the derby's story is its agreeing source's ("Redford United").
    assert.equal(assessFirst(town, "Castlebridge Police arrested four people after disorder following the derby.").verdict, "supported");
    assert.equal(assessFirst(town, "Castlebridge Police arrested 14 people after raids on eight addresses in Millbrook.").verdict, "contradicted");
  });
  it("tells the story of a claim that names no one by what its agreeing sources name", () => {
    const seized = indexOf(
      ["a.txt", "Totals\n\nUnder Operation Kestrel, police seized £54m in cash.\n"],
      ["b.txt", "Kestrel\n\nOperation Kestrel saw £54m in cash seized by police.\n"],
      ["c.txt", "Raid in Millbrook\n\nPolice seized cocaine and £18,000 in cash.\n"],
    );
    assert.equal(assessFirst(seized, "Police seized £54m in cash.").verdict, "supported");
    assert.equal(assessFirst(seized, "Police seized £61m in cash.").verdict, "contradicted");
  });
  it("reads the documents holding a word from the index, and reads them again after a change", () => {
    const one = indexOf(["a.txt", "A\n\nOperation Kestrel began.\n"], ["b.txt", "B\n\nNothing here.\n"]);
    assert.deepEqual([...one.documentsWithTerm("kestrel")], [1, 0]);
    const b = readSourceText("b.txt", "B\n\nKestrel again.\n");
    assert.ok(b.ok);
    one.upsertDocument(b.document);
    assert.deepEqual([...one.documentsWithTerm("kestrel")], [1, 1]);
    assert.deepEqual([...one.documentsWithTerm("unheard")], [0, 0]);
  });
});

describe("fact check: a distinct measurement's very figure", () => {
  const ix = indexOf(
    ["summit.txt", "Record climb\n\nPemba Tenzing, 55, reached the top of the 8,849-metre (29,032-foot) peak shortly after 7 a.m. while guiding a team of 12 climbers.\n"],
    ["nights.txt", "Profile\n\nThe 55-year-old has now spent more than 100 nights above 8,000 metres, according to his expedition company.\n"],
  );
  it("agrees by the same figure of its unit, written to four digits, though the claim shares little else of the sentence", () => {
    assert.equal(assessFirst(ix, "Everest is 8,849 metres high.").verdict, "supported");
  });
  it("lends that bar to the very figure only: another that a looser figure holds ('above 8,000 metres') is not agreed with", () => {
    assert.notEqual(assessFirst(ix, "Everest is 8,489 metres high.").verdict, "supported");
  });
});

describe("fact check: a figure of one named body or person", () => {
  const ix = indexOf(
    ["national.txt", "Totals\n\nAcross the country, police seized £54m in cash during the operation.\n"],
    ["wire.txt", "The operation\n\nThe operation saw £54m in cash seized by police.\n"],
    ["force.txt", "Local force\n\nThames Valley Police officers seized more than £300,000 in cash during the operation.\n"],
    ["house.txt", "A raid\n\nPolice seized £9,000 in cash from the home of Alan Marsh during the operation.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("does not dispute what sources agree on, for a claim that names no one", () => {
    assert.equal(verdict("Police seized £54m in cash during the operation."), "supported");
  });
  it("still contradicts a figure no source agrees with", () => {
    assert.equal(verdict("Police seized £61m in cash during the operation."), "contradicted");
  });
  it("still hears a figure given to a person the agreeing sources name too", () => {
    const marsh = indexOf(
      ["a.txt", "Raid\n\nPolice seized £9,000 in cash from the home of Alan Marsh.\n"],
      ["b.txt", "Raid\n\nPolice seized £9,000 in cash from the home of Alan Marsh on Friday.\n"],
      ["c.txt", "Raid\n\nPolice seized £7,000 in cash from the home of Alan Marsh.\n"],
    );
    assert.equal(assessFirst(marsh, "Police seized £9,000 in cash.").verdict, "disputed");
  });
  it("for a claim that names a body, drops a figure given to a person its sentence does not tie to the body", () => {
    const club = indexOf(
      // The agreeing sentences say less of the claim than the other player's does.
      ["d.txt", "Season\n\nIn all, Northvale's 54 goals were a club record.\n"],
      ["e.txt", "Review\n\nIn the end Northvale finished with 54 goals.\n"],
      ["f.txt", "Signing\n\nThe club said Northvale had signed a striker.\n\nThe striker Diego Ruiz, who scored 29 league goals last season, signed a deal.\n"],
    );
    assert.equal(assessFirst(club, "Northvale scored 54 league goals last season.").verdict, "supported");
  });
  it("but hears a person of the claim's body ('the force's chief, whose force seized ...')", () => {
    const force = indexOf(
      ["a.txt", "Results\n\nSo far, Northvale Police have seized £13.4m in cash.\n"],
      ["b.txt", "Update\n\nNorthvale Police seized £13.4m in cash this year.\n"],
      ["c.txt", "Chief\n\nThe Northvale Police Chief Constable, Dame Ann Field, whose force seized £13.1m in cash, praised officers.\n"],
    );
    assert.equal(assessFirst(force, "Northvale Police seized £13.4m in cash.").verdict, "disputed");
  });
  it("hears any body's date of the same event: a date is no one's share", () => {
    const dates = indexOf(
      ["a.txt", "Update\n\nThe network was cracked in March.\n"],
      ["b.txt", "More\n\nThe network was cracked in March, officers said.\n"],
      ["c.txt", "Report\n\nNorthvale Police said the network was cracked in April.\n"],
    );
    assert.equal(assessFirst(dates, "The network was cracked in March.", "date").verdict, "disputed");
  });
  it("leaves a claim that names the body to the body's own figure", () => {
    assert.equal(verdict("Thames Valley Police seized more than £300,000 in cash during the operation."), "supported");
  });
  it("reads whom a source names again after the index changes (its table of names is the index's)", () => {
    const live = indexOf(
      ["a.txt", "Totals\n\nAcross the country, police seized £54m in cash during the operation.\n"],
      ["b.txt", "The operation\n\nThe operation saw £54m in cash seized by police.\n"],
      ["c.txt", "Other\n\nNothing was seized on the first day.\n"],
    );
    const claim = "Police seized £54m in cash during the operation.";
    assert.equal(assessFirst(live, claim).verdict, "supported");
    // Given to one named person: no rival account, however the index had read its sentence before.
    const marsh = readSourceText("c.txt", "Other\n\nPolice seized £9m in cash from the home of Alan Marsh during the operation.\n");
    assert.ok(marsh.ok);
    live.upsertDocument(marsh.document);
    assert.equal(assessFirst(live, claim).verdict, "supported");
    // Given to no one: a rival account of the claim's figure.
    const rival = readSourceText("c.txt", "Other\n\nPolice seized £9m in cash during the operation.\n");
    assert.ok(rival.ok);
    live.upsertDocument(rival.document);
    assert.equal(assessFirst(live, claim).verdict, "disputed");
  });
});

describe("fact check: figures of periods (years to a month), where a change started, and the story's lead", () => {
  const ix = indexOf(
    ["herald.md", "---\ntitle: Migration falls\ndate: 2025-11-27\n---\n\n# Migration falls\n\nNet migration to the UK fell to 431,000 in the year to June 2025.\n\nAn estimated 898,000 people moved to the UK over the 12 months.\n"],
    ["weekly.md", "---\ntitle: Migration\ndate: 2025-11-28\n---\n\n# Migration\n\nFigures published on Thursday showed net migration of 431,000 in the 12 months to June, down from 649,000 in the year to December 2024.\n"],
    ["wire.txt", "Migration\n\nNet migration to Britain fell to 431,000 in the year to June, data showed on Thursday.\n"],
  );
  const verdict = (claimText: string) => assessFirst(ix, claimText).verdict;

  it("a figure its source dates by another year, or by another month of no year, is of another time", () => {
    assert.equal(verdict("Net migration was 649,000 in the year to December 2024."), "supported");
  });
  it("a level where a change started, dated by the claim's year and month, is that time's level", () => {
    const a = assessFirst(ix, "Net migration was 694,000 in the year to December 2024.");
    assert.equal(a.verdict, "contradicted");
    assert.equal(a.suggestion, "649,000");
  });
  it("an undated figure is of the time its report's lead gives, not only of its publication", () => {
    assert.equal(verdict("In all, 889,000 people moved to the UK in the year to June."), "contradicted");
    assert.equal(verdict("In all, 898,000 people moved to the UK in the year to June."), "supported");
  });
});

describe("fact check: a named person's age", () => {
  const ix = indexOf(
    ["wire.txt", "Final\n\nAdaeze Okonjo won the final on Saturday.\n\nOkonjo, 24, broke Kovacs's serve three times and won 84% of points on her first serve.\n"],
    ["town.txt", "Town\n\nA 24-year-old man was arrested in the town.\n"],
  );
  it("agrees in a passage that says a little of the claim, the name saying whose age it is", () => {
    assert.equal(assessFirst(ix, "Okonjo, 24, also won Wimbledon in 2024.", "quantity").verdict, "supported");
  });
  it("an unnamed age still needs the passage to say most of the claim", () => {
    assert.notEqual(assessFirst(ix, "A 24-year-old woman won the final in Wimbledon.", "quantity").verdict, "supported");
  });
});

describe("fact check: ordinals", () => {
  const ix = indexOf(
    ["wire.txt", "Rates\n\nThe Bank of England cut interest rates to 3.75% on Thursday, its fifth cut since August 2024.\n\nThe Bank has made five cuts to its forecasts.\n"],
  );
  it("an ordinal is contradicted by another, and never by a plain count", () => {
    const third = assessFirst(ix, "It was the Bank's third cut since August 2024.", "quantity");
    assert.equal(third.verdict, "contradicted");
    assert.equal(third.suggestion, "fifth");
    assert.equal(assessFirst(ix, "It was the Bank's fifth cut since August 2024.", "quantity").verdict, "supported");
    assert.notEqual(assessFirst(ix, "The Bank has made three cuts to its forecasts.", "quantity").sides.some((x) => x.value === "fifth"), true);
  });
});

describe("fact check: a part and its whole", () => {
  const ix = indexOf(
    ["times.txt", "Recall\n\nVelmora recalls 1.2 million cars over airbag fault.\n\nThe recall includes 84,000 cars in the UK.\n"],
    ["wire.txt", "Recall\n\nAbout 610,000 of the cars are in Europe.\n"],
  );
  it("a part is not answered by a larger whole that names none of its places", () => {
    assert.notEqual(assessFirst(ix, "Some 390,000 of the recalled cars are in North America.", "quantity").verdict, "contradicted");
  });
  it("nor a whole by a smaller part, whoever owns both", () => {
    const fleet = indexOf(
      ["news.txt", "Fleet\n\nNorthline Trains, which ran the service, said it had already fitted new warning equipment to 120 of its trains.\n"],
      ["wire.txt", "Fleet\n\nNorthline Trains said it had fitted new warning equipment to 120 of its 210 trains and would finish the work by the end of the year.\n"],
    );
    assert.equal(assessFirst(fleet, "Northline Trains runs 210 trains.", "quantity").verdict, "supported");
    assert.equal(assessFirst(fleet, "Northline Trains has fitted warning equipment to 150 of its trains.", "quantity").verdict, "contradicted");
  });
  it("but by a figure of its own place, or another part", () => {
    assert.equal(assessFirst(ix, "Some 48,000 of the recalled cars are in the UK.", "quantity").verdict, "contradicted");
    assert.equal(assessFirst(ix, "About 710,000 of the cars are in Europe.", "quantity").verdict, "contradicted");
  });
});

describe("fact check: tallies", () => {
  const ix = indexOf(
    ["wire.txt", "Rates\n\nThe Monetary Policy Committee voted 5-4 in favour of the cut, with four members preferring to hold rates at 4%.\n"],
    ["derby.txt", "Derby\n\nA crowd of 12,480 watched the match, which Castlebridge Town won 2-0.\n"],
  );
  it("a vote's or a score's tally is contradicted by another and supported by its own", () => {
    const vote = assessFirst(ix, "The Monetary Policy Committee voted 6-3 in favour of the cut.", "quantity");
    assert.equal(vote.verdict, "contradicted");
    assert.equal(vote.suggestion, "5-4");
    assert.equal(assessFirst(ix, "The Monetary Policy Committee voted 5-4 for the cut.", "quantity").verdict, "supported");
    assert.equal(assessFirst(ix, "Castlebridge Town won the match 3-0.", "quantity").verdict, "contradicted");
  });
});

describe("fact check: an agreeing figure its sentence dates by another time", () => {
  const ix = indexOf(
    ["wire.txt", "Rates\n\nConsumer price inflation rose to 3.8% in June from 3.6% in May, the highest rate since January 2024. The Bank now expects inflation to peak at 4% in September.\n"],
    ["paper.md", "---\ntitle: Rates\ndate: 2026-08-06\n---\n\n# Rates\n\nThe Bank said inflation was likely to peak at 4% in September, twice its target.\n"],
  );
  it("backs no claim of another month: the claim's own month's figure answers it", () => {
    const a = assessFirst(ix, "Consumer price inflation rose to 3.9% in June.");
    assert.equal(a.verdict, "contradicted");
    assert.equal(a.suggestion, "3.8%");
  });
  it("still backs a claim of its own month", () => {
    assert.equal(assessFirst(ix, "Inflation is expected to peak at 4% in September.").verdict, "supported");
    assert.equal(assessFirst(ix, "Consumer price inflation rose to 3.8% in June.").verdict, "supported");
  });
});

describe("fact check: a span of time measured by a verb alone", () => {
  const ix = indexOf(
    ["stats.txt", "Migration\n\nAn estimated 898,000 people moved to the UK over the 12 months, official figures show.\n"],
    ["court.txt", "Trial\n\nThe court heard the gang moved at least 120kg of cocaine between March 2021 and May 2022.\n"],
    // Spans of months are common words in any archive.
    ["rail.txt", "Rail\n\nThe line will close for six months while engineers moved the track.\n"],
    ["prices.txt", "Prices\n\nPrices rose by 3% over the past three months.\n"],
    ["jobs.txt", "Jobs\n\nThe plant will shut in 18 months, the company said.\n"],
  );
  it("is not contradicted by another story's span of the same verb", () => {
    assert.equal(assessFirst(ix, "The gang moved 120kg of cocaine over 14 months.", "quantity").verdict, "supported");
    const claim = "The gang moved 120kg of cocaine over 14 months.";
    assert.deepEqual(figureVerdicts(ix, claim), ["120 supported", "14 unknown"]);
  });
  it("but still by the same story's span", () => {
    assert.deepEqual(figureVerdicts(ix, "An estimated 898,000 people moved to the UK over the 18 months."), ["898,000 supported", "18 contradicted"]);
  });
});

describe("fact check: a body that reports a figure is not whose figure it is", () => {
  const ix = indexOf(
    ["herald.txt", "Visas\n\nThe number of dependants of overseas students fell by 86% this year.\n"],
    ["wire.txt", "Visas\n\nThe Office for National Statistics said the number of dependants of overseas students fell by 85% this year.\n"],
  );
  it("a statistics body's report of others' figure disputes the claim", () => {
    assert.equal(assessFirst(ix, "The number of dependants of overseas students fell by 86%.").verdict, "disputed");
  });
  it("but a body's figure of its own is still its own ('said it had')", () => {
    const own = indexOf(
      ["a.txt", "Raid\n\nPolice seized £54m in cash during the operation.\n"],
      ["b.txt", "Totals\n\nIn all, police seized £54m in cash during the operation.\n"],
      ["c.txt", "Local\n\nThames Valley Police said it had seized £300,000 in cash during the operation.\n"],
    );
    assert.equal(assessFirst(own, "Police seized £54m in cash during the operation.").verdict, "supported");
  });
});

describe("fact check: a level where a change starts, and a change to come", () => {
  const ix = indexOf(
    ["cap.md", "---\ntitle: Cap\ndate: 2025-11-21\n---\n\n# Cap\n\nHousehold energy bills will rise by 2.4% from 1 January.\n\nThe standing charge for electricity will rise to 54.75p a day, from 51.37p.\n\nCustomers owed suppliers a record £4.4bn at the end of September, up from £3.9bn a year earlier.\n"],
  );
  const verdict = (claimText: string, kind: "quantity" | "date" = "quantity") => assessFirst(ix, claimText, kind).verdict;

  it("a claim of a level, with no change nor date of its own, is the level a change starts from", () => {
    assert.equal(verdict("The standing charge for electricity is currently 51.37p a day."), "supported");
  });
  it("but not where the claim's figure is where a change ended, nor where its date is the other figure's", () => {
    assert.equal(verdict("The standing charge for electricity will rise to 51.37p a day."), "contradicted");
    assert.equal(verdict("Customers owed suppliers a record £3.9bn at the end of September."), "contradicted");
  });
  it("a change to come is dated by its modal's verb", () => {
    assert.equal(verdict("Household energy bills will rise by 2.4% from 1 February.", "date"), "contradicted");
    assert.equal(verdict("Household energy bills will rise by 2.4% from 1 January.", "date"), "supported");
  });
});

describe("fact check: of two figures in a sentence, the one whose clause names the claim's body", () => {
  // The deal probe's three reports, as read by the eval.
  const dir = path.resolve(__dirname, "../../../test/eval/deal-corpus");
  const ix = indexOf(...fs.readdirSync(dir).map((f): [string, string] => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
  it("answers the claim about that body", () => {
    assert.equal(assessFirst(ix, "Corvane's revenue last year was $3.4 billion.").verdict, "supported");
  });
  it("and the other figure still answers a claim about its own", () => {
    assert.equal(assessFirst(ix, "Pellmark made revenue of $1.4 billion last year.").verdict, "contradicted");
  });
});

describe("fact check: a share said of another thing", () => {
  const ix = indexOf(
    ["herald.txt", "Bank of England cuts interest rates to 3.75%\n\nThe Bank said inflation was likely to peak at 4% in September, twice its target, before falling back next year.\n"],
    ["wire.txt", "Rates\n\nThe Bank of England cut interest rates to 3.75% on Thursday, its fifth cut since August 2024, but warned that inflation would stay above its 2% target for longer.\n"],
  );
  it("a figure its sentence gives to something other than the claim's subject does not dispute it", () => {
    assert.equal(assessFirst(ix, "The Bank's inflation target is 2%.").verdict, "supported");
  });
  it("but a figure of the subject itself still does", () => {
    assert.equal(assessFirst(ix, "The Bank's inflation target is 3%.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Inflation is likely to peak at 5% in September.").verdict, "contradicted");
  });
});

describe("fact check: ages after 'aged'", () => {
  const ix = indexOf(["news.txt", "Raid\n\nLenton Police said three men, aged 27, 31 and 45, had been arrested on Tuesday on suspicion of burglary.\n"]);
  const verdicts = (claim: string) => {
    const a = analyzeSentence(claim, { start: 0, end: claim.length }, [], ix.names.resolver());
    return a.facts.map((f) => `${f.label} ${assessFact(ix, a, f).verdict}`);
  };
  it("each age of a list answers the claim's, and so does the count before it", () => {
    assert.deepEqual(verdicts("Three men, aged 27, 31 and 45, were arrested on suspicion of burglary."), ["Three men supported", "27 supported", "31 supported", "45 supported"]);
    assert.deepEqual(verdicts("Three men, aged 27, 31 and 54, were arrested on suspicion of burglary."), ["Three men supported", "27 supported", "31 supported", "54 contradicted"]);
    assert.deepEqual(verdicts("Five men were arrested on suspicion of burglary."), ["Five men contradicted"]);
  });
});

describe("fact check: a person's age by first name", () => {
  const win = "Graham Ashworth, 67, and his wife Pauline, 64, said they had played the same numbers every week for 28 years.\n";
  const one = indexOf(["news.txt", "Win\n\n" + win]);
  const two = indexOf(["news.txt", "Win\n\n" + win], ["wire.txt", "Win\n\nGraham Ashworth, 67, and his wife Pauline, 63, had played the same numbers for 28 years.\n"]);
  const ageOf = (ix: CorpusIndex, claim: string) => {
    const a = analyzeSentence(claim, { start: 0, end: claim.length }, [], ix.names.resolver());
    return assessFact(ix, a, a.facts.find((f) => f.measure.some((m) => m.startsWith("age:")))!).verdict;
  };
  it("an age given to a first name answers the age of that person named in full, whoever else the sentence names", () => {
    assert.equal(ageOf(one, "Pauline Ashworth is 64."), "supported");
    assert.equal(ageOf(one, "Pauline Ashworth is 61."), "contradicted");
    assert.equal(ageOf(two, "Pauline Ashworth is 64."), "disputed");
  });
  it("but the age of another of the same surname says nothing of her", () => {
    assert.equal(ageOf(indexOf(["news.txt", "Win\n\nGraham Ashworth, 67, said they had played the same numbers every week.\n"]), "Pauline Ashworth is 64."), "unknown");
    assert.equal(ageOf(one, "Graham Ashworth is 67."), "supported");
  });
  it("nor does an age of a noun, in a sentence that names other people", () => {
    const ix = indexOf(["news.txt", "Crash\n\nA 62-year-old man was arrested at the scene, Inspector Jane Doe said.\n"]);
    assert.equal(ageOf(ix, "A 58-year-old man was arrested at the scene, Inspector Bob Hale said."), "unknown");
  });
});

describe("fact check: venues", () => {
  const ix = indexOf(
    // The report names the museum (a claim naming what no source names is disputed by none).
    ["news.txt", "Raid at the Harbrook Museum\n\nLenton Police said three men had been arrested on suspicion of burglary after the raid.\n\nThe National Gallery had 5.8 million visitors last year.\n"],
  );
  it("a fact of a venue is also of a body of another kind in its sentence", () => {
    assert.equal(assessFirst(ix, "Three men were arrested on suspicion of burglary after the Harbrook Museum raid.").verdict, "supported");
    assert.equal(assessFirst(ix, "Four men were arrested on suspicion of burglary after the Harbrook Museum raid.").verdict, "contradicted");
  });
  it("but not of another venue", () => {
    assert.equal(assessFirst(ix, "The Harbrook Museum had 64,000 visitors last year.").verdict, "unknown");
  });
});

describe("fact check: weekdays", () => {
  const ix = indexOf(
    ["paper.md", "---\ntitle: Quake\ndate: 2025-09-15\n---\n\nThe magnitude 7.4 quake struck southern Peru before dawn on Sunday, when most people were asleep.\n"],
    ["wire.txt", "Quake\n\nThe magnitude 7.4 quake struck southern Peru on Sunday, officials said.\n"],
  );
  it("a source's weekday is the day its report's date places it on", () => {
    assert.equal(assessFirst(ix, "The quake struck southern Peru on 14 September 2025.", "date").verdict, "supported");
    const wrong = assessFirst(ix, "The quake struck southern Peru on 16 September 2025.", "date");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "14 September 2025", "the day, as a fix puts it where the claim has a date");
  });
  it("and no day at all in a report without a date", () => {
    const undated = indexOf(["wire.txt", "Quake\n\nThe magnitude 7.4 quake struck southern Peru on Sunday, officials said.\n"]);
    assert.equal(assessFirst(undated, "The quake struck southern Peru on 16 September 2025.", "date").verdict, "unknown");
  });
  it("a source's weekday is a date and still a word of its sentence", () => {
    const text = "It lifts her to second in the world rankings on Monday.";
    const source = analyzeSentence(text, { start: 0, end: text.length }, [], undefined, undefined, { weekdays: true });
    assert.deepEqual(source.facts.map((f) => f.date?.weekday), [1]);
    assert.ok(source.terms.includes("monday"));
  });
  it("a draft's weekday is a word, not a date", () => {
    const claim = analyzeSentence("The quake struck on Sunday.", { start: 0, end: 27 });
    assert.deepEqual(claim.facts, []);
    assert.ok(claim.terms.includes("sunday"));
  });
});

describe("fact check: births and years that name a prize", () => {
  const ix = indexOf(
    ["paper.md", "---\ntitle: Novelist dies\ndate: 2026-11-16\n---\n\nBorn in Leeds on 4 March 1943, the daughter of a railway clerk, Marsh left school at 16.\n\nShe won the Booker Prize in 1987 for The Salt Road.\n"],
    ["wire.txt", "Novelist dies\n\nBritish novelist Eleanor Marsh, winner of the 1987 Booker Prize, has died at the age of 83, her publisher said.\n"],
  );
  it("a sentence's opening participle dates its clause: a birth date is the birth's", () => {
    const born = analyzeSentence("Born in Leeds on 4 March 1943, she left school at 16.", { start: 0, end: 53 });
    assert.deepEqual(born.facts.find((f) => f.kind === "date")?.measure, ["born"]);
    assert.equal(assessFirst(ix, "Marsh was born in Leeds on 4 March 1943.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "Marsh was born in Leeds on 4 March 1934.", "date").verdict, "contradicted");
  });
  it("but not a name opening a sentence", () => {
    const named = analyzeSentence("Allen in Leeds said on 4 March 1943 that he would go.", { start: 0, end: 54 });
    assert.ok(!named.facts.find((f) => f.kind === "date")?.measure.includes("allen"));
  });
  it("a year naming which prize backs a claim citing it, and dates no verb of its clause", () => {
    const wire = new Set([ix.docOfKey("wire")!]);
    assert.equal(assessFirst(ix, "Marsh won the Booker Prize in 1987.", "date", wire).verdict, "supported");
    const year = analyzeSentence("The 1987 Booker Prize winner died in Whitby.", { start: 0, end: 44 });
    assert.deepEqual(year.facts.find((f) => f.kind === "date")?.measure, []);
    assert.notEqual(assessFirst(ix, "Eleanor Marsh has died in 2026.", "date").verdict, "contradicted");
  });
});

describe("fact check: a store's staff and a chain's founding", () => {
  const ix = indexOf(
    ["local.md", "---\ntitle: Fears for Broadmead flagship\ndate: 2026-11-21\n---\n\nThe flagship store on Broadmead, which opened in 1932, employs 180 people.\n"],
    ["news.txt", "Chain collapses\n\nThe chain, founded in Bristol in 1875, had debts of about £310m.\n"],
  );
  it("a headcount by its verb answers another headcount by the same verb", () => {
    assert.equal(assessFirst(ix, "The flagship store on Broadmead employs 180 people.").verdict, "supported");
    const wrong = assessFirst(ix, "The flagship store on Broadmead employs 280 people.");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "180");
  });
  it("a worldwide headcount is the whole: it disputes the whole, not a part the claim names", () => {
    // The business probe's reports among fifteen other stories', as the eval's sound claims meet
    // them (words are weighed by how rare they are across them all).
    const stories = ["storm", "business", "court", "health", "election", "strike", "breach", "study", "transfer", "housing", "quake", "heat", "earnings", "match", "migration", "energy"];
    const ix2 = indexOf(
      ...stories.flatMap((story) => {
        const dir = path.join(__dirname, "..", "..", "..", "test", "eval", `${story}-corpus`);
        return fs.readdirSync(dir).map((f): [string, string] => [`${story}/${f}`, fs.readFileSync(path.join(dir, f), "utf8")]);
      }),
    );
    assert.equal(assessFirst(ix2, "Harlow's Solihull plant employs 9,000 people.").verdict, "supported");
    assert.equal(assessFirst(ix2, "Harlow employs about 90,000 people worldwide.").verdict, "contradicted");
    assert.equal(assessFirst(ix2, "Harlow employs about 90,000 people.").verdict, "contradicted");
    // Every employer has a headcount: another's disputes a claim only where it says much the same.
    assert.notEqual(assessFirst(ix2, "The Broadmead store employs 180 people.").verdict, "contradicted");
    // A report that names the claim's thing gives its world figure by any name.
    const seed = indexOf(["seed.txt", "Phones hacked\n\nPolice said EncroChat was used by criminals. The bespoke platform was found to have 60,000 users worldwide.\n"]);
    assert.equal(assessFirst(seed, "The bespoke platform EncroChat was found to have 90,000 users worldwide.").verdict, "contradicted");
    // The world's 60,000 is not the Solihull part's 9,000.
    assert.equal(assessFirst(ix2, "Harlow employs 60,000 people, 9,000 of them at Solihull.").verdict, "supported");
  });
  it("a year before 1900 is a date after its preposition", () => {
    assert.equal(assessFirst(ix, "The chain was founded in Bristol in 1875.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "The chain was founded in Bristol in 1857.", "date").verdict, "contradicted");
  });
});

describe("fact check: shares said with a negation, and records since a year", () => {
  const ix = indexOf(
    ["paper.md", "---\ntitle: Measles\ndate: 2026-11-10\n---\n\nUptake of the second dose of the MMR vaccine in the town is 79%, well below the 95% needed.\n"],
    ["wire.txt", "Measles\n\nOne in five children starting school in Hartfield has not had both doses of the MMR vaccine.\n\nEngland recorded 2,911 measles cases in 2024, the highest number since 2012, according to UKHSA data.\n"],
  );
  it("a share said with a negation is no disagreement with one said without", () => {
    assert.equal(assessFirst(ix, "Uptake of both doses of the MMR vaccine among children starting school in Hartfield is 79%.").verdict !== "disputed", true);
    assert.equal(assessFirst(ix, "Uptake of both doses of the MMR vaccine among children starting school in Hartfield is 79%.").disagreeing.length, 0);
    // Both with a negation, or both without, they still disagree.
    const negated = assessFirst(ix, "One in three children starting school in Hartfield has not had both doses of the MMR vaccine.");
    assert.equal(negated.verdict, "contradicted");
    assert.equal(negated.suggestion, "One in five", "the share said with a negation, not the uptake");
  });
  it("a year a superlative reaches back to is the superlative's", () => {
    const record = analyzeSentence("Road deaths fell to 1,568, the lowest since 2020.", { start: 0, end: 49 });
    assert.deepEqual(record.facts.find((f) => f.kind === "date")?.measure, ["lowest"]);
    assert.equal(assessFirst(ix, "England's 2,911 cases in 2024 were the highest number since 2012.", "date").verdict, "supported");
    const wrong = analyzeSentence("England's 2,911 cases in 2024 were the highest number since 2021.", { start: 0, end: 65 });
    const since = wrong.facts.filter((f) => f.kind === "date")[1]!;
    assert.equal(assessFact(ix, wrong, since).verdict, "contradicted");
  });
});

describe("fact check: ordinals since a date, dates set apart, and named ages", () => {
  const ix = indexOf(
    ["wire.txt", "Eruption\n\nIt is the ninth eruption in the area since December 2023.\n"],
    ["national.md", "---\ntitle: Dinosaur\ndate: 2026-05-20\n---\n\nThe bones were first spotted by a walker, Fiona Gray, in March 2025.\n"],
    ["local.md", "---\ntitle: River\ndate: 2026-10-13\n---\n\nCampaigners from the group Clean Teme, founded by retired teacher Alan Brooks, 71, gathered outside the court.\n"],
  );
  it("a date an ordinal count reaches back to is the ordinal's", () => {
    const claim = analyzeSentence("It is the ninth eruption in the area since December 2021.", { start: 0, end: 57 });
    const since = claim.facts.find((f) => f.kind === "date")!;
    assert.deepEqual(since.measure, ["ninth"]);
    assert.equal(assessFact(ix, claim, since).verdict, "contradicted");
  });
  it("a clause that is only its date dates the verb before it, past a name set apart", () => {
    assert.equal(assessFirst(ix, "The bones were first spotted in March 2025.", "date").verdict, "supported");
    const wrong = assessFirst(ix, "The bones were first spotted in March 2024.", "date");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "March 2025");
  });
  it("a figure dated by the event it counts ('the 2022 pollution incident') is of that year, not of its report's", () => {
    const fish = indexOf(
      ["national.md", "---\ntitle: Fine\ndate: 2026-10-12\n---\n\nThe judge said the breaches had harmed the river, where about 3,000 fish died in a single week in 2022.\n"],
      ["local.md", "---\ntitle: Fine\ndate: 2026-10-13\n---\n\nAn estimated 4,000 fish were killed in the 2022 pollution incident, the court heard.\n"],
    );
    assert.equal(assessFirst(fish, "About 3,000 fish died in 2022.").verdict, "disputed");
  });
  it("another age of a person the claim names disagrees in a passage that says about half the claim", () => {
    assert.equal(assessFirst(ix, "Alan Brooks, the founder of Clean Teme, is 71.").verdict, "supported");
    assert.equal(assessFirst(ix, "Alan Brooks, the founder of Clean Teme, is 67.").verdict, "contradicted");
  });
});

describe("fact check: reporters and names no source knows", () => {
  const ix = indexOf(
    ["national.md", "---\ntitle: Fine\ndate: 2026-10-12\n---\n\nSevernmouth Water has been fined a record £42m.\n\nThe Environment Agency said the firm's storm overflows spilled sewage for more than 61,000 hours in 2023.\n"],
    ["markets.txt", "Markets\n\nShares in Northwind Systems closed 5.8% higher on Wednesday.\n\nThe company's shares closed down 5.8% in London.\n"],
  );
  it("a figure a body reports of another is the other's: it answers a claim naming the other", () => {
    assert.equal(assessFirst(ix, "Severnmouth Water's overflows spilled sewage for over 60,000 hours in 2023.").verdict, "supported");
    assert.equal(assessFirst(ix, "Severnmouth Water's overflows spilled sewage for 16,000 hours in 2023.").verdict, "contradicted");
  });
  it("a claim naming what no source names is disputed by none of them, however its name is placed", () => {
    assert.equal(assessFirst(ix, "Halbrook's shares closed 2.9% lower on Monday.").verdict, "unknown");
    assert.equal(assessFirst(ix, "Shares in Halbrook closed 2.9% lower on Monday.").verdict, "unknown");
    // A claim of a company the sources name is still answered.
    assert.equal(assessFirst(ix, "Shares in Northwind Systems closed 2.9% higher on Wednesday.").verdict, "contradicted");
  });
});

describe("fact check: a rule coming into force", () => {
  const ix = indexOf(["news.md", "---\ntitle: Ban\ndate: 2026-07-29\n---\n\nA hosepipe ban will come into force for 1.4 million customers on 8 August.\n"]);
  it("is dated by its present verb as by 'will come' ('comes into force on 8 August')", () => {
    const claim = analyzeSentence("The ban comes into force on 18 August.", { start: 0, end: 38 });
    assert.deepEqual(claim.facts.find((f) => f.kind === "date")?.measure, ["come"]);
    assert.equal(assessFirst(ix, "The hosepipe ban comes into force on 8 August.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "The hosepipe ban comes into force on 18 August.", "date").verdict, "contradicted");
    // "comes" alone is no event of a date: "She comes from Leeds".
    const from = analyzeSentence("She comes home on 8 August.", { start: 0, end: 27 });
    assert.deepEqual(from.facts.find((f) => f.kind === "date")?.measure, []);
  });
});

describe("fact check: where a state ends", () => {
  const ix = indexOf(["wire.txt", "Fares\n\nFares were frozen in 2025.\n\nThe striker signed a contract until 2030.\n"]);
  it("a date a state lasts until answers only another end of it ('frozen until 2027' is not 'frozen in 2025')", () => {
    const until = analyzeSentence("Fares will be frozen until 2027.", { start: 0, end: 32 });
    assert.deepEqual(until.facts.find((f) => f.kind === "date")?.measure, ["until frozen"]);
    assert.equal(assessFirst(ix, "Fares will be frozen until 2027.", "date").verdict, "unknown");
    assert.equal(assessFirst(ix, "Fares were frozen in 2023.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The striker signed a contract until 2031.", "date").verdict, "contradicted");
  });
});

describe("fact check: what was due, and spans of days", () => {
  const ix = indexOf(
    ["paper.md", "---\ntitle: Festival off\ndate: 2026-07-03\n---\n\nThe festival was cancelled hours before 65,000 people were due to arrive.\n\nTicket holders will receive a full refund within 30 days.\n\nThe festival, held on farmland near Ledbury, was due to run from 3 to 5 July.\n"],
  );
  it("a day inside a date's span is no figure of its own", () => {
    const run = analyzeSentence("The festival was due to run from 3 to 5 July.", { start: 0, end: 45 });
    assert.deepEqual(run.facts.map((f) => f.kind), ["date"]);
  });
  it("what people were due to do, a span to do something in, and a span of days answer their like", () => {
    assert.equal(assessFirst(ix, "65,000 people were due to arrive at the festival.").verdict, "supported");
    assert.equal(assessFirst(ix, "56,000 people were due to arrive at the festival.").verdict, "contradicted");
    // What was planned is not what happened.
    const arrived = indexOf(["weekly.md", "---\ntitle: Migration\ndate: 2025-05-22\n---\n\nImmigration from outside the EU fell to 694,000, while 154,000 people arrived from EU countries.\n"]);
    const both = "About 60,000 tickets had been sold, and 65,000 people were due to arrive.";
    const claim = analyzeSentence(both, { start: 0, end: both.length });
    const people = claim.facts.find((f) => f.label.startsWith("65,000"));
    assert.ok(people);
    assert.equal(assessFact(arrived, claim, people).verdict, "unknown");
    assert.equal(assessFirst(ix, "Ticket holders will receive a full refund within 14 days.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The festival was due to run from 3 to 5 July.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "The festival was due to run from 4 to 6 July.", "date").verdict, "contradicted");
  });
});

describe("fact check: an age that opens its sentence", () => {
  const ix = indexOf(
    ["national.md", "---\ntitle: Record\ndate: 2026-10-12\n---\n\nDaniel Kiprono of Kenya won the Chicago Marathon on Sunday.\n\nThe 24-year-old, running only his third marathon, finished ahead of Ethiopia's Haile Tesfaye.\n"],
    ["local.md", "---\ntitle: Record\ndate: 2026-10-12\n---\n\nDaniel Kiprono, 25, broke the marathon world record in Chicago on Sunday.\n"],
  );
  it("is the age of the last person named before it, unless it has a noun of its own", () => {
    const text = "Daniel Kiprono of Kenya won the race. The 24-year-old, running his third marathon, finished first. The 24-year-old striker scored.";
    const second = analyzeSentence(text, { start: 38, end: 98 });
    assert.ok(second.facts[0]!.measure.includes("age:kiprono") && second.facts[0]!.measure.includes("age:daniel"), JSON.stringify(second.facts[0]!.measure));
    const third = analyzeSentence(text, { start: 99, end: text.length });
    assert.ok(!third.facts[0]!.measure.includes("age:kiprono"), JSON.stringify(third.facts[0]!.measure));
  });
  it("or the role the text gave that person just before their name", () => {
    // Named in full with the role first, then by surname alone.
    const text = "Singer Nadia Vale's third album debuted at No. 1. It is her second, after Paper Moons. The 27-year-old singer will tour. Chelsea striker Jo Cole scored. The 27-year-old goalkeeper left.";
    const tour = text.indexOf("The 27-year-old singer will");
    const own = analyzeSentence(text, { start: tour, end: text.indexOf(".", tour) + 1 });
    assert.ok(own.facts[0]!.measure.includes("age:vale") && own.facts[0]!.measure.includes("age:nadia"), JSON.stringify(own.facts[0]!.measure));
    // Not where no one named had that role.
    const other = analyzeSentence(text, { start: text.indexOf("The 27-year-old goalkeeper left"), end: text.length });
    assert.ok(!other.facts[0]!.measure.some((m) => m === "age:cole" || m === "age:vale"), JSON.stringify(other.facts[0]!.measure));
  });
  it("so another report's age of the runner does not contradict it", () => {
    const age = assessFirst(ix, "Kiprono is 24.");
    assert.notEqual(age.verdict, "contradicted");
    assert.ok(age.agreeing.some((e) => e.text.startsWith("The 24-year-old")));
  });
});

describe("fact check: two stories of one kind", () => {
  const ix = indexOf(
    ["warehouse.txt", "Warehouse fire\n\nFirefighters were called to a blaze at a warehouse on the Hollins Industrial Estate in Castlebridge in the early hours of Saturday.\n\nEight fire engines and about 40 firefighters tackled the fire, which destroyed the building.\n"],
    ["tower.md", "---\ntitle: Residents demand answers after fatal fire\ndate: 2026-02-18\n---\n\nResidents of Marlow House have called for an inquiry into Sunday's fire.\n\nTwelve fire engines and about 80 firefighters attended at the height of the blaze, according to the fire service.\n"],
  );
  it("a figure whose sentence names no one tells the story of its report's lead: another report's figure is another story's", () => {
    assert.equal(assessFirst(ix, "Eight fire engines and about 40 firefighters tackled the warehouse fire.").verdict, "supported");
  });
  it("and a report that never names the claim's names backs nothing of it where another report does name them", () => {
    const twelve = assessFirst(ix, "Twelve fire engines tackled the warehouse fire on the Hollins Industrial Estate.");
    assert.equal(twelve.verdict, "contradicted");
    assert.equal(twelve.suggestion, "Eight");
  });
});

describe("fact check: a date beside a change's start", () => {
  const ix = indexOf(
    ["news.md", "---\ntitle: Roads\ndate: 2026-06-25\n---\n\n# Road deaths fall\n\nRoad deaths fell last year to 1,568, the lowest since 2020.\n\nA further 27,350 people were seriously injured in 2025, down from 28,100 the year before.\n\nDrink-driving was a factor in an estimated 260 deaths, according to separate figures published in February.\n"],
  );
  // In a report of 2026 whose lead gives no year but 2020: a figure its sentence does not date is the report's year's.
  it("dates the figure before it, not the start after it", () => {
    const injured = assessFirst(ix, "27,530 people were seriously injured in 2025.");
    assert.equal(injured.verdict, "contradicted");
    assert.equal(injured.suggestion, "27,350");
  });
  it("and a date of 'separate' things is another event's", () => {
    assert.notEqual(assessFirst(ix, "The figures were published on 25 June 2026.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Separate figures were published in March.", "date").verdict, "contradicted");
  });
});

describe("fact check: a group and everyone", () => {
  const ix = indexOf(
    ["news.txt", "Roads\n\nThe number of people killed on Britain's roads fell by 4% last year to 1,568, the lowest figure since 2020.\n\nPedestrian deaths rose to 412, while the number of cyclists killed fell to 84.\n"],
  );
  it("a count of everyone does not dispute a count of one group that shares its verb", () => {
    assert.notEqual(assessFirst(ix, "The number of cyclists killed on Britain's roads fell to 84 last year.").verdict, "contradicted");
  });
  it("but another count of everyone does", () => {
    assert.equal(assessFirst(ix, "The number of people killed on Britain's roads fell to 1,658 last year.").verdict, "contradicted");
  });
});

describe("fact check: predicates that share a date, ages anywhere, bodies named by their town", () => {
  it("a predicate joined by 'and' shares its sentence's date, unless it has its own", () => {
    const ix = indexOf(
      ["national.md", "---\ntitle: Spill\ndate: 2026-03-15\n---\n\nIn 1996 the Sea Empress ran aground at the entrance to Milford Haven and spilled 72,000 tonnes of crude.\n"],
    );
    const text = "In 1996 the Sea Empress ran aground at the entrance to Milford Haven and spilled 72,000 tonnes of crude.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).facts.find((f) => f.kind === "date")!.measure, ["ran", "spill"]);
    assert.equal(assessFirst(ix, "In 1998 the Sea Empress spilled 72,000 tonnes of crude.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "In 1996 the Sea Empress spilled 72,000 tonnes of crude.", "date").verdict, "supported");
    // The charge has its own date: 2 March is the arrest's alone.
    const court = "Police arrested Tom Vale on 2 March and charged him on 6 March.";
    assert.deepEqual(analyzeSentence(court, { start: 0, end: court.length }).facts.map((f) => f.measure), [["arrest"], ["charg"]]);
  });
  it("a person's age is not scoped by the place the sentence puts them in", () => {
    const text = "Daniel Kiprono, who is 24, broke the marathon world record in Chicago.";
    const age = analyzeSentence(text, { start: 0, end: text.length }).facts[0]!;
    assert.ok(age.measure.some((m) => m.startsWith("age:")));
    assert.deepEqual(age.places, []);
    const ix = indexOf(
      ["national.html", "<html><body><p>Daniel Kiprono of Kenya won the Chicago Marathon on Sunday, breaking the world record by 41 seconds.</p><p>The 24-year-old, running only his third marathon, finished more than two minutes ahead of the field.</p></body></html>"],
      ["local.md", "---\ntitle: Record\ndate: 2026-10-12\n---\n\nDaniel Kiprono, 25, broke the marathon world record in Chicago on Sunday.\n"],
    );
    // Neither report's Chicago decides (it scoped only the local paper's age), nor is the local
    // paper's age of another story for leaving out the national's lead: its sentence names him.
    assert.equal(assessFirst(ix, text).verdict, "disputed");
  });
  it("a body named by its town names the town: 'set at Cambridge Botanic Garden' answers 'set in Cambridge'", () => {
    const ix = indexOf(["weather.md", "---\ntitle: Heat\ndate: 2026-07-20\n---\n\nThe previous record, 38.7C, was set at Cambridge Botanic Garden in July 2019.\n"]);
    const claim = "The previous record, 38.1C, was set in Cambridge in 2019.";
    assert.ok(analyzeSentence("It was set at Cambridge Botanic Garden.", { start: 0, end: 39 }).terms.includes("place:cambridge"));
    assert.equal(assessFirst(ix, claim).verdict, "contradicted");
  });
});

describe("fact check: a weekday alone dates no figure", () => {
  it("'rescuers reached them on Sunday' does not date 'The death toll had reached 604'", () => {
    const ix = indexOf([
      "rescue.html",
      '<html><head><title>Ben Nevis rescue: climbers survive 15 hours on icy ledge</title><meta property="article:published_time" content="2026-02-10T06:45:00Z"></head><body><article><h1>Ben Nevis rescue: climbers survive 15 hours on icy ledge</h1><p>Three climbers spent about 15 hours on a narrow ledge on Ben Nevis before rescuers reached them on Sunday morning.</p><p>Winds gusted at up to 90mph overnight.</p></article></body></html>',
    ]);
    assert.notEqual(assessFirst(ix, "The death toll had reached 604 by 17 September.", "date").verdict, "contradicted");
    // A date of a clause with no figure still answers a claim's date that dates none.
    assert.equal(assessFirst(ix, "Rescuers reached the climbers on 7 February.", "date").verdict, "contradicted");
  });
});

describe("fact check: a role held since a year, and a first time against the last", () => {
  const ix = indexOf(
    ["national.md", "---\ntitle: Resigns\ndate: 2026-05-12\n---\n\nCarver, the MP for Kettering since 2015, was first elected with a majority of 3,412.\n"],
    ["local.md", "---\ntitle: Resigns\ndate: 2026-05-13\n---\n\nAt the last general election she held the seat with a majority of 5,206.\n"],
  );
  it("a role held since a year, with no verb, is measured by the role's words", () => {
    const text = "Carver, the MP for Kettering since 2015, was first elected.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).facts.find((f) => f.kind === "date")!.measure, ["mp", "ketter"]);
    assert.equal(assessFirst(ix, "Carver has been the MP for Kettering since 2017.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Carver has been the MP for Kettering since 2015.", "date").verdict, "supported");
  });
  it("a figure of the first time is not disputed by one of the last", () => {
    const text = "Carver was first elected with a majority of 3,412.";
    assert.equal(analyzeSentence(text, { start: 0, end: text.length }).facts[0]!.occasion, "first");
    assert.equal(assessFirst(ix, text).verdict, "supported");
    assert.equal(assessFirst(ix, "Carver was first elected with a majority of 4,312.").verdict, "contradicted");
  });
});

describe("fact check: a role held in a year", () => {
  it("'Lindqvist, the champion in 2024,' dates her title", () => {
    const ix = indexOf(["wire.txt", "Final\n\nLindqvist, the champion in 2024, earns A$1.9 million as runner-up.\n"]);
    assert.equal(assessFirst(ix, "Lindqvist was the champion in 2023.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Lindqvist was the champion in 2024.", "date").verdict, "supported");
  });
});

describe("fact check: a surname alone that no source has heard of", () => {
  it("'Carver was first elected with a majority of 3,412' is not answered by another seat's majority", () => {
    const ix = indexOf(["election.md", "---\ntitle: By-election\ndate: 2026-05-12\n---\n\nThe Green Party has won the Castlebridge by-election, overturning a Conservative majority of 11,402.\n"]);
    assert.notEqual(assessFirst(ix, "Carver was first elected with a majority of 3,412.").verdict, "contradicted");
  });
});

describe("fact check: an event a copula or commas date, and its occasion", () => {
  it("'The last escape from Wealstun, in 2023,' answers 'was in 2021', before this week's escape", () => {
    const ix = indexOf(
      ["national.md", "---\ntitle: Escape\ndate: 2026-10-06\n---\n\nTwo men who escaped from HMP Wealstun on Sunday evening may have split up.\n"],
      ["local.md", "---\ntitle: Escape\ndate: 2026-10-07\n---\n\nThe last escape from Wealstun, in 2023, saw a prisoner recaptured after four days.\n"],
    );
    const wrong = assessFirst(ix, "The last escape from Wealstun was in 2021.", "date");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "2023");
    assert.equal(assessFirst(ix, "The last escape from Wealstun was in 2023.", "date").verdict, "supported");
  });
});

describe("sentence analysis: which facts name an occasion", () => {
  const occasion = (text: string) => analyzeSentence(text, { start: 0, end: text.length }).facts[0]?.occasion;
  it("a first or last time is an occasion; a time, a title or a name is not", () => {
    assert.equal(occasion("At the last general election she held the seat with a majority of 5,206."), "last");
    assert.equal(occasion("Carver was first elected with a majority of 3,412."), "first");
    assert.equal(occasion("Ruiz scored 29 league goals last season."), undefined);
    assert.equal(occasion("Sales rose by 4% in the last year."), undefined);
    assert.equal(occasion("The Last Lighthouse took $84.2 million over its opening weekend."), undefined);
    assert.equal(occasion("First Bus carried 12 million passengers."), undefined);
  });
});

describe("fact check: a headline's rounding and the report's own figure", () => {
  const ix = indexOf(
    ["wire.txt", "Scotland's population reaches record 5.5 million, census shows\n\nScotland's population rose to a record 5,447,000 in 2022, up 2.7% from 5,295,000 in 2011, according to census results.\n"],
    ["national.md", "---\ntitle: Census\ndate: 2026-09-14\n---\n\nScotland's population was 5.45 million on census day in March 2022, the highest ever recorded.\n"],
  );
  it("a possessive opens the subject that measures a changed figure", () => {
    const text = "Scotland's population rose to a record 5,474,000 in 2022.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).facts[0]!.measure, ["popul"]);
  });
  it("the report's figure answers the claim, whatever its headline rounds", () => {
    const wrong = assessFirst(ix, "Scotland's population rose to a record 5,474,000 in 2022.");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "5,447,000");
    assert.equal(assessFirst(ix, "Scotland's population rose to a record 5,447,000 in 2022.").verdict, "supported");
  });
  it("a change's start after a share counts what the level before it counts", () => {
    const text = "Scotland's population rose to a record 5,447,000 in 2022, up 2.7% from 5,295,000 in 2011.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).facts.find((f) => f.quantity?.value === 5295000)!.measure, ["popul"]);
    assert.equal(assessFirst(ix, "Scotland's population was 5,295,000 in 2011.").verdict, "supported");
  });
});

describe("fact check: scheduled events in the present, and 'split'", () => {
  const ix = indexOf(
    ["wire.txt", "Tour\n\nThe 24-date tour opens at Cardiff's Principality Stadium on June 14 and ends with three nights at Wembley Stadium in August.\n"],
    ["national.md", "---\ntitle: Tour\ndate: 2026-03-03\n---\n\nThe band, who split in 2011, will play stadiums in Cardiff and London.\n"],
  );
  it("a present-tense 'opens' or 'ends' dates its event", () => {
    assert.equal(assessFirst(ix, "The tour opens at Cardiff's Principality Stadium on June 21.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The tour opens at Cardiff's Principality Stadium on June 14.", "date").verdict, "supported");
    assert.equal(assessFirst(ix, "The tour ends with three nights at Wembley Stadium in September.", "date").verdict, "contradicted");
  });
  it("'split' is a past verb that dates its clause", () => {
    assert.equal(assessFirst(ix, "The band split in 2001.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The band split in 2011.", "date").verdict, "supported");
  });
});

describe("fact check: rates, spans taken, what is under way by a date, small round counts", () => {
  const ix = indexOf(
    ["wire.txt", "Wind farm\n\nThe developer will pay £420,000 a year into a community fund for the 35-year life of the wind farm. Sian Morgan said the company had cut the scheme from 18 turbines to 14.\n"],
    ["national.html", "<html><body><article><h1>Wind farm approved</h1><p>A £110m wind farm on the edge of the Pennines has been approved by councillors.</p></article></body></html>"],
    ["local.md", "---\ntitle: Turbines\ndate: 2026-09-24\n---\n\nThe company says construction will take about 18 months, with the wind farm generating electricity by 2029.\n"],
  );
  it("a sum a year is a rate, and neither agrees nor disagrees with a one-off sum", () => {
    assert.equal(assessFirst(ix, "The wind farm will cost £110m.").verdict, "supported");
    assert.equal(assessFirst(ix, "The developer will pay £240,000 a year into a community fund.").verdict, "contradicted");
    // A sum with no period may be all the years' together.
    assert.notEqual(assessFirst(ix, "The developer will pay £500,000 into a community fund for the life of the wind farm.").verdict, "contradicted");
  });
  it("a span a thing takes is measured by the thing", () => {
    const text = "Construction will take about 30 months.";
    assert.deepEqual(analyzeSentence(text, { start: 0, end: text.length }).facts[0]!.measure, ["month", "construct"]);
    assert.equal(assessFirst(ix, text).verdict, "contradicted");
    assert.equal(assessFirst(ix, "Construction will take about 18 months.").verdict, "supported");
    // "It will take ..." names no thing.
    const it2 = "It will take about 30 months.";
    assert.deepEqual(analyzeSentence(it2, { start: 0, end: it2.length }).facts[0]!.measure, ["month"]);
  });
  it("what is to be under way by a date is the date's event", () => {
    assert.equal(assessFirst(ix, "The wind farm should be generating electricity by 2031.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The wind farm should be generating electricity by 2029.", "date").verdict, "supported");
  });
  it("a round count under a hundred is said as counted: 20 is not 18", () => {
    assert.equal(assessFirst(ix, "The company had cut the scheme from 20 turbines to 14.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The company had cut the scheme from 18 turbines to 14.").verdict, "supported");
  });
});

describe("fact check: an expected sum says nothing of what it is of", () => {
  const ix = indexOf(
    ["crossing.md", "---\ntitle: Crossing\ndate: 2026-05-01\n---\n\nThe crossing is expected to cost £3.1bn, according to the council's own estimate.\n"],
    ["farm.txt", "Wind farm\n\nA £110m wind farm on Harden Moor has been approved by councillors.\n"],
  );
  it("another thing's expected cost does not contradict a wind farm's", () => {
    assert.notEqual(assessFirst(ix, "The Harden Moor wind farm is expected to cost £110 million.").verdict, "contradicted");
  });
  it("the same thing's expected cost does", () => {
    assert.equal(assessFirst(ix, "The crossing is expected to cost £2.1bn.").verdict, "contradicted");
  });
});

describe("fact check: where a change started, dated by a year alone", () => {
  const ix = indexOf(["trust.md", "---\ntitle: Trust\ndate: 2026-03-04\n---\n\nThe trust treated 98,000 patients in its emergency department in 2025, up from 81,000 in 2019.\n"]);
  it("the start of a change dated by the claim's year is that year's level", () => {
    const wrong = assessFirst(ix, "The emergency department treated 91,000 patients in 2019.");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "81,000");
    assert.equal(assessFirst(ix, "The emergency department treated 81,000 patients in 2019.").verdict, "supported");
  });
  it("but not another year's", () => {
    assert.notEqual(assessFirst(ix, "The emergency department treated 91,000 patients in 2018.").verdict, "contradicted");
  });
});

describe("fact check: a figure measured by a unit of how much", () => {
  // The air-pollution probe's reports: a legal limit, levels by year, the worst site's level.
  const ix = indexOf(...probeFiles("air"));
  it("needs as much of the claim's words as any figure: a limit of 40 micrograms says nothing of a level of 37", () => {
    assert.notEqual(assessFirst(ix, "Nitrogen dioxide levels were 37 micrograms in 2019.").verdict, "supported");
    // Nor does the worst site's 49 micrograms of the limit.
    assert.equal(assessFirst(ix, "The legal annual limit is 50 micrograms.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Average levels of nitrogen dioxide in Harrowgate fell to 24 micrograms per cubic metre last year.").verdict, "supported");
  });
});

describe("fact check: a body written short that the sources name in full", () => {
  const ix = indexOf(
    ["wire.txt", "Air\n\nLevels are still above the World Health Organization's guideline of 10 micrograms for nitrogen dioxide.\n"],
    ["other.txt", "Other\n\nThe council measured traffic on every road.\n"],
  );
  it("is heard of: the WHO's figure is disputed by the World Health Organization's", () => {
    assert.equal(assessFirst(ix, "The WHO guideline for nitrogen dioxide is 20 micrograms.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The WHO guideline for nitrogen dioxide is 10 micrograms.").verdict, "supported");
  });
});

describe("fact check: a figure dated by years before its report", () => {
  const ix = indexOf(...probeFiles("rankings"));
  it("is the claim's where the claim dates its figure so, and another year's figure says nothing of it", () => {
    assert.equal(assessFirst(ix, "Last year the index ranked 1,799 universities.").verdict, "supported");
    const wrong = assessFirst(ix, "Last year the index ranked 1,700 universities.");
    assert.equal(wrong.verdict, "contradicted");
    assert.equal(wrong.suggestion, "1,799");
    const two = "Two years ago the UK had 54 universities in the top 500.";
    const claim = analyzeSentence(two, { start: 0, end: two.length }, [], ix.names.resolver());
    const fiftyFour = claim.facts.find((f) => two.slice(f.span.start, f.span.end) === "54")!;
    assert.equal(assessFact(ix, claim, fiftyFour).verdict, "supported");
    assert.equal(assessFirst(ix, "The index ranked 1,900 universities this year.").verdict, "supported");
  });
});

describe("fact check: another year's figure, in a source of its own", () => {
  const ix = indexOf(
    ["index.txt", "Index\n\nThe index ranked 1,900 universities in 115 countries this year.\n"],
    ["other.txt", "Other\n\nThe council measured traffic on every road.\n"],
  );
  it("says nothing of the claim's year", () => {
    assert.notEqual(assessFirst(ix, "Last year the index ranked 1,799 universities.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "This year the index ranked 1,799 universities.").verdict, "contradicted");
  });
});

describe("fact check: the very same sum, written to three figures or more", () => {
  // The wage probe's explainer: "... it becomes £24,784.50 - an extra £975 before tax." (its
  // worker's hours are in the sentence before), and a wire's "about £900 a year better off".
  const ix = indexOf(...probeFiles("wage"));
  it("agrees with little context: its figures are not any sum's", () => {
    const verdicts = figureVerdicts(ix, "Someone working 37.5 hours a week at the adult rate will be £975 a year better off before tax.");
    // Supported, or disputed by the wire's "about £900" for a full-time worker: never contradicted.
    assert.ok(verdicts[1] === "£975 supported" || verdicts[1] === "£975 disputed", verdicts.join(", "));
  });
  it("counts its significant digits", () => {
    assert.deepEqual([975, 900, 12.71, 23809.5, 1.2e9, 1100, 0.5475].map(significantDigits), [3, 1, 4, 6, 2, 2, 4]);
  });
});

describe("fact check: lengths in two units", () => {
  const ix = indexOf(["bridge.txt", "Bridge\n\nThe main span of the bridge, which was 366 metres long, rose 56 metres above the river.\n"]);
  it("measure one thing: '185 feet' backs '56 metres' and '1,200 feet long' backs '366 metres long'", () => {
    assert.equal(assessFirst(ix, "The bridge's main span rose about 185 feet above the river.").verdict, "supported");
    assert.equal(assessFirst(ix, "The main span of the bridge was about 1,200 feet long.").verdict, "supported");
  });
});

describe("story guards: a name's words", () => {
  it("keep an apostrophe inside a name, as the index's terms do ('O'Connell'), and drop a possessive", () => {
    assert.deepEqual(nameWords("O'Connell's gang"), ["o'connell", "gang"]);
    assert.deepEqual(nameWords("Harlow Motors"), ["harlow", "motors"]);
  });
});

describe("fact check: a figure of the same noun in a report of another story", () => {
  // A motor race's reports ("after eight of the season's 22 rounds") among other stories', where "rounds" is a rare word.
  const stories = probeFiles("race", "court", "heist", "storm");
  const raid = ["raid.txt", "Raid\n\nOfficers seized 1,200 rounds of ammunition and two rifles in the raid.\n"] as [string, string];
  it("does not dispute the claim's figure: the report uses none of the claim's other words", () => {
    assert.notEqual(assessFirst(indexOf(...stories), "Officers seized 1,800 rounds of ammunition.").verdict, "contradicted");
  });
  it("but a report of the same thing does", () => {
    assert.equal(assessFirst(indexOf(...stories, raid), "Officers seized 1,800 rounds of ammunition.").verdict, "contradicted");
  });
});

describe("fact check: a count of what is left", () => {
  // The race probe's reports: "his third win of the season" and a rival's "fourteen races to go".
  const ix = indexOf(...probeFiles("race"));
  it("is no count of what was done ('fourteen races to go' / 'won three races')", () => {
    const verdicts = figureVerdicts(ix, "Ferrandi, 31, has now won three races this season.", true);
    assert.ok(!verdicts.some((v) => v.endsWith("contradicted")), verdicts.join(", "));
  });
});

describe("fact check: a value its own claim gives another figure of", () => {
  const ix = indexOf(["headline.txt", "Pennant to shut 38 supermarkets as losses mount\n\nThe chain will close stores across the north.\n"]);
  it("is that figure's, no rival ('38 of its 412 supermarkets' and a headline's '38 supermarkets')", () => {
    assert.deepEqual(figureVerdicts(ix, "Pennant is shutting 38 of its 412 supermarkets."), ["38 supported", "412 unknown"]);
  });
});

describe("fact check: a part of a whole its claim gives", () => {
  const ix = indexOf(["deck.txt", "Bridge\n\nEight workers from Brannock Paving were filling potholes on the bridge deck when it fell.\n"]);
  it("is not disputed by that whole ('Of the eight workers ..., two were pulled alive' / 'Eight workers')", () => {
    const verdicts = figureVerdicts(ix, "Of the eight Brannock Paving workers on the bridge deck, two were pulled alive from the river.");
    assert.ok(!verdicts.some((v) => v.endsWith("contradicted")), verdicts.join(", "));
  });
  it("while a whole the claim gets wrong still is", () => {
    assert.deepEqual(figureVerdicts(ix, "Nine workers from Brannock Paving were filling potholes on the bridge deck."), ["Nine contradicted"]);
  });
});

describe("fact check: a named person's age", () => {
  // The cyber probe's reports: "Dr Fiona Reddaway, 52, told reporters" and "Dr Fiona Reddaway, 54, a former ...".
  const ix = indexOf(...probeFiles("cyber"));
  it("is the same fact however its sentence is worded: two reports' ages dispute it", () => {
    assert.deepEqual(figureVerdicts(ix, "Dr Fiona Reddaway, the trust's chief executive, is 52.", true), ["52 disputed"]);
  });
});

describe("fact check: an age beside a body the claim names", () => {
  const ix = indexOf(...probeFiles("prize"));
  it("is the person's, whatever bodies the source's sentence names ('Helena Marsh, 61, of the University of Aldbridge')", () => {
    assert.deepEqual(figureVerdicts(ix, "Helena Marsh, 64, shared this year's Hallberg Prize in Chemistry."), ["64 contradicted"]);
  });
});

describe("fact check: a wire's agency in its dateline", () => {
  const ix = indexOf(
    ["wire.txt", "Blackout halts trains\n\nSANTERRA, Valmora, March 11 (Continental Wire) - A power cut stopped trains across Valmora.\n\nThe rail company CFV said more than 35,000 passengers were stranded.\n"],
    ["paper.txt", "Blackout\n\nA power cut stopped trains across Valmora on Wednesday.\n\nAround 28,000 passengers were stranded on trains, according to the rail company CFV.\n"],
  );
  it("tells no story: a report that never names the wire still disputes its figure", () => {
    assert.equal(assessFirst(ix, "More than 35,000 rail passengers were stranded on halted trains.").verdict, "disputed");
  });
});

describe("fact check: power in two units", () => {
  const ix = indexOf(["grid.txt", "Grid\n\nThe national grid lost 9.2 gigawatts of generation within five seconds.\n"]);
  it("'9,200 MW' is '9.2 gigawatts', and '9.2 megawatts' is not", () => {
    assert.equal(assessFirst(ix, "The grid lost 9,200 MW of generation within five seconds.").verdict, "supported");
    assert.equal(assessFirst(ix, "The grid lost 9.2 megawatts of generation within five seconds.").verdict, "contradicted");
  });
});

describe("fact check: a length's way", () => {
  const ix = indexOf(["bridge.txt", "Bridge\n\nThe men were found in about 25 feet of water near what was left of the bridge's main span.\n"]);
  it("a length said to run one way is not disputed by a depth 'of water'", () => {
    assert.notEqual(assessFirst(ix, "The bridge's main span was about 1,200 feet long.").verdict, "contradicted");
  });
  it("but a depth of the same water is", () => {
    assert.equal(assessFirst(ix, "The men were found in about 60 feet of water near the bridge's main span.").verdict, "contradicted");
  });
});

describe("fact check: a count of others besides someone", () => {
  // The prize probe's reports: "Three scientists from Britain, Germany and Japan won the Hallberg Prize".
  const ix = indexOf(...probeFiles("prize"));
  it("is no count of everyone: 'with two other scientists' is not disputed by 'Three scientists'", () => {
    assert.deepEqual(figureVerdicts(ix, "Helena Marsh, 61, shared this year's Hallberg Prize in Chemistry with two other scientists."), ["61 supported", "two unknown"]);
    assert.deepEqual(figureVerdicts(ix, "Four scientists from Britain, Germany and Japan won the Hallberg Prize in Chemistry."), ["Four contradicted"]);
  });
});

describe("fact check: a date of the same verb in a report of another story", () => {
  // Reports of a clean air zone (three that say "zone" but date nothing) and one of a minimum wage.
  const zone = [
    ["air.txt", "Air\n\nThe council introduced a clean air zone in March 2022.\n"],
    ["charge.txt", "Charge\n\nThe zone charges older buses £50 a day.\n"],
    ["centre.txt", "Centre\n\nThe zone covers the city centre.\n"],
    ["cut.txt", "Cut\n\nThe zone has cut pollution by a quarter.\n"],
  ] as [string, string][];
  it("does not dispute the claim's date: the report never says what the claim is about", () => {
    const ix = indexOf(...zone, ["wage.txt", "Wage\n\nThe minimum wage was introduced in 1999 at £3.60 an hour.\n"]);
    assert.equal(assessFirst(ix, "The zone was introduced in 2022.", "date").verdict, "supported");
  });
  it("but another date in a report of the same thing does", () => {
    const ix = indexOf(...zone, ["zone.txt", "Zone\n\nThe city's zone was introduced in 2021, charging older buses.\n"]);
    assert.equal(assessFirst(ix, "The zone was introduced in 2022.", "date").verdict, "disputed");
    // Nor does a word of the writer's own, which no source uses, take the report's story away.
    assert.equal(assessFirst(ix, "The controversial zone was introduced in 2022.", "date").verdict, "disputed");
  });
});

describe("fact check: two dates that share only a verb of an event's course", () => {
  // A football match's and a storm's reports (the probes'): "ended ... on Saturday" among others.
  const files = probeFiles("match", "storm");
  it("share no event: the season's end is not the unbeaten run's", () => {
    assert.notEqual(assessFirst(indexOf(...files), "The climbing season ends in early June.", "date").verdict, "contradicted");
  });
  it("but the same thing's date with such a verb is still disputed", () => {
    const ix = indexOf(...files, ["festival.txt", "Festival\n\nThe Greenvale festival opens on 3 July and ends on 5 July.\n"]);
    assert.equal(assessFirst(ix, "The Greenvale festival opens on 4 July.", "date").verdict, "contradicted");
  });
});

describe("fact check: counts of things in opposite states", () => {
  const ix = indexOf(["resort.txt", "Resort\n\nThe resort partially reopened on Saturday with 19 of its 27 lifts running.\n"]);
  it("are two groups ('eight of its lifts still idle' / '19 of its 27 lifts running')", () => {
    assert.ok(!figureVerdicts(ix, "The resort reopened with eight of its lifts still idle.").some((v) => v.endsWith("contradicted")));
  });
  it("while a count in the same state is still answered", () => {
    assert.deepEqual(figureVerdicts(ix, "The resort reopened on Saturday with 18 of its lifts running."), ["18 contradicted"]);
  });
});

describe("fact check: a place the claim sets aside", () => {
  const ix = indexOf(["cuts.txt", "Cuts\n\nThe company said 520 of the roles would go in Britain and 310 in Poland.\n"]);
  it("is no scope of its figure ('Outside Britain, Poland ... 310 roles' / '520 ... in Britain, 310 in Poland')", () => {
    assert.ok(!figureVerdicts(ix, "Outside Britain, Poland is the hardest-hit country, losing 310 roles.").some((v) => v.endsWith("contradicted")));
  });
});

describe("fact check: a comparison after a figure", () => {
  const ix = indexOf(["forecast.md", "# Forecast\n\nKestrel guided to revenue of £1.58bn to £1.62bn, well short of what analysts had expected.\n\nSince the results, the analyst consensus has dropped to £1.61bn.\n"]);
  it("is a difference, no level ('£110m below the £1.71bn analysts had expected' / 'dropped to £1.61bn')", () => {
    const verdicts = figureVerdicts(ix, "The midpoint of Kestrel's revenue guidance, £1.6bn, is £110m below the £1.71bn analysts had expected.");
    assert.ok(!verdicts.some((v) => v.startsWith("£110m") && v.endsWith("contradicted")), verdicts.join(", "));
  });
  it("but a height above something is a level ('stood 56 feet above the river' / 'was 185 feet high')", () => {
    const bridge = indexOf(["bridge.txt", "Bridge\n\nThe bridge's main span was 185 feet high.\n"]);
    assert.deepEqual(figureVerdicts(bridge, "The bridge's main span stood 56 feet above the river."), ["56 contradicted"]);
  });
});

describe("fact check: a level a change started from, after 'from the'", () => {
  const ix = indexOf(
    ["wire.txt", "Wire\n\nThe Ministry of Agriculture said it had set aside £1.8 million for the Wenshire cases so far.\n"],
    ["blog.md", "# Blog\n\nThe Ministry of Agriculture has raised its compensation provision for Wenshire to £3.1m, from the £1.8m announced in the first week.\n"],
  );
  it("is the claim's level, not the one the change reached", () => {
    assert.deepEqual(figureVerdicts(ix, "In the first week of the outbreak the Ministry of Agriculture earmarked £1.8m for compensation."), ["£1.8m supported"]);
  });
});

describe("fact check: a sentence's parts that add up to the claim's figure", () => {
  const ix = indexOf(["wire.txt", "Wire\n\nVoss was convicted of four counts of accepting a bribe and two counts of misconduct in public office.\n"]);
  it("give no other value ('six counts in all' / 'four counts ... and two counts')", () => {
    assert.ok(!figureVerdicts(ix, "Voss was convicted of six counts in all.").some((v) => v.endsWith("contradicted") || v.endsWith("disputed")));
  });
  it("while a total they do not add up to is answered", () => {
    assert.ok(figureVerdicts(ix, "Voss was convicted of seven counts of accepting a bribe.").some((v) => v.endsWith("contradicted")));
  });
});

describe("fact check: a figure its sentence denies", () => {
  const ix = indexOf(["blog.md", "# Blog\n\nTwo weeks on, the avian influenza outbreak in Wenshire is no longer a three-farm story.\n"]);
  it("says no value ('five farms' / 'no longer a three-farm story')", () => {
    assert.ok(!figureVerdicts(ix, "The avian influenza outbreak in Wenshire has reached five farms.").some((v) => v.endsWith("contradicted")));
  });
});

describe("fact check: a running total by a day", () => {
  const early = ["wire.md", "---\ndate: 2025-11-10\n---\n\n# Wire\n\nSome 125,500 birds have now been culled in Wenshire, officials said on Monday.\n"] as [string, string];
  it("is not disputed by a report from before that day", () => {
    assert.notEqual(assessFirst(indexOf(early), "More than 200,000 birds had been culled in Wenshire by 18 November.").verdict, "contradicted");
  });
  it("but is by one from after it", () => {
    const late = ["late.md", "---\ndate: 2025-11-20\n---\n\n# Late\n\nSome 125,500 birds have now been culled in Wenshire, officials said on Monday.\n"] as [string, string];
    assert.equal(assessFirst(indexOf(late), "More than 200,000 birds had been culled in Wenshire by 18 November.").verdict, "contradicted");
  });
});

describe("fact check: a difference in percentage points", () => {
  const ix = indexOf(["vote.txt", "Vote\n\nThe Conservatives' share of the vote fell by 24 percentage points to 31.5%.\n"]);
  it("of another thing answers nothing ('0.3 percentage points above inflation' / 'the vote fell by 24 percentage points')", () => {
    assert.ok(!figureVerdicts(ix, "The increase in the adult rate is only 0.3 percentage points above inflation.").some((v) => v.endsWith("contradicted")));
  });
  it("of the same thing is still answered", () => {
    assert.deepEqual(figureVerdicts(ix, "The Conservatives' share of the vote fell by 20 percentage points."), ["20 contradicted"]);
  });
});

describe("fact check: a name the claim's first capital hides", () => {
  const ix = indexOf(
    ["northwind.txt", "Northwind\n\nNorthwind Systems will cut about 3,000 jobs, roughly 1.5% of its 200,000-strong workforce.\n"],
    ["kestrel.md", "# Kestrel\n\nThe total now stands at 1,310, close to 16% of a workforce of 8,200, and Kestrel will have 6,900 people on the payroll.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("tells its story: another story's figure disputes nothing ('Northwind has a workforce of around 200,000' / 'a workforce of 8,200')", () => {
    assert.notEqual(assessFirst(ix, "Northwind has a workforce of around 200,000.").verdict, "contradicted");
  });
  it("while its own story's other figure still does", () => {
    const own = indexOf(["northwind.txt", "Northwind\n\nNorthwind said its workforce of 8,200 would shrink.\n"], ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"]);
    assert.equal(assessFirst(own, "Northwind has a workforce of around 200,000.").verdict, "contradicted");
  });
});

describe("fact check: a sum of parts", () => {
  const ix = indexOf(
    ["wire.txt", "Lynx\n\nKasimir, who weighs 28 kilograms, was found in the wood.\n\nTove, who weighs 19 kilograms, evaded searchers for most of the day.\n"],
    ["fines.txt", "Fines\n\nIn 2019 it was fined £240,000 after a worker was burned, and in 2014 it paid £75,000 over a leak.\n"],
  );
  it("is not disputed by the parts a report gives ('Between them, the two lynx weigh 47 kilograms' / 28 and 19)", () => {
    assert.ok(!figureVerdicts(ix, "Between them, the two lynx weigh 47 kilograms.").some((v) => v.endsWith("contradicted")));
  });
  it("nor by parts in one sentence ('a total of £315,000 in fines' / '£240,000 ..., and ... £75,000')", () => {
    assert.notEqual(assessFirst(ix, "The firm has paid a total of £315,000 in fines.").verdict, "contradicted");
  });
  it("while a sum they do not make is", () => {
    assert.equal(assessFirst(ix, "The firm has paid a total of £415,000 in fines.").verdict, "contradicted");
    assert.ok(figureVerdicts(ix, "Between them, the two lynx weigh 57 kilograms.").includes("57 contradicted"));
  });
  it("made only of figures of the claim's kind: no other unit, no year ('a total of 47 kilograms' / '19 kilograms from 28 homes')", () => {
    const other = indexOf(["raids.txt", "Raids\n\nPolice seized 19 kilograms of cocaine from 28 homes in Leeds.\n\nIn 2019 police arrested 28 people in Leeds.\n"]);
    assert.deepEqual(figureVerdicts(other, "In total, police seized 47 kilograms of cocaine in Leeds."), ["47 contradicted"]);
    assert.deepEqual(figureVerdicts(other, "In total, police arrested 2,047 people in Leeds."), ["2,047 contradicted"]);
  });
});

describe("fact check: a count of what one thing holds", () => {
  it("is no count of all of them ('a 28-tablet pack' / '30 million tablets')", () => {
    const ix = indexOf(["price.txt", "Price\n\nThe price of a 28-tablet pack of generic losartan has gone from £1.45 to £3.90.\n"]);
    assert.notEqual(assessFirst(ix, "The recall took in more than 30 million tablets of losartan.").verdict, "contradicted");
  });
  it("but answers a claim about that thing ('a 42-page report' / 'the report ran to 24 pages')", () => {
    const ix = indexOf(["report.txt", "Report\n\nSir Malcolm Reeve's 42-page report said the failure was a serious lapse.\n"]);
    assert.equal(assessFirst(ix, "Sir Malcolm Reeve's report ran to 24 pages.").verdict, "contradicted");
  });
});

describe("fact check: a count of containers", () => {
  const ix = indexOf(["recall.txt", "Recall\n\nThe company is recalling 38 batches of its blood-pressure tablets.\n"]);
  it("is no count of what they hold ('38 batches of its tablets' / '30 million tablets')", () => {
    assert.notEqual(assessFirst(ix, "The company is recalling 30 million blood-pressure tablets.").verdict, "contradicted");
  });
  it("while a count of the containers is answered", () => {
    assert.equal(assessFirst(ix, "The company is recalling 52 batches of its blood-pressure tablets.").verdict, "contradicted");
  });
});

describe("fact check: a change and a comparison", () => {
  const ix = indexOf(["club.txt", "Club\n\nThe stadium roof repair estimate is now £7.5 million more than the club had budgeted.\n"]);
  it("are two kinds of difference ('climbed by £1.2m' / '£7.5 million more than the club had budgeted')", () => {
    assert.notEqual(assessFirst(ix, "The club's stadium roof repair estimate climbed by £1.2m.").verdict, "contradicted");
  });
  it("while a comparison answers a comparison", () => {
    assert.equal(assessFirst(ix, "The stadium roof repair estimate is £1.2m more than the club had budgeted.").verdict, "contradicted");
  });
});

describe("fact check: a report from before a change", () => {
  const ix = indexOf(["blog.md", "# Recall\n\nA week ago Calderbrook Pharma pulled 38 batches of its tablets.\n\nThe recall now covers more batches.\n"]);
  it("gives the level it started from ('A week ago ... pulled 38 batches' / 'expanded the recall to 52 batches')", () => {
    assert.notEqual(assessFirst(ix, "Calderbrook Pharma expanded the recall to 52 batches of its tablets.").verdict, "contradicted");
  });
});

describe("fact check: a nameless claim's event named by 'the'", () => {
  const ix = indexOf(
    ["storm.txt", "Storm\n\nIn Ashmouth, where the river burst its banks, 1,400 homes were evacuated overnight.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is disputed only by a report of that event ('350 homes ... after the explosion' / a storm's 1,400 homes)", () => {
    assert.notEqual(assessFirst(ix, "Nearly 350 homes were evacuated after the explosion.").verdict, "contradicted");
  });
  it("while the storm's own claim still is", () => {
    assert.equal(assessFirst(ix, "In Ashmouth, 350 homes were evacuated overnight after the storm.").verdict, "contradicted");
  });
});

describe("fact check: a date of the same event in another thing's sentence", () => {
  const ix = indexOf(
    ["fire.txt", "Fire\n\nMarlow House, a tower block, was built in 1968.\n"],
    ["ship.txt", "Ship\n\nThe ship itself, built in 2015, was still beneath the bridge. Captain Marlow was on board.\n"],
  );
  it("answers nothing of the claim's named thing ('Marlow House was built in 1968' / 'The ship itself, built in 2015')", () => {
    assert.equal(assessFirst(ix, "Marlow House was built in 1968.", "date").verdict, "supported");
  });
});

describe("fact check: changes that go opposite ways", () => {
  const ix = indexOf(
    ["results.txt", "Results\n\nThe council approved a budget as its tax revenue fell 6% this year.\n"],
    ["council.txt", "Council\n\nThe council approved a council tax rise of 4.99% for next year.\n"],
  );
  it("do not agree ('a council tax rise of 5.99%' / 'its tax revenue fell 6%')", () => {
    assert.equal(assessFirst(ix, "The council approved a council tax rise of 5.99%.").verdict, "contradicted");
  });
  it("while a change the same way does", () => {
    const up = indexOf(["council.txt", "Council\n\nThe council approved a council tax rise of 6% for next year.\n"]);
    assert.equal(assessFirst(up, "The council approved a council tax rise of 5.99%.").verdict, "supported");
  });
});

describe("fact check: another report's age of the claim's named person", () => {
  const ix = indexOf(
    ["wire.txt", "Recall\n\nCalderbrook Pharma is recalling 38 batches of its tablets, the regulator said.\n\n\"We are deeply sorry for the worry this will cause,\" chief executive Graham Whitlock, 58, said in a statement.\n"],
    ["national.txt", "Recall\n\nCalderbrook recalled 38 batches of its tablets yesterday.\n\nGraham Whitlock, 61, the company's chief executive, said: \"Our own testing did not pick this up.\"\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
    ["other2.txt", "Other\n\nThe club discussed its stadium at a meeting.\n"],
  );
  it("disputes it in a sentence that says little else of the claim", () => {
    assert.equal(assessFirst(ix, "Calderbrook chief executive Graham Whitlock, 58, apologised for the worry the recall would cause.").verdict, "disputed");
  });
});

describe("fact check: a share of a whole held by people", () => {
  const ix = indexOf(
    ["club.txt", "Club\n\nDennis Orrell, 71, will stay on as honorary president of the club.\n\nGreyfield Capital, a Chicago investment firm, now controls 85 per cent of the club's shares.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is not disputed by a body's share in a sentence that names none of them ('Dennis Orrell retains 15 per cent' / 'Greyfield Capital ... controls 85 per cent')", () => {
    assert.notEqual(assessFirst(ix, "Dennis Orrell retains 15 per cent of the club's shares.").verdict, "contradicted");
  });
  it("but is where the sentence speaks of a person by pronoun ('his group at Hokuriku University')", () => {
    const own = indexOf(["lab.txt", "Lab\n\nKenji Morita shares this year's prize.\n\nHis group at Hokuriku University cut the energy needed for the catalytic process by about 40%.\n"], ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"]);
    assert.equal(assessFirst(own, "Kenji Morita's group cut the energy needed for the catalytic process by about 60%.").verdict, "contradicted");
  });
});

describe("fact check: the remaining part and a first estimate", () => {
  const ix = indexOf(
    ["shares.txt", "Shares\n\nOrrell keeps a tenth of the shares, with the remaining 5 per cent staying with the supporters' trust.\n"],
    ["cost.txt", "Cost\n\nThe council's first estimate of the emergency cost was £3.2m.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("'the remaining 5 per cent' is no whole's share ('Orrell and the trust hold 15 per cent')", () => {
    assert.notEqual(assessFirst(ix, "Orrell and the supporters' trust hold 15 per cent of the shares.").verdict, "contradicted");
  });
  it("a first estimate is a level later revised ('raised the emergency cost to £4.7m' / 'first estimate ... £3.2m')", () => {
    assert.notEqual(assessFirst(ix, "Officers have raised the estimated emergency cost to £4.7m.").verdict, "contradicted");
  });
});

describe("fact check: a bounded sum, a month's deadline and an average", () => {
  const ix = indexOf(
    ["schools.txt", "Schools\n\nThe largest secondary in the borough has 1,120 pupils on its roll.\n\nAt St Aldhelm's Church of England Primary, 212 pupils have moved into the parish hall.\n"],
    ["wire.txt", "Schools shut\n\nWENDLEFORD, England, September 9 (Meridian Press) — The council estimated the emergency cost of the school closures at 3.2 million pounds.\n"],
    ["march.txt", "March\n\nAround 2,000 fans marched from the town hall to the stadium before the home game against Dunmore Town.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a bound is made by some of a report's figures of its measure, however little their sentences share ('more than 1,300 pupils between them' / 1,120 and 212)", () => {
    assert.notEqual(assessFirst(ix, "Northgate and St Aldhelm's between them account for more than 1,300 of the pupils.").verdict, "contradicted");
  });
  it("while a bound they do not reach is disputed", () => {
    assert.equal(assessFirst(ix, "Northgate and St Aldhelm's between them account for more than 2,000 of the pupils.").verdict, "contradicted");
  });
  it("a wire dated by its dateline before a month's deadline gave an earlier figure ('By mid-September ... £4.7m' / 'September 9 ... 3.2 million pounds')", () => {
    assert.notEqual(assessFirst(ix, "By mid-September, the council had raised the estimated emergency cost of the school closures to £4.7m.").verdict, "contradicted");
  });
  it("but not one dated after the deadline ('By 5 September')", () => {
    assert.equal(assessFirst(ix, "By 5 September, the council had raised the estimated emergency cost of the school closures to £4.7m.").verdict, "contradicted");
  });
  it("an average is no one day's count ('drawn nearly 10,000 fans on average to its home games' / '2,000 fans marched')", () => {
    assert.notEqual(assessFirst(ix, "The club has drawn nearly 10,000 fans on average to its home games against Dunmore Town.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Nearly 10,000 fans marched from the town hall to the stadium before the home game against Dunmore Town.").verdict, "contradicted");
  });
});


describe("fact check: a body's head named beside a figure", () => {
  it("is not whom a source's figure is of ('panel, chaired by retired judge Amelia Crane, heard ... seven witnesses')", () => {
    const ix = indexOf(
      ["ban.txt", "Ban\n\nKezia Whitlow was banned for four years.\n\nThe tribunal's three-member panel, chaired by retired judge Amelia Crane, heard evidence from seven witnesses during a four-day hearing in Harwick.\n"],
      ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
    );
    assert.equal(assessFirst(ix, "Eleven witnesses gave evidence at Kezia Whitlow's hearing in Harwick.").verdict, "contradicted");
  });
  it("nor whom the claim's figure is of ('The supporters' trust, chaired by 58-year-old Graham Tully, holds a 5% stake')", () => {
    const ix = indexOf(
      ["club.txt", "Club\n\nGraham Tully, 58, chairs the supporters' trust.\n\nDennis Orrell, 71, will keep 10%, and the supporters' trust will retain the 5% stake it has held since 2012.\n"],
      ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
    );
    assert.ok(figureVerdicts(ix, "The supporters' trust, chaired by 58-year-old Graham Tully, holds a 5% stake in the club.").includes("5% supported"));
  });
});

describe("fact check: a nameless claim's date with words no source uses", () => {
  const ix = indexOf(...probeFiles("business", "storm"));
  it("is not answered by another story's date of the same verb ('The tribunal announced its decision' / 'the carmaker announced')", () => {
    assert.notEqual(assessFirst(ix, "The tribunal announced its decision on Thursday 12 June 2025.", "date").verdict, "contradicted");
    assert.notEqual(assessFirst(ix, "The cabinet approved the closures on 8 September 2025.", "date").verdict, "contradicted");
  });
  it("while a report that uses its words does answer it", () => {
    const own = indexOf(["ruling.txt", "Ruling\n\nThe tribunal announced its decision on 10 June 2025 after a four-day hearing.\n"], ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"]);
    assert.equal(assessFirst(own, "The tribunal announced its decision on Thursday 12 June 2025.", "date").verdict, "contradicted");
  });
});

describe("fact check: what a figure is of, read from the words around it", () => {
  const ix = indexOf(
    ["visits.txt", "Visits\n\nThe 12 libraries received 236,000 visits in 2024.\n"],
    ["branch.txt", "Branch\n\nHollins Green, the busiest of the branches earmarked for closure, recorded 31,500 visits.\n"],
    ["museum.txt", "Museum\n\nThe council has set a target of 350,000 visitors to the museum in the first 12 months after reopening.\n\nSome 16 flood-damaged objects from the museum's basement are still with conservators.\n"],
    ["fund.txt", "Fund\n\nVeltro said it had set up a £1.5m hardship fund for the injured.\n\nThe orchestra plans 60 concerts next season.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a date right after a figure dates it alone ('412,000 times in 2019 but only 236,000 times in 2024')", () => {
    assert.ok(!figureVerdicts(ix, "The 12 libraries were visited 412,000 times in 2019 but only 236,000 times in 2024.").includes("2019 disputed"));
  });
  it("one of a set's figure is no answer to the set's ('the busiest of the branches ... 31,500 visits')", () => {
    const branch = indexOf(["branch.txt", "Branch\n\nHollins Green, the busiest of the branches earmarked for closure, recorded 31,500 visits.\n"], ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"]);
    assert.notEqual(assessFirst(branch, "The branches earmarked for closure recorded 412,000 visits.").verdict, "contradicted");
  });
  it("a target is no count ('set a target of 350,000 visitors' / 'counted 27,640 visitors')", () => {
    assert.notEqual(assessFirst(ix, "The reopened museum counted 27,640 visitors in the first 12 months after reopening.").verdict, "contradicted");
  });
  it("what is still to be done is no count of what was done ('are still with conservators' / 'restored')", () => {
    assert.notEqual(assessFirst(ix, "Nearly 300 flood-damaged objects from the museum's basement have been restored.").verdict, "contradicted");
  });
  it("a sum added is no level ('added one million pounds to its hardship fund' / 'a £1.5m hardship fund')", () => {
    assert.notEqual(assessFirst(ix, "Veltro has added one million pounds to its hardship fund for the injured.").verdict, "contradicted");
  });
  it("'36 concerts shorter' is a difference, no level ('60 concerts next season')", () => {
    assert.notEqual(assessFirst(ix, "The orchestra's programme next season will be 36 concerts shorter.").verdict, "contradicted");
  });
});

describe("fact check: a sum its parties share", () => {
  const ix = indexOf(
    ["fund.txt", "Fund\n\nThe Northern Heritage Fund, which distributes heritage grants across the region, put almost £10m into the museum project.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is not disputed by one party's part ('Between them, the Fund and private donors put £14.3m' / 'the Fund ... put almost £10m')", () => {
    assert.notEqual(assessFirst(ix, "Between them, the Northern Heritage Fund and private donors put £14.3m into the museum project.").verdict, "contradicted");
  });
  it("nor by a part's part beside it ('almost £10m, including an emergency £2.1m')", () => {
    const own = indexOf(["fund.txt", "Fund\n\nThe Northern Heritage Fund put almost £10m into the museum project, including an emergency £2.1m when the project stalled.\n"], ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"]);
    assert.notEqual(assessFirst(own, "Between them, the Northern Heritage Fund and private donors put £14.3m into the museum project.").verdict, "contradicted");
  });
  it("while a sum said of one party is", () => {
    assert.equal(assessFirst(ix, "The Northern Heritage Fund put £14.3m into the museum project.").verdict, "contradicted");
  });
});

describe("fact check: a figure of 'last year' in a dated report", () => {
  const ix = indexOf(
    ["branch.md", "---\ntitle: Branch\ndate: 2025-03-12\n---\n\nThe Hollins Green branch recorded 31,500 visits last year, the council said.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is of the year before the report's, not the claim's earlier year", () => {
    assert.notEqual(assessFirst(ix, "The Hollins Green branch recorded 41,500 visits in 2019, the council said.").verdict, "contradicted");
  });
  it("while a claim of that very year is answered", () => {
    assert.equal(assessFirst(ix, "The Hollins Green branch recorded 41,500 visits in 2024, the council said.").verdict, "contradicted");
  });
});

describe("fact check: a count over a window of days", () => {
  const ix = indexOf(
    ["museum.txt", "Museum\n\nThe museum drew 212,000 visitors in 2019, its last full year before closing.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is no year's count ('in its first seven days ... 27,640 visitors' / '212,000 visitors in 2019')", () => {
    assert.notEqual(assessFirst(ix, "In its first seven days the reopened museum drew 27,640 visitors.").verdict, "contradicted");
  });
  it("while a count of no window is answered", () => {
    assert.equal(assessFirst(ix, "The museum drew 27,640 visitors in 2019.").verdict, "contradicted");
  });
});

describe("fact check: a count of those that did not", () => {
  const ix = indexOf(
    ["exam.txt", "Exam\n\nOf the 41,236 candidates entered for the original paper, 40,112 sat the replacement.\n"],
    ["trees.txt", "Trees\n\nSince the escape, the zoo has felled or cut back 11 of the 14 trees flagged near its fences.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is no account of those that did ('did not sit' / '40,112 sat'; 'have yet to be felled' / 'has felled 11 of the 14')", () => {
    assert.notEqual(assessFirst(ix, "About 1,100 candidates did not sit the replacement paper.").verdict, "contradicted");
    assert.notEqual(assessFirst(ix, "Three of the 14 trees flagged near the zoo's fences have yet to be felled or cut back.").verdict, "contradicted");
  });
  it("while a count of those that did is answered", () => {
    assert.equal(assessFirst(ix, "Three of the 14 trees flagged near the zoo's fences have been felled or cut back.").verdict, "contradicted");
  });
});

describe("fact check: a date a record is measured against", () => {
  const ix = indexOf(
    ["cpi.txt", "Inflation\n\nUK inflation rose to 11.1% in the year to October 2022, official figures showed. That was the highest rate since 1981, when it reached 11.2%.\n"],
    ["lotto.md", "---\ntitle: Lottery\ndate: 2025-06-02\n---\n\n# Lottery\n\nA Penbury couple have won £9.1m on the lottery, the operator said on Monday.\n\nThe jackpot was the largest won in Penbury since 2014, when a syndicate of 12 factory workers shared £6.5m.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("dates no figure before it ('rose to 11.1%, the highest rate since 1981' is backed by October 2022's 11.1%)", () => {
    assert.equal(assessFirst(ix, "Inflation rose to 11.1%, the highest rate since 1981.").verdict, "supported");
  });
  it("but dates what is said of it after ('since 2014, when a syndicate ... shared £6.5m')", () => {
    assert.ok(figureVerdicts(ix, "In 2014 a syndicate of 12 factory workers in Penbury shared £5.6m.").includes("£5.6m contradicted"));
  });
});

describe("fact check: counts at opposite ends of an event", () => {
  const ix = indexOf(
    ["race.txt", "Race\n\nOnly 9,876 runners crossed the finish line in the city marathon.\n"],
    ["ward.txt", "Ward\n\nThe hospital discharged 212 patients from the ward in March.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("are two counts ('lined up at the start' / 'crossed the finish line'; 'admitted' / 'discharged')", () => {
    assert.notEqual(assessFirst(ix, "More than 11,000 runners lined up at the start of the city marathon.").verdict, "contradicted");
    assert.notEqual(assessFirst(ix, "The hospital admitted 250 patients to the ward in March.").verdict, "contradicted");
  });
  it("while a count at the same end is answered", () => {
    assert.equal(assessFirst(ix, "Only 9,000 runners crossed the finish line in the city marathon.").verdict, "contradicted");
  });
});

describe("fact check: where a change took a thing", () => {
  const ix = indexOf(
    ["first.txt", "Recall\n\nCalderbrook Pharma is recalling 38 batches of its Tensivex tablets, the medicines agency said.\n"],
    ["target.txt", "Target\n\nAnalysts at Brightwater raised their price target on the Tensivex maker's stock to $520 from $480.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is not disputed by a lower level said before ('expanded the recall to 52 batches' / 'is recalling 38 batches')", () => {
    assert.notEqual(assessFirst(ix, "The medicines agency expanded the Calderbrook Pharma recall to 52 batches of Tensivex tablets.").verdict, "contradicted");
  });
  it("while a level above it is answered, as is another change's end", () => {
    assert.equal(assessFirst(ix, "The medicines agency expanded the Calderbrook Pharma recall to 30 batches of Tensivex tablets.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Analysts at Brightwater raised their price target on the Tensivex maker's stock to $560.").verdict, "contradicted");
  });
});

describe("fact check: age groups, shares of those without, and running totals' dates", () => {
  const ix = indexOf(
    ["turnout.txt", "Turnout\n\nJust 24.7 per cent of Brennock's 189,600 registered voters took part, down from 38.2 per cent in 2021 and the lowest turnout since the post was established.\n"],
    ["mmr.txt", "MMR\n\nJust 81.4% of five-year-olds in Wrenford had both MMR doses before the outbreak.\n"],
    ["cases.txt", "Cases\n\nThe number of new measles cases in Wrenford has risen every week since the first case was confirmed on 17 February.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("an age group's share is not the whole's ('voters aged 18 to 24' / all registered voters)", () => {
    assert.ok(!figureVerdicts(ix, "Turnout among voters aged 18 to 24 was estimated at just 11 per cent.", true).includes("11 per cent contradicted"));
    assert.ok(figureVerdicts(ix, "Turnout among voters was estimated at just 11 per cent, the lowest turnout since the post was established.", true).includes("11 per cent contradicted"));
  });
  it("a share of those without is not answered by those with ('one in five ... was missing' / '81.4% had both')", () => {
    assert.notEqual(assessFirst(ix, "Almost one in five of Wrenford's five-year-olds was missing at least one MMR dose before the outbreak.").verdict, "contradicted");
  });
  it("a running total's date is not answered by an event's ('By 17 March ... had passed 200 confirmed cases' / 'confirmed on 17 February')", () => {
    assert.notEqual(assessFirst(ix, "By 17 March the Wrenford measles outbreak had passed 200 confirmed cases.", "date").verdict, "contradicted");
    assert.equal(assessFirst(ix, "The first Wrenford measles case was confirmed on 17 March.", "date").verdict, "contradicted");
  });
});

describe("fact check: this session's guards on other events, parts and what would have been", () => {
  const ix = indexOf(
    ["river.md", "---\ntitle: River\ndate: 2025-01-21\n---\n\n# River\n\nThe Wenn reached 5.42m on the Mill Street gauge shortly before 10pm on Sunday, beating the 5.05m record set in 2007.\n"],
    ["wire.md", "---\ntitle: Wire\ndate: 2025-01-20\n---\n\n# Wire\n\nThe river peaked at 5.42 metres at the Mill Street gauge at about 9.40 p.m., 37 centimetres above the previous record of 5.05 metres set in November 2007.\n"],
    ["walls.txt", "Walls\n\nBehind those 2.4 kilometres of walls and embankments, which reach 3.2 metres high at their tallest point, the town centre stayed dry.\n"],
    ["port.txt", "Port\n\nThe spaceport cost £96m to build, 40 per cent of it public money.\n"],
    ["fine.txt", "Fine\n\nKostas Demetriou was fined £36,000 at Dunmore Magistrates' Court, with a reduction for his early guilty plea.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a weekday is another event's where its sentence gives a date of the claim's time ('on Sunday, beating the ... record set in 2007')", () => {
    assert.equal(assessFirst(ix, "The river's peak was 37 centimetres above the previous record, which was set in November 2007.", "date").verdict, "supported");
  });
  it("a measurement hundreds of times another that is no slip of its scale is another thing's ('run for roughly 2,400 metres' / '3.2 metres high')", () => {
    assert.equal(assessFirst(ix, "The walls and embankments run for roughly 2,400 metres.").verdict, "supported");
    assert.equal(assessFirst(ix, "The walls and embankments run for roughly 3,000 metres.").verdict, "contradicted");
  });
  it("a part of a sum is not answered by the whole ('£38m of the spaceport's construction bill' / 'cost £96m')", () => {
    assert.notEqual(assessFirst(ix, "Public money accounted for roughly £38m of the spaceport's construction bill.").verdict, "contradicted");
  });
  it("what would have been but for something is not what was ('Without the reduction ..., the fine would have been £54,000')", () => {
    assert.notEqual(assessFirst(ix, "Without the reduction for his early guilty plea, Demetriou's fine would have been £54,000.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Kostas Demetriou was fined £54,000 at Dunmore Magistrates' Court.").verdict, "contradicted");
  });
});

describe("fact check: the claim's very figure in a report that names the claim's body elsewhere", () => {
  // The pending flood wall probe's three reports: the blog names the authority, then "The authority".
  const ix = indexOf(...probeFiles("pending/floodwall"));
  it("is the named body's, a paragraph on ('The authority now puts the same work at about £21m')", () => {
    const verdicts = figureVerdicts(ix, "The Wenn Valley Rivers Authority now puts the cost of the second phase at about £21m in today's prices.", true);
    assert.ok(verdicts.some((v) => v.includes("£21m")), verdicts.join("; "));
    assert.ok(!verdicts.some((v) => /£21m contradicted/.test(v)), verdicts.join("; "));
  });
  it("while another figure of the body's is answered", () => {
    assert.equal(assessFirst(ix, "Final accounts published by the Wenn Valley Rivers Authority put the total cost of the Hollingford Flood Alleviation Scheme at £58.1m.").verdict, "contradicted");
  });
});

describe("fact check: a transfer's fee, its parts, conditions and profit", () => {
  const ix = indexOf(
    ["wire.txt", "Transfer\n\nHarwick Rovers have sold striker Dario Vukelić to Kingsmere City for a club-record guaranteed fee of 48 million pounds, with up to 12 million pounds more in add-ons.\n"],
    ["blog.txt", "Ledger\n\nThe £12m splits into three parts: £5m once Vukelić reaches 100 league appearances for Kingsmere, £4m if Kingsmere qualify for the Champions League during his contract, and £3m tied to goals.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a profit is no fee, in the pending transfer probe's reports", () => {
    const probe = indexOf(...probeFiles("pending/transfer2"));
    const verdicts = figureVerdicts(probe, "On the guaranteed fee alone, Harwick made a profit of almost £45m on the striker they signed in 2022.", true);
    assert.ok(verdicts.some((v) => v.includes("£45m")) && !verdicts.some((v) => v.endsWith("contradicted")), verdicts.join("; "));
  });
  it("a profit is no fee ('made a profit of almost £45m' / 'a guaranteed fee of 48 million pounds')", () => {
    assert.notEqual(assessFirst(ix, "On the guaranteed fee alone, Harwick Rovers made a profit of almost £45m on Vukelić.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Harwick Rovers sold Vukelić to Kingsmere City for a guaranteed fee of £45m.").verdict, "contradicted");
  });
  it("a part of the fee is no account of it, nor a sum on a condition of one each year ('£28m of the guaranteed fee'; '£4m if Kingsmere qualify')", () => {
    const parts = [...figureVerdicts(ix, "Harwick Rovers must wait until 2027 for £28m of the guaranteed fee."), ...figureVerdicts(ix, "Kingsmere City will write off nearly £10m of the fee for Vukelić each year of his contract.")];
    assert.ok(parts.some((v) => v.startsWith("£28m")) && parts.some((v) => v.includes("£10m")), parts.join("; "));
    assert.ok(!parts.some((v) => v.endsWith("contradicted")), parts.join("; "));
  });
});

describe("fact check: a sum the claim adds up, and a whole it counts against", () => {
  const ix = indexOf(
    ["scheme.txt", "Scheme\n\nThe university has set aside 6.5 million pounds for a compensation scheme that pays £75 to every person whose data was in the folder, with larger sums for those whose support notes were exposed.\n"],
    ["museum.txt", "Museum\n\nThe museum said 3,900 people visited on its opening day.\n"],
    ["survey.txt", "Survey\n\nThe motoring group Drivers' Alliance ranked Hallowmere third-worst of 38 English county councils for road condition in its annual survey.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a sum 'in total' is not disputed by a report's lone part ('£575 in total' / 'pays £75 to every person')", () => {
    assert.notEqual(assessFirst(ix, "A person whose support notes were in the folder stands to receive £575 in total under the compensation scheme.").verdict, "contradicted");
  });
  it("while 'a total of' is said in full, answered by a smaller one, as is a count 'in total'", () => {
    // The bank fraud set's reports give £3.74m and £3.47m: "a total of" is still answered.
    const fraud = indexOf(...probeFiles("bankfraud"));
    assert.notEqual(assessFirst(fraud, "Pownall stole a total of £3.47 million from Hollinsford customers.").verdict, "unknown");
    assert.equal(assessFirst(ix, "In total, 4,312 people visited the museum on its opening day.").verdict, "contradicted");
  });
  it("a count given 'out of' a whole is not answered by that whole ('only two ... councils ..., out of 38')", () => {
    assert.notEqual(assessFirst(ix, "In the Drivers' Alliance's annual survey, only two English county councils had roads in worse condition than Hallowmere's, out of 38.").verdict, "contradicted");
  });
});

describe("fact check: the fifth round's guards", () => {
  it("another share of the whole an agreeing sentence shares out is another answer ('29% wanted it removed' / '58% ... left alone'), in the pending wolf probe", () => {
    const wolf = indexOf(...probeFiles("pending/wolf"));
    const verdicts = figureVerdicts(wolf, "Twenty-nine per cent of the 1,020 residents surveyed for Rewild the North wanted the wolf removed.", true);
    assert.ok(verdicts.some((v) => /^Twenty-nine per cent supported/.test(v)), verdicts.join("; "));
  });
  it("running totals by two days are no rival accounts ('By Tuesday morning ... 2.9 metres' / 'By Sunday 16 March ... 9.4 metres'), in the pending reservoir probe", () => {
    const reservoir = indexOf(...probeFiles("pending/reservoir2"));
    const verdicts = figureVerdicts(reservoir, "After its level fell by 2.9 metres, the reservoir was at 71 per cent of capacity on Tuesday morning.", true);
    assert.ok(verdicts.some((v) => /^2\.9 supported/.test(v)), verdicts.join("; "));
  });
});

describe("fact check: a later tally, still running, in a newer report", () => {
  it("is no rival account of a day's count ('212 services on the day of the crash' / 'has cancelled more than 1,100 services since the line closed'), in the pending derailment probe", () => {
    const rail = indexOf(...probeFiles("pending/trainderail"));
    const verdicts = figureVerdicts(rail, "Vale Express called off 212 of its services on the day of the crash.", true);
    assert.ok(verdicts.some((v) => /^212 supported/.test(v)), verdicts.join("; "));
  });
});

describe("fact check: a revised figure, against the figure an older report gave", () => {
  it("is not disputed by it ('revised estimate ... just over £3m' / a week older '£2.4m'), in the pending film probe", () => {
    const film = indexOf(...probeFiles("pending/filmset"));
    const verdicts = figureVerdicts(film, "Larchwood's revised estimate of its local spending is just over £3m.", true);
    assert.ok(verdicts.some((v) => /£3m supported/.test(v)), verdicts.join("; "));
  });
});

describe("fact check: the eighth round's guards", () => {
  const ix = indexOf(
    ["wire.txt", "Dog\n\nHarlow was taken to hospital, where doctors closed her wounds with more than 40 stitches.\n"],
    ["grants.txt", "Grants\n\nAny community group willing to run a threatened branch would be offered a one-off start-up grant of £20,000.\n"],
    ["gas.md", "---\ntitle: Gas\ndate: 2025-03-05\n---\n\n# Gas\n\nIn 2021, 30 homes on Station Road in Ashcombe were evacuated for a day after a contractor struck a gas pipe.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a source's bound says nothing against an exact figure past it ('more than 40 stitches' / 'forty-six stitches')", () => {
    assert.notEqual(assessFirst(ix, "Harlow needed forty-six stitches to close her wounds.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Harlow needed 38 stitches to close her wounds.").verdict, "contradicted");
  });
  it("what would be if something were is not what is ('If volunteers took over all 11 ..., the grants would add up to £220,000')", () => {
    assert.ok(!figureVerdicts(ix, "If volunteers took over all 11 threatened branches, the start-up grants would add up to £220,000.").some((v) => v.endsWith("contradicted")));
  });
  it("a claim dated by a day alone is of its report's year, not an earlier year's ('on Friday 7 March' / 'In 2021, 30 homes')", () => {
    assert.ok(!figureVerdicts(ix, "Residents of 75 evacuated homes on Station Road in Ashcombe were allowed back on Friday 7 March.").some((v) => v.endsWith("contradicted")));
  });
});

describe("fact check: a sum gathered over a window", () => {
  const ix = indexOf(
    ["appeal.txt", "Appeal\n\nThe campaign's crowdfunding appeal had raised more than £85,000 in its first 24 hours to pay for a legal challenge.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("is no account of the sum raised since ('in its first 24 hours' / 'has raised more than £130,000')", () => {
    assert.notEqual(assessFirst(ix, "The campaign's crowdfunding appeal has raised more than £130,000 for a legal challenge.").verdict, "contradicted");
  });
  it("while the same window's sum is answered", () => {
    assert.equal(assessFirst(ix, "The campaign's crowdfunding appeal raised £30,000 in its first 24 hours.").verdict, "contradicted");
  });
});

describe("fact check: a firm named for two", () => {
  const ix = indexOf(
    ["store.txt", "Store\n\nDean Hollis, 34, a checkout supervisor, said he learned of the closure from the radio.\n"],
    ["firm.txt", "Firm\n\nHollis & Grant has collapsed into administration.\n"],
    ["grant.txt", "Grant\n\nThe council awarded a grant to the museum.\n"],
  );
  it("is named only where both its names are ('Hollis & Grant', not a Dean Hollis)", () => {
    const [name] = storyNamesOf(ix, [{ type: "organisation", name: "Hollis & Grant" }]);
    assert.equal(name?.length, 1);
    assert.equal(name![0]!.length, 1, "one word that asks for both");
    const marks = ix.documentsWithTerm(name![0]![0]!);
    assert.deepEqual([...marks], ix.documents.map((d) => (d.meta.key === "firm" ? 1 : 0)));
  });
});

describe("fact check: windows, running totals, age groups and sea miles", () => {
  const ix = indexOf(
    ["staff.txt", "Staff\n\nThe voluntary severance scheme opened on Monday, and the university says 88 staff applied in its first two days.\n"],
    ["doses.md", "---\ntitle: Doses\ndate: 2025-03-19\n---\n\nVaccinators had given 31,560 MMR doses in Westmarch by the end of Sunday 16 March, three weeks after the drive opened.\n"],
    ["uptake.txt", "Uptake\n\nMMR coverage among 14- to 18-year-olds in Westmarch has reached 79%.\n"],
    ["ship.txt", "Ship\n\nThe patrol vessels will each have a range of 5,500 nautical miles.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("a count over a window is no count of all ('88 staff applied in its first two days' / 'up to 260 staff')", () => {
    assert.notEqual(assessFirst(ix, "Up to 260 staff applied to the voluntary severance scheme.").verdict, "contradicted");
  });
  it("a running total by another day is no answer ('31,560 doses by ... 16 March' / 'by 11 March')", () => {
    assert.notEqual(assessFirst(ix, "Nearly 18,500 MMR doses had been given in Westmarch by 11 March.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "Nearly 18,500 MMR doses had been given in Westmarch by Sunday 16 March.").verdict, "contradicted");
  });
  it("an age group's share is no answer to a share of no group ('among 14- to 18-year-olds ... 79%' / '88 per cent coverage')", () => {
    assert.notEqual(assessFirst(ix, "MMR coverage in Westmarch has reached 88 per cent.").verdict, "contradicted");
    assert.equal(assessFirst(ix, "MMR coverage among 14- to 18-year-olds in Westmarch has reached 88 per cent.").verdict, "contradicted");
  });
  it("a nautical mile is a sea mile ('5,500 nautical miles' / 'more than 10,000 kilometres')", () => {
    assert.equal(assessFirst(ix, "The patrol vessels will each have a range of more than 10,000 kilometres.").verdict, "supported");
  });
});

describe("fact check: sums of some of a report's figures, and counts of two states", () => {
  const ix = indexOf(
    ["costs.txt", "Costs\n\nAdd it up: £3.47m repaid to members, about £310,000 in interest, the £1.75m fine and £640,000 for the Carrow Lisle review.\n"],
    ["houses.txt", "Houses\n\nThree houses on Cliff Terrace went with the cliff, and five more were damaged.\n"],
    ["other.txt", "Other\n\nThe council discussed roads at its meeting.\n"],
  );
  it("an exact sum is made by some of the figures as written ('£1.75m fine and £640,000 for the review' / '£2.39m together')", () => {
    assert.notEqual(assessFirst(ix, "Together, the fine and the Carrow Lisle review cost £2.39m.").verdict, "contradicted");
  });
  it("a count of two states is a sum of both ('Eight houses ... were destroyed or damaged' / 'Three houses ... and five more were damaged')", () => {
    assert.notEqual(assessFirst(ix, "Eight houses on Cliff Terrace were destroyed or damaged when the cliff gave way.").verdict, "contradicted");
  });
});

describe("fact check: the twentieth session's blind probes", () => {
  it("a count of two kinds is no account of one kind's ('1,260 paramedics and emergency care assistants' / '690 paramedics')", () => {
    const ix = indexOf(...probeFiles("pending/ambulancestrike"));
    assert.deepEqual(figureVerdicts(ix, "Those called out by the union comprised 690 paramedics and 450 emergency care assistants.", true), ["690 supported", "450 supported"]);
    assert.equal(assessFirst(ix, "Around 1,260 paramedics and emergency care assistants began the strike.").verdict, "supported");
  });
  it("a claim that says its count is the last tally is not disputed by an older report's smaller one ('were eventually confirmed')", () => {
    const ix = indexOf(...probeFiles("pending/quarry"));
    assert.equal(assessFirst(ix, "More than 60 homes were eventually confirmed as damaged by the blast.").verdict, "supported");
    assert.equal(assessFirst(ix, "More than 60 homes were confirmed as damaged by the blast.").verdict, "disputed");
  });
  it("so is a count beside 'a final' sum ('to a final £2.38 million from 1,407 backers' / an older '£2.05m from 1,140 backers')", () => {
    const ix = indexOf(...probeFiles("pending/vineyard"));
    assert.deepEqual(figureVerdicts(ix, "The trust's pledges grew from £2.05 million on the morning of the auction to a final £2.38 million from 1,407 backers.", true), ["£2.05 million supported", "£2.38 million supported", "1,407 supported"]);
  });
  it("a claim's date is not answered by a source's date of a figure it names alone that the claim does not give ('the 803 recorded in February 2024')", () => {
    const ix = indexOf(...probeFiles("pending/ambulancestrike"));
    const text = "The longest single handover wait at the hospital in January, 11 hours and 40 minutes, was recorded on 14 January.";
    const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
    const date = claim.facts.find((f) => f.kind === "date" && text.slice(f.span.start, f.span.end) === "14 January");
    assert.ok(date);
    assert.equal(assessFact(ix, claim, date).verdict, "supported");
  });
  /** The claim's first date: its verdict and the values of the sides. */
  const dateOf = (ix: CorpusIndex, text: string) => {
    const claim = analyzeSentence(text, { start: 0, end: text.length }, [], ix.names.resolver());
    const date = claim.facts.find((f) => f.kind === "date");
    assert.ok(date);
    const a = assessFact(ix, claim, date);
    return { verdict: a.verdict, sides: a.sides.map((x) => x.value) };
  };
  it("an undated wire's 'on Monday, March 3' confirms a claim's Monday 3 March 2025; a numbered thing's event ('Wards 6 and 7 reopened on Saturday 18 January') answers nothing beside it", () => {
    const ix = indexOf(...probeFiles("pending/hospitalfire"));
    const right = dateOf(ix, "The east wing reopened fully on Monday 3 March 2025.");
    assert.notEqual(right.verdict, "contradicted");
    assert.ok(right.sides.includes("March 3") && !right.sides.includes("18 January"), right.sides.join(", "));
    assert.equal(dateOf(ix, "The east wing reopened fully on Monday 3 February 2025.").verdict, "contradicted");
  });
  it("nor does another person's ('The 14-year-old girl ... was discharged on Monday' / 'Derek Whitlow was discharged ... on 10 December')", () => {
    const ix = indexOf(...probeFiles("pending/festivalcrush"));
    assert.equal(dateOf(ix, "Derek Whitlow was discharged from hospital on 10 December, having spent 19 days there.").verdict, "supported");
  });
  it("a sum the claim's own sums add up to is their whole, no rival account ('£25 million ... and another £13.5 million' / 'the entire £38.5 million')", () => {
    const ix = indexOf(...probeFiles("pending/pensionfund"));
    const verdicts = (text: string) => figureVerdicts(ix, text, true);
    assert.ok(!verdicts("The fund bought into Halcyon in two stages, putting in £25 million in July 2021 and another £13.5 million in March 2022.").some((v) => v.endsWith("contradicted")));
    assert.ok(verdicts("The fund bought into Halcyon in two stages, putting in £27 million in July 2021 and another £13.5 million in March 2022.").includes("£27 million contradicted"));
  });
  it("a count above the whole a claim gives its part of is no rival account of the part ('five of the 23 routes' / 'ran 31 routes')", () => {
    const ix = indexOf(...probeFiles("pending/busdepot"));
    assert.notEqual(assessFirst(ix, "Under the original plan, five of the 23 routes run from Cobden Street were to be scrapped altogether.").verdict, "contradicted");
  });
  it("a count past a mark is a later tally than an older report's running one, where only a wire's dateline dates the agreeing report ('topped 11,000' / 'stood at 8,412 signatures this morning')", () => {
    const ix = indexOf(...probeFiles("pending/busdepot"));
    assert.deepEqual(figureVerdicts(ix, "The petition topped 11,000 signatures, beating its 10,000 target.", true), ["11,000 supported", "10,000 supported"]);
  });
  it("a claim past a bound its source denies is contradicted ('8p in the pound' / 'unlikely to receive more than 5 pence')", () => {
    const ix = indexOf(...probeFiles("pending/pensionfund"));
    assert.equal(assessFirst(ix, "Unsecured creditors, the pension fund among them, were to receive 8p in the pound, the administrators said.").verdict, "contradicted");
  });
});
