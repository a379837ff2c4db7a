import type { Fabric, LinkIssue } from '../../model/types';
import type { Finding, Rule } from '../types';

/**
 * A distributed anycast gateway (NX-OS `fabric forwarding mode anycast-gateway`, EOS `ip address virtual`): the
 * same address on the same VLAN's SVI on several devices, in a multi-access subnet, by design.
 */
function isAnycastGateway(fabric: Fabric, issue: Extract<LinkIssue, { kind: 'ambiguous-subnet' }>): boolean {
  const length = Number(issue.subnet.split('/')[1]);
  const v6 = issue.subnet.includes(':');
  if ((v6 ? length >= 126 : length >= 30) || issue.members.length < 2) return false;
  const devices = new Set<string>();
  for (const m of issue.members) {
    const iface = fabric.devices.get(m.endpoint.device)?.interfaces.get(m.endpoint.interface);
    if (!iface || iface.kind !== 'svi' || devices.has(m.endpoint.device)) return false;
    devices.add(m.endpoint.device);
  }
  const names = new Set(issue.members.map((m) => m.endpoint.interface.toLowerCase()));
  return names.size === 1;
}

export const rule: Rule = {
  id: 'link/ambiguous-subnet',
  title: 'More than two interfaces share a point-to-point subnet, or an address is duplicated',
  category: 'link',
  severity: 'warning',
  scope: 'fabric',
  dialects: ['eos', 'nxos', 'ios', 'junos', 'sonic', 'nvue'],
  rationale:
    'Links are inferred from a subnet only when exactly two interfaces on two devices share it (in one VRF) with ' +
    'different addresses. A third member, or the same address twice, is usually a copy-paste error that also ' +
    'breaks routing, and it means no link is inferred: the MTU and PFC checks of that link do not run. ' +
    'Multi-access VLAN subnets made only of SVIs (MLAG pairs sharing a VLAN) are not reported, nor is a distributed ' +
    'anycast gateway: the same VLAN\'s SVI with the same address on several devices (NX-OS `fabric forwarding mode ' +
    'anycast-gateway`, EOS `ip address virtual`). Published on ' +
    'every member, with the other members as related information.',
  messages: {
    shared: '{subnet} is also configured on {others}: {count} interfaces share it, so no link is inferred from it',
    duplicate: 'Address {address} is also configured on {dups}; no link is inferred from {subnet}',
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   no switchport\n   ip address 10.0.0.0/31\n! spine1 and spine2 both have 10.0.0.1/31',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const issue of ctx.fabric.linkIssues) {
      if (issue.kind !== 'ambiguous-subnet') continue;
      if (isAnycastGateway(ctx.fabric, issue)) continue;
      const members = issue.members.map((m) => {
        const device = ctx.fabric.devices.get(m.endpoint.device);
        const iface = device?.interfaces.get(m.endpoint.interface);
        const addr = iface && [...iface.ipv4, ...iface.ipv6].find((a) => a.loc.uri === m.loc.uri && a.loc.range.start.line === m.loc.range.start.line);
        return { ...m, device, iface, address: addr?.value.address, name: `${device?.hostname ?? m.endpoint.device} ${m.endpoint.interface}` };
      });
      for (const m of members) {
        if (!m.device || !m.iface || ctx.ignored(m.device, m.iface)) continue;
        const others = members.filter((o) => o !== m);
        const dups = others.filter((o) => o.address !== undefined && o.address === m.address);
        const related = others.map((o) => ({ loc: o.loc, message: `${o.address ?? issue.subnet} on ${o.name}` }));
        findings.push(
          dups.length > 0
            ? ctx.report({ messageId: 'duplicate', data: { address: m.address ?? '', dups: dups.map((o) => o.name).join(', '), subnet: issue.subnet }, loc: m.loc, related })
            : ctx.report({ messageId: 'shared', data: { subnet: issue.subnet, others: others.map((o) => o.name).join(', '), count: members.length }, loc: m.loc, related }),
        );
      }
    }
    return findings;
  },
};
