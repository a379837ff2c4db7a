import type { Device, Interface } from './types';

/**
 * L3 (IP) MTU of an interface, so that values written with different vendor semantics compare.
 * EOS, NX-OS and IOS configure the L3 MTU; SONiC and Cumulus the Linux netdev MTU, which also
 * excludes the Ethernet header; Junos' interface `mtu` is the media MTU including the 14-byte header.
 */
export function l3Mtu(device: Device, iface: Interface): number {
  return device.dialect === 'junos' ? iface.mtu.value - JUNOS_MEDIA_HEADER : iface.mtu.value;
}

export const JUNOS_MEDIA_HEADER = 14;

/** "9216" or "9216 (L3 9202)" when the vendor's number is not the L3 one. */
export function describeMtu(device: Device, iface: Interface): string {
  const l3 = l3Mtu(device, iface);
  const written = iface.mtu.value;
  const base = l3 === written ? `${written}` : `${written} (L3 ${l3})`;
  return iface.mtu.defaulted ? `${base}, the ${device.dialect} default` : base;
}
