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
    const person = this.people.get(lower);
    if (person && samePerson(person, w)) return { type: "person", name: person };
    if (this.orgs.has(lower)) return { type: "organisation", name: this.orgs.get(lower)! };
    // "Police" or "Council" alone says what kind of body, not which: it is no "Police Scotland".
    // An initialism is a name ("NCA").
    if (w.length >= 3 && (w === w.toUpperCase() || !isGenericBodyWord(lower))) {
      const parts = organisationParts(w);
      for (const name of this.orgs.values()) {
        if (!name.includes(" ")) continue;
        const org = this.partsOf(name);
        if (sameOrganisationParts(parts, org) && !namesItsPlace(parts, org)) return { type: "organisation", name };
      }
    }
    if (this.others.has(lower)) return { type: "other", name: this.others.get(lower)! };
    return undefined;
  }
}

/**
 * "Ashmouth" of "Ashmouth District Council": a lone word that is the whole first word of a body's
 * name otherwise made of generic words names the place the body serves, not the body ("in
 * Ashmouth"). A shortened word still names the body ("the Met" of "Metropolitan Police").
 */
function namesItsPlace(word: OrganisationParts, org: OrganisationParts): boolean {
  return org.words[0] === word.norm && org.words.slice(1).every(isGenericBodyWord);
}
