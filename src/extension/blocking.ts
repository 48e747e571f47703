/**
 * Measures how long Sourced blocks the extension host's thread: the synchronous part of every
 * handler wrapped with `timed` (providers, event handlers, worker messages; for an async handler,
 * the part before its first await), plus the event loop's delay over the whole extension host
 * (`monitorEventLoopDelay`, which also counts other extensions and tests). Logged on deactivation
 * and exposed to the integration tests.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

export interface BlockingReport {
  /** The longest synchronous run of one Sourced handler, in ms, and which one. */
  longestHandlerMs: number;
  longestHandler: string;
  /** Handler calls measured. */
  calls: number;
  /** Event loop delay of the extension host (all code in it), in ms. */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
  /** The worst stall the 20 ms probe saw, and how much of it was Sourced's measured handlers. */
  worstStallMs: number;
  sourcedMsInWorstStall: number;
}

/** Event loop stalls longer than this are reported (with the time) to `onStall`, to see whose they are. */
const STALL_MS = 50;
const PROBE_MS = 20;
let stallListener: ((ms: number, ownMs: number) => void) | undefined;
let lastProbe = performance.now();
/** Milliseconds Sourced's measured handlers ran since the last probe (to tell its stalls from others'). */
let ownSinceProbe = 0;
let worstStall = 0;
let ownInWorstStall = 0;
const probe = setInterval(() => {
  const now = performance.now();
  const stall = now - lastProbe - PROBE_MS;
  lastProbe = now;
  const own = ownSinceProbe;
  ownSinceProbe = 0;
  if (stall > worstStall) {
    worstStall = stall;
    ownInWorstStall = own;
  }
  if (stall > STALL_MS) stallListener?.(Math.round(stall), Math.round(own));
}, PROBE_MS);
probe.unref?.();

/**
 * Calls `listener` with each event loop stall over 50 ms (the whole extension host's, not only
 * Sourced's) and how much of it Sourced's measured handlers took.
 */
export function onStall(listener: ((ms: number, ownMs: number) => void) | undefined): void {
  stallListener = listener;
}

let longest = 0;
let longestName = "";
let calls = 0;
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();

/** Records one synchronous run of `name`. */
export function recordBlocking(name: string, ms: number): void {
  calls++;
  ownSinceProbe += ms;
  if (ms > longest) {
    longest = ms;
    longestName = name;
  }
}

/** Wraps `fn` so the synchronous part of each call is measured under `name`. */
export function timed<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      recordBlocking(name, performance.now() - start);
    }
  };
}

/** The figures so far; `reset` starts a new measurement window afterwards. */
export function blockingReport(reset = false): BlockingReport {
  const report = {
    longestHandlerMs: Math.round(longest * 10) / 10,
    longestHandler: longestName,
    calls,
    eventLoopMaxMs: Math.round(loop.max / 1e5) / 10,
    eventLoopP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
    worstStallMs: Math.round(worstStall),
    sourcedMsInWorstStall: Math.round(ownInWorstStall * 10) / 10,
  };
  if (reset) {
    longest = 0;
    longestName = "";
    calls = 0;
    worstStall = 0;
    ownInWorstStall = 0;
    loop.reset();
  }
  return report;
}
