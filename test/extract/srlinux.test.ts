import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toSrlinuxDocument, type SrlinuxDocument } from '../../server/src/dialects/srlinux/adapter';
import { extractSrlinuxDevice } from '../../server/src/dialects/srlinux/extract';
import { SrlinuxFixWriter } from '../../server/src/dialects/srlinux/fix-writer';
import { detectDialect } from '../../server/src/engine/detect';
import { l3MtuOf, writtenMtuFor } from '../../server/src/dialects/mtu';
import type { Device, Interface } from '../../server/src/model/types';
import { parse } from '../../server/src/parsing/parser';
import { applyEdits, corpusDir, fixturePath, lineNo, ready } from './helpers';
import { srlinuxFacts } from '../../server/src/dialects/srlinux/facts';

function srlDoc(text: string, uri: string): SrlinuxDocument {
  const tree = parse('srlinux', text);
  try {
    return toSrlinuxDocument(uri, tree, text);
  } finally {
    tree.delete();
  }
}

function srlText(text: string, uri = 'file:///test/srl1.cfg'): Device {
  return extractSrlinuxDevice(srlDoc(text, uri));
}

function srlFile(path: string): Device {
  return srlText(readFileSync(path, 'utf8'), pathToFileURL(path).href);
}

function iface(dev: Device, name: string): Interface {
  const i = dev.interfaces.get(name);
  assert.ok(i, `${dev.hostname}: no interface ${name}`);
  return i;
}

const addrs = (i: Interface): string[] => [...i.ipv4, ...i.ipv6].map((a) => `${a.value.address}/${a.value.prefixLength}`);

describe('SR Linux reader', () => {
  before(ready);

  describe('real configurations (test/corpus/srlinux)', () => {
    it('reads the flat set form of containerlab srl02: /31 and /127 on the subinterface, defaults at its header', () => {
      const dev = srlFile(join(corpusDir(), 'srlinux', 'containerlab-srl02', 'srl1.cfg'));
      assert.equal(dev.dialect, 'srlinux');
      assert.equal(dev.hostname, 'srl1');
      assert.equal(srlinuxFacts(dev)?.format, 'set');
      const port = iface(dev, 'ethernet-1/1');
      const sub = iface(dev, 'ethernet-1/1.0');
      assert.equal(port.kind, 'physical');
      assert.equal(sub.kind, 'subinterface');
      assert.equal(sub.parent, 'ethernet-1/1');
      assert.deepEqual(addrs(sub), ['192.168.0.0/31', '2002::192.168.0.0/127']);
      assert.equal(lineNo(sub.ipv4[0]!.loc), 5);
      assert.equal(lineNo(sub.ipv6[0]!.loc), 8);
      // Port MTU 9232 (Ethernet header counted) → L3 9218; the subinterface's IP MTU is the system default 1500.
      assert.deepEqual([port.mtu.value, port.mtu.defaulted], [9232, true]);
      assert.equal(l3MtuOf(dev, port)?.value, 9218);
      assert.deepEqual([sub.mtu.value, sub.mtu.defaulted, lineNo(sub.mtu.loc)], [1500, true, 2]);
      assert.equal(sub.vrf, undefined, 'network-instance default is the default VRF');
      assert.equal(sub.adminUp.value, true);
    });

    it('reads ip-mtu, bridged subinterfaces, mac-vrf and system0 of the SR Linux telemetry lab', () => {
      const dev = srlFile(join(corpusDir(), 'srlinux', 'srl-telemetry-lab', 'leaf1.cfg'));
      const up = iface(dev, 'ethernet-1/49.0');
      assert.deepEqual([up.mtu.value, up.mtu.defaulted, lineNo(up.mtu.loc)], [9000, false, 6]);
      assert.equal(up.ipMtu?.value, 9000);
      assert.deepEqual(addrs(up), ['192.168.11.0/31']);
      const host = iface(dev, 'ethernet-1/1.0');
      assert.equal(host.mode.value, 'switched');
      assert.equal(host.vrf?.value, 'vrf-1');
      assert.equal(iface(dev, 'system0.0').kind, 'loopback');
      assert.deepEqual(addrs(iface(dev, 'system0.0')), ['10.0.1.1/32']);
    });

    it('reads the info (braces) form of containerlab srlvjunos01 with the same meaning', () => {
      const dev = srlFile(join(corpusDir(), 'srlinux', 'containerlab-srlvjunos01', 'srl.cli'));
      assert.equal(srlinuxFacts(dev)?.format, 'braces');
      assert.deepEqual(
        [...dev.interfaces.values()].filter((i) => i.parent).map((i) => `${i.name} ${addrs(i).join(',')}`),
        ['ethernet-1/1.0 192.168.0.2/24', 'ethernet-1/2.0 192.168.1.2/24', 'ethernet-1/3.0 192.168.2.2/24'],
      );
      const sub = iface(dev, 'ethernet-1/2.0');
      assert.equal(lineNo(sub.block.header), 13);
      assert.equal(sub.block.childIndent, '        ');
      assert.equal(lineNo(sub.ipv4[0]!.loc), 16);
    });
  });

  describe('the two forms', () => {
    const braces = [
      'interface ethernet-1/1 {',
      '    description "to spine1"',
      '    mtu 9100',
      '    subinterface 0 {',
      '        ip-mtu 9000',
      '        ipv4 {',
      '            address 10.0.0.1/31 {',
      '            }',
      '        }',
      '    }',
      '}',
      'network-instance blue {',
      '    interface ethernet-1/1.0 {',
      '    }',
      '}',
      '',
    ].join('\n');
    const flat = [
      'enter candidate',
      'set / interface ethernet-1/1 description "to spine1"',
      'set /interface ethernet-1/1 mtu 9100',
      'set / interface ethernet-1/1 subinterface 0 ip-mtu 9000',
      'set / interface ethernet-1/1 subinterface 0 ipv4 address 10.0.0.1/31',
      'set / network-instance blue interface ethernet-1/1.0',
      'commit now',
      '',
    ].join('\n');

    it('give the same interfaces, values and VRF', () => {
      const summary = (d: Device): string[] =>
        [...d.interfaces.values()].map(
          (i) => `${i.name} mtu=${i.mtu.value} l3=${l3MtuOf(d, i)?.value} desc=${i.description?.value} vrf=${i.vrf?.value} ${addrs(i).join(',')}`,
        );
      const a = srlText(braces);
      const b = srlText(flat);
      assert.deepEqual(summary(a), summary(b));
      assert.deepEqual(summary(a), [
        'ethernet-1/1 mtu=9100 l3=9086 desc=to spine1 vrf=undefined ',
        'ethernet-1/1.0 mtu=9000 l3=9000 desc=to spine1 vrf=blue 10.0.0.1/31',
      ]);
    });

    it('delete / … removes what a set line wrote', () => {
      const dev = srlText(`${flat}delete / interface ethernet-1/1 description\n`);
      assert.equal(iface(dev, 'ethernet-1/1').description, undefined);
    });

    it('sets an MTU in each form, and the re-read file has it', () => {
      for (const text of [braces, flat]) {
        const dev = srlText(text);
        const w = new SrlinuxFixWriter(dev);
        const sub = iface(dev, 'ethernet-1/1.0');
        const port = iface(dev, 'ethernet-1/1');
        // Replace the subinterface's ip-mtu line and the port's mtu line (the L3 9200 is a 9214 port MTU).
        assert.equal(writtenMtuFor(dev, port, 9200), 9214);
        const edits = [...w.setInterfaceMtu(sub, 8000), ...w.setInterfaceMtu(port, writtenMtuFor(dev, port, 9200))];
        assert.equal(edits.length, 2);
        const after = srlText(applyEdits(text, edits));
        assert.equal(iface(after, 'ethernet-1/1.0').mtu.value, 8000);
        assert.equal(l3MtuOf(after, iface(after, 'ethernet-1/1'))?.value, 9200);
        assert.equal(after.notes.filter((n) => n.severity !== 'info').length, 0);
      }
    });

    it('inserts an ip-mtu where none is written', () => {
      for (const text of [braces.replace('        ip-mtu 9000\n', ''), flat.replace('set / interface ethernet-1/1 subinterface 0 ip-mtu 9000\n', '')]) {
        const dev = srlText(text);
        assert.equal(iface(dev, 'ethernet-1/1.0').mtu.defaulted, true);
        const edits = new SrlinuxFixWriter(dev).setInterfaceMtu(iface(dev, 'ethernet-1/1.0'), 9000);
        assert.equal(edits.length, 1);
        const after = srlText(applyEdits(text, edits));
        const sub = iface(after, 'ethernet-1/1.0');
        assert.deepEqual([sub.mtu.value, sub.mtu.defaulted], [9000, false]);
        assert.deepEqual(addrs(sub), ['10.0.0.1/31'], 'the inserted line lands in the subinterface, not after it');
      }
    });
  });

  describe('QoS that RoCE needs (fixture written from the srl_nokia-qos YANG)', () => {
    it('reads classification, PFC no-drop priorities, ECN and strict queues, the watchdog', () => {
      const dev = srlFile(fixturePath('srlinux/roce-leaf1.cfg'));
      assert.equal(dev.hostname, 'roce-leaf1');
      assert.deepEqual([dev.qos.dscpToClass[26]?.value, dev.qos.dscpToClass[48]?.value, dev.qos.dscpToClass[5]?.value], [3, 6, 0]);
      assert.equal(dev.qos.dscpToClass[10], undefined);
      assert.equal(dev.qos.classToPriority?.[3]?.value, 3);
      assert.equal(dev.qos.classToQueue[6]?.value, 6);
      assert.equal(dev.qos.watchdog.enabled.value, true);
      for (const name of ['ethernet-1/49', 'ethernet-1/49.0']) {
        const i = iface(dev, name);
        assert.equal(i.pfc.mode.value, 'on');
        assert.deepEqual(
          i.pfc.noDropPriorities.map((p) => [p.value, lineNo(p.loc)]),
          [[3, 99]],
        );
        assert.equal(i.classification?.policy?.value, 'roce-dscp');
        assert.equal(i.pfc.watchdog?.value, true, 'the pfc-mapping-profile enables deadlock detection');
        const q3 = i.queues.find((q) => q.queue === 3);
        assert.deepEqual([q3?.ecn?.value.ecn, q3?.ecn?.value.minThreshold, q3?.ecn?.value.maxThreshold, q3?.ecn?.value.unit], [true, 5, 80, 'percent']);
        assert.equal(i.queues.find((q) => q.queue === 6)?.strictPriority?.value, true);
      }
      assert.equal(iface(dev, 'ethernet-1/1').pfc.mode.value, 'off');
    });

    it('reads system MTU defaults, LAG membership and mac-vrf bridging', () => {
      const dev = srlFile(fixturePath('srlinux/roce-leaf1.cfg'));
      const tenant = iface(dev, 'ethernet-1/1.0');
      assert.deepEqual([tenant.mtu.value, tenant.mtu.defaulted, lineNo(tenant.mtuDefaultFrom!)], [9100, true, 7]);
      assert.equal(tenant.vrf?.value, 'tenant');
      assert.equal(iface(dev, 'ethernet-1/2').channelGroup?.value, 'lag1');
      assert.equal(iface(dev, 'ethernet-1/2').adminUp.value, false);
      const lagSub = iface(dev, 'lag1.0');
      assert.equal(iface(dev, 'lag1').kind, 'port-channel');
      assert.equal(lagSub.mode.value, 'switched');
      assert.equal(lagSub.l2Mtu?.value, 9200);
    });

    it('binds a qos interface by its interface-ref (flat form), PFC off as written', () => {
      const dev = srlFile(fixturePath('srlinux/roce-spine1.cfg'));
      const sub = iface(dev, 'ethernet-1/1.0');
      assert.equal(sub.classification?.policy?.value, 'roce-dscp');
      assert.deepEqual([sub.pfc.mode.value, sub.pfc.mode.defaulted], ['off', false]);
      const port = iface(dev, 'ethernet-1/1').classification;
      assert.ok(port && !port.policy, 'a subinterface binding does not reach the port, which runs the built-in default');
      assert.ok(iface(dev, 'ethernet-1/1.0').classification?.policy);
    });
  });

  describe('built-in policies', () => {
    it('marks references to the platform default dscp-policy as built-in and says its mapping is not in the file', () => {
      const dev = srlText('set / interface ethernet-1/1 subinterface 0\nset / qos interfaces interface ethernet-1/1 input classifiers dscp-policy default\n');
      assert.deepEqual(
        dev.symbols.refs.map((r) => [r.name, r.builtin]),
        [['default', true]],
      );
      assert.deepEqual(
        dev.notes.filter((n) => n.code === 'builtin-policy').map((n) => lineNo(n.loc)),
        [2],
      );
    });
  });

  describe('OSPF', () => {
    it('puts a subinterface of an enabled OSPFv2 instance in its area, not one of a disabled instance', () => {
      const text = [
        'set / interface ethernet-1/1 subinterface 0 ipv4 address 10.0.0.1/31',
        'set / interface ethernet-1/2 subinterface 0 ipv4 address 10.0.0.3/31',
        'set / network-instance default protocols ospf instance main admin-state enable',
        'set / network-instance default protocols ospf instance main version ospf-v2',
        'set / network-instance default protocols ospf instance main area 0.0.0.0 interface ethernet-1/1.0 interface-type point-to-point',
        'set / network-instance default protocols ospf instance off version ospf-v2',
        'set / network-instance default protocols ospf instance off area 1 interface ethernet-1/2.0',
        '',
      ].join('\n');
      const dev = srlText(text);
      assert.deepEqual([iface(dev, 'ethernet-1/1.0').ospf?.value, lineNo(iface(dev, 'ethernet-1/1.0').ospf!.loc)], [{ area: '0.0.0.0', mtuIgnore: false }, 5]);
      assert.equal(iface(dev, 'ethernet-1/2.0').ospf, undefined);
    });
  });

  describe('PFC fixes', () => {
    it('switches pfc-enable in each form, and declines a change of priorities', () => {
      for (const [file, port] of [
        ['roce-spine1.cfg', 'ethernet-1/1.0'],
        ['roce-leaf1.cfg', 'ethernet-1/49.0'],
      ] as const) {
        const path = fixturePath(`srlinux/${file}`);
        const text = readFileSync(path, 'utf8');
        const dev = srlText(text, pathToFileURL(path).href);
        const w = new SrlinuxFixWriter(dev);
        const i = iface(dev, port);
        const on = i.pfc.mode.value === 'on';
        const edits = on ? w.disableInterfacePfc(i) : w.setInterfacePfc(i, [3]);
        assert.equal(edits.length, 1, file);
        const after = iface(srlText(applyEdits(text, edits), pathToFileURL(path).href), port);
        assert.equal(after.pfc.mode.value, on ? 'off' : 'on', file);
        // With PFC off the bound profile's priorities pause nothing on the port.
        assert.deepEqual(
          after.pfc.noDropPriorities.map((p) => p.value),
          on ? [] : [3],
        );
        assert.match(w.setInterfacePfc(i, [3, 4]).declined ?? '', /pfc-mapping-profile/);
      }
    });
  });

  describe('detection', () => {
    it('recognises both forms of every SR Linux file of the corpus and holdout, and no other file', () => {
      const srl = [
        ['srlinux/containerlab-srl02/srl1.cfg', 'set'],
        ['srlinux/srl-telemetry-lab/spine2.cfg', 'set'],
        ['srlinux/containerlab-srlvjunos01/srl.cli', 'braces'],
      ] as const;
      for (const [rel] of srl) {
        const c = detectDialect(rel, readFileSync(join(corpusDir(), rel), 'utf8'));
        assert.equal(c.kind === 'config' && c.dialect, 'srlinux', rel);
      }
      // The Junos peer in the same lab stays Junos; an SR Linux `info` with `system {` is not Junos braces.
      const junos = detectDialect('vjunos.cfg', readFileSync(join(corpusDir(), 'srlinux', 'containerlab-srlvjunos01', 'vjunos.cfg'), 'utf8'));
      assert.equal(junos.kind === 'config' && junos.dialect, 'junos');
      const info = 'system {\n    name {\n        host-name leaf1\n    }\n}\ninterface ethernet-1/1 {\n    admin-state enable\n}\n';
      const c = detectDialect('leaf1.cfg', info);
      assert.equal(c.kind === 'config' && c.dialect, 'srlinux');
      // `set /` paths of other tools and an EOS interface section are not SR Linux.
      assert.notEqual((detectDialect('x.cfg', 'set /tmp/foo bar\n') as { dialect?: string }).dialect, 'srlinux');
      assert.notEqual((detectDialect('x.cfg', 'interface Ethernet1\n   mtu 9214\n') as { dialect?: string }).dialect, 'srlinux');
    });
  });

  describe('bad input', () => {
    it('reports out-of-range values and unbalanced braces without throwing', () => {
      const text = 'interface ethernet-1/1 {\n    mtu 99999\n    subinterface 0 {\n        ip-mtu 100\n    }\n';
      const doc = srlDoc(text, 'file:///bad.cfg');
      assert.ok(doc.syntaxErrors.length > 0);
      const dev = extractSrlinuxDevice(doc);
      assert.deepEqual(
        dev.notes.filter((n) => n.code === 'bad-value').map((n) => lineNo(n.loc)),
        [2, 4],
      );
      assert.equal(iface(dev, 'ethernet-1/1').mtu.value, 9232);
    });

    it('says when an address sits in an ipv4 container left at its default admin-state disable', () => {
      const dev = srlText(
        'set / interface ethernet-1/1 subinterface 0 ipv4 address 10.0.0.1/24\nset / interface ethernet-1/1 subinterface 0 ipv6 admin-state enable\nset / interface ethernet-1/1 subinterface 0 ipv6 address 2001:db8::1/64\n',
      );
      assert.deepEqual(
        dev.notes.filter((n) => n.code === 'family-disabled').map((n) => [lineNo(n.loc), n.message]),
        [[1, 'ethernet-1/1.0 ipv4 is not enabled (admin-state defaults to disable): its addresses carry no traffic']],
      );
    });
  });
});
