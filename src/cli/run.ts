/**
 * The `sourced` commands, with all process I/O passed in (`CliIo`) so they can be driven from tests.
 */
import { checkDraft } from "../core/check/checkDraft";
import type { CorpusIndex } from "../core/index/corpusIndex";
import { isAtLeast } from "../core/severity";
import { decodeText } from "../core/sources/decode";
import { describeIoError, type CorpusFileSystem } from "../core/sources/fileSystem";
import { isGlob } from "../core/sources/glob";
import { loadCorpus } from "../core/sources/loadCorpus";
import type { CorpusLoadResult } from "../core/sources/sourceDocument";
import type { CheckResult } from "../core/types";
import { AnalysisStore, buildIndexInParallel } from "../node/analysisStore";
import { SourceFileCache } from "../node/sourceFileCache";
import { VerdictStore } from "../node/verdictStore";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from "./exitCodes";
import { cacheFolderOf, HELP, parseArgs, UsageError, type Command } from "./args";
import { formatGithub, formatJson, formatSourcesJson, formatSourcesText, formatText, type CorpusInfo, type SourceRow } from "./format";

/** What the CLI needs from its environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether coloured output is wanted (stdout is a TTY and NO_COLOR is unset). */
  color: boolean;
  fs: CorpusFileSystem;
  /** The bundled seeds folder, used when no `--corpus` is given. */
  seedsDir: string | undefined;
  version: string;
  /**
   * The persistent index: the default folder and a fingerprint of the running engine (analyses
   * made by other code are never reused). Without it, nothing is cached unless --cache is given
   * and a fingerprint is known.
   */
  cache?: { dir: string; fingerprint: string };
  /** Shortens a path for display (e.g. relative to the cwd). */
  displayPath?(path: string): string;
}

/** An I/O error that ends the run with exit code 2 and a one-line reason. */
class IoError extends Error {}

export { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK };

/** Runs `sourced` with `argv` (no `node`/script path) and returns the exit code. Never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case "help":
        io.stdout(HELP);
        return EXIT_OK;
      case "version":
        io.stdout(`${io.version}\n`);
        return EXIT_OK;
      case "check":
        return await runCheck(command, io);
      case "sources":
        return await runSources(command, io);
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof IoError) {
      io.stderr(`sourced: ${err.message}\n`);
      return EXIT_ERROR;
    }
    // An engine bug: still one line, exit 2; the stack only on request.
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`sourced: internal error: ${message.split("\n")[0]}\n`);
    if (process.env.SOURCED_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + "\n");
    return EXIT_ERROR;
  }
}

/** Loads the corpus named by `--corpus` (or the bundled seeds); unreadable inputs are I/O errors. */
async function loadInputs(command: CachingCommand, io: CliIo): Promise<CorpusLoadResult> {
  let inputs = command.corpus;
  if (inputs.length === 0) {
    if (!io.seedsDir) throw new IoError("no --corpus given and the bundled seeds folder was not found");
    inputs = [io.seedsDir];
  }
  for (const input of inputs) {
    if (isGlob(input)) {
      try {
        await io.fs.stat(input);
      } catch {
        continue; // a pattern, not a path: an empty match is only a warning
      }
    }
    try {
      await io.fs.stat(input);
    } catch (err) {
      throw new IoError(`cannot read corpus path ${input}: ${describeIoError(err)}`);
    }
  }
  const at = cacheLocation(command, io);
  // Files unchanged since the last run are taken as it read them (see SourceFileCache).
  const known = at ? new SourceFileCache(at.dir, at.fingerprint) : undefined;
  const result = await loadCorpus(inputs, io.fs, known ? { known } : {});
  known?.save();
  // An input that itself failed (unreadable folder, binary file named directly) is an I/O error.
  for (const input of inputs) {
    const failure = result.failures.find((f) => f.path === input);
    if (failure && !result.documents.some((d) => d.meta.path === input)) throw new IoError(`cannot read corpus path ${input}: ${failure.reason}`);
  }
  return result;
}

function corpusInfo(result: CorpusLoadResult): CorpusInfo {
  return { documents: result.documents.length, failures: result.failures, warnings: result.warnings };
}

/** Reports corpus problems on stderr (one line each) without touching stdout. */
function reportCorpusProblems(result: CorpusLoadResult, io: CliIo): void {
  const show = io.displayPath ?? ((p: string) => p);
  for (const f of result.failures) io.stderr(`sourced: source skipped or partly read: ${show(f.path)}: ${f.reason}\n`);
  for (const w of result.warnings ?? []) io.stderr(`sourced: warning: ${show(w.path)}: ${w.reason}\n`);
  if (result.documents.length === 0) io.stderr("sourced: warning: the corpus has no readable sources; every checkable claim will be unsupported\n");
}

async function readDraft(path: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    const stat = await io.fs.stat(path);
    if (stat.type !== "file") throw Object.assign(new Error("not a file"), { code: stat.type === "directory" ? "EISDIR" : undefined });
    bytes = await io.fs.readFile(path);
  } catch (err) {
    throw new IoError(`cannot read draft ${path}: ${describeIoError(err)}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new IoError(`cannot check draft ${path}: ${decoded.reason}`);
  return decoded.text;
}

/**
 * Builds the index through the persistent analysis store when one is configured; an archive's
 * unanalysed documents are analysed on worker threads.
 */
async function buildIndex(documents: CorpusLoadResult["documents"], command: CachingCommand, io: CliIo): Promise<{ index: CorpusIndex; restored: boolean }> {
  const at = cacheLocation(command, io);
  const store = at ? new AnalysisStore(at.dir, at.fingerprint) : undefined;
  const { index, stats } = await buildIndexInParallel(documents, store);
  return { index, restored: stats.restored };
}

type CachingCommand = Extract<Command, { command: "check" | "sources" }>;

/** Where this run keeps its caches (`--cache`, `--no-cache`, or the default), if anywhere. */
function cacheLocation(command: CachingCommand, io: CliIo): { dir: string; fingerprint: string } | undefined {
  const fingerprint = io.cache?.fingerprint;
  const dir = cacheFolderOf(command, io.cache?.dir);
  return fingerprint && dir ? { dir, fingerprint } : undefined;
}

async function runCheck(command: Extract<Command, { command: "check" }>, io: CliIo): Promise<number> {
  // Read the drafts first: a missing draft should fail fast, before indexing the corpus.
  const drafts: { file: string; text: string }[] = [];
  for (const file of command.files) drafts.push({ file, text: await readDraft(file, io) });
  const started = performance.now();
  const corpus = await loadInputs(command, io);
  reportCorpusProblems(corpus, io);
  const read = performance.now();
  const { index, restored } = await buildIndex(corpus.documents, command, io);
  const indexed = performance.now();
  // Claims that read as they did in the last run against this corpus keep that run's verdicts:
  // a CI job re-checks only what a commit changed.
  const at = cacheLocation(command, io);
  const verdicts = at ? new VerdictStore(at.dir, at.fingerprint) : undefined;
  const memo = verdicts?.memoFor(index);
  const results: CheckResult[] = drafts.map((d) => ({ file: d.file, findings: d.text.trim() === "" ? [] : checkDraft(index, d.text, { memo }) }));
  const checked = performance.now();
  // A run that checked nothing again leaves the file as it is.
  if (memo && memo.misses > 0) verdicts!.save(memo, index);
  if (command.timings) {
    const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
    const sources = corpus.documents.length;
    const kept = memo ? ` (${memo.hits} of ${memo.hits + memo.misses} claims as last run)` : "";
    io.stderr(`sourced: timings: read ${sources} source${sources === 1 ? "" : "s"} ${ms(started, read)}, index ${restored ? "loaded" : "built"} ${ms(read, indexed)}, check ${ms(indexed, checked)}${kept}\n`);
  }

  const info = corpusInfo(corpus);
  if (command.format === "json") io.stdout(formatJson(results, info));
  else if (command.format === "github") io.stdout(formatGithub(results, { displayPath: io.displayPath }));
  else io.stdout(formatText(results, info, { color: io.color, displayPath: io.displayPath }));

  if (command.failOn === "none") return EXIT_OK;
  const threshold = command.failOn;
  const failing = results.some((r) => r.findings.some((f) => isAtLeast(f.severity, threshold)));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

async function runSources(command: Extract<Command, { command: "sources" }>, io: CliIo): Promise<number> {
  const corpus = await loadInputs(command, io);
  if (command.format === "text") reportCorpusProblems(corpus, io);
  const { index } = await buildIndex(corpus.documents, command, io);
  const byKey = new Map(corpus.documents.map((d) => [d.meta.key, d]));
  const rows: SourceRow[] = index.summaries().map((s) => {
    const row: SourceRow = { ...s };
    const doc = byKey.get(s.meta.key);
    if (command.verbose && doc) row.furniture = doc.furniture.map((f) => ({ text: doc.text.slice(f.span.start, f.span.end), reason: f.reason }));
    return row;
  });
  const info = corpusInfo(corpus);
  io.stdout(command.format === "json" ? formatSourcesJson(rows, info) : formatSourcesText(rows, info, { color: io.color, displayPath: io.displayPath }));
  return EXIT_OK;
}
