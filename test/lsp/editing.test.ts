import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import {
  CompletionRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type Diagnostic,
  type Location,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { serverSession, uriOf, type TestClient } from './harness';
import { dialectWorkspace } from './dialect-workspace';

/** 0-based line and character of the first occurrence of `word` on the first line that contains `line` (trimmed match). */
function at(file: string, line: string, word: string, nth = 0): { line: number; character: number } {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const found = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() === line);
  const hit = found[nth];
  assert.ok(hit, `${file} has a line "${line}"`);
  const character = hit[0].indexOf(word);
  assert.ok(character >= 0);
  return { line: hit[1], character: character + 1 };
}

async function references(client: TestClient, file: string, pos: { line: number; character: number }, includeDeclaration = true): Promise<Location[]> {
  const r = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uriOf(file) }, position: pos, context: { includeDeclaration } });
  return r ?? [];
}

/** `file:line` (1-based) of each location, sorted, with the text at the range. */
function described(locs: Location[]): string[] {
  return locs
    .map((l) => {
      const file = decodeURIComponent(l.uri.replace(/^.*\/fabric-lint-nav-[^/]+\//, ''));
      const text = fs.readFileSync(new URL(l.uri), 'utf8').split(/\r?\n/);
      const r = l.range;
      const words = r.start.line === r.end.line ? text[r.start.line]!.slice(r.start.character, r.end.character) : text[r.start.line]!.trim();
      return `${file}:${r.start.line + 1} ${words.trim()}`;
    })
    .sort();
}

async function completion(client: TestClient, file: string, pos: { line: number; character: number }): Promise<CompletionItem[]> {
  const r = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(file) }, position: pos });
  return Array.isArray(r) ? r : (r?.items ?? []);
}

/** The findings of a file as `rule line`, for comparing before and after an edit. */
function findingsOf(d: Diagnostic[] | undefined): string[] {
  return (d ?? []).map((x) => `${String(x.code)} ${x.range.start.line}`).sort();
}

describe('language server: references, rename and completion (example fabric and every dialect)', function () {
  this.timeout(120000);
  const session = serverSession(dialectWorkspace, { transport: 'stdio' }, 'each');
  const f = session.f;
  beforeEach(() => session.client.ready());

  it('declares referencesProvider, renameProvider with prepare and completionProvider', () => {
    const caps = session.client.initializeResult.capabilities;
    assert.equal(caps.referencesProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true }, 'the client supports prepareRename');
    assert.ok(caps.completionProvider?.triggerCharacters?.includes(' '));
  });

  it('references of a policy-map, from its definition and from a use, with and without the declaration', async () => {
    const leaf3 = f('leaf3.cfg');
    // Every line of leaf3 that names the policy: its definition and each interface's service-policy.
    const naming = fs
      .readFileSync(leaf3, 'utf8')
      .split(/\r?\n/)
      .flatMap((t, i) => (/\bROCE_CLASSIFY\b/.test(t) ? [{ at: `leaf3.cfg:${i + 1} ROCE_CLASSIFY`, use: /service-policy/.test(t) }] : []));
    assert.ok(naming.filter((n) => n.use).length >= 3, 'the example applies the policy on several interfaces');
    const fromDef = await references(session.client, leaf3, at(leaf3, 'policy-map type qos ROCE_CLASSIFY', 'ROCE_CLASSIFY'));
    assert.deepEqual(described(fromDef).sort(), naming.map((n) => n.at).sort());
    const fromUse = await references(session.client, leaf3, at(leaf3, 'service-policy type qos input ROCE_CLASSIFY', 'ROCE_CLASSIFY', 1), false);
    assert.deepEqual(
      described(fromUse).sort(),
      naming
        .filter((n) => n.use)
        .map((n) => n.at)
        .sort(),
    );
    // A class-map: its definition and the policy class that names it, not the other policy's classes.
    const roce = await references(session.client, leaf3, at(leaf3, 'class ROCE', 'ROCE'));
    assert.deepEqual(described(roce), ['leaf3.cfg:11 ROCE', 'leaf3.cfg:16 ROCE']);
  });

  it('references of an interface: the other end of its link and the evidence for it, across files', async () => {
    const leaf2 = f('leaf2.cfg');
    const locs = await references(session.client, leaf2, at(leaf2, 'interface Ethernet50/1', 'Ethernet50/1'));
    const d = described(locs);
    assert.ok(d.includes('spine2.cfg:51 interface Ethernet1/2') || d.some((x) => /^spine2\.cfg:\d+ interface Ethernet1\/2$/.test(x)), d.join('\n'));
    assert.ok(
      d.some((x) => /^leaf2\.cfg:\d+ ip address 10\.0\.2\.3\/31$/.test(x)),
      `the address line that makes the subnet evidence:\n${d.join('\n')}`,
    );
    assert.ok(
      d.some((x) => /^spine2\.cfg:\d+ ip address 10\.0\.2\.2\/31$/.test(x)),
      d.join('\n'),
    );
    assert.ok(
      d.some((x) => /description "?P2P_LINK_TO_SPINE2_Ethernet1\/2/.test(x)),
      `the description naming the peer:\n${d.join('\n')}`,
    );
    assert.ok(
      d.some((x) => /^leaf2\.cfg:\d+ interface Ethernet50\/1$/.test(x)),
      'the declaration',
    );
  });

  it('references of a Junos aggregated interface: the members that join it', async () => {
    const file = f('junos-braces.conf');
    const d = described(await references(session.client, file, at(file, 'ae1 {', 'ae1'), false));
    assert.ok(
      d.some((x) => /^junos-braces\.conf:77 802\.3ad ae1/.test(x)),
      d.join('\n'),
    );
  });

  it('references in Junos set, SONiC and SR Linux files', async () => {
    const junos = f('junos-set.conf');
    const sched = described(await references(session.client, junos, at(junos, 'set class-of-service schedulers SCHED1 priority high', 'SCHED1')));
    assert.deepEqual(
      sched.map((x) => x.replace(/:\d+/, '')),
      ['junos-set.conf SCHED1', 'junos-set.conf SCHED1', 'junos-set.conf SCHED1', 'junos-set.conf SCHED1'],
    );
    const sonic = f('sonic/config_db.json');
    const s1 = described(await references(session.client, sonic, at(sonic, '"scheduler"   : "scheduler.1",', 'scheduler.1')));
    assert.ok(s1.length >= 3 && s1.every((x) => x.endsWith('scheduler.1')), s1.join('\n'));
    assert.ok(s1.includes(`sonic/config_db.json:${at(sonic, '"scheduler.1": {', 'scheduler.1').line + 1} scheduler.1`), 'the SCHEDULER entry');
    const srl = f('srlinux-leaf.cfg');
    const dscp = described(await references(session.client, srl, at(srl, 'dscp-policy roce-dscp {', 'roce-dscp')));
    assert.deepEqual(dscp, ['srlinux-leaf.cfg:127 roce-dscp', 'srlinux-leaf.cfg:65 roce-dscp']);
  });

  /** Renames at `pos`, applies the edit through the client, waits for the file's findings, and returns the edits. */
  async function renameAndRelint(file: string, pos: { line: number; character: number }, newName: string): Promise<TextEdit[]> {
    const client = session.client;
    const before = findingsOf(client.diagnostics.get(uriOf(file)));
    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(file) }, position: pos, newName })) as WorkspaceEdit;
    assert.ok(edit, 'a WorkspaceEdit');
    const edits = Object.values(edit.changes ?? {}).flat();
    const generation = client.lintGeneration();
    await client.applyEdit(edit);
    await client.lintedAfter(generation);
    assert.deepEqual(findingsOf(client.diagnostics.get(uriOf(file))), before, 'the rename keeps the findings');
    return edits;
  }

  it('renames a policy-map across its uses, byte for byte, and the file keeps its findings', async () => {
    const leaf3 = f('leaf3.cfg');
    const original = fs.readFileSync(leaf3, 'utf8');
    const pos = at(leaf3, 'policy-map type qos ROCE_CLASSIFY', 'ROCE_CLASSIFY');
    const prep = (await session.client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uriOf(leaf3) }, position: pos })) as {
      range: Range;
      placeholder: string;
    };
    assert.equal(prep.placeholder, 'ROCE_CLASSIFY');
    assert.deepEqual(prep.range, { start: { line: pos.line, character: 20 }, end: { line: pos.line, character: 33 } });
    const edits = await renameAndRelint(leaf3, pos, 'RDMA_CLASSIFY');
    assert.equal(edits.length, original.split('ROCE_CLASSIFY').length - 1, 'one edit per place the name is written');
    assert.equal(fs.readFileSync(leaf3, 'utf8'), original.split('ROCE_CLASSIFY').join('RDMA_CLASSIFY'));
  });

  it('keeps CRLF line endings and the BOM when renaming', async () => {
    const leaf3 = f('leaf3.cfg');
    const crlf = '\uFEFF' + fs.readFileSync(leaf3, 'utf8').replace(/\r?\n/g, '\r\n');
    const generation = session.client.lintGeneration();
    await session.client.writeFile(leaf3, crlf);
    await session.client.lintedAfter(generation);
    await renameAndRelint(leaf3, at(leaf3, 'class-map type qos match-any CNP', 'CNP'), 'CNP_V2');
    const bytes = fs.readFileSync(leaf3, 'utf8');
    assert.equal(bytes, crlf.replace(/\bCNP\b/g, 'CNP_V2'));
  });

  it('renames a Junos scheduler (every set line), a SONiC scheduler and an SR Linux classifier; findings stay', async () => {
    const junos = f('junos-set.conf');
    const jText = fs.readFileSync(junos, 'utf8');
    assert.equal(
      (
        await renameAndRelint(
          junos,
          at(junos, 'set class-of-service scheduler-maps SCHED-MAP1 forwarding-class FC-CLASS1 scheduler SCHED1', 'SCHED1'),
          'SCHED-ROCE',
        )
      ).length,
      4,
    );
    assert.equal(fs.readFileSync(junos, 'utf8'), jText.replace(/\bSCHED1\b/g, 'SCHED-ROCE'));

    const sonic = f('sonic/config_db.json');
    const sText = fs.readFileSync(sonic, 'utf8');
    await renameAndRelint(sonic, at(sonic, '"scheduler.1": {', 'scheduler.1'), 'scheduler.roce');
    assert.equal(fs.readFileSync(sonic, 'utf8'), sText.split('"scheduler.1"').join('"scheduler.roce"'));

    const srl = f('srlinux-leaf.cfg');
    const rText = fs.readFileSync(srl, 'utf8');
    await renameAndRelint(srl, at(srl, 'dscp-policy roce-dscp {', 'roce-dscp'), 'rdma-dscp');
    assert.equal(fs.readFileSync(srl, 'utf8'), rText.split('roce-dscp').join('rdma-dscp'));
  });

  it('refuses a rename that cannot be safe, saying why', async () => {
    const refused = async (file: string, pos: { line: number; character: number }, newName?: string): Promise<string> => {
      const params = { textDocument: { uri: uriOf(file) }, position: pos };
      try {
        await (newName === undefined
          ? session.client.connection.sendRequest(PrepareRenameRequest.type, params)
          : session.client.connection.sendRequest(RenameRequest.type, { ...params, newName }));
      } catch (e) {
        return (e as Error).message;
      }
      assert.fail('the rename was not refused');
    };
    const leaf3 = f('leaf3.cfg');
    // A system class of NX-OS.
    assert.match(await refused(leaf3, at(leaf3, 'class type queuing c-out-8q-q6', 'c-out-8q-q6')), /^c-out-8q-q6 is a class the platform defines itself/);
    // The new name is taken, or is no name.
    assert.match(await refused(leaf3, at(leaf3, 'class-map type qos match-any ROCE', 'ROCE'), 'CNP'), /class-map type qos CNP is already defined on line 13/);
    assert.match(await refused(leaf3, at(leaf3, 'class-map type qos match-any ROCE', 'ROCE'), 'RO CE'), /without spaces/);
    // A Junos forwarding class is also named where fabric-lint reads no use (host-outbound-traffic).
    const junos = f('junos-set.conf');
    assert.match(
      await refused(junos, at(junos, 'set class-of-service forwarding-classes class FC-CLASS1 queue-num 0', 'FC-CLASS1')),
      /FC-CLASS1 is also written on line 27, where fabric-lint does not read it as a use/,
    );
  });

  it('completes the policy-maps of the right type after service-policy, and class-maps after class', async () => {
    const leaf3 = f('leaf3.cfg');
    await session.client.open(leaf3, 'nxos');
    const line = at(leaf3, 'interface Ethernet1/49', 'interface').line;
    await session.client.edit(leaf3, [
      { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '  service-policy type qos input R\n' },
    ]);
    const items = await completion(session.client, leaf3, { line: line + 1, character: '  service-policy type qos input R'.length });
    assert.deepEqual(
      items.map((i) => i.label),
      ['ROCE_CLASSIFY'],
    );
    assert.deepEqual((items[0]!.textEdit as TextEdit).range, { start: { line: line + 1, character: 32 }, end: { line: line + 1, character: 33 } });
    const queuing = await completion(session.client, leaf3, { line: line + 1, character: 0 });
    assert.deepEqual(queuing, [], 'nothing at the start of a line');

    const policy = at(leaf3, 'policy-map type qos ROCE_CLASSIFY', 'policy-map').line;
    await session.client.edit(leaf3, [
      { range: { start: { line: policy + 1, character: 0 }, end: { line: policy + 1, character: 0 } }, newText: '  class \n' },
    ]);
    const classes = await completion(session.client, leaf3, { line: policy + 1, character: '  class '.length });
    assert.deepEqual(classes.map((i) => i.label).sort(), ['CNP', 'ROCE']);
  });

  it('completes EOS qos profiles, Junos scheduler-maps and classifiers of the type, SONiC schedulers, SR Linux policies', async () => {
    const eos = f('eos-qos.cfg');
    const profile = at(eos, 'service-profile experiment', 'experiment');
    const profiles = await completion(session.client, eos, { line: profile.line, character: profile.character - 1 });
    assert.ok(profiles.some((i) => i.label === 'experiment') && profiles.some((i) => i.label === 'test_with_pfc'), profiles.map((i) => i.label).join());

    const junos = f('junos-braces.conf');
    const sm = at(junos, 'scheduler-map sm1;', 'sm1');
    assert.deepEqual(
      (await completion(session.client, junos, { line: sm.line, character: sm.character - 1 })).map((i) => i.label),
      ['sm1'],
    );
    const set = f('junos-set.conf');
    const cl = at(set, 'set class-of-service interfaces ae1 unit 0 classifiers dscp DSCP-BA', 'DSCP-BA');
    assert.deepEqual(
      (await completion(session.client, set, { line: cl.line, character: cl.character - 1 })).map((i) => i.label),
      ['DSCP-BA'],
    );
    const fc = at(set, 'set class-of-service scheduler-maps SCHED-MAP1 forwarding-class FC-CLASS1 scheduler SCHED1', 'SCHED1');
    assert.deepEqual(
      (await completion(session.client, set, { line: fc.line, character: fc.character - 1 })).map((i) => i.label),
      ['SCHED1', 'SCHED2', 'SCHED3', 'SCHED4', 'SCHED5', 'SCHED6'],
    );

    const sonic = f('sonic/config_db.json');
    const q = at(sonic, '"scheduler"   : "scheduler.1",', 'scheduler.1');
    const scheds = await completion(session.client, sonic, { line: q.line, character: q.character - 1 + 'sched'.length });
    assert.deepEqual(
      scheds.map((i) => i.label),
      ['scheduler.0', 'scheduler.1'],
    );
    assert.equal((scheds[0]!.textEdit as TextEdit).range.start.character, q.character - 1);

    const srl = f('srlinux-leaf.cfg');
    const p = at(srl, 'dscp-policy roce-dscp', 'roce-dscp', 0);
    assert.deepEqual(
      (await completion(session.client, srl, { line: 126, character: p.character - 1 })).map((i) => i.label),
      ['roce-dscp'],
    );
  });

  it('completes device and interface names in the intent under links: and ignore:', async () => {
    const intent = f('fabric-intent.yaml');
    const generation = session.client.lintGeneration();
    await session.client.writeFile(intent, 'version: 1\nlinks:\n  - [leaf1:Ethernet49/1, spine1:Ethernet1/1]\nignore:\n  devices: []\n', true);
    await session.client.lintedAfter(generation);
    await session.client.open(intent, 'yaml');
    await session.client.edit(intent, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '  - [spi\n' }]);
    const devices = await completion(session.client, intent, { line: 3, character: 8 });
    assert.ok(
      devices.some((i) => i.label === 'spine2' && (i.textEdit as TextEdit).newText === 'spine2:'),
      devices.map((i) => i.label).join(),
    );
    await session.client.edit(intent, [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }, newText: 'ne2:Eth' }]);
    const ports = await completion(session.client, intent, { line: 3, character: 15 });
    assert.deepEqual(
      ports.map((i) => i.label).filter((l) => l.startsWith('Ethernet')),
      ['Ethernet1/1', 'Ethernet1/2', 'Ethernet1/3', 'Ethernet1/4'],
    );
    assert.deepEqual((ports[0]!.textEdit as TextEdit).range, { start: { line: 3, character: 12 }, end: { line: 3, character: 15 } });
    const ignored = await completion(session.client, intent, { line: 5, character: '  devices: ['.length });
    assert.ok(
      ignored.some((i) => i.label === 'leaf4'),
      ignored.map((i) => i.label).join(),
    );
  });
});
