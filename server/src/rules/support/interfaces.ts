/** Which interfaces carry the traffic the rules judge, and what they face. */
import { roleOfInterface } from '../../model/interface-roles';
import type { Loc } from '../../model/location';
import type { Device, Fabric, Interface } from '../../model/types';
import type { RuleContext } from '../types';

const DATA_PORT_KINDS = new Set<Interface['kind']>(['physical', 'port-channel', 'subinterface']);

/** An enabled physical port, port-channel or subinterface: where queues and classification take effect. */
export function isDataPort(iface: Interface): boolean {
  return DATA_PORT_KINDS.has(iface.kind) && iface.adminUp.value;
}

/**
 * Interfaces that face another switch of the workspace: role fabric (linked, or a member of a linked port-channel)
 * or MLAG/vPC peer-link (model/interface-roles). A port whose far end is unknown is not one of them.
 */
export function linkedInterfaces(fabric: Fabric): { has(iface: Interface): boolean } {
  return {
    has(iface) {
      const r = roleOfInterface(fabric, iface);
      return (r.role === 'fabric' && !r.viaSubinterface) || r.role === 'peer-link';
    },
  };
}

/** Kinds that never carry fabric or host traffic worth an MTU check. */
const NON_DATA_KINDS = new Set<Interface['kind']>(['management', 'loopback', 'tunnel', 'vxlan', 'other']);

/** Up, not management/loopback/tunnel/VTEP, and not excluded by the intent's ignore lists. */
export function isDataInterface(ctx: RuleContext, device: Device, iface: Interface): boolean {
  return !NON_DATA_KINDS.has(iface.kind) && iface.adminUp.value && !ctx.ignored(device, iface);
}

/** The port-channel this interface is a member of, when the device configures it. */
export function lagOf(device: Device, iface: Interface): Interface | undefined {
  const name = iface.channelGroup?.value;
  return name === undefined ? undefined : device.interfaces.get(name);
}

/** Routed (an L3 port), not a switchport. */
export function isRouted(iface: Interface): boolean {
  return iface.mode.value === 'routed';
}

/** A /31, /30, /127 or /126 address: the interface is one end of a routed point-to-point link. */
export function p2pAddress(iface: Interface): Loc | undefined {
  for (const a of iface.ipv4) if (!a.value.secondary && (a.value.prefixLength === 31 || a.value.prefixLength === 30)) return a.loc;
  for (const a of iface.ipv6) if (a.value.prefixLength === 127 || a.value.prefixLength === 126) return a.loc;
  return undefined;
}
