import * as assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { CorpusFileSystem } from "../../src/core/sources/fileSystem";
import { globToRegExp } from "../../src/core/sources/glob";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { bundledSeedsDir, nodeFileSystem } from "../../src/core/sources/nodeFileSystem";

const ROOT = path.resolve(__dirname, "../../..");

describe("loadCorpus", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sourced-load-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the bundled seeds with the catalog keys and the stems as aliases", async () => {
    const seeds = bundledSeedsDir();
    assert.equal(seeds, path.join(ROOT, "seeds"));
    const r = await loadCorpus([seeds as string], nodeFileSystem);
    assert.deepEqual(r.failures, []);
    const keys = Object.fromEntries(r.documents.map((d) => [path.basename(d.meta.path), d.meta.key]));
    assert.deepEqual(keys, {
      "000_a8d05ea618720230.txt": "police-scotland-2016",
      "001_6ce78063f3a5f59c.txt": "cops-take-out-encrochat",
      "002_e72b4df8766236e4.txt": "crime-chat-network-cracked",
      "003_f11262ec162f0ab3.txt": "hundreds-arrested",
      "004_a6de812ce3c78349.txt": "express-losing-war",
    });
    for (const d of r.documents) assert.ok(d.meta.aliases.includes(path.basename(d.meta.path, ".txt")));
    const express = r.documents.find((d) => d.meta.key === "express-losing-war");
    assert.equal(express?.meta.publisher, "Sunday Express");
    assert.equal(express?.meta.author, "Jon Austin");
    assert.match(express?.meta.date ?? "", /^2020-07/);
    assert.match(r.documents[0].meta.date ?? "", /^2016/);
  });

  it("walks folders recursively in path order, reading only source extensions and skipping hidden folders", async () => {
    mkdirSync(path.join(dir, "b/nested"), { recursive: true });
    mkdirSync(path.join(dir, ".git"));
    writeFileSync(path.join(dir, "z.txt"), "Zed article.");
    writeFileSync(path.join(dir, "a.md"), "# A\n\nText.");
    writeFileSync(path.join(dir, "b/nested/c.html"), "<p>Cee.</p>");
    writeFileSync(path.join(dir, "b/notes.json"), "{}");
    writeFileSync(path.join(dir, ".git/d.txt"), "hidden");
    const r = await loadCorpus([dir], nodeFileSystem);
    assert.deepEqual(r.documents.map((d) => path.relative(dir, d.meta.path)), ["a.md", path.join("b", "nested", "c.html"), "z.txt"]);
    assert.deepEqual(r.failures, []);
  });

  it("turns binary, missing and unreadable files into failures and loads the rest", async () => {
    writeFileSync(path.join(dir, "good.txt"), "The NCA made 746 arrests.");
    writeFileSync(path.join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(path.join(dir, "locked.txt"), "secret");
    chmodSync(path.join(dir, "locked.txt"), 0o000);
    symlinkSync(path.join(dir, "gone.txt"), path.join(dir, "dangling.txt"));
    const r = await loadCorpus([dir, path.join(dir, "missing.md")], nodeFileSystem);
    const isRoot = process.getuid?.() === 0; // root reads a mode-000 file, so it loads
    assert.deepEqual(r.documents.map((d) => d.meta.key), isRoot ? ["good", "locked"] : ["good"]);
    const reasons = Object.fromEntries(r.failures.map((f) => [path.basename(f.path), f.reason]));
    assert.match(reasons["image.txt"], /binary/);
    assert.match(reasons["missing.md"], /not found/);
    assert.match(reasons["dangling.txt"], /not found/);
    // Root can read a 000 file; only assert the failure when the permission actually applies.
    if (!isRoot) assert.match(reasons["locked.txt"], /permission denied/);
    for (const f of r.failures) assert.ok(!f.reason.includes("\n"), f.reason);
  });

  it("detects a symbolic link loop and still loads the files", async () => {
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "sub/a.txt"), "Article text.");
    symlinkSync(dir, path.join(dir, "sub/loop"));
    const r = await loadCorpus([dir], nodeFileSystem);
    assert.equal(r.documents.length, 1);
    assert.ok(r.failures.some((f) => /loop/.test(f.reason)), JSON.stringify(r.failures));
  });

  it("honours a catalog beside the sources and suffixes duplicate keys across folders", async () => {
    mkdirSync(path.join(dir, "one"));
    mkdirSync(path.join(dir, "two"));
    writeFileSync(path.join(dir, "one/catalog.json"), JSON.stringify({ "x.txt": { key: "shared", title: "One", publisher: "Pub" } }));
    writeFileSync(path.join(dir, "two/sources.json"), JSON.stringify([{ file: "y.txt", key: "Shared" }]));
    writeFileSync(path.join(dir, "one/x.txt"), "First.");
    writeFileSync(path.join(dir, "two/y.txt"), "Second.");
    const r = await loadCorpus([dir], nodeFileSystem);
    assert.deepEqual(r.documents.map((d) => d.meta.key), ["shared", "shared-2"]);
    assert.equal(r.documents[0].meta.title, "One");
    assert.equal(r.documents[0].meta.publisher, "Pub");
    assert.deepEqual(r.documents[1].meta.aliases, ["y"]);
    assert.ok(r.warnings?.some((w) => /duplicate key/.test(w.reason) && w.path.endsWith("y.txt")));
  });

  it("reports a broken catalog and front matter but keeps the documents", async () => {
    writeFileSync(path.join(dir, "catalog.json"), "{ not json");
    writeFileSync(path.join(dir, "a.md"), "---\ntitle: [oops\n---\nBody with 171 arrests.\n");
    const r = await loadCorpus([dir], nodeFileSystem);
    assert.equal(r.documents.length, 1);
    assert.ok(r.documents[0].text.includes("171 arrests"));
    assert.ok(r.failures.some((f) => f.path.endsWith("catalog.json") && /catalog ignored/.test(f.reason)));
    assert.ok(r.failures.some((f) => f.path.endsWith("a.md") && /front matter/.test(f.reason)));
  });

  it("expands globs and skips files over the size limit", async () => {
    mkdirSync(path.join(dir, "news/2020"), { recursive: true });
    writeFileSync(path.join(dir, "news/2020/a.md"), "A.");
    writeFileSync(path.join(dir, "news/b.md"), "B.");
    writeFileSync(path.join(dir, "news/c.txt"), "C.");
    const r = await loadCorpus([path.join(dir, "news/**/*.md")], nodeFileSystem);
    assert.deepEqual(r.documents.map((d) => d.meta.key), ["a", "b"]);
    const big = await loadCorpus([path.join(dir, "news/c.txt")], nodeFileSystem, { maxFileSize: 1 });
    assert.equal(big.documents.length, 0);
    assert.match(big.failures[0].reason, /too large/);
    const none = await loadCorpus([path.join(dir, "news/*.html")], nodeFileSystem);
    assert.equal(none.documents.length, 0);
    assert.ok(none.warnings?.some((w) => /no source files match/.test(w.reason)));
  });

  it("reports a folder that disappears mid-walk", async () => {
    const fake: CorpusFileSystem = {
      async stat(p) {
        if (p === "corpus" || p === "corpus/sub") return { type: "directory", size: 0 };
        if (p === "corpus/a.txt") return { type: "file", size: 5 };
        throw Object.assign(new Error("gone"), { code: "ENOENT" });
      },
      async readDirectory(p) {
        if (p === "corpus") return ["a.txt", "sub"];
        throw Object.assign(new Error("gone"), { code: "ENOENT" });
      },
      async readFile(p) {
        if (p === "corpus/a.txt") return new TextEncoder().encode("Hello.");
        throw Object.assign(new Error("gone"), { code: "ENOENT" });
      },
      async realpath(p) {
        return p;
      },
    };
    const r = await loadCorpus(["corpus"], fake);
    assert.deepEqual(r.documents.map((d) => d.meta.path), ["corpus/a.txt"]);
    assert.deepEqual(r.failures, [{ path: "corpus/sub", reason: "folder unreadable: not found" }]);
  });
});

describe("glob", () => {
  it("matches *, ** and braces", () => {
    const re = globToRegExp("src/**/*.{md,txt}");
    assert.ok(re.test("src/a.md"));
    assert.ok(re.test("src/x/y/b.txt"));
    assert.ok(!re.test("src/x/b.html"));
    assert.ok(!globToRegExp("src/*.md").test("src/x/a.md"));
  });
});
