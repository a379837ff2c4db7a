import type { Device, Interface } from '../../model/types';
import type { Contribution, Finding, Fix, Rule, RuleContext } from '../types';
import { deviceLossless, pfcState } from '../pfc/common';
import { losslessIntentClasses } from '../pfc/intent-classes';
import { roleOfDevice } from '../support/roles';
import { derivedOf, devicesOf, factsOf } from '../support/scope';
import { isDataPort, linkedInterfaces } from '../support/interfaces';

export const rule: Rule = {
  id: 'qos/no-ingress-classification',
  title: 'NX-OS fabric port without an ingress classification policy',
  category: 'qos',
  severity: 'error',
  scope: 'device',
  reads: 'aggregate',
  rationale:
    'On NX-OS only a `policy-map type qos` sets the qos-group; a port without `service-policy type qos input` ' +
    '(and no `system qos` one) leaves every packet in the default class (qos-group 0, practitioner knowledge: ' +
    'verify with `show policy-map system`), so PFC and ECN on the RoCE qos-group protect nothing on that port. ' +
    'Ports judged: up physical ports, port-channels and subinterfaces (not port-channel members) that run PFC ' +
    '`mode on` with a no-drop class, or — on a lossless device — face another switch of the workspace. A routed ' +
    'uplink to a router outside the workspace without PFC (border, WAN) carries no RoCE and is not judged. Reported when other such ports of the device classify (one finding per unclassified port), or — ' +
    'when none of the device does — when the device is lossless and the intent names lossless classes or ' +
    'most NX-OS devices of its role classify (one finding for the device).',
  messages: {
    port: '{iface} has no service-policy type qos input, while {count} other fabric port(s) of {device} classify with {policy}: its traffic stays in qos-group 0',
    device: 'No fabric port of {device} classifies ingress traffic ({count} ports, e.g. {iface}){why}: RoCE stays in qos-group 0',
  },
  fix: "Add `service-policy type qos input <policy>` with the policy the device's other ports use (or the only qos policy that sets a qos-group).",
  example: {
    dialect: 'nxos',
    config:
      'interface Ethernet1/49\n  no switchport\n  priority-flow-control mode on\n  service-policy type qos input ROCE_CLASSIFY\ninterface Ethernet1/50\n  no switchport\n  priority-flow-control mode on',
  },
  contribution: contribute,
  derived: roleCounts,
  // The verdicts on a device read of the others only how many devices of its role classify, of how many.
  digest(_ctx, _contributions, derived) {
    return [...(derived as RoleCounts)]
      .map(([role, c]) => `${role} ${c.classifying} ${c.total}`)
      .sort()
      .join('\n');
  },
  check(ctx) {
    const findings: Finding[] = [];
    const counts = derivedOf(ctx, contribute, roleCounts);
    const intentClassifies = losslessIntentClasses(ctx.intent).length > 0;
    for (const device of devicesOf(ctx)) {
      const facts = factsOf<Facts | undefined>(ctx, device, contribute);
      if (!facts) continue;
      const { role, candidates, classified, policy } = facts;
      const classifiedSet = new Set(classified);
      const missing = candidates.filter((i) => !classifiedSet.has(i));
      if (missing.length === 0) continue;
      if (classified.length > 0) {
        for (const iface of missing) {
          findings.push(
            ctx.report({
              messageId: 'port',
              data: { iface: iface.name, count: classified.length, device: device.hostname, policy: policy ?? '(a qos policy)' },
              loc: iface.block.header,
              related: classified
                .slice(0, 1)
                .map((i) => ({ loc: i.servicePolicies.find((p) => p.value.type === 'qos')?.loc ?? i.block.header, message: `${i.name} classifies` })),
              fixes: fixFor(ctx, device, [iface], policy),
            }),
          );
        }
        continue;
      }
      if (!deviceLossless(device)) continue;
      const { classifying, total } = counts.get(role)!;
      const peers = total - 1;
      const majority = peers >= 2 && classifying * 2 > total;
      if (!intentClassifies && !majority) continue;
      const why = intentClassifies ? ' although the intent names lossless classes' : ` while ${classifying} of ${total} ${role} devices do`;
      findings.push(
        ctx.report({
          messageId: 'device',
          data: { device: device.hostname, count: missing.length, iface: missing[0]!.name, why },
          loc: missing[0]!.block.header,
          related: missing.slice(1, 6).map((i) => ({ loc: i.block.header, message: `${i.name}: no type qos input policy` })),
          fixes: fixFor(ctx, device, missing, policy),
        }),
      );
    }
    return findings;
  },
};

/** A device where nothing classifies by default: its role, its judged ports, those that classify, and the policy they use. */
interface Facts {
  role: string;
  candidates: Interface[];
  classified: Interface[];
  policy?: string;
}

/** What the other devices' verdicts read of this one: its role, and whether some port of it classifies. */
function contribute(ctx: RuleContext, device: Device): Contribution {
  // Where nothing classifies by default, a port classifies only through its (or the system's) qos input policy.
  if (ctx.ignored(device) || device.qos.defaultClassification !== 'none') return { digest: '', facts: undefined };
  const linked = linkedInterfaces(ctx.fabric);
  const lossless = deviceLossless(device) !== undefined;
  const system = device.qos.systemPolicies.find((p) => p.value.type === 'qos' && p.value.direction === 'input');
  const candidates = [...device.interfaces.values()].filter(
    (i) =>
      !ctx.ignored(device, i) &&
      isDataPort(i) &&
      !i.channelGroup &&
      ((pfcState(device, i).mode === 'on' && i.pfc.noDropPriorities.length > 0) || (lossless && linked.has(i))),
  );
  const classified = system ? candidates : candidates.filter((i) => qosInput(i, device));
  const counts = new Map<string, number>();
  for (const i of classified) {
    const n = system?.value.name ?? qosInput(i, device)!;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let policy = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  if (!policy) {
    const setting = device.qos.policyMaps.filter((pm) => pm.type === 'qos' && pm.classes.some((c) => c.setQosGroup));
    if (setting.length === 1) policy = setting[0]!.name;
  }
  const facts: Facts = { role: roleOfDevice(ctx.intent, device), candidates, classified, ...(policy ? { policy } : {}) };
  return { digest: `${facts.role} ${classified.length > 0 ? 1 : 0}`, facts };
}

/** Per role, how many of its devices (where nothing classifies by default) classify on some port, of how many (Rule.derived). */
function roleCounts(_ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): RoleCounts {
  const out: RoleCounts = new Map();
  for (const c of contributions.values()) {
    const facts = c.facts as Facts | undefined;
    if (!facts) continue;
    let n = out.get(facts.role);
    if (!n) out.set(facts.role, (n = { classifying: 0, total: 0 }));
    n.total++;
    if (facts.classified.length > 0) n.classifying++;
  }
  return out;
}

type RoleCounts = Map<string, { classifying: number; total: number }>;

function qosInput(i: Interface, device?: Device): string | undefined {
  const own = i.servicePolicies.find((p) => p.value.type === 'qos' && p.value.direction === 'input')?.value.name;
  if (own || !device) return own;
  // A qos policy attached with the wrong type is qos/policy-type-mismatch's finding, not a missing line.
  return i.servicePolicies.find((p) => device.qos.policyMaps.some((pm) => pm.name === p.value.name && pm.type === 'qos'))?.value.name;
}

function fixFor(ctx: RuleContext, device: Device, ifaces: Interface[], policy: string | undefined): Fix[] {
  if (!policy) return [];
  const w = ctx.writer(device);
  const edits = ifaces.flatMap((i) => w.addServicePolicy(i, 'qos', 'input', policy));
  return edits.length > 0 ? [{ title: `Classify with ${policy}`, isPreferred: true, edits }] : [];
}
