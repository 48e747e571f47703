/**
 * Messages between the extension and the report webview (media/report.js speaks the same protocol;
 * it is plain JS, so these types are its documentation).
 */
import type { ReportModel } from "../core/services/report";
import type { Range } from "../core/types";

/** Extension -> webview. */
export type ToWebview = { type: "model"; model: ReportModel };

/** Webview -> extension. */
export type FromWebview =
  /** The script loaded; send it the model. */
  | { type: "ready" }
  /** Jump to a claim in its document. */
  | { type: "reveal"; uri: string; range: Range }
  /** Export the report (the extension asks where, with a save dialog). */
  | { type: "export"; format: "markdown" | "json" };

/** What the webview persists with `setState` so the panel survives a reload. */
export interface ReportWebviewState {
  model?: ReportModel;
  filter?: string[];
}

/** Runtime check of messages from the webview (its content is not trusted either). */
export function isFromWebview(m: unknown): m is FromWebview {
  if (!m || typeof m !== "object") return false;
  const t = (m as { type?: unknown }).type;
  if (t === "ready") return true;
  if (t === "export") return (m as { format?: unknown }).format === "markdown" || (m as { format?: unknown }).format === "json";
  if (t === "reveal") {
    const r = m as { uri?: unknown; range?: { start?: { line?: unknown } } };
    return typeof r.uri === "string" && typeof r.range?.start?.line === "number";
  }
  return false;
}
