import { samePerson, sameOrganisation, type EntityMention } from "../analysis/entities";
import { placeKey, type SentenceAnalysis } from "../analysis/sentenceAnalysis";
import { stem } from "../analysis/tokens";
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
const SAME_STATEMENT = 0.7;
/** A statement with an entity swapped out still needs this much IDF weight of other words. */
const MIN_WEIGHT = 4;

/**
 * Looks for a swapped place, organisation or person: a source sentence that says the rest of the
 * claim nearly word for word but names a different entity of the same kind in that role, while
 * no source says it with the claim's entity.
 */
export function findEntitySwaps(index: CorpusIndex, claim: SentenceAnalysis, text: string, docs?: Set<number>): EntitySwap[] {
  const out: EntitySwap[] = [];
  const entities = claim.entities.filter((e) => e.type === "place" || e.type === "organisation" || e.type === "person");
  const groups = groupAdjacent(entities, text);
  for (const group of groups) {
    const type = group[0]!.type;
    if (type === "place" && group.some((e) => e.name === "World")) continue;
    const own = new Set<string>();
    for (const e of group) {
      own.add(placeKey(e.name));
      for (const w of e.text.split(/[\s-]+/)) own.add(stem(w.toLowerCase().replace(/['\u2019]s$/, "")));
    }
    const rest = claim.terms.filter((t) => !own.has(t));
    const weight = rest.reduce((s, t) => s + index.idf(t), 0);
    if (rest.length < 2 || weight < MIN_WEIGHT) continue;
    const hits = index.searchSentences(rest, 10, docs ? (s) => docs.has(s.doc) : undefined);
    let swap: { sentence: IndexedSentence; names: string[] } | undefined;
    let confirmed = false;
    for (const { id } of hits) {
      const s = index.sentences[id]!;
      if (coverage(index, rest, s) < SAME_STATEMENT) continue;
      const theirs = s.entities.filter((e) => e.type === type);
      if (group.every((e) => theirs.some((t) => sameEntity(e, t)))) {
        confirmed = true;
        break;
      }
      const others = theirs.filter((t) => !group.some((e) => sameEntity(e, t)) && !claim.entities.some((c) => sameEntity(c, t)));
      if (!swap && others.length) {
        // The entity in the same role: the one nearest a word that sits next to the claim's entity.
        const neighbours = neighbourStems(claim, group);
        const doc = index.documents[s.doc]!.text;
        const near = others.filter((t) => nearWord(doc, t.span, neighbours));
        if (near.length) swap = { sentence: s, names: near.map((t) => doc.slice(t.span.start, t.span.end)) };
      }
    }
    if (confirmed || !swap) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    out.push({
      entity: { ...first, span: { start: first.span.start, end: last.span.end }, text: text.slice(first.span.start, last.span.end) },
      suggestion: swap.names.length === 2 && group.length === 2 ? swap.names.join(" and ") : swap.names[0]!,
      evidence: [index.evidence(swap.sentence.id, undefined, { value: swap.names.join(", "), stance: "disagrees" })],
      sources: [index.documents[swap.sentence.doc]!.meta.key],
    });
  }
  return out;
}

function sameEntity(a: Pick<EntityMention, "type" | "name">, b: Pick<EntityMention, "type" | "name">): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "place") return a.name === b.name;
  if (a.type === "person") return samePerson(a.name, b.name);
  return sameOrganisation(a.name, b.name);
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

/** Stems of the content words within two words of the group in the claim. */
function neighbourStems(claim: SentenceAnalysis, group: EntityMention[]): Set<string> {
  const start = group[0]!.span.start;
  const end = group[group.length - 1]!.span.end;
  const toks = claim.tokens;
  const i = toks.findIndex((t) => t.span.start >= start);
  let j = toks.findIndex((t) => t.span.start >= end);
  if (j < 0) j = toks.length;
  const out = new Set<string>();
  for (const t of [...toks.slice(Math.max(0, i - 3), i), ...toks.slice(j, j + 3)]) if (t.lower.length > 2) out.add(t.stem);
  return out;
}

function nearWord(text: string, span: { start: number; end: number }, stems: Set<string>): boolean {
  const window = text.slice(Math.max(0, span.start - 40), Math.min(text.length, span.end + 40));
  return window.split(/[^\p{L}]+/u).some((w) => w.length > 2 && stems.has(stem(w.toLowerCase())));
}
