// Inline insight over the real protocol: every linked interface's header line ends with an inlay hint naming the
// other end and what it carries (its L3 MTU as the rules compare it, its lossless priorities), in every dialect;
// the peer's file points back; the hints follow edits (workspace/inlayHint/refresh); a client without inlay hints
// gets the same as CodeLenses; settings turn each off.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeConfigurationNotification, type InlayHint } from 'vscode-languageserver-protocol';
import { REPO_ROOT, serverSession } from './harness';

/** mtu/link-mismatch's fabrics: EOS, NX-OS, IOS, Junos (braces, units, family mtu), Cumulus, SONiC and SR Linux ends. */
const RULE = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'mtu-link-mismatch');

function prepare(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-hints-'));
  fs.cpSync(path.join(RULE, 'fires'), dir, { recursive: true });
  fs.cpSync(path.join(RULE, 'fires-srlinux'), dir, { recursive: true });
  return dir;
}

/** `line:character label`, 1-based line, where the hint sits. */
function shown(hints: InlayHint[]): string[] {
  return hints.map((h) => `${h.position.line + 1}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);
}

/** Where each header line ends, from the file itself: the hint is at its end. */
function endOf(file: string, line: number): number {
  return fs.readFileSync(file, 'utf8').split('\n')[line - 1]!.replace(/\r$/, '').length;
}

describe('language server: peer hints', function () {
  this.timeout(60000);

  describe('with inlay hints', () => {
    const s = serverSession(prepare, { transport: 'stdio', settings: {} }, 'all');

    it('ends each linked header line with the peer, its L3 MTU and PFC, in every dialect, and the peer points back', async () => {
      await s.client.ready();
      const expected: Record<string, string[]> = {
        'leaf1.cfg': ['5 → spine1 Ethernet1/1 · MTU 9214 · PFC auto', '13 → spine1 Ethernet1/2 · MTU 9214 · PFC auto'],
        'spine1.cfg': ['5 → leaf1 Ethernet1 · MTU 9000 · PFC off', '11 → leaf1 Ethernet2 · MTU 1500 · PFC off'],
        'edge1.cfg': ['14 → edge2 GigabitEthernet0/0 · MTU 9000 · PFC off', '20 → edge2 GigabitEthernet0/1 · MTU 9000 · PFC off'],
        'qfx1.conf': ['8 → qfx2 et-0/0/0.0 · MTU 9000 (L3 8986) · PFC off', '18 → eos3 Ethernet1 · MTU 9214 · PFC off'],
        'qfx2.conf': ['8 → qfx1 et-0/0/0.0 · MTU 9216 (L3 9202) · PFC off'],
        'qfx3.conf': ['7 → qfx4 et-0/0/0.0 · IP MTU 9170 · PFC off'],
        'eos3.cfg': ['5 → qfx1 et-0/0/1.0 · MTU 9216 (L3 9202) · PFC off'],
        'cl1/interfaces': ['3 → cleos Ethernet1 · MTU 9214 · PFC off'],
        'cl-eos.cfg': ['5 → cl1 swp1 · MTU 9000 · PFC off', '11 → cl4 swp1 · MTU 1500 · PFC off'],
        'cl2.conf': ['2 → cl3 swp1 · MTU 9216 · PFC off'],
        'sonic-leaf1.json': ['12 → sonic-spine1 Ethernet0 · MTU 9000 · PFC off'],
        'sonic-spine1.json': ['12 → sonic-leaf1 Ethernet0 · MTU 9100 · PFC off'],
        'srl-leaf1.cfg': ['8 → srl-spine1 ethernet-1/1.0 · MTU 1500 · PFC off'],
        'srl-spine1.cfg': ['6 → srl-leaf1 ethernet-1/49.0 · MTU 9000 · PFC off'],
      };
      for (const [name, hints] of Object.entries(expected)) {
        const file = s.f(name);
        const want = hints.map((h) => {
          const line = Number(h.split(' ')[0]);
          return `${line}:${endOf(file, line)} ${h.slice(h.indexOf(' ') + 1)}`;
        });
        assert.deepEqual(shown(await s.client.inlayHints(file)), want, name);
      }
      const [hint] = await s.client.inlayHints(s.f('qfx1.conf'));
      const tooltip = hint!.tooltip as { kind: string; value: string };
      assert.equal(tooltip.kind, 'markdown');
      assert.match(tooltip.value, /\| L3 MTU \| 9216 \(L3 9202\) \| 9000 \(L3 8986\) \|/);
      assert.match(tooltip.value, /1\. subnet: subnet 10\.99\.0\.0\/31 \(winning source\)/);
    });

    it('follows an edit of the peer: the server asks for a refresh and the hint shows the new MTU', async () => {
      const leaf = s.f('leaf1.cfg');
      await s.client.open(leaf);
      const before = s.client.refreshes;
      const line = s.client.text(leaf).split('\n').indexOf('   mtu 9000');
      await s.client.replaceLine(leaf, line, '   mtu 9100');
      await s.client.wait('inlay hint refresh', () => (s.client.refreshes > before ? true : undefined));
      const spine = shown(await s.client.inlayHints(s.f('spine1.cfg')));
      assert.equal(spine[0], `5:${endOf(s.f('spine1.cfg'), 5)} → leaf1 Ethernet1 · MTU 9100 · PFC off`);
    });

    it('is turned off by fabricLint.peerInlayHints', async () => {
      // Requests wait for the settings read before them (server.ts), so no wait is needed here.
      await s.client.setSettings({ peerInlayHints: false });
      const hints = await s.client.inlayHints(s.f('qfx1.conf'));
      assert.deepEqual(hints, []);
      await s.client.setSettings({});
      assert.equal((await s.client.inlayHints(s.f('qfx1.conf'))).length, 2);
    });
  });

  describe('without inlay hints (a client that lacks the capability)', () => {
    const s = serverSession(prepare, { transport: 'stdio', settings: {}, minimal: true }, 'all');

    it('offers the same lines as CodeLenses on the header lines, and fabricLint.peerCodeLens turns them off', async () => {
      assert.equal(s.client.initializeResult.capabilities.inlayHintProvider, undefined);
      assert.ok(s.client.initializeResult.capabilities.codeLensProvider);
      const lenses = await s.client.codeLenses(s.f('qfx1.conf'));
      assert.deepEqual(
        lenses.map((l) => `${l.range.start.line + 1} ${l.command?.title}`),
        ['8 → qfx2 et-0/0/0.0 · MTU 9000 (L3 8986) · PFC off', '18 → eos3 Ethernet1 · MTU 9214 · PFC off'],
      );
      // Without workspace/configuration, settings come with didChangeConfiguration.
      await s.client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { fabricLint: { peerCodeLens: false } } });
      assert.deepEqual(await s.client.codeLenses(s.f('qfx1.conf')), []);
    });
  });
});
