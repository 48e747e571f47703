/**
 * The `sourced` program (bundled to dist/cliProgram.js): wires `run` to the real process. It is
 * started by dist/cli.js (`main.ts`), which tunes V8 and compiles it with a code cache first.
 */
import * as path from "node:path";
import { bundledSeedsDir, nodeFileSystem } from "../core/sources/nodeFileSystem";
import { version } from "../../package.json";
import { fileFingerprint } from "../node/analysisStore";
import { defaultCacheDir } from "./args";
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
    return { dir: defaultCacheDir(process.env, process.cwd()), fingerprint: fileFingerprint(__filename) };
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
