/**
 * The checker's first run, done while the writer is not waiting. A check's first pass over an
 * archive is about twice as slow as the next: its hot loops are compiled as they first run, and the
 * largest measure lists have their near-copy shapes numbered (`CorpusIndex.shapedFacts`) when first
 * read. The index worker checks a small draft made of the index's own sentences once an index is
 * ready, so that a writer's first check finds that work done.
 */
import type { CorpusIndex } from "../index/corpusIndex";

/** Measures whose facts a warm-up draft states: the largest lists, where a check spends its time. */
export const WARM_UP_MEASURES = 16;
/** Quotes a warm-up draft holds: the most repeated ones, whose copies a quote check walks. */
export const WARM_UP_QUOTES = 4;

/**
 * A draft for warming up the checker over `index`: one source sentence stating a figure or date
 * of each of its `measures` largest measures, and the sentences holding its `quotes` most repeated
 * quotes, one paragraph each, the first citing its source. Read from the index alone, whatever its
 * corpus is about; empty for an index without facts or quotes.
 */
export function warmUpDraft(index: CorpusIndex, measures = WARM_UP_MEASURES, quotes = WARM_UP_QUOTES): string {
  const sentences: number[] = [];
  const lists = [...index.factsByMeasure.values()].sort((a, b) => b.length - a.length).slice(0, measures);
  // The middle of a list: its first facts are those of the oldest sources, often page furniture alike.
  for (const list of lists) if (list.length) sentences.push(index.factColumns.sentence[list[list.length >> 1]!]!);
  const copies = new Map<number, { count: number; sentence: number }>();
  for (const q of index.quotes) {
    // A retired copy has no words (see `IndexedQuote`).
    if (!q.words.length) continue;
    const seen = copies.get(q.textId);
    if (seen) seen.count++;
    else copies.set(q.textId, { count: 1, sentence: q.sentence });
  }
  for (const { sentence } of [...copies.values()].sort((a, b) => b.count - a.count).slice(0, quotes)) sentences.push(sentence);
  const paragraphs = [...new Set(sentences)].map((id) => ({ id, text: index.sentenceText(id).replace(/\s+/g, " ").trim() })).filter((p) => p.text);
  // The first cites its own source, for the check of what a citation says.
  const first = paragraphs[0];
  if (first) first.text = first.text.replace(/(?=[.!?]*$)/, ` [@${index.keyOf(index.docOfSentence(first.id))}]`);
  return paragraphs.map((p) => p.text).join("\n\n");
}
