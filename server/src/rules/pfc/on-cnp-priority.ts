import type { Finding, Fix, Rule } from '../types';
import { losslessClasses, pfcInterfaces, declaredSet } from './common';
import { cnpIntentClass } from './intent-classes';
import { devicesOf } from '../support/scope';
import { fmtSet } from '../support/describe';

export const rule: Rule = {
  id: 'pfc/on-cnp-priority',
  title: 'Congestion notification packets land in a lossless class',
  category: 'pfc',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'DCQCN reacts to congestion through CNPs, which must overtake the data they throttle: they belong in a ' +
    'strict-priority, lossy class. A CNP class that is PFC-paused is stopped together with the congested data, ' +
    'so the rate reduction arrives late and pause storms spread. The CNP DSCP comes from the intent class ' +
    '`cnp` (or the `cnpDscp` option); without either the rule stays silent, since vendors differ.',
  messages: {
    cnp: 'CNP (DSCP {dscp}) is classified into class {cls}, which is lossless on {device}',
  },
  fix: "Where the dialect writes DSCP maps and per-port no-drop priorities as single lines (EOS), map the CNP DSCP to the intent's CNP traffic class (preferred when the intent names one that is not lossless), or remove the CNP class from the no-drop priorities.",
  options: {
    cnpDscp: { description: 'DSCP values of CNPs when the intent has no `cnp` class (empty: use the intent only).', default: [] },
  },
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop\n   priority-flow-control priority 6 no-drop\n! intent: cnp: { dscp: [48] } and DSCP 48 → traffic-class 6 by default',
    explanation: 'CNPs (DSCP 48, traffic class 6) are paused with the data.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const cnp = cnpIntentClass(ctx.intent);
    const opt = Array.isArray(ctx.options.cnpDscp) ? (ctx.options.cnpDscp as unknown[]).filter((v): v is number => typeof v === 'number') : [];
    const dscps = cnp?.dscp ?? opt;
    if (dscps.length === 0) return findings;
    for (const device of devicesOf(ctx)) {
      const classes = losslessClasses(device);
      if (classes.length === 0) continue;
      // No default table and no DSCP classification (NX-OS): DSCP 48 stays in class 0, never the point here.
      if (device.qos.defaultClassification === 'none' && !device.qos.dscpToClass.some((s) => s && !s.defaulted)) continue;
      const hit = new Map<number, number[]>();
      for (const d of dscps) {
        const s = device.qos.dscpToClass[d];
        if (!s) continue;
        if (!classes.some((c) => c.cls === s.value)) continue;
        hit.set(s.value, [...(hit.get(s.value) ?? []), d]);
      }
      for (const [cls, ds] of hit) {
        const lc = classes.find((c) => c.cls === cls)!;
        const s = device.qos.dscpToClass[ds[0]!]!;
        // Where the dialect maps DSCP with a map line and lists no-drop priorities per port (EOS), both fixes are
        // one edit each; elsewhere the writer declines (NX-OS classifies in policies and pauses in network-qos).
        const fixes: Fix[] = [];
        const w = ctx.writer(device);
        const target = cnp?.cls.trafficClass;
        if (target !== undefined && !classes.some((c) => c.cls === target)) {
          fixes.push({ title: `Map DSCP ${ds.join(',')} to ${device.qos.classLabel} ${target}`, isPreferred: true, edits: w.setDscpToClass(ds, target) });
        }
        const edits = pfcInterfaces(device)
          .filter((i) => declaredSet(i).includes(cls))
          .flatMap((i) =>
            w.setInterfaceNoDropPriorities(
              i,
              declaredSet(i).filter((p) => p !== cls),
            ),
          );
        fixes.push({
          title: `Remove priority ${cls} from the no-drop priorities of ${device.hostname}`,
          isPreferred: fixes.every((f) => f.edits.length === 0),
          edits,
        });
        findings.push(
          ctx.report({
            messageId: 'cnp',
            data: { dscp: ds.join(','), cls, device: device.hostname },
            loc: lc.loc,
            related: [
              ...(!s.defaulted ? [{ loc: s.loc, message: `DSCP ${ds[0]} → class ${cls}` }] : []),
              ...(ctx.intent?.locs['classes'] ? [{ loc: ctx.intent.locs['classes'], message: `intent CNP DSCP ${fmtSet(dscps)}` }] : []),
            ],
            fixes: fixes.filter((f) => f.edits.length > 0),
          }),
        );
      }
    }
    return findings;
  },
};
