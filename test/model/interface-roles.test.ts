/**
 * Interface roles on a small mixed fabric (test/fixtures/roles): an EOS MLAG pair with a spine, host ports and an
 * unknown routed /31; an NX-OS vPC pair; two Cumulus CLAG pairs that reuse the same link-local peering /30.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { interfaceRoles, roleOfInterface } from '../../server/src/model/interface-roles';
import type { Fabric } from '../../server/src/model/types';
import { pathToUri } from '../../server/src/engine/uri';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'roles');

describe('model/interface-roles', () => {
  let fabric: Fabric;
  before(async () => {
    fabric = (await workspaceOf(DIR)).lint().fabric;
  });

  const role = (device: string, iface: string) => {
    const i = fabric.devices.get(device)?.interfaces.get(iface);
    assert.ok(i, `${device} ${iface} exists`);
    return roleOfInterface(fabric, i);
  };

  it('classifies every interface of the fabric, each with evidence', () => {
    const roles = interfaceRoles(fabric);
    let n = 0;
    for (const d of fabric.devices.values()) {
      for (const i of d.interfaces.values()) {
        const r = roles.get(i);
        assert.ok(r && r.evidence.length > 0, `${d.hostname} ${i.name} has a role with evidence`);
        n++;
      }
    }
    assert.ok(n > 40);
  });

  it('a port linked to another switch of the workspace is fabric, with the link as evidence', () => {
    const r = role('leaf1', 'Ethernet1');
    assert.equal(r.role, 'fabric');
    assert.match(r.evidence[0]!.text, /linked to spine1 Ethernet1 \(subnet 10\.0\.1\.0\/31\)/);
    assert.equal(role('spine1', 'Ethernet2').role, 'fabric');
  });

  it('host-facing: an access switchport, and a routed /31 whose description names a GPU host', () => {
    assert.equal(role('leaf1', 'Ethernet5').role, 'host');
    const gpu = role('leaf1', 'Ethernet10');
    assert.equal(gpu.role, 'host');
    assert.match(gpu.evidence[0]!.text, /h100-01/);
    assert.ok(gpu.evidence[0]!.loc, 'points at the description');
  });

  it('a routed /31 with nothing known at the far end is unknown, never fabric', () => {
    const r = role('leaf1', 'Ethernet9');
    assert.equal(r.role, 'unknown');
    assert.match(r.evidence[0]!.text, /nothing in the workspace is at the other end/);
  });

  it('management ports and management VRFs', () => {
    assert.equal(role('leaf1', 'Management1').role, 'management');
    assert.equal(role('nx1', 'mgmt0').role, 'management');
  });

  it('EOS MLAG: the peer-link, its members and the peering SVI, and the peer-link is a link of its own kind', () => {
    for (const i of ['Port-Channel10', 'Ethernet47', 'Ethernet48', 'Vlan4094']) assert.equal(role('leaf1', i).role, 'peer-link', i);
    const links = fabric.links.filter((l) => l.source === 'peer-link' && l.a.device.startsWith('leaf'));
    assert.deepEqual(links.map((l) => `${l.a.interface}↔${l.b.interface}`).sort(), ['Port-Channel10↔Port-Channel10', 'Vlan4094↔Vlan4094']);
    assert.match(links[0]!.detail, /MLAG peers .*domain PAIR1/);
  });

  it('NX-OS vPC: peer-keepalive destination and source pair the two switches; the vpc peer-link port-channels are linked', () => {
    assert.equal(role('nx1', 'Port-Channel1').role, 'peer-link');
    assert.equal(role('nx2', 'Ethernet1/54').role, 'peer-link');
    const l = fabric.links.find((x) => x.source === 'peer-link' && x.a.device === 'nx1');
    assert.ok(l);
    assert.deepEqual(
      [l.a, l.b],
      [
        { device: 'nx1', interface: 'Port-Channel1' },
        { device: 'nx2', interface: 'Port-Channel1' },
      ],
    );
  });

  it('a tenant VLAN interface both peers of a pair share is a host-facing gateway, not the peer-link', () => {
    for (const [device, peer, iface, word] of [
      ['leaf1', 'leaf2', 'Vlan10', 'MLAG'],
      ['nx1', 'nx2', 'Vlan10', 'vPC'],
      ['cl1', 'cl2', 'vlan10', 'CLAG'],
    ] as const) {
      const r = role(device, iface);
      assert.equal(r.role, 'host', `${device} ${iface}: ${r.evidence[0]?.text}`);
      assert.match(r.evidence[0]!.text, new RegExp(`shared with its ${word} peer ${peer} ${iface}`));
      assert.ok(r.evidence[0]!.loc, 'points at the address');
    }
    // A point-to-point SVI routed across the vPC peer-link is the pair's own link.
    const backup = role('nx1', 'Vlan3900');
    assert.equal(backup.role, 'peer-link');
    assert.match(backup.evidence[0]!.text, /link to nx2 Vlan3900, its vPC peer/);
  });

  it("Cumulus CLAG: the peering subinterface and its bond are peer-link; lo's clag vxlan-anycast-ip is not the peering", () => {
    for (const i of ['peerlink', 'peerlink.4094', 'swp49']) assert.equal(role('cl1', i).role, 'peer-link', i);
    assert.equal(fabric.devices.get('cl1')?.peerGroup?.localInterface?.value, 'peerlink.4094');
    assert.equal(role('cl1', 'lo').role, 'unknown');
  });

  it("the intent's interfaces: set roles by hostname and interface glob, win over inference and say so", async () => {
    const ws = await workspaceOf(DIR);
    const intent = [
      'interfaces:',
      '  - { device: "leaf{1,2}", interface: ["Ethernet9", "Ethernet4[78]"], role: fabric }',
      '  - { device: "LEAF*", interface: ["ethernet5", "Ethernet9"], role: unknown }',
      '  - { device: nx1, interface: Vlan3900, role: bogus }',
      '',
    ].join('\n');
    ws.setFile(pathToUri(path.join(DIR, 'fabric-intent.yaml')), intent);
    const result = ws.lint();
    const at = (device: string, iface: string) => roleOfInterface(result.fabric, result.fabric.devices.get(device)!.interfaces.get(iface)!);
    // The first matching item wins: leaf1's unknown /31 and its peer-link members become fabric …
    const wan = at('leaf1', 'Ethernet9');
    assert.equal(wan.role, 'fabric');
    assert.match(wan.evidence[0]!.text, /set by the intent \(interfaces: leaf\{1,2\} Ethernet9, Ethernet4\[78\] → fabric\)/);
    assert.equal(wan.evidence[0]!.loc?.range.start.line, 1, 'points at the intent item');
    assert.match(wan.evidence[1]!.text, /inferred unknown without it: routed 10\.9\.1\.0\/31/);
    assert.equal(at('leaf2', 'Ethernet48').role, 'fabric');
    // … and a later item catches what the first did not (globs are case-insensitive).
    const access = at('leaf2', 'Ethernet5');
    assert.equal(access.role, 'unknown');
    assert.match(access.evidence[1]!.text, /inferred host without it: switchport \(access\)/);
    // Interfaces no item names keep their inferred role; an invalid item is dropped with a located error.
    assert.equal(at('leaf1', 'Ethernet1').role, 'fabric');
    assert.equal(at('leaf1', 'Ethernet1').evidence[0]!.text.startsWith('linked to spine1'), true);
    assert.equal(at('nx1', 'Vlan3900').role, 'peer-link');
    const bad = result.findings.filter((f) => f.ruleId === 'workspace/intent-invalid');
    assert.equal(bad.length, 1, bad.map((f) => f.message).join('; '));
    assert.match(bad[0]!.message, /role/);
    assert.equal(bad[0]!.loc.range.start.line, 3);
  });

  it('Cumulus CLAG: two pairs reuse 169.254.1.0/30; the sys-mac tells the pairs apart and no duplicate is reported', async () => {
    const pairs = fabric.links
      .filter((l) => l.source === 'peer-link' && l.a.device.startsWith('cl'))
      .map((l) => `${l.a.device}:${l.a.interface}↔${l.b.device}:${l.b.interface}`);
    assert.deepEqual(pairs.sort(), [
      'cl1:peerlink.4094↔cl2:peerlink.4094',
      'cl1:peerlink↔cl2:peerlink',
      'cl3:peerlink.4094↔cl4:peerlink.4094',
      'cl3:peerlink↔cl4:peerlink',
    ]);
    const result = (await workspaceOf(DIR)).lint();
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'link/duplicate-address' || f.ruleId === 'link/ambiguous-subnet'),
      [],
    );
  });
});
