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
 */
import { sonicHostFromUri } from '../../links/read-sonic';
import { baseName, stem } from '../../links/text';
import { canonicalInterfaceName, interfaceKind } from '../../model/interface-names';
import { parseIntList } from '../../model/dscp';
import { parseIpAddress } from '../../model/ip';
import { defaulted, explicit, located, type Loc, type Located, type Position, type Setting } from '../../model/location';
import {
  SONIC_MAP_FIELDS,
  sonicRefName,
  type SonicBufferEntry,
  type SonicBufferProfile,
  type SonicEntry,
  type SonicFacts,
  type SonicField,
  type SonicObject,
  type SonicPortQosMap,
} from '../../model/sonic';
import type { Device, DeviceQos, Interface, ParseNote, PfcWatchdog, QueueConfig, QueueEcn, SymbolDef, SymbolRef } from '../../model/types';
import { member, scalar, type JsonDocument, type JsonObject, type JsonValue } from '../../parsing/json-adapter';

/** MTU of ports and port-channels when config_db has none (minigraph generation writes 9100). */
export const SONIC_DEFAULT_MTU = 9100;
/** PFC watchdog defaults of `pfcwd start_default` (seconds in the model). */
export const SONIC_WATCHDOG = { detection: 0.2, restoration: 0.2, poll: 0.2, action: 'drop' } as const;

/** Tables whose entries are symbol definitions (kind, subtype). */
const DEF_TABLES: Readonly<Record<string, SymbolDef['kind']>> = {
  DSCP_TO_TC_MAP: 'dscp-map',
  DOT1P_TO_TC_MAP: 'dscp-map',
  TC_TO_QUEUE_MAP: 'dscp-map',
  TC_TO_PRIORITY_GROUP_MAP: 'dscp-map',
  MAP_PFC_PRIORITY_TO_QUEUE: 'dscp-map',
  PFC_PRIORITY_TO_PRIORITY_GROUP_MAP: 'dscp-map',
  TC_TO_DSCP_MAP: 'dscp-map',
  MPLS_TC_TO_TC_MAP: 'dscp-map',
  SCHEDULER: 'scheduler',
  WRED_PROFILE: 'wred-profile',
  BUFFER_PROFILE: 'buffer-profile',
};

/** File names sonic-buildimage gives the QoS/buffer file of every platform folder (device/<vendor>/<platform>/<hwsku>/). */
const GENERIC_FRAGMENT = /^(qos|buffers?|qos_config|buffers?_config|buffers_defaults(_t\d)?)$/i;

/** The name of a fragment: its file stem, or `<folder>/<stem>` when the stem is the generic name every platform uses. */
export function fragmentName(uri: string): string {
  const name = stem(uri);
  if (!GENERIC_FRAGMENT.test(name)) return sonicHostFromUri(uri);
  const parts = uri.replace(/[?#].*$/, '').split(/[\\/]/);
  const folder = baseName(parts.slice(0, -1).join('/'));
  return folder ? `${folder}/${name}` : name;
}

interface Ctx {
  doc: JsonDocument;
  uri: string;
  notes: ParseNote[];
  unit: string;
  /** Line → its indentation, see lineIndent. */
  indents: Map<number, string>;
}

// ---------------------------------------------------------------------------------------------
// Positioned objects

/**
 * The blanks that start the line holding `offset`. The line comes from the document's line index and
 * each line is measured once: scanning back to the line start for every key made a config_db
 * minified onto one line quadratic (8,000 ports took 4.5 s; 100,000 keys never finished).
 */
function lineIndent(ctx: Ctx, offset: number): string {
  const { line, character } = ctx.doc.position(offset);
  let indent = ctx.indents.get(line);
  if (indent === undefined) {
    const text = ctx.doc.text;
    const start = offset - character;
    let end = start;
    while (end < offset && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
    indent = text.slice(start, end);
    ctx.indents.set(line, indent);
  }
  return indent;
}

function fieldOf(ctx: Ctx, m: { key: string; keyStart: number; keyEnd: number; value: JsonValue | undefined }): SonicField {
  const doc = ctx.doc;
  const v = m.value;
  const vs = v ? v.start : m.keyEnd;
  const ve = v ? v.end : m.keyEnd;
  const quoted = v?.type === 'string' && ve - vs >= 2;
  const f: SonicField = {
    name: m.key,
    value: scalar(v) ?? '',
    keyLoc: doc.loc(m.keyStart, m.keyEnd),
    valueLoc: doc.loc(vs, ve),
    innerLoc: quoted ? doc.loc(vs + 1, ve - 1) : doc.loc(vs, ve),
    start: doc.position(m.keyStart),
    end: doc.position(ve),
  };
  if (v?.type === 'array') {
    f.items = v.items.map((i) => ({ value: scalar(i) ?? '', loc: i.type === 'string' && i.end - i.start >= 2 ? doc.loc(i.start + 1, i.end - 1) : doc.loc(i.start, i.end) }));
  }
  return f;
}

function objectOf(ctx: Ctx, obj: JsonObject, keyStart: number, keyEnd: number): SonicObject {
  const doc = ctx.doc;
  const indent = lineIndent(ctx, keyStart);
  const first = obj.members[0];
  let childIndent = indent + ctx.unit;
  if (first) {
    const pFirst = doc.position(first.keyStart);
    const pOpen = doc.position(obj.start);
    if (pFirst.line !== pOpen.line) childIndent = lineIndent(ctx, first.keyStart);
  }
  return {
    keyLoc: doc.loc(keyStart, keyEnd),
    open: doc.position(obj.start),
    close: doc.position(Math.max(obj.start, obj.end - 1)),
    indent,
    childIndent,
    fields: obj.members.map((m) => fieldOf(ctx, m)),
  };
}

/** The fields of an entry: its object, or the `value` of a redis `{"type": "hash", "value": {…}}` wrapper. */
function entryObject(v: JsonValue | undefined): JsonObject | undefined {
  if (v?.type !== 'object') return undefined;
  const inner = member(v, 'value')?.value;
  if (inner?.type === 'object' && scalar(member(v, 'type')?.value) === 'hash') return inner;
  return v;
}

function field(e: SonicEntry | undefined, name: string): SonicField | undefined {
  return e?.obj.fields.find((f) => f.name === name);
}

function locatedField(e: SonicEntry | undefined, name: string): Located<string> | undefined {
  const f = field(e, name);
  return f ? located(f.value, f.innerLoc) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Small parsers

function intOf(ctx: Ctx, f: SonicField | undefined, what: string, min: number, max: number): number | undefined {
  if (!f) return undefined;
  const n = /^\s*\d+\s*$/.test(f.value) ? Number(f.value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `${what} "${f.value}" is not a number in ${min}..${max}`, loc: f.innerLoc });
    return undefined;
  }
  return n;
}

/**
 * Splits an indexed key `Ethernet0|3-4` into ports and index, also for the system ports of a VOQ chassis
 * (`<linecard>|<asic>|Ethernet0|3-4` in BUFFER_QUEUE / QUEUE): the index is after the last `|`, and the port keeps
 * its line card and ASIC, since it may be another line card's.
 */
function splitIndexedKey(key: string): { ports: string[]; rest: string } {
  const bar = key.lastIndexOf('|');
  if (bar < 0 || key.indexOf('|') === bar) return splitPortKey(key);
  return { ports: [key.slice(0, bar)], rest: key.slice(bar + 1) };
}

/** Splits a port-scoped key `Ethernet0|3-4` (or `Ethernet0,Ethernet4|3`) into ports and the rest. */
function splitPortKey(key: string): { ports: string[]; rest: string } {
  const bar = key.indexOf('|');
  const portPart = bar >= 0 ? key.slice(0, bar) : key;
  const rest = bar >= 0 ? key.slice(bar + 1) : '';
  return { ports: portPart.split(',').map((p) => p.trim()).filter(Boolean), rest };
}

// ---------------------------------------------------------------------------------------------

export function extractSonicDevice(doc: JsonDocument): Device {
  const uri = doc.uri;
  const ctx: Ctx = { doc, uri, notes: [], unit: '    ', indents: new Map() };
  const fileStart: Loc = { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  // A configlet is an array of table fragments: its objects' members are the tables, in order.
  const parts = doc.root?.type === 'array' ? doc.root.items.filter((i): i is JsonObject => i.type === 'object') : doc.root?.type === 'object' ? [doc.root] : [];
  const configlet = doc.root?.type === 'array';
  const root = parts[0];
  if (doc.root && !root) {
    ctx.notes.push({
      severity: 'warning',
      code: 'not-an-object',
      message: configlet ? 'a configlet should be an array of table objects; nothing was read' : 'config_db.json should be one JSON object of tables; nothing was read',
      loc: doc.loc(doc.root.start, doc.root.start + 1),
    });
  }
  const rootMembers = parts.flatMap((p) => p.members);
  // Indentation unit: that of the first table key (config_db files use 4 spaces).
  if (root && rootMembers[0]) {
    const ind = lineIndent(ctx, rootMembers[0].keyStart);
    if (ind && doc.position(rootMembers[0].keyStart).line !== doc.position(root.start).line) ctx.unit = ind;
  }
  const rootObj: SonicObject = root
    ? objectOf(ctx, root, root.start, root.start)
    : { keyLoc: fileStart, open: { line: 0, character: 0 }, close: { line: 0, character: 0 }, indent: '', childIndent: ctx.unit, fields: [] };
  rootObj.keyLoc = fileStart;

  // Tables and entries, for both shapes.
  const tables = new Map<string, SonicObject>();
  const entries = new Map<string, Map<string, SonicEntry>>();
  const addEntry = (table: string, key: string, flat: boolean, obj: SonicObject): void => {
    let t = entries.get(table);
    if (!t) entries.set(table, (t = new Map()));
    // A configlet applies its fragments in order: a later entry replaces an earlier one.
    if (configlet || !t.has(key)) t.set(key, { table, key, flat, obj });
  };
  let flatCount = 0;
  for (const m of rootMembers) {
    const bar = m.key.indexOf('|');
    if (bar > 0) {
      flatCount++;
      const obj = entryObject(m.value);
      if (obj) addEntry(m.key.slice(0, bar), m.key.slice(bar + 1), true, objectOf(ctx, obj, m.keyStart, m.keyEnd));
      continue;
    }
    if (m.value?.type !== 'object') continue;
    tables.set(m.key, objectOf(ctx, m.value, m.keyStart, m.keyEnd));
    for (const e of m.value.members) {
      const obj = entryObject(e.value);
      if (obj) addEntry(m.key, e.key, false, objectOf(ctx, obj, e.keyStart, e.keyEnd));
    }
  }
  const table = (name: string): SonicEntry[] => [...(entries.get(name)?.values() ?? [])];
  const entry = (name: string, key: string): SonicEntry | undefined => entries.get(name)?.get(key);

  // Device metadata.
  const meta = entry('DEVICE_METADATA', 'localhost');
  const hostField = field(meta, 'hostname');
  const fragment = !meta && !entries.has('PORT');
  let hostname = hostField?.value.trim() ?? '';
  let hostnameLoc: Loc | undefined = hostField && hostname ? hostField.innerLoc : undefined;
  if (!hostname) {
    hostname = fragment ? fragmentName(uri) : sonicHostFromUri(uri);
    ctx.notes.push({
      severity: 'info',
      code: fragment ? 'sonic-fragment' : 'hostname-missing',
      message: fragment
        ? `no DEVICE_METADATA and no PORT table: read as a QoS/buffer fragment named "${hostname}" without interfaces; only its tables are checked`
        : `no DEVICE_METADATA.localhost.hostname; using the file name "${hostname}"`,
      loc: fileStart,
    });
    hostnameLoc = undefined;
  }
  const hwsku = field(meta, 'hwsku')?.value;
  const bufferModel = locatedField(meta, 'buffer_model');

  // Symbols: map/scheduler/profile definitions.
  const defs: SymbolDef[] = [];
  const refs: SymbolRef[] = [];
  const mapNames = new Map<string, Set<string>>();
  for (const [t, kind] of Object.entries(DEF_TABLES)) {
    for (const e of table(t)) {
      defs.push({ kind, subtype: t, name: e.key, loc: e.obj.keyLoc });
      let s = mapNames.get(t);
      if (!s) mapNames.set(t, (s = new Set()));
      s.add(e.key);
    }
  }

  // Interfaces.
  const interfaces = new Map<string, Interface>();
  const newIface = (written: string, obj: SonicObject): Interface => {
    const name = canonicalInterfaceName(written);
    const header = obj.keyLoc;
    const iface: Interface = {
      name,
      writtenAs: [written],
      kind: interfaceKind(name),
      block: { header, end: obj.close, childIndent: obj.childIndent },
      headers: [header],
      adminUp: defaulted(false, header),
      mtu: defaulted(SONIC_DEFAULT_MTU, header),
      mode: defaulted<'routed' | 'switched'>('routed', header),
      ipv4: [],
      ipv6: [],
      pfc: { mode: defaulted('off', header), noDropPriorities: [] },
      servicePolicies: [],
      queues: [],
    };
    interfaces.set(name, iface);
    return iface;
  };
  const ifaceOf = (written: string): Interface | undefined => interfaces.get(canonicalInterfaceName(written));

  const readPortLike = (e: SonicEntry, mtuMax: number): Interface => {
    const iface = ifaceOf(e.key) ?? newIface(e.key, e.obj);
    const mtu = intOf(ctx, field(e, 'mtu'), `${e.table} ${e.key} mtu`, 68, mtuMax);
    const mtuField = field(e, 'mtu');
    if (mtu !== undefined && mtuField) iface.mtu = explicit(mtu, mtuField.innerLoc);
    const admin = field(e, 'admin_status');
    if (admin) iface.adminUp = explicit(admin.value.trim().toLowerCase() === 'up', admin.innerLoc);
    const speed = locatedField(e, 'speed');
    if (speed) iface.speed = speed;
    const fec = locatedField(e, 'fec');
    if (fec) iface.fec = fec;
    const desc = locatedField(e, 'description');
    if (desc && desc.value.trim()) iface.description = desc;
    const alias = field(e, 'alias')?.value.trim();
    if (alias && alias !== e.key && !iface.writtenAs.includes(alias)) iface.writtenAs.push(alias);
    return iface;
  };
  for (const e of table('PORT')) readPortLike(e, 9216);
  for (const e of table('PORTCHANNEL')) {
    const pc = readPortLike(e, 9216);
    for (const item of field(e, 'members')?.items ?? []) {
      const port = ifaceOf(item.value);
      if (port && !port.channelGroup) port.channelGroup = located(pc.name, item.loc);
    }
  }
  for (const e of table('PORTCHANNEL_MEMBER')) {
    const { ports, rest } = splitPortKey(e.key);
    const port = ifaceOf(rest);
    if (port && ports[0]) port.channelGroup = located(canonicalInterfaceName(ports[0]), e.obj.keyLoc);
  }
  for (const e of table('VLAN')) {
    const written = /^\d+$/.test(e.key) ? `Vlan${e.key}` : e.key;
    if (!entries.get('VLAN_INTERFACE')?.has(written) && ![...(entries.get('VLAN_INTERFACE')?.keys() ?? [])].some((k) => k.startsWith(`${written}|`))) continue;
    readPortLike({ ...e, key: written }, 9216);
  }
  // Addresses: INTERFACE, PORTCHANNEL_INTERFACE, VLAN_INTERFACE, LOOPBACK_INTERFACE (`name|prefix` keys).
  for (const t of ['INTERFACE', 'PORTCHANNEL_INTERFACE', 'VLAN_INTERFACE', 'LOOPBACK_INTERFACE', 'VLAN_SUB_INTERFACE']) {
    for (const e of table(t)) {
      const { ports, rest } = splitPortKey(e.key);
      const written = ports[0];
      if (!written) continue;
      const iface = ifaceOf(written) ?? newIface(written, e.obj);
      if (t === 'LOOPBACK_INTERFACE' && iface.mtu.defaulted) iface.mtu = defaulted(65536, iface.mtu.loc);
      if (t === 'LOOPBACK_INTERFACE' || t === 'VLAN_INTERFACE') {
        if (iface.adminUp.defaulted) iface.adminUp = defaulted(true, iface.adminUp.loc);
      }
      const vrf = locatedField(e, 'vrf_name');
      if (vrf && !rest) iface.vrf = vrf;
      if (!rest) continue;
      const ip = parseIpAddress(rest);
      const loc = e.obj.keyLoc;
      if (typeof ip === 'string') {
        ctx.notes.push({ severity: 'warning', code: 'invalid-address', message: `${t} ${e.key}: ${ip}`, loc });
        continue;
      }
      (ip.family === 4 ? iface.ipv4 : iface.ipv6).push(located(ip, loc));
      if (iface.mode.defaulted) iface.mode = explicit('routed', loc);
    }
  }
  for (const e of table('VLAN_MEMBER')) {
    const { ports, rest } = splitPortKey(e.key);
    const port = ifaceOf(rest);
    if (!port || !ports[0]) continue;
    port.mode = explicit('switched', e.obj.keyLoc);
    const vlan = /(\d+)$/.exec(ports[0]);
    const tagging = field(e, 'tagging_mode')?.value;
    if (vlan && tagging === 'untagged' && !port.accessVlan) port.accessVlan = located(Number(vlan[1]), e.obj.keyLoc);
  }

  // PORT.pfc_enable (ignored by orchagent) and PORT_QOS_MAP.
  const pfcEnableInPort: SonicFacts['pfcEnableInPort'] = [];
  for (const e of table('PORT')) {
    const f = field(e, 'pfc_enable');
    if (f) pfcEnableInPort.push({ port: e.key, field: f, entry: e });
  }
  const portQosMaps: SonicPortQosMap[] = [];
  for (const e of table('PORT_QOS_MAP')) {
    const { ports } = splitPortKey(e.key);
    const maps = e.obj.fields
      .filter((f) => SONIC_MAP_FIELDS[f.name])
      .map((f) => ({ field: f.name, table: SONIC_MAP_FIELDS[f.name]!, name: sonicRefName(f.value), loc: f.innerLoc }));
    for (const m of maps) refs.push({ kind: 'dscp-map', subtype: m.table, name: m.name, usage: `PORT_QOS_MAP ${m.field}`, loc: m.loc });
    const pfcEnable = locatedField(e, 'pfc_enable');
    let priorities: number[] = [];
    if (pfcEnable) {
      const list = parseIntList(pfcEnable.value, 7);
      if (!list) ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `PORT_QOS_MAP ${e.key} pfc_enable "${pfcEnable.value}" is not a list of priorities 0-7 (e.g. "3,4")`, loc: pfcEnable.loc });
      else priorities = list;
    }
    const pfcwdSwEnable = locatedField(e, 'pfcwd_sw_enable');
    for (const port of ports) {
      const q: SonicPortQosMap = { port, entry: e, priorities, maps };
      if (pfcEnable) q.pfcEnable = pfcEnable;
      if (pfcwdSwEnable) q.pfcwdSwEnable = pfcwdSwEnable;
      portQosMaps.push(q);
      const iface = ifaceOf(port);
      if (iface && pfcEnable) {
        iface.pfc.mode = explicit(priorities.length > 0 ? 'on' : 'off', pfcEnable.loc);
        iface.pfc.noDropPriorities = priorities.map((p) => located(p, pfcEnable.loc));
      }
    }
  }

  // Buffers.
  const bufferProfiles = new Map<string, SonicBufferProfile>();
  for (const e of table('BUFFER_PROFILE')) {
    const pool = field(e, 'pool') ? sonicRefName(field(e, 'pool')!.value) : undefined;
    const xoff = field(e, 'xoff') !== undefined;
    const p: SonicBufferProfile = { name: e.key, loc: e.obj.keyLoc, xoff, losslessPool: /lossless/i.test(pool ?? '') };
    if (pool) p.pool = pool;
    bufferProfiles.set(e.key, p);
  }
  const bufferEntries = (t: string): SonicBufferEntry[] => {
    const out: SonicBufferEntry[] = [];
    for (const e of table(t)) {
      const { ports, rest } = splitIndexedKey(e.key);
      const indices = parseIntList(rest, 31);
      if (!indices) {
        ctx.notes.push({ severity: 'warning', code: 'invalid-key', message: `${t} key "${e.key}" should be <port>|<index or range>`, loc: e.obj.keyLoc });
        continue;
      }
      const prof = field(e, 'profile');
      for (const port of ports) {
        const be: SonicBufferEntry = { port, indices, entry: e };
        if (prof) be.profile = located(sonicRefName(prof.value), prof.innerLoc);
        out.push(be);
      }
      if (prof && sonicRefName(prof.value) !== 'NULL') refs.push({ kind: 'buffer-profile', subtype: 'BUFFER_PROFILE', name: sonicRefName(prof.value), usage: t, loc: prof.innerLoc });
    }
    return out;
  };
  const bufferPgs = bufferEntries('BUFFER_PG');
  const bufferQueues = bufferEntries('BUFFER_QUEUE');

  // Queues: QUEUE|port|q → scheduler (STRICT) and wred_profile (ECN / WRED).
  const wred = new Map<string, Located<QueueEcn>>();
  for (const e of table('WRED_PROFILE')) {
    const ecnMode = field(e, 'ecn')?.value ?? 'ecn_none';
    const min = intOf(ctx, field(e, 'green_min_threshold'), `WRED_PROFILE ${e.key} green_min_threshold`, 0, Number.MAX_SAFE_INTEGER);
    const max = intOf(ctx, field(e, 'green_max_threshold'), `WRED_PROFILE ${e.key} green_max_threshold`, 0, Number.MAX_SAFE_INTEGER);
    const prob = intOf(ctx, field(e, 'green_drop_probability'), `WRED_PROFILE ${e.key} green_drop_probability`, 0, 100);
    const value: QueueEcn = { ecn: /^ecn_(all|green)/.test(ecnMode), unit: 'bytes', maxUnit: 'bytes' };
    if (min !== undefined) value.minThreshold = min;
    if (max !== undefined) value.maxThreshold = max;
    if (prob !== undefined) value.probability = prob;
    wred.set(e.key, located(value, e.obj.keyLoc));
  }
  const strict = new Set(table('SCHEDULER').filter((e) => field(e, 'type')?.value.toUpperCase() === 'STRICT').map((e) => e.key));
  for (const e of table('QUEUE')) {
    const { ports, rest } = splitIndexedKey(e.key);
    const queues = parseIntList(rest, 31) ?? [];
    const sched = field(e, 'scheduler');
    const wp = field(e, 'wred_profile');
    if (sched) refs.push({ kind: 'scheduler', subtype: 'SCHEDULER', name: sonicRefName(sched.value), usage: 'QUEUE scheduler', loc: sched.innerLoc });
    if (wp) refs.push({ kind: 'wred-profile', subtype: 'WRED_PROFILE', name: sonicRefName(wp.value), usage: 'QUEUE wred_profile', loc: wp.innerLoc });
    for (const port of ports) {
      const iface = ifaceOf(port);
      if (!iface) continue;
      for (const q of queues) {
        let qc = iface.queues.find((x) => x.queue === q);
        if (!qc) iface.queues.push((qc = { queue: q, block: { header: e.obj.keyLoc, end: e.obj.close, childIndent: e.obj.childIndent } } satisfies QueueConfig));
        if (sched && strict.has(sonicRefName(sched.value))) qc.strictPriority = located(true, sched.innerLoc);
        const profile = wp ? wred.get(sonicRefName(wp.value)) : undefined;
        if (wp && profile) {
          const l = located(profile.value, wp.innerLoc);
          if (profile.value.ecn) qc.ecn = l;
          else if (field(entry('WRED_PROFILE', sonicRefName(wp.value)), 'wred_green_enable')?.value === 'true') qc.wredDrop = l;
        }
      }
    }
  }

  // Device QoS: the DSCP→TC and TC→queue maps most ports use.
  const usedMap = (fieldName: string): string | undefined => {
    const t = SONIC_MAP_FIELDS[fieldName]!;
    const counts = new Map<string, number>();
    for (const q of portQosMaps) {
      const r = q.maps.find((m) => m.field === fieldName);
      if (r) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [n, c] of counts) if (!best || c > counts.get(best)!) best = n;
    if (best) return best;
    const names = [...(mapNames.get(t) ?? [])];
    return names.length === 1 ? names[0] : undefined;
  };
  const readMap = (t: string, name: string | undefined, max: number): (Setting<number> | undefined)[] => {
    const out: (Setting<number> | undefined)[] = [];
    const e = name ? entry(t, name) : undefined;
    if (!e) return out;
    for (const f of e.obj.fields) {
      const k = /^\d+$/.test(f.name) ? Number(f.name) : NaN;
      const v = /^\s*\d+\s*$/.test(f.value) ? Number(f.value) : NaN;
      if (!Number.isInteger(k) || k > max || !Number.isInteger(v)) {
        ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `${t} ${e.key}: "${f.name}": "${f.value}" is not a number mapping`, loc: f.keyLoc });
        continue;
      }
      out[k] = explicit(v, f.innerLoc);
    }
    return out;
  };
  const dscpMap = usedMap('dscp_to_tc_map');
  const tcQueueMap = usedMap('tc_to_queue_map');

  // Watchdog.
  const watchdog: PfcWatchdog = { enabled: defaulted(false, meta?.obj.keyLoc ?? fileStart) };
  const wdPorts = table('PFC_WD').filter((e) => e.key !== 'GLOBAL');
  const defaultStatus = field(meta, 'default_pfcwd_status');
  if (wdPorts.length > 0) {
    const first = wdPorts[0]!;
    watchdog.enabled = explicit(true, first.obj.keyLoc);
    const ms = (name: string, min: number, max: number): number | undefined => intOf(ctx, field(first, name), `PFC_WD ${first.key} ${name}`, min, max);
    const det = ms('detection_time', 1, 60000);
    const res = ms('restoration_time', 1, 60000);
    const detF = field(first, 'detection_time');
    const resF = field(first, 'restoration_time');
    watchdog.timeout = det !== undefined && detF ? located(det / 1000, detF.innerLoc) : located(SONIC_WATCHDOG.detection, first.obj.keyLoc);
    watchdog.recovery = res !== undefined && resF ? located(res / 1000, resF.innerLoc) : located(SONIC_WATCHDOG.restoration, first.obj.keyLoc);
    const action = field(first, 'action');
    watchdog.action = action ? located(action.value, action.innerLoc) : located(SONIC_WATCHDOG.action, first.obj.keyLoc);
    const global = entry('PFC_WD', 'GLOBAL');
    const pollF = field(global, 'POLL_INTERVAL');
    const poll = intOf(ctx, pollF, 'PFC_WD GLOBAL POLL_INTERVAL', 1, 60000);
    watchdog.polling = poll !== undefined && pollF ? located(poll / 1000, pollF.innerLoc) : located(SONIC_WATCHDOG.poll, (global ?? first).obj.keyLoc);
  } else if (defaultStatus) {
    // `default_pfcwd_status: enable` makes `pfcwd start_default` fill PFC_WD at boot with the defaults.
    const on = defaultStatus.value.trim().toLowerCase() === 'enable';
    watchdog.enabled = explicit(on, defaultStatus.innerLoc);
    if (on) {
      watchdog.timeout = located(SONIC_WATCHDOG.detection, defaultStatus.innerLoc);
      watchdog.recovery = located(SONIC_WATCHDOG.restoration, defaultStatus.innerLoc);
      watchdog.polling = located(SONIC_WATCHDOG.poll, defaultStatus.innerLoc);
      watchdog.action = located(SONIC_WATCHDOG.action, defaultStatus.innerLoc);
    }
  }

  const qos: DeviceQos = {
    dscpToClass: readMap('DSCP_TO_TC_MAP', dscpMap, 63),
    cosToClass: readMap('DOT1P_TO_TC_MAP', usedMap('dot1p_to_tc_map'), 7),
    classToQueue: readMap('TC_TO_QUEUE_MAP', tcQueueMap, 15),
    noDropPriorities: [],
    queues: [],
    watchdog,
    classMaps: [],
    policyMaps: [],
    systemPolicies: [],
  };
  if (dscpMap) qos.classificationPolicy = dscpMap;
  // Each port classifies by the DSCP_TO_TC_MAP its own PORT_QOS_MAP entry names (one table per map name),
  // so a port bound to another map than the rest of the device is judged by its own.
  const portTables = new Map<string, (Setting<number> | undefined)[]>();
  for (const q of portQosMaps) {
    const ref = q.maps.find((m) => m.field === 'dscp_to_tc_map');
    const iface = ref ? ifaceOf(q.port) : undefined;
    if (!ref || !iface || !entry('DSCP_TO_TC_MAP', ref.name)) continue;
    let t = portTables.get(ref.name);
    if (!t) portTables.set(ref.name, (t = ref.name === dscpMap ? qos.dscpToClass : readMap('DSCP_TO_TC_MAP', ref.name, 63)));
    iface.classification = { dscpToClass: t, remark: [], policy: located(ref.name, ref.loc), byCos: false };
  }

  const sonic: SonicFacts = {
    fragment,
    flat: flatCount > 0 && flatCount * 2 >= rootMembers.length,
    root: rootObj,
    tables,
    entries,
    pfcEnableInPort,
    portQosMaps,
    bufferPgs,
    bufferQueues,
    bufferProfiles,
    mapNames,
  };
  if (bufferModel) sonic.bufferModel = bufferModel;

  const end: Position = doc.end;
  const device: Device = {
    hostname,
    dialect: 'sonic',
    uri,
    interfaces,
    qos,
    symbols: { defs, refs },
    topLevelEnd: end,
    notes: ctx.notes,
    sonic,
  };
  if (hostnameLoc) device.hostnameLoc = hostnameLoc;
  if (hwsku) device.platform = hwsku;
  return device;
}
