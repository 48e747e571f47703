/**
 * Small Playwright helpers for driving the VS Code 1.100 web workbench (code-server) like a person would.
 * Selectors are VS Code's own DOM classes; see /work/shared/docs/real-vscode-offline.md.
 * No DOM lib in tsconfig: code that runs in the page is passed to `page.evaluate` as a string.
 */
import type { Locator, Page } from "playwright-core";

export const SEL = {
  workbench: ".monaco-workbench",
  explorerItem: ".explorer-item",
  editor: ".editor-instance .monaco-editor",
  viewLine: ".editor-instance .monaco-editor .view-line",
  viewLines: ".editor-instance .monaco-editor .view-lines",
  squiggle: ".editor-instance .monaco-editor .view-overlays .squiggly-warning, .editor-instance .monaco-editor .view-overlays .squiggly-error",
  anySquiggle: ".editor-instance .monaco-editor .view-overlays [class*='squiggly-']",
  hover: ".monaco-hover:not(.hidden) .monaco-hover-content",
  suggestRow: ".suggest-widget.visible .monaco-list-row",
  actionRow: ".action-widget .monaco-list-row.action",
  quickInput: ".quick-input-widget",
  quickInputRow: ".quick-input-widget .quick-input-list .monaco-list-row",
  markersPanel: ".markers-panel",
  markersRow: ".markers-panel .monaco-list-row",
  notification: ".notifications-toasts .notification-toast",
} as const;

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes; then throws `what` with the last value. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, everyMs = 250): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}${last !== undefined && last !== false && last !== null ? ` (last: ${String(last).slice(0, 300)})` : ""}`);
    await sleep(everyMs);
  }
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator(SEL.workbench).waitFor({ state: "visible", timeout: 60_000 });
  await page.locator(SEL.explorerItem).first().waitFor({ state: "visible", timeout: 60_000 });
}

/** Text of the active editor's rendered lines (Monaco renders spaces as U+00A0). */
export async function editorLines(page: Page): Promise<string[]> {
  const lines = await page.locator(SEL.viewLine).allTextContents();
  return lines.map((l) => l.replace(/\u00a0/g, " "));
}

/** Opens a workspace file by clicking it in the Explorer, then waits for its text. */
export async function openFile(page: Page, name: string, expectText: string): Promise<void> {
  const item = page.locator(`${SEL.explorerItem}`, { hasText: name }).first();
  await item.waitFor({ state: "visible", timeout: 30_000 });
  await item.click();
  await waitFor(`"${expectText}" in the editor of ${name}`, async () => (await editorLines(page)).some((l) => l.includes(expectText)), 30_000);
}

/** Focuses the active editor (clicks into its text area end). */
export async function focusEditor(page: Page): Promise<void> {
  await page.locator(SEL.viewLines).first().click({ position: { x: 5, y: 5 } });
}

/** Screen rectangle of `needle` inside the rendered editor line that contains it. */
export async function textBox(page: Page, needle: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const script = `(() => {
    const needle = ${JSON.stringify(needle)};
    for (const line of document.querySelectorAll(${JSON.stringify(SEL.viewLine)})) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) {
        const text = node.textContent.replace(/\\u00a0/g, " ");
        const i = text.indexOf(needle);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + needle.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
    }
    return null;
  })()`;
  const box = await waitFor(`"${needle}" rendered in the editor`, () => page.evaluate(script) as Promise<{ x: number; y: number; width: number; height: number } | null>, 15_000);
  return box;
}

/**
 * Hovers the middle of a rectangle the way a person does (the mouse *moves* onto it), retrying with small
 * offsets; resolves with the hover's text once it contains `expect` (any hover when `expect` is empty).
 */
export async function hoverAt(page: Page, box: { x: number; y: number; width: number; height: number }, expect: RegExp | undefined, attempts = 5): Promise<string> {
  const hover = page.locator(SEL.hover);
  let lastText = "";
  for (let a = 0; a < attempts; a++) {
    const x = box.x + box.width / 2 + (a % 2 === 0 ? 0 : 2) - a;
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 40, y + 60, { steps: 2 }); // away first
    await sleep(150);
    await page.mouse.move(x - 3, y, { steps: 5 });
    await page.mouse.move(x, y, { steps: 5 });
    const until = Date.now() + 4_000;
    while (Date.now() < until) {
      const texts = await hover.allTextContents().catch(() => [] as string[]);
      lastText = texts.join("\n---\n");
      if (texts.length > 0 && (!expect || expect.test(lastText))) return lastText;
      await sleep(200);
    }
  }
  throw new Error(`no hover${expect ? ` matching ${expect}` : ""} after ${attempts} tries${lastText ? `; last hover text: ${JSON.stringify(lastText.slice(0, 400))}` : " (no hover appeared)"}`);
}

/** Runs a command from the palette (F1) by its title, e.g. "Sourced: Verify Citations". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  const input = page.locator(`${SEL.quickInput} input`);
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator(SEL.quickInputRow, { hasText: title }).first();
  await row.waitFor({ state: "visible", timeout: 15_000 }).catch(async () => {
    const rows = await page.locator(SEL.quickInputRow).allTextContents();
    throw new Error(`command "${title}" not in the palette; it offered: ${JSON.stringify(rows.slice(0, 8))}`);
  });
  await row.click();
}

/** Waits for the suggest widget; triggers it with Ctrl+Space once if it did not open by itself. */
export async function suggestions(page: Page, timeoutMs = 15_000): Promise<Locator> {
  const rows = page.locator(SEL.suggestRow);
  try {
    await rows.first().waitFor({ state: "visible", timeout: Math.min(5_000, timeoutMs) });
  } catch {
    await page.keyboard.press("Control+Space");
    await rows.first().waitFor({ state: "visible", timeout: timeoutMs });
  }
  return rows;
}

/** The text of the line of the active editor that holds the cursor (via a 'current line' highlight-free read). */
export async function lineContaining(page: Page, needle: string): Promise<string | undefined> {
  return (await editorLines(page)).find((l) => l.includes(needle));
}
