// Loaded into the language server with `node --require` by test/lsp/sandbox.test.ts: records every
// attempt to open a network connection, resolve a name, start a process or a thread, one JSON line each
// in the file named by FABRIC_LINT_SANDBOX_LOG. The calls still go through: the server must not make them.
// `import = require`: the patches must land on the modules themselves, not on an import wrapper.
import childProcess = require('node:child_process');
import dgram = require('node:dgram');
import dns = require('node:dns');
import fs = require('node:fs');
import net = require('node:net');
import workerThreads = require('node:worker_threads');

const log = process.env.FABRIC_LINT_SANDBOX_LOG;

function record(kind: string, detail: unknown): void {
  if (log) fs.appendFileSync(log, JSON.stringify({ kind, detail: String(detail).slice(0, 200), thread: workerThreads.threadId }) + '\n');
}

function wrap<T extends object>(obj: T, name: keyof T & string, kind: string): void {
  const original = obj[name] as unknown as (...args: unknown[]) => unknown;
  if (typeof original !== 'function') return;
  (obj as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]): unknown {
    record(kind, `${name} ${JSON.stringify(args[0] ?? null)}`);
    return original.apply(this, args);
  };
}

wrap(net.Socket.prototype, 'connect', 'network');
wrap(dgram, 'createSocket', 'network');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6'] as const) wrap(dns, name, 'network');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) wrap(childProcess, name, 'process');

const OriginalWorker = workerThreads.Worker;
(workerThreads as { Worker: unknown }).Worker = class extends OriginalWorker {
  constructor(script: string | URL, options?: workerThreads.WorkerOptions) {
    record('thread', script);
    super(script, options);
  }
};
