import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { pfcLinksOf, type PfcEnd } from './common';
import { linkWhy } from '../support/links';
import { where } from '../support/describe';

export const rule: Rule = {
  id: 'pfc/mode-auto',
  title: 'NX-OS fabric link left at PFC mode auto',
  category: 'pfc',
  severity: 'warning',
  scope: 'device',
  // A port is judged with its peer (whether the peer negotiates PFC, and how): link resolution gives each interface
  // at most one peer, so each port is judged on its one link.
  reads: 'link',
  rationale:
    'NX-OS ports default to `priority-flow-control mode auto`: PFC runs only if DCBX negotiates it with the ' +
    'peer, and a capability mismatch silently leaves the port lossy. On a device that turns PFC on for some ' +
    'ports, a fabric link (one with a peer in the workspace) still at `auto` is an oversight: its lossless ' +
    'behaviour depends on the neighbour. Reported only when the device declares no-drop CoS and sets ' +
    '`mode on` elsewhere (otherwise `pfc/no-drop-without-pfc` reports the device once), and not when the peer ' +
    'cannot negotiate at all (`pfc/one-sided` reports that).',
  messages: {
    auto: '{iface} is a fabric link left at PFC mode auto (DCBX-dependent) while other interfaces of {device} are on — {why}',
  },
  fix: 'Set `priority-flow-control mode on`.',
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/2\n  no switchport\n  ip address 10.0.0.2/31\n! Ethernet1/1 has priority-flow-control mode on',
    explanation: 'Ethernet1/2 reaches a spine but relies on DCBX for PFC.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const seen = new Set<Interface>();
    const ends: { end: PfcEnd; peer: PfcEnd; why: string }[] = [];
    for (const { ends: le, a, b } of pfcLinksOf(ctx)) {
      ends.push({ end: a, peer: b, why: linkWhy(le.link) }, { end: b, peer: a, why: linkWhy(le.link) });
    }
    for (const { end, peer, why } of ends) {
      const { device, iface } = end;
      if (!device.qos.pfcBehaviour.autoNegotiates || end.state.mode !== 'auto' || seen.has(iface)) continue;
      if (ctx.ignored(device, iface)) continue;
      if (device.qos.noDropPriorities.length === 0) continue;
      if (![...device.interfaces.values()].some((i) => i.pfc.mode.value === 'on')) continue;
      // pfc/one-sided already reports an auto end facing a lossless peer that cannot negotiate.
      if (end.autoUnresolved && peer.effective.length > 0) continue;
      seen.add(iface);
      findings.push(
        ctx.report({
          messageId: 'auto',
          data: { iface: where(device, iface), device: device.hostname, why },
          loc: end.state.loc,
          related: [{ loc: peer.state.loc, message: `peer ${where(peer.device, peer.iface)}: PFC ${peer.state.mode}` }],
          fixes: [
            {
              title: `Set priority-flow-control mode on on ${where(device, iface)}`,
              isPreferred: true,
              edits: ctx.writer(device).setInterfacePfcModeOn(iface),
            },
          ].filter((f) => f.edits.length > 0),
        }),
      );
    }
    return findings;
  },
};
