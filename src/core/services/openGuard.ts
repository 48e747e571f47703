/**
 * The guard of `sourced.openSource`: the command only opens a file of the loaded corpus, at a
 * well-formed range. Its arguments can come from a hover's command link, so they are untrusted:
 * a path from elsewhere (`/etc/passwd`, `../../.ssh/id_rsa`, a front-matter `url`) is refused.
 * Pure, so it is unit-tested; the extension passes `isIndexed` from the corpus service.
 */
export interface OpenTarget {
  path: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const isPosition = (p: unknown): p is { line: number; character: number } => {
  const x = p as { line?: unknown; character?: unknown } | null;
  return !!x && typeof x === "object" && Number.isInteger(x.line) && Number.isInteger(x.character) && (x.line as number) >= 0 && (x.character as number) >= 0;
};

/**
 * The target to open, or undefined when `args` is malformed or names a file that is not an indexed
 * source (`isIndexed(path)` false). Non-file URIs (`javascript:`, `command:`, `http:`) are refused too.
 */
export function openSourceTarget(args: unknown, isIndexed: (path: string) => boolean): OpenTarget | undefined {
  const a = args as { path?: unknown; range?: { start?: unknown; end?: unknown } } | null;
  if (!a || typeof a !== "object" || typeof a.path !== "string") return undefined;
  const path = a.path;
  if (!path || path.includes("\u0000") || /^[a-z][a-z0-9+.-]+:(?![\\/])/i.test(path)) return undefined;
  if (!isIndexed(path)) return undefined;
  const range = a.range && isPosition(a.range.start) && isPosition(a.range.end) ? { start: a.range.start, end: a.range.end } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { path, range };
}
