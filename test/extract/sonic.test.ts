import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractSonic } from '../../server/src/dialects';
import { detectDialect } from '../../server/src/engine/detect';
import type { Device } from '../../server/src/model/types';
import { parse } from '../../server/src/parsing/parser';
import { toJsonDocument } from '../../server/src/parsing/json-adapter';
import { workspaceOf } from '../helpers/lint';
import { corpusDir, iface, lineNo, ready } from './helpers';
import { sonicFacts } from '../../server/src/model/sonic';

/** Facts written by reading the SONiC corpus files (1-based line numbers as an editor shows them). */

function sonicText(text: string, uri = 'file:///test/sw1/config_db.json'): Device {
  const tree = parse('json', text);
  try {
    return extractSonic(toJsonDocument(uri, tree, text));
  } finally {
    tree.delete();
  }
}

function sonicFile(path: string): Device {
  return sonicText(readFileSync(path, 'utf8'), pathToFileURL(path).href);
}

const corpus = corpusDir();

describe('extract: SONiC config_db.json', function () {
  before(async function () {
    await ready();
  });

  it('a port without mtu gets the SONiC default 9100, defaulted at its key; pfc_enable → PFC on', () => {
    const text = [
      '{',
      '    "DEVICE_METADATA": { "localhost": { "hostname": "sw1", "hwsku": "ACS-MSN3700" } },',
      '    "PORT": {',
      '        "Ethernet0": { "admin_status": "up", "speed": "100000" },',
      '        "Ethernet4": { "mtu": "9216", "pfc_enable": "3" }',
      '    },',
      '    "PORT_QOS_MAP": { "Ethernet0": { "pfc_enable": "3,4", "dscp_to_tc_map": "[DSCP_TO_TC_MAP|AZURE]" } },',
      '    "DSCP_TO_TC_MAP": { "AZURE": { "26": "3", "48": "6" } }',
      '}',
    ].join('\n');
    const d = sonicText(text);
    assert.equal(d.hostname, 'sw1');
    assert.equal(d.platform, 'ACS-MSN3700');
    const e0 = iface(d, 'Ethernet0');
    assert.deepEqual([e0.mtu.value, e0.mtu.defaulted, lineNo(e0.mtu.loc)], [9100, true, 4]);
    assert.deepEqual([e0.adminUp.value, e0.adminUp.defaulted], [true, false]);
    assert.equal(e0.pfc.mode.value, 'on');
    assert.deepEqual(
      e0.pfc.noDropPriorities.map((p) => p.value),
      [3, 4],
    );
    assert.equal(lineNo(e0.pfc.mode.loc), 7);
    // PORT.pfc_enable is ignored by orchagent: no PFC, but recorded for the rule
    const e4 = iface(d, 'Ethernet4');
    assert.deepEqual([e4.mtu.value, e4.mtu.defaulted], [9216, false]);
    assert.equal(e4.pfc.mode.value, 'off');
    assert.deepEqual(
      sonicFacts(d)!.pfcEnableInPort.map((p) => p.port),
      ['Ethernet4'],
    );
    // `[DSCP_TO_TC_MAP|AZURE]` and the map the ports use
    assert.equal(sonicFacts(d)!.portQosMaps[0]!.maps[0]!.name, 'AZURE');
    assert.equal(d.qos.dscpToClass[26]?.value, 3);
    assert.equal(d.qos.dscpToClass[48]?.value, 6);
    // the LSP range of a value excludes its quotes (UTF-16 columns)
    assert.deepEqual(e4.mtu.loc.range, { start: { line: 4, character: 31 }, end: { line: 4, character: 35 } });
  });

  it('a fragment (no DEVICE_METADATA, no PORT) is a device without interfaces, named after the file, with a note', () => {
    const d = sonicText('{"PORT_QOS_MAP": {"Ethernet0": {"pfc_enable": "3,4"}}}', 'file:///x/qos-sample.json');
    assert.equal(d.hostname, 'qos-sample');
    assert.equal(d.interfaces.size, 0);
    assert.equal(sonicFacts(d)!.fragment, true);
    assert.ok(d.notes.some((n) => n.code === 'sonic-fragment'));
  });

  it('a fragment with a generic file name is named after its platform folder: two platforms, two devices', () => {
    const text = '{"PORT_QOS_MAP": {"Ethernet0": {"pfc_enable": "3,4"}}}';
    const a = sonicText(text, 'file:///sonic/device/arista/x86_64-arista_7060x6/Arista-7060X6-64PE/qos.json');
    const b = sonicText(text, 'file:///sonic/device/mellanox/x86_64-mlnx_msn4600c-r0/Mellanox-SN4600C-C64/qos.json');
    const c = sonicText(text, 'file:///sonic/device/mellanox/x86_64-mlnx_msn4600c-r0/Mellanox-SN4600C-C64/buffers.json');
    assert.deepEqual([a.hostname, b.hostname, c.hostname], ['Arista-7060X6-64PE/qos', 'Mellanox-SN4600C-C64/qos', 'Mellanox-SN4600C-C64/buffers']);
  });

  it('a configlet (an array of table fragments) is read table by table, a later entry replacing an earlier one', () => {
    const text = [
      '[',
      '  {"PORT": {"Ethernet0": {"mtu": "9100", "admin_status": "up"}}},',
      '  {"PORT_QOS_MAP": {"Ethernet0": {"pfc_enable": "3"}}},',
      '  {"WRED_PROFILE": {"DROP": {"wred_green_enable": "true", "ecn": "ecn_none", "green_min_threshold": "1000", "green_max_threshold": "2000"},',
      '                    "MARK": {"wred_green_enable": "true", "ecn": "ecn_all", "green_min_threshold": "1000", "green_max_threshold": "2000"}}},',
      '  {"QUEUE": {"Ethernet0|3": {"wred_profile": "DROP"}, "Ethernet0|4": {"wred_profile": "MARK"}}},',
      '  {"PORT": {"Ethernet0": {"mtu": "9000", "admin_status": "up"}}}',
      ']',
      '',
    ].join('\n');
    const d = sonicText(text, 'file:///x/roce-configlet.json');
    assert.equal(detectDialect('roce-configlet.json', text).kind, 'config');
    assert.deepEqual(
      d.notes.filter((n) => n.severity !== 'info').map((n) => n.message),
      [],
    );
    const e0 = iface(d, 'Ethernet0');
    assert.deepEqual([e0.mtu.value, lineNo(e0.mtu.loc)], [9000, 7], 'the last fragment wins');
    assert.deepEqual(
      e0.pfc.noDropPriorities.map((p) => p.value),
      [3],
    );
    // The queue's WRED mode: green WRED with ecn_none drops; ecn_all marks.
    const q3 = e0.queues.find((q) => q.queue === 3)!;
    assert.deepEqual([q3.ecn, q3.wredDrop?.value.ecn, lineNo(q3.wredDrop!.loc)], [undefined, false, 6]);
    const q4 = e0.queues.find((q) => q.queue === 4)!;
    assert.deepEqual([q4.ecn?.value.ecn, q4.wredDrop], [true, undefined]);
  });

  it('a queue gets the most it can hold from its BUFFER_QUEUE profile: static_th, or dynamic_th in a sized pool; nothing in the dynamic buffer model', () => {
    const text = (model: string, profile: string, poolSize: string): string =>
      JSON.stringify(
        {
          DEVICE_METADATA: { localhost: { hostname: 'sw1', buffer_model: model } },
          PORT: { Ethernet0: { speed: '400000' }, Ethernet4: { speed: '400000' } },
          WRED_PROFILE: { L: { ecn: 'ecn_all', green_min_threshold: '100', green_max_threshold: '200' } },
          QUEUE: { 'Ethernet0|3': { wred_profile: 'L' }, 'Ethernet4|3': { wred_profile: 'L' } },
          BUFFER_POOL: { egress_lossless_pool: { type: 'egress', mode: 'dynamic', ...(poolSize ? { size: poolSize } : {}) } },
          BUFFER_PROFILE: { p: { pool: 'egress_lossless_pool', size: '10', ...JSON.parse(profile) } },
          // Ethernet4's queue 3 has no buffer entry: no bound.
          BUFFER_QUEUE: { 'Ethernet0|3-4': { profile: 'p' } },
        },
        null,
        2,
      );
    const limit = (d: Device, port: string): number | undefined => iface(d, port).queues.find((q) => q.queue === 3)?.bufferLimit?.bytes;
    const st = sonicText(text('traditional', '{"static_th": "5000"}', '3000'));
    assert.equal(sonicFacts(st)?.bufferPools.get('egress_lossless_pool')?.size?.value, 3000);
    assert.equal(limit(st, 'Ethernet0'), 10 + 3000, 'static_th above the pool size is capped by the pool');
    assert.equal(limit(st, 'Ethernet4'), undefined);
    assert.equal(
      iface(st, 'Ethernet0').queues.some((q) => q.queue === 4),
      false,
      'a buffer entry makes no queue of its own',
    );
    assert.equal(limit(sonicText(text('traditional', '{"static_th": "500"}', '')), 'Ethernet0'), 510);
    assert.equal(limit(sonicText(text('traditional', '{"dynamic_th": "0"}', '3000')), 'Ethernet0'), 3010);
    assert.equal(limit(sonicText(text('traditional', '{"dynamic_th": "0"}', '')), 'Ethernet0'), undefined, 'dynamic_th in a pool of unknown size: no bound');
    assert.equal(limit(sonicText(text('traditional', '{"static_th": "{{ th }}"}', '3000')), 'Ethernet0'), undefined, 'not a byte count: no bound');
    assert.equal(limit(sonicText(text('dynamic', '{"static_th": "500"}', '3000')), 'Ethernet0'), undefined, 'dynamic buffer model: no bound');
  });

  it('broken JSON does not throw and keeps what parsed', () => {
    const d = sonicText('{\n "PORT": {\n  "Ethernet0": {"mtu": "9000" "speed": "1"},\n  "Ethernet4": {"mtu": "9100"}\n }\n');
    assert.equal(iface(d, 'Ethernet4').mtu.value, 9100);
  });

  (corpus ? describe : describe.skip)('corpus facts', () => {
    const f = (p: string): string => join(corpus!, 'sonic', p);

    it('pybatfish-sonic-example leaf01 (nested form)', () => {
      const d = sonicFile(f('pybatfish-sonic-example/sonic_configs/leaf01/config_db.json'));
      assert.equal(d.hostname, 'leaf01');
      assert.equal(lineNo(d.hostnameLoc!), 214);
      const e0 = iface(d, 'Ethernet0');
      assert.deepEqual([e0.mtu.value, e0.mtu.defaulted, lineNo(e0.mtu.loc)], [9100, false, 159]);
      assert.equal(e0.description?.value, 'TO-->RA01');
      assert.deepEqual([e0.speed?.gbps, e0.speed?.source, e0.speed?.written], [25, 'configured', '25000']);
      assert.equal(e0.fec?.value, 'none');
      assert.deepEqual(e0.writtenAs, ['Ethernet0', 'Eth1/1']);
      assert.deepEqual(
        e0.ipv4.map((a) => `${a.value.address}/${a.value.prefixLength}@${lineNo(a.loc)}`),
        ['10.1.23.2/30@50'],
      );
      assert.equal(e0.mode.value, 'routed');
      // VLAN_MEMBER names Ethernet3..6, which PORT does not define: no interface is invented for them
      assert.equal(d.interfaces.has('Ethernet3'), false);
      const v10 = iface(d, 'Vlan10');
      assert.equal(v10.kind, 'svi');
      assert.ok(v10.ipv4.some((a) => a.value.address === '10.10.1.1' && a.value.prefixLength === 16));
      assert.equal(iface(d, 'Loopback0').kind, 'loopback');
      assert.equal(e0.pfc.mode.value, 'off');
    });

    it('sonic-mgmt vlab-t2-01 ([TABLE|name] references, DEVICE_NEIGHBOR)', async () => {
      const d = sonicFile(f('sonic-mgmt-vs-voq-t2/vlab-t2-01_config_db.json'));
      assert.equal(d.hostname, 'Linecard1');
      assert.equal(lineNo(d.hostnameLoc!), 1585);
      assert.equal(d.platform, 'Force10-S6000');
      const e4 = iface(d, 'Ethernet4');
      assert.deepEqual([e4.mtu.value, e4.mtu.defaulted, lineNo(e4.mtu.loc)], [9100, false, 830]);
      assert.equal(e4.description?.value, 'ARISTA01T3:Ethernet2');
      assert.equal(e4.pfc.mode.value, 'on');
      assert.deepEqual(
        e4.pfc.noDropPriorities.map((p) => p.value),
        [3, 4],
      );
      assert.equal(lineNo(e4.pfc.mode.loc), 1517);
      assert.equal(e4.channelGroup?.value, 'Port-Channel0002');
      const q = sonicFacts(d)!.portQosMaps.find((m) => m.port === 'Ethernet4')!;
      assert.deepEqual(
        q.maps.map((m) => `${m.field}=${m.name}`),
        ['dscp_to_tc_map=AZURE', 'tc_to_queue_map=AZURE', 'tc_to_pg_map=AZURE', 'pfc_to_queue_map=AZURE'],
      );
      assert.ok(
        sonicFacts(d)!.bufferQueues.some((b) => b.port === 'Ethernet4' && b.indices.join() === '3,4' && b.profile?.value === 'egress_lossless_profile'),
      );
      assert.equal(sonicFacts(d)!.bufferProfiles.get('egress_lossless_profile')?.losslessPool, true);
      // WRED_PROFILE AZURE_LOSSLESS (ecn_all) on QUEUE Ethernet4|3 and |4
      assert.equal(e4.queues.find((x) => x.queue === 3)?.ecn?.value.ecn, true);
      // DEVICE_NEIGHBOR becomes link evidence of the config analysis
      const ws = await workspaceOf(f('sonic-mgmt-vs-voq-t2'));
      const a = ws.analysis(pathToFileURL(f('sonic-mgmt-vs-voq-t2/vlab-t2-01_config_db.json')).href)!;
      assert.equal(a.kind, 'config');
      assert.ok(a.kind === 'config' && a.evidence?.some((e) => e.a.interface === 'Ethernet4' && e.b.device === 'ARISTA01T3' && e.b.interface === 'Ethernet2'));
    });

    it('sonic-utilities acs-msn3700 (flat redis-dump form)', () => {
      const d = sonicFile(f('sonic-utilities-tests/db_migrator_input/config_db/acs-msn3700-t1-version_3_0_3.json'));
      assert.equal(d.hostname, 'sonic');
      assert.equal(lineNo(d.hostnameLoc!), 860);
      assert.equal(sonicFacts(d)!.flat, true);
      assert.equal(sonicFacts(d)!.bufferModel?.value, 'dynamic');
      const e0 = iface(d, 'Ethernet0');
      assert.deepEqual([e0.mtu.value, e0.mtu.defaulted, lineNo(e0.mtu.loc)], [9100, false, 880]);
      assert.equal(lineNo(e0.block.header), 875);
      assert.equal(iface(d, 'Ethernet8').description?.value, 'ARISTA03T2:Ethernet1');
      // BUFFER_PG|Ethernet0|3-4 profile NULL: computed by buffermgrd (dynamic model)
      assert.equal(sonicFacts(d)!.bufferPgs.find((b) => b.port === 'Ethernet0' && b.indices.includes(3))?.profile?.value, 'NULL');
    });

    it('every SONiC corpus file is detected as sonic (or topology) and analyses without throwing', async () => {
      const files: string[] = [];
      const walk = (dir: string): void => {
        for (const n of readdirSync(dir).sort()) {
          const p = join(dir, n);
          if (statSync(p).isDirectory()) walk(p);
          else if (n.endsWith('.json')) files.push(p);
        }
      };
      walk(join(corpus!, 'sonic'));
      assert.ok(files.length >= 20);
      for (const p of files) {
        if (p.endsWith('layer1_topology.json')) continue;
        const c = detectDialect(p, readFileSync(p, 'utf8'));
        assert.ok(c.kind === 'config' && c.dialect === 'sonic', `${p}: ${JSON.stringify(c)}`);
        assert.doesNotThrow(() => sonicFile(p), p);
      }
      const result = (await workspaceOf(join(corpus!, 'sonic'))).lint();
      assert.equal(result.findings.filter((x) => x.ruleId === 'workspace/dialect-unsupported').length, 0);
      assert.ok(result.fabric.devices.has('Linecard1'));
    });
  });
});
