import { l3Mtu, maxL3 } from '../../dialects/mtu';
import type { Device, Interface } from '../../model/types';
import { ibMtuFor, ROCE_HINTS } from '../../intent/defaults';
import type { Finding, Fix, RelatedInfo, Rule } from '../types';
import { belowIntentThreshold, bridgedMtu, carriesLossless, intentDeclaresLossless, mtuLoc, mtuText, setMtuFix } from './common';
import { FabricView } from '../support/fabric-view';
import { compact } from '../support/sets';
import { type End, evidenceRelated } from '../support/links';
import { isDataInterface, isRouted, lagOf } from '../support/interfaces';
import { where } from '../support/describe';
import { devicesOf } from '../support/scope';
import { memoize } from '../../model/memo';
import { QuietPorts } from '../support/quiet-ports';

const RDMA_MIN = ROCE_HINTS.minHostMtu.value;

const quiet = new QuietPorts();

export const rule: Rule = {
  id: 'mtu/roce-path',
  title: 'MTU on a RoCE path too small for RDMA MTU 4096 or the host MTU',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  // A device's own ports; the far end of a fabric link only says whether it carries RoCE, and gives its MTU to the
  // related information and the fix.
  reads: 'peers',
  rationale:
    'A RoCE NIC picks its RDMA path MTU from the netdev MTU: the largest of 256…4096 that fits `MTU − 96` (GRH 40 + ' +
    "UDP 8 + BTH 12 + XRC 4 + AtomicETH 28 + ICRC 4). Every switch hop must carry the host's packets, so a hop " +
    'below 4192 caps RDMA at 2048 or 1024 (1500 → 1024) — a physical fact, true with or without an intent file — ' +
    "and a hop below the intent's `mtu.host` drops the hosts' largest packets.\n\n" +
    'Which interfaces: every fabric-facing one (routed, in a link or with a point-to-point address) when the intent ' +
    'declares a RoCE fabric (`mtu.host`, lossless priorities or a lossless class); otherwise only the interfaces that ' +
    'carry lossless traffic themselves — PFC no-drop priorities on the interface or on the other end of its link — ' +
    'and host-facing ports with PFC no-drop priorities (every host-facing port when the intent declares RoCE). A link without PFC in a fabric without intent is not shown ' +
    'to carry RoCE and stays quiet (the AVD example fabrics run 1500 by design, and a PFC-enabled leaf may also ' +
    'have 1500-byte border or management links). Fabric-facing interfaces that `mtu/below-intent` already ' +
    'reports are left to it. Switchports are judged by their bridged MTU (EOS `l2 mtu`, NX-OS port `mtu`).',
  messages: {
    rdma: 'MTU {mtu} on {iface} ({facing}) caps RDMA at path MTU {ib}: RDMA MTU 4096 needs at least {min} on every hop{why}',
    host: 'MTU {mtu} on {iface} ({facing}) is below the host MTU {host} (fabric-intent.yaml mtu.host)',
  },
  fix: "Raise the MTU (both ends of a link) to intent `mtu.fabric`/`mtu.host`, else to the dialect's usual jumbo value (EOS 9214, NX-OS 9216).",
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/1\n  no switchport\n  priority-flow-control mode on\n  mtu 1500\n  ip address 10.0.0.1/31',
    explanation: 'PFC says this link carries RoCE; at 1500 hosts can use RDMA MTU 1024 only.',
  },
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const intent = ctx.intent;
    const host = intent?.mtu?.host;
    // Without a RoCE signal in the intent, a fabric-facing interface is judged when it or its peer has PFC no-drop priorities.
    const intentLossless = intentDeclaresLossless(intent);
    const belowIntent = belowIntentThreshold(intent);
    const findings: Finding[] = [];
    const why = intentLossless ? '' : ' (PFC no-drop priorities on this link say it carries RoCE)';

    const judge = (
      end: End,
      value: number,
      loc: Interface['mtu']['loc'],
      text: string,
      facing: string,
      fix: (target: number) => Fix | undefined,
      related: RelatedInfo[],
    ) => {
      let messageId: 'rdma' | 'host' | undefined;
      if (value < RDMA_MIN) messageId = 'rdma';
      else if (host !== undefined && value < host) messageId = 'host';
      if (!messageId) return;
      const max = maxL3(end.device);
      const target = Math.max(intent?.mtu?.fabric ?? 0, host ?? 0) || max;
      findings.push(
        ctx.report({
          messageId,
          data: { mtu: text, iface: end.iface.name, facing, ib: ibMtuFor(value) ?? 'none', min: RDMA_MIN, why, host: host ?? '' },
          loc,
          related,
          fixes: compact([fix(target)]),
        }),
      );
    };

    // A port's verdict reads its device and the far end of its link: re-judging a spine whose leaf changed judges
    // only the ports whose far end changed.
    const judgePort = (device: Device, iface: Interface): void => {
      const end: End = { device, iface };
      if (view.isFabricFacing(ctx, device, iface)) {
        const peer = view.peerOf(iface);
        if (!intentLossless && !carriesLossless(device, iface) && !(peer && carriesLossless(peer.peer.device, peer.peer.iface))) return;
        const mtu = l3Mtu(device, iface);
        if (mtu === undefined || (belowIntent !== undefined && mtu < belowIntent)) return;
        const related: RelatedInfo[] = peer
          ? [
              { loc: peer.peer.iface.mtu.loc, message: `MTU ${mtuText(peer.peer.device, peer.peer.iface)} on ${where(peer.peer)}` },
              ...evidenceRelated(peer.link),
            ]
          : [];
        judge(
          end,
          mtu,
          mtuLoc(device, iface),
          mtuText(device, iface),
          peer ? `link to ${where(peer.peer)}` : 'fabric-facing',
          (target) => {
            const t = Math.min(target, maxL3(device), peer ? maxL3(peer.peer.device) : target);
            const ends = [end, ...(peer && (l3Mtu(peer.peer.device, peer.peer.iface) ?? Infinity) < t ? [peer.peer] : [])];
            return setMtuFix(ctx, `Set MTU ${t} on ${ends.map((e) => where(e)).join(' and ')}`, ends, t, true);
          },
          related,
        );
        return;
      }
      if (!isDataInterface(ctx, device, iface) || lagOf(device, iface)) return;
      if (!intentLossless && !carriesLossless(device, iface)) return;
      if (iface.kind !== 'physical' && iface.kind !== 'port-channel') return;
      if (isRouted(iface)) {
        // A routed port with no address on it or on its subinterfaces (Junos `unit 0 { family inet; }` on an
        // unused port that a `class-of-service interfaces et-*` wildcard gives PFC) carries no routed traffic.
        const mtu = l3Mtu(device, iface);
        if (!carriesAddress(device, iface) || mtu === undefined) return;
        // The RDMA floor holds whatever the port faces; only a port whose role is host is called host-facing.
        const role = view.role(iface, device).role;
        const facing = role === 'host' ? 'host-facing' : role === 'peer-link' ? 'MLAG peer-link' : 'far end outside the workspace';
        judge(
          end,
          mtu,
          mtuLoc(device, iface),
          mtuText(device, iface),
          intentLossless ? facing : `${facing}, PFC on`,
          (t) => setMtuFix(ctx, `Set MTU ${t} on ${where(end)}`, [end], t, true),
          [],
        );
      } else if (view.isHostFacing(ctx, device, iface) || view.role(iface, device).role === 'peer-link') {
        // A peer-link carries the RoCE traffic of a failed MLAG/vPC member port, so the RDMA floor holds there too.
        const b = bridgedMtu(device, iface);
        if (!b) return;
        const facing = view.role(iface, device).role === 'peer-link' ? 'MLAG/vPC peer-link' : 'host-facing';
        judge(
          end,
          b.value,
          b.loc,
          b.text,
          intentLossless ? facing : `${facing}, PFC on`,
          (t) => {
            const edits = ctx.writer(device).setInterfaceL2Mtu(iface, t);
            return edits.length ? { title: `Set the bridged MTU of ${where(end)} to ${t}`, isPreferred: true, edits } : undefined;
          },
          [],
        );
      }
    };
    for (const device of devicesOf(ctx)) {
      quiet.judge(ctx, device, (iface) => {
        const before = findings.length;
        judgePort(device, iface);
        return findings.length > before;
      });
    }
    return findings;
  },
};

function carriesAddress(device: Device, iface: Interface): boolean {
  return iface.ipv4.length > 0 || iface.ipv6.length > 0 || addressedParents(device).has(iface.name);
}

/** The ports of a device that have a subinterface or unit with an address: one pass over its interfaces. */
const addressedParents = memoize(function addressedParents(device: Device): Set<string> {
  const out = new Set<string>();
  for (const sub of device.interfaces.values()) if (sub.parent && (sub.ipv4.length > 0 || sub.ipv6.length > 0)) out.add(sub.parent);
  return out;
});
