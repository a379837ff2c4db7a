import { pushTo } from '../../model/group';
import type { Device, Interface } from '../../model/types';
import type { Finding, Fix, Rule, RuleContext, TextEdit } from '../types';
import { losslessSet, pfcState } from './common';
import { fmtSet, where } from '../support/describe';
import { devicesOf, interfacesOf } from '../support/scope';

export const rule: Rule = {
  id: 'pfc/lag-member-inconsistent',
  title: 'Members of one port-channel differ in PFC',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'A port-channel hashes flows over its members, so a RoCE flow is lossless or not depending on the member ' +
    'it lands on when members differ in PFC mode or no-drop priorities. EOS and NVUE configure PFC per ' +
    "member; NX-OS on members and on the port-channel. Members are compared with the port-channel's own " +
    'explicit PFC mode when it has one, else with the strict majority of the members; with no majority every ' +
    'differing member is reported.',
  messages: {
    member: '{iface} (member of {lag}) has PFC {here}, other members of {lag} have {reference}',
  },
  fix: "Copy the reference PFC setting (the port-channel's, or the other members') to the member.",
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   channel-group 1 mode active\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop\ninterface Ethernet2\n   channel-group 1 mode active',
    explanation: 'Flows hashed onto Ethernet2 are not lossless.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const groups = new Map<string, Interface[]>();
      for (const iface of interfacesOf(ctx, device)) {
        const lag = iface.channelGroup?.value;
        if (lag) pushTo(groups, lag, iface);
      }
      for (const [lag, members] of groups) {
        const pc = device.interfaces.get(lag);
        const keyOf = (i: Interface): string => describe(device, i);
        let reference: string | undefined;
        let refIface: Interface | undefined;
        if (device.qos.pfcBehaviour.portChannelMode && pc && !pc.pfc.mode.defaulted) {
          reference = keyOf(pc);
          refIface = pc;
        } else if (members.length >= 2) {
          const counts = new Map<string, Interface[]>();
          for (const m of members) counts.set(keyOf(m), [...(counts.get(keyOf(m)) ?? []), m]);
          for (const [k, list] of counts) if (list.length * 2 > members.length) [reference, refIface] = [k, list[0]];
          if (!reference && counts.size > 1) {
            // No majority: report every member against the others.
            for (const m of members) {
              const other = members.find((o) => keyOf(o) !== keyOf(m))!;
              findings.push(report(ctx, device, m, lag, keyOf(other), other));
            }
            continue;
          }
        }
        if (!reference || !refIface) continue;
        for (const m of members) if (keyOf(m) !== reference) findings.push(report(ctx, device, m, lag, reference, refIface));
      }
    }
    return findings;
  },
};

function describe(device: Device, i: Interface): string {
  const st = pfcState(device, i).mode;
  // A device-wide no-drop set is the same on every member: only the mode can differ.
  if (device.qos.pfcBehaviour.scope === 'device') return st;
  const set = losslessSet(device, i);
  return st === 'on' ? `on ${fmtSet(set)}` : st;
}

function report(ctx: RuleContext, device: Device, m: Interface, lag: string, reference: string, ref: Interface): Finding {
  const w = ctx.writer(device);
  const st = pfcState(device, ref).mode;
  let edits: TextEdit[] = [];
  if (st === 'off') edits = w.disableInterfacePfc(m);
  else {
    // The reference's priorities where the interface lists its own (EOS); else `mode on` like the reference.
    const exact = w.setInterfaceNoDropPriorities(m, losslessSet(device, ref));
    if (!exact.declined) edits = exact;
    else if (st === 'on') edits = w.setInterfacePfcModeOn(m);
  }
  const fixes: Fix[] = [{ title: `Make PFC of ${where(device, m)} ${reference}, as on ${ref.name}`, isPreferred: true, edits }];
  return ctx.report({
    messageId: 'member',
    data: { iface: where(device, m), lag, here: describe(device, m), reference },
    loc: m.pfc.mode.defaulted ? m.block.header : m.pfc.mode.loc,
    related: [{ loc: ref.pfc.mode.defaulted ? ref.block.header : ref.pfc.mode.loc, message: `${ref.name}: PFC ${reference}` }],
    fixes: fixes.filter((f) => f.edits.length > 0),
  });
}
