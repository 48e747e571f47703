/**
 * General-knowledge place names: countries, their demonyms and common aliases, continents and a
 * few large regions and cities. Each entry maps surface forms to one canonical place, so
 * "Britain", "UK", "United Kingdom" and "British" are the same scope, and "French" is France.
 * This is world knowledge, not corpus knowledge; extend it freely.
 */
const PLACES: [canonical: string, forms: string][] = [
  ["United Kingdom", "UK|U.K.|United Kingdom|Britain|Great Britain|British|Briton|Britons|GB"],
  ["England", "England|English"],
  ["Scotland", "Scotland|Scottish|Scots"],
  ["Wales", "Wales|Welsh"],
  ["Northern Ireland", "Northern Ireland"],
  ["Ireland", "Ireland|Irish|Republic of Ireland"],
  ["France", "France|French"],
  ["Netherlands", "Netherlands|the Netherlands|Holland|Dutch"],
  ["Germany", "Germany|German|Germans"],
  ["Belgium", "Belgium|Belgian|Belgians"],
  ["Spain", "Spain|Spanish"],
  ["Portugal", "Portugal|Portuguese"],
  ["Italy", "Italy|Italian|Italians"],
  ["Switzerland", "Switzerland|Swiss"],
  ["Austria", "Austria|Austrian"],
  ["Poland", "Poland|Polish|Poles"],
  ["Romania", "Romania|Romanian|Romanians"],
  ["Albania", "Albania|Albanian|Albanians"],
  ["Bulgaria", "Bulgaria|Bulgarian"],
  ["Greece", "Greece|Greek"],
  ["Turkey", "Turkey|Turkish|Türkiye"],
  ["Sweden", "Sweden|Swedish"],
  ["Norway", "Norway|Norwegian"],
  ["Denmark", "Denmark|Danish"],
  ["Finland", "Finland|Finnish"],
  ["Iceland", "Iceland|Icelandic"],
  ["Czech Republic", "Czech Republic|Czechia|Czech"],
  ["Slovakia", "Slovakia|Slovak"],
  ["Hungary", "Hungary|Hungarian"],
  ["Croatia", "Croatia|Croatian"],
  ["Serbia", "Serbia|Serbian"],
  ["Ukraine", "Ukraine|Ukrainian"],
  ["Russia", "Russia|Russian|Russians"],
  ["Lithuania", "Lithuania|Lithuanian"],
  ["Latvia", "Latvia|Latvian"],
  ["Estonia", "Estonia|Estonian"],
  ["United States", "US|U.S.|USA|United States|America|American|Americans"],
  ["Canada", "Canada|Canadian"],
  ["Mexico", "Mexico|Mexican"],
  ["Brazil", "Brazil|Brazilian"],
  ["Argentina", "Argentina|Argentine|Argentinian"],
  ["Colombia", "Colombia|Colombian"],
  ["China", "China|Chinese"],
  ["Japan", "Japan|Japanese"],
  ["India", "India|Indian"],
  ["Pakistan", "Pakistan|Pakistani"],
  ["Australia", "Australia|Australian"],
  ["New Zealand", "New Zealand"],
  ["South Africa", "South Africa|South African"],
  ["Nigeria", "Nigeria|Nigerian"],
  ["Morocco", "Morocco|Moroccan"],
  ["Israel", "Israel|Israeli"],
  ["Iran", "Iran|Iranian"],
  ["Iraq", "Iraq|Iraqi"],
  ["Syria", "Syria|Syrian"],
  ["Afghanistan", "Afghanistan|Afghan"],
  ["United Arab Emirates", "United Arab Emirates|UAE|Dubai"],
  ["Kenya", "Kenya|Kenyan"],
  ["Egypt", "Egypt|Egyptian"],
  ["Ethiopia", "Ethiopia|Ethiopian"],
  ["Ghana", "Ghana|Ghanaian"],
  ["Saudi Arabia", "Saudi Arabia|Saudi"],
  ["Qatar", "Qatar|Qatari"],
  ["Indonesia", "Indonesia|Indonesian"],
  ["Philippines", "Philippines|the Philippines|Filipino"],
  ["Vietnam", "Vietnam|Vietnamese"],
  ["Thailand", "Thailand|Thai"],
  ["South Korea", "South Korea|South Korean"],
  ["North Korea", "North Korea|North Korean"],
  ["Taiwan", "Taiwan|Taiwanese"],
  ["Singapore", "Singapore"],
  ["Bangladesh", "Bangladesh|Bangladeshi"],
  ["Chile", "Chile|Chilean"],
  ["Peru", "Peru|Peruvian"],
  ["Venezuela", "Venezuela|Venezuelan"],
  // World regions: a report's figure "in Latin America and the Caribbean" is of neither
  // continent nor person ("Latin America" was read as a name).
  ["Latin America", "Latin America|Latin American"],
  ["Caribbean", "Caribbean|the Caribbean"],
  ["North America", "North America|North American"],
  ["South America", "South America|South American"],
  ["Central America", "Central America|Central American"],
  ["Central Asia", "Central Asia|Central Asian"],
  ["Middle East", "Middle East|Middle Eastern"],
  ["Southeast Asia", "Southeast Asia|South-East Asia|South East Asia"],
  ["Oceania", "Oceania"],
  ["Europe", "Europe|European|EU|European Union"],
  ["Africa", "Africa|African"],
  ["Asia", "Asia|Asian"],
  // Not "international": before a noun it says what kind ("12 international caps", "an
  // international operation"), not where a count was made; "internationally" does.
  ["World", "worldwide|world|global|globally|internationally"],
  ["London", "London|Londoner"],
  ["Manchester", "Manchester|Mancunian"],
  ["Birmingham", "Birmingham"],
  ["Liverpool", "Liverpool"],
  ["Leeds", "Leeds"],
  ["Glasgow", "Glasgow"],
  ["Edinburgh", "Edinburgh"],
  ["Bristol", "Bristol"],
  ["Cardiff", "Cardiff"],
  ["Belfast", "Belfast"],
  ["Dublin", "Dublin"],
  ["Paris", "Paris|Parisian"],
  ["Berlin", "Berlin"],
  ["Amsterdam", "Amsterdam"],
  ["The Hague", "The Hague|Hague"],
  ["Brussels", "Brussels"],
  ["New York", "New York"],
  ["Washington", "Washington"],
];

const FORMS = new Map<string, string>();
for (const [canonical, forms] of PLACES) {
  for (const f of forms.split("|")) FORMS.set(f.toLowerCase(), canonical);
}
/** Forms that are only places when capitalised ("US" not "us", "Turkey" not "turkey"). */
const CASE_SENSITIVE = new Set(["us", "turkey", "china", "holland", "poles", "scots", "gb", "hague"]);
/** Forms that are lowercase words and count only in their lowercase use (scope words). */
const LOWERCASE_SCOPE = new Set(["worldwide", "world", "global", "globally", "internationally"]);

/** The longest number of words in any place form, for greedy matching. */
export const MAX_PLACE_WORDS = 4;

/**
 * The canonical place for a surface form ("British" -> "United Kingdom"), or undefined.
 * `asWritten` is the original casing, used for forms that are places only when capitalised.
 */
export function lookupPlace(asWritten: string): string | undefined {
  // Without a possessive ("Britain's"), tested by hand: entity finding asks about every run of capitalised words.
  let lower = asWritten.toLowerCase();
  const n = lower.length;
  if (n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower[n - 2] === "'" || lower[n - 2] === "\u2019")) lower = lower.slice(0, n - 2);
  const canonical = FORMS.get(lower);
  if (!canonical) return undefined;
  if (CASE_SENSITIVE.has(lower) && !/^\p{Lu}/u.test(asWritten)) return undefined;
  if (!LOWERCASE_SCOPE.has(lower) && !/^\p{Lu}/u.test(asWritten)) return undefined;
  return canonical;
}

/**
 * The place an organisation's name contains, if any: "Police Scotland" -> Scotland,
 * "Greater Manchester Police" -> Manchester, "London Fire Brigade" -> London.
 */
export function placeOfOrganisation(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const place = lookupPlace(words.slice(i, i + n).join(" "));
      if (place && place !== "World") return place;
    }
  }
  return undefined;
}
