import type { Loc, Located } from '../../model/location';
import type { Block, PeerGroup, ServicePolicyRef } from '../../model/types';
import type { QosSettings } from './context';
import { newOspfGlobals, type OspfGlobals } from './ospf';

/** Device-wide lines seen while walking the file; turned into the model once the walk is done. */
export interface Globals {
  hostname?: Located<string>;
  version?: string;
  platform?: string;
  /** The header comment that names the platform, where a platform default speed points. */
  platformLoc?: Loc;
  /** NX-OS `interface breakout module M port LIST map MODE`: the ports of each module broken out, and how. */
  breakouts: { module: number; ports: Set<number>; mode: Located<string> }[];
  /** EOS `interface defaults` / `mtu N`; IOS `system mtu N`. */
  defaultMtu?: Located<number>;
  /** EOS `interface defaults` / `ethernet` / `shutdown`. */
  eosEthernetShutdown?: Located<boolean>;
  /** EOS `switchport default mode routed`. */
  eosSwitchportDefaultRouted?: Located<boolean>;
  /** NX-OS `[no] system default switchport`. */
  nxosSystemDefaultSwitchport?: Located<boolean>;
  /** NX-OS `[no] system default switchport shutdown`. */
  nxosSwitchportShutdown?: Located<boolean>;
  /** EOS `qos profile NAME`. */
  profiles: Map<string, { qs: QosSettings; loc: Loc; block: Block }>;
  dscpMap: Map<number, Located<number>>;
  cosMap: Map<number, Located<number>>;
  tcToQueue: Map<number, Located<number>>;
  dscpRewrite?: Located<boolean>;
  pfcAllOff?: Located<boolean>;
  watchdog: {
    enabled?: Located<boolean>;
    timeout?: Located<number>;
    recovery?: Located<number>;
    polling?: Located<number>;
    action?: Located<string>;
  };
  /** key `type|direction` */
  systemPolicies: Map<string, Located<ServicePolicyRef>>;
  systemQosBlock?: Block;
  /** `router ospf N` network statements and passive interfaces (see ospf.ts). */
  ospf: OspfGlobals;
  /** EOS `mlag configuration`, NX-OS `vpc domain` and the port-channel with `vpc peer-link`. */
  peerGroup?: PeerGroup;
}

export function newGlobals(): Globals {
  return {
    profiles: new Map(),
    breakouts: [],
    dscpMap: new Map(),
    cosMap: new Map(),
    tcToQueue: new Map(),
    watchdog: {},
    systemPolicies: new Map(),
    ospf: newOspfGlobals(),
  };
}
