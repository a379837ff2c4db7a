import type { Located } from '../../model/location';
import { POLICY_TYPE_DIRECTION as DIRECTION, type Device, type Interface, type ServicePolicyRef } from '../../model/types';
import type { Finding, Fix, Rule, RuleContext } from '../types';
import { isQosSymbol, kindText } from './symbols';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/policy-type-mismatch',
  title: 'A QoS policy is used with the wrong type or where its type cannot apply',
  category: 'qos',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  // Not eos: EOS has one QoS policy type (`quality-of-service`/`qos`, no queuing or network-qos); its other
  // types (pbr, pdp) are not QoS symbols here, so no EOS type can mismatch another.
  rationale:
    'NX-OS keeps three policy types apart: `type qos` classifies (per interface, input), `type queuing` ' +
    'schedules the system classes `c-out-8q-qN` (per interface or under `system qos`), `type network-qos` ' +
    'sets pause and MTU per system class and applies only under `system qos`. A `service-policy` whose type ' +
    "differs from the policy's, a class inside a policy whose class-map has another type, a network-qos " +
    'policy on an interface, or a queuing class that names no system class (a `c-out-8q-qN` class, or on Nexus ' +
    '3000/5000 a class-map that matches a qos-group) is rejected by the switch or does ' +
    'nothing — and the RoCE chain silently loses a link.',
  messages: {
    type: 'service-policy type {used} names {name}, which is a {actual} policy',
    classType: 'class {name} is a {actual}, but this is a {used} policy',
    nqOnInterface: 'network-qos policy {name} is attached to {iface}; network-qos applies only under system qos',
    queuingClass:
      'queuing class {name} is neither a system class (c-out-8q-q0…7, c-out-8q-q-default) nor a class-map that matches a qos-group: NX-OS cannot queue on it',
  },
  fix: "Rewrite the service-policy with the policy's own type; move a network-qos policy from the interface to `system qos`.",
  example: {
    dialect: 'nxos',
    config:
      'policy-map type queuing ROCE_QUEUING\n  class type queuing c-out-8q-q3\n    bandwidth remaining percent 60\ninterface Ethernet1/1\n  service-policy type qos input ROCE_QUEUING',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      if (!device.qos.typedPolicies) continue;
      const typesOf = (kind: string, name: string): string[] => [
        ...new Set(device.symbols.defs.filter((d) => d.kind === kind && d.name === name && isQosSymbol(d)).map((d) => d.subtype ?? '')),
      ];
      // service-policy lines (interfaces and system qos)
      const attachments: { ref: Located<ServicePolicyRef>; iface?: Interface }[] = [
        ...device.qos.systemPolicies.map((ref) => ({ ref })),
        ...[...device.interfaces.values()].filter((i) => !ctx.ignored(device, i)).flatMap((iface) => iface.servicePolicies.map((ref) => ({ ref, iface }))),
      ];
      const seen = new Set<number>();
      for (const { ref, iface } of attachments) {
        const line = ref.loc.range.start.line;
        if (seen.has(line)) continue;
        const used = ref.value.type === 'quality-of-service' ? 'qos' : ref.value.type;
        if (!(used in DIRECTION)) continue;
        const types = typesOf('policy-map', ref.value.name);
        if (types.length > 0 && !types.includes(used)) {
          seen.add(line);
          const actual = types[0]!;
          findings.push(
            ctx.report({
              messageId: 'type',
              data: { used, name: ref.value.name, actual },
              loc: ref.loc,
              related: device.symbols.defs
                .filter((d) => d.kind === 'policy-map' && d.name === ref.value.name)
                .map((d) => ({ loc: d.loc, message: `${kindText(d)} ${d.name}` })),
              fixes: retypeFix(ctx, device, ref, actual, iface),
            }),
          );
          continue;
        }
        // A network-qos policy works only where policies attach device-wide (NX-OS `system qos`), never on a port.
        if (device.qos.deviceWidePolicies && iface && used === 'network-qos') {
          seen.add(line);
          const edits = device.qos.systemPolicies.some((p) => p.value.type === 'network-qos')
            ? []
            : [...ctx.writer(device).attachSystemPolicy('network-qos', 'none', ref.value.name), ...ctx.writer(device).removeSetting(ref.loc)];
          findings.push(
            ctx.report({
              messageId: 'nqOnInterface',
              data: { name: ref.value.name, iface: iface.name },
              loc: ref.loc,
              fixes: edits.length > 0 ? [{ title: `Attach ${ref.value.name} under system qos instead`, isPreferred: true, edits }] : [],
            }),
          );
        }
      }
      // classes whose class-map has another type
      for (const pm of device.qos.policyMaps) {
        const ptype = pm.type === 'quality-of-service' ? 'qos' : pm.type;
        if (!(ptype in DIRECTION)) continue;
        for (const pc of pm.classes) {
          if (ptype === device.qos.schedulingPolicyType) {
            // The reader resolves the system class a queuing class serves (its name, or its class-map's
            // `match qos-group N` on platforms with user-defined system classes); class-default is queue 0.
            if (!pc.qosGroup && pc.name.toLowerCase() !== 'class-default') {
              findings.push(ctx.report({ messageId: 'queuingClass', data: { name: pc.name }, loc: pc.loc }));
            }
            continue;
          }
          const types = typesOf('class-map', pc.name);
          if (types.length > 0 && !types.includes(ptype)) {
            findings.push(
              ctx.report({
                messageId: 'classType',
                data: { name: pc.name, actual: `class-map type ${types[0]}`, used: `policy-map type ${ptype}` },
                loc: pc.loc,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};

function retypeFix(ctx: RuleContext, device: Device, ref: Located<ServicePolicyRef>, actual: string, iface: Interface | undefined): Fix[] {
  if (actual === 'network-qos' && iface) return [];
  const edits = ctx.writer(device).setServicePolicyType(ref, actual);
  return edits.length > 0 ? [{ title: `Use type ${actual}`, isPreferred: true, edits }] : [];
}
