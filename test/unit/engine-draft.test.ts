import * as assert from "node:assert/strict";
import { parseDraft, type ParsedDraft } from "../../src/core/check/draft";

const DRAFT = [
  "---",
  'title: "Draft. With a sentence that is not a claim."',
  "tags: [@not-a-citation]",
  "---",
  "",
  "# Venetic. The numbers",
  "",
  "Police seized £54m in cash [@cops-take-out-encrochat]. The Met charged 99 people.[@a; @b, para 5]",
  "",
  "```js",
  'const claim = "Officers recovered 77 firearms.";',
  "```",
  "",
  "Read [the NCA report](https://example.org/Report.Two.html) and `746 arrests` here. <!-- A note. With 117 firearms. -->",
  "",
  "Five tonnes of drugs were seized. <!-- sourced-ignore -->",
  "",
  "<!-- sourced-ignore -->",
  "Ignored sentence one. Ignored sentence two.",
  "",
  "- **EncroChat** had *60,000* users worldwide.",
  "> Nikki Holland said: \"This is just the beginning. We will keep going.\"",
].join("\n");

function claims(d: ParsedDraft): string[] {
  return d.claims.map((c) => d.text.slice(c.span.start, c.span.end));
}

describe("engine: parseDraft", () => {
  const d = parseDraft(DRAFT);

  it("masked text keeps the length and every newline of the draft", () => {
    assert.equal(d.masked.length, DRAFT.length);
    for (let i = 0; i < DRAFT.length; i++) if (DRAFT[i] === "\n") assert.equal(d.masked[i], "\n", `newline at ${i}`);
    // Whatever is kept is kept in place.
    for (let i = 0; i < DRAFT.length; i++) assert.ok(d.masked[i] === " " || d.masked[i] === DRAFT[i], `offset ${i}`);
  });

  it("claims are the prose sentences, in order", () => {
    assert.deepEqual(claims(d), [
      "Police seized £54m in cash [@cops-take-out-encrochat].",
      "The Met charged 99 people.",
      "Read [the NCA report](https://example.org/Report.Two.html) and `746 arrests` here.",
      "Five tonnes of drugs were seized.",
      "Ignored sentence one.",
      "Ignored sentence two.",
      // The span is trimmed in the masked text, so it starts after the blanked list marker and "**".
      "EncroChat** had *60,000* users worldwide.",
      'Nikki Holland said: "This is just the beginning. We will keep going."',
    ]);
  });

  it("every claim and paragraph lies inside the text, non-empty", () => {
    for (const c of d.claims) {
      assert.ok(0 <= c.span.start && c.span.start < c.span.end && c.span.end <= DRAFT.length);
      assert.ok(c.paragraph.start <= c.span.start && c.span.end <= c.paragraph.end, "claim inside its paragraph");
    }
    for (const p of d.paragraphs) assert.ok(0 <= p.start && p.start < p.end && p.end <= DRAFT.length);
  });

  const hidden: [what: string, text: string][] = [
    ["front matter", "Draft. With a sentence"],
    ["front matter citation-like text", "@not-a-citation"],
    ["a heading", "Venetic. The numbers"],
    ["a fenced code block", "Officers recovered 77 firearms"],
    ["inline code", "746 arrests"],
    ["an HTML comment", "117 firearms"],
    ["a link target", "example.org"],
    ["a citation", "@cops-take-out-encrochat"],
    ["emphasis markers", "**EncroChat**"],
  ];
  for (const [what, s] of hidden) {
    it(`masks ${what}`, () => {
      const at = DRAFT.indexOf(s);
      assert.ok(at >= 0, "present in the draft");
      assert.ok(!d.masked.includes(s), `${JSON.stringify(s)} is masked`);
      assert.ok(!d.claims.some((c) => c.span.start <= at && at + s.length <= c.span.end && !DRAFT.slice(c.span.start, c.span.end).includes("`") && !DRAFT.slice(c.span.start, c.span.end).includes("[")), "not part of a plain claim");
    });
  }

  it("keeps link text and emphasised words", () => {
    assert.ok(d.masked.includes("the NCA report"));
    assert.ok(d.masked.includes("EncroChat") && d.masked.includes("60,000"));
  });

  it("attaches citations to their sentence, even after the full stop; parses several keys and locators", () => {
    const first = d.claims[0]!;
    assert.deepEqual(first.citations.map((g) => g.refs.map((r) => r.key)), [["cops-take-out-encrochat"]]);
    const second = d.claims[1]!;
    assert.equal(second.citations.length, 1);
    const g = second.citations[0]!;
    assert.equal(DRAFT.slice(g.span.start, g.span.end), "[@a; @b, para 5]");
    assert.deepEqual(g.refs.map((r) => [r.key, r.locator]), [["a", undefined], ["b", "para 5"]]);
    assert.equal(DRAFT.slice(g.refs[1]!.span.start, g.refs[1]!.span.end), "@b");
    assert.deepEqual(d.citations.map((x) => DRAFT.slice(x.span.start, x.span.end)), ["[@cops-take-out-encrochat]", "[@a; @b, para 5]"]);
    for (const c of d.claims.slice(2)) assert.deepEqual(c.citations, [], "no other claim has citations");
  });

  it("marks claims ignored by a trailing or preceding sourced-ignore comment, and no others", () => {
    assert.deepEqual(
      d.claims.filter((c) => c.ignored).map((c) => DRAFT.slice(c.span.start, c.span.end)),
      ["Five tonnes of drugs were seized.", "Ignored sentence one.", "Ignored sentence two."],
    );
  });

  it("keeps a quote of several sentences in one claim", () => {
    assert.equal(d.claims.filter((c) => DRAFT.slice(c.span.start, c.span.end).includes("This is just the beginning")).length, 1);
  });

  it("treats CRLF line endings like LF without changing offsets", () => {
    const text = "Officers recovered 77 firearms.\r\n\r\nThe Met charged 99 people.\r\n";
    const p = parseDraft(text);
    assert.equal(p.masked.length, text.length);
    assert.deepEqual(claims(p), ["Officers recovered 77 firearms.", "The Met charged 99 people."]);
    assert.equal(p.paragraphs.length, 2);
  });

  it("an empty draft has no claims", () => {
    const p = parseDraft("");
    assert.deepEqual([p.masked, p.paragraphs, p.claims], ["", [], []]);
  });
});

describe("parseDraft: fenced code of several lines", () => {
  it("masks every line of a fenced block, and the prose after it stays a claim", () => {
    const text = ["Before the code, 746 arrests were made.", "", "```", "const arrests = 964;", "", "Officers seized 117 firearms.", "```", "", "After the code, 77 firearms were seized."].join("\n");
    const d = parseDraft(text);
    const claims = d.claims.map((c) => text.slice(c.span.start, c.span.end));
    assert.deepEqual(claims, ["Before the code, 746 arrests were made.", "After the code, 77 firearms were seized."]);
    assert.ok(!d.masked.includes("964") && !d.masked.includes("117"));
  });

  it("an unclosed fence runs to the end of the draft", () => {
    const text = "Prose here is fine.\n\n~~~\ncode 1\n\nmore code 2\n";
    const d = parseDraft(text);
    assert.deepEqual(d.claims.map((c) => text.slice(c.span.start, c.span.end)), ["Prose here is fine."]);
  });
});
