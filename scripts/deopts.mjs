// Deoptimisation report: runs the CLI's build and check of the bench draft with V8's
// --trace-deopt-verbose and --trace-opt, and prints, as JSON, how often each function was thrown
// back to the interpreter, the source lines where it was (of dist's bundles), and how often (and
// how long) it was compiled. A large function thrown back by one list or object of a new shape
// after another is compiled again each time (`src/core/text/objectLists.ts`). A function
// deoptimised hundreds of times is a "deopt loop": its cost then grows faster than the corpus
// (the 35th session found one in the analysis on one thread, 1,902 times in 8,000 articles;
// whether a loop sets off depends on the order of the sentences, so try more articles too).
// Figures only: nothing fails.
//   npm run deopts                       the 2,000 first articles of the bench's 10k corpus
//   DEOPTS_ARTICLES=10000 npm run deopts  more of them
//   DEOPTS_CORPUS=DIR npm run deopts      any corpus
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bench = process.env.BENCH_DIR ?? join(tmpdir(), "sourced-bench");
const draft = join(bench, "draft.md");
if (!existsSync(draft)) {
  console.error("deopts: no bench draft; run `BENCH_SIZES=10000 npm run bench` first (it writes the corpus and the draft)");
  process.exit(2);
}
let corpus = process.env.DEOPTS_CORPUS;
if (!corpus) {
  // The bench corpus's first articles, linked into a folder of their own.
  const full = join(bench, "corpus-10000");
  const size = Number(process.env.DEOPTS_ARTICLES ?? 2000);
  corpus = join(bench, `deopts-${size}`);
  if (!existsSync(corpus)) {
    mkdirSync(corpus, { recursive: true });
    for (const f of readdirSync(full).sort().slice(0, size)) symlinkSync(join(full, f), join(corpus, f));
  }
}
const cache = join(tmpdir(), `sourced-deopts-cache-${process.pid}`);
const run = spawnSync(
  process.execPath,
  ["--trace-deopt-verbose", "--trace-opt", join(root, "dist", "cli.js"), "check", draft, "--corpus", corpus, "--cache", cache, "--format", "json", "--fail-on", "none", "--timings"],
  { encoding: "utf8", maxBuffer: 1 << 30 },
);
rmSync(cache, { recursive: true, force: true });
const trace = run.stdout + run.stderr;
const deopts = new Map();
for (const m of trace.matchAll(/bailout \(kind: ([\w-]+), reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction ([\w$]*)/g)) {
  const key = `${m[3] || "(anonymous)"}: ${m[2]}`;
  deopts.set(key, (deopts.get(key) ?? 0) + 1);
}
// Where each was thrown back: the verbose trace follows a bailout with the source position of the
// failed check ("deoptimize at <file:line:col>"), often inside a function inlined into it.
const sites = new Map();
const sources = new Map();
const lineOf = (file, line) => {
  if (!sources.has(file)) sources.set(file, existsSync(file) ? readFileSync(file, "utf8").split("\n") : []);
  return sources.get(file)[line - 1] ?? "";
};
for (const m of trace.matchAll(/bailout \(kind: [\w-]+, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction ([\w$]*)[^\n]*\n[^\n]*deoptimize at <([^>]*):(\d+):(\d+)>/g)) {
  const [, reason, fn, file, line, col] = m;
  const code = lineOf(file, Number(line));
  const at = Number(col);
  const key = `${fn || "(anonymous)"}: ${reason} at ${basename(file)}:${line}:${col}: ${code.slice(Math.max(0, at - 50), at + 40).trim()}`;
  sites.set(key, (sites.get(key) ?? 0) + 1);
}
const compiles = new Map();
for (const m of trace.matchAll(/completed compiling \S+ <JSFunction ([\w$]*)[^>]*> \(target TURBOFAN\)[^-]*- took ([\d.]+), ([\d.]+), ([\d.]+) ms/g)) {
  const name = m[1] || "(anonymous)";
  const c = compiles.get(name) ?? { times: 0, ms: 0 };
  c.times++;
  c.ms += Number(m[2]) + Number(m[3]) + Number(m[4]);
  compiles.set(name, c);
}
const top = (entries, by, n) => [...entries].sort((a, b) => by(b[1]) - by(a[1])).slice(0, n);
console.log(
  JSON.stringify(
    {
      corpus,
      timings: /timings: (.*)/.exec(run.stderr)?.[1] ?? null,
      deoptimisations: Object.fromEntries(top(deopts, (n) => n, 15)),
      totalDeoptimisations: [...deopts.values()].reduce((a, b) => a + b, 0),
      deoptimisedAt: Object.fromEntries(top(sites, (n) => n, 20)),
      compiledMost: Object.fromEntries(top(compiles, (c) => c.ms, 10).map(([k, c]) => [k, { times: c.times, ms: Math.round(c.ms) }])),
    },
    null,
    2,
  ),
);
