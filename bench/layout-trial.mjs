// The layout-library trial behind the fabric picture's choice of elkjs (docs/architecture.md, "Choosing the layout
// library"): one candidate on one graph, in its own process, printing time, whether tiers stay rows, and crossings.
// The candidates other than elkjs are not dependencies; install them beside the repository to repeat the trial:
//   npm install --no-save @dagrejs/dagre d3-force cytoscape
//   for g in clos3-528 full-512 grouped-2048 full-2048; do for l in elkjs dagre d3-force d3-force:tiers cytoscape:breadthfirst; do
//     timeout 150 node bench/layout-trial.mjs $l $g; done; done
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const [lib, graphName] = process.argv.slice(2);

function clos2(n) {
  // bench/gen-fabric.mjs topology: spines = round(n/32), every leaf to every spine
  const spines = Math.max(2, Math.round(n / 32));
  const leaves = n - spines;
  const nodes = [];
  const edges = [];
  for (let s = 0; s < spines; s++) nodes.push({ id: `spine${s + 1}`, tier: 0 });
  for (let l = 0; l < leaves; l++) nodes.push({ id: `leaf${l + 1}`, tier: 1 });
  for (let s = 0; s < spines; s++) for (let l = 0; l < leaves; l++) edges.push({ s: `spine${s + 1}`, t: `leaf${l + 1}` });
  return { nodes, edges };
}
function clos3(pods, spp, lpp, ss) {
  // 3-tier: super-spines, pods of spines and leaves, shuffled input order
  const nodes = [];
  const edges = [];
  for (let i = 0; i < ss; i++) nodes.push({ id: `ss${i}`, tier: 0 });
  for (let p = 0; p < pods; p++) {
    for (let s = 0; s < spp; s++) {
      nodes.push({ id: `p${p}s${s}`, tier: 1 });
      for (let i = 0; i < ss; i++) if (i % spp === s) edges.push({ s: `ss${i}`, t: `p${p}s${s}` });
    }
    for (let l = 0; l < lpp; l++) {
      nodes.push({ id: `p${p}l${l}`, tier: 2 });
      for (let s = 0; s < spp; s++) edges.push({ s: `p${p}s${s}`, t: `p${p}l${l}` });
    }
  }
  // deterministic shuffle so that the input order does not give the answer away
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = nodes.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [nodes[i], nodes[j]] = [nodes[j], nodes[i]];
  }
  return { nodes, edges };
}
function grouped(n, size = 64) {
  // bench topology, leaves chunked in groups of `size`, spines kept
  const g = clos2(n);
  const nodes = [];
  const edges = new Map();
  const groupOf = new Map();
  let leafIdx = 0;
  for (const v of g.nodes) {
    if (v.tier === 0) {
      nodes.push(v);
      groupOf.set(v.id, v.id);
    } else {
      const gid = `leaves${Math.floor(leafIdx++ / size)}`;
      if (!nodes.find((x) => x.id === gid)) nodes.push({ id: gid, tier: 1 });
      groupOf.set(v.id, gid);
    }
  }
  for (const e of g.edges) {
    const k = `${groupOf.get(e.s)}|${groupOf.get(e.t)}`;
    edges.set(k, { s: groupOf.get(e.s), t: groupOf.get(e.t) });
  }
  return { nodes, edges: [...edges.values()] };
}
const graphs = { 'full-512': () => clos2(512), 'full-2048': () => clos2(2048), 'grouped-2048': () => grouped(2048), 'clos3-528': () => clos3(16, 4, 28, 16) };
const g = graphs[graphName]();
const W = 60,
  H = 24;

async function run() {
  if (lib.startsWith('elkjs')) {
    const ELK = require('elkjs/lib/elk.bundled.js');
    const elk = new ELK();
    const fast = lib === 'elkjs:fast' ? { 'elk.edgeRouting': 'POLYLINE', 'elk.layered.nodePlacement.strategy': 'SIMPLE', 'elk.layered.thoroughness': '1' } : {};
    const r = await elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.partitioning.activate': 'true',
        'elk.layered.spacing.nodeNodeBetweenLayers': '80',
        ...fast,
      },
      children: g.nodes.map((v) => ({ id: v.id, width: W, height: H, layoutOptions: { 'elk.partitioning.partition': String(v.tier) } })),
      edges: g.edges.map((e, i) => ({ id: `e${i}`, sources: [e.s], targets: [e.t] })),
    });
    return new Map(r.children.map((c) => [c.id, { x: c.x, y: c.y }]));
  }
  if (lib === 'dagre') {
    const dagre = require('@dagrejs/dagre');
    const gr = new dagre.graphlib.Graph();
    gr.setGraph({ rankdir: 'TB', ranksep: 80 });
    gr.setDefaultEdgeLabel(() => ({}));
    for (const v of g.nodes) gr.setNode(v.id, { width: W, height: H });
    for (const e of g.edges) gr.setEdge(e.s, e.t);
    dagre.layout(gr);
    return new Map(g.nodes.map((v) => [v.id, { x: gr.node(v.id).x, y: gr.node(v.id).y }]));
  }
  if (lib === 'd3-force') {
    const d3 = require('d3-force');
    const nodes = g.nodes.map((v) => ({ ...v }));
    const links = g.edges.map((e) => ({ source: e.s, target: e.t }));
    const sim = d3
      .forceSimulation(nodes)
      .force(
        'link',
        d3
          .forceLink(links)
          .id((d) => d.id)
          .strength(0.02),
      )
      .force('charge', d3.forceManyBody().strength(-30))
      .force('y', d3.forceY((d) => d.tier * 200).strength(1))
      .force('collide', d3.forceCollide(W / 2))
      .stop();
    for (let i = 0; i < 300; i++) sim.tick();
    return new Map(nodes.map((v) => [v.id, { x: v.x, y: v.y }]));
  }
  if (lib === 'd3-force:tiers') {
    // rows fixed (fy), forces only order each row: links pull neighbours together, collision keeps them apart
    const d3 = require('d3-force');
    const nodes = g.nodes.map((v) => ({ ...v, fy: v.tier * 200 }));
    const links = g.edges.map((e) => ({ source: e.s, target: e.t }));
    const sim = d3
      .forceSimulation(nodes)
      .force(
        'link',
        d3
          .forceLink(links)
          .id((d) => d.id)
          .strength(0.1),
      )
      .force('collide', d3.forceCollide(W / 2 + 4))
      .force('x', d3.forceX(0).strength(0.01))
      .stop();
    for (let i = 0; i < 300; i++) sim.tick();
    return new Map(nodes.map((v) => [v.id, { x: v.x, y: v.y }]));
  }
  if (lib.startsWith('cytoscape')) {
    const cytoscape = require('cytoscape');
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...g.nodes.map((v) => ({ data: { id: v.id, tier: v.tier } })),
        ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.s, target: e.t } })),
      ],
    });
    const name = lib.split(':')[1] ?? 'breadthfirst';
    const opts =
      name === 'breadthfirst'
        ? { name, directed: false, roots: cy.nodes().filter((n) => n.data('tier') === 0), animate: false }
        : { name, animate: false, randomize: false };
    cy.layout(opts).run();
    return new Map(cy.nodes().map((n) => [n.id(), n.position()]));
  }
  throw new Error(lib);
}
function crossings(pos) {
  // crossings between consecutive tiers (only for small graphs)
  if (g.edges.length > 20000) return 'n/a';
  const tier = new Map(g.nodes.map((v) => [v.id, v.tier]));
  const byPair = new Map();
  for (const e of g.edges) {
    const [u, w] = tier.get(e.s) < tier.get(e.t) ? [e.s, e.t] : [e.t, e.s];
    const k = tier.get(u);
    (byPair.get(k) ?? byPair.set(k, []).get(k)).push([pos.get(u).x, pos.get(w).x]);
  }
  let c = 0;
  for (const es of byPair.values()) {
    es.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 0; i < es.length; i++) for (let j = i + 1; j < es.length; j++) if (es[j][0] > es[i][0] && es[j][1] < es[i][1]) c++;
  }
  return c;
}
const t0 = performance.now();
const pos = await run();
const ms = performance.now() - t0;
// tiers respected: every node of tier k above every node of tier k+1
const ys = new Map();
for (const v of g.nodes) {
  const y = pos.get(v.id).y;
  const r = ys.get(v.tier) ?? { min: Infinity, max: -Infinity };
  r.min = Math.min(r.min, y);
  r.max = Math.max(r.max, y);
  ys.set(v.tier, r);
}
let tiersOk = true;
for (let k = 0; ys.has(k + 1); k++) if (!(ys.get(k).max < ys.get(k + 1).min)) tiersOk = false;
const xs = [...pos.values()].map((p) => p.x);
console.log(
  JSON.stringify({
    lib,
    graph: graphName,
    nodes: g.nodes.length,
    edges: g.edges.length,
    ms: Math.round(ms),
    tiersOk,
    width: Math.round(Math.max(...xs) - Math.min(...xs)),
    crossings: crossings(pos),
    rssMB: Math.round(process.memoryUsage().rss / 1048576),
  }),
);
