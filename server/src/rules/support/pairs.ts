/**
 * Device pairs as the rules see them: two devices of the workspace with every link between them. What must see all
 * links between two switches at once — the members of one LAG pair, an MLAG/vPC/CLAG pair — is judged pair by pair
 * (RuleReads `pair`).
 */
import { memoize } from '../../model/memo';
import type { Device, Fabric, Link } from '../../model/types';
import type { RuleContext } from '../types';
import { linkEnds, type LinkEnds } from './links';

/** Two devices of the workspace joined by at least one link (a device cabled to itself is a pair of one). */
export interface DevicePair {
  /** The two devices' keys in Fabric.devices, `keys[0] <= keys[1]`; `a` and `b` are those devices. */
  keys: readonly [string, string];
  /** The two keys as one string. */
  key: string;
  a: Device;
  b: Device;
  /** Every link between the two, in Fabric.links order. */
  links: readonly Link[];
}

/** The links grouped by the two device keys they join, in the order of each group's first link. */
const linkGroups = memoize(function linkGroups(links: readonly Link[]): { key: string; keys: readonly [string, string]; links: Link[] }[] {
  const groups = new Map<string, { key: string; keys: readonly [string, string]; links: Link[] }>();
  for (const link of links) {
    const keys = link.a.device <= link.b.device ? ([link.a.device, link.b.device] as const) : ([link.b.device, link.a.device] as const);
    const key = `${keys[0]}\u0000${keys[1]}`;
    const g = groups.get(key);
    if (g) g.links.push(link);
    else groups.set(key, { key, keys, links: [link] });
  }
  return [...groups.values()];
});

/**
 * Every pair of devices of the workspace that a link joins, in the order of each pair's first link. Computed once per
 * fabric; the grouping of the links once per links array (link resolution hands back the same array while no link
 * changed).
 */
export const devicePairs = memoize(function devicePairs(fabric: Fabric): DevicePair[] {
  const out: DevicePair[] = [];
  for (const g of linkGroups(fabric.links)) {
    const a = fabric.devices.get(g.keys[0]);
    const b = fabric.devices.get(g.keys[1]);
    if (a && b) out.push({ keys: g.keys, key: g.key, a, b, links: g.links });
  }
  return out;
});

/** The pair's links whose two ends are interfaces of the two devices, in Fabric.links order. Computed once per pair. */
export const resolvedPairLinks = memoize(function resolvedPairLinks(pair: DevicePair): LinkEnds[] {
  const out: LinkEnds[] = [];
  for (const link of pair.links) {
    const [da, db] = link.a.device === pair.keys[0] ? [pair.a, pair.b] : [pair.b, pair.a];
    const e = linkEnds(link, da, db);
    if (e) out.push(e);
  }
  return out;
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
  return ctx.judgingPairs ? ctx.judgingPairs.flatMap(resolvedPairLinks) : pairedLinks(ctx.fabric);
}

/** The resolved links of every pair, pair by pair: pairLinksOf for a run that judges every pair. Computed once per fabric. */
export const pairedLinks = memoize((fabric: Fabric): LinkEnds[] => devicePairs(fabric).flatMap(resolvedPairLinks));
