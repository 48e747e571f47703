/**
 * The day a report was published, read from its byline when it declares none ("Posted by Kate
 * Lindqvist · Sunday 2 April 2023 · Village news", "Published: 17 March 2023").
 */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
/** "2 April 2023", "April 2, 2023", "2023-04-02", a weekday before either of the first two. */
const FULL_DATE = new RegExp(`${WEEKDAY}(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, "i");
/** Words that make a line a byline or a dateline of the page, not a sentence of the story. */
const BYLINE_WORDS = /^\s*by\s|\b(?:posted|published|updated)\b|[·|•]/i;
/** A dash between a paper's name and its date ("Brackenford Gazette — Friday 5 April 2024"), on a line that is no sentence. */
const DASH_SEPARATOR = /\s[-\u2013\u2014]\s/;
/** A paper's name and a comma before a date that ends its line ("Western Counties Post, Monday 30 June 2025"). */
const OUTLET_COMMA = /^\p{Lu}[\p{L}'&.-]*(?:\s+(?:of|the|and|on|\p{Lu}[\p{L}'&.-]*)){0,6},\s+$/u;
/** How many non-empty lines from the top a byline may stand on, and how long it may be. */
const BYLINE_LINES = 8;
const BYLINE_MAX = 160;

/**
 * The ISO day (`YYYY-MM-DD`) of the first full date on a byline among the first lines of `text`:
 * a short line that says it is one (by, posted, published, updated, a separator dot or bar) or
 * that is little more than the date. Undefined where there is none: a date in a sentence of the
 * story is the story's, not the page's.
 */
export function bylineDate(text: string): string | undefined {
  let seen = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[*_#>]+/g, " ").trim();
    if (!line) continue;
    if (++seen > BYLINE_LINES) break;
    if (line.length > BYLINE_MAX) continue;
    const m = FULL_DATE.exec(line);
    if (!m) continue;
    const byline =
      BYLINE_WORDS.test(line) || (DASH_SEPARATOR.test(line) && !/[.!?"\u201d]$/.test(line)) || (m.index + m[0].length === line.length && OUTLET_COMMA.test(line.slice(0, m.index)));
    if (!byline && m[0].length < 0.6 * line.length) continue;
    const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[5], m[4], m[6]] : [m[9], undefined, m[7]];
    const monthNumber = month ? MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1 : Number(m[8]);
    const d = Number(day);
    if (!(monthNumber >= 1 && monthNumber <= 12 && d >= 1 && d <= 31)) continue;
    return `${year}-${String(monthNumber).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return undefined;
}
