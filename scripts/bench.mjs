// Scale benchmark: builds src/bench/bench.ts, generates synthetic corpora with
// ../shared/tools/gen-corpus.mjs (1k, 10k and, when the machine has the memory, 50k articles),
// runs one case per size in a fresh process and prints all figures as one JSON document.
// Figures only: nothing here fails on a slow result.
//   npm run bench                 all sizes
//   BENCH_SIZES=1000 npm run bench
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { ensureDebianTool } from "./debianTool.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const work = process.env.BENCH_DIR ?? join(tmpdir(), "sourced-bench");
mkdirSync(work, { recursive: true });
const generator = join(root, "..", "shared", "tools", "gen-corpus.mjs");

const defaultSizes = [1000, 10000, ...(totalmem() >= 12 * 2 ** 30 ? [50000] : [])];
const sizes = (process.env.BENCH_SIZES ?? defaultSizes.join(",")).split(",").map(Number).filter((n) => n > 0);

await esbuild.build({
  // Named entries: both files land in bundle/ (the bench finds the thread script beside itself).
  entryPoints: { bench: join(root, "src/bench/bench.ts"), analysisThread: join(root, "src/node/analysisThread.ts") },
  outdir: join(work, "bundle"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
const benchJs = join(work, "bundle", "bench.js");

// The rg comparison needs ripgrep: Debian's package, as the VS Code harness installs it. Without
// it (not root, no apt) the comparison is printed as null with the reason.
const rgMissing = ensureDebianTool("rg", "ripgrep") ? null : "ripgrep is not installed (apt-get install ripgrep)";

// A 250-sentence draft of distinct sentences: the dev eval's claims, every sentence of the seed
// articles once (every seventh with its figure changed, so that some claims are contradicted),
// then the project's own claims about the seeds; five to a paragraph. No sentence repeats: a
// check remembers a claim it has met before (see CheckMemo), and repeats would flatter it.
function makeDraft() {
  const claimsIn = (file) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text) : []);
  const seeds = join(root, "seeds");
  const sentences = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(seeds, f), "utf8").split(/\n\s*\n/))
    .flatMap((p) => p.replace(/\s+/g, " ").match(/[A-Z][^.!?]{40,240}[.!?](?=\s|$)/g) ?? [])
    .filter((s) => s.split(" ").length >= 8)
    .map((s, n) => (n % 7 === 3 ? s.replace(/\d+/, (d) => String(Number(d) * 2 + 1)) : s));
  const evalDir = join(root, "test", "eval");
  const ours = ["seed-paraphrase-claims.jsonl", "seed-sound-claims.jsonl", "seed-wrong-claims.jsonl"].flatMap((f) => claimsIn(join(evalDir, f)));
  const out = [...new Set([...claimsIn(join(root, "..", "shared", "eval", "dev-claims.jsonl")), ...sentences, ...ours])].slice(0, 250);
  const paras = [];
  for (let i = 0; i < out.length; i += 5) paras.push(out.slice(i, i + 5).join(" "));
  const text = `# Bench draft\n\n${paras.join("\n\n")}\n`;
  const file = join(work, "draft.md");
  writeFileSync(file, text);
  return file;
}
const draft = makeDraft();

const results = [];
for (const n of sizes) {
  const dir = join(work, `corpus-${n}`);
  if (!existsSync(join(dir, `article-${String(n - 1).padStart(6, "0")}.txt`))) {
    execFileSync(process.execPath, [generator, dir, String(n)], { stdio: ["ignore", "ignore", "inherit"] });
  }
  // One process per phase, so that each phase's peak memory is its own (see src/bench/bench.ts).
  // "changed" last: it replaces the index image the warm phase reads.
  const phases = [...(n <= 10000 ? ["one-thread"] : []), "build", "warm", "changed"];
  const result = { articles: n, corpusMB: Math.round(dirBytes(dir) / 1e5) / 10 };
  for (const phase of phases) {
    const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=6144", benchJs, dir, draft, "--phase", phase, ...process.argv.slice(2)], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      env: { ...process.env, SOURCED_CACHE_DIR: join(work, `cache-${n}`) },
    });
    if (run.status !== 0) {
      result[`${phase}Error`] = (run.stderr || `exit ${run.status}`).trim().split("\n").slice(-3).join(" | ");
      break;
    }
    const lines = run.stdout.trim().split("\n");
    const figures = JSON.parse(lines[lines.length - 1]);
    // Memory and file loading are per phase; everything else is named once.
    const prefix = phase === "one-thread" ? "oneThread" : phase;
    for (const k of ["loadMs", "peakHeapMB", "peakRssMB", "indexHeapMB"]) {
      if (k in figures) result[prefix + k[0].toUpperCase() + k.slice(1)] = figures[k];
      delete figures[k];
    }
    Object.assign(result, figures);
  }
  Object.assign(result, cliRun(dir, join(work, `cli-cache-${n}`)));
  results.push(result);
}

/**
 * The real `sourced check` of the draft, end to end (process start to exit, JSON out): once to
 * fill its cache (`cliFirstRunMs`: reading and analysing the corpus), then timed again on the
 * filled cache with no verdicts remembered (`cliCheckMs`: load the index image, check every
 * claim, as a CI step does on a new draft), then once more after one figure of the draft is
 * changed (`cliRecheckMs`: the verdicts of the run before are taken up, and only the claims that
 * read differently are checked). The CLI does no warm-up: its check pays the code's and the
 * caches' first use. With `--timings` each timed run also says where its time went: `cliReadMs`
 * (the corpus files), `cliIndexLoadMs` (the index image) and `cliCheckOnlyMs` (the check once
 * the index is loaded); `cliRecheckOnlyMs` and `cliRecheckedClaims` are the last run's check and
 * how many claims it checked.
 */
function cliRun(dir, cache) {
  const cli = join(root, "dist", "cli.js");
  if (!existsSync(cli)) return { cliError: "dist/cli.js is missing (npm run build)" };
  const edited = join(work, "draft-edited.md");
  const text = readFileSync(draft, "utf8");
  const figure = text.search(/\d/);
  writeFileSync(edited, text.slice(0, figure) + String((Number(text[figure]) + 1) % 10) + text.slice(figure + 1));
  const out = {};
  rmSync(cache, { recursive: true, force: true });
  for (const name of ["cliFirstRunMs", "cliCheckMs", "cliRecheckMs"]) {
    // The cold check is of a draft never checked: the first run's remembered verdicts go.
    if (name === "cliCheckMs") for (const f of readdirSync(cache)) if (f.startsWith("verdicts-")) rmSync(join(cache, f));
    const args = [cli, "check", name === "cliRecheckMs" ? edited : draft, "--corpus", dir, "--cache", cache, "--format", "json", "--fail-on", "none", "--timings"];
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
    if (run.status !== 0) return { ...out, cliError: (run.stderr || `exit ${run.status}`).trim().split("\n").slice(-3).join(" | ") };
    out[name] = Math.round(performance.now() - started);
    // The run's own account (--timings): reading the corpus, its index, the one (cold) check,
    // and how many claims were taken from the run before.
    const t = /read \d+ sources? (\d+) ms, index (?:built|loaded) (\d+) ms, check (\d+) ms(?: \((\d+) of (\d+) claims)?/.exec(run.stderr);
    if (name === "cliCheckMs" && t) Object.assign(out, { cliReadMs: +t[1], cliIndexLoadMs: +t[2], cliCheckOnlyMs: +t[3] });
    if (name === "cliRecheckMs" && t) Object.assign(out, { cliRecheckOnlyMs: +t[3], cliRecheckedClaims: t[5] ? +t[5] - +t[4] : null });
  }
  return out;
}

function dirBytes(dir) {
  let total = 0;
  for (const f of readdirSync(dir, { withFileTypes: true })) if (f.isFile()) total += readFileSync(join(dir, f.name)).length;
  return total;
}

const comparison = results
  .filter((r) => r.perClaimMs !== undefined)
  .map((r) => ({ articles: r.articles, rgScanMs: r.rgScanMs, perClaimCheckMs: r.perClaimMs, ratio: r.rgScanMs == null ? null : Math.round((r.rgScanMs / r.perClaimMs) * 10) / 10 }));
console.log(JSON.stringify({ machine: { cpus: cpus().length, node: process.version }, draft: { file: draft }, results, rgVsCheck: rgMissing ?? comparison }, null, 2));
