/**
 * Guards on the sources that disagree with a claim's figure, for an archive that holds many
 * stories: a report that tells another story ("Police seized £380,000" in a court report that
 * never names Operation Venetic), and a figure its sentence gives to one named body or person
 * where the sources agree with a claim that names no one. Each guard is a predicate over a
 * claim fact's candidates, built once per fact (see `settle` in factCheck.ts).
 */
import { isCalendarWord } from "../analysis/quantities";
import { isGenericBodyWord, sameOrganisation, samePerson, surnameOf, type EntityMention } from "../analysis/entities";
import type { FactMention, SentenceAnalysis } from "../analysis/sentenceAnalysis";
import { reportsOthers } from "../analysis/reporting";
import { isContent, stem, tokenize, type Token } from "../analysis/tokens";
import { ALL_OF, type CorpusIndex } from "../index/corpusIndex";
import type { Candidate } from "./candidates";
import type { Span } from "../types";
import { isDateline } from "../sources/blocks";

/** Whether a name is a person's. */
export const isPerson = (e: { type: string }): boolean => e.type === "person";

/** How many distinct agreeing sentences tell the story of a claim that names no one telling. */
const AGREEING_STORY_RECORDS = 20;
/** And how many agreeing reports must also name the best one's lead, where those sentences name no one telling. */
const AGREEING_STORY_LEADS = 5;

/**
 * "Police seized £380,000 in cash" in a court report that never mentions Operation Venetic does
 * not contradict "Police seized £54m in cash as part of Operation Venetic": a report that names
 * none of the claim's names (`storyNames`, see `storyNamesOf`) tells another story. A name every
 * report weighing in on the fact names (the town's police in a local paper's archive, the one
 * network every report covers) tells none of them apart: where all the claim's names are such,
 * or it names no one, the story is the one its agreeing sources tell, read from the names the
 * best agreeing sentences give ("Castlebridge Police arrested four people after disorder
 * following the derby" is not answered by the same force's arrests after raids, in reports that
 * never name the derby's other club). An age whose own sentence names one of the claim's
 * `people` (the caller passes them for an age only) is never of another story.
 */
export function anotherStoryGuard(
  index: CorpusIndex,
  stances: readonly Candidate[],
  agree: readonly Candidate[],
  storyNames: readonly (readonly (readonly string[])[])[],
  people: readonly string[] = [],
): (c: Candidate) => boolean {
  const chosenWords = rarestWords(index, stances);
  // A report names a name by any of its forms' chosen words. `all` keeps the names every report holds.
  const tellingWords = (names: readonly (readonly (readonly string[])[])[], all = false): string[][] => {
    const out: string[][] = [];
    for (const chosen of chosenWords(names)) {
      const marks = chosen.map((w) => index.documentsWithTerm(w));
      let named = 0;
      for (const c of stances) if (marks.some((m) => m[c.doc])) named++;
      if (all || named < stances.length) out.push(chosen);
    }
    return out;
  };
  let told: readonly string[][] | undefined;
  const storyOf = (): readonly string[][] => {
    if (!told) {
      // A report that names any of the claim's names tells its story ("the NCA" without "Operation
      // Venetic" may still be the same operation's figure).
      const all = tellingWords(storyNames, true);
      if (all.length && tellingWords(storyNames).length) told = all.map((forms) => (forms.every((f) => f === forms[0]) ? [namedInFullByAgreeing(forms[0]!) ?? forms[0]!] : forms));
      else {
        const names: string[][][] = [];
        const seen = new Set<number>();
        for (const a of agree) {
          if (seen.size >= AGREEING_STORY_RECORDS) break;
          const ref = index.sentenceRecordNumber(a.sentence);
          if (seen.has(ref)) continue;
          seen.add(ref);
          storyNamesOf(index, index.sentenceEntities(a.sentence), names);
        }
        told = tellingWords(names);
        // "Eight fire engines and about 40 firefighters tackled the fire" names no one: its story
        // is the one its report's lead tells ("a warehouse on the Hollins Industrial Estate"),
        // where every agreeing report names it too (a wire's own name in its dateline is no story).
        if (!told.length && agree.length) {
          const lead: string[][][] = [];
          // A dateline ("SANTERRA, Valmora, March 11 (Continental Wire)") gives its places, not its
          // agency, and is no paragraph of the two.
          for (const { start, dateline } of leadParagraphs(index, agree[0]!.doc)) {
            for (const id of index.paragraphOf(start)) {
              const names = index.sentenceEntities(id);
              storyNamesOf(index, dateline ? names.filter((e) => e.type === "place") : names, lead);
            }
          }
          const docs = [...new Set(agree.map((a) => a.doc))].slice(0, AGREEING_STORY_LEADS);
          const chosen = chosenWords(lead);
          told = tellingWords(lead.filter((_name, i) => docs.every((d) => chosen[i]!.some((w) => index.documentsWithTerm(w)[d]))));
        }
      }
    }
    return told;
  };
  // "When Brannock announced the delay", where the agreeing reports name "Brannock Tidal Power": a
  // report that holds "Brannock" but not the rest of that name ("Brannock Construction") may name
  // another Brannock. The name's word then marks its story with the rest of the full name's own
  // words, where every agreeing report holds them.
  const namedInFullByAgreeing = (word: string): string | undefined => {
    const docs = [...new Set(agree.map((a) => a.doc))].slice(0, AGREEING_STORY_LEADS);
    const rest = new Set<string>();
    for (const doc of docs) {
      for (const sid of index.sentencesOf(doc)) {
        for (const e of index.sentenceEntities(sid)) {
          // A body by any type read ("Brannock Tidal Power" may be read as a person's name), or a person ("Jeff Brannock").
          if (e.type === "place" || isCalendarWord(e.name.toLowerCase())) continue;
          const words = nameWords(e.name).filter(Boolean);
          const stems = words.map((w) => stem(w));
          if (words.length < 2 || !stems.includes(word)) continue;
          words.forEach((w, i) => {
            if (stems[i] !== word && !isGenericBodyWord(w) && index.hasTerm(stems[i]!)) rest.add(stems[i]!);
          });
        }
      }
    }
    if (!rest.size || !docs.every((d) => [...rest].every((t) => index.documentsWithTerm(t)[d]))) return undefined;
    return [word, ...rest].join(ALL_OF);
  };
  // Each name's forms as the marks of the documents that hold them, read once for every candidate.
  let marks: Uint8Array[][] | undefined;
  // "Daniel Kiprono, 25, broke the world record": an age whose own sentence names the claim's
  // person is that person's, whatever else its report leaves unsaid. (Not any figure: a ship's
  // name read as a person's is in every report of its voyage, whatever each figure measures.)
  const namesOurPerson = (c: Candidate): boolean => people.length > 0 && index.sentenceEntities(c.sentence).some((e) => isPerson(e) && people.some((p) => samePerson(p, e.name)));
  return (c) => {
    marks ??= storyOf().map((forms) => forms.map((t) => index.documentsWithTerm(t)));
    return marks.length > 0 && marks.every((forms) => forms.every((m) => !m[c.doc])) && !namesOurPerson(c);
  };
}

/**
 * Each name by the word of each of its forms that fewest of the stances' reports hold
 * ("Castlebridge General": not "general"), read once per word.
 */
function rarestWords(index: CorpusIndex, stances: readonly Candidate[]): (names: readonly (readonly (readonly string[])[])[]) => string[][] {
  const shares = new Map<string, number>();
  const shareOf = (t: string): number => {
    let share = shares.get(t);
    if (share === undefined) {
      const marks = index.documentsWithTerm(t);
      let n = 0;
      for (const c of stances) n += marks[c.doc]!;
      shares.set(t, (share = n / (stances.length || 1)));
    }
    return share;
  };
  return (names) =>
    names.map((forms) =>
      forms.map((words) => {
        let best = words[0]!;
        for (const w of words) if (shareOf(w) < shareOf(best)) best = w;
        return best;
      }),
    );
}

/**
 * "Twelve fire engines tackled the warehouse fire on the Hollins Industrial Estate" is not
 * backed by "Twelve fire engines ... attended" in a report of another fire that never names the
 * estate: where some report weighing in names one of the claim's names (`storyNames`), an
 * agreeing report that names none of them tells another story. Where none names them, every
 * agreeing report is heard.
 */
export function agreeingOfAnotherStory(index: CorpusIndex, stances: readonly Candidate[], storyNames: readonly (readonly (readonly string[])[])[]): (c: Candidate) => boolean {
  if (!storyNames.length) return () => false;
  const marks = rarestWords(index, stances)(storyNames).flat().map((w) => index.documentsWithTerm(w));
  const namesStory = (doc: number) => marks.some((m) => m[doc]);
  if (!stances.some((c) => namesStory(c.doc))) return () => false;
  return (c) => c.agrees && !namesStory(c.doc);
}

/**
 * "Police seized £54 million in cash", which sources state without saying whose, is not disputed
 * by "Thames Valley Police officers have seized ... more than £300,000 in cash", nor by "Police
 * seized £380,000 in cash ... when they raided O'Connell's home": where sources agree with a
 * claim that names no one, a figure its sentence gives to a body or a person that no agreeing
 * source's sentence names is theirs, a share or another case. A claim that names a body
 * (`claimBodies`) leaves other bodies to the fact check's own body guard, but not people: "City
 * scored 54 league goals" is not disputed by "Ruiz, who scored 29 league goals". A date is the
 * same event's, whoever gives it. Names are read per shared sentence record, not per near-copy
 * shape: copies of one shape may name other people.
 */
export function oneNamedGuard(index: CorpusIndex, fact: FactMention, agree: readonly Candidate[], claimBodies: readonly string[][], claimNamesPeople: boolean): (c: Candidate) => boolean {
  if (fact.kind !== "quantity" || claimNamesPeople || !agree.length) return () => false;
  // Bucketed so that a name meets only those it could be: people by surname (see `samePerson`),
  // bodies by their first letter (a short form or initials start as the full name does).
  let agreeingNames: { orgs: Map<string, string[]>; people: Map<string, string[]> } | undefined;
  const bucket = (m: Map<string, string[]>, key: string, name: string): void => {
    const list = m.get(key);
    if (!list) m.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  const orgKey = (name: string): string => name.toLowerCase().replace(/^the\s+/, "").charAt(0);
  // Whether the agreeing sources' sentences name a body or a person, asked once per name.
  const orgAnswers = new Map<string, boolean>();
  const personAnswers = new Map<string, boolean>();
  const namedByAgreeing = (name: string, org: boolean): boolean => {
    const answers = org ? orgAnswers : personAnswers;
    let known = answers.get(name);
    if (known === undefined) {
      if (!agreeingNames) {
        agreeingNames = { orgs: new Map(), people: new Map() };
        // Each shared record once: an archive's agreeing copies repeat a few hundred sentences.
        const seen = new Set<number>();
        for (const a of agree) {
          const ref = index.sentenceRecordNumber(a.sentence);
          if (seen.has(ref)) continue;
          seen.add(ref);
          const ours = namesOfRecord(index, a.sentence);
          for (const o of ours.orgs) bucket(agreeingNames.orgs, orgKey(o), o);
          for (const n of ours.named) bucket(agreeingNames.people, surnameOf(n), n);
        }
      }
      known = org
        ? (agreeingNames.orgs.get(orgKey(name)) ?? []).some((x) => sameOrganisation(x, name))
        : (agreeingNames.people.get(surnameOf(name)) ?? []).some((x) => samePerson(x, name));
      answers.set(name, known);
    }
    return known;
  };
  const givenToOneNamed = (c: Candidate): boolean => {
    const theirs = namesOfRecord(index, c.sentence);
    const orgs = claimBodies.length ? [] : theirs.orgs;
    const people = claimBodies.length ? theirs.people : theirs.named;
    if (!orgs.length && !people.length) return false;
    if (orgs.some((o) => namedByAgreeing(o, true)) || people.some((p) => namedByAgreeing(p, false))) return false;
    // "The Metropolitan Police Commissioner, Dame Cressida Dick, whose force ... seized £13.3m":
    // a person of the claim's body speaks for it.
    if (claimBodies.length) {
      const words = sentenceWords(index, c.sentence);
      if (claimBodies.some((body) => namesBody(words, body))) return false;
    }
    // People of no known kind are never read as reporters: "O'Connell said" may be of his own.
    // What the record's names are depends on the record alone, so it is kept with its names.
    const k = claimBodies.length ? 1 : 0;
    let reporters = theirs.reportersOnly[k];
    if (reporters === undefined) {
      const named = [...orgs, ...people];
      theirs.reportersOnly[k] = reporters = named.every((n) => theirs.orgs.includes(n) || theirs.people.includes(n)) && onlyReporters(index, c.sentence, theirs, named);
    }
    return !reporters;
  };
  // Once per shared sentence record: an archive's copies share it.
  const byRecord = new Map<number, boolean>();
  return (c) => {
    const ref = index.sentenceRecordNumber(c.sentence);
    let one = byRecord.get(ref);
    if (one === undefined) byRecord.set(ref, (one = givenToOneNamed(c)));
    return one;
  };
}

/** The bodies, the people, and the people with names of no known kind a shared sentence record names. */
interface Named {
  orgs: string[];
  people: string[];
  named: string[];
  /** Where each name is first written, relative to the sentence's start. */
  spans: Map<string, Span>;
  /**
   * Whether every name `oneNamedGuard` reads here (its bodies and people, or its people alone
   * where the claim names a body: index 1) is a reporter's ("... said Detective Inspector
   * Rowe"); filled in when first asked, since every check of an archive meets the same records.
   */
  reportersOnly: [boolean | undefined, boolean | undefined];
}
const NO_ONE: Named = { orgs: [], people: [], named: [], spans: new Map(), reportersOnly: [false, false] };

/**
 * "The Office for National Statistics said the number of dependants ... was down 85%": names that
 * only report a figure of others ("X said the ...", "according to X") do not own it ("Thames
 * Valley Police said it had seized" does). Reads the sentence's text: asked only of a figure about
 * to be dropped for its names.
 */
function onlyReporters(index: CorpusIndex, sentence: number, theirs: Named, names: readonly string[]): boolean {
  const text = index.sentenceText(sentence);
  return names.every((name) => {
    const at = theirs.spans.get(name);
    return !!at && reportsOthers(text, at);
  });
}
const namedCache = new WeakMap<CorpusIndex, { version: number; byRecord: Map<number, Named> }>();

/**
 * Whom sentence `id`'s shared record names: bodies, people, and names of no known kind
 * ("O'Connell's home" where no full name is given), not days and months. Kept per record until
 * the index changes: every check of an archive meets the same copies.
 */
function namesOfRecord(index: CorpusIndex, id: number): Named {
  let held = namedCache.get(index);
  if (!held || held.version !== index.version) namedCache.set(index, (held = { version: index.version, byRecord: new Map() }));
  const ref = index.sentenceRecordNumber(id);
  let named = held.byRecord.get(ref);
  if (named === undefined) {
    named = NO_ONE;
    for (const e of index.sentenceEntities(id)) {
      const person = isPerson(e);
      const org = e.type === "organisation";
      if (!person && !org && (e.type !== "other" || isCalendarWord(e.name.toLowerCase()))) continue;
      if (named === NO_ONE) named = { orgs: [], people: [], named: [], spans: new Map(), reportersOnly: [undefined, undefined] };
      if (!named.spans.has(e.name)) named.spans.set(e.name, e.span);
      if (org) named.orgs.push(e.name);
      else {
        if (person) named.people.push(e.name);
        named.named.push(e.name);
      }
    }
    held.byRecord.set(ref, named);
  }
  return named;
}

/**
 * The people, bodies, operations and events `entities` name (a claim's or a sentence's), and
 * names of no known kind but days and months, each as the words that may find the documents
 * telling its story, added to `out`: a person's surname; a body's own words, or the words that
 * say what kind of body it is only when it has no other ("Castlebridge Town": any report may say
 * "the town"); the name as written where it is a short form ("the Met"). Words the corpus never
 * holds are left out, and a name with none of them marks no story.
 */
export function storyNamesOf(index: CorpusIndex, entities: readonly { type: string; name: string; text?: string }[], out: string[][][] = []): string[][][] {
  const wordsOf = (name: string, person: boolean): string[] => {
    const own: string[] = [];
    const generic: string[] = [];
    // A person by their surname: reports name "Sir Alan Whitcombe" once and "Whitcombe" after.
    for (const w of person ? nameWords(surnameOf(name)) : nameWords(name)) {
      if (!w || isCalendarWord(w)) continue;
      const t = stem(w);
      if (index.hasTerm(t)) (isGenericBodyWord(w) ? generic : own).push(t);
    }
    return own.length ? own : generic;
  };
  for (const e of entities) {
    if (e.type !== "organisation" && e.type !== "other" && e.type !== "event" && e.type !== "person") continue;
    // A firm named for two ("Hollis & Grant") is named in full: a report with a Dean Hollis in it
    // names no Hollis & Grant.
    const own = wordsOf(e.name, e.type === "person");
    const forms = [e.type === "organisation" && /\s&\s/.test(e.name) && own.length >= 2 ? [own.join(ALL_OF)] : own];
    // The name as written, where it is a short form ("the Met" for the Metropolitan Police): a
    // report that says only "the Met" names it too.
    const written = e.text?.replace(/['\u2019]s$/, "");
    if (written && written.toLowerCase() !== e.name.toLowerCase()) forms.push(wordsOf(written, e.type === "person"));
    const name = forms.filter((f) => f.length);
    if (name.length && !out.some((x) => x.length === name.length && x.every((f, k) => sameWords(f, name[k]!)))) out.push(name);
  }
  return out;
}

/**
 * The story names of a claim (see `storyNamesOf`), and the name its first capital hides where no
 * name is read there: "Northwind has a workforce of around 200,000" tells Northwind's story, as
 * "Northwind Systems has ..." would.
 */
export function claimStoryNames(index: CorpusIndex, claim: SentenceAnalysis): string[][][] {
  const out = storyNamesOf(index, claim.entities);
  const first = openingName(claim);
  if (first && index.hasTerm(first.stem) && !isGenericBodyWord(first.lower) && !out.some((name) => name.some((f) => f.includes(first.stem)))) out.push([[first.stem]]);
  return out;
}

/** A word opening the claim that is a name the sentence's first capital hides: before a possessive's "s" or a subject's verb, and in no name read. */
function openingName(claim: SentenceAnalysis): Token | undefined {
  const first = claim.tokens[0];
  if (!first || first.numeric || claim.entities.some((e) => e.span.start <= first.span.start && first.span.end <= e.span.end)) return undefined;
  return /['\u2019]s$/.test(first.text) || (isContent(first) && SUBJECT_VERB.has(claim.tokens[1]?.lower ?? "")) ? first : undefined;
}

/**
 * Whether the claim names a body, event or person that no source names at all ("Halbrook's
 * shares closed 2.9% lower" in an archive that never mentions Halbrook): the sources' figures
 * are then of other things, and none of them disputes the claim's. By the name's own words (a
 * person's surname; not "Water" or "Police", nor months).
 */
export function namesTheUnheardOf(index: CorpusIndex, claim: SentenceAnalysis): boolean {
  // Read from the claim's own tokens: their stems are the index's terms ("A320", "O'Connell").
  const tokensOf = (span: Span) => claim.tokens.filter((t) => t.span.start >= span.start && t.span.end <= span.end);
  const unheard = (tokens: readonly Token[]) => {
    // Not a code with digits ("A320"): the index keeps those apart from its words.
    const own = tokens.filter((t) => t.capitalised && !t.numeric && t.text.length > 1 && !isCalendarWord(t.lower) && !isGenericBodyWord(t.lower));
    return own.length > 0 && own.every((t) => !index.hasTerm(t.stem));
  };
  const named = claim.entities.filter((e) => e.type === "organisation" || e.type === "other" || e.type === "event" || e.type === "person");
  // A body the sources name in full, written short ("the WHO" for the World Health Organization):
  // heard by its full name's words.
  const wordsOf = (e: EntityMention) => (e.type === "organisation" && e.name !== e.text ? tokenize(e.name) : e.type === "person" ? tokensOf(e.span).slice(-1) : tokensOf(e.span));
  if (named.some((e) => unheard(wordsOf(e)))) return true;
  // A possessive opening the claim is a name the sentence's first capital hides ("Halbrook's
  // shares"), where no name is read there; so is a word no source has ever used, before a verb
  // ("Carver was first elected": a surname alone, in an archive that never tells her story).
  const first = openingName(claim);
  return !!first && unheard([first]);
}

/** Verbs that follow a sentence's subject ("Carver was", "Reid said"). */
const SUBJECT_VERB = new Set(["was", "is", "has", "had", "said", "says", "will", "won", "became", "resigned", "died", "employs", "employed", "owns", "runs", "operates", "serves", "sells", "makes", "plans", "expects"]);

/** A source sentence's words and its names' words (a name's words are not all terms), kept per shared record until the index changes. */
export function sentenceWords(index: CorpusIndex, sentence: number): ReadonlySet<string> {
  let held = wordsCache.get(index);
  if (!held || held.version !== index.version) wordsCache.set(index, (held = { version: index.version, byRecord: new Map() }));
  const ref = index.sentenceRecordNumber(sentence);
  let words = held.byRecord.get(ref);
  if (!words) {
    // Terms and names only: a record's facts are not read for its words.
    words = new Set(index.sentenceTerms(sentence));
    for (const e of index.sentenceEntities(sentence)) for (const w of nameWords(e.name)) words.add(w);
    // The oldest go first: a check meets the same few hundred records again and again.
    if (held.byRecord.size >= HELD_RECORD_WORDS) held.byRecord.delete(held.byRecord.keys().next().value!);
    held.byRecord.set(ref, words);
  }
  return words;
}

/** Shared records whose words `sentenceWords` keeps per index (a set of a few dozen words each). */
const HELD_RECORD_WORDS = 10_000;
const wordsCache = new WeakMap<CorpusIndex, { version: number; byRecord: Map<number, Set<string>> }>();

/** Whether `words` (see `sentenceWords`) hold every word of a body's name, as written or stemmed. */
export function namesBody(words: ReadonlySet<string>, body: readonly string[]): boolean {
  return body.every((w) => words.has(w) || words.has(stem(w)));
}

/** A name's words, lowercase, so that a claim's "Harlow" is found in a source's "Harlow Motors". */
export function nameWords(name: string): string[] {
  // An apostrophe inside a name is the name's, as the tokens keep it ("O'Connell"); a possessive is not.
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'\u2019]+/u)
    .map((w) => w.replace(/['\u2019]s$/, "").replace(/^['\u2019]+|['\u2019]+$/g, ""));
}

/** Whether two word lists are the same words in the same order. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * The first sentence of each of a document's first two paragraphs, and of a wire's dateline before
 * them ("SANTERRA, Valmora, March 11 (Continental Wire)", set apart from its paragraph by
 * `withDatelineApart`), which is read for where and when but is no paragraph of the two.
 */
export function leadParagraphs(index: CorpusIndex, doc: number): { start: number; dateline: boolean }[] {
  const out: { start: number; dateline: boolean }[] = [];
  let read = 0;
  for (const start of index.paragraphStarts(doc, 3)) {
    const dateline = isDateline(index.sentenceText(start));
    if (!dateline && read++ >= 2) break;
    out.push({ start, dateline });
  }
  return out;
}
