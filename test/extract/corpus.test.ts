import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { QueueEcn } from '../../server/src/model/types';
import type { Located } from '../../server/src/model/location';
import { configFiles, corpusDir, extractFile, iface, lineNo, ready, setting } from './helpers';

/** Facts written by reading the corpus files (1-based line numbers as an editor shows them). */

const corpus = corpusDir();

/** A located random-detect profile without the line text (compared separately where it matters). */
function noText(l: Located<QueueEcn> | undefined): Located<Omit<QueueEcn, 'text'>> | undefined {
  if (!l) return undefined;
  const { text: _text, ...rest } = l.value;
  return { value: rest, loc: l.loc };
}

function at<T>(l: Located<T> | undefined, value: T, line: number, what: string): void {
  assert.ok(l, `${what}: missing`);
  assert.deepEqual(l.value, value, `${what}: value`);
  assert.equal(lineNo(l.loc), line, `${what}: line`);
}

describe('extract: corpus facts', function () {
  before(async function () {
    await ready();
  });
  const f = (p: string): string => join(corpus, p);

  it('eos/avd-examples-single-dc-l3ls/dc1-leaf1a.cfg', () => {
    const d = extractFile(f('eos/avd-examples-single-dc-l3ls/dc1-leaf1a.cfg'), 'eos');
    assert.equal(d.hostname, 'dc1-leaf1a');
    assert.equal(lineNo(d.hostnameLoc!), 18);
    const e1 = iface(d, 'Ethernet1');
    setting(e1.mtu, 1500, 100, false, 'Ethernet1 mtu');
    setting(e1.mode, 'routed', 101, false, 'Ethernet1 mode');
    setting(e1.adminUp, true, 99, false, 'Ethernet1 admin');
    at(e1.ipv4[0], { address: '10.255.255.1', prefixLength: 31, family: 4 }, 102, 'Ethernet1 ip');
    setting(e1.pfc.mode, 'off', 97, true, 'Ethernet1 pfc');
    assert.deepEqual(e1.pfc.noDropPriorities, []);
    const e3 = iface(d, 'Ethernet3');
    setting(e3.mtu, 1500, 111, true, 'Ethernet3 mtu (default at header)');
    setting(e3.mode, 'switched', 111, true, 'Ethernet3 mode');
    at(e3.channelGroup, 'Port-Channel3', 114, 'Ethernet3 channel-group');
    const po3 = iface(d, 'Port-Channel3');
    setting(po3.mode, 'switched', 77, false, 'Po3 mode');
    const lo0 = iface(d, 'Loopback0');
    assert.equal(lo0.kind, 'loopback');
    const v3009 = iface(d, 'Vlan3009');
    setting(v3009.mtu, 1500, 186, false, 'Vlan3009 mtu');
    at(v3009.vrf, 'VRF10', 187, 'Vlan3009 vrf');
    at(iface(d, 'Management1').vrf, 'MGMT', 156, 'Management1 vrf');
    // EOS default DSCP map: 26 → TC3, defaulted
    assert.equal(d.qos.dscpToClass[26]?.value, 3);
    assert.equal(d.qos.dscpToClass[26]?.defaulted, true);
    assert.equal(d.qos.dscpToClass[0]?.value, 1);
    assert.equal(d.qos.dscpToClass[8]?.value, 0);
  });

  it('eos/avd-eos-cli-config-gen-features/qos.cfg', () => {
    const d = extractFile(f('eos/avd-eos-cli-config-gen-features/qos.cfg'), 'eos');
    assert.equal(d.hostname, 'qos');
    assert.ok(d.notes.some((n) => n.code === 'hostname-missing'));
    // qos map dscp 18 20 22 26 28 30 34 36 38 to traffic-class 4 drop-precedence 2 (line 237)
    setting(d.qos.dscpToClass[26], 4, 237, false, 'dscp 26');
    setting(d.qos.dscpToClass[8], 1, 236, false, 'dscp 8');
    setting(d.qos.dscpToClass[46], 5, 238, false, 'dscp 46');
    setting(d.qos.dscpToClass[48], 6, 2, true, 'dscp 48 default');
    setting(d.qos.cosToClass[3], 3, 235, false, 'cos 3 (later line wins)');
    setting(d.qos.cosToClass[1], 2, 234, false, 'cos 1');
    setting(d.qos.classToQueue[6], 2, 241, false, 'tc 6 → tx-queue 2');
    setting(d.qos.classToQueue[3], 3, 2, true, 'tc 3 identity');
    at(d.qos.dscpRewrite, true, 233, 'qos rewrite dscp');
    at(d.qos.pfcAllOff, true, 274, 'priority-flow-control all off');
    setting(d.qos.watchdog.enabled, true, 275, false, 'watchdog enabled');
    at(d.qos.watchdog.timeout, 0.05, 275, 'watchdog timeout');
    at(d.qos.watchdog.recovery, 1.22, 276, 'watchdog recovery');
    at(d.qos.watchdog.polling, 10.001, 277, 'watchdog polling');
    at(d.qos.watchdog.action, 'no-drop', 278, 'watchdog action');
    // Ethernet1: service-profile test (trust dscp + tx-queues 1, 2, 4), own lines win.
    const e1 = iface(d, 'Ethernet1');
    at(e1.qosProfile, 'test', 182, 'Ethernet1 service-profile');
    setting(e1.qosTrust, 'dscp', 183, false, 'Ethernet1 trust (interface line)');
    setting(e1.mtu, 1500, 178, false, 'Ethernet1 mtu');
    assert.deepEqual(
      e1.queues.map((q) => q.queue),
      [1, 2, 4],
    );
    const q2 = e1.queues.find((q) => q.queue === 2)!;
    at(q2.strictPriority, true, 51, 'profile tx-queue 2 priority strict');
    at(q2.bandwidthPercent, 10, 52, 'profile tx-queue 2 bandwidth');
    at(noText(q2.ecn), { ecn: true, minThreshold: 320, maxThreshold: 320, unit: 'kbytes', maxUnit: 'kbytes', probability: 90 }, 53, 'tx-queue 2 ecn');
    at(e1.servicePolicies[0], { type: 'qos', direction: 'input', name: 'pmap_test1' }, 181, 'Ethernet1 service-policy');
    // Port-Channel3 takes profile `experiment` (tx-queues 3,4,5,7) and its own trust cos.
    const po3 = iface(d, 'Port-Channel3');
    assert.deepEqual(
      po3.queues.map((q) => q.queue),
      [3, 4, 5, 7],
    );
    setting(po3.qosTrust, 'cos', 173, false, 'Po3 trust');
    // Ethernet7 → profile qprof_testwithpolicy: its service-policy applies to the interface.
    const e7 = iface(d, 'Ethernet7');
    at(e7.servicePolicies[0], { type: 'qos', direction: 'input', name: 'pmap_test1' }, 27, 'Ethernet7 policy from profile');
    // profile test_with_pfc is defined (PFC on, priority 0 no-drop) but applied nowhere.
    assert.ok(d.symbols.defs.some((s) => s.kind === 'qos-profile' && s.name === 'test_with_pfc'));
    assert.ok(d.symbols.refs.some((r) => r.kind === 'qos-profile' && r.name === 'experiment' && lineNo(r.loc) === 172));
    const pm = d.qos.policyMaps.find((p) => p.name === 'pmap_test1')!;
    assert.equal(pm.type, 'quality-of-service');
    at(pm.classes.find((c) => c.name === 'class-default')!.setTrafficClass, 1, 272, 'class-default set traffic-class');
    assert.ok(d.symbols.refs.some((r) => r.kind === 'class-map' && r.name === 'cmap_tc0_v4' && r.subtype === 'qos'));
    assert.ok(!d.symbols.refs.some((r) => r.name === 'class-default'));
  });

  it('eos/avd-eos-cli-config-gen-features/ethernet-interfaces.cfg', () => {
    const d = extractFile(f('eos/avd-eos-cli-config-gen-features/ethernet-interfaces.cfg'), 'eos');
    const e1 = iface(d, 'Ethernet1');
    setting(e1.mtu, 1500, 4, false, 'Ethernet1 mtu');
    at(e1.l2Mtu, 8000, 6, 'Ethernet1 l2 mtu');
    at(
      e1.speed && { value: [e1.speed.gbps, e1.speed.source, e1.speed.written], loc: e1.speed.loc },
      [100, 'configured', 'forced 100gfull'],
      8,
      'Ethernet1 speed',
    );
    setting(e1.pfc.mode, 'on', 54, false, 'Ethernet1 pfc on');
    assert.deepEqual(e1.pfc.noDropPriorities, [], 'priority 5 drop is not no-drop');
    const e2 = iface(d, 'Ethernet2');
    setting(e2.pfc.mode, 'on', 85, false, 'Ethernet2 pfc on');
    assert.deepEqual(
      e2.pfc.noDropPriorities.map((p) => [p.value, lineNo(p.loc)]),
      [[5, 86]],
    );
    assert.equal(e2.ipv4.length, 5);
    assert.equal(e2.ipv4.filter((a) => a.value.secondary).length, 4);
    setting(iface(d, 'Ethernet3').pfc.mode, 'off', 117, false, 'no priority-flow-control');
    const e4 = iface(d, 'Ethernet4');
    setting(e4.adminUp, false, 124, false, 'Ethernet4 shutdown');
    setting(e4.mtu, 9100, 125, false, 'Ethernet4 mtu');
    setting(e4.mode, 'routed', 126, false, 'Ethernet4 no switchport');
    assert.deepEqual(
      e4.ipv6.map((a) => a.value.address),
      ['2020::2020'],
      'link-local skipped',
    );
    setting(iface(d, 'Ethernet7').mtu, 7000, 189, false, 'Ethernet7 mtu');
    at(iface(d, 'Ethernet7').qosProfile, 'QoS', 200, 'Ethernet7 service-profile');
    const sub = iface(d, 'Ethernet8.101');
    assert.equal(sub.kind, 'subinterface');
    assert.equal(sub.parent, 'Ethernet8');
    at(sub.encapsulationVlan, 101, 221, 'Ethernet8.101 encapsulation');
    setting(sub.mtu, 1500, 219, true, 'Ethernet8.101 default mtu');
    setting(iface(d, 'Ethernet21').qosTrust, 'none', 321, false, 'no qos trust');
  });

  it('eos/avd-eos-cli-config-gen-features/port-channel-interfaces.cfg', () => {
    const d = extractFile(f('eos/avd-eos-cli-config-gen-features/port-channel-interfaces.cfg'), 'eos');
    const po5 = iface(d, 'Port-Channel5');
    at(po5.l2Mtu, 8000, 31, 'Po5 l2 mtu');
    setting(po5.mtu, 1500, 12, true, 'Po5 default mtu');
    setting(iface(d, 'Port-Channel8').mode, 'routed', 45, false, 'Po8 routed');
    const sub = iface(d, 'Port-Channel8.101');
    assert.equal(sub.parent, 'Port-Channel8');
    at(sub.ipv4[0], { address: '10.1.2.3', prefixLength: 31, family: 4 }, 51, 'Po8.101 ip');
    setting(iface(d, 'Port-Channel100.101').mtu, 1500, 214, false, 'Po100.101 mtu');
    setting(iface(d, 'Port-Channel101').qosTrust, 'none', 234, false, 'Po101 no qos trust');
    at(iface(d, 'Ethernet3').channelGroup, 'Port-Channel3', 490, 'Ethernet3 member');
  });

  it('nxos/azurestack-switch-config-generator/std_cisco_nxos_switched/expected_full_config.cfg', () => {
    const d = extractFile(f('nxos/azurestack-switch-config-generator/std_cisco_nxos_switched/expected_full_config.cfg'), 'nxos');
    assert.equal(d.hostname, 's46-r21-93180hl-24-1a');
    // `interface Ethernet 1/1-1/54` (line 506) then `interface Ethernet 1/1-1/16` (line 531) merge.
    const e1 = iface(d, 'Ethernet1/1');
    assert.deepEqual(e1.headers.map(lineNo), [506, 531]);
    setting(e1.mtu, 9216, 541, false, 'Ethernet1/1 mtu (later section)');
    setting(e1.adminUp, true, 542, false, 'no shutdown wins over the range shutdown');
    setting(e1.pfc.mode, 'on', 538, false, 'pfc mode on send-tlv');
    assert.deepEqual(
      e1.pfc.noDropPriorities.map((p) => [p.value, lineNo(p.loc)]),
      [[3, 122]],
      'pause pfc-cos 3 of the system network-qos',
    );
    const e18 = iface(d, 'Ethernet1/18');
    at(e18.servicePolicies[0], { type: 'qos', direction: 'input', name: 'AZLOCAL-QOS-MAP' }, 555, 'Ethernet1/18 policy');
    const e54 = iface(d, 'Ethernet1/54');
    setting(e54.adminUp, false, 515, false, 'Ethernet1/54 shut by the range');
    setting(e54.pfc.mode, 'auto', 506, true, 'Ethernet1/54 pfc default auto');
    const po50 = iface(d, 'Port-Channel50');
    assert.deepEqual(po50.writtenAs, ['port-channel50']);
    setting(po50.mtu, 9216, 596, false, 'Po50 mtu');
    assert.deepEqual(po50.ipv4, [], 'address without mask is a note, not a value');
    assert.ok(d.notes.some((n) => n.code === 'bad-ip' && lineNo(n.loc) === 594));
    // system qos
    assert.deepEqual(
      d.qos.systemPolicies.map((p) => [p.value.type, p.value.name, lineNo(p.loc)]),
      [
        ['network-qos', 'AZLOCAL-NWQOS', 153],
        ['queuing', 'AZLOCAL-QUEUE-OUT', 154],
      ],
    );
    assert.equal(lineNo(d.qos.systemQosBlock!.header), 152);
    assert.deepEqual(
      d.qos.noDropPriorities.map((p) => p.value),
      [3],
    );
    const q3 = d.qos.queues.find((q) => q.queue === 3)!;
    at(q3.bandwidthRemainingPercent, 50, 144, 'queue 3 remaining');
    at(noText(q3.ecn), { ecn: true, minThreshold: 300, maxThreshold: 300, unit: 'kbytes', maxUnit: 'kbytes', probability: 100 }, 145, 'queue 3 ecn');
    at(d.qos.queues.find((q) => q.queue === 7)!.bandwidthPercent, 2, 149, 'queue 7 bandwidth');
    // classification by CoS: cos 3 → qos-group 3 (match cos 3 at line 131)
    assert.equal(d.qos.classificationPolicy, 'AZLOCAL-QOS-MAP');
    setting(d.qos.cosToClass[3], 3, 131, false, 'cos 3');
    setting(d.qos.cosToClass[7], 7, 133, false, 'cos 7');
    assert.equal(d.qos.dscpToClass[26]?.value, 0);
    assert.equal(d.qos.dscpToClass[26]?.defaulted, true);
    const nq = d.qos.policyMaps.find((p) => p.name === 'AZLOCAL-NWQOS')!;
    at(nq.classes[0]!.pausePfcCos, [3], 122, 'pause pfc-cos 3');
    at(nq.classes[0]!.mtu, 9216, 123, 'network-qos mtu');
  });

  it('nxos/batfish-nxos-grammar-testconfigs/nxos_policy_map', () => {
    const d = extractFile(f('nxos/batfish-nxos-grammar-testconfigs/nxos_policy_map'), 'nxos');
    assert.equal(d.hostname, 'nxos_policy_map');
    const types = d.qos.policyMaps.map((p) => `${p.type}:${p.name}`);
    assert.deepEqual(types, [
      'control-plane:pm_control_plane',
      'network-qos:pm_network_qos',
      'qos:pm_qos',
      'qos:pm_qos2',
      'queuing:pm_queuing_in',
      'queuing:pm_queuing_out',
    ]);
    // the repeated network-qos section merges (lines 23 and 31): one definition, both classes
    const nq = d.qos.policyMaps.find((p) => p.name === 'pm_network_qos')!;
    assert.deepEqual(
      nq.classes.map((c) => [c.name, c.mtu?.value]),
      [
        ['class-default', 1500],
        ['cm_network_qos', 9216],
      ],
    );
    assert.equal(d.symbols.defs.filter((s) => s.name === 'pm_network_qos').length, 1);
    assert.equal(nq.classes[0]!.pausePfcCos, undefined, 'no pause');
    const qos = d.qos.policyMaps.find((p) => p.name === 'pm_qos')!;
    at(qos.classes[0]!.setQosGroup, 4, 39, 'set qos-group 4');
    assert.equal(d.qos.classMaps.find((c) => c.name === 'cm_qos')!.matchAll, false);
    assert.equal(d.qos.classMaps.find((c) => c.name === 'cm_qos2')!.type, 'qos', 'untyped NX-OS class-map is qos');
    assert.deepEqual(
      d.qos.systemPolicies.map((p) => `${p.value.type}|${p.value.direction}|${p.value.name}`),
      ['network-qos|none|pm_network_qos', 'qos|input|pm_qos', 'queuing|input|pm_queuing_in', 'queuing|output|pm_queuing_out'],
    );
    assert.equal(d.qos.classificationPolicy, 'pm_qos', 'system qos policy classifies');
    at(d.qos.queues.find((q) => q.queue === 0)?.bandwidthPercent, 100, 51, 'class-default queue 0');
    const refs = d.symbols.refs.map((r) => `${r.kind}:${r.subtype}:${r.name}:${r.usage}`);
    assert.ok(refs.includes('class-map:qos:cm_qos2:policy-class'));
    assert.ok(refs.includes('policy-map:queuing:pm_queuing_out:system-qos'));
    assert.ok(!refs.some((r) => r.includes('c-in-q1') || r.includes('class-default')));
  });

  it('nxos/batfish-evpn-nxos-symmetric/leaf1', () => {
    const d = extractFile(f('nxos/batfish-evpn-nxos-symmetric/leaf1'), 'nxos');
    assert.equal(d.hostname, 'leaf1');
    assert.equal(d.version, '9.2(3)');
    const e = iface(d, 'Ethernet1/1');
    setting(e.mode, 'routed', 58, false, 'no switchport');
    setting(e.mtu, 9216, 59, false, 'mtu 9216');
    at(e.ipv4[0], { address: '10.10.11.2', prefixLength: 24, family: 4 }, 60, 'ip');
    setting(e.adminUp, true, 61, false, 'no shutdown');
    setting(e.pfc.mode, 'auto', 57, true, 'NX-OS default pfc auto');
    const lo = iface(d, 'Loopback0');
    assert.deepEqual(lo.writtenAs, ['loopback0']);
    assert.deepEqual(
      lo.ipv4.map((a) => [a.value.address, a.value.secondary ?? false]),
      [
        ['1.1.1.3', false],
        ['1.1.1.112', true],
      ],
    );
    const v10 = iface(d, 'Vlan10');
    at(v10.vrf, 'vrf1', 33, 'vrf member');
    setting(v10.mtu, 1500, 31, true, 'Vlan10 default mtu');
    at(iface(d, 'nve1').vxlanSource, 'Loopback0', 48, 'nve source-interface');
  });

  it('ios/batfish-example-live/configs/as1border1.cfg', () => {
    const d = extractFile(f('ios/batfish-example-live/configs/as1border1.cfg'), 'ios');
    assert.equal(d.hostname, 'as1border1');
    assert.equal(d.version, '15.2');
    const g = iface(d, 'GigabitEthernet0/0');
    at(g.ipv4[0], { address: '1.0.1.1', prefixLength: 24, family: 4 }, 60, 'dotted mask');
    setting(g.mtu, 1500, 59, true, 'IOS default mtu');
    setting(g.mode, 'routed', 59, true, 'IOS routed');
    setting(iface(d, 'Ethernet0/0').adminUp, false, 56, false, 'shutdown');
    assert.deepEqual(iface(d, 'Ethernet0/0').ipv4, [], 'no ip address');
    at(iface(d, 'Loopback0').ipv4[0], { address: '1.1.1.1', prefixLength: 32, family: 4 }, 52, 'loopback');
  });

  it('ios/batfish-unit-test-configs/cisco_qos (MQC)', () => {
    const d = extractFile(f('ios/batfish-unit-test-configs/cisco_qos'), 'ios');
    assert.ok(d.qos.policyMaps.length > 0, 'policy-maps read');
    assert.ok(d.qos.classMaps.length > 0, 'class-maps read');
    assert.ok(d.symbols.refs.some((r) => r.kind === 'class-map'));
  });
});

describe('extract: every EOS / NX-OS / IOS corpus file', function () {
  before(async function () {
    await ready();
  });
  for (const dialect of ['eos', 'nxos', 'ios'] as const) {
    it(`${dialect}: hostname and interfaces, no exception`, () => {
      const files = configFiles(join(corpus, dialect));
      assert.ok(files.length > 0);
      for (const file of files) {
        const d = extractFile(file, dialect);
        assert.ok(d.hostname.length > 0, file);
        for (const [name, i] of d.interfaces) {
          assert.equal(i.name, name);
          assert.ok(i.headers.length > 0, `${file} ${name} headers`);
          assert.ok(Number.isInteger(i.mtu.value), `${file} ${name} mtu`);
          assert.equal(i.mtu.loc.uri, d.uri);
        }
      }
    });
  }
});
