/**
 * The words of a quotation as compared between a draft and a source: lowercase, apostrophes
 * straightened, punctuation and bracketed editorial insertions ("[gangs]") dropped.
 */
export function quoteWords(text: string): string[] {
  return text
    .replace(/\[[^\]]*\]/g, " ")
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}
