/**
 * Command-line parsing for `sourced`. Small and strict: unknown flags are usage errors (exit 2),
 * so a typo never silently changes what is checked.
 */
import * as path from "node:path";
import type { Severity } from "../core/types";

export type OutputFormat = "text" | "json" | "github";
export type FailOn = Severity | "none";

/** A parsed command line. */
export type Command =
  | { command: "help" }
  | { command: "version" }
  | { command: "check"; files: string[]; corpus: string[]; format: OutputFormat; failOn: FailOn; cache?: CacheOption; timings?: boolean }
  | { command: "sources"; corpus: string[]; format: "text" | "json"; verbose: boolean; cache?: CacheOption };

/** `--cache DIR` (a folder for the persistent index) or `--no-cache`; absent: the default folder. */
export type CacheOption = { dir: string } | false;

/** The cache folder when no option names one: SOURCED_CACHE_DIR, else `.sourced-cache` in `cwd`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  return env.SOURCED_CACHE_DIR || path.join(cwd, ".sourced-cache");
}

/** The folder a command caches in: its `--cache DIR`, none for `--no-cache` or a command without caches, else `defaultDir`. */
export function cacheFolderOf(command: Command, defaultDir: string | undefined): string | undefined {
  if (command.command !== "check" && command.command !== "sources") return undefined;
  return command.cache === false ? undefined : command.cache?.dir ?? defaultDir;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

const FAIL_ON: FailOn[] = ["error", "warning", "information", "hint", "none"];

/** Parses `argv` (without `node` and the script path). Throws `UsageError` on a bad command line. */
export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) throw new UsageError("no command given (try `sourced --help`)");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v" || argv[0] === "version") return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "check" && command !== "sources") throw new UsageError(`unknown command "${command}" (expected check or sources)`);

  const positional: string[] = [];
  const corpus: string[] = [];
  let format: string | undefined;
  let failOn: string | undefined;
  let verbose = false;
  let timings = false;
  let cache: CacheOption | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const v = rest[i + 1];
      if (v === undefined || (v.startsWith("--") && v.length > 2)) throw new UsageError(`${name} needs a value`);
      i++;
      return v;
    };
    switch (name) {
      case "--cache":
        cache = { dir: value() };
        if (!cache.dir) throw new UsageError("--cache needs a non-empty path");
        break;
      case "--no-cache":
        cache = false;
        break;
      case "--corpus":
      case "-c":
        corpus.push(value());
        break;
      case "--format":
      case "-f":
        format = value();
        break;
      case "--fail-on":
        if (command !== "check") throw new UsageError(`--fail-on only applies to check`);
        failOn = value();
        break;
      case "--timings":
        if (command !== "check") throw new UsageError(`--timings only applies to check`);
        timings = true;
        break;
      case "--verbose":
        if (command !== "sources") throw new UsageError(`--verbose only applies to sources`);
        verbose = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  for (const c of corpus) if (c === "") throw new UsageError("--corpus needs a non-empty path");

  if (command === "sources") {
    if (positional.length) throw new UsageError(`sources takes no file arguments (got ${positional[0]}); use --corpus`);
    if (format !== undefined && format !== "text" && format !== "json") throw new UsageError(`--format must be text or json for sources (got "${format}")`);
    return { command: "sources", corpus, format: (format ?? "text") as "text" | "json", verbose, ...(cache !== undefined ? { cache } : {}) };
  }
  if (positional.length === 0) throw new UsageError("check needs at least one draft file");
  if (format !== undefined && format !== "text" && format !== "json" && format !== "github") throw new UsageError(`--format must be text, json or github (got "${format}")`);
  if (failOn !== undefined && !FAIL_ON.includes(failOn as FailOn)) throw new UsageError(`--fail-on must be error, warning or none (got "${failOn}")`);
  return { command: "check", files: positional, corpus, format: (format ?? "text") as OutputFormat, failOn: (failOn ?? "warning") as FailOn, ...(cache !== undefined ? { cache } : {}), ...(timings ? { timings } : {}) };
}

export const HELP = `Usage:
  sourced check FILE... [--corpus PATH]... [--format text|json|github] [--fail-on error|warning|none] [--timings]
  sourced sources [--corpus PATH]... [--format text|json] [--verbose]
  sourced --help | --version

Checks a draft's figures, quotes and citations against a corpus of source articles.

Options:
  --corpus, -c PATH   A source file, folder (searched recursively for .txt, .md, .html) or glob.
                      Repeatable. Without it, the bundled seed corpus is used.
  --format, -f FMT    text (default), json, or github (workflow annotations).
  --fail-on LEVEL     Exit 1 when a finding at or above LEVEL is found: error, warning (default),
                      information, hint, or none.
  --timings           (check) Print on stderr how long reading the corpus, building or loading
                      its index, and checking took.
  --verbose           (sources) Also list the page furniture removed from each source.
  --cache DIR         Keep the read and analysed corpus in DIR (default .sourced-cache, or
                      SOURCED_CACHE_DIR): later runs read and analyse only new or changed sources,
                      restore the index of an unchanged corpus whole, and (check) check again
                      only the claims that read differently from the last run. --no-cache: none.

Exit codes: 0 no findings at or above --fail-on, 1 some, 2 usage or I/O error.
Set NO_COLOR to disable colours.
`;
