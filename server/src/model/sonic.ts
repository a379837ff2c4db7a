/**
 * SONiC config_db facts that have no vendor-neutral home in the model: which table a field sits in,
 * buffer profiles, map references as written. Only SONiC rules and the SONiC fix writer read these
 * (Device.facts); everything with a vendor-neutral meaning (MTU, PFC priorities, maps, ECN) is also in
 * the ordinary model fields.
 */
import { dialectFacts } from './dialect-facts';
import type { Loc, Located, Position } from './location';
import type { Device, DialectFacts } from './types';

/** One `"field": "value"` member of a config_db entry. */
export interface SonicField {
  name: string;
  /** The value as a string (numbers and booleans converted; arrays/objects as ''). */
  value: string;
  keyLoc: Loc;
  /** The value including its quotes. */
  valueLoc: Loc;
  /** The value without its quotes (an empty string: the zero-width place between them). */
  innerLoc: Loc;
  /** Start of the member (its key) and end of its value, for deleting it. */
  start: Position;
  end: Position;
  /** The items of an array value (PORTCHANNEL `members`), without quotes. */
  items?: Located<string>[];
}

/** A JSON object of the file (the root, a table, an entry): what a fix writer needs to edit it. */
export interface SonicObject {
  /** The key that opens it (`"PORT"`, `"Ethernet0"`, `"PORT|Ethernet0"`); the file start for the root. */
  keyLoc: Loc;
  /** Position of `{` and of `}`. */
  open: Position;
  close: Position;
  /** Indentation of the line holding the key (where `}` goes when the object is expanded). */
  indent: string;
  /** Indentation of the members as written, else `indent` plus the file's indentation unit. */
  childIndent: string;
  /** Members in file order (for entries: the fields; for tables and the root: keys with object values too). */
  fields: SonicField[];
}

/** One entry of a table: `PORT.Ethernet0` nested, or `"PORT|Ethernet0"` in a redis dump. */
export interface SonicEntry {
  table: string;
  /** The key inside the table: `Ethernet0`, `Ethernet0|3-4`, `AZURE`. */
  key: string;
  flat: boolean;
  obj: SonicObject;
}

/** A map reference of PORT_QOS_MAP (`dscp_to_tc_map` …), with the `[TABLE|name]` form unwrapped. */
export interface SonicMapRef {
  field: string;
  /** Table the field points into (DSCP_TO_TC_MAP, TC_TO_QUEUE_MAP, TC_TO_PRIORITY_GROUP_MAP, MAP_PFC_PRIORITY_TO_QUEUE …). */
  table: string;
  /** Name without the `[TABLE|…]` wrapper. */
  name: string;
  loc: Loc;
}

export interface SonicPortQosMap {
  /** Port name (`Ethernet0`) or `global`. */
  port: string;
  entry: SonicEntry;
  /** `pfc_enable` as written; `priorities` are its numbers (invalid parts are ParseNotes). */
  pfcEnable?: Located<string>;
  priorities: number[];
  pfcwdSwEnable?: Located<string>;
  maps: SonicMapRef[];
}

/** A BUFFER_PG (`Ethernet0|3-4`) or BUFFER_QUEUE entry. */
export interface SonicBufferEntry {
  port: string;
  /** PGs or queues the key covers (3-4 → [3, 4]). */
  indices: number[];
  /** Profile name without the `[BUFFER_PROFILE|…]` wrapper ('NULL': computed by buffermgrd in the dynamic model). */
  profile?: Located<string>;
  entry: SonicEntry;
}

export interface SonicBufferProfile {
  name: string;
  loc: Loc;
  pool?: string;
  /** The profile has an `xoff` (headroom): what makes an ingress (BUFFER_PG) profile lossless. */
  xoff: boolean;
  /**
   * The pool's name says lossless (egress_lossless_pool): what makes an egress (BUFFER_QUEUE) profile
   * lossless. Not enough for PGs: Broadcom images put ingress_lossy_profile in ingress_lossless_pool.
   */
  losslessPool: boolean;
  /** `size`: the bytes reserved for each PG or queue using the profile. */
  size?: Located<number>;
  /** `static_th`: the most bytes a PG or queue may take from the shared pool (a static threshold). */
  staticTh?: Located<number>;
  /** `dynamic_th`: the log2 of the share of the pool's free space it may take (a dynamic threshold), as written. */
  dynamicTh?: Located<string>;
}

/** A BUFFER_POOL entry. */
export interface SonicBufferPool {
  name: string;
  loc: Loc;
  /** `size` in bytes (absent in the dynamic buffer model, where buffermgrd computes it). */
  size?: Located<number>;
  /** ingress / egress. */
  type?: string;
  /** static / dynamic. */
  mode?: string;
}

export interface SonicFacts extends DialectFacts {
  readonly dialect: 'sonic';
  /** True for a QoS/buffer fragment: no DEVICE_METADATA and no PORT table (sonic-cfggen samples, test inputs). */
  fragment: boolean;
  /** True when the file is a redis dump (`"PORT|Ethernet0": {…}` keys at the top level). */
  flat: boolean;
  /** DEVICE_METADATA.localhost.buffer_model: traditional (default) or dynamic. */
  bufferModel?: Located<string>;
  root: SonicObject;
  /** Nested tables by name (absent for redis dumps, where entries sit in the root). */
  tables: Map<string, SonicObject>;
  /** Every entry, by table then key. */
  entries: Map<string, Map<string, SonicEntry>>;
  /** `pfc_enable` written in PORT, where orchagent ignores it. */
  pfcEnableInPort: { port: string; field: SonicField; entry: SonicEntry }[];
  portQosMaps: SonicPortQosMap[];
  bufferPgs: SonicBufferEntry[];
  bufferQueues: SonicBufferEntry[];
  bufferProfiles: Map<string, SonicBufferProfile>;
  bufferPools: Map<string, SonicBufferPool>;
  /** Names defined per map table (DSCP_TO_TC_MAP → {AZURE}). */
  mapNames: Map<string, Set<string>>;
}

/** PORT_QOS_MAP field → the table it references. */
export const SONIC_MAP_FIELDS: Readonly<Record<string, string>> = {
  dscp_to_tc_map: 'DSCP_TO_TC_MAP',
  dot1p_to_tc_map: 'DOT1P_TO_TC_MAP',
  tc_to_queue_map: 'TC_TO_QUEUE_MAP',
  tc_to_pg_map: 'TC_TO_PRIORITY_GROUP_MAP',
  pfc_to_queue_map: 'MAP_PFC_PRIORITY_TO_QUEUE',
  pfc_to_pg_map: 'PFC_PRIORITY_TO_PRIORITY_GROUP_MAP',
  tc_to_dscp_map: 'TC_TO_DSCP_MAP',
  mpls_tc_to_tc_map: 'MPLS_TC_TO_TC_MAP',
};

/** `[DSCP_TO_TC_MAP|AZURE]` → AZURE; a bare name stays as is. */
export function sonicRefName(raw: string): string {
  const m = /^\[[^|\]]*\|(.*)\]$/.exec(raw.trim());
  return m ? m[1]! : raw.trim();
}

export function sonicFacts(device: Device): SonicFacts | undefined {
  return dialectFacts<SonicFacts>(device, 'sonic');
}
