import type { Fix, Finding, Rule } from '../types';
import type { Device } from '../../model/types';
import type { RuleContext } from '../types';
import { losslessClasses } from './common';
import { setQosGroupFix } from '../qos/common';
import { devicesOf } from '../support/scope';
import { fmtSet } from '../support/describe';
import { sameLine } from '../support/places';

export const rule: Rule = {
  id: 'pfc/class-queue-misaligned',
  title: 'Classification, PFC priority and queue of the lossless class do not line up',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'The lossless chain is priority → class → queue on every hop. On NX-OS, `pause pfc-cos 3` under ' +
    '`c-8q-nq3` pauses CoS 3 for qos-group 3; a `type qos` class that matches CoS 3 but sets another ' +
    'qos-group puts the paused traffic into a lossy queue (the sender stops on PAUSE, the switch still drops). ' +
    'On EOS, `qos map traffic-class N to tx-queue Q` that puts a lossless and a lossy traffic class into the ' +
    'same tx-queue mixes drop and no-drop traffic: PAUSE for the lossless priority blocks the lossy traffic ' +
    'behind it, and the PFC watchdog drops both. Only CoS values a `match cos` line classifies are judged ' +
    '(class-default says nothing about CoS in a DSCP-classifying policy). Whether a DSCP code point lands in ' +
    'a lossless class is compared across devices by meaning in `qos/dscp-map-drift`.',
  messages: {
    'cos-elsewhere': 'CoS {cos} is paused for qos-group {cls} ({systemClass}) but the classification puts CoS {cos} into qos-group {landed}',
    'shared-queue': 'Lossless traffic-class {cls} and lossy traffic-class {other} share tx-queue {queue}',
  },
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\n' +
      'class-map type qos match-all RDMA\n  match cos 3\npolicy-map type qos CLASSIFY\n  class RDMA\n    set qos-group 4',
    explanation: 'CoS 3 is paused for qos-group 3, but RDMA (CoS 3) is put in qos-group 4.',
  },
  fix:
    'Align. NX-OS: set the paused qos-group in the classification class that carries the CoS ' +
    '(`set qos-group 4` → `set qos-group 3`; never in class-default, which would make all unclassified ' +
    'traffic no-drop). EOS: move the lossy traffic class to a tx-queue no class uses — ' +
    "the intent's queue for it, else its own number (the default map), else the nearest free one.",
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const classes = losslessClasses(device);
      if (classes.length === 0) continue;
      // Classes declared device-wide with their paused priorities (NX-OS qos-groups): the classification of
      // each paused priority must reach the class. Elsewhere class = priority, so the queues must not mix.
      if (device.qos.pfcBehaviour.scope === 'device') {
        for (const lc of classes) {
          for (const p of lc.priorities) {
            const s = device.qos.cosToClass[p];
            if (!s || s.defaulted || s.value === lc.cls) continue;
            // Only a `match cos` line states where a CoS goes; class-default's group in a DSCP-classifying
            // policy (Cisco's RoCE template: `class class-default / set qos-group 0`) says nothing about CoS 3.
            if (!device.qos.classMaps.some((cm) => cm.matchCos.some((m) => sameLine(m.loc, s.loc)))) continue;
            findings.push(
              ctx.report({
                messageId: 'cos-elsewhere',
                data: { cos: p, cls: lc.cls, systemClass: lc.systemClass ?? `c-8q-nq${lc.cls}`, landed: s.value },
                loc: s.loc,
                related: [{ loc: lc.loc, message: `pause pfc-cos ${fmtSet(lc.priorities)} for qos-group ${lc.cls}` }],
                fixes: setQosGroupFix(ctx, device, s.loc, lc.cls),
              }),
            );
          }
        }
        continue;
      }
      const lossless = new Set(classes.map((c) => c.cls));
      for (const lc of classes) {
        const q = device.qos.classToQueue[lc.cls];
        if (!q) continue;
        for (let t = 0; t < device.qos.classToQueue.length; t++) {
          if (t === lc.cls || lossless.has(t)) continue;
          const o = device.qos.classToQueue[t];
          if (!o || o.value !== q.value || (q.defaulted && o.defaulted)) continue;
          findings.push(
            ctx.report({
              messageId: 'shared-queue',
              data: { cls: lc.cls, other: t, queue: q.value },
              loc: o.defaulted ? q.loc : o.loc,
              related: [
                { loc: lc.loc, message: `priority ${lc.cls} is no-drop` },
                ...(!q.defaulted && !o.defaulted ? [{ loc: q.loc, message: `traffic-class ${lc.cls} → tx-queue ${q.value}` }] : []),
              ],
              fixes: moveToFreeQueueFix(ctx, device, t),
            }),
          );
        }
      }
    }
    return findings;
  },
};

// ---------------------------------------------------------------------------------------------
// Fixes

/**
 * EOS: move lossy traffic class `cls` out of the lossless class's tx-queue into a queue no traffic class
 * uses. Preferred, in order: the queue the intent gives this traffic class (the contract); tx-queue
 * `cls` itself, the platform's default map, which is what the other devices and the queue settings
 * (`tx-queue N` sections) most likely assume; else the free queue nearest to `cls` (lower on a tie), so
 * the class keeps roughly its scheduling rank. One fix only: the first free choice.
 */
function moveToFreeQueueFix(ctx: RuleContext, device: Device, cls: number): Fix[] {
  const used = new Set<number>();
  device.qos.classToQueue.forEach((s) => s && used.add(s.value));
  const queues = [0, 1, 2, 3, 4, 5, 6, 7];
  const intentQueue = Object.values(ctx.intent?.classes ?? {}).find((c) => c.trafficClass === cls && c.queue !== undefined && !c.lossless)?.queue;
  const byDistance = queues.filter((q) => q !== cls).sort((a, b) => Math.abs(a - cls) - Math.abs(b - cls) || a - b);
  const order = [...(intentQueue !== undefined ? [intentQueue] : []), cls, ...byDistance];
  const queue = order.find((q) => !used.has(q));
  if (queue === undefined) return [];
  const edits = ctx.writer(device).setClassToQueue(cls, queue);
  if (edits.length === 0) return [];
  return [{ title: `Map traffic-class ${cls} to free tx-queue ${queue}`, isPreferred: true, edits }];
}
