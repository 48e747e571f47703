/**
 * The file access the corpus loader needs, as a small interface: the CLI passes `nodeFileSystem`,
 * the VS Code extension passes one built on `vscode.workspace.fs`, tests pass fakes.
 */

/** What `stat` reports; `stat` follows symbolic links. */
export interface FileStat {
  type: "file" | "directory" | "other";
  /** Size in bytes (files). */
  size: number;
  /** Last modification, in milliseconds since the epoch, where the file system tells (see `KnownSources`). */
  mtime?: number;
}

/** File access for `loadCorpus`. Every method rejects (throws) when the path cannot be accessed. */
export interface CorpusFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  /** Names (not paths) of the entries of a folder. */
  readDirectory(path: string): Promise<string[]>;
  /** The canonical path (symbolic links resolved), used to detect loops and duplicates. */
  realpath(path: string): Promise<string>;
  /**
   * Reads a file at once, where the file system can (the local disk). Given, the loader keeps no
   * document's file text after reading it (see `releaseOriginal`): a document's `original` is
   * read again if ever asked for.
   */
  readFileSync?(path: string): Uint8Array;
}

/** A one-line description of an I/O error (`ENOENT` -> "not found"), never a stack trace. */
export function describeIoError(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "FileNotFound":
      return "not found";
    case "EACCES":
    case "EPERM":
    case "NoPermissions":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "not a folder";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
  }
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0] || "unreadable";
}
