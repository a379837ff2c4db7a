import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractCumulus, fixWriterFor } from '../../server/src/dialects';
import { detectDialect } from '../../server/src/engine/detect';
import { l3Mtu } from '../../server/src/dialects/mtu';
import type { Device } from '../../server/src/model/types';
import { parse } from '../../server/src/parsing/parser';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import { workspaceOf } from '../helpers/lint';
import { applyEdits, configFiles, corpusDir, iface, lineNo, ready } from './helpers';
import { cumulusFacts } from '../../server/src/dialects/cumulus/facts';

/** Facts written by reading the Cumulus corpus files (1-based line numbers as an editor shows them). */

function cumulusText(text: string, uri = 'file:///test/cl1.conf'): Device {
  const tree = parse('netcli', text);
  try {
    return extractCumulus(toCliDocument(uri, tree, text));
  } finally {
    tree.delete();
  }
}

function cumulusFile(path: string): Device {
  return cumulusText(readFileSync(path, 'utf8'), pathToFileURL(path).href);
}

const corpus = corpusDir();

describe('extract: Cumulus Linux (ifupdown2, NCLU, NVUE)', function () {
  before(async function () {
    await ready();
  });

  it('ifupdown2: auto brings a port up, no mtu line is the ifupdown2 default at the iface line', () => {
    const d = cumulusText(
      [
        'auto swp1',
        'iface swp1',
        '    mtu 9000',
        '    address 10.0.0.0/31',
        '    alias to spine1',
        'iface swp2',
        '    link-speed 100000',
        '    link-down yes',
        '',
      ].join('\n'),
      'file:///lab/leaf1/interfaces',
    );
    assert.equal(d.hostname, 'leaf1');
    assert.equal(d.notes[0]?.code, 'hostname-missing');
    const s1 = iface(d, 'swp1');
    assert.deepEqual([s1.kind, s1.mtu.value, s1.mtu.defaulted, lineNo(s1.mtu.loc)], ['physical', 9000, false, 3]);
    assert.deepEqual([s1.adminUp.value, lineNo(s1.adminUp.loc)], [true, 1]);
    assert.deepEqual(
      s1.ipv4.map((a) => `${a.value.address}/${a.value.prefixLength}@${lineNo(a.loc)}`),
      ['10.0.0.0/31@4'],
    );
    assert.equal(s1.description?.value, 'to spine1');
    const s2 = iface(d, 'swp2');
    assert.deepEqual([s2.mtu.value, s2.mtu.defaulted, lineNo(s2.mtu.loc)], [9216, true, 6]);
    assert.deepEqual([s2.speed?.gbps, s2.speed?.written, s2.adminUp.value, s2.adminUp.defaulted], [100, '100000', false, false]);
  });

  it('the default MTU follows the release the file names (frr version, NVUE), else it is unknown', () => {
    const stanza = ['auto swp1', 'iface swp1', '    address 10.0.0.0/31', ''];
    const none = cumulusText(stanza.join('\n'));
    const s0 = iface(none, 'swp1');
    assert.deepEqual([s0.mtu.defaulted, lineNo(s0.mtu.loc)], [true, 2]);
    assert.match(s0.mtuUnknown ?? '', /1500 up to Cumulus Linux 4\.0, 9216 from 4\.1/);
    assert.equal(l3Mtu(none, s0), undefined, 'no rule compares a guess');
    // Cumulus FRR builds name the major release: +cl3 is 3.x, where ifupdown2 defaults to 1500.
    const cl3 = cumulusText([...stanza, 'frr version 4.0+cl3u8', 'frr defaults datacenter', ''].join('\n'));
    const s3 = iface(cl3, 'swp1');
    assert.deepEqual([s3.mtu.value, s3.mtu.defaulted, s3.mtuUnknown, l3Mtu(cl3, s3)], [1500, true, undefined, 1500]);
    // +cl4 is 4.0 (1500) or 4.1+ (9216): still unknown, and the message says why.
    const cl4 = cumulusText([...stanza, 'frr version 7.0+cl4u3', ''].join('\n'));
    assert.match(iface(cl4, 'swp1').mtuUnknown ?? '', /7\.0\+cl4u3 is Cumulus Linux 4\.x/);
    // NVUE exists from 4.4: 9216.
    const nv = cumulusText('nv set interface swp1 ip address 10.0.0.0/31\nnv config apply\n');
    const sn = iface(nv, 'swp1');
    assert.deepEqual([sn.mtu.value, sn.mtu.defaulted, sn.mtuUnknown, l3Mtu(nv, sn)], [9216, true, undefined, 9216]);
    // An explicit mtu line is known whatever the release; eth0 and lo keep their Linux defaults.
    const expl = cumulusText(['auto swp1', 'iface swp1', '    mtu 9000', 'auto eth0', 'iface eth0', ''].join('\n'));
    assert.deepEqual([l3Mtu(expl, iface(expl, 'swp1')), iface(expl, 'swp1').mtuUnknown], [9000, undefined]);
    assert.deepEqual([iface(expl, 'eth0').mtu.value, iface(expl, 'eth0').mtuUnknown], [1500, undefined]);
  });

  it("a VLAN subinterface without an mtu line inherits its parent's", () => {
    const d = cumulusText(
      [
        'auto swp1',
        'iface swp1',
        '    mtu 9000',
        'auto swp1.100',
        'iface swp1.100',
        '    address 10.0.0.0/31',
        'auto swp2.200',
        'iface swp2.200',
        '    address 10.0.1.0/31',
        '',
      ].join('\n'),
    );
    const s100 = iface(d, 'swp1.100');
    assert.deepEqual([s100.mtu.value, s100.mtu.defaulted, lineNo(s100.mtu.loc), s100.mtuUnknown], [9000, false, 3, undefined], "the parent's mtu line");
    // swp2 is not configured: its default, unknown without a release, is the subinterface's too.
    const s200 = iface(d, 'swp2.200');
    assert.deepEqual([s200.mtu.defaulted, lineNo(s200.mtu.loc), l3Mtu(d, s200)], [true, 8, undefined]);
  });

  it('ifupdown2: bond-master attaches a member to its bond; bond-slaves none names no interface', () => {
    const d = cumulusText(
      ['auto bond1', 'iface bond1', '    bond-slaves none', '    mtu 9000', 'auto swp1', 'iface swp1', '    bond-master bond1', ''].join('\n'),
    );
    assert.deepEqual([...d.interfaces.keys()], ['bond1', 'swp1']);
    assert.equal(iface(d, 'bond1').kind, 'port-channel');
    const m = iface(d, 'swp1').channelGroup;
    assert.deepEqual([m?.value, lineNo(m!.loc)], ['bond1', 7]);
  });

  it('ifupdown2: bond-slaves and bridge-ports give port-channel membership and switched ports', () => {
    const d = cumulusText(
      [
        'auto bond1',
        'iface bond1',
        '  bond-slaves swp1 swp2',
        '  mtu 9000',
        'auto br_default',
        'iface br_default',
        '  bridge-ports bond1 swp3',
        '  bridge-vids 10 20',
        '',
      ].join('\n'),
    );
    const b = iface(d, 'bond1');
    assert.equal(b.kind, 'port-channel');
    assert.deepEqual([iface(d, 'swp1').channelGroup?.value, iface(d, 'swp2').channelGroup?.value], ['bond1', 'bond1']);
    assert.equal(b.mode.value, 'switched');
    assert.equal(iface(d, 'swp3').mode.value, 'switched');
    assert.equal(iface(d, 'br_default').kind, 'other');
  });

  it('NCLU: ranges with a carried prefix, bonds, bridges, hostname', () => {
    const d = cumulusText(
      [
        'net add hostname leaf9',
        'net add interface swp1-2,5 mtu 9000',
        'net add bond bond0 bond slaves swp1-2',
        'net add interface swp5 ip address 10.1.0.0/31',
        'net add interface swp5 alias to spine1',
        'net add vlan 10 ip address 192.168.0.1/24',
        'net commit',
        '',
      ].join('\n'),
    );
    assert.deepEqual([d.hostname, lineNo(d.hostnameLoc!)], ['leaf9', 1]);
    assert.deepEqual([...d.interfaces.keys()].sort(), ['bond0', 'swp1', 'swp2', 'swp5', 'vlan10']);
    assert.deepEqual([iface(d, 'swp5').mtu.value, lineNo(iface(d, 'swp5').mtu.loc)], [9000, 2]);
    assert.equal(iface(d, 'swp1').channelGroup?.value, 'bond0');
    assert.equal(iface(d, 'bond0').kind, 'port-channel');
    assert.equal(iface(d, 'swp5').description?.value, 'to spine1');
    assert.equal(iface(d, 'vlan10').kind, 'svi');
  });

  it('NVUE: link mtu, state, description, bond member, bridge domain', () => {
    const d = cumulusText(
      [
        'nv set system hostname leaf7',
        'nv set interface swp1 ip address 10.2.0.0/31',
        'nv set interface swp1 link mtu 9100',
        'nv set interface swp2 link state down',
        'nv set interface bond1 bond member swp3-4',
        'nv set interface bond1 bridge domain br_default access 20',
        'nv set interface swp1 description "facing_spine1:swp1"',
        '',
      ].join('\n'),
    );
    assert.equal(d.hostname, 'leaf7');
    const s1 = iface(d, 'swp1');
    assert.deepEqual([s1.mtu.value, s1.mtu.defaulted, lineNo(s1.mtu.loc)], [9100, false, 3]);
    assert.equal(s1.description?.value, 'facing_spine1:swp1');
    assert.deepEqual([iface(d, 'swp2').adminUp.value, iface(d, 'swp2').mtu.defaulted, lineNo(iface(d, 'swp2').mtu.loc)], [false, true, 4]);
    assert.equal(iface(d, 'swp4').channelGroup?.value, 'bond1');
    const b = iface(d, 'bond1');
    assert.deepEqual([b.kind, b.mode.value, b.accessVlan?.value], ['port-channel', 'switched', 20]);
  });

  it('NVUE: `nv set qos roce` implies the NVIDIA lossless defaults (DSCP 26 → SP3 → TC3 PFC + ECN, DSCP 48 → SP6 → TC6 strict)', () => {
    const d = cumulusText(
      ['nv set system hostname r1', 'nv set interface swp1-2 link mtu 9216', 'nv set interface swp1 ip address 10.3.0.0/31', 'nv set qos roce', ''].join('\n'),
    );
    const q = d.qos;
    // The RoCE and CNP code points are what the `qos roce` line states (its own classification); the rest of
    // its table (DSCP by eights) is implied.
    assert.deepEqual([q.dscpToClass[26]?.value, q.dscpToClass[26]?.defaulted, lineNo(q.dscpToClass[26]!.loc)], [3, false, 4]);
    assert.deepEqual([q.dscpToClass[48]?.defaulted, q.dscpToClass[27]?.value, q.dscpToClass[27]?.defaulted], [false, 3, true]);
    assert.deepEqual([q.dscpToClass[48]?.value, q.classToQueue[3]?.value, q.classToQueue[6]?.value, q.classToQueue[5]?.value], [6, 3, 6, 0]);
    for (const n of ['swp1', 'swp2']) {
      const i = iface(d, n);
      assert.deepEqual([i.pfc.mode.value, i.pfc.noDropPriorities.map((p) => p.value), lineNo(i.pfc.mode.loc)], ['on', [3], 4]);
      assert.equal(i.qosTrust?.value, 'dscp');
    }
    const q3 = q.queues.find((x) => x.queue === 3);
    assert.deepEqual(q3?.ecn?.value, { ecn: true, unit: 'bytes', maxUnit: 'bytes', minThreshold: 150000, maxThreshold: 1500000, probability: 100 });
    assert.equal(q.queues.find((x) => x.queue === 6)?.strictPriority?.value, true);
    assert.equal(q.watchdog.enabled.value, false);
  });

  it('NVUE: roce lossy does not turn PFC on', () => {
    const d = cumulusText(['nv set interface swp1 link mtu 9216', 'nv set qos roce mode lossy', ''].join('\n'));
    assert.equal(iface(d, 'swp1').pfc.mode.value, 'off');
    assert.equal(d.qos.queues.find((x) => x.queue === 3)?.ecn?.value.ecn, true);
  });

  it('NVUE: manual QoS — trust, DSCP map, egress queues, PFC profiles and bindings, ECN thresholds, watchdog', () => {
    const d = cumulusText(
      [
        'nv set interface swp1-3 link mtu 9216',
        'nv set qos mapping default-global trust l3',
        'nv set qos mapping default-global dscp 26 switch-priority 3',
        'nv set qos mapping default-global dscp 46,48 switch-priority 6',
        'nv set qos egress-queue-mapping default-global switch-priority 3 traffic-class 3',
        'nv set qos pfc default-global switch-priority 3',
        'nv set qos pfc my_pfc switch-priority 3,5',
        'nv set interface swp2-3 qos pfc profile my_pfc',
        'nv set qos congestion-control default-global traffic-class 3 ecn enable',
        'nv set qos congestion-control default-global traffic-class 3 min-threshold 40000',
        'nv set qos congestion-control default-global traffic-class 3 max-threshold 200000',
        'nv set qos egress-scheduler default-global traffic-class 6 mode strict',
        'nv set qos pfc-watchdog polling-interval 200',
        'nv set interface swp1 qos pfc-watchdog',
        '',
      ].join('\n'),
    );
    const q = d.qos;
    assert.deepEqual([q.dscpToClass[26]?.value, q.dscpToClass[26]?.defaulted, lineNo(q.dscpToClass[26]!.loc)], [3, false, 3]);
    assert.deepEqual([q.dscpToClass[46]?.value, q.dscpToClass[48]?.value, q.dscpToClass[0]?.value, q.dscpToClass[0]?.defaulted], [6, 6, 0, true]);
    assert.deepEqual([q.classToQueue[3]?.value, lineNo(q.classToQueue[3]!.loc), q.classToQueue[4]?.value], [3, 5, 4]);
    const s1 = iface(d, 'swp1');
    assert.deepEqual([s1.pfc.mode.value, s1.pfc.noDropPriorities.map((p) => p.value), lineNo(s1.pfc.noDropPriorities[0]!.loc)], ['on', [3], 6]);
    assert.deepEqual([s1.qosTrust?.value, s1.qosTrust?.defaulted], ['dscp', false]);
    const s2 = iface(d, 'swp2');
    assert.deepEqual([s2.pfc.noDropPriorities.map((p) => p.value), lineNo(s2.pfc.mode.loc)], [[3, 5], 8]);
    assert.deepEqual(q.queues.find((x) => x.queue === 3)?.ecn?.value, {
      ecn: true,
      unit: 'bytes',
      maxUnit: 'bytes',
      minThreshold: 40000,
      maxThreshold: 200000,
    });
    assert.equal(q.queues.find((x) => x.queue === 6)?.strictPriority?.value, true);
    assert.deepEqual([q.watchdog.enabled.value, lineNo(q.watchdog.enabled.loc), q.watchdog.polling?.value], [true, 14, 0.2]);
    assert.equal(s1.pfc.watchdog?.value, true);
    assert.equal(iface(d, 'swp3').pfc.watchdog, undefined);
  });

  it('an unreadable value is a note, not an exception', () => {
    const d = cumulusText(
      ['nv set interface swp1 link mtu jumbo', 'nv set qos pfc p1 switch-priority 9', 'nv set interface swp1 qos pfc profile nope', ''].join('\n'),
    );
    const got = d.notes.map((n) => `${n.code}@${lineNo(n.loc)}`).sort();
    assert.deepEqual(got, ['hostname-missing@1', 'invalid-value@1', 'invalid-value@2', 'undefined-profile@3']);
  });

  it('fix writer: MTU in the form the interface is written in', () => {
    const ifup = 'auto bond1\niface bond1\n    bond-slaves swp1 swp2\niface swp3\n';
    const d1 = cumulusText(ifup, 'file:///x/sw1/interfaces');
    const w1 = fixWriterFor(d1);
    // swp1 has no stanza of its own: a new one after the last stanza.
    assert.equal(
      applyEdits(ifup, w1.setInterfaceMtu(iface(d1, 'swp1'), 9000)),
      'auto bond1\niface bond1\n    bond-slaves swp1 swp2\niface swp3\n\nauto swp1\niface swp1\n    mtu 9000\n',
    );
    // A stanza without children takes the file's indentation.
    assert.equal(
      applyEdits(ifup, w1.setInterfaceMtu(iface(d1, 'swp3'), 9000)),
      'auto bond1\niface bond1\n    bond-slaves swp1 swp2\niface swp3\n    mtu 9000\n',
    );
    const nv = 'nv set interface swp1-2 link mtu 9000\nnv set interface swp1 ip address 10.0.0.0/31\nnv config apply\n';
    const d2 = cumulusText(nv);
    // A range line is not rewritten: a line for this interface alone goes after its last line.
    assert.equal(
      applyEdits(nv, fixWriterFor(d2).setInterfaceMtu(iface(d2, 'swp1'), 9216)),
      'nv set interface swp1-2 link mtu 9000\nnv set interface swp1 ip address 10.0.0.0/31\nnv set interface swp1 link mtu 9216\nnv config apply\n',
    );
    const nclu = 'net add bond bond0 bond slaves swp1-2\nnet add bond bond0 mtu 9000\nnet commit\n';
    const d3 = cumulusText(nclu);
    assert.equal(
      applyEdits(nclu, fixWriterFor(d3).setInterfaceMtu(iface(d3, 'bond0'), 9216)),
      'net add bond bond0 bond slaves swp1-2\nnet add bond bond0 mtu 9216\nnet commit\n',
    );
    assert.deepEqual(fixWriterFor(d3).setInterfacePfc(iface(d3, 'bond0'), [3]), []);
  });
});

(corpus ? describe : describe.skip)('extract: Cumulus corpus facts', function () {
  before(async function () {
    await ready();
  });
  const dir = (p: string): string => join(corpus!, 'nvue', p);

  it('containerlab cvx02 sw1/interfaces: lo, mgmt VRF, eth0, swp12', () => {
    const d = cumulusFile(dir('containerlab-cvx-ifupdown2/cvx02/sw1/interfaces'));
    assert.equal(d.hostname, 'sw1');
    assert.deepEqual([...d.interfaces.keys()], ['lo', 'mgmt', 'eth0', 'swp12']);
    const lo = iface(d, 'lo');
    assert.deepEqual([lo.kind, lo.mtu.value, lo.adminUp.value, lineNo(lo.adminUp.loc)], ['loopback', 65536, true, 1]);
    // mgmt is the management VRF device (vrf-table auto), not a port.
    assert.equal(iface(d, 'mgmt').kind, 'other');
    const eth0 = iface(d, 'eth0');
    assert.deepEqual([eth0.kind, eth0.vrf?.value, eth0.mtu.value, eth0.mtu.defaulted], ['management', 'mgmt', 1500, true]);
    const swp12 = iface(d, 'swp12');
    assert.deepEqual([swp12.kind, swp12.mtu.value, swp12.mtu.defaulted, lineNo(swp12.mtu.loc), lineNo(swp12.adminUp.loc)], ['physical', 9216, true, 13, 12]);
    assert.deepEqual(
      swp12.ipv4.map((a) => `${a.value.address}/${a.value.prefixLength}@${lineNo(a.loc)}`),
      ['12.12.12.1/24@14'],
    );
  });

  it('containerlab cvx02 h1/interfaces is a Linux host, not a switch config', () => {
    const p = dir('containerlab-cvx-ifupdown2/cvx02/h1/interfaces');
    assert.equal(detectDialect('h1/interfaces', readFileSync(p, 'utf8')).kind, 'ignored');
  });

  it('batfish NCLU leaf1: hostname, MLAG peerlink bond, bridge members, ranges, unnumbered BGP ports, SVI', () => {
    const d = cumulusFile(dir('batfish-cumulus-nclu-evpn-type5/configs/leaf1'));
    assert.deepEqual([d.hostname, lineNo(d.hostnameLoc!)], ['Leaf1', 65]);
    assert.equal(iface(d, 'peerlink').kind, 'port-channel');
    assert.deepEqual([iface(d, 'swp30').channelGroup?.value, lineNo(iface(d, 'swp30').channelGroup!.loc)], ['peerlink', 33]);
    assert.deepEqual([iface(d, 'peerlink').mode.value, lineNo(iface(d, 'peerlink').mode.loc)], ['switched', 36]);
    const swp21 = iface(d, 'swp21');
    assert.deepEqual([swp21.mode.value, swp21.accessVlan?.value, lineNo(swp21.accessVlan!.loc)], ['switched', 10, 45]);
    const pl = iface(d, 'peerlink.4094');
    assert.deepEqual(
      [pl.kind, pl.parent, pl.ipv4[0]?.value.address, pl.ipv4[0]?.value.prefixLength, lineNo(pl.ipv4[0]!.loc)],
      ['subinterface', 'peerlink', '169.254.1.1', 30, 43],
    );
    // swp2-10,12-20,22-31: the prefix carries over; swp11 and swp21 are not in the range.
    for (const n of ['swp2', 'swp10', 'swp12', 'swp20', 'swp22', 'swp29']) assert.equal(lineNo(iface(d, n).block.header), 44, n);
    assert.deepEqual([lineNo(iface(d, 'swp1').block.header), lineNo(iface(d, 'swp11').block.header)], [15, 16]);
    assert.deepEqual([iface(d, 'swp1').mtu.value, iface(d, 'swp1').mtu.defaulted, iface(d, 'swp1').mode.value], [9216, true, 'routed']);
    assert.deepEqual([iface(d, 'vlan10').kind, iface(d, 'vlan10').ipv4[0]?.value.address], ['svi', '192.168.10.101']);
    assert.deepEqual([iface(d, 'lo').kind, iface(d, 'lo').ipv4[0]?.value.address], ['loopback', '1.1.1.3']);
    assert.equal(iface(d, 'vni10').kind, 'vxlan');
    assert.deepEqual(d.notes, []);
  });

  it('batfish concatenated interface_test: hostname line, link-speed, FRR part not read', () => {
    const d = cumulusFile(dir('batfish-cumulus-concatenated-testconfigs/interface_test'));
    assert.deepEqual([d.hostname, lineNo(d.hostnameLoc!)], ['interface_test', 1]);
    assert.deepEqual([...d.interfaces.keys()], ['lo', 'swp1', 'swp2']);
    const s1 = iface(d, 'swp1');
    assert.deepEqual([s1.speed?.gbps, lineNo(s1.speed!.loc), s1.ipv4[0]?.value.address, s1.adminUp.value], [10, 11, '2.2.2.2', true]);
    assert.deepEqual(cumulusFacts(d)?.ifupdownEnd && lineNo(cumulusFacts(d)!.ifupdownEnd!), 18);
  });

  it('batfish concatenated ip_reuse: a repeated iface stanza merges; vrf; the FRR interfaces are ignored', () => {
    const d = cumulusFile(dir('batfish-cumulus-concatenated-testconfigs/ip_reuse'));
    const s2 = iface(d, 'swp2');
    assert.deepEqual(s2.headers.map(lineNo), [14, 34]);
    assert.deepEqual(
      s2.ipv4.map((a) => `${a.value.address}/${a.value.prefixLength}@${lineNo(a.loc)}`),
      ['10.0.0.1/32@35'],
    );
    assert.equal(iface(d, 'swp4').vrf?.value, 'v1');
    assert.equal(iface(d, 'v1').kind, 'other');
    assert.deepEqual(
      iface(d, 'swp1').ipv4.map((a) => a.value.address),
      ['10.0.0.1', '10.0.0.2'],
    );
  });

  it('batfish concatenated interface_definition_test and bgp_vnis: no auto → down; vxlan-id ports; bonds with ip address', () => {
    const a = cumulusFile(dir('batfish-cumulus-concatenated-testconfigs/interface_definition_test'));
    const bond2 = iface(a, 'bond2');
    assert.deepEqual([bond2.kind, bond2.ipv4[0]?.value.address, bond2.adminUp.value, bond2.adminUp.defaulted], ['port-channel', '10.20.50.1', false, true]);
    assert.equal(iface(a, 'eth1').ipv4[0]?.value.address, '10.20.40.1');
    const b = cumulusFile(dir('batfish-cumulus-concatenated-testconfigs/bgp_vnis'));
    assert.equal(b.hostname, 'bgp_vnis');
    assert.deepEqual([iface(b, 'swp1').kind, iface(b, 'swp1').accessVlan?.value], ['vxlan', 1000]);
    assert.deepEqual([iface(b, 'vlan1').kind, iface(b, 'vlan1').vrf?.value], ['svi', 'vrf1']);
  });

  it('every nvue corpus set lints without throwing, and every config file is read as nvue or ignored', async function () {
    for (const set of ['batfish-cumulus-nclu-evpn-type5', 'batfish-cumulus-concatenated-testconfigs', 'containerlab-cvx-ifupdown2']) {
      const result = (await workspaceOf(dir(set))).lint();
      assert.ok(result.fabric.devices.size > 0, set);
    }
    for (const f of configFiles(join(corpus!, 'nvue'))) {
      const c = detectDialect(f, readFileSync(f, 'utf8'));
      assert.ok(c.kind === 'ignored' || (c.kind === 'config' && c.dialect === 'nvue'), `${f}: ${JSON.stringify(c)}`);
      if (c.kind === 'config') cumulusFile(f);
    }
  });
});
