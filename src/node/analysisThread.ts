/**
 * A worker thread that analyses documents for `analyzeInParallel`: it receives batches of
 * documents (text and paragraphs) and answers with their analyses. Its sentence cache lives as
 * long as the thread, so wire copy repeated across batches is analysed once per thread.
 */
import { parentPort } from "node:worker_threads";
import { analyzeDocument, SentenceCache } from "../core/index/documentAnalysis";
import type { AnalysisBatch, AnalysisBatchResult } from "./parallelAnalysis";

if (parentPort) {
  const port = parentPort;
  const cache = new SentenceCache();
  port.on("message", (batch: AnalysisBatch) => {
    try {
      const result: AnalysisBatchResult = { batch: batch.batch, analyses: batch.docs.map((d) => analyzeDocument(d, cache)) };
      port.postMessage(result);
    } catch (err) {
      const result: AnalysisBatchResult = { batch: batch.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
      port.postMessage(result);
    }
  });
}
