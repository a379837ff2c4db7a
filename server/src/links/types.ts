import type { Loc } from '../model/location';
import type { Endpoint, LinkEvidence, NeighborAdvert } from '../model/types';

/** Something a topology file states that could not become evidence (bad row, unknown node …). */
export interface TopologyProblem {
  message: string;
  loc: Loc;
}

export interface TopologyReadResult {
  evidence: LinkEvidence[];
  problems: TopologyProblem[];
  /**
   * Every neighbour an LLDP file reports, with what it advertises, including those that cannot be link evidence
   * (a MAC-address port ID): `resolveExternalNeighbors` keeps the ones outside the workspace as role evidence.
   */
  neighbors?: ObservedNeighbor[];
}

/** One LLDP neighbour as a file reports it: the local end as written, and the neighbour's advertisement. */
export interface ObservedNeighbor {
  local: Endpoint;
  advert: NeighborAdvert;
  loc: Loc;
}

export type TopologyReader = (uri: string, text: string) => TopologyReadResult;

/**
 * An endpoint read from a topology file. `device` is the best guess of the hostname; `aliases` are
 * other names the file knows the same device by (a containerlab node name, a startup-config
 * basename), which `resolveLinks` also tries. `written` is the interface as the file wrote it when a
 * reader translated it (containerlab `eth1` → `Ethernet1`).
 */
export interface TopologyEndpoint extends Endpoint {
  aliases?: string[];
  written?: string;
}

export function endpointAliases(e: Endpoint): readonly string[] {
  return (e as TopologyEndpoint).aliases ?? [];
}

export type TopologyFormat = 'clab' | 'layer1' | 'avd-csv' | 'sonic-config-db' | 'lldp-eos' | 'lldp-nxos' | 'lldpctl';
