import { l3Mtu } from '../../dialects/mtu';
import { devicesOf } from '../support/scope';
import type { Finding, Rule } from '../types';
import { mtuOrigin, mtuText, setMtuFix } from './common';
import { compact } from '../support/sets';
import { isDataInterface } from '../support/interfaces';
import { where } from '../support/describe';

export const rule: Rule = {
  id: 'mtu/subif-exceeds-parent',
  title: 'Subinterface MTU larger than its parent interface',
  category: 'mtu',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'A subinterface sends through its parent port: a packet the subinterface accepts at its MTU but that the ' +
    'parent cannot carry is dropped on egress, one VLAN at a time, which looks like a per-tenant black hole. ' +
    "NX-OS refuses a subinterface MTU above the parent's; EOS and IOS accept the line and drop the packets. " +
    'EOS, NX-OS and IOS MTUs are L3 values that exclude the Ethernet header and the 802.1Q tag, so a subinterface ' +
    'may equal its parent (9214 under 9214 is right); the 4-byte allowance of the catalogue applies to media MTUs ' +
    '(Junos) only. A parent without an `mtu` line counts at its platform default, and the message says so. ' +
    'Shut-down subinterfaces or parents are not checked.',
  messages: {
    exceeds: 'MTU {mtu} on {subif} is larger than its parent {parent} (MTU {parentMtu})',
  },
  fix: "Raise the parent to the subinterface MTU (preferred when the parent carries no address of its own), or lower the subinterface to the parent's MTU.",
  example: {
    dialect: 'eos',
    config: 'interface Ethernet3\n   no switchport\ninterface Ethernet3.100\n   encapsulation dot1q vlan 100\n   mtu 9214\n   ip address 10.1.0.0/31',
    explanation: 'Ethernet3 has no `mtu` line, so it stays at 1500 while Ethernet3.100 accepts 9214.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      for (const sub of device.interfaces.values()) {
        if (sub.kind !== 'subinterface' || !sub.parent || !isDataInterface(ctx, device, sub)) continue;
        const parent = device.interfaces.get(sub.parent);
        if (!parent || !parent.adminUp.value || ctx.ignored(device, parent)) continue;
        const subMtu = l3Mtu(device, sub);
        const parentMtu = l3Mtu(device, parent);
        if (subMtu === undefined || parentMtu === undefined || subMtu <= parentMtu) continue;
        const parentRoutesItself = parent.ipv4.length > 0 || parent.ipv6.length > 0;
        const raise = setMtuFix(ctx, `Set MTU ${subMtu} on ${where({ device, iface: parent })}`, [{ device, iface: parent }], subMtu, !parentRoutesItself);
        const lower = setMtuFix(ctx, `Set MTU ${parentMtu} on ${where({ device, iface: sub })}`, [{ device, iface: sub }], parentMtu, parentRoutesItself);
        findings.push(
          ctx.report({
            messageId: 'exceeds',
            data: { mtu: mtuText(device, sub), subif: sub.name, parent: parent.name, parentMtu: mtuText(device, parent) },
            loc: sub.mtu.loc,
            related: [{ loc: parent.mtu.loc, message: `MTU ${mtuText(device, parent)} on ${parent.name}` }, ...mtuOrigin(device, parent)],
            fixes: compact([raise, lower]),
          }),
        );
      }
    }
    return findings;
  },
};
