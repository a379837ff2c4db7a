import type { Finding, Rule } from '../types';
import { losslessSet, pfcState } from './common';
import { where } from '../support/describe';
import { devicesOf, interfacesOf } from '../support/scope';

export const rule: Rule = {
  id: 'pfc/with-link-pause',
  title: '802.3x link pause and PFC on the same port',
  category: 'pfc',
  severity: 'warning',
  scope: 'device',
  // Not ios: the IOS extractor has no PFC model (IOS-XE has no documented per-priority PFC for these
  // platforms, notes §1.6), so an IOS interface is always PFC off and never has lossless priorities:
  // `flowcontrol receive on` is read, but there is no PFC on the same port to conflict with.
  rationale:
    'Link-level pause (802.3x, `flowcontrol send|receive on`) stops every priority of the port, lossy ones ' +
    'included, which is exactly what PFC exists to avoid; the two are mutually exclusive on several platforms ' +
    '(SR Linux refuses the combination) and NVIDIA recommends PFC instead of link pause for RoCE. A port that ' +
    'runs both pauses CNPs and best-effort traffic along with the lossless class.',
  messages: {
    both: '{iface} has 802.3x link pause on together with PFC',
  },
  fix: 'Remove the `flowcontrol … on` lines.',
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   flowcontrol receive on\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      for (const iface of interfacesOf(ctx, device)) {
        if (!iface.linkPause?.value) continue;
        const st = pfcState(device, iface).mode;
        if (st === 'off' || losslessSet(device, iface).length === 0) continue;
        if (st === 'auto' && !device.qos.pfcBehaviour.autoNegotiates) continue;
        findings.push(
          ctx.report({
            messageId: 'both',
            data: { iface: where(device, iface) },
            loc: iface.linkPause.loc,
            related: [{ loc: iface.pfc.mode.loc, message: `PFC ${st}` }],
            fixes: [{ title: `Remove link pause from ${where(device, iface)}`, isPreferred: true, edits: ctx.writer(device).disableLinkPause(iface) }].filter(
              (f) => f.edits.length > 0,
            ),
          }),
        );
      }
    }
    return findings;
  },
};
