/**
 * support/quiet-ports.ts: a device judged again because one of its link peers changed re-judges only the ports whose
 * far end is a new Device object (and those that reported); the others are skipped. On the bench's fabric.
 */
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import type { Fabric } from '../../server/src/model/types';
import { QuietPorts } from '../../server/src/rules/support/quiet-ports';
import type { Finding, Rule, RuleContext } from '../../server/src/rules/types';
import { devicesOf } from '../../server/src/rules/support/scope';
import { benchFabric } from '../helpers/bench-fabric';

const ROOT = 'file:///quiet-ports';

describe('QuietPorts: only the ports whose far end changed are judged again', () => {
  it("a spine judged again after a leaf's edit judges the port facing that leaf, and every port that reported", async () => {
    const files = benchFabric(12);
    const ws = await Workspace.create({ roots: [ROOT], verifyIncremental: false });
    for (const [name, text] of files) ws.setFile(`${ROOT}/${name}`, text);
    const quiet = new QuietPorts();
    // The one port that reports (its verdict is a finding): judged every time.
    const judge = (fabric: Fabric): string[] => {
      const judged: string[] = [];
      // The ports' verdicts here read nothing of the context but the fabric and the intent.
      const ctx = { fabric, intent: undefined } as unknown as RuleContext;
      quiet.judge(ctx, fabric.devices.get('spine1')!, (iface) => {
        judged.push(iface.name);
        return iface.name === 'Ethernet1/1';
      });
      return judged;
    };
    const all = judge(ws.lint().fabric);
    assert.ok(all.length > 10, all.join(' '));
    assert.deepEqual(judge(ws.lint().fabric), ['Ethernet1/1'], 'nothing changed: only the port that reported');

    // leaf3 changes (an MTU on its uplink): its Device object is new, and so is the far end of spine1 Ethernet3/1.
    ws.setFile(`${ROOT}/leaf3.cfg`, files.get('leaf3.cfg')!.replace('mtu 9214', 'mtu 9000'));
    assert.deepEqual(judge(ws.lint().fabric), ['Ethernet1/1', 'Ethernet3/1']);

    // spine1 itself changes: a new Device, every port judged again.
    ws.setFile(`${ROOT}/spine1.cfg`, files.get('spine1.cfg')! + '!\n');
    assert.deepEqual(judge(ws.lint().fabric), all);
  });

  it('in the runner, a spine judged in consecutive lints looks only at the ports facing the devices new in this lint, and at those that reported', async () => {
    const files = benchFabric(12);
    const quiet = new QuietPorts();
    let judged: string[] = [];
    let looked = 0;
    // A rule reading a device and its link peers whose one loud port (spine1 Ethernet1/1) reports on every judgement.
    const rule: Rule = {
      id: 'test/quiet-ports',
      title: 'test',
      category: 'mtu',
      severity: 'info',
      scope: 'link',
      reads: 'peers',
      rationale: 'test',
      messages: { loud: 'port {port}' },
      example: { dialect: 'eos', config: '' },
      check(ctx) {
        const findings: Finding[] = [];
        for (const device of devicesOf(ctx)) {
          quiet.judge(ctx, device, (iface) => {
            if (device.hostname !== 'spine1') return false;
            judged.push(iface.name);
            if (iface.name !== 'Ethernet1/1') return false;
            findings.push(ctx.report({ messageId: 'loud', data: { port: iface.name }, loc: iface.block.header }));
            return true;
          });
          if (device.hostname === 'spine1') looked = quiet.looked;
        }
        return findings;
      },
    };
    const ws = await Workspace.create({ roots: [ROOT], rules: [rule], verifyIncremental: false });
    for (const [name, text] of files) ws.setFile(`${ROOT}/${name}`, text);
    const lint = (): string[] => {
      judged = [];
      const found = ws.lint().findings.map((f) => f.message);
      assert.deepEqual(found, ['port Ethernet1/1'], 'the loud port reports on every lint');
      return judged;
    };
    const all = lint();
    assert.ok(all.length > 10, all.join(' '));
    // A comment line: a new Device object for the leaf, nothing else changes.
    const edit = (leaf: string, i: number): void => ws.setFile(`${ROOT}/${leaf}.cfg`, `${files.get(`${leaf}.cfg`)!}! edit ${i}\n`);
    // Typing in leaf3: each lint follows the last one, so only the loud port and the port facing leaf3 are looked at.
    const ports = looked;
    assert.ok(ports > 10);
    for (let i = 0; i < 3; i++) {
      edit('leaf3', i);
      assert.deepEqual(lint(), ['Ethernet1/1', 'Ethernet3/1'], `keystroke ${i}`);
      assert.equal(looked, 2, 'no other port was looked at');
    }
    edit('leaf5', 0);
    assert.deepEqual(lint(), ['Ethernet1/1', 'Ethernet5/1']);
    assert.equal(looked, 2);
    // A lint that did not judge spine1 in between: its memo is not of the previous lint, so every port is looked at
    // (the quiet ones cost a comparison of their far ends; the port facing leaf3 is judged again).
    ws.lint();
    edit('leaf3', 9);
    assert.deepEqual(lint(), ['Ethernet1/1', 'Ethernet3/1']);
    assert.equal(looked, ports);
    // A device gone from the fabric: the runner cannot say what changed, and the spine looks at every port again.
    ws.removeFile(`${ROOT}/leaf7.cfg`);
    const after = lint();
    assert.ok(after.includes('Ethernet1/1'), after.join(' '));
    assert.equal(looked, ports);
  });
});
