/**
 * Whose event a date is. A date answers a claim's only if it dates the same thing: the subject of
 * the claim's event ("The east wing reopened on Monday 3 March": the wing, or a thing named by its
 * number, "Ward 6"), and the things a claim's date names ("an improvement notice" is not "a
 * prohibition notice"). `settle` asks these of disagreeing dates, where an agreeing one names them.
 */
import { isCalendarWord } from "../analysis/quantities";
import { isGenericBodyWord, isSiteKindWord } from "../analysis/entities";
import { type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import type { CorpusIndex } from "../index/corpusIndex";
import { isContent, stem, tokenize, type Token } from "../analysis/tokens";
import { isPastVerb } from "../analysis/verbs";
import { nameWords } from "./storyGuards";

/** Copulas a figure follows, its subject before them ("target is 2%", "turnout was 64%", "stands at"). */
const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "stands", "stood"]);

/**
 * The noun right before the verb a claim's date dates, as a stem ("The east wing reopened on
 * Monday": wing; "fully", "was" and the like passed over), or a person's surname ("Derek Whitlow
 * was discharged": whitlow, a person's); undefined where another name, a pronoun or no noun
 * stands there.
 */
/** A thing named by its number acting ("Wards 6 and 7 reopened", "Berth 4 reopened"). */
export const NUMBERED_THING_ACTS = /\b\p{Lu}\p{Ll}+\s+\d+(?:\s+(?:and|to)\s+\d+)?\s+\p{Ll}+ed\b/u;
const AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "being", "be"]);
export function subjectOfEvent(claim: SentenceAnalysis, date: FactMention): EventSubject | undefined {
  const verb = claim.tokens.findIndex((t) => t.span.end <= date.span.start && date.measure.includes(t.stem));
  if (verb < 1) return undefined;
  const i = subjectBefore(claim.tokens, verb, false);
  // "Berths 1 to 3 reopened": a thing named by its numbers.
  const numbered = numberedBefore(claim.tokens, i);
  if (numbered) return numbered;
  const noun = claim.tokens[i]!;
  // A person's surname ("Derek Whitlow was discharged") stands for them as a noun does.
  const surname = noun.capitalised && i > 0 && claim.entities.some((e) => e.type === "person" && e.span.end === noun.span.end);
  // Not a verb ("is believed to have been cracked"): a past form stands for none.
  if (!(isContent(noun) && !noun.numeric && (!noun.capitalised || surname) && !/ly$|\w{3,}ed$/.test(noun.lower))) return undefined;
  // The things the claim names apart from its subject, each by its last word ("The gallery reopened
  // ..., although the Caldicott Room stayed closed": room), and the event's verb.
  const others = claim.entities.filter((e) => e.type !== "place" && !isCalendarWord(e.name.toLowerCase()) && e.span.end !== noun.span.end).flatMap((e) => {
    const last = claim.tokens.find((t) => t.span.end === e.span.end);
    return last && isContent(last) && !last.numeric ? [last.stem] : [];
  });
  const subject: EventSubject = { stem: noun.stem, person: surname, verb: claim.tokens[verb]!.stem };
  if (!surname && BODY_NOUNS.has(noun.stem)) subject.said = claim.tokens.map((t) => t.lower);
  if (others.length) subject.others = others;
  return subject;
}

/** Stems of nouns for bodies that decide and act: "The two boards approved", "the committee voted". */
const BODY_NOUNS = new Set(["board", "committe", "cabinet", "panel", "juri", "governor", "director", "sharehold", "member", "councillor", "minist", "regul", "inspector", "council", "trust", "govern", "author", "compani"]);

/**
 * Whether `text` gives the claim's event to a body it names that the claim does not (for a claim
 * whose subject is a body, see `EventSubject.said`): a capitalised name, not the sentence's first
 * word, as the subject of the event's verb ("The vote came after NHS England approved the merger"
 * for "The two boards approved the merger").
 */
export function namedActorActs(text: string, subject: EventSubject): boolean {
  if (!subject.verb || !subject.said) return false;
  const said = new Set(subject.said);
  const tokens = tokenize(text);
  return subjectsOfVerb(tokens, subject.verb).some((j) => {
    const actor = tokens[j]!;
    return j > 0 && actor.capitalised && !actor.numeric && !isCalendarWord(actor.lower) && !said.has(actor.lower);
  });
}

/** Where the subject of each use of the verb of stem `verb` stands (past its adverbs, auxiliaries and modals: see `subjectBefore`); not of a use as the sentence's first word. */
function subjectsOfVerb(tokens: readonly Token[], verb: string): number[] {
  const out: number[] = [];
  for (let v = 1; v < tokens.length; v++) if (tokens[v]!.stem === verb) out.push(subjectBefore(tokens, v, true));
  return out;
}

/** Modal verbs and "to" between a subject and its verb ("the room would reopen"). */
const MODALS = new Set(["would", "will", "could", "can", "should", "shall", "may", "might", "must", "to", "not"]);

/** Where the subject of the verb at `verb` stands: before its adverbs and auxiliaries (and, with `modals`, its modals). */
function subjectBefore(tokens: readonly Token[], verb: number, modals: boolean): number {
  let i = verb - 1;
  while (i > 0 && (/ly$/.test(tokens[i]!.lower) || AUXILIARIES.has(tokens[i]!.lower) || (modals && MODALS.has(tokens[i]!.lower)))) i--;
  return i;
}

/**
 * Whether `text` gives the claim's event (`subject.verb`) to one of the other things the claim
 * names (`subject.others`), as its subject: "the Caldicott Room would reopen on Saturday, May 3"
 * for "The gallery reopened on Wednesday 19 February, although the Caldicott Room stayed closed".
 */
export function givesTheEventToAnother(text: string, subject: EventSubject): boolean {
  const tokens = tokenize(text);
  return subjectsOfVerb(tokens, subject.verb!).some((j) => subject.others!.includes(tokens[j]!.stem));
}

/** What a claim's dated event is done by or to (see `subjectOfEvent`). */
export interface EventSubject {
  stem: string;
  /** A person, named by their surname. */
  person: boolean;
  /** The numbers a thing is named by ("Berths 1 to 3": 1, 2, 3; "Wards 6 and 7"), if it is. */
  numbers?: number[];
  /** The other things the claim names, by their last words' stems (see `givesTheEventToAnother`). */
  others?: string[];
  /** The stem of the event's verb ("approved": approv). */
  verb?: string;
  /**
   * Where the subject is a body ("The two boards approved"), the claim's words, lowercase: a name
   * among them is the claim's own (see `namedActorActs`).
   */
  said?: string[];
}

/** How far a run of numbers ("Berths 1 to 30") is read as every number in it. */
const NUMBERED_RANGE_MAX = 100;

/**
 * The thing named by a noun and its numbers whose last number is token `last` ("Berths 1 to 3",
 * "Wards 6 and 7", "Platform 2"), as the noun's stem and every number the run names.
 */
function numberedBefore(tokens: readonly Token[], last: number): EventSubject | undefined {
  const numbers: number[] = [];
  let i = last;
  let range = false;
  while (i >= 0) {
    const t = tokens[i]!;
    if (/^\d{1,3}$/.test(t.lower)) {
      const n = Number(t.lower);
      const previous = numbers[numbers.length - 1];
      if (range && previous !== undefined && n < previous && previous - n <= NUMBERED_RANGE_MAX) for (let k = previous - 1; k > n; k--) numbers.push(k);
      numbers.push(n);
      range = false;
    } else if (numbers.length && (t.lower === "to" || t.lower === "and")) range = t.lower === "to";
    else break;
    i--;
  }
  const noun = tokens[i];
  if (!numbers.length || range || !noun || noun.numeric || !isContent(noun) || !/^\p{L}+$/u.test(noun.text)) return undefined;
  // Right before its numbers: "Berth 4", not "berth, 4".
  const first = tokens[i + 1]!;
  if (first.span.start - noun.span.end !== 1) return undefined;
  return { stem: noun.stem, person: false, numbers };
}

/**
 * Whether `text` names the thing `subject` is of by other numbers only: "Berth 4 reopened" for
 * the claim's "Berths 1 to 3" (where it names the thing by none of the claim's numbers).
 */
export function namesOtherNumbers(text: string, subject: EventSubject): boolean {
  const tokens = tokenize(text);
  let other = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.stem !== subject.stem) continue;
    let end = i + 1;
    while (end + 1 < tokens.length && /^(?:\d{1,3}|to|and)$/.test(tokens[end + 1]!.lower)) end++;
    if (!/^\d{1,3}$/.test(tokens[end]!.lower)) end--;
    const theirs = end > i ? numberedBefore(tokens, end) : undefined;
    if (!theirs) continue;
    if (theirs.numbers!.some((n) => subject.numbers!.includes(n))) return false;
    other = true;
  }
  return other;
}

/** A thing a date is of, named by two words: the first (`modifier`) tells it from others of the second's kind. */
export interface DateThing {
  modifier: string;
  head: string;
  /** Named by a capitalised name ("Copthorne Farm"), not two lowercase words. */
  named?: true;
}

/**
 * The things a claim's date is of where two words of its clause name one ("was served with an
 * improvement notice in August 2023": improvement, notice), as stems: lowercase words of its clause,
 * no verb's form, the second no word's first; and the site it names after "at" (see below).
 */
export function thingsOfDate(claim: SentenceAnalysis, date: FactMention): DateThing[] {
  const out: DateThing[] = [];
  const ts = claim.tokens;
  const nounLike = (t: Token) => isContent(t) && !t.capitalised && !t.numeric && !isPastVerb(t.lower) && !/(?:ing|ly)$/.test(t.lower) && date.local.includes(t.stem);
  for (let i = 0; i + 1 < ts.length; i++) {
    const a = ts[i]!;
    const b = ts[i + 1]!;
    if (b.span.start - a.span.end !== 1 || !nounLike(a) || !nounLike(b)) continue;
    const next = ts[i + 2];
    if (next && next.span.start - b.span.end === 1 && isContent(next) && !next.capitalised && !next.numeric) continue;
    out.push({ modifier: a.stem, head: b.stem });
    break;
  }
  // Or a site it names after "at" ("confirmed bird flu at Copthorne Farm on Monday 3 March"): its
  // last word the site's kind, the word before which one (the first of a longer name: "Tarrow Mill Farm").
  for (let i = 1; i + 1 < ts.length; i++) {
    if (ts[i - 1]!.lower !== "at" || !ts[i]!.capitalised || ts[i]!.numeric) continue;
    let end = i;
    while (end + 1 < ts.length && ts[end + 1]!.capitalised && !ts[end + 1]!.numeric && ts[end + 1]!.span.start - ts[end]!.span.end === 1) end++;
    const head = ts[end]!;
    if (end === i || !isSiteKindWord(head.lower) || !date.local.includes(ts[i]!.stem) || !date.local.includes(head.stem)) continue;
    out.push({ modifier: ts[i]!.stem, head: head.stem, named: true });
    break;
  }
  return out;
}

/** Whether a sentence names `thing` by both its words. */
export function namesThing(index: CorpusIndex, sentence: number, thing: DateThing): boolean {
  const terms = index.sentenceTerms(sentence);
  return terms.includes(thing.head) && terms.includes(thing.modifier);
}

/**
 * Whether a sentence names another thing of `thing`'s kind and not `thing` itself: its head word
 * right after another lowercase word ("a prohibition notice"), and nowhere the modifier.
 */
export function anotherThingOfKind(index: CorpusIndex, sentence: number, thing: DateThing): boolean {
  const terms = index.sentenceTerms(sentence);
  if (!terms.includes(thing.head) || terms.includes(thing.modifier)) return false;
  const ts = tokenize(index.sentenceText(sentence));
  // (A named site's other: its kind's word capitalised after another name's word, "Tarrow Mill Farm".)
  return ts.some((t, i) => i > 0 && t.stem === thing.head && t.span.start - ts[i - 1]!.span.end === 1 && isContent(ts[i - 1]!) && ts[i - 1]!.capitalised === !!thing.named && (!thing.named || t.capitalised) && !ts[i - 1]!.numeric && !isPastVerb(ts[i - 1]!.lower));
}

/**
 * The noun a claim's sum or share is said of by a copula, as a stem ("The Bank's inflation target
 * is 2%": target); undefined for any other figure. A source sentence that names it outside its
 * figure's own clause gives the figure to something else ("inflation was likely to peak at 4% in
 * September, twice its target").
 */
export function copulaSubject(claim: SentenceAnalysis, fact: FactMention): string | undefined {
  const q = fact.quantity;
  if (!q || !(q.currency || q.percent)) return undefined;
  let i = claim.tokens.findIndex((t) => t.span.start >= fact.span.start);
  if (i < 0) i = claim.tokens.length;
  if (claim.tokens[i - 1]?.lower === "at") i--;
  if (!COPULAS.has(claim.tokens[i - 1]?.lower ?? "")) return undefined;
  const noun = claim.tokens[i - 2];
  // Not a name ("Harlow is 7%"), unless it opens the sentence ("Turnout was 64%").
  return noun && isContent(noun) && !noun.numeric && (!noun.capitalised || i - 2 === 0) ? noun.stem : undefined;
}

/** The stems of the words of a claim's names that are no place nor day (its bodies, people and names of no known kind). */
export function claimNameStems(claim: SentenceAnalysis): string[] {
  const out: string[] = [];
  for (const e of claim.entities) {
    if (e.type === "place" || (e.type === "other" && isCalendarWord(e.name.toLowerCase()))) continue;
    for (const w of nameWords(e.name)) if (w && !isGenericBodyWord(w)) out.push(stem(w));
  }
  return out;
}
