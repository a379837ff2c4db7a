import type { BridgedMtu, DialectMtu, L3Mtu, MtuRange } from '../model/mtu';
import type { Device, Interface } from '../model/types';
import { dialectModule } from './registry';

export type { BridgedMtu, DialectMtu, L3Mtu, MtuRange };

/** The MTU semantics of the device's dialect (its registry module's `mtu`): the one way rules and the language server read an MTU. */
export function mtuOf(device: Device): DialectMtu {
  return dialectModule(device.dialect).mtu;
}

/**
 * L3 (IP) MTU of an interface, so that values written with different vendor semantics compare. Undefined when
 * the config cannot tell (a Cumulus Linux interface without `mtu` whose release the files do not name): callers
 * then compare nothing rather than a guess.
 */
export function l3Mtu(device: Device, iface: Interface, family: 4 | 6 = 4): number | undefined {
  return l3MtuOf(device, iface, family)?.value;
}

/** The L3 MTU with the line that sets it. */
export function l3MtuOf(device: Device, iface: Interface, family: 4 | 6 = 4): L3Mtu | undefined {
  return mtuOf(device).toL3(device, iface, family);
}

/** The number to write in the interface's own `mtu` line so that its IP MTU becomes `l3` (Junos writes the media MTU). */
export function writtenMtuFor(device: Device, iface: Interface, l3: number): number {
  return mtuOf(device).fromL3(device, iface, l3);
}

/** Largest L3 MTU the device's platform takes: a fix never writes more. */
export function maxL3(device: Device): number {
  return mtuOf(device).maxL3;
}

/** Largest L3 MTU this interface takes. */
export function maxL3Of(device: Device, iface: Interface): number {
  return mtuOf(device).maxL3Of(device, iface);
}

/** Values the interface's MTU line accepts, where judged. */
export function mtuRange(device: Device, iface: Interface): MtuRange | undefined {
  return mtuOf(device).range(device, iface);
}

/** A fix that writes the interface's MTU line sets its L3 MTU (false on a Junos port whose units write `family inet mtu`). */
export function mtuWritable(device: Device, iface: Interface): boolean {
  return mtuOf(device).writable(device, iface);
}

/** The interface whose MTU line sets this one's where units have no MTU of their own (a Junos port); else undefined. */
export function mtuCarrier(device: Device, iface: Interface): Interface | undefined {
  return mtuOf(device).carrier?.(device, iface);
}

/**
 * The bridged (L2) MTU of a switchport whose MTU `owner` carries (its port-channel, for a member): an `l2 mtu`
 * line wherever a dialect has one, else what the dialect's semantics make of the port's MTU.
 */
export function bridgedMtuOf(device: Device, owner: Interface): BridgedMtu | undefined {
  if (owner.l2Mtu) return { value: owner.l2Mtu.value, loc: owner.l2Mtu.loc, defaulted: false, text: `${owner.l2Mtu.value} (l2 mtu)` };
  return mtuOf(device).bridged(device, owner);
}
