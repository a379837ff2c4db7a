import { l3Mtu, maxL3 } from '../../dialects/mtu';
import type { Device } from '../../model/types';
import type { Contribution, Finding, FindingCause, RelatedInfo, Rule, RuleContext } from '../types';
import { declaresMtu, mtuOrigin, mtuText, setMtuFix, sharedMtuLine } from './common';
import { FabricView } from '../support/fabric-view';
import { compact } from '../support/sets';
import { type End, evidenceRelated } from '../support/links';
import { roleOfDevice } from '../support/roles';
import { derivedOf } from '../support/scope';
import { perDevice, QuietPorts } from '../support/quiet-ports';
import { where } from '../support/describe';

const quiet = new QuietPorts();

export const rule: Rule = {
  id: 'mtu/below-intent',
  title: 'Fabric-facing MTU below the fabric minimum',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  reads: 'aggregate',
  // A finding names the other end of its link (its MTU, a fix on both ends).
  farEnds: true,
  rationale:
    'A fabric link with a small MTU caps every flow that crosses it: RoCE hosts with netdev MTU 9000 ' +
    'send 4096-byte RDMA payloads, and a 1500-byte hop drops them (RoCE never fragments). ' +
    '*Fabric-facing* means a routed, up interface that is one end of a link to another workspace device, ' +
    'or carries a /31, /30, /127 or /126 address; port-channel members are judged through their port-channel, ' +
    'and management, loopback, tunnel and shut-down interfaces are ignored. A missing `mtu` line counts as ' +
    'the platform default (1500 on EOS, NX-OS and IOS routed ports) and the message says so.\n\n' +
    "**When fabric-intent.yaml speaks about MTU** (`mtu.minimum`, `mtu.fabric` or `mtu.host`, or this rule's " +
    '`minimum` option) the threshold is `mtu.minimum`, else the `minimum` option (9000), and the fix writes ' +
    '`mtu.fabric` (never more than the platform takes: 9214 on EOS).\n\n' +
    '**Without an intent file** (or one that only lists links and roles) there is no absolute threshold: plenty of correct fabrics run 1500 on purpose ' +
    '(the Arista AVD example fabrics ship `mtu 1500` on every p2p link), and judging them against 9000 would ' +
    'flag every link of a config that is right for its design. The rule then compares each fabric-facing ' +
    'interface with the fabric-facing interfaces of devices of the same role (roles from the intent, else from ' +
    'the hostname) and reports those below the value more than half of them use — and says it did so (a link whose ' +
    'other end already has that value is left to `mtu/link-mismatch`). ' +
    "Whether 1500 is too small for RoCE is `mtu/roce-path`'s question (4192 is a physical fact for RDMA MTU 4096).",
  messages: {
    belowIntent: 'MTU {mtu} here, below the fabric minimum {minimum} ({source})',
    belowPeers:
      'MTU {mtu} here, below {majority} used by {count} of {total} fabric-facing interfaces on {role} devices ({basis}: compared with devices of the same role)',
  },
  fix: 'Set the MTU to intent `mtu.fabric` (else the minimum, or the role majority) on this interface and on the other end of its link.',
  options: {
    minimum: {
      description:
        "Threshold when the intent gives `mtu.fabric` or `mtu.host` but no `mtu.minimum`. Setting it in the intent's `rules:` also turns the absolute check on.",
      default: 9000,
    },
    minPeers: { description: 'Without an intent file: fewest fabric-facing interfaces in a role before a majority is trusted.', default: 3 },
  },
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   description P2P_LINK_TO_SPINE1_Ethernet1\n   no switchport\n   ip address 10.0.0.0/31\n! fabric-intent.yaml: mtu: { minimum: 9000, fabric: 9214 }',
    explanation: 'No `mtu` line: the EOS default 1500 applies, below the intent minimum 9000.',
  },
  contribution: (ctx, device) => keptContribution(ctx, device),
  derived: roleMajorities,
  // Without an MTU in the intent, each device is compared with the majority of its role: that majority (value, count
  // and total) is all the verdicts read of the other devices.
  digest(ctx, _contributions, derived) {
    if (declaresMtu(ctx.intent)) return '';
    return [...(derived as RoleMajorities)].map(([role, m]) => `${role} ${m ? `${m.value} ${m.count} ${m.total}` : '-'}`).join('\n');
  },
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const findings: Finding[] = [];
    const intent = ctx.intent;

    const fixFor = (end: End, wanted: number, floor: number): Finding['fixes'] => {
      const peer = view.peerOf(end.iface);
      const both: End[] = [end];
      if (peer && !ctx.ignored(peer.peer.device, peer.peer.iface)) both.push(peer.peer);
      // Never write more than a platform takes (9216 from the intent on an EOS box would be mtu/out-of-range).
      const target = Math.max(floor, Math.min(wanted, ...both.map((e) => maxL3(e.device))));
      if (both.length > 1 && (l3Mtu(both[1]!.device, both[1]!.iface) ?? 0) >= target) both.pop();
      const title = both.length > 1 ? `Set MTU ${target} on ${where(end)} and ${where(both[1]!)}` : `Set MTU ${target} on ${where(end)}`;
      return compact([setMtuFix(ctx, title, both, target, true)]);
    };
    const relatedFor = (end: End): RelatedInfo[] => {
      const out = mtuOrigin(end.device, end.iface);
      const peer = view.peerOf(end.iface);
      if (peer) {
        out.push({ loc: peer.peer.iface.mtu.loc, message: `MTU ${mtuText(peer.peer.device, peer.peer.iface)} on ${where(peer.peer)}` });
        out.push(...evidenceRelated(peer.link));
      }
      return out;
    };

    // Each fabric-facing port of the judged devices, in device then interface order; a port that gave nothing is judged
    // again only when the far end of its link or what its verdict reads of the fabric (`basis`) changed.
    const judgeEach = (judge: (end: End) => void, basis: string | ((device: Device) => string)): void => {
      for (const device of ctx.judging ?? ctx.fabric.devices.values()) {
        if (ctx.ignored(device)) continue;
        const b = typeof basis === 'string' ? basis : basis(device);
        quiet.judge(
          ctx,
          device,
          (iface) => {
            if (!view.isFabricFacing(ctx, device, iface)) return false;
            const before = findings.length;
            judge({ device, iface });
            return findings.length > before;
          },
          b,
        );
      }
    };

    if (declaresMtu(intent)) {
      const minimum = intent.mtu?.minimum ?? Number(ctx.options.minimum ?? 9000);
      const source = intent.mtu?.minimum !== undefined ? 'fabric-intent.yaml mtu.minimum' : 'the default minimum; set mtu.minimum in fabric-intent.yaml';
      const fabricMtu = intent.mtu?.fabric;
      const target = fabricMtu !== undefined && fabricMtu >= minimum ? fabricMtu : minimum;
      const minLoc = intent.locs['mtu.minimum'];
      // A port's verdict reads its device, the intent and the far end of its link.
      judgeEach((end) => {
        const mtu = l3Mtu(end.device, end.iface);
        // An unknown default (a Cumulus file that names no release) is not judged: it may be 1500 or 9216.
        if (mtu === undefined || mtu >= minimum) return;
        const related = relatedFor(end);
        if (minLoc) related.push({ loc: minLoc, message: `fabric minimum ${minimum}` });
        findings.push(
          ctx.report({
            messageId: 'belowIntent',
            data: { mtu: mtuText(end.device, end.iface), minimum, source, iface: end.iface.name },
            loc: end.iface.mtu.loc,
            ...causeOf(
              end,
              `MTU ${mtuText(end.device, end.iface)} on {count} fabric-facing interfaces ({places}), below the fabric minimum ${minimum} (${source})`,
            ),
            related,
            fixes: fixFor(end, target, minimum),
          }),
        );
      }, 'intent');
      return findings;
    }

    // The majority of every device of the role, whichever devices this run judges; a port's verdict reads it, its
    // device and the far end of its link.
    const majorities = derivedOf(ctx, contribute, roleMajorities);
    judgeEach(
      (end) => {
        const role = roleOfDevice(intent, end.device);
        const maj = majorities.get(role);
        if (!maj) return;
        const mtu = l3Mtu(end.device, end.iface);
        if (mtu === undefined || mtu >= maj.value) return;
        // The other end already at the majority: mtu/link-mismatch reports this link; one finding is enough.
        const peer = view.peerOf(end.iface);
        if (peer && (l3Mtu(peer.peer.device, peer.peer.iface) ?? 0) >= maj.value) return;
        findings.push(
          ctx.report({
            messageId: 'belowPeers',
            data: {
              mtu: mtuText(end.device, end.iface),
              majority: maj.value,
              count: maj.count,
              total: maj.total,
              role,
              basis: intent ? 'fabric-intent.yaml sets no MTU' : 'no fabric-intent.yaml',
              iface: end.iface.name,
            },
            loc: end.iface.mtu.loc,
            ...causeOf(
              end,
              `MTU ${mtuText(end.device, end.iface)} on {count} fabric-facing interfaces ({places}), below ${maj.value} used by ${maj.count} of ${maj.total} fabric-facing interfaces on ${role} devices`,
            ),
            related: relatedFor(end),
            fixes: fixFor(end, maj.value, maj.value),
          }),
        );
      },
      (device) => {
        const m = majorities.get(roleOfDevice(intent, device));
        return m ? `${m.value} ${m.count} ${m.total}` : '-';
      },
    );
    return findings;
  },
};

/** What a device adds to its role's majority: its role, and how many of its fabric-facing interfaces have each known MTU. */
interface Facts {
  role: string;
  mtus: Map<number, number>;
}

function contribute(ctx: RuleContext, device: Device): Contribution {
  const facts: Facts = { role: roleOfDevice(ctx.intent, device), mtus: new Map() };
  if (!ctx.ignored(device)) {
    const view = FabricView.of(ctx.fabric);
    for (const iface of device.interfaces.values()) {
      const mtu = view.isFabricFacing(ctx, device, iface) ? l3Mtu(device, iface) : undefined;
      if (mtu !== undefined) facts.mtus.set(mtu, (facts.mtus.get(mtu) ?? 0) + 1);
    }
  }
  return { digest: `${facts.role} ${[...facts.mtus].map(([mtu, n]) => `${mtu}x${n}`).join(',')}`, facts };
}

/** Kept while the device and its neighbourhood are: a spine is judged again (far ends) whenever a leaf changes. */
const keptContribution = perDevice(contribute);

/**
 * The strict majority of the known fabric-facing MTUs of each role (the `minPeers` option: how many it takes), from
 * each device's counts (Rule.derived).
 */
function roleMajorities(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): RoleMajorities {
  const byRole = new Map<string, { total: number; counts: Map<number, number> }>();
  for (const c of contributions.values()) {
    const f = c.facts as Facts;
    let r = byRole.get(f.role);
    if (!r) byRole.set(f.role, (r = { total: 0, counts: new Map() }));
    for (const [mtu, n] of f.mtus) {
      r.total += n;
      r.counts.set(mtu, (r.counts.get(mtu) ?? 0) + n);
    }
  }
  const minPeers = Number(ctx.options.minPeers ?? 3);
  const out = new Map<string, RoleMajority | undefined>();
  for (const [role, { total, counts }] of byRole) {
    let maj: RoleMajority | undefined;
    if (total >= minPeers) for (const [value, count] of counts) if (count * 2 > total) maj = { value, count, total };
    out.set(role, maj);
  }
  return out;
}

type RoleMajorities = Map<string, RoleMajority | undefined>;

interface RoleMajority {
  value: number;
  count: number;
  total: number;
}

/** Interfaces whose MTU comes from one shared line (interface defaults, a Junos port) are reported once, there. */
function causeOf(end: End, message: string): { cause?: FindingCause } {
  const line = sharedMtuLine(end.iface);
  return line ? { cause: { loc: line, message } } : {};
}
