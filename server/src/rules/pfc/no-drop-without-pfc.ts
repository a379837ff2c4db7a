import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { fmtSet, where } from '../support/describe';
import { devicesOf, interfacesOf } from '../support/scope';
import { linkedInterfaces } from '../support/interfaces';
import { uniqueSorted } from '../support/sets';

export const rule: Rule = {
  id: 'pfc/no-drop-without-pfc',
  title: 'NX-OS declares no-drop CoS but no interface turns PFC on',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'On NX-OS a lossless class needs `pause pfc-cos N` in the system network-qos policy **and** ' +
    '`priority-flow-control mode on` on the ports. The default per-port mode is `auto`, which enables PFC only ' +
    'if DCBX negotiates it with the peer; `mode off` never does. When no port is `on`, the no-drop class ' +
    'reserves buffer but the lossless behaviour depends on DCBX on every link, or is absent. ' +
    'One finding per device; ports left at `auto` on a device that does turn PFC on elsewhere are reported by `pfc/mode-auto`.',
  messages: {
    'none-on': '`pause pfc-cos` makes {set} no-drop, but no interface has `priority-flow-control mode on` ({auto} at auto, {off} off)',
  },
  fix: 'Set `priority-flow-control mode on` on the fabric interfaces (those with a link in the workspace, else those that classify with `service-policy type qos input`).',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\nsystem qos\n  service-policy type network-qos QOS_NETWORK\ninterface Ethernet1/1\n  no switchport',
    explanation: 'CoS 3 is no-drop, but Ethernet1/1 is at the default mode auto.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const linked = linkedInterfaces(ctx.fabric);
    for (const device of devicesOf(ctx)) {
      if (device.qos.pfcBehaviour.scope !== 'device' || device.qos.noDropPriorities.length === 0) continue;
      const ifaces = interfacesOf(ctx, device).filter((i) => i.kind === 'physical' || i.kind === 'port-channel' || i.kind === 'subinterface');
      if (ifaces.some((i) => i.pfc.mode.value === 'on')) continue;
      const auto = ifaces.filter((i) => i.pfc.mode.value === 'auto').length;
      const off = ifaces.length - auto;
      let candidates: Interface[] = ifaces.filter((i) => linked.has(i) && i.pfc.mode.value !== 'off');
      if (candidates.length === 0)
        candidates = ifaces.filter((i) => i.pfc.mode.value !== 'off' && i.servicePolicies.some((p) => p.value.type === 'qos' && p.value.direction === 'input'));
      const w = ctx.writer(device);
      const edits = candidates.flatMap((i) => w.setInterfacePfcModeOn(i));
      const set = uniqueSorted(device.qos.noDropPriorities.map((p) => p.value));
      findings.push(
        ctx.report({
          messageId: 'none-on',
          data: { set: fmtSet(set), auto, off },
          loc: device.qos.noDropPriorities[0]!.loc,
          related: candidates.slice(0, 5).map((i) => ({ loc: i.pfc.mode.loc, message: `${where(device, i)}: PFC mode ${i.pfc.mode.value}` })),
          fixes:
            edits.length > 0
              ? [{ title: `Set priority-flow-control mode on on ${candidates.length} fabric interface(s) of ${device.hostname}`, isPreferred: true, edits }]
              : [],
        }),
      );
    }
    return findings;
  },
};
