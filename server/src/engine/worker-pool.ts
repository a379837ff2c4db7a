import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParserKind } from '../parsing/parser';
import type { EngineSettings, FileAnalysis } from './types';
import { unpack, type Packed } from './analysis-codec';

/** One file to analyse, with what the engine needs to analyse it as the main thread would. */
export interface AnalysisJob {
  id: number;
  uri: string;
  text: string;
  roots: string[];
  settings: EngineSettings;
}

/** `packed`: the analysis as analysis-codec packs it; `analysis`: a structured clone, for one it cannot pack. */
export type AnalysisReply = { id: number; packed: Packed } | { id: number; analysis: FileAnalysis } | { id: number; error: string };

/** What a thread posts once it has loaded the engine and the grammars, before its first job. */
export const READY = 'fabric-lint analysis thread ready';
/** What the pool posts to a ready, idle thread it no longer needs: the thread closes its port and its event loop ends. */
export const CLOSE = 'fabric-lint analysis thread close';
/** How long a thread asked to close (or still starting when the pool closes) may take before it is terminated. */
const CLOSE_GRACE_MS = 5000;

/** Why a job produced no analysis: over its time or memory budget, or the analysis threw. */
export class AnalysisBudgetError extends Error {
  constructor(
    readonly reason: 'time' | 'memory' | 'error',
    readonly limit: number,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisBudgetError';
  }
}

export interface PoolOptions {
  /** Threads; one keeps a huge file from blocking the server, more parse in parallel. */
  size?: number;
  /** Wall time one file may take (parse and read) before its thread is stopped; Infinity: no limit (the parse's own remains). */
  timeMs?: number;
  /** V8 heap of one thread; the parse trees live in WebAssembly memory besides this. Infinity: Node's default. */
  heapMb?: number;
  /** Path of the worker script; found next to this module by default (dist/ or out/). */
  script?: string;
  /** The parser the threads use (parsing/parser.ts useParser); WebAssembly by default. */
  parser?: ParserKind;
  /**
   * A thread idle this long (ms) is stopped, and started again for the next job: a language server's threads read a
   * workspace once, and each keeps its engine, its JIT code and the WebAssembly memory its biggest parse grew to.
   * Unset: idle threads are kept.
   */
  idleMs?: number;
}

/** What a thread is started with. */
export interface WorkerConfig {
  parser: ParserKind;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the engine and the grammars: a job's time budget counts from here. */
  ready: boolean;
  /** Set while the thread waits for a job and the pool stops idle threads (PoolOptions.idleMs). */
  idle?: NodeJS.Timeout;
  /** Set when the pool closed while the thread was starting: what to do once it is ready instead of taking a job. */
  onReady?: () => void;
  job?: { id: number; resolve(a: FileAnalysis): void; reject(e: Error): void; timer: NodeJS.Timeout | undefined };
}

/**
 * Analyses files in worker threads with a budget per file. A job over its time budget has its thread
 * terminated (and a new one started for the next job), so no file can hold the caller up for longer than
 * the budget, and the caller's thread is never blocked. Jobs wait in a queue when every thread is busy.
 */
export class AnalysisPool {
  readonly timeMs: number;
  readonly heapMb: number;
  private readonly idleMs: number | undefined;
  private readonly size: number;
  private readonly script: string;
  private readonly config: WorkerConfig;
  private readonly slots: Slot[] = [];
  private readonly queue: { job: AnalysisJob; timeMs: number; resolve(a: FileAnalysis): void; reject(e: Error): void }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? 1);
    this.timeMs = opts.timeMs ?? 10_000;
    this.heapMb = opts.heapMb ?? 1024;
    this.idleMs = opts.idleMs;
    this.script = opts.script ?? workerScript();
    this.config = { parser: opts.parser ?? 'wasm' };
  }

  /** `timeMs`: this job's own time budget, instead of the pool's. */
  analyze(job: Omit<AnalysisJob, 'id'>, timeMs = this.timeMs): Promise<FileAnalysis> {
    if (this.closed) return Promise.reject(new Error('analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, timeMs, resolve, reject });
      this.pump();
    });
  }

  /** True once close() was called: no job is taken any more. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Threads running or starting (tests). */
  get threads(): number {
    return this.slots.length;
  }

  /**
   * Stops every thread; pending jobs fail. An idle thread is asked to end (its event loop ends by itself), one still
   * starting is let finish starting first, and a busy one is terminated; any of them still running after
   * CLOSE_GRACE_MS is terminated.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new Error('analysis pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => (s.job ? this.stop(s, new Error('analysis pool closed')) : this.retire(s))));
  }

  /** Ends an idle or starting thread without terminating it: CLOSE once it is ready; terminate() only if it does not end in time. */
  private async retire(slot: Slot): Promise<void> {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    const { worker } = slot;
    if (worker.threadId < 0) return; // already ended
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const ask = (): void => {
      try {
        worker.postMessage(CLOSE);
      } catch {
        // the thread is already gone
      }
    };
    if (slot.ready) ask();
    else slot.onReady = ask;
    worker.ref();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), CLOSE_GRACE_MS)));
    const how = await Promise.race([exited, late]);
    clearTimeout(timer);
    if (how === 'late') await worker.terminate().catch(() => undefined);
  }

  private pump(): void {
    try {
      this.dispatch();
    } finally {
      this.holdWhileBusy();
      this.stopWhenIdle();
    }
  }

  /** Starts the idle clock of each thread that waits for a job, and stops it for each that has one. */
  private stopWhenIdle(): void {
    const idleMs = this.idleMs;
    if (idleMs === undefined) return;
    for (const s of this.slots) {
      if (!s.ready || s.job) {
        clearTimeout(s.idle);
        s.idle = undefined;
      } else
        s.idle ??= setTimeout(() => {
          s.idle = undefined;
          if (!s.job && this.slots.includes(s)) {
            this.slots.splice(this.slots.indexOf(s), 1);
            void this.retire(s);
          }
        }, idleMs).unref();
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) {
        // A thread starting up takes the next job when it is ready.
        if (this.slots.filter((s) => !s.ready).length < this.queue.length && this.slots.length < this.size) {
          this.spawn();
          continue;
        }
        return;
      }
      const { job, timeMs, resolve, reject } = this.queue.shift()!;
      const s = slot;
      const timer = Number.isFinite(timeMs)
        ? setTimeout(() => {
            void this.stop(s, new AnalysisBudgetError('time', timeMs, `analysis took longer than ${timeMs / 1000} s and was stopped`));
          }, timeMs)
        : undefined;
      s.job = { id: job.id, resolve, reject, timer };
      s.worker.postMessage(job);
    }
  }

  /**
   * A thread keeps the process alive while it has a job or starts up for one, and not when idle: an idle
   * thread must not keep a CLI or a test process alive, and a busy one must (nothing else may be pending).
   */
  private holdWhileBusy(): void {
    for (const s of this.slots) {
      if (s.job || (!s.ready && this.queue.length > 0)) s.worker.ref();
      else s.worker.unref();
    }
  }

  private spawn(): Slot {
    // The stack of the main thread (V8's default, just under 1 MB), not a worker's 4 MB: input nested deeper than a
    // reader supports overflows at the same depth, into the same "nested too deeply" note, on any thread.
    const heap = Number.isFinite(this.heapMb) ? { maxOldGenerationSizeMb: this.heapMb } : {};
    const worker = new Worker(this.script, { workerData: this.config, resourceLimits: { stackSizeMb: 1, ...heap } });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (reply: AnalysisReply | typeof READY) => {
      if (reply === READY) {
        slot.ready = true;
        if (slot.onReady) slot.onReady();
        else this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = undefined;
      if ('packed' in reply) job.resolve(unpack(reply.packed) as FileAnalysis);
      else if ('analysis' in reply) job.resolve(reply.analysis);
      else job.reject(new AnalysisBudgetError('error', 0, reply.error));
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      void this.stop(slot, memory ? new AnalysisBudgetError('memory', this.heapMb, `analysis needed more than ${this.heapMb} MB and was stopped`) : err);
    });
    worker.on('exit', () => {
      if (this.slots.includes(slot)) void this.stop(slot, new Error('analysis thread exited'));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Ends a thread and fails its job; the next job gets a fresh thread. */
  private async stop(slot: Slot, reason: Error): Promise<void> {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const job = slot.job;
    slot.job = undefined;
    clearTimeout(slot.idle);
    if (job) {
      clearTimeout(job.timer);
      job.reject(reason);
    } else if (!slot.ready && !this.closed) {
      // A thread that cannot start fails the next job, so that a broken thread is not started again and again for ever.
      this.queue.shift()?.reject(reason);
    }
    await slot.worker.terminate().catch(() => undefined);
    if (!this.closed) this.pump();
  }
}

/** dist/analysis-worker.js next to the bundle, or out/…/engine/analysis-worker.js next to this module. */
function workerScript(): string {
  const candidates = [path.join(__dirname, 'analysis-worker.js'), path.join(__dirname, 'engine', 'analysis-worker.js')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`analysis-worker.js not found near ${__dirname}`);
  return found;
}
