/**
 * The work `npm run count` measures under callgrind (see scripts/count.mjs): one process, one
 * thread, V8 in its predictable mode, so that the same code counts the same instructions on
 * every run. Wall time on a shared two-core machine swings by a third from run to run; an
 * instruction count tells a change of a few per cent.
 *
 *   countWork.js analysis CORPUS_DIR ARTICLES
 *     reads the first ARTICLES documents of the corpus, then analyses each once (a fresh sentence
 *     cache, as a build's first pass).
 *   countWork.js recheck CORPUS_DIR DRAFT CACHE_DIR EDITS [heaviest|every]
 *     loads the corpus's index from CACHE_DIR (building and saving it there when missing, keyed by
 *     this bundle), checks the draft once through a memo, then re-checks its paragraph with the
 *     most figures EDITS times, its first figure changed each time, as the editor does after an
 *     edit; with `every`, each of its paragraphs with a figure EDITS times instead (the bench's
 *     re-check percentiles are of paragraphs drawn at random, the slowest of them set the p95).
 *
 * Both print what they did on stdout; the counts are callgrind's.
 */
import { readFileSync } from "node:fs";
import { checkDraft } from "../core/check/checkDraft";
import { CheckMemo } from "../core/check/checkMemo";
import { analyzeDocument, SentenceCache } from "../core/index/documentAnalysis";
import { loadCorpus } from "../core/sources/loadCorpus";
import { nodeFileSystem } from "../core/sources/nodeFileSystem";
import { AnalysisStore, buildIndexInParallel, fileFingerprint } from "../node/analysisStore";

async function analysis(dir: string, articles: number): Promise<void> {
  const corpus = await loadCorpus([dir], nodeFileSystem, {});
  const docs = corpus.documents.slice(0, articles);
  const cache = new SentenceCache();
  for (const d of docs) analyzeDocument(d, cache);
  console.log(`analysed ${docs.length} articles: ${cache.misses} sentences read, ${cache.hits} taken from the cache`);
}

async function recheck(dir: string, draftFile: string, cacheDir: string, edits: number, which: "heaviest" | "every"): Promise<void> {
  const corpus = await loadCorpus([dir], nodeFileSystem, {});
  // Keyed by this bundle, as the CLI's cache is: a change to the engine builds the index again.
  // (One thread, no worker: `npm run count` fills the cache outside callgrind first.)
  const { index } = await buildIndexInParallel(corpus.documents, new AnalysisStore(cacheDir, fileFingerprint(__filename)), { threads: 0 });
  const draft = readFileSync(draftFile, "utf8");
  const memo = new CheckMemo();
  checkDraft(index, draft, { memo });
  // The paragraph with the most figures (runs of digits): the heaviest re-check.
  const paragraphs = [...draft.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].filter((m) => /\d/.test(m[0]));
  const heaviest = paragraphs.reduce((a, b) => ((b[0].match(/\d+/g)?.length ?? 0) > (a[0].match(/\d+/g)?.length ?? 0) ? b : a));
  for (const paragraph of which === "every" ? paragraphs : [heaviest]) {
    for (let i = 0; i < edits; i++) {
      const edited = paragraph[0].replace(/\d+/, (d) => String(Number(d) + 1 + i));
      const text = draft.slice(0, paragraph.index!) + edited + draft.slice(paragraph.index! + paragraph[0].length);
      checkDraft(index, text, { within: { start: paragraph.index!, end: paragraph.index! + edited.length }, memo });
    }
  }
  if (which === "every") console.log(`re-checked each of the draft's ${paragraphs.length} paragraphs with a figure ${edits} times over ${corpus.documents.length} articles`);
  else console.log(`re-checked "${heaviest[0].slice(0, 60)}..." ${edits} times over ${corpus.documents.length} articles`);
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "analysis" && args.length === 2) return analysis(args[0]!, Number(args[1]));
  if (mode === "recheck" && (args.length === 4 || (args.length === 5 && (args[4] === "heaviest" || args[4] === "every")))) {
    return recheck(args[0]!, args[1]!, args[2]!, Number(args[3]), args[4] === "every" ? "every" : "heaviest");
  }
  throw new Error("usage: countWork.js analysis CORPUS_DIR ARTICLES | recheck CORPUS_DIR DRAFT CACHE_DIR EDITS [heaviest|every]");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
