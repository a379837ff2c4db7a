import type { Device, PolicyMap } from '../../model/types';
import type { Finding, Rule } from '../types';
import { losslessClasses, pfcInterfaces, type LosslessClass } from './common';
import { losslessIntentClasses } from './intent-classes';
import { devicesOf } from '../support/scope';
import { fmtSet } from '../support/describe';

export const rule: Rule = {
  id: 'pfc/unclassified-priority',
  title: 'A lossless class that no traffic is classified into',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'PFC protects a class only if traffic is classified into it. On NX-OS the no-drop class is the qos-group ' +
    'of the network-qos class that pauses (`c-8q-nq3` → qos-group 3), filled only by `set qos-group 3` in the ' +
    '`type qos` policy; unmatched traffic stays in qos-group 0. On EOS the lossless priority is the traffic ' +
    'class, filled by the DSCP (or CoS, on ports that trust CoS) map, defaults included. A lossless class that ' +
    'no DSCP/CoS reaches protects nothing, and the RoCE traffic runs lossy elsewhere. With intent classes ' +
    'marked `lossless: true`, their DSCPs must also land in a lossless class. Only attached policies classify: ' +
    'a `type qos` policy that no `service-policy` names reaches nothing, and is named in the message as the ' +
    'likely intent (so removing it, as `qos/unused-definition` offers, leaves this finding as it is).',
  messages: {
    unclassified: 'Class {cls} is lossless (no-drop {priorities}) but no DSCP or CoS is classified into it on {device}{hint}',
    elsewhere: 'Intent class {name} (DSCP {dscp}) is classified into class {landed} on {device}, which is not lossless (lossless classes {lossless})',
  },
  fix: "With an intent, map the lossless intent class's DSCPs to the lossless traffic class (EOS `qos map dscp … to traffic-class N`).",
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\n' +
      'policy-map type qos CLASSIFY\n  class ROCE\n    set qos-group 4',
    explanation: 'qos-group 3 is no-drop, but the classification sends RoCE to qos-group 4; nothing reaches 3.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const intentClasses = losslessIntentClasses(ctx.intent);
    for (const device of devicesOf(ctx)) {
      const classes = losslessClasses(device);
      if (classes.length === 0) continue;
      const lossless = new Set(classes.map((c) => c.cls));
      const reached = reachedClasses(device);
      for (const lc of classes) {
        if (reached.has(lc.cls)) continue;
        const idle = unattachedPoliciesInto(device, lc.cls);
        findings.push(
          ctx.report({
            messageId: 'unclassified',
            data: {
              cls: clsName(device, lc),
              priorities: fmtSet(lc.priorities),
              device: device.hostname,
              hint:
                idle.length > 0
                  ? ` (${idle.map((pm) => `policy-map ${pm.name}`).join(', ')} would classify into it, but nothing attaches ${idle.length > 1 ? 'them' : 'it'})`
                  : '',
            },
            loc: lc.loc,
            related: idle.map((pm) => ({ loc: pm.loc, message: `policy-map ${pm.name} is not attached` })),
            fixes: [],
          }),
        );
      }
      // Intent: the lossless classes' DSCPs must land in a lossless class.
      const dscpClassified = device.qos.defaultClassification === 'table' || device.qos.dscpToClass.some((s) => s && !s.defaulted);
      if (!dscpClassified) continue;
      for (const ic of intentClasses) {
        const wrong = ic.dscp.filter((d) => {
          const s = device.qos.dscpToClass[d];
          return s !== undefined && !lossless.has(s.value);
        });
        if (wrong.length === 0) continue;
        const s = device.qos.dscpToClass[wrong[0]!]!;
        const target = ic.cls.trafficClass !== undefined && lossless.has(ic.cls.trafficClass) ? ic.cls.trafficClass : classes[0]!.cls;
        const edits = ctx.writer(device).setDscpToClass(wrong, target);
        findings.push(
          ctx.report({
            messageId: 'elsewhere',
            data: { name: ic.name, dscp: wrong.join(','), landed: s.value, device: device.hostname, lossless: fmtSet([...lossless].sort((a, b) => a - b)) },
            loc: s.defaulted ? classes[0]!.loc : s.loc,
            related: [
              ...(ctx.intent?.locs['classes'] ? [{ loc: ctx.intent.locs['classes'], message: `intent class ${ic.name} is lossless` }] : []),
              { loc: classes[0]!.loc, message: `class ${clsName(device, classes[0]!)} is lossless` },
            ],
            fixes: edits.length > 0 ? [{ title: `Map DSCP ${wrong.join(',')} to traffic class ${target}`, isPreferred: true, edits }] : [],
          }),
        );
      }
    }
    return findings;
  },
};

/** Classes some DSCP or CoS reaches (CoS, where it needs trust (EOS), only when a PFC port trusts CoS). */
function reachedClasses(device: Device): Set<number> {
  const out = new Set<number>();
  for (const s of device.qos.dscpToClass) if (s) out.add(s.value);
  // A port with a classification of its own (another policy or map than most ports) reaches its classes too.
  const tables = new Set<typeof device.qos.dscpToClass>();
  for (const i of device.interfaces.values()) if (i.classification && !i.classification.byCos) tables.add(i.classification.dscpToClass);
  for (const t of tables) for (const s of t) if (s) out.add(s.value);
  const cosMatters = !device.qos.cosNeedsTrust || pfcInterfaces(device).some((i) => i.qosTrust?.value === 'cos');
  if (cosMatters) for (const s of device.qos.cosToClass) if (s) out.add(s.value);
  return out;
}

/** `type qos` policies that set class `cls` and that nothing names (not attached, not nested): they classify nothing. */
function unattachedPoliciesInto(device: Device, cls: number): PolicyMap[] {
  const named = new Set(device.symbols.refs.filter((r) => r.kind === 'policy-map').map((r) => r.name));
  return device.qos.policyMaps.filter(
    (pm) =>
      !named.has(pm.name) && pm.classes.some((c) => (c.setQosGroup ?? c.setTrafficClass)?.value === cls) && ['qos', 'quality-of-service', ''].includes(pm.type),
  );
}

/** A class declared device-wide by the device's name for it ("qos-group 3 (c-8q-nq3)"); else the 802.1Q traffic class = priority. */
function clsName(device: Device, lc: LosslessClass): string {
  if (device.qos.pfcBehaviour.scope !== 'device') return `traffic-class ${lc.cls}`;
  return `${device.qos.classLabel} ${lc.cls}${lc.systemClass ? ` (${lc.systemClass})` : ''}`;
}
