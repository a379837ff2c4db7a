import { devicesOf } from '../support/scope';
import type { Device, Interface, PolicyMap } from '../../model/types';
import type { Finding, Rule } from '../types';
import { bridgedMtu } from './common';
import { compact } from '../support/sets';
import { isDataInterface, lagOf } from '../support/interfaces';

/** The network-qos policy attached under `system qos`, if it is defined. */
export function systemNetworkQos(device: Device): PolicyMap | undefined {
  const ref = device.qos.systemPolicies.find((p) => p.value.type === 'network-qos');
  if (!ref) return undefined;
  return device.qos.policyMaps.find((p) => p.type === 'network-qos' && p.name === ref.value.name);
}

/** The MTU a data interface carries: L3 MTU when routed, the bridged MTU (NX-OS port mtu) when switched. */
function carriedMtu(device: Device, iface: Interface): { value: number; loc: Interface['mtu']['loc'] } | undefined {
  if (iface.mode.value === 'routed') return { value: iface.mtu.value, loc: iface.mtu.loc };
  const b = bridgedMtu(device, iface);
  return b && { value: b.value, loc: b.loc };
}

export const rule: Rule = {
  id: 'mtu/nqos-class-below-intf',
  title: 'NX-OS network-qos class MTU below the interface MTU',
  category: 'mtu',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'On Nexus switches the `system qos` network-qos policy gives every class (`c-8q-nqN`, `c-8q-nq-default`) an ' +
    'MTU: it bounds the frames of that class and sizes the PFC headroom of no-drop classes. A class MTU below ' +
    "the interfaces' MTU drops (or under-buffers) the large frames of that class even though both ends of every " +
    'link agree on 9216 — the RoCE class typically, since it is the one given its own class. Only classes with ' +
    'an `mtu` line in the attached policy are judged (the class default differs by platform), against the largest ' +
    'MTU of an up, non-management interface of the device.',
  messages: {
    below: 'network-qos class {cls} has MTU {mtu}, below {iface} MTU {ifMtu}{pfc}',
  },
  fix: 'Raise the class MTU to the largest interface MTU.',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\n    mtu 1500\nsystem qos\n  service-policy type network-qos QOS_NETWORK\ninterface Ethernet1/1\n  mtu 9216',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      // Only a device with a device-wide network-qos policy (NX-OS `system qos`) has class MTUs to compare.
      const pm = systemNetworkQos(device);
      if (!pm) continue;
      let top: { iface: Interface; value: number; loc: Interface['mtu']['loc'] } | undefined;
      for (const i of device.interfaces.values()) {
        if (!isDataInterface(ctx, device, i) || lagOf(device, i)) continue;
        const m = carriedMtu(device, i);
        if (m && (!top || m.value > top.value)) top = { iface: i, ...m };
      }
      if (!top) continue;
      for (const cls of pm.classes) {
        if (!cls.mtu || cls.mtu.value >= top.value) continue;
        const edits = ctx.writer(device).setPolicyClassMtu(cls, top.value);
        findings.push(
          ctx.report({
            messageId: 'below',
            data: { cls: cls.name, mtu: cls.mtu.value, iface: top.iface.name, ifMtu: top.value, pfc: cls.pausePfcCos ? ' (a no-drop class)' : '' },
            loc: cls.mtu.loc,
            related: [{ loc: top.loc, message: `MTU ${top.value} on ${top.iface.name}` }],
            fixes: compact([edits.length ? { title: `Set MTU ${top.value} on class ${cls.name}`, isPreferred: true, edits } : undefined]),
          }),
        );
      }
    }
    return findings;
  },
};
