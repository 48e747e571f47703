/**
 * Corpus faults, with real files in a temp folder: an unreadable file, a binary file, a file over
 * the 50 MB limit, broken front matter, a symbolic-link loop, and a folder deleted while indexing.
 * Each is skipped (or, for front matter, read without it) with a clear one-line reason; the good
 * sources are indexed and back claims. The CLI prints one stderr line per failure, and
 * `--format json` stays valid JSON listing the failures.
 *
 * Tests may run as root, where chmod 000 does not stop reads: the unreadable file is also simulated
 * by a CorpusFileSystem whose readFile rejects with EACCES.
 */
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkDraft } from "../../src/core/check/checkDraft";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import type { CorpusFileSystem } from "../../src/core/sources/fileSystem";
import { DEFAULT_MAX_FILE_SIZE, loadCorpus } from "../../src/core/sources/loadCorpus";
import { nodeFileSystem } from "../../src/core/sources/nodeFileSystem";

const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist/cli.js");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

const GOOD = `---
title: Harbour seizure
publisher: Coast Gazette
key: harbour-seizure
---

Customs officers seized 412 kilos of cocaine at Felixstowe harbour on Tuesday, the Border Force said.

The shipment was hidden in a container of bananas from Ecuador.
`;
const GOOD_TXT = "Fishing quotas\n\nThe council approved 38 new fishing licences for the bay in March, the harbour master said.\n";

function errno(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** A temp corpus with every fault; returns its folder and the interesting paths. */
function makeCorpus(): { dir: string; unreadable: string; binary: string; huge: string; broken: string; loop: string; vanishing: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "sourced-faults-"));
  writeFileSync(path.join(dir, "good.md"), GOOD);
  writeFileSync(path.join(dir, "good.txt"), GOOD_TXT);
  const unreadable = path.join(dir, "unreadable.txt");
  writeFileSync(unreadable, "Nobody can read this 999 figure.\n");
  chmodSync(unreadable, 0o000);
  const binary = path.join(dir, "photo.md");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // Over the limit by one byte, as a sparse file (no 50 MB written to disk).
  const huge = path.join(dir, "huge.txt");
  const fd = openSync(huge, "w");
  ftruncateSync(fd, DEFAULT_MAX_FILE_SIZE + 1);
  closeSync(fd);
  const broken = path.join(dir, "broken.md");
  writeFileSync(broken, "---\ntitle: [unclosed\nkey: : :\n---\n\nThe ferry carried 97 passengers across the strait, the operator said.\n");
  mkdirSync(path.join(dir, "nested"));
  const loop = path.join(dir, "nested", "loop");
  symlinkSync(dir, loop, "dir");
  const vanishing = path.join(dir, "vanishing");
  mkdirSync(vanishing);
  writeFileSync(path.join(vanishing, "gone.txt"), "This file goes away while the corpus is indexed.\n");
  return { dir, unreadable, binary, huge, broken, loop, vanishing };
}

/** nodeFileSystem, except: `unreadable` cannot be read (EACCES, even as root), and `vanishing` is deleted when the walk reaches it. */
function faultyFs(unreadable: string, vanishing: string): CorpusFileSystem {
  return {
    ...nodeFileSystem,
    async readFile(p) {
      if (path.resolve(p) === path.resolve(unreadable)) throw errno("EACCES", `EACCES: permission denied, open '${p}'`);
      return nodeFileSystem.readFile(p);
    },
    async readDirectory(p) {
      if (path.resolve(p) === path.resolve(vanishing)) {
        rmSync(vanishing, { recursive: true, force: true });
        throw errno("ENOENT", `ENOENT: no such file or directory, scandir '${p}'`);
      }
      return nodeFileSystem.readDirectory(p);
    },
  };
}

describe("corpus faults: each bad file is skipped with one line, the rest is indexed and used", function () {
  this.timeout(60_000);
  let c: ReturnType<typeof makeCorpus>;
  beforeEach(() => {
    c = makeCorpus();
  });
  afterEach(() => {
    try {
      chmodSync(c.unreadable, 0o644);
    } catch {
      // already gone
    }
    rmSync(c.dir, { recursive: true, force: true });
  });

  it("loadCorpus reports every fault with a one-line reason and loads the good sources", async () => {
    const result = await loadCorpus([c.dir], faultyFs(c.unreadable, c.vanishing));
    const reasons = new Map(result.failures.map((f) => [f.path, f.reason]));
    for (const f of result.failures) assert.ok(f.reason.length > 0 && !/[\r\n]/.test(f.reason), `not one line: ${f.reason}`);
    assert.match(reasons.get(c.unreadable) ?? "", /unreadable: permission denied/);
    assert.match(reasons.get(c.binary) ?? "", /binary file/);
    assert.match(reasons.get(c.huge) ?? "", /file too large \(50\.0 MB, limit 50 MB\); skipped/);
    assert.match(reasons.get(c.broken) ?? "", /front matter .*; body read without it/);
    assert.match(reasons.get(c.loop) ?? "", /symbolic link loop; folder skipped/);
    assert.match(reasons.get(c.vanishing) ?? "", /folder unreadable: not found/);
    assert.equal(result.failures.length, 6, JSON.stringify(result.failures, null, 1));

    // Indexed: the two good sources and the body of the one with broken front matter.
    const keys = result.documents.map((d) => d.meta.key).sort();
    assert.deepEqual(keys, ["broken", "good", "harbour-seizure"]);
    const index = CorpusIndex.build(result.documents);
    const supported = checkDraft(index, "Border Force officers seized 412 kilos of cocaine at Felixstowe harbour.");
    assert.ok(supported.some((f) => f.kind === "supported" && f.supportingSources?.includes("harbour-seizure")), JSON.stringify(supported.map((f) => f.kind)));
    const wrong = checkDraft(index, "The ferry carried 79 passengers across the strait, the operator said.");
    assert.ok(wrong.some((f) => f.kind === "contradicted" && f.suggestion === "97"), "the body of the broken-front-matter file is not used");
  });

  it("a real chmod 000 file is skipped as permission denied (when not running as root)", async function () {
    if (isRoot) this.skip(); // root reads through chmod 000; the fake file system covers it above
    const result = await loadCorpus([c.dir], nodeFileSystem);
    assert.match(result.failures.find((f) => f.path === c.unreadable)?.reason ?? "", /permission denied/);
  });

  it("CLI: one stderr line per failure, exit code by findings, --format json valid and listing the failures", () => {
    const draft = path.join(c.dir, "..", `${path.basename(c.dir)}-draft.md`);
    writeFileSync(draft, "Customs officers seized 412 kilos of cocaine at Felixstowe harbour.\n\nThe council approved 83 new fishing licences for the bay.\n");
    try {
      const run = (format: string) => spawnSync(process.execPath, [CLI, "check", draft, "--corpus", c.dir, "--format", format], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      const json = run("json");
      assert.equal(json.status, 1, json.stderr); // the wrong licence count is a warning
      const report = JSON.parse(json.stdout);
      const failed = report.corpus.failures.map((f: { path: string }) => f.path);
      for (const p of [c.binary, c.huge, c.broken, c.loop]) assert.ok(failed.includes(p), `${p} not listed in ${failed.join(", ")}`);
      if (!isRoot) assert.ok(failed.includes(c.unreadable));
      // good.md, good.txt, broken.md's body, vanishing/gone.txt (not deleted here), and unreadable.txt when root reads it.
      assert.equal(report.corpus.documents, isRoot ? 5 : 4);
      for (const f of report.corpus.failures) assert.ok(typeof f.reason === "string" && f.reason.length > 0);
      // stderr: exactly one line per failure (plus no others).
      const lines = json.stderr.split("\n").filter(Boolean);
      assert.equal(lines.length, report.corpus.failures.length, json.stderr);
      for (const l of lines) assert.match(l, /^sourced: source skipped or partly read: .+: .+$/);
      assert.ok(report.results[0].findings.some((f: { kind: string }) => f.kind === "contradicted"));

      const text = run("text");
      assert.equal(text.status, 1);
      assert.equal(text.stderr.split("\n").filter(Boolean).length, report.corpus.failures.length);
    } finally {
      rmSync(draft, { force: true });
    }
  });
});
