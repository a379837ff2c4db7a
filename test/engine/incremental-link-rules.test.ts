/**
 * Rules that judge a link or a device pair (RuleReads `link`, `pair`) report on both ends, so an edit of one end must
 * make or clear a finding in the other end's file, which did not change. These tests make such edits on real
 * fixtures — each rule's clean fabric, one file at a time turned into its faulty version, then back — and compare
 * every incremental lint with a lint by a fresh Workspace, besides the engine's own check (verifyIncremental).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToUri, uriToPath } from '../../server/src/engine/uri';
import { IncrementalMismatch, Workspace } from '../../server/src/engine/workspace';
import type { LintResult } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules/index';
import { devicesOf } from '../../server/src/rules/support/scope';
import type { Rule } from '../../server/src/rules/types';
import { REPO_ROOT } from '../helpers/lint';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');

/** The files of a fixture folder by URI (the fixture's expectations left out). */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name === 'expect.json' || !fs.statSync(file).isFile()) continue;
    out.set(pathToUri(path.join(dir, '..', 'fabric', name)), fs.readFileSync(file, 'utf8'));
  }
  return out;
}

async function workspaceOf(texts: Map<string, string>, opts: { verify: boolean; rules?: readonly Rule[] }): Promise<Workspace> {
  const root = path.dirname(uriToPath([...texts.keys()][0]!));
  const ws = await Workspace.create({ roots: [pathToUri(root)], verifyIncremental: opts.verify, ...(opts.rules ? { rules: opts.rules } : {}) });
  for (const [uri, text] of texts) ws.setFile(uri, text);
  return ws;
}

/** The incremental lint must equal a lint of the same texts by a Workspace that never saw another version. */
async function assertAsFresh(result: LintResult, texts: Map<string, string>, rules?: readonly Rule[]): Promise<void> {
  const fresh = (await workspaceOf(texts, { verify: false, ...(rules ? { rules } : {}) })).lint();
  assert.equal(JSON.stringify(result.findings), JSON.stringify(fresh.findings));
}

/**
 * Edits one file at a time of a rule's fixture: from the clean fabric, each file that differs in the faulty one is
 * turned into its faulty version (added, or removed, when only one version has it), then back; the same from the
 * faulty fabric towards the clean one. Every lint is compared with a fresh Workspace. Returns how many of these edits
 * made or cleared a finding of the rule in a file other than the edited one.
 */
async function crossEndEdits(fixture: string, ruleId: string, rules?: readonly Rule[]): Promise<number> {
  // `<rule>/<variant>`: the fixture's clean-<variant> and fires-<variant> folders.
  const [dir, variant] = fixture.split('/');
  const clean = filesOf(path.join(FIXTURES, dir!, variant ? `clean-${variant}` : 'clean'));
  const fires = filesOf(path.join(FIXTURES, dir!, variant ? `fires-${variant}` : 'fires'));
  const ws = await workspaceOf(clean, { verify: true, ...(rules ? { rules } : {}) });
  const put = (uri: string, text: string | undefined): void => (text === undefined ? ws.removeFile(uri) : ws.setFile(uri, text));
  const elsewhere = (r: LintResult, edited: string) => JSON.stringify(r.findings.filter((f) => f.ruleId === ruleId && f.loc.uri !== edited));
  let crossed = 0;
  for (const [from, to] of [
    [clean, fires],
    [fires, clean],
  ] as const) {
    for (const uri of new Set([...clean.keys(), ...fires.keys()])) put(uri, from.get(uri));
    const start = ws.lint();
    await assertAsFresh(start, from, rules);
    for (const uri of new Set([...from.keys(), ...to.keys()])) {
      if (from.get(uri) === to.get(uri)) continue;
      const texts = new Map(from);
      const edited = to.get(uri);
      if (edited === undefined) texts.delete(uri);
      else texts.set(uri, edited);
      put(uri, edited);
      const after = ws.lint();
      await assertAsFresh(after, texts, rules);
      put(uri, from.get(uri));
      const back = ws.lint();
      await assertAsFresh(back, from, rules);
      assert.equal(elsewhere(back, uri), elsewhere(start, uri), `undoing the edit of ${path.basename(uri)} restores the other files' findings`);
      if (elsewhere(after, uri) !== elsewhere(start, uri)) crossed++;
    }
  }
  return crossed;
}

/**
 * One value changes in one file of a fixture — no link changes with it — and a finding of the rule in another file
 * must change (appear, go, or say something else); then the value goes back. Every lint is compared with a fresh
 * Workspace.
 */
async function peerValueEdit(folder: string, file: string, from: RegExp, to: string, ruleId: string, verify = true): Promise<void> {
  const texts = filesOf(path.join(FIXTURES, folder));
  const uri = [...texts.keys()].find((u) => u.endsWith(`/${file}`))!;
  const original = texts.get(uri)!;
  const edited = original.replace(from, to);
  assert.notEqual(edited, original, `${folder}/${file} has ${String(from)}`);
  const others = (r: LintResult) => JSON.stringify(r.findings.filter((f) => f.ruleId === ruleId && f.loc.uri !== uri));
  const ws = await workspaceOf(texts, { verify });
  const before = ws.lint();
  ws.setFile(uri, edited);
  const after = ws.lint();
  assert.equal(after.fabric.links, before.fabric.links, 'the edit leaves the links as they were');
  assert.notEqual(others(after), others(before), `editing ${file} changes a ${ruleId} finding in another file`);
  await assertAsFresh(after, new Map(texts).set(uri, edited));
  ws.setFile(uri, original);
  const back = ws.lint();
  assert.equal(others(back), others(before));
  await assertAsFresh(back, texts);
}

/** qos/trust-mismatch's fixture edit: the DSCP-trusting peer of a CoS port loses its PFC. */
const TRUST_LOSES_PFC = [
  'qos-trust-mismatch/fires',
  'leaf1.cfg',
  /(interface Ethernet4\n(?: {3}.*\n)*?) {3}priority-flow-control on\n {3}priority-flow-control priority 3 no-drop\n/,
  '$1',
  'qos/trust-mismatch',
] as const;

describe('incremental link and pair rules: an edit of one end makes and clears findings on the other end', function () {
  // A bound on resources, not a benchmark: every lint is done three times (incremental, the engine's check, a fresh Workspace).
  this.timeout(300000);

  for (const [fixture, ruleId] of [
    ['mtu-ospf-adjacency', 'mtu/ospf-adjacency'],
    ['mtu-l2-link-mismatch', 'mtu/l2-link-mismatch'],
    ['l2-trunk-vlan-mismatch', 'l2/trunk-vlan-mismatch'],
    ['l2-native-vlan-mismatch', 'l2/native-vlan-mismatch'],
    ['l2-mode-mismatch', 'l2/mode-mismatch'],
    ['mlag-peer-inconsistent', 'mlag/peer-inconsistent'],
    ['pfc-mode-auto', 'pfc/mode-auto'],
    ['qos-trust-mismatch', 'qos/trust-mismatch'],
    ['pfc-with-link-pause/fabric', 'pfc/with-link-pause'],
    ['mtu-vxlan-overhead', 'mtu/vxlan-overhead'],
    ['qos-contract-link-break', 'qos/contract-link-break'],
    ['qos-contract-link-break/sonic', 'qos/contract-link-break'],
    ['mtu-edge-exceeds-core', 'mtu/edge-exceeds-core'],
    ['mtu-roce-path', 'mtu/roce-path'],
    ['link-unpaired-p2p', 'link/unpaired-p2p'],
    ['link-ambiguous-subnet', 'link/ambiguous-subnet'],
    ['link-source-conflict', 'link/source-conflict'],
    ['design-flat-l2', 'design/flat-l2'],
    ['design-flat-l2/sonic', 'design/flat-l2'],
    ['design-flat-l2/spine', 'design/flat-l2'],
  ] as const) {
    it(`${ruleId} (reads ${allRules.find((r) => r.id === ruleId)?.reads ?? 'fabric'}): test/fixtures/rules/${fixture}`, async () => {
      assert.ok((await crossEndEdits(fixture, ruleId)) > 0, `an edit of one file of ${fixture} makes or clears a ${ruleId} finding in another`);
    });
  }

  it('design/daisy-chain (reads aggregate): test/fixtures/rules/design-daisy-chain, each leaf edited (its finding is in its own file)', async () => {
    // The chained leaves' edits make and clear findings in their own files only; every lint is still checked.
    assert.equal(await crossEndEdits('design-daisy-chain', 'design/daisy-chain'), 0);
  });

  it('mtu/link-mismatch: examples/leaf-spine, leaf2 Ethernet50/1 raised to its peer spine2 MTU and back', async () => {
    const dir = path.join(REPO_ROOT, 'examples', 'leaf-spine');
    const texts = new Map<string, string>();
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.cfg')))
      texts.set(pathToUri(path.join(dir, name)), fs.readFileSync(path.join(dir, name), 'utf8'));
    const leaf2 = pathToUri(path.join(dir, 'leaf2.cfg'));
    const spine2 = pathToUri(path.join(dir, 'spine2.cfg'));
    const original = texts.get(leaf2)!;
    const fixed = original.replace(/(interface Ethernet50\/1\n(?: {3}.*\n)*? {3}mtu )9000/, '$19214');
    assert.notEqual(fixed, original);
    const onSpine2 = (r: LintResult) => r.findings.filter((f) => f.ruleId === 'mtu/link-mismatch' && f.loc.uri === spine2);
    const ws = await workspaceOf(texts, { verify: true });
    assert.equal(onSpine2(ws.lint()).length, 1, 'the example fault is reported on spine2 too');
    ws.setFile(leaf2, fixed);
    const cleared = ws.lint();
    assert.deepEqual(onSpine2(cleared), []);
    await assertAsFresh(cleared, new Map(texts).set(leaf2, fixed));
    ws.setFile(leaf2, original);
    const made = ws.lint();
    assert.equal(onSpine2(made).length, 1);
    await assertAsFresh(made, texts);
  });

  it('pfc/mode-auto: the peer of an auto port turns PFC off (test/fixtures/rules/pfc-mode-auto/fires)', async () => {
    await peerValueEdit(
      'pfc-mode-auto/fires',
      'leaf3.cfg',
      /(interface Ethernet1\/1\n(?: {2}.*\n)*? {2}priority-flow-control mode )on/,
      '$1off',
      'pfc/mode-auto',
    );
  });

  it('qos/trust-mismatch: the DSCP-trusting peer of a CoS port stops being lossless (test/fixtures/rules/qos-trust-mismatch/fires)', async () => {
    await peerValueEdit(...TRUST_LOSES_PFC);
  });

  it('pfc/with-link-pause: the other end of a paused fabric port turns link pause off (test/fixtures/rules/pfc-with-link-pause/fires-fabric)', async () => {
    await peerValueEdit('pfc-with-link-pause/fires-fabric', 'spine1.cfg', /flowcontrol receive on/, 'flowcontrol receive off', 'pfc/with-link-pause');
  });

  it('fails when link/source-conflict has no basis: a device whose conflict moved, but not its own file or links, keeps a stale finding', async () => {
    // The link issues are the rule's basis; without it only the edited device is judged again.
    const { basis: _basis, ...withoutBasis } = allRules.find((r) => r.id === 'link/source-conflict')!;
    await assert.rejects(crossEndEdits('link-source-conflict', 'link/source-conflict', [withoutBasis]), IncrementalMismatch);
  });

  // Without the engine's check (its scratch lint shares the Device objects but not their neighbourhoods, so what a rule
  // keeps per port would be made again on every lint): the unchanged end's ports are judged from what was kept
  // (support/quiet-ports), and each lint is compared with a fresh Workspace.
  it('mtu/roce-path: the PFC peer of a port without PFC turns PFC off (test/fixtures/rules/mtu-roce-path/fires)', async () => {
    await peerValueEdit('mtu-roce-path/fires', 'leaf3.cfg', /priority-flow-control on/, 'priority-flow-control off', 'mtu/roce-path', false);
  });

  it('qos/trust-mismatch: the same, with the ports of the unchanged end judged from what was kept', async () => {
    await peerValueEdit(...TRUST_LOSES_PFC, false);
  });

  it('fails when a rule that reads both ends is kept per device: the unchanged end keeps a stale finding', async () => {
    // mlag/peer-inconsistent as if it read one device: each judged device reports only its own findings, and the other
    // peer, whose file did not change, keeps what it had.
    const real = allRules.find((r) => r.id === 'mlag/peer-inconsistent')!;
    const perDevice: Rule = {
      ...real,
      id: 'test/per-device',
      reads: 'device',
      check: (ctx) => {
        const judged = new Set(devicesOf(ctx).map((d) => d.uri));
        return real.check({ ...ctx, judging: undefined }).filter((f) => judged.has(f.loc.uri));
      },
    };
    await assert.rejects(crossEndEdits('mlag-peer-inconsistent', 'test/per-device', [perDevice]), IncrementalMismatch);
  });
});
