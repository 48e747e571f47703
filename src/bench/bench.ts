/**
 * One benchmark case, run by `scripts/bench.mjs` in a fresh process per corpus size (so peak
 * memory is this case's own). Prints one JSON object on stdout. Figures only: nothing here fails.
 *
 *   node bench.js CORPUS_DIR DRAFT_FILE [--phase one-thread|build|warm]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { warmUpAnalysers } from "../core/analysis/warmUp";
import { warmUpDraft } from "../core/check/warmUpChecker";
import { checkDraft } from "../core/check/checkDraft";
import { CheckMemo } from "../core/check/checkMemo";
import { parseDraft } from "../core/check/draft";
import { CorpusIndex } from "../core/index/corpusIndex";
import { claimFindingsAt, findingsAt } from "../core/services/findings";
import { citationAt } from "../core/services/citations";
import { quoteAt, sentenceAt, speakerInSentence } from "../core/services/text";
import { loadCorpus } from "../core/sources/loadCorpus";
import { nodeFileSystem } from "../core/sources/nodeFileSystem";
import type { Finding } from "../core/types";
import { readSourceText } from "../core/sources/readSource";
import { AnalysisStore, buildIndexInParallel } from "../node/analysisStore";
import { defaultHelperThreads } from "../node/parallelAnalysis";
import { SourceFileCache } from "../node/sourceFileCache";

const now = (): number => performance.now();
const round = (x: number): number => Math.round(x * 100) / 100;
const mb = (bytes: number): number => Math.round(bytes / 1048576);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0);
}

/** Deterministic pseudo-random numbers (the same offsets every run). */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

let peakHeap = 0;
const sampleHeap = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

/** Heap in use after a full collection (the bench runs with --expose-gc), in MB. */
function liveHeapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return mb(process.memoryUsage().heapUsed);
}

/**
 * Phases, each in its own process so that each one's peak memory is its own:
 * - `one-thread`: load the files and build on the calling thread only;
 * - `build`: load the files and build as the CLI and the extension do (unanalysed documents on
 *   worker threads, merged here), then save the persistent store and the index image;
 * - `warm` (default): load the index from that store (its image: the same corpus), warm the
 *   analysers up as the index worker does, then update it, check, re-check, hover and complete;
 * - `changed`: one source changed since the image was saved: the index is merged from the
 *   stored analyses (the changed source analysed) and a new image saved. Run it last: it
 *   replaces the image the warm phase reads.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const phase = args.includes("--phase") ? args[args.indexOf("--phase") + 1] : "warm";
  const [dir, draftFile] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--phase");
  if (!dir || !draftFile) throw new Error("usage: bench.js CORPUS_DIR DRAFT_FILE [--phase one-thread|build|warm|changed]");
  const sampler = setInterval(sampleHeap, 50);
  const out: Record<string, unknown> = {};
  const cacheDir = process.env.SOURCED_CACHE_DIR;
  const fingerprint = "bench";
  const finish = (): void => {
    clearInterval(sampler);
    sampleHeap();
    out.peakHeapMB = mb(peakHeap);
    out.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(JSON.stringify(out) + "\n");
  };

  // The build starts from nothing; the warm and changed phases reload as a second run does, taking
  // unchanged files as the build's load read them (its SourceFileCache).
  if (phase === "build" && cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  const known = cacheDir && phase !== "one-thread" ? new SourceFileCache(cacheDir, fingerprint) : undefined;
  let t = now();
  const corpus = await loadCorpus([dir], nodeFileSystem, known ? { known } : {});
  known?.save();
  out.articles = corpus.documents.length;
  out.loadMs = Math.round(now() - t);

  if (phase === "one-thread") {
    t = now();
    const index = CorpusIndex.build(corpus.documents);
    out.buildOneThreadMs = Math.round(now() - t);
    sampleHeap();
    out.indexHeapMB = liveHeapMB();
    void index;
    return finish();
  }

  if (phase === "build") {
    t = now();
    const { index } = await buildIndexInParallel(corpus.documents, undefined);
    out.buildMs = Math.round(now() - t);
    // Analysing threads: the calling one and its helpers.
    out.buildThreads = defaultHelperThreads() + 1;
    sampleHeap();
    out.indexHeapMB = liveHeapMB();
    out.sentences = index.sentenceCount;
    out.quotes = index.quotes.length;
    out.facts = index.factColumns.size;
    if (cacheDir) {
      const { statSync, readdirSync } = await import("node:fs");
      const store = new AnalysisStore(cacheDir, fingerprint);
      t = now();
      store.save(index);
      out.saveMs = Math.round(now() - t);
      t = now();
      store.saveIndex(index);
      out.imageSaveMs = Math.round(now() - t);
      const size = (prefix: string) => round(readdirSync(cacheDir).filter((f) => f.startsWith(prefix)).reduce((n, f) => n + statSync(`${cacheDir}/${f}`).size, 0) / 1048576);
      out.cacheMB = size("analyses-");
      out.imageMB = size("index-");
      out.sourcesCacheMB = size("sources-");
    }
    return finish();
  }

  if (!cacheDir) throw new Error(`the ${phase} phase needs SOURCED_CACHE_DIR (the build phase's store)`);
  if (phase === "changed") {
    const documents = [...corpus.documents];
    const k = Math.floor(documents.length / 3);
    const edited = readSourceText(documents[k]!.meta.path, documents[k]!.original.replace(/\d+/, (d) => String(Number(d) + 3)));
    if (!edited.ok) throw new Error("could not edit a source");
    documents[k] = edited.document;
    t = now();
    const changed = await buildIndexInParallel(documents, new AnalysisStore(cacheDir, fingerprint));
    out.changedCorpusLoadMs = Math.round(now() - t - changed.stats.saveMs);
    out.changedCorpusSaveMs = changed.stats.saveMs;
    out.changedCorpusAnalysed = changed.stats.analysed;
    sampleHeap();
    out.indexHeapMB = liveHeapMB();
    return finish();
  }

  // Warm: a new run (or a window reload) loads the index from the store the build phase saved.
  t = now();
  const warm = await buildIndexInParallel(corpus.documents, new AnalysisStore(cacheDir, fingerprint));
  out.loadFromCacheMs = Math.round(now() - t);
  out.loadFromCacheReused = warm.stats.reused;
  out.loadFromCacheRestored = warm.stats.restored;
  const index = warm.index;
  sampleHeap();
  out.indexHeapMB = liveHeapMB();
  // The editor's index worker runs the analysers once when an index is ready and it is idle
  // (`warmUpAnalysers`), then checks a draft of the index's own sentences (`warmUpDraft`): so does
  // this reload, before the update and the checks it measures. (The CLI does neither: its
  // end-to-end time, `cliCheckMs`, includes a cold first check.)
  t = now();
  warmUpAnalysers();
  out.warmUpMs = round(now() - t);
  t = now();
  checkDraft(index, warmUpDraft(index));
  out.warmUpCheckMs = Math.round(now() - t);
  // Incremental: one source changed (a figure edited), then one new source added.
  {
    const doc = corpus.documents[Math.floor(corpus.documents.length / 2)]!;
    const changed = readSourceText(doc.meta.path, doc.original.replace(/\d+/, (d) => String(Number(d) + 1)));
    const added = readSourceText(doc.meta.path.replace(/(\.\w+)$/, "-new$1"), doc.original.replace(/\d+/, (d) => String(Number(d) + 7)));
    if (changed.ok && added.ok) {
      t = now();
      index.upsertDocument(changed.document);
      out.updateOneSourceMs = round(now() - t);
      t = now();
      index.upsertDocument(added.document);
      out.addOneSourceMs = round(now() - t);
    }
  }

  // Checking a whole draft, then re-checking one edited paragraph.
  const draft = readFileSync(draftFile, "utf8");
  const claims = parseDraft(draft).claims.length;
  out.draftClaims = claims;
  t = now();
  let findings: Finding[] = checkDraft(index, draft);
  out.checkFirstMs = Math.round(now() - t);
  t = now();
  findings = checkDraft(index, draft);
  out.checkMs = Math.round(now() - t);
  out.perClaimMs = round((out.checkMs as number) / claims);

  // Edit a figure in one paragraph and re-check only that paragraph, as the editor's worker does:
  // with the memo of the last full check (claims that read as before keep their verdicts), then
  // the whole draft with the same memo (the check that follows when the writer pauses). "Cold" is
  // the same paragraph re-check without a memo.
  const memo = new CheckMemo();
  checkDraft(index, draft, { memo });
  const paras = [...draft.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].filter((m) => /\d/.test(m[0]));
  const rand = rng(7);
  const recheck: number[] = [];
  const recheckCold: number[] = [];
  const afterEdit: number[] = [];
  // 60 edits: the 95th percentile of 15 would be their slowest.
  for (let i = 0; i < 60; i++) {
    const m = paras[Math.floor(rand() * paras.length)]!;
    const start = m.index!;
    const edited = m[0].replace(/\d+/, (d) => String(Number(d) + 1 + i));
    const text = draft.slice(0, start) + edited + draft.slice(start + m[0].length);
    const within = { start, end: start + edited.length };
    // The memo's re-check first, so that it does not find the index's own caches warmed by the cold one.
    let t0 = now();
    checkDraft(index, text, { within, memo });
    recheck.push(now() - t0);
    t0 = now();
    checkDraft(index, text, { within });
    recheckCold.push(now() - t0);
    t0 = now();
    checkDraft(index, text, { memo });
    afterEdit.push(now() - t0);
  }
  out.recheckParagraphMs = { median: percentile(recheck, 50), p95: percentile(recheck, 95) };
  out.recheckParagraphColdMs = { median: percentile(recheckCold, 50), p95: percentile(recheckCold, 95) };
  out.checkAfterEditMs = { median: percentile(afterEdit, 50), p95: percentile(afterEdit, 95) };

  // Hover: what the hover provider computes from cached findings at an offset.
  const hover: number[] = [];
  for (let i = 0; i < 500; i++) {
    const offset = Math.floor(rand() * draft.length);
    const t0 = now();
    if (!citationAt(draft, offset)) {
      const q = quoteAt(draft, offset);
      if (q) findings.filter((f) => f.span.start < q.span.end && f.span.end > q.span.start);
      if (!findingsAt(findings, offset).length) claimFindingsAt(findings, offset);
    }
    hover.push(now() - t0);
  }
  out.hoverMs = { p50: percentile(hover, 50), p95: percentile(hover, 95) };

  // Completion: the index look-ups of the three completion kinds, at sentences of the draft.
  const completion: Record<string, number[]> = { citation: [], quote: [], fact: [] };
  for (let i = 0; i < 60; i++) {
    const offset = Math.floor(rand() * draft.length);
    const span = sentenceAt(draft, offset);
    const sentence = draft.slice(span.start, span.end);
    let t0 = now();
    index.rankSources(sentence);
    completion.citation!.push(now() - t0);
    t0 = now();
    index.searchQuotes(sentence, 30, speakerInSentence(sentence));
    completion.quote!.push(now() - t0);
    t0 = now();
    index.searchFacts(sentence, 20);
    completion.fact!.push(now() - t0);
  }
  out.completionMs = Object.fromEntries(Object.entries(completion).map(([k, xs]) => [k, { p50: percentile(xs, 50), p95: percentile(xs, 95) }]));

  // One scan of the corpus by ripgrep for one phrase, against the per-claim check time.
  const rg = spawnSync("rg", ["--version"], { encoding: "utf8" });
  if (rg.status === 0) {
    const t0 = now();
    spawnSync("rg", ["-F", "-c", "arrests in the UK", dir], { encoding: "utf8", maxBuffer: 1 << 28 });
    out.rgScanMs = Math.round(now() - t0);
  } else out.rgScanMs = null;

  finish();
}

main().catch((err) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err) + "\n");
  process.exitCode = 1;
});
