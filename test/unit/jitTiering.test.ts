import * as assert from "node:assert/strict";
import { CLI_INTERRUPT_BUDGET, tieringFlags } from "../../src/cli/jitTiering";

describe("cli: V8 tiering (jitTiering)", () => {
  it("raises V8's interrupt budget for the CLI's process", () => {
    assert.deepEqual(tieringFlags([], undefined), [`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`]);
    assert.ok(CLI_INTERRUPT_BUDGET > 67_584, "above V8's default");
    // Other flags of the user's are no reason to keep the default.
    assert.deepEqual(tieringFlags(["--max-old-space-size=4096"], "--enable-source-maps"), [`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`]);
  });

  it("leaves the budget to a user who sets one, on the command line or in NODE_OPTIONS", () => {
    assert.deepEqual(tieringFlags(["--interrupt-budget=1000"], undefined), []);
    assert.deepEqual(tieringFlags(["--interrupt_budget", "1000"], undefined), []);
    assert.deepEqual(tieringFlags([], "--trace-warnings --interrupt-budget=5000"), []);
    // A flag that only begins alike is another flag.
    assert.deepEqual(tieringFlags(["--interrupt-budget-factor-for-feedback-allocation=8"], undefined), [`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`]);
  });
});
