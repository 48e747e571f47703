import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { extractQuotes, type QuoteMention } from "../../src/core/analysis/quotes";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import type { Span } from "../../src/core/types";

const SEEDS = path.resolve(__dirname, "../../../seeds");

/** Paragraphs as the draft parser finds them: runs of non-blank lines. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Curly quotes to straight ones, as the source reader normalises them. */
function straight(s: string): string {
  return s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
}

type Row = [quote: string, speaker: string | undefined, attribution: QuoteMention["attribution"], speakerText?: string];

function quotes(text: string): Row[] {
  return extractQuotes(text, paragraphs(text)).map((q) => {
    assert.equal(text.slice(q.span.start, q.span.end), q.text);
    assert.ok(q.outerSpan.start < q.span.start && q.span.end <= q.outerSpan.end, "outer span encloses the quote");
    const row: Row = [q.text, q.speaker, q.attribution];
    if (q.speakerSpan) row.push(text.slice(q.speakerSpan.start, q.speakerSpan.end));
    return row;
  });
}

describe("engine: extractQuotes attribution table", () => {
  const cases: { name: string; text: string; expected: Row[] }[] = [
    {
      name: 'X said: "…" (seed 001, Priti Patel)',
      text: straight("Home secretary Priti Patel said: \u201cThis operation demonstrates that criminals will not get away with using encrypted devices to plot vile crimes under the radar.\u201d"),
      expected: [["This operation demonstrates that criminals will not get away with using encrypted devices to plot vile crimes under the radar.", "Priti Patel", "explicit", "Priti Patel"]],
    },
    {
      name: '"…," said X with a role before the name (seed 001, Cressida Dick)',
      text: straight("\u201cThey were brazen and thought they were beyond the reach of the law,\u201d said Met commissioner Cressida Dick."),
      expected: [["They were brazen and thought they were beyond the reach of the law,", "Cressida Dick", "explicit", "Cressida Dick"]],
    },
    {
      name: '"…," said the role, Name (a person in apposition after their role)',
      text: '"This is a wonderful night for European science," said the agency\'s director of exploration, Dr Marta Lindqvist.',
      expected: [["This is a wonderful night for European science,", "Marta Lindqvist", "explicit", "Marta Lindqvist"]],
    },
    {
      name: 'Name, of Body, was blunter: "…" (no speech verb: the person who opens the sentence)',
      text: 'Holloway Brothers cut its target price to 820p. Tom Ashdown, of Grierson Capital, was blunter: "Investors are being asked to pay for a turnaround that has not started yet."',
      expected: [["Investors are being asked to pay for a turnaround that has not started yet.", "Tom Ashdown", "explicit", "Tom Ashdown"]],
    },
    {
      name: '"…," said a body\'s role, Name: the person, not the body',
      text: '"We are running out of time to turn this around," said Greenfield Trust\'s chief executive, Helen Marsh.',
      expected: [["We are running out of time to turn this around,", "Helen Marsh", "explicit", "Helen Marsh"]],
    },
    {
      name: 'a possessor\'s role, Name, said: "…" (the person, not the possessor read as a name)',
      text: 'Atlantica Air\'s chief executive, Rui Cardoso, said: "We are devastated."',
      expected: [["We are devastated.", "Rui Cardoso", "explicit", "Rui Cardoso"]],
    },
    {
      name: 'Mr Surname, an apposition, said: "…" (the full name given before; an honorific opens a name)',
      text: 'Graham Ashworth, 67, and his wife Pauline won. Mr Ashworth, a former postman, said: "We checked the ticket four times."',
      expected: [["We checked the ticket four times.", "Graham Ashworth", "explicit", "Mr Ashworth"]],
    },
    {
      name: '"…," X said',
      text: '"We will keep going until every network is down," the chief constable, Jane Porter, said.',
      expected: [["We will keep going until every network is down,", "Jane Porter", "explicit", "Jane Porter"]],
    },
    {
      name: '"…," an organisation said',
      text: '"We will find you," the NCA said.',
      expected: [["We will find you,", "NCA", "explicit", "NCA"]],
    },
    {
      name: 'a body\'s spokesperson speaks for it, named by a word no rule knows ("A Westway spokesperson said")',
      text: 'A Westway spokesperson said the improved offer was "the best we can do" and apologised to passengers.',
      expected: [["the best we can do", "Westway", "explicit", "Westway"]],
    },
    {
      name: 'a kind of body then its name speaks, a name that ends in a question mark too ("the consumer group Which? said")',
      text: 'The consumer group Which? said the fine was "a drop in the ocean" for the firm.',
      expected: [["a drop in the ocean", "Which?", "explicit", "Which?"]],
    },
    {
      name: "a spokesperson of no named body is no speaker",
      text: 'A spokesperson said the improved offer was "the best we can do".',
      expected: [["the best we can do", undefined, "none"]],
    },
    {
      name: 'X added: "…" with a rank stripped (seed 000, Ruaraidh Nicolson)',
      text: straight("Assistant Chief Constable Ruaraidh Nicolson added: \u201cOrganised crime groups will become involved in anything that facilitates them making profit.\u201d"),
      expected: [["Organised crime groups will become involved in anything that facilitates them making profit.", "Ruaraidh Nicolson", "explicit", "Assistant Chief Constable Ruaraidh Nicolson"]],
    },
    {
      name: "according to X",
      text: 'The raids were a success, according to Nikki Holland: "The results have been outstanding."',
      expected: [["The results have been outstanding.", "Nikki Holland", "explicit", "Nikki Holland"]],
    },
    {
      name: "according to something that is not a name gives no speaker (seed 002)",
      text: straight("The system operated on customised Android phones and, according to its website, provided \u201cworry-free secure communications\u201d."),
      expected: [["worry-free secure communications", undefined, "none"]],
    },
    {
      name: 'a fragment in reported speech: X said crime was "…" (seed 000, Gerry McLean)',
      text: straight("Detective Chief Superintendent Gerry McLean, head of the organised crime and counter-terrorism unit, said organised crime was still down to \u201cprofit, power and people\u201d."),
      expected: [["profit, power and people", "Gerry McLean", "explicit", "Detective Chief Superintendent Gerry McLean"]],
    },
    {
      name: 'X described it as a "…" (seed 002, Dame Cressida Dick)',
      text: straight("The Metropolitan Police Commissioner, Dame Cressida Dick, whose force made 171 arrests and seized \u00a313.3m in cash, described it as a \u201cgame changer\u201d."),
      expected: [["game changer", "Cressida Dick", "explicit", "Cressida Dick"]],
    },
    {
      name: "a pronoun resolves to the last person named in an earlier paragraph (seed 001, Nikki Holland)",
      text: straight(
        "NCA director of investigations Nikki Holland described Venetic as the broadest and deepest ever UK operation to disrupt serious and organised crime.\n\n" +
          "\u201cThe results have been outstanding, but this is just the start,\u201d she said.",
      ),
      expected: [["The results have been outstanding, but this is just the start,", "Nikki Holland", "pronoun", "she"]],
    },
    {
      name: "a pronoun passes over a place named by its kind (\"the village of Ashby Crucis\") to the person before it",
      text: straight(
        "Among those on the picket line was Maureen Harlow, 51. Her father lay on the floor of his home in the village of Ashby Crucis for six hours.\n\n" +
          "\u201cNobody on that picket line let my dad down,\u201d she said.",
      ),
      expected: [["Nobody on that picket line let my dad down,", "Maureen Harlow", "pronoun", "she"]],
    },
    {
      name: "a person named inside a relative clause is not the subject; the word the clause follows is, when known",
      text: straight(
        "Gary Pennock spoke first. Pennock, who organises for the union across North Mercia, insisted that members were \u201cnot walking out on patients\u201d.\n\n" +
          "Tom Reid, whose sister Ann Reid works in the control room, said: \u201cWe are stretched.\u201d",
      ),
      expected: [
        ["not walking out on patients", "Gary Pennock", "explicit", "Pennock"],
        ["We are stretched.", "Tom Reid", "explicit", "Tom Reid"],
      ],
    },
    {
      name: "a described relative clause (\", a Conservative who ...,\") names no speaker either",
      text: straight(
        "Margaret Ellery chaired the meeting.\n\n" +
          "Ellery, a Conservative who has represented the Ashcombe East division since 2014, told the meeting: \u201cThese are hard decisions.\u201d",
      ),
      expected: [["These are hard decisions.", "Margaret Ellery", "explicit", "Ellery"]],
    },
    {
      name: "a lone word before a relative clause that no name known so far explains gives no speaker, not one the clause names",
      text: straight("Pennock, who organises for the union across North Mercia, insisted that members were \u201cnot walking out on patients\u201d."),
      expected: [["not walking out on patients", undefined, "none"]],
    },
    {
      name: "a pronoun means the person an earlier paragraph opened on by a known surname, not one named inside quote marks",
      text: straight(
        "Tamsin Hale won the prize.\n\n" +
          "Bookmakers had made Bethan Lloyd-Rees's \u201cNightjar Hours\u201d the favourite.\n\n" +
          "Hale taught at a primary school for nine years.\n\n" +
          "\u201cI wrote most of it at the kitchen table,\u201d she said.",
      ),
      expected: [
        ["Nightjar Hours", undefined, "none"],
        ["I wrote most of it at the kitchen table,", "Tamsin Hale", "pronoun", "she"],
      ],
    },
    {
      name: "a pronoun passes over a title in quote marks to the person named before it",
      text: straight("Tamsin Hale beat the favourite, \u201cMartha Quest\u201d.\n\n\u201cI was amazed,\u201d she said."),
      expected: [
        ["Martha Quest", undefined, "none"],
        ["I was amazed,", "Tamsin Hale", "pronoun", "she"],
      ],
    },
    {
      name: "a pronoun means the last person named who is no possessor ('Richard Ellery, 59, Mrs Ellery's son, said ...')",
      text: straight("Margaret Ellery, 84, died in the fire.\n\nRichard Ellery, 59, Mrs Ellery's son, said the family had waited.\n\n\u201cMum was treated as a bed number,\u201d he said."),
      expected: [["Mum was treated as a bed number,", "Richard Ellery", "pronoun", "he"]],
    },
    {
      name: "so in the quote's own paragraph",
      text: straight("Margaret Ellery, 84, died in the fire.\n\nRichard Ellery, Mrs Ellery's son, spoke outside. \u201cMum was treated as a bed number,\u201d he said."),
      expected: [["Mum was treated as a bed number,", "Richard Ellery", "pronoun", "he"]],
    },
    {
      name: "'Mrs Ellery' is not the Graham Ellery the text also calls 'Mr Ellery': the surname names two people",
      text: straight("Graham Ellery, 61, was killed. Mr Ellery had flown for 22 years.\n\n\u201cGraham loved that aircraft,\u201d Mrs Ellery said."),
      expected: [["Graham loved that aircraft,", "Ellery", "explicit", "Mrs Ellery"]],
    },
    {
      name: "without a 'Mr' of the surname, 'Mrs Ellery' is the Susan Ellery named before",
      text: straight("Susan Ellery, 58, was there.\n\n\u201cGraham loved that aircraft,\u201d Mrs Ellery said."),
      expected: [["Graham loved that aircraft,", "Susan Ellery", "explicit", "Mrs Ellery"]],
    },
    {
      name: "a name a relative clause not set apart by commas gives is not the speaker ('The retired teacher who chairs Tarnby Bill Payers Action complained')",
      text: straight("The retired teacher who chairs Tarnby Bill Payers Action complained of paying more \u201cfor a service that gets worse\u201d."),
      expected: [["for a service that gets worse", undefined, "none"]],
    },
    {
      name: "a pronoun passes over a person named as an agent after 'by' ('would be led by Dame Patricia Holloway')",
      text: straight("The prisons minister, Helen Cartwright, told MPs that an inquiry would be led by Dame Patricia Holloway. \u201cOne is one too many,\u201d she said."),
      expected: [["One is one too many,", "Helen Cartwright", "pronoun", "she"]],
    },
    {
      name: "a title with a body's word in it ('Group Manager Tom Ridley') names a person, whom a surname after a quote means",
      text: straight(
        "Dr Priya Nandakumar thanked the crews.\n\nGroup Manager Tom Ridley said the flames were confined.\n\n\u201cThe smoke travelled fast,\u201d Ridley said.",
      ),
      expected: [["The smoke travelled fast,", "Tom Ridley", "explicit", "Ridley"]],
    },
    {
      name: "a pronoun after a quote is the person a sentence of its paragraph opened on by a known surname",
      text: straight(
        "Luca Ferrandi won, clear of Tomas Kell. \u201cLuca drove well,\u201d said Marta Eklund.\n\n" +
          "Kell, who now trails Ferrandi on 168 points, was philosophical. \u201cSecond is not where we want to be,\u201d he said.",
      ),
      expected: [
        ["Luca drove well,", "Marta Eklund", "explicit", "Marta Eklund"],
        ["Second is not where we want to be,", "Tomas Kell", "pronoun", "he"],
      ],
    },
    {
      name: "continuation paragraphs opening with a quote mark keep the speaker (seed 001, Priti Patel)",
      text: straight(
        "Home secretary Priti Patel said: \u201cI congratulate them and law enforcement partners on this significant achievement.\n\n" +
          "\u201cI will continue working closely with the NCA and others to tackle the use of such devices.\u201d\n\n" +
          "\u201cThey need the resources, powers and tools to keep our country safe.\u201d",
      ),
      expected: [
        ["I congratulate them and law enforcement partners on this significant achievement.", "Priti Patel", "explicit", "Priti Patel"],
        ["I will continue working closely with the NCA and others to tackle the use of such devices.", "Priti Patel", "continuation"],
        ["They need the resources, powers and tools to keep our country safe.", "Priti Patel", "continuation"],
      ],
    },
    {
      name: "a paragraph naming a new person without a quote ends the continuation",
      text:
        'Priti Patel said: "This operation demonstrates real progress."\n\n' +
        "Cressida Dick, the Met commissioner, spoke later in the day.\n\n" +
        '"Nobody will be spared by these investigations."',
      expected: [
        ["This operation demonstrates real progress.", "Priti Patel", "explicit", "Priti Patel"],
        ["Nobody will be spared by these investigations.", undefined, "none"],
      ],
    },
    {
      name: 'a surname alone ("McLean said:") resolves to the full name given earlier (seed 000)',
      text: straight(
        "Detective Chief Superintendent Gerry McLean, head of the organised crime and counter-terrorism unit, spoke in Glasgow.\n\n" +
          "McLean said: \u201cThey want to take themselves away from conventional itemised telecommunications billing and use apps based on their phone.\u201d",
      ),
      expected: [["They want to take themselves away from conventional itemised telecommunications billing and use apps based on their phone.", "Gerry McLean", "explicit", "McLean"]],
    },
    {
      name: "a quote whose sentence ends before the next sentence names someone does not take that person",
      text: 'The NCA said the gang was "brazen and dangerous." Priti Patel welcomed the arrests.',
      expected: [["brazen and dangerous.", "NCA", "explicit", "NCA"]],
    },
    {
      name: "a quote ending its sentence with no speaker before it stays unattributed",
      text: 'Residents described "chaos and fear." Mayor Sadiq Khan said the council would help.',
      expected: [["chaos and fear.", undefined, "none"]],
    },
    {
      name: "a second quote in the same sentence takes the speaker of the first (seed 003, Simon Parkes)",
      text: 'Simon Parkes, detective chief superintendent from ERSOU, said: "This is perhaps the most important law enforcement operation to take place in the Eastern region. They were brazen," she added.',
      expected: [["This is perhaps the most important law enforcement operation to take place in the Eastern region. They were brazen,", "Simon Parkes", "pronoun", "she"]],
    },
    {
      name: "an organisation and a place after the quote: the organisation speaks (seed 003)",
      text: 'Police used the hack to foil crimes including "violent attacks, corruption, attempted murders and large-scale drug transports", Eurojust and the European Union police agency Europol said in a joint statement.',
      expected: [["violent attacks, corruption, attempted murders and large-scale drug transports", "Eurojust", "explicit", "Eurojust"]],
    },
    {
      name: "a scare quote with no speech verb is unattributed (seed 002)",
      text: "The NCA worked with forces across Europe on the UK's \"biggest and most significant\" law enforcement operation.",
      expected: [["biggest and most significant", undefined, "none"]],
    },
    {
      name: "single-quoted phrase attributed by a speech verb; apostrophes never open quotes",
      text: "The NCA says the messaging system has been used as a 'criminal marketplace' by Britain's gangs, who wouldn't stop.",
      expected: [["criminal marketplace", "NCA", "explicit", "NCA"]],
    },
    {
      name: "a single-quoted headline opening a paragraph is a quote, and not a continuation (seed 002)",
      text: 'Nikki Holland said: "We are probably coming for you."\n\n\'Criminal marketplace\'\n\nAn estimated 60,000 people subscribed to EncroChat.',
      expected: [
        ["We are probably coming for you.", "Nikki Holland", "explicit", "Nikki Holland"],
        ["Criminal marketplace", undefined, "none"],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(quotes(c.text), c.expected));

  it("an unclosed continuation quote runs to the end of its paragraph", () => {
    const text = 'Gerry McLean said: "We have to invent new ways.\n\n"Every time we use a tactic we expose it.';
    const rows = quotes(text);
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [
      ["We have to invent new ways.", "Gerry McLean", "explicit"],
      ["Every time we use a tactic we expose it.", "Gerry McLean", "continuation"],
    ]);
  });
});

describe("engine: quotes in a paragraph hard-wrapped in its file", () => {
  const text =
    "A hoard of 2,300 Roman coins was found in a field near Coldbrook this week by a detectorist, who\n" +
    "reported it to the coroner. \"It was a complete surprise to me and to the landowner,\" said Peter\n" +
    "Hale, a retired electrician from the village of Marsh End in the county of Norfolk in England.\n";
  it("reads a speaker's name across a line break, at the offsets of the file", () => {
    const [q] = extractQuotes(text, [{ start: 0, end: text.length - 1 }]);
    assert.equal(q!.speaker, "Peter Hale");
    assert.equal(text.slice(q!.speakerSpan!.start, q!.speakerSpan!.end), "Peter\nHale");
  });
  it("and so does the index, whose names of a sentence the quote finder takes", () => {
    const r = readSourceText("gazette.md", "# Hoard\n\n" + text);
    assert.ok(r.ok);
    const index = CorpusIndex.build([r.document]);
    assert.deepEqual(index.quotes.map((q) => q.speaker), ["Peter Hale"]);
  });
});

describe("engine: quotes of an indexed document whose names read as places elsewhere", () => {
  // (The main "under" the place: after "at" a name is read as no one a pronoun means anywhere.)
  const lede = "Graham Pellow, the chief executive, admitted that the failure of the main under Brackley Cross had been avoidable.";
  const quote = "\u201cThat is on us,\u201d he said.";
  const indexed = (...texts: string[]) =>
    CorpusIndex.build(
      texts.map((t, i) => {
        const r = readSourceText(`doc${i}.md`, t);
        assert.ok(r.ok);
        return r.document;
      }),
    );
  it("a pronoun passes over a name the document reads after 'in' elsewhere ('the main under Brackley Cross ... he said')", () => {
    const index = indexed(`# Water\n\nFamilies in Brackley Cross were cut off.\n\n${lede}\n\n${quote}\n`);
    assert.deepEqual(index.quotes.map((q) => q.speaker), ["Graham Pellow"]);
  });
  it("a document that never reads it so keeps its reading, whichever document is read first (the paragraphs' readings are shared)", () => {
    const index = indexed(`# Water\n\nFamilies in Brackley Cross were cut off.\n\n${lede}\n\n${quote}\n`, `# Water\n\nFamilies were cut off.\n\n${lede}\n\n${quote}\n`);
    assert.deepEqual(index.quotes.map((q) => q.speaker), ["Graham Pellow", "Brackley Cross"]);
    const reversed = indexed(`# Water\n\nFamilies were cut off.\n\n${lede}\n\n${quote}\n`, `# Water\n\nFamilies in Brackley Cross were cut off.\n\n${lede}\n\n${quote}\n`);
    assert.deepEqual(reversed.quotes.map((q) => q.speaker), ["Brackley Cross", "Graham Pellow"]);
  });
});

describe("engine: extractQuotes over the seeds (read through readSource)", () => {
  function seedQuotes(file: string): QuoteMention[] {
    const r = readSourceText(file, readFileSync(path.join(SEEDS, file), "utf8"));
    assert.ok(r.ok);
    return extractQuotes(r.document.text, r.document.blocks);
  }
  const speakerOf = (qs: QuoteMention[], opening: string) => {
    const q = qs.find((x) => x.text.startsWith(opening));
    assert.ok(q, `quote opening ${JSON.stringify(opening)} found`);
    return [q.speaker, q.attribution];
  };

  it("seed 000: McLean's five-paragraph quote all goes to Gerry McLean; Nicolson's two to him", () => {
    const qs = seedQuotes("000_a8d05ea618720230.txt");
    assert.deepEqual(speakerOf(qs, "They [gangs] are taking"), ["Gerry McLean", "explicit"]);
    for (const opening of ["We've got to be alive", "I think discussions about Ripa", "We're firmly in the camp", "Every time we use a tactic"]) {
      assert.deepEqual(speakerOf(qs, opening), ["Gerry McLean", "continuation"], opening);
    }
    assert.deepEqual(speakerOf(qs, "Organised crime groups will become"), ["Ruaraidh Nicolson", "explicit"]);
    assert.deepEqual(speakerOf(qs, "It's an area that policing"), ["Ruaraidh Nicolson", "continuation"]);
    assert.deepEqual(speakerOf(qs, "traditional"), [undefined, "none"]);
  });

  it("seed 001: Holland (pronoun, then continuations), Patel, Dick (said after the quote)", () => {
    const qs = seedQuotes("001_6ce78063f3a5f59c.txt");
    assert.deepEqual(speakerOf(qs, "The infiltration of this command"), ["Nikki Holland", "pronoun"]);
    assert.deepEqual(speakerOf(qs, "The NCA plays a key role"), ["Nikki Holland", "continuation"]);
    assert.deepEqual(speakerOf(qs, "This operation demonstrates"), ["Priti Patel", "explicit"]);
    assert.deepEqual(speakerOf(qs, "Organised crime groups have used"), ["Cressida Dick", "explicit"]);
    assert.deepEqual(speakerOf(qs, "This offending has a direct impact"), ["Cressida Dick", "continuation"]);
  });

  it("seed 004: Horne and Mcnulty; messages and the cross-head stay unattributed", () => {
    const qs = seedQuotes("004_a6de812ce3c78349.txt");
    assert.deepEqual(speakerOf(qs, "The messages are a reflection"), ["Matt Horne", "explicit"]);
    assert.deepEqual(speakerOf(qs, "Our officers instinctively look"), ["Graham Mcnulty", "explicit"]);
    assert.deepEqual(speakerOf(qs, "They have the knowledge"), ["Graham Mcnulty", "continuation"]);
    assert.deepEqual(speakerOf(qs, "bro trust me"), [undefined, "none"]);
    assert.deepEqual(speakerOf(qs, "The NCA is getting too smart"), [undefined, "none"]);
  });
});
