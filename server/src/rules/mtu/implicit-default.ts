import { l3MtuOf, mtuCarrier } from '../../dialects/mtu';
import type { Finding, Rule } from '../types';
import { setMtuFix } from './common';
import { FabricView } from '../support/fabric-view';
import { compact } from '../support/sets';
import { where } from '../support/describe';

export const rule: Rule = {
  id: 'mtu/implicit-default',
  title: 'Fabric-facing interface relies on the platform default MTU',
  category: 'mtu',
  severity: 'info',
  scope: 'device',
  reads: 'device',
  rationale:
    'Platform defaults differ by vendor and by release: 1500 on EOS, NX-OS and IOS routed ports, 1514 media on ' +
    'Junos, 9100 on SONiC, 9216 on Cumulus Linux from 4.1 (1500 before). A fabric link whose MTU is the default changes meaning when a box ' +
    'is replaced by another vendor or a release changes the default, and the config does not say what was meant. ' +
    'Writing the value makes the intent visible and lets `mtu/link-mismatch` compare two written numbers. ' +
    'Only fabric-facing interfaces (routed, up, role fabric) are reported: the interface is linked to another switch ' +
    'of the workspace (a routed /31 whose far end is not in the workspace may face a host or a router, and is not ' +
    'judged). An MTU set device-wide (EOS `interface defaults` / `mtu`) is a written choice and does not count as relying on the default, and neither does a Junos unit whose `family inet mtu` sets its IP MTU. ' +
    'Junos units inherit the MTU of their port, so the units of one port are reported once, on the port, with each unit as a related location. ' +
    'A Cumulus file that names no release (no `frr version`, no NVUE) says the default is unknown rather than guess one.',
  messages: {
    implicit: 'No mtu line: {iface} runs the {dialect} default MTU {mtu}',
    unknown: 'No mtu line: {iface} runs the Cumulus Linux default MTU, which the files cannot tell ({why})',
  },
  fix: 'Write the current (default) MTU explicitly on the interface.',
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/1\n  no switchport\n  ip address 10.0.0.1/31',
    explanation: 'The link runs the NX-OS default 1500 without saying so.',
  },
  check(ctx) {
    const view = FabricView.of(ctx.fabric);
    const findings: Finding[] = [];
    for (const end of view.fabricFacing(ctx)) {
      const m = end.iface.mtu;
      const l3 = l3MtuOf(end.device, end.iface);
      if (!m.defaulted || end.iface.mtuDefaultFrom || (l3 && !l3.defaulted)) continue;
      // Unknown default: writing the current release's default makes the MTU known, but it is a choice, not a copy.
      const value = l3?.value ?? m.value;
      // A Junos unit has no MTU of its own: every unit of a port without `mtu` inherits the default from that one
      // port, so they are reported once, on the port.
      const port = mtuCarrier(end.device, end.iface);
      findings.push(
        ctx.report({
          ...(port && l3
            ? {
                cause: {
                  loc: port.block.header,
                  message: `No mtu line on ${port.name}: {count} interfaces ({places}) run the ${end.device.os} default MTU ${m.value}`,
                },
              }
            : {}),
          messageId: l3 ? 'implicit' : 'unknown',
          data: { iface: end.iface.name, dialect: end.device.os, mtu: m.value, why: end.iface.mtuUnknown ?? '' },
          loc: end.iface.block.header,
          fixes: compact([setMtuFix(ctx, `Write mtu ${m.value} on ${where(end)}`, [end], value, l3 !== undefined)]),
        }),
      );
    }
    return findings;
  },
};
