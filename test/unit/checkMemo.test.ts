/**
 * The check memo (`CheckMemo`): a check through it says exactly what a fresh check says, after any
 * edit of the draft and after the index changes, while the claims an edit left alone are not
 * checked again.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { checkDraftChunked } from "../../src/core/check/checkInChunks";
import { CheckMemo } from "../../src/core/check/checkMemo";
import { paragraphsFor } from "../../src/core/check/checkDraft";
import { parseDraft } from "../../src/core/check/draft";
import { extractQuotes, type NamedMention } from "../../src/core/analysis/quotes";
import type { Span } from "../../src/core/types";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { readSourceText } from "../../src/core/sources/readSource";
import { rng } from "./random";

const ROOT = path.resolve(__dirname, "../../..");

/** A draft of the project's paraphrase claims, four to a paragraph, with a quote paragraph and citations. */
function draftOfClaims(): string {
  const claims = readFileSync(path.join(ROOT, "test/eval/seed-paraphrase-claims.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const paras: string[] = [];
  for (let i = 0; i < claims.length; i += 4) paras.push(claims.slice(i, i + 4).join(" "));
  paras.splice(3, 0, readFileSync(path.join(ROOT, "examples/draft.md"), "utf8").replace(/^---[\s\S]*?\n---\n/, ""));
  return paras.join("\n\n") + "\n";
}

/** Edits a writer makes: change a figure, a name, a word, a quote mark, or insert or delete a sentence or paragraph. */
function edit(text: string, rand: () => number): string {
  const at = Math.floor(rand() * text.length);
  const kind = Math.floor(rand() * 7);
  const digit = text.slice(at).search(/\d/);
  switch (kind) {
    case 0:
      return digit < 0 ? text : text.slice(0, at + digit) + String(Math.floor(rand() * 9) + 1) + text.slice(at + digit + 1);
    case 1:
      return text.replace(/\b(Dick|Jones|Europol|London|Scotland)\b/, (w) => ({ Dick: "Jones", Jones: "Dick", Europol: "Interpol", London: "Paris", Scotland: "Wales" })[w]!);
    case 2:
      return text.slice(0, at) + " not" + text.slice(at);
    case 3:
      return text.slice(0, at) + '"' + text.slice(at);
    case 4: {
      const para = text.indexOf("\n\n", at);
      return para < 0 ? text : text.slice(0, para) + "\n\nShe said: \"We arrested 746 people in London.\"" + text.slice(para);
    }
    case 5: {
      const end = text.indexOf(". ", at);
      return end < 0 ? text : text.slice(0, at) + text.slice(end + 1);
    }
    default: {
      const end = text.indexOf(".", at);
      return end < 0 ? text : text.slice(0, end) + " [@bbc-encrochat]" + text.slice(end);
    }
  }
}

describe("check memo: the quote finder's reading kept between checks", () => {
  /** A memo that counts the sentences the quote finder reads (it asks the memo for each one's names). */
  class CountingMemo extends CheckMemo {
    reads = 0;
    override namesIn(text: string, sentence: Span, collect: () => NamedMention[]): NamedMention[] {
      this.reads++;
      return super.namesIn(text, sentence, collect);
    }
  }
  const quotesOf = (memo: CheckMemo, text: string, within?: Span) => {
    const draft = parseDraft(text);
    const paragraphs = paragraphsFor(draft, within);
    const steps = memo.quoteSteps(draft.masked, paragraphs);
    for (;;) {
      const r = steps.next();
      if (r.done) return { got: r.value, want: extractQuotes(draft.masked, paragraphs) };
    }
  };

  it("finds the quotes a fresh reading finds after each of 200 edits, whole or within a paragraph, masking included", () => {
    const memo = new CheckMemo();
    let text = draftOfClaims();
    const rand = rng(5);
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(rand() * text.length);
      const kind = Math.floor(rand() * 10);
      // Beyond a writer's edits: a code fence or comment opened (masking what follows), a
      // paragraph split or joined (moving every later paragraph).
      if (kind === 7) text = text.slice(0, at) + "\n```\n" + text.slice(at);
      else if (kind === 8) text = text.slice(0, at) + (rand() < 0.5 ? "<!-- " : " -->") + text.slice(at);
      else if (kind === 9) text = rand() < 0.5 ? text.slice(0, at) + "\n\n" + text.slice(at) : text.replace("\n\n", " ");
      else text = edit(text, rand);
      const within = rand() < 0.5 ? undefined : { start: at, end: Math.min(text.length, at + 200) };
      const { got, want } = quotesOf(memo, text, within);
      assert.deepEqual(got, want, `edit ${i}`);
    }
  });

  it("reads again only from the paragraph an edit is in", () => {
    const memo = new CountingMemo();
    const text = draftOfClaims();
    quotesOf(memo, text);
    const all = memo.reads;
    const last = text.lastIndexOf("\n\n", text.length - 3) + 2;
    const edited = text.slice(0, last) + "She said: \"We arrested 746 people.\" " + text.slice(last);
    memo.reads = 0;
    const { got, want } = quotesOf(memo, edited);
    assert.deepEqual(got, want);
    assert.ok(memo.reads > 0 && memo.reads * 5 < all, `${memo.reads} sentences read again of ${all}`);
  });
});

describe("check memo: verdicts kept between checks", function () {
  this.timeout(120_000);
  let index: CorpusIndex;

  before(async () => {
    const corpus = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    index = CorpusIndex.build(corpus.documents);
  });

  it("keeps a paragraph's last claim when the next paragraph's opening words change, and says what a fresh check says", () => {
    const memo = new CheckMemo();
    const text = "The Met made 171 arrests.\n\nOfficers seized 77 firearms.\n";
    checkDraft(index, text, { memo });
    const edited = text.replace("Officers seized 77", "Police seized 78");
    const before = memo.misses;
    assert.deepEqual(checkDraft(index, edited, { memo }), checkDraft(index, edited));
    assert.equal(memo.misses - before, 1, "only the edited claim is checked");
    // Within a paragraph the words after a claim are part of what it is read with.
    const joined = "The Met made 171 arrests. Officers seized 77 firearms.\n";
    checkDraft(index, joined, { memo });
    const before2 = memo.misses;
    checkDraft(index, joined.replace("Officers seized 77", "Police seized 78"), { memo });
    assert.equal(memo.misses - before2, 2);
  });

  it("says what a fresh check says after each of 120 random edits, checking again only what changed", () => {
    const memo = new CheckMemo();
    let text = draftOfClaims();
    assert.deepEqual(checkDraft(index, text, { memo }), checkDraft(index, text));
    const rand = rng(11);
    let claimsChecked = 0;
    for (let i = 0; i < 120; i++) {
      text = edit(text, rand);
      const misses = memo.misses;
      const fresh = checkDraft(index, text);
      assert.deepEqual(checkDraft(index, text, { memo }), fresh, `edit ${i}`);
      claimsChecked += memo.misses - misses;
    }
    // An edit touches a claim or two (a quote mark can re-attribute a paragraph): far fewer than the ~25 per draft.
    assert.ok(memo.hits > 10 * claimsChecked, `${memo.hits} claims from memory, ${claimsChecked} checked`);
  });

  it("re-checks one paragraph (`within`) like a fresh check, and the chunked checker agrees", async () => {
    const memo = new CheckMemo();
    const text = draftOfClaims();
    checkDraft(index, text, { memo });
    const para = text.indexOf("\n\n", 400) + 2;
    const end = text.indexOf("\n\n", para);
    const edited = text.slice(0, para) + text.slice(para, end).replace(/\d/, "9") + text.slice(end);
    const within = { start: para, end };
    const before = memo.misses;
    assert.deepEqual(checkDraft(index, edited, { within, memo }), checkDraft(index, edited, { within }));
    assert.ok(memo.misses - before <= 2, "only the edited claim is checked");
    assert.deepEqual(await checkDraftChunked(index, edited, { memo }), checkDraft(index, edited));
  });

  it("checks a quote again when an edit elsewhere changes who said it", () => {
    const memo = new CheckMemo();
    const quote = "\n\n“The NCA is proud to have led the UK part of this operation,” she said.\n";
    const right = "Nikki Holland spoke to reporters on Thursday." + quote;
    const wrong = "Cressida Dick spoke to reporters on Thursday." + quote;
    const kinds = (text: string) => checkDraft(index, text, { memo }).filter((f) => f.claim.includes("proud")).map((f) => f.kind);
    assert.deepEqual(kinds(right), ["supported"]);
    assert.deepEqual(kinds(wrong), ["misattributed"]);
    assert.deepEqual(checkDraft(index, wrong, { memo }), checkDraft(index, wrong));
  });

  it("moves verdicts with their claim when text is inserted before it", () => {
    const memo = new CheckMemo();
    const text = draftOfClaims();
    const first = checkDraft(index, text, { memo });
    const moved = checkDraft(index, "A new opening paragraph.\n\n" + text, { memo });
    const shift = "A new opening paragraph.\n\n".length;
    const lastOf = (fs: typeof first) => fs[fs.length - 1]!;
    assert.equal(lastOf(moved).span.start, lastOf(first).span.start + shift);
    assert.equal(lastOf(moved).range.start.line, lastOf(first).range.start.line + 2);
  });

  it("hands its verdicts to a memo of a later run (as plain data), which says what a fresh check says", () => {
    const text = draftOfClaims();
    const first = new CheckMemo();
    checkDraft(index, text, { memo: first });
    // Through JSON, as the CLI's verdict store keeps them.
    const kept = JSON.parse(JSON.stringify(first.remembered(index)));
    assert.equal(kept.length, first.misses);
    const later = new CheckMemo();
    later.recall(index, kept);
    const edited = "An opening line.\n\n" + text.replace(/\b746\b/, "747");
    assert.deepEqual(checkDraft(index, edited, { memo: later }), checkDraft(index, edited));
    // The new line, the claim after it (read with what precedes it) and the edited claim, give or take one.
    assert.ok(later.misses >= 2 && later.misses <= 4, `${later.misses} claims checked again`);
    assert.ok(later.hits >= kept.length - 4 && later.hits > 20, `${later.hits} of ${kept.length} claims taken up`);
    // The most recently used last, and as few as asked for.
    assert.equal(later.remembered(index, 5).length, 5);
  });

  it("has nothing to hand over for an index it has not checked against, or one changed since", async () => {
    const corpus = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    const own = CorpusIndex.build(corpus.documents);
    const memo = new CheckMemo();
    checkDraft(own, "The Met made 171 arrests.\n", { memo });
    assert.equal(memo.remembered(own).length, 1);
    assert.deepEqual(memo.remembered(index), []);
    const added = readSourceText("/virtual/another.txt", "Another report of another day.\n");
    assert.ok(added.ok);
    own.upsertDocument(added.document);
    assert.deepEqual(memo.remembered(own), []);
  });

  it("forgets verdicts when the index changes", async () => {
    const corpus = await loadCorpus([bundledSeedsDir()!], nodeFileSystem);
    const own = CorpusIndex.build(corpus.documents);
    const memo = new CheckMemo();
    const draft = "The new report counted 91,234 encrypted handsets in the harbour city.\n";
    assert.deepEqual(checkDraft(own, draft, { memo }).map((f) => f.kind), ["unsupported"]);
    const added = readSourceText("/virtual/harbour-report.txt", "The new report counted 91,234 encrypted handsets in the harbour city.\n");
    assert.ok(added.ok);
    own.upsertDocument(added.document);
    const after = checkDraft(own, draft, { memo });
    assert.deepEqual(after, checkDraft(own, draft));
    assert.deepEqual(after.map((f) => f.kind), ["supported"]);
  });
});
