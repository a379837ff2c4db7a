import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { ClassifyRequest } from '../../shared/src/protocol';
import { allRules } from '../../server/src/rules/index';
import { FIXTURES, ofRule, REPO_ROOT, serverSession, tempCopy, uriOf } from './harness';

const MTU = 'mtu/link-mismatch';
const FIX_ALL = 'source.fixAll.fabric-lint';

/** Only the MTU rule and the engine's own rules: the fixture's other gaps (no QoS at all) stay quiet. */
function mtuOnly(): { rules: Record<string, string> } {
  const rules: Record<string, string> = {};
  for (const r of allRules) if (r.id !== MTU && !r.id.startsWith('workspace/')) rules[r.id] = 'off';
  return { rules };
}

const hasMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length > 0;
const noMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length === 0;

for (const transport of ['stdio', 'ipc'] as const) {
  describe(`language server over ${transport === 'stdio' ? '--stdio' : '--node-ipc'} (fixture fabric)`, function () {
    this.timeout(60000);
    const session = serverSession(() => tempCopy(path.join(FIXTURES, 'fabric')), { transport, settings: mtuOnly() });
    const f = session.f;

    it('reports work-done progress while indexing: files read, of how many, then parsed, then the end', async () => {
      await session.client.ready();
      const reports = session.client.progress.filter((p) => p.kind === 'report').map((p) => p.message ?? '');
      assert.equal(session.client.progress[0]?.kind, 'begin');
      assert.ok(reports.includes('3/3 files'), `files read: ${reports.join('; ')}`);
      assert.ok(reports.includes('parsed 3/3 files'), `files parsed: ${reports.join('; ')}`);
      assert.equal(session.client.progress.at(-1)?.kind, 'end');
    });

    it('publishes diagnostics for never-opened files, on both ends, with related information', async () => {
      const leaf = ofRule(await session.client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu), MTU);
      const spine = ofRule(await session.client.waitForDiagnostics(f('spine1.cfg'), 'mtu mismatch', hasMtu), MTU);
      assert.equal(leaf.length, 1);
      assert.equal(spine.length, 1);
      const [l, s] = [leaf[0]!, spine[0]!];
      assert.equal(l.range.start.line, 7, 'leaf1: the `mtu 9214` line');
      assert.equal(s.range.start.line, 11, 'spine1: the `mtu 9000` line');
      for (const [d, other, line] of [
        [l, 'spine1.cfg', 11],
        [s, 'leaf1.cfg', 7],
      ] as const) {
        assert.equal(d.source, 'fabric-lint');
        assert.equal(d.severity, 1);
        assert.match(d.codeDescription?.href ?? '', /docs\/rules\/mtu-link-mismatch\.md$/);
        assert.deepEqual((d.data as { ruleId: string }).ruleId, MTU);
        const related = d.relatedInformation ?? [];
        assert.ok(
          related.some((r) => r.location.uri === uriOf(f(other)) && r.location.range.start.line === line),
          `related information points at the other end's mtu line: ${JSON.stringify(related)}`,
        );
      }
      await session.client.ready();
      assert.deepEqual(session.client.diagnostics.get(uriOf(f('leaf2.cfg'))) ?? [], [], 'the clean leaf has nothing');
      assert.deepEqual(await session.client.connection.sendRequest(ClassifyRequest, { uri: uriOf(f('spine1.cfg')) }), { kind: 'config', dialect: 'nxos' });
      assert.deepEqual(await session.client.connection.sendRequest(ClassifyRequest, { uri: uriOf(f('leaf1.cfg')) }), { kind: 'config', dialect: 'eos' });
    });

    it('offers the preferred quick fix; applying it on disk clears both ends', async () => {
      const spine = ofRule(await session.client.waitForDiagnostics(f('spine1.cfg'), 'mtu mismatch', hasMtu), MTU);
      await session.client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);
      const actions = await session.client.codeActions(f('spine1.cfg'), spine);
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, JSON.stringify(actions.map((a) => a.title)));
      const fix = preferred[0]!;
      assert.equal(fix.kind, 'quickfix');
      assert.match(fix.title, /spine1 Ethernet1\/1.*9214/);
      assert.deepEqual(Object.keys(fix.edit?.changes ?? {}), [uriOf(f('spine1.cfg'))]);

      const since = session.client.publishes.length;
      await session.client.applyEdit(fix.edit!);
      await session.client.waitForPublish(f('spine1.cfg'), since, 'mismatch gone', noMtu);
      await session.client.waitForPublish(f('leaf1.cfg'), since, 'mismatch gone', noMtu);
      assert.equal(fs.readFileSync(f('spine1.cfg'), 'utf8').split('\n')[11], '  mtu 9214');
    });

    if (transport === 'ipc') return; // the rest is about server behaviour, not the transport

    it('applies a quick fix to an open document; closing it unsaved reverts to the disk content', async () => {
      await session.client.open(f('spine1.cfg'), 'nxos');
      const spine = ofRule(await session.client.waitForDiagnostics(f('spine1.cfg'), 'mtu mismatch', hasMtu), MTU);
      const fix = (await session.client.codeActions(f('spine1.cfg'), spine)).find((a) => a.isPreferred)!;
      let since = session.client.publishes.length;
      await session.client.applyEdit(fix.edit!);
      assert.match(session.client.text(f('spine1.cfg')), /^ {2}mtu 9214$/m);
      await session.client.waitForPublish(f('spine1.cfg'), since, 'mismatch gone', noMtu);
      await session.client.waitForPublish(f('leaf1.cfg'), since, 'mismatch gone', noMtu);

      since = session.client.publishes.length;
      await session.client.close(f('spine1.cfg'));
      await session.client.waitForPublish(f('spine1.cfg'), since, 'mismatch back', hasMtu);
      await session.client.waitForPublish(f('leaf1.cfg'), since, 'mismatch back', hasMtu);
    });

    it('re-lints on change: a new mismatch is published, and a file whose findings went away gets an empty array', async () => {
      await session.client.ready();
      await session.client.open(f('leaf2.cfg'), 'eos');
      await session.client.replaceLine(f('leaf2.cfg'), 7, '   mtu 1500');
      const leaf2 = await session.client.waitForDiagnostics(f('leaf2.cfg'), 'new mismatch', hasMtu);
      assert.equal(ofRule(leaf2, MTU)[0]!.range.start.line, 7);
      await session.client.waitForDiagnostics(f('spine1.cfg'), 'two mismatches', (d) => ofRule(d, MTU).length === 2);

      const since = session.client.publishes.length;
      await session.client.replaceLine(f('leaf2.cfg'), 7, '   mtu 9214');
      await session.client.waitForPublish(f('leaf2.cfg'), since, 'empty publish', (d) => d.length === 0);
      await session.client.waitForDiagnostics(f('spine1.cfg'), 'one mismatch left', (d) => ofRule(d, MTU).length === 1);
    });

    it('coalesces: a burst of keystrokes ends in one publish for the final text', async () => {
      await session.client.ready();
      await session.client.open(f('leaf2.cfg'), 'eos');
      const since = session.client.publishes.length;
      for (const t of ['   mtu 1', '   mtu 15', '   mtu 150', '   mtu 1500']) await session.client.replaceLine(f('leaf2.cfg'), 7, t);
      await session.client.waitForDiagnostics(f('leaf2.cfg'), 'mismatch for 1500', (d) => ofRule(d, MTU).some((x) => x.message.includes('1500')));
      const leaf2Publishes = session.client.publishes.slice(since).filter((p) => p.uri === uriOf(f('leaf2.cfg')));
      // A lint that a newer change made stale is not published (lsp/workspace-sync.ts); a slow machine may publish one early text.
      assert.ok(leaf2Publishes.length < 3, `intermediate texts were linted: ${leaf2Publishes.length} publishes`);
    });

    it('offers a fix-all source action only when asked for', async () => {
      const spine = ofRule(await session.client.waitForDiagnostics(f('spine1.cfg'), 'mtu mismatch', hasMtu), MTU);
      for (const only of [[FIX_ALL], ['source.fixAll'], ['source']]) {
        const all = await session.client.codeActions(f('spine1.cfg'), [], only);
        assert.equal(all.length, 1, `only=${only.join()}`);
        assert.equal(all[0]!.kind, FIX_ALL);
      }
      assert.ok((await session.client.codeActions(f('spine1.cfg'), spine, ['quickfix'])).every((a) => a.kind === 'quickfix'));
      assert.ok((await session.client.codeActions(f('spine1.cfg'), spine)).every((a) => a.kind === 'quickfix'));
      assert.deepEqual(await session.client.codeActions(f('leaf1.cfg'), [], [FIX_ALL]), [], 'leaf1 has no preferred fix (it is the higher end)');

      const since = session.client.publishes.length;
      await session.client.applyEdit((await session.client.codeActions(f('spine1.cfg'), [], [FIX_ALL]))[0]!.edit!);
      await session.client.waitForPublish(f('leaf1.cfg'), since, 'mismatch gone', noMtu);
    });

    it('re-lints when settings change (rules, exclude)', async () => {
      await session.client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);
      let since = session.client.publishes.length;
      await session.client.setSettings({ rules: { ...mtuOnly().rules, [MTU]: 'warning' } });
      const warned = await session.client.waitForPublish(f('leaf1.cfg'), since, 'now a warning', (d) => ofRule(d, MTU)[0]?.severity === 2);
      assert.equal(warned.length, 1);

      since = session.client.publishes.length;
      await session.client.setSettings({ ...mtuOnly(), exclude: ['spine1.cfg'] });
      await session.client.waitForPublish(f('leaf1.cfg'), since, 'no peer, no mismatch', noMtu);
      await session.client.waitForPublish(f('spine1.cfg'), since, 'excluded file cleared', (d) => d.length === 0);
    });

    it('survives half-typed lines, binary and unclassifiable files, and deletions', async () => {
      await session.client.ready();
      await session.client.open(f('leaf1.cfg'), 'eos');
      const halfTyped: [number, string][] = [
        [4, 'interface Eth'],
        [7, 'interface'],
        [4, '   mtu'],
        [7, '   mtu 9'],
        [4, '   mt'],
        [7, 'banner motd'],
        [4, '   ip address 10.0.0.'],
        [7, '   priority-flow-control priority 3 no-'],
        [4, '\t\t  \u00e9\u0000'],
      ];
      for (const [line, t] of halfTyped) {
        await session.client.replaceLine(f('leaf1.cfg'), line, t);
        assert.ok(Array.isArray(await session.client.codeActions(f('leaf1.cfg'), [])), `answers after "${t}"`);
      }
      await session.client.replaceLine(f('leaf1.cfg'), 4, 'interface Ethernet1');
      await session.client.replaceLine(f('leaf1.cfg'), 7, '   mtu 9214');

      const dump = f('dump.cfg');
      await session.client.writeFile(dump, Buffer.from([0x21, 0x20, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x68, 0x6f, 0x73, 0x74, 0x0a, 0x00]), true);
      const mystery = f('mystery.cfg');
      await session.client.writeFile(mystery, fs.readFileSync(path.join(FIXTURES, 'odd', 'mystery.cfg')), true);
      const m = await session.client.waitForDiagnostics(mystery, 'one info diagnostic', (d) => d.length > 0);
      assert.equal(m.length, 1);
      assert.equal(m[0]!.severity, 3);
      assert.equal(m[0]!.code, 'workspace/unclassified-file');
      const b = await session.client.waitForDiagnostics(dump, 'binary file noted', (d) => d.length > 0);
      assert.ok(b.every((d) => d.severity === 3));

      const since = session.client.publishes.length;
      await session.client.deleteFile(mystery);
      await session.client.waitForPublish(mystery, since, 'deleted file cleared', (d) => d.length === 0);
      assert.ok(session.client.alive);
      assert.ok(Array.isArray(await session.client.codeActions(f('leaf1.cfg'), [])));
      await session.client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch again', hasMtu);
    });
  });
}

describe('language server: versioned edits and minimal clients', function () {
  this.timeout(60000);
  const session = serverSession(() => tempCopy(path.join(FIXTURES, 'fabric')));
  const f = session.f;

  it('uses documentChanges with the open document version when the client supports them', async () => {
    const client = await session.start({ transport: 'stdio', settings: mtuOnly(), documentChanges: true });
    await client.open(f('spine1.cfg'), 'nxos');
    await client.replaceLine(f('spine1.cfg'), 2, '!Time: later');
    const spine = ofRule(await client.waitForDiagnostics(f('spine1.cfg'), 'mtu mismatch', hasMtu), MTU);
    const fix = (await client.codeActions(f('spine1.cfg'), spine)).find((a) => a.isPreferred)!;
    const dc = fix.edit?.documentChanges ?? [];
    assert.equal(dc.length, 1);
    assert.ok('textDocument' in dc[0]!);
    assert.equal(dc[0].textDocument.version, client.version(f('spine1.cfg')));
    const since = client.publishes.length;
    await client.applyEdit(fix.edit!);
    await client.waitForPublish(f('leaf1.cfg'), since, 'mismatch gone', noMtu);
  });

  it('works with a client that declares no capabilities (settings default, no code actions)', async () => {
    const client = await session.start({ transport: 'stdio', minimal: true });
    const d = ofRule(await client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu), MTU);
    assert.equal(d[0]!.relatedInformation, undefined);
    assert.match(d[0]!.message, /spine1/);
    assert.equal(client.initializeResult.capabilities.codeActionProvider, undefined);
    assert.equal(client.registrations.length, 0);
  });

  it('advertises what it does from the client flags', async () => {
    const client = await session.start({ transport: 'stdio', settings: mtuOnly() });
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', FIX_ALL], resolveProvider: false });
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.workspace?.workspaceFolders?.supported, true);
    await client.ready();
    const methods = client.registrations.map((r) => r.method).sort();
    assert.deepEqual(methods, ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!;
    assert.deepEqual(watch.registerOptions, { watchers: [{ globPattern: '**/*' }] });
  });
});

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'leaf-spine');

describe('language server on examples/leaf-spine', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(EXAMPLE)) {
      console.log(`    (skipped: ${EXAMPLE} does not exist)`);
      this.skip();
    }
  });
  const session = serverSession(() => tempCopy(EXAMPLE), { transport: 'stdio' });
  const f = session.f;

  it('publishes the documented MTU mismatch for never-opened files with default settings', async () => {
    const client = session.client;
    const leaf2 = ofRule(await client.waitForDiagnostics(f('leaf2.cfg'), 'mtu mismatch', hasMtu), MTU);
    const spine2 = ofRule(await client.waitForDiagnostics(f('spine2.cfg'), 'mtu mismatch', hasMtu), MTU);
    assert.ok(leaf2[0]!.relatedInformation?.some((r) => r.location.uri === uriOf(f('spine2.cfg'))));
    assert.ok(spine2[0]!.relatedInformation?.some((r) => r.location.uri === uriOf(f('leaf2.cfg'))));
    await client.ready();
    const withFindings = [...client.diagnostics].filter(([, d]) => d.length > 0).map(([u]) => path.basename(u));
    assert.ok(withFindings.length >= 2, `findings in ${withFindings.join(', ')}`);
    assert.ok(
      client.publishes.every((p) => p.uri.startsWith(uriOf(session.dir))),
      'only files of the folder',
    );
  });

  it('applies the preferred quick-fix of the never-opened leaf2 and sees both ends clear', async () => {
    const client = session.client;
    const leaf2 = ofRule(await client.waitForDiagnostics(f('leaf2.cfg'), 'mtu mismatch', hasMtu), MTU);
    await client.waitForDiagnostics(f('spine2.cfg'), 'mtu mismatch', hasMtu);
    // Every diagnostic on that line: one preferred action, so an editor's auto-fix applies it without asking.
    const all = (await client.waitForDiagnostics(f('leaf2.cfg'), 'mtu mismatch', hasMtu)).filter((d) => d.range.start.line === leaf2[0]!.range.start.line);
    assert.ok(all.length >= 1, `diagnostics on the line: ${all.map((d) => d.code).join(', ')}`);
    const preferred = (await client.codeActions(f('leaf2.cfg'), all)).filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix: raise the lower end (${preferred.map((a) => a.title).join('; ')})`);
    assert.match(preferred[0]!.title, /leaf2 Ethernet50\/1/);
    assert.match(preferred[0]!.title, /9214/);
    const since = client.publishes.length;
    await client.applyEdit(preferred[0]!.edit!);
    await client.waitForPublish(f('leaf2.cfg'), since, 'mismatch gone', noMtu);
    await client.waitForPublish(f('spine2.cfg'), since, 'mismatch gone', noMtu);
    assert.match(fs.readFileSync(f('leaf2.cfg'), 'utf8'), /interface Ethernet50\/1\n(?: {3}.*\n)*? {3}mtu 9214\n/);
  });

  it('offers no fix with old ranges on a closed file changed on disk before the watcher said so, and offers it again after', async () => {
    const client = session.client;
    const spine2 = ofRule(await client.waitForDiagnostics(f('spine2.cfg'), 'mtu mismatch', hasMtu), MTU);
    const edited = (a: CodeAction): string[] => [
      ...Object.keys(a.edit?.changes ?? {}),
      ...(a.edit?.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : '')),
    ];
    const raisesLeaf2 = (actions: CodeAction[]): CodeAction[] => actions.filter((a) => edited(a).includes(uriOf(f('leaf2.cfg'))));
    const fixes = raisesLeaf2(await client.codeActions(f('spine2.cfg'), spine2));
    assert.equal(fixes.length, 1, 'raising the lower end edits the never-opened leaf2');
    // Someone else's edit shifts leaf2's lines; the server has only leaf2's model (its text is read again when needed).
    const leaf2 = fs.readFileSync(f('leaf2.cfg'), 'utf8');
    fs.writeFileSync(f('leaf2.cfg'), `! pulled from the config archive\n${leaf2}`);
    assert.deepEqual(raisesLeaf2(await client.codeActions(f('spine2.cfg'), spine2)), [], 'its ranges would land one line early');
    const since = client.publishes.length;
    await client.writeFile(f('leaf2.cfg'), fs.readFileSync(f('leaf2.cfg')));
    const moved = ofRule(await client.waitForPublish(f('spine2.cfg'), since, 'linted again', hasMtu), MTU);
    await client.ready();
    const again = raisesLeaf2(await client.codeActions(f('spine2.cfg'), moved));
    assert.equal(again.length, 1);
    await client.applyEdit(again[0]!.edit!);
    assert.match(fs.readFileSync(f('leaf2.cfg'), 'utf8'), /^! pulled from the config archive\n(?:.*\n)*interface Ethernet50\/1\n(?: {3}.*\n)*? {3}mtu 9214\n/);
  });
});
