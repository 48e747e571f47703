/**
 * Loads a corpus of sources from files, folders and globs through a `CorpusFileSystem`. Nothing here
 * throws for a bad file: every problem becomes a `SourceFailure` (or a warning) and the rest loads.
 */
import { catalogEntry, CATALOG_FILE_NAMES, parseCatalog, type Catalog } from "./metadata";
import type { DeclaredMeta } from "./markdown";
import { decodeText } from "./decode";
import { describeIoError, type CorpusFileSystem } from "./fileSystem";
import { globBase, globToRegExp, isGlob } from "./glob";
import { basename, dirname, join, toSlash } from "./paths";
import { isSourcePath, readSource, rehashDocument, releaseOriginal, type ReadSourceResult } from "./readSource";
import type { CorpusLoadResult, SourceDocument, SourceFailure } from "./sourceDocument";

/** Options of `loadCorpus`. */
export interface LoadCorpusOptions {
  /** Files larger than this many bytes are skipped with a reason. Default 50 MB. */
  maxFileSize?: number;
  /** How many files are read at once. Default 8. */
  concurrency?: number;
  /** Files read by an earlier load: one whose stamp is unchanged is taken from here, not read. */
  known?: KnownSources;
}

/** A source file as the loader found it: what its reading depends on. */
export interface KnownFile {
  path: string;
  size: number;
  /** Last modification, in milliseconds since the epoch. */
  mtime: number;
  /** Its catalog entry, if any. */
  entry?: DeclaredMeta;
}

/**
 * Sources read by an earlier load. A file with the same size, modification time and catalog
 * entry is taken to read the same (the file system's word for it, as build tools take it).
 */
export interface KnownSources {
  /** The earlier result for this file, as a new object the loader may change (it renames duplicate keys). */
  get(file: KnownFile): ReadSourceResult | undefined;
  /** Remembers a result (before duplicate keys are renamed: keep a copy of what is needed). */
  set(file: KnownFile, result: ReadSourceResult): void;
}

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/** Folders never walked into: tool and dependency folders, and hidden folders. */
function skipEntry(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

interface FoundFile {
  path: string;
  /** The folder the input named (or the glob's base), for catalog lookups by relative path. */
  root: string;
  size: number;
  mtime?: number;
}

/**
 * Loads every source named by `inputs`: files, folders (walked recursively for .txt, .md, .markdown,
 * .html and .htm files) and globs. Catalogs (`catalog.json` / `sources.json`) beside the files supply
 * metadata. Symbolic-link loops, unreadable or binary files, folders that vanish mid-walk and broken
 * front matter are reported as failures. Documents and failures are sorted by path.
 */
export async function loadCorpus(inputs: string[], fs: CorpusFileSystem, options: LoadCorpusOptions = {}): Promise<CorpusLoadResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const failures: SourceFailure[] = [];
  const warnings: SourceFailure[] = [];
  const files: FoundFile[] = [];
  const seenFiles = new Set<string>();
  let globMatches = 0;

  const addFile = async (path: string, root: string, size: number, mtime?: number): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(path);
    } catch {
      real = path;
    }
    if (seenFiles.has(real)) return; // the same file reached twice (overlapping inputs, links)
    seenFiles.add(real);
    files.push(mtime === undefined ? { path, root, size } : { path, root, size, mtime });
  };

  const walk = async (dir: string, root: string, ancestors: Set<string>, match?: RegExp): Promise<void> => {
    let real: string;
    let names: string[];
    try {
      real = await fs.realpath(dir);
      if (ancestors.has(real)) {
        failures.push({ path: dir, reason: "symbolic link loop; folder skipped" });
        return;
      }
      names = await fs.readDirectory(dir);
    } catch (err) {
      failures.push({ path: dir, reason: `folder unreadable: ${describeIoError(err)}` });
      return;
    }
    const inside = new Set(ancestors).add(real);
    for (const name of [...names].sort()) {
      if (skipEntry(name)) continue;
      const child = join(dir, name);
      let stat;
      try {
        stat = await fs.stat(child);
      } catch (err) {
        // A dangling link or a file deleted while walking: only worth reporting for source files.
        if (isSourcePath(name)) failures.push({ path: child, reason: describeIoError(err) });
        continue;
      }
      if (stat.type === "directory") await walk(child, root, inside, match);
      else if (stat.type === "file" && isSourcePath(name) && (!match || match.test(toSlash(child)))) {
        if (match) globMatches++;
        await addFile(child, root, stat.size, stat.mtime);
      }
    }
  };

  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      if (isGlob(input)) {
        const base = globBase(input);
        globMatches = 0;
        await walk(base, base, new Set(), globToRegExp(toSlash(input)));
        if (globMatches === 0) warnings.push({ path: input, reason: "no source files match this pattern" });
      } else failures.push({ path: input, reason: describeIoError(err) });
      continue;
    }
    if (stat.type === "directory") await walk(input, input, new Set());
    else if (stat.type === "file") await addFile(input, dirname(input), stat.size, stat.mtime);
    else failures.push({ path: input, reason: "not a file or folder" });
  }

  const catalogs = new Map<string, Promise<Catalog | undefined>>();
  const catalogOf = (dir: string): Promise<Catalog | undefined> => {
    let c = catalogs.get(dir);
    if (!c) {
      c = readCatalog(dir, fs, failures);
      catalogs.set(dir, c);
    }
    return c;
  };

  const documents: SourceDocument[] = [];
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      if (f.size > maxFileSize) {
        failures.push({ path: f.path, reason: `file too large (${(f.size / 1048576).toFixed(1)} MB, limit ${(maxFileSize / 1048576).toFixed(0)} MB); skipped` });
        continue;
      }
      const dir = dirname(f.path);
      let entry = catalogEntry(await catalogOf(dir), basename(f.path));
      if (!entry && toSlash(f.root) !== toSlash(dir)) {
        const rel = toSlash(f.path).slice(toSlash(f.root).replace(/\/$/, "").length + 1);
        entry = catalogEntry(await catalogOf(f.root), rel);
      }
      const known: KnownFile | undefined = f.mtime === undefined ? undefined : { path: f.path, size: f.size, mtime: f.mtime, ...(entry ? { entry } : {}) };
      let result = known && options.known?.get(known);
      if (!result) {
        let bytes: Uint8Array;
        try {
          bytes = await fs.readFile(f.path);
        } catch (err) {
          failures.push({ path: f.path, reason: `unreadable: ${describeIoError(err)}` });
          continue;
        }
        result = readSource(f.path, bytes, entry);
        if (known) options.known?.set(known, result);
        // After the cache has taken what it keeps of the file (its line starts).
        if (result.ok && fs.readFileSync) releaseOriginal(result.document, fs.readFileSync.bind(fs));
      }
      if (result.failure) failures.push(result.failure);
      if (result.ok) documents.push(result.document);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, () => worker()));

  const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  documents.sort((a, b) => byPath(a.meta, b.meta));
  failures.sort(byPath);
  warnings.push(...renameDuplicateKeys(documents));
  const result: CorpusLoadResult = { documents, failures };
  if (warnings.length) result.warnings = warnings;
  return result;
}

/** Reads the catalog of a folder, if it has one; a broken catalog is a failure and is ignored. */
async function readCatalog(dir: string, fs: CorpusFileSystem, failures: SourceFailure[]): Promise<Catalog | undefined> {
  for (const name of CATALOG_FILE_NAMES) {
    const path = join(dir, name);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch {
      continue;
    }
    const decoded = decodeText(bytes);
    try {
      if (!decoded.ok) throw new Error(decoded.reason);
      return parseCatalog(decoded.text);
    } catch (err) {
      failures.push({ path, reason: `catalog ignored: ${describeIoError(err)}` });
      return undefined;
    }
  }
  return undefined;
}

/**
 * Gives every document a unique key: the second and later documents with a key (compared without
 * case) get `-2`, `-3`, ... Documents are in path order, so the outcome is deterministic.
 */
function renameDuplicateKeys(documents: SourceDocument[]): SourceFailure[] {
  const warnings: SourceFailure[] = [];
  const used = new Map<string, string>();
  for (const d of documents) used.set(d.meta.key.toLowerCase(), used.get(d.meta.key.toLowerCase()) ?? d.meta.path);
  const taken = new Set<string>();
  for (const d of documents) {
    const key = d.meta.key;
    if (!taken.has(key.toLowerCase())) {
      taken.add(key.toLowerCase());
      continue;
    }
    let n = 2;
    while (taken.has(`${key}-${n}`.toLowerCase()) || (used.has(`${key}-${n}`.toLowerCase()) && used.get(`${key}-${n}`.toLowerCase()) !== d.meta.path)) n++;
    const renamed = `${key}-${n}`;
    taken.add(renamed.toLowerCase());
    warnings.push({ path: d.meta.path, reason: `duplicate key "${key}" (also ${used.get(key.toLowerCase())}); renamed to "${renamed}"` });
    d.meta.key = renamed;
    d.hash = rehashDocument(d);
  }
  return warnings;
}
