/**
 * UI steps: Playwright acts as a writer in VS Code 1.100.3 (code-server) with the packaged .vsix installed.
 * Run by scripts/vscode/run.mjs (`npm run test:vscode`, after `npm run compile-tests`), in order, one
 * screenshot per step in .vscode-test/run/screenshots/. The workspace is a fresh copy of
 * test/fixtures/ui-workspace/: draft.md says "964 arrests"; both sources say 746.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import { SEL, editorLines, focusEditor, hoverAt, openFile, runCommand, sleep, suggestions, textBox, waitFor, waitForWorkbench } from "./vscode";

export interface UiContext {
  page: Page;
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** Absolute path of the workspace folder (a copy of test/fixtures/ui-workspace). */
  workspace: string;
  /** publisher.name */
  extensionId: string;
  /** Latest remoteexthost.log of this code-server, if written yet. */
  exthostLog: () => string | undefined;
  log: (message: string) => void;
  /** Saves a screenshot now, labelled (e.g. "hover"); labels named in a step's `docs` go to docs/<label>.png with --update-docs. */
  snap: (label: string) => Promise<string>;
}

export interface UiStep {
  id: string;
  name: string;
  /** The rest of the steps make no sense if this one fails. */
  fatal?: boolean;
  /** Runs even when --grep selects other steps (the set-up steps). */
  always?: boolean;
  /** Snap labels this step may publish as docs/<label>.png (only when the step passes). */
  docs?: string[];
  timeoutMs?: number;
  run: (ctx: UiContext) => Promise<string | void>;
}

const WRONG = "964";
const RIGHT = "746";
const SOURCE_TITLES = /Police crack encrypted chat service EncroChat|Hundreds arrested as police crack encrypted phone network/;
const KEYS = /nca-encrochat|guardian-encrochat/;

async function closeWidgets(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
}

/** Puts the cursor at the end of the draft, on a new empty line. */
async function newLineAtEnd(page: Page): Promise<void> {
  await closeWidgets(page);
  await focusEditor(page);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
}

export const uiSteps: UiStep[] = [
  {
    id: "workbench",
    name: "the workbench loads with the fixture workspace",
    fatal: true,
    always: true,
    timeoutMs: 90_000,
    async run({ page, baseUrl, workspace }) {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: "domcontentloaded", timeout: 60_000 });
      await waitForWorkbench(page);
    },
  },
  {
    id: "open-draft",
    name: "the writer opens draft.md",
    fatal: true,
    always: true,
    async run({ page }) {
      await openFile(page, "draft.md", "Operation Venetic");
    },
  },
  {
    id: "activation",
    name: "the installed .vsix activates on the Markdown draft",
    fatal: true,
    always: true,
    timeoutMs: 45_000,
    async run({ exthostLog, extensionId }) {
      const line = await waitFor(
        `"${extensionId}" activation in the extension host log`,
        async () => {
          const file = exthostLog();
          if (!file) return undefined;
          const text = fs.readFileSync(file, "utf8");
          const failed = text.split("\n").find((l) => l.includes(`Activating extension '${extensionId}' failed`) || l.includes(`Activating extension ${extensionId} failed`));
          if (failed) throw new Error(`activation failed: ${failed.trim()} (see ${file})`);
          return text.split("\n").find((l) => l.includes(`_doActivateExtension ${extensionId}`));
        },
        40_000,
      );
      return line.replace(/^.*_doActivateExtension /, "").trim();
    },
  },
  {
    id: "diagnostics",
    name: `a squiggle appears under the wrong figure ${WRONG}, and the Problems panel lists it`,
    docs: ["diagnostics"],
    timeoutMs: 75_000,
    async run({ page, snap }) {
      const squiggle = page.locator(SEL.squiggle).first();
      await squiggle.waitFor({ state: "attached", timeout: 45_000 }).catch(async () => {
        const any = await page.locator(SEL.anySquiggle).count();
        throw new Error(`no warning squiggle in the draft after 45s (${any} squiggles of any severity)`);
      });
      const s = await squiggle.boundingBox();
      const w = await textBox(page, WRONG);
      if (!s || s.x > w.x + w.width || s.x + s.width < w.x || Math.abs(s.y - w.y) > w.height * 1.5) {
        throw new Error(`the squiggle (${JSON.stringify(s)}) is not under "${WRONG}" (${JSON.stringify(w)})`);
      }
      await page.keyboard.press("Control+Shift+M");
      const row = page.locator(SEL.markersRow).filter({ hasText: /\S/ });
      await row.first().waitFor({ state: "visible", timeout: 15_000 });
      const rows = (await page.locator(SEL.markersRow).allTextContents()).map((t) => t.trim());
      await snap("diagnostics");
      return `Problems: ${JSON.stringify(rows.slice(0, 4))}`;
    },
  },
  {
    id: "hover",
    name: `hovering ${WRONG} shows the sources' figure (${RIGHT}) and a source title`,
    docs: ["hover"],
    timeoutMs: 60_000,
    async run({ page, snap }) {
      await closeWidgets(page);
      const text = await hoverAt(page, await textBox(page, WRONG), new RegExp(RIGHT));
      if (!SOURCE_TITLES.test(text)) throw new Error(`the hover shows ${RIGHT} but no source title: ${JSON.stringify(text.slice(0, 400))}`);
      await snap("hover");
      return `hover: ${JSON.stringify(text.replace(/\s+/g, " ").slice(0, 160))}`;
    },
  },
  {
    id: "report",
    name: "Sourced: Verify Citations opens a report that counts the contradicted figure",
    docs: ["report"],
    timeoutMs: 60_000,
    async run({ page, snap }) {
      await closeWidgets(page);
      await focusEditor(page);
      await runCommand(page, "Sourced: Verify Citations");
      const body = page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame").locator("body");
      const text = await waitFor(
        "the report webview to show counts",
        async () => {
          const t = (await body.innerText({ timeout: 2_000 })).trim();
          return /\d/.test(t) ? t : undefined;
        },
        30_000,
      );
      if (!/contradicted/i.test(text)) throw new Error(`the report does not count the contradicted figure: ${JSON.stringify(text.slice(0, 300))}`);
      await page.mouse.move(10, 600); // no stray tooltip in the screenshot
      await sleep(500); // let the webview finish painting
      await snap("report");
      const counts = text.split("\n").filter((l) => /\d/.test(l)).slice(0, 6).map((l) => l.trim());
      return `report: ${JSON.stringify(counts)}`;
    },
  },
  {
    id: "quick-fix",
    name: `the quick fix replaces ${WRONG} with ${RIGHT}`,
    docs: ["quickfix"],
    timeoutMs: 60_000,
    async run({ page, snap }) {
      await closeWidgets(page);
      const w = await textBox(page, WRONG);
      await page.mouse.click(w.x + w.width / 2, w.y + w.height / 2);
      await page.keyboard.press("Control+.");
      const rows = page.locator(SEL.actionRow);
      await rows.first().waitFor({ state: "visible", timeout: 15_000 }).catch(() => {
        throw new Error("Ctrl+. on the wrong figure opened no quick-fix menu");
      });
      const labels = (await rows.allTextContents()).map((t) => t.trim());
      if ((await rows.filter({ hasText: RIGHT }).count()) === 0) throw new Error(`no quick fix mentions ${RIGHT}; offered: ${JSON.stringify(labels)}`);
      await snap("quickfix");
      // Pick it with the keyboard, as a writer would (the menu's rows re-render under the mouse).
      const focused = page.locator(`${SEL.actionRow}.focused`);
      let picked = false;
      for (let i = 0; i <= labels.length && !picked; i++) {
        const label = (await focused.getAttribute("aria-label", { timeout: 2_000 }).catch(() => null)) ?? (await focused.textContent().catch(() => "")) ?? "";
        if (label.includes(RIGHT)) {
          await page.keyboard.press("Enter");
          picked = true;
        } else {
          await page.keyboard.press("ArrowDown");
        }
      }
      if (!picked) throw new Error(`could not focus the quick fix mentioning ${RIGHT} with the arrow keys; offered: ${JSON.stringify(labels)}`);
      await waitFor(`"${RIGHT} arrests" in the draft`, async () => (await editorLines(page)).some((l) => l.includes(`${RIGHT} arrests`)), 10_000);
      return `offered ${JSON.stringify(labels)}`;
    },
  },
  {
    id: "citation-completion",
    name: "typing [@ offers citation keys and inserts the picked one",
    docs: ["completion"],
    timeoutMs: 60_000,
    async run({ page, snap }) {
      await newLineAtEnd(page);
      await page.keyboard.type("As the agency reported [@", { delay: 40 });
      const rows = await suggestions(page);
      const labels = (await rows.allTextContents()).map((t) => t.trim());
      const pick = rows.filter({ hasText: KEYS }).first();
      if ((await pick.count()) === 0) throw new Error(`no citation key in the suggestions: ${JSON.stringify(labels.slice(0, 8))}`);
      await snap("completion");
      await pick.click();
      const line = await waitFor("a citation key after [@", async () => (await editorLines(page)).find((l) => /\[@(nca|guardian)-encrochat/.test(l)), 10_000);
      return `inserted: ${JSON.stringify(line.trim())}`;
    },
  },
  {
    id: "quote-completion",
    name: "typing an opening quote mark offers the sources' quotes and inserts one",
    docs: ["quote"],
    timeoutMs: 60_000,
    async run({ page, snap }) {
      await newLineAtEnd(page);
      await page.keyboard.type('Nikki Holland said "', { delay: 40 });
      const rows = await suggestions(page);
      const labels = (await rows.allTextContents()).map((t) => t.trim());
      const pick = rows.filter({ hasText: /broadest|infiltration/i }).first();
      if ((await pick.count()) === 0) throw new Error(`no source quote in the suggestions: ${JSON.stringify(labels.slice(0, 8))}`);
      await snap("quote");
      await pick.click();
      const line = await waitFor("the picked quote in the draft", async () => (await editorLines(page)).find((l) => /Nikki Holland said .*(broadest|infiltration)/i.test(l)), 10_000);
      return `inserted: ${JSON.stringify(line.trim().slice(0, 120))}`;
    },
  },
];

// `SOURCED_HARNESS_SELFTEST=fail npm run test:vscode` proves that a failing step reaches the exit code and
// that its screenshot is reported.
if (process.env.SOURCED_HARNESS_SELFTEST === "fail") {
  uiSteps.push({
    id: "selftest-fail",
    name: "fails on purpose (SOURCED_HARNESS_SELFTEST=fail)",
    timeoutMs: 10_000,
    async run({ page }) {
      await waitFor("text that is not in the draft", async () => (await editorLines(page)).some((l) => l.includes("NOT IN THE DRAFT")), 3_000);
    },
  });
}
