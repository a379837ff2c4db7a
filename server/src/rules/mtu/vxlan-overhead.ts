import { l3Mtu, maxL3 } from '../../dialects/mtu';
import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { VXLAN_OVERHEAD, bridgedMtu, mtuText, setMtuFix } from './common';
import type { Fix } from '../types';
import { FabricView } from '../support/fabric-view';
import { compact } from '../support/sets';
import { type End, evidenceRelated } from '../support/links';
import { isDataInterface } from '../support/interfaces';
import { where } from '../support/describe';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'mtu/vxlan-overhead',
  title: 'VTEP underlay MTU too small for the overlay plus VXLAN headers',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  // The fix raises the peer of a short uplink too when the peer is short as well.
  reads: 'peers',
  rationale:
    'VXLAN adds 50 bytes (outer Ethernet 14 + IPv4 20 + UDP 8 + VXLAN 8) to every overlay frame, and VTEPs do not ' +
    'fragment. The underlay uplinks of a VTEP must therefore carry the largest overlay packet plus 50, or the ' +
    'largest tenant packets vanish between leaves while pings work. A device is a VTEP when it has a VXLAN/NVE ' +
    'interface with a source interface; its underlay is its routed interfaces whose role is fabric, plus the routed ' +
    "MLAG peering (Vlan4094), in the source interface's VRF. The overlay MTU is the largest MTU an operator *wrote* " +
    'for tenant traffic: an `mtu` line on a host-facing SVI (SVIs in a point-to-point subnet or on the MLAG peering ' +
    "are not tenant VLANs) or a host port's bridged MTU. A defaulted overlay is " +
    'not judged: hosts of such fabrics commonly run 1450 or lower, which the config cannot show. The uplinks that one ' +
    'overlay line leaves short are reported once, on that line, with each uplink as a related location.',
  messages: {
    small: 'Underlay MTU {mtu} on VTEP uplink {iface} cannot carry overlay MTU {overlay} ({overlayIface}) plus {overhead} bytes of VXLAN; needs {needed}',
  },
  fix: "Raise the uplink (and the other end of its link) to the platform's jumbo MTU when that covers overlay MTU + 50 (preferred), or lower the overlay MTU to the uplink MTU − 50.",
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   no switchport\n   mtu 9214\n   ip address 10.0.0.1/31\ninterface Vlan10\n   mtu 9214\ninterface Vxlan1\n   vxlan source-interface Loopback1',
    explanation: 'A 9214-byte tenant packet becomes 9264 bytes on the underlay; Ethernet1 carries 9214.',
  },
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const vtep = [...device.interfaces.values()].find((i) => i.kind === 'vxlan' && i.vxlanSource && i.adminUp.value);
      if (!vtep) continue;
      const sourceVrf = device.interfaces.get(vtep.vxlanSource!.value)?.vrf?.value ?? '';
      let overlay: { iface: Interface; value: number; loc: Interface['mtu']['loc'] } | undefined;
      for (const i of device.interfaces.values()) {
        if (!isDataInterface(ctx, device, i)) continue;
        let value: number | undefined;
        let loc = i.mtu.loc;
        if (view.isHostSvi(ctx, device, i) && !i.mtu.defaulted) value = l3Mtu(device, i);
        else if (view.isHostFacing(ctx, device, i)) {
          const b = bridgedMtu(device, i);
          if (b && !b.defaulted) {
            value = b.value;
            loc = b.loc;
          }
        }
        if (value !== undefined && (!overlay || value > overlay.value)) overlay = { iface: i, value, loc };
      }
      if (!overlay) continue;
      const needed = overlay.value + VXLAN_OVERHEAD;
      for (const iface of device.interfaces.values()) {
        if (!view.isUnderlay(ctx, device, iface) || (iface.vrf?.value ?? '') !== sourceVrf) continue;
        const mtu = l3Mtu(device, iface);
        if (mtu === undefined || mtu >= needed) continue;
        const end: End = { device, iface };
        const peer = view.peerOf(iface);
        const ends: End[] = [end];
        if (peer && (l3Mtu(peer.peer.device, peer.peer.iface) ?? Infinity) < needed) ends.push(peer.peer);
        const ceiling = Math.min(...ends.map((e) => maxL3(e.device)));
        const canRaise = needed <= ceiling;
        const ov = overlay;
        const lowerOverlay = (value: number, preferred: boolean): Fix | undefined => {
          if (ov.iface.kind === 'svi')
            return setMtuFix(ctx, `Set MTU ${value} on ${where({ device, iface: ov.iface })}`, [{ device, iface: ov.iface }], value, preferred);
          const edits = ctx.writer(device).setInterfaceL2Mtu(ov.iface, value);
          return edits.length
            ? { title: `Set the bridged MTU of ${where({ device, iface: ov.iface })} to ${value}`, isPreferred: preferred, edits }
            : undefined;
        };
        findings.push(
          ctx.report({
            messageId: 'small',
            data: {
              mtu: mtuText(device, iface),
              iface: iface.name,
              overlay: overlay.value,
              overlayIface: overlay.iface.name,
              overhead: VXLAN_OVERHEAD,
              needed,
            },
            loc: iface.mtu.loc,
            // One overlay line is behind every short uplink of this VTEP: reported once there, the uplinks as related places.
            cause: {
              loc: overlay.loc,
              message: `Overlay MTU ${overlay.value} on ${overlay.iface.name} needs ${needed} on the underlay (${VXLAN_OVERHEAD} bytes of VXLAN); {count} VTEP uplinks carry less ({places})`,
            },
            related: [
              { loc: overlay.loc, message: `overlay MTU ${overlay.value} on ${overlay.iface.name}` },
              { loc: vtep.vxlanSource!.loc, message: `${device.hostname} is a VXLAN tunnel endpoint` },
              ...(peer ? evidenceRelated(peer.link) : []),
            ],
            fixes: compact([
              canRaise ? setMtuFix(ctx, `Set MTU ${ceiling} on ${ends.map((e) => where(e)).join(' and ')}`, ends, ceiling, true) : undefined,
              lowerOverlay(mtu - VXLAN_OVERHEAD, !canRaise),
            ]),
          }),
        );
      }
    }
    return findings;
  },
};
