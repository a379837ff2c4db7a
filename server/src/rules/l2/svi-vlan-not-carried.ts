import { carries, definedVlans } from '../../model/l2';
import { hasVlan } from '../../model/vlans';
import type { Device, Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { isDataInterface } from '../support/interfaces';
import { devicesOf } from '../support/scope';

/** Up switchports that carry VLANs: physical ports and port-channels (members answer through their port-channel), and switched units. */
function switchports(device: Device): Interface[] {
  const out: Interface[] = [];
  for (const i of device.interfaces.values()) {
    if (!i.adminUp.value || i.mode.value !== 'switched' || i.channelGroup) continue;
    if (i.kind === 'physical' || i.kind === 'port-channel' || (i.kind === 'subinterface' && i.vlanMode)) out.push(i);
  }
  return out;
}

/** An SVI with an address (or a distributed gateway) routes for its VLAN; one without is an L2 placeholder. */
function routes(svi: Interface): boolean {
  return svi.ipv4.length > 0 || svi.ipv6.length > 0 || svi.anycastGateway?.value === true;
}

export const rule: Rule = {
  id: 'l2/svi-vlan-not-carried',
  title: 'A VLAN interface whose VLAN no up port carries',
  category: 'l2',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'A VLAN interface (SVI, Junos irb unit) routes for the hosts of its VLAN. When no up port of the switch carries ' +
    'the VLAN, the SVI has nobody to reach: on most platforms it stays down (autostate), its subnet is withdrawn or ' +
    'black-holed, and a host moved to that VLAN finds no gateway. Carrying means an up access port of the VLAN, an ' +
    'up trunk that allows it (and, on EOS, whose trunk group the VLAN names), the MLAG/vPC/CLAG peer-link, or a VXLAN ' +
    'VNI the VLAN is mapped to. A VLAN the switch does not define at all is reported as such. Shut ports and ' +
    'port-channel members (their port-channel answers) do not count. SVIs without an address route nothing and are ' +
    'left alone, as are files with neither a VLAN definition nor a switchport (a fragment of a configuration).',
  messages: {
    notCarried: '{svi} routes for VLAN {vlan}, but no up port carries it and it is mapped to no VXLAN VNI',
    undefined: '{svi} routes for VLAN {vlan}, which this switch does not define',
  },
  example: {
    dialect: 'eos',
    config: 'vlan 30\n!\ninterface Ethernet5\n   switchport access vlan 20\n!\ninterface Vlan30\n   ip address 10.30.0.1/24',
    explanation: 'No port carries VLAN 30, so Vlan30 has no hosts and stays down.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      let ports: Interface[] | undefined;
      for (const svi of device.interfaces.values()) {
        const vlan = svi.sviVlan?.value;
        if (svi.kind !== 'svi' || vlan === undefined || !isDataInterface(ctx, device, svi) || !routes(svi)) continue;
        const defined = definedVlans(device);
        if (defined && !hasVlan(defined, vlan)) {
          findings.push(ctx.report({ messageId: 'undefined', data: { svi: svi.name, vlan }, loc: svi.block.header }));
          continue;
        }
        if (device.vlans?.vnis?.has(vlan)) continue;
        ports ??= switchports(device);
        // Neither VLANs nor switchports: the file shows only part of the switch's configuration.
        if (!device.vlans && ports.length === 0) continue;
        if (ports.some((p) => carries(device, p, vlan))) continue;
        findings.push(ctx.report({ messageId: 'notCarried', data: { svi: svi.name, vlan }, loc: svi.block.header }));
      }
    }
    return findings;
  },
};
