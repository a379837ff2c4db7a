/** Which interfaces carry the traffic the rules judge, and what they face. */
import { interfaceRoles } from '../../model/interface-roles';
import type { Fabric, Interface } from '../../model/types';

const DATA_PORT_KINDS = new Set<Interface['kind']>(['physical', 'port-channel', 'subinterface']);

/** An enabled physical port, port-channel or subinterface: where queues and classification take effect. */
export function isDataPort(iface: Interface): boolean {
  return DATA_PORT_KINDS.has(iface.kind) && iface.adminUp.value;
}

/**
 * Interfaces that face another switch of the workspace: role fabric (linked, or a member of a linked port-channel)
 * or MLAG/vPC peer-link (model/interface-roles). A port whose far end is unknown is not one of them.
 */
export function linkedInterfaces(fabric: Fabric): Set<Interface> {
  const s = new Set<Interface>();
  for (const [iface, r] of interfaceRoles(fabric)) if ((r.role === 'fabric' && !r.viaSubinterface) || r.role === 'peer-link') s.add(iface);
  return s;
}
