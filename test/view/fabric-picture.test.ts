import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newElk } from '../../shared/src/elk';
import type { FabricGraph, GraphDevice, GraphEnd, GraphLink } from '../../shared/src/fabric-graph';
import { GROUP_SIZE, drawFabric, groupsOf, layoutGroups, linkComparison, renderSvg, scene } from '../../shared/src/fabric-picture';
import { pathToUri } from '../../server/src/engine/uri';
import { fabricGraph } from '../../server/src/output/fabric-graph';
import { REPO_ROOT, tempCopy, workspaceOf } from '../helpers/lint';

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

  it('compares the ends of a mixed EOS / NX-OS link by meaning, not wording, and marks only real differences', async () => {
    const dir = tempCopy(path.join(REPO_ROOT, 'examples', 'leaf-spine'));
    try {
      const ws = await workspaceOf(dir);
      const g = fabricGraph(ws.lint());
      // leaf2 (EOS) Ethernet50/1 – spine2 (NX-OS) Ethernet1/2: its only finding is the MTU.
      const link = g.links.find((l) => [l.a, l.b].some((e) => e.device === 'leaf2' && e.interface === 'Ethernet50/1'))!;
      assert.deepEqual(
        link.findings.map((i) => g.findings[i]!.ruleId),
        ['mtu/link-mismatch', 'mtu/link-mismatch'],
      );
      const rows = linkComparison(g, link);
      const marked = rows.filter((r) => r.differs).map((r) => r.label);
      // The trust line and the NX-OS policy classify alike, and DSCP 26 is lossless on priority 3 and ECN-marked at
      // both ends: only the MTU and leaf2's CNP (in a queue below the lossless one, its qos/dscp-map-drift) differ.
      assert.deepEqual(marked, ['L3 MTU', 'DSCP 48 (cnp)']);
      assert.ok(g.findings.some((f) => f.device === 'leaf2' && f.ruleId === 'qos/dscp-map-drift' && /DSCP 48/.test(f.message)));
      const classified = rows.find((r) => r.label === 'classified by')!;
      assert.deepEqual([classified.a, classified.b].sort(), ['policy ROCE_CLASSIFY', 'trust dscp']);
      const roce = rows.find((r) => r.label === 'DSCP 26 (roce)')!;
      assert.notEqual(roce.a, roce.b, 'the wording differs (local names, the EOS default strict queue)');
      assert.ok(!roce.differs, 'yet the meaning is the same');

      // ECN: marking a lossy code point (CNP) at one end only is no finding; not marking a lossless one is.
      const hopsOf = (e: GraphEnd) => e.hop!.map((h) => ({ ...h }));
      const withEcn = (cnp: boolean, roce: boolean): GraphLink => {
        const a = { ...link.a, hop: hopsOf(link.a) };
        a.hop[0]!.ecn = roce;
        a.hop[1]!.ecn = cnp;
        return { ...link, a };
      };
      const ecnRows = (l: GraphLink) =>
        linkComparison(g, l)
          .filter((r) => r.differs && r.label.startsWith('ECN'))
          .map((r) => r.label);
      assert.deepEqual(ecnRows(withEcn(true, true)), []);
      assert.deepEqual(ecnRows(withEcn(false, false)), ['ECN for DSCP 26']);

      // A real difference: spine2's port loses its classifying policy, so DSCP 26 is best effort there.
      const spine2 = path.join(dir, 'spine2.cfg');
      const text = fs.readFileSync(spine2, 'utf8');
      const at = text.indexOf('interface Ethernet1/2\n');
      const policy = text.indexOf('  service-policy type qos input ROCE_CLASSIFY\n', at);
      ws.setFile(pathToUri(spine2), text.slice(0, policy) + text.slice(policy + '  service-policy type qos input ROCE_CLASSIFY\n'.length));
      const g2 = fabricGraph(ws.lint());
      const broken = g2.links.find((l) => [l.a, l.b].some((e) => e.device === 'leaf2' && e.interface === 'Ethernet50/1'))!;
      const rules = new Set(broken.findings.map((i) => g2.findings[i]!.ruleId));
      assert.ok(rules.has('qos/contract-link-break'), [...rules].join());
      const rows2 = linkComparison(g2, broken);
      assert.deepEqual(
        rows2.filter((r) => r.differs).map((r) => r.label),
        ['L3 MTU', 'classified by', 'DSCP 26 (roce)', 'ECN for DSCP 26'],
      );
      const c2 = rows2.find((r) => r.label === 'classified by')!;
      assert.match(`${c2.a} | ${c2.b}`, /no classifying policy/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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

    // A role filter hides members: the group says how many of its devices it still shows.
    g.devices.find((d) => d.id === 'leaf2')!.role = 'border';
    const leavesOnly = scene(g, order, { expanded: new Set(), filter: { roles: ['leaf'] } });
    assert.deepEqual(
      leavesOnly.nodes.filter((n) => n.devices.includes(g.devices.findIndex((d) => d.id === 'leaf1'))).map((n) => n.label),
      ['leaf1 – leaf32 (31 of 32)'],
    );
    g.devices.find((d) => d.id === 'leaf2')!.role = 'leaf';

    const found = scene(g, order, { expanded: new Set(), filter: { search: 'LEAF400' } });
    const hit = found.nodes.find((n) => n.match);
    assert.equal(hit?.label, 'leaf400');
    assert.equal(found.nodes.filter((n) => n.kind === 'device').length, GROUP_SIZE, 'only the group holding leaf400 is opened');
  });

  it('draws broken links over consistent ones, so that they can be seen and hovered where a group fans out', async () => {
    const g = clos(16, 496);
    const broken = g.links.findIndex((l) => l.a.device === 'spine1' && l.b.device === 'leaf1');
    g.links[broken] = { ...g.links[broken]!, state: 'mtu', severity: 'error' };
    const order = await layoutGroups(g, newElk());
    const open = new Set(order.groups.filter((x) => x.members.some((d) => ['spine1', 'leaf1'].includes(g.devices[d]!.id))).map((x) => x.id));
    const s = scene(g, order, { expanded: open, filter: {} });
    const drawn = [...renderSvg(g, s).matchAll(/<g class="link ([^"]*)" data-edge="(\d+)"/g)].map((m) => ({ classes: m[1]!, edge: Number(m[2]) }));
    assert.equal(drawn.length, s.edges.length, 'every edge once');
    assert.equal(new Set(drawn.map((d) => d.edge)).size, s.edges.length);
    const last = drawn[drawn.length - 1]!;
    assert.match(last.classes, /state-mtu sev-error/, 'the broken link is drawn last, on top of the 16 × 32 links of the open groups');
    assert.deepEqual(s.edges[last.edge]!.links, [broken], 'data-edge still names its scene edge');
    assert.ok(drawn.slice(0, -1).every((d) => /state-consistent/.test(d.classes)));
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
