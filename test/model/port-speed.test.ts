/** Port speeds in the model: each dialect's speed lines, breakouts and platform defaults, and unknown left unknown. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBreakoutMode, parseSpeedWord } from '../../server/src/model/port-speed';
import type { Device, Fabric } from '../../server/src/model/types';
import { workspaceOf } from '../helpers/lint';

async function fabricOf(files: Record<string, string>): Promise<Fabric> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-speed-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return (await workspaceOf(dir)).lint().fabric;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function speedOf(fabric: Fabric, host: string, name: string): [number, string, string, number] | undefined {
  const d: Device | undefined = [...fabric.devices.values()].find((x) => x.hostname === host);
  assert.ok(d, `no device ${host}`);
  const i = d.interfaces.get(name);
  assert.ok(i, `${host} has no ${name}`);
  return i.speed && [i.speed.gbps, i.speed.source, i.speed.written, i.speed.loc.range.start.line + 1];
}

describe('port speeds', () => {
  it('reads the speed words of every dialect in Gb/s', () => {
    assert.deepEqual(parseSpeedWord('forced 100gfull'), { gbps: 100 });
    assert.deepEqual(parseSpeedWord('100g-4'), { gbps: 100, lanes: 4 });
    assert.deepEqual(parseSpeedWord('100000'), { gbps: 100 });
    assert.deepEqual(parseSpeedWord('400G'), { gbps: 400 });
    assert.deepEqual(parseSpeedWord('100full'), { gbps: 0.1 });
    assert.equal(parseSpeedWord('auto'), undefined);
    assert.equal(parseSpeedWord('auto 100g'), undefined);
    assert.deepEqual(parseSpeedWord('25g'), { gbps: 25 });
    assert.equal(parseSpeedWord('basic-6.0'), undefined);
    assert.equal(parseSpeedWord('0'), undefined);
    assert.deepEqual(parseBreakoutMode('4x25G'), { ports: 4, gbps: 25 });
    assert.deepEqual(parseBreakoutMode('25g-4x'), { ports: 4, gbps: 25 });
    assert.deepEqual(parseBreakoutMode('4x25G[10G]'), { ports: 4, gbps: 25 });
    assert.equal(parseBreakoutMode('1x'), undefined);
  });

  it('EOS: a speed line, the platform default of a QSFP port, and unknown for a broken-out lane without one', async () => {
    const f = await fabricOf({
      'leaf1.cfg': [
        '! device: leaf1 (DCS-7260CX3-64, EOS-4.28.3M)',
        'hostname leaf1',
        'interface Ethernet1/1',
        '   speed forced 40gfull',
        'interface Ethernet2/1',
        '   no switchport',
        'interface Ethernet3/1',
        'interface Ethernet3/2',
        'interface Ethernet65',
        'interface Ethernet4/1',
        '   speed auto',
        '',
      ].join('\n'),
    });
    assert.deepEqual(speedOf(f, 'leaf1', 'Ethernet1/1'), [40, 'configured', 'forced 40gfull', 4]);
    assert.deepEqual(speedOf(f, 'leaf1', 'Ethernet2/1'), [100, 'platform', 'DCS-7260CX3-64 default 100G', 1]);
    assert.equal(speedOf(f, 'leaf1', 'Ethernet3/1'), undefined, 'lane 2 is configured: broken out, speed not the default');
    assert.equal(speedOf(f, 'leaf1', 'Ethernet3/2'), undefined);
    assert.deepEqual(speedOf(f, 'leaf1', 'Ethernet65'), [10, 'platform', 'DCS-7260CX3-64 default 10G', 1]);
    assert.deepEqual(speedOf(f, 'leaf1', 'Ethernet4/1'), [100, 'platform', 'DCS-7260CX3-64 default 100G', 1], 'auto negotiates up to the port speed');
  });

  it('EOS without a platform: no speed line means unknown', async () => {
    const f = await fabricOf({ 'leaf2.cfg': 'hostname leaf2\ninterface Ethernet1/1\n   no switchport\n' });
    assert.equal(speedOf(f, 'leaf2', 'Ethernet1/1'), undefined);
  });

  it('NX-OS: megabits, and the sub-ports of `interface breakout`', async () => {
    const f = await fabricOf({
      'leaf3.cfg': [
        'hostname leaf3',
        'feature lldp',
        'interface breakout module 1 port 1-2 map 25g-4x',
        'interface Ethernet1/1/3',
        '  no switchport',
        'interface Ethernet1/2/5',
        'interface Ethernet1/49',
        '  speed 100000',
        '',
      ].join('\n'),
    });
    assert.deepEqual(speedOf(f, 'leaf3', 'Ethernet1/1/3'), [25, 'breakout', 'breakout 25g-4x of Ethernet1/1', 3]);
    assert.equal(speedOf(f, 'leaf3', 'Ethernet1/2/5'), undefined, 'a 4x breakout has no fifth lane');
    assert.deepEqual(speedOf(f, 'leaf3', 'Ethernet1/49'), [100, 'configured', '100000', 8]);
  });

  it('Junos: chassis port speed, channel-speed and the channels of a port with number-of-sub-ports', async () => {
    const f = await fabricOf({
      'leaf4.conf': [
        'system { host-name leaf4; }',
        'chassis {',
        '    fpc 0 {',
        '        pic 0 {',
        '            port 48 { speed 100g; }',
        '            port 13 { channel-speed 10g; }',
        '        }',
        '    }',
        '}',
        'interfaces {',
        '    et-0/0/48 { unit 0 { family inet { address 10.0.0.0/31; } } }',
        '    xe-0/0/13:2 { unit 0 { family inet { address 10.0.0.2/31; } } }',
        '    et-0/0/1 { number-of-sub-ports 2; speed 400g; }',
        '    et-0/0/1:1 { unit 0 { family inet { address 10.0.0.4/31; } } }',
        '    et-0/0/2 { unit 0 { family inet { address 10.0.0.6/31; } } }',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(speedOf(f, 'leaf4', 'et-0/0/48'), [100, 'configured', '100g', 5]);
    assert.deepEqual(speedOf(f, 'leaf4', 'xe-0/0/13:2'), [10, 'breakout', 'channel-speed 10g of port 0/0/13', 6]);
    assert.deepEqual(speedOf(f, 'leaf4', 'et-0/0/1:1'), [400, 'breakout', 'speed 400g of et-0/0/1', 13]);
    assert.equal(speedOf(f, 'leaf4', 'et-0/0/2'), undefined);
  });

  it('Cumulus: link-speed, NCLU and NVUE breakouts', async () => {
    const f = await fabricOf({
      'leaf5.conf': [
        'net add hostname leaf5',
        'net add interface swp1 breakout 4x25G',
        'net add interface swp1s2 ip address 10.0.0.0/31',
        'net add interface swp2 link speed 100000',
        'net add interface swp3 ip address 10.0.0.2/31',
        '',
      ].join('\n'),
    });
    assert.deepEqual(speedOf(f, 'leaf5', 'swp1s2'), [25, 'breakout', 'breakout 4x25G of swp1', 2]);
    assert.deepEqual(speedOf(f, 'leaf5', 'swp2'), [100, 'configured', '100000', 4]);
    assert.equal(speedOf(f, 'leaf5', 'swp3'), undefined);
  });

  it('SONiC: PORT.speed, and the platform default of a Force10-S6000 port without one', async () => {
    const f = await fabricOf({
      'config_db.json': JSON.stringify(
        {
          DEVICE_METADATA: { localhost: { hostname: 'leaf6', hwsku: 'Force10-S6000' } },
          PORT: { Ethernet0: { speed: '10000', mtu: '9100' }, Ethernet4: { mtu: '9100' }, Ethernet5: { mtu: '9100' } },
        },
        null,
        2,
      ),
    });
    assert.deepEqual(speedOf(f, 'leaf6', 'Ethernet0')?.slice(0, 3), [10, 'configured', '10000']);
    assert.deepEqual(speedOf(f, 'leaf6', 'Ethernet4')?.slice(0, 3), [40, 'platform', 'Force10-S6000 default 40G']);
    assert.equal(speedOf(f, 'leaf6', 'Ethernet5'), undefined, 'not a port of the S6000 port map');
  });

  it('SR Linux: port-speed and breakout-mode', async () => {
    const f = await fabricOf({
      'leaf7.cfg': [
        'set / system name host-name leaf7',
        'set / interface ethernet-1/1 breakout-mode num-breakout-ports 4',
        'set / interface ethernet-1/1 breakout-mode breakout-port-speed 25G',
        'set / interface ethernet-1/1/2 admin-state enable',
        'set / interface ethernet-1/3 ethernet port-speed 100G',
        '',
      ].join('\n'),
    });
    assert.deepEqual(speedOf(f, 'leaf7', 'ethernet-1/1/2'), [25, 'breakout', 'breakout 4x25G of ethernet-1/1', 3]);
    assert.deepEqual(speedOf(f, 'leaf7', 'ethernet-1/3'), [100, 'configured', '100G', 5]);
  });
});
