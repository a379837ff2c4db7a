/** What the l2/ rules share: the switch-to-switch links seen at the ports whose VLAN settings apply, and their wording. */
import { l2PortOf } from '../../model/l2';
import { memoize } from '../../model/memo';
import type { Fabric, Link, LinkSourceKind } from '../../model/types';
import { formatVlans, type VlanSet } from '../../model/vlans';
import type { Loc } from '../../model/location';
import type { RelatedInfo, RuleContext, Severity } from '../types';
import { isDataInterface } from '../support/interfaces';
import { evidenceRelated, resolvedLinks, type End, type LinkEnds } from '../support/links';
import { pairedLinks, pairLinksOf } from '../support/pairs';
import { roleOfInterface } from '../../model/interface-roles';

/** A link between two switches of the workspace, at the ports whose VLAN settings apply (a LAG for its members). */
export interface L2Link {
  link: Link;
  a: End;
  b: End;
  /** True when the only evidence is interface descriptions: the rules say so and report at information level. */
  weak: boolean;
  /** The two ends are the MLAG/vPC/CLAG peer-link of one pair (mlag/peer-inconsistent compares those). */
  peerLink: boolean;
}

const WEAK_SOURCES = new Set<LinkSourceKind>(['description']);

/** Every switch-to-switch link once, at its L2 ports (member links of one LAG pair give one entry). */
export const l2Links = memoize((fabric: Fabric): L2Link[] => l2LinksAmong(fabric, resolvedLinks(fabric)));

/** The links of `links` between two switches, once each at their L2 ports (member links of one LAG pair give one entry). */
function l2LinksAmong(fabric: Fabric, links: readonly LinkEnds[]): L2Link[] {
  const out: L2Link[] = [];
  const seen = new Set<string>();
  for (const { link, a, b } of links) {
    const pa = l2PortOf(a.device, a.iface);
    const pb = l2PortOf(b.device, b.iface);
    if (a.device === b.device) continue;
    const key = [`${a.device.uri}\u0000${pa.name}`, `${b.device.uri}\u0000${pb.name}`].sort().join('\u0001');
    if (seen.has(key)) continue;
    seen.add(key);
    const weak = link.evidence.every((e) => WEAK_SOURCES.has(e.source));
    const peerLink = link.source === 'peer-link' || (roleOfInterface(fabric, pa).role === 'peer-link' && roleOfInterface(fabric, pb).role === 'peer-link');
    out.push({ link, a: { device: a.device, iface: pa }, b: { device: b.device, iface: pb }, weak, peerLink });
  }
  return out;
}

/** The L2 links of every device pair, pair by pair (as a run judging the pairs one by one sees them). */
const pairL2Links = memoize((fabric: Fabric): L2Link[] => l2LinksAmong(fabric, pairedLinks(fabric)));

/** The links of the judged device pairs both of whose ends are data ports the intent does not ignore. */
export function comparableLinks(ctx: RuleContext): L2Link[] {
  const links = ctx.judgingPairs ? l2LinksAmong(ctx.fabric, pairLinksOf(ctx)) : pairL2Links(ctx.fabric);
  return links.filter((l) => !l.peerLink && isDataInterface(ctx, l.a.device, l.a.iface) && isDataInterface(ctx, l.b.device, l.b.iface));
}

/** Why the two ports are believed to be peers, with a warning when only descriptions say so. */
export function l2Why(l: L2Link): string {
  return l.weak ? `link inferred from descriptions only (${l.link.detail}): confirm the cabling` : `link from ${l.link.detail}`;
}

/** Information level for a link only descriptions vouch for; the rule's own severity otherwise. */
export function l2Severity(l: L2Link): Severity | undefined {
  return l.weak ? 'info' : undefined;
}

/** Related entries: the other end's line and the link's evidence. */
export function otherEnd(loc: Loc, message: string, l: L2Link): RelatedInfo[] {
  return [{ loc, message }, ...evidenceRelated(l.link)];
}

/** A VLAN set for messages: `10,20-30`, or `none`. */
export function vlanText(s: VlanSet): string {
  return formatVlans(s);
}

/** Both orientations of a link: (self, other) and (other, self). */
export function bothEnds(l: L2Link): [End, End][] {
  return [
    [l.a, l.b],
    [l.b, l.a],
  ];
}
