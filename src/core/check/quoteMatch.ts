/** A word of a text with its offsets, normalised for quote comparison. */
export interface QuoteWord {
  word: string;
  start: number;
  end: number;
}

/** The words of `text` (lowercase, apostrophes straightened, editorial "[...]" insertions dropped) with offsets. */
export function wordsWithOffsets(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  const re = /\[[^\]]*\]|[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith("[")) continue;
    out.push({ word: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Cost of a source word a draft quote leaves out (a changed or added word costs 1). */
export const DROP_COST = 0.25;

/** The best placement of a draft quote inside a source text. */
export interface Alignment {
  /** Word edits (substitutions, insertions, deletions) needed. */
  edits: number;
  /** First and last+1 source word index of the matched stretch. */
  from: number;
  to: number;
}

/**
 * Aligns all of `q` against the best-matching stretch of `s` (semi-global word edit distance), so
 * a quoted fragment of a longer source quote costs nothing for the words around it.
 */
export function alignQuote(q: string[], s: string[], dropCost = DROP_COST): Alignment {
  const n = q.length;
  const m = s.length;
  // prev[j]: cost of aligning q[0..i) ending at s[j]; start[j]: where that stretch began.
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (q[i - 1] === s[j - 1] ? 0 : 1);
      const del = prev[j]! + 1; // a draft word the source lacks
      // A source word the draft left out: an elision alters a quote less than a changed word.
      const ins = cur[j - 1]! + dropCost;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best = 0;
  // On a tie prefer the longer stretch: a changed last word is a substitution, not a drop.
  for (let j = 1; j <= m; j++) if (prev[j]! <= prev[best]!) best = j;
  return { edits: prev[best]!, from: prevStart[best]!, to: best };
}
