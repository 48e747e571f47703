import * as assert from "node:assert/strict";
import * as path from "node:path";
import { warmUpDraft } from "../../src/core/check/warmUpChecker";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { readSourceText } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import type { FromWorker, Method, Methods } from "../../src/extension/worker/protocol";
import { IndexWorker } from "../../src/extension/worker/indexWorker";

function doc(name: string, text: string): SourceDocument {
  const r = readSourceText(`${name}.txt`, text);
  assert.ok(r.ok);
  return r.document;
}

/** An invented archive: many sources on arrests, fewer on seizures; a quote carried by most. */
function archive(): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (let i = 0; i < 12; i++) {
    const quote = i < 9 ? ` "We will find every one of them," Chief Constable Jane Roe said.` : "";
    const seizure = i % 3 === 0 ? ` Officers seized £${i + 2}m in cash.` : "";
    docs.push(doc(`wire-${i}`, `Wire ${i}\n\nPolice in Northshire arrested ${700 + i} people in the raids.${seizure}${quote}\n`));
  }
  docs.push(doc("council", "Council\n\nThe council voted 31 to 12 to close the library.\n"));
  return docs;
}

describe("checker warm-up", () => {
  it("drafts a sentence for each of the largest measures and the most repeated quotes, from live sources only", () => {
    const docs = archive();
    const index = CorpusIndex.build(docs);
    const draft = warmUpDraft(index, 1, 1);
    const paragraphs = draft.split("\n\n");
    assert.equal(paragraphs.length, 2, draft);
    // The largest measure (arrests), citing its own source (wire-i says 700 + i).
    const cited = paragraphs[0]!.match(/^Police in Northshire arrested 7(\d\d) people in the raids \[@wire-(\d+)\]\.$/);
    assert.ok(cited, paragraphs[0]);
    assert.equal(Number(cited[1]), Number(cited[2]));
    assert.match(paragraphs[1]!, /^"We will find every one of them," Chief Constable Jane Roe said\.$/, "the most repeated quote");
    // More measures reach the smaller lists; a measure's sentence is taken once.
    const wider = warmUpDraft(index, 10, 0);
    assert.ok(/seized £\d+m in cash/.test(wider), wider);
    assert.equal(new Set(wider.split("\n\n")).size, wider.split("\n\n").length);
    // Sources replaced live no longer speak: their old sentences are not drafted.
    for (let i = 0; i < 12; i++) index.upsertDocument(doc(`wire-${i}`, `Wire ${i}\n\nPolice in Northshire detained ${900 + i} people overnight.\n`));
    const after = warmUpDraft(index, 10, 4);
    assert.ok(!/arrested|Jane Roe/.test(after), after);
    assert.match(after, /detained 9\d\d people overnight/);
    assert.equal(warmUpDraft(index, 0, 4), "", "no quote is left");
    // The one live quote, not the twelve retired copies of the old one.
    index.upsertDocument(doc("statement", `Statement\n\n"Nobody is above the law," the commissioner said.\n`));
    assert.equal(warmUpDraft(index, 0, 1), `"Nobody is above the law," the commissioner said [@statement].`);
    assert.equal(warmUpDraft(CorpusIndex.build([]), 10, 4), "");
  });

  it("stops in the worker when a check arrives, which answers as it would without it", async () => {
    const logs: string[] = [];
    const replies = new Map<number, (m: FromWorker) => void>();
    const worker = new IndexWorker((m) => {
      if (m.kind === "log") logs.push(m.message);
      if (m.kind === "response") replies.get(m.id)?.(m);
    }, "test");
    let id = 0;
    const request = <M extends Method>(method: M, params: Methods[M]["params"]): Promise<FromWorker> =>
      new Promise((resolve) => {
        replies.set(++id, resolve);
        worker.onMessage({ kind: "request", id, method, params } as never);
      });
    const seeds = path.resolve(__dirname, "../../../seeds");
    const text = "Operation Venetic led to 964 arrests in the UK.\n";
    await request("load", { seedsDir: seeds, files: [], trusted: true });
    // Sent before the worker is idle: the warm-up has not started and never will.
    const first = (await request("check", { documentUri: "file:///a.md", version: 1, text })) as { result: { findings: unknown[] } };
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(logs.includes("checker warm-up stopped"), logs.join("\n"));
    assert.ok(!logs.some((m) => m.startsWith("checker warmed up")), logs.join("\n"));
    // Left idle after a load, it warms up; a check then finds what the first one found.
    await request("load", { seedsDir: seeds, files: [], trusted: true });
    for (let waited = 0; !logs.some((m) => m.startsWith("checker warmed up")) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    assert.ok(logs.some((m) => m.startsWith("checker warmed up")), logs.join("\n"));
    const second = (await request("check", { documentUri: "file:///b.md", version: 1, text })) as { result: { findings: unknown[] } };
    assert.ok(first.result.findings.length > 0);
    assert.deepEqual(second.result.findings, first.result.findings);
  });
});
