/**
 * The main thread's end of the index worker: typed requests with cancellation, status and log
 * events, and crash handling (the worker is restarted once; a second crash leaves it down).
 * No `vscode` import: the extension passes a logger and callbacks.
 */
import { Worker } from "node:worker_threads";
import { CheckAbortedError } from "../../core/check/checkInChunks";
import { timed } from "../blocking";
import type { FromWorker, Method, Methods, ToWorker, WorkerStatus } from "./protocol";

export interface WorkerLog {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface WorkerClientEvents {
  onStatus(status: WorkerStatus): void;
  /** The worker stopped unexpectedly; `restarted` tells whether a fresh one took its place. */
  onCrash(reason: string, restarted: boolean): void;
}

interface Pending {
  method: Method;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/** How many times a crashed worker is restarted. */
const MAX_RESTARTS = 1;

export class WorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private restarts = 0;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly log: WorkerLog,
    private readonly events: WorkerClientEvents,
  ) {
    this.start();
  }

  /** Whether a worker is running (false after a second crash). */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  private start(): void {
    const worker = new Worker(this.script, { name: "sourced-index" });
    this.worker = worker;
    worker.on("message", timed("worker.message", (m: FromWorker) => this.onMessage(m)));
    worker.on("error", (err) => this.crashed(worker, `worker error: ${err.stack ?? err.message}`));
    worker.on("exit", (code) => this.crashed(worker, `worker exited with code ${code}`));
  }

  private onMessage(m: FromWorker): void {
    switch (m.kind) {
      case "response": {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error) p.reject(m.error.aborted ? new CheckAbortedError() : new Error(`${p.method}: ${m.error.message}`));
        else p.resolve(m.result);
        return;
      }
      case "status":
        this.events.onStatus(m.status);
        return;
      case "log":
        this.log[m.level](`worker: ${m.message}`);
        return;
    }
  }

  private crashed(worker: Worker, reason: string): void {
    if (this.worker !== worker) return; // already handled (error is followed by exit)
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error(`${p.method}: the index worker stopped`));
    this.pending.clear();
    if (this.disposed) return;
    this.log.error(`index worker stopped: ${reason}`);
    const restart = this.restarts < MAX_RESTARTS;
    if (restart) {
      this.restarts++;
      this.start();
    }
    this.events.onCrash(reason, restart);
  }

  /** Sends a request; `signal` cancels it (the promise rejects with an AbortError). */
  request<M extends Method>(method: M, params: Methods[M]["params"], signal?: AbortSignal): Promise<Methods[M]["result"]> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error(`${method}: the index worker is not running`));
    if (signal?.aborted) return Promise.reject(new CheckAbortedError());
    const id = this.nextId++;
    return new Promise<Methods[M]["result"]>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      signal?.addEventListener(
        "abort",
        () => {
          if (!this.pending.delete(id)) return;
          this.post({ kind: "cancel", id });
          reject(new CheckAbortedError());
        },
        { once: true },
      );
      this.post({ kind: "request", id, method, params });
    });
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  /** Stops the worker (for tests: simulates a crash when `crash` is set). */
  async terminate(crash = false): Promise<void> {
    if (!crash) this.disposed = true;
    await this.worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error(`${p.method}: the index worker stopped`));
    this.pending.clear();
  }
}
