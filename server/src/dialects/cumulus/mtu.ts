import { ownL3Mtu, writtenBridgedMtu, type DialectMtu } from '../../model/mtu';
import { CUMULUS_DEFAULT_MTU, defaultMtu } from './mtu-defaults';

/**
 * Cumulus Linux: the interface MTU is the Linux netdev MTU, which excludes the Ethernet header like the L3 MTU
 * [notes §1.5 CL-SPA], so it is compared as written; 9216 is the largest. An interface without `mtu` has the
 * ifupdown2 default of its release (mtu-defaults.ts); when the files do not name the release (1500 up to 4.0, 9216
 * from 4.1) its MTU is unknown, which toL3 answers with undefined.
 */
export const CUMULUS_MTU: DialectMtu = {
  toL3: (_d, iface) => ownL3Mtu(iface),
  fromL3: (_d, _i, l3) => l3,
  maxL3: CUMULUS_DEFAULT_MTU,
  maxL3Of: () => CUMULUS_DEFAULT_MTU,
  range: () => undefined,
  defaultMtu: (kind, name) => defaultMtu(name, kind),
  bridged: (_d, owner) => writtenBridgedMtu(owner),
  writable: () => true,
};
