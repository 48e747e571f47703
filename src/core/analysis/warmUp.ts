/**
 * A first run of the analysers over invented text, for a process that is about to serve checks and
 * updates: chrono compiles its date patterns the first time it reads a date (some tens of
 * milliseconds), and the engine's own code is compiled as it first runs. Run while idle (the index
 * worker does once an index is ready), it takes that cost out of the first check or live update.
 */
import type { Span } from "../types";
import { extractQuotes } from "./quotes";
import { analyzeSentence } from "./sentenceAnalysis";
import { splitSentences } from "./sentences";

/** Invented paragraphs with the figures, dates, names and quotes the analysers read. */
const PARAGRAPHS = [
  "On 13 June 2020 the Northshire Constabulary said more than 746 people were arrested, and £54m in cash and two tonnes of drugs were seized between April and May.",
  '"We will find every one of them," Det Chief Supt Jane Roe said on Thursday. Roe added that about 60,000 users had been warned in March 2020.',
  "The network, set up in 2016, cost up to £1,500 for a six-month contract; 20 per cent of its users were in the UK.",
];

/** Runs sentence analysis and the quote finder once over {@link PARAGRAPHS}; returns the facts found (so the work is not optimised away). */
export function warmUpAnalysers(): number {
  const text = PARAGRAPHS.join("\n\n");
  const blocks: Span[] = [];
  let at = 0;
  for (const p of PARAGRAPHS) {
    blocks.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  let facts = 0;
  for (const block of blocks) for (const span of splitSentences(text, block.start, block.end)) facts += analyzeSentence(text, span).facts.length;
  return facts + extractQuotes(text, blocks).length;
}
