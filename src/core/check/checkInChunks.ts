/**
 * Checks a draft in time-boxed slices so that a very large draft (megabytes) never blocks the
 * caller's thread for long: the draft is parsed once, then its claims are checked a few at a time,
 * and between slices control goes back to the event loop through an injected `yieldFn` (the core
 * stays free of Node and VS Code APIs). An `AbortSignal` stops the run between claims.
 *
 * The findings are the same, in the same order, as `checkDraft` gives for the same text.
 */
import type { QuoteMention } from "../analysis/quotes";
import type { CorpusIndex } from "../index/corpusIndex";
import { LineIndex } from "../text/lineIndex";
import type { Finding } from "../types";
import { checkClaimWith, quoteSteps, type CheckOptions } from "./checkDraft";
import { parseDraftSteps } from "./draft";

/** Options of {@link checkDraftChunked}. */
export interface ChunkedCheckOptions extends CheckOptions {
  /** Stops the run (between claims); the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Time per slice before yielding, in milliseconds. Default 20. */
  budgetMs?: number;
  /**
   * Gives control back to the event loop between slices, e.g. `() => new Promise((r) => setImmediate(r))`.
   * Default: a resolved promise (yields to microtasks only: fine for tests, not for an editor).
   */
  yieldFn?: () => Promise<void>;
  /** A clock in milliseconds. Default `performance.now()` (or `Date.now()` where there is none). */
  now?: () => number;
  /** Called after every slice with the slice's duration and progress (for logs and tests). */
  onSlice?: (info: SliceInfo) => void;
}

/** What one slice did. */
export interface SliceInfo {
  /** Milliseconds the slice ran without yielding (the parse counts as the first slice). */
  ms: number;
  /** Claims checked so far and in all. */
  done: number;
  total: number;
  /** `true` for the slice that parsed the draft. */
  parse?: boolean;
}

/** The error a run stopped by its signal rejects with (`name === "AbortError"`). */
export class CheckAbortedError extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("check aborted");
  }
}

/** Whether `err` is the rejection of an aborted run. */
export function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

const defaultNow = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Checks `text` like `checkDraft`, in slices of about `budgetMs`. One claim is never split, so a
 * slice can overrun the budget by the cost of its last claim (a few milliseconds for prose).
 */
export async function checkDraftChunked(index: CorpusIndex, text: string, options: ChunkedCheckOptions = {}): Promise<Finding[]> {
  const { signal, within } = options;
  const budget = Math.max(1, options.budgetMs ?? 20);
  const yieldFn = options.yieldFn ?? (() => Promise.resolve());
  const now = options.now ?? defaultNow;
  const throwIfAborted = (): void => {
    if (signal?.aborted) throw new CheckAbortedError();
  };

  throwIfAborted();
  // Parsing is sliced too: the parser and the quote finder pause every few milliseconds of work
  // (no step of theirs passes over the whole text), and a slice ends at the first pause past the budget.
  let sliceStart = now();
  const pause = async (): Promise<void> => {
    if (now() - sliceStart < budget) return;
    options.onSlice?.({ ms: now() - sliceStart, done: 0, total: 0, parse: true });
    await yieldFn();
    throwIfAborted();
    sliceStart = now();
  };
  const drive = async <T>(steps: Generator<void, T, void>): Promise<T> => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await pause();
    }
  };
  const draft = await drive(parseDraftSteps(text, { splits: options.memo?.splits }));
  await pause();
  // One pass over the text (about 15 ms for 5 MB): a slice of its own at most.
  const lines = new LineIndex(text);
  await pause();
  const quotes = await drive(quoteSteps(draft, within, options.memo));
  const claims = draft.claims.filter((c) => !c.ignored && !(within && (c.span.end < within.start || c.span.start > within.end)));
  options.onSlice?.({ ms: now() - sliceStart, done: 0, total: claims.length, parse: true });

  // The quotes of each claim (those opening inside it), found with one cursor: claims and quotes
  // are both in text order. `checkClaim` filters the list it is given the same way.
  let q0 = 0;
  const quotesOf = (span: { start: number; end: number }): QuoteMention[] => {
    while (q0 < quotes.length && quotes[q0]!.outerSpan.start < span.start) q0++;
    let q1 = q0;
    while (q1 < quotes.length && quotes[q1]!.outerSpan.start < span.end) q1++;
    return quotes.slice(q0, q1);
  };

  const findings: Finding[] = [];
  let done = 0;
  while (done < claims.length) {
    await yieldFn();
    throwIfAborted();
    sliceStart = now();
    do {
      findings.push(...checkClaimWith(options.memo, index, draft, claims[done]!, quotesOf(claims[done]!.span), lines));
      done++;
    } while (done < claims.length && now() - sliceStart < budget && !signal?.aborted);
    options.onSlice?.({ ms: now() - sliceStart, done, total: claims.length });
  }
  throwIfAborted();
  return findings;
}
