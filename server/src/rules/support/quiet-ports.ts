/**
 * For a rule reading a device and its link peers (RuleReads `peers`): the ports of a device that gave no finding when
 * it was last judged, each with the Device objects at the far ends of its links then. The engine judges a spine again
 * whenever one of its hundreds of leaves changes; with this, only the ports whose far end changed (and those that
 * reported) are judged again, and an unchanged port costs a lookup.
 */
import type { Intent } from '../../intent/types';
import { neighbourhoodOf, type Neighbourhood } from '../../model/neighbourhood';
import type { Device, Fabric, Interface, Link } from '../../model/types';
import type { RuleContext } from '../types';

/**
 * Caches what a rule derives from one device, its neighbourhood (links, segments, LLDP neighbours: interface roles),
 * the intent's role assignments and the intent (ignore lists, options): made again only when one of them changes.
 * For a `peers` rule's own part of a device's judgement (a spine's host ports, its uplinks), which a change at a far
 * end does not move.
 */
export function perDevice<V>(fn: (ctx: RuleContext, device: Device) => V): (ctx: RuleContext, device: Device) => V {
  const cache = new WeakMap<Device, { around: Neighbourhood; assignments: unknown; intent: Intent | undefined; value: V }>();
  return (ctx, device) => {
    const around = neighbourhoodOf(ctx.fabric, device.hostname);
    const hit = cache.get(device);
    if (hit && hit.around === around && hit.assignments === ctx.fabric.roleAssignments && hit.intent === ctx.intent) return hit.value;
    const value = fn(ctx, device);
    cache.set(device, { around, assignments: ctx.fabric.roleAssignments, intent: ctx.intent, value });
    return value;
  };
}

interface Memo {
  /** What the verdicts read of the fabric beyond the far ends (Rule.digest's summary for this device): quiet ports hold while it does. */
  basis: string;
  /** Each linked port's links, in the neighbourhood's (the fabric's) order. */
  links: Map<Interface, Link[]>;
  /** Quiet ports, with the Device objects at the far ends of their links when they were judged. */
  quiet: Map<Interface, (Device | undefined)[]>;
}

const NO_LINKS: readonly Link[] = Object.freeze([]);

export class QuietPorts {
  /** A new memo whenever the device, its neighbourhood, the role assignments or the intent changed. */
  private readonly memoOf = perDevice((ctx, device): Memo => ({
    basis: '',
    links: portLinks(device, neighbourhoodOf(ctx.fabric, device.hostname)),
    quiet: new Map(),
  }));

  /**
   * Judges the device's ports in order with `judgePort` (given the port's links), which reports a port's findings and
   * says whether it made any; a port that made none at the last judgement is skipped while the devices at the far
   * ends of its links are the same objects. A port's verdict may read the device, its neighbourhood (interface roles,
   * the port's links), the intent and options, the devices at the far ends of the port's links, and what `basis` says
   * (a role's majority, for a rule reading an aggregate) — nothing else.
   */
  judge(ctx: RuleContext, device: Device, judgePort: (iface: Interface, links: readonly Link[]) => boolean, basis = ''): void {
    const fabric = ctx.fabric;
    const memo = this.memoOf(ctx, device);
    if (memo.basis !== basis) {
      memo.basis = basis;
      memo.quiet.clear();
    }
    for (const iface of device.interfaces.values()) {
      const links = memo.links.get(iface) ?? NO_LINKS;
      const before = memo.quiet.get(iface);
      if (before && sameFarEnds(fabric, device, links, before)) continue;
      if (judgePort(iface, links)) memo.quiet.delete(iface);
      else
        memo.quiet.set(
          iface,
          links.map((l) => fabric.devices.get(farEnd(device, l))),
        );
    }
  }
}

function portLinks(device: Device, around: Neighbourhood): Map<Interface, Link[]> {
  const out = new Map<Interface, Link[]>();
  const add = (name: string, link: Link): void => {
    const iface = device.interfaces.get(name);
    if (!iface) return;
    const list = out.get(iface);
    if (!list) out.set(iface, [link]);
    else if (list[list.length - 1] !== link) list.push(link);
  };
  for (const link of around.links) {
    if (link.a.device === device.hostname) add(link.a.interface, link);
    if (link.b.device === device.hostname) add(link.b.interface, link);
  }
  return out;
}

/** The device name at the other end of the link from this device (itself, for a link between two of its ports). */
function farEnd(device: Device, link: Link): string {
  return link.a.device === device.hostname ? link.b.device : link.a.device;
}

function sameFarEnds(fabric: Fabric, device: Device, links: readonly Link[], before: readonly (Device | undefined)[]): boolean {
  for (let i = 0; i < links.length; i++) if (fabric.devices.get(farEnd(device, links[i]!)) !== before[i]) return false;
  return true;
}
