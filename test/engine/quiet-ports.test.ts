/**
 * support/quiet-ports.ts: a device judged again because one of its link peers changed re-judges only the ports whose
 * far end is a new Device object (and those that reported); the others are skipped. On the bench's fabric.
 */
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import type { Fabric } from '../../server/src/model/types';
import { QuietPorts } from '../../server/src/rules/support/quiet-ports';
import type { RuleContext } from '../../server/src/rules/types';
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
});
