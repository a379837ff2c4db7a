import type { Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { declaredSet } from './common';
import { fmtSet, where } from '../support/describe';
import { devicesOf, interfacesOf } from '../support/scope';
import { ownLineOr } from '../support/places';

export const rule: Rule = {
  id: 'pfc/enable-missing',
  title: 'No-drop priorities declared but PFC not turned on',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'EOS needs two lines for a lossless priority: `priority-flow-control priority N no-drop` and ' +
    '`priority-flow-control on`. With the priority line alone (or with `no priority-flow-control`), the port ' +
    'neither sends nor honours PFC PAUSE, so the priority the operator meant to protect is dropped under ' +
    'congestion. `priority-flow-control all off` turns PFC off on every port whatever the ports say. ' +
    'When the no-drop line comes from a `qos profile` applied to many ports, the finding is reported once, on the ' +
    "profile's line, with every port as a related location. " +
    '(Junos `no-loss` classes without a congestion-notification-profile and unbound NVUE PFC profiles are the ' +
    'same mistake in those dialects, which the engine does not read yet.)',
  messages: {
    'not-on': '{iface} declares no-drop priorities {set} but PFC is not turned on (`priority-flow-control on` is missing)',
    'all-off': '`priority-flow-control all off` disables PFC on {count} interface(s) that turn it on with no-drop priorities, e.g. {example}',
  },
  fix: 'Add `priority-flow-control on` to the interface; for `all off`, remove that line.',
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   priority-flow-control priority 3 no-drop',
    explanation: 'Priority 3 is declared no-drop, but PFC itself is off on Ethernet1.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      // Where the no-drop set is device-wide, a port's set is the system's, copied; only a port's own declaration is judged.
      if (device.qos.pfcBehaviour.scope !== 'interface') continue;
      const w = ctx.writer(device);
      const overridden: Interface[] = [];
      for (const iface of interfacesOf(ctx, device)) {
        const set = declaredSet(iface);
        if (set.length === 0) continue;
        if (iface.pfc.mode.value === 'on') {
          overridden.push(iface);
          continue;
        }
        // No-drop priorities from a qos profile applied to many ports: one finding on the profile's line.
        const first = iface.pfc.noDropPriorities[0];
        const profile = iface.qosProfile;
        const shared = first && profile && ownLineOr(iface, first.loc) !== first.loc;
        findings.push(
          ctx.report({
            ...(shared
              ? {
                  cause: {
                    loc: first.loc,
                    message: `qos profile ${profile.value} makes priorities ${fmtSet(set)} no-drop on {count} interfaces ({places}), and none of them turns PFC on: no pause frame is ever sent`,
                  },
                }
              : {}),
            messageId: 'not-on',
            data: { iface: where(device, iface), set: fmtSet(set) },
            loc: iface.pfc.mode.defaulted ? iface.block.header : iface.pfc.mode.loc,
            related: iface.pfc.noDropPriorities.map((p) => ({ loc: p.loc, message: `priority ${p.value} no-drop` })),
            fixes: [{ title: `Turn PFC on on ${where(device, iface)}`, isPreferred: true, edits: w.setInterfacePfc(iface, set) }].filter(
              (f) => f.edits.length > 0,
            ),
          }),
        );
      }
      const allOff = device.qos.pfcAllOff;
      if (allOff?.value && overridden.length > 0) {
        findings.push(
          ctx.report({
            messageId: 'all-off',
            data: { count: overridden.length, example: where(device, overridden[0]!) },
            loc: allOff.loc,
            related: overridden.slice(0, 5).map((i) => ({ loc: i.pfc.mode.loc, message: `PFC on at ${where(device, i)}` })),
            fixes: [{ title: 'Remove `priority-flow-control all off`', isPreferred: true, edits: w.removeSetting(allOff.loc) }].filter(
              (f) => f.edits.length > 0,
            ),
          }),
        );
      }
    }
    return findings;
  },
};
