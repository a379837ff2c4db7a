/**
 * The picture of a fabric graph (shared/src/fabric-graph.ts): devices in rows by tier, top to bottom, links
 * coloured by state, devices by their worst finding. Pure functions over plain data and strings, no DOM and no
 * Node API, so that the VS Code webview (client/webview/fabric-view.ts) and the CLI's HTML report draw the
 * same picture.
 *
 * Scale: up to `DEVICE_LIMIT` devices every device is drawn; above it, devices are grouped by tier and pod in
 * chunks of at most `GROUP_SIZE` (natural hostname order), and a group shows its members when expanded. Only the
 * order of groups within their row comes from the layout library (elkjs, layered, one partition per tier: the
 * fewest crossings of the candidates tried, see docs/architecture.md); it is given the grouped graph, which
 * stays small at any fabric size, and computed once per graph. Expanding a group widens its slot and lists its
 * members in hostname order, without laying out again.
 */
import {
  LINK_STATES,
  linkStateLabel,
  linkStateOf,
  SEVERITIES,
  worse,
  type FabricGraph,
  type GraphDevice,
  type GraphEnd,
  type GraphHop,
  type GraphLink,
  type GraphSeverity,
  type LinkState,
} from './fabric-graph';

export const DEVICE_LIMIT = 96;
export const GROUP_SIZE = 32;

export interface PictureFilter {
  /** Rule families whose findings colour the picture (undefined: all). */
  families?: readonly string[];
  /** Severities whose findings colour the picture (undefined: all). */
  severities?: readonly GraphSeverity[];
  /** Roles whose devices are drawn (undefined: all). */
  roles?: readonly string[];
  /** Case-insensitive part of a hostname: matching devices are highlighted and their groups expanded. */
  search?: string;
}

export interface PictureState {
  /** Ids of expanded groups. */
  expanded: ReadonlySet<string>;
  filter: PictureFilter;
}

export interface Group {
  id: string;
  tier: number;
  /** Indexes into `graph.devices`, in hostname order. */
  members: number[];
  label: string;
}

/** Group order per tier (left to right), from the layout library; see `layoutGroups`. */
export interface GroupOrder {
  groups: Group[];
  rows: string[][];
}

export interface SceneNode {
  id: string;
  kind: 'device' | 'group';
  /** Device index (kind device) or the group's members. */
  devices: number[];
  group: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  worst?: GraphSeverity;
  match: boolean;
  /** Unpaired ports of the node's devices (indexes into `graph.unpaired`). */
  unpaired: number[];
}

export interface SceneEdge {
  a: string;
  b: string;
  /** Indexes into `graph.links`. */
  links: number[];
  state: LinkState;
  severity?: GraphSeverity;
  counts: Partial<Record<LinkState, number>>;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Expanded groups (the state's, plus those a search opened), with their frame. */
  frames: { group: string; label: string; x: number; y: number; w: number; h: number }[];
  width: number;
  height: number;
  tiers: { name: string; y: number }[];
}

/** The part of elkjs the picture uses (its `ELK` class instance), so that callers bring their own bundle. */
export interface ElkLike {
  layout(graph: ElkGraph): Promise<ElkGraph>;
}

export interface ElkGraph {
  id: string;
  layoutOptions?: Record<string, string>;
  children?: (ElkGraph & { width?: number; height?: number; x?: number; y?: number })[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

// ---------------------------------------------------------------------------------------------
// Groups and their order

/** Devices grouped by tier and pod, in chunks of `GROUP_SIZE`; every device is its own group in a small fabric. */
export function groupsOf(graph: FabricGraph): Group[] {
  const order = graph.devices.map((_, i) => i).sort((x, y) => naturalCompare(graph.devices[x]!.id, graph.devices[y]!.id));
  if (graph.devices.length <= DEVICE_LIMIT) {
    return order.map((i) => ({ id: `d:${graph.devices[i]!.id}`, tier: graph.devices[i]!.tier, members: [i], label: graph.devices[i]!.id }));
  }
  const buckets = new Map<string, number[]>();
  for (const i of order) {
    const d = graph.devices[i]!;
    const key = `${d.tier}\u0000${d.pod}`;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  }
  const out: Group[] = [];
  for (const [key, members] of buckets) {
    const [tier, pod] = key.split('\u0000') as [string, string];
    for (let k = 0; k < members.length; k += GROUP_SIZE) {
      const chunk = members.slice(k, k + GROUP_SIZE);
      out.push({
        id: `g:${tier}:${pod}:${k / GROUP_SIZE}`,
        tier: Number(tier),
        members: chunk,
        label: groupLabel(graph, chunk),
      });
    }
  }
  return out;
}

/**
 * The order of groups within each tier, from elkjs's layered layout of the grouped graph (one partition per
 * tier, so rows stay rows). The grouped graph has at most a few hundred edges, whatever the fabric's size.
 */
export async function layoutGroups(graph: FabricGraph, elk: ElkLike): Promise<GroupOrder> {
  const groups = groupsOf(graph);
  const groupOf = new Int32Array(graph.devices.length);
  groups.forEach((g, gi) => g.members.forEach((d) => (groupOf[d] = gi)));
  const ends = linkDevices(graph);
  // Pairs of groups as one number (upper group × count + lower group): no string per link.
  const pairSet = new Set<number>();
  for (let li = 0; li < graph.links.length; li++) {
    const da = ends.a[li]!;
    const db = ends.b[li]!;
    if (da < 0 || db < 0) continue;
    const a = groupOf[da]!;
    const b = groupOf[db]!;
    if (a === b) continue;
    pairSet.add(groups[a]!.tier <= groups[b]!.tier ? a * groups.length + b : b * groups.length + a);
  }
  const pairs = [...pairSet].sort((x, y) => x - y).map((k): [number, number] => [Math.floor(k / groups.length), k % groups.length]);
  const laid = await elk.layout({
    id: 'fabric',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'POLYLINE',
      'elk.randomSeed': '1',
    },
    children: groups.map((g, i) => ({
      id: String(i),
      width: g.members.length > 1 ? GROUP_W : NODE_W,
      height: NODE_H,
      layoutOptions: { 'elk.partitioning.partition': String(g.tier) },
    })),
    edges: pairs.map(([s, t], i) => ({ id: `e${i}`, sources: [String(s)], targets: [String(t)] })),
  });
  const x = new Map<string, number>();
  for (const c of laid.children ?? []) x.set(c.id, c.x ?? 0);
  const byLayout = rowsBy(groups, graph.tiers.length, (i) => x.get(String(i)) ?? i);
  // Hostname order reads best (leaf1, leaf2 …); it stays unless the library's order crosses fewer links.
  const byName = rowsBy(groups, graph.tiers.length, (i) => i);
  const rows = crossings(byLayout, pairs) < crossings(byName, pairs) ? byLayout : byName;
  return { groups, rows: rows.map((r) => r.map((i) => groups[i]!.id)) };
}

/** "leaf1 – leaf32 (32)": the first and last member in hostname order and how many ("(2 of 6)" when some are hidden). */
function groupLabel(graph: FabricGraph, members: readonly number[], of = members.length): string {
  const first = graph.devices[members[0]!]!.id;
  const count = members.length === of ? `${of}` : `${members.length} of ${of}`;
  if (members.length === 1) return members.length === of ? first : `${first} (${count})`;
  return `${first} – ${graph.devices[members[members.length - 1]!]!.id} (${count})`;
}

/** A group's label for the members the role filter leaves. */
function shownLabel(graph: FabricGraph, g: Group, shown: readonly number[]): string {
  return shown.length === g.members.length ? g.label : groupLabel(graph, shown, g.members.length);
}

/** Group indexes per tier, ordered by `key`. */
function rowsBy(groups: Group[], tiers: number, key: (i: number) => number): number[][] {
  const rows: number[][] = Array.from({ length: tiers }, () => []);
  groups.forEach((g, i) => rows[g.tier]?.push(i));
  for (const r of rows) r.sort((p, q) => key(p) - key(q) || p - q);
  return rows;
}

/** Crossings of straight links between rows, counted pairwise per pair of tiers (the grouped graph is small). */
function crossings(rows: number[][], pairs: [number, number][]): number {
  const pos = new Map<number, number>();
  for (const r of rows) r.forEach((g, i) => pos.set(g, i));
  const byTiers = new Map<string, [number, number][]>();
  const tierOf = new Map<number, number>();
  rows.forEach((r, t) => r.forEach((g) => tierOf.set(g, t)));
  for (const [u, w] of pairs) {
    const key = `${tierOf.get(u)} ${tierOf.get(w)}`;
    (byTiers.get(key) ?? byTiers.set(key, []).get(key)!).push([pos.get(u)!, pos.get(w)!]);
  }
  let n = 0;
  for (const list of byTiers.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if ((list[i]![0] - list[j]![0]) * (list[i]![1] - list[j]![1]) < 0) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// The scene: what is drawn where, in which state

const NODE_W = 108;
const NODE_H = 26;
const GROUP_W = 190;
const GAP = 14;
const ROW_GAP = 150;
const MARGIN = 40;

/** Where everything goes for this state: positions, colours (worst finding under the filter), aggregated links. */
export function scene(graph: FabricGraph, order: GroupOrder, state: PictureState): Scene {
  const f = state.filter;
  const families = f.families ? new Set(f.families) : undefined;
  const severities = f.severities ? new Set(f.severities) : undefined;
  const roles = f.roles ? new Set(f.roles) : undefined;
  const search = f.search?.trim().toLowerCase() ?? '';
  const counts = (i: number): boolean => {
    const x = graph.findings[i]!;
    return (!families || families.has(x.family)) && (!severities || severities.has(x.severity));
  };
  const visible = (d: GraphDevice): boolean => !roles || roles.has(d.role);
  const matches = (d: GraphDevice): boolean => search !== '' && d.id.toLowerCase().includes(search);
  const worstOf = (findings: number[]): GraphSeverity | undefined => {
    let w: GraphSeverity | undefined;
    for (const i of findings) if (counts(i) && worse(graph.findings[i]!.severity, w)) w = graph.findings[i]!.severity;
    return w;
  };

  const groupById = new Map(order.groups.map((g) => [g.id, g]));
  const expanded = new Set(state.expanded);
  if (search) for (const g of order.groups) if (g.members.some((d) => matches(graph.devices[d]!))) expanded.add(g.id);
  const unpairedOf = new Map<string, number[]>();
  graph.unpaired.forEach((u, i) => (unpairedOf.get(u.device) ?? unpairedOf.set(u.device, []).get(u.device)!).push(i));

  const nodes: SceneNode[] = [];
  const frames: Scene['frames'] = [];
  const nodeOfDevice = new Map<number, string>();
  const rowWidths: number[] = [];
  const rowNodes: SceneNode[][] = [];
  order.rows.forEach((row, tier) => {
    const y = MARGIN + tier * ROW_GAP;
    let x = 0;
    const placed: SceneNode[] = [];
    for (const gid of row) {
      const g = groupById.get(gid)!;
      const members = g.members.filter((d) => visible(graph.devices[d]!));
      if (members.length === 0) continue;
      if (members.length === 1 || expanded.has(gid) || g.members.length === 1) {
        const start = x;
        for (const d of members) {
          const dev = graph.devices[d]!;
          const n: SceneNode = {
            id: `d:${dev.id}`,
            kind: 'device',
            devices: [d],
            group: gid,
            label: dev.id,
            x,
            y,
            w: NODE_W,
            h: NODE_H,
            ...optional('worst', worstOf(dev.findings)),
            match: matches(dev),
            unpaired: unpairedOf.get(dev.id) ?? [],
          };
          placed.push(n);
          nodeOfDevice.set(d, n.id);
          x += NODE_W + GAP;
        }
        if (g.members.length > 1)
          frames.push({ group: gid, label: shownLabel(graph, g, members), x: start - 6, y: y - 18, w: x - GAP - start + 12, h: NODE_H + 24 });
        x += GAP;
      } else {
        let worst: GraphSeverity | undefined;
        const unpaired: number[] = [];
        for (const d of members) {
          const w = worstOf(graph.devices[d]!.findings);
          if (w && worse(w, worst)) worst = w;
          unpaired.push(...(unpairedOf.get(graph.devices[d]!.id) ?? []));
        }
        const n: SceneNode = {
          id: gid,
          kind: 'group',
          devices: members,
          group: gid,
          label: shownLabel(graph, g, members),
          x,
          y,
          w: GROUP_W,
          h: NODE_H,
          ...optional('worst', worst),
          match: false,
          unpaired,
        };
        placed.push(n);
        for (const d of members) nodeOfDevice.set(d, gid);
        x += GROUP_W + GAP * 2;
      }
    }
    rowWidths.push(Math.max(0, x - GAP));
    rowNodes.push(placed);
  });
  // Rows are centred on the widest one.
  const width = Math.max(0, ...rowWidths);
  rowNodes.forEach((row, tier) => {
    const dx = MARGIN + (width - rowWidths[tier]!) / 2;
    for (const n of row) n.x += dx;
    for (const fr of frames) if (groupById.get(fr.group)!.tier === tier && row.some((n) => n.group === fr.group)) fr.x += dx;
    nodes.push(...row);
  });

  // Per link: the nodes its ends are drawn in, as node numbers, so that 127,000 links cost no string each.
  const nodeNumber = new Int32Array(graph.devices.length).fill(-1);
  const nodeIds: string[] = [];
  const numberOf = new Map<string, number>();
  for (const [d, id] of nodeOfDevice) {
    let k = numberOf.get(id);
    if (k === undefined) numberOf.set(id, (k = nodeIds.push(id) - 1));
    nodeNumber[d] = k;
  }
  const ends = linkDevices(graph);
  const edges = new Map<number, SceneEdge>();
  const filtered = families !== undefined || severities !== undefined;
  for (let li = 0; li < graph.links.length; li++) {
    const da = ends.a[li]!;
    const db = ends.b[li]!;
    const na = da < 0 ? -1 : nodeNumber[da]!;
    const nb = db < 0 ? -1 : nodeNumber[db]!;
    if (na < 0 || nb < 0 || na === nb) continue;
    const a = nodeIds[na]!;
    const b = nodeIds[nb]!;
    const key = a < b ? na * nodeIds.length + nb : nb * nodeIds.length + na;
    const l = graph.links[li]!;
    // A link without findings has its graph state whatever the filter (consistent or weak).
    const { state: s, severity } = l.findings.length === 0 || !filtered ? { state: l.state, severity: l.severity } : linkState(graph, l, counts);
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { a, b, links: [], state: 'consistent', counts: {} }));
    e.links.push(li);
    e.counts[s] = (e.counts[s] ?? 0) + 1;
    if (LINK_STATES.indexOf(s) < LINK_STATES.indexOf(e.state)) e.state = s;
    if (severity && worse(severity, e.severity)) e.severity = severity;
  }
  return {
    nodes,
    edges: [...edges.values()],
    frames,
    width: width + MARGIN * 2,
    height: MARGIN * 2 + Math.max(0, order.rows.length - 1) * ROW_GAP + NODE_H + 30,
    tiers: graph.tiers.map((name, t) => ({ name, y: MARGIN + t * ROW_GAP })),
  };
}

/** A link's state and worst severity counting only the findings the filter keeps (all, without a filter). */
export function linkState(graph: FabricGraph, l: GraphLink, counts: (finding: number) => boolean = () => true): { state: LinkState; severity?: GraphSeverity } {
  const { state, severity } = linkStateOf(l, graph.findings, counts);
  return { state, ...optional('severity', severity) };
}

// ---------------------------------------------------------------------------------------------
// SVG

/** The scene as a standalone SVG element (a string); classes carry the state, `FABRIC_PICTURE_CSS` the colours. */
export function renderSvg(graph: FabricGraph, s: Scene): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="fabric-picture" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}" role="img" aria-label="fabric topology">`,
  );
  for (const t of s.tiers) out.push(`<text class="tier-label" x="4" y="${t.y - 8}">${esc(t.name)}</text>`);
  const pos = new Map(s.nodes.map((n) => [n.id, n]));
  out.push('<g class="links">');
  const labelled = s.edges.length <= 400;
  // Worse links are drawn last, on top: where an open group fans out hundreds of links, a broken one stays in sight
  // and under the pointer rather than under the consistent links drawn after it. `data-edge` keeps the scene's index.
  const rank = (i: number): number => LINK_STATES.indexOf(s.edges[i]!.state);
  const drawOrder = s.edges.map((_, i) => i).sort((x, y) => rank(y) - rank(x) || x - y);
  for (const i of drawOrder) {
    const e = s.edges[i]!;
    const a = pos.get(e.a)!;
    const b = pos.get(e.b)!;
    const [top, bottom] = a.y <= b.y ? [a, b] : [b, a];
    const x1 = top.x + top.w / 2;
    const y1 = top.y + (top.y === bottom.y ? top.h / 2 : top.h);
    const x2 = bottom.x + bottom.w / 2;
    const y2 = bottom.y + (top.y === bottom.y ? bottom.h / 2 : 0);
    const cls = `link state-${e.state}${e.severity && e.state !== 'consistent' && e.state !== 'weak' ? ` sev-${e.severity}` : ''}${e.links.length > 1 ? ' bundle' : ''}`;
    const title = e.links.length === 1 ? linkTitle(graph.links[e.links[0]!]!) : bundleTitle(e);
    out.push(
      `<g class="${cls}" data-edge="${i}" data-a="${esc(e.a)}" data-b="${esc(e.b)}"><line class="hit" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/><line class="stroke" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/><title>${esc(title)}</title>`,
    );
    if (labelled && (e.state === 'mtu' || e.state === 'pfc' || e.state === 'qos' || e.links.length > 1)) {
      const tag = e.links.length > 1 ? `${e.links.length}${e.state === 'consistent' ? '' : ` ${STATE_TAG[e.state]}`}` : STATE_TAG[e.state];
      // Near the lower end, where links of one upper device have fanned out.
      out.push(`<text class="link-tag" x="${x1 + (x2 - x1) * 0.72 + 4}" y="${y1 + (y2 - y1) * 0.72}">${esc(tag)}</text>`);
    }
    out.push('</g>');
  }
  out.push('</g>');
  // Frames above the links, so that their label (a click folds the group) is never under a link's hit area.
  for (const fr of s.frames)
    out.push(
      `<g class="frame" data-group="${esc(fr.group)}"><rect x="${fr.x}" y="${fr.y}" width="${fr.w}" height="${fr.h}" rx="6"/><text x="${fr.x + 6}" y="${fr.y + 11}">${esc(fr.label)} ▾</text></g>`,
    );
  out.push('<g class="nodes">');
  for (const n of s.nodes) {
    const cls = `node ${n.kind}${n.worst ? ` sev-${n.worst}` : ' clean'}${n.match ? ' match' : ''}`;
    const d = n.kind === 'device' ? graph.devices[n.devices[0]!]! : undefined;
    const title = d ? deviceTitle(d) : `${n.label}: click to show the devices`;
    out.push(`<g class="${cls}" data-node="${esc(n.id)}" tabindex="0"><rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="4"/>`);
    out.push(`<text x="${n.x + n.w / 2}" y="${n.y + n.h / 2 + 4}" text-anchor="middle">${esc(fit(n.label, n.kind === 'group' ? 30 : 16))}</text>`);
    if (n.unpaired.length) {
      const ux = n.x + n.w - 4;
      out.push(
        `<line class="unpaired" x1="${ux}" y1="${n.y + n.h}" x2="${ux}" y2="${n.y + n.h + 14}"/><text class="unpaired-tag" x="${ux + 3}" y="${n.y + n.h + 14}">${n.unpaired.length} unpaired</text>`,
      );
    }
    out.push(`<title>${esc(title)}</title></g>`);
  }
  out.push('</g></svg>');
  return out.join('');
}

const STATE_TAG: Record<LinkState, string> = { mtu: 'MTU', pfc: 'PFC', qos: 'QoS', other: '!', weak: '?', consistent: '' };

/**
 * Colours come from VS Code's theme variables (the webview defines them; the HTML report defines the same
 * names), with fallbacks for a page that has none.
 */
export const FABRIC_PICTURE_CSS = `
.fabric-picture { font: 11px var(--vscode-font-family, sans-serif); user-select: none; }
.fabric-picture text { fill: var(--vscode-editor-foreground, #333); }
.fabric-picture .tier-label { fill: var(--vscode-descriptionForeground, #777); font-weight: bold; text-transform: uppercase; }
.fabric-picture .frame rect { fill: none; stroke: var(--vscode-panel-border, #999); stroke-dasharray: 3 3; }
.fabric-picture .frame { cursor: pointer; }
.fabric-picture .frame text { fill: var(--vscode-descriptionForeground, #777); font-size: 10px; }
.fabric-picture .node { cursor: pointer; }
.fabric-picture .node rect { fill: var(--vscode-editor-background, #fff); stroke: var(--vscode-charts-green, #388a34); stroke-width: 1.5; }
.fabric-picture .node.group rect { stroke-dasharray: 5 2; }
.fabric-picture .node.sev-error rect { stroke: var(--vscode-editorError-foreground, #e51400); stroke-width: 2.5; }
.fabric-picture .node.sev-warning rect { stroke: var(--vscode-editorWarning-foreground, #bf8803); stroke-width: 2.5; }
.fabric-picture .node.sev-info rect, .fabric-picture .node.sev-hint rect { stroke: var(--vscode-editorInfo-foreground, #1a85ff); }
.fabric-picture .node.match rect { fill: var(--vscode-editor-findMatchHighlightBackground, #ea5c0055); }
.fabric-picture .node:focus rect, .fabric-picture .node:hover rect { stroke-width: 3.5; }
.fabric-picture .link { cursor: pointer; }
.fabric-picture .link .hit { stroke: transparent; stroke-width: 10; }
.fabric-picture .link .stroke { stroke-width: 2; pointer-events: none; }
.fabric-picture .link.bundle .stroke { stroke-width: 4; }
.fabric-picture .link.state-consistent .stroke { stroke: var(--vscode-charts-green, #388a34); }
.fabric-picture .link.state-weak .stroke { stroke: var(--vscode-disabledForeground, #888); stroke-dasharray: 4 4; }
.fabric-picture .link.state-other .stroke { stroke: var(--vscode-editorWarning-foreground, #bf8803); stroke-dasharray: 10 3 2 3; }
.fabric-picture .link.state-pfc .stroke { stroke-dasharray: 8 3; }
.fabric-picture .link.state-qos .stroke { stroke-dasharray: 2 3; }
.fabric-picture .link.sev-error .stroke { stroke: var(--vscode-editorError-foreground, #e51400); }
.fabric-picture .link.sev-warning .stroke { stroke: var(--vscode-editorWarning-foreground, #bf8803); }
.fabric-picture .link.sev-info .stroke, .fabric-picture .link.sev-hint .stroke { stroke: var(--vscode-editorInfo-foreground, #1a85ff); }
.fabric-picture .link:hover .stroke { stroke-width: 4; }
.fabric-picture .link-tag { font-size: 10px; font-weight: bold; }
.fabric-picture .unpaired { stroke: var(--vscode-editorWarning-foreground, #bf8803); stroke-dasharray: 2 2; stroke-width: 2; }
.fabric-picture .unpaired-tag { font-size: 9px; fill: var(--vscode-editorWarning-foreground, #bf8803); }
`;

// ---------------------------------------------------------------------------------------------
// Words: titles and the side-by-side comparison of a link's ends

export interface ComparisonRow {
  label: string;
  a: string;
  b: string;
  /** The two ends differ on this row. */
  differs: boolean;
}

/**
 * Both ends of a link side by side: MTU, PFC, what classifies, each contract code point's behaviour and ECN. A row
 * `differs` when the two ends differ in meaning, the facts the rules compare, not in wording: the L3 MTU's value
 * (not "default" or the vendor's written number), the priorities lossless in effect, the header field that
 * classifies (an EOS port trusting DSCP and an NX-OS port with a DSCP policy agree), a code point's meaning (its
 * pause, a rewrite that changes it, a prioritised lossy queue; not local class numbers), and ECN marking of a code
 * point that is lossless at either end (marking a lossy one is a local choice no rule judges). Ends without a value
 * (unknown MTU, a brief graph) do not differ.
 */
export function linkComparison(graph: FabricGraph, l: GraphLink): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const row = (label: string, a: string, b: string, differs: boolean): void => void rows.push({ label, a, b, differs });
  const { a, b } = l;
  row('interface', `${a.device} ${a.interface}`, `${b.device} ${b.interface}`, false);
  row('L3 MTU', mtuText(a), mtuText(b), typeof a.mtu?.value === 'number' && typeof b.mtu?.value === 'number' && a.mtu.value !== b.mtu.value);
  row('PFC', pfcText(a), pfcText(b), a.pfc !== undefined && b.pfc !== undefined && losslessKey(a) !== losslessKey(b));
  const [fa, fb] = [classificationField(a), classificationField(b)];
  row('classified by', classificationText(a), classificationText(b), fa !== undefined && fb !== undefined && fa !== fb);
  graph.contract.forEach((p, i) => {
    const ha = a.hop?.[i];
    const hb = b.hop?.[i];
    const text = (h: typeof ha): string => (h ? `${h.text}${h.local ? ` (${h.local})` : ''}` : '—');
    // A port that classifies by CoS says nothing about a DSCP (the classification row shows that difference).
    const compared = ha !== undefined && hb !== undefined && ha.kind !== 'by-cos' && hb.kind !== 'by-cos';
    row(`DSCP ${p.dscp} (${p.name})`, text(ha), text(hb), compared && meaningOf(ha) !== meaningOf(hb));
    const lossless = ha?.pausedOn !== undefined || hb?.pausedOn !== undefined;
    row(`ECN for DSCP ${p.dscp}`, ha ? (ha.ecn ? 'marks' : 'no') : '—', hb ? (hb.ecn ? 'marks' : 'no') : '—', compared && lossless && ha.ecn !== hb.ecn);
  });
  return rows;
}

/** A code point's meaning at one end; a server older than `meaning` gives the kind and the pause. */
function meaningOf(h: GraphHop): string {
  return h.meaning ?? `${h.kind}|${h.pausedOn ?? ''}`;
}

function losslessKey(e: GraphEnd): string {
  const set = e.pfc?.lossless ?? (e.pfc?.mode.value === 'off' ? [] : (e.pfc?.noDrop ?? []));
  return [...new Set(set)].sort((x, y) => x - y).join(',');
}

/** The header field that classifies at this end; undefined when the graph does not say (a brief end). */
function classificationField(e: GraphEnd): string | undefined {
  return e.classification?.field ?? e.trust?.value;
}

function classificationText(e: GraphEnd): string {
  if (!e.pfc) return '—';
  return e.classification?.text ?? trustText(e);
}

function mtuText(e: GraphEnd): string {
  if (!e.mtu) return '—';
  if (e.mtu.value === null) return 'unknown';
  return `${e.mtu.value}${e.mtu.written !== undefined ? ` (written ${e.mtu.written})` : ''}${e.mtu.defaulted ? ' (default)' : ''}`;
}

function pfcText(e: GraphEnd): string {
  if (!e.pfc) return '—';
  return `${e.pfc.mode.value}${e.pfc.mode.defaulted ? ' (default)' : ''}, no-drop ${e.pfc.noDrop.length ? e.pfc.noDrop.join(',') : 'none'}`;
}

function trustText(e: GraphEnd): string {
  if (!e.pfc) return '—';
  return e.trust ? `${e.trust.value}${e.trust.defaulted ? ' (default)' : ''}` : 'not set';
}

function linkTitle(l: GraphLink): string {
  return `${l.a.device} ${l.a.interface} — ${l.b.device} ${l.b.interface}: ${linkStateLabel(l.state)} (${l.source}: ${l.detail})`;
}

function bundleTitle(e: SceneEdge): string {
  const parts = LINK_STATES.filter((s) => e.counts[s]).map((s) => `${e.counts[s]} ${linkStateLabel(s)}`);
  return `${e.links.length} links: ${parts.join(', ')}`;
}

function deviceTitle(d: GraphDevice): string {
  const c = SEVERITIES.filter((s) => d.counts[s]).map((s) => `${d.counts[s]} ${s}`);
  return `${d.id} (${d.os}, ${d.role}${d.roleSource === 'intent' ? ' by the intent' : ''}): ${c.length ? c.join(', ') : 'no findings'}`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const linkDeviceCache = new WeakMap<FabricGraph, { a: Int32Array; b: Int32Array }>();

/** Per link, the index of each end's device in `graph.devices` (-1 when it is not there), once per graph. */
function linkDevices(graph: FabricGraph): { a: Int32Array; b: Int32Array } {
  let out = linkDeviceCache.get(graph);
  if (out) return out;
  const index = new Map(graph.devices.map((d, i) => [d.id, i]));
  out = { a: new Int32Array(graph.links.length), b: new Int32Array(graph.links.length) };
  graph.links.forEach((l, i) => {
    out!.a[i] = index.get(l.a.device) ?? -1;
    out!.b[i] = index.get(l.b.device) ?? -1;
  });
  linkDeviceCache.set(graph, out);
  return out;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

function fit(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Escapes text for SVG/HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** leaf2 before leaf10: digit runs compare as numbers. */
export function naturalCompare(x: string, y: string): number {
  return x.localeCompare(y, 'en', { numeric: true, sensitivity: 'base' }) || (x < y ? -1 : x > y ? 1 : 0);
}

/** The picture of a graph in one call, for a static page (the HTML report): layout, scene and SVG. */
export async function drawFabric(
  graph: FabricGraph,
  elk: ElkLike,
  state: PictureState = { expanded: new Set(), filter: {} },
): Promise<{ svg: string; scene: Scene; order: GroupOrder }> {
  const order = await layoutGroups(graph, elk);
  const s = scene(graph, order, state);
  return { svg: renderSvg(graph, s), scene: s, order };
}
