/**
 * Minimal path helpers for the loader. The core does not import `node:path` so that it can run
 * behind any `CorpusFileSystem` (VS Code's virtual file systems use `/` even on Windows); both `/`
 * and `\` are accepted as separators.
 */

/** The last segment of `p`. */
export function basename(p: string): string {
  const trimmed = p.replace(/[\\/]+$/, "");
  const i = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  return i >= 0 ? trimmed.slice(i + 1) : trimmed;
}

/** Everything before the last segment (`.` when there is none). */
export function dirname(p: string): string {
  const trimmed = p.replace(/[\\/]+$/, "");
  const i = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  if (i < 0) return ".";
  if (i === 0) return trimmed[0];
  return trimmed.slice(0, i);
}

/** The extension of the last segment, lower-cased, with the dot (`.md`), or `""`. */
export function extname(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf(".");
  return i > 0 ? b.slice(i).toLowerCase() : "";
}

/** The last segment without its extension. */
export function stem(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf(".");
  return i > 0 ? b.slice(0, i) : b;
}

/** Joins a directory and a name with the directory's own separator style. */
export function join(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  const sep = dir.includes("/") || !dir.includes("\\") ? "/" : "\\";
  return /[\\/]$/.test(dir) ? dir + name : dir + sep + name;
}

/** `p` with `\` turned into `/`, for matching and sorting. */
export function toSlash(p: string): string {
  return p.replace(/\\/g, "/");
}
