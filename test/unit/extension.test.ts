/**
 * Extension glue that runs without VS Code: the command list matches package.json and every command
 * has a handler, settings defaults match package.json, hover escaping is safe.
 */
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { DEFAULT_SEVERITY as CORE_SEVERITY } from "../../src/core/severity";
import { ALL_COMMAND_IDS, COMMANDS, HOVER_COMMAND_IDS } from "../../src/extension/commandIds";
import { clip, diffMarkdown, emphasise, escapeMarkdown } from "../../src/extension/hoverContent";
import { isFromWebview } from "../../src/extension/reportProtocol";
import { DEFAULT_SETTINGS, parseSettings, PROBLEM_KINDS } from "../../src/extension/settingsModel";

const root = path.resolve(__dirname, "../../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const extensionSources = readdirSync(path.join(root, "src/extension"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(path.join(root, "src/extension", f), "utf8"))
  .join("\n");

describe("extension: commands", () => {
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
  it("package.json contributes exactly the commands of commandIds.ts", () => {
    assert.deepEqual([...contributed].sort(), [...ALL_COMMAND_IDS].sort());
  });
  it("every contributed command has a registerCommand handler in src/extension", () => {
    const byName = Object.entries(COMMANDS);
    for (const id of contributed) {
      const name = byName.find(([, v]) => v === id)?.[0];
      assert.ok(name, `no COMMANDS entry for ${id}`);
      assert.ok(new RegExp(`registerCommand\\(\\s*COMMANDS\\.${name}\\b`).test(extensionSources), `no handler registered for ${id}`);
    }
  });
  it("palette commands have the Sourced category and an activation event", () => {
    for (const c of pkg.contributes.commands) assert.equal(c.category, "Sourced");
    for (const id of [COMMANDS.verifyCitations, COMMANDS.verifyWorkspace, COMMANDS.insertBibliography]) assert.ok(pkg.activationEvents.includes(`onCommand:${id}`));
    assert.ok(!pkg.activationEvents.includes("*"));
    assert.ok(pkg.activationEvents.includes("onLanguage:markdown") && pkg.activationEvents.includes("onLanguage:plaintext"));
  });
  it("hovers trust only internal commands", () => {
    assert.deepEqual([...HOVER_COMMAND_IDS].sort(), [COMMANDS.applyFix, COMMANDS.openSource].sort());
  });
});

describe("extension: settings", () => {
  const props = pkg.contributes.configuration.properties;
  it("package.json defaults match settingsModel and the core severity table", () => {
    assert.equal(props["sourced.includeBundledSources"].default, DEFAULT_SETTINGS.includeBundledSources);
    assert.deepEqual(props["sourced.sources"].default, DEFAULT_SETTINGS.sources);
    assert.equal(props["sourced.maxProblems"].default, DEFAULT_SETTINGS.maxProblems);
    for (const kind of PROBLEM_KINDS) {
      assert.equal(props[`sourced.severity.${kind}`].default, DEFAULT_SETTINGS.severity[kind], kind);
      assert.equal(DEFAULT_SETTINGS.severity[kind], CORE_SEVERITY[kind], kind);
    }
    for (const [key, p] of Object.entries(props)) assert.ok((p as { markdownDescription?: string }).markdownDescription, `${key} has a markdownDescription`);
  });
  it("parseSettings falls back on invalid values", () => {
    const s = parseSettings((k) => ({ "severity.contradicted": "error", "severity.misquoted": "loud", maxProblems: -3, sources: ["a/**", 3, ""] } as Record<string, unknown>)[k]);
    assert.equal(s.severity.contradicted, "error");
    assert.equal(s.severity.misquoted, "warning");
    assert.equal(s.maxProblems, 100);
    assert.deepEqual(s.sources, ["a/**"]);
  });
});

describe("extension: hover markdown escaping", () => {
  it("neutralises links, command URIs, HTML and emphasis in corpus text", () => {
    const evil = "[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> *bold* `code`";
    const out = escapeMarkdown(evil);
    assert.ok(!/(^|[^\\])\[/.test(out), out);
    assert.ok(!/(^|[^\\])</.test(out), out);
    assert.ok(!/(^|[^\\])\*/.test(out), out);
    assert.ok(!/(^|[^\\])`/.test(out), out);
  });
  it("emphasises the highlight and renders diffs", () => {
    assert.equal(emphasise("with 746 arrests", { start: 5, end: 8 }), "with **746** arrests");
    assert.equal(diffMarkdown([{ value: "a " }, { value: "game", removed: true }, { value: "changer", added: true }]), "a ~~game~~**changer**");
    const c = clip("x".repeat(1000) + "746" + "y".repeat(1000), { start: 1000, end: 1003 }, 100);
    assert.equal(c.text.slice(c.highlight!.start, c.highlight!.end), "746");
  });
  it("validates webview messages", () => {
    assert.ok(isFromWebview({ type: "ready" }));
    assert.ok(isFromWebview({ type: "export", format: "json" }));
    assert.ok(!isFromWebview({ type: "export", format: "exe" }));
    assert.ok(!isFromWebview({ type: "reveal", uri: 3 }));
  });
});
