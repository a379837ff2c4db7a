import type { Finding, Rule } from '../types';
import { losslessSites } from './common';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/wred-drop-on-lossless',
  title: 'WRED drops packets on a lossless queue',
  category: 'qos',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'A lossless queue must never drop: RoCE recovers from a loss with go-back-N retransmission, and one drop ' +
    'costs far more than a pause. A WRED drop profile on that queue (NX-OS `random-detect …` without `ecn`, ' +
    'EOS `random-detect drop …`, a SONiC `QUEUE` entry whose `WRED_PROFILE` enables green WRED with `ecn` ' +
    '`ecn_none` or a mode that does not mark green) discards packets before PFC engages. Checked on the same places as ' +
    '`qos/ecn-missing-on-lossless`; each drop line is reported once, even when a qos profile or queuing policy ' +
    'serves many interfaces.',
  messages: {
    drop: 'WRED drops on lossless queue {queue} ({where}) of {device}; lossless queues must mark ECN, not drop',
  },
  fix: 'NX-OS: append `ecn` to the random-detect line. EOS: remove the `random-detect drop` line (when the queue already marks ECN) or turn it into `random-detect ecn`. SONiC: point the queue at an ECN profile (no automatic edit).',
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop\n   tx-queue 3\n      random-detect drop minimum-threshold 1 kbytes maximum-threshold 10 kbytes drop-probability 100',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const seen = new Set<string>();
      for (const site of losslessSites(ctx, device)) {
        const wred = site.config?.wredDrop;
        if (!wred) continue;
        const k = `${wred.loc.uri}#${wred.loc.range.start.line}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const edits = ctx.writer(device).markEcnInsteadOfDrop(wred, !!site.config?.ecn);
        findings.push(
          ctx.report({
            messageId: 'drop',
            data: { queue: site.queue, where: site.label, device: device.hostname },
            loc: wred.loc,
            fixes: edits.length > 0 ? [{ title: 'Mark ECN instead of dropping', isPreferred: true, edits }] : [],
          }),
        );
      }
    }
    return findings;
  },
};
