import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { codeCacheFile } from "../../src/node/codeCache";
import { codeCachePlanFor } from "../../src/cli/codeCachePlan";

/** The compiled codeCache module, loaded by each child process (the cache is written on exit). */
const MODULE = path.join(__dirname, "../../src/node/codeCache.js");

/** A bundle with a shebang, a require, lazily compiled functions and __filename/__dirname. */
const BUNDLE = `#!/usr/bin/env node
const path = require("node:path");
function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
function greet(name) { return "ran " + name; }
console.log(greet(path.basename(__filename)), path.basename(__dirname), sum(10));
`;

interface Run {
  status: number | null;
  printed: string;
  use: { file?: string; accepted: boolean };
}

/** Runs `bundle` in a child process through `runBundle` with a plan for `dir` and `kind` (or none). */
function runChild(bundle: string, plan: { dir: string; kind: string; keep?: boolean } | undefined): Run {
  const script = `
    const { runBundle } = require(${JSON.stringify(MODULE)});
    const plan = ${plan ? `{ dir: ${JSON.stringify(plan.dir)}, kind: ${JSON.stringify(plan.kind)}, worthKeeping: () => ${plan.keep !== false} }` : "undefined"};
    const use = runBundle(${JSON.stringify(bundle)}, plan);
    console.log("USE " + JSON.stringify(use));
  `;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const lines = r.stdout.trim().split("\n");
  const useLine = lines.find((l) => l.startsWith("USE ")) ?? "USE {}";
  return { status: r.status, printed: lines.filter((l) => !l.startsWith("USE ")).join("\n"), use: JSON.parse(useLine.slice(4)) };
}

describe("codeCache (running the CLI's program with V8's code cache)", function () {
  this.timeout(30000);
  let tmp: string;
  let bundle: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "sourced-code-cache-"));
    bundle = path.join(tmp, "app", "bundle.js");
    mkdirSync(path.dirname(bundle));
    writeFileSync(bundle, BUNDLE);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it("runs a bundle as require would: its shebang, require, __filename and __dirname", () => {
    const r = runChild(bundle, undefined);
    assert.equal(r.status, 0);
    assert.equal(r.printed, "ran bundle.js app 45");
    assert.deepEqual(r.use, { accepted: false });
  });

  it("keeps the run's compiled code on exit, and the next run takes it and writes nothing", () => {
    const dir = path.join(tmp, "cache");
    const first = runChild(bundle, { dir, kind: "check" });
    assert.equal(first.printed, "ran bundle.js app 45");
    assert.equal(first.use.accepted, false);
    assert.equal(first.use.file, codeCacheFile(dir, "check", BUNDLE.replace(/^#!.*/, "")));
    const written = statSync(first.use.file!);
    assert.ok(written.size > 0);

    const second = runChild(bundle, { dir, kind: "check" });
    assert.equal(second.printed, "ran bundle.js app 45");
    assert.equal(second.use.accepted, true);
    assert.equal(statSync(second.use.file!).mtimeMs, written.mtimeMs, "an accepted cache is not written again");
  });

  it("writes the cache anew when V8 rejects it", () => {
    const dir = path.join(tmp, "cache");
    const file = runChild(bundle, { dir, kind: "check" }).use.file!;
    writeFileSync(file, Buffer.from("not a code cache"));
    const rejected = runChild(bundle, { dir, kind: "check" });
    assert.equal(rejected.status, 0);
    assert.equal(rejected.printed, "ran bundle.js app 45");
    assert.equal(rejected.use.accepted, false);
    assert.notEqual(readFileSync(file).toString(), "not a code cache");
    assert.equal(runChild(bundle, { dir, kind: "check" }).use.accepted, true);
  });

  it("keeps nothing from a run not worth keeping", () => {
    const dir = path.join(tmp, "cache");
    const r = runChild(bundle, { dir, kind: "check", keep: false });
    assert.equal(r.printed, "ran bundle.js app 45");
    assert.deepEqual(readdirSync(tmp).includes("cache") ? readdirSync(dir) : [], []);
  });

  it("gives a changed bundle its own file and drops the old one of the same kind, not another kind's", () => {
    const dir = path.join(tmp, "cache");
    const oldCheck = runChild(bundle, { dir, kind: "check" }).use.file!;
    const sources = runChild(bundle, { dir, kind: "sources" }).use.file!;
    assert.notEqual(oldCheck, sources);
    writeFileSync(bundle, BUNDLE.replace("ran ", "ran again "));
    const changed = runChild(bundle, { dir, kind: "check" });
    assert.equal(changed.printed, "ran again bundle.js app 45");
    assert.notEqual(changed.use.file, oldCheck);
    assert.deepEqual(readdirSync(dir).sort(), [path.basename(changed.use.file!), path.basename(sources)].sort());
  });

  it("runs uncached, without failing, when the cache folder cannot be made", () => {
    const blocker = path.join(tmp, "a-file");
    writeFileSync(blocker, "");
    const r = runChild(bundle, { dir: path.join(blocker, "cache"), kind: "check" });
    assert.equal(r.status, 0);
    assert.equal(r.printed, "ran bundle.js app 45");
    assert.equal(r.use.accepted, false);
  });
});

describe("codeCachePlanFor (where the sourced launcher keeps the code cache)", () => {
  const env = { SOURCED_CACHE_DIR: "/var/cache/sourced" };
  const ok = () => 0;

  it("uses the command's own cache folder, one file per command", () => {
    assert.deepEqual(pick(codeCachePlanFor(["check", "d.md", "--cache", "/tmp/c"], env, "/w", ok)), { dir: "/tmp/c", kind: "check" });
    assert.deepEqual(pick(codeCachePlanFor(["sources"], env, "/w", ok)), { dir: "/var/cache/sourced", kind: "sources" });
    assert.deepEqual(pick(codeCachePlanFor(["check", "d.md"], {}, "/w", ok)), { dir: path.join("/w", ".sourced-cache"), kind: "check" });
  });

  it("keeps none for --no-cache, help, version or a command line that does not parse", () => {
    assert.equal(codeCachePlanFor(["check", "d.md", "--no-cache"], env, "/w", ok), undefined);
    assert.equal(codeCachePlanFor(["--help"], env, "/w", ok), undefined);
    assert.equal(codeCachePlanFor(["--version"], env, "/w", ok), undefined);
    assert.equal(codeCachePlanFor(["check", "--format", "yaml"], env, "/w", ok), undefined);
  });

  it("keeps a run's code only if the run did not end in an error", () => {
    let code: number | undefined;
    const plan = codeCachePlanFor(["check", "d.md"], env, "/w", () => code)!;
    assert.equal(plan.worthKeeping(), true);
    code = 1; // findings: a whole run
    assert.equal(plan.worthKeeping(), true);
    code = 2;
    assert.equal(plan.worthKeeping(), false);
  });
});

function pick(plan: { dir: string; kind: string } | undefined): { dir: string; kind: string } | undefined {
  return plan && { dir: plan.dir, kind: plan.kind };
}
