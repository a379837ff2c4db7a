/** Messages between the fabric view's webview (client/webview) and the extension (client/src/fabric-panel.ts). */
import type { FabricGraph, GraphEnd } from './fabric-graph';

type EndName = { device: string; interface: string };

export type ToView =
  { type: 'graph'; graph: FabricGraph } | { type: 'linkEnds'; key: string; ends: { a: GraphEnd; b: GraphEnd } | null } | { type: 'error'; message: string };

export type FromView =
  | { type: 'ready' }
  /** The graph is drawn: how many devices and links it has, and how many nodes and edges the picture shows. */
  | { type: 'rendered'; devices: number; links: number; drawnNodes: number; drawnEdges: number }
  | { type: 'openDevice'; device: string }
  | { type: 'openLink'; link: number }
  | { type: 'linkEnds'; key: string; a: EndName; b: EndName };
