/**
 * Rules that read a fabric-wide aggregate (RuleReads `aggregate`, rules/engine.ts RuleRunner.byAggregate): after an
 * edit that moves the aggregate, the findings on the OTHER devices move with it; after one that does not, only the
 * edited device is judged again. Each incremental lint is compared with a fresh Workspace linting the same files.
 */
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { ruleById } from '../../server/src/rules/index';
import type { Finding, Rule } from '../../server/src/rules/types';

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

async function fresh(rules: readonly Rule[], files: Map<string, string>): Promise<Finding[]> {
  const ws = await Workspace.create({ roots: [ROOT], rules, verifyIncremental: false });
  for (const [name, text] of files) ws.setFile(`${ROOT}/${name}`, text);
  return ws.lint().findings;
}

function where(findings: Finding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => f.loc.uri.replace(`${ROOT}/`, ''));
}

describe('aggregate rules: findings follow the fabric-wide aggregate, and only what changed is judged', () => {
  const id = 'qos/dscp-map-drift';

  it('an edit that moves the majority moves the findings to the devices that did not change', async () => {
    const { rule, runs } = recording(id);
    const files = new Map([
      ['a.cfg', eos('a', 3)],
      ['b.cfg', eos('b', 3)],
      ['c.cfg', eos('c', 1)],
    ]);
    const ws = await Workspace.create({ roots: [ROOT], rules: [rule], verifyIncremental: false });
    for (const [name, text] of files) ws.setFile(`${ROOT}/${name}`, text);
    const first = ws.lint().findings;
    assert.deepEqual(where(first, id), ['c.cfg'], 'DSCP 26 is lossless on a and b: c is the odd one out');

    // b now maps DSCP 26 to a class no priority pauses: the majority is lossy, and a (unchanged) is reported.
    files.set('b.cfg', eos('b', 1));
    ws.setFile(`${ROOT}/b.cfg`, files.get('b.cfg')!);
    const second = ws.lint().findings;
    assert.deepEqual(where(second, id), ['a.cfg']);
    assert.equal(JSON.stringify(second), JSON.stringify(await fresh([rule], files)));
    assert.equal(runs.at(-2), 'all', 'the digest moved: every device judged again');
  });

  it('an edit that does not move the aggregate judges only the edited device and keeps the others findings', async () => {
    const { rule, runs } = recording(id);
    const files = new Map([
      ['a.cfg', eos('a', 3)],
      ['b.cfg', eos('b', 3)],
      ['c.cfg', eos('c', 1)],
    ]);
    const ws = await Workspace.create({ roots: [ROOT], rules: [rule], verifyIncremental: false });
    for (const [name, text] of files) ws.setFile(`${ROOT}/${name}`, text);
    ws.lint();
    assert.deepEqual(runs, ['all']);

    // An MTU changes on a: nothing the DSCP contract reads.
    files.set('a.cfg', eos('a', 3, 9000));
    ws.setFile(`${ROOT}/a.cfg`, files.get('a.cfg')!);
    const second = ws.lint().findings;
    assert.deepEqual(runs.at(-1), ['a']);
    assert.deepEqual(where(second, id), ['c.cfg']);
    assert.equal(JSON.stringify(second), JSON.stringify(await fresh([rule], files)));

    // An unchanged fabric judges nobody.
    const before = runs.length;
    ws.lint();
    assert.equal(runs.length, before);

    // b's lines move down: another device's finding may name b's line as an example, so every device is judged again.
    files.set('b.cfg', '!\n' + files.get('b.cfg')!);
    ws.setFile(`${ROOT}/b.cfg`, files.get('b.cfg')!);
    const third = ws.lint().findings;
    assert.equal(runs.at(-1), 'all');
    assert.equal(JSON.stringify(third), JSON.stringify(await fresh([rule], files)));
  });
});
