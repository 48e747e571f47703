// `npm run test:vscode`: the extension in a REAL VS Code (code-server 4.100.3 = VS Code 1.100.3), offline.
//
//  1. install code-server (cached in .vscode-test/) and Debian's Chromium when missing;
//  2. `npm run package` -> sourced-<version>.vsix, `npm run compile-tests` -> out/test/...;
//  3. SUITE: code-server with an EMPTY extensions folder; the page URL's `payload` makes the extension host
//     load the repo as extensionDevelopmentPath and run out/test/integration/index.js (mocha, real vscode API);
//     mocha's output and exit code come back through window.codeAutomationLog / codeAutomationExit;
//  4. UI: a second code-server whose extensions folder got the .vsix via --install-extension; Playwright drives
//     Debian's Chromium as a writer would (steps in test/ui/steps.ts), a screenshot per step;
//  5. exit code 0 only if both passed. Every process is started detached and stopped by -pid (also on
//     failure, SIGINT and SIGTERM).
//
// Options: --update-docs (copy the best screenshots to docs/*.png), --only=suite|ui, --skip-package (reuse
// the .vsix and out/), --grep=REGEX (suite tests and UI steps), --headed (needs a display), --keep (leave
// code-server running for the UI phase after the run, printing its URL; stop it with Ctrl+C).
import { cpSync, existsSync, symlinkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import util from "node:util";
import { install } from "./install.mjs";
import {
  CACHE,
  CODE_SERVER_ENTRY,
  ROOT,
  chromiumPath,
  elapsed,
  freePort,
  log,
  run,
  sleep,
  spawnTracked,
  stopAll,
  stopAllSync,
  stopChild,
} from "./lib.mjs";

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = opt("only");
const GREP = opt("grep");
const UPDATE_DOCS = flag("update-docs");
const TOTAL_TIMEOUT_MS = Number(process.env.SOURCED_VSCODE_TIMEOUT_MS || 9.5 * 60_000);
const SUITE_TIMEOUT_MS = 5 * 60_000;

// One folder per run, so runs by several people in one tree do not clobber each other; the newest few are kept.
const RUNS = path.join(CACHE, "runs");
const RUN_ID = `${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-")}-${process.pid}`;
const RUN_DIR = path.join(RUNS, RUN_ID);
const KEEP_RUNS = 5;
const SHOTS = path.join(RUN_DIR, "screenshots");
const LOGS = path.join(RUN_DIR, "logs");
const FIXTURE_WS = path.join(ROOT, "test/fixtures/ui-workspace");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
const EXT_ID = `${pkg.publisher}.${pkg.name}`;
const VSIX = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const rel = (p) => path.relative(process.cwd(), p) || ".";

const results = []; // { phase, name, ok, detail, screenshot }
let browser;
let browserServer;
let browserPid;

// ---------------------------------------------------------------------------------------------- cleanup
let cleaningUp = false;
async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  try {
    if (browser) await Promise.race([browser.close(), sleep(5000)]);
  } catch {}
  try {
    if (browserServer) await Promise.race([browserServer.close(), sleep(5000)]);
  } catch {}
  killBrowserSync();
  await stopAll();
}
function killBrowserSync() {
  if (browserPid) {
    for (const target of [-browserPid, browserPid]) {
      try {
        process.kill(target, "SIGKILL");
      } catch {}
    }
    browserPid = undefined;
  }
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    console.error(`\n[vscode-test] ${sig}: stopping code-server and Chromium`);
    killBrowserSync();
    stopAllSync();
    process.exit(130);
  });
}
process.on("exit", () => {
  killBrowserSync();
  stopAllSync();
});
const watchdog = setTimeout(() => {
  console.error(`[vscode-test] FAILED: the whole run exceeded ${TOTAL_TIMEOUT_MS / 1000}s; stopping everything`);
  printSummary();
  killBrowserSync();
  stopAllSync();
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

// ---------------------------------------------------------------------------------------------- code-server
/** Starts code-server on a free loopback port; resolves once /healthz answers. Retries if it exits at once
 * (another process may take the free port between our probe and its bind). */
async function startCodeServer(name, opts) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startCodeServerOnce(name, opts);
    } catch (e) {
      if (attempt >= 3 || !/exited early/.test(e.message)) throw e;
      log(`${e.message}; retrying`);
    }
  }
}

async function startCodeServerOnce(name, { userDataDir, extensionsDir, workspace, env = {} }) {
  const port = await freePort();
  mkdirSync(path.join(userDataDir, "User"), { recursive: true });
  writeFileSync(
    path.join(userDataDir, "User/settings.json"),
    JSON.stringify(
      {
        "telemetry.telemetryLevel": "off",
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": false,
        "workbench.enableExperiments": false,
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "update.mode": "none",
        "security.workspace.trust.enabled": false,
        "chat.commandCenter.enabled": false,
        "window.commandCenter": false,
        "editor.hover.delay": 150,
        "editor.quickSuggestionsDelay": 10,
        "git.enabled": false,
        "github.gitAuthentication": false,
      },
      null,
      2,
    ),
  );
  const logFile = path.join(LOGS, `code-server-${name}.log`);
  const out = createWriteStream(logFile);
  const args = [
    CODE_SERVER_ENTRY,
    "--auth", "none",
    "--bind-addr", `127.0.0.1:${port}`,
    "--user-data-dir", userDataDir,
    "--extensions-dir", extensionsDir,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    workspace,
  ];
  const child = spawnTracked(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, VSCODE_PROXY_URI: "" },
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server (${name}) exited early (${JSON.stringify(exited)}); see ${rel(logFile)}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > until) throw new Error(`code-server (${name}) did not answer ${url}/healthz within 60s; see ${rel(logFile)}`);
    await sleep(250);
  }
  recordPid(child.pid);
  log(`code-server (${name}) pid ${child.pid} listening on ${url}`);
  return { child, port, url, logFile, userDataDir };
}

function exthostLog(userDataDir) {
  const logsDir = path.join(userDataDir, "logs");
  if (!existsSync(logsDir)) return undefined;
  const found = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "remoteexthost.log") found.push(p);
    }
  };
  walk(logsDir);
  return found.sort().pop();
}

// ---------------------------------------------------------------------------------------------- browser
async function launchBrowser() {
  const { chromium } = await import("playwright-core");
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found (expected /usr/bin/chromium)");
  // launchServer (not launch) so that we know Chromium's pid and can stop it ourselves; Playwright starts it
  // detached, in its own process group.
  browserServer = await chromium.launchServer({
    executablePath,
    headless: !flag("headed"),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  browserPid = browserServer.process().pid;
  recordPid(browserPid);
  browser = await chromium.connect(browserServer.wsEndpoint());
  log(`Chromium ${browser.version()} pid ${browserPid}`);
}

async function newPage(name) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleLog = createWriteStream(path.join(LOGS, `browser-${name}.log`));
  page.on("console", (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on("pageerror", (e) => consoleLog.write(`[pageerror] ${e.stack || e}\n`));
  return { context, page };
}

// ---------------------------------------------------------------------------------------------- phases
function prepareWorkspace(name) {
  const ws = path.join(RUN_DIR, `${name}-workspace`);
  rmSync(ws, { recursive: true, force: true });
  cpSync(FIXTURE_WS, ws, { recursive: true });
  return ws;
}

// The workbench's own console chatter that also reaches codeAutomationLog (kept in logs/suite-output.log).
const WORKBENCH_NOISE = /^(Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|\[lifecycle\] Long running)|^\s+at |^\s*$/;

async function runSuite() {
  const phase = "suite";
  const testsIndex = path.join(ROOT, "out/test/integration/index.js");
  if (!existsSync(testsIndex)) throw new Error(`${rel(testsIndex)} missing: 'npm run compile-tests' failed?`);
  const ws = prepareWorkspace("suite");
  const resultsFile = path.join(RUN_DIR, "suite-results.json");
  rmSync(resultsFile, { force: true });
  const server = await startCodeServer("suite", {
    userDataDir: path.join(RUN_DIR, "suite-user-data"),
    extensionsDir: path.join(RUN_DIR, "suite-extensions"), // empty: only the development copy is loaded
    workspace: ws,
    env: { SOURCED_TEST_RESULTS: resultsFile, ...(GREP ? { SOURCED_TEST_GREP: GREP } : {}) },
  });
  const { context, page } = await newPage("suite");
  const suiteLog = createWriteStream(path.join(LOGS, "suite-output.log"));
  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));
  await page.exposeFunction("codeAutomationExit", (code) => resolveExit(code));
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    suiteLog.write(text + "\n");
    if (WORKBENCH_NOISE.test(text)) return;
    (type === "error" ? process.stderr : process.stdout).write(`  | ${text.replace(/\n/g, "\n  | ")}\n`);
  });
  const authority = `127.0.0.1:${server.port}`;
  const payload = [
    ["extensionDevelopmentPath", `vscode-remote://${authority}${ROOT}`],
    ["extensionTestsPath", `vscode-remote://${authority}${testsIndex}`],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`suite: running ${rel(testsIndex)} in the extension host of VS Code 1.100.3`);
  const started = Date.now();
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  const timedOut = Symbol("timeout");
  const code = await Promise.race([exitCode, sleep(SUITE_TIMEOUT_MS).then(() => timedOut)]);
  const shot = path.join(SHOTS, "suite-end.png");
  await page.screenshot({ path: shot }).catch(() => {});
  await context.close().catch(() => {});
  await stopChild(server.child);
  let summary;
  try {
    summary = JSON.parse(readFileSync(resultsFile, "utf8"));
  } catch {}
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (code === timedOut) {
    results.push({ phase, name: "integration suite", ok: false, screenshot: shot,
      detail: `no result within ${SUITE_TIMEOUT_MS / 1000}s; extension host log: ${rel(exthostLog(server.userDataDir) ?? LOGS)}` });
    return;
  }
  const counts = summary ? `${summary.passed} passed, ${summary.failed} failed, ${summary.pending} skipped` : "no results file";
  results.push({
    phase,
    name: "integration suite",
    ok: code === 0,
    screenshot: shot,
    detail: `exit code ${code} in ${secs}s (${counts})${code === 0 ? "" : `; output: ${rel(path.join(LOGS, "suite-output.log"))}, extension host log: ${rel(exthostLog(server.userDataDir) ?? LOGS)}`}`,
    counts: summary,
  });
}

async function runUi() {
  const phase = "ui";
  if (!existsSync(VSIX)) throw new Error(`${rel(VSIX)} missing: 'npm run package' failed?`);
  const userDataDir = path.join(RUN_DIR, "ui-user-data");
  const extensionsDir = path.join(RUN_DIR, "ui-extensions");
  log(`ui: code-server --install-extension ${rel(VSIX)}`);
  run(process.execPath, [CODE_SERVER_ENTRY, "--user-data-dir", userDataDir, "--extensions-dir", extensionsDir,
    "--install-extension", VSIX, "--force"], { quiet: true });
  const installed = readdirSync(extensionsDir).filter((d) => d.toLowerCase().startsWith(`${EXT_ID.toLowerCase()}-`));
  if (installed.length !== 1) throw new Error(`--install-extension left ${JSON.stringify(readdirSync(extensionsDir))} in ${rel(extensionsDir)}`);
  log(`ui: installed ${installed[0]}`);
  const ws = prepareWorkspace("ui");
  const server = await startCodeServer("ui", { userDataDir, extensionsDir, workspace: ws });
  const { context, page } = await newPage("ui");
  const require = createRequire(import.meta.url);
  const stepsModule = path.join(ROOT, "out/test/ui/steps.js");
  const { uiSteps } = require(stepsModule);
  const ctx = {
    page,
    baseUrl: server.url,
    workspace: ws,
    extensionId: EXT_ID,
    screenshotDir: SHOTS,
    exthostLog: () => exthostLog(userDataDir),
    log: (m) => log(`ui:   ${m}`),
    snap: async (label) => {
      const file = path.join(SHOTS, `${current.base}-${label}.png`);
      await page.screenshot({ path: file, timeout: 15_000 });
      current.snaps[label] = file;
      return file;
    },
  };
  let current = { base: "", snaps: {} };
  let n = 0;
  for (const step of uiSteps) {
    n++;
    if (GREP && !new RegExp(GREP).test(step.name) && !step.always) continue;
    const base = `${String(n).padStart(2, "0")}-${step.id}`;
    current = { base, snaps: {} };
    const t = Date.now();
    log(`ui: step ${n} "${step.name}"`);
    let ok = true;
    let detail = "";
    try {
      const r = await withTimeout(step.run(ctx), step.timeoutMs ?? 60_000, `step timed out after ${(step.timeoutMs ?? 60_000) / 1000}s`);
      detail = typeof r === "string" ? r : "";
    } catch (e) {
      ok = false;
      detail = String(e?.message ?? e).split("\n").slice(0, 6).join("\n      ");
    }
    const shot = path.join(SHOTS, `${base}${ok ? "" : "-FAILED"}.png`);
    await page.screenshot({ path: shot, timeout: 15_000 }).catch((e) => (detail += ` (screenshot failed: ${e.message})`));
    results.push({ phase, name: step.name, ok, detail: `${detail}${detail ? " " : ""}(${((Date.now() - t) / 1000).toFixed(1)}s)`, screenshot: shot, docs: step.docs ?? [], snaps: current.snaps });
    if (!ok && step.fatal) {
      log(`ui: step "${step.name}" is required by the rest; skipping the remaining steps`);
      break;
    }
  }
  if (flag("keep")) {
    log(`--keep: code-server stays up at ${server.url}/?folder=${encodeURIComponent(ws)} — Ctrl+C to stop`);
    await new Promise(() => {});
  }
  await context.close().catch(() => {});
  await stopChild(server.child);
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

// ---------------------------------------------------------------------------------------------- summary
function printSummary() {
  console.log("\n================ Sourced in VS Code 1.100.3 (code-server) ================");
  for (const r of results) {
    console.log(`${r.ok ? "  PASS" : "  FAIL"} [${r.phase}] ${r.name}${r.detail ? ` — ${r.detail}` : ""}`);
    for (const f of r.counts?.failures ?? []) console.log(`        failed: ${f.title}: ${f.error.split("\n")[0]}`);
    if (!r.ok && r.screenshot) console.log(`        screenshot: ${rel(r.screenshot)}`);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`screenshots: ${rel(SHOTS)}/   logs: ${rel(LOGS)}/`);
  console.log(`test:vscode: ${passed} passed, ${failed} failed (${elapsed()})`);
}

/** Pids (= process-group ids) this run started, so that a later run can stop them if this one is SIGKILLed. */
function recordPid(pid) {
  if (pid) writeFileSync(path.join(RUN_DIR, "pids"), `${pid}\n`, { flag: "a" });
}

/** Stops what a dead run left behind: only groups whose leader still looks like our code-server or Chromium. */
function stopLeftovers(runDir) {
  let pids = [];
  try {
    pids = readFileSync(path.join(runDir, "pids"), "utf8").split("\n").map(Number).filter(Boolean);
  } catch {
    return;
  }
  for (const pid of pids) {
    let cmd = "";
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      continue;
    }
    if (cmd.includes(runDir) || (cmd.includes("chromium") && cmd.includes("--remote-debugging-pipe"))) {
      try {
        process.kill(-pid, "SIGKILL");
        log(`stopped pid ${pid} left behind by ${rel(runDir)}`);
      } catch {}
    }
  }
}

function pruneRuns() {
  const runs = readdirSync(RUNS).filter((d) => d !== RUN_ID).sort();
  for (const d of runs.slice(0, Math.max(0, runs.length - (KEEP_RUNS - 1)))) {
    // leave runs whose process is still alive alone
    const pid = Number(d.split("-").pop());
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {}
    if (!alive) {
      stopLeftovers(path.join(RUNS, d));
      rmSync(path.join(RUNS, d), { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------- main
async function main() {
  mkdirSync(SHOTS, { recursive: true });
  pruneRuns();
  try {
    rmSync(path.join(CACHE, "latest"), { force: true });
    symlinkSync(path.relative(CACHE, RUN_DIR), path.join(CACHE, "latest"));
  } catch {}
  log(`run folder ${rel(RUN_DIR)} (also .vscode-test/latest)`);
  mkdirSync(LOGS, { recursive: true });
  const setup = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      results.push({ phase: "setup", name, ok: false, detail: e.message });
      throw e;
    }
  };
  await setup("install code-server and Chromium", () => install());
  if (!flag("skip-package")) {
    await setup("npm run package (.vsix)", () => {
      log("npm run package");
      run("npm", ["run", "package", "--silent"], { cwd: ROOT, quiet: true });
    });
    log("npm run compile-tests");
    try {
      run("npm", ["run", "compile-tests", "--silent"], { cwd: ROOT, quiet: true });
    } catch (e) {
      // tsc still emits JavaScript on type errors: record the failure (it decides the exit code) and go on,
      // so that a type error elsewhere in the tree does not hide what VS Code shows.
      if (!existsSync(path.join(ROOT, "out/test/integration/index.js"))) {
        results.push({ phase: "setup", name: "npm run compile-tests", ok: false, detail: e.message });
        throw e;
      }
      const detail = e.message.split("\n").filter((l) => /error TS/.test(l)).slice(0, 10).join("\n      ");
      results.push({ phase: "setup", name: "npm run compile-tests (type errors; running the emitted JavaScript anyway)", ok: false, detail });
      log(`compile-tests reported type errors; continuing with the emitted JavaScript:\n      ${detail}`);
    }
  }
  await setup("launch Chromium", launchBrowser);
  if (ONLY !== "ui") await setup("integration suite in code-server", runSuite);
  if (ONLY !== "suite") await setup("UI tests in code-server", runUi);
}

let exitCode = 1;
try {
  await main();
  exitCode = results.length > 0 && results.every((r) => r.ok) ? 0 : 1;
} catch (e) {
  console.error(`[vscode-test] FAILED during setup: ${e.message}`);
}
await cleanup();
printSummary();
if (UPDATE_DOCS) {
  mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  for (const r of results) {
    for (const label of r.docs ?? []) {
      const shot = r.snaps?.[label];
      if (r.ok && shot && existsSync(shot)) {
        copyFileSync(shot, path.join(ROOT, "docs", `${label}.png`));
        log(`--update-docs: docs/${label}.png <- ${rel(shot)}`);
      } else {
        log(`--update-docs: docs/${label}.png NOT updated (step "${r.name}" ${r.ok ? "took no such screenshot" : "failed"})`);
      }
    }
  }
}
clearTimeout(watchdog);
process.exit(exitCode);
