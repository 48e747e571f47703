// Instruction counts of the engine's work (src/bench/countWork.ts), by valgrind's callgrind over
// one thread in V8's predictable mode: the same code counts the same instructions on every run,
// where wall time on this shared two-core machine swings by a third. For A/B of a change: count
// before and after. Figures only: nothing here fails on a count. Needs valgrind (installed with
// apt-get when run as root) and the bench's corpus and draft (`BENCH_SIZES=10000 npm run bench`).
//   npm run count                  both counts below
//   npm run count -- analysis      a first pass of analysing the 10k corpus's first COUNT_ARTICLES (300)
//   npm run count -- recheck       COUNT_EDITS (60) re-checks of the draft's paragraph with the most figures, over
//                                  COUNT_CORPUS (default the 10k corpus; its index is built and kept first);
//                                  COUNT_RECHECK=every: COUNT_EDITS (then 2 by default) re-checks of each of
//                                  the draft's paragraphs with a figure, the ones that set the bench's p95
// Each count takes minutes: callgrind runs the code about fifty times slower.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { ensureDebianTool } from "./debianTool.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bench = process.env.BENCH_DIR ?? join(tmpdir(), "sourced-bench");
const corpus = process.env.COUNT_CORPUS ?? join(bench, "corpus-10000");
const draft = join(bench, "draft.md");
if (!existsSync(corpus) || !existsSync(draft)) {
  console.error("count: no bench corpus or draft; run `BENCH_SIZES=10000 npm run bench` first (it writes them)");
  process.exit(2);
}
if (!ensureDebianTool("valgrind", "valgrind")) {
  console.error("count: needs valgrind (apt-get install valgrind)");
  process.exit(2);
}

const out = join(bench, "count");
mkdirSync(out, { recursive: true });
await esbuild.build({ entryPoints: [join(root, "src/bench/countWork.ts")], outfile: join(out, "countWork.js"), bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning" });
const work = join(out, "countWork.js");
// One cache per corpus (an index image holds one corpus).
const cache = join(out, `cache-${basename(corpus)}`);

/** Callgrind's count of `node work args` (millions of instructions), with what the work printed. */
function count(args) {
  const run = spawnSync(
    "valgrind",
    ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, "--single-threaded", "--predictable", "--hash-seed=1", "--random-seed=1", "--max-old-space-size=6144", work, ...args],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  const collected = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !collected) return { error: (run.stderr || `exit ${run.status}`).trim().split("\n").slice(-3).join(" | ") };
  return { instructionsM: Math.round(Number(collected[1]) / 1e6), did: run.stdout.trim() };
}

const which = process.argv[2];
const results = {};
if (!which || which === "analysis") {
  // The corpus's first articles, linked into a folder of their own: only they are read.
  const size = Number(process.env.COUNT_ARTICLES ?? 300);
  const part = join(out, `${basename(corpus)}-first-${size}`);
  if (!existsSync(part)) {
    mkdirSync(part, { recursive: true });
    for (const f of readdirSync(corpus).sort().slice(0, size)) symlinkSync(join(corpus, f), join(part, f));
  }
  results.analysis = count(["analysis", part, String(size)]);
}
if (!which || which === "recheck") {
  // The index is built (and kept) outside callgrind: the count is of loading it and checking.
  const fill = spawnSync(process.execPath, [work, "recheck", corpus, draft, cache, "0"], { encoding: "utf8" });
  if (fill.status !== 0) results.recheck = { error: fill.stderr.trim().split("\n").slice(-3).join(" | ") };
  else {
    const which = process.env.COUNT_RECHECK === "every" ? "every" : "heaviest";
    const edits = Number(process.env.COUNT_EDITS ?? (which === "every" ? 2 : 60));
    const base = count(["recheck", corpus, draft, cache, "0", which]);
    const all = count(["recheck", corpus, draft, cache, String(edits), which]);
    // Loading the index and the first check apart: the re-checks' own count.
    results.recheck = base.error || all.error ? { error: base.error ?? all.error } : { ...all, loadAndFirstCheckM: base.instructionsM, recheckM: all.instructionsM - base.instructionsM, edits, paragraphs: which };
  }
}
console.log(JSON.stringify(results, null, 2));
