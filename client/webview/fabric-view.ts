/**
 * The fabric view's page (bundled by esbuild.mjs into dist/fabric-view.js): filters, the picture
 * (shared/src/fabric-picture.ts), a hover card with both ends of a link, and clicks that ask the extension to open
 * files. Everything drawn comes from the graph as text through escaping or `textContent`; no network.
 */
import { newElk } from '../../shared/src/elk';
import { LINK_STATES, SEVERITIES, linkStateLabel, type FabricGraph, type GraphEnd, type GraphSeverity } from '../../shared/src/fabric-graph';
import {
  FABRIC_PICTURE_CSS,
  linkComparison,
  renderSvg,
  scene,
  layoutGroups,
  type GroupOrder,
  type PictureFilter,
  type Scene,
} from '../../shared/src/fabric-picture';
import type { FromView, ToView } from '../../shared/src/fabric-view-messages';

interface VsCodeApi {
  postMessage(m: FromView): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('fabric-app')!;
const nonce = app.dataset.nonce ?? '';
const elk = newElk();

interface Saved {
  expanded: string[];
  families?: readonly string[];
  severities?: readonly GraphSeverity[];
  roles?: readonly string[];
  search?: string;
}
const saved = (vscode.getState() as Saved | undefined) ?? { expanded: [] };
const expanded = new Set(saved.expanded);
const filter: PictureFilter = {
  ...(saved.families ? { families: saved.families } : {}),
  ...(saved.severities ? { severities: saved.severities } : {}),
  ...(saved.roles ? { roles: saved.roles } : {}),
  ...(saved.search ? { search: saved.search } : {}),
};

let graph: FabricGraph | undefined;
let order: GroupOrder | undefined;
let current: Scene | undefined;
let summaryText = '';
const endsCache = new Map<string, { a: GraphEnd; b: GraphEnd } | null>();

const style = document.createElement('style');
style.nonce = nonce;
style.textContent = `${FABRIC_PICTURE_CSS}
body { padding: 0; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
#bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; padding: 6px 8px;
  background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border); }
#bar fieldset { border: none; margin: 0; padding: 0; display: flex; gap: 6px; align-items: center; }
#bar legend { float: left; margin-right: 4px; color: var(--vscode-descriptionForeground); }
#bar input[type=search] { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); padding: 2px 4px; }
#summary { color: var(--vscode-descriptionForeground); }
#legend { display: flex; gap: 12px; padding: 4px 8px; color: var(--vscode-descriptionForeground); flex-wrap: wrap; }
#legend svg { vertical-align: middle; }
#canvas { overflow: auto; }
#card { position: fixed; z-index: 3; display: none; max-width: 720px; padding: 6px 8px; pointer-events: none;
  background: var(--vscode-editorHoverWidget-background); color: var(--vscode-editorHoverWidget-foreground);
  border: 1px solid var(--vscode-editorHoverWidget-border); }
#card table { border-collapse: collapse; }
#card td, #card th { padding: 1px 6px; text-align: left; vertical-align: top; }
#card tr.differs td { color: var(--vscode-editorError-foreground); font-weight: bold; }
#card .finding { margin-top: 4px; }
.error-text { color: var(--vscode-errorForeground); padding: 8px; }
`;
document.head.appendChild(style);

app.textContent = '';
const bar = el('div', { id: 'bar' });
const legend = el('div', { id: 'legend' });
const canvas = el('div', { id: 'canvas' });
const card = el('div', { id: 'card' });
app.append(bar, legend, canvas, card);

window.addEventListener('message', (e: MessageEvent<ToView>) => {
  const m = e.data;
  if (m.type === 'graph') void show(m.graph);
  else if (m.type === 'linkEnds') {
    endsCache.set(m.key, m.ends);
    if (hovered === m.key && hoveredLink !== undefined) showCard(hoveredLink, lastMouse);
  } else if (m.type === 'error') {
    canvas.textContent = '';
    canvas.append(el('div', { className: 'error-text' }, m.message));
  }
});
vscode.postMessage({ type: 'ready' });

async function show(g: FabricGraph): Promise<void> {
  if (g.version !== 1) {
    canvas.textContent = `This view draws fabric graph version 1; the server sent version ${String(g.version)}.`;
    return;
  }
  const sameShape = graph !== undefined && sameDevicesAndLinks(graph, g);
  graph = g;
  endsCache.clear();
  // Once per graph, not per redraw: a click on a filter or a group redraws, and a large fabric has 127,000 links.
  const errors = g.findings.filter((f) => f.severity === 'error').length;
  const bad = g.links.filter((l) => l.state !== 'consistent' && l.state !== 'weak').length;
  summaryText = `${g.devices.length} devices, ${g.links.length} links (${bad} with findings), ${g.unpaired.length} unpaired ports, ${errors} errors`;
  // A lint that changed findings only keeps the layout; a new device or link lays the groups out again.
  if (!sameShape || !order) order = await layoutGroups(g, elk);
  buildBar(g);
  draw();
}

function sameDevicesAndLinks(x: FabricGraph, y: FabricGraph): boolean {
  if (x.devices.length !== y.devices.length || x.links.length !== y.links.length) return false;
  for (let i = 0; i < x.devices.length; i++) if (x.devices[i]!.id !== y.devices[i]!.id || x.devices[i]!.tier !== y.devices[i]!.tier) return false;
  for (let i = 0; i < x.links.length; i++) if (x.links[i]!.a.device !== y.links[i]!.a.device || x.links[i]!.b.device !== y.links[i]!.b.device) return false;
  return true;
}

function draw(): void {
  if (!graph || !order) return;
  current = scene(graph, order, { expanded, filter });
  canvas.innerHTML = renderSvg(graph, current);
  vscode.setState({ expanded: [...expanded], ...filter } satisfies Saved);
  summary.textContent = summaryText;
  vscode.postMessage({
    type: 'rendered',
    devices: graph.devices.length,
    links: graph.links.length,
    drawnNodes: current.nodes.length,
    drawnEdges: current.edges.length,
  });
}

// ---- filters --------------------------------------------------------------------------------

const summary = el('span', { id: 'summary' });

function buildBar(g: FabricGraph): void {
  bar.textContent = '';
  const search = el('input', { type: 'search', placeholder: 'Find a device', value: filter.search ?? '' }) as HTMLInputElement;
  search.setAttribute('aria-label', 'Find a device');
  search.addEventListener('input', () => {
    if (search.value) filter.search = search.value;
    else delete filter.search;
    draw();
  });
  const families = [...new Set(['mtu', 'pfc', 'qos', 'link', ...g.findings.map((f) => f.family)])];
  const roles = [...new Set(g.devices.map((d) => d.role))].sort();
  bar.append(
    search,
    checks('Rules', families, filter.families, (v) => setOrDelete('families', v, families.length)),
    checks('Severity', [...SEVERITIES], filter.severities, (v) => setOrDelete('severities', v as GraphSeverity[], SEVERITIES.length)),
    checks('Role', roles, filter.roles, (v) => setOrDelete('roles', v, roles.length)),
    summary,
  );
  legend.textContent = '';
  for (const s of LINK_STATES) {
    const sample = `<svg class="fabric-picture" width="34" height="10"><g class="link state-${s}${s === 'consistent' || s === 'weak' ? '' : s === 'other' ? ' sev-warning' : ' sev-error'}"><line class="stroke" x1="2" y1="5" x2="32" y2="5"/></g></svg>`;
    const item = el('span', {});
    item.innerHTML = sample;
    item.append(` ${linkStateLabel(s)}`);
    legend.append(item);
  }
}

function setOrDelete<K extends 'families' | 'severities' | 'roles'>(key: K, values: NonNullable<PictureFilter[K]>, all: number): void {
  filter[key] = values.length === all ? undefined : values;
  draw();
}

function checks(title: string, values: string[], selected: readonly string[] | undefined, changed: (v: string[]) => void): HTMLElement {
  const box = el('fieldset', {});
  box.append(el('legend', {}, title));
  const inputs: HTMLInputElement[] = [];
  for (const v of values) {
    const input = el('input', { type: 'checkbox', checked: !selected || selected.includes(v) }) as HTMLInputElement;
    input.dataset.value = v;
    input.addEventListener('change', () => changed(inputs.filter((i) => i.checked).map((i) => i.dataset.value!)));
    inputs.push(input);
    const label = el('label', {});
    label.append(input, ` ${v}`);
    box.append(label);
  }
  return box;
}

// ---- interaction ----------------------------------------------------------------------------

canvas.addEventListener('click', (e) => {
  if (!graph || !current) return;
  const target = e.target as Element;
  const edge = target.closest('[data-edge]');
  if (edge) {
    const se = current.edges[Number(edge.getAttribute('data-edge'))];
    if (!se) return;
    if (se.links.length === 1) vscode.postMessage({ type: 'openLink', link: se.links[0]! });
    else {
      // A bundle between groups: show the devices at its ends.
      for (const id of [se.a, se.b]) if (id.startsWith('g:')) expanded.add(id);
      draw();
    }
    return;
  }
  const node = target.closest('[data-node]');
  if (node) {
    const id = node.getAttribute('data-node')!;
    if (id.startsWith('g:')) {
      expanded.add(id);
      draw();
    } else vscode.postMessage({ type: 'openDevice', device: id.slice(2) });
    return;
  }
  const frame = target.closest('[data-group]');
  if (frame) {
    expanded.delete(frame.getAttribute('data-group')!);
    draw();
  }
});

canvas.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.target as Element).closest('[data-node]')) (e.target as Element).dispatchEvent(new MouseEvent('click', { bubbles: true }));
});

let hovered: string | undefined;
let hoveredLink: number | undefined;
let lastMouse = { x: 0, y: 0 };

canvas.addEventListener('mousemove', (e) => {
  lastMouse = { x: e.clientX, y: e.clientY };
  const edge = (e.target as Element).closest('[data-edge]');
  const se = edge && current ? current.edges[Number(edge.getAttribute('data-edge'))] : undefined;
  if (!se || se.links.length !== 1) {
    card.style.display = 'none';
    hovered = undefined;
    return;
  }
  showCard(se.links[0]!, lastMouse);
});
canvas.addEventListener('mouseleave', () => {
  card.style.display = 'none';
  hovered = undefined;
});

/** Both ends of the link side by side; values come with the graph, or once per link from the server for a large one. */
function showCard(index: number, at: { x: number; y: number }): void {
  if (!graph) return;
  const l = graph.links[index]!;
  const key = `${l.a.device}\u0000${l.a.interface}\u0000${l.b.device}\u0000${l.b.interface}`;
  hovered = key;
  hoveredLink = index;
  let link = l;
  if (!l.a.mtu) {
    const ends = endsCache.get(key);
    if (ends === undefined) {
      endsCache.set(key, null);
      vscode.postMessage({ type: 'linkEnds', key, a: { device: l.a.device, interface: l.a.interface }, b: { device: l.b.device, interface: l.b.interface } });
    }
    if (ends) link = { ...l, a: ends.a, b: ends.b };
  }
  card.textContent = '';
  card.append(el('div', {}, `${linkStateLabel(l.state)} — link from ${l.detail} (${l.source})`));
  const table = el('table', {});
  for (const r of linkComparison(graph, link)) {
    const tr = el('tr', { className: r.differs ? 'differs' : '' });
    tr.append(el('th', {}, r.label), el('td', {}, r.a), el('td', {}, r.b));
    table.append(tr);
  }
  card.append(table);
  for (const i of l.findings.slice(0, 6)) {
    const f = graph.findings[i]!;
    card.append(el('div', { className: 'finding' }, `${f.severity}: ${f.message} [${f.ruleId}]`));
  }
  card.style.display = 'block';
  card.style.left = `${Math.min(at.x + 14, window.innerWidth - 360)}px`;
  card.style.top = `${Math.min(at.y + 14, window.innerHeight - 200)}px`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  if (text !== undefined) e.textContent = text;
  return e;
}
