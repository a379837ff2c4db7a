/** mtu/below-intent without an intent file: role majority, and silence on a consistently-1500 fabric (AVD examples). */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'mtu-below-intent');

async function findings(sub: string, ruleId: string) {
  const result = (await workspaceOf(path.join(DIR, sub))).lint();
  return result.findings.filter((f) => f.ruleId === ruleId);
}

describe('mtu/below-intent without fabric-intent.yaml', () => {
  it('reports an interface below the majority of its role, and says it compared role peers', async () => {
    const found = await findings('no-intent-fires', 'mtu/below-intent');
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(f.messageId, 'belowPeers');
    assert.equal(f.data['role'], 'leaf');
    assert.equal(f.data['majority'], 9214);
    assert.equal(f.data['count'], 5);
    assert.equal(f.data['total'], 6);
    assert.match(f.message, /no fabric-intent\.yaml/);
    assert.ok(f.loc.uri.endsWith('leaf3.cfg'));
    assert.equal(f.fixes[0]?.isPreferred, true);
    assert.match(f.fixes[0]!.edits[0]!.newText, /mtu 9214/);
  });

  it('is silent when every fabric-facing interface of the role agrees', async () => {
    assert.deepEqual(await findings('no-intent-clean', 'mtu/below-intent'), []);
  });

  it('does not judge a consistently-1500 fabric against 9000 (AVD example fabrics)', async () => {
    assert.deepEqual(await findings('no-intent-clean-1500', 'mtu/below-intent'), []);
  });
});
