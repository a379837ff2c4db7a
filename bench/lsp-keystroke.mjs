// Keystroke → publishDiagnostics through the real protocol: dist/server.js over stdio, as an editor drives it
// (and as test/lsp/harness.ts does). Prints figures; a benchmark, never a test.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const SERVER = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist', 'server.js');

/**
 * Writes `files` to a scratch folder, starts the server on it, waits for the first round of diagnostics, opens the
 * last switch and changes the value of its first `mtu 9214` (a fabric uplink, so both ends get a new mismatch) once
 * per edit. Each edit is timed from sending didChange to the publishDiagnostics of the edited file that carries the
 * edit's version, and to that of the other end (the spine) for the same value.
 */
export async function measureKeystrokes(files, { edits = 40 } = {}) {
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
  const rssIndexed = rssOf(child.pid);

  const [name, text] = [...files.entries()][files.size - 1];
  const uri = pathToFileURL(path.join(dir, name)).href;
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('mtu 9214'));
  const character = lines[line].indexOf('9214');
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const opened = ready;
  await waitFor(() => ready > opened);

  const own = [];
  const peer = [];
  let current = '9214';
  for (let i = 0; i < edits; i++) {
    const value = String(9000 + (i % 2 === 0 ? i : 200 + i));
    const version = i + 2;
    const since = publishes.length;
    const sent = performance.now();
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + current.length } }, text: value }],
    });
    current = value;
    const mine = (x) => x.p.uri === uri && x.p.version === version;
    // The other end's diagnostics name this end's new MTU.
    const theirs = (x) => x.p.uri !== uri && x.p.diagnostics.some((d) => d.message.includes(value));
    await waitFor(() => publishes.slice(since).some(mine) && publishes.slice(since).some(theirs));
    own.push(publishes.slice(since).find(mine).at - sent);
    peer.push(publishes.slice(since).find(theirs).at - sent);
    // A pause like a typist's, so that each edit is timed on its own rather than queued behind the previous one.
    await new Promise((r) => setTimeout(r, 50));
  }
  const rss = rssOf(child.pid);
  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  await new Promise((r) => child.on('exit', r));
  connection.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  return { firstRound, own: stats(own), peer: stats(peer), rssIndexed, rss, edits };
}

/** Resident memory of a process, bytes (Linux). */
function rssOf(pid) {
  return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
}

export function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}
