/** The fabric as the MTU and link rules see it: each interface's peer, and what an interface faces. */
import { memoize } from '../../model/memo';
import { ownerIn, roleIn, roleOfInterface, type InterfaceRole } from '../../model/interface-roles';
import { ownLinks } from '../../model/neighbourhood';
import type { Device, Fabric, Interface, Link } from '../../model/types';
import type { RuleContext } from '../types';
import { isDataInterface, isRouted, lagOf } from './interfaces';
import { resolvedLinks, type End, type LinkEnds } from './links';

export interface PeerInfo {
  link: Link;
  peer: End;
}

/**
 * Resolved links indexed by end, and the fabric- and host-facing tests. One view per fabric, shared by every rule of
 * a lint; what it knows of one interface comes from that interface's device and neighbourhood, kept between lints.
 */
export class FabricView {
  /** One view per fabric, shared by every rule of a lint. */
  static readonly of = memoize((fabric: Fabric) => new FabricView(fabric));

  private constructor(readonly fabric: Fabric) {}

  /** Every resolved link (one pass over the fabric's links, on first use). */
  get links(): readonly LinkEnds[] {
    return resolvedLinks(this.fabric);
  }

  /** The link on the interface and its other end, as the devices of this fabric have them now. */
  peerOf(iface: Interface): PeerInfo | undefined {
    const device = ownerIn(this.fabric, iface);
    const far = device && ownLinks(this.fabric, device).get(iface);
    if (!far) return undefined;
    const peerDevice = this.fabric.devices.get(far.peer.device);
    const peerIface = peerDevice?.interfaces.get(far.peer.interface);
    return peerDevice && peerIface ? { link: far.link, peer: { device: peerDevice, iface: peerIface } } : undefined;
  }

  /** What the interface faces, with evidence (model/interface-roles). */
  role(iface: Interface, device?: Device): InterfaceRole {
    // With the device at hand, its own roles table: no search for the interface's owner.
    return device ? roleIn(this.fabric, device, iface) : roleOfInterface(this.fabric, iface);
  }

  /**
   * Fabric-facing: a routed data interface whose role is `fabric` (linked to another switch of the workspace).
   * Port-channel members are judged through their port-channel. A routed /31 whose peer is not in the
   * workspace has role `unknown` and is not fabric-facing: it may face a host or a router.
   */
  isFabricFacing(ctx: RuleContext, device: Device, iface: Interface): boolean {
    if (!isDataInterface(ctx, device, iface) || !isRouted(iface) || lagOf(device, iface)) return false;
    const r = this.role(iface, device);
    return r.role === 'fabric' && !r.viaSubinterface;
  }

  /**
   * Routed underlay of a switch: fabric-facing interfaces and the routed MLAG peering (EOS Vlan4094, Cumulus
   * peerlink.4094), which carries underlay traffic whenever an uplink of one peer fails.
   */
  isUnderlay(ctx: RuleContext, device: Device, iface: Interface): boolean {
    if (this.isFabricFacing(ctx, device, iface)) return true;
    if (!isDataInterface(ctx, device, iface) || !isRouted(iface) || lagOf(device, iface)) return false;
    return this.role(iface, device).role === 'peer-link' && (iface.ipv4.length > 0 || iface.ipv6.length > 0);
  }

  /** Every fabric-facing interface of the devices judged (RuleContext.judging, else all), in device then interface order. */
  fabricFacing(ctx: RuleContext): End[] {
    const out: End[] = [];
    for (const device of ctx.judging ?? this.fabric.devices.values()) {
      if (ctx.ignored(device)) continue;
      for (const iface of device.interfaces.values()) if (this.isFabricFacing(ctx, device, iface)) out.push({ device, iface });
    }
    return out;
  }

  /** Host-facing switchport: a switched physical port or port-channel, up, whose role is `host`. */
  isHostFacing(ctx: RuleContext, device: Device, iface: Interface): boolean {
    if (!isDataInterface(ctx, device, iface) || isRouted(iface) || lagOf(device, iface)) return false;
    if (iface.kind !== 'physical' && iface.kind !== 'port-channel') return false;
    return this.role(iface, device).role === 'host';
  }

  /** A VLAN interface that is the gateway of hosts (role `host`), up and not ignored. */
  isHostSvi(ctx: RuleContext, device: Device, iface: Interface): boolean {
    return iface.kind === 'svi' && isDataInterface(ctx, device, iface) && this.role(iface, device).role === 'host';
  }
}
