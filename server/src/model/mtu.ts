import type { Loc } from './location';
import type { Device, Interface, InterfaceKind } from './types';

/**
 * A dialect's MTU semantics, one object per dialect living with the dialect (dialects/<family>/mtu.ts), the
 * `mtu` of its DialectModule (dialects/registry.ts), reached through `mtuOf(device)` (dialects/mtu.ts): how the number its configs write relates to the L3 (IP)
 * MTU that rules compare, what its switches accept, and what an interface has when no line sets it. Rules and
 * the language server ask this interface; none of them knows a vendor's MTU arithmetic.
 */
export interface DialectMtu {
  /** The interface's L3 MTU (per IP family) with the line that sets it; undefined when the config cannot tell. */
  toL3(device: Device, iface: Interface, family?: 4 | 6): L3Mtu | undefined;
  /** The number to write in the interface's own MTU setting so that its L3 MTU becomes `l3`. */
  fromL3(device: Device, iface: Interface, l3: number): number;
  /** Largest L3 MTU the dialect's switches take: a fix never writes more. */
  readonly maxL3: number;
  /** Largest L3 MTU this interface takes (less than maxL3 where encapsulation eats into it: a Junos 802.1Q port). */
  maxL3Of(device: Device, iface: Interface): number;
  /** Values the interface's own MTU line accepts; undefined where the tool does not judge it. */
  range(device: Device, iface: Interface): MtuRange | undefined;
  /** MTU of an interface without an MTU line, as the platform applies it (before interface defaults or a release). */
  defaultMtu(kind: InterfaceKind, name: string, tagged?: boolean): number;
  /**
   * The largest bridged frame payload of a switchport without an `l2 mtu` line (`owner`: its port-channel, for a
   * member), when the config says it.
   */
  bridged(device: Device, owner: Interface): BridgedMtu | undefined;
  /** False where a fix writing the interface's MTU line would not set its L3 MTU (a Junos unit's `family inet mtu`). */
  writable(device: Device, iface: Interface): boolean;
  /**
   * Where the MTU is set when subinterfaces have none of their own: the port, for the port and each of its units
   * (Junos: a unit carries its port's media MTU). Undefined where every interface sets its own MTU.
   */
  carrier?(device: Device, iface: Interface): Interface | undefined;
}

/** An L3 MTU with the line that sets it. */
export interface L3Mtu {
  value: number;
  /** The `family inet mtu` line, the `mtu` line, or the interface header when defaulted. */
  loc: Loc;
  defaulted: boolean;
  /** Set by a Junos `family inet|inet6 mtu` line (a fix that writes the media MTU does not change it). */
  family?: 'inet' | 'inet6';
}

/** Accepted values of an MTU line, with the sentence that says so. */
export interface MtuRange {
  min: number;
  max: number;
  why: string;
}

/** The largest bridged frame payload an interface forwards, when the config says it. */
export interface BridgedMtu {
  value: number;
  loc: Loc;
  defaulted: boolean;
  /** What the number is, for messages: "9214 (l2 mtu)", "1500 (the nxos default)". */
  text: string;
}

/** The L3 MTU of dialects whose interface MTU is the L3 (or Linux netdev) MTU: the interface's own value. */
export function ownL3Mtu(iface: Interface): L3Mtu | undefined {
  if (iface.mtuUnknown && iface.mtu.defaulted) return undefined;
  return { value: iface.mtu.value, loc: iface.mtu.loc, defaulted: iface.mtu.defaulted };
}

/** The port's written MTU as its bridged payload (IOS, SONiC, Cumulus): only when a line sets it. */
export function writtenBridgedMtu(owner: Interface): BridgedMtu | undefined {
  if (owner.mtu.defaulted) return undefined;
  return { value: owner.mtu.value, loc: owner.mtu.loc, defaulted: false, text: `${owner.mtu.value}` };
}
