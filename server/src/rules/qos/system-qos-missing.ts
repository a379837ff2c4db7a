import type { Finding, Fix, Rule } from '../types';
import { attachesAnything } from './symbols';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/system-qos-missing',
  title: 'NX-OS network-qos or queuing policy defined but not attached under system qos',
  category: 'qos',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'On NX-OS the `pause pfc-cos` and per-class `mtu` of a network-qos policy take effect only when the policy ' +
    'is attached under `system qos`; likewise the ECN and priority settings of a queuing policy apply only when ' +
    'it is attached (under `system qos`, or per interface). A defined but unattached policy leaves the default ' +
    'policies in force: no lossless class, no ECN, 1500-byte class MTU. Reported once per device and type, at ' +
    '`system qos` (or, when that section is missing, at the policy). A file that attaches no QoS structure at ' +
    'all reads as a fragment (per-feature test file) and is not judged.',
  messages: {
    networkQos: 'network-qos policy {name} is defined but system qos attaches no network-qos policy: its pause/MTU settings do nothing',
    queuing: 'queuing policy {name} is defined but attached nowhere (system qos or interface): its ECN/priority settings do nothing',
  },
  fix: 'Attach the policy under `system qos` (creating the section when missing).',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos ROCE_NQ\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\nsystem qos\n  service-policy type queuing output ROCE_QUEUING',
    explanation: 'ROCE_NQ is never attached: priority 3 is not lossless.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      if (!device.qos.deviceWidePolicies || !attachesAnything(device)) continue;
      const sys = device.qos.systemPolicies;
      for (const [type, direction, messageId] of [
        ['network-qos', 'none', 'networkQos'],
        ['queuing', 'output', 'queuing'],
      ] as const) {
        const defined = device.qos.policyMaps.filter((pm) => pm.type === type && !pm.builtin);
        if (defined.length === 0) continue;
        if (sys.some((p) => p.value.type === type && (type === 'network-qos' || p.value.direction === 'output'))) continue;
        if (type === 'queuing') {
          const onInterfaces = new Set(
            [...device.interfaces.values()].flatMap((i) => i.servicePolicies.filter((p) => p.value.type === 'queuing').map((p) => p.value.name)),
          );
          if (defined.some((pm) => onInterfaces.has(pm.name))) continue;
        }
        const fixes: Fix[] = defined
          .map((pm, i) => ({
            title: `Attach ${pm.name} under system qos`,
            isPreferred: i === 0,
            edits: ctx.writer(device).attachSystemPolicy(type, direction, pm.name),
          }))
          .filter((f) => f.edits.length > 0);
        findings.push(
          ctx.report({
            messageId,
            data: { name: defined.map((pm) => pm.name).join(', ') },
            loc: device.qos.systemQosBlock?.header ?? defined[0]!.loc,
            related: defined.map((pm) => ({ loc: pm.loc, message: `policy-map type ${type} ${pm.name}` })),
            fixes,
          }),
        );
      }
    }
    return findings;
  },
};
