/**
 * The Node.js side of the loader: `nodeFileSystem` over `node:fs`, and `bundledSeedsDir()`.
 * Kept apart from `loadCorpus` so that the rest of `src/core/sources` needs no Node APIs.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import type { CorpusFileSystem, FileStat } from "./fileSystem";

/**
 * `CorpusFileSystem` over the local disk. Files are read, stat'ed and resolved synchronously inside the async
 * calls: a source is a few kilobytes (tens of microseconds), while the promise API's four
 * thread-pool round trips per file left a 10,000-file load waiting on I/O for a quarter of its
 * time. Callers run on the CLI or the index worker, never on the editor's thread.
 */
export const nodeFileSystem: CorpusFileSystem = {
  async readFile(p: string): Promise<Uint8Array> {
    return readFileSync(p);
  },
  async stat(p: string): Promise<FileStat> {
    const s = statSync(p);
    return { type: s.isFile() ? "file" : s.isDirectory() ? "directory" : "other", size: s.size, mtime: s.mtimeMs };
  },
  async readDirectory(p: string): Promise<string[]> {
    return readdirSync(p);
  },
  async realpath(p: string): Promise<string> {
    return realpathSync.native(p);
  },
  readFileSync(p: string): Uint8Array {
    return readFileSync(p);
  },
};

/**
 * The `seeds/` folder shipped with Sourced: next to the running bundle (`dist/cli.js` -> `../seeds`),
 * or, when running from compiled tests or sources, the repository root found by walking up from here.
 * Returns `undefined` when there is none.
 */
export function bundledSeedsDir(): string | undefined {
  const starts = [__dirname, process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : undefined];
  for (const start of starts) {
    if (!start) continue;
    let dir = start;
    for (let i = 0; i < 6; i++) {
      const candidate = path.join(dir, "seeds");
      if (existsSync(path.join(candidate, "catalog.json")) || existsSync(path.join(dir, "package.json")) && existsSync(candidate)) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}
