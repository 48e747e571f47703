/**
 * The Node.js side of the loader: `nodeFileSystem` over `node:fs`, and `bundledSeedsDir()`.
 * Kept apart from `loadCorpus` so that the rest of `src/core/sources` needs no Node APIs.
 */
import { existsSync, promises as fsp } from "node:fs";
import * as path from "node:path";
import type { CorpusFileSystem, FileStat } from "./fileSystem";

/** `CorpusFileSystem` over the local disk. */
export const nodeFileSystem: CorpusFileSystem = {
  async readFile(p: string): Promise<Uint8Array> {
    return fsp.readFile(p);
  },
  async stat(p: string): Promise<FileStat> {
    const s = await fsp.stat(p);
    return { type: s.isFile() ? "file" : s.isDirectory() ? "directory" : "other", size: s.size };
  },
  async readDirectory(p: string): Promise<string[]> {
    return fsp.readdir(p);
  },
  async realpath(p: string): Promise<string> {
    return fsp.realpath(p);
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
