import type { Finding, Fix, Rule } from '../types';
import { deviceLossless, pfcLinksOf, type PfcEnd } from './common';
import { firstEvidenceRelated, linkWhy } from '../support/links';
import { fmtSet, where } from '../support/describe';
import { ownLineOr } from '../support/places';
import { sameSet } from '../support/sets';

export const rule: Rule = {
  id: 'pfc/priority-mismatch-link',
  title: 'The two ends of a link pause different priorities',
  category: 'pfc',
  severity: 'error',
  scope: 'link',
  reads: 'link',
  // Not ios: the IOS extractor has no PFC model (IOS-XE has no documented per-priority PFC for these
  // platforms, notes §1.6), so an IOS interface is always PFC off and never has lossless priorities.
  rationale:
    'Both ends of a link must agree on which 802.1p priorities are lossless. A priority that is no-drop on ' +
    'one end only is paused in one direction and dropped in the other: the receiver that treats it as lossy ' +
    'drops instead of sending PAUSE, and the one that treats it as lossless sends PAUSE frames the peer ignores. ' +
    'NX-OS takes its set from the system network-qos policy (`pause pfc-cos`), EOS from the interface ' +
    '(`priority-flow-control priority N no-drop`, possibly through a qos profile).',
  messages: {
    mismatch: 'Lossless priorities {here} here, {there} on {peer} — {why}',
  },
  fix: "Make this end's no-drop priorities those of the peer, or the peer's those of this end (EOS ends; NX-OS sets are device-wide). The end that differs from the intent, or from the rest of its own device, is preferred.",
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   priority-flow-control on\n   priority-flow-control priority 4 no-drop\n! the peer pauses priority 3',
    explanation: 'Priority 3 is paused by the peer only and priority 4 by this end only.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const intentSet = ctx.intent?.lossless?.priorities ? [...new Set(ctx.intent.lossless.priorities)].sort((x, y) => x - y) : undefined;
    for (const { ends, a, b } of pfcLinksOf(ctx)) {
      if (ctx.ignored(a.device, a.iface) || ctx.ignored(b.device, b.iface)) continue;
      if (a.effective.length === 0 || b.effective.length === 0 || sameSet(a.effective, b.effective)) continue;
      const why = linkWhy(ends.link);
      const evidence = firstEvidenceRelated(ends.link);
      // The obvious side to change: the one that differs from the intent, else from the rest of its device.
      const odd = (e: PfcEnd): boolean => (intentSet ? !sameSet(e.effective, intentSet) : !sameSet(e.effective, deviceLossless(e.device)?.set ?? e.effective));
      const changeA = odd(a) && !odd(b);
      const changeB = odd(b) && !odd(a);
      const fixOf = (self: PfcEnd, target: number[], preferred: boolean): Fix => ({
        title: `Make ${fmtSet(target)} the no-drop priorities of ${where(self.device, self.iface)}`,
        isPreferred: preferred,
        edits: ctx.writer(self.device).setInterfaceNoDropPriorities(self.iface, target),
      });
      const fixes = [fixOf(a, b.effective, changeA), fixOf(b, a.effective, changeB)].filter((f) => f.edits.length > 0);
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        findings.push(
          ctx.report({
            messageId: 'mismatch',
            data: { here: fmtSet(self.effective), there: fmtSet(other.effective), peer: where(other.device, other.iface), why },
            loc: anchorOf(self),
            related: [{ loc: anchorOf(other), message: `lossless ${fmtSet(other.effective)} on ${where(other.device, other.iface)}` }, ...evidence],
            fixes,
          }),
        );
      }
    }
    return findings;
  },
};

/** The first no-drop line of the interface itself, else its mode line / header; the mode line where the set is device-wide (NX-OS). */
function anchorOf(e: PfcEnd) {
  if (e.device.qos.pfcBehaviour.scope === 'device') return e.state.loc;
  const first = e.iface.pfc.noDropPriorities[0];
  return first ? ownLineOr(e.iface, first.loc) : e.state.loc;
}
