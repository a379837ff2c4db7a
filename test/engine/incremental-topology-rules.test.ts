/**
 * Rules that read something made of every device — the link resolution's issues, the switch graph — as an aggregate
 * (RuleReads `aggregate`, rules/engine.ts RuleRunner.byAggregate): an edit of one device that moves what another
 * device's finding says must reach that device, whose file did not change; an edit that moves nothing fabric-wide
 * judges the edited device alone. Every lint is checked against a lint from scratch (verifyIncremental), and each
 * rule stripped of what makes the other devices stale goes wrong on the same edits: the check would catch it.
 */
import * as assert from 'node:assert/strict';
import { IncrementalMismatch, Workspace } from '../../server/src/engine/workspace';
import { ruleById } from '../../server/src/rules/index';
import type { Finding, Rule } from '../../server/src/rules/types';
import { recording as recordingRule } from '../helpers/recording-rule';

const ROOT = 'file:///topology';

/** An EOS switch with routed ports: [name, address (or none: ''), more lines of the port…]. */
function eos(host: string, ports: [string, string, ...string[]][]): string {
  return [
    `hostname ${host}`,
    '!',
    ...ports.flatMap(([name, address, ...more]) => [
      `interface ${name}`,
      '   no switchport',
      ...(address ? [`   ip address ${address}`] : []),
      ...more.map((l) => `   ${l}`),
      '!',
    ]),
    '',
  ].join('\n');
}

/** The rule, recorded (test/helpers/recording-rule.ts), and known as a wrapper of `rule` for the lint from scratch. */
function recording(rule: Rule): { rule: Rule; runs: (string[] | 'all')[] } {
  const recorded = recordingRule(rule);
  unwrapped.set(recorded.rule, rule);
  return recorded;
}

/** The rule a recording rule wraps: the lint from scratch runs it, so that the recording sees the incremental runs only. */
const unwrapped = new WeakMap<Rule, Rule>();

async function workspace(rule: Rule, files: Record<string, string>, verify: boolean): Promise<Workspace> {
  const ws = await Workspace.create({ roots: [ROOT], rules: [rule], verifyIncremental: verify });
  for (const [name, text] of Object.entries(files)) ws.setFile(`${ROOT}/${name}`, text);
  return ws;
}

/**
 * Lints `files`, then each edit in turn (file name → text). Each lint is checked against a lint from scratch: by the
 * engine's own check (`verify`, which throws IncrementalMismatch), else by a fresh Workspace here, so that a recording
 * rule sees the incremental runs only.
 */
async function lintEdits(rule: Rule, files: Record<string, string>, edits: [string, string][], verify = true): Promise<Finding[][]> {
  const real = unwrapped.get(rule) ?? rule;
  const ws = await workspace(rule, files, verify);
  const now = { ...files };
  const lint = async (): Promise<Finding[]> => {
    const findings = ws.lint().findings;
    if (!verify) assert.equal(JSON.stringify(findings), JSON.stringify((await workspace(real, now, false)).lint().findings));
    return findings;
  };
  const out = [await lint()];
  for (const [name, text] of edits) {
    now[name] = text;
    ws.setFile(`${ROOT}/${name}`, text);
    out.push(await lint());
  }
  return out;
}

/** Per finding: the file's name and the message with its related messages, as a stale finding would differ. */
function said(findings: Finding[]): string[] {
  return findings.map((f) => `${f.loc.uri.replace(`${ROOT}/`, '')}: ${f.message} [${f.related.map((r) => r.message).join('; ')}]`);
}

describe('aggregate rules over the link issues: an edit elsewhere moves a device’s finding', () => {
  it('link/unpaired-p2p: b takes the address of a’s unpaired /31 (a duplicate, no link): a’s finding goes, though a and its links did not change', async () => {
    const files = { 'a.cfg': eos('a', [['Ethernet1', '10.0.0.0/31']]), 'b.cfg': eos('b', [['Ethernet1', '10.0.1.0/31']]) };
    const edits: [string, string][] = [['b.cfg', eos('b', [['Ethernet1', '10.0.0.0/31']])]];
    const { rule, runs } = recording(ruleById('link/unpaired-p2p')!);
    const [before, after] = await lintEdits(rule, files, edits, false);
    assert.deepEqual(
      said(before!).map((s) => s.slice(0, 5)),
      ['a.cfg', 'b.cfg'],
    );
    assert.deepEqual(said(after!), []);
    assert.equal(runs.at(-1), 'all', 'the issues moved: every device judged again');
    const { basis: _basis, ...withoutBasis } = ruleById('link/unpaired-p2p')!;
    await assert.rejects(lintEdits(withoutBasis, files, edits), IncrementalMismatch);
  });

  it('link/ambiguous-subnet: c readdresses its port inside the /30: a’s finding names c’s new address; a description judges c alone', async () => {
    const files = {
      'a.cfg': eos('a', [['Ethernet1', '10.0.0.1/30']]),
      'b.cfg': eos('b', [['Ethernet1', '10.0.0.2/30']]),
      'c.cfg': eos('c', [['Ethernet1', '10.0.0.3/30']]),
    };
    const readdressed = eos('c', [['Ethernet1', '10.0.0.0/30']]);
    const { rule, runs } = recording(ruleById('link/ambiguous-subnet')!);
    const [before, after, described] = await lintEdits(
      rule,
      files,
      [
        ['c.cfg', readdressed],
        ['c.cfg', readdressed.replace('10.0.0.0/30\n', '10.0.0.0/30\n   description to nowhere\n')],
      ],
      false,
    );
    const onA = (fs: Finding[]) => said(fs).filter((s) => s.startsWith('a.cfg'));
    assert.match(onA(before!).join(), /10\.0\.0\.3 on c Ethernet1/);
    assert.match(onA(after!).join(), /10\.0\.0\.0 on c Ethernet1/);
    assert.equal(runs.at(-2), 'all', 'the issues moved: every device judged again');
    // c's link facts change (link resolution runs again), but the issues say the same.
    assert.deepEqual(runs.at(-1), ['c']);
    assert.equal(said(described!).length, 3);
    const { basis: _basis, ...withoutBasis } = ruleById('link/ambiguous-subnet')!;
    await assert.rejects(lintEdits(withoutBasis, files, [['c.cfg', readdressed]]), IncrementalMismatch);
  });
});

/**
 * Three edits of a fabric in which the finding on `watched` reads other switches, each lint checked against a fresh
 * Workspace: (1) a value on `edited` (default `watched`) that moves nothing fabric-wide judges that device alone and
 * keeps the finding; (2) another switch's lines move, every device is judged again and the finding points at the new
 * line; (3) another switch changes so that the finding goes, though `watched`'s file did not change.
 */
async function movesWithOthers(
  ruleId: string,
  files: Record<string, string>,
  moves: [string, string][],
  o: { watched: string; edited?: string; finding: RegExp },
): Promise<void> {
  const { rule, runs } = recording(ruleById(ruleId)!);
  const lints = await lintEdits(rule, files, moves, false);
  const onWatched = lints.map((fs) => said(fs).filter((s) => s.startsWith(`${o.watched}.cfg`)));
  assert.equal(onWatched[0]!.length, 1);
  assert.match(onWatched[0]![0]!, o.finding);
  assert.deepEqual(runs.slice(0, 2), ['all', [o.edited ?? o.watched]]);
  assert.deepEqual(onWatched[1], onWatched[0]);
  assert.equal(runs[2], 'all', 'a contribution moved: every device judged again');
  assert.notDeepEqual(
    lints[2]!.map((f) => f.related),
    lints[1]!.map((f) => f.related),
    `${o.watched}’s finding points at the moved line`,
  );
  assert.deepEqual(onWatched[3], []);
}

/** A line as a contribution digest writes it (JSON of a Loc). */
const LOC = /\{"uri":"[^"]*","range":\{"start":\{[^}]*\},"end":\{[^}]*\}\}\}/g;

/**
 * The negative controls of movesWithOthers' edits: with a contribution digest that leaves out the lines, the finding
 * keeps pointing at the old line (edit 2); with an empty digest, the finding outlives what made it (edit 3). The
 * engine's check throws on both.
 */
async function staleWithoutDigest(ruleId: string, files: () => Record<string, string>, moves: [string, string][]): Promise<void> {
  const real = ruleById(ruleId)!;
  const contribution = real.contribution!;
  const digested = (digest: (d: string) => string): Rule => ({
    ...real,
    contribution: (ctx, d) => {
      const c = contribution(ctx, d);
      return { ...c, digest: digest(c.digest) };
    },
  });
  await assert.rejects(
    lintEdits(
      digested((d) => d.replace(LOC, '')),
      files(),
      moves.slice(0, 2),
    ),
    IncrementalMismatch,
  );
  const blind = digested(() => '');
  await lintEdits(blind, files(), moves.slice(0, 1));
  await assert.rejects(lintEdits(blind, files(), [moves[2]!]), IncrementalMismatch);
}

describe('aggregate rules over the switch graph: a path moves with the switches on it', () => {
  /**
   * spine1 — leaf1 — leaf2: leaf2 reaches the spine tier only through leaf1. The link leaf1–leaf2 is known from leaf2's
   * description alone, so that leaf1's lines can move without moving the link.
   */
  const leaf1 = (above: string, ...ethernet2: string[]) =>
    above +
    eos('leaf1', [
      ['Ethernet1', '10.0.0.1/31'],
      ['Ethernet2', '', ...ethernet2],
    ]);
  const leaf2 = (mtu: number) => eos('leaf2', [['Ethernet1', '', 'description P2P_LINK_TO_LEAF1_Ethernet2', `mtu ${mtu}`]]);
  const chain = () => ({ 'spine1.cfg': eos('spine1', [['Ethernet1', '10.0.0.0/31']]), 'leaf1.cfg': leaf1(''), 'leaf2.cfg': leaf2(9214) });
  const moves: [string, string][] = [
    // An MTU on leaf2: nothing of the graph moves, leaf2 alone is judged.
    ['leaf2.cfg', leaf2(9000)],
    // leaf1's lines move down: leaf2's finding names leaf1 Ethernet2's line.
    ['leaf1.cfg', leaf1('! moved\n')],
    // leaf1 shuts the port to leaf2: the link stays, but leaf2 has no path to the spines any more.
    ['leaf1.cfg', leaf1('! moved\n', 'shutdown')],
  ];

  it('design/daisy-chain: an MTU judges the edited leaf alone; the next switch’s lines and its shut port reach the unchanged leaf', async () => {
    await movesWithOthers('design/daisy-chain', chain(), moves, { watched: 'leaf2', finding: /leaf2 Ethernet1 → leaf1 Ethernet2/ });
  });

  it('fails when design/daisy-chain’s contribution leaves out the next switch’s lines, or its ports', async () => {
    await staleWithoutDigest('design/daisy-chain', chain, moves);
  });
});

describe('aggregate rules over the switched domains: a VLAN’s span moves with every switch it crosses', () => {
  /** a — b — c, trunks carrying VLAN 10 (linked by the intent): VLAN 10 spans three switches, one more than the default. */
  const trunk = (name: string, vlans: string, ...more: string[]) => [
    `interface ${name}`,
    '   switchport mode trunk',
    `   switchport trunk allowed vlan ${vlans}`,
    ...more,
    '!',
  ];
  const sw = (host: string, ...ports: string[][]) => [`hostname ${host}`, '!', 'vlan 10,20', '!', ...ports.flat(), ''].join('\n');
  const domain = () => ({
    'fabric-intent.yaml': 'version: 1\nlinks:\n  - [a:Ethernet1, b:Ethernet1]\n  - [b:Ethernet2, c:Ethernet1]\n',
    'a.cfg': sw('a', trunk('Ethernet1', '10')),
    'b.cfg': sw('b', trunk('Ethernet1', '10'), trunk('Ethernet2', '10')),
    'c.cfg': sw('c', trunk('Ethernet1', '10', '   mtu 9214')),
  });
  const moves: [string, string][] = [
    // An MTU on c: no VLAN moves, c alone is judged.
    ['c.cfg', sw('c', trunk('Ethernet1', '10', '   mtu 9000'))],
    // b's lines move down: a's finding names b Ethernet2's allowed VLANs line.
    ['b.cfg', '! moved\n' + sw('b', trunk('Ethernet1', '10'), trunk('Ethernet2', '10'))],
    // c stops carrying VLAN 10: the domain is a and b, within the default span, and a's finding goes.
    ['c.cfg', sw('c', trunk('Ethernet1', '20', '   mtu 9000'))],
  ];

  it('design/flat-l2: an MTU judges the edited switch alone; the lines and the VLANs of the others reach the unchanged switch', async () => {
    await movesWithOthers('design/flat-l2', domain(), moves, { watched: 'a', edited: 'c', finding: /VLAN 10 spans 3 switches/ });
  });

  it('fails when design/flat-l2’s contribution leaves out the other switches’ lines, or their VLANs', async () => {
    await staleWithoutDigest('design/flat-l2', domain, moves);
  });
});
