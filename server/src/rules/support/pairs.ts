/**
 * Device pairs as the rules see them: two devices of the workspace with every link between them. What must see all
 * links between two switches at once — the members of one LAG pair, an MLAG/vPC/CLAG pair — is judged pair by pair
 * (RuleReads `pair`).
 */
import { memoize } from '../../model/memo';
import type { Device, Fabric, Link } from '../../model/types';
import type { RuleContext } from '../types';
import { resolvedLinks, type LinkEnds } from './links';

/** Two devices of the workspace joined by at least one link (a device cabled to itself is a pair of one). */
export interface DevicePair {
  /** The two devices' keys in Fabric.devices, `keys[0] <= keys[1]`; `a` and `b` are those devices. */
  keys: readonly [string, string];
  a: Device;
  b: Device;
  /** Every link between the two, in Fabric.links order. */
  links: readonly Link[];
  /** Those links whose two ends are interfaces of the workspace (resolvedLinks' objects), in the same order. */
  resolved: readonly LinkEnds[];
}

/**
 * Every pair of devices of the workspace that a link joins, in the order of each pair's first link. Computed once
 * per fabric.
 */
export const devicePairs = memoize(function devicePairs(fabric: Fabric): DevicePair[] {
  const byLink = new Map<Link, LinkEnds>();
  for (const ends of resolvedLinks(fabric)) byLink.set(ends.link, ends);
  const pairs = new Map<string, { keys: [string, string]; a: Device; b: Device; links: Link[]; resolved: LinkEnds[] }>();
  for (const link of fabric.links) {
    const keys: [string, string] = link.a.device <= link.b.device ? [link.a.device, link.b.device] : [link.b.device, link.a.device];
    const k = `${keys[0]}\u0000${keys[1]}`;
    let p = pairs.get(k);
    if (!p) {
      const a = fabric.devices.get(keys[0]);
      const b = fabric.devices.get(keys[1]);
      if (!a || !b) continue;
      p = { keys, a, b, links: [], resolved: [] };
      pairs.set(k, p);
    }
    p.links.push(link);
    const ends = byLink.get(link);
    if (ends) p.resolved.push(ends);
  }
  return [...pairs.values()];
});

/** The device pairs a run judges: those the engine asks for (RuleContext.judgingPairs), else every pair. */
export function pairsOf(ctx: RuleContext): readonly DevicePair[] {
  return ctx.judgingPairs ?? devicePairs(ctx.fabric);
}

/**
 * The resolved links of the pairs a run judges, pair by pair (each pair's in Fabric.links order): for a rule that
 * reads one pair at a time but walks links, so that a run over every pair yields its findings in the same order as
 * the engine's pair by pair runs.
 */
export function pairLinksOf(ctx: RuleContext): readonly LinkEnds[] {
  return ctx.judgingPairs ? ctx.judgingPairs.flatMap((p) => p.resolved) : pairedLinks(ctx.fabric);
}

/** The resolved links of every pair, pair by pair: pairLinksOf for a run that judges every pair. Computed once per fabric. */
export const pairedLinks = memoize((fabric: Fabric): LinkEnds[] => devicePairs(fabric).flatMap((p) => p.resolved));
