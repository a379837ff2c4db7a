import type { Endpoint, LinkEvidence } from '../../model/types';
import type { Finding, RelatedInfo, Rule } from '../types';
import { FabricView } from '../support/fabric-view';

function name(e: Endpoint): string {
  return `${e.device} ${e.interface}`;
}

function describe(ev: LinkEvidence): string {
  return `${ev.source} (${ev.detail})`;
}

export const rule: Rule = {
  id: 'link/source-conflict',
  title: 'Two sources of link evidence disagree about a peer',
  category: 'link',
  severity: 'warning',
  scope: 'link',
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
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const linked = new Set<string>();
    for (const l of view.links) {
      linked.add(`${l.a.device.hostname}\u0000${l.a.iface.name}`);
      linked.add(`${l.b.device.hostname}\u0000${l.b.iface.name}`);
    }
    for (const l of ctx.fabric.links) {
      linked.add(`${l.a.device}\u0000${l.a.interface}`);
      linked.add(`${l.b.device}\u0000${l.b.interface}`);
    }
    const findings: Finding[] = [];
    for (const issue of ctx.fabric.linkIssues) {
      if (issue.kind !== 'source-conflict') continue;
      const { winner, loser } = issue;
      // A losing description on a linked interface is link/description-disagrees'.
      if (loser.source === 'description') {
        const owner = [loser.a, loser.b].find((e) => ctx.fabric.devices.get(e.device)?.uri === loser.locs[0]?.uri);
        if (owner && linked.has(`${owner.device}\u0000${owner.interface}`)) continue;
      }
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
        if (!device || !iface || ctx.ignored(device, iface)) continue;
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
