/**
 * Rules that read a fabric-wide aggregate (RuleReads `aggregate`, rules/engine.ts RuleRunner.byAggregate): after an
 * edit that moves the aggregate, the findings on the OTHER devices move with it; after one that does not, only the
 * edited device is judged again. Each incremental lint is compared with a fresh Workspace linting the same files.
 */
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { ruleById } from '../../server/src/rules/index';
import type { Finding, Rule } from '../../server/src/rules/types';
import { benchFabric } from '../helpers/bench-fabric';

const ROOT = 'file:///aggregate';

/** An EOS switch whose two ports pause priority 3, mapping DSCP 26 to traffic class `tc`. */
function eos(host: string, tc: number, mtu = 9214): string {
  return [
    `hostname ${host}`,
    '!',
    `qos map dscp 26 to traffic-class ${tc}`,
    'qos map dscp 48 to traffic-class 6',
    '!',
    ...[1, 2].flatMap((p) => [
      `interface Ethernet${p}`,
      '   no switchport',
      `   mtu ${mtu}`,
      `   ip address 10.${host.length}.${p}.1/24`,
      '   priority-flow-control on',
      '   priority-flow-control priority 3 no-drop',
      '!',
    ]),
    '',
  ].join('\n');
}

/** The rule, wrapped to record which devices each of its runs judges (ctx.judging; undefined: all of them). */
function recording(id: string): { rule: Rule; runs: (string[] | 'all')[] } {
  const real = ruleById(id)!;
  const runs: (string[] | 'all')[] = [];
  const rule: Rule = {
    ...real,
    check: (ctx) => {
      runs.push(ctx.judging ? [...ctx.judging].map((d) => d.hostname).sort() : 'all');
      return real.check(ctx);
    },
  };
  return { rule, runs };
}

/** A Workspace of the files with only this rule, without the scratch check: the tests compare with fresh() themselves. */
async function workspace(rule: Rule, files: Map<string, string>): Promise<Workspace> {
  const ws = await Workspace.create({ roots: [ROOT], rules: [rule], verifyIncremental: false });
  for (const [name, text] of files) ws.setFile(`${ROOT}/${name}`, text);
  return ws;
}

/** A fresh Workspace's findings on the files: a lint from scratch. */
async function fresh(rule: Rule, files: Map<string, string>): Promise<Finding[]> {
  return (await workspace(rule, files)).lint().findings;
}

/** One file changes, in the workspace and in the files fresh() reads. */
function edit(ws: Workspace, files: Map<string, string>, name: string, text: string): void {
  files.set(name, text);
  ws.setFile(`${ROOT}/${name}`, text);
}

/** Three switches; DSCP 26 lossless on a and b (traffic class 3 is paused), lossy on c. */
function threeSwitches(): Map<string, string> {
  return new Map([
    ['a.cfg', eos('a', 3)],
    ['b.cfg', eos('b', 3)],
    ['c.cfg', eos('c', 1)],
  ]);
}

function where(findings: Finding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => f.loc.uri.replace(`${ROOT}/`, ''));
}

describe('aggregate rules: findings follow the fabric-wide aggregate, and only what changed is judged', () => {
  const id = 'qos/dscp-map-drift';

  it('an edit that moves the majority moves the findings to the devices that did not change', async () => {
    const { rule, runs } = recording(id);
    const files = threeSwitches();
    const ws = await workspace(rule, files);
    const first = ws.lint().findings;
    assert.deepEqual(where(first, id), ['c.cfg'], 'DSCP 26 is lossless on a and b: c is the odd one out');

    // b now maps DSCP 26 to a class no priority pauses: the majority is lossy, and a (unchanged) is reported.
    edit(ws, files, 'b.cfg', eos('b', 1));
    const second = ws.lint().findings;
    assert.deepEqual(where(second, id), ['a.cfg']);
    assert.equal(JSON.stringify(second), JSON.stringify(await fresh(rule, files)));
    assert.equal(runs.at(-2), 'all', 'the digest moved: every device judged again');
  });

  it('an edit that does not move the aggregate judges only the edited device and keeps the others findings', async () => {
    const { rule, runs } = recording(id);
    const files = threeSwitches();
    const ws = await workspace(rule, files);
    ws.lint();
    assert.deepEqual(runs, ['all']);

    // An MTU changes on a: nothing the DSCP contract reads.
    edit(ws, files, 'a.cfg', eos('a', 3, 9000));
    const second = ws.lint().findings;
    assert.deepEqual(runs.at(-1), ['a']);
    assert.deepEqual(where(second, id), ['c.cfg']);
    assert.equal(JSON.stringify(second), JSON.stringify(await fresh(rule, files)));

    // An unchanged fabric judges nobody.
    const before = runs.length;
    ws.lint();
    assert.equal(runs.length, before);

    // b's lines move down: another device's finding may name b's line as an example, so every device is judged again.
    edit(ws, files, 'b.cfg', '!\n' + files.get('b.cfg')!);
    const third = ws.lint().findings;
    assert.equal(runs.at(-1), 'all');
    assert.equal(JSON.stringify(third), JSON.stringify(await fresh(rule, files)));
  });
});

describe('aggregate rules on addresses and on MTU majorities', () => {
  it('link/duplicate-address: an address copied onto one device reports on the unchanged holder too; a unique address changing judges one device', async () => {
    const id = 'link/duplicate-address';
    const { rule, runs } = recording(id);
    const files = new Map([
      ['a.cfg', eos('a', 3)],
      ['b.cfg', eos('bb', 3)],
      ['c.cfg', eos('ccc', 3)],
    ]);
    const ws = await workspace(rule, files);
    assert.deepEqual(where(ws.lint().findings, id), []);

    // c's first port takes a unique address of its own: no address is held twice, c alone is judged.
    edit(ws, files, 'c.cfg', files.get('c.cfg')!.replace('ip address 10.3.1.1/24', 'ip address 10.9.1.1/24'));
    assert.deepEqual(where(ws.lint().findings, id), []);
    assert.deepEqual(runs.at(-1), ['ccc']);

    // Now it takes a's address: a, unchanged, is reported as well.
    edit(ws, files, 'c.cfg', files.get('c.cfg')!.replace('ip address 10.9.1.1/24', 'ip address 10.1.1.1/24'));
    const dup = ws.lint().findings;
    assert.deepEqual(where(dup, id), ['a.cfg', 'c.cfg']);
    assert.equal(JSON.stringify(dup), JSON.stringify(await fresh(rule, files)));
  });

  it('mtu/below-intent: each leaf lowered in turn changes the count every other lowered leaf is told, until the majority flips', async () => {
    const files = benchFabric(12);
    const dir = 'file:///below-intent';
    const ws = await Workspace.create({ roots: [dir], verifyIncremental: true });
    // The spines' ends at 9000: a lowered leaf's link is then below the leaves' majority at both ends.
    for (const [name, text] of files) ws.setFile(`${dir}/${name}`, name.startsWith('spine') ? text.replaceAll('mtu 9214', 'mtu 9000') : text);
    ws.lint();
    const leaves = [...files.keys()].filter((n) => n.startsWith('leaf'));
    const seen: string[] = [];
    for (const name of leaves) {
      // The uplinks only (the fabric ports come before the host ports).
      const text = files.get(name)!;
      const uplinks = text.indexOf('GPU_NODE_');
      ws.setFile(`${dir}/${name}`, text.slice(0, uplinks).replaceAll('mtu 9214', 'mtu 9000') + text.slice(uplinks));
      // verifyIncremental: each lint equals a lint from scratch, or it throws.
      const below = ws.lint().findings.filter((f) => f.ruleId === 'mtu/below-intent');
      seen.push(below.length === 0 ? '-' : `${new Set(below.map((f) => f.loc.uri)).size}:${String(below[0]!.data['count'])}`);
    }
    // Lowered leaves are reported, each told how many of the others still use 9214; then 9000 is the majority.
    assert.ok(
      seen.some((s) => s.startsWith('2:')),
      seen.join(' '),
    );
    assert.equal(seen.at(-1), '-', seen.join(' '));
  });
});
