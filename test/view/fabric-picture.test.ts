import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { newElk } from '../../shared/src/elk';
import type { FabricGraph, GraphDevice, GraphEnd, GraphLink } from '../../shared/src/fabric-graph';
import { GROUP_SIZE, drawFabric, groupsOf, layoutGroups, linkComparison, scene } from '../../shared/src/fabric-picture';
import { fabricGraph } from '../../server/src/output/fabric-graph';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';

const loc = { uri: 'file:///x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

/** A two-tier fabric of `spines` + `leaves` devices, every leaf linked to every spine (as bench/gen-fabric.mjs). */
function clos(spines: number, leaves: number): FabricGraph {
  const device = (id: string, tier: number, role: string): GraphDevice => ({
    id,
    os: 'eos',
    role,
    roleSource: 'inferred',
    tier,
    tierFrom: 'role',
    pod: role,
    uri: `file:///${id}.cfg`,
    loc,
    counts: { error: 0, warning: 0, info: 0, hint: 0 },
    findings: [],
  });
  const end = (d: string, i: string): GraphEnd => ({ device: d, interface: i });
  const devices = [...Array(spines).keys()]
    .map((s) => device(`spine${s + 1}`, 0, 'spine'))
    .concat([...Array(leaves).keys()].map((l) => device(`leaf${l + 1}`, 1, 'leaf')));
  const links: GraphLink[] = [];
  for (let s = 1; s <= spines; s++)
    for (let l = 1; l <= leaves; l++)
      links.push({
        a: end(`spine${s}`, `Ethernet${l}`),
        b: end(`leaf${l}`, `Ethernet${s}`),
        state: 'consistent',
        states: [],
        source: 'subnet',
        detail: 'subnet',
        evidence: [{ source: 'subnet', detail: 'subnet' }],
        findings: [],
      });
  return { version: 1, tiers: ['spine', 'leaf'], contract: [], devices, links, unpaired: [], findings: [] };
}

describe('fabric picture (shared/src/fabric-picture.ts)', function () {
  this.timeout(120000);

  it('draws the example fabric: every device by tier, the three broken links by state and severity', async () => {
    const ws = await workspaceOf(path.join(REPO_ROOT, 'examples', 'leaf-spine'));
    const g = fabricGraph(ws.lint());
    const { svg, scene: s } = await drawFabric(g, newElk());
    assert.equal(s.nodes.length, 6);
    assert.equal(s.edges.length, 8);
    const spines = s.nodes.filter((n) => n.label.startsWith('spine'));
    const leaves = s.nodes.filter((n) => n.label.startsWith('leaf'));
    assert.ok(
      spines.every((sp) => leaves.every((lf) => sp.y < lf.y)),
      'spines are drawn above leaves',
    );
    const classes = [...svg.matchAll(/<g class="(link [^"]*)" data-edge/g)].map((m) => m[1]).sort();
    assert.deepEqual(classes, [
      'link state-consistent',
      'link state-consistent',
      'link state-consistent',
      'link state-consistent',
      'link state-consistent',
      'link state-mtu sev-error',
      'link state-pfc sev-error',
      'link state-qos sev-error',
    ]);
    assert.match(svg, /<g class="node device sev-error" data-node="d:leaf2"/);

    // A filter on families recolours: without mtu findings the MTU link is consistent, and so is the device… of MTU only.
    const order = await layoutGroups(g, newElk());
    const noMtu = scene(g, order, { expanded: new Set(), filter: { families: ['pfc', 'qos', 'link', 'workspace'] } });
    assert.deepEqual(noMtu.edges.map((e) => e.state).sort(), [
      'consistent',
      'consistent',
      'consistent',
      'consistent',
      'consistent',
      'consistent',
      'pfc',
      'qos',
    ]);
    const onlyLeaves = scene(g, order, { expanded: new Set(), filter: { roles: ['leaf'] } });
    assert.deepEqual(onlyLeaves.nodes.map((n) => n.label).sort(), ['leaf1', 'leaf2', 'leaf3', 'leaf4']);
    assert.equal(onlyLeaves.edges.length, 0);

    const mtu = g.links.find((l) => l.state === 'mtu')!;
    const rows = linkComparison(g, mtu);
    const mtuRow = rows.find((r) => r.label === 'L3 MTU')!;
    assert.ok(mtuRow.differs);
    assert.deepEqual([mtuRow.a, mtuRow.b].sort(), ['9000', '9214']);
  });

  it('groups a large fabric by tier and pod, expands a group on demand, and opens the group of a search hit', async () => {
    const g = clos(16, 496);
    const groups = groupsOf(g);
    assert.equal(groups.length, 1 + Math.ceil(496 / GROUP_SIZE));
    assert.ok(groups.every((x) => x.members.length <= GROUP_SIZE));
    const order = await layoutGroups(g, newElk());
    const collapsed = scene(g, order, { expanded: new Set(), filter: {} });
    assert.equal(collapsed.nodes.length, groups.length);
    assert.ok(collapsed.nodes.every((n) => n.kind === 'group'));
    const bundle = collapsed.edges[0]!;
    assert.equal(bundle.links.length, 16 * GROUP_SIZE, 'a bundle stands for every link between its two groups');
    assert.equal(
      collapsed.edges.reduce((n, e) => n + e.links.length, 0),
      16 * 496,
      'every link is in one bundle',
    );

    const leafGroup = groups.find((x) => x.tier === 1)!;
    const opened = scene(g, order, { expanded: new Set([leafGroup.id]), filter: {} });
    assert.equal(opened.nodes.filter((n) => n.kind === 'device').length, leafGroup.members.length);
    assert.equal(opened.frames.length, 1);

    const found = scene(g, order, { expanded: new Set(), filter: { search: 'LEAF400' } });
    const hit = found.nodes.find((n) => n.match);
    assert.equal(hit?.label, 'leaf400');
    assert.equal(found.nodes.filter((n) => n.kind === 'device').length, GROUP_SIZE, 'only the group holding leaf400 is opened');
  });

  it('escapes names in the SVG', async () => {
    const g = clos(2, 2);
    g.devices[2]!.id = 'leaf<1>&"';
    g.links[0]!.b.device = 'leaf<1>&"';
    g.links[2]!.b.device = 'leaf<1>&"';
    const { svg } = await drawFabric(g, newElk());
    assert.ok(!svg.includes('leaf<1>'), 'no raw markup from a hostname');
    assert.match(svg, /leaf&#60;1&#62;&#38;&#34;/);
  });
});
