/**
 * RuleContext.kept: what a rule's support code keeps from one lint to the next (the contract's lossless DSCPs, the
 * index of addresses held twice) belongs to the runner, so to one Workspace. Two Workspaces linted in turn each keep
 * their own, and each gives what a fresh Workspace of the same files gives.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import type { Rule } from '../../server/src/rules/types';
import { REPO_ROOT } from '../helpers/lint';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'leaf-spine');
const files = new Map(fs.readdirSync(EXAMPLE).map((f) => [f, fs.readFileSync(path.join(EXAMPLE, f), 'utf8')]));

async function workspace(root: string, rules?: Rule[]): Promise<Workspace> {
  const ws = await Workspace.create({ roots: [root], verifyIncremental: false, ...(rules ? { rules } : {}) });
  for (const [name, text] of files) ws.setFile(`${root}/${name}`, text);
  return ws;
}

/** The findings as text, without the folder, so that two Workspaces of the same files compare equal. */
function described(ws: Workspace, root: string): string[] {
  return ws.lint().findings.map((f) => `${f.ruleId} ${f.loc.uri.slice(root.length)}:${f.loc.range.start.line} ${f.message}`);
}

async function fresh(edits: ReadonlyMap<string, string>): Promise<string[]> {
  const root = 'file:///kept-fresh';
  const ws = await workspace(root);
  for (const [name, text] of edits) ws.setFile(`${root}/${name}`, text);
  return described(ws, root);
}

describe('RuleContext.kept: state kept from one lint to the next, per Workspace', () => {
  it('gives each runner its own state, the same object from one lint to the next', async () => {
    const TOKEN = {};
    const seen: { ws: string; state: object }[] = [];
    const rule = (ws: string): Rule => ({
      id: 'test/kept',
      title: 'test',
      category: 'qos',
      severity: 'info',
      scope: 'device',
      rationale: 'test',
      messages: {},
      example: { dialect: 'eos', config: '' },
      check(ctx) {
        seen.push({ ws, state: ctx.kept(TOKEN, () => ({})) });
        return [];
      },
    });
    const a = await workspace('file:///kept-a', [rule('a')]);
    const b = await workspace('file:///kept-b', [rule('b')]);
    a.lint();
    b.lint();
    a.setFile('file:///kept-a/leaf1.cfg', files.get('leaf1.cfg')! + '!\n');
    a.lint();
    b.setFile('file:///kept-b/leaf1.cfg', files.get('leaf1.cfg')! + '!\n');
    b.lint();
    const of = (ws: string): Set<object> => new Set(seen.filter((s) => s.ws === ws).map((s) => s.state));
    assert.equal(seen.length, 4);
    assert.equal(of('a').size, 1, 'one state for a');
    assert.equal(of('b').size, 1, 'one state for b');
    assert.notEqual([...of('a')][0], [...of('b')][0], 'a and b keep their own');
  });

  it('two Workspaces edited and linted in turn each give what a fresh Workspace gives (addresses held twice, lossless DSCPs)', async () => {
    const a = await workspace('file:///kept-a');
    const b = await workspace('file:///kept-b');
    const leaf1 = files.get('leaf1.cfg')!;
    const leaf2 = files.get('leaf2.cfg')!;
    // a: leaf2 takes leaf1's loopback address, and leaf1 makes DSCP 46 lossless (traffic-class 3 is its no-drop class).
    const dup = leaf2.replace(/ip address 10\.255\.\d+\.\d+\/32/, 'ip address 10.255.1.1/32');
    const lossless46 = leaf1.replace('qos map dscp 26 to traffic-class 3', 'qos map dscp 26 to traffic-class 3\nqos map dscp 46 to traffic-class 3');
    assert.notEqual(dup, leaf2, 'the example has a loopback to take');
    assert.notEqual(lossless46, leaf1, 'the example maps DSCP 26');
    const steps: { ws: 'a' | 'b'; file?: string; text?: string }[] = [
      { ws: 'a' },
      { ws: 'b' },
      { ws: 'a', file: 'leaf2.cfg', text: dup },
      { ws: 'b' },
      { ws: 'a', file: 'leaf1.cfg', text: lossless46 },
      { ws: 'b', file: 'leaf1.cfg', text: lossless46 },
      { ws: 'a', file: 'leaf2.cfg', text: leaf2 },
      { ws: 'b', file: 'leaf1.cfg', text: leaf1 },
      { ws: 'a' },
    ];
    const edits = { a: new Map<string, string>(), b: new Map<string, string>() };
    const spaces = { a, b };
    const seen: string[] = [];
    for (const step of steps) {
      const root = `file:///kept-${step.ws}`;
      if (step.file) {
        spaces[step.ws].setFile(`${root}/${step.file}`, step.text!);
        edits[step.ws].set(step.file, step.text!);
      }
      const got = described(spaces[step.ws], root);
      assert.deepEqual(got, await fresh(edits[step.ws]), `${step.ws} after ${step.file ?? 'no edit'}`);
      const duplicate = got.some((f) => f.startsWith('link/duplicate-address'));
      const dscp46 = got.some((f) => f.startsWith('qos/contract-link-break') && f.includes('DSCP 46'));
      seen.push(`${duplicate ? 'dup' : '-'} ${dscp46 ? '46' : '-'}`);
    }
    // a's duplicate comes and goes; DSCP 46 joins the contract in both, then leaves b's and stays in a's.
    assert.deepEqual(seen, ['- -', '- -', 'dup -', '- -', 'dup 46', '- 46', '- 46', '- -', '- 46']);
  });
});
