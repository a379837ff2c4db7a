import type { Position } from '../model/location';
import { comparePositions, type Loc, type Range } from '../model/location';
import type { Device, Fabric, Interface, Link, LinkEvidence, SymbolDef, SymbolRef } from '../model/types';
import type { LintResult } from '../engine/types';
import type { NavigationEnv } from './hover';

/**
 * Read-only lookups shared by hover (lsp/hover.ts) and go to definition (lsp/definition.ts): what the
 * last lint understood at a position of a config file. Uris here are canonical (lsp/workspace-sync.ts).
 */

/**
 * What a request about a document reads: the last lint and the device the document became. Undefined before the
 * first lint, and for a file that is no device (a topology file, the intent, a file set aside).
 */
export function requestDevice(env: NavigationEnv, uri: string): { result: Readonly<LintResult>; device: Device } | undefined {
  const result = env.result();
  if (!result) return undefined;
  const device = deviceOf(result.fabric, env.canonical(uri));
  return device ? { result, device } : undefined;
}

/** The device a config file became; also one left out of the fabric for a duplicate hostname is not found. */
export function deviceOf(fabric: Fabric, uri: string): Device | undefined {
  for (const d of fabric.devices.values()) if (d.uri === uri) return d;
  return undefined;
}

export function contains(range: Range, pos: Position): boolean {
  return comparePositions(range.start, pos) <= 0 && comparePositions(pos, range.end) <= 0;
}

/** The use of a named structure under the cursor (the name itself). */
export function symbolRefAt(device: Device, pos: Position): SymbolRef | undefined {
  return device.symbols.refs.find((r) => r.loc.uri === device.uri && contains(r.loc.range, pos));
}

/** Definitions a reference names on the same device: same kind and name, the same subtype when one is known. */
export function definitionsOf(device: Device, ref: SymbolRef): SymbolDef[] {
  const named = device.symbols.defs.filter((d) => d.kind === ref.kind && d.name === ref.name);
  const typed = named.filter((d) => ref.subtype === undefined || d.subtype === undefined || d.subtype === ref.subtype);
  // A SONiC table is its own name space: a name in another table is not this reference's definition.
  return typed.length > 0 || ref.table ? typed : named;
}

/** True when the line is one of the interface's header lines. */
export function onHeader(iface: Interface, line: number): boolean {
  return [iface.block.header, ...iface.headers].some((h) => h.range.start.line <= line && line <= h.range.end.line);
}

/** The interface whose section (header line through block.end) holds the line; the innermost when sections nest. */
export function interfaceAt(device: Device, line: number): Interface | undefined {
  let best: Interface | undefined;
  for (const iface of device.interfaces.values()) {
    const inside =
      onHeader(iface, line) ||
      [iface.block].some((b) => {
        const first = b.header.range.start.line;
        const last = b.end.character === 0 && b.end.line > first ? b.end.line - 1 : b.end.line;
        return first <= line && line <= last;
      });
    if (!inside) continue;
    if (!best || best.block.header.range.start.line < iface.block.header.range.start.line) best = iface;
  }
  return best;
}

export interface PeerEnd {
  link: Link;
  device: string;
  interface: string;
  /** The peer as parsed, when its config is in the workspace. */
  peer?: { device: Device; iface: Interface };
}

/** The link this interface is one end of, and the other end. */
export function peerOf(fabric: Fabric, device: Device, iface: Interface): PeerEnd | undefined {
  for (const link of fabric.links) {
    const isA = link.a.device === device.hostname && link.a.interface === iface.name;
    const isB = link.b.device === device.hostname && link.b.interface === iface.name;
    if (!isA && !isB) continue;
    const other = isA ? link.b : link.a;
    const d = fabric.devices.get(other.device);
    const i = d?.interfaces.get(other.interface);
    return { link, device: other.device, interface: other.interface, ...(d && i ? { peer: { device: d, iface: i } } : {}) };
  }
  return undefined;
}

/** The link's evidence, the winning piece first, otherwise in the resolver's order. */
export function evidenceInOrder(link: Link): LinkEvidence[] {
  const wins = (e: LinkEvidence): boolean => e.source === link.source && e.detail === link.detail;
  const first = link.evidence.filter(wins);
  if (first.length === 0) return [{ source: link.source, a: link.a, b: link.b, locs: [], detail: link.detail }, ...link.evidence];
  return [...first, ...link.evidence.filter((e) => !wins(e))];
}

export function lspLocation(loc: Loc, clientUri: (uri: string) => string): { uri: string; range: Range } {
  return { uri: clientUri(loc.uri), range: loc.range };
}
