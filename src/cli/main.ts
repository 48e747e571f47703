/**
 * Entry point of the `sourced` command (bundled to dist/cli.js). Wires `run` to the real process.
 */
import * as path from "node:path";
import { bundledSeedsDir, nodeFileSystem } from "../core/sources/nodeFileSystem";
import { version } from "../../package.json";
import { run } from "./run";

/** Paths under the cwd are shown relative to it; others as they are. */
function displayPath(p: string): string {
  if (!path.isAbsolute(p)) return p;
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    fs: nodeFileSystem,
    seedsDir: bundledSeedsDir(),
    version,
    displayPath,
  });
  // exitCode (not exit()) so piped stdout is flushed before the process ends.
  process.exitCode = code;
}

void main();
