import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { Loc, Position } from '../model/location';
import { roleOfInterface } from '../model/interface-roles';
import type { Device, Fabric, Interface } from '../model/types';
import type { NavigationEnv } from './hover';
import { contains, evidenceInOrder, interfaceAt, lspLocation, onHeader, peerOf, requestDevice } from './navigation';
import { nameLocsOf, refLocsOf, structureAt } from './symbol-uses';

/**
 * Find references. On a named structure (a definition's header or name, or a use): every use of it in the file, and
 * its definitions when the client asks for declarations. On an interface's header, or on a line that names a
 * port-channel (`channel-group`, the MLAG/vPC/CLAG peer-link): the other end of its link, every piece of evidence
 * for that link (topology rows, the intent's `links:`, descriptions, addresses), the members of a port-channel, and
 * the intent's `interfaces:` entry that sets its role.
 */
export function provideReferences(params: ReferenceParams, env: NavigationEnv): Location[] | null {
  const at = requestDevice(env, params.textDocument.uri);
  if (!at) return null;
  const { result, device } = at;
  const pos = params.position;
  const withDecl = params.context?.includeDeclaration !== false;
  const structure = structureAt(device, pos);
  let locs: Loc[] | undefined;
  if (structure) {
    locs = [...(withDecl ? structure.defs.flatMap(nameLocsOf) : []), ...structure.refs.flatMap(refLocsOf)];
  } else {
    const iface = interfaceNamedAt(device, pos);
    if (iface) locs = interfaceReferences(result.fabric, device, iface, withDecl, result.intent?.uri);
  }
  return locs ? unique(locs).map((l) => lspLocation(l, env.clientUri)) : null;
}

/** The interface an interface header names, or the port-channel a membership or peer-link line names. */
function interfaceNamedAt(device: Device, pos: Position): Interface | undefined {
  const iface = interfaceAt(device, pos.line);
  if (iface && onHeader(iface, pos.line)) return iface;
  const on = (l: Loc | undefined): boolean => l !== undefined && l.uri === device.uri && contains(l.range, pos);
  for (const i of device.interfaces.values()) if (on(i.channelGroup?.loc)) return device.interfaces.get(i.channelGroup!.value);
  const pg = device.peerGroup;
  if (pg?.peerLink && on(pg.peerLink.loc)) return device.interfaces.get(pg.peerLink.value);
  if (pg?.localInterface && on(pg.localInterface.loc)) return device.interfaces.get(pg.localInterface.value);
  return undefined;
}

function interfaceReferences(fabric: Fabric, device: Device, iface: Interface, withDecl: boolean, intentUri: string | undefined): Loc[] {
  const out: Loc[] = withDecl ? [iface.block.header, ...iface.headers] : [];
  const peer = peerOf(fabric, device, iface);
  if (peer?.peer) out.push(peer.peer.iface.block.header);
  if (peer) for (const e of evidenceInOrder(peer.link)) out.push(...e.locs);
  for (const m of device.interfaces.values()) if (m.channelGroup?.value === iface.name) out.push(m.channelGroup.loc);
  const pg = device.peerGroup;
  if (pg?.peerLink?.value === iface.name) out.push(pg.peerLink.loc);
  if (pg?.localInterface?.value === iface.name) out.push(pg.localInterface.loc);
  if (intentUri) for (const e of roleOfInterface(fabric, iface).evidence) if (e.loc?.uri === intentUri) out.push(e.loc);
  return out;
}

/** Each location once, in the order found. */
function unique(locs: Loc[]): Loc[] {
  const seen = new Set<string>();
  return locs.filter((l) => {
    const k = `${l.uri}#${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
