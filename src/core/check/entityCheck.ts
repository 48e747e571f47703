import { isGenericBodyWord, PLACE_KIND_OF, samePerson, sameOrganisation, type EntityMention } from "../analysis/entities";
import { reportYear } from "../analysis/compareValues";
import { WEEKDAY_NUMBERS } from "../analysis/dates";
import { isAddressee } from "../analysis/reporting";
import { isCalendarWord, WEEKDAYS } from "../analysis/quantities";
import { placeKey, type FactMention, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import { isContent, stem, tokenize, type Token } from "../analysis/tokens";
import type { CorpusIndex, IndexedSentence } from "../index/corpusIndex";
import type { Evidence } from "../types";
import { coverage } from "./context";

/** A named entity of a claim that the sources name differently in the same statement. */
export interface EntitySwap {
  entity: EntityMention;
  /** The sources' entity as written ("France", "Dutch and French"). */
  suggestion: string;
  evidence: Evidence[];
  sources: string[];
}

/** Share of the claim's other words a source sentence must hold to be the same statement. */
const SAME_STATEMENT = 0.65;
/** A statement with an entity swapped out still needs this much IDF weight of other words. */
const MIN_WEIGHT = 4;

/**
 * Looks for a swapped place, organisation or person: a source sentence that says the rest of the
 * claim nearly word for word but names a different entity of the same kind in that role, while
 * no source says it with the claim's entity.
 */
export function findEntitySwaps(index: CorpusIndex, claim: SentenceAnalysis, text: string, docs?: Set<number>): EntitySwap[] {
  const out: EntitySwap[] = [];
  // A name of no known kind in a place's slot ("a helicopter from Prestwick") is a place the
  // gazetteer does not know: swapped for another such name in the same slot, it is a swapped place.
  // So is a weekday for another in the same slot ("flooded a main tunnel on Wednesday" where the
  // sources say Monday): an event's weekday is the same whichever day its report was written.
  const entities = claim.entities.filter((e) => e.type === "place" || e.type === "organisation" || e.type === "person" || placeOfNoKnownKind(text, e) || isWeekday(e));
  const groups = groupAdjacent(entities, text);
  const claimFigures = claim.facts.filter(isFigureOrYear);
  // A source's name is read as its sentence took it and as the corpus knows it (see `asTheCorpusKnowsIt`).
  const known = <E extends Pick<EntityMention, "type" | "name">>(t: E): E => asTheCorpusKnowsIt(index, t);
  const sameKnown = (e: Pick<EntityMention, "type" | "name">, t: Pick<EntityMention, "type" | "name">): boolean => sameEntity(e, t) || sameEntity(e, known(t));
  for (const group of groups) {
    const type = group[0]!.type;
    if (type === "place" && group.some((e) => e.name === "World")) continue;
    const claimsWeekly = isWeekday(group[0]!) && weekly(text, group[0]!.span);
    const own = new Set<string>();
    for (const e of group) {
      own.add(placeKey(e.name));
      for (const w of e.text.split(/[\s-]+/)) own.add(stem(w.toLowerCase().replace(/['\u2019]s$/, "")));
    }
    const rest = claim.terms.filter((t) => !own.has(t));
    const groupTerms = group.length > 1 ? group.map((e) => placeKey(e.name)).filter((t) => claim.terms.includes(t)) : [];
    const weight = rest.reduce((s, t) => s + index.idf(t), 0);
    if (rest.length < 2 || weight < MIN_WEIGHT) continue;
    // Near-copies of one sentence (the same words, other figures) can fill a short list: look
    // further, once per distinct wording.
    const seenText = new Set<string>();
    const wordings = index.searchSentences(rest, 400, docs, true).filter(({ id }) => {
      const t = index.sentenceText(id).replace(/\d[\d,.]*/g, "#");
      return !seenText.has(t) && !!seenText.add(t);
    });
    const hits = wordings.slice(0, 10);
    // `named`: the claim's entities the source names otherwise ("between Lancaster and Carlisle"
    // against "between Lancaster and Penrith": Carlisle alone).
    let swap: { sentence: IndexedSentence; names: string[]; named: EntityMention[] } | undefined;
    let confirmed = false;
    for (const { id } of hits) {
      const s = index.sentence(id);
      // Names of the group the sentence gives as the claim does say the same statement too
      // ("in the North West, Yorkshire and the East Midlands" / "in Yorkshire, the North East and
      // the East Midlands").
      const named = groupTerms.filter((t) => s.terms.includes(t));
      if (coverage(index, named.length ? [...rest, ...named] : rest, s) < SAME_STATEMENT) continue;
      const doc = index.documents[s.doc]!.text;
      // Not the weekday of a report's saying ("has served an improvement notice on the trust, the
      // trust said on Friday"): it dates the report, not the event.
      // Nor a weekday something is expected by ("expected to restore most supplies by Thursday").
      // Nor, for a claim's day of an event, a weekday of what runs every week ("ran no Sunday
      // buses", "every Saturday", "its Sunday service"). (A claim's own weekly day, "the town's
      // weekly Saturday market", is answered by another's.)
      const ofTheEvent = (e: { span: { start: number; end: number } }) => {
        const before = doc.slice(Math.max(0, e.span.start - 80), e.span.start);
        return !SAID_ON_BEFORE.test(before) && !EXPECTED_BY_BEFORE.test(before) && (claimsWeekly || !weekly(doc, e.span));
      };
      const theirs = s.entities.filter((e) => (e.type === type || known(e).type === type) && (type !== "other" || (isWeekday(group[0]!) ? isWeekday(e) && ofTheEvent(e) : placeOfNoKnownKind(doc, e))));
      // A weekday the sentence's own date falls on ("on a Thursday in April" for "due at Crown
      // Court on 17 April", in a report of 2025) is said by it, whatever other weekday it names.
      if (group.every((e) => theirs.some((t) => sameKnown(e, t))) || (isWeekday(group[0]!) && datesFallOn(index, s, group[0]!.name)) || namedBeside(index, s, group, type) || (type === "organisation" && group.every((e) => namedByItsKind(index.sentenceText(s.id), e.name))) || (type !== "other" && group.every((e) => namedByItsHead(index.sentenceText(s.id), e.name, s.entities)))) {
        confirmed = true;
        break;
      }
      // Nor a word the claim itself says ("this year's Hallberg Prize in Chemistry" for "a new chemistry building").
      // Nor a name every word of which the claim says ("Dominic and Tessa Rallings" for "Dominic
      // Rallings, 49, and his wife Tessa").
      // Nor a name written as the claim writes one of its own ("Kentish" read as two kinds of name).
      // Nor whom the sentence's speaker told ("told the Midlands Press Association he was
      // assembling a group of investors"): an addressee is no party to what was told (though
      // one the claim names is, "the judge told Treadgold").
      // Nor who says it ("Linley said the nursery slope ... will reopen" for "Harrowfell's nursery
      // slope is set to reopen"): a speaker reports the statement, no party to it, unless the
      // claim's name speaks too.
      // Nor the party a claim or a case is against ("lodged a claim against Kestrel Vale" for
      // "The Brackenford Tenants' Alliance's claim was lodged"): the other side, not the claim's.
      const others = theirs.filter(
        (t) =>
          !group.some((e) => sameKnown(e, t)) &&
          !isAddressee(doc, t.span) &&
          !(isSpeaker(doc, t.span) && !group.some((e) => isSpeaker(text, e.span))) &&
          !(AGAINST_BEFORE.test(doc.slice(Math.max(0, t.span.start - 12), t.span.start)) && !group.some((e) => AGAINST_BEFORE.test(text.slice(Math.max(0, e.span.start - 12), e.span.start)))) &&
          !claim.entities.some((c) => sameKnown(c, t) || c.text.toLowerCase() === doc.slice(t.span.start, t.span.end).toLowerCase()) &&
          !saysEveryWordOf(claim, t.name) &&
          !group.some((e) => shortFormOf(e.name, t.name)),
      );
      // A sentence that gives figures or years, none of them the claim's, tells another statement
      // ("the ground will be called the Kestrel Windows Stadium, under a five-year agreement with
      // a firm founded in 1989" for "Founded in 1884, the club has called Millfield Road home since 1907").
      // (Counts, sums and years: a day may be the very thing swapped, with its weekday.) It may
      // still confirm the claim's names.
      const anotherStatement = claimFigures.length > 0 && s.facts.some(isFigureOrYear) && !s.facts.some((f) => claimFigures.some((c) => sameFigure(c, f)));
      if (!swap && others.length && !anotherStatement) {
        // The entity in the same role: the one nearest a word that sits next to the claim's entity.
        const neighbours = neighbourStems(claim.tokens, group[0]!.span.start, group[group.length - 1]!.span.end);
        const sentenceTokens = tokenize(doc, s.span.start, s.span.end);
        const near = others.filter((t) => [...neighbourStems(sentenceTokens, t.span.start, t.span.end)].some((x) => neighbours.has(x)));
        const missing = group.filter((e) => !theirs.some((t) => sameKnown(e, t)));
        if (near.length) swap = { sentence: s, names: near.map((t) => doc.slice(t.span.start, t.span.end)), named: missing.length === 1 ? missing : group };
      }
    }
    // Where many wordings name others (an archive's copies, each with another name), the source
    // that says it with the claim's entity may rank below the first ten: it still confirms it.
    if (!confirmed && swap) confirmed = wordings.slice(hits.length).some(({ id }) => {
      const rec = index.sentenceRecord(id);
      // The names first: most wordings lack them, and comparing names costs less than weighing words.
      return group.every((e) => rec.entities.some((t) => sameKnown(e, t))) && coverage(index, rest, { id, terms: rec.terms }) >= SAME_STATEMENT;
    });
    if (confirmed || !swap) continue;
    const first = swap.named[0]!;
    const last = swap.named[swap.named.length - 1]!;
    out.push({
      entity: { ...first, span: { start: first.span.start, end: last.span.end }, text: text.slice(first.span.start, last.span.end) },
      suggestion: swap.names.length === 2 && swap.named.length === 2 ? swap.names.join(" and ") : swap.names[0]!,
      evidence: [index.evidence(swap.sentence.id, undefined, { value: swap.names.join(", "), stance: "disagrees" })],
      sources: [index.documents[swap.sentence.doc]!.meta.key],
    });
  }
  return out;
}

/**
 * A source's entity as the corpus knows it: a name of two words or more that the corpus knows as a
 * body's ("Tolland Civils" of "Tolland Civils Ltd") is that body, whatever its own sentence took
 * it for (a firm's name reads like a person's). The claim's names are resolved so (see
 * `checkClaim`); a source's, analysed with its own document only, are resolved here. Both
 * readings are kept: a name the corpus does not know in a claim ("Brackwater Construction") is
 * read as the sentence read the source's.
 */
function asTheCorpusKnowsIt<E extends Pick<EntityMention, "type" | "name">>(index: CorpusIndex, e: E): E {
  if (e.type === "organisation" || !e.name.includes(" ")) return e;
  const known = index.names.resolve(e.name);
  return known?.type === "organisation" ? { ...e, type: known.type, name: known.name } : e;
}

/**
 * Whether a sentence names a body by the word that says what kind it is, in lower case ("with
 * council leader Priya Somerville" for "East Marsh District Council"): the body itself, named
 * as its story's readers know it, however many other bodies the sentence names.
 */
function namedByItsKind(sentence: string, body: string): boolean {
  const kind = body.split(/\s+/).pop()!.toLowerCase();
  return isGenericBodyWord(kind) && sentence.split(/[^\p{L}]+/u).includes(kind);
}

/**
 * Whether a sentence names a thing by the last word of its name, in lower case after "the" ("the
 * helmet will go on show" for "the Harnham Helmet"): the sentence tells of the claim's own thing,
 * whatever other name beside it (where it was found, "Harnham Ridge") it gives, unless it names
 * another thing of that word.
 */
function namedByItsHead(sentence: string, name: string, named: readonly { name: string }[]): boolean {
  const words = name.split(/\s+/);
  const head = words[words.length - 1]!;
  if (words.length < 2 || head.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(head)) return false;
  // Not where the sentence names another of the kind ("the East Stand roof ... along the stand"
  // for "the West Stand"): "the stand" is that one.
  if (named.some((e) => e.name !== name && e.name.split(/\s+/).pop() === head)) return false;
  return new RegExp(String.raw`\bthe\s+(?:\p{Ll}+\s+)?${head.toLowerCase()}\b`, "u").test(sentence);
}

/** Whether the weekday at `span` of `text` is of what runs every week (see `WEEKLY_BEFORE`, `WEEKLY_AFTER`). */
function weekly(text: string, span: { start: number; end: number }): boolean {
  return WEEKLY_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) || WEEKLY_AFTER.test(text.slice(span.end, span.end + 24));
}
/** Words before a weekday of what runs every week: "no Sunday buses", "every Saturday", "any Sunday". */
const WEEKLY_BEFORE = /\b(?:no|every|any|each)\s+$/i;
/** Nouns after a weekday of what runs every week: "Sunday buses", "a Saturday service", "Sunday trading". */
const WEEKLY_AFTER = /^\s+(?:services?|buses|bus\s+service|trains|trading|opening|timetables?|schedules?|shifts?|markets?)\b/i;

/** An expectation of a deadline before a weekday: "expected to restore most supplies by ". */
const EXPECTED_BY_BEFORE = /\b(?:expected|expects|expecting|hoped|hopes|hoping|aims?|aiming)\s+to\b[^.;]*\bby\s+$/i;
/** A reporting verb and "on" right before a weekday: the day a report says its news ("the trust said on Friday", "told reporters late on Monday"). */
const SAID_ON_BEFORE = /\b(?:said|says|told(?:\s+\p{L}+){0,2}|confirmed|added|reported|revealed|disclosed)\s+(?:(?:late|early)\s+)?on\s+$/u;

/** A reporting verb right after a name: its speaker ("Linley said ..."). */
const SPEAKER_AFTER = /^\s+(?:said|says|told|tells|added|adds|explained|confirmed|announced|warned|insisted|claimed|stated|wrote)\b/i;

/** Whether the name at `span` of `text` speaks the sentence (see `SPEAKER_AFTER`). */
function isSpeaker(text: string, span: { start: number; end: number }): boolean {
  return SPEAKER_AFTER.test(text.slice(span.end, span.end + 16));
}

/** "against" right before a name: the other side of a claim, a case or a vote. */
const AGAINST_BEFORE = /\bagainst\s+(?:the\s+)?$/i;

/**
 * Words before a place: "from", "in", "near", "at", "to", "between", the second of two
 * ("between Lancaster and Penrith", "offices in Bristol and Wrocław"), and a kind of place "of"
 * ("the village of Thame").
 */
const PLACE_SLOT_BEFORE = new RegExp(String.raw`\b(?:from|in|near|at|to|between)\s+$|\b(?:from|in|near|at|to|between)\s+\p{Lu}[\p{L}'\u2019-]*\s+and\s+$|` + PLACE_KIND_OF.source, "u");

/** Whether `e` is a one-word name of no known kind, not a month or day, in a place's slot (see `PLACE_SLOT_BEFORE`). */
function placeOfNoKnownKind(text: string, e: Pick<EntityMention, "type" | "name" | "span">): boolean {
  return e.type === "other" && !/\s/.test(e.name) && !isCalendarWord(e.name.toLowerCase()) && PLACE_SLOT_BEFORE.test(text.slice(Math.max(0, e.span.start - 40), e.span.start));
}

/** Whether `e` is a place the gazetteer does not know, in a place's slot (not a weekday): one that scopes no figure. */
export function isUnknownPlace(e: Pick<EntityMention, "type" | "name" | "span">, text: string): boolean {
  return placeOfNoKnownKind(text, e) && !isWeekday(e);
}

/** Whether a date sentence `s` states (by day and month, its year or else the year its report means: `reportYear`) falls on `weekday` ("Thursday"). */
function datesFallOn(index: CorpusIndex, s: IndexedSentence, weekday: string): boolean {
  const want = WEEKDAY_NUMBERS[weekday[0]!.toUpperCase() + weekday.slice(1).toLowerCase()];
  const published = index.documents[s.doc]?.meta.date;
  return s.facts.some((f) => {
    const d = f.kind === "date" ? f.date : undefined;
    if (!d || d.day === undefined || d.month === undefined) return false;
    const year = d.year ?? reportYear(d, published);
    return year !== undefined && new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay() === want;
  });
}

/** Whether `e` is a weekday's name ("Monday"). */
/**
 * Whether a sentence next to `s` in its paragraph names every entity of `group`: a claim may join
 * two sentences ("was taken by ambulance to Kingsmere ... on Tuesday. She died there on Wednesday
 * evening." for "died at Kingsmere ... on the Wednesday evening"), and the source then says it.
 */
function namedBeside(index: CorpusIndex, s: IndexedSentence, group: readonly EntityMention[], type: EntityMention["type"]): boolean {
  for (const id of [s.id - 1, s.id + 1]) {
    if (id < 0 || id >= index.sentenceCount) continue;
    const next = index.sentence(id);
    if (next.doc !== s.doc || next.block !== s.block) continue;
    if (group.every((e) => next.entities.some((t) => {
      const known = asTheCorpusKnowsIt(index, t);
      return (t.type === type || known.type === type || (isWeekday(e) && isWeekday(t))) && (sameEntity(e, t) || sameEntity(e, known));
    }))) return true;
  }
  return false;
}

/**
 * Whether `short` is `full` said without its last words ("Ashbury Vale" for "Ashbury Vale Safari
 * Park"): the same name, shortened, no other one.
 */
function shortFormOf(short: string, full: string): boolean {
  const a = short.toLowerCase().split(/\s+/);
  const b = full.toLowerCase().split(/\s+/);
  return a.length < b.length && a.every((w, i) => b[i] === w);
}

function isWeekday(e: Pick<EntityMention, "type" | "name">): boolean {
  return e.type === "other" && WEEKDAYS.has(e.name.toLowerCase());
}

function sameEntity(a: Pick<EntityMention, "type" | "name">, b: Pick<EntityMention, "type" | "name">): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "other") return a.name.toLowerCase() === b.name.toLowerCase();
  if (a.type === "place") return a.name === b.name;
  if (a.type === "person") return samePerson(a.name, b.name);
  return sameOrganisation(a.name, b.name);
}

/** Whether the claim's terms hold every word of `name` (a one-word name, or each word of a longer one). */
function saysEveryWordOf(claim: SentenceAnalysis, name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => claim.terms.includes(stem(w.toLowerCase().replace(/['\u2019]s$/, ""))));
}

/** Entities of one type joined by "and" or commas ("Belgian and German") form one group. */
function groupAdjacent(entities: EntityMention[], text: string): EntityMention[][] {
  const groups: EntityMention[][] = [];
  for (const e of entities) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && prev.type === e.type && /^\s*(,|and|or|,\s*and)\s*$/.test(text.slice(prev.span.end, e.span.start))) g.push(e);
    else groups.push([e]);
  }
  return groups;
}

/**
 * Stems of the two content words on each side of a span: the slot an entity fills ("cracked by
 * _ police", "_-based EncroChat"). A source entity in the same slot shares one of them.
 */
function neighbourStems(tokens: Token[], start: number, end: number): Set<string> {
  const content = tokens.filter((t) => isContent(t) && (t.span.end <= start || t.span.start >= end));
  const before = content.filter((t) => t.span.end <= start).slice(-2);
  const after = content.filter((t) => t.span.start >= end).slice(0, 2);
  return new Set([...before, ...after].map((t) => t.stem));
}

/** A count, a sum or a year alone ("in 1907"), not a day. */
function isFigureOrYear(f: FactMention): boolean {
  return f.kind === "quantity" ? f.quantity !== undefined : f.date!.year !== undefined && f.date!.month === undefined;
}

/** Whether two figures or years (see `isFigureOrYear`) are one. */
function sameFigure(a: FactMention, b: FactMention): boolean {
  if (!isFigureOrYear(b) || a.kind !== b.kind) return false;
  return a.kind === "quantity" ? a.quantity!.value === b.quantity!.value : a.date!.year === b.date!.year;
}
