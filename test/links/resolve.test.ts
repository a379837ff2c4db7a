import * as assert from 'node:assert/strict';
import { resolveLinks } from '../../server/src/links/index';
import type { LinkEvidence, LinkIssue } from '../../server/src/model/types';
import { fabric, linkStrings, makeDevice } from './helpers';

const loc = (uri: string, line: number) => ({ uri, range: { start: { line, character: 0 }, end: { line, character: 5 } } });

function ev(source: LinkEvidence['source'], a: string, b: string, line = 1): LinkEvidence {
  const [ad = '', ai = ''] = a.split(':');
  const [bd = '', bi = ''] = b.split(':');
  return { source, a: { device: ad, interface: ai }, b: { device: bd, interface: bi }, locs: [loc(`file:///w/${source}`, line)], detail: source };
}

const kinds = (issues: LinkIssue[]) => issues.map((i) => i.kind);

describe('links/resolveLinks: subnet inference', () => {
  it('pairs a /31 and says which subnet and which lines', () => {
    const d = fabric(makeDevice('leaf1', [{ name: 'Ethernet1', ip: '10.0.0.1/31' }]), makeDevice('spine1', [{ name: 'Ethernet1/1', ip: '10.0.0.0/31' }]));
    const r = resolveLinks(d, [], {});
    assert.deepEqual(linkStrings(r.links), ['leaf1:Ethernet1 spine1:Ethernet1/1']);
    const l = r.links[0]!;
    assert.equal(l.source, 'subnet');
    assert.equal(l.detail, 'subnet 10.0.0.0/31');
    assert.deepEqual(l.evidence[0]!.locs.map((x) => x.uri).sort(), ['file:///test/leaf1.cfg', 'file:///test/spine1.cfg']);
    assert.deepEqual(r.issues, []);
  });

  it('pairs a lab /24 with exactly two members, and IPv6 /127 alongside', () => {
    const d = fabric(
      makeDevice('r1', [{ name: 'Ethernet1', ip: ['192.168.12.1/24', '2001:db8:0:12::/127'] }]),
      makeDevice('r2', [{ name: 'Ethernet1', ip: ['192.168.12.2/24', '2001:db8:0:12::1/127'] }]),
    );
    const r = resolveLinks(d, [], {});
    assert.deepEqual(linkStrings(r.links), ['r1:Ethernet1 r2:Ethernet1']);
    assert.deepEqual(r.links[0]!.evidence.map((e) => e.detail).sort(), ['subnet 192.168.12.0/24', 'subnet 2001:db8:0:12::/127']);
  });

  it('three distinct addresses in a p2p /30 are ambiguous, never a guessed pair', () => {
    const d = fabric(
      makeDevice('r1', [{ name: 'Ethernet1', ip: '10.1.1.1/30' }]),
      makeDevice('r2', [{ name: 'Ethernet1', ip: '10.1.1.2/30' }]),
      makeDevice('r3', [{ name: 'Ethernet1', ip: '10.1.1.3/30' }]),
    );
    const r = resolveLinks(d, [], {});
    assert.deepEqual(r.links, []);
    assert.deepEqual(kinds(r.issues), ['ambiguous-subnet']);
    const i = r.issues[0] as Extract<LinkIssue, { kind: 'ambiguous-subnet' }>;
    assert.equal(i.subnet, '10.1.1.0/30');
    assert.deepEqual(
      i.members.map((m) => m.endpoint.device),
      ['r1', 'r2', 'r3'],
    );
  });

  it('three distinct addresses in a wider subnet are a LAN segment: evidence, not an ambiguity', () => {
    const d = fabric(
      makeDevice('r1', [{ name: 'Ethernet1', ip: '10.1.1.1/29' }]),
      makeDevice('r2', [{ name: 'Ethernet1', ip: '10.1.1.2/29' }]),
      makeDevice('r3', [{ name: 'Ethernet1', ip: '10.1.1.3/29' }]),
    );
    const r = resolveLinks(d, [], {});
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.issues, []);
    assert.equal(r.segments.length, 1);
    assert.equal(r.segments[0]!.subnet, '10.1.1.0/29');
    assert.deepEqual(
      r.segments[0]!.members.map((m) => `${m.endpoint.device} ${m.address}`),
      ['r1 10.1.1.1', 'r2 10.1.1.2', 'r3 10.1.1.3'],
    );
  });

  it('a duplicate address pairs nobody and is left to link/duplicate-address', () => {
    const d = fabric(makeDevice('a', [{ name: 'Ethernet1', ip: '10.0.0.0/31' }]), makeDevice('b', [{ name: 'Ethernet1', ip: '10.0.0.0/31' }]));
    const r = resolveLinks(d, [], {});
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.issues, []);
  });

  it('link-local /30s reused by two MLAG pairs are neither links nor an ambiguity', () => {
    const d = fabric(
      makeDevice('l1', [{ name: 'peerlink.4094', ip: '169.254.1.1/30' }]),
      makeDevice('l2', [{ name: 'peerlink.4094', ip: '169.254.1.2/30' }]),
      makeDevice('l3', [{ name: 'peerlink.4094', ip: '169.254.1.1/30' }]),
      makeDevice('l4', [{ name: 'peerlink.4094', ip: '169.254.1.2/30' }]),
    );
    const r = resolveLinks(d, [], {});
    assert.deepEqual(r.links, []);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.segments, []);
  });

  it('different VRFs are not paired (and each is then unpaired)', () => {
    const d = fabric(
      makeDevice('a', [{ name: 'Ethernet1', ip: '10.0.0.0/31', vrf: 'RED' }]),
      makeDevice('b', [{ name: 'Ethernet1', ip: '10.0.0.1/31', vrf: 'BLUE' }]),
    );
    const r = resolveLinks(d, [], {});
    assert.deepEqual(r.links, []);
    assert.deepEqual(kinds(r.issues), ['unpaired', 'unpaired']);
  });

  it("a VRF /31 and the same /31 in the peer's default VRF pair (VRF-lite hand-off)", () => {
    const d = fabric(makeDevice('a', [{ name: 'Ethernet1', ip: '10.0.0.0/31', vrf: 'RED' }]), makeDevice('b', [{ name: 'Ethernet1', ip: '10.0.0.1/31' }]));
    const r = resolveLinks(d, [], {});
    assert.equal(r.links.length, 1);
    assert.deepEqual(kinds(r.issues), []);
  });

  it('skips loopbacks, /32, shutdown and ignored interfaces; unpaired only for p2p lengths', () => {
    const d = fabric(
      makeDevice('a', [
        { name: 'Loopback0', ip: '10.9.9.0/31' },
        { name: 'Ethernet1', ip: '10.0.0.0/31', shutdown: true },
        { name: 'Ethernet2', ip: '10.0.1.1/32' },
        { name: 'Ethernet3', ip: '10.0.2.0/31' },
        { name: 'Ethernet4', ip: '10.0.3.1/24' },
        { name: 'Management1', ip: '192.168.0.10/24' },
      ]),
      makeDevice('b', [
        { name: 'Loopback0', ip: '10.9.9.1/31' },
        { name: 'Ethernet1', ip: '10.0.0.1/31' },
        { name: 'Ethernet2', ip: '10.0.1.2/32' },
        { name: 'Ethernet3', ip: '10.0.2.1/31' },
        { name: 'Management1', ip: '192.168.0.11/24' },
      ]),
    );
    const r = resolveLinks(d, [], { ignoreInterfaces: ['ethernet3'] });
    assert.deepEqual(r.links, []);
    // b:Ethernet1 is alone (its peer is shut); a:Ethernet4 is a /24 alone: not reported
    assert.deepEqual(
      r.issues.map((i) => (i.kind === 'unpaired' ? `${i.endpoint.device}:${i.endpoint.interface} ${i.subnet}` : i.kind)),
      ['b:Ethernet1 10.0.0.0/31'],
    );
  });

  it('an unpaired /31 is not reported when another source links the interface', () => {
    const d = fabric(makeDevice('a', [{ name: 'Ethernet1', ip: '10.0.0.0/31' }]), makeDevice('b', [{ name: 'Ethernet1' }]));
    const r = resolveLinks(d, [ev('layer1', 'a:Ethernet1', 'b:Ethernet1')], {});
    assert.deepEqual(linkStrings(r.links), ['a:Ethernet1 b:Ethernet1']);
    assert.deepEqual(r.issues, []);
  });

  it('SVIs sharing a VLAN subnet are not ambiguous; a Vlan4094 /31 pair is a link', () => {
    const d = fabric(
      makeDevice('l1', [
        { name: 'Vlan11', ip: '10.1.11.2/24' },
        { name: 'Vlan4094', ip: '10.255.252.0/31' },
      ]),
      makeDevice('l2', [
        { name: 'Vlan11', ip: '10.1.11.3/24' },
        { name: 'Vlan4094', ip: '10.255.252.1/31' },
      ]),
      makeDevice('l3', [{ name: 'Vlan11', ip: '10.1.11.4/24' }]),
    );
    const r = resolveLinks(d, [], {});
    assert.deepEqual(linkStrings(r.links), ['l1:Vlan4094 l2:Vlan4094']);
    assert.deepEqual(r.issues, []);
  });
});

describe('links/resolveLinks: descriptions', () => {
  const devices = () =>
    fabric(
      makeDevice('dc1-leaf1a', [
        { name: 'Ethernet1', description: 'P2P_LINK_TO_DC1-SPINE1_Ethernet1' },
        { name: 'Ethernet2', description: 'P2P_dc1-spine2_Ethernet1' },
        { name: 'Ethernet3', description: 'P2P_LINK_TO_DC9-NOWHERE_Ethernet1' },
        { name: 'Ethernet5', description: 'SERVER_gpu01_eth0' },
      ]),
      makeDevice('dc1-spine1', [{ name: 'Ethernet1', description: 'P2P_LINK_TO_DC1-LEAF1A_Ethernet1' }]),
      makeDevice('dc1-spine2', [{ name: 'Ethernet1' }]),
      makeDevice('GPU-R1-L1', [{ name: 'et-0/0/0:0', description: 'facing_spine1:et-0/0/0:0' }]),
      makeDevice('spine1', [{ name: 'et-0/0/0:0', description: 'facing_gpu-r1-l1:et-0/0/0:0' }]),
    );

  it('AVD and JVD patterns, case-insensitive peers; both ends agree into one link', () => {
    const r = resolveLinks(devices(), [], {});
    assert.deepEqual(linkStrings(r.links), [
      'dc1-leaf1a:Ethernet1 dc1-spine1:Ethernet1',
      'dc1-leaf1a:Ethernet2 dc1-spine2:Ethernet1',
      'GPU-R1-L1:et-0/0/0:0 spine1:et-0/0/0:0',
    ]);
    assert.equal(r.links[0]!.evidence.length, 2);
    assert.ok(r.links.every((l) => l.source === 'description'));
    assert.deepEqual(r.issues, []);
  });

  it('custom patterns replace the defaults; a bad pattern is a problem, not a crash', () => {
    const r = resolveLinks(devices(), [], { descriptionPatterns: ['facing_(?<peer>[^:\\s]+):(?<intf>\\S+)', '([unclosed'] });
    assert.deepEqual(linkStrings(r.links), ['GPU-R1-L1:et-0/0/0:0 spine1:et-0/0/0:0']);
    assert.equal(r.problems.filter((p) => p.kind === 'invalid-option').length, 1);
  });

  it('a description naming a missing interface of a known device is a problem', () => {
    const d = fabric(makeDevice('a', [{ name: 'Ethernet1', description: 'P2P_LINK_TO_B_Ethernet7' }]), makeDevice('b', [{ name: 'Ethernet1' }]));
    const r = resolveLinks(d, [], {});
    assert.deepEqual(r.links, []);
    assert.deepEqual(
      r.problems.map((p) => [p.kind, p.endpoint?.device, p.endpoint?.interface]),
      [['unknown-interface', 'b', 'Ethernet7']],
    );
  });
});

describe('links/resolveLinks: port-channels', () => {
  it('pairs LAG X with LAG Y when all member links agree', () => {
    const d = fabric(
      makeDevice('a', [
        { name: 'Port-Channel10' },
        { name: 'Ethernet1', channelGroup: 'Port-Channel10' },
        { name: 'Ethernet2', channelGroup: 'Port-Channel10' },
      ]),
      makeDevice('b', [
        { name: 'Port-Channel20' },
        { name: 'Ethernet7', channelGroup: 'Port-Channel20' },
        { name: 'Ethernet8', channelGroup: 'Port-Channel20' },
      ]),
    );
    const r = resolveLinks(d, [ev('layer1', 'a:Ethernet1', 'b:Ethernet7'), ev('lldp', 'a:Ethernet2', 'b:Ethernet8')], {});
    assert.deepEqual(linkStrings(r.links), ['a:Ethernet1 b:Ethernet7', 'a:Ethernet2 b:Ethernet8', 'a:Port-Channel10 b:Port-Channel20']);
    const lag = r.links[2]!;
    assert.equal(lag.source, 'port-channel');
    assert.equal(lag.evidence[0]!.locs.length, 4);
  });

  it('an MLAG bundle (members to two peers) gives no LAG link', () => {
    const d = fabric(
      makeDevice('leaf', [
        { name: 'Port-Channel1' },
        { name: 'Ethernet1', channelGroup: 'Port-Channel1' },
        { name: 'Ethernet2', channelGroup: 'Port-Channel1' },
      ]),
      makeDevice('s1', [{ name: 'Port-Channel5' }, { name: 'Ethernet1', channelGroup: 'Port-Channel5' }]),
      makeDevice('s2', [{ name: 'Port-Channel5' }, { name: 'Ethernet1', channelGroup: 'Port-Channel5' }]),
    );
    const r = resolveLinks(d, [ev('layer1', 'leaf:Ethernet1', 's1:Ethernet1'), ev('layer1', 'leaf:Ethernet2', 's2:Ethernet1')], {});
    assert.equal(r.links.filter((l) => l.source === 'port-channel').length, 0);
  });
});

describe('links/resolveLinks: sources, names and conflicts', () => {
  const d = () =>
    fabric(
      makeDevice('leaf1', [{ name: 'Ethernet1', ip: '10.0.0.1/31' }, { name: 'Ethernet2' }]),
      makeDevice('spine1', [{ name: 'Ethernet1/1', ip: '10.0.0.0/31' }]),
      makeDevice('spine2', [{ name: 'Ethernet1/1' }]),
    );

  it('higher source wins; the loser is a source-conflict with both pieces of evidence', () => {
    const r = resolveLinks(d(), [ev('clab', 'leaf1:Ethernet1', 'spine2:Ethernet1/1')], {});
    assert.deepEqual(linkStrings(r.links), ['leaf1:Ethernet1 spine2:Ethernet1/1']);
    assert.deepEqual(kinds(r.issues), ['source-conflict']);
    const c = r.issues[0] as Extract<LinkIssue, { kind: 'source-conflict' }>;
    assert.equal(c.winner.source, 'clab');
    assert.equal(c.loser.source, 'subnet');
  });

  it('intent.linkSources reorders the confidence', () => {
    const r = resolveLinks(d(), [ev('clab', 'leaf1:Ethernet1', 'spine2:Ethernet1/1')], { sourceOrder: ['subnet', 'clab'] });
    assert.deepEqual(linkStrings(r.links), ['leaf1:Ethernet1 spine1:Ethernet1/1']);
    const c = r.issues[0] as Extract<LinkIssue, { kind: 'source-conflict' }>;
    assert.equal(c.winner.source, 'subnet');
  });

  it('agreeing sources make one link that keeps all evidence, best first', () => {
    const r = resolveLinks(d(), [ev('lldp', 'SPINE1.example.net:Ethernet1/1', 'Leaf1:Ethernet1'), ev('intent', 'leaf1:Ethernet1', 'spine1:Ethernet1/1')], {});
    assert.deepEqual(linkStrings(r.links), ['leaf1:Ethernet1 spine1:Ethernet1/1']);
    assert.deepEqual(
      r.links[0]!.evidence.map((e) => e.source),
      ['intent', 'lldp', 'subnet'],
    );
    assert.equal(r.links[0]!.source, 'intent');
    assert.deepEqual(r.issues, []);
  });

  it('unknown devices are dropped silently; a known device with an unknown interface is a problem', () => {
    const r = resolveLinks(
      d(),
      [ev('sonic-device-neighbor', 'leaf1:Ethernet2', 'ARISTA01T1:Ethernet1'), ev('layer1', 'leaf1:Ethernet2', 'spine2:Ethernet1/9', 7)],
      {},
    );
    assert.deepEqual(linkStrings(r.links), ['leaf1:Ethernet1 spine1:Ethernet1/1']);
    assert.deepEqual(
      r.problems.map((p) => [p.kind, p.endpoint?.device, p.endpoint?.interface, p.loc.range.start.line]),
      [['unknown-interface', 'spine2', 'Ethernet1/9', 7]],
    );
  });

  it('clab node names and startup-config files resolve to the configured hostname', () => {
    const devices = fabric(
      makeDevice('DC1-LEAF1', [{ name: 'Ethernet1' }], { uri: 'file:///lab/configs/leaf1-startup.cfg' }),
      makeDevice('spine-a', [{ name: 'Ethernet1/1' }], { uri: 'file:///lab/configs/spine1.cfg' }),
    );
    const clab: LinkEvidence = {
      source: 'clab',
      a: { device: 'leaf1-startup', interface: 'Ethernet1', aliases: ['leaf1', 'file:///lab/configs/leaf1-startup.cfg'] } as never,
      b: { device: 'spine1', interface: 'Ethernet1/1', aliases: ['s1'] } as never,
      locs: [loc('file:///lab/lab.clab.yml', 20)],
      detail: 'containerlab link leaf1:eth1 ↔ s1:eth1',
    };
    const r = resolveLinks(devices, [clab], {});
    assert.deepEqual(linkStrings(r.links), ['DC1-LEAF1:Ethernet1 spine-a:Ethernet1/1']);
  });

  it('output order does not depend on input order', () => {
    const evidence = [ev('layer1', 'spine1:Ethernet1/1', 'leaf1:Ethernet1'), ev('lldp', 'leaf1:Ethernet2', 'spine2:Ethernet1/1')];
    const x = resolveLinks(d(), evidence, {});
    const y = resolveLinks(d(), [...evidence].reverse(), {});
    assert.deepEqual(x, y);
    assert.deepEqual(linkStrings(x.links), ['leaf1:Ethernet1 spine1:Ethernet1/1', 'leaf1:Ethernet2 spine2:Ethernet1/1']);
  });
});

describe('links/resolveLinks: scale', () => {
  it('2,048 devices × 64 interfaces resolve to every one of their 65,536 links', function () {
    this.timeout(60000);
    const devices = new Map<string, ReturnType<typeof makeDevice>>();
    // 1,024 leaves × 64 uplinks to 1,024 spines × 64 downlinks: 65,536 /31 links, plus descriptions.
    const leaves = 1024;
    for (let l = 0; l < leaves; l++) {
      const ifs = [];
      for (let p = 0; p < 64; p++) {
        const n = l * 64 + p;
        ifs.push({
          name: `Ethernet${p + 1}`,
          ip: `10.${n >> 14}.${(n >> 6) & 255}.${((n & 63) << 2) + 1}/31`,
          description: `P2P_LINK_TO_SPINE${p}_Ethernet${l + 1}`,
        });
      }
      const dev = makeDevice(`leaf${l}`, ifs);
      devices.set(dev.hostname, dev);
    }
    for (let s = 0; s < 64; s++) {
      // 64 real spines each with 1,024 ports would exceed 64 interfaces; use 16 spine groups × 64 ports
      for (let g = 0; g < 16; g++) {
        const ifs = [];
        for (let p = 0; p < 64; p++) {
          const l = g * 64 + p;
          const n = l * 64 + s;
          ifs.push({ name: `Ethernet${l + 1}`, ip: `10.${n >> 14}.${(n >> 6) & 255}.${(n & 63) << 2}/31` });
        }
        const dev = makeDevice(g === 0 ? `spine${s}` : `spine${s}-${g}`, ifs);
        devices.set(dev.hostname, dev);
      }
    }
    assert.equal(devices.size, 2048);
    // Speed is measured by `npm run bench`, not here; this proves the result at fabric scale.
    const r = resolveLinks(devices, [], {});
    assert.equal(r.links.length, 65536);
    assert.deepEqual(r.issues, []);
  });
});
