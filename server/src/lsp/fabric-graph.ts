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
  const same = (x: { device: string; interface: string }, y: { device: string; interface: string }): boolean =>
    x.device === y.device && x.interface === y.interface;
  const graph = provideFabricGraph(result, 'brief');
  const index = graph.links.findIndex((l) => (same(l.a, a) && same(l.b, b)) || (same(l.a, b) && same(l.b, a)));
  return index < 0 ? null : (linkEnds(result, index) ?? null);
}
