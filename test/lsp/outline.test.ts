import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import {
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SymbolKind,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type FoldingRange,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { serverSession, uriOf, type TestClient } from './harness';
import { DIALECT_FILES, dialectWorkspace } from './dialect-workspace';

/** 0-based line of the first line that is `text` once trimmed. */
function lineOf(file: string, text: string): number {
  const i = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .findIndex((l) => l.trim() === text);
  assert.ok(i >= 0, `${file} has a line "${text}"`);
  return i;
}

async function outline(client: TestClient, file: string): Promise<DocumentSymbol[]> {
  const r = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(file) } });
  assert.ok(Array.isArray(r), `an outline of ${file}`);
  return r as DocumentSymbol[];
}

async function folds(client: TestClient, file: string): Promise<FoldingRange[]> {
  return ((await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uriOf(file) } })) ?? []) as FoldingRange[];
}

async function workspaceSymbols(client: TestClient, query: string): Promise<WorkspaceSymbol[]> {
  return (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as WorkspaceSymbol[];
}

function find(symbols: DocumentSymbol[], name: string): DocumentSymbol {
  const s = symbols.find((x) => x.name === name);
  assert.ok(s, `the outline has ${name}: ${symbols.map((x) => x.name).join(', ')}`);
  return s;
}

describe('language server: outline, folding and workspace symbols (example fabric and every dialect)', function () {
  this.timeout(120000);
  const session = serverSession(dialectWorkspace, { transport: 'stdio' }, 'all');
  const f = session.f;
  before(() => session.client.ready());

  it('declares documentSymbolProvider, workspaceSymbolProvider and foldingRangeProvider', () => {
    const caps = session.client.initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
  });

  it('EOS: interfaces in file order, each over its section, VLAN interfaces named as such', async () => {
    const o = await outline(session.client, f('leaf1.cfg'));
    assert.deepEqual(
      o.map((s) => s.name),
      ['Ethernet49/1', 'Ethernet50/1', 'Ethernet1/1', 'Loopback0', 'Vlan101'],
    );
    const et = find(o, 'Ethernet49/1');
    assert.equal(et.kind, SymbolKind.Interface);
    assert.equal(et.selectionRange.start.line, lineOf(f('leaf1.cfg'), 'interface Ethernet49/1'));
    assert.ok(et.range.end.line > et.range.start.line + 2, 'the range covers the section');
    assert.match(et.detail!, /P2P_LINK_TO_SPINE1_Ethernet1\/1/);
    assert.match(find(o, 'Vlan101').detail!, /VLAN interface \(VLAN 101\)/);
    assert.match(find(o, 'Ethernet1/1').detail!, /access VLAN 101/);
  });

  it('NX-OS: class-maps and policy-maps by type, a policy-map with its classes as children, selection on the name', async () => {
    const o = await outline(session.client, f('leaf3.cfg'));
    const cm = find(o, 'ROCE');
    assert.equal(cm.detail, 'class-map type qos');
    const header = lineOf(f('leaf3.cfg'), 'class-map type qos match-any ROCE');
    assert.deepEqual(cm.selectionRange, {
      start: { line: header, character: 'class-map type qos match-any '.length },
      end: { line: header, character: 'class-map type qos match-any ROCE'.length },
    });
    const pm = find(o, 'ROCE_CLASSIFY');
    assert.equal(pm.detail, 'policy-map type qos');
    assert.deepEqual(
      pm.children?.map((c) => c.name),
      ['ROCE', 'CNP'],
    );
    assert.equal(find(o, 'ROCE_QUEUING').detail, 'policy-map type queuing');
    assert.equal(find(o, 'ROCE_NQ').detail, 'policy-map type network-qos');
    assert.ok(o.some((s) => s.name === 'Ethernet1/49'));
  });

  it('IOS: policy-maps of every type with their classes', async () => {
    const o = await outline(session.client, f('ios-qos.cfg'));
    assert.deepEqual(
      find(o, 'qqqqq').children?.map((c) => c.name),
      ['bleefee'],
    );
    assert.equal(find(o, 'qqqqq').detail, 'policy-map type queuing');
    assert.equal(find(o, 'cos_all').detail, 'class-map');
  });

  it('Junos braces: ports with their units as children, aggregated ethernet as a port-channel with its members', async () => {
    const o = await outline(session.client, f('junos-braces.conf'));
    const xe = find(o, 'xe-0/0/0');
    assert.equal(xe.selectionRange.start.line, lineOf(f('junos-braces.conf'), 'xe-0/0/0 {'));
    assert.deepEqual(
      xe.children?.map((c) => c.name),
      ['xe-0/0/0.0'],
    );
    const ae = find(o, 'ae1');
    assert.equal(ae.kind, SymbolKind.Struct);
    assert.match(ae.detail!, /^port-channel of .*xe-0\/0\/1/);
    assert.match(find(o, 'xe-0/0/1').detail!, /member of ae1/);
    // The VLANs of its mac-vrf, each at the line that gives its id, with name and VNI.
    const vlan = find(o, 'VLAN 1400');
    assert.equal(vlan.kind, SymbolKind.Enum);
    assert.match(vlan.detail!, /"vn1400" · VNI 11400/);
    assert.match(fs.readFileSync(f('junos-braces.conf'), 'utf8').split('\n')[vlan.selectionRange.start.line]!, /vlan-id 1400;/);
  });

  it('Junos set: classifiers, rewrite rules, forwarding classes, schedulers and scheduler-maps', async () => {
    const o = await outline(session.client, f('junos-set.conf'));
    assert.equal(find(o, 'DSCP-BA').detail, 'classifier type dscp');
    assert.equal(find(o, 'REWRITE-DSCP').detail, 'rewrite-rule type dscp');
    assert.equal(find(o, 'FC-CLASS1').detail, 'forwarding-class');
    assert.equal(find(o, 'SCHED1').detail, 'scheduler');
    const map = find(o, 'SCHED-MAP1');
    assert.equal(map.detail, 'scheduler-map');
    // The name is selected where the first set line writes it.
    const line = fs.readFileSync(f('junos-set.conf'), 'utf8').split('\n')[map.selectionRange.start.line]!;
    assert.equal(line.slice(map.selectionRange.start.character, map.selectionRange.end.character), 'SCHED-MAP1');
  });

  it('SONiC config_db.json: the entries of the tables other tables name (maps, schedulers, WRED profiles)', async () => {
    const o = await outline(session.client, f('sonic/config_db.json'));
    assert.deepEqual(o.map((s) => `${s.detail} ${s.name}`).sort(), [
      'DSCP_TO_TC_MAP AZURE',
      'MAP_PFC_PRIORITY_TO_QUEUE AZURE',
      'SCHEDULER scheduler.0',
      'SCHEDULER scheduler.1',
      'TC_TO_PRIORITY_GROUP_MAP AZURE',
      'TC_TO_QUEUE_MAP AZURE',
      'WRED_PROFILE AZURE_LOSSLESS',
    ]);
  });

  it('Cumulus (ifupdown2, NCLU) and SR Linux: interfaces, bonds/LAGs with members, VLAN interfaces, QoS profiles', async () => {
    assert.deepEqual(
      (await outline(session.client, f('cumulus-sw1/interfaces'))).map((s) => s.name),
      ['swp12'],
    );
    const nclu = await outline(session.client, f('nclu-exitgateway.cfg'));
    assert.match(find(nclu, 'vlan4001').detail!, /VLAN interface/);
    const srl = await outline(session.client, f('srlinux-leaf.cfg'));
    const lag = find(srl, 'lag1');
    assert.match(lag.detail!, /port-channel of ethernet-1\/2/);
    assert.deepEqual(
      lag.children?.map((c) => c.name),
      ['lag1.0'],
    );
    assert.equal(find(srl, 'roce-dscp').detail, 'classifier type dscp');
    assert.equal(find(srl, 'roce-pfc').detail, 'congestion-notification-profile type pfc-mapping-profile');
  });

  it('every dialect file of the workspace has an outline', async () => {
    for (const name of Object.keys(DIALECT_FILES)) assert.ok((await outline(session.client, f(name))).length > 0, name);
  });

  it('folding: CLI sections by indentation, Junos and JSON by brackets (the closing line stays visible), set files flat', async () => {
    const eos = await folds(session.client, f('leaf1.cfg'));
    const header = lineOf(f('leaf1.cfg'), 'interface Ethernet49/1');
    const et = eos.find((r) => r.startLine === header);
    assert.ok(et, 'the interface section folds');
    assert.equal(et.endLine, lineOf(f('leaf1.cfg'), 'interface Ethernet50/1') - 2, 'through its last line, before the `!`');

    const junos = await folds(session.client, f('junos-braces.conf'));
    const xe = lineOf(f('junos-braces.conf'), 'xe-0/0/0 {');
    const unit = junos.find((r) => r.startLine === xe);
    assert.ok(unit);
    const lines = fs.readFileSync(f('junos-braces.conf'), 'utf8').split('\n');
    assert.equal(lines[unit.endLine + 1]!.trim(), '}', 'the fold ends before the closing brace');
    assert.equal(lines[unit.endLine + 2]!.trim(), 'et-0/0/1 {');

    const json = await folds(session.client, f('sonic/config_db.json'));
    const jsonLines = fs.readFileSync(f('sonic/config_db.json'), 'utf8').trimEnd().split('\n');
    assert.deepEqual(json[0], { startLine: 0, endLine: jsonLines.length - 2 });
    assert.deepEqual(await folds(session.client, f('junos-set.conf')), []);
    const cumulus = await folds(session.client, f('cumulus-sw1/interfaces'));
    assert.deepEqual(cumulus, [{ startLine: lineOf(f('cumulus-sw1/interfaces'), 'iface swp12'), endLine: 2 }]);
  });

  it('workspace symbols: a device by hostname, an interface by device and name in any spelling', async () => {
    const spine2 = await workspaceSymbols(session.client, 'spine2');
    assert.equal(spine2[0]!.name, 'spine2');
    assert.equal(spine2[0]!.kind, SymbolKind.Module);
    assert.deepEqual((spine2[0]!.location as { range: { start: unknown } }).range.start, { line: lineOf(f('spine2.cfg'), 'hostname spine2'), character: 0 });
    assert.ok(
      spine2.every((s) => s.name.startsWith('spine2')),
      spine2.map((s) => s.name).join(),
    );

    const et = await workspaceSymbols(session.client, 'leaf1 Ethernet49/1');
    assert.equal(et[0]!.name, 'leaf1 Ethernet49/1');
    assert.equal(et[0]!.containerName, 'leaf1');
    const loc = et[0]!.location as { uri: string; range: { start: { line: number } } };
    assert.equal(loc.uri, uriOf(f('leaf1.cfg')));
    assert.equal(loc.range.start.line, lineOf(f('leaf1.cfg'), 'interface Ethernet49/1'));

    // Abbreviated as engineers type it, and in another dialect.
    assert.equal((await workspaceSymbols(session.client, 'leaf1 et49/1'))[0]!.name, 'leaf1 Ethernet49/1');
    assert.equal((await workspaceSymbols(session.client, 'leaf001-001-1 xe-0/0/0.0'))[0]!.name, 'leaf001-001-1 xe-0/0/0.0');
    assert.equal((await workspaceSymbols(session.client, 'roce-leaf1 lag1'))[0]!.name, 'roce-leaf1 lag1');
    assert.deepEqual(await workspaceSymbols(session.client, 'no-such-device'), []);
  });
});
