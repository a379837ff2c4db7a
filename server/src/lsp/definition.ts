import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { NavigationEnv } from './hover';
import { definitionsOf, interfaceAt, lspLocation, onHeader, peerOf, requestDevice, symbolRefAt } from './navigation';

/**
 * Go to definition: from a reference to a named structure to its definition(s) on the same device;
 * from an interface header to the header of the interface at the other end of its link.
 */
export function provideDefinition(params: DefinitionParams, env: NavigationEnv): Location[] | null {
  const at = requestDevice(env, params.textDocument.uri);
  if (!at) return null;
  const { result, device } = at;
  const pos = params.position;
  const ref = symbolRefAt(device, pos);
  if (ref) {
    const defs = definitionsOf(device, ref);
    return defs.length > 0 ? defs.map((d) => lspLocation(d.loc, env.clientUri)) : null;
  }
  const iface = interfaceAt(device, pos.line);
  if (!iface || !onHeader(iface, pos.line)) return null;
  const peer = peerOf(result.fabric, device, iface)?.peer;
  return peer ? [lspLocation(peer.iface.block.header, env.clientUri)] : null;
}
