/**
 * What classifies the traffic that enters a port, for display (the hover, the fabric view's link card, the report's
 * link table): the header field that decides the class, and the setting that says so. Where the platform has no
 * per-port trust (NX-OS, SONiC, Junos, SR Linux: `DeviceQos.trustPerPort` false) a policy or map classifies, so
 * "trust: not set" would mislead; the policy is named instead. The field is what two ends of a link are compared
 * by: an EOS port trusting DSCP and an NX-OS port classifying with a DSCP policy classify alike.
 */
import type { Loc } from '../model/location';
import type { Device, Interface } from '../model/types';

export interface PortClassification {
  /** The header field that decides the class: DSCP, CoS (802.1p), or nothing (everything in the default class). */
  field: 'dscp' | 'cos' | 'none';
  /** In words: "trust dscp (default)", "policy QOS_IN", "no classifying policy: everything in the default class". */
  text: string;
  /** The line that says so (the trust line, the policy's attachment), when there is one. */
  loc?: Loc;
}

export function portClassification(device: Device, iface: Interface): PortClassification {
  const c = iface.classification;
  if (c?.policy) return { field: c.byCos ? 'cos' : 'dscp', text: `policy ${c.policy.value}${c.byCos ? ' (matches CoS only)' : ''}`, loc: c.policy.loc };
  if (c) return { field: 'none', text: 'no classifying policy: everything in the default class' };
  const trust = iface.qosTrust;
  if (trust) return { field: trust.value, text: `trust ${trust.value}${trust.defaulted ? ' (default)' : ''}`, ...(trust.defaulted ? {} : { loc: trust.loc }) };
  const policy = device.qos.classificationPolicy;
  if (policy) {
    const own = iface.servicePolicies.find((p) => p.value.direction === 'input' && p.value.name === policy);
    return own ? { field: 'dscp', text: `policy ${policy}`, loc: own.loc } : { field: 'dscp', text: `policy ${policy} (device-wide)` };
  }
  if (device.qos.defaultClassification === 'none') return { field: 'none', text: 'no classifying policy: everything in the default class' };
  return { field: 'dscp', text: "the device's DSCP table" };
}
