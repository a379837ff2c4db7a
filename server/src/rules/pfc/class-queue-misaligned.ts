import type { Fix, Finding, Rule } from '../types';
import type { Loc } from '../../model/location';
import type { Device, PolicyClass, PolicyMap } from '../../model/types';
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
  fix:
    'Align. NX-OS: set the paused qos-group in the classification class that carries the CoS or DSCP ' +
    '(`set qos-group 4` → `set qos-group 3`; never in class-default, which would make all unclassified ' +
    'traffic no-drop); for a DSCP, the qos-group the intent class names, else the one most devices of the ' +
    'role use, else the only lossless one. EOS: move the lossy traffic class to a tx-queue no class uses — ' +
    'the intent\'s queue for it, else its own number (the default map), else the nearest free one.',
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
              related: [{ loc: lc.loc, message: `priority ${lc.cls} is no-drop` }, ...(!q.defaulted && !o.defaulted ? [{ loc: q.loc, message: `traffic-class ${lc.cls} → tx-queue ${q.value}` }] : [])],
              fixes: moveToFreeQueueFix(ctx, device, t),
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
            fixes: (() => {
              const target = losslessTargetFor(ctx, device, devices, dscp);
              return target === undefined ? [] : setQosGroupFix(ctx, device, s.loc, target);
            })(),
          }),
        );
      }
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Fixes

function sameLine(a: Loc, b: Loc): boolean {
  return a.uri === b.uri && a.range.start.line === b.range.start.line;
}

/**
 * NX-OS: the class of the classification policy that the CoS/DSCP setting at `at` comes from — the
 * policy class whose class-map holds the `match` line at `at`. Undefined for class-default (the setting
 * then points at its `set qos-group`): moving class-default into a no-drop group would pause all
 * unclassified traffic, which is no fix.
 */
function classifyingClass(device: Device, at: Loc): { policy: PolicyMap; cls: PolicyClass & { setQosGroup: NonNullable<PolicyClass['setQosGroup']> } } | undefined {
  const name = device.qos.classificationPolicy;
  if (!name) return undefined;
  const cm = device.qos.classMaps.find((c) => [...c.matchCos, ...c.matchDscp].some((m) => sameLine(m.loc, at)));
  if (!cm) return undefined;
  for (const policy of device.qos.policyMaps) {
    if (policy.name !== name || !policy.classes.some((c) => c.setQosGroup)) continue;
    const cls = policy.classes.find((c) => c.name === cm.name && c.setQosGroup);
    if (cls?.setQosGroup) return { policy, cls: cls as PolicyClass & { setQosGroup: NonNullable<PolicyClass['setQosGroup']> } };
  }
  return undefined;
}

/** "Set qos-group N in class X of policy P": rewrites the class's `set qos-group M` line. */
function setQosGroupFix(ctx: RuleContext, device: Device, at: Loc, group: number): Fix[] {
  const found = classifyingClass(device, at);
  if (!found || found.cls.setQosGroup.value === group) return [];
  const edits = ctx.writer(device).replaceLine(found.cls.setQosGroup.loc, `set qos-group ${group}`);
  if (edits.length === 0) return [];
  return [{ title: `Set qos-group ${group} in class ${found.cls.name} of policy ${found.policy.name}`, isPreferred: true, edits }];
}

/**
 * The lossless qos-group a DSCP belongs in on this NX-OS device: the traffic class of the intent class
 * that lists the DSCP (qos-group N pauses as class N), else the lossless group most devices of the role
 * put it in, else the device's only lossless group. Undefined when none of these is lossless here.
 */
function losslessTargetFor(ctx: RuleContext, device: Device, peers: Device[], dscp: number): number | undefined {
  const here = new Set(losslessClasses(device).map((c) => c.cls));
  for (const c of Object.values(ctx.intent?.classes ?? {})) {
    if (c.lossless && Array.isArray(c.dscp) && c.dscp.includes(dscp) && c.trafficClass !== undefined && here.has(c.trafficClass)) return c.trafficClass;
  }
  const counts = new Map<number, number>();
  for (const d of peers) {
    if (d === device) continue;
    const s = d.qos.dscpToClass[dscp];
    if (s && here.has(s.value) && losslessClasses(d).some((c) => c.cls === s.value)) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) return best[0];
  return here.size === 1 ? [...here][0] : undefined;
}

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
