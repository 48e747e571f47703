/**
 * Source metadata: catalogs (`catalog.json` / `sources.json` beside the sources), slugs, and the rules
 * that combine catalog, declared (front matter / HTML meta) and derived metadata into a `SourceMeta`.
 */
import type { SourceMeta } from "../types";
import { declaredMetaFrom, type DeclaredMeta } from "./markdown";
import { basename, stem } from "./paths";

/** File names of the catalogs the loader honours, in order of preference. */
export const CATALOG_FILE_NAMES = ["catalog.json", "sources.json"];

/** A parsed catalog: declared metadata by file name (or relative path, `/`-separated). */
export type Catalog = Map<string, DeclaredMeta>;

/**
 * Parses a catalog. Accepted shapes: `{ "file.txt": { key, title, ... } }`, the same under a
 * `"sources"` property, or an array of entries each naming its `file` (or `path`).
 * Throws with a one-line message when the JSON is not one of these.
 */
export function parseCatalog(json: string): Catalog {
  const data: unknown = JSON.parse(json);
  const catalog: Catalog = new Map();
  const root = data && typeof data === "object" && !Array.isArray(data) && "sources" in data ? (data as { sources: unknown }).sources : data;
  if (Array.isArray(root)) {
    for (const entry of root) {
      if (!entry || typeof entry !== "object") continue;
      const e = entry as Record<string, unknown>;
      const file = typeof e.file === "string" ? e.file : typeof e.path === "string" ? e.path : undefined;
      if (file) catalog.set(normaliseCatalogName(file), declaredMetaFrom(e));
    }
  } else if (root && typeof root === "object") {
    for (const [file, entry] of Object.entries(root as Record<string, unknown>)) {
      if (entry && typeof entry === "object" && !Array.isArray(entry)) catalog.set(normaliseCatalogName(file), declaredMetaFrom(entry as Record<string, unknown>));
    }
  } else {
    throw new Error("catalog must be a JSON object or array");
  }
  return catalog;
}

function normaliseCatalogName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\.\//, "");
}

/** Looks up a file in a catalog by its path relative to the catalog's folder, then by file name. */
export function catalogEntry(catalog: Catalog | undefined, relativePath: string): DeclaredMeta | undefined {
  if (!catalog) return undefined;
  return catalog.get(normaliseCatalogName(relativePath)) ?? catalog.get(basename(relativePath));
}

/** A citation-key slug: lower case ASCII letters, digits and hyphens (`Cops Take Out!` -> `cops-take-out`). */
export function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Combines the metadata of a source. Precedence: catalog, then what the file declares, then what is
 * derived. Key: the slug of the declared key, else the file stem. Title: declared, else the first
 * short line of the body (`fallbackTitle`), else the stem. The stem is always an alias.
 */
export function resolveMeta(path: string, catalog: DeclaredMeta | undefined, declared: DeclaredMeta, fallbackTitle: string | undefined): SourceMeta {
  const fileStem = stem(path);
  const pick = <K extends keyof DeclaredMeta>(k: K): DeclaredMeta[K] => catalog?.[k] ?? declared[k];
  const declaredKey = pick("key");
  const key = (declaredKey && slugify(declaredKey)) || fileStem;
  const aliases: string[] = [];
  for (const a of [fileStem, ...(catalog?.aliases ?? []), ...(declared.aliases ?? [])]) {
    if (a && a !== key && !aliases.includes(a)) aliases.push(a);
  }
  // The stem is an alias even when it equals the key, so lookups by stem never depend on the key rules.
  if (!aliases.includes(fileStem)) aliases.unshift(fileStem);
  const meta: SourceMeta = { key, aliases, title: pick("title") ?? fallbackTitle ?? fileStem, path };
  const publisher = pick("publisher");
  const author = pick("author");
  const date = pick("date");
  const url = pick("url");
  if (publisher) meta.publisher = publisher;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (url) meta.url = url;
  return meta;
}
