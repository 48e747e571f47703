/**
 * Past forms of verbs, for readers without a part-of-speech tagger: which word of a clause is its
 * event ("were arrested", "struck"), and where a noun phrase ends ("a 7.4 earthquake| struck").
 */

import { isNumberWord } from "./numberWords";

/** Common irregular past forms; regular ones end in -ed. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  "began begun born made took taken won lost sold bought brought built caught chose came did drew drove fell felt fought found fled flew forgot got gave went grew heard held hid hit kept knew laid led left lent let lay met paid put quit ran rose saw sought sent set shook shot shut sang sat slept spoke spent stood stole struck swore swept taught tore told thought threw understood woke wore wrote broke broken chosen given known seen shown spoken stolen written split fed wed".split(" "),
);

/**
 * Irregular past forms that are as often nouns or modifiers inside a noun phrase ("a 6-1 win",
 * "two set pieces", "a 7.5 lead", "three hit singles", "won" the currency): they do not end one.
 */
const ALSO_NOUNS = new Set("won lost lay set hit shot saw felt put let led lead quit fell split".split(" "));

/** Whether a lowercase word reads as a past verb: -ed/-en or a known irregular form. */
export function isPastVerb(lower: string): boolean {
  // Two letters at least before the ending: "red", "bed", "men" and "ten" are no verbs ("its red
  // dwarf star" had measured a figure by "red"); "led" and "fed" are listed. Nor is a number
  // ("seven", "fifteen": "a seven-day hearing" dates no event "seven").
  return (/[a-z]{2}(ed|en)$/.test(lower) && !isNumberWord(lower)) || IRREGULAR_PAST.has(lower);
}

/** Whether a lowercase word is an irregular past form that cannot be part of a noun phrase ("struck", "fled"). */
export function endsNounPhrase(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) && !ALSO_NOUNS.has(lower);
}
