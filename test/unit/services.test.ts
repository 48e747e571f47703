import * as assert from "node:assert/strict";
import { citationAt, citedKeys, parseCitations } from "../../src/core/services/citations";
import { rankByPrefix } from "../../src/core/services/fuzzy";
import { completionContext } from "../../src/core/services/completionContext";
import { citedSources, formatBibliography, toCslJson } from "../../src/core/services/bibliography";
import { filterIgnored, findingsAt, ignoreMarkerEdit, isIgnoredClaim, isProblem, worstKind } from "../../src/core/services/findings";
import { buildReportModel, reportToJson, reportToMarkdown } from "../../src/core/services/report";
import { citationInsertion, quoteAt, sentenceAt, speakerInSentence } from "../../src/core/services/text";
import type { Finding, FindingKind, SourceMeta } from "../../src/core/types";

function finding(text: string, claim: string, target: string, kind: FindingKind = "contradicted"): Finding {
  const cs = text.indexOf(claim);
  const s = text.indexOf(target, cs);
  const pos = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split("\n").length - 1;
    return { line, character: o - (before.lastIndexOf("\n") + 1) };
  };
  return {
    kind,
    severity: "warning",
    range: { start: pos(s), end: pos(s + target.length) },
    span: { start: s, end: s + target.length },
    message: `${kind}: ${target}`,
    claim,
    claimSpan: { start: cs, end: cs + claim.length },
    evidence: [{ source: "guardian", path: "/s/guardian.txt", range: { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } }, text: "with 746 UK arrests", highlight: { start: 5, end: 8 } }],
    suggestion: "746",
  };
}

describe("services: citations", () => {
  it("parses single, multiple and located citations with exact spans", () => {
    const text = "A [@a]. B [@b; @c-d, para 5]. mail x@y.com [see @e, p. 3] [link](u) [@f](http://x)";
    const groups = parseCitations(text);
    assert.deepEqual(groups.map((g) => g.refs.map((r) => r.key)), [["a"], ["b", "c-d"], ["e"]]);
    const cd = groups[1].refs[1];
    assert.equal(text.slice(cd.keySpan.start, cd.keySpan.end), "c-d");
    assert.equal(cd.locator, "para 5");
    assert.equal(text.slice(groups[2].span.start, groups[2].span.end), "[see @e, p. 3]");
  });
  it("citationAt finds the ref under the cursor", () => {
    const text = "Intro.\nX [@a; @bee] y.";
    const at = citationAt(text, text.indexOf("bee") + 1);
    assert.equal(at?.ref?.key, "bee");
    assert.equal(citationAt(text, 2), undefined);
  });
  it("citedKeys dedups in order, trims trailing punctuation", () => {
    assert.deepEqual(citedKeys("[@b] [@a.] [@B; @c]"), ["b", "a", "c"]);
  });
});

describe("services: findings", () => {
  const text = "Operation Venetic led to 964 arrests in the UK. Another claim 12 here.";
  const f1 = finding(text, "Operation Venetic led to 964 arrests in the UK.", "964");
  const f2 = finding(text, "Another claim 12 here.", "12", "supported");
  it("problems, findingsAt, worstKind", () => {
    assert.equal(isProblem(f1), true);
    assert.equal(isProblem(f2), false);
    assert.deepEqual(findingsAt([f1, f2], text.indexOf("964") + 3), [f1]);
    assert.equal(worstKind(["unsupported", "misquoted", "supported"]), "misquoted");
    assert.equal(worstKind([]), "supported");
  });
  it("ignore marker after the claim silences only that claim", () => {
    const edit = ignoreMarkerEdit(text, f1.claimSpan);
    const marked = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset);
    assert.ok(marked.startsWith("Operation Venetic led to 964 arrests in the UK. <!-- sourced-ignore --> Another"));
    const g1 = finding(marked, f1.claim, "964");
    const g2 = finding(marked, f2.claim, "12");
    assert.deepEqual(filterIgnored(marked, [g1, g2]), [g2]);
  });
  it("ignore marker after a trailing citation group, and on the line before a paragraph", () => {
    const t1 = "Claim one 964. [@x] <!-- sourced-ignore -->\n";
    assert.equal(isIgnoredClaim(t1, { start: 0, end: 14 }), true);
    const t2 = "Para.\n\n<!-- sourced-ignore -->\nFirst 1.\nSecond 2.\n\nThird 3.";
    assert.equal(isIgnoredClaim(t2, { start: t2.indexOf("Second"), end: t2.indexOf("Second") + 9 }), true);
    assert.equal(isIgnoredClaim(t2, { start: t2.indexOf("Third"), end: t2.length }), false);
    const t3 = "<!-- sourced-ignore -->\n\nFirst 1.";
    assert.equal(isIgnoredClaim(t3, { start: t3.indexOf("First"), end: t3.length }), true);
  });
});

describe("services: text", () => {
  it("sentenceAt returns the sentence around the cursor", () => {
    const text = "# Title\n\nFirst one. Operation Venetic led to 746 arrests. Last!";
    const s = sentenceAt(text, text.indexOf("Venetic"));
    assert.equal(text.slice(s.start, s.end), "Operation Venetic led to 746 arrests.");
  });
  it("citationInsertion goes before final punctuation, or joins a group", () => {
    const t = "It led to 746 arrests.";
    const ins = citationInsertion(t, { start: 0, end: t.length }, "k");
    assert.deepEqual(ins, { offset: t.length - 1, insert: " [@k]" });
    const t2 = "It led to 746 arrests [@a].";
    assert.deepEqual(citationInsertion(t2, { start: 0, end: t2.length }, "k"), { offset: t2.indexOf("]"), insert: "; @k" });
    assert.equal(citationInsertion(t2, { start: 0, end: t2.length }, "a"), undefined);
    const t3 = "She said “it is a game changer.”";
    assert.deepEqual(citationInsertion(t3, { start: 0, end: t3.length }, "k"), { offset: t3.length, insert: " [@k]" });
  });
  it("quoteAt finds straight and curly quotations", () => {
    const t = 'He said "game changer" and “just the beginning”.';
    assert.equal(t.slice(quoteAt(t, 12)!.inner.start, quoteAt(t, 12)!.inner.end), "game changer");
    const q = quoteAt(t, t.indexOf("beginning"))!;
    assert.equal(t.slice(q.span.start, q.span.end), "“just the beginning”");
    assert.equal(quoteAt(t, 2), undefined);
  });
  it("speakerInSentence", () => {
    assert.equal(speakerInSentence("Dame Cressida Dick said it was"), "Dame Cressida Dick");
    assert.equal(speakerInSentence("It was, said Wil van Gemert, a success"), "Wil van Gemert");
    assert.equal(speakerInSentence("police said it was"), undefined);
  });
});

describe("services: completion context", () => {
  it("citation after [@, after ; @ and after a space", () => {
    for (const [text, prefix] of [["See [@cop", "cop"], ["See [@a; @", ""], ["See [see @gu", "gu"]] as const) {
      const c = completionContext(text, text.length);
      assert.equal(c.kind, "citation", text);
      if (c.kind === "citation") assert.equal(c.prefix, prefix);
    }
    assert.equal(completionContext("email a@b", 9).kind, "prose");
  });
  it("quote after an opening mark, not after a closing one", () => {
    const c = completionContext('She said "game', 14);
    assert.equal(c.kind, "quote");
    if (c.kind === "quote") assert.equal(c.prefix, "game");
    assert.equal(completionContext('She said "game" and', 19).kind, "prose");
    assert.equal(completionContext("She said “just", 14).kind, "quote");
  });
});

describe("services: report and bibliography", () => {
  const text = "Operation Venetic led to 964 arrests in the UK. Dick said it was a game changer.";
  const findings = [finding(text, "Operation Venetic led to 964 arrests in the UK.", "964"), finding(text, "Dick said it was a game changer.", "game changer", "supported")];
  it("one row per claim, counts by kind", () => {
    const model = buildReportModel([{ uri: "file:///d.md", label: "d.md", findings }], { scope: "document", now: new Date(0), titleOf: () => "T" });
    assert.equal(model.claims, 2);
    assert.equal(model.problems, 1);
    assert.equal(model.counts.contradicted, 1);
    assert.equal(model.counts.supported, 1);
    assert.equal(model.rows[0].verdict, "contradicted");
    assert.equal(model.rows[0].evidence[0].title, "T");
    assert.ok(reportToMarkdown(model).includes("**contradicted**"));
    assert.equal(JSON.parse(reportToJson(model)).claims, 2);
  });
  it("bibliography and CSL-JSON", () => {
    const meta: SourceMeta = { key: "cops", aliases: [], title: "Cops take *out*", publisher: "CW", date: "2020-07-02", path: "/x", url: "https://e.com/a" };
    const { sources, unknown } = citedSources("[@cops] [@nope] [@COPS]", (k) => (k.toLowerCase() === "cops" ? meta : undefined));
    assert.deepEqual(unknown, ["nope"]);
    const md = formatBibliography(sources);
    assert.ok(md.includes("\\*out\\*"), md);
    assert.ok(md.includes("<https://e.com/a>"));
    assert.deepEqual(toCslJson(sources)[0].issued, { "date-parts": [[2020, 7, 2]] });
  });
});

describe("services: fuzzy ranking", () => {
  const c = [
    { item: "a", fields: ["police-scotland-2016", "Police Scotland"] },
    { item: "b", fields: ["cops-take-out-encrochat", "Cops take out encrypted comms"] },
    { item: "c", fields: ["crime-chat-network-cracked", "Crime chat network cracked"] },
  ];
  it("keeps index order for an empty prefix", () => {
    assert.deepEqual(rankByPrefix(c, "").map((r) => r.item), ["a", "b", "c"]);
  });
  it("filters and ranks by the typed prefix", () => {
    const r = rankByPrefix(c, "cops");
    assert.equal(r[0].item, "b");
    assert.equal(r[0].sortText, "00000");
    assert.ok(!r.some((x) => x.item === "a"));
  });
});
