import type { Finding, Rule } from '../types';
import { devicesOf, fmtSet, interfacesOf, uniqueSorted } from './common';

export const rule: Rule = {
  id: 'pfc/no-lossless-buffer',
  title: 'PFC without a no-drop (lossless buffer) class',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  dialects: ['nxos'],
  rationale:
    'PFC only helps if the switch reserves lossless buffer (headroom) for the paused priority. On NX-OS the ' +
    'no-drop buffer is carved by the network-qos class that says `pause pfc-cos N`, and only for the policy ' +
    'attached under `system qos`. A no-drop class in a network-qos policy that is not attached reserves ' +
    'nothing; ports with `priority-flow-control mode on` and no no-drop class anywhere pause nothing. ' +
    '(SONiC `BUFFER_QUEUE`/`BUFFER_PG` lossless profiles and Junos lossless buffer partitions are the ' +
    'catalogue\'s other cases; the engine does not read those dialects yet. EOS reserves headroom for ' +
    'every no-drop priority itself, so there is nothing to check there.)',
  messages: {
    unattached: 'network-qos policy {policy} makes CoS {set} no-drop but is not attached under `system qos`: no lossless buffer is reserved',
    'no-class': '{count} interface(s) of {device} turn PFC on, but no network-qos class is no-drop (`pause pfc-cos`): no lossless buffer exists',
  },
  fix: 'Attach the network-qos policy that holds the no-drop class under `system qos`.',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\ninterface Ethernet1/1\n  priority-flow-control mode on\n! no `system qos` / `service-policy type network-qos QOS_NETWORK`',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      if (device.dialect !== 'nxos') continue;
      const on = interfacesOf(ctx, device).filter((i) => i.pfc.mode.value === 'on');
      if (on.length === 0 || device.qos.noDropPriorities.length > 0) continue;
      const attached = new Set(device.qos.systemPolicies.filter((p) => p.value.type === 'network-qos').map((p) => p.value.name));
      const candidates = device.qos.policyMaps.filter((pm) => pm.type === 'network-qos' && !attached.has(pm.name) && pm.classes.some((c) => c.pausePfcCos?.value.length));
      if (candidates.length > 0) {
        for (const pm of candidates) {
          const pause = pm.classes.find((c) => c.pausePfcCos?.value.length)!.pausePfcCos!;
          const set = uniqueSorted(pm.classes.flatMap((c) => c.pausePfcCos?.value ?? []));
          const edits = candidates.length === 1 ? ctx.writer(device).attachSystemPolicy('network-qos', 'none', pm.name) : [];
          findings.push(
            ctx.report({
              messageId: 'unattached',
              data: { policy: pm.name, set: fmtSet(set) },
              loc: pause.loc,
              related: [
                { loc: pm.loc, message: `policy-map type network-qos ${pm.name}` },
                ...on.slice(0, 3).map((i) => ({ loc: i.pfc.mode.loc, message: `${i.name}: priority-flow-control mode on` })),
              ],
              fixes: edits.length > 0 ? [{ title: `Attach ${pm.name} under system qos`, isPreferred: true, edits }] : [],
            }),
          );
        }
        continue;
      }
      findings.push(
        ctx.report({
          messageId: 'no-class',
          data: { count: on.length, device: device.hostname },
          loc: on[0]!.pfc.mode.loc,
          related: on.slice(1, 4).map((i) => ({ loc: i.pfc.mode.loc, message: `${i.name}: priority-flow-control mode on` })),
        }),
      );
    }
    return findings;
  },
};
