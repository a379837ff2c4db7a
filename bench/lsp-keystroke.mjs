// Keystroke → publishDiagnostics through the real protocol: dist/server.js over stdio, as an editor drives it
// (and as test/lsp/harness.ts does). Prints figures; a benchmark, never a test.
import { rpc, rssOf, startServer } from './lsp-server.mjs';

/**
 * Starts the server on `files` (bench/lsp-server.mjs), waits for the first round of diagnostics, opens the
 * last switch and changes the value of its first `mtu 9214` (a fabric uplink, so both ends get a new mismatch) once
 * per edit. Each edit is timed from sending didChange to the publishDiagnostics of the edited file that carries the
 * edit's version, and to that of the other end (the spine) for the same value.
 */
export async function measureKeystrokes(files, { edits = 40 } = {}) {
  const server = await startServer(files);
  const { connection, publishes, waitFor, firstRound, rssIndexed } = server;
  const ready = server.ready;

  const [name, text] = [...files.entries()][files.size - 1];
  const uri = server.uriOf(name);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('mtu 9214'));
  const character = lines[line].indexOf('9214');
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const opened = ready();
  await waitFor(() => ready() > opened);

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
  const rss = rssOf(server.child.pid);
  await server.close();
  return { firstRound, own: stats(own), peer: stats(peer), rssIndexed, rss, edits };
}

export function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}
