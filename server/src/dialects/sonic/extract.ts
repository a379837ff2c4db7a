/**
 * SONiC config_db.json → Device. Reads both on-disk shapes of CONFIG_DB: the nested form
 * (`{"PORT": {"Ethernet0": {…}}}`, what `config save` writes) and the flat redis dump
 * (`{"PORT|Ethernet0": {…}}`, optionally `{"type": "hash", "value": {…}}`).
 *
 * Semantics (notes/fabric-domain.md §0, §1.3):
 * - MTU: PORT/PORTCHANNEL/VLAN `mtu` (Linux netdev MTU, header-less like the L3 MTU of EOS); a port
 *   without one gets 9100, what minigraph generation writes, marked defaulted at the entry key.
 * - PFC: only `PORT_QOS_MAP|<port>.pfc_enable` enables PFC; `PORT.pfc_enable` is ignored by orchagent
 *   and only recorded in `sonic.pfcEnableInPort` for pfc/sonic-table-misuse.
 * - Map references are written `[DSCP_TO_TC_MAP|AZURE]` (older dumps) or `AZURE`: both read as AZURE.
 * - Watchdog: PFC_WD port entries (detection/restoration ms, action); the SONiC defaults (200 ms, 200 ms,
 *   drop, poll 200 ms) fill what an entry leaves out. No PFC_WD port entry: the watchdog is off.
 *
 * A QoS or buffer fragment (no DEVICE_METADATA and no PORT table: sonic-cfggen sample outputs, test
 * inputs) is read as a device without interfaces named after the file, with an info note; its tables
 * still feed the SONiC table rules. A fragment with the generic name every platform folder uses
 * (`<hwsku>/qos.json`, `buffers.json`) is named `<folder>/<file>`, so two platforms' files are two devices.
 * A configlet (a JSON array of table fragments, what `configlet -u` applies in order) is read table by
 * table, a later fragment's entry replacing an earlier one. Never throws on content: odd values become ParseNotes.
 *
 * This module is the dispatcher: config-db.ts reads the tables and entries of either shape, and one reader per
 * table (or family of tables) fills the model, in an order where each finds what it builds on.
 */
import { platformPortSpeed } from '../platform-speeds';
import type { Position } from '../../model/location';
import type { SonicFacts } from '../../model/sonic';
import type { Device, DeviceQos, SymbolRef } from '../../model/types';
import { PER_PORT_QOS } from '../../model/qos-behaviour';
import { vlanTable } from '../../model/vlan-table';
import type { JsonDocument } from '../../parsing/json-adapter';
import { readBufferEntryTable, readBufferPoolTable, readBufferProfileTable, readQueueBufferLimits } from './buffers';
import { readConfigDb } from './config-db';
import { readMetadata } from './metadata';
import {
  readAddressTables,
  readPortChannelMemberTable,
  readPortChannelTable,
  readPortTable,
  readVlanMemberTable,
  readSonicVlans,
  readVlanTable,
  type Interfaces,
} from './ports';
import { readMap, readPortClassification, readPortPfcEnable, readPortQosMapTable, usedMap } from './qos-maps';
import { readQueueTable, readStrictSchedulers, readWredProfileTable } from './queues';
import { readDefinitions } from './symbols';
import { readPfcWatchdogTable } from './watchdog';

export function extractSonicDevice(doc: JsonDocument): Device {
  const db = readConfigDb(doc);
  const uri = doc.uri;
  const { meta, fragment, hostname, hostnameLoc, hwsku, hwskuLoc, bufferModel } = readMetadata(db);
  const { defs, mapNames } = readDefinitions(db);
  const refs: SymbolRef[] = [];

  const interfaces: Interfaces = new Map();
  readPortTable(db, interfaces);
  readPortChannelTable(db, interfaces);
  readPortChannelMemberTable(db, interfaces);
  readVlanTable(db, interfaces);
  readAddressTables(db, interfaces);
  readVlanMemberTable(db, interfaces);

  const pfcEnableInPort = readPortPfcEnable(db);
  const portQosMaps = readPortQosMapTable(db, interfaces, refs);

  const bufferProfiles = readBufferProfileTable(db, refs);
  const bufferPgs = readBufferEntryTable(db, 'BUFFER_PG', refs);
  const bufferQueues = readBufferEntryTable(db, 'BUFFER_QUEUE', refs);

  const wred = readWredProfileTable(db);
  const strict = readStrictSchedulers(db);
  readQueueTable(db, interfaces, refs, wred, strict);
  const bufferPools = readBufferPoolTable(db);
  readQueueBufferLimits(interfaces, { bufferQueues, bufferProfiles, bufferPools, ...(bufferModel ? { bufferModel } : {}) });

  // Device QoS: the DSCP→TC and TC→queue maps most ports use.
  const dscpMap = usedMap('dscp_to_tc_map', portQosMaps, mapNames);
  const tcQueueMap = usedMap('tc_to_queue_map', portQosMaps, mapNames);
  const watchdog = readPfcWatchdogTable(db, meta);
  const qos: DeviceQos = {
    dscpToClass: readMap(db, 'DSCP_TO_TC_MAP', dscpMap, 63),
    cosToClass: readMap(db, 'DOT1P_TO_TC_MAP', usedMap('dot1p_to_tc_map', portQosMaps, mapNames), 7),
    classToQueue: readMap(db, 'TC_TO_QUEUE_MAP', tcQueueMap, 15),
    noDropPriorities: [],
    queues: [],
    watchdog,
    classMaps: [],
    policyMaps: [],
    systemPolicies: [],
    ...PER_PORT_QOS,
    // QUEUE|<port>|<q> entries: a port's scheduler and WRED_PROFILE per queue.
    queueSettings: 'interface',
  };
  if (dscpMap) qos.classificationPolicy = dscpMap;
  readPortClassification(db, interfaces, portQosMaps, qos, dscpMap);

  const sonic: SonicFacts = {
    dialect: 'sonic',
    fragment,
    flat: db.flatCount > 0 && db.flatCount * 2 >= db.rootMemberCount,
    root: db.root,
    tables: db.tables,
    entries: db.entries,
    pfcEnableInPort,
    portQosMaps,
    bufferPgs,
    bufferQueues,
    bufferProfiles,
    bufferPools,
    mapNames,
  };
  if (bufferModel) sonic.bufferModel = bufferModel;

  const end: Position = doc.end;
  const device: Device = {
    hostname,
    dialect: 'sonic',
    os: 'sonic',
    uri,
    interfaces,
    qos,
    symbols: { defs, refs },
    topLevelEnd: end,
    notes: db.ctx.notes,
    facts: sonic,
  };
  if (hostnameLoc) device.hostnameLoc = hostnameLoc;
  if (hwsku) device.platform = hwsku;
  for (const iface of interfaces.values()) iface.speed ??= platformPortSpeed(hwsku, hwskuLoc, iface, interfaces);
  const vlans = readSonicVlans(db);
  if (vlans.size > 0) device.vlans = vlanTable(uri, vlans.values());
  return device;
}
