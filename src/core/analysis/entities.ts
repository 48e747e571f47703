import type { Span } from "../types";
import { lookupPlace, MAX_PLACE_WORDS, placeOfOrganisation } from "./gazetteer";
import { isCalendarWord } from "./quantities";
import { STOPWORDS, tokenize, type Token } from "./tokens";
import { isPastVerb } from "./verbs";

export type EntityType = "person" | "organisation" | "place" | "event" | "other";

/** A named thing mentioned in a text. */
export interface EntityMention {
  span: Span;
  /** As written, titles included ("Det Chief Supt Gerry McLean"). */
  text: string;
  type: EntityType;
  /** The name without titles ("Gerry McLean"); for places the canonical place ("United Kingdom"). */
  name: string;
  /** Lowercase key for matching: canonical place, person's full name, organisation's name. */
  key: string;
  /** For organisations: the place their name contains ("Police Scotland" -> "Scotland"). */
  place?: string;
}

/** Institutions' words ("Harbrook Museum", "Castlebridge General Hospital", "the National Gallery", "Ashby Leisure Centre"). */
const INSTITUTION_WORDS = "museum gallery library theatre theater zoo orchestra opera hospital infirmary garden gardens cathedral centre center lido baths".split(" ");

/** Words that make a capitalised run an organisation. */
const ORG_WORDS = new Set(
  (
    "police agency council ministry department office service services force court courts party bank group company " +
    "commission authority unit squad corporation university college committee parliament government assembly " +
    "europol eurojust interpol agency's nhs army navy trust trusts hospitals foundation association federation union institute " +
    "organisation organization society alliance coalition charity records guard coastguard " +
    "express times post mail herald guardian telegraph journal news gazette chronicle tribune observer mirror standard " +
    "bbc itv reuters press network networks inc ltd plc llp co constabulary prosecution prosecutors cps fbi cia nca " +
    // Words of companies' names ("Harlow Motors", "Northern Airways").
    "transit transport metro motors airways airlines energy foods pharmaceuticals systems technologies industries holdings capital media " +
    "studio studios ventures logistics railway railways highways infrastructure insurance investments buses coaches trains trams rail water homes stores " +
    "supermarkets hotels airport club fc academy school primary renewables utilities developments properties engineering " +
    "builders contractors paving maritime freight lines shipping consultants consultancy partners solicitors architects surveyors " +
    // Finance houses ("Northgate Securities", "Halden Asset Management").
    "securities brokers markets management advisory analytics economics finance financial " +
    // Miners by what they dig ("Greywether Lithium", "Cornish Minerals").
    "mining minerals resources metals lithium " +
    // Buildings by name ("Marlow House", "Grenfell Tower", "the Brayford Hotel"): no one's surname.
    "house tower hotel " +
    // Sports clubs ("Eastfield Rovers", "Leeds United", "Charlton Athletic").
    "rovers rangers wanderers athletic albion hotspur united " +
    // Funds, schemes and regulators ("the Condition Improvement Fund", "the Health and Safety
    // Executive", "the Housing Ombudsman"): no one's surname.
    "fund funds scheme programme board executive tribunal inspectorate regulator ombudsman league campaign " +
    // Choirs and ensembles ("Castlebridge Youth Choir").
    "choir choirs chorus ensemble " +
    // Cafés, pubs and restaurants ("the Driftwood Café", "the Millbrook Café").
    "cafe café cafes cafés bakery restaurant pub inn bistro deli " +
    // A party by a member's name, before a noun ("a Liberal Democrat councillor"). Not the plural
    // ("the Liberal Democrats on 9%"): read as a body, a poll's parties took one another's shares.
    "democrat republican"
  )
    .split(/\s+/)
    .concat(INSTITUTION_WORDS),
);
/**
 * Words of a body's name that say what kind of body it is, not which: "District Council", "Fire
 * and Rescue Service"; and what kind of venue or site ("Leisure Centre", "Industrial Estate": which
 * one is the town's or the owner's word before them).
 */
const GENERIC_BODY_WORDS = new Set(
  ("district county city borough town parish regional metropolitan and fire rescue hospital hospitals health ambulance care social education transport " +
    "leisure community sports civic shopping conference visitor industrial estate trading business retail")
    .split(" "),
);

/** Kinds of body that bodies' names end on ("Ashdale County Council", "Coastwatch Lifesaving Trust"): a text names a body by one in lower case ("the trust said"). */
const BODY_KIND_WORDS: ReadonlySet<string> = new Set(["council", "fund", "trust", "authority", "association", "commission", "agency", "board", "university", "college", "hospital", "society", "federation", "institute", "foundation"]);

/**
 * The kinds of body `tokens` name a body by, in lower case after "the" ("the trust said", "the
 * county council's cut"), of the tokens `keep` holds for, in order.
 */
export function bodyKindsNamed(tokens: readonly Token[], keep: (t: Token) => boolean): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.capitalised || !BODY_KIND_WORDS.has(t.lower) || !keep(t)) continue;
    const before = tokens[i - 1]!;
    if (before.lower === "the" || (tokens[i - 2]?.lower === "the" && !before.capitalised)) out.push(t.lower);
  }
  return out;
}

/** Words that make a body a venue: a place where things happen, as well as a body. */
const VENUE_WORDS = new Set([...INSTITUTION_WORDS, "airport", "stadium", "school"]);

/**
 * Whether an organisation's name is a venue's ("Harbrook Museum", "Eastmoor Airport"): a fact
 * may be of a venue and of a body of another kind at once (the police's arrests after the
 * museum's raid).
 */
export function isVenue(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return VENUE_WORDS.has(words[words.length - 1]!);
}

/** Whether a lowercase word of an organisation's name only says what kind of body it is (see `GENERIC_BODY_WORDS`). */
export function isGenericBodyWord(word: string): boolean {
  return (ORG_WORDS.has(word) && !NAMED_BODIES.has(word)) || GENERIC_BODY_WORDS.has(word);
}

/** Words of a person's title, stripped from the front of a name. */
const TITLE_WORDS = new Set(
  (
    "mr mrs ms miss dr prof professor sir dame lord lady det detective chief supt superintendent insp inspector " +
    "sgt sergeant constable pc assistant deputy commissioner director secretary home foreign minister prime president " +
    "chancellor mayor cllr councillor judge justice general captain colonel major lieutenant officer commander " +
    "head executive senator governor rev reverend king queen prince princess chairman chairwoman chair ceo founder " +
    "spokesman spokeswoman spokesperson boss editor " +
    // Occupations written before a name as titles are ("Analyst Tom Hughes").
    "analyst economist lawyer solicitor barrister researcher campaigner activist adviser advisor manager coach " +
    "correspondent leader " +
    // Who someone is, written before the name as a title is in headlines and ledes ("Teenager
    // Brannigan stuns grandmasters", "Grandmother Ann Price"): no first name.
    "teenager schoolboy schoolgirl pensioner grandmother grandfather widow widower toddler youngster veteran rookie"
  ).split(/\s+/),
);
/** Roles written as letters: an office or a rank, no body ("the local MP", "its CEO", "DCI Jane Roe"). */
const ROLE_ACRONYMS = new Set(["MP", "MSP", "MEP", "MLA", "MS", "PM", "CEO", "CFO", "COO", "QC", "KC", "PC", "DC", "DS", "DI", "DCI", "DSI", "DCS", "PCSO"]);
/** Lowercase connectors allowed inside a name ("Wil van Gemert", "Bank of England"). */
/**
 * "the Conservative MP for Harrowfield and Calder Vale": the names after an elected member's
 * "for" are the seat's places, whatever they would read as alone (a person, "Calder Vale", whom a
 * "he said" after them could be taken for).
 */
function constituency(text: string, found: EntityMention[]): EntityMention[] | undefined {
  if (found.length !== 1 || found[0]!.type === "place") return undefined;
  const e = found[0]!;
  if (!SEAT_BEFORE.test(text.slice(Math.max(0, e.span.start - 60), e.span.start))) return undefined;
  return [{ ...e, type: "place", name: e.text, key: e.text.toLowerCase() }];
}
/** Elected members' titles, said "for" their constituency ("MP for Calverton Moor", "MSP for Fife"). */
const REPRESENTATIVES = new Set(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs", "AM", "AMs"]);
/** An elected member's "for", and a place before "and" of a seat of two ("MP for Harrowfield and "). */
const SEAT_BEFORE = new RegExp(String.raw`\b(?:${[...REPRESENTATIVES].join("|")})\s+for\s+(?:\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*,?\s+and\s+)?$`, "u");

const CONNECTORS = new Set(["of", "van", "von", "de", "der", "den", "la", "le", "du", "al", "bin", "da", "di", "for"]);
/** A kind of place and "of" before a name, lower case ("the village of", not "the Port of London Authority"). */
export const PLACE_KIND_OF = /\b(?:village|town|city|hamlet|suburb|island|county|parish|district|region|port|borough)\s+of\s+$/;

/** Words of measure that open a sentence before a name ("Average Aldwyn bills", "Annual Tarnby rents"). */
const OPENING_MEASURE_WORDS = new Set(["average", "annual", "typical", "overall", "median", "estimated", "total"]);

/** The preposition of a place just before a name: "in", "near" (either case: "In Upper Tarnby, ..."), with "the" ("in the Millfield End"). */
const LOCATIVE = /(?:^|[^\p{L}])(?<!\b(?:confidence|trust|faith|belief|believe[sd]?|interest|interested)\s+)(?:in|near)\s+(?:the\s+)?$/iu;

/** "in" or "near" right before a word, with no "the" ("derailed in Castlebury", not "officers in the Met"). */
const BARE_LOCATIVE = /(?:^|[^\p{L}])(?:in|near)\s+$/iu;

/** Where someone works or is based: "has worked at Fennart North for 19 years" (no one works at a person). */
const WORKPLACE = /\b(?:work(?:s|ed|ing)?|employed|based|stationed)\s+at\s+$/i;

/** Where a person described in apposition is from: "Anne Whitlock, 71, a retired teacher from Low Green", "the healthcare assistant from Fenwick Park". */
const DESCRIBED_FROM = /,\s*(?:a|an|the)\s+(?:[\p{Ll}'\u2019-]+\s+){1,6}from\s+$/u;

/**
 * Whether the name at `start` of `text` follows a place's preposition ("burst in Brackley Cross";
 * see `LOCATIVE`) or says where someone described is from (see `DESCRIBED_FROM`).
 */
export function saidAsPlace(text: string, start: number): boolean {
  // Within the name's paragraph: a heading before it ("The MP weighs in") says nothing of it.
  const before = text.slice(Math.max(0, start - 24), start);
  const own = before.slice(before.lastIndexOf("\n\n") + 1);
  return LOCATIVE.test(own) || WORKPLACE.test(own) || (text.slice(start - 5, start) === "from " && DESCRIBED_FROM.test(text.slice(Math.max(0, start - 90), start)));
}

/** Whether the word from `start` to `end` is an end of a route: "from X to Y", "between X and Y". */
function routeEnd(text: string, start: number, end: number): boolean {
  return ROUTE_START.test(text.slice(Math.max(0, start - 8), start)) && ROUTE_ON.test(text.slice(end, end + 30)) || ROUTE_FINISH.test(text.slice(Math.max(0, start - 40), start));
}
/** The word before a route's first end, and what follows that end ("from Ashcombe| to Pellbridge"). */
const ROUTE_START = /(?:^|[^\p{L}])(?:from|between)\s+$/iu;
const ROUTE_ON = /^\s+(?:to|and)\s+\p{Lu}/u;
/** What comes before a route's last end: "from Ashcombe to |", "between Ashcombe and |". */
const ROUTE_FINISH = /(?:^|[^\p{L}])(?:from\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?\s+to|between\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?\s+and)\s+$/u;

/** Whether a run stands between "the" (`openedByThe`: a capital "The" opening the run) and a lowercase noun it modifies ("the Saved Sessions series"). */
function namesANounAfterThe(text: string, run: Token[], openedByThe: boolean): boolean {
  const start = run[0]!.span.start;
  const end = run[run.length - 1]!.span.end;
  if (!openedByThe && !/(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  const next = /^\s+(\p{Ll}{3,})\b/u.exec(text.slice(end, end + 24))?.[1];
  // (A body's own word makes it that body: "the Liberal Democrat group", read further on.)
  return !!next && !STOPWORDS.has(next) && !ORG_WORDS.has(next) && !isPastVerb(next) && !/(?:ing|ed)$/.test(next);
}

/** Words that make a capitalised run a place of the land when they open it ("River Wend", "Mount Snowdon")... */
const FEATURE_FIRST = new Set(["river", "lake", "loch", "lough", "mount", "mt", "cape", "isle"]);
/** ...or close it ("Wend Valley", "Harbour Road", "Heron Close"). */
const FEATURE_LAST = new Set(
  "river lake loch bay sea ocean island islands isles valley hill hills mountain mountains crag crags tor forest canal estuary harbour beach sands cove cliffs dunes quay wharf marina road street lane avenue square close crescent terrace gardens mews parade bridge moor wolds downs fen fens stadium arena line motorway tunnel viaduct guildhall cinema abbey pavilion auditorium racecourse showground".split(" "),
);
/** Last words of a site's name ("Hollins Industrial Estate", "Kelby Trading Estate", "the Corn Exchange", "Fennick Yard"). */
const SITE_LAST = new Set(["estate", "estates", "farm", "farms", "exchange", "yard", "yards"]);
/** Last words of a name that make it a town's club or body when it is no known place ("Harbour City"). */
const TOWN_LAST = new Set(["city", "town", "county"]);
/** Whether a name's last word says it names a site ("Copthorne Farm", "Harbour Road", "Kelby Hospital"): which one is its words before. */
export function isSiteKindWord(lower: string): boolean {
  return SITE_LAST.has(lower) || FEATURE_LAST.has(lower) || SITE_KIND_WORDS.has(lower);
}
/** Other last words of a site's name: its buildings and grounds ("Kelby Hospital", "Tarrow Mill", "Brook Park"). */
const SITE_KIND_WORDS = new Set([...INSTITUTION_WORDS, "school", "church", "mill", "station", "park", "hall", "house"]);
/** Whether a word of a name only says what kind of place it names ("River", "Valley", "Bridge", "Town"), not which. */
export function isPlaceKindWord(lower: string): boolean {
  return FEATURE_FIRST.has(lower) || FEATURE_LAST.has(lower) || TOWN_LAST.has(lower) || lower === "village";
}
const EVENT_WORDS = new Set(["operation", "project", "act", "bill", "war", "summit", "olympics", "cup"]);
/** Last words of a name that make it a prize, a contest or a day of the year ("Booker Prize", "Carnegie Medal", "Ryder Cup", "Good Friday"), never a person. */
const EVENT_LAST = new Set("prize prizes award awards medal trophy cup festival championship championships games olympics marathon tour rally regatta monday tuesday wednesday thursday friday saturday sunday".split(" "));
const POSSESSIVE = /['\u2019]s$/i;
/** "St", "St." or "Saint" opening a name: a saint's, so a church, school or place named for one. */
const SAINT = /^(?:St\.?|Saint)$/;

/**
 * A name followed by the acronym of its words in brackets ("Hallambridge Rapid Transit (HRT)",
 * "Office for Road Safety (ORS)"): a body's, never a person's.
 */
function spelledOutAcronym(text: string, run: Token[]): boolean {
  const after = /^\s*\(([A-Z]{2,8})\)/.exec(text.slice(run[run.length - 1]!.span.end, run[run.length - 1]!.span.end + 12));
  if (!after || run.length < 2) return false;
  const initials = run.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join("");
  return initials === after[1];
}

/** A word of a person's name: capitalised, then lowercase ("Roe", "McLean", "O'Neill"). */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$/u;

/** Organisation words that name one body by themselves ("Europol said"), unlike "Police" alone. */
const NAMED_BODIES = new Set(["europol", "eurojust", "interpol", "reuters"]);

/**
 * Names known from elsewhere (the rest of a document, the corpus): resolves a lone capitalised
 * word that the rules alone cannot place ("Met", "McLean", "EncroChat") to a type and full name.
 */
export type NameResolver = (word: string) => { type: EntityType; name: string } | undefined;

/**
 * Finds named entities in `text[start, end)` (one sentence is best): runs of capitalised words
 * and acronyms, classified with a gazetteer for places and keyword rules for organisations;
 * titles are stripped from people's names. Lowercase scope words ("worldwide") are places too.
 */
export function findEntities(text: string, start = 0, end = text.length, tokens?: Token[], known?: NameResolver): EntityMention[] {
  const toks = tokens ?? tokenize(text, start, end);
  const out: EntityMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isNameToken(t)) {
      const place = lookupPlace(t.text);
      if (place === "World") out.push(mention(text, [t], "place", place));
      i++;
      continue;
    }
    // Grow a run of name tokens separated by single spaces (or hyphens for "France-based").
    let j = i + 1;
    while (j < toks.length) {
      const gap = text.slice(toks[j - 1]!.span.end, toks[j]!.span.start);
      // "Hollis & Grant", "Marks & Spencer": an ampersand joins the names of a firm.
      const ampersand = gap === " & " && isNameToken(toks[j]!);
      // "Fiona Marsh-Tate": a hyphened surname after a first name is one name (not after a run
      // of one, "the Liverpool-Manchester line", nor a lowercase word, "France-based").
      if (gap === "-" && j - i >= 2 && PERSON_WORD.test(toks[j]!.text) && isNameToken(toks[j]!) && text[toks[j]!.span.end] !== "-") {
        j++;
        continue;
      }
      if (gap !== " " && !ampersand && !(/^['\u2019] $/.test(gap) && pluralPossessiveInBody(text, toks, j))) break;
      // A possessive ends a name: "Europol's Jane Roe" is a body and a person; but not a saint's,
      // which names what follows ("St Aidan's Primary School", "St Mary's Hospital").
      if (POSSESSIVE.test(toks[j - 1]!.text) && !SAINT.test(toks[i]!.text)) break;
      if (isNameToken(toks[j]!)) {
        j++;
        continue;
      }
      // "Pennine Fire and Rescue Service", "the Health and Safety Executive": "and" after a body's
      // word joins one body's name where the name goes on to another body's word.
      // (Not after a whole body's name: "Marlow House and Grenfell Tower" are two.)
      if (toks[j]!.text === "and" && isGenericBodyWord(toks[j - 1]!.lower) && !ORG_WORDS.has(toks[j - 1]!.lower) && j + 1 < toks.length && isNameToken(toks[j + 1]!) && text.slice(toks[j]!.span.end, toks[j + 1]!.span.start) === " " && bodyWordAhead(text, toks, j + 1)) {
        j += 2;
        continue;
      }
      // "Pennine Arts and Communities Trust", "the Parks and Gardens Trust": "and" after a plural
      // word of a name joins one body's name where a body's word comes within two words after it.
      if (toks[j]!.text === "and" && /^\p{Lu}\p{Ll}{2,}s$/u.test(toks[j - 1]!.text) && !ORG_WORDS.has(toks[j - 1]!.lower) && j + 1 < toks.length && isNameToken(toks[j + 1]!) && text.slice(toks[j]!.span.end, toks[j + 1]!.span.start) === " " && bodyWordWithin(text, toks, j + 1, 2)) {
        j += 2;
        continue;
      }
      // A connector continues the run only when a name token follows it. Not an elected member's
      // "for": "the Labour MP for Calverton Moor" is a person's role and her constituency.
      if (CONNECTORS.has(toks[j]!.text) && j + 1 < toks.length && isNameToken(toks[j + 1]!) && !(toks[j]!.text === "for" && REPRESENTATIVES.has(toks[j - 1]!.text)) &&
        text.slice(toks[j]!.span.end, toks[j + 1]!.span.start) === " ") {
        j += 2;
        continue;
      }
      break;
    }
    const found = classifyRun(text, toks.slice(i, j), i === 0 || isSentenceStart(text, toks[i]!.span.start), known);
    out.push(...(pollsterBefore(text, toks, i, j, found) ?? yearNamedThing(text, found) ?? bodyOfRole(text, found) ?? constituency(text, found) ?? found));
    i = j;
  }
  // "Northern Ireland" and "South Africa" are places by name, not a region of Ireland or Africa.
  const named = out.filter((e) => e.type === "place");
  const regions = compassRegions(text, start, end).filter((r) => !named.some((p) => p.span.start <= r.span.start && r.span.end <= p.span.end));
  return [...out, ...regions].sort((a, b) => a.span.start - b.span.start);
}

// "the eastern region", "north-west England", "South Wales": a compass point narrows a place.
const COMPASS = /\b((?:north|south|east|west)(?:ern)?(?:[- ](?:east|west)(?:ern)?)?)\s+(region|regions|england|scotland|wales|ireland|europe|london|africa|asia|america|coast|counties|midlands|border)\b/gi;

function compassRegions(text: string, start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  // Searched up to `end` only (a cheap slice): otherwise a sentence without a match scans the rest of the text.
  const scope = text.slice(0, end);
  COMPASS.lastIndex = start;
  for (let m = COMPASS.exec(scope); m && m.index < end; m = COMPASS.exec(scope)) {
    if (m.index + m[0].length > end) break;
    const name = m[0].toLowerCase().replace(/\s+/g, " ").replace(/ern\b/g, "").replace(/ regions$/, " region");
    out.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[0], type: "place", name, key: name });
  }
  return out;
}

/** Whether the run of name tokens from `k` (single spaces between) reaches a body's word ("Rescue Service"). */
/** Whether a body's word is among the next `n` name tokens from `k`, one space apart (see `bodyWordAhead`). */
function bodyWordWithin(text: string, toks: readonly Token[], k: number, n: number): boolean {
  for (const end = k + n; k < end && k < toks.length && isNameToken(toks[k]!); k++) {
    if (ORG_WORDS.has(toks[k]!.lower)) return true;
    if (text.slice(toks[k]!.span.end, toks[k + 1]?.span.start ?? toks[k]!.span.end) !== " ") break;
  }
  return false;
}

function bodyWordAhead(text: string, toks: readonly Token[], k: number): boolean {
  for (; k < toks.length && isNameToken(toks[k]!); k++) {
    if (ORG_WORDS.has(toks[k]!.lower)) return true;
    if (text.slice(toks[k]!.span.end, toks[k + 1]?.span.start ?? toks[k]!.span.end) !== " ") break;
  }
  return false;
}

/**
 * Whether the plural possessive before token `j` is inside a body's name ("the General Workers'
 * Union", "the National Farmers' Union"): the name goes on, in names, to a body's word. Not
 * "the Wolves' Jose Sa", whose run after the possessive is a person's.
 */
function pluralPossessiveInBody(text: string, toks: readonly Token[], j: number): boolean {
  if (!/s$/.test(toks[j - 1]!.text)) return false;
  for (let k = j; k < toks.length && isNameToken(toks[k]!); k++) {
    if (ORG_WORDS.has(toks[k]!.text.toLowerCase())) return true;
    if (text.slice(toks[k]!.span.end, toks[k + 1]?.span.start ?? toks[k]!.span.end) !== " ") break;
  }
  return false;
}

function isNameToken(t: Token): boolean {
  if (t.numeric && !/\p{L}/u.test(t.text)) return false;
  return t.capitalised || t.acronym;
}

function isSentenceStart(text: string, offset: number): boolean {
  let k = offset - 1;
  while (k >= 0 && /[\s"'\u201c\u2018(]/.test(text[k]!)) k--;
  return k < 0 || /[.!?:\n]/.test(text[k]!);
}

/** Whether a lone word is the resolved name itself, a person's surname or an initialism, not part of a longer name. */
function namesWhole(word: Token, k: { type: EntityType; name: string }): boolean {
  const w = word.lower.replace(/['\u2019]s$/, "");
  return word.acronym || k.name.toLowerCase() === w || (k.type === "person" && surnameOf(k.name) === w);
}

/** Nouns a body makes, named by the body just before them ("a YouGov poll", "an Ipsos survey"). */
const MADE_BY_A_BODY = new Set(["poll", "polls", "survey", "surveys"]);

/**
 * "a YouGov poll", "Opinium poll shows": a name of no known kind just before a poll or survey is
 * the body that made it, an organisation, wherever it stands (classified alone, a lone word
 * opening a sentence is no name). Undefined where the run is not one name so placed.
 */
function pollsterBefore(text: string, toks: readonly Token[], i: number, j: number, found: EntityMention[]): EntityMention[] | undefined {
  const next = toks[j];
  if (!next || !MADE_BY_A_BODY.has(next.lower) || text.slice(toks[j - 1]!.span.end, next.span.start) !== " ") return undefined;
  if (found.length > 1 || (found.length === 1 && found[0]!.type !== "other")) return undefined;
  const run = withoutLeadingStopwords(toks.slice(i, j));
  if (!run.length || POSSESSIVE.test(toks[j - 1]!.text)) return undefined;
  return [mention(text, run, "organisation", undefined)];
}

/**
 * "the 2003 Cold Fell fire", "the 2012 London Olympics": a name after a year that a determiner
 * opens names a thing of that year, never a person (who would be "Graham Fell"). Undefined where
 * the run is not one person's name so placed.
 */
function yearNamedThing(text: string, found: EntityMention[]): EntityMention[] | undefined {
  if (found.length !== 1 || found[0]!.type !== "person") return undefined;
  const m = found[0]!;
  if (!YEAR_OF_A_THING_BEFORE.test(text.slice(Math.max(0, m.span.start - 20), m.span.start))) return undefined;
  const name = m.text.replace(/['\u2019]s$/i, "");
  return [{ ...m, type: "other", name, key: name.toLowerCase() }];
}
const YEAR_OF_A_THING_BEFORE = /\b(?:the|its|their|this|that|a|an)\s+\d{4}\s+$/i;

/**
 * "Liberal Democrat group leader Anjali Rao", "Green councillor Tom Hale": a name right before a
 * role written in lower case and a person's name is the body the role is of (a party, a union),
 * never a person; so is one before a body's own word ("the Liberal Democrat group on the
 * council"). Undefined where the run is not one person's name so placed.
 */
/**
 * A party's or a council's word after a name: "the Liberal Democrat group on the council", "the
 * Labour administration". Not "campaign" or "members": "the Save Tenterfield campaign" read as a
 * body made an eval sentence name a body besides the claim's, and its figure went unheard.
 */
const BODY_AFTER = /^\s+(?:group|party|administration|government|councillors|MPs|whips?)\b/;
const ROLE_THEN_PERSON = /^\s+(?:(?:group|party|shadow|cabinet|deputy|senior|former|local|county|borough|parish|district|regional|national|council|union|branch|assistant|chief|vice)\s+){0,2}([a-z]+)\s+\p{Lu}\p{Ll}/u;
function bodyOfRole(text: string, found: EntityMention[]): EntityMention[] | undefined {
  if (found.length !== 1 || found[0]!.type !== "person") return undefined;
  const m = found[0]!;
  // "Morita's group" is a person's.
  if (POSSESSIVE.test(m.text)) return undefined;
  const next = text.slice(m.span.end, m.span.end + 60);
  const after = ROLE_THEN_PERSON.exec(next);
  if ((!after || !TITLE_WORDS.has(after[1]!) || HONORIFICS.has(after[1]!)) && !BODY_AFTER.test(next)) return undefined;
  return [{ ...m, type: "organisation", name: m.text, key: m.text.toLowerCase() }];
}

/** Honorifics, which the stopwords hold (they say nothing a claim checks) but which open a person's name. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"]);

/**
 * A run without the function words capitalised by position that open it ("The", "In", "But").
 * An honorific before a lone surname stays: "Mr Ashworth" is a titled name, a person, where
 * "Ashworth" alone opening a sentence would be no name at all. ("Dame Cressida Dick" is a person
 * without it.)
 */
function withoutLeadingStopwords(run: Token[]): Token[] {
  let k = 0;
  while (k < run.length && STOPWORDS.has(run[k]!.lower) && !run[k]!.acronym && !(HONORIFICS.has(run[k]!.lower) && k + 2 === run.length)) k++;
  return k ? run.slice(k) : run;
}

function classifyRun(text: string, run: Token[], atSentenceStart: boolean, known?: NameResolver): EntityMention[] {
  // Drop leading function words capitalised by position ("The", "In", "But").
  const whole = run;
  run = withoutLeadingStopwords(run);
  // "Bringing Ferrandi in under the safety car was the call": a word in -ing opening a sentence
  // before a name is a verb, no part of the name (unless it names a place, or a name it is).
  if (atSentenceStart && run.length > 1 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(run[0]!.text) && !lookupPlace(run[0]!.text) && !known?.(run[0]!.text) && !run.some((t) => ORG_WORDS.has(t.lower))) {
    return classifyRun(text, run.slice(1), false, known);
  }
  // "Average Aldwyn bills rise by 9.5 per cent": a word of measure opening a sentence before a
  // name is no part of it.
  if (atSentenceStart && run.length > 1 && OPENING_MEASURE_WORDS.has(run[0]!.lower)) return classifyRun(text, run.slice(1), false, known);
  if (!run.length) return [];
  // "on Friday March 14": a weekday and a month are words of a date, each of its own, no one's name.
  if (run.length > 1 && run.every((t) => isCalendarWord(t.lower))) return run.map((t) => mention(text, [t], "other", undefined));
  if (run.length === 1 && known && !lookupPlace(run[0]!.text)) {
    const k = known(run[0]!.text);
    // As a sentence's first word a capital says nothing: there a word is a name only as the name
    // given whole ("EncroChat", "McLean"), not as the start of a longer one ("Net income" /
    // "Network Rail"). After "The" it is a name ("The Met").
    // Where a thing happened ("derailed in Castlebury") is a place, not the body named after it
    // ("Castlebury Royal Infirmary"): a word found as a word of a longer body's name, right after
    // "in" or "near", is a name of no known kind, as a place the gazetteer does not know is.
    // So is an end of a route ("from Ashcombe to Pellbridge", "between Ashcombe and Pellbridge").
    if (k?.type === "organisation" && k.name.includes(" ") && (BARE_LOCATIVE.test(text.slice(Math.max(0, run[0]!.span.start - 6), run[0]!.span.start)) || routeEnd(text, run[0]!.span.start, run[0]!.span.end))) {
      return [mention(text, run, "other", undefined)];
    }
    if (k && (!atSentenceStart || run !== whole || namesWhole(run[0]!, k))) return [mention(text, run, k.type, k.name)];
  }
  // Places first: the whole run, or a list of places inside it ("Dutch French" never occurs,
  // but "Romania Poland" can after a comma-less list), matched greedily.
  const places = matchPlaces(text, run);
  if (places) return places;
  // "the village of Ashby Crucis", "the town of Hafnarvik": the kind of place before it says it is
  // no person a pronoun could mean. It stays a name of no known kind, as the town named alone
  // elsewhere is, so that the two scope a figure alike.
  if (run === whole && PLACE_KIND_OF.test(text.slice(Math.max(0, run[0]!.span.start - 30), run[0]!.span.start))) return [mention(text, run, "other", undefined)];
  const lowers = run.map((t) => t.lower);
  if ((EVENT_WORDS.has(lowers[0]!) || EVENT_LAST.has(lowers[lowers.length - 1]!)) && run.length > 1) return [mention(text, run, "event", undefined)];
  // All-caps words: acronyms (NCA, ERSOU) are organisations; a longer all-caps word opening a
  // sentence is a lede in capitals ("SENIOR police officers"), not a name.
  const acronym = run.length === 1 && run[0]!.acronym && !run[0]!.numeric && (run[0]!.text.length <= 6 || !atSentenceStart) && !ROLE_ACRONYMS.has(run[0]!.text.replace(/s$/, ""));
  // A role by its letters ("the local MP", "the firm's CEO") names no body, nor anyone.
  if (run.length === 1 && ROLE_ACRONYMS.has(run[0]!.text.replace(/s$/, ""))) return [];
  // "Jane Roe of Europol", "Chief Constable Sara Thornton of Thames Valley Police": a person of a
  // body or place, not one organisation.
  const of = lowers.indexOf("of");
  if (of > 0) {
    const split = personOf(text, run, of, known);
    if (split) return split;
  }
  // A generic word alone ("Police", "Government") names no particular body.
  if (run.length === 1 && !run[0]!.acronym && ORG_WORDS.has(lowers[0]!) && !NAMED_BODIES.has(lowers[0]!)) return [];
  if (run.length === 1 && run[0]!.acronym && !acronym) return [];
  // "Group Manager Tom Ridley", "Police Constable Sam Hale": a body's word inside a title before a
  // person's name makes no body of the person.
  const titleWords = titleLength(lowers);
  const titledPerson = titleWords > 0 && TITLE_WORDS.has(lowers[titleWords - 1]!) && run.length - titleWords >= 2 && run.slice(titleWords).every((t) => PERSON_WORD.test(t.text)) && !lowers.slice(titleWords).some((w) => ORG_WORDS.has(w));
  if ((!titledPerson && lowers.some((w) => ORG_WORDS.has(w))) || acronym || /\s&\s/.test(text.slice(run[0]!.span.start, run[run.length - 1]!.span.end)) || spelledOutAcronym(text, run)) {
    const name = run.map((t) => t.text).join(" ");
    return [mention(text, run, "organisation", undefined, placeOfOrganisation(name))];
  }
  // "Harbour City", "Northampton Town", "Derby County" that no gazetteer knows: a club or a body
  // of the place, never a person.
  if (run.length > 1 && TOWN_LAST.has(lowers[lowers.length - 1]!)) return [mention(text, run, "organisation", undefined)];
  // A river, road or hill by its own word ("River Wend", "Harbour Road"): never a person.
  if (run.length > 1 && (FEATURE_FIRST.has(lowers[0]!) || FEATURE_LAST.has(lowers[lowers.length - 1]!))) return [mention(text, run, "place", undefined)];
  // A site by its own word ("Hollins Industrial Estate"): never a person, but a name of the story
  // it is in, by its owner's or its town's word (see `isGenericBodyWord`).
  if (run.length > 1 && SITE_LAST.has(lowers[lowers.length - 1]!)) return [mention(text, run, "other", undefined)];
  // A saint's name is a church's, a school's or a place's ("St Aidan's"), no person who speaks.
  if (SAINT.test(run[0]!.text) && run.length > 1) return [mention(text, run, "other", undefined)];
  // Strip titles: what remains is a person's name.
  const k = titleLength(lowers);
  const titled = k > 0;
  const nameToks = run.slice(k);
  // Titles alone ("Deputy Assistant Commissioner") are a role, not a person.
  if (titled && nameToks.length === 1 && TITLE_WORDS.has(nameToks[0]!.lower)) return [mention(text, run, "other", undefined)];
  if (nameToks.length === 1 && !titled) {
    // A lone capitalised word at the start of a sentence is usually just a word.
    if (atSentenceStart && run.length === 1) return [];
    return [mention(text, run, "other", undefined)];
  }
  // "Deputy Assistant Commissioner" after a name-like word is a role, not a person.
  if (nameToks.slice(1).some((t) => TITLE_WORDS.has(t.lower))) return [mention(text, run, "other", undefined)];
  // "Wil van Gemert" is a person; "Federal Bureau of Investigation" is not ("of" joins a person to
  // a body or place, see `personOf`, and is never inside a name of one); nor is a headline's
  // "Fears for Broadmead" ("for" joins no name of a person).
  const personLike = nameToks.every((t) => PERSON_WORD.test(t.text) || (CONNECTORS.has(t.text) && t.text !== "of" && t.text !== "for"));
  // "burst in Brackley Cross", "In Upper Tarnby, ...": what a thing is "in" or "near" is a place
  // (no person is), a name of no known kind as after "the village of". Not a person's belongings
  // ("in Jane Roe's kitchen"), nor a titled person, nor whom one trusts ("no confidence in Jane Roe").
  if (personLike && !titled && !POSSESSIVE.test(run[run.length - 1]!.text) && saidAsPlace(text, run[0]!.span.start)) {
    return [mention(text, run, "other", undefined)];
  }
  // "Kestrel Windows will pay": the leading words of a body the corpus names in full ("Kestrel
  // Windows Ltd"), and no person it names, are that body.
  if (personLike && !titled && nameToks.length >= 2 && nameToks.length <= 4 && known && !POSSESSIVE.test(run[run.length - 1]!.text)) {
    const k = known(personName(text, nameToks));
    if (k?.type === "organisation") return [mention(text, run, "organisation", k.name)];
  }
  // "the Saved Sessions series", "the Jane Roe case": a name between "the" and a noun it names is
  // a thing's (a series, a case, a brand), no person's.
  if (personLike && !titled && nameToks.length === 2 && namesANounAfterThe(text, run, whole[whole.length - run.length - 1]?.lower === "the")) return [mention(text, run, "other", undefined)];
  if (personLike && nameToks.length <= 4) {
    const m = mention(text, run, "person", personName(text, nameToks));
    return [m];
  }
  return [mention(text, run, "other", undefined)];
}

/**
 * A run "<person> of <body or place>" read as the two: before `of`, titles and a name (a title
 * and a surname, or two to four name words: "Bank of England" and "Secretary of State" are not
 * people); after it, one organisation or place. Undefined if the run does not read so.
 */
function personOf(text: string, run: Token[], of: number, known?: NameResolver): EntityMention[] | undefined {
  const before = run.slice(0, of);
  const after = run.slice(of + 1);
  const k = titleLength(before.map((t) => t.lower));
  const nameToks = before.slice(k);
  if (nameToks.length > 4 || (nameToks.length < 2 && k === 0)) return undefined;
  if (nameToks.some((t) => TITLE_WORDS.has(t.lower) || ORG_WORDS.has(t.lower) || !PERSON_WORD.test(t.text))) return undefined;
  if (lookupPlace(text.slice(nameToks[0]!.span.start, nameToks[nameToks.length - 1]!.span.end))) return undefined;
  const rest = classifyRun(text, after, false, known);
  const whole = rest.length === 1 && rest[0]!.span.start === after[0]!.span.start && rest[0]!.span.end === after[after.length - 1]!.span.end;
  if (!whole) return undefined;
  const type = rest[0]!.type;
  // After a titled name, an unknown name is where the person is from ("Chief Fire Officer David
  // Hale of Devon") or works ("Analyst Tom Hughes of Peel Hunt"), never a second person;
  // untitled, it may be a body's own name ("Federal Bureau of Investigation").
  const named = type === "organisation" || type === "place";
  if (!named && !(k > 0 && (type === "other" || type === "person"))) return undefined;
  return [mention(text, before, "person", personName(text, nameToks)), named ? rest[0]! : mention(text, after, "other", undefined)];
}

/**
 * How many words at the front of a run are a title: its title words, or up to its last title
 * word when a word of the office comes between ("Chief Fire Officer", "Environment Secretary"),
 * leaving at least one word for the name.
 */
function titleLength(lowers: readonly string[]): number {
  let k = 0;
  while (k < lowers.length - 1 && TITLE_WORDS.has(lowers[k]!)) k++;
  for (let i = lowers.length - 2; i > k; i--) if (TITLE_WORDS.has(lowers[i]!)) return i + 1;
  return k;
}

function matchPlaces(text: string, run: Token[]): EntityMention[] | undefined {
  const found: EntityMention[] = [];
  let i = 0;
  while (i < run.length) {
    let matched = 0;
    for (let n = Math.min(MAX_PLACE_WORDS, run.length - i); n >= 1; n--) {
      const words = run.slice(i, i + n);
      const surface = text.slice(words[0]!.span.start, words[n - 1]!.span.end);
      const place = lookupPlace(surface);
      if (place) {
        found.push(mention(text, words, "place", place));
        matched = n;
        break;
      }
    }
    if (!matched) return undefined;
    i += matched;
  }
  return found;
}

/** A person's name from its words, each apart by a space, or by a hyphen as written ("Fiona Marsh-Tate"). */
function personName(text: string, words: readonly Token[]): string {
  let out = words[0]!.text;
  for (let i = 1; i < words.length; i++) out += (text[words[i]!.span.start - 1] === "-" ? "-" : " ") + words[i]!.text;
  return out;
}

function mention(text: string, run: Token[], type: EntityType, name: string | undefined, place?: string): EntityMention {
  const span = { start: run[0]!.span.start, end: run[run.length - 1]!.span.end };
  const written = text.slice(span.start, span.end);
  // A possessive is no part of a name, whoever read it ("Harbour City's unbeaten run").
  const n = (name ?? written).replace(/['\u2019]s$/i, "");
  const m: EntityMention = { span, text: written, type, name: n, key: n.toLowerCase().replace(/['\u2019]s$/, "") };
  if (place) m.place = place;
  return m;
}

/** The surname of a person's name: its last word ("Wil van Gemert" -> "gemert"), lowercase. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? "").toLowerCase();
}

/**
 * Whether two person names can refer to the same person: equal ignoring case, or one is the
 * other's surname ("McLean" / "Gerry McLean"), or both share the surname and the initial of a
 * first name, wherever it stands ("Passenger Ian Cowie" / "Ian Cowie").
 */
export function samePerson(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  if (!x || !y) return false;
  if (x === y) return true;
  const xw = x.split(/\s+/);
  const yw = y.split(/\s+/);
  if (xw[xw.length - 1] !== yw[yw.length - 1]) return false;
  if (xw.length === 1 || yw.length === 1) return true;
  // The same surname and a first name of the same initial, wherever the first name stands: a
  // role the sentence's opening capitalised may go before it ("Passenger Ian Cowie", "Ian
  // Cowie"), and a middle name after it ("John F. Kennedy").
  const initials = new Set(xw.slice(0, -1).map((w) => w[0]));
  return yw.slice(0, -1).some((w) => initials.has(w[0]));
}

/**
 * Whether two organisation names can refer to the same body: equal, one an acronym of the other
 * ("NCA" / "National Crime Agency"), or one a short form of the other ("Met Police" /
 * "Metropolitan Police", "the Met").
 */
export function sameOrganisation(a: string, b: string): boolean {
  const key = a < b ? a + "\u0000" + b : b + "\u0000" + a;
  let same = SAME_ORG_CACHE.get(key);
  if (same === undefined) {
    same = compareOrganisations(a, b);
    if (SAME_ORG_CACHE.size > 100_000) SAME_ORG_CACHE.clear();
    SAME_ORG_CACHE.set(key, same);
  }
  return same;
}

/** Pairs already compared: checks ask about the same few names over and over. */
const SAME_ORG_CACHE = new Map<string, boolean>();

function compareOrganisations(a: string, b: string): boolean {
  return sameOrganisationParts(organisationParts(a), organisationParts(b));
}

/** What comparing an organisation's name reads of it (see `sameOrganisation`), made once per name. */
export interface OrganisationParts {
  /** Lower case, without a leading "the" or a trailing possessive. */
  readonly norm: string;
  readonly words: readonly string[];
  /** The first letters of its words but connectors ("National Crime Agency" -> "nca"). */
  readonly initials: string;
}

/** The parts of `name` that `sameOrganisationParts` compares. */
export function organisationParts(name: string): OrganisationParts {
  const norm = name.toLowerCase().replace(/^the\s+/, "").replace(/['\u2019]s$/, "").trim();
  const words = norm.split(/\s+/);
  return { norm, words, initials: words.filter((w) => !CONNECTORS.has(w) && w !== "and").map((w) => w[0]).join("") };
}

/**
 * `sameOrganisation` over names already taken apart: a registry comparing one word with each
 * of its organisations takes each name apart once, not once per comparison.
 */
export function sameOrganisationParts(x: OrganisationParts, y: OrganisationParts): boolean {
  if (x.norm === y.norm) return true;
  if (!x.norm.includes(" ") && y.initials === x.norm) return true;
  if (!y.norm.includes(" ") && x.initials === y.norm) return true;
  // "met" / "met police" / "metropolitan police": the first word a prefix, the rest contained.
  // A prefix short of a letter or two is another word, not a clipped one ("unite" / "united").
  const clipped = (a: string, b: string) => a === b || (b.startsWith(a) && b.length - a.length >= 3);
  const shortForm = (short: readonly string[], long: readonly string[]) =>
    short.length <= long.length && short[0]!.length >= 3 && clipped(short[0]!, long[0]!) && short.slice(1).every((w) => long.includes(w));
  return shortForm(x.words, y.words) || shortForm(y.words, x.words);
}
