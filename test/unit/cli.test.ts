import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FINDING_KINDS } from "../../src/core/types";

const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist/cli.js");
const FIX = path.join(ROOT, "test/fixtures/cli");

/** Newest modification time of the TypeScript sources the bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function sourced(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function isRange(r: unknown): boolean {
  const x = r as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } };
  return [x?.start?.line, x?.start?.character, x?.end?.line, x?.end?.character].every((n) => Number.isInteger(n) && (n as number) >= 0);
}

/** Validates the JSON report schema (version 1), for whatever findings the engine produces. */
function assertReportShape(report: Record<string, unknown>, files: string[]): void {
  assert.equal(report.schemaVersion, 1);
  const corpus = report.corpus as { documents: unknown; failures: { path: unknown; reason: unknown }[] };
  assert.ok(Number.isInteger(corpus.documents));
  assert.ok(Array.isArray(corpus.failures));
  for (const f of corpus.failures) assert.ok(typeof f.path === "string" && typeof f.reason === "string");
  const results = report.results as { file: string; findings: Record<string, unknown>[] }[];
  assert.deepEqual(results.map((r) => r.file), files);
  for (const r of results) {
    for (const f of r.findings) {
      assert.ok((FINDING_KINDS as readonly string[]).includes(f.kind as string), `kind ${String(f.kind)}`);
      assert.ok(["error", "warning", "information", "hint"].includes(f.severity as string));
      assert.ok(isRange(f.range));
      assert.equal(typeof f.message, "string");
      assert.equal(typeof f.claim, "string");
      assert.ok(Array.isArray(f.evidence));
      for (const e of f.evidence as Record<string, unknown>[]) {
        assert.equal(typeof e.source, "string");
        assert.equal(typeof e.path, "string");
        assert.ok(isRange(e.range));
        assert.equal(typeof e.text, "string");
        if ("value" in e) assert.equal(typeof e.value, "string");
      }
      if ("suggestion" in f) assert.equal(typeof f.suggestion, "string");
      if ("supportingSources" in f) assert.ok(Array.isArray(f.supportingSources));
    }
  }
}

describe("cli (dist/cli.js)", function () {
  this.timeout(60000);
  let tmp: string;

  before(() => {
    const stale = !existsSync(CLI) || statSync(CLI).mtimeMs < newestSource(path.join(ROOT, "src"));
    if (stale) {
      const b = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build", "--silent"], { cwd: ROOT, encoding: "utf8" });
      assert.equal(b.status, 0, b.stderr);
    }
    tmp = mkdtempSync(path.join(tmpdir(), "sourced-cli-"));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it("prints help and version", () => {
    const help = sourced(["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /sourced check FILE/);
    const v = sourced(["--version"]);
    assert.equal(v.code, 0);
    assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+/);
  });

  it("exits 2 with a one-line reason for usage errors", () => {
    for (const args of [[], ["frobnicate"], ["check"], ["check", "x.md", "--format", "xml"], ["check", "x.md", "--fail-on", "sometimes"], ["check", "x.md", "--bogus"]]) {
      const r = sourced(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.match(r.stderr, /^sourced: /);
      assert.doesNotMatch(r.stderr, /\bat .*:\d+:\d+/, "no stack trace");
    }
  });

  it("exits 2 for a missing draft and a missing corpus path", () => {
    const missing = sourced(["check", "does/not/exist.md"]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /exist\.md: not found/);
    const corpus = sourced(["check", path.join(FIX, "clean.md"), "--corpus", "no/such/folder"]);
    assert.equal(corpus.code, 2);
    assert.match(corpus.stderr, /corpus path no\/such\/folder: not found/);
  });

  it("exits 2 for a binary draft", () => {
    const bin = path.join(tmp, "draft.md");
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const r = sourced(["check", bin]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /binary/);
    assert.equal(r.stdout, "");
  });

  it("checks an empty draft with no findings and exit 0", () => {
    const empty = path.join(tmp, "empty.md");
    writeFileSync(empty, "");
    const r = sourced(["check", empty, "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assertReportShape(report, [empty]);
    assert.deepEqual(report.results[0].findings, []);
    assert.equal(report.corpus.documents, 5, "the bundled seeds");
  });

  it("writes valid JSON of the documented shape for a real draft, with corpus failures listed", () => {
    const corpus = path.join(tmp, "mixed");
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, "good.txt"), "Police said 12 people were arrested.");
    writeFileSync(path.join(corpus, "bad.txt"), Buffer.from([0, 1, 2, 3]));
    const r = sourced(["check", path.join(FIX, "wrong-figure.md"), path.join(FIX, "clean.md"), "--corpus", corpus, "--format", "json", "--fail-on", "none"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assertReportShape(report, [path.join(FIX, "wrong-figure.md"), path.join(FIX, "clean.md")]);
    assert.equal(report.corpus.documents, 1);
    assert.deepEqual(report.corpus.failures.map((f: { path: string }) => path.basename(f.path)), ["bad.txt"]);
  });

  it("--timings reports on stderr what reading, indexing and checking took, the index built then loaded", () => {
    const cache = path.join(tmp, "timings-cache");
    const args = ["check", path.join(FIX, "wrong-figure.md"), "--cache", cache, "--format", "json", "--fail-on", "none", "--timings"];
    const line = /^sourced: timings: read 5 sources \d+ ms, index (built|loaded) \d+ ms, check \d+ ms \(\d+ of \d+ claims as last run\)$/;
    const first = sourced(args);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr.trim().split("\n").length, 1, first.stderr);
    assert.equal(line.exec(first.stderr.trim())?.[1], "built", first.stderr);
    JSON.parse(first.stdout); // stdout stays the report alone
    const again = sourced(args);
    assert.equal(line.exec(again.stderr.trim())?.[1], "loaded", again.stderr);
    assert.equal(again.stdout, first.stdout);
    assert.equal(sourced(args.slice(0, -1)).stderr, "", "no timings unless asked");
  });

  it("keeps the program's compiled code beside the index, one file per command, and none for --no-cache", () => {
    const cache = path.join(tmp, "code-cache");
    const args = ["check", path.join(FIX, "wrong-figure.md"), "--cache", cache, "--format", "json", "--fail-on", "none"];
    const codeFiles = () => readdirSync(cache).filter((f) => f.startsWith("code-"));
    const first = sourced(args);
    assert.equal(first.code, 0, first.stderr);
    const files = codeFiles();
    assert.equal(files.length, 1);
    assert.match(files[0]!, /^code-check-[0-9a-f]+\.bin$/);
    const written = statSync(path.join(cache, files[0]!)).mtimeMs;
    const again = sourced(args);
    assert.equal(again.stdout, first.stdout, "the same report from compiled code taken from the cache");
    assert.equal(statSync(path.join(cache, files[0]!)).mtimeMs, written, "V8 took the cache: it is not written again");
    sourced(["sources", "--cache", cache, "--format", "json"]);
    assert.deepEqual(codeFiles().map((f) => f.split("-")[1]).sort(), ["check", "sources"]);

    const none = path.join(tmp, "no-cache-cwd");
    mkdirSync(none);
    const r = spawnSync(process.execPath, [CLI, "check", path.join(FIX, "wrong-figure.md"), "--no-cache", "--fail-on", "none"], { cwd: none, encoding: "utf8", env: { ...process.env, SOURCED_CACHE_DIR: "" } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(none), [], "--no-cache writes no cache folder");
  });

  it("takes up the last run's verdicts from its cache, checking again only the claims an edit changed", () => {
    const cache = path.join(tmp, "verdicts-cache");
    const draft = path.join(tmp, "verdicts-draft.md");
    const text = "The Met made 171 arrests.\n\nOfficers seized 77 firearms. Police seized £54m in cash.\n";
    writeFileSync(draft, text);
    const args = ["check", draft, "--cache", cache, "--format", "json", "--fail-on", "none", "--timings"];
    const kept = (stderr: string) => /\((\d+) of (\d+) claims as last run\)/.exec(stderr)?.slice(1).map(Number);
    const first = sourced(args);
    assert.deepEqual(kept(first.stderr), [0, 3], first.stderr);
    const again = sourced(args);
    assert.deepEqual(kept(again.stderr), [3, 3], again.stderr);
    assert.equal(again.stdout, first.stdout);
    writeFileSync(draft, text.replace("77 firearms", "78 firearms"));
    const edited = sourced(args);
    assert.deepEqual(kept(edited.stderr), [2, 3], edited.stderr);
    // --no-cache remembers nothing and says nothing of it; its report is the same.
    const none = sourced(["check", draft, "--no-cache", "--format", "json", "--fail-on", "none", "--timings"]);
    assert.match(none.stderr, /check \d+ ms$/m);
    assert.equal(edited.stdout, none.stdout);
  });

  it("runs on an empty corpus folder with a one-line warning", () => {
    const emptyCorpus = path.join(tmp, "nothing-here");
    mkdirSync(emptyCorpus);
    const r = sourced(["check", path.join(FIX, "clean.md"), "--corpus", emptyCorpus, "--format", "json", "--fail-on", "none"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /no readable sources/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.corpus.documents, 0);
    // Every finding against an empty corpus is at most "unsupported" (nothing to contradict or support).
    for (const f of report.results[0].findings) assert.ok(["unsupported", "unknown-citation", "unverified-quote"].includes(f.kind), f.kind);
  });

  it("text format reads like a linter and ends with a summary", () => {
    const r = sourced(["check", path.join(FIX, "clean.md"), "--fail-on", "none"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /1 file checked against 5 sources: /);
    assert.doesNotMatch(r.stdout, /\u001b\[/, "no colour when not a TTY");
    for (const line of r.stdout.split("\n").filter((l) => /^\S+:\d+:\d+ /.test(l))) {
      assert.match(line, /^\S+:\d+:\d+  (error|warning|information|hint)  [a-z-]+  \S/);
    }
  });

  it("github format emits only well-formed workflow commands", () => {
    const r = sourced(["check", path.join(FIX, "wrong-figure.md"), "--format", "github", "--fail-on", "none"]);
    assert.equal(r.code, 0, r.stderr);
    for (const line of r.stdout.split("\n").filter(Boolean)) {
      assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Sourced [a-z-]+::[^\r\n]*$/);
    }
  });

  it("lists the corpus with keys and counts (text and json)", () => {
    const text = sourced(["sources"]);
    assert.equal(text.code, 0);
    for (const key of ["police-scotland-2016", "cops-take-out-encrochat", "crime-chat-network-cracked", "hundreds-arrested", "express-losing-war"]) {
      assert.match(text.stdout, new RegExp(`^${key}  `, "m"));
    }
    assert.match(text.stdout, /Sunday Express/);
    assert.match(text.stdout, /\d+ passages, \d+ figures?, \d+ quotes?/);
    const json = sourced(["sources", "--corpus", path.join(FIX, "corpus"), "--format", "json"]);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.sources.length, 1);
    const s = report.sources[0];
    assert.equal(s.key, "tiny-source");
    assert.equal(s.publisher, "Example Wire");
    assert.equal(s.date, "2021-03-04");
    assert.ok(s.passages >= 2 && Number.isInteger(s.figures) && Number.isInteger(s.quotes));
  });

  // 9,460 arrests against the seeds' 746 must be flagged.
  it("flags a clearly wrong figure and exits 1 at the default --fail-on warning", function () {
    const r = sourced(["check", path.join(FIX, "wrong-figure.md"), "--format", "json"]);
    const report = JSON.parse(r.stdout);
    const findings = report.results[0].findings as { kind: string; suggestion?: string; evidence: { source: string }[] }[];
    assertReportShape(report, [path.join(FIX, "wrong-figure.md")]);
    const wrong = findings.find((f) => f.kind === "contradicted");
    assert.ok(wrong, JSON.stringify(findings.map((f) => f.kind)));
    assert.ok(wrong.evidence.length > 0);
    assert.equal(r.code, 1);
    assert.equal(sourced(["check", path.join(FIX, "wrong-figure.md"), "--fail-on", "none"]).code, 0);
    assert.equal(sourced(["check", path.join(FIX, "wrong-figure.md"), "--fail-on", "error"]).code, 0, "contradictions are warnings");
  });
});
