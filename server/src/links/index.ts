export { CLAB_KIND_NAMING, clabInterfaceName, type ClabNaming } from './clab-kinds';
export { TOPOLOGY_READERS, detectTopologyFormat, readTopologyFile } from './detect';
export { DEFAULT_DESCRIPTION_PATTERNS, inferDescriptionLinks, inferPortChannelLinks, inferSubnetLinks } from './infer';
export { readAvdCsv } from './read-avd-csv';
export { readContainerlab } from './read-clab';
export { readLayer1Topology } from './read-layer1';
export { lldpHostFromUri, readEosLldp, readLldpctl, readNxosLldp } from './read-lldp';
export { deviceNeighborEvidence, readSonicDeviceNeighbor } from './read-sonic';
export {
  DEFAULT_SOURCE_ORDER,
  compareEndpoints,
  resolveExternalNeighbors,
  resolveLinks,
  type ResolveOptions,
  type ResolveProblem,
  type ResolveResult,
} from './resolve';
export type { ObservedNeighbor, TopologyEndpoint, TopologyFormat, TopologyProblem, TopologyReadResult, TopologyReader } from './types';

import { TOPOLOGY_READERS } from './detect';
import type { TopologyFormat, TopologyReadResult } from './types';

/** Reads a file of a known topology format (from `detectTopologyFormat`). Never throws. */
export function readTopology(format: TopologyFormat, uri: string, text: string): TopologyReadResult {
  try {
    return TOPOLOGY_READERS[format](uri, text);
  } catch (e) {
    return {
      evidence: [],
      problems: [{ message: `${format}: ${(e as Error).message}`, loc: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }],
    };
  }
}
