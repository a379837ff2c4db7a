import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { FIXTURES, ofRule, tempCopy, TestClient, uriOf } from './harness';

const MTU = 'mtu/link-mismatch';
const hasMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length > 0;
const noMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length === 0;

/**
 * Every notification a confused or hostile client could send, each malformed in one way. The server
 * must log and drop each of them and keep answering: no rejected promise left behind, no request failing
 * afterwards, no desynchronised document.
 */
export function malformedNotifications(uriOfFile: (name: string) => string): [string, unknown][] {
  const open = uriOfFile('leaf1.cfg');
  const r = (sl: number, sc: number, el: number, ec: number): unknown => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
  return [
    ['workspace/didChangeWatchedFiles', null],
    ['workspace/didChangeWatchedFiles', {}],
    ['workspace/didChangeWatchedFiles', { changes: 'x' }],
    ['workspace/didChangeWatchedFiles', { changes: [null, 5, { uri: 7, type: 1 }, { uri: open, type: 9 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://remotehost/share/leaf9.cfg', type: 1 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'ftp://example.invalid/x.cfg', type: 2 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nonexistent-dir/x.cfg', type: 1 }] }],
    ['workspace/didChangeWorkspaceFolders', null],
    ['workspace/didChangeWorkspaceFolders', { event: null }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: 'x', removed: [] } }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'file://remotehost/share', name: 'share' }], removed: [] } }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'vscode-vfs://github/x/y', name: 'y' }], removed: [] } }],
    ['workspace/didChangeConfiguration', null],
    ['workspace/didChangeConfiguration', { settings: 5 }],
    ['workspace/didChangeConfiguration', { settings: { fabricLint: { rules: 'x', include: 7, exclude: [null], intentPath: {} } } }],
    ['textDocument/didOpen', null],
    ['textDocument/didOpen', { textDocument: { uri: 5 } }],
    ['textDocument/didOpen', { textDocument: { uri: uriOfFile('new.cfg'), languageId: 'eos', version: 1, text: null } }],
    ['textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'eos', version: 1, text: 'interface Ethernet1\n mtu 1500\n' } }],
    ['textDocument/didOpen', { textDocument: { uri: 'file://remotehost/share/x.cfg', languageId: 'eos', version: 1, text: 'hostname x\n' } }],
    ['textDocument/didChange', null],
    ['textDocument/didChange', { textDocument: { uri: open, version: 2 } }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 99 }, contentChanges: [{ text: 'hostname gone\n' }] }],
    ['textDocument/didChange', { textDocument: { uri: uriOfFile('spine1.cfg'), version: 99 }, contentChanges: [{ text: 'not open\n' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(-1, 0, 0, 0), text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(0, 0, 0, 1.5), text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(5, 0, 2, 0), text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(0, 0, 0, 0), text: 5 }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 'x' }, contentChanges: [] }],
    ['textDocument/didClose', null],
    ['textDocument/didClose', { textDocument: {} }],
    ['textDocument/didClose', { textDocument: { uri: uriOfFile('never-opened.cfg') } }],
    ['textDocument/didSave', null],
    ['textDocument/didSave', { textDocument: { uri: 'file://remotehost/x.cfg' } }],
    ['$/cancelRequest', null],
    ['$/setTrace', null],
    ['fabricLint/unknownNotification', { x: 1 }],
  ];
}

/** Requests with malformed params: each gets an error or an empty answer, never a wedged server. */
export function malformedRequests(uriOfFile: (name: string) => string): [string, unknown][] {
  const open = uriOfFile('leaf1.cfg');
  return [
    ['textDocument/hover', null],
    ['textDocument/hover', { textDocument: { uri: open } }],
    ['textDocument/hover', { textDocument: { uri: open }, position: { line: -1, character: 0 } }],
    ['textDocument/hover', { textDocument: { uri: open }, position: { line: 1e9, character: 1e9 } }],
    ['textDocument/hover', { textDocument: { uri: 'file://remotehost/x.cfg' }, position: { line: 0, character: 0 } }],
    ['textDocument/definition', { textDocument: { uri: 'untitled:x' }, position: { line: 0, character: 0 } }],
    ['textDocument/definition', { textDocument: null, position: null }],
    ['textDocument/codeAction', null],
    ['textDocument/codeAction', { textDocument: { uri: open }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null }],
    ['textDocument/codeAction', { textDocument: { uri: open }, range: { start: { line: 0, character: 0 }, end: { line: 1e9, character: 0 } }, context: { diagnostics: [{ range: null }] } }],
    ['fabricLint/classify', null],
    ['fabricLint/classify', { uri: 'file://remotehost/x.cfg' }],
    ['workspace/executeCommand', { command: 'fabricLint.nothing', arguments: [null] }],
  ];
}

describe('language server: malformed messages leave its state sound', function () {
  this.timeout(90000);
  let dir: string;
  let client: TestClient;
  const f = (name: string): string => path.join(dir, name);

  beforeEach(async () => {
    dir = tempCopy(path.join(FIXTURES, 'fabric'));
    client = await TestClient.start({ transport: 'stdio', root: dir, settings: {} });
  });
  afterEach(async () => {
    const code = await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, `server exit code\n${client?.stderr ?? ''}`);
  });

  it('ignores each malformed notification and request, then still hovers, re-lints and reads file events', async () => {
    await client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);
    await client.open(f('leaf1.cfg'));
    const before = await hoverText(client, f('leaf2.cfg'));
    assert.match(before, /mtu/i, 'hover works before');

    for (const [method, params] of malformedNotifications((n) => uriOf(f(n)))) {
      await client.connection.sendNotification(method, params);
    }
    const answers: string[] = [];
    for (const [method, params] of malformedRequests((n) => uriOf(f(n)))) {
      try {
        const r: unknown = await client.connection.sendRequest(method, params);
        answers.push(`${method}: ${JSON.stringify(r)}`);
      } catch (err) {
        const code = (err as { code?: number }).code;
        assert.ok(code === -32602 || code === -32601, `${method} ${JSON.stringify(params)}: expected InvalidParams or MethodNotFound, got ${code} ${(err as Error).message}`);
      }
    }
    assert.ok(client.alive, 'server still running');
    assert.ok(!/uncaught|unhandled rejection/.test(client.logs.join('\n')), `no uncaught errors:\n${client.logs.join('\n')}`);
    assert.ok(client.logs.some((l) => /ignored malformed workspace\/didChangeWatchedFiles/.test(l)), 'malformed messages are logged');

    // The open document was not desynchronised by the dropped changes: its text is what the client has.
    assert.equal(await hoverText(client, f('leaf2.cfg')), before, 'hover answers the same as before');

    // An edit is still linted: fix leaf1's MTU in the open document, the mismatch goes away on both ends.
    const leafLine = client.text(f('leaf1.cfg')).split('\n').findIndex((l) => /^\s*mtu 9214/.test(l));
    await client.replaceLine(f('leaf1.cfg'), leafLine, '   mtu 9000');
    await client.waitForDiagnostics(f('spine1.cfg'), 'mismatch cleared after the edit', noMtu);

    // A file event is still read: a new file on disk with a finding of its own gets diagnostics.
    const junk = f('garbage.cfg');
    await client.writeFile(junk, 'interface Ethernet1\n   mtu 9214\n\u0000\u0001binary', true);
    await client.waitForDiagnostics(junk, 'a diagnostic for the new file', (d) => d.length > 0);

    // Workspace folders: a valid change after the malformed ones still applies.
    const other = tempCopy(path.join(FIXTURES, 'fabric'));
    try {
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [] } });
      await client.waitForDiagnostics(path.join(other, 'leaf1.cfg'), 'the added folder is linted', hasMtu);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

async function hoverText(client: TestClient, file: string): Promise<string> {
  const lines = client.text(file).split('\n');
  const line = lines.findIndex((l) => /^\s*mtu \d+/.test(l));
  const h: Hover | null = await client.hover(file, line, 4);
  assert.ok(h, `hover at ${path.basename(file)}:${line}`);
  const c = h.contents;
  return typeof c === 'string' ? c : 'value' in c ? c.value : JSON.stringify(c);
}
