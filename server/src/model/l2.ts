/**
 * What a switched port carries, from the vendor-neutral VLAN fields: the VLANs it allows, narrowed to the VLANs its
 * device defines (a VLAN a switch does not have is forwarded nowhere) and, where VLANs name trunk groups (EOS), to
 * the trunks of those groups.
 */
import { memoize } from './memo';
import type { Device, Interface } from './types';
import { vlanTableIds } from './vlan-table';
import { ALL_VLANS, hasVlan, intersect, subtract, union, vlanSetOf, type VlanSet } from './vlans';

/** The VLAN 802.1Q mode of a port when the model knows it: access, trunk, or routed (an L3 port). */
export type PortMode = 'access' | 'trunk' | 'routed';

/** The mode of an interface as the l2 rules compare it; undefined for a switchport whose mode is not known. */
export function portMode(iface: Interface): PortMode | undefined {
  if (iface.mode.value === 'routed') return 'routed';
  return iface.vlanMode?.value;
}

/**
 * The interface whose VLAN settings apply to `iface`: its port-channel when it is a member, the single switched
 * unit of a port whose L2 lives on units (Junos `unit 0 family ethernet-switching`), else itself.
 */
export function l2PortOf(device: Device, iface: Interface): Interface {
  const lag = iface.channelGroup ? device.interfaces.get(iface.channelGroup.value) : undefined;
  const port = lag ?? iface;
  if (port.vlanMode || port.kind === 'subinterface') return port;
  const units = unitsOf(device).get(port.name);
  const switched = units?.filter((u) => u.vlanMode);
  return switched?.length === 1 ? switched[0]! : port;
}

const unitsOf = memoize(function unitsOf(device: Device): Map<string, Interface[]> {
  const out = new Map<string, Interface[]>();
  for (const i of device.interfaces.values()) {
    if (!i.parent) continue;
    const list = out.get(i.parent);
    if (list) list.push(i);
    else out.set(i.parent, [i]);
  }
  return out;
});

/** The VLANs the device defines, as a set; undefined when the reader does not know them. */
export const definedVlans = memoize(function definedVlans(device: Device): VlanSet | undefined {
  return device.vlans ? vlanSetOf(vlanTableIds(device.vlans)) : undefined;
});

export interface CarriedVlans {
  /** The VLAN sent untagged: an access port's VLAN, a trunk's native VLAN (when the device has it). */
  untagged?: number;
  /** The VLANs sent tagged (a trunk's), without the native one. */
  tagged: VlanSet;
}

/**
 * The VLANs a switched port carries. An access port without an access VLAN carries VLAN 1, the default of every
 * dialect that has one; a switchport of unknown mode is read as an access port. Undefined for a routed port.
 */
export function carriedVlans(device: Device, port: Interface): CarriedVlans | undefined {
  if (port.mode.value === 'routed') return undefined;
  const defined = definedVlans(device);
  const known = (v: number) => defined === undefined || hasVlan(defined, v);
  if (port.vlanMode?.value !== 'trunk') {
    const v = port.accessVlan?.value ?? 1;
    return known(v) ? { untagged: v, tagged: [] } : { tagged: [] };
  }
  let tagged = port.trunkAllowedVlans?.value ?? ALL_VLANS;
  if (defined) tagged = intersect(tagged, defined);
  // VLANs of the device that name trunk groups (EOS), which only trunks of those groups carry.
  const grouped = device.vlans?.trunkGroups;
  if (grouped) {
    const mine = new Set(port.trunkGroups?.value ?? []);
    const excluded = [...grouped].filter(([, groups]) => !groups.some((g) => mine.has(g))).map(([v]) => v);
    tagged = subtract(tagged, vlanSetOf(excluded));
  }
  const native = port.nativeVlan?.value;
  const out: CarriedVlans = { tagged };
  if (native !== undefined && hasVlan(port.trunkAllowedVlans?.value ?? ALL_VLANS, native) && known(native)) {
    out.untagged = native;
    out.tagged = subtract(tagged, [[native, native]]);
  }
  return out;
}

/** Whether the port carries the VLAN, tagged or untagged. */
export function carries(device: Device, port: Interface, vlan: number): boolean {
  const c = carriedVlans(device, port);
  return c !== undefined && (c.untagged === vlan || hasVlan(c.tagged, vlan));
}

/** Every VLAN the port carries, tagged or untagged. */
export function allCarried(c: CarriedVlans): VlanSet {
  return c.untagged === undefined ? c.tagged : union(c.tagged, [[c.untagged, c.untagged]]);
}
