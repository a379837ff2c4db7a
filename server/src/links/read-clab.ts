import { yamlErrorText } from '../parsing/yaml-errors';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { LinkEvidence } from '../model/types';
import { clabInterfaceName } from './clab-kinds';
import { canonicalInterfaceName } from './names';
import { stem } from '../model/file-names';
import { LineIndex } from '../model/line-index';
import { fileLoc } from './text';
import type { TopologyEndpoint, TopologyProblem, TopologyReadResult } from './types';

/** Nodes that are not devices: links to them are not cables between two configs. */
const PSEUDO_NODES = new Set(['host', 'mgmt-net', 'macvlan']);
const NON_DEVICE_KINDS = new Set(['bridge', 'ovs-bridge', 'ext-container']);

interface ClabNode {
  name: string;
  kind?: string;
  startupConfig?: string;
  /** Host-side paths of bind mounts (`sw1/interfaces:/etc/network/interfaces`). */
  bindSources: string[];
}

function scalarString(node: unknown): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return undefined;
}

function mapGet(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined;
}

/** A path of the topology file, resolved next to it: `file:///lab/topo.clab.yml` + `sw1/x` → `file:///lab/sw1/x`. */
export function resolveBeside(uri: string, rel: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(rel) || rel.startsWith('/')) {
    if (rel.startsWith('/') && /^file:/i.test(uri)) return `file://${rel}`;
    return rel;
  }
  const clean = rel.replace(/^\.\//, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) {
    try {
      return new URL(clean, uri).href;
    } catch {
      /* fall through */
    }
  }
  const slash = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'));
  return slash >= 0 ? `${uri.slice(0, slash + 1)}${clean}` : clean;
}

/**
 * containerlab `*.clab.yml`: `topology.nodes` and `topology.links` (brief form
 * `endpoints: ["a:eth1", "b:e1-1"]` and extended form `endpoints: [{node, interface}]`).
 * Endpoint device = startup-config basename without extension, else the node name; the node name,
 * that basename and the config/bind file uris travel along as `aliases` for `resolveLinks`.
 */
export function readContainerlab(uri: string, text: string): TopologyReadResult {
  const evidence: LinkEvidence[] = [];
  const problems: TopologyProblem[] = [];
  const lines = new LineIndex(text);
  const locOf = (n: YamlNode | undefined | null) => (n?.range ? lines.loc(uri, n.range[0], n.range[1]) : fileLoc(uri));
  try {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
    // `links: *alias` and aliased items mean the anchored node. Resolving one alias at a time never
    // copies anything, so an alias bomb costs no more than its text.
    const deref = (n: unknown): unknown => (isAlias(n) ? n.resolve(doc) : n);
    const get = (map: unknown, key: string): unknown => deref(mapGet(deref(map), key));
    for (const err of doc.errors) {
      problems.push({ message: `containerlab topology: ${yamlErrorText(err.message)}`, loc: lines.loc(uri, err.pos[0], err.pos[1]) });
    }
    const topology = get(doc.contents, 'topology');
    if (!isMap(topology)) {
      problems.push({ message: 'containerlab topology: no `topology:` map', loc: fileLoc(uri) });
      return { evidence, problems };
    }
    const defaultKind = scalarString(get(get(topology, 'defaults'), 'kind'));
    const nodes = new Map<string, ClabNode>();
    const nodesMap = get(topology, 'nodes');
    if (isMap(nodesMap)) {
      for (const pair of (nodesMap as YAMLMap).items) {
        const name = scalarString(deref(pair.key));
        if (name === undefined) continue;
        const body = deref(pair.value);
        const binds = get(body, 'binds');
        const bindSources: string[] = [];
        if (isSeq(binds)) {
          for (const b of binds.items) {
            const s = scalarString(deref(b));
            const src = s?.split(':')[0];
            if (src && !src.startsWith('/') && !src.startsWith('~')) bindSources.push(src); // host paths are not lab files
          }
        }
        const node: ClabNode = { name, bindSources };
        const kind = scalarString(get(body, 'kind')) ?? defaultKind;
        if (kind !== undefined) node.kind = kind;
        const sc = scalarString(get(body, 'startup-config'));
        if (sc !== undefined) node.startupConfig = sc;
        nodes.set(name, node);
      }
    }
    const links = get(topology, 'links');
    if (links !== undefined && !isSeq(links)) {
      problems.push({ message: 'containerlab topology: `links` is not a list', loc: locOf(links as YamlNode) });
    }
    if (!isSeq(links)) return { evidence, problems };

    for (const aliased of links.items) {
      const item = deref(aliased);
      const type = scalarString(get(item, 'type'));
      if (type !== undefined && type !== 'veth') continue; // host/mgmt-net/macvlan/vxlan: one-ended
      const eps = get(item, 'endpoints');
      const loc = locOf((isSeq(eps) ? eps : item) as YamlNode);
      if (!isSeq(eps)) {
        problems.push({ message: 'containerlab link without an `endpoints` list', loc });
        continue;
      }
      const parsed: { node: string; iface: string }[] = [];
      for (const aliasedEp of eps.items) {
        const ep = deref(aliasedEp);
        const s = scalarString(ep);
        if (s !== undefined) {
          const colon = s.indexOf(':');
          if (colon <= 0 || colon === s.length - 1) {
            problems.push({ message: `containerlab endpoint "${s}" is not "node:interface"`, loc: locOf(ep as YamlNode) });
            continue;
          }
          parsed.push({ node: s.slice(0, colon), iface: s.slice(colon + 1) });
        } else if (isMap(ep)) {
          const node = scalarString(get(ep, 'node'));
          const iface = scalarString(get(ep, 'interface'));
          if (node === undefined || iface === undefined) {
            problems.push({ message: 'containerlab endpoint without `node` and `interface`', loc: locOf(ep as YamlNode) });
            continue;
          }
          parsed.push({ node, iface });
        } else {
          problems.push({
            message: 'containerlab endpoint is neither "node:interface" nor a map with `node` and `interface`',
            loc: locOf((ep ?? eps) as YamlNode),
          });
        }
      }
      // The count is that of the list as written; an endpoint that could not be read was reported above.
      if (eps.items.length !== 2) {
        const n = eps.items.length;
        problems.push({ message: `containerlab link has ${n} endpoint${n === 1 ? '' : 's'}, expected 2`, loc });
        continue;
      }
      if (parsed.length !== 2) continue;
      const ends: TopologyEndpoint[] = [];
      for (const p of parsed) {
        if (PSEUDO_NODES.has(p.node)) break;
        const node = nodes.get(p.node);
        if (!node) {
          problems.push({ message: `containerlab link endpoint "${p.node}:${p.iface}": node "${p.node}" is not in topology.nodes`, loc });
          break;
        }
        if (node.kind && NON_DEVICE_KINDS.has(node.kind.toLowerCase())) break;
        ends.push(endpointOf(uri, node, p.iface));
      }
      const [a, b] = ends;
      if (ends.length !== 2 || !a || !b) continue;
      evidence.push({
        source: 'clab',
        a,
        b,
        locs: [loc],
        detail: `containerlab link ${parsed.map((p) => `${p.node}:${p.iface}`).join(' ↔ ')}`,
      });
    }
  } catch (e) {
    problems.push({ message: `containerlab topology could not be read: ${(e as Error).message}`, loc: fileLoc(uri) });
  }
  return { evidence, problems };
}

function endpointOf(uri: string, node: ClabNode, written: string): TopologyEndpoint {
  const device = node.startupConfig ? stem(node.startupConfig) || node.name : node.name;
  const aliases = [node.name];
  if (node.startupConfig) aliases.push(resolveBeside(uri, node.startupConfig));
  for (const b of node.bindSources) aliases.push(resolveBeside(uri, b));
  const iface = canonicalInterfaceName(clabInterfaceName(node.kind, written));
  const ep: TopologyEndpoint = { device, interface: iface, aliases: aliases.filter((x) => x !== device) };
  if (iface !== written) ep.written = written;
  return ep;
}
