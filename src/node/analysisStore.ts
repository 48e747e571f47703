/**
 * Persists per-document analyses (see `DocumentAnalysis`) on disk, keyed by each document's
 * content hash (`SourceDocument.hash`) and by the engine that made them (a fingerprint of the
 * running code), so a second run analyses nothing and a changed source re-analyses only itself.
 * Node-side: the engine under src/core stays free of I/O.
 *
 * Format: one JSON-lines file per engine fingerprint, `<dir>/analyses-<fingerprint>.jsonl`, each
 * line `<hash>\t<analysis JSON>`; written to a temporary file and renamed, so a crash never leaves
 * half a store. Lines are parsed only for the documents asked for.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CorpusIndex } from "../core/index/corpusIndex";
import type { DocumentAnalysis } from "../core/index/documentAnalysis";
import type { SourceDocument } from "../core/sources/sourceDocument";

/** A short fingerprint of a file's bytes (the running bundle): analyses of other code are never reused. */
export function fileFingerprint(file: string): string {
  return createHash("sha1").update(readFileSync(file)).digest("hex").slice(0, 16);
}

export class AnalysisStore {
  private readonly file: string;
  private lines: Map<string, string> | undefined;

  constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {
    this.file = path.join(dir, `analyses-${fingerprint}.jsonl`);
  }

  private read(): Map<string, string> {
    if (this.lines) return this.lines;
    this.lines = new Map();
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return this.lines;
    }
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf("\n", at);
      if (end < 0) end = text.length;
      const tab = text.indexOf("\t", at);
      if (tab > at && tab < end) this.lines.set(text.slice(at, tab), text.slice(tab + 1, end));
      at = end + 1;
    }
    return this.lines;
  }

  /** The stored analysis of a document with this hash, if any (a damaged line counts as none). */
  get(hash: string): DocumentAnalysis | undefined {
    const line = this.read().get(hash);
    if (line === undefined) return undefined;
    try {
      return JSON.parse(line) as DocumentAnalysis;
    } catch {
      return undefined;
    }
  }

  /** Replaces the store with the analyses of `index`'s documents; older fingerprints' files are removed. */
  save(index: CorpusIndex): void {
    mkdirSync(this.dir, { recursive: true });
    const old = this.read();
    const parts: string[] = [];
    const written = new Set<string>();
    const next = new Map<string, string>();
    index.documents.forEach((d, i) => {
      if (written.has(d.hash)) return;
      const a = index.analysisOf(i);
      if (!a) return;
      written.add(d.hash);
      const json = old.get(d.hash) ?? JSON.stringify(a);
      next.set(d.hash, json);
      parts.push(d.hash, "\t", json, "\n");
    });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, parts.join(""));
    renameSync(tmp, this.file);
    this.lines = next;
    for (const f of readdirSync(this.dir)) {
      if (/^analyses-[0-9a-f]+\.jsonl$/.test(f) && path.join(this.dir, f) !== this.file) rmSync(path.join(this.dir, f), { force: true });
    }
  }
}

/** Figures of one cached build. */
export interface CachedBuildStats {
  /** Documents whose analysis came from the store. */
  reused: number;
  /** Documents analysed now. */
  analysed: number;
  saveMs: number;
}

/**
 * Builds the index, reusing stored analyses and storing the new ones. Never throws for the
 * store: an unreadable or unwritable cache only means no reuse.
 */
export function buildIndexCached(documents: SourceDocument[], store: AnalysisStore | undefined): { index: CorpusIndex; stats: CachedBuildStats } {
  if (!store) return { index: CorpusIndex.build(documents), stats: { reused: 0, analysed: documents.length, saveMs: 0 } };
  const analyses = documents.map((d) => store.get(d.hash));
  const reused = analyses.filter(Boolean).length;
  const index = CorpusIndex.build(documents, { analyses });
  let saveMs = 0;
  if (reused < documents.length) {
    const t = performance.now();
    try {
      store.save(index);
    } catch {
      // A read-only or full disk: the next run analyses again.
    }
    saveMs = Math.round(performance.now() - t);
  }
  return { index, stats: { reused, analysed: documents.length - reused, saveMs } };
}
