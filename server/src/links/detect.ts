import { readAvdCsv } from './read-avd-csv';
import { readContainerlab } from './read-clab';
import { readLayer1Topology } from './read-layer1';
import { readEosLldp, readLldpctl, readNxosLldp } from './read-lldp';
import { readSonicDeviceNeighbor } from './read-sonic';
import { baseName } from '../model/file-names';
import type { TopologyFormat, TopologyReadResult, TopologyReader } from './types';

/** How much of a file detection looks at: enough for a header or the first keys, never a full parse. */
const HEAD = 8192;

/** Names topology files usually have (activation and the client's selector; content still decides, below). */
export const TOPOLOGY_WORKSPACE_FILES = [
  '**/*.clab.yml',
  '**/*.clab.yaml',
  '**/*layer1_topology*.json',
  '**/*lldp*.json',
  '**/*-topology.csv',
  '**/*-p2p-links.csv',
];

/**
 * Which topology format a workspace file is, by name and a look at its head (no parse):
 * - `*.clab.yml|yaml` → clab; other YAML whose head has `topology:`, `nodes:` and `links:` → clab.
 * - `*layer1_topology.json` → layer1; other JSON whose head has `"edges"`, `"node1"`, `"interfaceName"` → layer1.
 * - `.csv` whose first line names `Node`, `Node Interface`, `Peer Node`, `Peer Interface` → avd-csv.
 * - JSON with `"lldpNeighbors"` in its head → lldp-eos; `"TABLE_nbor_detail"`/`"TABLE_nbor"` → lldp-nxos;
 *   `{"lldp": {"interface"` → lldpctl.
 * - JSON containing a `"DEVICE_NEIGHBOR"` table (nested or `"DEVICE_NEIGHBOR|` keys; a plain substring
 *   search over the file, which a config_db needs since tables are sorted) → sonic-config-db.
 *   Such a file is also a SONiC device config; the engine reads it as both.
 */
export function detectTopologyFormat(uri: string, text: string): TopologyFormat | undefined {
  const name = baseName(uri).toLowerCase();
  const head = text.slice(0, HEAD);
  if (/\.clab\.ya?ml$/.test(name)) return 'clab';
  if (/\.ya?ml$/.test(name)) {
    // [ \t], not \s: \s takes line breaks, and a run of blank lines would be rescanned from each of its lines.
    return /^topology:[ \t]*$/m.test(head) && /^[ \t]+nodes:[ \t]*$/m.test(head) && /^[ \t]+links:[ \t]*$/m.test(text) ? 'clab' : undefined;
  }
  if (name.endsWith('.csv')) {
    const first = (head.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
    const cols = first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    return ['node', 'node interface', 'peer node', 'peer interface'].every((c) => cols.includes(c)) ? 'avd-csv' : undefined;
  }
  if (!name.endsWith('.json') && !/^\s*[{[]/.test(head)) return undefined;
  if (/layer1_topology\.json$/.test(name)) return 'layer1';
  if (/"edges"\s*:/.test(head) && head.includes('"node1"') && head.includes('"interfaceName"')) return 'layer1';
  if (head.includes('"lldpNeighbors"')) return 'lldp-eos';
  if (/"TABLE_nbor(?:_detail)?"/.test(head)) return 'lldp-nxos';
  if (/^\s*\{\s*"lldp"\s*:\s*\{\s*"interface"/.test(head)) return 'lldpctl';
  if (text.includes('"DEVICE_NEIGHBOR"') || text.includes('"DEVICE_NEIGHBOR|')) return 'sonic-config-db';
  return undefined;
}

export const TOPOLOGY_READERS: Record<TopologyFormat, TopologyReader> = {
  clab: readContainerlab,
  layer1: readLayer1Topology,
  'avd-csv': readAvdCsv,
  'sonic-config-db': readSonicDeviceNeighbor,
  'lldp-eos': readEosLldp,
  'lldp-nxos': readNxosLldp,
  lldpctl: readLldpctl,
};

/** Detects and reads a topology file; undefined when the file is not one. Never throws. */
export function readTopologyFile(uri: string, text: string): (TopologyReadResult & { format: TopologyFormat }) | undefined {
  const format = detectTopologyFormat(uri, text);
  if (!format) return undefined;
  try {
    return { format, ...TOPOLOGY_READERS[format](uri, text) };
  } catch (e) {
    return {
      format,
      evidence: [],
      problems: [{ message: `${format}: ${(e as Error).message}`, loc: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }],
    };
  }
}
