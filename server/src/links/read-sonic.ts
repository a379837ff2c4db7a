import type { LinkEvidence } from '../model/types';
import { topologyEndpoint } from './endpoint';
import { prop, str, type JsonDocument, type JsonMember, type JsonValue } from '../parsing/json-adapter';
import { readJsonInput } from './json-input';
import { fileLoc } from './text';
import { hostnameFromUri } from '../model/file-names';
import type { TopologyReadResult } from './types';

/** A redis-dump entry wraps the fields as `{"type": "hash", "value": {…}}`. */
function fields(node: JsonValue | undefined): JsonValue | undefined {
  const inner = prop(node, 'value');
  return inner?.type === 'object' && str(prop(node, 'type')) === 'hash' ? inner : node;
}

function hasValue(m: JsonMember): m is JsonMember & { value: JsonValue } {
  return m.value !== undefined;
}

/** Hostname a SONiC config_db stands for when DEVICE_METADATA has none: the folder for `…/<dev>/config_db.json`. */
export function sonicHostFromUri(uri: string): string {
  return hostnameFromUri(uri, { genericStem: /^config_db$/i, suffix: /_config_db$/i });
}

/**
 * SONiC `DEVICE_NEIGHBOR` from a config_db.json file, nested (`"DEVICE_NEIGHBOR": {"Ethernet0": {name, port}}`)
 * or flat redis-dump (`"DEVICE_NEIGHBOR|Ethernet0": {name, port}` or `{type: hash, value: {…}}`).
 * The local device is `DEVICE_METADATA.localhost.hostname`. The loc is the `"EthernetN": {…}` entry.
 */
export function readSonicDeviceNeighbor(uri: string, text: string): TopologyReadResult {
  const { doc, root, problems } = readJsonInput(uri, text, 'config_db');
  if (!doc || root?.type !== 'object') return { evidence: [], problems };
  let host: string | undefined;
  for (const p of root.members) {
    if (!hasValue(p)) continue;
    if (p.key === 'DEVICE_METADATA') host ??= str(prop(prop(p.value, 'localhost'), 'hostname'));
    else if (p.key === 'DEVICE_METADATA|localhost') host ??= str(prop(fields(p.value), 'hostname'));
  }
  const localHost = host?.trim() || sonicHostFromUri(uri);
  const read = deviceNeighborEvidence(doc, localHost);
  if (!host && read.evidence.length + read.problems.length > 0) {
    problems.push({
      message: `config_db: DEVICE_METADATA.localhost.hostname is missing; DEVICE_NEIGHBOR is read as the neighbours of "${localHost}"`,
      loc: fileLoc(uri),
    });
  }
  return { evidence: read.evidence, problems: [...problems, ...read.problems] };
}

/**
 * The DEVICE_NEIGHBOR entries of an already parsed config_db, as links of `localHost`. The SONiC extractor
 * calls this with the document it read, so a config_db is parsed once.
 */
export function deviceNeighborEvidence(doc: JsonDocument, localHost: string): TopologyReadResult {
  const evidence: LinkEvidence[] = [];
  const problems: TopologyReadResult['problems'] = [];
  const root = doc.root;
  if (root?.type !== 'object') return { evidence, problems };
  const entries: { local: string; entry: JsonMember & { value: JsonValue } }[] = [];
  for (const p of root.members) {
    if (!hasValue(p)) continue; // a syntax error left the value out: nothing to read
    if (p.key === 'DEVICE_NEIGHBOR' && p.value.type === 'object') {
      for (const e of p.value.members) if (hasValue(e)) entries.push({ local: e.key, entry: e });
    } else if (p.key.startsWith('DEVICE_NEIGHBOR|')) {
      entries.push({ local: p.key.slice('DEVICE_NEIGHBOR|'.length), entry: p });
    }
  }
  for (const { local, entry } of entries) {
    const loc = doc.loc(entry.keyStart, entry.value.end);
    const f = fields(entry.value);
    const localPort = str(prop(f, 'local_port')) ?? local;
    const name = str(prop(f, 'name')) ?? (str(prop(f, 'local_port')) ? local : undefined);
    const port = str(prop(f, 'port'));
    if (!name || !port) {
      problems.push({ message: `DEVICE_NEIGHBOR ${local}: needs "name" and "port"`, loc });
      continue;
    }
    evidence.push({
      source: 'sonic-device-neighbor',
      a: topologyEndpoint(localHost, localPort),
      b: topologyEndpoint(name, port),
      locs: [loc],
      detail: `DEVICE_NEIGHBOR ${localHost}:${localPort} → ${name}:${port}`,
    });
  }
  return { evidence, problems };
}
