import type { Finding, Rule } from '../types';

export const rule: Rule = {
  id: 'link/ambiguous-subnet',
  title: 'More than two addresses in a point-to-point subnet',
  category: 'link',
  severity: 'warning',
  scope: 'fabric',
  rationale:
    'Links are inferred from a subnet only when exactly two interfaces on two devices share it (in one VRF) with ' +
    'different addresses. A /30 or /126 that holds three or more distinct addresses cannot be a point-to-point link: ' +
    'one of them is a copy-paste error that also breaks routing, and no link is inferred, so the MTU and PFC checks of ' +
    'that link do not run. A wider subnet shared by three or more addresses is a LAN segment (multi-access link ' +
    'evidence, shown by `fabric-lint model`), not an ambiguity; the same address configured twice is ' +
    '`link/duplicate-address`. Published on every member, with the other members as related information.',
  messages: {
    shared: '{subnet} is also configured on {others}: {count} interfaces share a point-to-point subnet, so no link is inferred from it',
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   no switchport\n   ip address 10.0.0.1/30\n! spine1 has 10.0.0.2/30 and spine2 10.0.0.3/30',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const issue of ctx.fabric.linkIssues) {
      if (issue.kind !== 'ambiguous-subnet') continue;
      const members = issue.members.map((m) => {
        const device = ctx.fabric.devices.get(m.endpoint.device);
        const iface = device?.interfaces.get(m.endpoint.interface);
        const addr = iface && [...iface.ipv4, ...iface.ipv6].find((a) => a.loc.uri === m.loc.uri && a.loc.range.start.line === m.loc.range.start.line);
        return { ...m, device, iface, address: addr?.value.address, name: `${device?.hostname ?? m.endpoint.device} ${m.endpoint.interface}` };
      });
      for (const m of members) {
        if (!m.device || !m.iface || ctx.ignored(m.device, m.iface)) continue;
        const others = members.filter((o) => o !== m);
        const related = others.map((o) => ({ loc: o.loc, message: `${o.address ?? issue.subnet} on ${o.name}` }));
        findings.push(
          ctx.report({
            messageId: 'shared',
            data: { subnet: issue.subnet, others: others.map((o) => o.name).join(', '), count: members.length },
            loc: m.loc,
            related,
          }),
        );
      }
    }
    return findings;
  },
};
