/**
 * `fabricLint/fabricGraph` and `fabricLint/fabricLink` (docs/protocol.md): the last lint's fabric as a graph, for
 * the VS Code fabric view and any other client. The graph of a lint is built once and kept with it.
 */
import type { FabricGraph, GraphEnd } from '../../../shared/src/fabric-graph';
import { FULL_ENDS_LIMIT } from '../../../shared/src/protocol';
import type { LintResult } from '../engine/types';
import { fabricGraph, linkEnds } from '../output/fabric-graph';

const graphs = new WeakMap<Readonly<LintResult>, Map<'full' | 'brief', FabricGraph>>();

/** The graph of `result`, with every end's values ('full') or names only ('brief'); 'auto' chooses by size. */
export function provideFabricGraph(result: Readonly<LintResult>, ends: 'full' | 'brief' | 'auto'): FabricGraph {
  const detail = ends === 'auto' ? (result.fabric.links.length <= FULL_ENDS_LIMIT ? 'full' : 'brief') : ends;
  let cache = graphs.get(result);
  if (!cache) graphs.set(result, (cache = new Map()));
  let graph = cache.get(detail);
  if (!graph) cache.set(detail, (graph = fabricGraph(result, { ends: detail })));
  return graph;
}

/** Both ends of the link between the two named interfaces, with their values; null when there is none. */
export function provideFabricLink(
  result: Readonly<LintResult>,
  a: { device: string; interface: string },
  b: { device: string; interface: string },
): { a: GraphEnd; b: GraphEnd } | null {
  const graph = provideFabricGraph(result, 'brief');
  const byEnds = linkIndex(graph);
  const index = byEnds.get(endsKey(a, b)) ?? byEnds.get(endsKey(b, a));
  return index === undefined ? null : (linkEnds(result, index) ?? null);
}

const indexes = new WeakMap<FabricGraph, Map<string, number>>();

/** Link index by its two ends, once per graph: a hover card asks for one link of 127,000. */
function linkIndex(graph: FabricGraph): Map<string, number> {
  let m = indexes.get(graph);
  if (!m) {
    m = new Map();
    for (let i = 0; i < graph.links.length; i++) {
      const l = graph.links[i]!;
      const k = endsKey(l.a, l.b);
      if (!m.has(k)) m.set(k, i);
    }
    indexes.set(graph, m);
  }
  return m;
}

function endsKey(a: { device: string; interface: string }, b: { device: string; interface: string }): string {
  return `${a.device}\u0000${a.interface}\u0000${b.device}\u0000${b.interface}`;
}
