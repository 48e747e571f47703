/**
 * `npm run test:electron`: runs the integration suite (test/integration/index.ts -> suite/**\/*.test.js)
 * in a desktop VS Code downloaded by @vscode/test-electron. Needs to reach Microsoft's download servers,
 * so it works on a laptop or a GitHub runner, not on the offline dev machines: there use
 * `npm run test:vscode` (code-server), which runs the very same suite.
 *
 * Env: VSCODE_TEST_VERSION (default "1.100.3", the version code-server 4.100.3 embeds; "stable" for the newest),
 * SOURCED_TEST_GREP (a regex passed through to mocha). Linux CI needs a display: wrap with `xvfb-run -a`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runTests } from "@vscode/test-electron";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "../../..");
  const extensionDevelopmentPath = root;
  const extensionTestsPath = path.resolve(__dirname, "index.js");
  // A fresh copy of the fixture workspace, so tests may edit it.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-it-"));
  fs.cpSync(path.join(root, "test/fixtures/ui-workspace"), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || "1.100.3",
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
      extensionTestsEnv: {
        ...(process.env.SOURCED_TEST_GREP ? { SOURCED_TEST_GREP: process.env.SOURCED_TEST_GREP } : {}),
      },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`test:electron failed: ${message}`);
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo/.test(message)) {
    console.error("(VS Code could not be downloaded: on an offline machine run the same suite with `npm run test:vscode`)");
  }
  process.exit(1);
});
