import { ownL3Mtu, writtenBridgedMtu, type DialectMtu } from '../../model/mtu';

/** MTU of ports and port-channels when config_db has none (minigraph generation writes 9100 [SONIC-MG]). */
export const SONIC_DEFAULT_MTU = 9100;
/** Loopbacks are Linux loopback netdevs. */
const SONIC_LOOPBACK_MTU = 65536;
/** The PORT / PORTCHANNEL `mtu` leaf of the SONiC YANG model: uint16, range 68..9216 [notes SONIC-YANG-PORT]. */
export const SONIC_MTU_RANGE = { min: 68, max: 9216, why: 'SONiC accepts 68–9216' } as const;

/**
 * SONiC: `PORT.mtu` / `PORTCHANNEL.mtu` / `VLAN.mtu` is the Linux netdev MTU, which excludes the Ethernet header
 * like the L3 MTU [notes §1.3], so it is compared as written; the largest value the YANG model accepts is 9216.
 */
export const SONIC_MTU: DialectMtu = {
  toL3: (_d, iface) => ownL3Mtu(iface),
  fromL3: (_d, _i, l3) => l3,
  maxL3: SONIC_MTU_RANGE.max,
  maxL3Of: () => SONIC_MTU_RANGE.max,
  range: () => SONIC_MTU_RANGE,
  defaultMtu: (kind) => (kind === 'loopback' ? SONIC_LOOPBACK_MTU : SONIC_DEFAULT_MTU),
  bridged: (_d, owner) => writtenBridgedMtu(owner),
  writable: () => true,
};
