import type { Device } from '../../model/types';
import type { Finding, Fix, Rule, RuleContext } from '../types';
import { deviceLossless, type DeviceLossless } from './common';
import { byRole, roleOfDevice, strictMajority } from '../support/roles';
import { deviceAnchor } from '../support/places';
import { fabricDevicesOf, judges } from '../support/scope';
import { fmtSet } from '../support/describe';
import { sameSet, uniqueSorted } from '../support/sets';

export const rule: Rule = {
  id: 'pfc/priority-mismatch-fabric',
  title: "A device's lossless priorities differ from the intent or from its peers of the same role",
  category: 'pfc',
  severity: 'warning',
  scope: 'fabric',
  reads: 'aggregate',
  // What the other devices' verdicts read of this one: its role, its no-drop set and the line that states it (named
  // when this device is the majority's example).
  contribution(ctx, device) {
    const mine = ctx.ignored(device) ? undefined : deviceLossless(device);
    return { digest: `${roleOfDevice(ctx.intent, device)} ${mine ? `${mine.set.join(',')} ${JSON.stringify(mine.loc)}` : '-'}` };
  },
  // Not ios: the IOS extractor has no PFC model (IOS-XE has no documented per-priority PFC for these
  // platforms, notes §1.6), so an IOS interface is always PFC off and never has lossless priorities.
  rationale:
    'Every hop of a RoCE path must treat the same priority as lossless, or the traffic is lossless on some ' +
    'hops and dropped on others. With `lossless.priorities` in the intent, every device that runs PFC is ' +
    'compared with it; without it, each device is compared with the strict majority of the devices of its ' +
    'role (at least three). A device without any PFC is reported only when the majority of its role runs PFC.',
  messages: {
    intent: 'Lossless priorities {here} on {device}; the intent says {intent}',
    majority: 'Lossless priorities {here} on {device}; the majority of {role} devices ({count} of {total}) use {majority}',
    missing: '{device} has no lossless priority; the majority of {role} devices ({count} of {total}) use {majority}',
  },
  fix: 'On EOS, rewrite the no-drop priorities of every PFC interface of the device to the intent or the majority (NX-OS network-qos classes are left to the user).',
  options: {
    minDevices: { description: 'Smallest role group in which a majority is trusted.', default: 3 },
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   priority-flow-control on\n   priority-flow-control priority 4 no-drop\n! the intent says lossless.priorities: [3]',
    explanation: 'leaf3 pauses priority 4 where the fabric is lossless on priority 3.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const intentSet = ctx.intent?.lossless?.priorities ? uniqueSorted(ctx.intent.lossless.priorities) : undefined;
    const intentLoc = ctx.intent?.locs['lossless'];
    const min = Number(ctx.options.minDevices ?? 3);
    for (const [role, devices] of byRole(ctx, fabricDevicesOf(ctx))) {
      const sets = devices.map((d) => deviceLossless(d));
      const maj = strictMajority(sets, (s) => (s ? s.set.join(',') : ''), min);
      devices.forEach((device, i) => {
        if (!judges(ctx, device)) return;
        const mine = sets[i];
        if (mine && intentSet) {
          if (sameSet(mine.set, intentSet)) return;
          findings.push(
            ctx.report({
              messageId: 'intent',
              data: { here: fmtSet(mine.set), device: device.hostname, intent: fmtSet(intentSet) },
              loc: mine.loc,
              related: intentLoc ? [{ loc: intentLoc, message: `intent lossless.priorities ${fmtSet(intentSet)}` }] : [],
              fixes: fixesFor(ctx, device, mine, intentSet, 'the intent'),
            }),
          );
          return;
        }
        if (!maj || !maj.value || maj.example === i) return;
        const target = maj.value;
        if (mine && sameSet(mine.set, target.set)) return;
        if (!mine && intentSet && !sameSet(target.set, intentSet)) return;
        const exampleDevice = devices[maj.example]!;
        const data = {
          here: mine ? fmtSet(mine.set) : 'none',
          device: device.hostname,
          role,
          count: maj.count,
          total: maj.total,
          majority: fmtSet(target.set),
        };
        findings.push(
          ctx.report({
            messageId: mine ? 'majority' : 'missing',
            data,
            loc: mine ? mine.loc : deviceAnchor(device),
            related: [{ loc: target.loc, message: `${exampleDevice.hostname} uses ${fmtSet(target.set)}, as most ${role} devices do` }],
            fixes: mine ? fixesFor(ctx, device, mine, target.set, 'the majority') : [],
          }),
        );
      });
    }
    return findings;
  },
};

function fixesFor(ctx: RuleContext, device: Device, mine: DeviceLossless, target: number[], what: string): Fix[] {
  const w = ctx.writer(device);
  const edits = [...device.interfaces.values()]
    .filter((i) => i.pfc.noDropPriorities.length > 0 && i.pfc.mode.value === 'on')
    .flatMap((i) => w.setInterfaceNoDropPriorities(i, target));
  if (edits.length === 0 || mine.interfaces.length === 0) return [];
  return [{ title: `Make ${fmtSet(target)} (${what}) the no-drop priorities of every PFC interface of ${device.hostname}`, isPreferred: true, edits }];
}
