/**
 * Each dialect's MTU semantics (dialects/<family>/mtu.ts, reached through dialects/mtu.ts) on the real corpus:
 * writing back an interface's L3 MTU gives the number its config wrote, a fix's ceiling is a value the platform
 * accepts, and every dialect has a finite ceiling (the drifted fallbacks were `Infinity` and 9214).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Device } from '../../server/src/model/types';
import { l3Mtu, maxL3, maxL3Of, mtuOf, mtuRange, writtenMtuFor } from '../../server/src/dialects/mtu';
import { corpusDir, workspaceOf } from '../helpers/lint';

describe('dialect MTU semantics on the corpus', function () {
  this.timeout(300_000);
  const devices: Device[] = [];

  before(async () => {
    const root = corpusDir();
    for (const d of fs.readdirSync(root, { withFileTypes: true })) {
      if (!d.isDirectory() || d.name === 'LICENSES') continue;
      devices.push(...(await workspaceOf(path.join(root, d.name))).lint().fabric.devices.values());
    }
  });

  it('reads devices of every dialect', () => {
    assert.deepEqual([...new Set(devices.map((d) => d.dialect))].sort(), ['eos', 'ios', 'junos', 'nvue', 'nxos', 'sonic', 'srlinux']);
  });

  it('writing an interface its own L3 MTU gives back the number its config wrote', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const d of devices) {
      for (const i of d.interfaces.values()) {
        const l3 = l3Mtu(d, i);
        // A Junos unit's `family inet mtu` is not the media MTU's L3 value: writing the port cannot give it.
        if (l3 === undefined || i.ipMtu || i.ipv6Mtu) continue;
        checked++;
        if (writtenMtuFor(d, i, l3) !== i.mtu.value)
          wrong.push(`${d.hostname} ${i.name}: mtu ${i.mtu.value}, L3 ${l3}, written back ${writtenMtuFor(d, i, l3)}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked > 1000, `checked ${checked} interfaces`);
  });

  it("a fix's ceiling is finite and within what the interface accepts", () => {
    const wrong: string[] = [];
    for (const d of devices) {
      const max = maxL3(d);
      if (!Number.isFinite(max)) wrong.push(`${d.dialect}: no finite maximum`);
      for (const i of d.interfaces.values()) {
        const own = maxL3Of(d, i);
        if (own > max) wrong.push(`${d.hostname} ${i.name}: ${own} above the dialect's ${max}`);
        const r = mtuRange(d, i);
        const written = writtenMtuFor(d, i, own);
        if (r && (written < r.min || written > r.max)) wrong.push(`${d.hostname} ${i.name}: ceiling ${written} outside ${r.why}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('ceilings per vendor (notes: EOS 9214, NX-OS 9216, Catalyst 9500 9198, Junos media 9216, SONiC YANG 9216, Cumulus 9216, SR Linux 7220 IXR-D/H IP MTU 9398)', () => {
    const byDialect = new Map(devices.map((d) => [d.dialect, d] as const));
    const ceiling = (dialect: Device['dialect']): number => mtuOf(byDialect.get(dialect)!).maxL3;
    assert.deepEqual(
      (['eos', 'nxos', 'ios', 'junos', 'sonic', 'nvue', 'srlinux'] as const).map((d) => [d, ceiling(d)]),
      [
        ['eos', 9214],
        ['nxos', 9216],
        ['ios', 9198],
        ['junos', 9202],
        ['sonic', 9216],
        ['nvue', 9216],
        ['srlinux', 9398],
      ],
    );
  });
});
