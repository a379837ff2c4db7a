/**
 * A device's neighbourhood: everything beyond the device itself that the facts of its own interfaces are made of —
 * the links it is an end of (both ends present in the workspace), the LAN segments it is a member of, and the LLDP
 * neighbours outside the workspace seen on its ports. Interface roles, the ports that carry lossless traffic and the
 * rules that read one device depend on the device and this, and on nothing else of the fabric (the names at the far
 * ends, never the far devices' config).
 *
 * The engine keeps one NeighbourhoodTracker from lint to lint and sets `Fabric.neighbourhoods`: a device whose
 * neighbourhood is element for element the same as at the last lint gets the same object, so a fact cached per
 * Device object and neighbourhood (memoizeAround) survives every keystroke that does not touch it. Link resolution
 * hands back the same Link and segment objects while they are the same (engine/link-cache.ts).
 */
import { memoize } from './memo';
import type { Device, Endpoint, ExternalNeighbor, Fabric, Interface, LanSegment, Link } from './types';

export interface Neighbourhood {
  /** Links with this device at one end, in fabric order; a link from the device to itself appears once. */
  readonly links: readonly Link[];
  readonly segments: readonly LanSegment[];
  readonly external: readonly ExternalNeighbor[];
}

const NOBODY: Neighbourhood = Object.freeze({ links: [], segments: [], external: [] });

/** The device's neighbourhood in this fabric (hostname as in `Fabric.devices`). */
export function neighbourhoodOf(fabric: Fabric, hostname: string): Neighbourhood {
  return (fabric.neighbourhoods ?? computed(fabric)).get(hostname) ?? NOBODY;
}

/** Fabrics built without the engine (tests, tools): computed once per fabric, new objects every time. */
const computed = memoize((fabric: Fabric) => gather(fabric));

interface Lists {
  links: Link[];
  segments: LanSegment[];
  external: ExternalNeighbor[];
}

function gather(fabric: Fabric): Map<string, Neighbourhood> {
  const lists = new Map<string, Lists>();
  const of = (hostname: string): Lists => {
    let l = lists.get(hostname);
    if (!l) {
      l = { links: [], segments: [], external: [] };
      lists.set(hostname, l);
    }
    return l;
  };
  for (const link of fabric.links) {
    const da = fabric.devices.get(link.a.device);
    const db = fabric.devices.get(link.b.device);
    if (!da?.interfaces.has(link.a.interface) || !db?.interfaces.has(link.b.interface)) continue;
    of(link.a.device).links.push(link);
    if (link.b.device !== link.a.device) of(link.b.device).links.push(link);
  }
  for (const seg of fabric.segments ?? []) {
    let last: string | undefined;
    for (const m of seg.members) {
      // Members of one device are adjacent or not; a Set would cost more than it saves on segments of two or three.
      if (m.endpoint.device === last) continue;
      last = m.endpoint.device;
      const l = of(m.endpoint.device);
      if (l.segments[l.segments.length - 1] !== seg) l.segments.push(seg);
    }
  }
  for (const n of fabric.externalNeighbors ?? []) of(n.endpoint.device).external.push(n);
  return lists;
}

/**
 * Keeps neighbourhoods from one lint to the next (see the module comment). LLDP neighbours outside the workspace are
 * made afresh on every lint, so they are compared by content; links and segments by identity.
 */
export class NeighbourhoodTracker {
  private last = new Map<string, Neighbourhood>();
  private lastInputs: { links: Link[]; segments: LanSegment[] | undefined; external: string; devices: Map<string, Device> } | undefined;

  of(fabric: Fabric): ReadonlyMap<string, Neighbourhood> {
    const external = JSON.stringify(fabric.externalNeighbors ?? []);
    const inputs = { links: fabric.links, segments: fabric.segments, external, devices: fabric.devices };
    const before = this.lastInputs;
    // The same links, segments and neighbours: only an edited device can change whether a link's end is present.
    if (
      before &&
      before.links === inputs.links &&
      before.segments === inputs.segments &&
      before.external === external &&
      sameInterfaceNames(before.devices, fabric.devices)
    ) {
      this.lastInputs = { ...inputs, devices: new Map(fabric.devices) };
      return this.last;
    }
    const next = new Map<string, Neighbourhood>();
    for (const [hostname, l] of gather(fabric)) {
      const old = this.last.get(hostname);
      next.set(hostname, old && sameList(old.links, l.links) && sameList(old.segments, l.segments) && sameExternal(old.external, l.external) ? old : l);
    }
    this.last = next;
    this.lastInputs = { ...inputs, devices: new Map(fabric.devices) };
    return next;
  }
}

/** Every device of `now` was in `before`, and each new Device object has the same interface names as the old one. */
function sameInterfaceNames(before: Map<string, Device>, now: Map<string, Device>): boolean {
  if (before.size !== now.size) return false;
  for (const [hostname, d] of now) {
    const old = before.get(hostname);
    if (old === d) continue;
    if (!old || old.interfaces.size !== d.interfaces.size) return false;
    for (const name of d.interfaces.keys()) if (!old.interfaces.has(name)) return false;
  }
  return true;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameExternal(a: readonly ExternalNeighbor[], b: readonly ExternalNeighbor[]): boolean {
  return a.length === b.length && (a.length === 0 || JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Caches a fact of one device that reads the device, its neighbourhood and the intent's interface roles
 * (`Fabric.roleAssignments`), and nothing else of the fabric: computed again only when one of the three changes.
 */
export function memoizeAround<V>(fn: (fabric: Fabric, device: Device) => V): (fabric: Fabric, device: Device) => V {
  const cache = new WeakMap<Device, { around: Neighbourhood; assignments: unknown; value: V }>();
  return (fabric, device) => {
    const around = neighbourhoodOf(fabric, device.hostname);
    const hit = cache.get(device);
    if (hit && hit.around === around && hit.assignments === fabric.roleAssignments) return hit.value;
    const value = fn(fabric, device);
    if (Array.isArray(value)) Object.freeze(value);
    cache.set(device, { around, assignments: fabric.roleAssignments, value });
    return value;
  };
}

/** A linked interface's link, which end of it the interface is, and the other end (names, never the far config). */
export interface OwnLink {
  link: Link;
  self: Endpoint;
  peer: Endpoint;
}

/** Each linked interface of the device, from its neighbourhood's links (the last link naming an interface wins). */
export const ownLinks = memoizeAround(function ownLinks(fabric: Fabric, device: Device): ReadonlyMap<Interface, OwnLink> {
  const out = new Map<Interface, OwnLink>();
  for (const link of neighbourhoodOf(fabric, device.hostname).links) {
    const ia = link.a.device === device.hostname ? device.interfaces.get(link.a.interface) : undefined;
    const ib = link.b.device === device.hostname ? device.interfaces.get(link.b.interface) : undefined;
    if (ia) out.set(ia, { link, self: link.a, peer: link.b });
    if (ib) out.set(ib, { link, self: link.b, peer: link.a });
  }
  return out;
});
