/** mtu/roce-path: judged only where the config shows RoCE (PFC no-drop) or the intent declares it. */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';
import { ibMtuFor } from '../../server/src/intent/defaults';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'mtu-roce-path');

describe('mtu/roce-path', () => {
  it('is silent on a 1500 fabric without PFC and without intent', async () => {
    const result = (await workspaceOf(path.join(DIR, 'no-pfc-clean'))).lint();
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'mtu/roce-path').map((f) => f.message),
      [],
    );
  });

  it('names the RDMA path MTU the hop allows', async () => {
    const result = (await workspaceOf(path.join(DIR, 'fires'))).lint();
    const byIface = new Map(result.findings.filter((f) => f.ruleId === 'mtu/roce-path').map((f) => [String(f.data['iface']), f]));
    assert.equal(byIface.get('Ethernet1/49')?.data['ib'], 1024);
    assert.equal(byIface.get('Ethernet1')?.data['ib'], 2048);
    assert.equal(byIface.get('Ethernet1')?.messageId, 'rdma');
    assert.equal(ibMtuFor(4192), 4096);
  });

  it("names both ends of a link in the fix that raises both (gw1's port and leaf3 Ethernet1, both at 4000)", async () => {
    const result = (await workspaceOf(path.join(DIR, 'fires'))).lint();
    const gw1 = result.findings.find((f) => f.ruleId === 'mtu/roce-path' && f.data['iface'] === 'TenGigabitEthernet0/0/0');
    assert.equal(gw1?.fixes[0]?.title, 'Set MTU 9198 on gw1 TenGigabitEthernet0/0/0 and leaf3 Ethernet1');
    assert.equal(gw1?.fixes[0]?.edits.length, 2);
  });
});
