import type { DialectMtu, L3Mtu } from '../../model/mtu';
import type { Device, Interface } from '../../model/types';
import { junosFacts } from './facts';

/** Bytes of the Ethernet header a Junos media MTU includes (Ethernet version 2). */
const JUNOS_MEDIA_HEADER = 14;
/** Junos encapsulation overhead of 802.1Q/Ethernet version 2 (a port with `vlan-tagging`). */
const JUNOS_TAGGED_HEADER = 18;
/** Junos media MTU of Ethernet interfaces when no `mtu` is written (1500 + 14-byte header). */
const JUNOS_DEFAULT_MEDIA_MTU = 1514;
/** Largest media MTU of the QFX/PTX switches of the notes (JNPR-MEDIA). */
const JUNOS_MAX_MEDIA = 9216;

/**
 * Bytes between a Junos media MTU and the IP MTU it leaves a unit: the encapsulation overhead, 14 for Ethernet
 * version 2 and 18 for 802.1Q (Juniper "Encapsulation Overhead by Encapsulation Type"; default IP MTU = media MTU
 * − overhead).
 */
function overhead(device: Device, iface: Interface): number {
  return junosFacts(device)?.vlanTagged?.has(iface.parent ?? iface.name) ? JUNOS_TAGGED_HEADER : JUNOS_MEDIA_HEADER;
}

/**
 * Junos' interface `mtu` is the media MTU including the 14-byte header, and a unit's `family inet mtu` / `family
 * inet6 mtu` is that unit's IP MTU for the family, whatever the media MTU [notes §1.4 JNPR-MTU]. Without a family
 * line a unit's IP MTU is its port's media MTU minus the encapsulation overhead, 14 (18 on a `vlan-tagging` port):
 * 1500 on a port without `mtu`. Media 9216 leaves IP 9202 untagged, 9198 tagged [JNPR-MEDIA]. Bridged frames carry
 * the media MTU less the header.
 */
export const JUNOS_MTU: DialectMtu = {
  toL3(device, iface, family): L3Mtu | undefined {
    if (iface.mtuUnknown && iface.mtu.defaulted) return undefined;
    const fam = family === 6 ? iface.ipv6Mtu : iface.ipMtu;
    if (fam) return { value: fam.value, loc: fam.loc, defaulted: false, family: family === 6 ? 'inet6' : 'inet' };
    return { value: iface.mtu.value - overhead(device, iface), loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
  },
  fromL3: (device, iface, l3) => l3 + overhead(device, iface),
  maxL3: JUNOS_MAX_MEDIA - JUNOS_MEDIA_HEADER,
  maxL3Of: (device, iface) => JUNOS_MAX_MEDIA - overhead(device, iface),
  range: () => undefined,
  defaultMtu: (_kind, _name, tagged) => JUNOS_DEFAULT_MEDIA_MTU + (tagged ? 4 : 0),
  bridged(_device, owner) {
    const m = owner.mtu;
    const v = m.value - JUNOS_MEDIA_HEADER;
    return { value: v, loc: m.loc, defaulted: m.defaulted, text: `${m.value} (payload ${v})${m.defaulted ? ' (the junos default)' : ''}` };
  },
  /**
   * The writer sets the port's media MTU. On a port whose units write `family inet|inet6 mtu` the unit keeps that
   * value, and every family MTU must stay within the one media MTU of the port (minus 14), so no MTU fix is offered.
   */
  carrier: (device, iface) => (iface.parent ? device.interfaces.get(iface.parent) : iface),
  writable(device, iface) {
    const port = iface.parent ?? iface.name;
    for (const i of device.interfaces.values()) if ((i.name === port || i.parent === port) && (i.ipMtu || i.ipv6Mtu)) return false;
    return true;
  },
};
