import type { Span } from "../types";

/** A name's verbs of reporting, or its data showing ("said", "found", "data show"). */
const REPORTS = String.raw`(?:said|says|estimated|estimates|reported|reports|found|finds|(?:data|figures|statistics)\s+(?:show|showed|shows|suggest|suggested))\s+(?:that\s+)?`;

/**
 * A name's verb of reporting, then what it reports of others, not of itself ("said the number
 * ..."; not "said it had"), or the name's data showing it ("Environment Agency data show the
 * company's overflows spilled ...").
 */
const REPORTS_OTHERS_AFTER = new RegExp(String.raw`^\s+${REPORTS}(?!(?:it|its|they|their|he|his|she|her|we|our|i)\b)\p{Ll}`, "u");

/** "according to the Office for National Statistics": the source of a figure, not its owner. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/i;

/**
 * Whether the name at `span` of `text` (a sentence's text) only reports what others did ("The
 * Office for National Statistics said the number of dependants ... was down 85%", "according to
 * the ONS"): it does not own the figures it gives ("Thames Valley Police said it had seized" does).
 */
export function reportsOthers(text: string, span: Span): boolean {
  return REPORTS_OTHERS_AFTER.test(text.slice(span.end, span.end + 40)) || ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start));
}

/**
 * A name's verb of reporting or its data, then another party's possessive: "said the firm's",
 * "data show the company's", "said Harlow's". Narrower than a report of others: "Lenton Police
 * said three men had been arrested" is the force's own arrests.
 */
const REPORTS_ANOTHERS_AFTER = new RegExp(String.raw`^\s+${REPORTS}(?:the\s+\p{Ll}+|\p{Lu}[\p{L}-]*)['\u2019]s\s`, "u");

/**
 * Whether the name at `span` of `text` reports what another party did, named by a possessive
 * ("The Environment Agency said the firm's storm overflows spilled ..."): the figures after it
 * are that party's, not the name's.
 */
export function reportsAnothers(text: string, span: Span): boolean {
  return REPORTS_ANOTHERS_AFTER.test(text.slice(span.end, span.end + 60));
}


/** Words right before whom a speaker told or spoke to: "told the", "in an interview with", "speaking to". */
const ADDRESSEE_BEFORE = /\b(?:told|tells|telling|interview\s+with|speaking\s+to|spoke\s+to|talking\s+to)\s+(?:the\s+)?$/i;

/**
 * Whether the name at `span` of `text` is whom a speaker told ("told the Midlands Press
 * Association he was assembling a group of investors"): an addressee is no party to what was told.
 */
export function isAddressee(text: string, span: Span): boolean {
  return ADDRESSEE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
}
