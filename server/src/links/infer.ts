import type { Loc, Located } from '../model/location';
import type { Device, Endpoint, Interface, IpAddress, LanSegment, LinkEvidence, LinkIssue } from '../model/types';
import { formatIpv4, formatIpv6, isIpv4LinkLocal, isIpv6LinkLocal, parseIpv4, parseIpv6 } from './ip';
import { linearRegExp } from '../model/linear-regex';
import { trimEndChars } from './text';

/** Interfaces that never carry cabling evidence. */
const SKIPPED_KINDS = new Set<Interface['kind']>(['loopback', 'management', 'tunnel', 'vxlan']);

export type InterfaceFilter = (device: string, iface: Interface) => boolean;

interface Bucket {
  family: 4 | 6;
  network: number | bigint;
  length: number;
  vrf: string;
  linkLocal: boolean;
  members: Member[];
}

interface Member {
  device: string;
  iface: Interface;
  address: string;
  loc: Loc;
}

export interface SubnetInference {
  evidence: LinkEvidence[];
  ambiguous: LinkIssue[];
  /** Subnets shared by three or more distinct addresses: multi-access segments. */
  segments: LanSegment[];
  /** Alone in a /31, /30, /127 or /126: reported as 'unpaired' unless another source links the interface. */
  singles: { endpoint: Endpoint; loc: Loc; subnet: string }[];
}

function isP2pLength(family: 4 | 6, length: number): boolean {
  return family === 4 ? length === 31 || length === 30 : length === 127 || length === 126;
}

/**
 * Shared-subnet inference (Batfish's layer-3 adjacency idea, stricter): every address of an
 * up, non-loopback interface is bucketed by (VRF, prefix); /32 and /128, IPv6 link-local and NX-OS anycast-gateway
 * SVIs are skipped. A bucket of exactly two interfaces on two devices with different addresses is a link; three or
 * more distinct addresses are a LAN segment (multi-access evidence, no pair); a point-to-point prefix with more than
 * two distinct addresses is 'ambiguous-subnet'. An address held twice pairs nobody: link/duplicate-address reports
 * it. IPv4 link-local (169.254/16) buckets are reused by every MLAG pair, so only a clean pair of them means anything.
 * One alone in a p2p-length prefix is a candidate for 'unpaired'. One pass over the interfaces, one pass over the buckets.
 */
export function inferSubnetLinks(devices: Map<string, Device>, keep: InterfaceFilter): SubnetInference {
  // (VRF, family, length) → network → bucket: numeric keys, no string per address.
  const tables = new Map<string, Map<number | bigint, Bucket>>();
  const buckets: Bucket[] = [];
  const add = (key: string, iface: Interface, vrf: string, a: Located<IpAddress>) => {
    const { address, prefixLength: len, family } = a.value;
    let network: number | bigint | undefined;
    let addrKey: string;
    if (family === 4) {
      if (len >= 32 || len <= 0) return;
      const v = parseIpv4(address);
      if (v === undefined) return;
      network = (v & ((0xffffffff << (32 - len)) >>> 0)) >>> 0;
      addrKey = String(v);
    } else {
      if (len >= 128 || len <= 0 || isIpv6LinkLocal(address)) return;
      const v = parseIpv6(address);
      if (v === undefined) return;
      network = v & (((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n));
      addrKey = v.toString(16);
    }
    const tableKey = `${vrf}\u0000${family}\u0000${len}`;
    let table = tables.get(tableKey);
    if (!table) tables.set(tableKey, (table = new Map()));
    let b = table.get(network);
    if (!b) {
      table.set(network, (b = { family, network, length: len, vrf, linkLocal: family === 4 && isIpv4LinkLocal(address), members: [] }));
      buckets.push(b);
    }
    b.members.push({ device: key, iface, address: addrKey, loc: a.loc });
  };
  for (const [key, device] of devices) {
    for (const iface of device.interfaces.values()) {
      if (iface.ipv4.length === 0 && iface.ipv6.length === 0) continue;
      if (SKIPPED_KINDS.has(iface.kind) || iface.adminUp.value === false || iface.anycastGateway?.value || !keep(key, iface)) continue;
      const vrf = iface.vrf?.value ?? '';
      for (const a of iface.ipv4) add(key, iface, vrf, a);
      for (const a of iface.ipv6) add(key, iface, vrf, a);
    }
  }
  const out: SubnetInference = { evidence: [], ambiguous: [], segments: [], singles: [] };
  // A p2p subnet alone in a VRF on one device and alone in the default VRF on another: a VRF-lite hand-off (a
  // leaf's VRF unit to a router's global table, as the Junos JVD services leaves to their MX). Two different named
  // VRFs stay unpaired: nothing says they meet.
  const lone = new Map<string, Member[]>();
  for (const b of buckets) {
    const only = b.members[0];
    if (b.members.length !== 1 || !only || !isP2pLength(b.family, b.length)) continue;
    const k = `${b.family}\u0000${b.length}\u0000${b.network}`;
    const list = lone.get(k);
    if (list) list.push(only);
    else lone.set(k, [only]);
  }
  const crossVrf = new Set<Member>();
  for (const list of lone.values()) {
    const [x, y] = list;
    if (list.length !== 2 || !x || !y || x.device === y.device || x.address === y.address) continue;
    if ((x.iface.vrf?.value ?? '') !== '' && (y.iface.vrf?.value ?? '') !== '') continue;
    crossVrf.add(x);
    crossVrf.add(y);
  }
  for (const b of buckets) {
    const subnet = `${typeof b.network === 'number' ? formatIpv4(b.network) : formatIpv6(b.network)}/${b.length}`;
    const m = b.members;
    if (m.length === 1) {
      const only = m[0];
      if (only && crossVrf.has(only)) {
        const k = `${b.family}\u0000${b.length}\u0000${b.network}`;
        const [x, y] = lone.get(k) as [Member, Member];
        if (only === x) {
          const vrfs = [x, y].map((e) => e.iface.vrf?.value ?? 'default').join(' / ');
          out.evidence.push({
            source: 'subnet',
            a: { device: x.device, interface: x.iface.name },
            b: { device: y.device, interface: y.iface.name },
            locs: [x.loc, y.loc],
            detail: `subnet ${subnet} (VRF ${vrfs})`,
          });
        }
        continue;
      }
      if (only && isP2pLength(b.family, b.length)) out.singles.push({ endpoint: { device: only.device, interface: only.iface.name }, loc: only.loc, subnet });
      continue;
    }
    const distinct = m.length === 2 ? (m[0]?.address === m[1]?.address ? 1 : 2) : new Set(m.map((x) => x.address)).size;
    if (m.length === 2 && distinct === 2) {
      const [x, y] = m as [Member, Member];
      if (x.device === y.device) continue; // two interfaces of one device: not a cable (Batfish skips these too)
      out.evidence.push({
        source: 'subnet',
        a: { device: x.device, interface: x.iface.name },
        b: { device: y.device, interface: y.iface.name },
        locs: [x.loc, y.loc],
        detail: `subnet ${subnet}`,
      });
      continue;
    }
    // Duplicates (link/duplicate-address reports them) and reused link-local pairs say nothing about cabling.
    if (distinct < 3 || b.linkLocal) continue;
    const members = m.map((x) => ({ endpoint: { device: x.device, interface: x.iface.name }, loc: x.loc }));
    if (isP2pLength(b.family, b.length)) out.ambiguous.push({ kind: 'ambiguous-subnet', subnet, members });
    else out.segments.push({ subnet, vrf: b.vrf, members: m.map((x, i) => ({ ...members[i]!, address: formatAddress(b.family, x.address) })) });
  }
  return out;
}

function formatAddress(family: 4 | 6, key: string): string {
  return family === 4 ? formatIpv4(Number(key)) : formatIpv6(BigInt(`0x${key}`));
}

export const DEFAULT_DESCRIPTION_PATTERNS: readonly string[] = [
  'P2P_(?:LINK|UPLINK)_TO_(?<peer>[^_\\s]+)_(?<intf>\\S+)',
  'P2P_(?<peer>[^_\\s]+)_(?<intf>\\S+)',
  'facing_(?<peer>[^:\\s]+):(?<intf>\\S+)',
];

const compiled = new Map<string, RegExp | Error>();

/**
 * Compiles a description pattern once per process, on the linear-time engine (model/linear-regex.ts):
 * patterns come from the intent file. An unusable pattern comes back as an Error.
 */
export function compileDescriptionPattern(source: string): RegExp | Error {
  let re = compiled.get(source);
  if (!re) {
    re = linearRegExp(source);
    if (re instanceof Error) re = new Error(`description pattern ${source}: ${re.message}`);
    else if (!source.includes('(?<peer>')) re = new Error(`description pattern needs a (?<peer>…) group: ${source}`);
    compiled.set(source, re);
  }
  return re;
}

/** A description as the patterns see it: without the quotes and `;` a config may leave around it. */
export function descriptionText(description: string): string {
  const start = description.startsWith('"') || description.startsWith("'") ? 1 : 0;
  return trimEndChars(description.slice(start), `"';`);
}

/** The `intf` group of a description match, without trailing punctuation. */
export function peerInterface(groups: Record<string, string | undefined>): string | undefined {
  const intf = groups['intf'];
  return intf === undefined ? undefined : trimEndChars(intf, '",;');
}

/** What a description claims: the peer its name resolves to, that name as written, and the peer interface if named. */
export interface DescriptionClaim<T> {
  peer: T;
  written: string;
  intf?: string;
}

/**
 * The claim of the first pattern (in order) that matches and whose `peer` group names a device `lookup` knows;
 * the interface is left as written. Descriptions naming unknown devices (hosts, `to.ixia…`) claim nothing.
 */
export function descriptionClaim<T>(
  description: string,
  patterns: readonly RegExp[],
  lookup: (name: string) => T | undefined,
): DescriptionClaim<T> | undefined {
  const text = descriptionText(description);
  for (const re of patterns) {
    const g = re.exec(text)?.groups;
    const written = g?.['peer'];
    if (!written) continue;
    const peer = lookup(written);
    if (peer === undefined) continue;
    const intf = peerInterface(g);
    return intf ? { peer, written, intf } : { peer, written };
  }
  return undefined;
}

/** A device name as a description writes it → the workspace device key (case-insensitive, domain-less). */
export type PeerLookup = (name: string) => string | undefined;

/**
 * Description inference: a description's claim (`descriptionClaim`) that names both the peer device and
 * its interface is link evidence; the resolver canonicalizes the interface.
 */
export function inferDescriptionLinks(devices: Map<string, Device>, patterns: readonly RegExp[], peerOf: PeerLookup, keep: InterfaceFilter): LinkEvidence[] {
  const out: LinkEvidence[] = [];
  for (const [key, device] of devices) {
    for (const iface of device.interfaces.values()) {
      const d = iface.description;
      if (!d || !keep(key, iface)) continue;
      const claim = descriptionClaim(d.value, patterns, peerOf);
      if (!claim?.intf) continue;
      out.push({
        source: 'description',
        a: { device: key, interface: iface.name },
        b: { device: claim.peer, interface: claim.intf },
        locs: [d.loc],
        detail: `description "${d.value}"`,
      });
    }
  }
  return out;
}

/**
 * Port-channel pairing: LAG X on A and LAG Y on B are a link when every member of X that has a
 * link goes to a member of Y on B, and every linked member of Y comes back to X. MLAG bundles
 * (members on two peers) therefore give no LAG link.
 */
export function inferPortChannelLinks(devices: Map<string, Device>, links: readonly { a: Endpoint; b: Endpoint }[]): LinkEvidence[] {
  let anyLag = false;
  for (const d of devices.values()) {
    for (const i of d.interfaces.values()) {
      if (i.channelGroup) {
        anyLag = true;
        break;
      }
    }
    if (anyLag) break;
  }
  if (!anyLag) return [];
  const peerOf = new Map<string, Endpoint>();
  const k = (e: Endpoint) => `${e.device}\u0000${e.interface}`;
  for (const l of links) {
    peerOf.set(k(l.a), l.b);
    peerOf.set(k(l.b), l.a);
  }
  // LAG → members, for devices that have any.
  const lagOf = (e: Endpoint): Interface | undefined => {
    const m = devices.get(e.device)?.interfaces.get(e.interface);
    const lag = m?.channelGroup?.value;
    return lag === undefined ? undefined : devices.get(e.device)?.interfaces.get(lag);
  };
  const verdict = new Map<string, { peerDevice: string; peerLag: string; members: { a: Interface; b: Interface }[] } | null>();
  for (const [key, device] of devices) {
    for (const m of device.interfaces.values()) {
      const lagName = m.channelGroup?.value;
      if (lagName === undefined || !device.interfaces.has(lagName)) continue;
      const lagKey = `${key}\u0000${lagName}`;
      if (verdict.get(lagKey) === null) continue;
      const peer = peerOf.get(`${key}\u0000${m.name}`);
      if (!peer) continue;
      const peerIface = devices.get(peer.device)?.interfaces.get(peer.interface);
      const peerLag = lagOf(peer);
      if (!peerIface || !peerLag) {
        verdict.set(lagKey, null);
        continue;
      }
      const v = verdict.get(lagKey);
      if (v === undefined) verdict.set(lagKey, { peerDevice: peer.device, peerLag: peerLag.name, members: [{ a: m, b: peerIface }] });
      else if (v && v.peerDevice === peer.device && v.peerLag === peerLag.name) v.members.push({ a: m, b: peerIface });
      else verdict.set(lagKey, null);
    }
  }
  const out: LinkEvidence[] = [];
  for (const [lagKey, v] of verdict) {
    if (!v) continue;
    const [dev, lag] = lagKey.split('\u0000') as [string, string];
    const back = verdict.get(`${v.peerDevice}\u0000${v.peerLag}`);
    if (!back || back.peerDevice !== dev || back.peerLag !== lag) continue;
    if (`${dev}\u0000${lag}` > `${v.peerDevice}\u0000${v.peerLag}`) continue; // once per pair
    const locs: Loc[] = [];
    for (const m of v.members) {
      if (m.a.channelGroup) locs.push(m.a.channelGroup.loc);
      if (m.b.channelGroup) locs.push(m.b.channelGroup.loc);
    }
    out.push({
      source: 'port-channel',
      a: { device: dev, interface: lag },
      b: { device: v.peerDevice, interface: v.peerLag },
      locs,
      detail: `port-channel members ${v.members.map((m) => `${m.a.name}↔${m.b.name}`).join(', ')}`,
    });
  }
  return out;
}
