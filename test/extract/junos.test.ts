import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractJunos } from '../../server/src/dialects';
import { l3Mtu, l3MtuOf, writtenMtuFor } from '../../server/src/dialects/mtu';
import { detectDialect } from '../../server/src/engine/detect';
import { isJunosSetFile } from '../../server/src/dialects/junos/index';
import type { Located } from '../../server/src/model/location';
import type { Device } from '../../server/src/model/types';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import { setFileToJunosDocument, toJunosDocument } from '../../server/src/parsing/junos-adapter';
import type { JunosDocument } from '../../server/src/parsing/junos-tree';
import { parse } from '../../server/src/parsing/parser';
import { configFiles, corpusDir, iface, lineNo, ready, setting } from './helpers';
import { junosFacts } from '../../server/src/dialects/junos/facts';

/** Parses a Junos text the way the workspace does (braces: junos grammar; set: netcli). */
function junosDoc(text: string, uri: string): JunosDocument {
  const isSet = isJunosSetFile(text);
  const tree = parse(isSet ? 'netcli' : 'junos', text);
  try {
    return isSet ? setFileToJunosDocument(toCliDocument(uri, tree, text)) : toJunosDocument(uri, tree, text);
  } finally {
    tree.delete();
  }
}

function junosText(text: string, uri = 'file:///test/leaf1.conf'): Device {
  return extractJunos(junosDoc(text, uri));
}

function junosFile(path: string): Device {
  return junosText(readFileSync(path, 'utf8'), pathToFileURL(path).href);
}

function at<T>(l: Located<T> | undefined, value: T, line: number, what: string): void {
  assert.ok(l, `${what}: missing`);
  assert.deepEqual(l.value, value, `${what}: value`);
  assert.equal(lineNo(l.loc), line, `${what}: line`);
}

describe('extract: junos (hand-written)', function () {
  before(ready);

  it('gives the same facts for braces and set', () => {
    const braces = junosText(
      'system {\n    host-name leaf1;\n}\ninterfaces {\n    et-0/0/0 {\n        mtu 9216;\n        unit 0 {\n            family inet {\n                address 10.0.0.0/31;\n            }\n        }\n    }\n}\n',
    );
    const set = junosText(
      'set system host-name leaf1\nset interfaces et-0/0/0 mtu 9216\nset interfaces et-0/0/0 unit 0 family inet address 10.0.0.0/31\n',
      'file:///test/leaf1.set',
    );
    for (const d of [braces, set]) {
      assert.equal(d.hostname, 'leaf1');
      assert.equal(iface(d, 'et-0/0/0').mtu.value, 9216);
      const u = iface(d, 'et-0/0/0.0');
      assert.equal(u.kind, 'subinterface');
      assert.equal(u.parent, 'et-0/0/0');
      assert.deepEqual(
        u.ipv4.map((a) => a.value),
        [{ address: '10.0.0.0', prefixLength: 31, family: 4 }],
      );
    }
    assert.equal(junosFacts(set)?.format, 'set');
    assert.equal(junosFacts(braces)?.format, 'braces');
  });

  it('leaves inactive parts out and reads disable, lists and quoted strings', () => {
    const d = junosText(
      'interfaces {\n    et-0/0/1 {\n        description "to spine 1";\n        disable;\n        inactive: mtu 9000;\n    }\n    inactive: et-0/0/2 {\n        mtu 9216;\n    }\n}\n',
    );
    const e1 = iface(d, 'et-0/0/1');
    at(e1.description, 'to spine 1', 3, 'description');
    setting(e1.adminUp, false, 4, false, 'disable');
    setting(e1.mtu, 1514, 2, true, 'inactive mtu is not configured');
    assert.equal(d.interfaces.has('et-0/0/2'), false);
  });

  it('gives a unit its own IPv4 and IPv6 MTU from family inet/inet6 mtu, else the media MTU minus 14', () => {
    const text = [
      'system {', //                                   1
      '    host-name leaf1;',
      '}',
      'interfaces {',
      '    et-0/0/0 {', //                              5
      '        mtu 9216;',
      '        unit 0 {',
      '            family inet {',
      '                mtu 9000;',
      '                address 10.0.0.0/31;', //       10
      '            }',
      '            family inet6 {',
      '                mtu 8000;',
      '                address 2001:db8::/127;',
      '            }', //                               15
      '        }',
      '        unit 1 {',
      '            family inet {',
      '                address 10.0.1.0/31;',
      '            }', //                               20
      '        }',
      '    }',
      '    et-0/0/1 {',
      '        unit 0 {',
      '            family inet {', //                   25
      '                address 10.0.2.0/31;',
      '            }',
      '        }',
      '    }',
      '}', //                                           30
      '',
    ].join('\n');
    const set = [
      'set system host-name leaf1',
      'set interfaces et-0/0/0 mtu 9216',
      'set interfaces et-0/0/0 unit 0 family inet mtu 9000',
      'set interfaces et-0/0/0 unit 0 family inet address 10.0.0.0/31',
      'set interfaces et-0/0/0 unit 0 family inet6 mtu 8000',
      'set interfaces et-0/0/0 unit 0 family inet6 address 2001:db8::/127',
      '',
    ].join('\n');
    const d = junosText(text);
    const u0 = iface(d, 'et-0/0/0.0');
    at(u0.ipMtu, 9000, 9, 'family inet mtu');
    at(u0.ipv6Mtu, 8000, 13, 'family inet6 mtu');
    const v4 = l3MtuOf(d, u0, 4)!;
    assert.deepEqual([v4.value, lineNo(v4.loc), v4.defaulted, v4.family], [9000, 9, false, 'inet'], 'the unit carries IPv4 at 9000 whatever the media MTU');
    const v6 = l3MtuOf(d, u0, 6)!;
    assert.deepEqual([v6.value, lineNo(v6.loc), v6.family], [8000, 13, 'inet6']);
    // unit 1 has no family mtu: its port's media MTU minus the 14-byte header, on the port's mtu line.
    const u1 = l3MtuOf(d, iface(d, 'et-0/0/0.1'))!;
    assert.deepEqual([u1.value, lineNo(u1.loc), u1.defaulted, u1.family], [9202, 6, false, undefined]);
    // A port without mtu: media default 1514, so IP 1500, defaulted at the port header.
    const bare = l3MtuOf(d, iface(d, 'et-0/0/1.0'))!;
    assert.deepEqual([bare.value, lineNo(bare.loc), bare.defaulted], [1500, 23, true]);
    assert.equal(l3Mtu(d, iface(d, 'et-0/0/0')), 9202, 'the port itself: media minus 14');
    // The set form gives the same values, each on its own line.
    const s = junosText(set, 'file:///test/leaf1.set');
    const su = iface(s, 'et-0/0/0.0');
    assert.deepEqual([l3Mtu(s, su, 4), l3Mtu(s, su, 6)], [9000, 8000]);
    assert.deepEqual([lineNo(su.ipMtu!.loc), lineNo(su.ipv6Mtu!.loc)], [3, 5]);
  });

  it("a vlan-tagging port has 18 bytes of overhead: a unit's default IP MTU is media − 18, the default media MTU 1518", () => {
    const d = junosText(
      [
        'interfaces {',
        '    et-0/0/0 { vlan-tagging; mtu 9216; unit 100 { vlan-id 100; family inet { address 10.0.0.0/31; } } }',
        '    et-0/0/1 { flexible-vlan-tagging; unit 200 { vlan-id 200; family inet { address 10.0.1.0/31; } } }',
        '}',
        '',
      ].join('\n'),
    );
    assert.equal(l3Mtu(d, iface(d, 'et-0/0/0.100')), 9198);
    assert.deepEqual([iface(d, 'et-0/0/1').mtu.value, iface(d, 'et-0/0/1').mtu.defaulted, l3Mtu(d, iface(d, 'et-0/0/1.200'))], [1518, true, 1500]);
    // A fix that sets the IP MTU writes the media MTU with the same overhead.
    assert.equal(writtenMtuFor(d, iface(d, 'et-0/0/0.100'), 9000), 9018);
  });

  it('records rewrite rules as definitions and their bindings as references', () => {
    const d = junosText(
      [
        'class-of-service {',
        '    rewrite-rules {',
        '        dscp RW-USED { forwarding-class fc0 { loss-priority low code-point 000000; } }',
        '        dscp RW-SPARE { forwarding-class fc0 { loss-priority low code-point 001000; } }',
        '    }',
        '    interfaces {',
        '        et-* {',
        '            unit * { rewrite-rules { dscp RW-USED; } }',
        '        }',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
    const defs = d.symbols.defs.filter((x) => x.kind === 'rewrite-rule').map((x) => [x.name, x.subtype, lineNo(x.loc)]);
    assert.deepEqual(defs, [
      ['RW-USED', 'dscp', 3],
      ['RW-SPARE', 'dscp', 4],
    ]);
    const refs = d.symbols.refs.filter((x) => x.kind === 'rewrite-rule').map((x) => [x.name, x.usage, lineNo(x.loc)]);
    assert.deepEqual(refs, [['RW-USED', 'cos-interface', 8]]);
  });

  it('resolves apply-groups with wildcard interface names', () => {
    const d = junosText(
      'groups {\n    JUMBO {\n        interfaces {\n            <et-*> {\n                mtu 9216;\n            }\n        }\n    }\n}\napply-groups JUMBO;\ninterfaces {\n    et-0/0/1 {\n        unit 0;\n    }\n    et-0/0/2 {\n        mtu 9000;\n    }\n    xe-0/0/3 {\n        unit 0;\n    }\n}\n',
    );
    setting(iface(d, 'et-0/0/1').mtu, 9216, 5, false, 'mtu from the group (points at the group line)');
    setting(iface(d, 'et-0/0/2').mtu, 9000, 16, false, 'own mtu wins over the group');
    setting(iface(d, 'xe-0/0/3').mtu, 1514, 18, true, 'not matched by <et-*>');
  });
});

const corpus = corpusDir();

(corpus ? describe : describe.skip)('extract: junos corpus facts', function () {
  before(ready);
  const f = (p: string): string => join(corpus!, 'junos', p);

  it('jvd-aiml-multitenancy-backend/leaf1_qfx5240-64od.conf', () => {
    const d = junosFile(f('jvd-aiml-multitenancy-backend/leaf1_qfx5240-64od.conf'));
    assert.equal(d.hostname, 'GPU-R1-L1');
    assert.equal(lineNo(d.hostnameLoc!), 2);
    const p = iface(d, 'et-0/0/0:0');
    assert.equal(p.kind, 'physical');
    setting(p.mtu, 9216, 54, false, 'et-0/0/0:0 mtu (media)');
    at(p.description, 'facing_spine1:et-0/0/0:0', 53, 'description');
    const u = iface(d, 'et-0/0/0:0.0');
    assert.equal(u.kind, 'subinterface');
    assert.equal(u.parent, 'et-0/0/0:0');
    setting(u.mtu, 9216, 54, false, 'unit carries its port media MTU');
    at(u.ipMtu, 9170, 57, 'family inet mtu');
    at(u.ipv4[0], { address: '10.0.2.177', prefixLength: 31, family: 4 }, 58, 'unit address');
    // A port without mtu: the Junos media default, at the header.
    setting(iface(d, 'et-0/0/2').mtu, 1514, 97, true, 'et-0/0/2 default');
    // The breakout parent carries no traffic itself.
    assert.equal(iface(d, 'et-0/0/0').kind, 'other');
    const bo = iface(d, 'et-0/0/0').speed;
    at(bo && { value: [bo.gbps, bo.source], loc: bo.loc }, [400, 'configured'], 50, 'speed');
    // Its channels run at that speed (Junos Evolved: the speed of each of the number-of-sub-ports).
    const ch = iface(d, 'et-0/0/0:0').speed;
    at(ch && { value: [ch.gbps, ch.source], loc: ch.loc }, [400, 'breakout'], 50, 'channel speed');
    // class-of-service: NO-LOSS queue 4 pfc-priority 3; classifier mydscp 011010 → NO-LOSS, 110000 → CNP
    setting(d.qos.dscpToClass[26], 4, 1132, false, 'dscp 26 → NO-LOSS (queue 4)');
    setting(d.qos.dscpToClass[48], 3, 1129, false, 'dscp 48 → CNP (queue 3)');
    assert.equal(d.qos.classificationPolicy, 'mydscp');
    // et-* is bound to congestion-notification-profile cnp (input dscp 011010 pfc; pfc-watchdog)
    setting(p.pfc.mode, 'on', 1199, false, 'pfc on from the CNP binding');
    assert.deepEqual(
      p.pfc.noDropPriorities.map((x) => [x.value, lineNo(x.loc)]),
      [[3, 1183]],
    );
    at(p.pfc.watchdog, true, 1180, 'pfc-watchdog');
    setting(d.qos.watchdog.enabled, true, 1180, false, 'device watchdog');
    const q4 = p.queues.find((q) => q.queue === 4);
    at(q4?.ecn, { ecn: true, minThreshold: 55, maxThreshold: 90, unit: 'percent', probability: 100 }, 1217, 'queue 4 ECN');
    const q3 = p.queues.find((q) => q.queue === 3);
    at(q3?.strictPriority, true, 1221, 'CNP queue strict-high');
    at(q3?.bandwidthPercent, 5, 1220, 'CNP queue transmit-rate');
    assert.deepEqual(
      d.symbols.defs.filter((x) => x.kind === 'congestion-notification-profile').map((x) => [x.name, lineNo(x.loc)]),
      [['cnp', 1179]],
    );
    assert.ok(d.symbols.refs.some((r) => r.kind === 'classifier' && r.name === 'mydscp' && lineNo(r.loc) === 1203));
  });

  it('jvd-evpn-vxlan-sflow-apstra-set/spine1_qfx5220-32cd.set', () => {
    const d = junosFile(f('jvd-evpn-vxlan-sflow-apstra-set/spine1_qfx5220-32cd.set'));
    // `set system host-name spine1` wins over `set groups global system host-name …` (apply-groups global).
    assert.equal(d.hostname, 'spine1');
    assert.equal(lineNo(d.hostnameLoc!), 185);
    const p = iface(d, 'et-0/0/0');
    setting(p.mtu, 9216, 200, false, 'et-0/0/0 mtu');
    at(p.description, 'facing_dc1-single-001-leaf1:et-0/0/48', 199, 'description');
    const u = iface(d, 'et-0/0/0.0');
    at(u.ipMtu, 9170, 201, 'family inet mtu');
    at(u.ipv4[0], { address: '10.0.1.8', prefixLength: 31, family: 4 }, 202, 'address');
    at(u.ipv6[0], { address: 'fdf6:ed70:1fac:f2d1::8', prefixLength: 127, family: 6 }, 204, 'ipv6 address');
    setting(iface(d, 'et-0/0/3').mtu, 1514, 217, true, 'unused port default');
  });

  it('jvd-5stage-evpn-vxlan: LAG members, CNP bound to one port', () => {
    const d = junosFile(f('jvd-5stage-evpn-vxlan/services-leaf1_qfx5130-48c.conf'));
    assert.equal(d.hostname, 'leaf003-001-1');
    at(iface(d, 'et-0/0/6').channelGroup, 'ae1', 85, 'et-0/0/6 in ae1');
    const ae1 = iface(d, 'ae1');
    assert.equal(ae1.kind, 'port-channel');
    setting(ae1.mtu, 9216, 416, false, 'ae1 mtu');
    const s = junosFile(f('jvd-5stage-evpn-vxlan/storage-leaf1_qfx5130-32cd.conf'));
    assert.equal(s.hostname, 'leaf002-001-1');
    // The CNP has only an output stanza (honour received pause): PFC is not turned on.
    assert.equal(iface(s, 'et-0/0/2').pfc.mode.value, 'off');
    assert.ok(s.symbols.refs.some((r) => r.kind === 'congestion-notification-profile' && r.name === 'cnp' && lineNo(r.loc) === 1965));
    // code-points [ 001000 011010 ] → fc5 (queue 5)
    assert.equal(s.qos.dscpToClass[26]?.value, 5);
    assert.equal(s.qos.dscpToClass[8]?.value, 5);
  });

  it('batfish interfaceMtu: mtu inherited from a group with a "<[xe][et]-*>" wildcard', () => {
    const d = junosFile(f('batfish-juniper-grammar-testconfigs/interfaceMtu'));
    setting(iface(d, 'xe-0/0/0:0').mtu, 9300, 4, false, 'group media mtu');
    at(iface(d, 'xe-0/0/0:0.0').ipMtu, 9000, 5, 'group family inet mtu (unit <*>)');
  });

  it('every Junos corpus file parses without an ERROR node and extracts', () => {
    const failing: string[] = [];
    let n = 0;
    for (const file of configFiles(join(corpus!, 'junos'))) {
      const text = readFileSync(file, 'utf8');
      const c = detectDialect(file, text);
      if (c.kind !== 'config' || c.dialect !== 'junos') continue;
      n++;
      const doc = junosDoc(text, pathToFileURL(file).href);
      if (doc.syntaxErrors.length > 0) failing.push(`${file}: ${doc.syntaxErrors[0]!.message}`);
      const dev = extractJunos(doc);
      assert.ok(dev.hostname);
    }
    assert.deepEqual(failing, []);
    assert.ok(n >= 40, `only ${n} Junos files found`);
  });
});
