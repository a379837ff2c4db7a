import type { Loc } from '../model/location';
import type { Endpoint, LinkEvidence } from '../model/types';

/** Something a topology file states that could not become evidence (bad row, unknown node …). */
export interface TopologyProblem {
  message: string;
  loc: Loc;
}

export interface TopologyReadResult {
  evidence: LinkEvidence[];
  problems: TopologyProblem[];
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

export type TopologyFormat =
  | 'clab'
  | 'layer1'
  | 'avd-csv'
  | 'sonic-config-db'
  | 'lldp-eos'
  | 'lldp-nxos'
  | 'lldpctl';
