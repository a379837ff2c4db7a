import type { LinkEvidence } from '../model/types';
import { topologyEndpoint, pairKey } from './endpoint';
import { prop, str, type JsonValue } from '../parsing/json-adapter';
import { readJsonInput } from './json-input';
import { fileLoc } from './text';
import type { TopologyReadResult } from './types';

/**
 * Batfish `layer1_topology.json`: `{"edges": [{"node1": {"hostname", "interfaceName"}, "node2": …}]}`.
 * Batfish lists both directions of a cable in some snapshots; the reverse edge is dropped. The loc of
 * an edge is its whole `{…}` object.
 */
export function readLayer1Topology(uri: string, text: string): TopologyReadResult {
  const evidence: LinkEvidence[] = [];
  const { doc, root, problems } = readJsonInput(uri, text, 'layer1 topology');
  const invalid = problems.length > 0;
  const edges = prop(root, 'edges');
  if (!doc || !edges || edges.type !== 'array') {
    if (!invalid) problems.push({ message: 'layer1 topology: no "edges" array', loc: fileLoc(uri) });
    return { evidence, problems };
  }
  const seen = new Set<string>();
  for (const edge of edges.items) {
    const loc = doc.loc(edge.start, edge.end);
    const n1 = end(prop(edge, 'node1'));
    const n2 = end(prop(edge, 'node2'));
    if (!n1 || !n2) {
      problems.push({ message: 'layer1 edge without node1/node2 {hostname, interfaceName}', loc });
      continue;
    }
    const a = topologyEndpoint(n1.host, n1.iface);
    const b = topologyEndpoint(n2.host, n2.iface);
    const key = pairKey(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ source: 'layer1', a, b, locs: [loc], detail: `layer1 edge ${n1.host}:${n1.iface} ↔ ${n2.host}:${n2.iface}` });
  }
  return { evidence, problems };
}

function end(node: JsonValue | undefined): { host: string; iface: string } | undefined {
  const host = str(prop(node, 'hostname'));
  const iface = str(prop(node, 'interfaceName'));
  return host && iface ? { host, iface } : undefined;
}
