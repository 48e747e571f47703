/**
 * Where the `sourced` launcher keeps the program's code cache (see node/codeCache): in the folder
 * the command itself caches in, one file per command.
 */
import type { CodeCachePlan } from "../node/codeCache";
import { cacheFolderOf, defaultCacheDir, parseArgs, type Command } from "./args";
import { EXIT_ERROR } from "./exitCodes";

/**
 * The code cache plan for `argv` (without `node` and the script path): none for `--no-cache`, a
 * command that caches nothing, or a command line that does not parse (the program reports it).
 * A run that ends in an error compiled only part of what a whole run does, so it writes nothing.
 */
export function codeCachePlanFor(argv: string[], env: Readonly<Record<string, string | undefined>>, cwd: string, exitCode: () => number | undefined): CodeCachePlan | undefined {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch {
    return undefined;
  }
  const dir = cacheFolderOf(command, defaultCacheDir(env, cwd));
  if (!dir) return undefined;
  return { dir, kind: command.command, worthKeeping: () => exitCode() !== EXIT_ERROR };
}
