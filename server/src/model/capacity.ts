/**
 * A leaf's capacity: the line rate of its host-facing ports against that of its fabric-facing ports, from the
 * interface roles (model/interface-roles) and the port speeds (Interface.speed). Computed for design/oversubscription
 * and the hover on a hostname, so both say the same thing.
 *
 * Counted: physical ports that are up (not shut) — the members of a LAG, not the LAG; a port whose unit or
 * subinterface carries the link. Host-facing: role host, or a member of a LAG whose role is host. Fabric-facing: role
 * fabric, to the spine tier (role spine or super-spine) when the workspace has one, else to any device of another
 * role: a leaf-to-leaf link is no path to the spine tier (design/daisy-chain judges it), and a link to an external
 * router or gateway carries north-south traffic, not the leaf's uplink capacity. MLAG/vPC peer-links, management and unknown ports are neither. A port of unknown speed is counted apart,
 * never guessed.
 */
import { roleOf } from '../intent/roles';
import type { Intent } from '../intent/types';
import { interfaceRoles, type InterfaceRole } from './interface-roles';
import { memoize } from './memo';
import type { Device, Endpoint, Fabric, Interface } from './types';

export interface CapacitySide {
  /** Sum of the known speeds, Gb/s. */
  gbps: number;
  /** Ports of known speed. */
  ports: Interface[];
  /** Ports whose speed the files do not give. */
  unknown: Interface[];
}

export interface Capacity {
  host: CapacitySide;
  fabric: CapacitySide;
  /** The fabric-facing ports' far ends (device key, interface key), by port. */
  peers: Map<Interface, Endpoint>;
  /** host.gbps / fabric.gbps, when both sides have ports and the fabric side a known capacity. */
  ratio?: number;
}

/** The capacity of one device (any role; callers choose which devices are leaves). */
export function capacityOf(fabric: Fabric, intent: Intent | undefined, device: Device): Capacity {
  return capacities(fabric, intent).get(device) ?? emptyCapacity();
}

function emptyCapacity(): Capacity {
  return { host: { gbps: 0, ports: [], unknown: [] }, fabric: { gbps: 0, ports: [], unknown: [] }, peers: new Map() };
}

const byIntent = new WeakMap<Fabric, Map<Intent | undefined, Map<Device, Capacity>>>();

function capacities(fabric: Fabric, intent: Intent | undefined): Map<Device, Capacity> {
  let perIntent = byIntent.get(fabric);
  if (!perIntent) byIntent.set(fabric, (perIntent = new Map()));
  let out = perIntent.get(intent);
  if (!out) perIntent.set(intent, (out = computeCapacities(fabric, intent)));
  return out;
}

/**
 * Each interface's far end: its own link's, else its LAG's, else that of a linked unit or subinterface. Computed once
 * per fabric, so a rule asking for many ports scans the links once.
 */
const farEnds = memoize(function farEnds(fabric: Fabric): Map<Interface, Endpoint> {
  const own = new Map<Interface, Endpoint>();
  for (const link of fabric.links) {
    const ia = fabric.devices.get(link.a.device)?.interfaces.get(link.a.interface);
    const ib = fabric.devices.get(link.b.device)?.interfaces.get(link.b.interface);
    if (ia) own.set(ia, link.b);
    if (ib) own.set(ib, link.a);
  }
  const out = new Map(own);
  for (const device of fabric.devices.values()) {
    const viaUnit = new Map<string, Endpoint>();
    for (const i of device.interfaces.values()) {
      const e = i.parent ? own.get(i) : undefined;
      if (e && i.parent && !viaUnit.has(i.parent)) viaUnit.set(i.parent, e);
    }
    for (const i of device.interfaces.values()) {
      if (out.has(i)) continue;
      const lag = i.channelGroup ? device.interfaces.get(i.channelGroup.value) : undefined;
      const e = (lag ? own.get(lag) : undefined) ?? viaUnit.get(i.name);
      if (e) out.set(i, e);
    }
  }
  return out;
});

/** The far end of the port's link, of its LAG's, or of its linked unit's; undefined when no link names it. */
export function farEndOf(fabric: Fabric, iface: Interface): Endpoint | undefined {
  return farEnds(fabric).get(iface);
}

function computeCapacities(fabric: Fabric, intent: Intent | undefined): Map<Device, Capacity> {
  const roles = interfaceRoles(fabric);
  const ends = farEnds(fabric);
  const out = new Map<Device, Capacity>();
  const spineTier = [...fabric.devices.values()].some((d) => SPINE_TIER.has(roleOf(intent, d.hostname)));
  for (const device of fabric.devices.values()) {
    const cap = emptyCapacity();
    const tier = roleOf(intent, device.hostname);
    for (const iface of device.interfaces.values()) {
      if (iface.kind !== 'physical' || !iface.adminUp.value) continue;
      const side = sideOf(device, iface, roles);
      if (!side) continue;
      if (side === 'fabric') {
        const peer = ends.get(iface);
        const peerDevice = peer ? fabric.devices.get(peer.device) : undefined;
        const peerRole = peerDevice ? roleOf(intent, peerDevice.hostname) : undefined;
        if (spineTier ? !peerRole || !SPINE_TIER.has(peerRole) : peerRole === tier) continue;
        if (peer) cap.peers.set(iface, peer);
      }
      const s = cap[side];
      if (iface.speed) {
        s.gbps += iface.speed.gbps;
        s.ports.push(iface);
      } else s.unknown.push(iface);
    }
    if (cap.host.ports.length > 0 && cap.fabric.gbps > 0) cap.ratio = cap.host.gbps / cap.fabric.gbps;
    out.set(device, cap);
  }
  return out;
}

/** The roles of the spine tier: where a leaf's uplinks go. */
const SPINE_TIER = new Set(['spine', 'super-spine']);

function sideOf(device: Device, iface: Interface, roles: Map<Interface, InterfaceRole>): 'host' | 'fabric' | undefined {
  const r = roles.get(iface)?.role;
  if (r === 'fabric') return 'fabric';
  if (r === 'host') return 'host';
  if (r !== 'unknown') return undefined;
  const lag = iface.channelGroup ? device.interfaces.get(iface.channelGroup.value) : undefined;
  return lag && roles.get(lag)?.role === 'host' ? 'host' : undefined;
}

/** "2.4:1", "1:1", "0.5:1". */
export function formatRatio(ratio: number): string {
  return `${Number(ratio.toFixed(2))}:1`;
}
