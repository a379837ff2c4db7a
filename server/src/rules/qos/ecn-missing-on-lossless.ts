import type { Device } from '../../model/types';
import type { Contribution, Finding, Rule, RuleContext, TextEdit } from '../types';
import {
  deviceEcnDesign,
  ecnInDesign,
  ecnValues,
  groupFailing,
  losslessSites,
  referenceEcn,
  type DeviceEcnDesign,
  type EcnValues,
  type QueueSite,
} from './common';
import { derivedOf, devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/ecn-missing-on-lossless',
  title: 'A lossless queue marks no ECN',
  category: 'qos',
  severity: 'warning',
  scope: 'device',
  reads: 'aggregate',
  rationale:
    'DCQCN slows RoCE senders when switches ECN-mark their packets before the queue fills; PFC is only the ' +
    'last resort. A lossless queue that never marks relies on pause frames alone: head-of-line blocking, ' +
    "unfairness and pause storms follow (DCQCN, SIGCOMM'15). Checked on every place that schedules a lossless " +
    'queue: EOS the `tx-queue` of every interface (or its qos profile) that is lossless on the priority, ' +
    "NX-OS the queuing policy in effect (the interface's own or the `system qos` one; none means the default " +
    'policy, which marks nothing), SONiC the `QUEUE|<port>|<q>` entry of every port whose `PORT_QOS_MAP` `pfc_enable` ' +
    'makes the queue lossless (its `wred_profile` must mark ECN). A WRED drop profile is not ECN (see also `qos/wred-drop-on-lossless`). When ' +
    'every lossless interface of an EOS device lacks it, one finding covers the device.\n\n' +
    'A queue the operator tuned (a `tx-queue` section, a queuing policy) without ECN is always reported. A ' +
    'lossless queue left entirely at its defaults is reported when ECN is part of the design: the intent asks ' +
    'for it (`ecn: true` on a lossless class, or an `ecn:` section), or some queue of the workspace marks ECN. ' +
    'A fabric with bare PFC and no ECN or queuing configuration anywhere may be PFC-only by design (FCoE, some ' +
    'storage fabrics), which the configs cannot tell from a forgotten DCQCN; write `ecn: true` on the RoCE ' +
    'class of fabric-intent.yaml to have it reported.',
  messages: {
    missing: 'Lossless queue {queue} marks no ECN at {where} on {device}',
    device: 'No lossless interface of {device} marks ECN on queue {queue} ({count} interfaces, e.g. {where})',
  },
  fix: "Add ECN marking to the queue with the intent's thresholds (`ecn.<class>`), else the ones most lossless queues of the fabric use, else 150/1500 KB at 100 %; a WRED line on NX-OS gets `ecn` appended.",
  example: {
    dialect: 'nxos',
    config:
      'policy-map type queuing ROCE_QUEUING\n  class type queuing c-out-8q-q3\n    bandwidth remaining percent 60\n    random-detect minimum-threshold 150 kbytes maximum-threshold 1500 kbytes drop-probability 100 weight 0',
    explanation: 'Queue 3 is lossless (pause pfc-cos 3) and the WRED line has no `ecn`: it drops instead of marking.',
  },
  contribution: contribute,
  derived: fabricEcn,
  // The verdicts on a device read of the others whether ECN is part of the design and the thresholds a fix writes.
  digest(_ctx, _contributions, derived) {
    const { design, ref } = derived as FabricEcn;
    return `${design} ${ref.min} ${ref.max} ${ref.unit} ${ref.probability}`;
  },
  check(ctx) {
    const findings: Finding[] = [];
    const { design, ref } = derivedOf(ctx, contribute, fabricEcn);
    for (const device of devicesOf(ctx)) {
      const sites = losslessSites(ctx, device);
      for (const q of new Set(sites.map((s) => s.queue))) {
        const all = sites.filter((s) => s.queue === q);
        // Without evidence that ECN belongs to the design, only a queue the operator did tune (a tx-queue
        // section, a queuing policy) and left without ECN is reported.
        const failing = all.filter((s) => !s.config?.ecn && (design || s.config !== undefined || s.policy !== undefined));
        for (const group of groupFailing(failing, all)) {
          const first = group[0]!;
          const edits = group.flatMap((s) => fixEdits(ctx, s, ref));
          findings.push(
            ctx.report({
              messageId: group.length > 1 ? 'device' : 'missing',
              data: { where: first.label, queue: q, device: device.hostname, count: group.length },
              loc: first.anchor,
              related: [
                ...group.slice(1, 6).map((s) => ({ loc: s.anchor, message: `${s.label}: no ECN` })),
                ...(first.config?.wredDrop ? [{ loc: first.config.wredDrop.loc, message: 'WRED without ecn (drops)' }] : []),
              ],
              fixes: edits.length > 0 ? [{ title: `Mark ECN on queue ${q} of ${device.hostname}`, isPreferred: true, edits }] : [],
            }),
          );
        }
      }
    }
    return findings;
  },
};

/** What the other devices' verdicts read of this one: whether it marks ECN anywhere, and its lossless queues' thresholds. */
function contribute(ctx: RuleContext, device: Device): Contribution {
  const facts = deviceEcnDesign(ctx, device);
  return { digest: `${facts.marks} ${[...facts.thresholds].map(([k, c]) => `${k} ${c.n}`).join(',')}`, facts };
}

interface FabricEcn {
  design: boolean;
  ref: EcnValues;
}

/** Whether ECN is part of the fabric's design, and the thresholds a fix writes: from every device (Rule.derived). */
function fabricEcn(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): FabricEcn {
  const all = [...contributions.values()].map((c) => c.facts as DeviceEcnDesign);
  return { design: ecnInDesign(ctx, all), ref: referenceEcn(ctx, all) };
}

function fixEdits(ctx: RuleContext, site: QueueSite, ref: EcnValues): TextEdit[] {
  const wred = site.config?.wredDrop;
  return ctx.writer(site.device).setQueueEcn(site, (wred && ecnValues(wred.value)) || ref);
}
