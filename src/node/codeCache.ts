/**
 * Runs a CommonJS bundle with V8's code cache, so that a short process does not compile the same
 * functions again on every run.
 *
 * V8 compiles most functions lazily, on first call. A `sourced check` calls hundreds of the
 * engine's functions for the first time in its first second, and compiling them is part of what
 * it pays. The cache written here is taken after the run (`createCachedData` on exit), so it holds
 * every function the run compiled, not only the bundle's top level. Node 22 offers the same as
 * `module.enableCompileCache`; Node 20, which this project targets, has only `vm.Script`'s
 * `cachedData`.
 *
 * V8 checks a cache against the source, its own version and its flags, and rejects one that does
 * not fit: the file is then written anew. Nothing here may fail a run: a cache that cannot be read
 * or written is simply not used.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import * as path from "node:path";
import { Script } from "node:vm";

/** Where a bundle's code cache is kept and whether this run should write it. */
export interface CodeCachePlan {
  /** The folder that holds the cache (created on write if missing). */
  dir: string;
  /**
   * Names the kind of run (e.g. the CLI's command). Runs of different kinds compile different
   * functions; each kind keeps its own file, so that one never stands in for the other.
   */
  kind: string;
  /** Asked on exit: whether this run did its whole job, so that its compiled functions are worth keeping. */
  worthKeeping(): boolean;
}

/** The outcome of `runBundle`, for the caller's diagnostics and for tests. */
export interface CodeCacheUse {
  /** The cache file this run read or would write, if a plan was given. */
  file?: string;
  /** Whether a cache was found and V8 took it. */
  accepted: boolean;
}

/** The cache file for `source` (a bundle's text) of `kind` in `dir`: keyed by the source and V8's version. */
export function codeCacheFile(dir: string, kind: string, source: string): string {
  const key = createHash("sha1").update(source).update("\0").update(process.versions.v8).update("\0").update(process.arch).digest("hex").slice(0, 16);
  return path.join(dir, `code-${safeKind(kind)}-${key}.bin`);
}

function safeKind(kind: string): string {
  return kind.replace(/[^a-z0-9]+/gi, "_").slice(0, 32) || "run";
}

/**
 * Loads and runs the CommonJS file `bundle` as `require` would (its own `require`, `module`,
 * `__filename` and `__dirname`), compiled with the code cache `plan` names. Without a plan it
 * runs uncached. The cache is written on process exit when there was none, or V8 rejected it,
 * and the run was worth keeping.
 */
export function runBundle(bundle: string, plan: CodeCachePlan | undefined): CodeCacheUse {
  // A shebang is legal at the start of a script file but not inside the CommonJS wrapper.
  const source = readFileSync(bundle, "utf8").replace(/^#!.*/, "");
  const file = plan ? codeCacheFile(plan.dir, plan.kind, source) : undefined;
  const cached = file ? readOrUndefined(file) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, ...(cached ? { cachedData: cached } : {}) });
  const accepted = !!cached && !script.cachedDataRejected;
  if (plan && file && !accepted) {
    process.once("exit", () => {
      if (plan.worthKeeping()) saveQuietly(file, () => script.createCachedData());
    });
  }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  const mod = new Module(bundle, require.main ?? undefined);
  mod.filename = bundle;
  const req = createRequire(bundle);
  wrapper.call(mod.exports, mod.exports, req, mod, bundle, path.dirname(bundle));
  return { ...(file ? { file } : {}), accepted };
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes `data()` to `file` through a temporary file, and removes the folder's other caches of the same kind. */
function saveQuietly(file: string, data: () => Buffer): void {
  try {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data());
    renameSync(temp, file);
    const kindPrefix = path.basename(file).replace(/[0-9a-f]+\.bin$/, "");
    for (const f of readdirSync(dir)) {
      if (f.startsWith(kindPrefix) && /^code-.*-[0-9a-f]+\.bin$/.test(f) && path.join(dir, f) !== file) rmSync(path.join(dir, f), { force: true });
    }
  } catch {
    // An unwritable folder leaves the next run to compile as this one did.
  }
}
