/**
 * Reads one source file's bytes into a `SourceDocument`: decode, strip markup by format, normalise,
 * split into paragraphs and furniture, resolve metadata.
 */
import { composeOffsetMaps, normalize, normalizeToRuns } from "../text/normalize";
import { OffsetMap } from "../text/offsetMap";
import { isShortLine, splitBlocks } from "./blocks";
import { LineStarts } from "../text/lineIndex";
import { contentHash } from "../text/hash";
import { decodeText } from "./decode";
import { extractHtml } from "./html";
import { extractMarkdown, readFrontMatter, type DeclaredMeta } from "./markdown";
import { bylineDate } from "./bylineDate";
import { resolveMeta } from "./metadata";
import { extname } from "./paths";
import type { SourceDocument, SourceFailure } from "./sourceDocument";

/** File extensions the loader reads, lower case with the dot. */
export const SOURCE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];

/** Whether `path` has a source extension. */
export function isSourcePath(path: string): boolean {
  return SOURCE_EXTENSIONS.includes(extname(path));
}

/** The result of reading one file: a document, and possibly a non-fatal failure to report with it. */
export type ReadSourceResult =
  | { ok: true; document: SourceDocument; failure?: SourceFailure }
  | { ok: false; failure: SourceFailure };

/**
 * Reads a source from its bytes. `catalog` is the file's catalog entry, if any. A binary file is a
 * failure; broken front matter still yields the document (body read as Markdown) plus a failure
 * that says the front matter was ignored.
 */
export function readSource(path: string, bytes: Uint8Array, catalog?: DeclaredMeta): ReadSourceResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, failure: { path, reason: decoded.reason } };
  const original = decoded.text;
  return readSourceText(path, original, catalog);
}

/** A file's analysable text: markup stripped by format, then normalised (see `readSourceText`). */
export interface ExtractedText {
  text: string;
  /** `offsetMap.at(i)` = offset in the decoded file of `text[i]`. */
  offsetMap: OffsetMap;
  /** Metadata the file declares itself (front matter, HTML meta tags). */
  declared: DeclaredMeta;
  /** Broken front matter: the body was read without it. */
  failure?: SourceFailure;
}

/**
 * The first step of `readSourceText`: markup stripped by format and the rest normalised, each
 * character mapped back to the decoded file. Enough to place a span of a document at its line
 * and column, without splitting paragraphs or hashing.
 */
export function extractText(path: string, original: string): ExtractedText {
  const ext = extname(path);
  let extracted: { text: string; map: Uint32Array } | undefined;
  let declared: DeclaredMeta = {};
  let failure: SourceFailure | undefined;
  if (ext === ".md" || ext === ".markdown") {
    const fm = readFrontMatter(original);
    if (fm?.error) failure = { path, reason: `${fm.error}; body read without it` };
    if (fm) declared = fm.meta;
    extracted = extractMarkdown(original, fm?.bodyStart ?? 0);
  } else if (ext === ".html" || ext === ".htm") {
    const h = extractHtml(original);
    declared = h.meta;
    extracted = h;
  }
  let text: string;
  let offsetMap: OffsetMap;
  // Kept as runs: a per-character table is four bytes a character for as long as the document lives.
  if (extracted) {
    const n = normalize(extracted.text);
    text = n.text;
    offsetMap = OffsetMap.from(composeOffsetMaps(n.offsetMap, extracted.map));
  } else {
    ({ text, offsetMap } = normalizeToRuns(original));
  }
  const out: ExtractedText = { text, offsetMap, declared };
  if (failure) out.failure = failure;
  return out;
}

/** Same as `readSource`, from already-decoded text. */
export function readSourceText(path: string, original: string, catalog?: DeclaredMeta): ReadSourceResult {
  const { text, offsetMap, declared, failure } = extractText(path, original);
  const publisher = catalog?.publisher ?? declared.publisher;
  const split = splitBlocks(text, { publisher });
  const firstBlock = split.blocks[0];
  const firstLine = firstBlock ? text.slice(firstBlock.start, firstBlock.end).split("\n")[0].trim() : undefined;
  const fallbackTitle = firstLine && isShortLine(firstLine) ? firstLine : undefined;
  // A page that declares no date may give one in its byline.
  const dated = declared.date || catalog?.date ? declared : withBylineDate(declared, text);
  const meta = resolveMeta(path, catalog, dated, fallbackTitle);
  const document: SourceDocument = {
    meta,
    original,
    text,
    offsetMap,
    blocks: split.blocks,
    furniture: split.furniture,
    hash: "",
  };
  const originalHash = contentHash(original);
  originalHashes.set(document, originalHash);
  document.hash = hashWithMeta(originalHash, meta);
  return failure ? { ok: true, document, failure } : { ok: true, document };
}

/**
 * Lets `document` drop its file's text, keeping its line starts (all that placing evidence
 * needs, whatever becomes of the file): `original` is read again through `readSync` if asked
 * for. An archive's originals are as large as its texts (tens of megabytes at 10,000 articles),
 * and nothing after the load reads them.
 */
export function releaseOriginal(document: SourceDocument, readSync: (path: string) => Uint8Array): void {
  const length = document.original.length;
  document.lineStarts ??= LineStarts.of(document.original);
  let original: string | undefined;
  Object.defineProperty(document, "original", {
    get: () => (original ??= rereadOriginal(document.meta.path, document.text, length, readSync)),
    enumerable: true,
    configurable: true,
  });
}

/**
 * The text of the file `path`, read again, when it still reads as `text` (and is `length` long);
 * else, the file changed or gone, `text` itself: positions then clamp to it.
 */
export function rereadOriginal(path: string, text: string, length: number | undefined, readSync: (path: string) => Uint8Array): string {
  try {
    const decoded = decodeText(readSync(path));
    if (decoded.ok && (length === undefined || decoded.text.length === length) && extractText(path, decoded.text).text === text) return decoded.text;
  } catch {
    // Gone or unreadable: the normalised text, below.
  }
  return text;
}

/**
 * The hash of `document` after its metadata changed (a key renamed): from the hash of its
 * original taken when it was read, where there is one, so a released original is not read again.
 */
export function rehashDocument(document: SourceDocument): string {
  return hashWithMeta(originalHashes.get(document) ?? contentHash(document.original), document.meta);
}

/** Hashes of the originals of the documents read here (see `rehashDocument`). */
const originalHashes = new WeakMap<SourceDocument, string>();

/** The cache hash of a document: its file's text (by its hash) and its metadata, but not its path (which varies by machine). */
function hashWithMeta(originalHash: string, meta: SourceDocument["meta"]): string {
  const { path: _path, ...rest } = meta;
  void _path;
  return contentHash(originalHash + "\u0000" + JSON.stringify(rest));
}

/** `declared` with the date of the text's byline (see `bylineDate`), where it has one. */
function withBylineDate(declared: DeclaredMeta, text: string): DeclaredMeta {
  const date = bylineDate(text);
  return date ? { ...declared, date } : declared;
}
