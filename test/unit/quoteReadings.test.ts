/**
 * The quote finder's paragraph readings: a paragraph read before is reused only where the
 * earlier paragraphs answer its questions as they did (the last person named, a surname's fullest
 * name, the previous speaker), so the quotes are those of a fresh reading, whatever came before.
 */
import * as assert from "node:assert/strict";
import { extractQuotes, type ParagraphReading, type ParagraphReadingStore } from "../../src/core/analysis/quotes";
import { leftContext } from "../../src/core/analysis/sentenceNames";
import type { Span } from "../../src/core/types";
import { rng } from "./random";

/** Paragraphs that ask the earlier ones different things: pronouns, surnames, continuations, names that reset them. */
const POOL = [
  "Chief Constable Jane Roe spoke to reporters.",
  "Detective Sam Roe arrived later.",
  "Dr Jane Roeberg, a lawyer, was there too.",
  '"We will find them," she said.',
  '"It is over," Roe said.',
  '"And more will follow."',
  '"Nothing changes," he said. "Nothing at all."',
  'Europol said: "The network is down."',
  "The weather was fine.",
  "Mark Lee disagreed.",
  "'Criminal marketplace' was the phrase used.",
  '"This is huge," said Jane Roe, "and it is not the end."',
  'He added: "We are ready."',
  'Roe added: "We are ready."',
  '"Thank you," Lee said.',
  "Roe taught at a school for nine years. She left in July.",
  'Lee had backed "Jane Roe" in the vote.',
];

/** Readings by the paragraph's text and left context, all the quote finder says a reading depends on. */
class ParagraphReadings implements ParagraphReadingStore {
  private readonly readings = new Map<string, ParagraphReading>();
  hits = 0;
  private key(text: string, para: Span): string {
    return leftContext(text, para.start) + "\u0002" + text.slice(para.start, para.end);
  }
  get(text: string, para: Span): ParagraphReading | undefined {
    return this.readings.get(this.key(text, para));
  }
  set(text: string, para: Span, reading: ParagraphReading): void {
    this.readings.set(this.key(text, para), reading);
  }
  reused(): void {
    this.hits++;
  }
}

function document(parts: string[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = "";
  for (const p of parts) {
    if (text) text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs };
}

describe("quote finder: paragraph readings", () => {
  it("gives the quotes of a fresh reading for paragraphs read before after other paragraphs (500 random documents)", () => {
    const next = rng(7);
    const readings = new ParagraphReadings();
    for (let d = 0; d < 500; d++) {
      const parts = Array.from({ length: 2 + Math.floor(next() * 7) }, () => POOL[Math.floor(next() * POOL.length)]!);
      const { text, paragraphs } = document(parts);
      assert.deepEqual(extractQuotes(text, paragraphs, undefined, readings), extractQuotes(text, paragraphs), parts.join(" | "));
    }
    assert.ok(readings.hits > 1000, `readings reused: ${readings.hits}`);
  });

  it("carries each name and the paragraph's last speaker over, from a reused reading as from a fresh one", () => {
    const readings = new ParagraphReadings();
    const read = (parts: string[], store?: ParagraphReadings) => {
      const { text, paragraphs } = document(parts);
      return extractQuotes(text, paragraphs, undefined, store).map((q) => [q.text, q.speaker ?? null]);
    };
    // A continuation takes the paragraph's last speaker, not its first.
    const twoSpeakers = ['"First," said Jane Roe. "Second," said Mark Lee.', '"And a continuation."'];
    const expected = [["First,", "Jane Roe"], ["Second,", "Mark Lee"], ["And a continuation.", "Mark Lee"]];
    assert.deepEqual(read(twoSpeakers), expected);
    assert.deepEqual(read(twoSpeakers, readings), expected);
    assert.deepEqual(read(twoSpeakers, readings), expected);
    // Names seen are kept one per name: naming Roe again must not drop Lee, read afresh or reused.
    const twoNames = ["Chief Constable Jane Roe and Detective Sam Lee spoke to reporters.", "Jane Roe left early.", '"We are done," Lee said.'];
    for (let i = 0; i < 2; i++) assert.deepEqual(read(twoNames, readings), [["We are done,", "Sam Lee"]], `read ${i + 1}`);
    assert.ok(readings.hits >= 3, `readings reused: ${readings.hits}`);
  });

  it("does not reuse a reading whose pronoun, surname or continuation now points elsewhere", () => {
    const readings = new ParagraphReadings();
    const read = (parts: string[]) => {
      const { text, paragraphs } = document(parts);
      return extractQuotes(text, paragraphs, undefined, readings).map((q) => [q.text, q.speaker ?? null]);
    };
    assert.deepEqual(read(["Chief Constable Jane Roe spoke.", '"We will find them," she said.']), [["We will find them,", "Jane Roe"]]);
    assert.deepEqual(read(["Mark Lee spoke.", '"We will find them," she said.']), [["We will find them,", "Mark Lee"]]);
    assert.deepEqual(read(["Detective Sam Roe spoke.", '"It is over," Roe said.']), [["It is over,", "Sam Roe"]]);
    assert.deepEqual(read(["Chief Constable Jane Roe spoke.", '"It is over," Roe said.']), [["It is over,", "Jane Roe"]]);
    assert.deepEqual(read(['"Yes," said Mark Lee.', '"And more will follow."']), [["Yes,", "Mark Lee"], ["And more will follow.", "Mark Lee"]]);
    assert.deepEqual(read(['"Yes," said Jane Roe.', '"And more will follow."']), [["Yes,", "Jane Roe"], ["And more will follow.", "Jane Roe"]]);
    assert.ok(readings.hits >= 1, "a paragraph whose answers hold is reused");
  });
});
