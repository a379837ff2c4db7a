import { carriedVlans, portMode } from '../../model/l2';
import { ALL_VLANS, isEmptyVlanSet, subtract, type VlanSet } from '../../model/vlans';
import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { where } from '../support/describe';
import { bothEnds, comparableLinks, l2Severity, l2Why, otherEnd, vlanText } from './common';

/** Where a trunk's allowed list is written, else its mode line. */
function allowedLoc(port: Interface) {
  return port.trunkAllowedVlans && !port.trunkAllowedVlans.defaulted ? port.trunkAllowedVlans.loc : (port.vlanMode?.loc ?? port.block.header);
}

/** "only this end carries 30; only leaf2 Ethernet1 carries 40", leaving out an empty side. */
function differenceText(here: VlanSet, there: VlanSet, peer: string): string {
  const parts: string[] = [];
  if (!isEmptyVlanSet(here)) parts.push(`only this end carries ${vlanText(here)}`);
  if (!isEmptyVlanSet(there)) parts.push(`only ${peer} carries ${vlanText(there)}`);
  return parts.join('; ');
}

export const rule: Rule = {
  id: 'l2/trunk-vlan-mismatch',
  title: 'The two ends of a trunk allow different VLANs',
  category: 'l2',
  severity: 'warning',
  scope: 'link',
  // The links of a port-channel pair are one L2 link: the links between two switches are judged together.
  reads: 'pair',
  rationale:
    'A VLAN that one end of a trunk carries and the other end does not allow is black-holed at the second switch: ' +
    'hosts of that VLAN on either side cannot reach each other, and for RoCE a half-stretched VLAN is the kind of ' +
    'failure that only shows when traffic takes that path. The two ends are compared by what each carries (its ' +
    'allowed list, narrowed to the VLANs the switch defines, and on EOS to the trunk groups of its VLANs) against ' +
    "what the other end's list allows, so a VLAN one switch does not have at all is not blamed on the trunk when " +
    "both ends allow every VLAN. Tagged VLANs are compared; the untagged one is `l2/native-vlan-mismatch`'s. Port-channel members answer for their port-channel; MLAG/vPC/CLAG peer-links are " +
    "`mlag/peer-inconsistent`'s. A link known only from interface descriptions is reported at information level, " +
    'and the message says so. Published on both ends.',
  messages: {
    mismatch: 'Trunk to {peer} differs in VLANs: {difference} — {why}',
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet49\n   switchport mode trunk\n   switchport trunk allowed vlan 10,20,30\n! the peer, an NX-OS trunk, allows 10,20',
    explanation: 'VLAN 30 leaves Ethernet49 tagged and is dropped by the peer, which does not allow it.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const l of comparableLinks(ctx)) {
      if (portMode(l.a.iface) !== 'trunk' || portMode(l.b.iface) !== 'trunk') continue;
      const ca = carriedVlans(l.a.device, l.a.iface);
      const cb = carriedVlans(l.b.device, l.b.iface);
      if (!ca || !cb) continue;
      // Tagged VLANs only: where the untagged VLAN goes is l2/native-vlan-mismatch's question.
      const onlyA = subtract(ca.tagged, l.b.iface.trunkAllowedVlans?.value ?? ALL_VLANS);
      const onlyB = subtract(cb.tagged, l.a.iface.trunkAllowedVlans?.value ?? ALL_VLANS);
      if (isEmptyVlanSet(onlyA) && isEmptyVlanSet(onlyB)) continue;
      const why = l2Why(l);
      for (const [self, other] of bothEnds(l)) {
        const here = self === l.a ? onlyA : onlyB;
        const there = self === l.a ? onlyB : onlyA;
        const severity = l2Severity(l);
        findings.push(
          ctx.report({
            messageId: 'mismatch',
            data: { peer: where(other), difference: differenceText(here, there, where(other)), here: vlanText(here), there: vlanText(there), why },
            loc: allowedLoc(self.iface),
            related: otherEnd(allowedLoc(other.iface), `${where(other)} allows ${vlanText(other.iface.trunkAllowedVlans?.value ?? ALL_VLANS)}`, l),
            ...(severity ? { severity } : {}),
          }),
        );
      }
    }
    return findings;
  },
};
