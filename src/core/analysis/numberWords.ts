/**
 * English number words ("two", "forty-one", "a hundred and five", "two and a half", "half a million",
 * "a dozen") parsed from running text. Pure string code, no dependencies.
 */

import { wordTable } from "./wordTable";

const UNITS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = wordTable<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Multipliers that close a group ("two thousand", "three million"). */
export const SCALE_WORDS = wordTable<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** A number written in words, found at some offset of a text. */
export interface WordNumber {
  value: number;
  /** Offset just past the last word of the number. */
  end: number;
  /** Unit of the last significant digit, as the words imply ("forty" -> 10, "two and a half" -> 0.5). */
  precision: number;
  /** The words that make up the number, lowercased, in order. */
  words: string[];
}

/** Whether `w` (lowercase) is a word that can start or continue a number. */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

/** Every word `isNumberWord` accepts. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALE_WORDS), "hundred", "dozen"]);

interface Tok {
  word: string; // lowercase
  start: number;
  end: number;
  /** The separator before the next token: " ", "-", or "" at a boundary we do not cross. */
  sepAfter: string;
}

/** Tokenise words from `start`, stopping at anything other than single spaces/hyphens between words. */
function tokensFrom(text: string, start: number, max: number): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z]+/y;
  let pos = start;
  while (out.length < max) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const tokEnd = pos + m[0].length;
    const next = text[tokEnd];
    let sep = "";
    if ((next === " " || next === "-") && /[A-Za-z]/.test(text[tokEnd + 1] ?? "")) sep = next;
    out.push({ word: m[0].toLowerCase(), start: pos, end: tokEnd, sepAfter: sep });
    if (!sep) break;
    pos = tokEnd + 1;
  }
  return out;
}

/** Precision of an integer-valued figure written in words: the largest power of ten dividing it. */
function wordPrecision(value: number): number {
  if (!Number.isInteger(value)) {
    const frac = value - Math.floor(value);
    return Math.abs(frac - 0.5) < 1e-9 ? 0.5 : Math.abs(frac - 0.25) < 1e-9 || Math.abs(frac - 0.75) < 1e-9 ? 0.25 : 0.1;
  }
  if (value === 0) return 1;
  let p = 1;
  while (value % (p * 10) === 0) p *= 10;
  return p;
}

/** Fractions of a scale word ("a quarter of a million"), singular and plural. */
const FRACTION_WORDS: Record<string, number> = { quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3 };
/** How many of the fraction: "a quarter", "three quarters". */
const FRACTION_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * Parses the longest number-words expression starting exactly at `start` (which must be the start of
 * a word). Returns undefined when the text there is not a number. "a"/"an" count only before
 * "hundred", "thousand", "million", "billion" or "dozen" ("a dozen eggs" -> 12); "half a million" -> 500000;
 * "two and a half" -> 2.5. "one" alone is returned; callers decide whether it is the pronoun.
 */
export function parseNumberWords(text: string, start: number): WordNumber | undefined {
  const toks = tokensFrom(text, start, 16);
  if (toks.length === 0) return undefined;
  let i = 0;
  let total = 0; // closed groups (thousands, millions...)
  let current = 0; // the open group
  let seen = false; // any numeric word consumed
  let lastEnd = start;
  const usedWords: string[] = [];
  let precisionOverride: number | undefined;
  const w = (k: number): string | undefined => toks[k]?.word;
  const accept = (k: number): void => {
    lastEnd = toks[k].end;
    usedWords.push(toks[k].word);
  };

  // "half a million", "half a dozen"
  if (w(0) === "half" && (w(1) === "a" || w(1) === "an") && w(2) && (w(2)! in SCALE_WORDS || w(2) === "dozen" || w(2) === "hundred")) {
    const mult = w(2) === "dozen" ? 12 : w(2) === "hundred" ? 100 : SCALE_WORDS[w(2)!];
    accept(0); accept(1); accept(2);
    const value = mult / 2;
    return { value, end: lastEnd, precision: wordPrecision(value), words: usedWords };
  }

  // "the reservoir's quarter of a million visitors": the fraction with no count before it is one of it.
  if (w(0) === "quarter" && w(1) === "of" && (w(2) === "a" || w(2) === "an") && w(3) && w(3)! in SCALE_WORDS) {
    for (let k = 0; k <= 3; k++) accept(k);
    const value = Math.round(0.25 * SCALE_WORDS[w(3)!]!);
    return { value, end: lastEnd, precision: wordPrecision(value), words: usedWords };
  }

  // "a quarter of a million", "three quarters of a billion", "two thirds of a million"
  const fraction = FRACTION_WORDS[w(1) ?? ""];
  const times = FRACTION_COUNTS[w(0) ?? ""];
  if (fraction && times && (times === 1) === !w(1)!.endsWith("s") && w(2) === "of" && (w(3) === "a" || w(3) === "an") && w(4) && w(4)! in SCALE_WORDS) {
    for (let k = 0; k <= 4; k++) accept(k);
    const scale = SCALE_WORDS[w(4)!]!;
    const value = Math.round(times * fraction * scale);
    // A third of a million is about 333,000, not 333,333 to the unit.
    return { value, end: lastEnd, precision: fraction === 0.25 ? wordPrecision(value) : scale / 1000, words: usedWords };
  }

  while (i < toks.length) {
    const word = toks[i].word;
    // A separator we may not cross ends the number (e.g. "two." ends at the dot).
    const canContinue = i === 0 || toks[i - 1].sepAfter !== "";
    if (!canContinue) break;
    if ((word === "a" || word === "an") && !seen) {
      const nx = w(i + 1);
      if (nx && (nx === "hundred" || nx === "dozen" || nx in SCALE_WORDS)) {
        accept(i);
        current = 1;
        seen = true;
        i++;
        continue;
      }
      break;
    }
    if (word in UNITS) {
      // "twenty one"/"twenty-one": units may follow tens in the same group; two units in a row end the number.
      const afterTens = current % 100 >= 20 && current % 10 === 0 && UNITS[word] > 0 && UNITS[word] < 10;
      if (seen && current % 100 !== 0 && !afterTens) break;
      current += UNITS[word];
      seen = true;
      accept(i);
      i++;
      continue;
    }
    if (word in TENS) {
      if (seen && current % 100 !== 0) break;
      current += TENS[word];
      seen = true;
      accept(i);
      i++;
      continue;
    }
    if (word === "hundred") {
      if (!seen) break;
      current = (current % 100 || 1) * 100 + (current - (current % 100));
      accept(i);
      i++;
      continue;
    }
    if (word === "dozen") {
      if (!seen) break;
      current = (current || 1) * 12;
      accept(i);
      i++;
      continue;
    }
    if (word in SCALE_WORDS) {
      if (!seen) break;
      total += (current || 1) * SCALE_WORDS[word];
      current = 0;
      accept(i);
      i++;
      continue;
    }
    if (word === "and" && seen) {
      // "a hundred and five", "two and a half"
      if ((w(i + 1) === "a" || w(i + 1) === "an") && w(i + 2) === "half") {
        const scaleAfter = w(i + 3) && toks[i + 2].sepAfter === " " ? w(i + 3)! : "";
        accept(i); accept(i + 1); accept(i + 2);
        current += 0.5;
        precisionOverride = 0.5;
        i += 3;
        if (scaleAfter in SCALE_WORDS) {
          total += current * SCALE_WORDS[scaleAfter];
          precisionOverride = SCALE_WORDS[scaleAfter] / 2;
          current = 0;
          accept(i);
          i++;
        }
        break;
      }
      const nx = w(i + 1);
      if (nx && (nx in UNITS || nx in TENS) && (usedWords.includes("hundred") || Object.keys(SCALE_WORDS).some((s) => usedWords.includes(s)))) {
        accept(i);
        i++;
        continue;
      }
      break;
    }
    break;
  }
  if (!seen) return undefined;
  const value = total + current;
  return { value, end: lastEnd, precision: precisionOverride ?? wordPrecision(value), words: usedWords };
}
