import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { deviceLossless, pfcState } from './common';
import { where } from '../support/describe';
import { devicesOf, interfacesOf } from '../support/scope';

export const rule: Rule = {
  id: 'pfc/watchdog-missing',
  title: 'PFC runs without a PFC watchdog',
  category: 'pfc',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'A NIC or switch that keeps sending PAUSE (a pause storm) or a cyclic buffer dependency (PFC deadlock) ' +
    'stops a lossless priority across the whole fabric; Microsoft hit both in production. The PFC watchdog ' +
    'detects a lossless queue that stays paused and drops its traffic for a while, which confines the damage. ' +
    'NX-OS needs `priority-flow-control watch-dog-interval on` (device-wide; a port can turn it off), EOS a ' +
    'non-zero `priority-flow-control pause watchdog default timeout` (ports run it unless ' +
    '`no priority-flow-control pause watchdog`). Intent `lossless.watchdog: off` silences the rule.',
  messages: {
    device: '{device} runs PFC ({count} lossless interface(s)) without a PFC watchdog',
    interface: 'The PFC watchdog is turned off on {iface}, which runs PFC',
  },
  fix: 'Enable the device-wide watchdog with recommended timers (EOS timeout/recovery 0.2 s, polling 0.1 s, action drop; NX-OS `watch-dog-interval on`), and turn it back on where a port turned it off.',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\nsystem qos\n  service-policy type network-qos QOS_NETWORK\ninterface Ethernet1/1\n  priority-flow-control mode on',
    explanation: 'No `priority-flow-control watch-dog-interval on`: a pause storm on CoS 3 is never broken.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    if (ctx.intent?.lossless?.watchdog === 'off') return findings;
    for (const device of devicesOf(ctx)) {
      if (!device.qos.pfcBehaviour.watchdog.absenceMeansOff) continue;
      const dl = deviceLossless(device);
      if (!dl) continue;
      const pfcIfaces = interfacesOf(ctx, device).filter((i) => pfcState(device, i).mode === 'on' && i.pfc.noDropPriorities.length > 0);
      if (pfcIfaces.length === 0) continue;
      const global = device.qos.watchdog.enabled.value;
      const portOff = (i: Interface): boolean => i.pfc.watchdog?.value === false;
      const portOn = (i: Interface): boolean => i.pfc.watchdog?.value === true;
      const w = ctx.writer(device);
      // NX-OS: a port-level `watch-dog-interval on` covers the port without the global line; EOS ports need the global timer.
      const covered = (i: Interface): boolean => !portOff(i) && (global || (device.qos.pfcBehaviour.watchdog.portSwitchEnables && portOn(i)));
      const lacking = pfcIfaces.filter((i) => !covered(i));
      if (lacking.length === 0) continue;
      if (!global && lacking.some((i) => !portOff(i))) {
        const explicitOff = !device.qos.watchdog.enabled.defaulted;
        findings.push(
          ctx.report({
            messageId: 'device',
            data: { device: device.hostname, count: pfcIfaces.length },
            loc: explicitOff ? device.qos.watchdog.enabled.loc : dl.loc,
            related: [{ loc: dl.loc, message: 'lossless priorities declared here' }],
            fixes: [
              {
                title: `Enable the PFC watchdog on ${device.hostname}`,
                isPreferred: true,
                edits: [...w.enableWatchdog(), ...lacking.filter(portOff).flatMap((i) => w.enableInterfaceWatchdog(i))],
              },
            ].filter((f) => f.edits.length > 0),
          }),
        );
        continue;
      }
      for (const iface of lacking) {
        findings.push(
          ctx.report({
            messageId: 'interface',
            data: { iface: where(device, iface) },
            loc: iface.pfc.watchdog?.loc ?? iface.block.header,
            fixes: [{ title: `Turn the PFC watchdog on on ${where(device, iface)}`, isPreferred: true, edits: w.enableInterfaceWatchdog(iface) }].filter(
              (f) => f.edits.length > 0,
            ),
          }),
        );
      }
    }
    return findings;
  },
};
