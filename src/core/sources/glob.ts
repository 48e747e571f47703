/**
 * A small glob matcher (`*`, `**`, `?`, `[...]`, `{a,b}`) for corpus inputs such as
 * `sources/**\/*.md`. Matching runs against paths produced by walking a `CorpusFileSystem`, so it
 * works the same on disk and in VS Code's virtual file systems.
 */

/** True when `input` contains glob syntax. */
export function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

/** The leading part of a glob with no glob syntax in it: the folder to walk (`.` if none). */
export function globBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, "/").split("/");
  const base: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isGlob(part)) break;
    base.push(part);
  }
  if (base.length === 0) return ".";
  const joined = base.join("/");
  return joined === "" ? "/" : joined;
}

/** Compiles a glob into a RegExp matched against a whole `/`-separated path. */
export function globToRegExp(pattern: string): RegExp {
  const p = pattern.replace(/\\/g, "/");
  let re = "";
  let inGroup = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "*") {
      if (p[i + 1] === "*") {
        // `**/` matches zero or more whole folders; a trailing `**` matches anything.
        const slashAfter = p[i + 2] === "/";
        re += slashAfter ? "(?:[^/]*(?:/|$))*" : ".*";
        i += slashAfter ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = p.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        let body = p.slice(i + 1, close);
        if (body.startsWith("!")) body = "^" + body.slice(1);
        re += "[" + body.replace(/\\/g, "\\\\") + "]";
        i = close;
      }
    } else if (c === "{") {
      inGroup++;
      re += "(?:";
    } else if (c === "}" && inGroup > 0) {
      inGroup--;
      re += ")";
    } else if (c === "," && inGroup > 0) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp("^" + re + "$");
}
