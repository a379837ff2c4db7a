import type { DialectMtu } from '../../model/mtu';
import type { Interface } from '../../model/types';

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
 * So the reader gives a subinterface its IP MTU as `Interface.mtu`, and a port its port MTU with `mtuOverhead` 14
 * (the Ethernet header): model/mtu.ts then compares, and fixes write, the right number on each.
 */
export const SRLINUX_DEFAULT_PORT_MTU = 9232;
export const SRLINUX_DEFAULT_MGMT_MTU = 1514;
export const SRLINUX_DEFAULT_IP_MTU = 1500;
export const SRLINUX_PORT_MTU_RANGE: readonly [number, number] = [1450, 9500];
export const SRLINUX_IP_MTU_RANGE: readonly [number, number] = [1280, 9486];
/** Ethernet header counted in the port MTU (MAC DA, MAC SA, Ethertype). */
export const SRLINUX_ETHERNET_HEADER = 14;

/**
 * Largest IP MTU a fix writes: 9398, the 7220 IXR-D/H maximum (the data-center platforms RoCE fabrics use; the YANG
 * allows 9486 on others). A port MTU for it is 9412, the same platforms' port maximum.
 */
export const SRLINUX_MAX_IP_MTU = 9398;

/** Bytes the interface's written MTU counts beyond the IP packet: the port's Ethernet header (the reader sets it). */
const overhead = (iface: Interface): number => iface.mtuOverhead ?? 0;

/**
 * The semantics above as the registry's `mtu`: a port's L3 MTU is its port MTU less the Ethernet header, a
 * subinterface's is its `ip-mtu`. The accepted ranges are not judged yet (mtu/out-of-range never covered SR Linux).
 */
export const SRLINUX_MTU: DialectMtu = {
  toL3: (_d, iface) => {
    if (iface.mtuUnknown && iface.mtu.defaulted) return undefined;
    return { value: iface.mtu.value - overhead(iface), loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
  },
  fromL3: (_d, iface, l3) => l3 + overhead(iface),
  maxL3: SRLINUX_MAX_IP_MTU,
  maxL3Of: () => SRLINUX_MAX_IP_MTU,
  range: () => undefined,
  defaultMtu: (kind) => (kind === 'management' ? SRLINUX_DEFAULT_MGMT_MTU : kind === 'subinterface' ? SRLINUX_DEFAULT_IP_MTU : SRLINUX_DEFAULT_PORT_MTU),
  bridged: (_d, owner) => {
    if (owner.mtu.defaulted) return undefined;
    const payload = owner.mtu.value - overhead(owner);
    return {
      value: payload,
      loc: owner.mtu.loc,
      defaulted: false,
      text: payload === owner.mtu.value ? `${payload}` : `${owner.mtu.value} (payload ${payload})`,
    };
  },
  writable: () => true,
};
