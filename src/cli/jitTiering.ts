/**
 * V8 tuning for the CLI's one short, busy process.
 *
 * V8 optimises a function once it has run a budget of bytecode. The default budget suits a
 * long-lived page; a `sourced check` over an archive runs hundreds of thousands of candidate
 * facts through a few hot functions in its first second, and at the default budget it optimises
 * them on partial type feedback, deoptimises and optimises again. Four times the default cut the
 * cold check of the 10k bench draft by about a sixth (alternating runs: 1,097-1,165 against
 * 880-1,024 ms) and the index build by about as much, with the same output; a budget of 16k or 8k
 * made both slower. The extension sets no flag: its host is shared with other extensions, and its
 * checker is warmed up when idle instead (`warmUpChecker`).
 */
import { setFlagsFromString } from "node:v8";

/** V8's default interrupt budget (bytes of bytecode run between tiering decisions) in Node 20. */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

/** The interrupt budget the CLI runs with. */
export const CLI_INTERRUPT_BUDGET = 4 * V8_DEFAULT_INTERRUPT_BUDGET;

/**
 * The V8 flags to set for this process: none where the user already tunes tiering on the
 * command line (`node --interrupt-budget=... dist/cli.js`) or in NODE_OPTIONS.
 */
export function tieringFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)];
  if (given.some((a) => /^--interrupt[-_]budget(?:=|$)/.test(a))) return [];
  return [`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`];
}

/** Sets `tieringFlags` for this process; imported first by the CLI's entry point. */
export function tuneTiering(): void {
  for (const flag of tieringFlags(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
}
