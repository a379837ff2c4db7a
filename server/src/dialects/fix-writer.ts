import type { TextEdit } from '../model/edit';
import type { Loc, Located } from '../model/location';
import type { Block, Device, Interface, PolicyClass, PolicyMap, QueueConfig, QueueEcn, ServicePolicyRef } from '../model/types';

/**
 * What a writer returns for one change: the edits of one file, or none. No edits carry `declined`, the reason
 * the dialect cannot express the change (or cannot with one local edit), when the writer knows it; an empty list
 * without a reason means there was nothing to change.
 */
export type Edits = TextEdit[] & { readonly declined?: string };

/**
 * No edits, and why. The reason is not enumerable, so a declined result serialises, spreads and compares as the
 * empty list it is; callers that care read `.declined`.
 */
export function declined(reason: string): Edits {
  return Object.defineProperty([] as TextEdit[], 'declined', { value: reason, enumerable: false });
}

/** PFC watchdog settings for FixWriter.setWatchdogTimers; timers in seconds, as in PfcWatchdog. */
export interface WatchdogTimers {
  timeout?: number;
  recovery?: number;
  polling?: number;
  action?: string;
}

/** ECN marking thresholds of a queue, in the unit written (bytes, kbytes, …), and the marking probability in %. */
export interface EcnValues {
  min: number;
  max: number;
  unit: string;
  probability: number;
}

/** A change to some of an ECN line's numbers: thresholds (with the unit to write them in) and probability. */
export type EcnChange = Partial<EcnValues> & { maxUnit?: string };

/**
 * Where one egress queue of a device is scheduled: an interface (EOS tx-queue, its own or its qos profile's) or a
 * queuing policy (NX-OS), with the queue's settings there when it has any.
 */
export interface QueueTarget {
  queue: number;
  config?: QueueConfig;
  iface?: Interface;
  policy?: PolicyMap;
  policyClass?: PolicyClass;
}

/** A bandwidth share of a queue: `percent` of the link, or `remaining` percent after the priority queues. */
export type BandwidthKind = 'percent' | 'remaining';

/**
 * Turns a semantic change into edits in the dialect of one device's file. Rules call these and never write
 * config text themselves, so a fix on a Junos device writes Junos. Every method names a change in the terms of
 * the model (an interface, a queue, a policy, a located value); none takes configuration text. A dialect that
 * cannot say a change returns `declined(reason)`.
 * Add a method here when a rule needs a new kind of change, and implement it in the writers that can express it
 * (NoFixWriter declines it everywhere else).
 * Line breaks in edit text are written `\n`: wherever edits are applied or sent (--fix, the editor, JSON and
 * SARIF output) they take the line ending of the file they land in (engine/source-text withEol).
 */
export interface FixWriter {
  readonly device: Device;

  // ---- MTU -------------------------------------------------------------------------------------
  /** Set the interface's own MTU line to `mtu`, written in the dialect's terms (see MtuSemantics.toWritten). */
  setInterfaceMtu(iface: Interface, mtu: number): Edits;
  /** Set the largest bridged frame payload of a switchport (EOS `l2 mtu`; elsewhere the port MTU). */
  setInterfaceL2Mtu(iface: Interface, mtu: number): Edits;
  /** Set the MTU of a network-qos policy class (NX-OS). */
  setPolicyClassMtu(cls: PolicyClass, mtu: number): Edits;

  // ---- PFC and link pause ----------------------------------------------------------------------
  /** Turn PFC on for the interface, with these priorities no-drop where the interface itself lists them. */
  setInterfacePfc(iface: Interface, priorities: number[]): Edits;
  /**
   * Make exactly these priorities the interface's no-drop priorities, by the interface's own lines. Declined where
   * the no-drop set is not a per-interface list (NX-OS: network-qos classes) or needs more than one local edit.
   */
  setInterfaceNoDropPriorities(iface: Interface, priorities: number[]): Edits;
  /** Turn PFC on with the device's no-drop classes (NX-OS `priority-flow-control mode on`). */
  setInterfacePfcModeOn(iface: Interface): Edits;
  /** Turn PFC off on the interface. */
  disableInterfacePfc(iface: Interface): Edits;
  /** Remove 802.3x link pause from the interface. */
  disableLinkPause(iface: Interface): Edits;
  /** Device-wide PFC watchdog with the dialect's recommended defaults. */
  enableWatchdog(): Edits;
  /** Set device-wide PFC watchdog timers (seconds) and action to these values. */
  setWatchdogTimers(timers: WatchdogTimers): Edits;
  /** Per-interface watchdog where the dialect has a per-interface switch. */
  enableInterfaceWatchdog(iface: Interface): Edits;

  // ---- Classification --------------------------------------------------------------------------
  /** Trust DSCP on the interface. */
  setInterfaceTrustDscp(iface: Interface): Edits;
  /** Map these DSCP values to internal class `cls` (EOS traffic class, SONiC TC in the device's DSCP_TO_TC_MAP). */
  setDscpToClass(dscp: number[], cls: number): Edits;
  /** Send internal class `cls` to egress queue `queue`. */
  setClassToQueue(cls: number, queue: number): Edits;
  /** Make a classification policy class set internal class (NX-OS qos-group) `group`. */
  setClassQosGroup(cls: PolicyClass & { setQosGroup: Located<number> }, group: number): Edits;

  // ---- Queues ----------------------------------------------------------------------------------
  /** Make the queue mark ECN with these thresholds: add ECN to its WRED line, or add a marking line (and section). */
  setQueueEcn(target: QueueTarget, values: EcnValues): Edits;
  /** Change the thresholds or probability of the queue's ECN/WRED entry, keeping its other settings. */
  setEcnThresholds(entry: Located<QueueEcn>, change: EcnChange): Edits;
  /** A WRED entry that drops on a lossless queue: mark ECN instead (`alsoMarksEcn`: the queue has an ECN entry already). */
  markEcnInsteadOfDrop(wred: Located<QueueEcn>, alsoMarksEcn: boolean): Edits;
  /** Make the queue strict priority. */
  setQueueStrictPriority(target: QueueTarget): Edits;
  /** Set one bandwidth share of a queue (the located value is the share as written) to `percent`. */
  setBandwidthShare(share: Located<number>, kind: BandwidthKind, percent: number): Edits;
  /** Give the port's queue the buffer profile `profile` (SONiC BUFFER_QUEUE). */
  setQueueBufferProfile(port: string, queue: number, profile: string): Edits;

  // ---- Policies and maps -----------------------------------------------------------------------
  /** Attach a policy to the interface in this direction, replacing one of the same type and direction. */
  addServicePolicy(iface: Interface, type: string, direction: 'input' | 'output', name: string): Edits;
  /** Attach a policy device-wide (NX-OS `system qos`), creating the section if it is missing. */
  attachSystemPolicy(type: string, direction: 'input' | 'output' | 'none', name: string): Edits;
  /** Rewrite a policy reference to name the policy as `type` (in the direction that type takes). */
  setServicePolicyType(ref: Located<ServicePolicyRef>, type: string): Edits;
  /** Bind map `name` as the port's `map` (SONiC PORT_QOS_MAP field, e.g. pfc_to_queue_map) — `port` as keyed in the file. */
  bindPortQosMap(port: string, map: string, name: string): Edits;
  /** Remove the port's `map` binding. */
  unbindPortQosMap(port: string, map: string): Edits;
  /** Set the port's PFC priority list to the value as written elsewhere in the file (SONiC PORT_QOS_MAP pfc_enable). */
  setPortPfcEnable(port: string, value: string): Edits;

  // ---- Located values --------------------------------------------------------------------------
  /** Make a reference at `loc` name `name` instead (only the name is replaced). */
  renameReference(loc: Loc, name: string): Edits;
  /** Remove the setting at `loc` (with its whole section when `block` is given). */
  removeSetting(loc: Loc, block?: Block): Edits;
}
