import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { FIXTURES, ofRule, serverSession, tempCopy, TestClient, uriOf } from './harness';
import { malformedNotifications, malformedRequests } from './malformed-messages';

const MTU = 'mtu/link-mismatch';
const hasMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length > 0;
const noMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length === 0;

describe('language server: malformed messages leave its state sound', function () {
  this.timeout(90000);
  const s = serverSession(() => tempCopy(path.join(FIXTURES, 'fabric')), { transport: 'stdio', settings: {} });
  const f = s.f;

  it('ignores each malformed notification and request, then still hovers, re-lints and reads file events', async () => {
    await s.client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);
    await s.client.open(f('leaf1.cfg'));
    const before = await hoverText(s.client, f('leaf2.cfg'));
    const beforeOpen = await hoverText(s.client, f('leaf1.cfg'));
    assert.match(before, /mtu/i, 'hover works before');

    for (const [method, params] of malformedNotifications((n) => uriOf(f(n)))) {
      await s.client.connection.sendNotification(method, params);
    }
    const answers: string[] = [];
    for (const [method, params] of malformedRequests((n) => uriOf(f(n)))) {
      try {
        const r: unknown = await s.client.connection.sendRequest(method, params);
        answers.push(`${method}: ${JSON.stringify(r)}`);
      } catch (err) {
        const code = (err as { code?: number }).code;
        assert.ok(
          code === -32602 || code === -32601,
          `${method} ${JSON.stringify(params)}: expected InvalidParams or MethodNotFound, got ${code} ${(err as Error).message}`,
        );
      }
    }
    assert.ok(s.client.alive, 'server still running');
    assert.ok(!/uncaught|unhandled rejection/.test(s.client.logs.join('\n')), `no uncaught errors:\n${s.client.logs.join('\n')}`);
    assert.ok(
      s.client.logs.some((l) => /ignored malformed workspace\/didChangeWatchedFiles/.test(l)),
      'malformed messages are logged',
    );

    // The open document was not desynchronised by the dropped changes: its text is what the client has.
    assert.equal(await hoverText(s.client, f('leaf2.cfg')), before, 'hover answers the same as before');
    assert.equal(await hoverText(s.client, f('leaf1.cfg')), beforeOpen, 'the open document kept its text');

    // An edit is still linted: fix leaf1's MTU in the open document, the mismatch goes away on both ends.
    const leafLine = s.client
      .text(f('leaf1.cfg'))
      .split('\n')
      .findIndex((l) => /^\s*mtu 9214/.test(l));
    await s.client.replaceLine(f('leaf1.cfg'), leafLine, '   mtu 9000');
    await s.client.waitForDiagnostics(f('spine1.cfg'), 'mismatch cleared after the edit', noMtu);

    // A file event is still read: a new file on disk with a finding of its own gets diagnostics.
    const junk = f('garbage.cfg');
    await s.client.writeFile(junk, 'interface Ethernet1\n   mtu 9214\n\u0000\u0001binary', true);
    await s.client.waitForDiagnostics(junk, 'a diagnostic for the new file', (d) => d.length > 0);

    // Workspace folders: a valid change after the malformed ones still applies.
    const other = tempCopy(path.join(FIXTURES, 'fabric'));
    try {
      await s.client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [] },
      });
      // Its devices repeat the first folder's hostnames: one of the two copies of leaf1 is reported as a
      // duplicate, the other keeps its MTU mismatch (which one depends on the temp folder names).
      await s.client.waitForDiagnostics(
        path.join(other, 'leaf1.cfg'),
        'the added folder is linted',
        (d) => hasMtu(d) || ofRule(d, 'workspace/duplicate-hostname').length === 1,
      );
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('language server: document sync with CR line breaks', function () {
  this.timeout(60000);
  const s = serverSession(() => tempCopy(path.join(FIXTURES, 'fabric')), { transport: 'stdio', settings: {} });
  const f = s.f;

  it('an edit that joins a \\r and a \\n into one line break leaves later positions where the client has them', async () => {
    await s.client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);
    await s.client.open(f('leaf1.cfg'));
    const first = s.client.text(f('leaf1.cfg')).split('\n')[0]!;
    // "…\rX\n…" is three lines; deleting the X makes "\r\n", one line break.
    await s.client.edit(f('leaf1.cfg'), [
      { range: { start: { line: 0, character: first.length }, end: { line: 0, character: first.length } }, newText: '\rX' },
    ]);
    await s.client.edit(f('leaf1.cfg'), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: '' }]);
    const mtuLine = s.client
      .text(f('leaf1.cfg'))
      .split(/\r\n|\n|\r/)
      .findIndex((l) => /^\s*mtu 9214/.test(l));
    await s.client.replaceLine(f('leaf1.cfg'), mtuLine, '   mtu 9000');
    await s.client.waitForDiagnostics(f('spine1.cfg'), 'mismatch cleared', noMtu);
    // Landing one line early would have replaced `no switchport` instead (which clears the mismatch too).
    const md = await hoverText(s.client, f('leaf1.cfg'));
    assert.match(md, /L3 MTU: 9000/, md);
    assert.doesNotMatch(md, /mode: switched/, md);
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
