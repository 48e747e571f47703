/**
 * A worker thread that analyses documents for `analyzeInParallel`: it receives batches of
 * documents (text and paragraphs) and answers with their analyses. Its sentence cache lives as
 * long as the thread, so wire copy repeated across batches is analysed once per thread, and its
 * record is sent once (see `SentAnalysis`).
 */
import { parentPort } from "node:worker_threads";
import { analyzeDocument, SentenceCache } from "../core/index/documentAnalysis";
import { RecordSender, type AnalysisBatch, type AnalysisBatchResult } from "./parallelAnalysis";

if (parentPort) {
  const port = parentPort;
  const cache = new SentenceCache();
  const sender = new RecordSender((record) => cache.identity(record));
  port.on("message", (batch: AnalysisBatch) => {
    try {
      const result: AnalysisBatchResult = { batch: batch.batch, ...sender.send(batch.docs.map((d) => analyzeDocument(d, cache))) };
      port.postMessage(result, result.analyses!.map((a) => a.sentences.buffer as ArrayBuffer));
    } catch (err) {
      const result: AnalysisBatchResult = { batch: batch.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
      port.postMessage(result);
    }
  });
}
