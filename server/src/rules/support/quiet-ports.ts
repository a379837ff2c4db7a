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
import { memoize } from '../../model/memo';

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
  /** Ports that reported at their last judgement: judged every time. */
  loud: Set<Interface>;
  /** The ports whose links reach each far-end device, by hostname. */
  facing: Map<string, Interface[]>;
  /** The lint (RuleContext.lintChanges) in which every port was last judged or found quiet. */
  at?: object;
}

const NO_LINKS: readonly Link[] = Object.freeze([]);

export class QuietPorts {
  /** Ports looked at (judged, or their far ends compared) by the last judge() (tests). */
  looked = 0;
  /** A new memo whenever the device, its neighbourhood, the role assignments or the intent changed. */
  private readonly memoOf = perDevice((ctx, device): Memo => {
    const links = portLinks(device, neighbourhoodOf(ctx.fabric, device.hostname));
    return { basis: '', links, quiet: new Map(), loud: new Set(), facing: facingOf(device, links) };
  });

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
      memo.loud.clear();
      delete memo.at;
    }
    const changes = ctx.lintChanges;
    // Brought up to date in the previous lint: a quiet port's far ends can only have changed among this lint's new
    // devices, so only the ports facing them, and those that reported, are looked at (in the device's port order).
    const ports =
      changes && memo.at !== undefined && memo.at === changes.previous ? this.candidates(device, memo, changes.devices) : device.interfaces.values();
    this.looked = 0;
    for (const iface of ports) {
      this.looked++;
      const links = memo.links.get(iface) ?? NO_LINKS;
      const before = memo.quiet.get(iface);
      if (before && sameFarEnds(fabric, device, links, before)) continue;
      if (judgePort(iface, links)) {
        memo.quiet.delete(iface);
        memo.loud.add(iface);
      } else {
        memo.quiet.set(
          iface,
          links.map((l) => fabric.devices.get(farEnd(device, l))),
        );
        memo.loud.delete(iface);
      }
    }
    if (changes) memo.at = changes.lint;
    else delete memo.at;
  }

  /** The ports that reported, and the quiet ports facing a device that changed, in the device's port order. */
  private candidates(device: Device, memo: Memo, changed: ReadonlySet<string>): Interface[] {
    const picked = new Set<Interface>(memo.loud);
    // Whichever is smaller is walked: a lint that changed many devices costs no more than a look at every port.
    if (changed.size <= memo.facing.size) {
      for (const host of changed) for (const iface of memo.facing.get(host) ?? []) picked.add(iface);
    } else for (const [host, ports] of memo.facing) if (changed.has(host)) for (const iface of ports) picked.add(iface);
    if (picked.size === 0) return [];
    const order = portOrder(device);
    return [...picked].sort((a, b) => order.get(a)! - order.get(b)!);
  }
}

/** Each port's place among the device's interfaces, once per Device. */
const portOrder = memoize((device: Device) => new Map([...device.interfaces.values()].map((iface, i) => [iface, i])));

function facingOf(device: Device, links: Map<Interface, Link[]>): Map<string, Interface[]> {
  const out = new Map<string, Interface[]>();
  for (const [iface, list] of links)
    for (const link of list) {
      const host = farEnd(device, link);
      const ports = out.get(host);
      if (!ports) out.set(host, [iface]);
      else if (ports[ports.length - 1] !== iface) ports.push(iface);
    }
  return out;
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
