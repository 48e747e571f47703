/** The exit codes of `sourced` (kept apart from `run` so the launcher can read them without the engine). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
