import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FabricGraph, GraphEnd } from '../../shared/src/fabric-graph';
import { FabricGraphRequest, FabricLinkRequest } from '../../shared/src/protocol';
import { REPO_ROOT, serverSession, tempCopy } from './harness';

const between = (g: FabricGraph, x: string, y: string) =>
  g.links.find(
    (l) =>
      (`${l.a.device} ${l.a.interface}` === x && `${l.b.device} ${l.b.interface}` === y) ||
      (`${l.a.device} ${l.a.interface}` === y && `${l.b.device} ${l.b.interface}` === x),
  );

describe('language server: fabricLint/fabricGraph (examples/leaf-spine)', function () {
  this.timeout(60000);
  const session = serverSession(() => tempCopy(path.join(REPO_ROOT, 'examples', 'leaf-spine')), { transport: 'stdio' }, 'all');
  const f = session.f;
  before(() => session.client.ready());
  const graph = async (params: object = {}): Promise<FabricGraph> => {
    const g = await session.client.connection.sendRequest(FabricGraphRequest, params);
    assert.ok(g, 'a graph');
    return g;
  };

  it('returns version 1 with every device by tier and every link with its state, from the findings', async () => {
    const g = await graph();
    assert.equal(g.version, 1);
    assert.deepEqual(g.tiers, ['spine', 'leaf']);
    assert.deepEqual(g.devices.map((d) => `${d.id}:${g.tiers[d.tier]}:${d.worst}`).sort(), [
      'leaf1:leaf:error',
      'leaf2:leaf:error',
      'leaf3:leaf:error',
      'leaf4:leaf:error',
      'spine1:spine:error',
      'spine2:spine:error',
    ]);
    assert.equal(g.links.length, 8);
    const states = Object.fromEntries(g.links.map((l) => [`${l.a.device}-${l.b.device}`, l.state]));
    assert.deepEqual(states, {
      'leaf1-spine1': 'consistent',
      'leaf1-spine2': 'pfc',
      'leaf2-spine1': 'consistent',
      'leaf2-spine2': 'mtu',
      'leaf3-spine1': 'consistent',
      'leaf3-spine2': 'consistent',
      'leaf4-spine1': 'qos',
      'leaf4-spine2': 'consistent',
    });
    // Each broken link carries the findings that broke it, and they point back at it.
    const mtu = between(g, 'leaf2 Ethernet50/1', 'spine2 Ethernet1/2')!;
    assert.deepEqual(
      mtu.findings.map((i) => g.findings[i]!.ruleId),
      ['mtu/link-mismatch', 'mtu/link-mismatch'],
    );
    for (const i of mtu.findings) assert.equal(g.findings[i]!.link, g.links.indexOf(mtu));
    assert.equal(mtu.severity, 'error');
    // Device-level findings stay on their device: leaf2's DSCP drift colours leaf2, not its links.
    const drift = g.findings.find((x) => x.ruleId === 'qos/dscp-map-drift')!;
    assert.equal(drift.device, 'leaf2');
    assert.equal(drift.link, undefined);
  });

  it("gives both ends' MTU, PFC, trust and per-hop behaviour of the contract's code points, with locations", async () => {
    const g = await graph();
    assert.deepEqual(
      g.contract.map((p) => `${p.dscp}:${p.name}`),
      ['26:roce', '48:cnp'],
    );
    const l = between(g, 'leaf2 Ethernet50/1', 'spine2 Ethernet1/2')!;
    const [leaf, spine] = (l.a.device === 'leaf2' ? [l.a, l.b] : [l.b, l.a]) as [GraphEnd, GraphEnd];
    assert.equal(leaf.mtu?.value, 9000);
    assert.equal(spine.mtu?.value, 9214);
    const line = (uri: string, n: number) => fs.readFileSync(new URL(uri), 'utf8').split(/\r?\n/)[n]!;
    assert.match(line(leaf.mtu.loc!.uri, leaf.mtu.loc!.range.start.line), /^\s*mtu 9000$/);
    assert.match(line(leaf.loc!.uri, leaf.loc!.range.start.line), /^interface Ethernet50\/1$/);
    assert.deepEqual([leaf.pfc?.mode.value, leaf.pfc?.noDrop], ['on', [3]]);
    assert.equal(leaf.trust?.value, 'dscp');
    // NX-OS has no per-port trust: its port is classified by the policy it attaches, which the end names.
    assert.equal(spine.trust, undefined);
    assert.deepEqual([leaf.classification?.field, leaf.classification?.text], ['dscp', 'trust dscp']);
    assert.deepEqual([spine.classification?.field, spine.classification?.text], ['dscp', 'policy ROCE_CLASSIFY']);
    assert.match(line(spine.classification!.loc!.uri, spine.classification!.loc!.range.start.line), /^\s*service-policy type qos input ROCE_CLASSIFY$/);
    assert.deepEqual(
      leaf.hop?.map((h) => [h.dscp, h.kind, h.pausedOn, h.ecn]),
      [
        [26, 'lossless', 3, true],
        [48, 'best-effort', undefined, false],
      ],
    );
    // The QoS-contract break: DSCP 26 is best effort at leaf4's end, lossless at spine1's.
    const q = between(g, 'leaf4 Ethernet1/49', 'spine1 Ethernet4/1')!;
    const kinds = Object.fromEntries([q.a, q.b].map((e) => [e.device, e.hop![0]!.kind]));
    assert.deepEqual(kinds, { leaf4: 'best-effort', spine1: 'lossless' });
  });

  it("answers brief graphs without values, and one link's values on request", async () => {
    const g = await graph({ ends: 'brief' });
    assert.ok(g.links.every((l) => Object.keys(l.a).join() === 'device,interface' && Object.keys(l.b).join() === 'device,interface'));
    const ends = await session.client.connection.sendRequest(FabricLinkRequest, {
      a: { device: 'spine2', interface: 'Ethernet1/2' },
      b: { device: 'leaf2', interface: 'Ethernet50/1' },
    });
    assert.ok(ends);
    assert.deepEqual([ends.a.mtu?.value, ends.b.mtu?.value].sort(), [9000, 9214]);
    assert.equal(
      await session.client.connection.sendRequest(FabricLinkRequest, { a: { device: 'leaf1', interface: 'Ethernet1' }, b: { device: 'x', interface: 'y' } }),
      null,
    );
    await assert.rejects(session.client.connection.sendRequest(FabricGraphRequest, { ends: 'everything' } as never), /ends is not full, brief or auto/);
  });

  it('follows edits: the next graph shows the link fixed', async () => {
    const file = f('leaf2.cfg');
    await session.client.open(file);
    const n = session.client
      .text(file)
      .split('\n')
      .findIndex((l) => l === '   mtu 9000');
    assert.ok(n > 0);
    await session.client.replaceLine(file, n, '   mtu 9214');
    await session.client.waitForDiagnostics(file, 'mtu/link-mismatch cleared', (d) => !d.some((x) => x.code === 'mtu/link-mismatch'));
    const g = await graph();
    assert.equal(between(g, 'leaf2 Ethernet50/1', 'spine2 Ethernet1/2')!.state, 'consistent');
  });
});
