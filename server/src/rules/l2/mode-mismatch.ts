import { portMode, type PortMode } from '../../model/l2';
import { prefixOf } from '../../links/ip';
import type { Device, Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { where } from '../support/describe';
import { bothEnds, comparableLinks, l2Severity, l2Why, otherEnd, type L2Link } from './common';

/** The line that makes the port what it is: its routed line, its mode line, else (a defaulted access port) its access VLAN. */
function modeLoc(port: Interface) {
  if (port.mode.value === 'routed') return port.mode.loc;
  if (port.vlanMode?.defaulted && port.vlanMode.value === 'access' && port.accessVlan) return port.accessVlan.loc;
  return port.vlanMode?.loc ?? port.block.header;
}

/** A routed port whose subinterfaces tag VLANs (router on a stick): it talks to a trunk on purpose. */
function hasTaggedSubinterfaces(device: Device, port: Interface): boolean {
  for (const i of device.interfaces.values()) if (i.parent === port.name && i.encapsulationVlan) return true;
  return false;
}

/** An access port whose VLAN has an SVI in the routed end's subnet: the routed end talks to that SVI on purpose. */
function accessMeetsSvi(access: { device: Device; iface: Interface }, routed: Interface): boolean {
  const vlan = access.iface.accessVlan?.value ?? 1;
  for (const svi of access.device.interfaces.values()) {
    if (svi.kind !== 'svi' || svi.sviVlan?.value !== vlan) continue;
    for (const a of [...svi.ipv4, ...svi.ipv6]) {
      const net = prefixOf(a.value.address, a.value.prefixLength, a.value.family);
      for (const r of [...routed.ipv4, ...routed.ipv6]) {
        const rn = prefixOf(r.value.address, a.value.prefixLength, r.value.family);
        if (net && rn && net.family === rn.family && net.network === rn.network) return true;
      }
    }
  }
  return false;
}

/** A port that is routed only because nothing configures it (no switchport, no address): unconfigured, not a design. */
function idleRouted(port: Interface): boolean {
  return port.mode.value === 'routed' && port.mode.defaulted && port.ipv4.length === 0 && port.ipv6.length === 0;
}

function intended(l: L2Link, ma: PortMode, mb: PortMode): boolean {
  for (const [self, other] of bothEnds(l)) {
    const ms = self === l.a ? ma : mb;
    const mo = self === l.a ? mb : ma;
    if (ms === 'routed' && mo === 'trunk' && hasTaggedSubinterfaces(self.device, self.iface)) return true;
    if (ms === 'routed' && mo === 'access' && accessMeetsSvi(other, self.iface)) return true;
  }
  return false;
}

export const rule: Rule = {
  id: 'l2/mode-mismatch',
  title: 'One end of a link is an access port, the other a trunk or a routed port',
  category: 'l2',
  severity: 'warning',
  scope: 'link',
  // The links of a port-channel pair are one L2 link: the links between two switches are judged together.
  reads: 'pair',
  rationale:
    'An access port sends one VLAN untagged; a trunk sends tagged frames and expects them back; a routed port bridges ' +
    'nothing. Across such a pair, tagged VLANs are dropped by the access end, the untagged VLAN lands in whatever the ' +
    "trunk's native VLAN is, and a routed end never hears the switch's VLANs. A port routed only by default (no " +
    'switchport, no address: unconfigured) is not judged. Two designs are left alone: a routed ' +
    'port whose subinterfaces tag VLANs facing a trunk (router on a stick), and a routed port facing an access port ' +
    'whose VLAN interface is in its subnet. Port-channel members answer for their port-channel; a switchport whose ' +
    'mode the file leaves to negotiation (IOS DTP) is not judged. A link known only from interface descriptions is ' +
    'reported at information level. Published on both ends.',
  messages: {
    mismatch: '{here} here, {there} on {peer} — {why}',
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet49\n   switchport access vlan 10\n! the peer, an NX-OS port, is `switchport mode trunk`',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const l of comparableLinks(ctx)) {
      const ma = portMode(l.a.iface);
      const mb = portMode(l.b.iface);
      if (!ma || !mb || ma === mb || (ma !== 'access' && mb !== 'access')) continue;
      if (idleRouted(l.a.iface) || idleRouted(l.b.iface) || intended(l, ma, mb)) continue;
      const why = l2Why(l);
      const severity = l2Severity(l);
      for (const [self, other] of bothEnds(l)) {
        const text = (p: Interface, m: PortMode) =>
          m === 'access' ? `access port (VLAN ${p.accessVlan?.value ?? 1})` : m === 'trunk' ? 'trunk' : 'routed port';
        const ms = self === l.a ? ma : mb;
        const mo = self === l.a ? mb : ma;
        findings.push(
          ctx.report({
            messageId: 'mismatch',
            data: { here: text(self.iface, ms), there: text(other.iface, mo), peer: where(other), why },
            loc: modeLoc(self.iface),
            related: otherEnd(modeLoc(other.iface), `${where(other)} is a ${text(other.iface, mo)}`, l),
            ...(severity ? { severity } : {}),
          }),
        );
      }
    }
    return findings;
  },
};
