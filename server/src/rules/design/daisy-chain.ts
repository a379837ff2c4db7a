import { interfaceRoles, pairWord } from '../../model/interface-roles';
import type { Device, Fabric, Interface, Link } from '../../model/types';
import type { Finding, RelatedInfo, Rule } from '../types';
import { firstEvidenceRelated } from '../support/links';
import { p2pAddress } from '../support/interfaces';
import { roleOfDevice } from '../support/roles';

/** One hop of the device graph: a link between two switches of the workspace, from `from`'s side. */
interface Hop {
  to: string;
  link: Link;
  here: Interface;
  there: Interface;
  /** The link joins the two switches of an MLAG/vPC/CLAG pair. */
  peerLink: boolean;
}

export const rule: Rule = {
  id: 'design/daisy-chain',
  title: 'Leaf that reaches the spine tier only through another switch',
  category: 'design',
  severity: 'warning',
  scope: 'fabric',
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
  check(ctx) {
    const fabric = ctx.fabric;
    const graph = deviceGraph(fabric);
    const roleOfKey = new Map<string, string>();
    for (const [key, d] of fabric.devices) roleOfKey.set(key, roleOfDevice(ctx.intent, d));
    let spineTier = [...roleOfKey].filter(([, r]) => r === 'spine').map(([k]) => k);
    if (spineTier.length === 0) spineTier = [...roleOfKey].filter(([, r]) => r === 'super-spine').map(([k]) => k);
    if (spineTier.length === 0) return [];
    const sources = new Set(spineTier);
    const toward = towardSpines(graph, spineTier);
    const roles = interfaceRoles(fabric);
    const findings: Finding[] = [];
    for (const [key, device] of [...fabric.devices].sort((a, b) => (a[1].hostname < b[1].hostname ? -1 : a[1].hostname > b[1].hostname ? 1 : 0))) {
      if (ctx.ignored(device) || roleOfKey.get(key) !== 'leaf') continue;
      const first = toward.get(key);
      // Directly linked (distance 1), a spine itself, or no path at all: nothing to say.
      if (!first || first.distance < 2) continue;
      if (hasUnknownUplink(device, roles)) continue;
      const hops: Hop[] = [];
      for (let at: string | undefined = key; at !== undefined && !sources.has(at);) {
        const step = toward.get(at);
        if (!step?.hop) break;
        hops.push(step.hop);
        at = step.hop.to;
      }
      const names = (k: string) => fabric.devices.get(k)?.hostname ?? k;
      const path = hops.map((h) => `${h.here.name} → ${names(h.to)} ${h.there.name}`).join(', then ');
      // Every neighbour one step nearer the spines is a way up (both switches of an MLAG pair, say).
      const ups = new Set<string>();
      for (const h of graph.get(key) ?? []) if (toward.get(h.to)?.distance === first.distance - 1) ups.add(names(h.to));
      const via = [...ups].sort().join(' and ');
      const related: RelatedInfo[] = [];
      for (const h of hops) {
        related.push({ loc: h.there.block.header, message: `${names(h.to)} ${h.there.name} (${roleOfKey.get(h.to)}), next hop of the path` });
        related.push(...firstEvidenceRelated(h.link));
      }
      const onlyPeer = hops[0]!.peerLink && ups.size === 1;
      const data = { device: device.hostname, via, path: `${device.hostname} ${path}`, pair: pairWord(device) };
      findings.push(ctx.report({ messageId: onlyPeer ? 'peerOnly' : 'chained', data, loc: hops[0]!.here.block.header, related }));
    }
    return findings;
  },
};

/** Links between two switches of the workspace whose ends face each other as fabric or peer-link, by device key. */
function deviceGraph(fabric: Fabric): Map<string, Hop[]> {
  const roles = interfaceRoles(fabric);
  const out = new Map<string, Hop[]>();
  const add = (from: string, hop: Hop) => {
    const list = out.get(from);
    if (list) list.push(hop);
    else out.set(from, [hop]);
  };
  for (const link of fabric.links) {
    if (link.a.device === link.b.device) continue;
    const ia = fabric.devices.get(link.a.device)?.interfaces.get(link.a.interface);
    const ib = fabric.devices.get(link.b.device)?.interfaces.get(link.b.interface);
    if (!ia || !ib || !ia.adminUp.value || !ib.adminUp.value) continue;
    const ra = roles.get(ia)?.role;
    const rb = roles.get(ib)?.role;
    const usable = (r: string | undefined) => r === 'fabric' || r === 'peer-link';
    if (!usable(ra) || !usable(rb)) continue;
    const peerLink = ra === 'peer-link' || rb === 'peer-link';
    add(link.a.device, { to: link.b.device, link, here: ia, there: ib, peerLink });
    add(link.b.device, { to: link.a.device, link, here: ib, there: ia, peerLink });
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
function hasUnknownUplink(device: Device, roles: ReturnType<typeof interfaceRoles>): boolean {
  for (const i of device.interfaces.values()) {
    if (!i.adminUp.value || i.kind === 'loopback' || i.kind === 'management') continue;
    if (roles.get(i)?.role === 'unknown' && p2pAddress(i)) return true;
  }
  return false;
}
