/**
 * One line, many findings: the engine reports findings that share a cause line once, on that line, with every
 * place as a related location (rules/engine.ts groupByCause). test/fixtures/noise: a Junos port without `mtu`
 * whose three VLAN units are linked to a peer (each unit inherits the port's default MTU), and an EOS qos profile that makes a priority no-drop on three ports that never turn PFC on.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { groupByCause } from '../../server/src/rules/engine';
import type { Finding } from '../../server/src/rules/types';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'noise');

describe('findings with one cause line', () => {
  it('three Junos units inheriting the default MTU give one mtu/implicit-default on their port, the units as related', async () => {
    const result = (await workspaceOf(DIR)).lint();
    const found = result.findings.filter((f) => f.ruleId === 'mtu/implicit-default');
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.ok(f.loc.uri.endsWith('qfx-a.conf'));
    assert.equal(f.loc.range.start.line, 4, 'on the et-0/0/0 header');
    assert.equal(f.data['count'], 3);
    assert.match(f.message, /No mtu line on et-0\/0\/0: 3 interfaces \(et-0\/0\/0\.10, et-0\/0\/0\.11, et-0\/0\/0\.12\) run the junos default MTU 1518/);
    assert.deepEqual(
      f.related.slice(0, 3).map((r) => r.loc.range.start.line),
      [6, 12, 18],
    );
    assert.equal(f.fixes.length, 1, 'the three units share one edit: mtu on the port');
    assert.equal(f.cause, undefined);
  });

  it('a qos profile that makes a priority no-drop on three ports without PFC on: one pfc/enable-missing on the profile line', async () => {
    const result = (await workspaceOf(DIR)).lint();
    const found = result.findings.filter((f) => f.ruleId === 'pfc/enable-missing');
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.ok(f.loc.uri.endsWith('eos-leaf.cfg'));
    assert.equal(f.loc.range.start.line, 4, 'on `priority-flow-control priority 3 no-drop` of the profile');
    assert.match(f.message, /qos profile ROCE makes priorities \{3\} no-drop on 3 interfaces \(eos-leaf Ethernet1, eos-leaf Ethernet2, eos-leaf Ethernet3\)/);
    assert.deepEqual(
      f.related.slice(0, 3).map((r) => r.loc.range.start.line),
      [6, 10, 14],
    );
    assert.equal(f.fixes.length, 1, 'one fix: PFC on written on each of the three ports');
    assert.equal(f.fixes[0]!.edits.length, 3);
  });

  it('one overlay MTU line above two VTEP uplinks gives one mtu/vxlan-overhead on that line, the uplinks as related', async () => {
    const result = (await workspaceOf(path.join(REPO_ROOT, 'test', 'fixtures', 'noise-vxlan'))).lint();
    const found = result.findings.filter((f) => f.ruleId === 'mtu/vxlan-overhead');
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.ok(f.loc.uri.endsWith('leaf1.cfg'));
    assert.equal(f.loc.range.start.line, 22, 'on the `mtu 9214` line of Vlan10');
    assert.equal(f.data['count'], 2);
    assert.deepEqual(
      f.related.slice(0, 2).map((r) => r.loc.range.start.line),
      [5, 11],
      'the mtu lines of Ethernet1 and Ethernet2',
    );
  });

  it('a cause with a single finding leaves it where it is; findings without a cause are untouched', () => {
    const loc = (line: number) => ({ uri: 'file:///x.cfg', range: { start: { line, character: 0 }, end: { line, character: 1 } } });
    const base = (line: number, cause?: number): Finding => ({
      ruleId: 'r/x',
      messageId: 'm',
      data: { iface: `E${line}` },
      message: `at ${line}`,
      severity: 'info',
      loc: loc(line),
      related: [],
      fixes: [],
      ...(cause !== undefined ? { cause: { loc: loc(cause), message: '{count} places: {places}' } } : {}),
    });
    const out = groupByCause([base(1), base(5, 9), base(6, 20), base(7, 20)]);
    assert.deepEqual(
      out.map((f) => [f.loc.range.start.line, f.message]),
      [
        [1, 'at 1'],
        [5, 'at 5'],
        [20, '2 places: E6, E7'],
      ],
    );
  });
});
