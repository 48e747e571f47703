/**
 * Entry point of the `sourced` command (bundled to dist/cli.js). Wires `run` to the real process.
 */
// First: V8's tiering is tuned before any of the engine's code runs (see jitTiering).
import { tuneTiering } from "./jitTiering";
tuneTiering();
import * as path from "node:path";
import { bundledSeedsDir, nodeFileSystem } from "../core/sources/nodeFileSystem";
import { version } from "../../package.json";
import { fileFingerprint } from "../node/analysisStore";
import { run } from "./run";

/** Paths under the cwd are shown relative to it; others as they are. */
function displayPath(p: string): string {
  if (!path.isAbsolute(p)) return p;
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

/** The default cache folder (SOURCED_CACHE_DIR, else .sourced-cache in the cwd) and this bundle's fingerprint. */
function cacheSettings(): { dir: string; fingerprint: string } | undefined {
  try {
    return { dir: process.env.SOURCED_CACHE_DIR || path.join(process.cwd(), ".sourced-cache"), fingerprint: fileFingerprint(__filename) };
  } catch {
    return undefined;
  }
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
    cache: cacheSettings(),
  });
  // exitCode (not exit()) so piped stdout is flushed before the process ends.
  process.exitCode = code;
}

void main();
