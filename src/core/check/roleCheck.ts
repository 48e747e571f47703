/**
 * A person's post the sources give otherwise: "Colin Strachan, Meridian's chief executive, said"
 * where every source that gives him a post makes him its operations director. The statement
 * around the post may well be backed: the post is checked apart.
 */
import { rolesIn, mayBeRole, type PersonRole } from "../analysis/roles";
import { samePerson, surnameOf } from "../analysis/entities";
import type { SentenceAnalysis } from "../analysis/sentenceAnalysis";
import { stem } from "../analysis/tokens";
import type { CorpusIndex } from "../index/corpusIndex";
import type { Evidence, Span } from "../types";

/** A claim's role of a person that no source gives them, where sources give them another. */
export interface RoleSwap {
  span: Span;
  /** The role as a source writes it ("operations director for the north"). */
  suggestion: string;
  person: string;
  evidence: Evidence[];
}

/** Words that put a claim's role at another time than now. */
const OTHER_TIME = /\b(?:previously|formerly|until|used\s+to)\b|^\s*(?:before|prior\s+to|until|after)\b|\b(?:had\s+been|was\s+then)\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,4}$/i;

/** Wordings of sentences naming a person read for their roles: a story names its people a few dozen times. */
const SENTENCES_READ = 60;

/**
 * The claim's roles of people (see `rolesIn`) that no source's role of that person may be (see
 * `mayBeRole`), where at least one source gives them a role. Only people the corpus names as one
 * person: "Marsh" alone, where the corpus has a Helen Marsh and an Eileen Marsh, is left alone.
 * `text`: the draft's text the claim's spans are offsets into.
 */
export function findRoleSwaps(index: CorpusIndex, claim: SentenceAnalysis, text: string): RoleSwap[] {
  const people = claim.entities.filter((e) => e.type === "person");
  if (!people.length) return [];
  const out: RoleSwap[] = [];
  for (const role of rolesIn(text, claim.span, people)) {
    // A post of another time ("was previously finance director", "Before joining North Wyvern, she
    // was ...") may be one no source gives: roles change.
    if (OTHER_TIME.test(text.slice(claim.span.start, role.span.start))) continue;
    // "Marsh" alone may be a name the registry chose for the claim among several of the corpus's.
    const written = people.find((p) => p.name === role.person)?.text ?? role.person;
    const theirs = rolesOfPerson(index, role.person, !/\s/.test(written.trim()));
    if (!theirs) continue;
    // Against roles of its kind only: a founder may be a retired teacher too.
    const ofKind = theirs.roles.filter((r) => r.role.kind === role.kind);
    if (!ofKind.length || ofKind.some((r) => mayBeRole(role, r.role))) continue;
    // Nor, where no role read has the claim's head, where a sentence naming them says it in words
    // the roles read miss ("35 retired nurses, including Margaret Oduya").
    if (!ofKind.some((r) => r.role.head === role.head) && (theirs.terms.has(stem(role.written)) || theirs.terms.has(stem(role.head)))) continue;
    const best = ofKind[0]!;
    out.push({
      span: role.span,
      suggestion: best.role.text,
      person: role.person,
      evidence: ofKind.slice(0, 3).map((r) => index.evidence(r.sentence, { start: index.startOfSentence(r.sentence) + r.role.span.start, end: index.startOfSentence(r.sentence) + r.role.span.end }, { value: r.role.text, stance: "disagrees" })),
    });
  }
  return out;
}

/**
 * The roles the corpus gives the person named `name`, one per wording, the most often given first,
 * and the terms of the sentences that name them; undefined where those sentences name more than
 * one person of the name (or, for a claim's surname alone, of the surname).
 */
function rolesOfPerson(index: CorpusIndex, name: string, surnameAlone: boolean): { roles: { role: PersonRole; sentence: number }[]; terms: Set<string> } | undefined {
  const surname = surnameOf(name);
  const term = stem(surname.toLowerCase());
  const terms = new Set<string>();
  if (!index.hasTerm(term)) return { roles: [], terms };
  const found: { role: PersonRole; sentence: number }[] = [];
  const fullNames = new Set<string>();
  for (const { id } of index.searchSentences([term], SENTENCES_READ, undefined, true)) {
    const rec = index.sentenceRecord(id);
    // Where the claim gives the surname alone, every full name of that surname counts.
    if (surnameAlone) for (const e of rec.entities) if (e.type === "person" && e.name.includes(" ") && surnameOf(e.name) === surname) fullNames.add(e.name);
    const named = rec.entities.filter((e) => e.type === "person" && samePerson(name, e.name));
    if (!named.length) continue;
    for (const e of named) if (e.name.includes(" ")) fullNames.add(e.name);
    for (const t of rec.terms) terms.add(t);
    const sentence = index.sentenceText(id);
    for (const role of rolesIn(sentence, { start: 0, end: sentence.length }, named)) found.push({ role, sentence: id });
  }
  // Two people of the name ("Helen Marsh" and "Eileen Marsh"): whose role a source gives is unclear.
  const full = [...fullNames];
  if (full.some((a) => full.some((b) => !samePerson(a, b)))) return undefined;
  const count = new Map<string, number>();
  for (const f of found) count.set(f.role.text.toLowerCase(), (count.get(f.role.text.toLowerCase()) ?? 0) + 1);
  found.sort((a, b) => count.get(b.role.text.toLowerCase())! - count.get(a.role.text.toLowerCase())!);
  return { roles: found, terms };
}
