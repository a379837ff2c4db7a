import type { Loc } from '../model/location';
import type { LinkEvidence, NeighborAdvert } from '../model/types';
import { topologyEndpoint } from './endpoint';
import { items, prop, str, type JsonDocument, type JsonValue } from '../parsing/json-adapter';
import { readJsonInput } from './json-input';
import { baseName } from '../model/file-names';
import { fileLoc } from './text';
import type { ObservedNeighbor, TopologyReadResult } from './types';

/**
 * The local device of an LLDP file whose JSON does not name it, from the file name:
 * `<host>.lldp.json`, `<host>-lldp.json`, `<host>_lldp.json`, `lldp-<host>.json`, `lldp_<host>.json`,
 * `lldp.<host>.json` (case-insensitive). A top-level `"hostname"` string in the JSON wins over the name.
 */
export function lldpHostFromUri(uri: string): string | undefined {
  const name = baseName(uri);
  const m = /^(.+?)[._-]lldp(?:[._-][^.]*)?\.json$/i.exec(name) ?? /^lldp[._-](.+?)\.json$/i.exec(name);
  const host = m?.[1]?.trim();
  return host ? host : undefined;
}

/** `"Ethernet1"` with the quotes EOS puts inside interfaceId. */
function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

const MAC = /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^(?:[0-9a-f]{4}\.){2}[0-9a-f]{4}$/i;
const IFNAME_LIKE = /^[A-Za-z][\w\-/:.]*\d$/;

interface Neighbor {
  local: string;
  peer: string;
  peerPort: string;
  /** The port ID subtype as the file says it; a MAC-looking value counts as a MAC whatever it says. */
  portIdKind: NeighborAdvert['portIdKind'];
  capabilities?: string[];
  loc: Loc;
}

/** The port ID subtype from the file's own word (interfaceName, Mac Address, ifname, local …) and the value. */
function portKind(written: string | undefined, value: string): NeighborAdvert['portIdKind'] {
  if (MAC.test(value) || /mac/i.test(written ?? '')) return 'mac';
  return /local/i.test(written ?? '') ? 'local' : 'ifname';
}

/** NX-OS capability letters ("B, R"; R router, B bridge, T telephone, C DOCSIS, W WLAN, P repeater, S station, O other). */
const NXOS_CAPABILITIES: Readonly<Record<string, string>> = {
  R: 'router',
  B: 'bridge',
  T: 'telephone',
  C: 'docsis',
  W: 'wlan',
  P: 'repeater',
  S: 'station',
  O: 'other',
};

type Collect = (root: JsonValue, doc: JsonDocument) => Neighbor[];

function finish(uri: string, text: string, label: string, collect: Collect): TopologyReadResult {
  const evidence: LinkEvidence[] = [];
  const { doc, root, problems } = readJsonInput(uri, text, label);
  if (!doc || !root) return { evidence, problems };
  const neighbors = collect(root, doc);
  if (neighbors.length === 0) return { evidence, problems };
  const host = str(prop(root, 'hostname'))?.trim() || lldpHostFromUri(uri);
  if (!host) {
    problems.push({
      message: `${label}: cannot tell which device this is: name the file <hostname>.lldp.json (or lldp-<hostname>.json), or add a top-level "hostname"`,
      loc: fileLoc(uri),
    });
    return { evidence, problems };
  }
  const observed: ObservedNeighbor[] = [];
  for (const n of neighbors) {
    const advert: NeighborAdvert = { systemName: n.peer, portId: n.peerPort, portIdKind: n.portIdKind };
    if (n.capabilities) advert.capabilities = n.capabilities;
    observed.push({ local: topologyEndpoint(host, n.local), advert, loc: n.loc });
    // A MAC-address port ID names no interface: the neighbour is role evidence, not a link.
    if (n.portIdKind === 'mac') continue;
    evidence.push({
      source: 'lldp',
      a: topologyEndpoint(host, n.local),
      b: topologyEndpoint(n.peer, n.peerPort),
      locs: [n.loc],
      detail: `LLDP ${host}:${n.local} sees ${n.peer}:${n.peerPort}`,
    });
  }
  return { evidence, problems, neighbors: observed };
}

/**
 * Arista EOS `show lldp neighbors detail | json`
 * (`lldpNeighbors: {Ethernet1: {lldpNeighborInfo: [{systemName, neighborInterfaceInfo: {interfaceId_v2 | interfaceId}}]}}`)
 * and `show lldp neighbors | json` (`lldpNeighbors: [{port, neighborDevice, neighborPort}]`).
 */
export function readEosLldp(uri: string, text: string): TopologyReadResult {
  return finish(uri, text, 'EOS LLDP', (root, doc) => {
    const out: Neighbor[] = [];
    const table = prop(root, 'lldpNeighbors');
    if (table?.type === 'object') {
      for (const p of table.members) {
        for (const info of items(prop(p.value, 'lldpNeighborInfo'))) {
          const peer = str(prop(info, 'systemName'))?.trim() || str(prop(info, 'chassisId'))?.trim();
          const ii = prop(info, 'neighborInterfaceInfo');
          const port = str(prop(ii, 'interfaceId_v2')) ?? unquote(str(prop(ii, 'interfaceId')) ?? '');
          if (!peer || !port) continue;
          const n: Neighbor = {
            local: p.key,
            peer,
            peerPort: port,
            portIdKind: portKind(str(prop(ii, 'interfaceIdType')), port),
            loc: doc.loc(info.start, info.end),
          };
          const caps = eosCapabilities(prop(info, 'systemCapabilities'));
          if (caps) n.capabilities = caps;
          out.push(n);
        }
      }
    } else if (table?.type === 'array') {
      for (const row of table.items) {
        const local = str(prop(row, 'port'));
        const peer = str(prop(row, 'neighborDevice'))?.trim();
        const port = str(prop(row, 'neighborPort'));
        if (local && peer && port) out.push({ local, peer, peerPort: port, portIdKind: portKind(undefined, port), loc: doc.loc(row.start, row.end) });
      }
    }
    return out;
  });
}

/**
 * Cisco NX-OS `show lldp neighbors detail | json` (`TABLE_nbor_detail.ROW_nbor_detail[]`: l_port_id,
 * sys_name, port_id) and `show lldp neighbors | json` (`TABLE_nbor.ROW_nbor[]`: l_port_id, chassis_id
 * = device id, port_id). A single row may be printed as an object instead of an array.
 */
export function readNxosLldp(uri: string, text: string): TopologyReadResult {
  return finish(uri, text, 'NX-OS LLDP', (root, doc) => {
    const out: Neighbor[] = [];
    const rows = [
      ...items(prop(prop(root, 'TABLE_nbor_detail'), 'ROW_nbor_detail')).map((r) => ({ r, nameKey: 'sys_name' })),
      ...items(prop(prop(root, 'TABLE_nbor'), 'ROW_nbor')).map((r) => ({ r, nameKey: 'chassis_id' })),
    ];
    for (const { r, nameKey } of rows) {
      const local = str(prop(r, 'l_port_id'));
      const peer = (str(prop(r, nameKey)) ?? str(prop(r, 'sys_name')))?.trim();
      const port = str(prop(r, 'port_id'));
      if (!local || !peer || peer === 'null' || !port) continue;
      const n: Neighbor = { local, peer, peerPort: port, portIdKind: portKind(str(prop(r, 'port_type')), port), loc: doc.loc(r.start, r.end) };
      const caps = str(prop(r, 'enabled_capability')) ?? str(prop(r, 'capability'));
      if (caps !== undefined) n.capabilities = nxosCapabilities(caps);
      out.push(n);
    }
    return out;
  });
}

/** lldpd `lldpctl -f json`: `lldp.interface` as `{swp1: {chassis: {<name>: {…}}, port: {id: {type, value}}}}` or an array of such objects. */
export function readLldpctl(uri: string, text: string): TopologyReadResult {
  return finish(uri, text, 'lldpctl', (root, doc) => {
    const out: Neighbor[] = [];
    const ifs = prop(prop(root, 'lldp'), 'interface');
    const entries: { name: string; body: JsonValue; start: number; end: number }[] = [];
    const addObject = (o: JsonValue) => {
      if (o.type !== 'object') return;
      const name = str(prop(o, 'name'));
      if (name !== undefined && prop(o, 'chassis')) {
        entries.push({ name, body: o, start: o.start, end: o.end }); // json0-like element with a name field
        return;
      }
      for (const p of o.members) if (p.value) entries.push({ name: p.key, body: p.value, start: p.keyStart, end: p.value.end });
    };
    if (ifs?.type === 'object') addObject(ifs);
    else if (ifs?.type === 'array') for (const el of ifs.items) addObject(el);
    for (const e of entries) {
      for (const body of items(e.body)) {
        const chassis = chassisInfo(prop(body, 'chassis'));
        const port = portName(prop(body, 'port'));
        if (!chassis || !port) continue;
        const n: Neighbor = { local: e.name, peer: chassis.name, peerPort: port.value, portIdKind: port.kind, loc: doc.loc(e.start, e.end) };
        if (chassis.capabilities) n.capabilities = chassis.capabilities;
        out.push(n);
      }
    }
    return out;
  });
}

/** JSON true, or the strings lldpctl's older JSON writers print ("on", "true"). */
function isTrue(v: JsonValue | undefined): boolean {
  if (v?.type === 'boolean') return v.value === true;
  return v?.type === 'string' && /^(on|true|yes)$/i.test(v.value);
}

/** EOS `systemCapabilities`: `{bridge: true, router: false}`, capability → enabled. */
function eosCapabilities(v: JsonValue | undefined): string[] | undefined {
  if (v?.type !== 'object') return undefined;
  return v.members.filter((m) => isTrue(m.value)).map((m) => m.key.toLowerCase());
}

function nxosCapabilities(letters: string): string[] {
  return letters
    .split(/[\s,]+/)
    .filter((l) => l !== '')
    .map((l) => NXOS_CAPABILITIES[l.toUpperCase()] ?? l.toLowerCase());
}

/** lldpctl chassis: its name (the key of its object, or a `name` field; else the chassis ID) and enabled capabilities. */
function chassisInfo(chassis: JsonValue | undefined): { name: string; capabilities?: string[] } | undefined {
  for (const c of items(chassis)) {
    if (c.type !== 'object') continue;
    const named = str(prop(c, 'name')) ?? str(prop(items(prop(c, 'name'))[0], 'value'));
    let body: JsonValue | undefined = c;
    let name = named?.trim();
    if (!name) {
      const inner = c.members.find((p) => p.value?.type === 'object' && p.key !== 'id' && p.key !== 'capability');
      if (inner) {
        name = inner.key.trim();
        body = inner.value;
      }
    }
    name ||= str(prop(items(prop(body, 'id'))[0], 'value'))?.trim();
    if (!name) continue;
    const out: { name: string; capabilities?: string[] } = { name };
    const caps = items(prop(body, 'capability'));
    if (caps.length > 0) {
      out.capabilities = caps
        .filter((k) => isTrue(prop(k, 'enabled')))
        .map((k) => (str(prop(k, 'type')) ?? '').toLowerCase())
        .filter((k) => k !== '');
    }
    return out;
  }
  return undefined;
}

/** lldpctl port: the interface name (`ifname`, an ifname-like local ID or description), else the MAC port ID. */
function portName(port: JsonValue | undefined): { value: string; kind: NeighborAdvert['portIdKind'] } | undefined {
  let mac: string | undefined;
  for (const p of items(port)) {
    for (const id of items(prop(p, 'id'))) {
      const type = str(prop(id, 'type'));
      const value = str(prop(id, 'value'));
      if (!value) continue;
      if (MAC.test(value) || type === 'mac') {
        mac ??= value;
        continue;
      }
      if (type === 'ifname') return { value, kind: 'ifname' };
      if (type === 'local' && IFNAME_LIKE.test(value)) return { value, kind: 'local' };
    }
    const descr = str(prop(p, 'descr')) ?? str(prop(items(prop(p, 'descr'))[0], 'value'));
    if (descr && IFNAME_LIKE.test(descr) && !/\s/.test(descr)) return { value: descr, kind: 'ifname' };
  }
  return mac ? { value: mac, kind: 'mac' } : undefined;
}
