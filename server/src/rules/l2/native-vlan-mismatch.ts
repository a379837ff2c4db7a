import { portMode } from '../../model/l2';
import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { where } from '../support/describe';
import { bothEnds, comparableLinks, l2Severity, l2Why, otherEnd } from './common';

function nativeText(port: Interface): string {
  const n = port.nativeVlan;
  if (!n) return 'no untagged VLAN';
  return `native VLAN ${n.value}${n.defaulted ? ' (default)' : ''}`;
}

export const rule: Rule = {
  id: 'l2/native-vlan-mismatch',
  title: 'The two ends of a trunk have different native (untagged) VLANs',
  category: 'l2',
  severity: 'warning',
  scope: 'link',
  // The links of a port-channel pair are one L2 link: the links between two switches are judged together.
  reads: 'pair',
  rationale:
    'Untagged frames belong to the native VLAN of the port that receives them. When the two ends of a trunk disagree, ' +
    'the untagged traffic of one VLAN lands in another: two broadcast domains merge, spanning tree sees an ' +
    'inconsistency (Cisco blocks the port as PVID-inconsistent), and hosts reach the wrong gateway. The native VLAN ' +
    'is the explicit setting or the platform default (VLAN 1 on EOS, NX-OS, IOS and Cumulus); Junos and SONiC trunks ' +
    'carry no untagged VLAN unless configured. An end left at its default facing an end that sends nothing untagged ' +
    'is not reported: no traffic is misplaced. A link known only from interface descriptions is reported at ' +
    'information level. Published on both ends.',
  messages: {
    mismatch: '{here} here, {there} on {peer} — {why}',
  },
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/49\n  switchport mode trunk\n  switchport trunk native vlan 99\n! the peer, an EOS trunk, keeps native VLAN 1',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const l of comparableLinks(ctx)) {
      if (portMode(l.a.iface) !== 'trunk' || portMode(l.b.iface) !== 'trunk') continue;
      const na = l.a.iface.nativeVlan;
      const nb = l.b.iface.nativeVlan;
      if (na?.value === nb?.value) continue;
      // A default native VLAN facing a trunk that sends nothing untagged misplaces no traffic.
      if ((!na && nb?.defaulted) || (!nb && na?.defaulted)) continue;
      const why = l2Why(l);
      const severity = l2Severity(l);
      for (const [self, other] of bothEnds(l)) {
        const locOf = (p: Interface) => p.nativeVlan?.loc ?? p.vlanMode?.loc ?? p.block.header;
        findings.push(
          ctx.report({
            messageId: 'mismatch',
            data: { here: nativeText(self.iface), there: nativeText(other.iface), peer: where(other), why },
            loc: locOf(self.iface),
            related: otherEnd(locOf(other.iface), `${where(other)}: ${nativeText(other.iface)}`, l),
            ...(severity ? { severity } : {}),
          }),
        );
      }
    }
    return findings;
  },
};
