import { pairWord, roleIn } from '../../model/interface-roles';
import { neighbourhoodOf } from '../../model/neighbourhood';
import type { Device, Link } from '../../model/types';
import type { Contribution, Finding, RelatedInfo, Rule, RuleContext } from '../types';
import { firstEvidenceRelated } from '../support/links';
import { p2pAddress } from '../support/interfaces';
import { roleOfDevice } from '../support/roles';
import { derivedOf, devicesOf } from '../support/scope';

/** One hop of the device graph: a link between two switches of the workspace, from `from`'s side (interfaces by name). */
interface Hop {
  to: string;
  link: Link;
  here: string;
  there: string;
  /** The link joins the two switches of an MLAG/vPC/CLAG pair. */
  peerLink: boolean;
}

/** What the switch graph is made of at one device: its role, and each of its links to another switch, from its side. */
interface GraphFacts {
  role: string;
  ends: { link: Link; iface: string; to: string; there: string; usable: boolean; peerLink: boolean }[];
}

/**
 * A device's part of the switch graph: its role, and for each of its links to another switch whether its end is up
 * and faces the fabric or the peer-link. The digest also holds what other devices' findings show of it: its ends'
 * lines and the links' evidence (a path through it names them).
 */
function contribute(ctx: RuleContext, device: Device): Contribution {
  const key = device.hostname;
  const role = roleOfDevice(ctx.intent, device);
  const ends: GraphFacts['ends'] = [];
  const digest: string[] = [role];
  for (const link of neighbourhoodOf(ctx.fabric, key).links) {
    if (link.a.device === link.b.device) continue;
    const [self, peer] = link.a.device === key ? [link.a, link.b] : [link.b, link.a];
    const iface = device.interfaces.get(self.interface);
    if (!iface) continue;
    const r = roleIn(ctx.fabric, device, iface).role;
    const usable = iface.adminUp.value && (r === 'fabric' || r === 'peer-link');
    ends.push({ link, iface: self.interface, to: peer.device, there: peer.interface, usable, peerLink: r === 'peer-link' });
    if (usable)
      digest.push(
        `${self.interface} ${peer.device} ${peer.interface} ${r} ${JSON.stringify(iface.block.header)} ${JSON.stringify(firstEvidenceRelated(link))}`,
      );
  }
  return { digest: digest.join('\n'), facts: { role, ends } satisfies GraphFacts };
}

export const rule: Rule = {
  id: 'design/daisy-chain',
  title: 'Leaf that reaches the spine tier only through another switch',
  category: 'design',
  severity: 'warning',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'In a leaf-spine fabric every leaf has its own uplinks to the spine tier, so any two hosts are the same few hops ' +
    'apart and no leaf carries another leaf’s traffic. A leaf that reaches the spines only through another leaf (a ' +
    'leaf-to-leaf link outside an MLAG/vPC pair, a switch hung below a leaf, or a missing tier) adds a hop and shares ' +
    'that leaf’s uplinks: its hosts are oversubscribed twice, and PFC pauses from one leaf spread to the other’s ' +
    'hosts (the congestion-spreading RoCE is most sensitive to).\n\n' +
    'The rule reads the link graph between the switches of the workspace (links of interface role fabric or ' +
    'peer-link) and finds, with one breadth-first search from the spine tier (role `spine`, else `super-spine`), the ' +
    'shortest path of every leaf (role `leaf`). A leaf with no direct link to the spine tier but a path through ' +
    'other switches is reported, with the path in the message and the switches on it as related information. A leaf ' +
    'with a routed point-to-point port whose far end is not in the workspace is not reported: that port may be its ' +
    'uplink to a spine whose configuration is missing. A fabric without a spine tier in the workspace, and a leaf with ' +
    'no path at all, get no finding.',
  messages: {
    chained: '{device} reaches the spine tier only through {via}: {path}',
    peerOnly: '{device} has no uplink of its own: it reaches the spine tier only across its {pair} peer-link to {via}: {path}',
  },
  example: {
    dialect: 'eos',
    config:
      'hostname leaf3\ninterface Ethernet1\n   description P2P_LINK_TO_LEAF2_Ethernet5\n   ip address 10.0.0.9/31\n! leaf3 has no link to spine1 or spine2; leaf2 has',
  },
  contribution: contribute,
  derived: searchFromSpines,
  check(ctx) {
    const fabric = ctx.fabric;
    const search = derivedOf(ctx, contribute, searchFromSpines);
    if (!search) return [];
    const { graph, roleOfKey, sources, toward } = search;
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const key = device.hostname;
      if (roleOfKey.get(key) !== 'leaf') continue;
      const first = toward.get(key);
      // Directly linked (distance 1), a spine itself, or no path at all: nothing to say.
      if (!first || first.distance < 2) continue;
      if (hasUnknownUplink(ctx, device)) continue;
      const hops: Hop[] = [];
      for (let at: string | undefined = key; at !== undefined && !sources.has(at);) {
        const step = toward.get(at);
        if (!step?.hop) break;
        hops.push(step.hop);
        at = step.hop.to;
      }
      const names = (k: string) => fabric.devices.get(k)?.hostname ?? k;
      const path = hops.map((h) => `${h.here} → ${names(h.to)} ${h.there}`).join(', then ');
      // Every neighbour one step nearer the spines is a way up (both switches of an MLAG pair, say).
      const ups = new Set<string>();
      for (const h of graph.get(key) ?? []) if (toward.get(h.to)?.distance === first.distance - 1) ups.add(names(h.to));
      const via = [...ups].sort().join(' and ');
      const related: RelatedInfo[] = [];
      for (const h of hops) {
        const there = fabric.devices.get(h.to)!.interfaces.get(h.there)!;
        related.push({ loc: there.block.header, message: `${names(h.to)} ${h.there} (${roleOfKey.get(h.to)}), next hop of the path` });
        related.push(...firstEvidenceRelated(h.link));
      }
      const onlyPeer = hops[0]!.peerLink && ups.size === 1;
      const data = { device: device.hostname, via, path: `${device.hostname} ${path}`, pair: pairWord(device) };
      const here = device.interfaces.get(hops[0]!.here)!;
      findings.push(ctx.report({ messageId: onlyPeer ? 'peerOnly' : 'chained', data, loc: here.block.header, related }));
    }
    return findings;
  },
};

/** The switch graph, every switch's role and its way to the spine tier: undefined without a spine tier in the workspace. */
type Search = { graph: Map<string, Hop[]>; roleOfKey: Map<string, string>; sources: Set<string>; toward: ReturnType<typeof towardSpines> } | undefined;

/** One search of the whole switch graph from the spine tier, made of the devices' contributions (Rule.derived). */
function searchFromSpines(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): Search {
  const facts = (d: Device): GraphFacts => contributions.get(d)!.facts as GraphFacts;
  const roleOfKey = new Map<string, string>();
  for (const [key, d] of ctx.fabric.devices) roleOfKey.set(key, facts(d).role);
  let spineTier = [...roleOfKey].filter(([, r]) => r === 'spine').map(([k]) => k);
  if (spineTier.length === 0) spineTier = [...roleOfKey].filter(([, r]) => r === 'super-spine').map(([k]) => k);
  if (spineTier.length === 0) return undefined;
  const graph = deviceGraph(ctx, facts);
  return { graph, roleOfKey, sources: new Set(spineTier), toward: towardSpines(graph, spineTier) };
}

/**
 * Links between two switches of the workspace whose ends both face each other as fabric or peer-link (each device's
 * contribution says so for its end), by device key, each device's in link order.
 */
function deviceGraph(ctx: RuleContext, facts: (d: Device) => GraphFacts): Map<string, Hop[]> {
  // A link is usable when both its ends are; a peer-link when either end is.
  const ends = new Map<Link, { usable: number; peerLink: boolean }>();
  for (const d of ctx.fabric.devices.values()) {
    for (const e of facts(d).ends) {
      const x = ends.get(e.link) ?? { usable: 0, peerLink: false };
      if (e.usable) x.usable++;
      x.peerLink ||= e.peerLink;
      ends.set(e.link, x);
    }
  }
  const out = new Map<string, Hop[]>();
  for (const [key, d] of ctx.fabric.devices) {
    const hops: Hop[] = [];
    for (const e of facts(d).ends) {
      const x = ends.get(e.link)!;
      if (x.usable === 2) hops.push({ to: e.to, link: e.link, here: e.iface, there: e.there, peerLink: x.peerLink });
    }
    if (hops.length > 0) out.set(key, hops);
  }
  return out;
}

/**
 * One breadth-first search from every switch of the spine tier at once (a queue, no recursion): each reached switch's
 * distance to the tier and its first hop toward it. Linear in switches and links.
 */
function towardSpines(graph: Map<string, Hop[]>, sources: string[]): Map<string, { distance: number; hop?: Hop }> {
  const out = new Map<string, { distance: number; hop?: Hop }>();
  const queue: string[] = [];
  for (const s of sources) {
    out.set(s, { distance: 0 });
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    const d = out.get(at)!.distance;
    for (const h of graph.get(at) ?? []) {
      if (out.has(h.to)) continue;
      // Seen from the far end, the hop toward `at` leaves through `h.there`.
      out.set(h.to, { distance: d + 1, hop: { to: at, link: h.link, here: h.there, there: h.here, peerLink: h.peerLink } });
      queue.push(h.to);
    }
  }
  return out;
}

/** An up, routed point-to-point port whose far end is not in the workspace: maybe the uplink to a missing spine. */
function hasUnknownUplink(ctx: RuleContext, device: Device): boolean {
  for (const i of device.interfaces.values()) {
    if (!i.adminUp.value || i.kind === 'loopback' || i.kind === 'management') continue;
    if (roleIn(ctx.fabric, device, i).role === 'unknown' && p2pAddress(i)) return true;
  }
  return false;
}
