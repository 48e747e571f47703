/**
 * `parseDraftSteps` masks a draft region by region (whole lines) so no step passes over a
 * megabyte text at once. Its result must not depend on where the regions fall: these tests compare
 * it, with regions from one line to the whole text, with the whole-text parse it replaced (kept
 * below as the reference), on drafts whose front matter, fences, comments, links and citations
 * straddle every region edge.
 */
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { splitSentences } from "../../src/core/analysis/sentences";
import { ParagraphSplits, parseDraft, parseDraftSteps, type DraftClaim, type ParsedDraft } from "../../src/core/check/draft";
import { parseCitations, type CitationGroup } from "../../src/core/services/citations";
import { isIgnoredClaim } from "../../src/core/services/findings";
import type { Span } from "../../src/core/types";

const ROOT = path.resolve(__dirname, "../../..");

/** The whole-text parse (`parseDraft` before it was stepped by regions), as the reference. */
function referenceParse(text: string): ParsedDraft {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  let masked = text.replace(/\r/g, " ");
  const mask = (re: RegExp, keep?: (m: RegExpExecArray) => Span[]) => {
    masked = masked.replace(re, (...args) => {
      const m = args[0] as string;
      if (!keep) return blank(m);
      const offset = args[args.length - 2] as number;
      const groups = Object.assign([m], { index: offset }) as unknown as RegExpExecArray;
      const spans = keep(groups);
      let out = "";
      for (let i = 0; i < m.length; i++) out += spans.some((s) => i >= s.start && i < s.end) || m[i] === "\n" ? m[i] : " ";
      return out;
    });
  };
  mask(/^---\n[\s\S]*?\n(---|\.\.\.)[ \t]*(\n|$)/);
  // A fence runs to its closing fence or to the end of the draft (not to the end of its first line).
  mask(/^([ \t]*)(```|~~~)[^\n]*\n(?:(?:[^\n]*\n)*?[ \t]*\2[^\n]*|[\s\S]*)/gm);
  mask(/<!--[\s\S]*?-->/g);
  mask(/<\/?[A-Za-z][^>\n]*>/g);
  mask(/`[^`\n]*`/g);
  mask(/^[ \t]{0,3}#{1,6}[ \t][^\n]*/gm);
  mask(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*/gm);
  mask(/^(=+|-+)[ \t]*$/gm);
  const citations = parseCitations(masked);
  if (citations.length) {
    const parts: string[] = [];
    let at = 0;
    for (const g of citations) {
      parts.push(masked.slice(at, g.span.start), blank(masked.slice(g.span.start, g.span.end)));
      at = g.span.end;
    }
    parts.push(masked.slice(at));
    masked = parts.join("");
  }
  mask(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m) => [{ start: m[0].indexOf("[") + 1, end: m[0].indexOf("](") }]);
  mask(/<https?:[^>\s]+>/g);
  mask(/^[ \t]*>[ \t]?/gm);
  mask(/^[ \t]*([-*+]|\d+[.)])[ \t]+/gm);
  mask(/(\*\*|__|\*|~~)(?=\S)|(?<=\S)(\*\*|__|\*|~~)/g);
  const paragraphs: Span[] = [];
  const para = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = para.exec(masked); m; m = para.exec(masked)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const claims: DraftClaim[] = [];
  for (const p of paragraphs) {
    const sentences = splitSentences(masked, p.start, p.end, { keepQuotesTogether: true });
    sentences.forEach((s, i) => {
      const next = sentences[i + 1]?.start ?? p.end;
      const cites: CitationGroup[] = citations.filter((g) => g.span.start >= s.start && g.span.start < next);
      claims.push({ span: s, citations: cites, paragraph: p, ignored: isIgnoredClaim(text, s) });
    });
  }
  return { text, masked, paragraphs, claims, citations };
}

function stepped(text: string, regionChars: number): { draft: ParsedDraft; steps: number } {
  const gen = parseDraftSteps(text, { regionChars });
  for (let steps = 0; ; steps++) {
    const r = gen.next();
    if (r.done) return { draft: r.value, steps };
  }
}

function assertSame(text: string, regionSizes: number[]): void {
  const want = referenceParse(text);
  assert.deepEqual(parseDraft(text), want, "parseDraft");
  for (const size of regionSizes) {
    const got = stepped(text, size).draft;
    if (got.masked !== want.masked) {
      const at = [...got.masked].findIndex((c, i) => c !== want.masked[i]);
      assert.fail(`regions of ${size}: masked differs at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`);
    }
    assert.deepEqual(got, want, `regions of ${size}`);
  }
}

/** Constructs that span lines or sit at line edges, and prose with citations and links. */
const LINES = [
  "---",
  "...",
  "title: x [@front]",
  "```js",
  "~~~",
  "  ```",
  "```",
  "const a = \"Officers recovered 77 firearms.\"; <!-- in code",
  "<!-- a comment",
  "with [@hidden] inside -->",
  "<!-- one line --> Police seized £54m [@cops-take-out-encrochat].",
  "-->",
  "<!-- sourced-ignore -->",
  "Read [the NCA report](https://example.org/a.b) and `746 arrests` [@a; @b, para 5].",
  "The Met charged 99 people.[@met] He said: \"This is just the beginning. We will keep going.\"",
  "See <https://example.org/x> and <b>bold</b> and **EncroChat** had *60,000* users.",
  "# Heading. Not a claim",
  "[ref]: https://example.org",
  "===",
  "- a list item with [a link](x) [@cite]",
  "> Nikki Holland said: \"We will.\"",
  "1. Numbered item. Second sentence [see @k, p. 3].",
  "e-mail me@example.org [x@y]",
  "Wrapped prose line that",
  "continues here. And ends.",
  "",
  "",
  "   ",
  "\r",
];

describe("engine: parseDraftSteps (region by region) equals the whole-text parse", () => {
  it("on the example draft, with regions of 1 character to the whole text", () => {
    const text = readFileSync(path.join(ROOT, "examples/draft.md"), "utf8");
    assertSame(text, [1, 2, 7, 50, 300, 4_096, 1 << 20]);
  });

  it("on a draft with front matter, fences, comments, links and citations at every region edge", () => {
    const text = [
      "---",
      "title: \"Draft. With a sentence\"",
      "",
      "tags: [@not-a-citation]",
      "---",
      "",
      "Police seized £54m in cash [@cops-take-out-encrochat]. The Met charged 99 people.[@a; @b, para 5]",
      "",
      "```js",
      "",
      "```",
      "after the fence [@x].",
      "",
      "~~~",
      "code line",
      "more code [@y]",
      "~~~",
      "<!-- a comment",
      "",
      "spanning a blank line [@hidden] ```",
      "```",
      "-->Read [the NCA report](https://example.org/Report.Two.html) and `746 arrests`.",
      "",
      "<!-- sourced-ignore -->",
      "Ignored sentence one. Ignored sentence two.",
      "",
      "```",
      "<!-- not a comment: in code",
      "Five tonnes of drugs were seized. <!-- sourced-ignore -->",
      "- **EncroChat** had *60,000* users worldwide.",
      "> Nikki Holland said: \"This is just the beginning. We will keep going.\"",
      "<!-- unclosed [@z]",
      "",
      "Last line. [@last]",
    ].join("\n");
    assertSame(text, [1, 3, 10, 40, 64, 100, 1_000]);
    assertSame(text.replace(/\n/g, "\r\n"), [1, 5, 64, 1_000]);
  });

  it("on front matter edge cases: unclosed, closed by `...` with trailing spaces, at the end, CRLF", () => {
    for (const text of [
      "---\ntitle: x\n\nProse here [@a].",
      "---\ntitle: x\n... \t\nProse [@a]. More.",
      "---\n\n---\nProse.",
      "---\ntitle: x\n---",
      "---\ntitle: x\n----\nstill front matter\n---  \nProse.",
      "---\r\ntitle: x\r\n---\r\nProse.",
      "---\ntitle: x\r\n---\r\nProse [@a].",
      "x---\ntitle\n---\nProse.",
    ]) {
      assertSame(text, [1, 2, 5, 1_000]);
    }
  });

  it("on random drafts of tricky lines, for random region sizes (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 3 }), (lines, sizes) => {
        assertSame(lines.join("\n"), sizes);
      }),
      { numRuns: 300 },
    );
  });

  it("splits as before with the sentences of paragraphs split in earlier drafts (a memo shared across edits, property)", () => {
    // One memo for every run: paragraphs recur, moved and beside other ones, as after edits.
    const splits = new ParagraphSplits(50);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), (lines) => {
        const text = lines.join("\n");
        assert.deepEqual(parseDraft(text, { splits }), referenceParse(text));
      }),
      { numRuns: 300 },
    );
    // The seeds and the example, read as drafts and then with a paragraph edited, with one memo.
    const seeds = readdirSync(path.join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).map((f) => `seeds/${f}`);
    const texts = ["examples/draft.md", ...seeds].map((f) => readFileSync(path.join(ROOT, f), "utf8"));
    assert.ok(texts.length >= 6);
    const shared = new ParagraphSplits();
    for (const text of texts) {
      const edited = text.replace(/\d+/, (d) => `${d}5. Inserted sentence`);
      for (const t of [text, edited, text]) assert.deepEqual(parseDraft(t, { splits: shared }), parseDraft(t));
    }
  });

  it("pauses between regions: more steps for smaller regions", () => {
    const text = readFileSync(path.join(ROOT, "examples/draft.md"), "utf8");
    assert.ok(stepped(text, 100).steps > stepped(text, 1 << 20).steps + 10);
  });
});
