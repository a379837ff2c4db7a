import { l3Mtu } from '../../model/mtu';
import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { FabricView, bridgedMtu, compact, evidenceRelated, isDataInterface, mtuText, setMtuFix, where, type End } from './common';

export const rule: Rule = {
  id: 'mtu/edge-exceeds-core',
  title: 'Host-facing MTU larger than the uplinks',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  dialects: ['eos', 'nxos', 'ios'],
  rationale:
    'A leaf that admits bigger packets from its hosts than its uplinks carry drops every such packet on the way ' +
    'out (RoCE sets DF and never fragments), so large transfers between racks stall while the same transfer ' +
    'inside the rack works. The edge MTU is the largest of the host-facing switchports\' bridged MTU (EOS ' +
    '`l2 mtu`, NX-OS port `mtu`) and of the tenant SVIs (interfaces whose role is host-facing); the uplinks are ' +
    'the device\'s routed interfaces whose role is fabric (linked to another switch of the workspace): a port ' +
    'whose far end is unknown is never called an uplink. Devices with only one of the two are not ' +
    'judged, and VTEPs are left to `mtu/vxlan-overhead`, which asks for 50 bytes more.',
  messages: {
    exceeds: 'Uplink MTU {mtu} on {iface} is below the host-facing MTU {edge} of {edgeIface}: larger host packets cannot leave {device}',
  },
  fix: 'Raise the uplink (and the other end of its link) to the host-facing MTU.',
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/1\n  switchport access vlan 10\n  mtu 9216\ninterface Ethernet1/49\n  no switchport\n  mtu 1500\n  ip address 10.0.0.1/31',
  },
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const findings: Finding[] = [];
    for (const device of ctx.fabric.devices.values()) {
      if (ctx.ignored(device)) continue;
      if ([...device.interfaces.values()].some((i) => i.kind === 'vxlan' && i.vxlanSource)) continue;
      let edge: { iface: Interface; value: number; loc: Interface['mtu']['loc'] } | undefined;
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
      if (!edge || uplinks.length === 0) continue;
      for (const iface of uplinks) {
        const mtu = l3Mtu(device, iface);
        if (mtu === undefined || mtu >= edge.value) continue;
        const end: End = { device, iface };
        const peer = view.peerOf(iface);
        const ends = [end, ...(peer && (l3Mtu(peer.peer.device, peer.peer.iface) ?? Infinity) < edge.value ? [peer.peer] : [])];
        findings.push(
          ctx.report({
            messageId: 'exceeds',
            data: { mtu: mtuText(device, iface), iface: iface.name, edge: edge.value, edgeIface: edge.iface.name, device: device.hostname },
            loc: iface.mtu.loc,
            related: [{ loc: edge.loc, message: `host-facing MTU ${edge.value} on ${edge.iface.name}` }, ...(peer ? evidenceRelated(peer.link) : [])],
            fixes: compact([setMtuFix(ctx, `Set MTU ${edge.value} on ${ends.map(where).join(' and ')}`, ends, edge.value, true)]),
          }),
        );
      }
    }
    return findings;
  },
};
