import * as assert from "node:assert/strict";
import { diffWords } from "diff";
import { samePerson, sameOrganisation } from "../../src/core/analysis/entities";
import { extractQuotes, type QuoteMention } from "../../src/core/analysis/quotes";
import { EVIDENCE_MAX } from "../../src/core/check/context";
import { assessQuote, type QuoteAssessment } from "../../src/core/check/quoteCheck";
import { alignQuote, DROP_COST, wordsWithOffsets } from "../../src/core/check/quoteMatch";
import { CorpusIndex, queryTerms } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import type { DiffPart, Evidence } from "../../src/core/types";
import { rng } from "./random";

// An archive carries one quote thousands of times. The checker reads each wording's copies one
// at a time, without an object per copy: it must say what weighing every copy as its own match says.

function doc(name: string, text: string): SourceDocument {
  const r = readSourceText(`${name}.txt`, text);
  assert.ok(r.ok);
  return r.document;
}

const WORDINGS = [
  ["We have dismantled the network that supplied the city", "We have dismantled the network that supplied this city", "We dismantled the network that supplied the city"],
  ["Nobody saw the second lorry leave the yard", "Nobody saw the second lorry leaving the yard", "Nobody saw a second lorry leave the yard"],
  ["The phones were sold for thousands of pounds each", "The phones were sold for thousands of pounds", "These phones were sold for thousands of pounds each"],
];
const PEOPLE = ["Jane Roe", "John Doe", "Mary Major"];
const BODIES = ["the National Crime Agency", "Europol"];

/** A paragraph carrying one wording of a quote, attributed in one of the ways news copy does. */
function paragraph(rand: () => number): string {
  const w = WORDINGS[Math.floor(rand() * WORDINGS.length)]!;
  const text = w[Math.floor(rand() * w.length)]!;
  const who = PEOPLE[Math.floor(rand() * PEOPLE.length)]!;
  const body = BODIES[Math.floor(rand() * BODIES.length)]!;
  switch (Math.floor(rand() * 5)) {
    case 0: return `"${text}," said ${who}.`;
    case 1: return `${who}, a director of ${body}, said: "${text}."`;
    case 2: return `A spokesman for ${body} said: "${text}."`;
    case 3: return `"${text}," one officer said.`;
    default: return `Officers said ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
  }
}

function archive(rand: () => number, n: number): SourceDocument[] {
  return Array.from({ length: n }, (_x, i) => {
    const paras = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => paragraph(rand));
    return doc(`wire-${i}`, `Wire story ${i}\n\n${paras.join("\n\n")}\n`);
  });
}

describe("quote copies", () => {
  it("give the verdict, evidence, speakers and sources that one match per copy gives, in an archive and after sources are replaced", () => {
    const rand = rng(11);
    const docs = archive(rand, 120);
    const index = CorpusIndex.build(docs);
    const claims: QuoteMention[] = [];
    for (const w of WORDINGS) {
      for (const text of [...w, w[0]!.split(" ").slice(0, 5).join(" "), `${w[0]} and more words`, `${w[0]!.split(" ").slice(0, 3).join(" ")} ... ${w[0]!.split(" ").slice(-3).join(" ")}`]) {
        for (const speaker of [undefined, ...PEOPLE, ...BODIES.map((b) => b.replace(/^the /, "")), "Someone Else"]) {
          const q: QuoteMention = { text, span: { start: 0, end: text.length }, outerSpan: { start: 0, end: text.length + 2 }, attribution: speaker ? "explicit" : "none" };
          if (speaker) {
            q.speaker = speaker;
            q.speakerType = PEOPLE.includes(speaker) || speaker === "Someone Else" ? "person" : "organisation";
          }
          claims.push(q);
        }
      }
    }
    const verdicts = new Set<string>();
    const compare = (ix: CorpusIndex) => {
      for (const q of claims) {
        for (const cited of [undefined, new Set([0, 1, 2, 3, 4, 5, 6, 7].map((k) => k * 13))]) {
          const ours = assessQuote(ix, q, cited);
          assert.deepEqual(ours, reference(ix, q, cited), `"${q.text}" by ${q.speaker ?? "nobody"}${cited ? ", cited" : ""}`);
          verdicts.add(ours.verdict);
        }
      }
    };
    compare(index);
    // Replaced sources: their copies are retired, in the index and in an image of it.
    for (let i = 0; i < 30; i++) index.upsertDocument(doc(`wire-${i * 4}`, `Wire story ${i * 4}\n\n${paragraph(rand)}\n`));
    compare(index);
    compare(CorpusIndex.fromImage(index.documents, index.toImage()));
    assert.deepEqual([...verdicts].sort(), ["misattributed", "misquoted", "supported", "unverified-quote"]);
  });
});

interface Match {
  doc: number;
  edits: number;
  start: number;
  end: number;
  speaker?: string;
  sentence: number;
}

/** The quote check as it read every copy: a match object per copy, filtered and sorted (the reference). */
function reference(index: CorpusIndex, quote: QuoteMention, docs?: Set<number>): QuoteAssessment {
  const qWords = wordsWithOffsets(quote.text);
  const words = qWords.map((w) => w.word);
  const base = { quote, evidence: [], sourceSpeakers: [], docs: [] };
  if (!words.length) return { ...base, verdict: "skip" };
  const matches: Match[] = [];
  const maxEdits = words.length >= 3 ? words.length * 0.3 : 0;
  const dropCost = /\.\.\.|\u2026/.test(quote.text) ? 0 : DROP_COST;
  const byText = new Map<number, readonly number[]>();
  for (const copies of index.quoteCandidates(words)) {
    if (byText.size >= 200) break;
    const ids = docs ? copies.filter((id) => docs.has(index.quotes[id]!.doc)) : copies;
    if (ids.length) byText.set(index.quotes[ids[0]!]!.textId, ids);
  }
  for (const ids of byText.values()) {
    const sw = wordsWithOffsets(index.quotes[ids[0]!]!.text);
    const a = alignQuote(words, sw.map((w) => w.word), dropCost);
    if (a.edits > maxEdits || a.to <= a.from) continue;
    for (const id of ids) {
      const q = index.quotes[id]!;
      const m: Match = { doc: q.doc, edits: a.edits, start: q.span.start + sw[a.from]!.start, end: q.span.start + sw[a.to - 1]!.end, sentence: q.sentence };
      if (q.speaker) m.speaker = q.speaker;
      matches.push(m);
    }
  }
  if (!matches.some((m) => m.edits === 0)) {
    for (const { id } of index.searchSentences(queryTerms(quote.text), 10)) {
      const s = index.sentence(id);
      if (docs && !docs.has(s.doc)) continue;
      const text = index.documents[s.doc]!.text.slice(s.span.start, s.span.end);
      const sw = wordsWithOffsets(text);
      const a = alignQuote(words, sw.map((w) => w.word), dropCost);
      if (a.edits > maxEdits || a.to <= a.from) continue;
      if (matches.some((m) => m.doc === s.doc && m.start <= s.span.start + sw[a.from]!.start && s.span.start + sw[a.to - 1]!.end <= m.end)) continue;
      matches.push({ doc: s.doc, edits: a.edits, start: s.span.start + sw[a.from]!.start, end: s.span.start + sw[a.to - 1]!.end, sentence: id });
    }
  }
  if (!matches.length) return { ...base, verdict: words.length >= 3 ? "unverified-quote" : "skip" };
  const claimed = quote.speaker;
  const namesClaimedBody = (m: Match) =>
    !!claimed && quote.speakerType !== "person" && (m.sentence >= 0 ? index.sentence(m.sentence).entities : []).some((e) => e.type === "organisation" && sameOrganisation(e.name, claimed));
  const sameSpeaker = (m: Match) => !!claimed && !!m.speaker && (samePerson(claimed, m.speaker) || sameOrganisation(claimed, m.speaker) || namesClaimedBody(m));
  const exact = matches.filter((m) => m.edits === 0);
  const evidenceOf = (m: Match): Evidence => {
    let id = m.sentence;
    while (id + 1 < index.sentenceCount && index.sentence(id + 1).doc === m.doc && index.sentence(id + 1).span.start <= m.start) id++;
    const ev = index.evidence(id, { start: m.start, end: m.end }, { stance: m.edits === 0 ? "agrees" : "disagrees" });
    if (m.speaker) ev.value = m.speaker;
    return ev;
  };
  const onePerDoc = (ms: Match[]) => {
    const seen = new Set<number>();
    return ms.filter((m) => !seen.has(m.doc) && seen.add(m.doc)).slice(0, EVIDENCE_MAX);
  };
  const speakersOf = (ms: Match[]) => [...new Set(ms.map((m) => m.speaker).filter((s): s is string => !!s))];
  const docsOf = (ms: Match[]) => [...new Set(ms.map((m) => m.doc))];
  if (exact.length) {
    const byClaimed = exact.filter(sameSpeaker);
    const attributed = exact.filter((m) => m.speaker);
    if (!claimed || byClaimed.length || !attributed.length) {
      const ms = byClaimed.length ? byClaimed : exact;
      return { ...base, verdict: "supported", evidence: onePerDoc(ms).map(evidenceOf), sourceSpeakers: speakersOf(ms), docs: docsOf(ms) };
    }
    const counts = new Map<string, number>();
    for (const m of attributed) counts.set(m.speaker!, (counts.get(m.speaker!) ?? 0) + 1);
    const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    return { ...base, verdict: "misattributed", evidence: onePerDoc(attributed).map(evidenceOf), suggestion: speakers[0], sourceSpeakers: speakers, docs: docsOf(attributed) };
  }
  const best = [...matches].sort((a, b) => Number(sameSpeaker(b)) - Number(sameSpeaker(a)) || a.edits - b.edits)[0]!;
  const sourceText = index.documents[best.doc]!.text.slice(best.start, best.end);
  const diff = diffWords(quote.text, sourceText, { ignoreCase: true }).map((p) => {
    const part: DiffPart = { value: p.value };
    if (p.added) part.added = true;
    if (p.removed) part.removed = true;
    return part;
  });
  const close = matches.filter((m) => m.edits === best.edits);
  return { ...base, verdict: "misquoted", evidence: onePerDoc([best, ...close]).map(evidenceOf), suggestion: sourceText, sourceSpeakers: speakersOf([best]), diff, docs: docsOf([best, ...close]) };
}

describe("quote check: a three-word quote", () => {
  const ix = CorpusIndex.build([
    doc("a", 'Offer rejected\n\nManaging director Claire Benson said the offer was "fair and affordable".\n\nUnion officer Dean Morris called it "cheap and cynical".\n'),
  ]);
  const assess = (claim: string) => {
    const [q] = extractQuotes(claim, [{ start: 0, end: claim.length }]);
    assert.ok(q, claim);
    const a = assessQuote(ix, q);
    return [a.verdict, a.suggestion ?? null];
  };

  it("with one word changed is the speaker's quote misquoted, where that speaker said the rest", () => {
    assert.deepEqual(assess('Claire Benson said the offer was "fair and generous".'), ["misquoted", "fair and affordable"]);
    assert.deepEqual(assess('Claire Benson said the offer was "fair and affordable".'), ["supported", null]);
  });
  it("is not another speaker's quote misquoted, nor a quote of no speaker", () => {
    assert.equal(assess('Dean Morris said the offer was "fair and generous".')[0], "unverified-quote");
    assert.equal(assess('The offer was called "fair and generous".')[0], "unverified-quote");
  });
});

describe("quote check: a longer quote with a word changed for two", () => {
  const ix = CorpusIndex.build([doc("a", 'Eruption\n\nVidir Reynisson, the head of civil protection, said: "We are prepared for this. Everyone got out safely."\n')]);
  const assess = (claim: string) => {
    const [q] = extractQuotes(claim, [{ start: 0, end: claim.length }]);
    assert.ok(q, claim);
    return assessQuote(ix, q).verdict;
  };
  it("of six words or more is the quote altered (two edits)", () => {
    assert.equal(assess('Vidir Reynisson said: "We were not prepared for this."'), "misquoted");
  });
  it("but three edits in six words, or two in five, is another quote", () => {
    assert.equal(assess('Vidir Reynisson said: "They were not ready for this."'), "unverified-quote");
    assert.equal(assess('Vidir Reynisson said: "We were prepared for that."'), "unverified-quote");
  });
});

describe("quote check: a fragment that leaves out the denial before it", () => {
  const ix = CorpusIndex.build([doc("wire", 'Wire\n\nThorne said that Voss had shown "not a flicker of remorse".\n')]);
  const quote = (text: string) => extractQuotes(text, [{ start: 0, end: text.length }])[0]!;
  it("is misquoted: it says the opposite ('a flicker of remorse' / 'not a flicker of remorse')", () => {
    const a = assessQuote(ix, quote('Thorne said Voss had shown "a flicker of remorse" for his offences.'));
    assert.equal(a.verdict, "misquoted");
    assert.equal(a.suggestion, "not a flicker of remorse");
  });
  it("while the fragment with its denial, or a fragment after it, is the speaker's words", () => {
    assert.equal(assessQuote(ix, quote('Thorne said Voss had shown "not a flicker of remorse".')).verdict, "supported");
    assert.equal(assessQuote(ix, quote('Thorne said Voss had shown no "flicker of remorse".')).verdict, "supported");
  });
});
