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
import { deviceRoles, ownerIn, type InterfaceRole } from './interface-roles';
import { memoizeAround, neighbourhoodOf, ownLinks, type Neighbourhood } from './neighbourhood';
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

/**
 * The capacity of one device (any role; callers choose which devices are leaves). It reads the device, its
 * neighbourhood (roles, far ends), the roles of its peers by name and whether the workspace has a spine tier: kept
 * per device while those are the same.
 */
export function capacityOf(fabric: Fabric, intent: Intent | undefined, device: Device): Capacity {
  if (fabric.devices.get(device.hostname) !== device) return emptyCapacity();
  const around = neighbourhoodOf(fabric, device.hostname);
  const spineTier = hasSpineTier(fabric, intent);
  const hit = kept.get(device);
  if (hit && hit.around === around && hit.intent === intent && hit.spineTier === spineTier) return hit.capacity;
  const capacity = computeCapacity(fabric, intent, device, spineTier);
  kept.set(device, { around, intent, spineTier, capacity });
  return capacity;
}

const kept = new WeakMap<Device, { around: Neighbourhood; intent: Intent | undefined; spineTier: boolean; capacity: Capacity }>();

function emptyCapacity(): Capacity {
  return { host: { gbps: 0, ports: [], unknown: [] }, fabric: { gbps: 0, ports: [], unknown: [] }, peers: new Map() };
}

/** Whether some device of the workspace is a spine or super-spine: once per fabric and intent. */
function hasSpineTier(fabric: Fabric, intent: Intent | undefined): boolean {
  let perIntent = spineTiers.get(fabric);
  if (!perIntent) spineTiers.set(fabric, (perIntent = new Map()));
  let v = perIntent.get(intent);
  if (v === undefined) perIntent.set(intent, (v = [...fabric.devices.values()].some((d) => SPINE_TIER.has(roleOf(intent, d.hostname)))));
  return v;
}

const spineTiers = new WeakMap<Fabric, Map<Intent | undefined, boolean>>();

/** Each interface of the device's far end: its own link's, else its LAG's, else that of a linked unit or subinterface. */
const deviceFarEnds = memoizeAround(function deviceFarEnds(fabric: Fabric, device: Device): Map<Interface, Endpoint> {
  const own = new Map<Interface, Endpoint>();
  for (const [i, l] of ownLinks(fabric, device)) own.set(i, l.peer);
  const out = new Map(own);
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
  return out;
});

/** The far end of the port's link, of its LAG's, or of its linked unit's; undefined when no link names it. */
export function farEndOf(fabric: Fabric, iface: Interface): Endpoint | undefined {
  const device = ownerIn(fabric, iface);
  return device && deviceFarEnds(fabric, device).get(iface);
}

function computeCapacity(fabric: Fabric, intent: Intent | undefined, device: Device, spineTier: boolean): Capacity {
  const roles = deviceRoles(fabric, device);
  const ends = deviceFarEnds(fabric, device);
  const cap = emptyCapacity();
  const tier = roleOf(intent, device.hostname);
  for (const iface of device.interfaces.values()) {
    if (iface.kind !== 'physical' || !iface.adminUp.value) continue;
    const side = sideOf(device, iface, roles);
    if (!side) continue;
    if (side === 'fabric') {
      const peer = ends.get(iface);
      // The peer's role is read from its name (intent roles or hostname conventions), never from its config.
      const peerRole = peer && fabric.devices.has(peer.device) ? roleOf(intent, fabric.devices.get(peer.device)!.hostname) : undefined;
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
  return cap;
}

/** The roles of the spine tier: where a leaf's uplinks go. */
const SPINE_TIER = new Set(['spine', 'super-spine']);

function sideOf(device: Device, iface: Interface, roles: ReadonlyMap<Interface, InterfaceRole>): 'host' | 'fabric' | undefined {
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
