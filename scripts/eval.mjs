// The eval benchmark: scores the CLI on ../shared/eval's labelled claims and prints the table.
// Fails (exit 1) below 90% accuracy or above 3% false alarms on sound claims, the project's bar.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = process.env.SOURCED_EVAL_SCORER ?? join(root, "..", "shared", "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.log(`eval: no scorer at ${scorer}; skipped (set SOURCED_EVAL_SCORER to run it)`);
  process.exit(0);
}
const extra = process.argv.slice(2);
try {
  execFileSync(process.execPath, [scorer, "--cmd", `node ${join(root, "dist", "cli.js")} check`, "--min-accuracy", "0.9", "--max-false-alarms", "0.03", "--show", "wrong", ...extra], {
    stdio: "inherit",
    cwd: root,
  });
  console.log("eval: 1 passed, 0 failed");
} catch (e) {
  console.log("eval: 0 passed, 1 failed");
  process.exit(typeof e.status === "number" ? e.status : 1);
}
