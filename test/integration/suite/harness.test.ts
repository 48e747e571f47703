// Harness smoke test (owned by the test-harness work, scripts/vscode/**): proves the suite runs inside a
// real extension host and that the extension under development activates. BDD style, like every suite file.
import * as assert from "assert";
import * as vscode from "vscode";

const ID = "sourced.sourced";

describe("harness: Sourced in a real VS Code", () => {
  it("runs inside a VS Code extension host with a workspace folder", () => {
    assert.ok(vscode.version, "vscode.version");
    assert.ok(vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 0, "a workspace folder is open");
  });

  it(`finds and activates ${ID}`, async function () {
    this.timeout(60_000);
    const ext = vscode.extensions.getExtension(ID);
    assert.ok(ext, `${ID} is not loaded; extensions: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith("vscode.")).join(", ")}`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
    console.log(`      (${ID} ${ext.packageJSON.version} loaded from ${ext.extensionPath}, VS Code ${vscode.version})`);
  });
});

// `SOURCED_HARNESS_SELFTEST=fail npm run test:vscode` proves that a failing test reaches the exit code.
if (process.env.SOURCED_HARNESS_SELFTEST === "fail") {
  describe("harness self-test", () => {
    it("fails on purpose (SOURCED_HARNESS_SELFTEST=fail)", () => {
      assert.fail("deliberate failure");
    });
  });
}
