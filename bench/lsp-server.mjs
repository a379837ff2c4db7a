// The language server as an editor runs it, for the benches: dist/server.js over stdio on a scratch folder holding
// the fabric's files (as test/lsp/harness.ts drives it in the tests). A benchmark helper, never a test.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const rpc = require('vscode-languageserver-protocol/node');

const SERVER = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist', 'server.js');

/**
 * Writes `files` to a scratch folder, starts the server on it and waits for its first round of diagnostics (the
 * workspace indexed and linted). The session's `publishes` collects every publishDiagnostics with its arrival time,
 * `ready()` counts the lints the server has reported done, and `waitFor(check)` resolves once `check()` holds after
 * either; `close()` shuts the server down and removes the folder.
 */
export async function startServer(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-bench-lsp-'));
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, FABRIC_LINT_VERIFY_INCREMENTAL: '' },
  });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const poke = () => {
    for (const w of [...waiters]) if (w.check()) waiters.delete(w);
  };
  const waitFor = (check) =>
    new Promise((resolve) => {
      const w = { check: () => (check() ? (resolve(), true) : false) };
      if (!w.check()) waiters.add(w);
    });
  const publishes = [];
  let ready = 0;
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    publishes.push({ at: performance.now(), p });
    poke();
  });
  connection.onNotification(new rpc.NotificationType('fabricLint/status'), (s) => {
    if (s.state === 'ready') ready++;
    poke();
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
  connection.onRequest(rpc.RegistrationRequest.type, () => null);
  connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
  connection.listen();

  const t0 = performance.now();
  const rootUri = pathToFileURL(dir).href;
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } }, window: { workDoneProgress: true } },
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  await waitFor(() => ready > 0);
  const firstRound = performance.now() - t0;
  return {
    connection,
    child,
    publishes,
    waitFor,
    ready: () => ready,
    firstRound,
    rssIndexed: rssOf(child.pid),
    uriOf: (name) => pathToFileURL(path.join(dir, name)).href,
    async close() {
      await connection.sendRequest(rpc.ShutdownRequest.type);
      await connection.sendNotification(rpc.ExitNotification.type);
      await new Promise((r) => child.on('exit', r));
      connection.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resident memory of a process, bytes (Linux). */
export function rssOf(pid) {
  return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
}

/** CPU time of a process, all its threads, in ms (Linux: utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms). */
export function cpuOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
