import { allCarried, carriedVlans, l2PortOf } from '../../model/l2';
import type { Loc } from '../../model/location';
import { neighbourhoodOf } from '../../model/neighbourhood';
import type { Device, Interface } from '../../model/types';
import { formatVlans, hasVlan, intersect, isEmptyVlanSet, VLAN_MAX, vlanSet, type VlanSet } from '../../model/vlans';
import { roleIn, roleOfInterface } from '../../model/interface-roles';
import type { Contribution, Finding, RelatedInfo, ReportInput, Rule, RuleContext } from '../types';
import { isDataInterface, isRouted } from '../support/interfaces';
import { roleOfDevice } from '../support/roles';
import { bothEnds, l2Links, l2Why, type L2Link } from '../l2/common';
import { where } from '../support/describe';
import { derivedOf } from '../support/scope';

const DEFAULT_SPAN = 2;
const SPINE_ROLES = new Set(['spine', 'super-spine']);

/** A switch-to-switch link and the VLANs that cross it (carried by both ends). */
interface Crossing {
  l: L2Link;
  vlans: VlanSet;
}

function crossings(ctx: RuleContext): Crossing[] {
  const out: Crossing[] = [];
  for (const l of l2Links(ctx.fabric)) {
    if (l.a.iface.mode.value !== 'switched' || l.b.iface.mode.value !== 'switched') continue;
    if (!isDataInterface(ctx, l.a.device, l.a.iface) || !isDataInterface(ctx, l.b.device, l.b.iface)) continue;
    const ca = carriedVlans(l.a.device, l.a.iface);
    const cb = carriedVlans(l.b.device, l.b.iface);
    if (!ca || !cb) continue;
    const vlans = intersect(allCarried(ca), allCarried(cb));
    if (!isEmptyVlanSet(vlans)) out.push({ l, vlans });
  }
  return out;
}

/**
 * The VLAN ranges inside which every VLAN crosses the same links: cut at every start and end of every crossing's
 * ranges, so one union-find per piece answers for all its VLANs.
 */
function pieces(cs: Crossing[]): [number, number][] {
  const cuts = new Set<number>();
  for (const c of cs)
    for (const [a, b] of c.vlans) {
      cuts.add(a);
      cuts.add(b + 1);
    }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i]! <= VLAN_MAX) out.push([sorted[i]!, sorted[i + 1]! - 1]);
  return out;
}

/** Groups of devices joined by the given links (union-find, iterative). */
function components(links: Crossing[]): Device[][] {
  const parent = new Map<Device, Device>();
  const find = (d: Device): Device => {
    let r = d;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let x = d;
    while (parent.get(x) !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const { l } of links) {
    for (const d of [l.a.device, l.b.device]) if (!parent.has(d)) parent.set(d, d);
    const ra = find(l.a.device);
    const rb = find(l.b.device);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<Device, Device[]>();
  for (const d of parent.keys()) {
    const r = find(d);
    const g = groups.get(r);
    if (g) g.push(d);
    else groups.set(r, [d]);
  }
  return [...groups.values()];
}

/** Where a port's VLANs are written: its allowed list, its access VLAN, else its mode line. */
function vlanLoc(port: Interface): Loc {
  if (port.trunkAllowedVlans && !port.trunkAllowedVlans.defaulted) return port.trunkAllowedVlans.loc;
  return port.accessVlan?.loc ?? port.vlanMode?.loc ?? port.block.header;
}

/** True when the spine tier routes: a spine has a routed port facing another switch of the workspace. */
function routedSpines(ctx: RuleContext): boolean {
  for (const d of ctx.fabric.devices.values()) if (SPINE_ROLES.has(roleOfDevice(ctx.intent, d)) && routesToFabric(ctx, d)) return true;
  return false;
}

/** The device has a routed port facing another switch of the workspace. */
function routesToFabric(ctx: RuleContext, d: Device): boolean {
  for (const i of d.interfaces.values()) if (isRouted(i) && isDataInterface(ctx, d, i) && roleOfInterface(ctx.fabric, i).role === 'fabric') return true;
  return false;
}

/**
 * What of a device the switched domains are made of, and what findings on other devices show of it: its role (and,
 * for a spine, whether it routes toward the fabric), and each of its links to another switch whose end is a switched
 * data port carrying VLANs — the link's evidence, the port, its VLANs, the line that writes them, and where spanning
 * tree is off. A port that carries no VLAN to another switch takes part in no domain: an MTU or a routed uplink
 * changing leaves the digest as it was.
 */
function contribute(ctx: RuleContext, device: Device): Contribution {
  const key = device.hostname;
  const role = roleOfDevice(ctx.intent, device);
  const parts = [device.uri, role];
  if (SPINE_ROLES.has(role)) parts.push(`routes ${String(routesToFabric(ctx, device))}`);
  let switched = false;
  for (const link of neighbourhoodOf(ctx.fabric, key).links) {
    if (link.a.device === link.b.device) continue;
    const iface = device.interfaces.get(link.a.device === key ? link.a.interface : link.b.interface);
    if (!iface) continue;
    const port = l2PortOf(device, iface);
    const carried = port.mode.value === 'switched' && isDataInterface(ctx, device, port) ? carriedVlans(device, port) : undefined;
    if (!carried) continue;
    switched = true;
    const evidence = link.evidence.map((e) => e.source).join(',');
    const peerLink = roleIn(ctx.fabric, device, port).role === 'peer-link';
    parts.push(
      [link.a.device, link.a.interface, link.b.device, link.b.interface, link.source, link.detail, evidence, port.name, peerLink].join(' ') +
        JSON.stringify([allCarried(carried), vlanLoc(port), port.stpOff ?? null]),
    );
  }
  if (switched) parts.push(JSON.stringify(device.spanningTree ?? null));
  return { digest: parts.join('\n') };
}

interface Span {
  vlans: [number, number][];
  devices: Device[];
  links: Crossing[];
}

/** Where spanning tree is off on a switched link end, in words, with the line; undefined when it runs. */
function stpOff(device: Device, port: Interface, vlans: VlanSet): { text: string; loc: Loc } | undefined {
  if (port.stpOff) return { text: port.stpOff.value, loc: port.stpOff.loc };
  const st = device.spanningTree;
  if (st && !st.enabled.value) return { text: `spanning tree off on ${device.hostname}`, loc: st.enabled.loc };
  const off = st?.offVlans ? intersect(st.offVlans.value, vlans) : [];
  if (!isEmptyVlanSet(off)) return { text: `spanning tree off for VLAN ${formatVlans(off)}`, loc: st!.offVlans!.loc };
  return undefined;
}

export const rule: Rule = {
  id: 'design/flat-l2',
  title: 'A VLAN stretched across many switches, through the spine tier, or without spanning tree',
  category: 'design',
  severity: 'warning',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'A RoCE fabric keeps Layer 2 small: every switch a VLAN reaches shares its broadcast, unknown-unicast and ' +
    'multicast flooding, its spanning-tree failure domain and, with PFC, its pause storms, which spread hop by hop ' +
    'across the switched domain. Three red flags are reported. (1) A VLAN carried on switched links between switches ' +
    "across more switches than the intent's `maxL2Span` (default 2, one MLAG/vPC pair; without the key the span is " +
    'reported as information), with the switches in the message; VLANs crossing the same links are reported ' +
    'together. (2) A VLAN bridged through a spine in a design whose spine tier routes (a spine has a routed ' +
    'fabric port): the leaf-spine underlay was meant to be Layer 3. (3) Spanning tree switched off on a switched ' +
    'link between switches (`spanning-tree bpdufilter`, `spanning-tree mode none`, `no spanning-tree vlan`, Cumulus ' +
    '`bridge-stp off`): nothing stops a loop once a second path is cabled. MLAG/vPC/CLAG peer-links are part of the ' +
    'span but not of the spanning-tree check (the MLAG peering VLAN is left out of spanning tree by design). A link ' +
    'is counted where both ends carry the VLAN.',
  messages: {
    span: 'VLAN {vlans} spans {count} switches over switched links ({switches}), above {max}{basis}',
    spine: 'VLAN {vlans} is bridged through spine {spine} ({switches}), but the spine tier routes: the Layer 2 domain crosses the routed underlay',
    stpOff: 'Switched link to {peer} carries VLAN {vlans} with {how} — {why}',
  },
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet49\n   description to leaf3\n   switchport mode trunk\n   switchport trunk allowed vlan 10\n! leaf1 - leaf2 - leaf3 all carry VLAN 10 on trunks between them',
    explanation: 'VLAN 10 reaches three switches, one more than maxL2Span allows by default.',
  },
  contribution: contribute,
  derived: judgeFabric,
  check(ctx) {
    // Every verdict, made when a digest moved (Rule.derived); a device judged alone gets its share of them.
    const byUri = derivedOf(ctx, contribute, judgeFabric);
    const findings: Finding[] = [];
    for (const d of ctx.judging ?? ctx.fabric.devices.values()) for (const input of byUri.get(d.uri) ?? []) findings.push(ctx.report(input));
    return findings;
  },
};

/**
 * The findings of the whole fabric, as report inputs by file: the switched domains of every VLAN, and spanning tree
 * on every switched link. They read only what the devices' contributions hold.
 */
function judgeFabric(ctx: RuleContext): Map<string, ReportInput[]> {
  const byUri = new Map<string, ReportInput[]>();
  const report = (input: ReportInput): void => {
    const list = byUri.get(input.loc.uri);
    if (list) list.push(input);
    else byUri.set(input.loc.uri, [input]);
  };
  const cs = crossings(ctx);
  if (cs.length === 0) return byUri;
  const max = ctx.intent?.maxL2Span ?? DEFAULT_SPAN;
  const fromIntent = ctx.intent?.maxL2Span !== undefined;
  const routed = routedSpines(ctx);

  // (1), (2): the switched domain of each piece of the VLAN range, grouped by identical domains.
  const spans = new Map<string, Span>();
  for (const piece of pieces(cs)) {
    const links = cs.filter((c) => hasVlan(c.vlans, piece[0]));
    for (const devices of components(links)) {
      if (devices.length <= max && !(routed && devices.some((d) => SPINE_ROLES.has(roleOfDevice(ctx.intent, d))))) continue;
      devices.sort((x, y) => (x.hostname < y.hostname ? -1 : x.hostname > y.hostname ? 1 : 0));
      const key = devices.map((d) => d.uri).join('\u0000');
      const inside = links.filter((c) => devices.includes(c.l.a.device));
      const s = spans.get(key);
      if (s) s.vlans.push(piece);
      else spans.set(key, { vlans: [piece], devices, links: inside });
    }
  }
  for (const s of spans.values()) {
    const vlans = formatVlans(vlanSet(s.vlans));
    const switches = s.devices.map((d) => d.hostname).join(', ');
    const related: RelatedInfo[] = s.links
      .slice(0, 8)
      .map((c) => ({ loc: vlanLoc(c.l.a.iface), message: `${where(c.l.a)} – ${where(c.l.b)} carries VLAN ${formatVlans(intersect(c.vlans, s.vlans))}` }));
    const first = s.links[0]!;
    const spine = routed
      ? s.devices.find((d) => SPINE_ROLES.has(roleOfDevice(ctx.intent, d)) && s.links.filter((c) => c.l.a.device === d || c.l.b.device === d).length >= 2)
      : undefined;
    if (spine) {
      const c = s.links.find((x) => x.l.a.device === spine || x.l.b.device === spine)!;
      const end = c.l.a.device === spine ? c.l.a : c.l.b;
      report({ messageId: 'spine', data: { vlans, spine: spine.hostname, switches }, loc: vlanLoc(end.iface), related });
    } else if (s.devices.length > max) {
      report({
        messageId: 'span',
        data: {
          vlans,
          count: s.devices.length,
          switches,
          max: `maxL2Span ${max}`,
          basis: fromIntent ? '' : ' (the default; set maxL2Span in fabric-intent.yaml)',
        },
        loc: vlanLoc(first.l.a.iface),
        related: ctx.intent?.locs.maxL2Span ? [{ loc: ctx.intent.locs.maxL2Span, message: `maxL2Span ${max}` }, ...related] : related,
        ...(fromIntent ? {} : { severity: 'info' as const }),
      });
    }
  }

  // (3): spanning tree off on a switched link between switches (peer-links aside).
  for (const c of cs) {
    if (c.l.peerLink) continue;
    for (const [self, other] of bothEnds(c.l)) {
      const off = stpOff(self.device, self.iface, c.vlans);
      if (!off) continue;
      report({
        messageId: 'stpOff',
        data: { peer: where(other), vlans: formatVlans(c.vlans), how: off.text, why: l2Why(c.l), place: `${self.iface.name} (to ${where(other)})` },
        loc: off.loc,
        related: [{ loc: vlanLoc(self.iface), message: `${where(self)} carries VLAN ${formatVlans(c.vlans)}` }],
        // One line behind several links (a device-wide switch, a LAG dual-homed to an MLAG pair): reported once there.
        cause: { loc: off.loc, message: '{how} on {count} switched links to other switches: {places}' },
      });
    }
  }
  return byUri;
}
