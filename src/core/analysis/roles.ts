/**
 * The posts and trades a text gives its people: "Colin Strachan, Meridian's operations director
 * for the north, said", "clinical director Dr Anwen Marsh", "Joan Pettifer, 74, is chief executive
 * of Healthwatch Westmere", "The trust's chief executive, Dr Fiona Reddaway,". A role is read as
 * its head word ("director"), the words before it that say which ("operations"), and what a "for"
 * after it says it is for ("the north"); whose body it is ("Meridian's", "of Healthwatch
 * Westmere") is left to the names around it.
 */
import type { Span } from "../types";

/** A person's role as a text gives it. */
export interface PersonRole {
  /** The person's name as the entity reads it ("Colin Strachan"). */
  person: string;
  /** The role's words as written, without an article or whose body it is ("operations director for the north"). */
  text: string;
  span: Span;
  /** The role's head word, lowercase, one word for a head written in several ways ("director"; "chair" of "chairman"). */
  head: string;
  /** The head word as written, lowercase ("chairman"). */
  written: string;
  /** The words that say which role of the head it is, lowercase, in order ("operations"; "cabinet", "leisure"). */
  which: string[];
  /** What kind of role: a post in a body, a trade, or owning or founding a thing (see `ROLE_KINDS`). */
  kind: RoleKind;
  /** Every word of the role as written with whose body it is, lowercase ("chair of the local branch of the Police Federation"). */
  context: string[];
}

/** Kinds of role: a claim's role is weighed against the sources' roles of its kind only (a founder may be a teacher too). */
export type RoleKind = "post" | "trade" | "owner";

/**
 * The head words of roles: posts, and trades a report names people by. A word not here is no
 * role: the list errs short, as a role read where there is none would deny a true claim.
 */
const ROLE_KINDS: ReadonlyMap<string, RoleKind> = new Map([
  ...(
    "director executive manager leader member chair chairman chairwoman chairperson president secretary treasurer officer spokesman " +
    "spokeswoman spokesperson head mayor councillor governor principal headteacher headmaster headmistress editor minister " +
    "commissioner superintendent constable sergeant coordinator organiser organizer trustee partner captain skipper curator warden"
  )
    .split(" ")
    .map((w) => [w, "post"] as const),
  ...(
    "vet surgeon consultant nurse paramedic teacher lecturer professor researcher scientist engineer architect fisherman farmer " +
    "coastguard lifeguard driver pilot landlord landlady publican shopkeeper librarian ranger solicitor barrister lawyer accountant inspector " +
    "firefighter clerk operator electrician plumber mechanic fitter midwife pharmacist dentist journalist photographer shepherd gamekeeper " +
    "chef baker butcher postman postwoman miner joiner carpenter welder labourer caretaker receptionist"
  )
    .split(" ")
    .map((w) => [w, "trade"] as const),
  ...["founder", "co-founder", "owner", "co-owner"].map((w) => [w, "owner"] as const),
]);
const HEADS: ReadonlySet<string> = new Set(ROLE_KINDS.keys());
/** Heads written in more than one way, as one ("chairman" is a chair, "head teacher" a headteacher). */
const SAME_HEAD: Readonly<Record<string, string>> = {
  chairman: "chair", chairwoman: "chair", chairperson: "chair", spokesman: "spokesperson", spokeswoman: "spokesperson",
  headmaster: "headteacher", headmistress: "headteacher", organizer: "organiser", "co-founder": "founder", "co-owner": "owner",
};
/** Words before a head that make it no post but a count or a rank ("the fourth cabinet minister to leave"). */
const RANKS = new Set("first second third fourth fifth sixth seventh eighth ninth tenth last latest next only another other most".split(" "));
/** Words that put a role at another time than the report's ("previously finance director", "currently chief executive"). */
const OTHER_TIME = new Set("previously formerly currently now once later still also then".split(" "));
/** Heads that say only that someone leads ("head of Fellbeck Primary School", "the union's boss"): any post's holder may be called so. */
const GENERIC_HEADS = new Set(["head", "boss", "chief"]);
/** Posts a "leader" may be: a union's or a society's leader is its general secretary, president or chair, a campaign's its organiser. */
const LEADER_POSTS = new Set(["secretary", "president", "chair", "convenor", "organiser", "coordinator"]);
/** Words that say nothing of which role it is ("the former chief executive" is a chief executive's post). */
const NEUTRAL = new Set([
  ...["former", "retired", "acting", "interim", "new", "current", "then", "longtime", "long-serving", "local", "veteran", "joint"],
  // What the holder is doing or how they came to it, not which post: "the visiting minister", "the outgoing owner".
  ...["visiting", "outgoing", "incoming", "retiring", "departing", "serving", "sitting", "returning", "elected", "appointed", "re-elected", "newly-appointed", "newly-elected", "recently"],
]);

/** Lowercase words that end a role's words when reading back from its head ("said clinical director"). */
const STOP = new Set(
  "the a an and or but of for to from by with at in on as is was are were be been has have had said says told tells added warned who whose which that this its his her their our your my after before when while than according".split(" "),
);

/** One more thing a post is for, after a list's comma or "and": ", leisure", " and tourism". */
const FOR_LIST_MORE = /^(?:,\s+([a-z][a-z-]*)(?=,|\s+and\b|\s+&)|,?\s+(?:and|&)\s+([a-z][a-z-]*)(?=[,.;:)]|$|\s+(?:said|says|told|has|had|is|was|who|will|would)\b))/;

/** A role word: lowercase letters, perhaps hyphened ("co-founder", "long-serving"). */
const ROLE_WORD = /^[a-z][a-z-]*$/;

/** What may stand between a name and its role after it: an age (", 49,"), a copula ("is the"), a clause of "who" and a copula (", who walked 120 miles, is a"). */
const AFTER_NAME = /^(?:,\s+(?:aged\s+)?\d{1,3})?(?:,\s+who\s+[^,;:"\u201c\u201d]{1,80},\s+(?:is|was)\s+|,\s+(?:(?:is|was|has\s+been|had\s+been|became|becomes)\s+)?|\s+(?:is|was|has\s+been|had\s+been|became|becomes)\s+)(?:(?:the|a|an)\s+)?/;
/** Where a role after a name ends: a comma, a clause's end, a verb of saying, a relative pronoun. */
const ROLE_END = /[,.;:()\u2013\u2014]|\s(?:said|says|told|tells|added|warned|who|which|and|but|since|until|when|while|after|before|has|had|is|was|will|would)\b/;

/**
 * The roles `text` gives people: `people` are the names of its person entities with their spans
 * (offsets into `text`), `span` the sentence to read within.
 */
export function rolesIn(text: string, span: Span, people: readonly { name: string; span: Span }[]): PersonRole[] {
  const out: PersonRole[] = [];
  for (const p of people) {
    // Both where both are given: "The show's flying display director, Annette Quayle, a retired
    // squadron leader" holds a post and had a trade.
    const after = roleAfter(text, span, p.span);
    const before = roleBefore(text, span, p.span);
    if (after) out.push({ person: p.name, ...after });
    if (before && (!after || before.kind !== after.kind)) out.push({ person: p.name, ...before });
  }
  return out;
}

/** "Colin Strachan, Meridian's operations director for the north, said": a role after its name. */
function roleAfter(text: string, span: Span, name: Span): Omit<PersonRole, "person"> | undefined {
  const rest = text.slice(name.end, Math.min(span.end, name.end + 120));
  const lead = AFTER_NAME.exec(rest);
  if (!lead) return undefined;
  const start = name.end + lead[0].length;
  const phrase = text.slice(start, Math.min(span.end, name.end + 120));
  const end = phrase.search(ROLE_END);
  return readRole(text, start, start + (end < 0 ? phrase.length : end));
}

/**
 * "clinical director Dr Anwen Marsh", "The trust's chief executive, Dr Fiona Reddaway,": a role
 * right before its name, or before it and a comma. Its first word may open the sentence ("Chief
 * executive Pieter Vanhove has promised").
 */
function roleBefore(text: string, span: Span, name: Span): Omit<PersonRole, "person"> | undefined {
  let end = name.start;
  // A title the entity left out ("Dr", "Cllr") stands between the role and the name.
  const title = /(?:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Cllr|Councillor)\.?\s+)$/.exec(text.slice(Math.max(span.start, end - 14), end));
  if (title) end -= title[0].length;
  const comma = /,?\s+$/.exec(text.slice(Math.max(span.start, end - 3), end));
  if (comma) end -= comma[0].length;
  const before = text.slice(Math.max(span.start, end - 80), end);
  const words = [...before.matchAll(/[\p{L}'\u2019-]+/gu)];
  const last = words[words.length - 1];
  if (!last || last.index! + last[0].length !== before.length) return undefined;
  const opensSentence = (m: RegExpMatchArray): boolean => OPENING.test(text.slice(span.start, end - before.length + m.index!));
  // A capitalised word opening the sentence is a role's word only if it is one of the words roles are made of ("Chief executive Pieter Vanhove"; not "Kasterlee chief executive ...").
  const lower = (m: RegExpMatchArray): string | undefined => (ROLE_WORD.test(m[0]) ? m[0] : opensSentence(m) && (HEADS.has(m[0].toLowerCase()) || OPENING_ROLE_WORDS.has(m[0].toLowerCase())) ? m[0].toLowerCase() : undefined);
  if (!HEADS.has(lower(last) ?? "")) return undefined;
  let first = words.length - 1;
  while (first > 0 && words.length - first <= 3) {
    const w = lower(words[first - 1]!);
    if (!w || STOP.has(w)) break;
    first--;
  }
  // With a comma, the role must open its clause ("The trust's chief executive, Dr ..."): else the
  // words before the name are another's ("the chief executive, the treasurer, and Dawn Pryor").
  const startAt = end - before.length + words[first]!.index!;
  if (comma?.[0].startsWith(",") && !/(?:^|[.;:]\s*|\b(?:the|a|an)\s+|['\u2019]s\s+)$/i.test(text.slice(span.start, startAt))) return undefined;
  return readRole(text, startAt, end, opensSentence(words[first]!));
}

/** A body's name of capitalised words before a role in lower case: "(the) Brackenmoor Rovers manager". */
const OWNER_NAMED = /^(?:the\s+)?(?:[\p{Lu}][\p{L}'\u2019-]*\s+){1,4}(?=\p{Ll})/u;

/** Words a role may open a sentence on, capitalised: "Chief executive ...", "Senior partner ...". */
const OPENING_ROLE_WORDS = new Set("chief senior deputy assistant vice executive managing general clinical artistic lead principal junior former retired acting interim local council cabinet branch opposition group regional district county city town parish".split(" "));

/** What may come before a sentence's first word: nothing, an opening quote or bracket. */
const OPENING = /^[\s"'\u201c\u2018(]*$/;

/**
 * The role in `text` from `start` to `end`: an article and whose body it is dropped ("the
 * council's", "Meridian's"), then role words to a head word, then what a "for" after it says.
 * `opening`: the role opens its sentence, so its first word may be capitalised.
 */
function readRole(text: string, start: number, end: number, opening = false): Omit<PersonRole, "person"> | undefined {
  const raw = text.slice(start, end);
  // (Or a body's name before the role, no possessive: "the Brackenmoor Rovers manager".)
  const owner = (opening ? null : OWNER_NAMED.exec(raw)) ?? /^(?:(?:the|a|an)\s+)?(?:(?:[\p{Lu}][\p{L}'\u2019-]*\s+){0,4}[\p{L}'\u2019-]*['\u2019]s\s+|(?:\p{Ll}+\s+){1,2}\p{Ll}+['\u2019]s\s+)?/u.exec(raw)!;
  // (And an age before the role's words: "a 67-year-old retired head teacher".)
  const lead = owner[0] + (/^\d{1,3}-year-old\s+/.exec(raw.slice(owner[0].length))?.[0] ?? "");
  const body = raw.slice(lead.length);
  const words = [...body.matchAll(/\S+/g)].map((m, i) => ({ text: i === 0 && opening && lead === "" ? m[0].toLowerCase() : m[0], at: m.index! }));
  let head = -1;
  for (let i = 0; i < words.length && i < 4; i++) {
    const w = words[i]!.text;
    if (!ROLE_WORD.test(w)) break;
    if (HEADS.has(w) && !HEADS.has(words[i + 1]?.text ?? "")) {
      head = i;
      break;
    }
  }
  if (head < 0) return undefined;
  const which = words.slice(0, head).map((w) => w.text).filter((w) => !NEUTRAL.has(w));
  if (which.some((w) => STOP.has(w) || RANKS.has(w) || OTHER_TIME.has(w))) return undefined;
  // "finance director at another NHS trust", "head of a primary school": a post at some other body.
  if (/^\s+(?:of|at|with|for)\s+(?:a|an|another|one)\s/.test(body.slice(words[head]!.at + words[head]!.text.length) + " ")) return undefined;
  let stop = head + 1;
  // "cabinet member for finance", "operations director for the north": what the post is for says which.
  if (words[stop]?.text === "for") {
    let k = stop + 1;
    while (k < words.length && k <= stop + 4 && /^[a-z][a-z-]*$/.test(words[k]!.text)) {
      if (!STOP.has(words[k]!.text) && !NEUTRAL.has(words[k]!.text)) which.push(words[k]!.text);
      k++;
    }
    stop = k;
  }
  const from = start + lead.length;
  let to = from + words[stop - 1]!.at + words[stop - 1]!.text.length;
  // "cabinet member for culture, leisure and tourism": a list of what it is for runs on past a comma.
  if (words[head + 1]?.text === "for" && stop === words.length) {
    for (let m = FOR_LIST_MORE.exec(text.slice(to, to + 40)); m && !STOP.has(m[1] ?? m[2]!); m = FOR_LIST_MORE.exec(text.slice(to, to + 40))) {
      which.push(m[1] ?? m[2]!);
      to += m[0].length;
    }
  }
  let headWord = words[head]!.text;
  // "head teacher" is a headteacher, a "veterinary surgeon" a vet.
  if (headWord === "teacher" && which[which.length - 1] === "head") {
    which.pop();
    headWord = "headteacher";
  } else if (headWord === "surgeon" && which[which.length - 1] === "veterinary") {
    which.pop();
    headWord = "vet";
  }
  const context = text.slice(start, Math.max(to, end)).toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const written = text.slice(from, to);
  // A retired post is a trade one was in ("a retired head teacher", "a retired police officer"):
  // weighed against trades, not a post held now.
  const retired = words.slice(0, head).some((w) => w.text === "retired");
  return { text: opening && !lead ? written.charAt(0).toLowerCase() + written.slice(1) : written, span: { start: from, end: to }, head: SAME_HEAD[headWord] ?? headWord, written: headWord, which, kind: retired ? "trade" : ROLE_KINDS.get(headWord)!, context };
}

/**
 * Whether a claim's role may be a source's. Of one head, unless each says which role it is in
 * words the other does not ("artistic director" and "executive director"; "cabinet member for
 * finance" and "leisure cabinet member"): a claim may say more than a source ("coach driver" of
 * "driver") or less ("director" of "clinical director"), and words of whose post it is count
 * ("opposition leader" of "leader of the opposition Independent Alliance group"). Of two heads,
 * only where one says no more than that someone leads ("head of Fellbeck Primary School"), or a
 * claim's "leader" is a source's general secretary, president or chair.
 */
export function mayBeRole(claim: Pick<PersonRole, "head" | "which">, source: Pick<PersonRole, "head" | "which" | "context">): boolean {
  if (GENERIC_HEADS.has(claim.head) || GENERIC_HEADS.has(source.head) || (claim.head === "leader" && LEADER_POSTS.has(source.head))) return true;
  if (claim.head !== source.head) return false;
  const claimsMore = claim.which.some((w) => !source.which.includes(w) && !source.context.includes(w));
  const sourceSaysMore = source.which.some((w) => !claim.which.includes(w));
  return !(claimsMore && sourceSaysMore);
}
