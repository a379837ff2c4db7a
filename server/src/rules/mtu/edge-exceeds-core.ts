import { l3Mtu } from '../../dialects/mtu';
import type { Device, Interface } from '../../model/types';
import type { Finding, Rule, RuleContext } from '../types';
import { bridgedMtu, encapsulates, mtuLoc, mtuText, setMtuFix, VXLAN_OVERHEAD } from './common';
import { FabricView } from '../support/fabric-view';
import { compact } from '../support/sets';
import { type End, evidenceRelated } from '../support/links';
import { isDataInterface } from '../support/interfaces';
import { where } from '../support/describe';
import { devicesOf } from '../support/scope';
import { perDevice } from '../support/quiet-ports';

export const rule: Rule = {
  id: 'mtu/edge-exceeds-core',
  title: 'Host-facing MTU larger than the uplinks',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  // A device's uplinks against its own host ports; the far end's MTU only decides whether the fix raises it too.
  reads: 'peers',
  rationale:
    'A leaf that admits bigger packets from its hosts than its uplinks carry drops every such packet on the way ' +
    'out (RoCE sets DF and never fragments), so large transfers between racks stall while the same transfer ' +
    "inside the rack works. The edge MTU is the largest of the host-facing switchports' bridged MTU (EOS " +
    '`l2 mtu`, NX-OS port `mtu`) and of the tenant SVIs (interfaces whose role is host-facing); the uplinks are ' +
    "the device's routed interfaces whose role is fabric (linked to another switch of the workspace): a port " +
    'whose far end is unknown is never called an uplink. Devices with only one of the two are not ' +
    'judged, and VTEPs whose VXLAN interface names its source (EOS `Vxlan1`, NX-OS `nve1`) are left to ' +
    '`mtu/vxlan-overhead`.\n\n' +
    "What matters is the packet the hosts actually send, not the port ceiling: switch vendors' validated designs " +
    'set host ports to the platform maximum (Juniper: media 9216) and fabric units lower (Juniper: `family inet mtu ' +
    "9170`), while the servers run 9000. The host MTU is the intent's `mtu.host` when it states one, else the " +
    'smaller of the host-facing MTU and the `hostMtu` option (9000, the conventional jumbo host MTU). An uplink is ' +
    'reported when what it can carry of a host packet — its L3 MTU, less the 50 bytes of VXLAN when the device ' +
    'encapsulates (a Junos `vtep` interface, or `vtep-source-interface` under `switch-options` or a `mac-vrf` ' +
    'instance) and the uplink is in the default VRF — is below that host MTU.',
  messages: {
    exceeds:
      'Uplink MTU {mtu} on {iface} carries host packets up to {carry} bytes, below the host MTU {host} ({hostSource}; host-facing MTU {edge} on {edgeIface}): larger host packets cannot leave {device}',
  },
  fix: 'Raise the uplink (and the other end of its link) to the host-facing MTU (never a subinterface above its parent).',
  options: {
    hostMtu: {
      description:
        'Largest packet the hosts send when fabric-intent.yaml has no `mtu.host`: the conventional jumbo host MTU. A host-facing port with a smaller MTU bounds it further.',
      default: 9000,
    },
  },
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/1\n  switchport access vlan 10\n  mtu 9216\ninterface Ethernet1/49\n  no switchport\n  mtu 1500\n  ip address 10.0.0.1/31',
  },
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      if ([...device.interfaces.values()].some((i) => i.kind === 'vxlan' && i.vxlanSource)) continue;
      const { edge, uplinks } = ownPorts(ctx, device);
      if (!edge || uplinks.length === 0) continue;
      const stated = ctx.intent?.mtu?.host;
      const host = stated ?? Math.min(edge.value, Number(ctx.options.hostMtu ?? 9000));
      const hostSource = stated !== undefined ? 'fabric-intent.yaml mtu.host' : host === edge.value ? 'the host-facing MTU' : 'the hostMtu option';
      const vtep = encapsulates(device);
      for (const iface of uplinks) {
        // Tenant VRF hand-offs carry routed, not encapsulated, packets: only the underlay (default VRF) pays VXLAN.
        const overhead = vtep && !iface.vrf ? VXLAN_OVERHEAD : 0;
        const target = Math.max(edge.value, host + overhead);
        const mtu = l3Mtu(device, iface);
        if (mtu === undefined || mtu - overhead >= host) continue;
        const end: End = { device, iface };
        const peer = view.peerOf(iface);
        const ends = [end, ...(peer && (l3Mtu(peer.peer.device, peer.peer.iface) ?? Infinity) < target ? [peer.peer] : [])];
        // A subinterface never goes above its parent (mtu/subif-exceeds-parent): no raise then.
        const raisable = ends.every((e) => belowParent(e, target));
        findings.push(
          ctx.report({
            messageId: 'exceeds',
            data: {
              mtu: mtuText(device, iface),
              iface: iface.name,
              carry: mtu - overhead,
              host,
              hostSource,
              edge: edge.value,
              edgeIface: edge.iface.name,
              device: device.hostname,
            },
            loc: mtuLoc(device, iface),
            related: [{ loc: edge.loc, message: `host-facing MTU ${edge.value} on ${edge.iface.name}` }, ...(peer ? evidenceRelated(peer.link) : [])],
            fixes: raisable ? compact([setMtuFix(ctx, `Set MTU ${target} on ${ends.map(where).join(' and ')}`, ends, target, true)]) : [],
          }),
        );
      }
    }
    return findings;
  },
};

/** True when raising `end` to `mtu` keeps it within its parent port's MTU (always, for a port that is no subinterface). */
function belowParent(end: End, mtu: number): boolean {
  if (end.iface.kind !== 'subinterface' || !end.iface.parent) return true;
  const parent = end.device.interfaces.get(end.iface.parent);
  const parentMtu = parent && l3Mtu(end.device, parent);
  return parentMtu === undefined || mtu <= parentMtu;
}

/**
 * The device's host-facing port of the largest MTU and its fabric-facing ports: its own lines and roles only, kept
 * while they are the same (a spine is judged again whenever a leaf changes; this part of it does not move).
 */
const ownPorts = perDevice((ctx: RuleContext, device: Device): { edge: Edge | undefined; uplinks: Interface[] } => {
  const view = FabricView.of(ctx.fabric);
  let edge: Edge | undefined;
  const uplinks: Interface[] = [];
  for (const i of device.interfaces.values()) {
    if (view.isFabricFacing(ctx, device, i)) {
      uplinks.push(i);
      continue;
    }
    if (!isDataInterface(ctx, device, i)) continue;
    let value: number | undefined;
    let loc = i.mtu.loc;
    if (view.isHostSvi(ctx, device, i) && (i.ipv4.length > 0 || i.ipv6.length > 0)) value = l3Mtu(device, i);
    else if (view.isHostFacing(ctx, device, i)) {
      const b = bridgedMtu(device, i);
      if (b) {
        value = b.value;
        loc = b.loc;
      }
    }
    if (value !== undefined && (!edge || value > edge.value)) edge = { iface: i, value, loc };
  }
  return { edge, uplinks };
});

interface Edge {
  iface: Interface;
  value: number;
  loc: Interface['mtu']['loc'];
}
