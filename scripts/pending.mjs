// The probes waiting in test/eval/pending/, each scored alone (its corpus only) through the shared
// scorer and the built CLI, two at a time: what they still miss and which sound claims they flag.
// Figures only: nothing here fails (they wait there because they would fail the eval's bars).
//   npm run eval:pending                 every probe; the totals, and each flagged sound claim
//   npm run eval:pending -- NAME...      only these probes (e.g. parkrun birds), every miss shown
// About ten minutes for all 360 on this machine.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pending = join(root, "test", "eval", "pending");
const scorer = process.env.SOURCED_EVAL_SCORER ?? join(root, "..", "shared", "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.log(`eval:pending: no scorer at ${scorer} (set SOURCED_EVAL_SCORER)`);
  process.exit(0);
}
const only = process.argv.slice(2);
const probes = readdirSync(pending)
  .filter((f) => f.endsWith("-claims.jsonl"))
  .map((f) => f.slice(0, -"-claims.jsonl".length))
  .filter((p) => !only.length || only.includes(p))
  .sort();

/** Problems, as the scorer ranks them: a sound claim given one of these is a false alarm. */
const PROBLEMS = /got (unknown-citation|citation-mismatch|contradicted|misattributed|misquoted|unverified-quote):/;

/** The scorer's wrong lines and its accuracy line for one set of claims over one probe's corpus. */
async function score(claims, corpus) {
  const cmd = `node ${join(root, "dist", "cli.js")} check --no-cache --corpus ${corpus}`;
  // The scorer exits 1 below a bar; none is set here, so any exit but 0 is a run that broke.
  const { stdout } = await run(process.execPath, [scorer, "--claims", claims, "--cmd", cmd, "--show", "wrong"], { cwd: root, maxBuffer: 1 << 24 });
  const lines = stdout.split("\n");
  const acc = /accuracy [\d.]+% \((\d+)\/(\d+)\), false alarms on sound claims [\d.]+% \((\d+)\/(\d+)\)/.exec(stdout);
  if (!acc) throw new Error(`no accuracy line for ${claims}`);
  return { wrong: lines.filter((l) => l.startsWith("NO ")), right: +acc[1], claims: +acc[2], flagged: +acc[3], sound: +acc[4] };
}

const totals = { right: 0, claims: 0, flagged: 0, sound: 0, contradicted: 0 };
const flaggedSound = [];
const jobs = probes.flatMap((p) => ["claims", "sound"].map((kind) => ({ p, kind, file: join(pending, `${p}-${kind}.jsonl`) }))).filter((j) => existsSync(j.file));
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const { p, kind, file } = jobs[next++];
    const r = await score(file, join(pending, `${p}-corpus`));
    totals.right += r.right;
    totals.claims += r.claims;
    totals.flagged += r.flagged;
    totals.sound += r.sound;
    if (only.length) for (const w of r.wrong) console.log(`${p} (${kind}): ${w}`);
    if (kind === "sound") {
      for (const w of r.wrong.filter((l) => PROBLEMS.test(l))) {
        flaggedSound.push(`${p}: ${w}`);
        if (/got contradicted:/.test(w)) totals.contradicted++;
      }
    }
  }
}
await Promise.all([worker(), worker()]);
if (!only.length) for (const f of flaggedSound.sort()) console.log(f);
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "0.0");
console.log(
  `eval:pending: ${probes.length} probes; ${totals.right}/${totals.claims} claims right (${pct(totals.right, totals.claims)}%); ` +
    `${totals.flagged}/${totals.sound} sound claims flagged (${pct(totals.flagged, totals.sound)}%), ${totals.contradicted} of those in the sound sets as contradicted`,
);
