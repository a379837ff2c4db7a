import { l3Mtu } from '../../dialects/mtu';
import { devicesOf } from '../support/scope';
import type { Interface } from '../../model/types';
import type { Finding, Fix, Rule, TextEdit } from '../types';
import { bridgedMtu, mtuText, setMtuFix, type BridgedMtu } from './common';
import { compact } from '../support/sets';
import { hasVlan } from '../../model/vlans';
import { isDataInterface, lagOf } from '../support/interfaces';

/** The VLAN of an SVI name (`Vlan10` → 10). */
export function sviVlan(iface: Interface): number | undefined {
  const m = /^vlan(\d+)$/i.exec(iface.name);
  return m ? Number(m[1]) : undefined;
}

/** Whether a switchport carries this VLAN: a trunk without an allowed list carries all; other modes their access VLAN (default 1). */
export function carriesVlan(iface: Interface, vlan: number): boolean {
  if (iface.switchportMode?.value === 'trunk') {
    const allowed = iface.trunkAllowedVlans?.value;
    return allowed === undefined || hasVlan(allowed, vlan);
  }
  return (iface.accessVlan?.value ?? 1) === vlan;
}

interface Member {
  iface: Interface;
  mtu: BridgedMtu;
}

export const rule: Rule = {
  id: 'mtu/svi-exceeds-members',
  title: 'SVI MTU larger than the ports that carry its VLAN',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'A packet routed into a VLAN leaves through a switchport of that VLAN. When the SVI accepts (and routes into ' +
    'the VLAN) packets larger than a member port bridges, those packets are dropped at the port without an ICMP ' +
    'error, so large RoCE messages to hosts on that port stall while small ones pass. Members are the up access ' +
    'ports of the VLAN and the up trunks that allow it (port-channel members answer through their port-channel). ' +
    'The bridged limit is EOS `l2 mtu` (without it EOS bridges up to the platform maximum, so the port is not ' +
    'judged), the NX-OS port `mtu` (default 1500, unless a network-qos policy sets class MTUs, where the platform ' +
    'may take the L2 MTU from there), and an IOS port `mtu` when written.',
  messages: {
    exceeds: 'MTU {mtu} on {svi}, but {member} carrying VLAN {vlan} bridges only {memberMtu}{more}',
  },
  fix: 'Raise the smaller member ports to the SVI MTU (preferred), or lower the SVI to the smallest member.',
  example: {
    dialect: 'nxos',
    config: 'interface Vlan10\n  mtu 9216\n  ip address 10.10.0.1/24\ninterface Ethernet1/5\n  switchport access vlan 10',
    explanation: 'Ethernet1/5 has no `mtu` line: it bridges 1500-byte frames while Vlan10 routes 9216.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const ports: Interface[] = [];
      for (const i of device.interfaces.values()) {
        if ((i.kind === 'physical' || i.kind === 'port-channel') && i.mode.value === 'switched' && !lagOf(device, i) && isDataInterface(ctx, device, i))
          ports.push(i);
      }
      for (const svi of device.interfaces.values()) {
        const vlan = sviVlan(svi);
        if (svi.kind !== 'svi' || vlan === undefined || !isDataInterface(ctx, device, svi)) continue;
        const sviMtu = l3Mtu(device, svi);
        if (sviMtu === undefined) continue;
        const small: Member[] = [];
        for (const p of ports) {
          if (!carriesVlan(p, vlan)) continue;
          const b = bridgedMtu(device, p);
          if (!b || b.value >= sviMtu) continue;
          small.push({ iface: p, mtu: b });
        }
        if (small.length === 0) continue;
        small.sort((x, y) => x.mtu.value - y.mtu.value);
        const first = small[0]!;
        const raiseEdits: TextEdit[] = [];
        for (const m of small) raiseEdits.push(...ctx.writer(device).setInterfaceL2Mtu(m.iface, sviMtu));
        const raise: Fix | undefined = raiseEdits.length
          ? { title: `Set the bridged MTU of ${small.map((m) => m.iface.name).join(', ')} to ${sviMtu}`, isPreferred: true, edits: raiseEdits }
          : undefined;
        const lower = setMtuFix(ctx, `Set MTU ${first.mtu.value} on ${svi.name}`, [{ device, iface: svi }], first.mtu.value, false);
        findings.push(
          ctx.report({
            messageId: 'exceeds',
            data: {
              mtu: mtuText(device, svi),
              svi: svi.name,
              member: first.iface.name,
              vlan,
              memberMtu: first.mtu.text,
              more: small.length > 1 ? ` (and ${small.length - 1} more port${small.length > 2 ? 's' : ''})` : '',
            },
            loc: svi.mtu.loc,
            related: small.slice(0, 8).map((m) => ({ loc: m.mtu.loc, message: `${m.iface.name} bridges ${m.mtu.text}` })),
            fixes: compact([raise, lower]),
          }),
        );
      }
    }
    return findings;
  },
};
