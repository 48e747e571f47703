// PLACEHOLDER: the real checker replaces this file (owner: core engine). Signature is the contract.
import type { CorpusIndex } from "../index/corpusIndex";
import type { Finding } from "../types";

/** Checks a Markdown or plain-text draft against the corpus; one or more findings per claim. */
export function checkDraft(index: CorpusIndex, text: string): Finding[] {
  void index;
  void text;
  return [];
}
