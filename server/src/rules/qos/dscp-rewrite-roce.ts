import type { Device, PolicyMap } from '../../model/types';
import type { Finding, Rule } from '../types';
import { deviceLossless, losslessClasses } from '../pfc/common';
import { cnpIntentClass, losslessIntentClasses } from '../pfc/intent-classes';
import { HINT_CNP_DSCP } from './common';
import { devicesOf } from '../support/scope';
import { uniqueSorted } from '../support/sets';

export const rule: Rule = {
  id: 'qos/dscp-rewrite-roce',
  title: 'A policy remarks the DSCP of RoCE or CNP traffic mid-path',
  category: 'qos',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'Every hop after this one classifies RoCE and CNPs by their DSCP; a `set dscp` that rewrites it moves the ' +
    "traffic into another class downstream (lossy, unmarked, or behind the data), and the NIC's CNP matching " +
    "breaks. The RoCE/CNP code points are the intent's lossless and `cnp` classes; without them, the DSCPs " +
    'this device classifies into a lossless class plus DSCP 48 when mapped explicitly. Only policies attached ' +
    'as input (interface or `system qos`) remark; a `class-default` that sets DSCP counts for the code points ' +
    'no earlier class matches. EOS `qos rewrite dscp` (DSCP rewritten from the traffic class on egress) is ' +
    'reported on devices that carry lossless traffic, since the traffic-class → DSCP map is not modelled.',
  messages: {
    setDscp: 'policy-map {policy} class {cls} rewrites DSCP {dscp} (RoCE/CNP) to {to}',
    rewrite: '`qos rewrite dscp` remarks every packet of {device} from its traffic class, RoCE/CNP DSCP {dscp} included',
  },
  fix: 'Remove the `set dscp` line (or `qos rewrite dscp`).',
  example: {
    dialect: 'nxos',
    config: 'class-map type qos match-any ROCE\n  match dscp 26\npolicy-map type qos CLASSIFY\n  class ROCE\n    set qos-group 3\n    set dscp 0',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const intentDscp = uniqueSorted([...losslessIntentClasses(ctx.intent).flatMap((c) => c.dscp), ...(cnpIntentClass(ctx.intent)?.dscp ?? [])]);
    for (const device of devicesOf(ctx)) {
      const key = new Set(intentDscp.length > 0 ? intentDscp : inferred(device));
      if (key.size === 0) continue;
      const attached = new Set<string>();
      for (const p of device.qos.systemPolicies) if (p.value.direction === 'input') attached.add(p.value.name);
      for (const i of device.interfaces.values()) for (const p of i.servicePolicies) if (p.value.direction === 'input') attached.add(p.value.name);
      for (const pm of device.qos.policyMaps) {
        if (!attached.has(pm.name) || !['qos', 'quality-of-service', ''].includes(pm.type)) continue;
        const matchedBefore = new Set<number>();
        for (const pc of pm.classes) {
          const matched = classDscps(device, pm, pc.name, matchedBefore);
          for (const d of matched) matchedBefore.add(d);
          if (!pc.setDscp) continue;
          const hit = matched.filter((d) => key.has(d) && d !== pc.setDscp!.value);
          if (hit.length === 0) continue;
          const edits = ctx.writer(device).removeSetting(pc.setDscp.loc);
          findings.push(
            ctx.report({
              messageId: 'setDscp',
              data: { policy: pm.name, cls: pc.name, dscp: hit.join(','), to: pc.setDscp.value },
              loc: pc.setDscp.loc,
              fixes: edits.length > 0 ? [{ title: 'Remove the set dscp line', isPreferred: true, edits }] : [],
            }),
          );
        }
      }
      const rw = device.qos.dscpRewrite;
      if (rw?.value && deviceLossless(device)) {
        const edits = ctx.writer(device).removeSetting(rw.loc);
        findings.push(
          ctx.report({
            messageId: 'rewrite',
            data: { device: device.hostname, dscp: [...key].sort((a, b) => a - b).join(',') },
            loc: rw.loc,
            fixes: edits.length > 0 ? [{ title: 'Remove qos rewrite dscp', isPreferred: true, edits }] : [],
          }),
        );
      }
    }
    return findings;
  },
};

/** Without intent: DSCPs that land in a lossless class of the device, plus 48 when mapped explicitly. */
function inferred(device: Device): number[] {
  const lossless = new Set(losslessClasses(device).map((c) => c.cls));
  const out: number[] = [];
  device.qos.dscpToClass.forEach((s, d) => {
    if (!s) return;
    // A defaulted entry is a classification only where the platform has a default table.
    if (lossless.has(s.value) && (device.qos.defaultClassification === 'table' || !s.defaulted)) out.push(d);
    else if (d === HINT_CNP_DSCP && !s.defaulted) out.push(d);
  });
  return out;
}

function classDscps(device: Device, pm: PolicyMap, cls: string, before: Set<number>): number[] {
  if (cls.toLowerCase() === 'class-default') return Array.from({ length: 64 }, (_, d) => d).filter((d) => !before.has(d));
  const type = pm.type === 'quality-of-service' ? 'qos' : pm.type;
  const cm = device.qos.classMaps.find((c) => c.name === cls && (c.type === type || (type === 'qos' && c.type === 'quality-of-service')));
  if (!cm) return [];
  return uniqueSorted(cm.matchDscp.flatMap((m) => m.value));
}
