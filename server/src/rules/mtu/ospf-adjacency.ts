import { l3Mtu } from '../../dialects/mtu';
import { twoWayMtuFixes, mtuLoc, mtuText } from './common';
import type { Finding, RelatedInfo, Rule } from '../types';
import { pairLinksOf } from '../support/pairs';
import { where } from '../support/describe';
import { lagOf } from '../support/interfaces';

export const rule: Rule = {
  id: 'mtu/ospf-adjacency',
  title: "OSPF runs over a link whose ends' IP MTU differ",
  category: 'mtu',
  severity: 'error',
  scope: 'link',
  // A port-channel pair's member links give one finding: the links between two switches are judged together.
  reads: 'pair',
  rationale:
    'OSPF puts the interface IP MTU in its Database Description packets, and a router refuses DBDs from a ' +
    'neighbour whose MTU is larger than its own. With different MTUs on the two ends the adjacency never leaves ' +
    'EXSTART/EXCHANGE, so no route is learned over the link — a harder failure than the dropped jumbo frames of ' +
    '`mtu/link-mismatch`. Only links where both ends run OSPF in the same area (`ip ospf area`, `ip ospf N area`, ' +
    'NX-OS `ip router ospf TAG area`, or a `router ospf` `network` statement covering the address), neither end is ' +
    'passive and neither has `ip ospf mtu-ignore` are judged (Junos: `protocols ospf area X interface …`, no ' +
    'mtu-ignore knob); values are compared as IP MTU (IOS `ip mtu` and Junos `family inet mtu` win; Junos media ' +
    'MTU minus 14 otherwise).',
  messages: {
    mismatch:
      'OSPF area {area} runs here with IP MTU {here}, {there} on {peer}: the DBD MTU check keeps the adjacency in EXSTART/EXCHANGE and no routes come up over this link',
  },
  fix: "Raise this end to the other end's MTU (preferred on the lower end), or lower the other end to this one.",
  example: {
    dialect: 'ios',
    config:
      'interface GigabitEthernet0/0\n mtu 1600\n ip address 10.0.0.0 255.255.255.254\n!\nrouter ospf 1\n network 10.0.0.0 0.255.255.255 area 0\n! the peer has 10.0.0.1/31, the default MTU 1500 and OSPF area 0',
    explanation: 'Both ends run OSPF in area 0 over 10.0.0.0/31; 1600 ≠ 1500, so the neighbours stay in EXSTART.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { a: endA, b: endB } of pairLinksOf(ctx)) {
      if (ctx.ignored(endA.device, endA.iface) || ctx.ignored(endB.device, endB.iface)) continue;
      if (!endA.iface.adminUp.value || !endB.iface.adminUp.value) continue;
      // OSPF and the MTU of a member are its port-channel's.
      const a = { device: endA.device, iface: lagOf(endA.device, endA.iface) ?? endA.iface };
      const b = { device: endB.device, iface: lagOf(endB.device, endB.iface) ?? endB.iface };
      if (a.iface.mode.value !== 'routed' || b.iface.mode.value !== 'routed') continue;
      const ospfA = a.iface.ospf;
      const ospfB = b.iface.ospf;
      if (!ospfA || !ospfB) continue;
      // Different areas are their own misconfiguration (no adjacency either way); mtu-ignore skips the check.
      if (ospfA.value.area !== ospfB.value.area || ospfA.value.mtuIgnore || ospfB.value.mtuIgnore) continue;
      const key = [where(a.device, a.iface), where(b.device, b.iface)].sort().join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      // The IP MTU OSPF advertises in its DBDs (Junos: the unit's `family inet mtu` when written).
      const mtuA = l3Mtu(a.device, a.iface);
      const mtuB = l3Mtu(b.device, b.iface);
      if (mtuA === undefined || mtuB === undefined || mtuA === mtuB) continue;
      for (const [self, other, selfMtu, otherMtu] of [
        [a, b, mtuA, mtuB],
        [b, a, mtuB, mtuA],
      ] as const) {
        const related: RelatedInfo[] = [
          { loc: mtuLoc(other.device, other.iface), message: `MTU ${mtuText(other.device, other.iface)} on ${where(other.device, other.iface)}` },
          { loc: self.iface.ospf!.loc, message: `OSPF area ${self.iface.ospf!.value.area} on ${where(self.device, self.iface)}` },
          { loc: other.iface.ospf!.loc, message: `OSPF area ${other.iface.ospf!.value.area} on ${where(other.device, other.iface)}` },
        ];
        findings.push(
          ctx.report({
            messageId: 'mismatch',
            data: {
              area: self.iface.ospf!.value.area,
              here: mtuText(self.device, self.iface),
              there: mtuText(other.device, other.iface),
              peer: where(other.device, other.iface),
            },
            // The MTU line is what to change (the interface header when the MTU is defaulted).
            loc: mtuLoc(self.device, self.iface),
            related,
            // A Junos `family inet mtu` is not what setInterfaceMtu writes: twoWayMtuFixes offers no fix on such an end.
            fixes: twoWayMtuFixes(ctx, { ...self, mtu: selfMtu }, { ...other, mtu: otherMtu }),
          }),
        );
      }
    }
    return findings;
  },
};
