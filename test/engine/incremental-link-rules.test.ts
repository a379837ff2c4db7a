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
 * Starts from the rule's clean fixture and turns one file at a time into its version in the faulty fixture, then back.
 * Returns how often a finding of the rule appeared in a file other than the edited one, and went away again.
 */
async function crossEndEdits(fixture: string, ruleId: string, rules?: readonly Rule[]): Promise<number> {
  const clean = filesOf(path.join(FIXTURES, fixture, 'clean'));
  const fires = filesOf(path.join(FIXTURES, fixture, 'fires'));
  const ws = await workspaceOf(clean, { verify: true, ...(rules ? { rules } : {}) });
  const elsewhere = (r: LintResult, edited: string) => r.findings.filter((f) => f.ruleId === ruleId && f.loc.uri !== edited);
  assert.deepEqual(elsewhere(ws.lint(), ''), [], `${fixture}/clean has no ${ruleId} finding`);
  let crossed = 0;
  for (const [uri, faulty] of fires) {
    const before = clean.get(uri);
    if (before === undefined || before === faulty) continue;
    const texts = new Map(clean).set(uri, faulty);
    ws.setFile(uri, faulty);
    const made = ws.lint();
    await assertAsFresh(made, texts, rules);
    ws.setFile(uri, before);
    const cleared = ws.lint();
    await assertAsFresh(cleared, clean, rules);
    if (elsewhere(made, uri).length > 0) {
      crossed++;
      assert.deepEqual(elsewhere(cleared, ''), [], `reverting ${path.basename(uri)} clears the other end's ${ruleId} finding`);
    }
  }
  return crossed;
}

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
  ] as const) {
    it(`${ruleId} (reads ${allRules.find((r) => r.id === ruleId)?.reads ?? 'fabric'}): test/fixtures/rules/${fixture}`, async () => {
      assert.ok((await crossEndEdits(fixture, ruleId)) > 0, `an edit of one file of ${fixture} makes a ${ruleId} finding in another`);
    });
  }

  it('mtu/link-mismatch (reads pair): examples/leaf-spine, leaf2 Ethernet50/1 raised to its peer spine2 MTU and back', async () => {
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
