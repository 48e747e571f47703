/**
 * The `sourced.*` settings as plain data: names, defaults and parsing. No `vscode` import, so the
 * defaults can be unit-tested against package.json.
 */
import { DEFAULT_SEVERITY as CORE_DEFAULT_SEVERITY } from "../core/severity";
import { FINDING_KINDS, type FindingKind, type Severity } from "../core/types";

/** A problem kind (every finding kind except `supported`). */
export type ProblemKind = Exclude<FindingKind, "supported">;

/** The per-kind severity setting: a diagnostic severity, or `off` to hide the kind. */
export type SeveritySetting = Severity | "off";

/** Every kind but `supported`, in the core's order (most serious first). */
export const PROBLEM_KINDS: readonly ProblemKind[] = FINDING_KINDS.filter((k): k is ProblemKind => k !== "supported");

/** Resolved settings for one resource. */
export interface SourcedSettings {
  /** Check drafts as they are opened and edited. */
  enable: boolean;
  /** Index the seed articles shipped with the extension. */
  includeBundledSources: boolean;
  /** Globs, relative to each workspace folder, of the workspace's own sources. */
  sources: string[];
  severity: Record<ProblemKind, SeveritySetting>;
  /** Diagnostics per document, most serious first. */
  maxProblems: number;
  /** Milliseconds to wait after the last keystroke before re-checking. */
  checkDelay: number;
}

/** Default severity per problem kind: the core table (src/core/severity.ts), so CLI and editor agree. */
export const DEFAULT_SEVERITY: Readonly<Record<ProblemKind, SeveritySetting>> = Object.fromEntries(
  PROBLEM_KINDS.map((k) => [k, CORE_DEFAULT_SEVERITY[k]]),
) as Record<ProblemKind, SeveritySetting>;

export const DEFAULT_SETTINGS: Readonly<SourcedSettings> = {
  enable: true,
  includeBundledSources: true,
  sources: ["sources/**/*.{md,txt,html}"],
  severity: DEFAULT_SEVERITY,
  maxProblems: 100,
  checkDelay: 300,
};

const SEVERITIES = new Set(["error", "warning", "information", "hint", "off"]);

/**
 * Builds settings from a getter (`WorkspaceConfiguration.get` in the extension, a map in tests);
 * invalid values fall back to the defaults rather than failing.
 */
export function parseSettings(get: (key: string) => unknown): SourcedSettings {
  const bool = (k: string, d: boolean): boolean => (typeof get(k) === "boolean" ? (get(k) as boolean) : d);
  const num = (k: string, d: number, min: number): number => {
    const v = get(k);
    return typeof v === "number" && Number.isFinite(v) && v >= min ? Math.floor(v) : d;
  };
  const globs = get("sources");
  const severity = { ...DEFAULT_SEVERITY };
  for (const kind of PROBLEM_KINDS) {
    const v = get(`severity.${kind}`);
    if (typeof v === "string" && SEVERITIES.has(v)) severity[kind] = v as SeveritySetting;
  }
  return {
    enable: bool("enable", DEFAULT_SETTINGS.enable),
    includeBundledSources: bool("includeBundledSources", DEFAULT_SETTINGS.includeBundledSources),
    sources: Array.isArray(globs) ? globs.filter((g): g is string => typeof g === "string" && g.trim() !== "") : [...DEFAULT_SETTINGS.sources],
    severity,
    maxProblems: num("maxProblems", DEFAULT_SETTINGS.maxProblems, 0),
    checkDelay: num("checkDelay", DEFAULT_SETTINGS.checkDelay, 0),
  };
}
