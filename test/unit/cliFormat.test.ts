import * as assert from "node:assert/strict";
import { parseArgs, UsageError } from "../../src/cli/args";
import { escapeGithubData, escapeGithubProperty, formatGithub, formatJson, formatText } from "../../src/cli/format";
import { run, type CliIo } from "../../src/cli/run";
import { DEFAULT_SEVERITY, isAtLeast, severityFor } from "../../src/core/severity";
import type { CorpusFileSystem } from "../../src/core/sources/fileSystem";
import type { CheckResult, Finding } from "../../src/core/types";

const finding: Finding = {
  kind: "contradicted",
  severity: "warning",
  range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } },
  span: { start: 40, end: 45 },
  message: "The sources give 746 arrests, not 800.",
  claim: "There were 800 arrests.",
  claimSpan: { start: 30, end: 53 },
  evidence: [
    {
      source: "cops-take-out-encrochat",
      path: "seeds/001.txt",
      range: { start: { line: 10, character: 0 }, end: { line: 10, character: 50 } },
      text: "has so far resulted in 746 arrests",
      value: "746",
      highlight: { start: 23, end: 26 },
    },
  ],
  suggestion: "746",
  supportingSources: ["cops-take-out-encrochat"],
  supportingSourceCount: 3,
};
const results: CheckResult[] = [{ file: "draft.md", findings: [finding] }];

describe("cli formats", () => {
  it("text: 1-based file:line:col, evidence and suggestion lines, summary", () => {
    const out = formatText(results, { documents: 5, failures: [] }, { color: false });
    const lines = out.trimEnd().split("\n");
    assert.equal(lines[0], "draft.md:3:5  warning  contradicted  The sources give 746 arrests, not 800.");
    assert.equal(lines[1], '    cops-take-out-encrochat (seeds/001.txt:11:1): "has so far resulted in 746 arrests" [746]');
    assert.equal(lines[2], "    suggestion: 746");
    assert.equal(lines[lines.length - 1], "1 file checked against 5 sources: 1 warning");
    assert.match(formatText(results, { documents: 5, failures: [] }, { color: true }), /\u001b\[33mwarning/);
  });

  it("json: 0-based ranges, core fields, extras only where present", () => {
    const report = JSON.parse(formatJson(results, { documents: 5, failures: [{ path: "x.bin", reason: "binary file" }] }));
    assert.deepEqual(report.corpus, { documents: 5, failures: [{ path: "x.bin", reason: "binary file" }] });
    const f = report.results[0].findings[0];
    assert.deepEqual(Object.keys(f), ["kind", "severity", "range", "message", "claim", "evidence", "suggestion", "supportingSources", "supportingSourceCount"]);
    assert.equal(f.supportingSourceCount, 3);
    assert.deepEqual(f.range, finding.range);
    assert.equal(f.evidence[0].value, "746");
    const bare = JSON.parse(formatJson([{ file: "d.md", findings: [{ ...finding, suggestion: undefined, supportingSources: undefined }] }], { documents: 1, failures: [] }));
    assert.ok(!("suggestion" in bare.results[0].findings[0]) && !("diff" in bare.results[0].findings[0]) && !("supportingSourceCount" in bare.results[0].findings[0]));
  });

  it("github: workflow command with escaped properties and message", () => {
    assert.equal(escapeGithubData("50% a\r\nb"), "50%25 a%0D%0Ab");
    assert.equal(escapeGithubProperty("a,b:c"), "a%2Cb%3Ac");
    const out = formatGithub([{ file: "dir,x:y.md", findings: [finding, { ...finding, kind: "supported", severity: "hint" }] }]);
    const lines = out.trimEnd().split("\n");
    assert.equal(lines.length, 1, "hints are not annotated");
    assert.ok(lines[0].startsWith("::warning file=dir%2Cx%3Ay.md,line=3,col=5,endLine=3,endColumn=10,title=Sourced contradicted::The sources give 746 arrests, not 800.%0A"), lines[0]);
    assert.ok(!lines[0].includes("\n"));
  });
});

describe("cli args", () => {
  it("parses repeatable --corpus, --format=, defaults --fail-on to warning", () => {
    assert.deepEqual(parseArgs(["check", "a.md", "b.md", "--corpus", "s1", "--corpus=s2", "--format=github"]), {
      command: "check", files: ["a.md", "b.md"], corpus: ["s1", "s2"], format: "github", failOn: "warning",
    });
    assert.throws(() => parseArgs(["check", "a.md", "--corpus"]), UsageError);
    assert.throws(() => parseArgs(["sources", "a.md"]), UsageError);
  });
  it("takes --timings for check only", () => {
    assert.equal((parseArgs(["check", "a.md", "--timings"]) as { timings?: boolean }).timings, true);
    assert.equal("timings" in parseArgs(["check", "a.md"]), false);
    assert.throws(() => parseArgs(["sources", "--timings"]), /--timings only applies to check/);
  });
});

describe("severity", () => {
  it("has the default table and ordering", () => {
    assert.equal(DEFAULT_SEVERITY.misquoted, "warning");
    assert.equal(DEFAULT_SEVERITY.unsupported, "information");
    assert.equal(DEFAULT_SEVERITY.supported, "hint");
    assert.equal(severityFor("disputed"), "information");
    assert.equal(severityFor("disputed", { disputed: "error" }), "error");
    assert.ok(isAtLeast("error", "warning") && isAtLeast("warning", "warning") && !isAtLeast("information", "warning"));
  });
});

describe("cli run (in-process)", () => {
  const files: Record<string, string> = { "draft.md": "Some text.", "corpus/a.txt": "Police said 12 people were arrested." };
  const fs: CorpusFileSystem = {
    async stat(p) {
      if (p in files) return { type: "file", size: files[p].length };
      if (p === "corpus") return { type: "directory", size: 0 };
      throw Object.assign(new Error("x"), { code: "ENOENT" });
    },
    async readDirectory(p) {
      if (p === "corpus") return ["a.txt"];
      throw Object.assign(new Error("x"), { code: "ENOENT" });
    },
    async readFile(p) {
      if (p in files) return new TextEncoder().encode(files[p]);
      throw Object.assign(new Error("x"), { code: "ENOENT" });
    },
    async realpath(p) {
      return p;
    },
  };
  async function runWith(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), color: false, fs, seedsDir: undefined, version: "9.9.9" };
    const code = await run(argv, io);
    return { code, out, err };
  }

  it("checks against the given corpus and reports I/O errors as exit 2", async () => {
    const ok = await runWith(["check", "draft.md", "--corpus", "corpus", "--format", "json"]);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(JSON.parse(ok.out).corpus.documents, 1);
    const noSeeds = await runWith(["check", "draft.md"]);
    assert.equal(noSeeds.code, 2);
    assert.match(noSeeds.err, /seeds folder was not found/);
    assert.equal((await runWith(["--version"])).out, "9.9.9\n");
  });
});
