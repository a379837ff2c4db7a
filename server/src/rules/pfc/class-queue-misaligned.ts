import type { Finding, Rule } from '../types';
import type { Device } from '../../model/types';
import type { RuleContext } from '../types';
import { byRole, devicesOf, fmtSet, losslessClasses } from './common';

export const rule: Rule = {
  id: 'pfc/class-queue-misaligned',
  title: 'Classification, PFC priority and queue of the lossless class do not line up',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  dialects: ['eos', 'nxos'],
  rationale:
    'The lossless chain is priority → class → queue on every hop. On NX-OS, `pause pfc-cos 3` under ' +
    '`c-8q-nq3` pauses CoS 3 for qos-group 3; a `type qos` class that matches CoS 3 but sets another ' +
    'qos-group puts the paused traffic into a lossy queue (the sender stops on PAUSE, the switch still drops). ' +
    'On EOS, `qos map traffic-class N to tx-queue Q` that puts a lossless and a lossy traffic class into the ' +
    'same tx-queue mixes drop and no-drop traffic: PAUSE for the lossless priority blocks the lossy traffic ' +
    'behind it, and the PFC watchdog drops both.',
  messages: {
    'cos-elsewhere': 'CoS {cos} is paused for qos-group {cls} ({systemClass}) but the classification puts CoS {cos} into qos-group {landed}',
    'shared-queue': 'Lossless traffic-class {cls} and lossy traffic-class {other} share tx-queue {queue}',
    'dscp-lossy-here':
      'DSCP {dscp} is classified into {classWord} {landed} here, which is lossy; {basis} it lands in a lossless class (lossless here: {lossless})',
  },
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\n' +
      'class-map type qos match-all RDMA\n  match cos 3\npolicy-map type qos CLASSIFY\n  class RDMA\n    set qos-group 4',
    explanation: 'CoS 3 is paused for qos-group 3, but RDMA (CoS 3) is put in qos-group 4.',
  },
  check(ctx) {
    const findings: Finding[] = [...dscpPathFindings(ctx)];
    for (const device of devicesOf(ctx)) {
      const classes = losslessClasses(device);
      if (classes.length === 0) continue;
      if (device.dialect === 'nxos') {
        for (const lc of classes) {
          for (const p of lc.priorities) {
            const s = device.qos.cosToClass[p];
            if (!s || s.defaulted || s.value === lc.cls) continue;
            findings.push(
              ctx.report({
                messageId: 'cos-elsewhere',
                data: { cos: p, cls: lc.cls, systemClass: lc.systemClass ?? `c-8q-nq${lc.cls}`, landed: s.value },
                loc: s.loc,
                related: [{ loc: lc.loc, message: `pause pfc-cos ${fmtSet(lc.priorities)} for qos-group ${lc.cls}` }],
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
              related: [{ loc: lc.loc, message: `priority ${lc.cls} is no-drop` }, ...(!q.defaulted && !o.defaulted ? [{ loc: q.loc, message: `traffic-class ${lc.cls} → tx-queue ${q.value}` }] : [])],
            }),
          );
        }
      }
    }
    return findings;
  },
};

/** DSCPs that land in a lossless class on this device. Only what the config writes, not platform defaults. */
function losslessDscps(device: Device, explicitOnly: boolean): Set<number> {
  const lossless = new Set(losslessClasses(device).map((c) => c.cls));
  const out = new Set<number>();
  device.qos.dscpToClass.forEach((s, dscp) => {
    if (s && lossless.has(s.value) && !(explicitOnly && s.defaulted)) out.add(dscp);
  });
  return out;
}

/**
 * The DSCP side of the chain: traffic that the intent (classes with `lossless: true`) or, without an
 * intent, a strict majority of devices of the same role treat as lossless must land in a lossless class
 * here too. Moving the RoCE class-map to another qos-group is the typical slip.
 */
function dscpPathFindings(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const intentDscps = new Set<number>();
  for (const c of Object.values(ctx.intent?.classes ?? {})) if (c.lossless && Array.isArray(c.dscp)) c.dscp.forEach((d) => intentDscps.add(d));
  for (const [role, devices] of byRole(ctx, devicesOf(ctx))) {
    let expected = intentDscps;
    let basis = 'the fabric intent says';
    if (expected.size === 0) {
      if (devices.length < 3) continue;
      const counts = new Map<number, number>();
      for (const d of devices) for (const dscp of losslessDscps(d, false)) counts.set(dscp, (counts.get(dscp) ?? 0) + 1);
      expected = new Set([...counts].filter(([, n]) => n * 2 > devices.length).map(([dscp]) => dscp));
      basis = `on most ${role} devices (no fabric-intent.yaml)`;
    }
    for (const device of devices) {
      // EOS derives the PFC priority from the traffic class itself; a DSCP moved there is map drift
      // (qos/dscp-map-drift). On NX-OS the qos-group and the paused CoS are set apart, and this is the slip.
      if (device.dialect !== 'nxos') continue;
      const lossless = losslessClasses(device);
      if (lossless.length === 0) continue;
      const here = losslessDscps(device, false);
      for (const dscp of expected) {
        const s = device.qos.dscpToClass[dscp];
        if (!s || s.defaulted || here.has(dscp)) continue;
        findings.push(
          ctx.report({
            messageId: 'dscp-lossy-here',
            data: {
              dscp,
              classWord: device.dialect === 'nxos' ? 'qos-group' : 'traffic-class',
              landed: s.value,
              basis,
              lossless: fmtSet(lossless.map((c) => c.cls)),
            },
            loc: s.loc,
            related: lossless.map((c) => ({ loc: c.loc, message: `class ${c.cls} is lossless (priorities ${fmtSet(c.priorities)})` })),
          }),
        );
      }
    }
  }
  return findings;
}
