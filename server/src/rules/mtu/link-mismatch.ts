import { l3Mtu } from '../../dialects/mtu';
import { twoWayMtuFixes, mtuLoc, mtuText as describeMtu } from './common';
import type { Finding, Rule } from '../types';
import { linkWhy } from '../support/links';
import { pairLinksOf } from '../support/pairs';
import { where } from '../support/describe';
import { lagOf } from '../support/interfaces';

export const rule: Rule = {
  id: 'mtu/link-mismatch',
  title: 'MTU differs between the two ends of a link',
  category: 'mtu',
  severity: 'error',
  scope: 'link',
  // A port-channel pair's member links give one finding: the links between two switches are judged together.
  reads: 'pair',
  rationale:
    'Both ends of a link must accept the same largest IP packet. The side with the smaller MTU drops ' +
    '(or, with DF set, never fragments) what the other side sends, so RoCEv2 jumbo frames vanish on one ' +
    'direction of the link and the training job stalls on retransmits. Values are compared as L3 MTU ' +
    "(Junos: a unit's `family inet mtu`, else its port's media MTU minus 14; a `family inet6 mtu` on either end " +
    'also compares the IPv6 MTUs), and a missing `mtu` line counts as the platform default (a Cumulus default the ' +
    'files cannot tell is not compared). ' +
    'Only links whose two ends are routed are compared (a switched end bridges by its L2 MTU: see ' +
    '`mtu/l2-link-mismatch`); a port-channel member answers for its port-channel (one finding per port-channel ' +
    'pair), and shut-down ends are not judged.',
  messages: {
    mismatch: 'MTU {here} here, {there} on {peer} — {why}',
    mismatch6: 'IPv6 MTU {here} here, {there} on {peer} — {why}',
  },
  fix: "Raise this end to the other end's MTU (preferred on the lower end), or lower the other end to this one.",
  options: {
    tolerance: { description: 'Bytes of difference accepted between the two ends (intent mtu.tolerance wins).', default: 0 },
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   no switchport\n   mtu 9000\n   ip address 10.0.0.0/31\n! the peer has ip address 10.0.0.1/31 and mtu 9214',
    explanation: 'leaf1 Ethernet1 and spine1 Ethernet1/1 share 10.0.0.0/31, so they are one link; 9000 ≠ 9214.',
  },
  check(ctx) {
    const tolerance = ctx.intent?.mtu?.tolerance ?? Number(ctx.options.tolerance ?? 0);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { link, a: endA, b: endB } of pairLinksOf(ctx)) {
      if (ctx.ignored(endA.device, endA.iface) || ctx.ignored(endB.device, endB.iface)) continue;
      if (!endA.iface.adminUp.value || !endB.iface.adminUp.value) continue;
      // A member's MTU is its port-channel's.
      const a = { device: endA.device, iface: lagOf(endA.device, endA.iface) ?? endA.iface };
      const b = { device: endB.device, iface: lagOf(endB.device, endB.iface) ?? endB.iface };
      if (a.iface.mode.value !== 'routed' || b.iface.mode.value !== 'routed') continue;
      const key = [where(a.device, a.iface), where(b.device, b.iface)].sort().join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const why = linkWhy(link);
      // IPv4 always; IPv6 too when a Junos `family inet6 mtu` gives an end an IPv6 MTU of its own.
      for (const family of [4, 6] as const) {
        if (family === 6 && !a.iface.ipv6Mtu && !b.iface.ipv6Mtu) continue;
        const mtuA = l3Mtu(a.device, a.iface, family);
        const mtuB = l3Mtu(b.device, b.iface, family);
        if (mtuA === undefined || mtuB === undefined || Math.abs(mtuA - mtuB) <= tolerance) continue;
        for (const [self, other, selfMtu, otherMtu] of [
          [a, b, mtuA, mtuB],
          [b, a, mtuB, mtuA],
        ] as const) {
          const here = describeMtu(self.device, self.iface, family);
          const there = describeMtu(other.device, other.iface, family);
          findings.push(
            ctx.report({
              messageId: family === 6 ? 'mismatch6' : 'mismatch',
              data: { here, there, peer: where(other.device, other.iface), why },
              loc: mtuLoc(self.device, self.iface, family),
              // One related entry (the other end's line): the CLI/SARIF contract; the evidence is named in the message.
              related: [{ loc: mtuLoc(other.device, other.iface, family), message: `MTU ${there} on ${where(other.device, other.iface)}` }],
              fixes: twoWayMtuFixes(ctx, { ...self, mtu: selfMtu }, { ...other, mtu: otherMtu }),
            }),
          );
        }
      }
    }
    return findings;
  },
};
