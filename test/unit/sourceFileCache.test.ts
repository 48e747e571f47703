/**
 * Sources kept between loads: a reload takes unchanged files as the last load read them (no
 * file read), reads changed ones, and gives the same corpus as reading everything.
 */
import * as assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import type { CorpusFileSystem } from "../../src/core/sources/fileSystem";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import type { CorpusLoadResult } from "../../src/core/sources/sourceDocument";
import { LineStarts } from "../../src/core/text/lineIndex";
import { SourceFileCache } from "../../src/node/sourceFileCache";

/** `nodeFileSystem`, counting the source files it reads. */
function countingFs(): CorpusFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    ...nodeFileSystem,
    reads,
    async readFile(p: string) {
      if (!/catalog\.json$/.test(p)) reads.push(path.basename(p));
      return nodeFileSystem.readFile(p);
    },
  };
}

/** Everything a load gives, original texts and offset maps included. */
function whole(result: CorpusLoadResult): unknown {
  return {
    documents: result.documents.map((d) => ({ meta: d.meta, text: d.text, blocks: d.blocks, furniture: d.furniture, hash: d.hash, original: d.original, offsetMap: d.offsetMap.toArray() })),
    failures: result.failures,
    warnings: result.warnings,
  };
}

describe("source file cache", () => {
  let root: string;
  let corpus: string;
  let cacheDir: string;
  const hourAgo = (Date.now() - 3_600_000) / 1000;
  const write = (name: string, content: string | Buffer, when = hourAgo): void => {
    writeFileSync(path.join(corpus, name), content);
    utimesSync(path.join(corpus, name), when, when);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "sourced-sources-"));
    corpus = path.join(root, "corpus");
    cacheDir = path.join(root, "cache");
    mkdirSync(corpus);
    write("a.txt", "Leeds raid\n\nPolice arrested 746 people in Leeds on 2 July 2020.\n\nFollow us on Twitter\n");
    write("b.md", "---\ntitle: Second\nkey: same\n---\n\nThe agency employs 1,200 officers.\n");
    write("c.html", "<html><head><title>Third</title></head><body><p>Officers seized <b>£54m</b> in cash.</p></body></html>");
    write("d.md", "---\nkey: same\n---\n\nA second source with the same key.\n");
    write("e.txt", Buffer.from([0, 1, 2, 3, 0, 0, 0, 255]));
    writeFileSync(path.join(corpus, "catalog.json"), JSON.stringify({ "a.txt": { publisher: "Wire" } }));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("reloads unchanged files without reading them, as reading them gives", async () => {
    const fresh = await loadCorpus([corpus], nodeFileSystem);
    const first = new SourceFileCache(cacheDir, "f");
    const fs1 = countingFs();
    const loaded = await loadCorpus([corpus], fs1, { known: first });
    first.save();
    assert.equal(fs1.reads.length, 5);
    const fs2 = countingFs();
    const reloaded = await loadCorpus([corpus], fs2, { known: new SourceFileCache(cacheDir, "f") });
    assert.deepEqual(fs2.reads, [], "no source file read");
    // Same documents (duplicate keys renamed the same), failures (the binary file) and warnings;
    // the original text and offsets read back from the file when asked for.
    assert.deepEqual(whole(reloaded), whole(fresh));
    assert.deepEqual(whole(loaded), whole(fresh));
    assert.ok(reloaded.documents.some((d) => d.meta.key === "same-2"));
    assert.equal(reloaded.failures.length, 1);
  });

  it("reads again a file whose size, time or catalog entry changed, and forgets deleted files", async () => {
    const cache = new SourceFileCache(cacheDir, "f");
    const firstResult = await loadCorpus([corpus], nodeFileSystem, { known: cache });
    cache.save();
    // Furniture for another reason than any the first load met: the reasons' table grows.
    write("a.txt", "Leeds raid\n\nPolice arrested 801 people in Leeds on 2 July 2020.\n\nSign up to our daily newsletter\n");
    writeFileSync(path.join(corpus, "catalog.json"), JSON.stringify({ "c.html": { publisher: "Daily" } }));
    rmSync(path.join(corpus, "d.md"));
    const again = new SourceFileCache(cacheDir, "f");
    const fs = countingFs();
    const result = await loadCorpus([corpus], fs, { known: again });
    again.save();
    // a.txt changed; a.txt and c.html have other catalog entries now.
    assert.deepEqual(fs.reads.sort(), ["a.txt", "c.html"]);
    assert.deepEqual(whole(result), whole(await loadCorpus([corpus], nodeFileSystem)));
    const third = countingFs();
    const thirdResult = await loadCorpus([corpus], third, { known: new SourceFileCache(cacheDir, "f") });
    assert.deepEqual(third.reads, []);
    assert.deepEqual(whole(thirdResult), whole(await loadCorpus([corpus], nodeFileSystem)));
    const reasons = (r: CorpusLoadResult) => r.documents.find((d) => d.meta.path.endsWith("a.txt"))!.furniture.map((f) => f.reason);
    assert.ok(reasons(thirdResult).length && !reasons(thirdResult).some((x) => reasons(firstResult).includes(x)), JSON.stringify([reasons(firstResult), reasons(thirdResult)]));
  });

  it("does not trust the stamp of a file changed within the last moments (the clock may not have moved)", async () => {
    write("a.txt", "Just written.\n", Date.now() / 1000);
    const cache = new SourceFileCache(cacheDir, "f");
    await loadCorpus([corpus], nodeFileSystem, { known: cache });
    cache.save();
    const fs = countingFs();
    await loadCorpus([corpus], fs, { known: new SourceFileCache(cacheDir, "f") });
    assert.deepEqual(fs.reads, ["a.txt"]);
  });

  it("keeps no document's file text after a load, reading it again only when asked for", async () => {
    const rereads: string[] = [];
    const fs: CorpusFileSystem = {
      ...nodeFileSystem,
      readFileSync(p: string) {
        rereads.push(path.basename(p));
        return nodeFileSystem.readFileSync!(p);
      },
    };
    const kept = await loadCorpus([corpus], { ...nodeFileSystem, readFileSync: undefined });
    const released = await loadCorpus([corpus], fs);
    assert.deepEqual(rereads, []);
    for (const [i, d] of released.documents.entries()) {
      assert.ok(Object.getOwnPropertyDescriptor(d, "original")?.get, `${d.meta.path}: its original is read when asked for`);
      assert.deepEqual(d.lineStarts, LineStarts.of(kept.documents[i]!.original));
    }
    assert.deepEqual(whole(released), whole(kept));
    assert.deepEqual(rereads.sort(), ["a.txt", "b.md", "c.html", "d.md"]);
    // Read once: asked again, the text read is given back.
    void released.documents.map((d) => d.original);
    assert.equal(rereads.length, 4);
    // A file changed since its load is not its original: the normalised text stands in.
    const again = await loadCorpus([corpus], fs);
    writeFileSync(path.join(corpus, "a.txt"), "Something else entirely.\n");
    const a = again.documents.find((d) => d.meta.path.endsWith("a.txt"))!;
    assert.equal(a.original, a.text);
  });

  it("places evidence at the lines and columns a fresh read gives, without reading the files back", async () => {
    const fresh = await loadCorpus([corpus], nodeFileSystem);
    const cache = new SourceFileCache(cacheDir, "f");
    await loadCorpus([corpus], nodeFileSystem, { known: cache });
    cache.save();
    const reloaded = await loadCorpus([corpus], nodeFileSystem, { known: new SourceFileCache(cacheDir, "f") });
    // Gone from disk: a position read back from a file would now fall back to the normalised text.
    rmSync(corpus, { recursive: true, force: true });
    const a = CorpusIndex.build(fresh.documents);
    const b = CorpusIndex.build(reloaded.documents);
    assert.equal(b.sentenceCount, a.sentenceCount);
    let shifted = 0;
    for (let doc = 0; doc < fresh.documents.length; doc++) {
      const text = fresh.documents[doc]!.text;
      for (let start = 0; start < text.length; start += 3) {
        const span = { start, end: Math.min(text.length, start + 7) };
        assert.deepEqual(b.rangeOf(doc, span), a.rangeOf(doc, span));
        if (a.rangeOf(doc, span).start.character !== start) shifted++;
      }
    }
    assert.ok(shifted > 0, "some positions differ from the normalised text's (markup, front matter)");
  });

  /** Saves a cache of the corpus, then rewrites its head (the first line) as `edit` gives it. */
  async function rewriteHead<T>(edit: (head: T) => unknown): Promise<void> {
    const cache = new SourceFileCache(cacheDir, "f");
    await loadCorpus([corpus], nodeFileSystem, { known: cache });
    cache.save();
    const file = path.join(cacheDir, "sources-f.bin");
    const buf = readFileSync(file, "utf8");
    const eol = buf.indexOf("\n");
    writeFileSync(file, JSON.stringify(edit(JSON.parse(buf.slice(0, eol)) as T)) + buf.slice(eol));
  }

  it("reads a file again when its record lacks its offsets (an older cache)", async () => {
    await rewriteHead((head: { records: { doc?: { runs?: unknown } }[] }) => {
      for (const r of head.records) if (r.doc) delete r.doc.runs;
      return head;
    });
    const fs = countingFs();
    const result = await loadCorpus([corpus], fs, { known: new SourceFileCache(cacheDir, "f") });
    assert.deepEqual(fs.reads.sort(), ["a.txt", "b.md", "c.html", "d.md"]);
    assert.deepEqual(whole(result), whole(await loadCorpus([corpus], nodeFileSystem)));
  });

  it("treats a cache of the earlier format (records as a list, spans as objects) as none", async () => {
    const pairs = (flat: number[], n: number) => Array.from({ length: flat.length / n }, (_x, i) => flat.slice(i * n, i * n + n));
    await rewriteHead((head: { reasons: string[]; records: { doc?: { blocks: unknown; furniture: unknown } }[] }) => {
      for (const r of head.records) {
        if (!r.doc) continue;
        r.doc.blocks = pairs(r.doc.blocks as number[], 2).map(([start, end]) => ({ start, end }));
        r.doc.furniture = pairs(r.doc.furniture as number[], 3).map(([start, end, n]) => ({ span: { start, end }, reason: head.reasons[n!] }));
      }
      return head.records;
    });
    const fs = countingFs();
    const result = await loadCorpus([corpus], fs, { known: new SourceFileCache(cacheDir, "f") });
    assert.equal(fs.reads.length, 5);
    assert.deepEqual(whole(result), whole(await loadCorpus([corpus], nodeFileSystem)));
  });

  it("treats a damaged cache file as none", async () => {
    const cache = new SourceFileCache(cacheDir, "f");
    await loadCorpus([corpus], nodeFileSystem, { known: cache });
    cache.save();
    writeFileSync(path.join(cacheDir, "sources-f.bin"), "[{\"path\":1}]\ntruncated");
    const fs = countingFs();
    const result = await loadCorpus([corpus], fs, { known: new SourceFileCache(cacheDir, "f") });
    assert.equal(fs.reads.length, 5);
    assert.deepEqual(whole(result), whole(await loadCorpus([corpus], nodeFileSystem)));
  });
});
