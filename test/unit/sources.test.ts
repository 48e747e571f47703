import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { datelineDay, isDateline, lineFurnitureReason, splitBlocks } from "../../src/core/sources/blocks";
import { decodeText } from "../../src/core/sources/decode";
import { contentHash, hash53 } from "../../src/core/text/hash";
import { readFrontMatter } from "../../src/core/sources/markdown";
import { parseCatalog, slugify } from "../../src/core/sources/metadata";
import { readSource, readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import { normalize } from "../../src/core/text/normalize";

const ROOT = path.resolve(__dirname, "../../..");
const SEEDS = path.join(ROOT, "seeds");
const FIXTURES = path.join(ROOT, "test/fixtures/sources");
const catalog = parseCatalog(readFileSync(path.join(SEEDS, "catalog.json"), "utf8"));

function loadSeed(name: string): SourceDocument {
  const r = readSourceText(path.join(SEEDS, name), readFileSync(path.join(SEEDS, name), "utf8"), catalog.get(name));
  assert.ok(r.ok);
  return r.document;
}

const blockTexts = (d: SourceDocument): string[] => d.blocks.map((b) => d.text.slice(b.start, b.end));
const furnitureOf = (d: SourceDocument): { text: string; reason: string }[] => d.furniture.map((f) => ({ text: d.text.slice(f.span.start, f.span.end), reason: f.reason }));

/**
 * Real lines of the seed articles: each furniture line must be removed with a reason matching the
 * pattern; each kept paragraph (given by its start) must survive as a block of its own.
 */
const TABLE: { file: string; furniture: [string, RegExp][]; kept: string[] }[] = [
  {
    file: "001_6ce78063f3a5f59c.txt",
    furniture: [
      ["Getty Images", /credit/],
      ["Read more about technology in policing", /read-more/],
      ["Read more on Hackers and cybercrime prevention", /read-more/],
      ["Data Center", /short line after the body/],
      ["Data Management", /short line after the body/],
    ],
    kept: ["Cops take out encrypted comms to disrupt organised crime", "The UK's National Crime Agency, alongside", "\"This offending has a direct impact"],
  },
  {
    file: "002_e72b4df8766236e4.txt",
    furniture: [
      ["See more news here.", /read-more/],
      ["Georgina Turner", /short line/],
      ["Sales Manager", /short line/],
      ["Follow us on X", /social/],
      ["Follow us on LinkedIn", /social/],
      ["Click Here", /link prompt/],
      ["Advertise here", /advertising/],
      ["Related News", /related-links heading/],
      ["Whistleblowers: the first line of defence", /after a related-links heading/],
      ["Big Interview: Dr. Ilia Kolochenko, ImmuniWeb", /after a related-links heading/],
      ["Scroll to Top", /related-links|navigation/],
    ],
    kept: ["Crime chat network cracked", "Crime chat network cracked: A top-secret", "'Criminal marketplace'", "Dozens of organised crime groups have been dismantled"],
  },
  {
    file: "003_f11262ec162f0ab3.txt",
    furniture: [
      ["Hundreds arrested, tonnes of drugs seized as police intercept crime gang messages", /repeats an earlier block/],
      ["Related Articles", /related-links heading/],
    ],
    kept: ["Hundreds arrested, tonnes of drugs seized as police intercept crime gang messages", "She added: \"If you have one of these devices"],
  },
  {
    file: "004_a6de812ce3c78349.txt",
    furniture: [
      ["Sunday Express", /masthead/],
      ["- By Jon Austin CRIME EDITOR", /byline/],
      ["?? Picture: REX/SHUTTERSTOCK ?? CLOSING IN: An arrest on Thursday and, inset, a hiding place inside a fake generator", /caption/],
      ["Picture: REX/SHUTTERSTOCK CLOSING IN: An arrest on Thursday and, inset, a hiding place inside a fake generator", /caption/],
      ["TIME'S UP: Valuable loot discovered inside the fake generator, above", /repeats a caption/],
      ["?? ??", /no words/],
      ["Newspapers in English", /press-archive/],
      ["Newspapers from United Kingdom", /press-archive|short line/],
    ],
    kept: ["We are losing war with police say drug lords", "CRIMINAL kingpins complained", "'The NCA is getting too smart'", "\"They have the knowledge and expertise"],
  },
  {
    file: "000_a8d05ea618720230.txt",
    furniture: [],
    kept: ["SENIOR police officers have warned", "Police Scotland said there had been more than 2,100 arrests", "\"It's an area that policing needs"],
  },
];

describe("sources: furniture on the seed articles", () => {
  for (const row of TABLE) {
    describe(row.file, () => {
      const doc = loadSeed(row.file);
      const furniture = furnitureOf(doc);
      const blocks = blockTexts(doc);
      for (const [line, reason] of row.furniture) {
        it(`removes ${JSON.stringify(line.slice(0, 50))}`, () => {
          const hit = furniture.find((f) => f.text === line);
          assert.ok(hit, `not furniture: ${line}\nfurniture: ${JSON.stringify(furniture.map((f) => f.text))}`);
          assert.match(hit.reason, reason);
          assert.ok(!blocks.includes(line) || row.kept.includes(line), "must not also be a kept block");
        });
      }
      for (const start of row.kept) {
        it(`keeps ${JSON.stringify(start.slice(0, 50))}`, () => {
          assert.ok(blocks.some((b) => b.startsWith(start)), `missing block starting ${start}`);
        });
      }
      it("keeps no furniture text in body blocks and every block maps into the raw file", () => {
        for (const b of doc.blocks) {
          const text = doc.text.slice(b.start, b.end);
          assert.equal(lineFurnitureReason(text), undefined, text);
          const rawStart = doc.offsetMap.at(b.start)!;
          assert.equal(normalize(doc.original[rawStart]).text, text[0]);
        }
      });
    });
  }

  it("joins a sentence broken across a blank line (paragraph ending in a comma)", () => {
    const doc = loadSeed("004_a6de812ce3c78349.txt");
    assert.ok(blockTexts(doc).some((b) => /from Albania,\n\nRomania and Poland/.test(b)));
  });
});

describe("sources: furniture rules generalise", () => {
  const furniture: [string, RegExp][] = [
    ["Photo: Jane Doe/Getty Images", /caption|credit/],
    ["Police at the scene on Tuesday (Getty Images)", /credit/],
    ["Shutterstock", /credit/],
    ["AFP/Getty", /credit/],
    ["Follow us on Facebook", /social/],
    ["Sign up for our daily newsletter", /newsletter|sign-up/],
    ["Subscribe now", /subscribe/],
    ["Share this article", /share/],
    ["We use cookies to improve your experience. Accept all", /cookie/],
    ["By Jane Smith, Home Affairs Correspondent", /byline/],
    // A byline's time stamp after a separator adds words, not a story.
    ["By Samira Oyelaran, Transport Correspondent \u00b7 Wednesday 12 March 2025 06.30 GMT", /byline/],
    ["By Jo Bloggs, Home Affairs Correspondent | Updated 12 March 2025, 6:30pm", /byline/],
    // A page's time stamp on a line of its own is the page's day, not the story's.
    ["Wednesday 12 March 2025 06.30 GMT", /time stamp/],
    ["Updated: 12 March 2025, 6:30pm", /time stamp/],
    ["March 12, 2025 10:04 a.m. ET", /time stamp/],
    ["You may also like", /related/],
    ["Back to top", /navigation/],
  ];
  for (const [line, reason] of furniture) {
    it(`flags ${JSON.stringify(line)}`, () => assert.match(lineFurnitureReason(line) ?? "(kept)", reason));
  }
  const content = [
    "The agency said it would sign up 40 new officers by March, according to the force's own figures.",
    "By the end of the year, 1,200 people had been charged.",
    "On Wednesday 12 March 2025 the council voted to close six libraries.",
    "By Tuesday afternoon 312 flights had been cancelled across all four airports \u00b7 12 March 2025",
    "Reuters reported that 60 people had been arrested in Spain.",
    "Share prices fell 3% after the announcement.",
    "Police said the newsletter was used to recruit members, and 12 people were arrested.",
  ];
  for (const line of content) {
    it(`keeps ${JSON.stringify(line.slice(0, 40))}`, () => assert.equal(lineFurnitureReason(line), undefined));
  }

  it("splits a standalone short line out of a paragraph but keeps hard-wrapped prose together", () => {
    const text = "Data Center\nData Management\n\nThe force said on Tuesday that it had\narrested 40 people in the raids.\n\nEnd of the story here.";
    const split = splitBlocks(text);
    const blocks = split.blocks.map((b) => text.slice(b.start, b.end));
    assert.ok(blocks.includes("The force said on Tuesday that it had\narrested 40 people in the raids."));
    assert.ok(blocks.includes("Data Center"), "the leading headline-like line is kept");
    assert.ok(!blocks.includes("Data Center\nData Management"));
  });

  it("keeps a hard-wrapped paragraph together where a line ends on a name and the next opens with a capital", () => {
    const para =
      "A hoard of 2,300 Roman coins was found in a field near Coldbrook by a detectorist this week.\n" +
      "The finder, a retired electrician from the village of Marsh End, Peter\n" +
      "Hale, said the discovery had come as a complete surprise to him and to the landowner.";
    const text = `Roman coin hoard found\n\n${para}\n\nAnother paragraph follows here.`;
    assert.deepEqual(splitBlocks(text).blocks.map((b) => text.slice(b.start, b.end)), ["Roman coin hoard found", para, "Another paragraph follows here."]);
    // A headline above a wrapped paragraph, in one block, still stands alone.
    const headed = `Roman coin hoard found\n${para}`;
    assert.deepEqual(splitBlocks(headed).blocks.map((b) => headed.slice(b.start, b.end)), ["Roman coin hoard found", para]);
  });

  it("sets a wire's dateline apart from its first paragraph", () => {
    const cases: [string, string, string][] = [
      ["LENTON, England, March 10 (City Wire) - Thieves stole 321 gold coins, police said.", "LENTON, England, March 10 (City Wire)", "Thieves stole 321 gold coins, police said."],
      ["LONDON, May 14 (Reuters) - A train derailed.", "LONDON, May 14 (Reuters)", "A train derailed."],
      ["WASHINGTON (AP) \u2014 The Senate voted 51-49.", "WASHINGTON (AP)", "The Senate voted 51-49."],
      ["NEW YORK, Jan. 5 (Reuters) -- Shares fell 3%.", "NEW YORK, Jan. 5 (Reuters)", "Shares fell 3%."],
    ];
    for (const [para, dateline, body] of cases) {
      const text = `Headline of the story\n\n${para}\n\nAnother paragraph follows here.`;
      const blocks = splitBlocks(text).blocks.map((b) => text.slice(b.start, b.end));
      assert.deepEqual(blocks, ["Headline of the story", dateline, body, "Another paragraph follows here."], para);
      // The block set apart is known as a dateline; the paragraph is not.
      assert.ok(isDateline(dateline) && !isDateline(body) && !isDateline(para), para);
    }
    // Brackets and a dash after a sentence's words are no dateline.
    for (const para of ["The Met Police (the force) - not the NCA - seized £54m.", "UK inflation (CPI) - the main measure - rose."]) {
      const text = `Headline\n\n${para}`;
      assert.ok(splitBlocks(text).blocks.some((b) => text.slice(b.start, b.end) === para), para);
    }
  });

  it("never drops the only short line of a tiny document", () => {
    const text = "Just a headline";
    assert.deepEqual(splitBlocks(text).blocks, [{ start: 0, end: text.length }]);
  });
});

describe("sources: Markdown", () => {
  const raw = readFileSync(path.join(FIXTURES, "front-matter.md"), "utf8");

  it("reads front matter fields and derives the key from it", () => {
    const r = readSourceText("sources/front-matter.md", raw);
    assert.ok(r.ok);
    const m = r.document.meta;
    assert.equal(m.key, "met-seizure-2020");
    assert.equal(m.title, "Met seizes record cash");
    assert.equal(m.author, "A. Reporter");
    assert.equal(m.publisher, "The Example Times");
    assert.equal(m.date, "2020-07-03");
    assert.equal(m.url, "https://example.com/met");
    assert.ok(m.aliases.includes("front-matter"));
  });

  it("reduces Markdown syntax to text with offsets into the raw file", () => {
    const r = readSourceText("front-matter.md", raw);
    assert.ok(r.ok);
    const d = r.document;
    assert.ok(!d.text.includes("title:"), "front matter is not body text");
    assert.ok(!d.text.includes("**\u00a3") && !d.text.includes("](") && !d.text.includes("_the"), d.text);
    assert.ok(!d.text.includes("const x"), "code blocks are skipped");
    assert.ok(!d.text.includes("chart of seizures"), "image alt text is skipped");
    const i = d.text.indexOf("the largest single cash seizure");
    assert.ok(i >= 0, d.text);
    assert.equal(raw.slice(d.offsetMap.at(i)!, d.offsetMap.at(i)! + 31), "the largest single cash seizure");
    const link = d.text.indexOf("Metropolitan Police");
    assert.equal(raw.slice(d.offsetMap.at(link)! - 1, d.offsetMap.at(link)!), "[", "link text maps inside the brackets");
    const quote = d.text.indexOf('"game changer"');
    assert.ok(quote >= 0, "curly quotes in Markdown are normalised");
    assert.equal(raw[d.offsetMap.at(quote)!], "\u201c");
    assert.ok(d.text.includes("b ****** s"), "asterisks that are not emphasis are kept");
    assert.ok(d.text.includes("snake_case_name"), "intraword underscores are kept");
    assert.ok(blockTexts(d).includes("Met seizes record cash"), "the heading is its own block");
  });

  it("reads the body and reports a failure when front matter is broken", () => {
    const broken = "---\ntitle: [unclosed\nkey: x\n---\nThe body still counts 746 arrests.\n";
    const r = readSourceText("broken.md", broken);
    assert.ok(r.ok);
    assert.ok(r.failure && /front matter/.test(r.failure.reason) && !r.failure.reason.includes("\n"), r.failure?.reason);
    assert.equal(r.document.meta.key, "broken");
    assert.ok(r.document.text.includes("The body still counts 746 arrests."));
  });

  it("treats a file without front matter as plain Markdown", () => {
    assert.equal(readFrontMatter("# Title\n\nText"), undefined);
  });
});

describe("sources: HTML", () => {
  const raw = readFileSync(path.join(FIXTURES, "article.html"), "utf8");
  const r = readSourceText("article.html", raw);
  assert.ok(r.ok);
  const d = r.document;

  it("extracts the article text and drops scripts, navigation, header, footer, aside and captions", () => {
    for (const gone of ["trackPageView", "Home | World", "Site masthead", "Copyright", "Most read today", "Officers at the scene", ".body {"]) {
      assert.ok(!d.text.includes(gone), `should drop ${gone}`);
    }
    assert.ok(d.text.includes("The operation led to 746 arrests"));
  });

  it("makes block elements paragraphs and takes metadata from meta tags", () => {
    const blocks = blockTexts(d);
    assert.ok(blocks.includes("Gangs cracked by police"), JSON.stringify(blocks));
    assert.ok(blocks.some((b) => b.startsWith("The operation led to 746 arrests")));
    assert.ok(blocks.some((b) => b.startsWith("Second paragraph")));
    assert.equal(d.meta.title, "Gangs cracked by police");
    assert.equal(d.meta.publisher, "Example News");
    assert.equal(d.meta.date, "2020-07-02");
  });

  it("dates a page that declares no date by its byline's <time datetime>, not a related link's", () => {
    const page = (body: string) => readSourceText("p.html", `<html><body>${body}</body></html>`);
    const dated = page('<nav><time datetime="2019-01-01">old</time></nav><article><p class="byline">By A Writer <time datetime="2023-03-17T06:00">yesterday</time></p><p>Text.</p></article>');
    assert.ok(dated.ok);
    assert.equal(dated.document.meta.date, "2023-03-17");
    const undated = page('<aside><time datetime="2019-01-01">old</time></aside><p>Text with no date.</p>');
    assert.ok(undated.ok);
    assert.equal(undated.document.meta.date, undefined);
  });

  it("dates a text or Markdown report by a byline among its first lines, never by a date in a sentence of the story", () => {
    const dateOf = (file: string, text: string) => {
      const r = readSourceText(file, text);
      assert.ok(r.ok);
      return r.document.meta.date;
    };
    assert.equal(dateOf("a.md", "# Hatherwick Voice\n\n## Quarry damage now stands at 61 homes\n\n*Posted by Kate Lindqvist · Sunday 2 April 2023 · Village news*\n\nResidents met.\n"), "2023-04-02");
    assert.equal(dateOf("b.txt", "Fire at the mill\n\nPublished: March 5, 2024\n\nA fire broke out.\n"), "2024-03-05");
    assert.equal(dateOf("c.txt", "Fire at the mill\n\n5 March 2024\n\nA fire broke out.\n"), "2024-03-05");
    assert.equal(dateOf("f.txt", "Trust takes a stake\n\nBrackenford Gazette \u2014 Friday 5 April 2024\nBy Marcus Dell\n\nThe sale completed.\n"), "2024-04-05");
    assert.equal(dateOf("g.txt", "Trust takes a stake\n\nThe sale completed on 5 April 2024 \u2014 a week late.\n"), undefined);
    // A paper's name and a comma before a date that ends its line; not a sentence that ends in one.
    assert.equal(dateOf("h.txt", "Show losses climb\n\nWestern Counties Post, Monday 30 June 2025\nBy Mark Hennessy\n\nThe cost rose.\n"), "2025-06-30");
    assert.equal(dateOf("i.txt", "Show losses climb\n\nThe show was held at Brantley Park, Monday 30 June 2025\n\nThe cost rose.\n"), undefined);
    assert.equal(dateOf("d.txt", "Fire at the mill\n\nThe mill, which opened on 5 March 1924, burned down on Tuesday night after a blaze.\n"), undefined);
    assert.equal(dateOf("e.md", "---\ndate: 2020-01-02\n---\nPosted on 5 March 2024\n\nText.\n"), "2020-01-02");
  });

  it("maps offsets into the raw HTML, including entities", () => {
    const i = d.text.indexOf("746 arrests");
    assert.equal(raw.slice(d.offsetMap.at(i)!, d.offsetMap.at(i)! + 11), "746 arrests");
    const q = d.text.indexOf('"inside person"');
    assert.ok(q >= 0, d.text);
    assert.equal(raw.slice(d.offsetMap.at(q)!, d.offsetMap.at(q + 1)!), "&ldquo;");
    const pound = d.text.indexOf("\u00a354m");
    assert.equal(raw.slice(d.offsetMap.at(pound)!, d.offsetMap.at(pound + 1)!), "&pound;");
    const amp = d.text.indexOf("&");
    assert.equal(raw.slice(d.offsetMap.at(amp)!, d.offsetMap.at(amp + 1)!), "&amp;");
  });
});

describe("sources: decoding", () => {
  it("removes a UTF-8 BOM", () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42]));
    assert.deepEqual(r, { ok: true, text: "AB" });
  });
  it("decodes UTF-16 text with a BOM instead of calling it binary", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x37, 0x00, 0x34, 0x00, 0x36, 0x00]);
    assert.deepEqual(decodeText(le), { ok: true, text: "746" });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x37, 0x00, 0x34]);
    assert.deepEqual(decodeText(be), { ok: true, text: "74" });
  });
  it("rejects bytes with NUL as binary, with a one-line reason", () => {
    const r = readSource("x.txt", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && /binary/.test(r.failure.reason) && !r.failure.reason.includes("\n"));
  });
  it("rejects mostly invalid UTF-8 as binary but accepts a stray bad byte", () => {
    const junk = new Uint8Array(400).map((_, i) => 0x80 + (i % 60));
    assert.equal(decodeText(junk).ok, false);
    const mostlyText = new TextEncoder().encode("Seized " + "x".repeat(200));
    const withBad = new Uint8Array([...mostlyText, 0xa3, 0x35]);
    assert.equal(decodeText(withBad).ok, true);
  });
  it("reads an empty file as an empty document", () => {
    const r = readSource("empty.txt", new Uint8Array());
    assert.ok(r.ok);
    assert.equal(r.document.text, "");
    assert.deepEqual(r.document.blocks, []);
    assert.equal(r.document.meta.title, "empty");
  });
});

describe("sources: metadata", () => {
  it("slugs keys", () => {
    assert.equal(slugify("Cops Take Out EncroChat!"), "cops-take-out-encrochat");
    assert.equal(slugify("Café’s  report 2020"), "cafes-report-2020");
  });
  it("uses the stem as key and the first short line as title without a catalog", () => {
    const r = readSourceText("some/dir/my_article.txt", "A headline here\n\nBody text of the article.\n");
    assert.ok(r.ok);
    assert.equal(r.document.meta.key, "my_article");
    assert.deepEqual(r.document.meta.aliases, ["my_article"]);
    assert.equal(r.document.meta.title, "A headline here");
  });
  it("hashes content and metadata (64 bits, every character counts)", () => {
    assert.match(contentHash(""), /^[0-9a-f]{16}$/);
    assert.equal(contentHash("Police arrested 746 people."), contentHash("Police arrested 746 people."));
    assert.notEqual(contentHash("746"), contentHash("747"));
    assert.notEqual(contentHash("ab"), contentHash("ba"));
    assert.notEqual(contentHash("\u0100"), contentHash("\u0001\u0001"));
    // No two of 20,000 near-identical texts collide.
    const seen = new Set(Array.from({ length: 20_000 }, (_, i) => contentHash(`The NCA said ${i} people were arrested.`)));
    assert.equal(seen.size, 20_000);
    // The numeric form (near-copy shapes): safe integers that use the high bits, as distinct.
    const numbers = Array.from({ length: 20_000 }, (_, i) => hash53(`The NCA said ${i} people were arrested.`));
    assert.ok(numbers.every((n) => Number.isSafeInteger(n) && n >= 0));
    assert.ok(numbers.some((n) => n > 2 ** 40));
    assert.equal(new Set(numbers).size, 20_000);
    assert.equal(hash53("746 arrests"), hash53("746 arrests"));
    const a = readSourceText("a/x.txt", "Same text.");
    const b = readSourceText("b/x.txt", "Same text.");
    assert.ok(a.ok && b.ok);
    assert.equal(a.document.hash, b.document.hash, "the path does not change the hash");
  });
});

describe("sources: a dateline's day", () => {
  it("reads the month and day of a wire's dateline among its first lines", () => {
    assert.deepEqual(datelineDay("Council shuts schools\n\nWENDLEFORD, England, September 9 (Meridian Press) — A council has closed seven buildings."), { month: 9, day: 9 });
    assert.deepEqual(datelineDay("PORT CARROW, Feb. 5 (Northwire) - Containers washed ashore."), { month: 2, day: 5 });
  });
  it("and none where the dateline gives no day, or there is none", () => {
    assert.equal(datelineDay("WASHINGTON (AP) — The Senate voted on Tuesday."), undefined);
    assert.equal(datelineDay("A report\n\nThe council met on September 9 (a Tuesday) to vote."), undefined);
  });
});

