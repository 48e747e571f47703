/**
 * Mocha entry for the integration suite, run INSIDE a VS Code extension host with the real `vscode` API.
 *
 * TO SUITE AUTHORS: write test/integration/suite/**\/*.test.ts in mocha's BDD style — `describe` / `it` /
 * `before` / `after` (NOT the TDD `suite` / `test`). Every compiled out/test/integration/suite/**\/*.test.js
 * is loaded. The workspace folder opened for the suite is a fresh copy of test/fixtures/ui-workspace/
 * (draft.md + sources), so tests may edit files there freely.
 *
 * The same `run()` is used by two launchers:
 *  - `npm run test:vscode`   (scripts/vscode/run.mjs): code-server 4.100.3 = VS Code 1.100.3, offline;
 *  - `npm run test:electron` (test/integration/runTestElectron.ts): @vscode/test-electron, needs a download.
 *
 * Environment knobs (read from the extension host's environment):
 *  - SOURCED_TEST_GREP: only run tests whose full title matches this regular expression;
 *  - SOURCED_TEST_RESULTS: write a JSON summary {passed, failed, pending, failures[]} to this file.
 */
import * as fs from "fs";
import * as path from "path";
import Mocha from "mocha";

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith(".test.js")) out.push(full);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 60_000, reporter: "spec" });
  const grep = process.env.SOURCED_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  const suiteDir = path.resolve(__dirname, "suite");
  const files = findTests(suiteDir);
  for (const f of files) mocha.addFile(f);
  const resultsFile = process.env.SOURCED_TEST_RESULTS;

  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *.test.js files under ${suiteDir}: run 'npm run compile-tests' first`));
      return;
    }
    const failures: { title: string; error: string }[] = [];
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failed) => {
        const stats = runner.stats ?? { passes: 0, failures: failed, pending: 0 };
        const summary = { passed: stats.passes, failed: stats.failures, pending: stats.pending, failures };
        console.log(`integration: ${summary.passed} passed, ${summary.failed} failed, ${summary.pending} skipped`);
        if (resultsFile) {
          try {
            fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
          } catch (e) {
            console.error(`could not write ${resultsFile}: ${String(e)}`);
          }
        }
        if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
        else resolve();
      });
      runner.on("fail", (test, err: Error) => {
        failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      });
    } catch (e) {
      reject(e);
    }
  });
}
