/**
 * SR Linux MTU semantics (srl_nokia-interfaces and srl_nokia-mtu YANG, release 24.10; SR Linux "MTU" guide):
 *
 * - Port `mtu` is the largest Ethernet frame the port transmits, counting the Ethernet header and VLAN tags but
 *   not the 4-byte FCS: 1450..9500 in the YANG (1500..9412 on 7220 IXR-D/H); default `system mtu default-port-mtu`,
 *   9232 when not set; mgmt0 1514.
 * - A subinterface's `ip-mtu` is the largest IP packet it sends (IP header included, no Ethernet): 1280..9486
 *   (at most 9398 on 7220 IXR-D/H); default `system mtu default-ip-mtu`, 1500 when not set. It does not follow the
 *   port MTU: a subinterface without `ip-mtu` sends 1500-byte packets on a 9232 port.
 * - `l2-mtu` (bridged subinterfaces) is a frame size like the port MTU; default `system mtu default-l2-mtu`, 9232.
 *
 * So the L3 MTU of a routed subinterface is its `ip-mtu` (or the system default), and that of a port without
 * subinterfaces is its port MTU minus the Ethernet header (14 bytes; 18 with a VLAN tag).
 */
import type { L3Mtu } from '../../model/mtu';
import type { Device, Interface } from '../../model/types';

export const SRLINUX_DEFAULT_PORT_MTU = 9232;
export const SRLINUX_DEFAULT_MGMT_MTU = 1514;
export const SRLINUX_DEFAULT_IP_MTU = 1500;
export const SRLINUX_PORT_MTU_RANGE: readonly [number, number] = [1450, 9500];
export const SRLINUX_IP_MTU_RANGE: readonly [number, number] = [1280, 9486];
/** Ethernet header counted in the port MTU (MAC DA, MAC SA, Ethertype), and one 802.1Q tag. */
export const SRLINUX_ETHERNET_HEADER = 14;
export const SRLINUX_VLAN_TAG = 4;

/** Bytes between the port MTU and the IP packet it carries on this interface. */
export function srlinuxHeaderBytes(iface: Interface): number {
  return SRLINUX_ETHERNET_HEADER + (iface.encapsulationVlan ? SRLINUX_VLAN_TAG : 0);
}

/**
 * The IP MTU of an SR Linux interface: a subinterface's own MTU is its IP MTU already (dialects/srlinux/extract.ts);
 * a port's is its port MTU minus the Ethernet header.
 */
export function srlinuxL3Mtu(_device: Device, iface: Interface): L3Mtu {
  if (iface.parent) return { value: iface.mtu.value, loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
  return { value: iface.mtu.value - srlinuxHeaderBytes(iface), loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
}

/** What to write for an IP MTU of `l3`: `ip-mtu` on a subinterface, the port `mtu` (header added) on a port. */
export function srlinuxWrittenMtu(iface: Interface, l3: number): { leaf: 'ip-mtu' | 'mtu'; value: number } {
  return iface.parent ? { leaf: 'ip-mtu', value: l3 } : { leaf: 'mtu', value: l3 + srlinuxHeaderBytes(iface) };
}

/**
 * Largest IP MTU a fix writes: 9398, the 7220 IXR-D/H maximum (the data-center platforms RoCE fabrics use; the YANG
 * allows 9486 on others). A port MTU for it is 9412, the same platforms' port maximum.
 */
export const SRLINUX_MAX_IP_MTU = 9398;
