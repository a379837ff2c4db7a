/** Links as the rules see them: both ends resolved to devices and interfaces of the workspace, and the evidence behind them. */
import { memoize } from '../../model/memo';
import type { Device, Fabric, Interface, Link } from '../../model/types';
import type { RelatedInfo, RuleContext } from '../types';

/** An interface of a device: one end of a link, a member of a port-channel, the port a finding is about. */
export interface End {
  device: Device;
  iface: Interface;
}

/** Both ends of a link, resolved to devices and interfaces of the workspace. */
export interface LinkEnds {
  link: Link;
  a: End;
  b: End;
}

/** Links whose two ends are both in the workspace; the others cannot be compared. Computed once per fabric. */
export const resolvedLinks = memoize(function resolvedLinks(fabric: Fabric): LinkEnds[] {
  const out: LinkEnds[] = [];
  for (const link of fabric.links) {
    const e = linkEnds(link, fabric.devices.get(link.a.device), fabric.devices.get(link.b.device));
    if (e) out.push(e);
  }
  return out;
});

/**
 * The link's two ends on these devices (its `a` end's and its `b` end's), undefined when one is missing or lacks the
 * interface: the same LinkEnds object while the link and the two Device objects are the same, so that what rules
 * cache per LinkEnds (the PFC view of a link) is kept from lint to lint.
 */
export function linkEnds(link: Link, da: Device | undefined, db: Device | undefined): LinkEnds | undefined {
  const before = ends.get(link);
  if (before && before.a.device === da && before.b.device === db) return before;
  const ia = da?.interfaces.get(link.a.interface);
  const ib = db?.interfaces.get(link.b.interface);
  if (!da || !db || !ia || !ib) return undefined;
  const e = { link, a: { device: da, iface: ia }, b: { device: db, iface: ib } };
  ends.set(link, e);
  return e;
}

const ends = new WeakMap<Link, LinkEnds>();

/** The links a run judges: those the engine asks for (RuleContext.judgingLinks), else every resolved link. */
export function linksOf(ctx: RuleContext): readonly LinkEnds[] {
  return ctx.judgingLinks ?? resolvedLinks(ctx.fabric);
}

/** Why the two interfaces are believed to be peers, for messages: "link from subnet 10.0.0.0/31". */
export function linkWhy(link: Link): string {
  return `link from ${link.detail}`;
}

/** Related entries naming the link's evidence: its first two sources, at most two places each. */
export function evidenceRelated(link: Link): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  for (const ev of link.evidence.slice(0, 2)) for (const loc of ev.locs.slice(0, 2)) out.push({ loc, message: `link evidence: ${ev.detail}` });
  return out;
}

/** One related entry pointing at the link's evidence: the first place of the first source that has one. */
export function firstEvidenceRelated(link: Link): RelatedInfo[] {
  for (const ev of link.evidence) {
    const loc = ev.locs[0];
    if (loc) return [{ loc, message: `link evidence: ${ev.detail}` }];
  }
  return [];
}
