/** How findings word the things they name: an interface, a set of priorities, the basis of a comparison. */
import type { Device, Interface } from '../../model/types';
import type { End } from './links';

/** "spine1 Ethernet1/1": an interface as findings name it, from an end or from a device and its interface. */
export function where(end: End): string;
export function where(device: Device, iface: Interface): string;
export function where(endOrDevice: End | Device, iface?: Interface): string {
  const end = iface ? { device: endOrDevice as Device, iface } : (endOrDevice as End);
  return `${end.device.hostname} ${end.iface.name}`;
}

/** A set of priorities or code points: "{3,4}", or "none". */
export function fmtSet(set: readonly number[]): string {
  return set.length === 0 ? 'none' : `{${set.join(',')}}`;
}

/** The basis of a majority comparison without an intent file: "compared with 4 leaf devices". */
export function noIntentBasis(count: number, role: string): string {
  return `no fabric-intent.yaml: compared with ${count} ${role} devices`;
}
