import type { Endpoint, LinkEvidence } from '../../model/types';
import type { Finding, RelatedInfo, Rule } from '../types';
import { judges } from '../support/scope';
import { fromLinkIssues } from './issues';

function name(e: Endpoint): string {
  return `${e.device} ${e.interface}`;
}

function describe(ev: LinkEvidence): string {
  return `${ev.source} (${ev.detail})`;
}

/**
 * The conflicts this rule reports: every source conflict but a losing description on an interface that has a link
 * (resolved links are among the fabric's links, so an end named by one of those is linked).
 */
const conflicts = fromLinkIssues((fabric) => {
  const linked = new Set<string>();
  for (const l of fabric.links) {
    linked.add(`${l.a.device}\u0000${l.a.interface}`);
    linked.add(`${l.b.device}\u0000${l.b.interface}`);
  }
  const out: { winner: LinkEvidence; loser: LinkEvidence }[] = [];
  for (const issue of fabric.linkIssues) {
    if (issue.kind !== 'source-conflict') continue;
    const { winner, loser } = issue;
    // A losing description on a linked interface is link/description-disagrees'.
    if (loser.source === 'description') {
      const owner = [loser.a, loser.b].find((e) => fabric.devices.get(e.device)?.uri === loser.locs[0]?.uri);
      if (owner && linked.has(`${owner.device}\u0000${owner.interface}`)) continue;
    }
    out.push({ winner, loser });
  }
  return out;
});

export const rule: Rule = {
  id: 'link/source-conflict',
  title: 'Two sources of link evidence disagree about a peer',
  category: 'link',
  severity: 'warning',
  scope: 'link',
  // The conflicts come from every device's evidence at once: they are the basis; each end's own device says where to
  // report and whether it is ignored.
  reads: 'aggregate',
  rationale:
    'Every interface has at most one peer. When a topology file, the intent, a shared subnet, LLDP or a description ' +
    'give an interface two different peers, fabric-lint keeps the most trusted source (intent `linkSources`, else ' +
    'intent > containerlab > layer1 > AVD CSV > SONiC neighbors > LLDP > subnet > description > port-channel) and ' +
    'the link checks follow it. The other claim is probably a stale file or a mis-cabled port; either way one of ' +
    'the two is wrong. Reported on both ends of the losing claim, saying which source won and which lost. A ' +
    "losing description on an interface that has a link is `link/description-disagrees`' finding, not repeated here.",
  messages: {
    conflict: '{loser} says {iface} connects to {loserPeer}, but {winner} links {winnerA} to {winnerB}; the link checks follow {winnerSource}',
  },
  example: {
    dialect: 'eos',
    config: '# clab: leaf1:eth1 <-> spine1:eth1\ninterface Ethernet1\n   no switchport\n   ip address 10.0.0.0/31\n! 10.0.0.1/31 is on spine2 Ethernet1',
  },
  basis: conflicts.basis,
  check(ctx) {
    const findings: Finding[] = [];
    for (const { winner, loser } of conflicts.of(ctx.fabric)) {
      const related: RelatedInfo[] = [
        ...winner.locs.slice(0, 2).map((loc) => ({ loc, message: `winner: ${describe(winner)}` })),
        ...loser.locs.slice(0, 2).map((loc) => ({ loc, message: `ignored: ${describe(loser)}` })),
      ];
      for (const [self, other] of [
        [loser.a, loser.b],
        [loser.b, loser.a],
      ] as const) {
        const device = ctx.fabric.devices.get(self.device);
        const iface = device?.interfaces.get(self.interface);
        if (!device || !iface || !judges(ctx, device) || ctx.ignored(device, iface)) continue;
        const loc = loser.locs.find((l) => l.uri === device.uri) ?? iface.block.header;
        findings.push(
          ctx.report({
            messageId: 'conflict',
            data: {
              loser: describe(loser),
              iface: name(self),
              loserPeer: name(other),
              winner: describe(winner),
              winnerA: name(winner.a),
              winnerB: name(winner.b),
              winnerSource: winner.source,
            },
            loc,
            related,
          }),
        );
      }
    }
    return findings;
  },
};
