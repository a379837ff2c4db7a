import type { Finding, Fix, Rule, TextEdit } from '../types';
import { pfcLinksOf, type PfcEnd } from './common';
import { firstEvidenceRelated, linkWhy } from '../support/links';
import { fmtSet, where } from '../support/describe';

export const rule: Rule = {
  id: 'pfc/one-sided',
  title: 'PFC is on at one end of a link only',
  category: 'pfc',
  severity: 'error',
  scope: 'link',
  reads: 'link',
  // Not ios: the IOS extractor has no PFC model (IOS-XE has no documented per-priority PFC for these
  // platforms, notes §1.6), so an IOS interface is always PFC off: it can only be the off end of a link whose
  // peer runs PFC (reported as such), never an end with PFC, and no fix can turn PFC on there.
  rationale:
    'PFC is a hop-by-hop contract: the receiver sends PAUSE for a lossless priority and the sender must ' +
    'honour it. When only one end runs PFC, the end without it never pauses and drops RoCE packets when its ' +
    'buffer fills (or ignores the PAUSE frames it receives), so the "lossless" class loses packets on this link ' +
    'and RDMA falls back to go-back-N retransmits. NX-OS `priority-flow-control mode auto` (the default) only ' +
    'enables PFC when DCBX negotiates it; an NX-OS peer advertises PFC through DCBX, EOS and IOS do not unless ' +
    'configured, so an `auto` end facing them stays without PFC.',
  messages: {
    'on-here': 'PFC is on here (lossless {here}) but off on {peer} — {why}',
    'off-here': 'PFC is off here but on at {peer} (lossless {there}) — {why}',
    'auto-here': 'PFC is at mode auto here and depends on DCBX, which {peer} ({peerDialect}) does not negotiate; the peer is lossless {there} — {why}',
    'on-auto-peer': 'PFC is on here (lossless {here}) but {peer} is at mode auto, which depends on DCBX that this end does not negotiate — {why}',
  },
  fix: "Turn PFC on at the end that lacks it with the other end's priorities (preferred), or turn it off at the end that has it.",
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   no switchport\n   ip address 10.0.0.0/31\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop\n! the peer has ip address 10.0.0.1/31 and no priority-flow-control line',
    explanation: 'leaf1 Ethernet1 pauses priority 3; its peer never does, so priority 3 is lossy on this link.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const { ends, a, b } of pfcLinksOf(ctx)) {
      if (ctx.ignored(a.device, a.iface) || ctx.ignored(b.device, b.iface)) continue;
      const onA = a.effective.length > 0;
      const onB = b.effective.length > 0;
      if (onA === onB) continue;
      const [on, off] = onA ? [a, b] : [b, a];
      const why = linkWhy(ends.link);
      const evidence = firstEvidenceRelated(ends.link);
      const enableOff = fixEnable(ctx, off, on);
      const disableOn: Fix = {
        title: `Turn PFC off on ${where(on.device, on.iface)}`,
        isPreferred: false,
        edits: ctx.writer(on.device).disableInterfacePfc(on.iface),
      };
      const offIsAuto = off.state.mode === 'auto';
      // Against an `auto` end, turning the other end off would leave a fabric link at auto: only offer `mode on`.
      const fixes = (offIsAuto ? [enableOff] : [enableOff, disableOn]).filter((f) => f.edits.length > 0);
      findings.push(
        ctx.report({
          messageId: offIsAuto ? 'on-auto-peer' : 'on-here',
          data: { here: fmtSet(on.effective), peer: where(off.device, off.iface), why },
          loc: on.state.loc,
          related: [{ loc: off.state.loc, message: `PFC ${off.state.mode} on ${where(off.device, off.iface)}` }, ...evidence],
          fixes,
        }),
        ctx.report({
          messageId: offIsAuto ? 'auto-here' : 'off-here',
          data: { there: fmtSet(on.effective), peer: where(on.device, on.iface), peerDialect: on.device.os, why },
          loc: off.state.loc,
          related: [{ loc: on.state.loc, message: `PFC on at ${where(on.device, on.iface)}, lossless ${fmtSet(on.effective)}` }, ...evidence],
          fixes,
        }),
      );
    }
    return findings;
  },
};

function fixEnable(ctx: Parameters<Rule['check']>[0], off: PfcEnd, on: PfcEnd): Fix {
  const w = ctx.writer(off.device);
  // The peer's priorities where the interface lists its own (EOS); else PFC on with the device's no-drop classes.
  const exact = w.setInterfaceNoDropPriorities(off.iface, on.effective);
  let edits: TextEdit[] = [];
  // `priority-flow-control all off` (EOS) disables every port: a port line cannot fix it.
  if (off.state.allOff) edits = [];
  else if (!exact.declined) edits = exact;
  // NX-OS: `mode on` makes the system no-drop CoS lossless here, so only when there are some.
  else if (off.device.qos.noDropPriorities.length > 0) edits = w.setInterfacePfcModeOn(off.iface);
  return { title: `Turn PFC on at ${where(off.device, off.iface)}${exact.declined ? '' : ` with no-drop ${fmtSet(on.effective)}`}`, isPreferred: true, edits };
}
