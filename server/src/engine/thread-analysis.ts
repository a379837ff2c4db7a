// Parsing and reading files on every core: the CLI and the language server's first indexing hand each
// file of a Workspace to the analysis threads (engine/worker-pool.ts) and store what comes back. The
// fabric and the rules stay on the caller's thread.
import { availableParallelism } from 'node:os';
import type { FileAnalysis } from './types';
import { AnalysisBudgetError, type AnalysisPool } from './worker-pool';
import { overBudget, setAside, type ThreadJob, type Workspace } from './workspace';

/**
 * Threads to parse with when nobody says: one per core, or FABRIC_LINT_JOBS. One means the caller's own
 * thread (no analysis thread is started for the first reading).
 */
export function defaultJobs(): number {
  return jobsFromEnv() ?? availableParallelism();
}

/** The threads FABRIC_LINT_JOBS asks for, if it asks. */
export function jobsFromEnv(): number | undefined {
  const fromEnv = Number(process.env.FABRIC_LINT_JOBS);
  return Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : undefined;
}

/**
 * The text each thread must have to read for starting it to pay: a thread loads its engine and grammars and warms
 * up from cold, the caller unpacks what it sends, and on 2 cores the caller's thread and two threads share them.
 * Measured with the CLI on 2 cores (main thread against 2 threads): generated EOS fabrics of 1 MB 0.73 / 1.04 s,
 * 6 MB 2.83 / 2.58 s, 12 MB 5.75 / 4.83 s, 22 MB 10.5 / 8.0 s; the real-config corpus, a mix of many small files and
 * a few large ones, 5.4 MB 2.4 / 3.0 s and four copies of it, 22 MB, 6.3 / 6.9 s. Threads start at 16 MB.
 */
export const BYTES_PER_THREAD = 8 * 1024 * 1024;

/** Threads worth starting for `chars` of text when nobody said how many: one per core at most, each with BYTES_PER_THREAD. */
export function threadsFor(chars: number, cores: number = availableParallelism()): number {
  const n = Math.min(cores, Math.floor(chars / BYTES_PER_THREAD));
  return n >= 2 ? n : 1;
}

/**
 * The analysis of one file made in a thread, never a rejection: over its time or memory budget it is one
 * finding saying so. A thread that failed (not the reading, which the thread's own engine sets aside) hands
 * the file to `here`, the caller's own thread, when given: a thread that could not load the grammars (its
 * WebAssembly memory refused under an address-space limit) must not leave the file out of the fabric.
 * Without `here` the file is set aside as workspace/internal-error. `log` hears about budgets and files set aside.
 */
export async function analyzeInThread(
  pool: AnalysisPool,
  job: ThreadJob,
  log?: (message: string) => void,
  timeMs?: number,
  here?: (job: ThreadJob) => FileAnalysis,
): Promise<FileAnalysis> {
  let analysis: FileAnalysis;
  try {
    analysis = await pool.analyze({ uri: job.uri, text: job.text, roots: job.roots, settings: job.settings }, timeMs);
  } catch (err) {
    if (err instanceof AnalysisBudgetError && err.reason !== 'error') {
      log?.(`${job.uri}: ${err.message}`);
      return overBudget(job.uri, err.reason, err.limit);
    }
    // A pool closed meanwhile (the server shutting down, or other settings): nobody wants this file's analysis any more.
    if (here && !pool.isClosed) {
      log?.(`${job.uri}: the analysis thread failed (${(err as Error).message.split('\n')[0]}); read on this thread instead`);
      return here(job);
    }
    analysis = setAside(job.uri, threadError((err as Error).message));
  }
  if (analysis.kind === 'unclassified' && analysis.crash) log?.(`analysis of ${job.uri} failed: ${analysis.crash}`);
  return analysis;
}

/**
 * Analyses every file of `uris` the workspace has not analysed yet on the pool's threads, all at once (the
 * pool queues them), and stores each analysis that still matches the file's text and the settings. A file whose
 * thread failed is read on this thread (analyzeInThread's `here`).
 * `progress` is told after each file. `timeMs`: a file's time budget, when not the pool's.
 */
export async function analyzeAllInThreads(
  ws: Workspace,
  pool: AnalysisPool,
  uris: readonly string[],
  opts: { progress?: (done: number, total: number) => void; log?: (message: string) => void; timeMs?: (job: ThreadJob) => number | undefined } = {},
): Promise<void> {
  const jobs = uris.map((u) => ws.analysisJob(u)).filter((j): j is ThreadJob => j !== undefined);
  let done = 0;
  await Promise.all(
    jobs.map(async (job) => {
      const analysis = await analyzeInThread(pool, job, opts.log, opts.timeMs?.(job), (j) => ws.analyseHere(j));
      ws.setAnalysis(job, analysis);
      opts.progress?.(++done, jobs.length);
    }),
  );
}

/** A thread's failure as an error: the first line of what it reported is the message, all of it the stack. */
export function threadError(report: string | undefined): Error {
  const err = new Error((report ?? 'analysis failed').split('\n')[0]);
  err.stack = report ?? err.message;
  return err;
}
