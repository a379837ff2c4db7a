/** Hover on a leaf's hostname shows its oversubscription; hover on a port shows its speed and where it comes from. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { REPO_ROOT, serverSession, tempCopy } from './harness';

describe('language server: hover on a hostname shows the oversubscription', function () {
  this.timeout(60000);
  const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'design-oversubscription');
  const session = serverSession(() => tempCopy(path.join(dir, 'fires-intent')), { transport: 'stdio' }, 'all');
  const f = session.f;
  before(() => session.client.ready());

  const hover = async (file: string, line: number, character: number): Promise<string> => {
    const h = await session.client.hover(f(file), line, character);
    assert.ok(h, 'a hover');
    return (h.contents as MarkupContent).value;
  };

  it('on the hostname: role, both capacities, the ratio and the intent maximum', async () => {
    // be-leaf1.cfg line 3 is `hostname be-leaf1`.
    const md = await hover('be-leaf1.cfg', 2, 11);
    assert.match(md, /\*\*be-leaf1\*\* — role backend-leaf \(intent, glob `be-leaf\*`\)/);
    assert.match(md, /host-facing: 200G on 2 ports/);
    assert.match(md, /fabric-facing \(uplinks\): 100G on 1 port\b/);
    assert.match(md, /oversubscription: \*\*2:1\*\*/);
    assert.match(md, /intent: at most 1:1 for role backend-leaf/);
  });

  it('says "not known" when an uplink has no known speed', async () => {
    const md = await hover('be-leaf2.cfg', 2, 11);
    assert.match(md, /fabric-facing \(uplinks\): 0G on 0 ports, 1 of unknown speed/);
    assert.match(md, /oversubscription: not known/);
  });

  it('on a port: its speed and its source', async () => {
    const md = await hover('be-leaf1.cfg', 4, 12);
    assert.match(md, /speed: 100G \(configured: forced 100gfull, line 9\)/);
    const unknown = await hover('be-leaf2.cfg', 4, 12);
    assert.match(unknown, /speed: unknown/);
  });
});
