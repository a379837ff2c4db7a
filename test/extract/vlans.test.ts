/**
 * The VLAN model (model/vlans.ts, model/l2.ts) and what each dialect's reader puts in it: port mode, access VLAN,
 * allowed VLANs with add/remove/except/all/none, native VLAN, SVI VLAN, VXLAN VNIs, spanning tree, MLAG numbers.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { carriedVlans, carries, l2PortOf } from '../../server/src/model/l2';
import type { Device, Interface } from '../../server/src/model/types';
import { vlanTableGet, vlanTableIds } from '../../server/src/model/vlan-table';
import { ALL_VLANS, formatVlans, hasVlan, intersect, parseVlanList, subtract, union, vlanIds, vlanSet } from '../../server/src/model/vlans';
import { workspaceOf } from '../helpers/lint';
import { iface, lineNo, ready } from './helpers';

/** Lints the files as one workspace and returns its devices by hostname. */
async function devicesOf(files: Record<string, string>): Promise<Map<string, Device>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-vlans-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const fabric = (await workspaceOf(dir)).lint().fabric;
  return new Map([...fabric.devices.values()].map((d) => [d.hostname, d]));
}

function vlansOf(i: Interface): string {
  return i.trunkAllowedVlans ? formatVlans(i.trunkAllowedVlans.value) : '-';
}

describe('VLAN sets', () => {
  it('normalises, combines and formats ranges', () => {
    assert.deepEqual(
      vlanSet([
        [30, 20],
        [10, 10],
        [11, 12],
        [4000, 5000],
      ]),
      [
        [10, 12],
        [20, 30],
        [4000, 4094],
      ],
    );
    assert.equal(
      formatVlans(
        union(
          [[1, 5]],
          [
            [6, 9],
            [20, 20],
          ],
        ),
      ),
      '1-9,20',
    );
    assert.equal(
      formatVlans(
        subtract(ALL_VLANS, [
          [10, 20],
          [4094, 4094],
        ]),
      ),
      '1-9,21-4093',
    );
    assert.equal(
      formatVlans(
        intersect(
          [[1, 100]],
          [
            [50, 200],
            [300, 400],
          ],
        ),
      ),
      '50-100',
    );
    assert.equal(formatVlans(subtract([[1, 10]], [[1, 10]])), 'none');
    assert.ok(
      hasVlan(
        [
          [10, 20],
          [30, 40],
        ],
        35,
      ) &&
        !hasVlan(
          [
            [10, 20],
            [30, 40],
          ],
          25,
        ),
    );
    assert.deepEqual(
      vlanIds([
        [1, 3],
        [7, 7],
      ]),
      [1, 2, 3, 7],
    );
  });

  it('reads lists as configs write them and names what it cannot read', () => {
    const r = parseVlanList(['10,20-22', '30', 'v40', '5000', '7-3']);
    assert.equal(formatVlans(r.set), '10,20-22,30');
    assert.deepEqual(r.bad, ['v40', '5000', '7-3']);
  });
});

describe('extract: VLANs in every dialect', function () {
  before(ready);

  it('EOS / NX-OS / IOS: allowed lists with add, remove, except, all, none; native VLAN; defaults', async () => {
    const d = await devicesOf({
      'eos1.cfg': [
        '! fabric-lint: dialect=eos',
        'hostname eos1',
        'vlan 10,20-22',
        '   name SERVERS',
        'vlan 4094',
        '   trunk group MLAG',
        'no vlan 22',
        'spanning-tree mode mstp',
        'no spanning-tree vlan-id 4094',
        'interface Ethernet1',
        '   switchport mode trunk',
        '   switchport trunk allowed vlan 10,20',
        '   switchport trunk allowed vlan add 30-31',
        '   switchport trunk allowed vlan remove 31',
        '   switchport trunk native vlan tag',
        'interface Ethernet2',
        '   switchport mode trunk',
        '   switchport trunk allowed vlan except 1-9',
        'interface Ethernet3',
        '   switchport mode trunk',
        '   switchport trunk allowed vlan remove 5',
        'interface Ethernet4',
        '   switchport access vlan 10',
        '   spanning-tree bpdufilter enable',
        'interface Port-Channel10',
        '   switchport mode trunk',
        '   switchport trunk group MLAG',
        '   mlag 10',
        'interface Vlan20',
        '   ip address 10.0.20.1/24',
        'interface Vxlan1',
        '   vxlan vlan 20-21 vni 10020-10021',
        '',
      ].join('\n'),
      'nx1.cfg': [
        '! fabric-lint: dialect=nxos',
        'hostname nx1',
        'vlan 1,10',
        'vlan 10',
        '  vn-segment 10010',
        'no spanning-tree vlan 10',
        'interface port-channel7',
        '  switchport',
        '  switchport mode trunk',
        '  switchport trunk allowed vlan none',
        '  vpc 7',
        'interface Ethernet1/1',
        '  switchport',
        '  switchport mode trunk',
        '  switchport trunk native vlan 10',
        '  switchport trunk allowed vlan all',
        '',
      ].join('\n'),
      'ios1.cfg': [
        '! fabric-lint: dialect=ios',
        'hostname ios1',
        'vlan 10',
        'interface GigabitEthernet1/0/1',
        ' switchport',
        ' switchport access vlan 10',
        '',
      ].join('\n'),
    });
    const eos = d.get('eos1')!;
    assert.deepEqual([...vlanTableIds(eos.vlans!)], [1, 10, 20, 21, 4094]);
    assert.equal(vlanTableGet(eos.vlans!, 10)!.name, 'SERVERS');
    assert.deepEqual(vlanTableGet(eos.vlans!, 4094)!.trunkGroups, ['MLAG']);
    assert.equal(vlanTableGet(eos.vlans!, 21)!.vni?.value, 10021);
    assert.equal(eos.spanningTree?.mode?.value, 'mstp');
    assert.equal(formatVlans(eos.spanningTree!.offVlans!.value), '4094');
    const e1 = iface(eos, 'Ethernet1');
    assert.deepEqual([e1.vlanMode?.value, vlansOf(e1), e1.nativeVlan], ['trunk', '10,20,30', undefined]);
    assert.equal(lineNo(e1.trunkAllowedVlans!.loc), 14);
    assert.equal(vlansOf(iface(eos, 'Ethernet2')), '10-4094');
    assert.equal(vlansOf(iface(eos, 'Ethernet3')), '1-4,6-4094');
    const e3 = iface(eos, 'Ethernet3');
    assert.deepEqual([e3.nativeVlan?.value, e3.nativeVlan?.defaulted], [1, true]);
    const e4 = iface(eos, 'Ethernet4');
    assert.deepEqual([e4.vlanMode?.value, e4.vlanMode?.defaulted, e4.accessVlan?.value, e4.stpOff?.value], ['access', true, 10, 'spanning-tree bpdufilter']);
    const pc = iface(eos, 'Port-Channel10');
    assert.deepEqual([pc.mlagId?.value, pc.trunkGroups?.value], [10, ['MLAG']]);
    assert.equal(iface(eos, 'Vlan20').sviVlan?.value, 20);
    // Trunk groups: only the MLAG trunk carries VLAN 4094; VLANs the switch lacks are carried by no trunk.
    assert.ok(carries(eos, pc, 4094) && !carries(eos, e3, 4094));
    assert.equal(formatVlans(carriedVlans(eos, e3)!.tagged), '10,20-21');

    const nx = d.get('nx1')!;
    assert.equal(vlanTableGet(nx.vlans!, 10)!.vni?.value, 10010);
    assert.equal(formatVlans(nx.spanningTree!.offVlans!.value), '10');
    assert.deepEqual([vlansOf(iface(nx, 'Port-Channel7')), iface(nx, 'Port-Channel7').mlagId?.value], ['none', 7]);
    const n1 = iface(nx, 'Ethernet1/1');
    assert.deepEqual([vlansOf(n1), n1.nativeVlan?.value, n1.nativeVlan?.defaulted], ['1-4094', 10, false]);
    assert.deepEqual(carriedVlans(nx, n1), { tagged: [[1, 1]], untagged: 10 });

    // IOS: the VLANs of a VTP server are not in the file, and a port without a mode line negotiates.
    const ios = d.get('ios1')!;
    assert.equal(ios.vlans, undefined);
    assert.equal(iface(ios, 'GigabitEthernet1/0/1').vlanMode, undefined);
  });

  it('Junos: interface-mode, vlan members by name, number, range and all, native-vlan-id, irb, vxlan vni, rstp', async () => {
    const d = await devicesOf({
      'qfx1.conf': [
        'system { host-name qfx1; }',
        'interfaces {',
        '    xe-0/0/0 {',
        '        native-vlan-id 10;',
        '        unit 0 {',
        '            family ethernet-switching {',
        '                interface-mode trunk;',
        '                vlan { members [ v10 30-31 ]; }',
        '            }',
        '        }',
        '    }',
        '    xe-0/0/1 { unit 0 { family ethernet-switching { vlan { members v10; } } } }',
        '    xe-0/0/2 { unit 0 { family ethernet-switching { interface-mode trunk; vlan { members all; } } } }',
        '    irb { unit 100 { family inet { address 10.0.10.1/24; } } }',
        '}',
        'vlans {',
        '    v10 { vlan-id 10; l3-interface irb.100; vxlan { vni 5010; } }',
        '    v30 { vlan-id 30; }',
        '}',
        'protocols { rstp { interface xe-0/0/2 { disable; } } }',
        '',
      ].join('\n'),
    });
    const q = d.get('qfx1')!;
    const t = iface(q, 'xe-0/0/0.0');
    assert.deepEqual([t.vlanMode?.value, vlansOf(t), t.nativeVlan?.value], ['trunk', '10,30-31', 10]);
    assert.equal(l2PortOf(q, iface(q, 'xe-0/0/0')), t);
    const a = iface(q, 'xe-0/0/1.0');
    assert.deepEqual([a.vlanMode?.value, a.vlanMode?.defaulted, a.accessVlan?.value], ['access', true, 10]);
    assert.equal(vlansOf(iface(q, 'xe-0/0/2.0')), '10,30');
    assert.equal(iface(q, 'irb.100').sviVlan?.value, 10);
    assert.equal(vlanTableGet(q.vlans!, 10)!.vni?.value, 5010);
    assert.deepEqual([q.spanningTree?.mode?.value, iface(q, 'xe-0/0/2.0').stpOff?.value], ['rstp', 'protocols rstp interface xe-0/0/2 disable']);
  });

  it('SONiC: tagged members make a trunk with the untagged one as its native VLAN; VXLAN_TUNNEL_MAP gives VNIs', async () => {
    const db = {
      DEVICE_METADATA: { localhost: { hostname: 'sonic1', hwsku: 'Mellanox-SN3800-D112C8' } },
      PORT: { Ethernet0: { admin_status: 'up', lanes: '0' }, Ethernet4: { admin_status: 'up', lanes: '4' } },
      VLAN: { Vlan10: { vlanid: '10' }, Vlan20: { vlanid: '20' } },
      VLAN_MEMBER: { 'Vlan10|Ethernet0': { tagging_mode: 'untagged' }, 'Vlan20|Ethernet0': { tagging_mode: 'tagged' }, 'Vlan10|Ethernet4': {} },
      VLAN_INTERFACE: { Vlan20: {}, 'Vlan20|10.0.20.1/24': {} },
      VXLAN_TUNNEL_MAP: { 'vtep|map_5020_Vlan20': { vlan: 'Vlan20', vni: '5020' } },
    };
    const d = await devicesOf({ 'config_db.json': JSON.stringify(db, null, 2) });
    const s = [...d.values()][0]!;
    const e0 = iface(s, 'Ethernet0');
    assert.deepEqual([e0.vlanMode?.value, vlansOf(e0), e0.nativeVlan?.value], ['trunk', '10,20', 10]);
    assert.deepEqual(carriedVlans(s, e0), { tagged: [[20, 20]], untagged: 10 });
    const e4 = iface(s, 'Ethernet4');
    assert.deepEqual([e4.vlanMode?.value, e4.accessVlan?.value], ['access', 10]);
    assert.equal(iface(s, 'Vlan20').sviVlan?.value, 20);
    assert.equal(vlanTableGet(s.vlans!, 20)!.vni?.value, 5020);
  });

  it('Cumulus: bridge ports inherit the bridge VIDs and PVID, bridge-access makes an access port; NCLU and NVUE alike', async () => {
    const d = await devicesOf({
      'cl1.intf': [
        '# fabric-lint: dialect=nvue',
        'auto swp1',
        'iface swp1',
        '    bridge-access 10',
        'auto swp2',
        'iface swp2',
        '    bridge-vids 20',
        '    bridge-pvid 30',
        'auto swp3',
        'iface swp3',
        '    mstpctl-bpdufilter yes',
        'auto bond1',
        'iface bond1',
        '    bond-slaves swp4',
        '    clag-id 5',
        'auto vni10',
        'iface vni10',
        '    vxlan-id 5010',
        '    bridge-access 10',
        'auto bridge',
        'iface bridge',
        '    bridge-vlan-aware yes',
        '    bridge-ports swp1 swp2 swp3 bond1 vni10',
        '    bridge-vids 10 20 30',
        '    bridge-stp off',
        'auto vlan10',
        'iface vlan10',
        '    vlan-id 10',
        '    vlan-raw-device bridge',
        '    address 10.0.10.1/24',
        '',
      ].join('\n'),
      'cl2.nclu': [
        'net add hostname cl2',
        'net add bridge bridge ports swp1-2',
        'net add bridge bridge vids 10,20',
        'net add interface swp1 bridge access 10',
        'net add interface swp2 bridge pvid 20',
        'net add bond bond1 clag id 3',
        '',
      ].join('\n'),
      'cl3.nvue': [
        'nv set system hostname cl3',
        'nv set bridge domain br_default vlan 10,20',
        'nv set interface swp1 bridge domain br_default access 10',
        'nv set interface swp2 bridge domain br_default vlan 20',
        'nv set interface swp2 bridge domain br_default untagged 20',
        'nv set interface bond1 bond member swp3',
        'nv set interface bond1 bond mlag id 4',
        '',
      ].join('\n'),
    });
    const c1 = d.get('cl1')!;
    assert.deepEqual([iface(c1, 'swp1').vlanMode?.value, iface(c1, 'swp1').accessVlan?.value], ['access', 10]);
    const s2 = iface(c1, 'swp2');
    assert.deepEqual([s2.vlanMode?.value, vlansOf(s2), s2.nativeVlan?.value], ['trunk', '20,30', 30]);
    const s3 = iface(c1, 'swp3');
    assert.deepEqual([vlansOf(s3), s3.nativeVlan?.value, s3.nativeVlan?.defaulted, s3.stpOff?.value], ['1,10,20,30', 1, true, 'mstpctl-bpdufilter yes']);
    assert.equal(iface(c1, 'bond1').mlagId?.value, 5);
    assert.equal(vlanTableGet(c1.vlans!, 10)!.vni?.value, 5010);
    assert.equal(c1.spanningTree?.enabled.value, false);
    assert.equal(iface(c1, 'vlan10').sviVlan?.value, 10);

    const c2 = d.get('cl2')!;
    assert.deepEqual([iface(c2, 'swp1').vlanMode?.value, vlansOf(iface(c2, 'swp2')), iface(c2, 'swp2').nativeVlan?.value], ['access', '10,20', 20]);
    assert.equal(iface(c2, 'bond1').mlagId?.value, 3);
    assert.equal(c2.peerGroup, undefined);

    const c3 = d.get('cl3')!;
    assert.deepEqual([iface(c3, 'swp1').vlanMode?.value, vlansOf(iface(c3, 'swp2')), iface(c3, 'swp2').nativeVlan?.value], ['access', '20', 20]);
    assert.equal(iface(c3, 'bond1').mlagId?.value, 4);
  });
});
