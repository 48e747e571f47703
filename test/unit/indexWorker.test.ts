/**
 * The index worker in a real worker thread (no VS Code): load with the analysis store, check,
 * cancel, incremental updates, queries, and a crash with one restart.
 */
import * as assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { isAbortError } from "../../src/core/check/checkInChunks";
import { WorkerClient, type WorkerLog } from "../../src/extension/worker/client";
import type { WorkerStatus } from "../../src/extension/worker/protocol";

const ROOT = path.resolve(__dirname, "../../..");
const SCRIPT = path.join(__dirname, "../../src/extension/worker/indexWorker.js");
const FIXTURE = path.join(ROOT, "test/fixtures/ui-workspace");
const quiet: WorkerLog = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

describe("index worker", function () {
  this.timeout(60_000);
  let dir: string;
  let client: WorkerClient;
  const statuses: WorkerStatus[] = [];
  const crashes: boolean[] = [];
  const files = (): string[] => ["guardian-encrochat.md", "nca-encrochat.md"].map((f) => path.join(dir, "sources", f));
  /**
   * The shared client with the seeds and the workspace files loaded, as the first test leaves it:
   * each test that reads the index loads it if no test before it has (so it runs alone too).
   */
  let loaded = false;
  const ensureLoaded = async (): Promise<void> => {
    if (!loaded) await client.request("load", { seedsDir: path.join(ROOT, "seeds"), files: files(), trusted: true, storeDir: path.join(dir, "store") });
    loaded = true;
  };

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sourced-worker-"));
    mkdirSync(path.join(dir, "sources"));
    for (const f of ["guardian-encrochat.md", "nca-encrochat.md"]) copyFileSync(path.join(FIXTURE, "sources", f), path.join(dir, "sources", f));
    client = new WorkerClient(SCRIPT, quiet, { onStatus: (s) => statuses.push(s), onCrash: (_r, restarted) => crashes.push(restarted) });
  });

  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the seeds and the workspace files, stores the analyses, and reuses them on the next load", async () => {
    const params = { seedsDir: path.join(ROOT, "seeds"), files: files(), trusted: true, storeDir: path.join(dir, "store") };
    const first = await client.request("load", params);
    assert.ok(first.sources.length > 2);
    assert.ok(first.sources.some((m) => m.key === "nca-encrochat"));
    assert.ok(first.sourcePaths.includes(path.normalize(files()[0]!)));
    assert.equal(first.stats.reused, 0);
    assert.ok(statuses.some((s) => s.indexing) && !statuses[statuses.length - 1]!.indexing, "progress, then done");
    const second = await client.request("load", params);
    assert.equal(second.stats.reused, second.sources.length, "every analysis from the store");
    assert.ok(second.generation > first.generation);
    assert.equal((await client.request("status", {})).documents, second.sources.length);
    loaded = true;
  });

  it("warms the analysers up once, after its first index is ready", async () => {
    const debug: string[] = [];
    const log: WorkerLog = { ...quiet, debug: (m: string) => void debug.push(m) };
    const own = new WorkerClient(SCRIPT, log, { onStatus: () => undefined, onCrash: () => undefined });
    try {
      const warmed = () => debug.filter((m) => /analysers warmed up in \d+ ms/.test(m)).length;
      // The checker warms up over each new index: a check of its own sentences, which finds them supported.
      const checkerWarmed = () => debug.filter((m) => /^worker: checker warmed up in \d+ ms \([1-9]\d* findings\)$/.test(m)).length;
      const until = async (done: () => boolean) => {
        for (let waited = 0; !done() && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      };
      assert.equal(warmed(), 0);
      await own.request("load", { seedsDir: path.join(ROOT, "seeds"), files: [], trusted: true });
      await until(() => checkerWarmed() === 1);
      assert.equal(warmed(), 1, "warmed up after the first load");
      assert.equal(checkerWarmed(), 1, "the checker too");
      await own.request("load", { seedsDir: path.join(ROOT, "seeds"), files: [], trusted: true });
      await until(() => checkerWarmed() === 2);
      assert.equal(warmed(), 1, "not again");
      assert.equal(checkerWarmed(), 2, "the checker again, over the new index");
    } finally {
      own.dispose();
    }
  });

  it("keeps its verdicts in its store, and a worker of the next window takes them up", async () => {
    const storeDir = path.join(dir, "verdicts-store");
    const text = "Operation Venetic led to 746 arrests in the UK.\n\nThe Met seized £54m in cash.\n";
    const debug: string[] = [];
    const log: WorkerLog = { ...quiet, debug: (m: string) => void debug.push(m) };
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done() && waited < 15_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    };
    const first = new WorkerClient(SCRIPT, log, { onStatus: () => undefined, onCrash: () => undefined });
    let findings;
    try {
      await first.request("load", { seedsDir: path.join(ROOT, "seeds"), files: [], trusted: true, storeDir });
      findings = (await first.request("check", { documentUri: "file:///a.md", version: 1, text })).findings;
      await until(() => debug.some((m) => /verdicts saved/.test(m)));
      assert.ok(debug.some((m) => /verdicts saved/.test(m)), "saved a while after the check");
    } finally {
      first.dispose();
    }
    const second = new WorkerClient(SCRIPT, log, { onStatus: () => undefined, onCrash: () => undefined });
    try {
      await second.request("load", { seedsDir: path.join(ROOT, "seeds"), files: [], trusted: true, storeDir });
      assert.ok(debug.some((m) => /^worker: 2 verdicts taken up from the last session$/.test(m)), debug.join("\n"));
      assert.deepEqual((await second.request("check", { documentUri: "file:///a.md", version: 1, text })).findings, findings);
    } finally {
      second.dispose();
    }
  });

  it("untrusted: seeds only", async () => {
    const snap = await client.request("load", { seedsDir: path.join(ROOT, "seeds"), files: files(), trusted: false });
    assert.ok(!snap.sources.some((m) => m.key === "nca-encrochat"));
    loaded = false;
    await ensureLoaded();
  });

  it("checks a draft and answers the editor's queries", async () => {
    await ensureLoaded();
    const text = readFileSync(path.join(FIXTURE, "draft.md"), "utf8");
    const r = await client.request("check", { documentUri: "file:///draft.md", version: 1, text });
    assert.ok(r.findings.some((f) => f.kind === "contradicted" && text.slice(f.span.start, f.span.end) === "964"), JSON.stringify(r.findings.map((f) => f.kind)));
    const ranked = await client.request("rankSources", { sentence: "Operation Venetic led to 746 arrests", prefix: "nca" });
    assert.equal(ranked[0]?.meta.key, "nca-encrochat");
    assert.ok((await client.request("searchFacts", { query: "Operation Venetic arrests", limit: 20 })).some((f) => f.figure.includes("746")));
    assert.ok((await client.request("summaries", {})).some((s) => s.meta.key === "nca-encrochat"));
    assert.equal((await client.request("resolveKey", { key: "NCA-encrochat" }))?.key, "nca-encrochat");
    assert.equal(await client.request("isSource", { path: files()[0]! }), true);
    assert.equal(await client.request("isSource", { path: path.join(dir, "draft.md") }), false);
    const items = await client.request("sourceItems", { key: "nca-encrochat" });
    assert.ok(Array.isArray(items.quotes) && Array.isArray(items.facts));
  });

  it("re-checks only the edited paragraphs (partial), with the same findings as a full check", async () => {
    await ensureLoaded();
    const text = readFileSync(path.join(ROOT, "examples/draft.md"), "utf8");
    const uri = "file:///incremental.md";
    const first = await client.request("check", { documentUri: uri, version: 1, text, incremental: true });
    assert.equal(first.partial, false, "nothing to reuse on the first check");
    // Edits in the middle (a figure changes length), at the start and at the end of the draft.
    const at = text.indexOf("964");
    assert.ok(at > 0);
    const edits = [text.slice(0, at) + "96400" + text.slice(at + 3), "Intro line added.\n\n" + text, text + "\nA closing paragraph with 12 arrests.\n"];
    let version = 2;
    for (const edited of edits) {
      const inc = await client.request("check", { documentUri: uri, version: version++, text: edited, incremental: true });
      assert.equal(inc.partial, true);
      const full = await client.request("check", { documentUri: "file:///full.md", version: 1, text: edited });
      assert.deepEqual(inc.findings, full.findings);
      // Back to the original text for the next edit.
      await client.request("check", { documentUri: uri, version: version++, text, incremental: true });
    }
  });

  it("cancels a check (by message, and when a newer check of the same document arrives)", async () => {
    await ensureLoaded();
    const text = "Operation Venetic led to 964 arrests in the UK. Investigators seized £54m in cash.\n\n".repeat(400);
    const controller = new AbortController();
    const cancelled = client.request("check", { documentUri: "file:///big.md", version: 1, text }, controller.signal);
    controller.abort();
    await assert.rejects(cancelled, (e) => isAbortError(e));
    const older = client.request("check", { documentUri: "file:///big.md", version: 2, text });
    const newer = client.request("check", { documentUri: "file:///big.md", version: 3, text: "Operation Venetic led to 964 arrests.\n" });
    await assert.rejects(older, (e) => isAbortError(e));
    assert.equal((await newer).version, 3);
  });

  it("applies source changes incrementally (upsert), and a deletion by reloading", async () => {
    await ensureLoaded();
    const before = (await client.request("status", {})).documents;
    const added = path.join(dir, "sources", "lighthouse.md");
    writeFileSync(added, "---\nkey: lighthouse\ntitle: Lighthouse keepers\n---\nThe Smallness lighthouse was kept by 37 keepers over its first century.\n");
    const up = await client.request("update", { upsert: [added], remove: [] });
    assert.equal(up.sources.length, before + 1);
    assert.equal(up.stats.incremental, true);
    assert.equal((await client.request("resolveKey", { key: "lighthouse" }))?.title, "Lighthouse keepers");
    writeFileSync(added, "---\nkey: lighthouse\ntitle: Lighthouse keepers, revised\n---\nThe Smallness lighthouse was kept by 38 keepers.\n");
    const changed = await client.request("update", { upsert: [added], remove: [] });
    assert.equal(changed.sources.length, before + 1);
    assert.equal((await client.request("resolveKey", { key: "lighthouse" }))?.title, "Lighthouse keepers, revised");
    rmSync(added);
    const down = await client.request("update", { upsert: [], remove: [added] });
    assert.equal(down.sources.length, before);
    assert.equal(await client.request("resolveKey", { key: "lighthouse" }), undefined);

    // A deleted folder (the watcher may report only the folder) takes its files out of the index, without failures.
    const sub = path.join(dir, "sources", "sub");
    mkdirSync(sub);
    const inSub = path.join(sub, "harbour.md");
    writeFileSync(inSub, "---\nkey: harbour\ntitle: Harbour\n---\nThe harbour had 12 boats in 1900.\n");
    assert.equal((await client.request("update", { upsert: [inSub], remove: [] })).sources.length, before + 1);
    rmSync(sub, { recursive: true });
    const gone = await client.request("update", { upsert: [], remove: [sub] });
    assert.equal(gone.sources.length, before);
    assert.deepEqual(gone.failures, []);
  });

  it("restarts once after a crash; pending requests fail instead of hanging", async () => {
    await client.terminate(true);
    assert.deepEqual(crashes, [true]);
    assert.ok(client.alive);
    await client.request("load", { files: [], trusted: true });
    await client.terminate(true);
    assert.deepEqual(crashes, [true, false]);
    assert.ok(!client.alive);
    await assert.rejects(client.request("status", {}), /not running/);
  });
});
