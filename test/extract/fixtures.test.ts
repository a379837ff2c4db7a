import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Device } from '../../server/src/model/types';
import type { TextEdit } from '../../server/src/rules/types';
import { fixWriterFor, type CliFamilyDialect } from '../../server/src/dialects';
import { CliFixWriter } from '../../server/src/dialects/cli/fix-writer';
import { applyEdits, extractText, fixturePath, iface, lineNo, ready } from './helpers';

function load(name: string, dialect: CliFamilyDialect): { text: string; dev: Device } {
  const text = readFileSync(fixturePath(name), 'utf8');
  return { text, dev: extractText(text, dialect, `file:///fixtures/${name}`) };
}

const POSITIONAL = new Set([
  'loc',
  'block',
  'headers',
  'lines',
  'hostnameLoc',
  'topLevelEnd',
  'mtuDefaultFrom',
  'systemQosBlock',
  'notes',
  'symbols',
  'writtenAs',
]);

/** The device's values without positions, so an edit that shifts lines compares equal where nothing changed. */
function values(x: unknown): unknown {
  if (x instanceof Map) return Object.fromEntries([...x].map(([k, v]) => [k, values(v)]));
  if (Array.isArray(x)) return x.map(values);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (!POSITIONAL.has(k)) out[k] = values(v);
    return out;
  }
  return x;
}

type Snap = { interfaces: Record<string, Record<string, unknown>>; qos: Record<string, unknown> } & Record<string, unknown>;

/** Applies the edits, re-extracts, and checks that exactly `change` happened to the values. */
function roundTrip(text: string, dialect: CliFamilyDialect, before: Device, edits: TextEdit[], change: (snap: Snap) => void): { text: string; dev: Device } {
  assert.ok(edits.length > 0, 'the writer produced edits');
  const after = applyEdits(text, edits);
  const dev = extractText(after, dialect, before.uri);
  const want = values(before) as Snap;
  change(want);
  assert.deepEqual(values(dev), want);
  assert.deepEqual(
    dev.notes.map((n) => n.code),
    before.notes.map((n) => n.code),
    'no new parse notes',
  );
  return { text: after, dev };
}

describe('extract: fixtures', function () {
  before(async function () {
    await ready();
  });

  it('EOS: header, ranges, merges, defaults, profiles, maps', () => {
    const { dev } = load('eos-leaf.cfg', 'eos');
    assert.equal(dev.hostname, 'leaf1');
    assert.equal(lineNo(dev.hostnameLoc!), 3);
    assert.equal(dev.platform, 'DCS-7050CX3-32S');
    assert.equal(dev.version, 'EOS-4.28.3M');
    const e11 = iface(dev, 'Ethernet1/1');
    assert.deepEqual(e11.headers.map(lineNo), [23, 42]);
    assert.equal(e11.mtu.value, 9200, 'later line wins');
    assert.equal(lineNo(e11.mtu.loc), 44);
    assert.equal(e11.description?.value, 'fabric');
    assert.equal(e11.pfc.mode.value, 'on');
    assert.equal(lineNo(e11.pfc.mode.loc), 16, 'PFC from the qos profile line');
    assert.deepEqual(
      e11.pfc.noDropPriorities.map((p) => [p.value, lineNo(p.loc)]),
      [[3, 17]],
    );
    assert.equal(e11.qosTrust?.value, 'dscp');
    assert.equal(lineNo(e11.qosTrust!.loc), 15);
    assert.equal(e11.queues[0]?.queue, 3);
    const { text: rdText, ...ecn } = e11.queues[0]!.ecn!.value;
    assert.deepEqual(ecn, { ecn: true, minThreshold: 150, maxThreshold: 1500, unit: 'kbytes', maxUnit: 'kbytes', probability: 20 });
    if (rdText !== undefined) assert.match(rdText, /^random-detect ecn minimum-threshold 150 kbytes/);
    const e12 = iface(dev, 'Ethernet1/2');
    assert.deepEqual(e12.writtenAs, ['Ethernet1/1-4', 'Et1/2']);
    assert.equal(e12.mtu.value, 9000);
    const e13 = iface(dev, 'Ethernet1/3');
    assert.deepEqual(e13.writtenAs, ['Ethernet1/1-4', 'Ethernet 1/3']);
    assert.equal(e13.pfc.mode.value, 'off', 'interface line overrides the profile');
    assert.equal(lineNo(e13.pfc.mode.loc), 31);
    const e14 = iface(dev, 'Ethernet1/4');
    assert.equal(e14.mtu.value, 9214, 'interface defaults mtu');
    assert.equal(e14.mtu.defaulted, true);
    assert.equal(lineNo(e14.mtu.loc), 23, 'defaulted value points at the header');
    assert.equal(lineNo(e14.mtuDefaultFrom!), 8);
    assert.equal(e14.mode.value, 'routed', 'switchport default mode routed');
    assert.equal(e14.mode.defaulted, true);
    assert.equal(iface(dev, 'Ethernet1/5').mode.value, 'switched');
    assert.equal(iface(dev, 'Ethernet1/7').mode.value, 'switched');
    assert.equal(dev.interfaces.has('Ethernet1/6'), false);
    const e2 = iface(dev, 'Ethernet2');
    assert.deepEqual(
      e2.ipv4.map((a) => a.value),
      [
        { address: '10.0.0.1', prefixLength: 31, family: 4 },
        { address: '10.0.1.1', prefixLength: 24, family: 4, secondary: true },
      ],
    );
    assert.equal(e2.mtu.value, 9214, 'a malformed mtu leaves the default');
    assert.deepEqual(
      dev.notes.map((n) => [n.code, lineNo(n.loc)]),
      [
        ['bad-dscp', 12],
        ['bad-value', 40],
      ],
    );
    const e3 = iface(dev, 'Ethernet3');
    assert.equal(e3.channelGroup?.value, 'Port-Channel10');
    assert.deepEqual(
      e3.pfc.noDropPriorities.map((p) => p.value),
      [3, 4],
    );
    assert.equal(dev.qos.dscpToClass[26]?.value, 3);
    assert.equal(dev.qos.dscpToClass[26]?.defaulted, false);
    assert.equal(dev.qos.dscpToClass[34]?.value, 6, 'af41');
    assert.equal(dev.qos.dscpToClass[48]?.value, 6, 'cs6');
    assert.equal(dev.qos.dscpToClass[27]?.defaulted, true);
    assert.equal(dev.topLevelEnd.line, 56, 'before `end`');
  });

  it('NX-OS: system qos, classification, PFC modes, watchdog, defaults', () => {
    const { dev } = load('nxos-roce.cfg', 'nxos');
    assert.equal(dev.hostname, 'nx-leaf1');
    assert.equal(dev.version, '9.3(8)');
    assert.equal(dev.qos.watchdog.enabled.value, true);
    assert.equal(lineNo(dev.qos.watchdog.enabled.loc), 5);
    assert.deepEqual(
      dev.qos.noDropPriorities.map((p) => [p.value, lineNo(p.loc)]),
      [[3, 23]],
    );
    assert.equal(dev.qos.classificationPolicy, 'QOS_CLASSIFICATION', 'attached on 4 interfaces vs 1');
    assert.equal(dev.qos.dscpToClass[26]?.value, 3);
    assert.equal(lineNo(dev.qos.dscpToClass[26]!.loc), 8, 'the match dscp line');
    assert.equal(dev.qos.dscpToClass[48]?.value, 7);
    assert.equal(dev.qos.dscpToClass[0]?.value, 0);
    assert.equal(dev.qos.dscpToClass[0]?.defaulted, false, 'class-default sets qos-group 0 explicitly');
    assert.deepEqual(
      dev.qos.queues.map((q) => [q.queue, q.bandwidthRemainingPercent?.value, q.strictPriority?.value, q.ecn?.value.ecn]),
      [
        [0, 50, undefined, undefined],
        [3, 50, undefined, true],
        [7, undefined, true, undefined],
      ],
    );
    const e1 = iface(dev, 'Ethernet1/1');
    assert.equal(e1.pfc.mode.value, 'on');
    assert.deepEqual(
      e1.pfc.noDropPriorities.map((p) => p.value),
      [3],
    );
    assert.equal(e1.pfc.watchdog?.value, true);
    assert.equal(e1.mtu.value, 9216);
    assert.equal(e1.mode.value, 'switched', 'NX-OS default: switchport');
    assert.equal(e1.adminUp.value, true);
    assert.equal(iface(dev, 'Ethernet1/3').pfc.mode.value, 'off');
    assert.deepEqual(iface(dev, 'Ethernet1/3').pfc.noDropPriorities, []);
    const e6 = iface(dev, 'Ethernet1/6');
    assert.equal(e6.pfc.mode.value, 'auto');
    assert.deepEqual(
      e6.pfc.noDropPriorities.map((p) => p.value),
      [3],
      'auto still gets the device no-drop set',
    );
    const sub = iface(dev, 'Ethernet1/7.10');
    assert.equal(sub.parent, 'Ethernet1/7');
    assert.equal(sub.encapsulationVlan?.value, 10);
    assert.equal(sub.adminUp.value, false, 'NX-OS subinterfaces default shut');
    assert.equal(sub.adminUp.defaulted, true);
    assert.equal(iface(dev, 'Port-Channel20').mtu.value, 9216);
    assert.equal(iface(dev, 'Loopback0').ipv4[0]?.value.address, '10.255.0.1');
    assert.equal(iface(dev, 'Vlan100').mtu.value, 9000);
    assert.equal(iface(dev, 'Vlan100').adminUp.value, false, 'NX-OS SVIs default shut');
    assert.equal(iface(dev, 'Vlan100').pfc.mode.value, 'off', 'no PFC on an SVI');
    assert.deepEqual(iface(dev, 'Vlan100').pfc.noDropPriorities, []);
  });

  it('NX-OS: `no system default switchport` and no qos at all', () => {
    const { dev } = load('nxos-bare.cfg', 'nxos');
    const e1 = iface(dev, 'Ethernet1/1');
    assert.equal(e1.mode.value, 'routed');
    assert.equal(e1.mode.defaulted, true);
    assert.equal(e1.pfc.mode.value, 'auto');
    assert.equal(e1.pfc.mode.defaulted, true);
    assert.deepEqual(e1.pfc.noDropPriorities, []);
    assert.equal(dev.qos.dscpToClass[26]?.value, 0, 'unclassified traffic is qos-group 0');
    assert.equal(dev.qos.dscpToClass[26]?.defaulted, true);
    assert.equal(dev.qos.watchdog.enabled.value, false);
    assert.equal(dev.qos.watchdog.enabled.defaulted, true);
  });

  it('IOS: MQC, ip mtu vs mtu, system mtu, vrf', () => {
    const { dev } = load('ios-router.cfg', 'ios');
    assert.equal(dev.hostname, 'r1');
    const g0 = iface(dev, 'GigabitEthernet0/0');
    assert.equal(g0.mtu.value, 1400, 'ip mtu wins for L3');
    assert.equal(g0.ipMtu?.value, 1400);
    assert.deepEqual(g0.ipv4[0]?.value, { address: '192.0.2.1', prefixLength: 30, family: 4 });
    assert.deepEqual(
      g0.servicePolicies.map((p) => p.value),
      [{ type: '', direction: 'output', name: 'WAN-OUT' }],
    );
    const g1 = iface(dev, 'GigabitEthernet0/1');
    assert.equal(g1.vrf?.value, 'CUST');
    assert.equal(g1.qosTrust?.value, 'dscp', 'mls qos trust dscp');
    assert.equal(g1.pfc.mode.value, 'on');
    assert.equal(g1.mtu.value, 9000, 'system mtu default');
    assert.equal(g1.mtu.defaulted, true);
    assert.equal(iface(dev, 'GigabitEthernet0/2').mtu.value, 9100);
    assert.equal(iface(dev, 'GigabitEthernet0/3').adminUp.value, false);
    assert.equal(iface(dev, 'Loopback0').ipv4[0]?.value.prefixLength, 32);
    const voice = dev.qos.classMaps.find((c) => c.name === 'VOICE')!;
    assert.deepEqual(
      voice.matchDscp.map((m) => m.value),
      [[46, 40]],
    );
    assert.equal(voice.matchAll, false);
    assert.equal(dev.qos.classMaps.find((c) => c.name === 'BULK')!.matchAll, true);
    const pm = dev.qos.policyMaps.find((p) => p.name === 'WAN-OUT')!;
    assert.equal(pm.type, '');
    assert.equal(pm.classes[0]?.queue?.strictPriority?.value, true);
    assert.equal(pm.classes[1]?.queue?.bandwidthRemainingPercent?.value, 30);
    assert.equal(pm.classes[2]?.setDscp?.value, 0);
    assert.ok(dev.symbols.refs.some((r) => r.kind === 'policy-map' && r.name === 'WAN-OUT' && r.subtype === ''));
  });
});

describe('extract: fix writers (apply, re-extract: only the named value changed)', function () {
  before(async function () {
    await ready();
  });

  it('EOS setInterfaceMtu replaces the explicit line', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    const w = fixWriterFor(dev);
    const edits = w.setInterfaceMtu(iface(dev, 'Ethernet1/1'), 9214);
    roundTrip(text, 'eos', dev, edits, (s) => {
      (s.interfaces['Ethernet1/1']!.mtu as { value: number }).value = 9214;
    });
  });

  it('EOS setInterfaceMtu on a range member writes a section of its own', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    const edits = fixWriterFor(dev).setInterfaceMtu(iface(dev, 'Ethernet1/4'), 9000);
    const r = roundTrip(text, 'eos', dev, edits, (s) => {
      s.interfaces['Ethernet1/4']!.mtu = { value: 9000, defaulted: false };
    });
    assert.match(r.text, /\ninterface Ethernet1\/4\n {3}mtu 9000\n/);
  });

  it('EOS setInterfaceMtu inserts into a section that has none', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    const edits = fixWriterFor(dev).setInterfaceMtu(iface(dev, 'Ethernet4'), 9214);
    const r = roundTrip(text, 'eos', dev, edits, (s) => {
      s.interfaces['Ethernet4']!.mtu = { value: 9214, defaulted: false };
    });
    assert.match(r.text, /description no children but this\n {3}mtu 9214\n!/);
  });

  it('EOS setInterfacePfc replaces PFC lines and makes exactly these priorities no-drop', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    const edits = fixWriterFor(dev).setInterfacePfc(iface(dev, 'Ethernet3'), [3]);
    const r = roundTrip(text, 'eos', dev, edits, (s) => {
      const pfc = s.interfaces['Ethernet3']!.pfc as { noDropPriorities: { value: number }[] };
      pfc.noDropPriorities = [{ value: 3 }];
    });
    assert.match(
      r.text,
      /interface Ethernet3\n {3}channel-group 10 mode active\n {3}priority-flow-control on\n {3}priority-flow-control priority 3 no-drop\n!/,
    );
  });

  it('EOS setInterfacePfc on a profile-fed range member overrides in its own section', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    const edits = fixWriterFor(dev).setInterfacePfc(iface(dev, 'Ethernet1/3'), [4]);
    roundTrip(text, 'eos', dev, edits, (s) => {
      s.interfaces['Ethernet1/3']!.pfc = { mode: { value: 'on', defaulted: false }, noDropPriorities: [{ value: 4 }] };
    });
  });

  it('EOS setInterfaceTrustDscp, addServicePolicy, enableWatchdog, setDscpToClass', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    const w = fixWriterFor(dev);
    roundTrip(text, 'eos', dev, w.setInterfaceTrustDscp(iface(dev, 'Ethernet3')), (s) => {
      s.interfaces['Ethernet3']!.qosTrust = { value: 'dscp', defaulted: false };
    });
    roundTrip(text, 'eos', dev, w.addServicePolicy(iface(dev, 'Ethernet2'), 'qos', 'input', 'PM'), (s) => {
      s.interfaces['Ethernet2']!.servicePolicies = [{ value: { type: 'qos', direction: 'input', name: 'PM' } }];
    });
    roundTrip(text, 'eos', dev, w.enableWatchdog(), (s) => {
      (s.qos as Record<string, unknown>).watchdog = {
        enabled: { value: true, defaulted: false },
        timeout: { value: 0.2 },
        recovery: { value: 0.2 },
        polling: { value: 0.1 },
        action: { value: 'drop' },
      };
    });
    roundTrip(text, 'eos', dev, w.setDscpToClass([24, 25], 3), (s) => {
      const t = (s.qos as { dscpToClass: { value: number; defaulted: boolean }[] }).dscpToClass;
      t[24] = { value: 3, defaulted: false };
      t[25] = { value: 3, defaulted: false };
    });
  });

  it('NX-OS setInterfacePfcModeOn, enableInterfaceWatchdog, setInterfaceMtu', () => {
    const { text, dev } = load('nxos-roce.cfg', 'nxos');
    const w = fixWriterFor(dev);
    const r = roundTrip(text, 'nxos', dev, w.setInterfacePfc(iface(dev, 'Ethernet1/6'), [3]), (s) => {
      s.interfaces['Ethernet1/6']!.pfc = { mode: { value: 'on', defaulted: false }, noDropPriorities: [{ value: 3 }] };
    });
    assert.match(r.text, /interface Ethernet1\/6\n {2}priority-flow-control mode on\n/);
    // Ethernet1/3 has `mode off` in its own section, after the range: replaced there.
    roundTrip(text, 'nxos', dev, w.setInterfacePfcModeOn(iface(dev, 'Ethernet1/3')), (s) => {
      s.interfaces['Ethernet1/3']!.pfc = { mode: { value: 'on', defaulted: false }, noDropPriorities: [{ value: 3 }], watchdog: { value: true } };
    });
    roundTrip(text, 'nxos', dev, w.enableInterfaceWatchdog(iface(dev, 'Ethernet1/5')), (s) => {
      (s.interfaces['Ethernet1/5']!.pfc as Record<string, unknown>).watchdog = { value: true };
    });
    const r2 = roundTrip(text, 'nxos', dev, w.setInterfaceMtu(iface(dev, 'Port-Channel20'), 9000), (s) => {
      (s.interfaces['Port-Channel20']!.mtu as { value: number }).value = 9000;
    });
    assert.match(r2.text, /interface port-channel20\n {2}no switchport\n {2}mtu 9000\n/);
    // a range member's explicit mtu lives in the shared section: a section of its own is added
    roundTrip(text, 'nxos', dev, w.setInterfaceMtu(iface(dev, 'Ethernet1/2'), 9000), (s) => {
      (s.interfaces['Ethernet1/2']!.mtu as { value: number }).value = 9000;
    });
  });

  it('NX-OS attachSystemPolicy (existing section, missing section) and enableWatchdog', () => {
    const { text, dev } = load('nxos-roce.cfg', 'nxos');
    const w = fixWriterFor(dev);
    const r = roundTrip(text, 'nxos', dev, w.attachSystemPolicy('qos', 'input', 'QOS_CLASSIFICATION'), (s) => {
      (s.qos as { systemPolicies: unknown[] }).systemPolicies.push({ value: { type: 'qos', direction: 'input', name: 'QOS_CLASSIFICATION' } });
      // Ports without their own policy now classify with the system one, which is the device's table.
      for (const i of Object.values(s.interfaces as Record<string, { classification?: { policy?: unknown } }>))
        if (i.classification && !i.classification.policy) delete i.classification;
    });
    assert.match(r.text, /service-policy type queuing output QOS_EGRESS_PORT\n {2}service-policy type qos input QOS_CLASSIFICATION\n/);
    assert.deepEqual(w.enableWatchdog(), [], 'already on');

    const bare = load('nxos-bare.cfg', 'nxos');
    const wb = fixWriterFor(bare.dev);
    const r2 = roundTrip(bare.text, 'nxos', bare.dev, wb.attachSystemPolicy('network-qos', 'none', 'NQ'), (s) => {
      (s.qos as { systemPolicies: unknown[] }).systemPolicies.push({ value: { type: 'network-qos', direction: 'none', name: 'NQ' } });
    });
    assert.match(r2.text, /\nsystem qos\n {2}service-policy type network-qos NQ\n$/);
    roundTrip(bare.text, 'nxos', bare.dev, wb.enableWatchdog(), (s) => {
      (s.qos as { watchdog: unknown }).watchdog = { enabled: { value: true, defaulted: false } };
    });
  });

  it('IOS setInterfaceMtu replaces `ip mtu` when that is the effective line; PFC mode', () => {
    const { text, dev } = load('ios-router.cfg', 'ios');
    const w = fixWriterFor(dev);
    const r = roundTrip(text, 'ios', dev, w.setInterfaceMtu(iface(dev, 'GigabitEthernet0/0'), 1500), (s) => {
      (s.interfaces['GigabitEthernet0/0']!.mtu as { value: number }).value = 1500;
      (s.interfaces['GigabitEthernet0/0']!.ipMtu as { value: number }).value = 1500;
    });
    assert.match(r.text, /\n ip mtu 1500\n mtu 1600\n/);
    roundTrip(text, 'ios', dev, w.setInterfaceMtu(iface(dev, 'GigabitEthernet0/1'), 9100), (s) => {
      s.interfaces['GigabitEthernet0/1']!.mtu = { value: 9100, defaulted: false };
    });
    roundTrip(text, 'ios', dev, w.setInterfacePfcModeOn(iface(dev, 'GigabitEthernet0/2')), (s) => {
      s.interfaces['GigabitEthernet0/2']!.pfc = { mode: { value: 'on', defaulted: false }, noDropPriorities: [] };
    });
    assert.deepEqual(w.enableWatchdog(), []);
    assert.deepEqual(w.attachSystemPolicy('qos', 'input', 'X'), []);
  });

  it('generic edits: insertInBlock, replaceLine, deleteLine', () => {
    const { text, dev } = load('eos-leaf.cfg', 'eos');
    // The CLI writer's own text primitives, which its FixWriter operations are built from.
    const w = new CliFixWriter(dev, 'eos');
    const e4 = iface(dev, 'Ethernet4');
    roundTrip(text, 'eos', dev, w.insertInBlock(e4.block, ['shutdown']), (s) => {
      s.interfaces['Ethernet4']!.adminUp = { value: false, defaulted: false };
    });
    roundTrip(text, 'eos', dev, w.replaceLine(iface(dev, 'Ethernet1/2').mtu.loc, 'mtu 1500'), (s) => {
      (s.interfaces['Ethernet1/2']!.mtu as { value: number }).value = 1500;
    });
    const after = applyEdits(text, w.deleteLine(e4.block.header, e4.block));
    const d2 = extractText(after, 'eos');
    assert.equal(d2.interfaces.has('Ethernet4'), false);
    assert.equal(d2.interfaces.size, dev.interfaces.size - 1);
  });
});
