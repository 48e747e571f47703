/**
 * Hostile sources cannot run anything: test/fixtures/hostile/hostile.md carries `<script>`,
 * `<img onerror>`, `javascript:` and `data:` links, Markdown `command:` links and raw HTML in its
 * front matter and body. Its text reaches the hover Markdown, the report (webview model, Markdown
 * and JSON exports) and CSL-JSON; none of them may turn it into markup, a link or a command.
 * Also: the report webview's script and CSP, the open-source guard, untrusted-workspace declaration,
 * and that edits and file writes only happen where the user asked for them.
 */
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** markdown-it (installed with @vscode/vsce), the renderer family VS Code's Markdown uses. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt: new (options: { html?: boolean; linkify?: boolean }) => { render(src: string): string } = require("markdown-it");
import { checkDraft } from "../../src/core/check/checkDraft";
import { CorpusIndex } from "../../src/core/index/corpusIndex";
import { formatBibliography, toCslJson } from "../../src/core/services/bibliography";
import { openSourceTarget } from "../../src/core/services/openGuard";
import { buildReportModel, reportToJson, reportToMarkdown } from "../../src/core/services/report";
import { loadCorpus } from "../../src/core/sources/loadCorpus";
import { nodeFileSystem } from "../../src/core/sources/nodeFileSystem";
import { readSource } from "../../src/core/sources/readSource";
import type { SourceDocument } from "../../src/core/sources/sourceDocument";
import { clip, diffMarkdown, emphasise, escapeMarkdown, sourceLine } from "../../src/extension/hoverContent";

const ROOT = path.resolve(__dirname, "../../..");
const HOSTILE = path.join(ROOT, "test/fixtures/hostile/hostile.md");

/** Renders Markdown the most permissive way (raw HTML allowed) and lists what would be live. */
function liveMarkup(markdown: string): string[] {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  const found: string[] = [];
  for (const m of html.matchAll(/<(script|img|svg|iframe|object|embed|a|b|style|link)\b[^>]*>/gi)) found.push(m[0]);
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) found.push(m[0]);
  for (const m of html.matchAll(/<[a-z][^>]*\s(?:href|src)\s*=\s*"[^"]*"/gi)) found.push(m[0]);
  return found;
}

describe("security: hostile source text", function () {
  this.timeout(30_000);
  let doc: SourceDocument;
  let index: CorpusIndex;

  before(async () => {
    const loaded = await loadCorpus([path.dirname(HOSTILE)], nodeFileSystem);
    assert.deepEqual(loaded.failures, []);
    doc = loaded.documents[0]!;
    index = CorpusIndex.build(loaded.documents);
  });

  it("the fixture really is hostile (sanity: raw HTML, command and javascript links render live)", () => {
    const raw = readFileSync(HOSTILE, "utf8");
    const live = liveMarkup(raw).join(" ");
    assert.match(live, /<script/);
    assert.match(live, /onerror/);
    assert.match(live, /command:/);
    assert.match(raw, /\]\(javascript:/); // markdown-it itself refuses to link javascript:, VS Code's renderer too
    assert.match(doc.meta.title, /<script>/);
    assert.match(doc.meta.publisher ?? "", /onerror/);
  });

  it("hover Markdown: every piece built from source text renders with no tag, handler or link", () => {
    const pieces: string[] = [
      sourceLine(doc.meta, doc.meta.key),
      sourceLine(undefined, "[x](command:evil)"),
      escapeMarkdown(doc.text),
      escapeMarkdown(doc.original),
      emphasise(doc.text, { start: 10, end: 40 }),
      diffMarkdown([{ value: "<script>alert(1)</script> " , removed: true }, { value: "[x](command:sourced.applyFix) ", added: true }, { value: "javascript:alert(1)" }]),
    ];
    for (const b of doc.blocks) {
      const t = doc.text.slice(b.start, b.end);
      const c = clip(t, { start: 0, end: Math.min(5, t.length) }, 60);
      pieces.push(emphasise(c.text, c.highlight), `> ${escapeMarkdown(t)}`);
    }
    for (const p of pieces) assert.deepEqual(liveMarkup(p), [], `live markup in hover piece: ${p}`);
    // The words survive, as text.
    const rendered = new MarkdownIt({ html: true }).render(escapeMarkdown(doc.original));
    assert.match(rendered, /&lt;script&gt;alert/);
    assert.match(rendered, /command:workbench/);
  });

  it("hover Markdown from real findings on the hostile source: messages and evidence stay inert", () => {
    const draft = "Police seized 746 phones in the raid, the agency said. Officers found 56 luxury cars in garages [@hostile-source].";
    const findings = checkDraft(index, draft);
    assert.ok(findings.some((f) => f.evidence.length > 0), "no evidence from the hostile source");
    for (const f of findings) {
      assert.deepEqual(liveMarkup(escapeMarkdown(f.message)), []);
      for (const e of f.evidence) {
        const c = clip(e.text, e.highlight);
        assert.deepEqual(liveMarkup(`> ${emphasise(c.text, c.highlight)}`), [], e.text);
        assert.deepEqual(liveMarkup(sourceLine(index.resolveKey(e.source), e.source)), []);
      }
    }
  });

  it("report exports: the Markdown renders inert, the JSON is valid and keeps the text as data", () => {
    const draft = "Police seized 746 phones in the raid. Officers found 55 luxury cars <script>alert(9)</script> in garages [@hostile-source].";
    const findings = checkDraft(index, draft);
    const model = buildReportModel([{ uri: "file:///draft.md", label: "draft <img src=x onerror=alert(1)>.md", findings }], {
      scope: "document",
      titleOf: (k) => index.resolveKey(k)?.title,
    });
    assert.ok(model.rows.some((r) => r.evidence.some((e) => /<script>|onerror/.test(e.title ?? "") || /<script>/.test(e.text))), "hostile text did not reach the report");
    const md = reportToMarkdown(model);
    assert.deepEqual(liveMarkup(md), [], md);
    const json = JSON.parse(reportToJson(model));
    assert.equal(json.rows.length, model.rows.length);
    assert.ok(JSON.stringify(json).includes("<script>"), "JSON keeps the text verbatim (it is data; the webview renders it with textContent)");
  });

  it("bibliography and CSL-JSON: title, publisher and javascript: url do not become markup or links", () => {
    const bib = formatBibliography([doc.meta]);
    assert.deepEqual(liveMarkup(bib).filter((x) => !/^<a href="https?:/.test(x)), [], bib);
    assert.ok(!/\]\(javascript:/i.test(bib) && !/<javascript:/i.test(bib), `javascript: url linked in the bibliography: ${bib}`);
    const csl = toCslJson([doc.meta]);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(csl)));
  });

  it("readSource keeps hostile text as text (no crash, key from front matter)", () => {
    const r = readSource("x.md", readFileSync(HOSTILE));
    assert.ok(r.ok);
    assert.equal(r.document.meta.key, "hostile-source");
  });
});

describe("security: report webview", () => {
  const script = readFileSync(path.join(ROOT, "media/report.js"), "utf8");
  const panel = readFileSync(path.join(ROOT, "src/extension/verifyReport.ts"), "utf8");

  it("media/report.js never writes HTML: no innerHTML/outerHTML/insertAdjacentHTML/document.write/eval", () => {
    const code = script.replace(/^\s*\/\/.*$/gm, "");
    for (const sink of [/\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function\b/, /setAttribute\(\s*["']on/i, /\.href\s*=/, /\.src\s*=/]) {
      assert.ok(!sink.test(code), `report.js uses ${sink}`);
    }
    assert.match(code, /textContent/);
    // The only link target it sets is "#" (clicks post a message instead of navigating).
    for (const m of code.matchAll(/setAttribute\(\s*["'](\w+)["']\s*,\s*([^)]*)\)/g)) {
      if (m[1] === "href") assert.equal(m[2]!.trim(), '"#"', m[0]);
      assert.ok(!/^on/i.test(m[1]!) && m[1] !== "src" && m[1] !== "style", m[0]);
    }
  });

  it("the CSP allows only the nonce'd script and no inline script; command URIs are off", () => {
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(panel)?.[1] ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-\$\{nonce\}'/);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp), csp);
    assert.match(panel, /<script nonce="\$\{nonce\}" src=/);
    assert.ok(!/<script(?![^>]*nonce)/.test(panel.replace(/<script nonce=/g, "")), "a script tag without the nonce");
    assert.match(panel, /enableCommandUris: false/);
    assert.match(panel, /localResourceRoots: \[vscode\.Uri\.joinPath\(extensionUri, "media"\)\]/);
  });
});

describe("security: sourced.openSource opens only indexed sources", () => {
  const indexed = new Set(["/ws/sources/a.md", "/ext/seeds/000.txt"]);
  const isIndexed = (p: string): boolean => indexed.has(p);
  const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } };

  it("opens an indexed source at its range", () => {
    assert.deepEqual(openSourceTarget({ path: "/ws/sources/a.md", range }, isIndexed), { path: "/ws/sources/a.md", range });
  });
  it("refuses paths outside the corpus, traversal, URIs and malformed arguments", () => {
    for (const args of [
      { path: "/etc/passwd", range },
      { path: "/ws/sources/../../etc/passwd", range },
      { path: "../../.ssh/id_rsa", range },
      { path: "javascript:alert(1)", range },
      { path: "command:workbench.action.terminal.new", range },
      { path: "https://evil.example/x.md", range },
      { path: "/ws/sources/a.md\u0000.txt", range },
      { path: 42, range },
      null,
      "/ws/sources/a.md",
      [{ path: "/ws/sources/a.md", range }],
    ]) {
      assert.equal(openSourceTarget(args, isIndexed), undefined, JSON.stringify(args));
    }
  });
  it("a malformed range falls back to the top of the file", () => {
    assert.deepEqual(openSourceTarget({ path: "/ext/seeds/000.txt", range: { start: { line: -1 } } }, isIndexed)?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
  it("the extension registers openSource with the corpus guard", () => {
    const ext = readFileSync(path.join(ROOT, "src/extension/extension.ts"), "utf8");
    assert.match(ext, /registerEditCommands\(\(p\) => corpus\.isSource\(/);
    const cmds = readFileSync(path.join(ROOT, "src/extension/editCommands.ts"), "utf8");
    assert.match(cmds, /openSourceTarget\(args, isIndexed\)/);
  });
});

describe("security: declared behaviour and nothing lost", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const extDir = path.join(ROOT, "src/extension");
  const sources = Object.fromEntries(readdirSync(extDir).filter((f) => f.endsWith(".ts")).map((f) => [f, readFileSync(path.join(extDir, f), "utf8")]));

  it("declares limited support in untrusted workspaces, with a description, restricting sourced.sources", () => {
    const u = pkg.capabilities.untrustedWorkspaces;
    assert.equal(u.supported, "limited");
    assert.ok(typeof u.description === "string" && u.description.length > 40);
    assert.deepEqual(u.restrictedConfigurations, ["sourced.sources"]);
    assert.match(sources["corpusService.ts"]!, /if \(!vscode\.workspace\.isTrusted\) return inputs;/);
  });

  it("files are written only after a save dialog (which asks before replacing)", () => {
    for (const [file, text] of Object.entries(sources)) {
      const writes = [...text.matchAll(/\b(?:fs\.writeFile|writeFileSync|fsp?\.writeFile|createWriteStream|\.fs\.delete|\.fs\.rename|\.fs\.copy)\b/g)];
      for (const w of writes) {
        const before = text.slice(0, w.index);
        const fn = before.slice(before.lastIndexOf("async"));
        assert.match(fn, /showSaveDialog\(/, `${file}: ${w[0]} without a save dialog before it`);
      }
    }
    assert.match(sources["verifyReport.ts"]!, /showSaveDialog/);
    assert.match(sources["bibliography.ts"]!, /showSaveDialog/);
  });

  it("documents are edited only by applyFix (version-checked, from a picked quick fix or link), completions and Insert Bibliography", () => {
    const editors = Object.entries(sources).filter(([, t]) => /applyEdit\(|\.edit\(\s*\(/.test(t)).map(([f]) => f).sort();
    assert.deepEqual(editors, ["bibliography.ts", "editCommands.ts"]);
    assert.match(sources["editCommands.ts"]!, /doc\.version !== args\.version/);
    // Insert Bibliography edits only from its own command handler.
    assert.match(sources["bibliography.ts"]!, /registerCommand\(COMMANDS\.insertBibliography[\s\S]*editor\.edit/);
  });
});
