/**
 * Interface roles: what each interface of the fabric faces, with the evidence for it, computed once per fabric
 * from the links, the LAN segments, the MLAG/vPC/CLAG pairing, descriptions and addressing. Rules that speak of
 * uplinks, host ports or fabric ports ask this module instead of guessing, and hover and `fabric-lint model` show it.
 *
 * - fabric: an end of a link to another switch of the workspace (the link's own evidence: intent, topology file,
 *   LLDP, subnet, description …), a member or parent of such an interface, or a member of a LAN segment with another
 *   switch of the workspace;
 * - peer-link: the MLAG/vPC/CLAG peer-link, its members and subinterfaces, the peering interface (EOS
 *   `local-interface Vlan4094`), and any link between the two switches of one pair;
 * - management: a management port (Management1, mgmt0, eth0) or an interface in a management VRF;
 * - host: an LLDP neighbour outside the workspace that is a station (enabled capabilities without Bridge or Router, or
 *   a MAC-address port ID with a host's name); a description that names a host (server, GPU, NIC …); a switchport
 *   with no switch of the workspace at its other end; a VLAN interface that is the gateway of a subnet no other switch
 *   shares;
 * - unknown: everything else, e.g. a routed /31 whose peer is not in the workspace (a router, a host or a switch:
 *   the config does not say), or a port whose LLDP neighbour is a bridge or router outside the workspace (an external
 *   switch: never a host, whatever the description or switchport says). Rules must not guess for it.
 *
 * The intent's `interfaces:` (Fabric.roleAssignments) wins over all of this: the first item whose hostname and
 * interface globs match sets the role, and the evidence says so (with the inferred role when it differs).
 */
import { isLinkLocal } from '../links/ip';
import type { Loc } from './location';
import { compileGlobs } from './glob';
import { memoize } from './memo';
import { memoizeAround, neighbourhoodOf, ownLinks, type OwnLink } from './neighbourhood';
import type { Device, Endpoint, ExternalNeighbor, Fabric, Interface, InterfaceRoleAssignment, Link } from './types';

export type InterfaceRoleKind = 'fabric' | 'host' | 'peer-link' | 'management' | 'unknown';

export interface RoleEvidence {
  text: string;
  loc?: Loc;
}

export interface InterfaceRole {
  role: InterfaceRoleKind;
  /**
   * Set when a fabric role is inherited from a unit or subinterface that carries the link (a Junos port whose unit
   * is linked): the port faces the fabric, but its own MTU and PFC are judged through that unit.
   */
  viaSubinterface?: boolean;
  /** Why, most convincing first. Never empty. */
  evidence: RoleEvidence[];
}

/** Words that name a host in a description: server, GPU, NIC, hypervisor, common GPU node names. */
const HOST_WORDS = /(?:^|[^a-z0-9])(hosts?|servers?|srv\d*|gpu\d*|nic\d*|rnic|h100|h200|a100|b200|gb200|dgx|hgx|esxi|hypervisor|bms)(?:$|[^a-z])/i;
/** Names of hosts that send a MAC-address port ID (lldpd on Linux, NIC firmware): the host words, and compute nodes. */
const HOST_NAME = new RegExp(`${HOST_WORDS.source}|(?:^|[^a-z])(nodes?|compute|worker)(?:$|[^a-z])`, 'i');
const MANAGEMENT_VRF = /^(mgmt|management|mgmt-vrf|mgmt_vrf|oob|oob_management)$/i;

type Roles = Map<Interface, InterfaceRole>;

/**
 * Role of every interface of the fabric (by Interface object), for a reader of the whole table (`fabric-lint model`).
 * Each device's roles are computed from the device and its neighbourhood (model/neighbourhood.ts) and kept while both
 * are the same, so a keystroke recomputes one device's; a question about one interface is roleOfInterface's.
 */
export const interfaceRoles = memoize(function interfaceRoles(fabric: Fabric): Roles {
  const roles: Roles = new Map();
  for (const device of fabric.devices.values()) for (const [i, r] of deviceRoles(fabric, device)) roles.set(i, r);
  return roles;
});

/** The roles of one device's interfaces. */
export const deviceRoles = memoizeAround(function deviceRoles(fabric: Fabric, device: Device): ReadonlyMap<Interface, InterfaceRole> {
  const key = device.hostname;
  const around = neighbourhoodOf(fabric, key);
  const linked = ownLinks(fabric, device);
  // A pair's peer-link is a link of both peers: the device's own links say who its peer is.
  const pairOf = new Map<string, string>();
  for (const link of around.links) {
    if (link.source !== 'peer-link') continue;
    pairOf.set(link.a.device, link.b.device);
    pairOf.set(link.b.device, link.a.device);
  }
  const segmentOf = new Map<Interface, { subnet: string; others: Endpoint[]; loc: Loc }>();
  for (const s of around.segments) {
    for (const m of s.members) {
      if (m.endpoint.device !== key) continue;
      const i = device.interfaces.get(m.endpoint.interface);
      const others = s.members.filter((o) => o.endpoint.device !== key).map((o) => o.endpoint);
      if (i && others.length > 0 && !segmentOf.has(i)) segmentOf.set(i, { subnet: s.subnet, others, loc: m.loc });
    }
  }
  const external = new Map<Interface, ExternalNeighbor>();
  for (const n of around.external) {
    const i = device.interfaces.get(n.endpoint.interface);
    if (i && !external.has(i)) external.set(i, n);
  }
  const peerLinks = peerLinkInterfaces(device);
  const groups = groupsOf(device);
  const mine = assignmentsOf(fabric).filter((x) => x.device.test(device.hostname));
  const roles: Roles = new Map();
  for (const iface of device.interfaces.values()) {
    const inferred = classify(key, device, iface, { linked, pairOf, segmentOf, peerLinks, external, ...groups });
    const set = mine.find((x) => x.iface.test(iface.name))?.a;
    roles.set(iface, set ? fromIntent(set, inferred) : inferred);
  }
  return roles;
});

/** The intent's role assignments with their globs compiled, once per assignment list. */
const compiledAssignments = memoize((assignments: InterfaceRoleAssignment[]) =>
  assignments.map((a) => ({ a, device: compileGlobs(a.devices, GLOB), iface: compileGlobs(a.interfaces, GLOB) })),
);

function assignmentsOf(fabric: Fabric): ReturnType<typeof compiledAssignments> {
  return fabric.roleAssignments ? compiledAssignments(fabric.roleAssignments) : [];
}

const GLOB = { nocase: true, braces: true };

/** The intent's role, with the inference kept as secondary evidence when it says otherwise. */
function fromIntent(set: InterfaceRoleAssignment, inferred: InterfaceRole): InterfaceRole {
  const evidence: RoleEvidence[] = [
    { text: `set by the intent (interfaces: ${set.devices.join(', ')} ${set.interfaces.join(', ')} → ${set.role})`, loc: set.loc },
  ];
  if (inferred.role !== set.role)
    evidence.push({ text: `inferred ${inferred.role} without it: ${inferred.evidence[0]!.text}`, loc: inferred.evidence[0]!.loc });
  return { role: set.role, evidence };
}

/** The role of one interface; 'unknown' for an interface the fabric does not hold. */
export function roleOfInterface(fabric: Fabric, iface: Interface): InterfaceRole {
  const device = ownerIn(fabric, iface);
  return (device && deviceRoles(fabric, device).get(iface)) ?? NOT_IN_FABRIC;
}

/** The role of an interface of a device the caller holds (cheaper than roleOfInterface, which looks for the device). */
export function roleIn(fabric: Fabric, device: Device, iface: Interface): InterfaceRole {
  return deviceRoles(fabric, device).get(iface) ?? NOT_IN_FABRIC;
}

/** The device an interface belongs to: a Device object and its interfaces are made together and never change. */
const owners = new WeakMap<Interface, Device>();
const registered = new WeakSet<Device>();

/** Registers the devices this fabric holds that are new since the last fabric (once per fabric: one pass over devices). */
const ownersKnown = memoize(function ownersKnown(fabric: Fabric): { value: true } {
  for (const d of fabric.devices.values()) {
    if (registered.has(d)) continue;
    registered.add(d);
    for (const i of d.interfaces.values()) owners.set(i, d);
  }
  return { value: true };
});

/** The device of this fabric the interface belongs to; undefined for an interface of a device the fabric does not hold. */
export function ownerIn(fabric: Fabric, iface: Interface): Device | undefined {
  ownersKnown(fabric);
  const d = owners.get(iface);
  return d && fabric.devices.get(d.hostname) === d ? d : undefined;
}

const NOT_IN_FABRIC: InterfaceRole = { role: 'unknown', evidence: [{ text: 'not part of the linted fabric' }] };

interface Facts {
  linked: ReadonlyMap<Interface, OwnLink>;
  pairOf: ReadonlyMap<string, string>;
  segmentOf: Map<Interface, { subnet: string; others: Endpoint[]; loc: Loc }>;
  peerLinks: Map<string, RoleEvidence>;
  external: Map<Interface, ExternalNeighbor>;
  /** The device's interfaces by the LAG they are members of, and by the port they are units of (device order). */
  members: Map<string, Interface[]>;
  children: Map<string, Interface[]>;
}

/** Members of each LAG and units of each port, so that no interface scans its whole device for them. */
function groupsOf(device: Device): Pick<Facts, 'members' | 'children'> {
  const members = new Map<string, Interface[]>();
  const children = new Map<string, Interface[]>();
  const add = (m: Map<string, Interface[]>, key: string, i: Interface) => {
    const list = m.get(key);
    if (list) list.push(i);
    else m.set(key, [i]);
  };
  for (const i of device.interfaces.values()) {
    if (i.channelGroup) add(members, i.channelGroup.value, i);
    if (i.parent) add(children, i.parent, i);
  }
  return { members, children };
}

/** Interfaces of a device that belong to its MLAG/vPC/CLAG peering, with the line that says so. */
function peerLinkInterfaces(device: Device): Map<string, RoleEvidence> {
  const out = new Map<string, RoleEvidence>();
  const g = device.peerGroup;
  if (!g) return out;
  const word = pairWord(device);
  if (g.peerLink) {
    const pl = g.peerLink.value;
    out.set(pl, { text: `${word} peer-link`, loc: g.peerLink.loc });
    for (const i of device.interfaces.values()) {
      if (i.channelGroup?.value === pl) out.set(i.name, { text: `member of ${word} peer-link ${pl}`, loc: i.channelGroup.loc });
      else if (i.parent === pl) out.set(i.name, { text: `subinterface of ${word} peer-link ${pl}`, loc: g.peerLink.loc });
    }
  }
  if (g.localInterface) out.set(g.localInterface.value, { text: `${word} peering interface`, loc: g.localInterface.loc });
  return out;
}

function classify(key: string, device: Device, iface: Interface, f: Facts): InterfaceRole {
  if (iface.kind === 'management') return { role: 'management', evidence: [{ text: 'management port', loc: iface.block.header }] };
  if (iface.vrf && MANAGEMENT_VRF.test(iface.vrf.value))
    return { role: 'management', evidence: [{ text: `in management VRF ${iface.vrf.value}`, loc: iface.vrf.loc }] };

  const pl = f.peerLinks.get(iface.name);
  if (pl) return { role: 'peer-link', evidence: [pl] };
  const own = f.linked.get(iface);
  const word = pairWord(device);
  if (own && f.pairOf.get(key) === own.peer.device) {
    // Both peers of a pair are gateways of their tenant VLANs, so a tenant SVI's subnet "links" them; only a
    // point-to-point or link-local peering subnet is the pair's own link.
    if (iface.kind === 'svi' && isTenantGateway(iface)) {
      const a = [...iface.ipv4, ...iface.ipv6].find((x) => !x.value.secondary);
      return {
        role: 'host',
        evidence: [
          {
            text: `VLAN gateway ${a ? `${a.value.address}/${a.value.prefixLength} ` : ''}shared with its ${word} peer ${own.peer.device} ${own.peer.interface}; no other switch of the workspace in that subnet`,
            loc: a?.loc ?? iface.block.header,
          },
        ],
      };
    }
    return {
      role: 'peer-link',
      evidence: [{ text: `link to ${own.peer.device} ${own.peer.interface}, its ${word} peer (${own.link.detail})`, loc: own.link.evidence[0]?.locs[0] }],
    };
  }
  // Two switches' VLAN interfaces in one subnet wider than a point-to-point prefix are the redundant gateways of
  // that VLAN (HSRP/VRRP pairs of a vPC or MLAG pair): the VLAN faces hosts, as with three or more gateways below.
  if (own && iface.kind === 'svi' && !hasP2pAddress(iface)) {
    return {
      role: 'host',
      evidence: [
        { text: `gateway of a VLAN subnet shared with ${own.peer.device} ${own.peer.interface} (${own.link.detail})`, loc: own.link.evidence[0]?.locs[0] },
      ],
    };
  }
  if (own) return { role: 'fabric', evidence: linkEvidence(own.peer, own.link) };

  // A LAG member answers for its LAG and a LAG for its members; a Junos unit for its port and back.
  const onPair = (l: { peer: Endpoint }) => (f.pairOf.get(key) === l.peer.device ? 'peer-link' : 'fabric');
  const lag = iface.channelGroup ? device.interfaces.get(iface.channelGroup.value) : undefined;
  const viaLag = lag && f.linked.get(lag);
  if (viaLag)
    return { role: onPair(viaLag), evidence: [{ text: `member of ${lag.name}`, loc: iface.channelGroup?.loc }, ...linkEvidence(viaLag.peer, viaLag.link)] };
  const parent = iface.parent ? device.interfaces.get(iface.parent) : undefined;
  const viaParent = parent && f.linked.get(parent);
  if (viaParent) return { role: onPair(viaParent), evidence: [{ text: `on ${parent.name}` }, ...linkEvidence(viaParent.peer, viaParent.link)] };
  const members: { m: Interface; l: { link: Link; peer: Endpoint } }[] = [];
  const children: { m: Interface; l: { link: Link; peer: Endpoint } }[] = [];
  for (const m of f.members.get(iface.name) ?? []) {
    const l = f.linked.get(m);
    if (l) members.push({ m, l });
  }
  for (const m of f.children.get(iface.name) ?? []) {
    const l = f.linked.get(m);
    if (l) children.push({ m, l });
  }
  const via = members[0] ?? children[0];
  if (via) {
    const what = members.length > 0 ? `member ${via.m.name}` : `unit ${via.m.name}`;
    return {
      role: onPair(via.l),
      ...(members.length > 0 ? {} : { viaSubinterface: true }),
      evidence: [{ text: `${what} linked to ${via.l.peer.device} ${via.l.peer.interface}` }, ...linkEvidence(via.l.peer, via.l.link)],
    };
  }
  const seg = f.segmentOf.get(iface);
  if (seg && iface.kind === 'svi') {
    const names = seg.others.slice(0, 3).map((e) => `${e.device} ${e.interface}`);
    return {
      role: 'host',
      evidence: [
        {
          text: `gateway of VLAN subnet ${seg.subnet}, shared with the gateways ${names.join(', ')}${seg.others.length > 3 ? ` and ${seg.others.length - 3} more` : ''}`,
          loc: seg.loc,
        },
      ],
    };
  }
  if (seg) {
    const names = seg.others.slice(0, 3).map((e) => `${e.device} ${e.interface}`);
    return {
      role: 'fabric',
      evidence: [
        { text: `LAN segment ${seg.subnet} shared with ${names.join(', ')}${seg.others.length > 3 ? ` and ${seg.others.length - 3} more` : ''}`, loc: seg.loc },
      ],
    };
  }

  const lldp = lldpRole(iface, parent, f);
  if (lldp) return lldp;

  if (iface.description && HOST_WORDS.test(iface.description.value)) {
    return { role: 'host', evidence: [{ text: `description "${iface.description.value}" names a host`, loc: iface.description.loc }] };
  }
  if (iface.kind === 'physical' || iface.kind === 'port-channel') {
    if (iface.mode.value === 'switched') {
      const mode = iface.switchportMode?.value ?? (iface.accessVlan ? 'access' : undefined);
      const text = `switchport${mode ? ` (${mode})` : ''} with no switch of the workspace at its other end`;
      return { role: 'host', evidence: [{ text, loc: iface.switchportMode?.loc ?? iface.accessVlan?.loc ?? iface.mode.loc }] };
    }
  }
  if (iface.kind === 'svi') {
    const addresses = [...iface.ipv4, ...iface.ipv6];
    if (!hasP2pAddress(iface)) {
      const a = addresses.find((x) => !x.value.secondary);
      const text = a
        ? `VLAN gateway ${a.value.address}/${a.value.prefixLength}; no other switch of the workspace in that subnet`
        : 'VLAN interface; no switch of the workspace on it';
      return { role: 'host', evidence: [{ text, loc: a?.loc ?? iface.anycastGateway?.loc ?? iface.block.header }] };
    }
  }
  return { role: 'unknown', evidence: [unknownWhy(iface)] };
}

/**
 * What an LLDP neighbour outside the workspace says the port faces: a host when it is a station (capabilities
 * enabled, none of them Bridge or Router; or a MAC-address port ID and a host's name), an external switch (unknown,
 * never host) when it bridges or routes. A unit asks its port, a LAG its members. Undefined when LLDP does not tell.
 */
function lldpRole(iface: Interface, parent: Interface | undefined, f: Facts): InterfaceRole | undefined {
  const external = f.external;
  let seen = external.get(iface) ?? (parent ? external.get(parent) : undefined);
  let via = '';
  if (!seen && iface.kind === 'port-channel') {
    for (const m of f.members.get(iface.name) ?? []) {
      const n = external.get(m);
      if (n) {
        seen = n;
        via = `member ${m.name}: `;
        break;
      }
    }
  }
  if (!seen) return undefined;
  const a = seen.advert;
  const caps = a.capabilities;
  const what = `${via}LLDP neighbour ${a.systemName} (port ${a.portId}${a.portIdKind === 'mac' ? ', a MAC address' : ''}${caps ? `; capabilities ${caps.length > 0 ? caps.join(', ') : 'none enabled'}` : ''})`;
  if (caps?.some((c) => c === 'bridge' || c === 'router')) {
    return { role: 'unknown', evidence: [{ text: `${what} is a switch or router outside the workspace`, loc: seen.loc }] };
  }
  if (caps && caps.length > 0) return { role: 'host', evidence: [{ text: `${what} is a station, not a switch`, loc: seen.loc }] };
  if (a.portIdKind === 'mac' && HOST_NAME.test(a.systemName)) {
    return { role: 'host', evidence: [{ text: `${what} names a host and sends a MAC-address port ID`, loc: seen.loc }] };
  }
  return undefined;
}

function hasP2pAddress(iface: Interface): boolean {
  return [...iface.ipv4, ...iface.ipv6].some((x) => isP2pLength(x.value.family, x.value.prefixLength));
}

/** What the pairing of a device is called in messages: MLAG, vPC or CLAG. */
export function pairWord(device: Device): string {
  const k = device.peerGroup?.kind;
  return k === 'vpc' ? 'vPC' : k === 'clag' ? 'CLAG' : 'MLAG';
}

/** An SVI whose addressing is a VLAN gateway (an anycast gateway, or no point-to-point or link-local address). */
function isTenantGateway(iface: Interface): boolean {
  if (iface.anycastGateway?.value) return true;
  const addresses = [...iface.ipv4, ...iface.ipv6];
  return addresses.length > 0 && !addresses.some((x) => isP2pLength(x.value.family, x.value.prefixLength) || isLinkLocal(x.value.address, x.value.family));
}

function isP2pLength(family: 4 | 6, length: number): boolean {
  return family === 4 ? length >= 30 : length >= 126;
}

function linkEvidence(peer: Endpoint, link: Link): RoleEvidence[] {
  const out: RoleEvidence[] = [{ text: `linked to ${peer.device} ${peer.interface} (${link.detail})`, loc: link.evidence[0]?.locs[0] }];
  for (const ev of link.evidence.slice(1, 3)) out.push({ text: `also ${ev.detail}`, loc: ev.locs[0] });
  return out;
}

function unknownWhy(iface: Interface): RoleEvidence {
  if (iface.kind === 'loopback' || iface.kind === 'tunnel' || iface.kind === 'vxlan' || iface.kind === 'other')
    return { text: `${iface.kind} interface: faces nothing` };
  const p2p = [...iface.ipv4, ...iface.ipv6].find((x) => isP2pLength(x.value.family, x.value.prefixLength));
  if (p2p) return { text: `routed ${p2p.value.address}/${p2p.value.prefixLength}, but nothing in the workspace is at the other end`, loc: p2p.loc };
  return { text: 'no link, LAN segment, peer-link, description or switchport says what it faces' };
}
