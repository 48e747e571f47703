/**
 * A memory of the people and organisations the quote finder collects from each sentence. Text
 * repeats (a draft is re-read after every edit; an archive repeats wire copy), and finding names
 * is most of the quote finder's work: a sentence with the same text and the same left context
 * (which decides whether its first word opens a sentence) has the same names, moved.
 */
import type { Span } from "../types";
import type { NamedMention, SentenceNames } from "./quotes";

/** The characters before `start` that decide whether a word there opens a sentence (see `findEntities`). */
export function leftContext(text: string, start: number): string {
  let k = start - 1;
  while (k >= 0 && /[\s"'\u201c\u2018(]/.test(text[k]!)) k--;
  return text.slice(Math.max(0, k), start);
}

const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

export class SentenceNamesMemo implements SentenceNames {
  private readonly names = new Map<string, NamedMention[]>();

  /** `maxSentences`: sentences kept (all are forgotten at once past it). */
  constructor(private readonly maxSentences = 50_000) {}

  /** The names `collect` finds in a sentence, remembered by its text and left context. */
  namesIn(text: string, sentence: Span, collect: () => NamedMention[]): NamedMention[] {
    // By the text that decides the names (the engine hashes strings faster than a hash written here).
    const key = leftContext(text, sentence.start) + "\u0002" + text.slice(sentence.start, sentence.end);
    const known = this.names.get(key);
    if (known) return known.map((m) => ({ ...m, span: shiftSpan(m.span, sentence.start) }));
    const found = collect();
    if (this.names.size >= this.maxSentences) this.names.clear();
    this.names.set(key, found.map((m) => ({ ...m, span: shiftSpan(m.span, -sentence.start) })));
    return found;
  }
}
