/**
 * Entry point of the `sourced` command (dist/cli.js): a small launcher for the program
 * (dist/cliProgram.js, `program.ts`).
 *
 * It tunes V8 first (see jitTiering), then compiles the program with the code cache kept in the
 * command's cache folder (see codeCachePlan and node/codeCache), so that a check does not compile
 * the engine's functions again on every run.
 */
import { tuneTiering } from "./jitTiering";
// Before any compiling: V8 rejects a code cache made under other flags.
tuneTiering();
import * as path from "node:path";
import { runBundle } from "../node/codeCache";
import { codeCachePlanFor } from "./codeCachePlan";

const exitCode = () => (typeof process.exitCode === "number" ? process.exitCode : undefined);
runBundle(path.join(__dirname, "cliProgram.js"), codeCachePlanFor(process.argv.slice(2), process.env, process.cwd(), exitCode));
