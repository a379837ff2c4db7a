import type { Loc } from './location';
import type { Device, Interface } from './types';

/**
 * L3 (IP) MTU of an interface, so that values written with different vendor semantics compare.
 * EOS, NX-OS and IOS configure the L3 MTU; SONiC and Cumulus the Linux netdev MTU, which also
 * excludes the Ethernet header; Junos' interface `mtu` is the media MTU including the 14-byte header,
 * and a unit's `family inet mtu` / `family inet6 mtu` is that unit's IP MTU for the family, whatever
 * the media MTU [notes §1.4 JNPR-MTU]. Without a family line a unit's IP MTU is its port's media MTU
 * minus the encapsulation overhead, 14 (18 on a `vlan-tagging` port): 1500 on a port without `mtu`.
 *
 * Undefined when the config cannot tell: a Cumulus Linux interface without an `mtu` line whose release
 * the files do not name (the default changed from 1500 to 9216 in 4.1; dialects/cumulus/mtu-defaults.ts).
 * Callers then compare nothing rather than a guess.
 */
export function l3Mtu(device: Device, iface: Interface, family: 4 | 6 = 4): number | undefined {
  return l3MtuOf(device, iface, family)?.value;
}

export const JUNOS_MEDIA_HEADER = 14;
/** Junos encapsulation overhead of 802.1Q/Ethernet version 2 (a port with `vlan-tagging`). */
export const JUNOS_TAGGED_HEADER = 18;

/**
 * Bytes between a Junos media MTU and the IP MTU it leaves a unit: the encapsulation overhead, 14 for Ethernet
 * version 2 and 18 for 802.1Q (Juniper "Encapsulation Overhead by Encapsulation Type"; default IP MTU = media MTU
 * − overhead). On other dialects the reader's `Interface.mtuOverhead` (an SR Linux port MTU counts the Ethernet
 * header), else 0: their MTU is the L3 one.
 */
export function mediaOverhead(device: Device, iface: Interface): number {
  if (device.dialect !== 'junos') return iface.mtuOverhead ?? 0;
  return device.junos?.vlanTagged?.has(iface.parent ?? iface.name) ? JUNOS_TAGGED_HEADER : JUNOS_MEDIA_HEADER;
}

/** The number to write in the interface's own `mtu` line so that its IP MTU becomes `l3` (Junos writes the media MTU). */
export function writtenMtuFor(device: Device, iface: Interface, l3: number): number {
  return l3 + mediaOverhead(device, iface);
}

/**
 * Largest L3 MTU each dialect's switches take (EOS 9214, NX-OS 9216, Catalyst 9500 9198, Junos QFX media 9216 =
 * L3 9202); a fix never writes more. Each dialect module's `mtu.maxL3` (dialects/types.ts) points here.
 */
export const DIALECT_MAX: Partial<Record<Device['dialect'], number>> = { eos: 9214, nxos: 9216, ios: 9198, junos: 9202, nvue: 9216 };

/** An L3 MTU with the line that sets it. */
export interface L3Mtu {
  value: number;
  /** The `family inet mtu` line, the `mtu` line, or the interface header when defaulted. */
  loc: Loc;
  defaulted: boolean;
  /** Set by a Junos `family inet|inet6 mtu` line (a fix that writes the media MTU does not change it). */
  family?: 'inet' | 'inet6';
}

export function l3MtuOf(device: Device, iface: Interface, family: 4 | 6 = 4): L3Mtu | undefined {
  if (iface.mtuUnknown && iface.mtu.defaulted) return undefined;
  if (device.dialect !== 'junos') return { value: iface.mtu.value - (iface.mtuOverhead ?? 0), loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
  const fam = family === 6 ? iface.ipv6Mtu : iface.ipMtu;
  if (fam) return { value: fam.value, loc: fam.loc, defaulted: false, family: family === 6 ? 'inet6' : 'inet' };
  return { value: iface.mtu.value - mediaOverhead(device, iface), loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
}

/** "9216", "9216 (L3 9202)" when the vendor's number is not the L3 one, "9170 (family inet mtu)", "unknown". */
export function describeMtu(device: Device, iface: Interface, family: 4 | 6 = 4): string {
  const m = l3MtuOf(device, iface, family);
  if (!m) return `unknown (${iface.mtuUnknown})`;
  if (m.family) return `${m.value} (family ${m.family} mtu)`;
  const written = iface.mtu.value;
  const base = m.value === written ? `${written}` : `${written} (L3 ${m.value})`;
  return iface.mtu.defaulted ? `${base}, the ${device.dialect} default` : base;
}
