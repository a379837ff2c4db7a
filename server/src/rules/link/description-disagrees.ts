import { canonicalInterfaceName } from '../../model/interface-names';
import { memoize } from '../../model/memo';
import type { Device, Fabric, Interface } from '../../model/types';
import { DEFAULT_DESCRIPTION_PATTERNS, compileDescriptionPattern, descriptionClaim } from '../../links/infer';
import type { Finding, Rule } from '../types';
import { type End, evidenceRelated, linksOf } from '../support/links';
import { where } from '../support/describe';

function sameInterface(written: string, iface: Interface): boolean {
  const c = canonicalInterfaceName(written).toLowerCase();
  // A description names the port the cable is in; the link may sit on its subinterface (Junos unit et-0/0/0.0).
  if (iface.parent !== undefined && c === iface.parent.toLowerCase()) return true;
  return c === iface.name.toLowerCase() || iface.writtenAs.some((w) => w.toLowerCase() === written.toLowerCase());
}

/** The description patterns, compiled once per list (this rule reads one link at a time: it runs once per link). */
const compiledPatterns = memoize((list: readonly string[]): RegExp[] => {
  const out: RegExp[] = [];
  for (const p of list) {
    const re = compileDescriptionPattern(p);
    if (!(re instanceof Error)) out.push(re);
  }
  return out;
});

/** Every device by its name and hostname, lower case, with and without domain; once per fabric. */
const devicesByName = memoize((fabric: Fabric): Map<string, Device> => {
  const byName = new Map<string, Device>();
  for (const [key, d] of fabric.devices) {
    for (const n of [key, d.hostname]) {
      byName.set(n.toLowerCase(), d);
      byName.set(n.toLowerCase().split('.')[0]!, d);
    }
  }
  return byName;
});

export const rule: Rule = {
  id: 'link/description-disagrees',
  title: 'Interface description names a different peer than the link',
  category: 'link',
  severity: 'info',
  scope: 'link',
  reads: 'link',
  rationale:
    'Descriptions such as `P2P_LINK_TO_DC1-SPINE1_Ethernet1` (AVD) or `facing_spine1:et-0/0/0` (JVD) are what ' +
    'operators read when they trace a cable. When a stronger source (topology file, shared /31, LLDP) links the ' +
    'interface elsewhere, either the description is stale or the cable/addressing is wrong — and the MTU and PFC ' +
    'checks follow the stronger source. Only descriptions that match a description pattern (intent ' +
    '`descriptionPatterns`, else the AVD/JVD defaults) and name a device of the workspace are judged; names compare ' +
    'case-insensitively and without domain. Published on the described interface and on the linked peer.',
  messages: {
    device: 'Description names {named} as the peer, but the link goes to {peer} ({why})',
    intf: 'Description names {named} as the peer, but the link goes to {peer} ({why})',
    peerSide: '{owner} describes its peer as {named}, but the {why} connects it to this interface',
  },
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   description P2P_LINK_TO_DC1-SPINE2_Ethernet1\n   no switchport\n   ip address 10.0.0.0/31\n! 10.0.0.1/31 is on dc1-spine1 Ethernet1',
  },
  check(ctx) {
    const patterns = compiledPatterns(ctx.intent?.descriptionPatterns ?? DEFAULT_DESCRIPTION_PATTERNS);
    const byName = devicesByName(ctx.fabric);
    const lookup = (name: string): Device | undefined => {
      const n = name.trim().toLowerCase();
      return byName.get(n) ?? byName.get(n.split('.')[0]!);
    };
    const findings: Finding[] = [];
    for (const { link, a, b } of linksOf(ctx)) {
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as [End, End][]) {
        const d = self.iface.description;
        if (!d || ctx.ignored(self.device, self.iface)) continue;
        const claim = descriptionClaim(d.value, patterns, lookup);
        if (!claim) continue;
        const deviceOk = claim.peer === other.device;
        const intfOk = claim.intf === undefined || sameInterface(claim.intf, other.iface);
        if (deviceOk && intfOk) continue;
        const named = claim.intf ? `${claim.written} ${claim.intf}` : claim.written;
        const why = `link from ${link.detail}`;
        findings.push(
          ctx.report({
            messageId: deviceOk ? 'intf' : 'device',
            data: { named, peer: where(other), why },
            loc: d.loc,
            related: [{ loc: other.iface.block.header, message: `${where(other)}, the linked peer` }, ...evidenceRelated(link)],
          }),
        );
        if (!ctx.ignored(other.device, other.iface)) {
          findings.push(
            ctx.report({
              messageId: 'peerSide',
              data: { owner: where(self), named, why },
              loc: other.iface.block.header,
              related: [{ loc: d.loc, message: `description of ${where(self)}` }, ...evidenceRelated(link)],
            }),
          );
        }
      }
    }
    return findings;
  },
};
