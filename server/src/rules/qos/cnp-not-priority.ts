import { queueStrict, strictLosslessQueueAbove } from '../../model/hop-behaviour';
import type { Device, Interface } from '../../model/types';
import type { Finding, Rule, RuleContext, TextEdit } from '../types';
import { deviceLossless, losslessSet } from '../pfc/common';
import { cnpIntentClass } from '../pfc/intent-classes';
import { className, dscpPath, groupFailing, HINT_CNP_DSCP, losslessQueues, queueSites, type QueueSite } from './common';
import { devicesOf } from '../support/scope';
import { isDataPort } from '../support/interfaces';

export const rule: Rule = {
  id: 'qos/cnp-not-priority',
  title: 'Congestion notification packets are not in a strict-priority queue',
  category: 'qos',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'A CNP tells a RoCE sender to slow down; if it waits behind the data it throttles, the reaction comes too ' +
    'late and queues (and pauses) build up. Vendors put CNP in a strict-priority queue (NX-OS `priority level 1`, ' +
    'EOS `priority strict`, NVIDIA TC6 strict, Juniper strict-high). The CNP code points are the intent class ' +
    '`cnp`; without it DSCP 48, but only on devices that classify DSCP 48 explicitly (a dedicated CNP class): the ' +
    'platform default map is no statement about CNPs. Only devices that carry lossless traffic are judged, and ' +
    'a CNP class that is itself lossless is left to `pfc/on-cnp-priority`.\n\n' +
    'EOS tx-queues are strict priority by default, served highest number first; a queue is weighted when it or ' +
    'any higher queue says `no priority` (strict queues must sit above weighted ones), and a strict CNP queue ' +
    'below a strict lossless queue waits behind the data as surely as a weighted one. NX-OS queues are weighted unless the ' +
    'queuing policy in effect says `priority`; without a queuing policy none is strict.',
  messages: {
    weighted: 'CNP (DSCP {dscp}) leaves {device} through queue {queue} ({cls}), which is not {prioritised} at {where}',
    device: 'CNP (DSCP {dscp}) leaves {device} through queue {queue} ({cls}), which is not {prioritised} on any of its {count} lossless interfaces',
  },
  fix: "NX-OS: make the queuing class `priority level 1` (replacing its bandwidth lines, or adding the class). EOS: replace the queue's `no priority` with `priority strict`.",
  example: {
    dialect: 'nxos',
    config:
      'class-map type qos match-any CNP\n  match dscp 48\npolicy-map type qos CLASSIFY\n  class CNP\n    set qos-group 6\npolicy-map type queuing EGRESS\n  class type queuing c-out-8q-q6\n    bandwidth remaining percent 10',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const cnp = cnpIntentClass(ctx.intent);
    for (const device of devicesOf(ctx)) {
      if (!device.qos.strictPriority) continue;
      if (!deviceLossless(device)) continue;
      const dscps = cnp ? cnp.dscp : device.qos.dscpToClass[HINT_CNP_DSCP] && !device.qos.dscpToClass[HINT_CNP_DSCP]!.defaulted ? [HINT_CNP_DSCP] : [];
      const byQueue = new Map<number, number[]>();
      for (const d of dscps) {
        const p = dscpPath(device, d);
        if (p) byQueue.set(p.queue, [...(byQueue.get(p.queue) ?? []), d]);
      }
      const lossless = new Set(losslessQueues(device));
      for (const [q, ds] of byQueue) {
        if (lossless.has(q)) continue;
        const cls = device.qos.dscpToClass[ds[0]!]!.value;
        // Queues per port: the lossless ports; queues in policies: every data port the policies schedule.
        const use = (i: Interface): boolean =>
          device.qos.queueSettings === 'interface' ? !i.channelGroup && losslessSet(device, i).length > 0 : isDataPort(i) && !i.channelGroup;
        const all = queueSites(ctx, device, q, use);
        const failing = all.filter((s) => !isStrict(device, s, q));
        for (const group of groupFailing(failing, all)) {
          const first = group[0]!;
          const edits = group.flatMap((s) => fixEdits(ctx, s, q));
          const loc = weightedLine(first, q) ?? first.anchor;
          findings.push(
            ctx.report({
              messageId: group.length > 1 ? 'device' : 'weighted',
              data: {
                dscp: ds.join(','),
                device: device.hostname,
                queue: q,
                cls: className(device, cls),
                where: first.label,
                count: group.length,
                prioritised: prioritisedWord(device, first, q),
              },
              loc,
              related: group.slice(1, 6).map((s) => ({ loc: weightedLine(s, q) ?? s.anchor, message: `${s.label}: not strict` })),
              fixes: edits.length > 0 ? [{ title: `Make queue ${q} strict priority on ${device.hostname}`, isPreferred: true, edits }] : [],
            }),
          );
        }
      }
    }
    return findings;
  },
};

function isStrict(device: Device, site: QueueSite, q: number): boolean {
  if (device.qos.strictPriority === 'ladder') return queueStrict(device, site.iface, q).strict && strictLosslessQueueAbove(device, site.iface, q) === undefined;
  return site.config?.strictPriority?.value === true;
}

/** "strict priority", or on a ladder where the queue is strict but a lossless queue is served first, what it lacks. */
function prioritisedWord(device: Device, site: QueueSite, q: number): string {
  const above =
    device.qos.strictPriority === 'ladder' && queueStrict(device, site.iface, q).strict ? strictLosslessQueueAbove(device, site.iface, q) : undefined;
  return above === undefined ? 'strict priority' : `served before the data (strict, but below the strict lossless queue ${above})`;
}

/** EOS: the `no priority` line that makes the queue weighted (its own, else a higher queue's). */
function weightedLine(site: QueueSite, q: number): QueueSite['anchor'] | undefined {
  if (!site.iface) return undefined;
  const own = site.iface.queues.find((x) => x.queue === q && x.strictPriority && !x.strictPriority.value);
  if (own) return own.strictPriority!.loc;
  return site.iface.queues.find((x) => x.queue > q && x.strictPriority && !x.strictPriority.value)?.strictPriority?.loc;
}

function fixEdits(ctx: RuleContext, site: QueueSite, q: number): TextEdit[] {
  return ctx.writer(site.device).setQueueStrictPriority({ ...site, queue: q });
}
