import { naturalCompare } from '../common';
import type { LinkState, ReportModel } from './model';
import { STATE_ORDER } from './model';
import { esc } from './escape';

/**
 * The fabric drawn as static SVG for the report: devices in rows by tier (super-spine, spine, border, leaf, then
 * the rest), links coloured by state, devices by their worst finding. Beyond `GROUP_ABOVE` devices each role is
 * one box and the links between two roles one line, coloured by the worst state and labelled with the count per
 * state; a click selects the members in the tables. Text is escaped.
 */
const GROUP_ABOVE = 160;
const TIER_RANK: Record<string, number> = { 'super-spine': 0, spine: 1, border: 2, leaf: 3 };
const NODE_W = 118;
const NODE_H = 30;
const GAP_X = 14;
const ROW_H = 150;
const MARGIN = 24;

export function renderPicture(m: ReportModel): string {
  const roles = [...new Set(m.devices.map((d) => d.role))].sort((a, b) => (TIER_RANK[a] ?? 4) - (TIER_RANK[b] ?? 4) || naturalCompare(a, b));
  return m.devices.length > GROUP_ABOVE ? grouped(m, roles) : detailed(m, roles);
}

function detailed(m: ReportModel, roles: string[]): string {
  const rows = roles.map((r) =>
    m.devices
      .map((d, i) => ({ d, i }))
      .filter((x) => x.d.role === r)
      .sort((x, y) => naturalCompare(x.d.name, y.d.name)),
  );
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = MARGIN * 2 + widest * (NODE_W + GAP_X);
  const height = MARGIN * 2 + Math.max(1, rows.length) * ROW_H - (ROW_H - NODE_H);
  const pos = new Map<number, { x: number; y: number }>();
  rows.forEach((row, r) => {
    const offset = ((widest - row.length) * (NODE_W + GAP_X)) / 2;
    row.forEach((x, k) => pos.set(x.i, { x: MARGIN + offset + k * (NODE_W + GAP_X) + NODE_W / 2, y: MARGIN + r * ROW_H + NODE_H / 2 }));
  });
  const deviceIndex = new Map(m.devices.map((d, i) => [d.name, i]));
  const out: string[] = [svgOpen(width, height, `${m.devices.length} devices, ${m.links.length} links`)];
  // Worst links last, so they are drawn on top.
  const order = m.links.map((l, i) => ({ l, i })).sort((x, y) => STATE_ORDER.indexOf(y.l.state) - STATE_ORDER.indexOf(x.l.state));
  for (const { l, i } of order) {
    const a = pos.get(deviceIndex.get(l.a.device) ?? -1);
    const b = pos.get(deviceIndex.get(l.b.device) ?? -1);
    if (!a || !b) continue;
    const label = `${l.a.device} ${l.a.interface} ↔ ${l.b.device} ${l.b.interface}: ${l.state}`;
    out.push(
      `<line class="link ${l.state}" data-link="${i}" data-label="${esc(label)}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"><title>${esc(label)}</title></line>`,
    );
  }
  m.devices.forEach((d, i) => {
    const p = pos.get(i);
    if (!p) return;
    out.push(
      `<g class="device ${d.worst ?? 'clean'}" data-device="${i}" data-label="${esc(d.name)}" transform="translate(${p.x - NODE_W / 2},${p.y - NODE_H / 2})">` +
        `<title>${esc(`${d.name} (${d.role}, ${d.os}): ${d.counts.error} errors, ${d.counts.warning} warnings`)}</title>` +
        `<rect width="${NODE_W}" height="${NODE_H}" rx="6"></rect>` +
        `<text x="${NODE_W / 2}" y="${NODE_H / 2 + 4}" text-anchor="middle">${esc(clip(d.name, 16))}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

function grouped(m: ReportModel, roles: string[]): string {
  const members = new Map<string, number[]>(roles.map((r) => [r, []]));
  m.devices.forEach((d, i) => members.get(d.role)!.push(i));
  const width = MARGIN * 2 + 3 * (NODE_W * 2);
  const height = MARGIN * 2 + roles.length * ROW_H - (ROW_H - NODE_H * 2);
  const pos = new Map(roles.map((r, k) => [r, { x: width / 2 + (k % 2 ? NODE_W : -NODE_W) * (roles.length > 2 ? 1 : 0), y: MARGIN + k * ROW_H + NODE_H }]));
  const byPair = new Map<string, { a: string; b: string; counts: Map<LinkState, number>; links: number[] }>();
  const roleOf = new Map(m.devices.map((d) => [d.name, d.role]));
  m.links.forEach((l, i) => {
    const [a, b] = [roleOf.get(l.a.device) ?? '?', roleOf.get(l.b.device) ?? '?'].sort();
    const key = `${a}\u0000${b}`;
    let e = byPair.get(key);
    if (!e) byPair.set(key, (e = { a: a!, b: b!, counts: new Map(), links: [] }));
    e.counts.set(l.state, (e.counts.get(l.state) ?? 0) + 1);
    e.links.push(i);
  });
  const out: string[] = [svgOpen(width, height, `${m.devices.length} devices in ${roles.length} roles, ${m.links.length} links`)];
  for (const e of byPair.values()) {
    const pa = pos.get(e.a);
    const pb = pos.get(e.b);
    if (!pa || !pb) continue;
    const worst = STATE_ORDER.find((s) => e.counts.has(s)) ?? 'consistent';
    const label = `${e.a} ↔ ${e.b}: ${STATE_ORDER.filter((s) => e.counts.has(s))
      .map((s) => `${e.counts.get(s)} ${s}`)
      .join(', ')}`;
    const attrs = `data-link="${e.links.join(',')}" data-label="${esc(label)}"`;
    if (e.a === e.b) {
      out.push(
        `<path class="link ${worst}" ${attrs} d="M${pa.x - NODE_W},${pa.y} C${pa.x - NODE_W * 2},${pa.y - 60} ${pa.x - NODE_W * 2},${pa.y + 60} ${pa.x - NODE_W},${pa.y + 8}"><title>${esc(label)}</title></path>`,
      );
      continue;
    }
    out.push(`<line class="link ${worst}" ${attrs} x1="${pa.x}" y1="${pa.y}" x2="${pb.x}" y2="${pb.y}"><title>${esc(label)}</title></line>`);
    out.push(`<text class="edge-label" x="${(pa.x + pb.x) / 2 + 8}" y="${(pa.y + pb.y) / 2}">${esc(label.split(': ')[1] ?? '')}</text>`);
  }
  for (const r of roles) {
    const p = pos.get(r)!;
    const ids = members.get(r)!;
    const worst = (['error', 'warning', 'info', 'hint'] as const).find((s) => ids.some((i) => m.devices[i]!.counts[s] > 0));
    const w = NODE_W * 2;
    const label = `${r}: ${ids.length} devices`;
    out.push(
      `<g class="device ${worst ?? 'clean'}" data-device="${ids.join(',')}" data-label="${esc(label)}" transform="translate(${p.x - w / 2},${p.y - NODE_H})">` +
        `<title>${esc(label)}</title><rect width="${w}" height="${NODE_H * 2}" rx="8"></rect>` +
        `<text x="${w / 2}" y="${NODE_H - 2}" text-anchor="middle">${esc(clip(r, 24))}</text>` +
        `<text class="sub" x="${w / 2}" y="${NODE_H + 14}" text-anchor="middle">${ids.length} devices</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

function svgOpen(width: number, height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-label="${esc(title)}">`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
