import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  detectTopologyFormat,
  lldpHostFromUri,
  readAvdCsv,
  readContainerlab,
  readEosLldp,
  readLayer1Topology,
  readLldpctl,
  readNxosLldp,
  readSonicDeviceNeighbor,
  readTopology,
} from '../../server/src/links/index';
import { canonicalInterfaceName } from '../../server/src/links/names';
import { initParsers } from '../../server/src/parsing/parser';
import type { LinkEvidence } from '../../server/src/model/types';
import { corpusDir, fixture } from './helpers';

const CORPUS = corpusDir();

function corpusFile(rel: string): { uri: string; text: string } {
  const file = path.join(CORPUS ?? '', rel);
  return { uri: `file://${file}`, text: fs.readFileSync(file, 'utf8') };
}

const c = canonicalInterfaceName;
const edge = (e: LinkEvidence) => `${e.a.device}:${e.a.interface} ${e.b.device}:${e.b.interface}`;

describe('links/readers on the corpus', function () {
  before(async () => {
    await initParsers();
  });

  const layer1: [string, number, string, { line: number; character: number }][] = [
    // [file, unique edges, first edge, start of the first edge object]
    ['eos/pybatfish-aristaevpn/batfish/layer1_topology.json', 34, 'dc1-bl1a:Ethernet1 dc1-spine1:Ethernet6', { line: 0, character: 11 }],
    ['sonic/pybatfish-sonic-example/batfish/layer1_topology.json', 6, 'leaf01:Ethernet2 spine02:Ethernet2', { line: 2, character: 8 }],
    ['junos/batfish-l2-topology/layer1_topology.json', 5, 'r1:xe-0/0/0 sw:xe-0/0/0', { line: 2, character: 4 }],
    ['nvue/batfish-cumulus-nclu-evpn-type5/layer1_topology.json', 15, 'Spine1:swp1 Leaf1:swp1', { line: 2, character: 4 }],
    // 40 edges, every cable listed in both directions
    ['ios/batfish-example-live/example_layer1_topology.json', 20, 'as1border1:GigabitEthernet0/0 as1core1:GigabitEthernet1/0', { line: 2, character: 4 }],
  ];
  for (const [file, count, first, start] of layer1) {
    it(`layer1: ${file} → ${count} edges`, () => {
      const { uri, text } = corpusFile(file);
      assert.equal(detectTopologyFormat(uri, text), 'layer1');
      const r = readLayer1Topology(uri, text);
      assert.deepEqual(r.problems, []);
      assert.equal(r.evidence.length, count);
      const e = r.evidence[0]!;
      const [a, b] = first.split(' ').map((s) => s.split(':')) as [[string, string], [string, string]];
      assert.equal(edge(e), `${a[0]}:${c(a[1])} ${b[0]}:${c(b[1])}`);
      assert.deepEqual(e.locs[0]!.range.start, start);
      assert.equal(e.source, 'layer1');
    });
  }

  it('layer1: the aristaevpn edges are those of the JSON, each once', () => {
    const { uri, text } = corpusFile('eos/pybatfish-aristaevpn/batfish/layer1_topology.json');
    const raw = (JSON.parse(text) as { edges: { node1: { hostname: string }; node2: { hostname: string } }[] }).edges;
    const r = readLayer1Topology(uri, text);
    assert.deepEqual(
      r.evidence.map((e) => `${e.a.device} ${e.b.device}`),
      raw.map((e) => `${e.node1.hostname} ${e.node2.hostname}`),
    );
    // single-line JSON: each edge's loc is its own {…} on line 0, one after the other
    const starts = r.evidence.map((e) => e.locs[0]!.range.start.character);
    assert.ok(starts.every((s, i) => i === 0 || s > starts[i - 1]!));
    assert.ok(r.evidence.every((e) => e.locs[0]!.range.start.line === 0));
  });

  const csvs: [string, number, number][] = [
    // [file, rows, unique cables]
    ['eos/avd-examples-single-dc-l3ls/FABRIC-topology.csv', 38, 22],
    ['eos/avd-examples-single-dc-l3ls/FABRIC-p2p-links.csv', 8, 8],
    ['eos/avd-examples-dual-dc-l3ls/FABRIC-topology.csv', 80, 46],
    ['eos/avd-examples-dual-dc-l3ls/FABRIC-p2p-links.csv', 18, 18],
  ];
  for (const [file, rows, count] of csvs) {
    it(`avd-csv: ${file} → ${count} cables from ${rows} rows`, () => {
      const { uri, text } = corpusFile(file);
      assert.equal(detectTopologyFormat(uri, text), 'avd-csv');
      const r = readAvdCsv(uri, text);
      assert.deepEqual(r.problems, []);
      assert.equal(r.evidence.length, count);
      assert.equal(edge(r.evidence[0]!), `dc1-leaf1a:${c('Ethernet1')} dc1-spine1:${c('Ethernet1')}`);
      const loc = r.evidence[0]!.locs[0]!;
      assert.deepEqual(loc.range.start, { line: 1, character: 0 });
      assert.equal(loc.range.end.character, text.split('\n')[1]!.length);
    });
  }

  it('avd-csv: single-dc topology has the mlag peer links once', () => {
    const { uri, text } = corpusFile('eos/avd-examples-single-dc-l3ls/FABRIC-topology.csv');
    const edges = readAvdCsv(uri, text).evidence.map(edge);
    assert.ok(edges.includes(`dc1-leaf1a:${c('Ethernet3')} dc1-leaf1b:${c('Ethernet3')}`));
    assert.ok(!edges.includes(`dc1-leaf1b:${c('Ethernet3')} dc1-leaf1a:${c('Ethernet3')}`));
  });

  it('clab: srlvjunos01 maps eth1 → ge-0/0/0 on vJunos-switch and e1-1 → ethernet-1/1 on SR Linux', () => {
    const { uri, text } = corpusFile('junos/containerlab-lab-examples/srlvjunos01/srlvjunos01.clab.yml');
    assert.equal(detectTopologyFormat(uri, text), 'clab');
    const r = readContainerlab(uri, text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.evidence.map(edge),
      [1, 2, 3].map((i) => `srl:${c(`ethernet-1/${i}`)} vjunos:${c(`ge-0/0/${i - 1}`)}`),
    );
    const b = r.evidence[0]!.b as { aliases?: string[]; written?: string };
    assert.ok(b.aliases?.includes('vswitch'), 'node name travels as an alias');
    assert.ok(
      b.aliases?.some((a) => a.endsWith('/srlvjunos01/vjunos.cfg')),
      'startup-config file travels as an alias',
    );
    assert.equal(b.written, 'eth1');
    assert.deepEqual(r.evidence[0]!.locs[0]!.range, { start: { line: 15, character: 17 }, end: { line: 15, character: 45 } });
  });

  it('clab: srlcjunosevo maps eth4 → et-0/0/0 on cJunos-Evolved', () => {
    const { uri, text } = corpusFile('junos/containerlab-lab-examples/srlcjunosevo/srlcjunosevo.clab.yml');
    const r = readContainerlab(uri, text);
    assert.deepEqual(
      r.evidence.map(edge),
      [1, 2, 3].map((i) => `srl:${c(`ethernet-1/${i}`)} cjunosevo:${c(`et-0/0/${i - 1}`)}`),
    );
  });

  it('clab: cvx01/cvx02 keep swp and linux names as written', () => {
    for (const [file, peer] of [
      ['nvue/containerlab-cvx-ifupdown2/cvx01/topo.clab.yml', `sw2:${c('eth21')}`],
      ['nvue/containerlab-cvx-ifupdown2/cvx02/topo.clab.yml', `h1:${c('eth1')}`],
    ] as const) {
      const { uri, text } = corpusFile(file);
      const r = readContainerlab(uri, text);
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.evidence.map(edge), [`sw1:${c('swp12')} ${peer}`]);
      const a = r.evidence[0]!.a as { aliases?: string[] };
      assert.ok(
        a.aliases?.some((x) => x.endsWith('/sw1/interfaces')),
        'bind source travels as an alias',
      );
      assert.ok(!a.aliases?.some((x) => x.includes('/lib/modules')), 'absolute host binds are not lab files');
    }
  });

  it('sonic: vlab-t2-01 DEVICE_NEIGHBOR → 4 neighbours of Linecard1', () => {
    const { uri, text } = corpusFile('sonic/sonic-mgmt-vs-voq-t2/vlab-t2-01_config_db.json');
    assert.equal(detectTopologyFormat(uri, text), 'sonic-config-db');
    const r = readSonicDeviceNeighbor(uri, text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.evidence.map(edge), [
      `Linecard1:${c('Ethernet4')} ARISTA01T3:${c('Ethernet2')}`,
      `Linecard1:${c('Ethernet8')} ARISTA03T3:${c('Ethernet1')}`,
      `Linecard1:${c('Ethernet0')} ARISTA01T3:${c('Ethernet1')}`,
      `Linecard1:${c('Ethernet120')} Linecard2_Asic0:${c('Ethernet120')}`,
    ]);
    assert.deepEqual(r.evidence[0]!.locs[0]!.range, { start: { line: 1322, character: 4 }, end: { line: 1325, character: 5 } });
  });

  it('sonic: counterpoll config_db → 28 neighbours of str-s6000-acs-14', () => {
    const { uri, text } = corpusFile('sonic/sonic-utilities-tests/counterpoll_input/config_db.json');
    const r = readSonicDeviceNeighbor(uri, text);
    assert.equal(r.evidence.length, 28);
    assert.ok(r.evidence.every((e) => e.a.device === 'str-s6000-acs-14' && e.source === 'sonic-device-neighbor'));
    assert.equal(r.evidence.filter((e) => e.b.device.startsWith('ARISTA')).length, 4);
  });

  it('sonic: config_dbs without DEVICE_NEIGHBOR are not topology files', () => {
    for (const f of [
      'sonic/sonic-utilities-tests/db_migrator_input/config_db/acs-msn3700-t1-version_3_0_3.json',
      'sonic/pybatfish-sonic-example/sonic_configs/leaf01/config_db.json',
      'sonic/sonic-buildimage-config-engine-samples/qos-arista7260-t1.json',
    ]) {
      const { uri, text } = corpusFile(f);
      assert.equal(detectTopologyFormat(uri, text), undefined, f);
    }
  });

  it('detect: device configs of the corpus are not topology files', () => {
    for (const f of [
      'junos/containerlab-lab-examples/srlvjunos01/vjunos.cfg',
      'junos/jvd-aiml-multitenancy-backend/spine1_qfx5240-64od.conf',
      'nvue/containerlab-cvx-ifupdown2/cvx01/sw1/interfaces',
    ]) {
      const { uri, text } = corpusFile(f);
      assert.equal(detectTopologyFormat(uri, text), undefined, f);
    }
  });
});

describe('links/readers on fixtures', () => {
  before(async () => {
    await initParsers();
  });

  it('clab: kinds, defaults, extended endpoints, pseudo nodes and bad links', () => {
    const { uri, text } = fixture('fabric.clab.yml');
    assert.equal(detectTopologyFormat(uri, text), 'clab');
    const r = readContainerlab(uri, text);
    assert.deepEqual(r.evidence.map(edge), [
      `dc1-leaf1:${c('Ethernet1')} spine1:${c('Ethernet1/1')}`,
      `leaf2:${c('Ethernet1')} spine1:${c('Ethernet1/2')}`,
      `dc1-leaf1:${c('Ethernet2')} spine2:${c('Ethernet4')}`,
      `leaf2:${c('Ethernet2/1')} spine2:${c('Ethernet8')}`,
      `border:${c('ethernet-1/1')} spine1:${c('Ethernet1/3')}`,
    ]);
    // block-style endpoints: the loc spans the list
    assert.equal(r.evidence[3]!.locs[0]!.range.start.line, 24);
    assert.deepEqual(
      r.problems.map((p) => [p.loc.range.start.line, /ghost/.test(p.message) ? 'ghost' : /endpoint/.test(p.message) ? 'endpoint' : p.message]),
      [
        [34, 'ghost'],
        [35, 'endpoint'],
        [35, 'endpoint'],
      ],
    );
  });

  it('clab: never throws on broken YAML', () => {
    const r = readContainerlab('file:///x/bad.clab.yml', 'topology:\n  nodes: [\n  links: {{{\n');
    assert.equal(r.evidence.length, 0);
    assert.ok(r.problems.length > 0);
    assert.doesNotThrow(() => readContainerlab('file:///x/empty.clab.yml', ''));
  });

  it('sonic: flat redis-dump DEVICE_NEIGHBOR|EthernetN (plain and type/value)', () => {
    const { uri, text } = fixture('flat-redis-config_db.json');
    assert.equal(detectTopologyFormat(uri, text), 'sonic-config-db');
    const r = readSonicDeviceNeighbor(uri, text);
    assert.deepEqual(r.evidence.map(edge), [
      `sonic-t1-07:${c('Ethernet0')} ARISTA01T2:${c('Ethernet1')}`,
      `sonic-t1-07:${c('Ethernet4')} ARISTA02T2:${c('Ethernet1')}`,
    ]);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.loc.range.start.line, 17);
    assert.deepEqual(r.evidence[0]!.locs[0]!.range, { start: { line: 6, character: 4 }, end: { line: 9, character: 5 } });
  });

  it('lldp: EOS detail JSON, FQDN kept, quoted interfaceId, MAC port ids skipped', () => {
    const { uri, text } = fixture('r1_lldp.json');
    assert.equal(detectTopologyFormat(uri, text), 'lldp-eos');
    const r = readEosLldp(uri, text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.evidence.map(edge), [
      `r1:${c('Ethernet1')} spine1.dc1.example.net:${c('Ethernet1/1')}`,
      `r1:${c('Ethernet2')} spine2:${c('Ethernet1/1')}`,
    ]);
    assert.equal(r.evidence[0]!.locs[0]!.range.start.line, 4);
  });

  it('lldp: EOS non-detail list form', () => {
    const text = JSON.stringify({ lldpNeighbors: [{ port: 'Ethernet1', neighborDevice: 'spine1', neighborPort: 'Ethernet1/1', ttl: 120 }] });
    const r = readEosLldp('file:///w/lldp/leaf9.lldp.json', text);
    assert.deepEqual(r.evidence.map(edge), [`leaf9:${c('Ethernet1')} spine1:${c('Ethernet1/1')}`]);
  });

  it('lldp: NX-OS detail JSON, rows as array and as a single object', () => {
    const one = fixture('spine1-lldp.json');
    assert.equal(detectTopologyFormat(one.uri, one.text), 'lldp-nxos');
    assert.deepEqual(readNxosLldp(one.uri, one.text).evidence.map(edge), [
      `spine1:${c('Eth1/1')} r1:${c('Ethernet1')}`,
      `spine1:${c('Eth1/2')} r2:${c('Ethernet1')}`,
    ]);
    const single = fixture('lldp-spine2.json');
    assert.deepEqual(readNxosLldp(single.uri, single.text).evidence.map(edge), [`spine2:${c('Eth1/1')} r1:${c('Ethernet2')}`]);
  });

  it('lldp: lldpctl -f json, interface as object and as array', () => {
    const obj = fixture('leaf01.lldp.json');
    assert.equal(detectTopologyFormat(obj.uri, obj.text), 'lldpctl');
    assert.deepEqual(readLldpctl(obj.uri, obj.text).evidence.map(edge), [`leaf01:${c('swp51')} spine01:${c('swp1')}`]);
    const arr = fixture('leaf02_lldp.json');
    const r = readLldpctl(arr.uri, arr.text);
    // swp52's port id is a MAC: the ifname-like port description is used; eth0's "Server port" is not
    assert.deepEqual(r.evidence.map(edge), [`leaf02:${c('swp51')} spine01:${c('swp2')}`, `leaf02:${c('swp52')} spine02:${c('swp2')}`]);
  });

  it('lldp: every neighbour is kept with what it advertises, MAC-address port IDs included (role evidence, not links)', () => {
    const host = JSON.stringify({
      lldp: {
        interface: {
          swp1: {
            chassis: {
              'gpu-07': {
                id: { type: 'mac', value: '94:6d:ae:00:12:01' },
                capability: [
                  { type: 'Bridge', enabled: false },
                  { type: 'Station', enabled: true },
                ],
              },
            },
            port: { id: { type: 'mac', value: '94:6d:ae:00:12:01' } },
          },
        },
      },
    });
    const r = readLldpctl('file:///w/sw3.lldp.json', host);
    assert.deepEqual(r.evidence, []);
    assert.deepEqual(
      r.neighbors?.map((n) => n.advert),
      [{ systemName: 'gpu-07', portId: '94:6d:ae:00:12:01', portIdKind: 'mac', capabilities: ['station'] }],
    );
    const nx = fixture('spine1-lldp.json');
    assert.deepEqual(
      readNxosLldp(nx.uri, nx.text).neighbors?.map((n) => [n.advert.systemName, n.advert.portIdKind, n.advert.capabilities]),
      [
        ['r1', 'ifname', ['bridge', 'router']],
        ['r2', 'ifname', undefined],
      ],
    );
    const eos = fixture('r1_lldp.json');
    assert.deepEqual(readEosLldp(eos.uri, eos.text).neighbors?.[0]?.advert.capabilities, ['bridge', 'router']);
  });

  it('lldp: the local host comes from "hostname" in the JSON, else the file name', () => {
    assert.equal(lldpHostFromUri('file:///w/leaf1.lldp.json'), 'leaf1');
    assert.equal(lldpHostFromUri('file:///w/leaf1-lldp.json'), 'leaf1');
    assert.equal(lldpHostFromUri('file:///w/leaf1_lldp.json'), 'leaf1');
    assert.equal(lldpHostFromUri('file:///w/lldp-dc1-leaf1a.json'), 'dc1-leaf1a');
    assert.equal(lldpHostFromUri('file:///w/neighbors.json'), undefined);
    const text = JSON.stringify({
      hostname: 'leaf7',
      lldpNeighbors: { Ethernet1: { lldpNeighborInfo: [{ systemName: 's1', neighborInterfaceInfo: { interfaceId_v2: 'Ethernet3' } }] } },
    });
    assert.equal(readEosLldp('file:///w/whatever.lldp.json', text).evidence[0]!.a.device, 'leaf7');
    const anon = readEosLldp('file:///w/neighbors.json', text.replace('"hostname":"leaf7",', ''));
    assert.equal(anon.evidence.length, 0);
    assert.equal(anon.problems.length, 1);
  });

  it('a JSON syntax error is a located problem, and what could be read is still used', () => {
    const text =
      '{"DEVICE_METADATA":{"localhost":{"hostname":"s1"}},\n "DEVICE_NEIGHBOR":{"Ethernet0":{"name":"x","port":"E1"} "Ethernet4":{"name":"y","port":"E2"}}}';
    const r = readSonicDeviceNeighbor('file:///w/config_db.json', text);
    assert.deepEqual(r.evidence.map(edge), [`s1:${c('Ethernet0')} x:${c('E1')}`, `s1:${c('Ethernet4')} y:${c('E2')}`]);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0]!.message, /^config_db: invalid JSON: /);
    assert.deepEqual(r.problems[0]!.loc.range.start, { line: 1, character: 56 });
    const empty = readEosLldp('file:///w/leaf1.lldp.json', '  ');
    assert.deepEqual(
      empty.problems.map((p) => p.message),
      ['EOS LLDP: invalid JSON: unexpected end of JSON'],
    );
  });

  it('every reader survives garbage', () => {
    const junk = ['', '{', '[]', 'null', '{"edges": 3}', '{"lldp": {"interface": 7}}', '\u0000\u0001', 'a,b\n"x'];
    for (const fmt of ['clab', 'layer1', 'avd-csv', 'sonic-config-db', 'lldp-eos', 'lldp-nxos', 'lldpctl'] as const) {
      for (const j of junk) assert.doesNotThrow(() => readTopology(fmt, 'file:///w/x', j), `${fmt} on ${JSON.stringify(j)}`);
    }
  });

  it('detect: by name and by content', () => {
    assert.equal(detectTopologyFormat('file:///w/lab.clab.yaml', ''), 'clab');
    assert.equal(
      detectTopologyFormat('file:///w/lab.yml', 'name: x\ntopology:\n  nodes:\n    a: {}\n  links:\n    - endpoints: ["a:eth1", "b:eth1"]\n'),
      'clab',
    );
    assert.equal(detectTopologyFormat('file:///w/other.yml', 'roles:\n  spine: ["*"]\n'), undefined);
    assert.equal(detectTopologyFormat('file:///w/batfish/layer1_topology.json', '{}'), 'layer1');
    assert.equal(detectTopologyFormat('file:///w/t.json', '{"edges":[{"node1":{"hostname":"a","interfaceName":"e1"}}]}'), 'layer1');
    assert.equal(detectTopologyFormat('file:///w/x.csv', 'Node,Node Interface,Peer Node,Peer Interface\n'), 'avd-csv');
    assert.equal(detectTopologyFormat('file:///w/x.csv', 'a,b\n'), undefined);
    assert.equal(detectTopologyFormat('file:///w/leaf1.cfg', 'hostname leaf1\n'), undefined);
  });
});
