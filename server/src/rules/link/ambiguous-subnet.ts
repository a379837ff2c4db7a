import type { Loc } from '../../model/location';
import type { Endpoint } from '../../model/types';
import type { Finding, Rule } from '../types';
import { judges } from '../support/scope';
import { fromLinkIssues } from './issues';

/** Each shared point-to-point subnet with its members' names and addresses (read where link resolution read them). */
const shared = fromLinkIssues((fabric) => {
  const out: { subnet: string; members: { endpoint: Endpoint; loc: Loc; address: string | undefined; name: string }[] }[] = [];
  for (const issue of fabric.linkIssues) {
    if (issue.kind !== 'ambiguous-subnet') continue;
    const members = issue.members.map((m) => {
      const device = fabric.devices.get(m.endpoint.device);
      const iface = device?.interfaces.get(m.endpoint.interface);
      const addr = iface && [...iface.ipv4, ...iface.ipv6].find((a) => a.loc.uri === m.loc.uri && a.loc.range.start.line === m.loc.range.start.line);
      return { ...m, address: addr?.value.address, name: `${device?.hostname ?? m.endpoint.device} ${m.endpoint.interface}` };
    });
    out.push({ subnet: issue.subnet, members });
  }
  return out;
});

export const rule: Rule = {
  id: 'link/ambiguous-subnet',
  title: 'More than two addresses in a point-to-point subnet',
  category: 'link',
  severity: 'warning',
  scope: 'fabric',
  // The members of a subnet come from every device's addresses: the issues are the basis; each member's own device
  // says whether it is ignored.
  reads: 'aggregate',
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
  basis: shared.basis,
  check(ctx) {
    const findings: Finding[] = [];
    for (const issue of shared.of(ctx.fabric)) {
      const members = issue.members;
      for (const m of members) {
        const device = ctx.fabric.devices.get(m.endpoint.device);
        const iface = device?.interfaces.get(m.endpoint.interface);
        if (!device || !iface || !judges(ctx, device) || ctx.ignored(device, iface)) continue;
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
