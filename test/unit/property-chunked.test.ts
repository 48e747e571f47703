/**
 * The time-sliced checker (`checkDraftChunked`): same findings as `checkDraft`, stops on abort, and
 * on a 5 MB draft every slice stays near its budget (the maximum is printed, not asserted tightly:
 * CI machines vary).
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { checkDraftChunked, isAbortError, type SliceInfo } from "../../src/core/check/checkInChunks";
import { parseDraftSteps } from "../../src/core/check/draft";
import { extractQuotesSteps } from "../../src/core/analysis/quotes";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { selectProblems } from "../../src/core/services/problems";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";

const ROOT = path.resolve(__dirname, "../../..");
const immediate = (): Promise<void> => new Promise((r) => setImmediate(r));

/** The example draft repeated (front matter once) to at least `size` characters. */
function bigDraft(size: number): string {
  const base = readFileSync(path.join(ROOT, "examples/draft.md"), "utf8");
  const body = base.replace(/^---[\s\S]*?\n---\n/, "");
  const parts = [base];
  let n = base.length;
  while (n < size) {
    parts.push(body);
    n += body.length + 2;
  }
  return parts.join("\n\n");
}

describe("checkDraftChunked: time-sliced, cancellable checks", function () {
  this.timeout(120_000);
  let index: CorpusIndex;
  before(async () => {
    index = CorpusIndex.build((await loadCorpus([bundledSeedsDir()!], nodeFileSystem)).documents);
  });

  it("gives the same findings as checkDraft on a medium draft (example draft x 20), in several slices", async () => {
    const text = bigDraft(20_000);
    const slices: SliceInfo[] = [];
    const chunked = await checkDraftChunked(index, text, { budgetMs: 5, yieldFn: immediate, onSlice: (s) => slices.push(s) });
    assert.deepEqual(chunked, checkDraft(index, text));
    assert.ok(chunked.length > 20);
    assert.ok(slices.filter((s) => !s.parse).length > 1, "checked in one slice");
  });

  it("honours `within` like checkDraft", async () => {
    const text = bigDraft(5_000);
    const within = { start: 1_000, end: 2_500 };
    assert.deepEqual(await checkDraftChunked(index, text, { within }), checkDraft(index, text, { within }));
  });

  it("a `within` check reads only the paragraphs up to its end, and gives the full check's findings of the claims it touches", async () => {
    const text = bigDraft(5_000);
    const full = checkDraft(index, text);
    const paragraphs = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)];
    let withQuotes = 0;
    for (const m of paragraphs) {
      const within = { start: m.index!, end: m.index! + m[0].length };
      const touching = full.filter((f) => !(f.claimSpan.end < within.start || f.claimSpan.start > within.end));
      if (/[“"]/.test(m[0]) && touching.length) withQuotes++;
      assert.deepEqual(checkDraft(index, text, { within }), touching, m[0].slice(0, 60));
      assert.deepEqual(await checkDraftChunked(index, text, { within }), touching, m[0].slice(0, 60));
    }
    assert.ok(withQuotes >= 2, "the draft has checked paragraphs with quotes");
  });

  it("stops when aborted: rejects with an AbortError before checking every claim", async () => {
    const text = bigDraft(200_000);
    const controller = new AbortController();
    let last: SliceInfo | undefined;
    const run = checkDraftChunked(index, text, {
      signal: controller.signal,
      budgetMs: 5,
      yieldFn: immediate,
      onSlice: (s) => {
        last = s;
        if (!s.parse && s.done > 0) controller.abort();
      },
    });
    await assert.rejects(run, (err) => isAbortError(err));
    assert.ok(last && last.done < last.total, `ran to the end (${last?.done}/${last?.total})`);
    // Already aborted: rejects without parsing.
    await assert.rejects(checkDraftChunked(index, text, { signal: controller.signal }), (err) => isAbortError(err));
  });

  it("checks a 5 MB draft in slices near the budget, yielding to the event loop between them", async function () {
    this.timeout(600_000);
    const text = bigDraft(5 * 1024 * 1024);
    const times: number[] = [];
    let parseMax = 0;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    const controller = new AbortController();
    // The whole 5 MB check takes minutes; slice timing is established after the parse and
    // 2,000 claims and a dozen slices (a fast machine checks 2,000 claims in fewer), then the run
    // is cancelled (which is also what an edit does in the editor).
    await checkDraftChunked(index, text, {
      budgetMs: 20,
      yieldFn: immediate,
      signal: controller.signal,
      onSlice: (s) => {
        if (s.parse) parseMax = Math.max(parseMax, s.ms);
        else times.push(s.ms);
        if (s.done >= 2_000 && times.length >= 12) controller.abort();
      },
    }).catch((err) => {
      if (!isAbortError(err)) throw err;
    });
    clearInterval(timer);
    const max = Math.max(parseMax, ...times);
    console.log(
      `      5 MB draft (${text.length} chars): parse max slice ${parseMax.toFixed(1)} ms; ${times.length} check slices, ` +
        `max ${Math.max(...times).toFixed(1)} ms, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms; ` +
        `${ticks} timer ticks ran in between; ${Math.round(performance.now() - started)} ms in all`,
    );
    assert.ok(times.length > 10);
    assert.ok(ticks > 0, "the event loop never ran during the check");
    // Loose bound (budget 20 ms; slices measure 20-45 ms here): a slice never runs for long.
    assert.ok(max < 250, `a slice ran ${max.toFixed(0)} ms`);
  });

  it("parses a 5 MB draft and finds its quotes in steps of a few milliseconds (none a whole-text pass)", function () {
    this.timeout(120_000);
    const text = bigDraft(5 * 1024 * 1024);
    /** Runs the generator to its end, timing each step (the work between two pauses). */
    const timed = <T>(steps: Generator<void, T, void>): { value: T; max: number; count: number } => {
      let max = 0;
      for (let count = 1; ; count++) {
        const t = performance.now();
        const r = steps.next();
        max = Math.max(max, performance.now() - t);
        if (r.done) return { value: r.value, max, count };
      }
    };
    const parse = timed(parseDraftSteps(text));
    const quotes = timed(extractQuotesSteps(parse.value.masked, parse.value.paragraphs));
    console.log(
      `      5 MB draft: parse ${parse.count} steps, max step ${parse.max.toFixed(1)} ms; ` +
        `quotes ${quotes.count} steps, max step ${quotes.max.toFixed(1)} ms`,
    );
    assert.ok(parse.count > 100 && quotes.count > 100, "too few pauses");
    // Loose bound (steps measure under 10 ms for the parse, under 30 ms for quotes here; CI machines vary).
    assert.ok(Math.max(parse.max, quotes.max) < 250, `a step ran ${Math.max(parse.max, quotes.max).toFixed(0)} ms`);
  });
});

describe("selectProblems: sourced.maxProblems caps diagnostics per document", function () {
  this.timeout(60_000);
  it("keeps at most maxProblems, the most serious first, returned in text order; off kinds and supported dropped", async () => {
    const index = CorpusIndex.build((await loadCorpus([bundledSeedsDir()!], nodeFileSystem)).documents);
    const findings = checkDraft(index, bigDraft(30_000));
    const problems = findings.filter((f) => f.kind !== "supported");
    assert.ok(problems.length > 50, `only ${problems.length} problems`);
    const severity = { contradicted: "error", "unknown-citation": "off", unsupported: "hint" } as const;
    const all = selectProblems(findings, severity, Number.POSITIVE_INFINITY);
    assert.ok(all.every((f) => f.kind !== "supported" && f.kind !== "unknown-citation"));
    assert.equal(all.length, problems.filter((f) => f.kind !== "unknown-citation").length);
    const capped = selectProblems(findings, severity, 10);
    assert.equal(capped.length, 10);
    for (let i = 1; i < capped.length; i++) assert.ok(capped[i - 1]!.span.start <= capped[i]!.span.start, "not in text order");
    // The errors (contradicted) come before any hint (unsupported) is kept.
    const contradicted = all.filter((f) => f.kind === "contradicted").length;
    assert.equal(capped.filter((f) => f.kind === "contradicted").length, Math.min(10, contradicted));
    assert.equal(selectProblems(findings, severity, 0).length, 0);
    assert.equal(selectProblems(findings, {}, 100).length, Math.min(100, problems.length));
  });
});
