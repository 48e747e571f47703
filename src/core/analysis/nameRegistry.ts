import { isGenericBodyWord, organisationParts, samePerson, sameOrganisationParts, surnameOf, type EntityMention, type EntityType, type NameResolver, type OrganisationParts } from "./entities";

/**
 * The people and organisations a text (or a corpus) names in full, so that a later lone word can
 * be resolved: "Met" to the Metropolitan Police, "McLean" to Gerry McLean, "EncroChat" to the
 * name seen mid-sentence elsewhere.
 */
export class NameRegistry {
  private readonly orgs = new Map<string, string>();
  private readonly people = new Map<string, string>();
  private readonly others = new Map<string, string>();
  /** Answers already given; cleared whenever a new name is added (an archive mostly repeats known ones). */
  private readonly memo = new Map<string, { type: EntityType; name: string } | undefined>();
  /** Organisation names taken apart (see `partsOf`): a name's parts never change, so the map is only added to. */
  private readonly orgParts = new Map<string, OrganisationParts>();

  /**
   * Lists already recorded: copies of a sentence share their list, and the registry only ever
   * grows (a name kept is never dropped), so recording one list again would change nothing.
   */
  private readonly recorded = new WeakSet<object>();

  /** Records the named entities of a sentence. */
  add(entities: readonly Pick<EntityMention, "type" | "name">[]): void {
    if (this.recorded.has(entities)) return;
    this.recorded.add(entities);
    let changed = false;
    for (const e of entities) {
      const key = e.name.toLowerCase();
      if (e.type === "organisation") {
        if (!this.orgs.has(key)) (this.orgs.set(key, e.name), (changed = true));
        // "Kestrel Windows Ltd" is "Kestrel Windows" too, and no person of that name.
        const trading = key.replace(LEGAL_FORM, "");
        if (trading !== key && trading.includes(" ") && !this.orgs.has(trading)) (this.orgs.set(trading, e.name), (changed = true));
      } else if (e.type === "person") {
        const s = surnameOf(e.name);
        const prev = this.people.get(s);
        if (!prev || e.name.length > prev.length) (this.people.set(s, e.name), (changed = true));
      } else if (e.type === "other" && !e.name.includes(" ")) {
        if (!this.others.has(key)) (this.others.set(key, e.name), (changed = true));
      }
    }
    if (changed) this.memo.clear();
  }

  /** The registry's names as flat lists (for an index image): kind, key and name of each, in order. */
  toLists(): { kinds: string[]; keys: string[]; names: string[] } {
    const out = { kinds: [] as string[], keys: [] as string[], names: [] as string[] };
    for (const [kind, map] of [["o", this.orgs], ["p", this.people], ["x", this.others]] as const) {
      for (const [k, v] of map) {
        out.kinds.push(kind);
        out.keys.push(k);
        out.names.push(v);
      }
    }
    return out;
  }

  /** A registry holding the names of `toLists`. */
  static fromLists(lists: { kinds: readonly string[]; keys: readonly string[]; names: readonly string[] }): NameRegistry {
    const r = new NameRegistry();
    const maps: Record<string, Map<string, string>> = { o: r.orgs, p: r.people, x: r.others };
    if (lists.keys.length !== lists.kinds.length || lists.names.length !== lists.kinds.length) throw new Error("name lists differ in length");
    lists.kinds.forEach((kind, i) => {
      const map = maps[kind];
      if (!map) throw new Error(`unknown name kind ${kind}`);
      map.set(lists.keys[i]!, lists.names[i]!);
    });
    return r;
  }

  /** A resolver for `findEntities`, falling back to `fallback` for names this registry lacks. */
  resolver(fallback?: NameRegistry): NameResolver {
    return (word) => this.resolve(word) ?? fallback?.resolve(word);
  }

  /** The type and full name of a lone word, if this registry knows it. */
  resolve(word: string): { type: EntityType; name: string } | undefined {
    if (this.memo.has(word)) return this.memo.get(word);
    const found = this.lookup(word);
    this.memo.set(word, found);
    return found;
  }

  /** An organisation's name taken apart for comparing, once per name (see `organisationParts`). */
  private partsOf(name: string): OrganisationParts {
    let parts = this.orgParts.get(name);
    if (!parts) this.orgParts.set(name, (parts = organisationParts(name)));
    return parts;
  }

  private lookup(word: string): { type: EntityType; name: string } | undefined {
    const w = word.replace(/['\u2019]s$/, "");
    const lower = w.toLowerCase();
    // A body's full name, or its name without its legal form ("Kestrel Windows" of "Kestrel
    // Windows Ltd"), is that body, whoever a sentence took it for.
    if (lower.includes(" ") && this.orgs.has(lower)) return { type: "organisation", name: this.orgs.get(lower)! };
    // People are kept by surname: a full name ("Jane Roe") is asked of by its last word.
    const person = this.people.get(lower.includes(" ") ? surnameOf(lower) : lower);
    if (person && samePerson(person, w)) return { type: "person", name: person };
    if (this.orgs.has(lower)) return { type: "organisation", name: this.orgs.get(lower)! };
    // "Police" or "Council" alone says what kind of body, not which: it is no "Police Scotland".
    // An initialism is a name ("NCA").
    if (w.length >= 3 && (w === w.toUpperCase() || !isGenericBodyWord(lower))) {
      const parts = organisationParts(w);
      // A word that leads the names of two bodies that are not one ("Kelsworth" of "Kelsworth
      // Central Library" and "Kelsworth Voice") names neither: it is the place they are named after.
      // And a word that names the place a body serves (see `namesItsPlace`) names no body named
      // after that place ("Kelsworth Central Library"), unless it is also a clipped word of a
      // body's name ("Met" of "Met Police" and of "Metropolitan Police"). A club named after the
      // place is what the place's name alone stands for in its reports ("Harrowfield were 14th"
      // of "Harrowfield Town").
      // The body is the shortest name found; the others must be longer names of it ("Harrowfield
      // Town Supporters' Trust" of "Harrowfield Town").
      const matches: { full: string; org: OrganisationParts }[] = [];
      let place = false;
      let clipped = false;
      let club: string | undefined;
      for (const full of this.orgs.values()) {
        if (!full.includes(" ")) continue;
        const org = this.partsOf(full);
        if (!sameOrganisationParts(parts, org)) continue;
        if (org.words[0] !== parts.words[0]) clipped = true;
        if (clubOf(parts, org)) club ??= full;
        if (namesItsPlace(parts, org)) place = true;
        else matches.push({ full, org });
      }
      if (club) return { type: "organisation", name: club };
      let body = matches[0];
      for (const m of matches) if (m.org.words.length < body!.org.words.length) body = m;
      if (body && matches.every((m) => m === body || sameOrganisationParts(body!.org, m.org)) && (!place || clipped)) {
        return { type: "organisation", name: body.full };
      }
    }
    if (this.others.has(lower)) return { type: "other", name: this.others.get(lower)! };
    return undefined;
  }
}

/** Second words of a sports club's name after its place's ("Harrowfield Town", "Castlebridge Athletic"). */
const CLUB_WORDS = new Set(["town", "city", "county", "united", "rovers", "athletic", "wanderers", "albion", "rangers", "fc", "afc"]);

/** Whether a body's name is the word, a place's, and a club's word ("Harrowfield Town" of "Harrowfield"). */
function clubOf(word: OrganisationParts, org: OrganisationParts): boolean {
  return org.words.length === 2 && org.words[0] === word.norm && CLUB_WORDS.has(org.words[1]!);
}

/** A company's legal form at the end of its name ("Ltd", "plc"). */
const LEGAL_FORM = /\s+(?:ltd|limited|plc|llp|llc|inc|incorporated|gmbh)\.?$/;

/**
 * "Ashmouth" of "Ashmouth District Council": a lone word that is the whole first word of a body's
 * name otherwise made of generic words names the place the body serves, not the body ("in
 * Ashmouth"). A shortened word still names the body ("the Met" of "Metropolitan Police").
 */
function namesItsPlace(word: OrganisationParts, org: OrganisationParts): boolean {
  return org.words[0] === word.norm && org.words.slice(1).every(isGenericBodyWord);
}
