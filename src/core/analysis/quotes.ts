import type { Span } from "../types";
import { spansAsOneLine } from "../text/asOneLine";
import { findEntities, samePerson, type EntityMention } from "./entities";
import { splitSentences } from "./sentences";
import { STOPWORDS } from "./tokens";
import { runToEnd } from "../steps";

/** A direct quotation and who the text says said it. */
export interface QuoteMention {
  /** The quoted words, inside the quote marks. */
  span: Span;
  /** Including the quote marks (to the paragraph end for an unclosed continuation quote). */
  outerSpan: Span;
  text: string;
  /** The speaker's fullest name as the text gives it ("Cressida Dick"), when attributed. */
  speaker?: string;
  /** Where the speaker is named for this quote (the pronoun, for "she said"). */
  speakerSpan?: Span;
  speakerType?: "person" | "organisation" | "other";
  /** How the speaker was found. */
  attribution: "explicit" | "pronoun" | "continuation" | "paragraph" | "none";
}

/**
 * A memory of the names in sentences (a draft is re-read after every edit): `namesIn` returns
 * what `collect` would, for a sentence it has seen with the same text and left context.
 */
export interface SentenceNames {
  namesIn(text: string, sentence: Span, collect: () => NamedMention[]): NamedMention[];
}

/** Verbs that introduce or follow a direct quote in news copy. */
const SPEECH_VERBS =
  "said|says|say|added|adds|told|tells|explained|explains|warned|warns|insisted|insists|claimed|claims|stated|states|" +
  "wrote|writes|continued|continues|concluded|admitted|admits|noted|notes|remarked|argued|argues|urged|urges|described|describes|" +
  "called|calls|declared|declares|announced|announces|commented|comments|replied|replies|asked|asks|vowed|vows|revealed|reveals|" +
  "confirmed|confirms|acknowledged|boasted|complained|conceded|suggested|predicted|promised|pledged|tweeted|posted|recalled";
const VERB_AFTER = new RegExp(`^[\\s,]*(?:(?:${SPEECH_VERBS})\\s+(?:the\\s+)?(.{1,120}?)(?=[,.;:!?]|$|\\s+(?:in|at|on|to|during|after|before|when|while|who|which|that)\\b)|(.{1,100}?)\\s+(?:${SPEECH_VERBS})\\b)`, "u");
const VERB_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS}|according to)\\b`, "giu");
const PRONOUN = /^(she|he|they|we|it)$/i;
/** The subject of a clause opened by "whom", up to its verb: "whom the judge " (see `attribute`). */
const WHOM_SUBJECT_BEFORE = /\bwhom\s+([^,;:"\u201c\u201d]{1,60}?)\s+$/iu;
/** A person's role in apposition (after an age, maybe), up to its "of", right before a name: "Simon Jarrold, founder of the stolen-art register ", "Dev Sandhu, 38, chair of the ". */
const ROLE_OF_BEFORE = /\p{Lu}[\p{L}'\u2019-]*\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){1,4}of\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}\d-]+\s+){0,3}$/u;
/** What a person heads or represents, after "who": "Ruth Okafor, who chairs the " (the Brackmere Dippers are no one a pronoun means), "who represents Ashby Fell". */
const WHO_HEADS_BEFORE = /\bwho\s+(?:(?:has|had)\s+)?(?:(?:currently|now|still|also|once|previously|formerly)\s+)?(?:chairs|chaired|runs|ran|run|leads|led|heads|headed|founded|manages|managed|owns|owned|coaches|captains|directs|organises|organizes|represents|represented)\s+(?:the\s+)?$/;
/** "a" or "an" right before a name: a name used of a thing ("in a Westminster Hall debate"), no one a pronoun means. */
const INDEFINITE_BEFORE = /(?:^|\s)an?\s+$/i;
/**
 * A word and "at" right before a name: "the problems at Marlowe Fields", "staff at Harbour Homes"
 * (a place or a body, no one a pronoun means). Not a verb one does at someone ("shouted at",
 * "looked at", "aimed at").
 */
const PLACE_AT_BEFORE = /\b(?!(?:looked|look|looks|looking|glanced|stared|glared|shouted|yelled|screamed|laughed|smiled|pointed|aimed|swore|waved|lunged|swung|lashed|fired|shot|threw|hurled|snapped|barked|jabbed|spat|directed|levelled|leveled|out)\b)[a-z]{3,}\s+at\s+$/;
/** A part an actor plays, right before its name: "spent 11 years playing mechanic " (Kenny Dale is no one a pronoun means). */
const PLAYED_BEFORE = /\b(?:playing|played|plays|portraying|portrayed|voicing|voiced)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,2}$/u;
/** "which" after a name (and a second joined to it): a thing's, no person's ("Fell Storm and Shepherd's Crossing, both of which"). */
const THING_AFTER = /^(?:\s+and\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)?\s*,\s*(?:(?:both|all|each|neither|none|one)\s+of\s+)?which\b/u;
/** "of" or "of the" right before a name: what a role is of ("the head of Pennine Crest"). */
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
/** What stands between a speaker's role and their name in apposition: a comma, and a title. */
const ROLE_THEN_NAME = /^\s*,\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+)?$/;

/** A person or organisation named in the text, with where. */
export interface NamedMention {
  name: string;
  span: Span;
  type: "person" | "organisation";
  /** Named as a possessor ("Mrs Ellery's son"): whose something is, not who acts. */
  possessor?: true;
  /** The sex an honorific before the name gives ("Mr Ellery": "m", "Mrs Ellery": "f"). */
  sex?: "m" | "f";
  /**
   * The sex a word of kin or a role said right before the name gives ("Her father, Dennis
   * Whitlow": "m"): which of "he" and "she" may mean them (see `KnownNames.lastPersonBefore`).
   */
  kinSex?: "m" | "f";
  /**
   * Named as the agent after "by" ("an inquiry led by Dame Patricia Holloway"), as what a
   * person's role is of ("Simon Jarrold, founder of the stolen-art register Provenance Watch"), or
   * as a thing ("Fell Storm and Shepherd's Crossing, both of which had been cut from their
   * frames"): no subject a later pronoun means.
   */
  agent?: true;
}

/**
 * "watched from the pier as the Hebridean Crest took on another load": two capitalised words after
 * "the" name a ship, a building or a thing, not someone a later "he" means (a title or a word of
 * who they are comes between: "the Rev Ann Hale", "the Frenchman Pierre Vauclair"); so does a name
 * after a noun of a boat or a beast (`THING_NOUN_BEFORE`).
 */
function namesAThing(text: string, span: Span, name: string): boolean {
  if (THING_NOUN_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))) return true;
  // (The title may be inside the name's span, "the Rt Rev Simon Aske": then the words are more than the name.)
  return /(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, span.start - 5), span.start)) && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) && text.slice(span.start, span.end) === name && !/(?:man|woman)\s/.test(name);
}

/**
 * Where someone is from, lives or travels: "Kieran Lowe, 17, from Stoke Allery, catches ...", "who
 * has lived on Orchard Close", "travels in from Fenwick Cross": a place, no one a later "he" means.
 */
const HOMETOWN_BEFORE = /(?:,\s*(?:from|of)|\b(?:lives|lived|living)\s+(?:in|on|at)|\b(?:travels|travelled|traveled|travelling|traveling|commutes|commuted|commuting|drives|drove|driving|walks|walked|cycles|cycled|moved|moves|comes|came)\s+(?:(?:in|over|up|down|back|out)\s+)?(?:from|into|to))\s+$/;

/** A noun of a boat, a beast or a machine right before a name: "whose 10-metre crabber Girl Maisie went down", "his dog Bramble". */
const THING_NOUN_BEFORE = /\b(?:boat|ship|vessel|trawler|crabber|yacht|ferry|tug|lifeboat|dredger|barge|tanker|freighter|liner|schooner|ketch|dinghy|catamaran|horse|racehorse|pony|dog|greyhound|locomotive|aircraft|airliner)\s+$/;

/**
 * A word of kin or a role that says its person's sex, right before their name ("Her father,
 * Dennis Whitlow", "his wife Sarah", "the boy's mother, Jane Hale", "spokeswoman Ann Lee").
 */
const KIN_BEFORE =
  /\b(?:(father|dad|son|brother|husband|grandfather|grandson|uncle|nephew|boyfriend|widower|stepfather|stepson|chairman|spokesman|businessman|policeman|fireman|postman)|(?:mother|mum|daughter|sister|wife|grandmother|granddaughter|aunt|niece|girlfriend|widow|stepmother|stepdaughter|chairwoman|spokeswoman|businesswoman|policewoman|actress))\s*,?\s+$/i;

/** Honorifics that say a person's sex. */
const HONORIFIC_SEX = /^(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Dame|Lady))\.?\s/;

/** "by" just before a name, or before its honorific ("led by Dame Patricia Holloway"). */
const AGENT_BEFORE = /\bby\s+(?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Miss|Lord|Lady|Professor|Prof)\.?\s+)?$/;

/**
 * An age set apart right after a name ("spotted ... by Maureen Tallis, 67, a retired teacher"):
 * someone the story brings in, whom a later pronoun may mean, even after "by".
 */
const AGE_APPOSED_AFTER = /^,\s*\d{1,3}\s*,/;

/** The sex the honorific opening `written` gives, if any. */
function honorificSex(written: string): "m" | "f" | undefined {
  const m = HONORIFIC_SEX.exec(written);
  return m ? (m[1] ? "m" : "f") : undefined;
}

/**
 * Finds direct quotes in the paragraphs of a text and attributes each to a speaker, following
 * news conventions: `X said: "…"`, `"…," said X`, `"…," X said`, `X added`, `according to X`,
 * fragments inside reported speech (`X said crime was "…"`), a pronoun (`she said`) resolved to
 * the last person named, and continuation paragraphs that open with a quote mark and name no
 * new speaker. Surnames alone ("McLean said") resolve to the fullest name seen before.
 */
export function extractQuotes(text: string, paragraphs: Span[], names?: SentenceNames, readings?: ParagraphReadingStore): QuoteMention[] {
  return runToEnd(extractQuotesSteps(text, paragraphs, names, readings ? { readings } : {}));
}

/** Paragraphs read between two pauses of {@link extractQuotesSteps}. */
const PARAGRAPHS_PER_STEP = 25;

/**
 * What the quote finder carries from earlier paragraphs into the next: the names seen (one entry
 * per name, its latest mention, oldest first) and the speaker a continuation paragraph takes.
 */
export interface QuoteFinderState {
  readonly people: ReadonlyMap<string, NamedMention>;
  readonly previousSpeaker: QuoteMention | undefined;
}

/** Where {@link extractQuotesSteps} starts, and what it reports as it reads (to start later from there). */
export interface QuoteFinderProgress {
  /**
   * Start at paragraph `paragraph` in `state`, the state the finder had before it when the text up
   * to that paragraph's start was the same: earlier paragraphs are not read, their quotes not given.
   */
  resume?: { paragraph: number; state: QuoteFinderState };
  /** Called after each paragraph is read, with the state before it (a copy) and its quotes. */
  onParagraph?: (paragraph: number, before: QuoteFinderState, quotes: readonly QuoteMention[]) => void;
  /** Readings of paragraphs to reuse and to add to (see {@link ParagraphReadingStore}). */
  readings?: ParagraphReadingStore;
}

/** `extractQuotes` as a generator that pauses every few paragraphs (for time-sliced checks of long drafts). */
export function* extractQuotesSteps(text: string, paragraphs: Span[], names?: SentenceNames, progress: QuoteFinderProgress = {}): Generator<void, QuoteMention[], void> {
  // A paragraph hard-wrapped in its file is one line of prose ("said Peter\nHale"), every offset
  // as it was (see `asOneLine`). Paragraphs are in order and apart.
  const asWritten = text;
  text = spansAsOneLine(text, paragraphs);
  const out: QuoteMention[] = [];
  const { resume, onParagraph, readings } = progress;
  // Names seen in earlier paragraphs, one entry per name (its latest mention), oldest first: a long
  // draft repeats the same names thousands of times, and every quote consults this list.
  const people = new Map<string, NamedMention>(resume?.state.people);
  let previousSpeaker: QuoteMention | undefined = resume?.state.previousSpeaker;
  for (let pi = resume?.paragraph ?? 0; pi < paragraphs.length; pi++) {
    if (pi > 0 && pi % PARAGRAPHS_PER_STEP === 0) yield;
    const before: QuoteFinderState | undefined = onParagraph ? { people: new Map(people), previousSpeaker } : undefined;
    const para = paragraphs[pi]!;
    // The earlier paragraphs' names, listed only for a paragraph that asks about them (most quote nobody).
    let earlierList: NamedMention[] | undefined;
    const earlier = (): readonly NamedMention[] => (earlierList ??= [...people.values()]);
    const held = readings?.get(text, para);
    let inPara: QuoteMention[];
    let mentions: NamedMention[];
    let ids: string[];
    if (held && answersHold(held, earlier, previousSpeaker)) {
      readings!.reused();
      inPara = held.quotes.map((q) => shiftQuote(q, para.start));
      mentions = held.mentions.map((m) => ({ ...m, span: shiftSpan(m.span, para.start) }));
      ids = held.ids;
    } else {
      const asked: Question[] = [];
      ({ inPara, mentions } = readParagraph(text, para, names, earlier, previousSpeaker, readings && asked));
      ids = mentions.map(mentionId);
      if (readings) {
        readings.set(text, para, {
          quotes: inPara.map((q) => shiftQuote(q, -para.start)),
          mentions: mentions.map((m) => ({ ...m, span: shiftSpan(m.span, -para.start) })),
          ids,
          asked: asked.map((a) => (a.ask === "last" ? { ...a, arg: (a.arg as number) - para.start } : a.ask === "opener" ? { ...a, before: a.before! - para.start } : a)),
        });
      }
    }
    // A quote's text is as written, its line breaks too.
    if (text !== asWritten) inPara = inPara.map((q) => ({ ...q, text: asWritten.slice(q.span.start, q.span.end) }));
    for (const q of inPara) out.push(q);
    if (before) onParagraph!(pi, before, inPara);
    for (let i = 0; i < mentions.length; i++) {
      people.delete(ids[i]!);
      people.set(ids[i]!, mentions[i]!);
    }
    let last: QuoteMention | undefined;
    for (let i = inPara.length - 1; i >= 0 && !last; i--) if (inPara[i]!.speaker) last = inPara[i];
    if (last) previousSpeaker = last;
    else if (inPara.length === 0 && mentions.some((m) => m.type === "person")) previousSpeaker = undefined;
  }
  return out;
}

/**
 * Reads one paragraph: its quotes, attributed, and the names it gives. `earlier`: the names of
 * earlier paragraphs (one per name, oldest first), listed when first needed; `previousSpeaker`: the last attributed quote
 * before it. With `asked`, every question put to those two is listed there with its answer.
 */
function readParagraph(
  text: string,
  para: Span,
  names: SentenceNames | undefined,
  earlier: () => readonly NamedMention[],
  previousSpeaker: QuoteMention | undefined,
  asked?: Question[],
): { inPara: QuoteMention[]; mentions: NamedMention[] } {
  const sentences = splitSentences(text, para.start, para.end, { keepQuotesTogether: true });
  const marks = quoteSpans(text, para);
  // A name inside quote marks is a title or a name spoken ("Bethan Lloyd-Rees's "Nightjar
  // Hours""), no one a pronoun or a speech verb outside them means.
  const inQuotes = (n: NamedMention) => marks.some((q) => q.outerSpan.start <= n.span.start && n.span.end <= q.outerSpan.end);
  const mentions = collectNames(text, sentences, names).filter((n) => !inQuotes(n));
  const inPara: QuoteMention[] = [];
  marks.forEach((q, k) => {
    const quote: QuoteMention = { ...q, text: text.slice(q.span.start, q.span.end), attribution: "none" };
    const sentence = sentences.find((s) => s.start <= q.outerSpan.start && q.outerSpan.start < s.end) ?? para;
    const known = new KnownNames(earlier(), mentions.filter((m) => m.span.end <= q.outerSpan.start), asked && { quote: k, asked });
    attribute(text, quote, sentence, para, known, mentions);
    inPara.push(quote);
  });
  // An unattributed quote takes the speaker of an attributed quote in the same sentence or
  // just before it when its own sentence opens with it; a paragraph that opens with a quote and
  // names nobody before it continues the previous paragraph's speaker.
  for (let k = 0; k < inPara.length; k++) {
    const q = inPara[k]!;
    if (q.speaker) continue;
    const sentence = sentences.find((s) => s.start <= q.outerSpan.start && q.outerSpan.start < s.end) ?? para;
    const opensSentence = /^\s*$/.test(text.slice(sentence.start, q.outerSpan.start));
    const sameSentence = inPara.find((o) => o.speaker && o.attribution !== "continuation" && sentence.start <= o.outerSpan.start && o.outerSpan.start < sentence.end);
    const before = inPara.slice(0, k).reverse().find((o) => o.speaker);
    const opensParagraph = /^\s*$/.test(text.slice(para.start, q.outerSpan.start));
    if (sameSentence) copySpeaker(q, sameSentence, "paragraph");
    else if (opensSentence && before) copySpeaker(q, before, "paragraph");
    // Continuation paragraphs open with a double quote; a single-quoted one is a cross-head.
    else if (opensParagraph && text[q.outerSpan.start] !== "'") {
      asked?.push({ quote: k, ask: "previous", arg: 0, answer: speakerKey(previousSpeaker) });
      if (previousSpeaker?.speaker) copySpeaker(q, previousSpeaker, "continuation");
    }
  }
  return { inPara, mentions: withKnownSurnamesOpening(text, para, mentions, marks, earlier, asked) };
}

/**
 * `mentions` with each sentence of the paragraph that opens on a known person's surname ("Hale
 * taught at ...", which names no one to the entity rules: a lone capital opening a sentence)
 * counted as naming that person, in order: a pronoun in a later paragraph means them. The
 * questions put to the earlier paragraphs are listed in `asked`.
 */
function withKnownSurnamesOpening(text: string, para: Span, mentions: NamedMention[], marks: readonly { outerSpan: Span }[], earlier: () => readonly NamedMention[], asked?: Question[]): NamedMention[] {
  let added: NamedMention[] | undefined;
  for (const m of text.slice(para.start, para.end).matchAll(SENTENCE_OPENING_WORD)) {
    const word = m[1]!;
    const start = para.start + m.index + m[0].length - word.length;
    if (STOPWORDS.has(word.toLowerCase()) || POSSESSIVE_WORD.test(word) || mentions.some((n) => n.span.start <= start && start < n.span.end) || marks.some((q) => q.outerSpan.start <= start && start < q.outerSpan.end)) continue;
    const known = new KnownNames(earlier(), mentions.filter((n) => n.span.end <= start));
    const answer = known.knowsPerson(word) ? known.fullest(word) : "";
    asked?.push({ quote: -1, ask: "opener", arg: word, before: start, answer });
    if (answer) (added ??= []).push({ name: answer, span: { start, end: start + word.length }, type: "person" });
  }
  return added ? [...mentions, ...added].sort((a, b) => a.span.start - b.span.start) : mentions;
}

/** A word written as a possessor ("Hale's"). */
const POSSESSIVE_WORD = /['\u2019]s$/;

/**
 * A paragraph as the quote finder read it, to be reused where it reads the same: its quotes and
 * names, offsets relative to its start, and every question it put to the earlier paragraphs
 * (the names they gave, the last speaker) with the answer it got.
 */
export interface ParagraphReading {
  quotes: QuoteMention[];
  mentions: NamedMention[];
  /** Each mention's key among the names seen (`mentionId`), made once for every copy of the paragraph. */
  ids: string[];
  asked: Question[];
}

/** A name's key among the names seen: one entry per name and type. */
function mentionId(m: NamedMention): string {
  return m.type + "\u0000" + m.name;
}

/** A question a paragraph's quote `quote` put to the earlier paragraphs (see {@link KnownNames}), and its answer. */
interface Question {
  /** The quote that asked, or -1 for the paragraph's own reading of its names (an "opener"). */
  quote: number;
  ask: "last" | "fullest" | "knows" | "previous" | "opener";
  /** The offset (relative to the paragraph, in a reading) or the name asked about. */
  arg: number | string;
  /** For a "last": the sex the pronoun gives ("she": "f"). */
  sex?: "m" | "f";
  /** For an "opener": where the word stands (relative to the paragraph, in a reading); the names before it answer. */
  before?: number;
  answer: string;
}

/**
 * Where the quote finder keeps its paragraph readings: a reading belongs to the paragraph's text
 * and left context (`leftContext`: it decides how the first sentence reads), and is reused only
 * where the earlier paragraphs answer every question it asked as they did then, so the quotes are
 * what reading the paragraph again would give.
 */
export interface ParagraphReadingStore {
  /** The reading kept for a paragraph with the text and left context of `text`'s paragraph `para`. */
  get(text: string, para: Span): ParagraphReading | undefined;
  /** Keeps `reading` as the reading of `text`'s paragraph `para`. */
  set(text: string, para: Span, reading: ParagraphReading): void;
  /** Counts a reuse. */
  reused(): void;
}

/** `known.fullest` asked again as a question recorded it (a name, and the sex its honorific gave). */
function fullestAsked(known: KnownNames, arg: string): string {
  const [name, sex] = arg.split("\u0001");
  return known.fullest(name!, sex as "m" | "f" | undefined);
}

/** Whether the earlier paragraphs answer every question `reading` asked as they did when it was made. */
function answersHold(reading: ParagraphReading, earlier: () => readonly NamedMention[], previousSpeaker: QuoteMention | undefined): boolean {
  for (const q of reading.asked) {
    if (q.ask === "previous") {
      if (speakerKey(previousSpeaker) !== q.answer) return false;
      continue;
    }
    if (q.ask === "opener") {
      const known = new KnownNames(earlier(), reading.mentions.filter((m) => m.span.end <= q.before!));
      if ((known.knowsPerson(q.arg as string) ? known.fullest(q.arg as string) : "") !== q.answer) return false;
      continue;
    }
    const at = reading.quotes[q.quote]!.outerSpan.start;
    const known = new KnownNames(earlier(), reading.mentions.filter((m) => m.span.end <= at));
    const answer = q.ask === "last" ? known.lastPersonBefore(q.arg as number, q.sex) ?? "" : q.ask === "fullest" ? fullestAsked(known, q.arg as string) : String(known.knowsPerson(q.arg as string));
    if (answer !== q.answer) return false;
  }
  return true;
}

/** What a continuation quote takes from the previous speaker. */
function speakerKey(q: QuoteMention | undefined): string {
  return q?.speaker ? q.speaker + "\u0000" + (q.speakerType ?? "") : "";
}

const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

function shiftQuote(q: QuoteMention, by: number): QuoteMention {
  const out: QuoteMention = { ...q, span: shiftSpan(q.span, by), outerSpan: shiftSpan(q.outerSpan, by) };
  if (q.speakerSpan) out.speakerSpan = shiftSpan(q.speakerSpan, by);
  return out;
}

/**
 * The names a quote's attribution may consult: those of earlier paragraphs (all named before the
 * quote) and those named earlier in its own paragraph. Every question goes through here, so a
 * reading can list what it asked of the earlier paragraphs.
 */
class KnownNames {
  constructor(
    private readonly earlier: readonly NamedMention[],
    private readonly local: readonly NamedMention[],
    private readonly log?: { quote: number; asked: Question[] },
  ) {}

  /**
   * The last person named before `offset` (whom a pronoun there means), not as a possessor ("Richard
   * Ellery, 59, Mrs Ellery's son, said ..." then "he said" is Richard's), nor as an agent after
   * "by" ("told the Commons that an inquiry would be led by Dame Patricia Holloway. ... she said").
   * `sex`, the pronoun's ("she": "f"): not a person the text gives the other sex ("Her father,
   * Dennis Whitlow, 81, ... she told Harwick Matters" is not Dennis's).
   */
  lastPersonBefore(offset: number, sex?: "m" | "f"): string | undefined {
    const may = (n: NamedMention): boolean => n.type === "person" && !n.possessor && !n.agent && !(sex && (n.sex ?? n.kinSex ?? sex) !== sex);
    let found: string | undefined;
    for (let i = this.local.length - 1; i >= 0 && found === undefined; i--) {
      const n = this.local[i]!;
      if (may(n) && n.span.end <= offset) found = n.name;
    }
    // Names of earlier paragraphs all end before this paragraph starts.
    for (let i = this.earlier.length - 1; i >= 0 && found === undefined; i--) if (may(this.earlier[i]!)) found = this.earlier[i]!.name;
    this.record("last", offset, found ?? "", sex);
    return found;
  }

  /**
   * The fullest known name for a person ("McLean" -> "Gerry McLean"). `sex`, the one the name's
   * honorific gives ("Mrs Ellery"): where the text calls someone of that surname by the other
   * sex's honorific ("Mr Ellery"), the surname names two people, and the name stays as it is.
   */
  fullest(name: string, sex?: "m" | "f"): string {
    let best = name;
    let twoOfTheName = false;
    // Two people the text names in full by one surname ("Martin Ashdown", "Helen Ashdown"): "said
    // Mrs Ashdown" is neither's by its surname alone.
    let full: string | undefined;
    for (const list of [this.earlier, this.local]) {
      for (const n of list) {
        if (n.type !== "person" || !samePerson(n.name, name)) continue;
        if (n.name.length > best.length) best = n.name;
        if (sex && n.sex && n.sex !== sex) twoOfTheName = true;
        if (!n.name.includes(" ") || name.includes(" ")) continue;
        if (full !== undefined && !samePerson(full, n.name)) twoOfTheName = true;
        full ??= n.name;
      }
    }
    if (twoOfTheName) best = name;
    this.record("fullest", sex ? name + "\u0001" + sex : name, best);
    return best;
  }

  /** Whether a known person may be the one `name` names. */
  knowsPerson(name: string): boolean {
    const known = this.earlier.some((n) => n.type === "person" && samePerson(n.name, name)) || this.local.some((n) => n.type === "person" && samePerson(n.name, name));
    this.record("knows", name, String(known));
    return known;
  }

  private record(ask: Question["ask"], arg: number | string, answer: string, sex?: "m" | "f"): void {
    this.log?.asked.push(sex ? { quote: this.log.quote, ask, arg, answer, sex } : { quote: this.log.quote, ask, arg, answer });
  }
}

function copySpeaker(q: QuoteMention, from: QuoteMention, how: QuoteMention["attribution"]): void {
  q.speaker = from.speaker;
  q.speakerType = from.speakerType;
  q.attribution = how;
}

/** Quote spans in a paragraph: paired double quotes; an unpaired last one runs to the end. */
function quoteSpans(text: string, para: Span): { span: Span; outerSpan: Span }[] {
  const out: { span: Span; outerSpan: Span }[] = [];
  let open = -1;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (c !== '"' && c !== "\u201c" && c !== "\u201d") continue;
    if (open < 0) {
      open = i;
    } else {
      if (i > open + 1) out.push({ span: trim(text, open + 1, i), outerSpan: { start: open, end: i + 1 } });
      open = -1;
    }
  }
  if (open >= 0 && para.end > open + 1) out.push({ span: trim(text, open + 1, para.end), outerSpan: { start: open, end: para.end } });
  // Single-quoted phrases ('criminal marketplace'): quote marks at word boundaries only, so
  // apostrophes in "wouldn't" or "Britain's" never open a quote.
  // The lookbehind sees the text before the paragraph, so a phrase opening it (a headline) counts.
  const single = /(?<![^\s(])'([^'\n]{2,200}?[\p{L}\p{N}.!?,])'(?=[\s.,;:!?)]|$)/gu;
  // Searched in the text up to the paragraph's end (a cheap slice), so a paragraph without such a
  // phrase does not scan the rest of the document for the next one.
  const upToEnd = text.slice(0, para.end);
  single.lastIndex = para.start;
  let m: RegExpExecArray | null;
  while ((m = single.exec(upToEnd)) && m.index < para.end) {
    const start = m.index;
    const end = start + m[1]!.length + 2;
    if (end > para.end) break;
    if (out.some((q) => q.outerSpan.start <= start && end <= q.outerSpan.end)) continue;
    out.push({ span: { start: start + 1, end: end - 1 }, outerSpan: { start, end } });
  }
  return out.sort((a, b) => a.outerSpan.start - b.outerSpan.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s]/.test(text[start]!)) start++;
  while (end > start && /[\s]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** People and organisations named in the sentences, outside quotes, surnames resolved. */
function collectNames(text: string, sentences: Span[], memo?: SentenceNames): NamedMention[] {
  const out: NamedMention[] = [];
  for (const s of sentences) out.push(...(memo ? memo.namesIn(text, s, () => namesOf(text, s)) : namesOf(text, s)));
  return out;
}

function namesOf(text: string, s: Span): NamedMention[] {
  return namedMentions(text, findEntities(text, s.start, s.end));
}

/**
 * The people and organisations among `entities` as the quote finder keeps them, their spans
 * moved `by` characters into `text` (where they are read: a possessor, "Mrs Ellery's", is marked).
 */
export function namedMentions(text: string, entities: readonly EntityMention[], by = 0): NamedMention[] {
  const out: NamedMention[] = [];
  for (const e of entities) {
    if (e.type !== "person" && e.type !== "organisation") continue;
    const span = by ? { start: e.span.start + by, end: e.span.end + by } : e.span;
    const n: NamedMention = isPossessor(text, span) ? { name: e.name, span, type: e.type, possessor: true } : { name: e.name, span, type: e.type };
    const sex = e.type === "person" ? honorificSex(e.text) : undefined;
    if (sex) n.sex = sex;
    const kin = e.type === "person" && !sex ? KIN_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start)) : null;
    if (kin) n.kinSex = kin[1] ? "m" : "f";
    if (e.type === "person" && ((AGENT_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) && !AGE_APPOSED_AFTER.test(text.slice(span.end, span.end + 8))) || ROLE_OF_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) || WHO_HEADS_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || PLAYED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) || THING_AFTER.test(text.slice(span.end, span.end + 60)) || namesAThing(text, span, e.name) || HOMETOWN_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) || PLACE_AT_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || toldBySomeoneNamed(text, span, out))) n.agent = true;
    out.push(n);
  }
  return out;
}

/**
 * Whether the name at `span` is whom a person named before it in its sentence told something
 * ("Priya Menon ... told Brackenford Beat she was"): the one told is no one a later pronoun means.
 */
function toldBySomeoneNamed(text: string, span: Span, before: readonly NamedMention[]): boolean {
  return /\btold\s+$/.test(text.slice(Math.max(0, span.start - 8), span.start)) && before.some((m) => m.type === "person" && !m.agent && m.span.end <= span.start && !/[.!?]/.test(text.slice(m.span.end, span.start)));
}

function attribute(text: string, quote: QuoteMention, sentence: Span, para: Span, known: KnownNames, paraNames: NamedMention[]): void {
  const after = text.slice(quote.outerSpan.end, Math.min(para.end, quote.outerSpan.end + 160));
  // Stop at the next quote: its attribution is its own.
  const afterClause = after.split(/["\u201c\u201d]/)[0]!;
  // `"…". Next sentence` ends the quote's sentence: attribution must come before a full stop.
  // `"…." Next sentence` ends the quote's sentence, and so does a line break: attribution after a
  // quote must come before either.
  const sentenceEnded = /^[ \t]*[.!?\n]/.test(afterClause) || /^\s*\n/.test(afterClause) || (/[.!?]$/.test(quote.text) && /^\s*\p{Lu}/u.test(afterClause));
  const m = sentenceEnded ? null : VERB_AFTER.exec(afterClause);
  if (m) {
    const who = (m[1] ?? m[2] ?? "").trim();
    const whoStart = quote.outerSpan.end + afterClause.indexOf(who);
    // `"…," said the agency's director of exploration, Dr Marta Lindqvist`, `said Greenfield
    // Trust's chief executive, Helen Marsh-Adey`: a role (of a body, even), then the person in
    // apposition, who said it.
    const roleEnd = whoStart + who.length;
    const named = m[1] ? paraNames.find((n) => n.type === "person" && n.span.start > roleEnd && ROLE_THEN_NAME.test(text.slice(roleEnd, n.span.start))) : undefined;
    if (named) {
      setSpeaker(quote, known.fullest(named.name, named.sex), named.span, "person", "explicit");
      return;
    }
    if (openedBySurname(text, quote, who, whoStart, para, known, paraNames)) return;
    if (resolveSpeaker(text, quote, who, whoStart, known, paraNames)) return;
  }
  // Before the quote, in its sentence: the subject of the last speech verb.
  const beforeText = text.slice(sentence.start, quote.outerSpan.start);
  let verb: RegExpExecArray | undefined;
  VERB_BEFORE.lastIndex = 0;
  for (let v: RegExpExecArray | null; (v = VERB_BEFORE.exec(beforeText)); ) verb = v;
  if (!verb) {
    if (/:\s*$/.test(beforeText)) colonOpener(text, quote, sentence, known, paraNames);
    return;
  }
  const verbAt = sentence.start + verb.index;
  if (/^according to$/i.test(verb[0])) {
    const rest = text.slice(verbAt + verb[0].length, quote.outerSpan.start);
    const who = /^\s*(?:the\s+)?([^,;:]{1,80})/.exec(rest)?.[1]?.trim() ?? "";
    resolveSpeaker(text, quote, who, verbAt + verb[0].length + rest.indexOf(who), known, paraNames);
    return;
  }
  // "Jason Pryce, whom the judge called Morrow's "willing lieutenant"": a speech verb of a clause
  // opened by "whom" has its own subject, between the two; the person before it is the object.
  const objectClause = WHOM_SUBJECT_BEFORE.exec(text.slice(Math.max(sentence.start, verbAt - 80), verbAt));
  if (objectClause) {
    const who = objectClause[1]!;
    resolveSpeaker(text, quote, who, verbAt - objectClause[0].length + objectClause[0].indexOf(who), known, paraNames);
    return;
  }
  // The subject: the first person named in the sentence before the verb, else a pronoun
  // right before the verb, else the first organisation.
  // Not inside a relative clause: "Pennock, who organises for the union across North Mercia,
  // insisted" is Pennock's, whatever the clause names.
  const clauses = relativeClauses(text.slice(sentence.start, verbAt), sentence.start);
  const subjectNames = paraNames.filter((n) => n.span.start >= sentence.start && n.span.end <= verbAt && !insideAnyQuote(text, sentence, n.span) && !clauses.some((c) => n.span.start >= c.start && n.span.end <= c.end));
  // Not a possessor: "Atlantica Air's chief executive, Rui Cardoso, said", "Smith's lawyer said".
  // Nor what a role is of, where the person in apposition after it holds the role: "The head of
  // Pennine Crest, Martin Halloway, said" (a body's name may read as a person's).
  const roleHeld = (n: NamedMention) =>
    OF_BEFORE.test(text.slice(Math.max(sentence.start, n.span.start - 8), n.span.start)) &&
    subjectNames.some((o) => o.type === "person" && o.span.start > n.span.end && ROLE_THEN_NAME.test(text.slice(n.span.end, o.span.start)));
  const person = subjectNames.find((n) => n.type === "person" && !isPossessor(text, n.span) && !roleHeld(n));
  const pronoun = /\b(she|he|they|we|it)\s*$/i.exec(text.slice(sentence.start, verbAt));
  // A lone word opening the sentence before its relative clause ("Pennock, who ..."): the subject,
  // a name if the names known so far say so, else no speaker that can be told (never one the
  // clause names).
  const opener = clauses[0] && !person ? /^\s*(\p{Lu}[\p{Ll}'\u2019-]+)\s*$/u.exec(text.slice(sentence.start, clauses[0].start)) : null;
  if (opener) {
    resolveSpeaker(text, quote, opener[1]!, sentence.start + opener.index + opener[0].indexOf(opener[1]!), known, []);
    return;
  }
  if (person) {
    setSpeaker(quote, known.fullest(person.name, person.sex), person.span, "person", "explicit");
  } else if (pronoun) {
    const at = sentence.start + pronoun.index;
    if (!openedBySurname(text, quote, pronoun[1]!, at, para, known, paraNames)) resolveSpeaker(text, quote, pronoun[1]!, at, known, paraNames);
  } else {
    // A surname alone ("McLean said:") that findEntities leaves unclassified at a sentence start.
    const bare = /(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)\s*,?\s*$/u.exec(text.slice(sentence.start, clauses.find((c) => c.end === verbAt)?.start ?? verbAt));
    if (bare && resolveSpeaker(text, quote, bare[1]!, sentence.start + bare.index, known, [])) return;
    const org = subjectNames.find((n) => n.type === "organisation");
    if (org) setSpeaker(quote, org.name, org.span, "organisation", "explicit");
    else {
      // "A Westway spokesperson said", "the consumer group Which? said": the body speaks, named
      // or not by a word findEntities knows.
      const before = text.slice(sentence.start, verbAt);
      const body = SPOKESPERSON_OF.exec(before) ?? BODY_NAMED.exec(before);
      if (body) {
        const at = sentence.start + body.index + body[0].indexOf(body[1]!);
        setSpeaker(quote, body[1]!, { start: at, end: at + body[1]!.length }, "organisation", "explicit");
      }
    }
  }
}

/**
 * "Tom Ashdown, of Grierson Capital, was blunter: "…"": a sentence with no speech verb that opens
 * on a person's name and ends on a colon before the quote gives the quote to that person.
 */
function colonOpener(text: string, quote: QuoteMention, sentence: Span, known: KnownNames, paraNames: NamedMention[]): void {
  const opens = (n: NamedMention) => n.span.start >= sentence.start && !/\S/.test(text.slice(sentence.start, n.span.start));
  const person = paraNames.find((n) => n.type === "person" && opens(n) && !isPossessor(text, n.span));
  if (person) {
    setSpeaker(quote, known.fullest(person.name, person.sex), person.span, "person", "explicit");
    return;
  }
  // A surname alone ("Kell was philosophical:"), as the names known so far resolve it.
  const bare = /^\s*(\p{Lu}[\p{L}'\u2019-]+)(?=[\s,])/u.exec(text.slice(sentence.start, quote.outerSpan.start));
  if (bare && !paraNames.some((n) => n.type !== "person" && opens(n))) resolveSpeaker(text, quote, bare[1]!, sentence.start + bare.index + bare[0].indexOf(bare[1]!), known, []);
}

/** "the consumer group Which?", "the charity Shelter" right before a speech verb: a kind of body, then its name. */
const BODY_NAMED = /\b(?:group|charity|union|company|firm|organisation|organization|watchdog|regulator|campaigners|think tank)\s+(\p{Lu}[\p{L}'\u2019&-]*[?!]?(?:\s+\p{Lu}[\p{L}'\u2019&-]*[?!]?)*)\s*,?\s*$/u;

/** "A Westway spokesperson", "the Unite official" right before a speech verb: the capitalised words name the body. */
const SPOKESPERSON_OF = /\b(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}'\u2019&-]*(?:\s+\p{Lu}[\p{L}'\u2019&-]*)*)\s+(?:spokesperson|spokesman|spokeswoman|representative|official|source)\s*,?\s*$/u;

/**
 * The relative clauses set apart by commas in `before` (a sentence up to its speech verb, starting
 * at `offset` in the text): from ", who" or ", whose" (or ", a Conservative who") to the next
 * comma, as text spans.
 */
function relativeClauses(before: string, offset: number): Span[] {
  const out: Span[] = [];
  for (const m of before.matchAll(/,\s*(?:(?:a|an|the)\s+[^,]*?)?\b(?:who|whose)\b[^,]*,/g)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  // "The retired teacher who chairs Tarnbury Bill Payers Action complained": a clause not set
  // apart runs from its "who" to the speech verb.
  const open = /\s(?:who|whose)\s+[^,]*$/.exec(before);
  if (open && !out.some((c) => c.end > offset + open.index)) out.push({ start: offset + open.index, end: offset + before.length });
  return out;
}

/** Whether the name at `span` is written as a possessor ("Smith's", "Atlantica Air’s", "Hale Crossings' boss"). */
function isPossessor(text: string, span: Span): boolean {
  const name = text.slice(span.start, span.end);
  const after = text.slice(span.end, span.end + 4);
  if (POSSESSIVE_WORD.test(name) || /^['\u2019]s\b/.test(after)) return true;
  // A plural's apostrophe alone, before the noun it possesses: "Hale Crossings' boss".
  return (/s$/.test(name) && /^['\u2019]\s+\p{Ll}/u.test(after)) || (/s['\u2019]$/.test(name) && /^\s+\p{Ll}/u.test(after));
}

function insideAnyQuote(text: string, sentence: Span, span: Span): boolean {
  const before = text.slice(sentence.start, span.start);
  return ((before.match(/"/g) ?? []).length % 2) === 1;
}

/**
 * "Kell, who now trails Ferrandi on 168 points, was philosophical. “…,” he said.": a surname
 * opening a sentence of the quote's paragraph before it, where `findEntities` reads no name (a
 * sentence's first capital says nothing), is the person the text named before by that surname;
 * "he" or "she" is them, unless a person is named after it. Sets the speaker and says so.
 */
function openedBySurname(text: string, quote: QuoteMention, who: string, whoStart: number, para: Span, known: KnownNames, paraNames: readonly NamedMention[]): boolean {
  if (!/^(?:he|she)$/i.test(who)) return false;
  const before = Math.min(whoStart, quote.outerSpan.start);
  const scope = text.slice(para.start, before);
  let found: Span | undefined;
  for (const m of scope.matchAll(SENTENCE_OPENING_WORD)) {
    const start = para.start + m.index + m[0].length - m[1]!.length;
    if (!paraNames.some((n) => n.span.start <= start && start < n.span.end) && known.knowsPerson(m[1]!)) found = { start, end: start + m[1]!.length };
  }
  if (!found || paraNames.some((n) => n.type === "person" && n.span.start > found!.start && n.span.end <= before)) return false;
  setSpeaker(quote, known.fullest(text.slice(found.start, found.end)), { start: whoStart, end: whoStart + who.length }, "person", "pronoun");
  return true;
}

/** A sentence's first word, capitalised, before a space or comma (see `openedBySurname`). */
const SENTENCE_OPENING_WORD = /(?:^|[.!?]["\u201d\u2019]?\s+)(\p{Lu}[\p{Ll}'\u2019-]+)(?=[\s,])/gu;

/** Resolves the words naming a speaker ("Met commissioner Cressida Dick", "she") to a name. */
function resolveSpeaker(text: string, quote: QuoteMention, who: string, whoStart: number, known: KnownNames, paraNames: NamedMention[]): boolean {
  if (!who) return false;
  if (PRONOUN.test(who)) {
    if (/^(it|we)$/i.test(who)) return false;
    const pronoun = who.toLowerCase();
    const last = known.lastPersonBefore(whoStart, pronoun === "he" ? "m" : pronoun === "she" ? "f" : undefined);
    if (last === undefined) return false;
    setSpeaker(quote, known.fullest(last), { start: whoStart, end: whoStart + who.length }, "person", "pronoun");
    return true;
  }
  const inWho = paraNames.filter((n) => n.span.start >= whoStart && n.span.end <= whoStart + who.length + 1);
  const person = inWho.find((n) => n.type === "person");
  if (person) {
    setSpeaker(quote, known.fullest(person.name, person.sex), person.span, "person", "explicit");
    return true;
  }
  const org = inWho.find((n) => n.type === "organisation");
  if (org) {
    setSpeaker(quote, org.name, org.span, "organisation", "explicit");
    return true;
  }
  // A lone surname or a name findEntities could not place ("McLean", "Mcnulty").
  const name = /\b(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)\s*$/u.exec(who)?.[1];
  if (name && known.knowsPerson(name)) {
    setSpeaker(quote, known.fullest(name), { start: whoStart + who.lastIndexOf(name), end: whoStart + who.lastIndexOf(name) + name.length }, "person", "explicit");
    return true;
  }
  void text;
  return false;
}

function setSpeaker(q: QuoteMention, name: string, span: Span, type: QuoteMention["speakerType"], how: QuoteMention["attribution"]): void {
  q.speaker = name;
  q.speakerSpan = span;
  q.speakerType = type;
  q.attribution = how;
}

export type { EntityMention };
