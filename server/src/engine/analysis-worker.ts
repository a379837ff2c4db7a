// Entry point of an analysis worker thread (bundled to dist/analysis-worker.js): parses and reads one
// file at a time, so that the language server's thread stays free and a file over its budget can be
// stopped by terminating the thread (engine/worker-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { initParsers, useParser } from '../parsing/parser';
import { pack, Unpackable } from './analysis-codec';
import { CLOSE, READY, type AnalysisJob, type AnalysisReply, type WorkerConfig } from './worker-pool';
import type { FileAnalysis } from './types';
import { Workspace } from './workspace';

let cached: { key: string; ws: Workspace } | undefined;

/** One engine per (folders, settings): the same analysis the main thread would make. */
async function workspaceFor(job: AnalysisJob): Promise<Workspace> {
  const key = JSON.stringify([job.roots, job.settings]);
  if (cached?.key !== key) cached = { key, ws: await Workspace.create({ roots: job.roots, settings: job.settings }) };
  return cached.ws;
}

/** The analysis packed (engine/analysis-codec.ts), or as it is when it holds what the codec refuses. */
function reply(id: number, analysis: FileAnalysis): AnalysisReply {
  try {
    return { id, packed: pack(analysis) };
  } catch (err) {
    if (err instanceof Unpackable) return { id, analysis };
    throw err;
  }
}

parentPort?.on('message', (job: AnalysisJob | typeof CLOSE) => {
  // The pool has no more work for this thread: with the port closed nothing is left in the event loop and the thread
  // ends by itself, tearing its engine down from a quiet state rather than from worker.terminate().
  if (job === CLOSE) {
    parentPort?.close();
    return;
  }
  void (async (): Promise<AnalysisReply> => {
    try {
      const ws = await workspaceFor(job);
      ws.setFile(job.uri, job.text);
      try {
        return reply(job.id, ws.analysis(job.uri)!);
      } finally {
        ws.removeFile(job.uri);
      }
    } catch (err) {
      return { id: job.id, error: (err as Error).stack ?? String(err) };
    }
  })().then((r) => parentPort?.postMessage(r, 'packed' in r ? [r.packed.tape.buffer as ArrayBuffer, r.packed.doubles.buffer as ArrayBuffer] : []));
});

// The engine is loaded (this module's imports) and the grammars next: then jobs are timed from when they start.
// The parser is the one the pool's owner uses (the owner checked that it loads).
void initParsers()
  .then(() => useParser((workerData as WorkerConfig | undefined)?.parser ?? 'wasm'))
  .catch(() => undefined)
  .then(() => parentPort?.postMessage(READY));
