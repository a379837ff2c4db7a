/**
 * The per-hop behaviour (PHB) a DSCP code point gets on a device, and on each of its ports: lossless on
 * PFC priority p, strict priority, ECN-marked, best effort, dropped or remarked. This is the meaning of the QoS
 * contract, derived from the vendor-neutral model only (classification → class → PFC priority → queue),
 * so that devices that write it with different local numbers (EOS traffic-class 6, NX-OS qos-group 7,
 * Junos queue 4) can be compared. Traffic classes, qos-groups and queues stay local names: they are kept
 * here for display, never for comparison across platforms.
 *
 * Every behaviour is located: the line that classifies the code point, the line that makes it lossless or
 * lossy on the port, the line that schedules its queue, so a finding can point at the line that breaks it.
 */
import { deviceRoles, type InterfaceRoleKind } from './interface-roles';
import { memoizeAround } from './neighbourhood';
import { memoize } from './memo';
import type { Loc, Located, Setting } from './location';
import type { Device, Fabric, Interface, QueueConfig } from './types';

export type LossyReason =
  /** PFC is off on the port (or `priority-flow-control all off`). */
  | 'pfc-off'
  /** The class the code point lands in is paused by no priority (NX-OS qos-group without `pause pfc-cos`). */
  | 'class-not-paused'
  /** The class' priority is not no-drop on the port. */
  | 'priority-not-no-drop';

export interface HopBehaviour {
  dscp: number;
  /** The port classifies by CoS only (or trusts CoS): the DSCP does not decide the class here. */
  byCos: boolean;
  /** Local class (EOS traffic class, NX-OS qos-group, Junos queue, SONiC TC, Cumulus switch priority). */
  cls: number;
  /** Local egress queue. */
  queue: number;
  /** The PFC priority that pauses the code point here; undefined when it is lossy here. */
  pausedOn?: number;
  lossyBecause?: LossyReason;
  strict: boolean;
  /** Strict by the platform's default for a queue without a scheduling line (EOS tx-queues), not by a line. */
  strictByDefault?: boolean;
  ecn: boolean;
  /** WRED drops (not marks) on the queue. */
  wredDrop: boolean;
  /** The DSCP the ingress policy rewrites it to, when it does. */
  remarkedTo?: number;
  /**
   * When remarked: the meaning (`fabricMeaning`) the new code point gets on this same port. The next hop
   * classifies the new value; when it means the same here (DSCP 26 → 24, both lossless on priority 3), the
   * remark keeps the contract and is not a break.
   */
  remarkedMeaning?: string;
  /** When remarked: the new code point's behaviour on this port, in words. */
  remarkedAs?: string;
  /** The ingress policy drops it (a class with `drop`, or a policer that drops what conforms). */
  dropped?: boolean;
  dropAt?: Loc;
  /** The line that puts the code point in its class (a defaulted one points at the section it falls through). */
  classifiedAt: Loc;
  classDefaulted: boolean;
  /** The port line that attaches the classification (service-policy, trust), when there is one. */
  attachedAt?: Loc;
  /** When lossless, the no-drop line; when lossy, the line (or header) that leaves it lossy. */
  pfcAt: Loc;
  /** The queue's settings (tx-queue / queuing class / scheduler), when configured. */
  queueAt?: Loc;
  /** The line that decides the queue's scheduling (`priority strict`, `no priority` here or on a higher queue), when one does. */
  scheduledAt?: Loc;
  /**
   * A lossy code point whose queue is strict, but below a strict lossless queue of the port (EOS serves strict
   * tx-queues highest number first): it waits behind that lossless data, so it is not prioritised (`strict` is false).
   */
  belowLosslessQueue?: number;
  remarkAt?: Loc;
}

export type BehaviourKind = 'lossless' | 'strict' | 'ecn' | 'best-effort' | 'remarked' | 'dropped' | 'by-cos';

/** The headline of a behaviour: dropped, else remarked, else lossless, else strict, else ECN-marked, else best effort. */
export function behaviourKind(b: HopBehaviour): BehaviourKind {
  if (b.byCos) return 'by-cos';
  if (b.dropped) return 'dropped';
  if (b.remarkedTo !== undefined && b.remarkedTo !== b.dscp) return 'remarked';
  if (b.pausedOn !== undefined) return 'lossless';
  if (b.strict) return 'strict';
  if (b.ecn) return 'ecn';
  return 'best-effort';
}

/** "lossless on priority 3, ECN-marked", "lossy, strict priority", "best effort", "remarked to DSCP 0, best effort". */
export function describeBehaviour(b: HopBehaviour): string {
  if (b.byCos) return 'classified by CoS, not by DSCP';
  if (b.dropped) return 'dropped by the ingress policy';
  const parts: string[] = [];
  parts.push(b.pausedOn !== undefined ? `lossless on priority ${b.pausedOn}` : b.strict || b.ecn ? 'lossy' : 'best effort');
  if (b.belowLosslessQueue !== undefined) parts.push(`in a strict-priority queue below lossless queue ${b.belowLosslessQueue}`);
  if (b.strict) parts.push(b.strictByDefault ? 'strict priority (platform default)' : 'strict priority');
  if (b.ecn) parts.push('ECN-marked');
  else if (b.wredDrop) parts.push('WRED drop');
  // The class is the original code point's; the next hop classifies the new one.
  if (b.remarkedTo !== undefined && b.remarkedTo !== b.dscp)
    parts.push(`then remarked to DSCP ${b.remarkedTo}${b.remarkedAs ? ` (which this port makes ${b.remarkedAs})` : ''}`);
  return parts.join(', ');
}

/** The local names of a behaviour, for display only: "traffic-class 3 → queue 3". */
export function localNames(device: Device, b: HopBehaviour): string {
  const cls =
    device.dialect === 'eos'
      ? 'traffic-class'
      : device.dialect === 'nxos' || device.dialect === 'ios'
        ? 'qos-group'
        : device.dialect === 'nvue'
          ? 'switch-priority'
          : device.dialect === 'junos'
            ? 'forwarding-class queue'
            : 'TC';
  if (device.dialect === 'junos' || (device.dialect === 'nxos' && b.cls === b.queue)) return `${cls} ${b.cls}`;
  return `${cls} ${b.cls} → queue ${b.queue}`;
}

// ---------------------------------------------------------------------------------------------

const DATA_KINDS = new Set<Interface['kind']>(['physical', 'port-channel', 'subinterface']);

/** Ports that carry traffic: up physical ports, port-channels and subinterfaces, not members of a port-channel. */
function isTrafficPort(iface: Interface): boolean {
  return DATA_KINDS.has(iface.kind) && iface.adminUp.value && !iface.channelGroup;
}

/** PFC mode as it takes effect: EOS `priority-flow-control all off` wins; NX-OS `auto` may negotiate, others' never. */
function pfcOn(device: Device, iface: Interface): { on: boolean; loc: Loc } {
  const all = device.qos.pfcAllOff;
  if (all?.value && iface.pfc.mode.value !== 'off') return { on: false, loc: all.loc };
  const m = iface.pfc.mode;
  return { on: m.value === 'on' || (m.value === 'auto' && device.dialect === 'nxos'), loc: m.loc };
}

/** A port runs PFC with at least one no-drop priority: it carries lossless traffic. */
export function isLosslessPort(device: Device, iface: Interface): boolean {
  return isTrafficPort(iface) && pfcOn(device, iface).on && iface.pfc.noDropPriorities.length > 0;
}

function priorityOf(device: Device, cls: number): Located<number> | undefined | null {
  const t = device.qos.classToPriority;
  if (!t) return null;
  return t[cls];
}

function queueConfig(device: Device, iface: Interface | undefined, queue: number): QueueConfig | undefined {
  return iface?.queues.find((q) => q.queue === queue) ?? device.qos.queues.find((q) => q.queue === queue);
}

function anchorOf(device: Device, iface: Interface | undefined): Loc {
  if (iface) return iface.block.header;
  return device.hostnameLoc ?? { uri: device.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/**
 * The behaviour of a code point on one port of the device (traffic entering there is classified by the
 * port; PFC and the egress queue are the port's), or device-wide when `iface` is undefined (the device's
 * tables and its device-wide no-drop priorities).
 */
export function hopBehaviour(device: Device, iface: Interface | undefined, dscp: number, followRemark = true): HopBehaviour {
  // A Device and its interfaces never change once read, so each answer is kept with the port (or the device) asked.
  const slot = followRemark ? dscp : dscp + 64;
  const owner = iface ?? device;
  let kept = behaviours.get(owner);
  if (!kept) {
    kept = [];
    behaviours.set(owner, kept);
  }
  for (let i = 0; i < kept.length; i += 2) if (kept[i] === slot) return kept[i + 1] as HopBehaviour;
  const b = Object.freeze(computeHopBehaviour(device, iface, dscp, followRemark));
  kept.push(slot, b);
  return b;
}

/**
 * Per port (or device, for its device-wide tables): pairs of slot (the DSCP, or 64 + the DSCP without remarking) and
 * its behaviour. Pairs, not an array indexed by slot: a port is asked of the contract's two or three code points, and
 * an array indexed by DSCP 48 holds 50 to 90 slots; across a fabric's ports that was most of the rules' memory.
 */
const behaviours = new WeakMap<object, (number | HopBehaviour)[]>();

function computeHopBehaviour(device: Device, iface: Interface | undefined, dscp: number, followRemark: boolean): HopBehaviour {
  const anchor = anchorOf(device, iface);
  const c = iface?.classification;
  const trust = iface?.qosTrust;
  let byCos = c?.byCos ?? false;
  let setting: Setting<number> | undefined = c ? c.dscpToClass[dscp] : device.qos.dscpToClass[dscp];
  let attachedAt: Loc | undefined = c?.policy?.loc;
  if (!c && trust && trust.value !== 'dscp') {
    // A port that trusts CoS classifies by the frame's PCP; one that trusts nothing puts all in CoS 0's class.
    attachedAt = trust.loc;
    if (trust.value === 'cos') byCos = true;
    else setting = device.qos.cosToClass[0] ?? { value: 0, loc: trust.loc, defaulted: true };
  } else if (!c && trust && !trust.defaulted) attachedAt = trust.loc;
  // Unmapped: the platform's default class (0), pointing at the port (or device) that leaves it so. A code
  // point that only class-default catches is not classified by a line of its own either.
  const cls = setting?.value ?? 0;
  const classifiedAt = setting?.loc ?? anchor;
  const classDefaulted = !setting || setting.defaulted || classDefaultLines(device).has(lineKey(setting.loc));
  const queue = device.qos.classToQueue[cls]?.value ?? cls;

  const b: HopBehaviour = { dscp, byCos, cls, queue, strict: false, ecn: false, wredDrop: false, classifiedAt, classDefaulted, pfcAt: anchor };
  if (attachedAt) b.attachedAt = attachedAt;
  // A port that trusts CoS or nothing runs no DSCP policy: nothing remarks or drops by DSCP there.
  const ownTable = c !== undefined || !trust || trust.value === 'dscp';
  // An egress rewrite (by class, applied last) wins over an ingress `set dscp`.
  const remark = iface?.egressDscpRewrite?.[cls] ?? (c ? c.remark[dscp] : ownTable ? device.qos.dscpRemark?.[dscp] : undefined);
  const drop = c ? c.drop?.[dscp] : ownTable ? device.qos.dscpDrop?.[dscp] : undefined;
  if (drop?.value) {
    b.dropped = true;
    b.dropAt = drop.loc;
  }

  // Lossless: the class' priority is no-drop on a port that runs PFC.
  const prio = priorityOf(device, cls);
  const p = prio === null ? cls : prio?.value;
  if (iface) {
    const st = pfcOn(device, iface);
    const nd = p === undefined ? undefined : iface.pfc.noDropPriorities.find((x) => x.value === p);
    if (!st.on) Object.assign(b, { lossyBecause: 'pfc-off', pfcAt: st.loc });
    else if (p === undefined) Object.assign(b, { lossyBecause: 'class-not-paused', pfcAt: classifiedAt });
    else if (!nd) Object.assign(b, { lossyBecause: 'priority-not-no-drop', pfcAt: iface.pfc.noDropPriorities[0]?.loc ?? st.loc });
    else Object.assign(b, { pausedOn: p, pfcAt: nd.loc });
  } else {
    const nd = p === undefined ? undefined : device.qos.noDropPriorities.find((x) => x.value === p);
    if (p === undefined) Object.assign(b, { lossyBecause: 'class-not-paused', pfcAt: classifiedAt });
    else if (!nd)
      Object.assign(b, {
        lossyBecause: device.qos.noDropPriorities.length ? 'priority-not-no-drop' : 'pfc-off',
        pfcAt: device.qos.noDropPriorities[0]?.loc ?? anchor,
      });
    else Object.assign(b, { pausedOn: p, pfcAt: nd.loc });
  }

  const q = queueConfig(device, iface, queue);
  const sched = queueStrict(device, iface, queue);
  const above = sched.strict && b.pausedOn === undefined && device.qos.strictPriority === 'ladder' ? strictLosslessQueueAbove(device, iface, queue) : undefined;
  if (above !== undefined) b.belowLosslessQueue = above;
  else if (sched.strict) b.strict = true;
  if (sched.strict && sched.byDefault) b.strictByDefault = true;
  if (sched.at) b.scheduledAt = sched.at;
  if (q) {
    if (q.ecn?.value.ecn) b.ecn = true;
    if (q.wredDrop) b.wredDrop = true;
    const at = q.block?.header ?? q.strictPriority?.loc ?? q.ecn?.loc ?? q.wredDrop?.loc;
    if (at) b.queueAt = at;
  }
  if (remark && remark.value !== dscp) {
    b.remarkedTo = remark.value;
    b.remarkAt = remark.loc;
    // One level only: the new code point's own remark is the next hop's business.
    if (followRemark) {
      const next = hopBehaviour(device, iface, remark.value, false);
      b.remarkedMeaning = fabricMeaning(next);
      b.remarkedAs = describeBehaviour(next);
    }
  }
  return b;
}

/**
 * On a platform that serves strict queues by number (EOS), the highest strict queue above `queue` that carries a
 * class paused on one of the port's (or, device-wide, the device's) no-drop priorities; undefined when none.
 */
export function strictLosslessQueueAbove(device: Device, iface: Interface | undefined, queue: number): number | undefined {
  const noDrop = new Set((iface ? iface.pfc.noDropPriorities : device.qos.noDropPriorities).map((p) => p.value));
  let best: number | undefined;
  for (let cls = 0; cls < 8; cls++) {
    const prio = priorityOf(device, cls);
    const p = prio === null ? cls : prio?.value;
    if (p === undefined || !noDrop.has(p)) continue;
    const q = device.qos.classToQueue[cls]?.value ?? cls;
    if (q > queue && queueStrict(device, iface, q).strict && (best === undefined || q > best)) best = q;
  }
  return best;
}

/**
 * Whether the queue is strict priority at this port: its own `priority` line, else the platform's default for
 * an unconfigured queue (`DeviceQos.strictPriority` 'ladder', EOS: strict, unless this queue or a higher one says `no priority`, since EOS serves
 * strict queues above round-robin ones and a `no priority` makes every lower queue round-robin too — notes §1.1,
 * Arista EOS User Manual, "Transmit queues and port shaping"; the same reading as qos/cnp-not-priority).
 */
export function queueStrict(device: Device, iface: Interface | undefined, queue: number): { strict: boolean; byDefault: boolean; at?: Loc } {
  const configs = [...(iface?.queues ?? []), ...device.qos.queues];
  if (device.qos.strictPriority === 'ladder') {
    // The queue's own `no priority` first, else the lowest higher queue's that drags it down.
    const rr = configs.filter((x) => x.queue >= queue && x.strictPriority && !x.strictPriority.value).sort((a, b) => a.queue - b.queue)[0];
    if (rr) return { strict: false, byDefault: false, at: rr.strictPriority!.loc };
    const own = configs.find((x) => x.queue === queue && x.strictPriority);
    return own ? { strict: true, byDefault: false, at: own.strictPriority!.loc } : { strict: true, byDefault: true };
  }
  const own = queueConfig(device, iface, queue)?.strictPriority;
  return own ? { strict: own.value, byDefault: false, at: own.loc } : { strict: false, byDefault: false };
}

function lineKey(loc: Loc): string {
  return `${loc.uri}#${loc.range.start.line}`;
}

/** The `set` lines of class-default classes: what they classify falls through every class of its own. */
const classDefaultLines = memoize(function classDefaultLines(device: Device): Set<string> {
  const out = new Set<string>();
  for (const pm of device.qos.policyMaps) {
    for (const c of pm.classes) {
      if (c.name.toLowerCase() !== 'class-default') continue;
      const set = c.setQosGroup ?? c.setTrafficClass;
      if (set) out.add(lineKey(set.loc));
    }
  }
  return out;
});

/**
 * Lossless ports chosen by PFC mode alone: the ones whose PFC a line turns on (NX-OS ports left at the default
 * `mode auto` are mostly host ports that may negotiate), else all lossless ports, else the traffic ports.
 */
const pfcModePorts = memoize(function pfcModePorts(device: Device): Interface[] {
  const all = [...device.interfaces.values()];
  const lossless = all.filter((i) => isLosslessPort(device, i));
  const configured = lossless.filter((i) => !i.pfc.mode.defaulted);
  if (configured.length > 0) return configured;
  return lossless.length > 0 ? lossless : all.filter(isTrafficPort);
});

/** The roles whose ports carry RoCE between devices: links to other switches, and a leaf's host ports where it enters. */
const CONTRACT_ROLES = new Set<InterfaceRoleKind>(['fabric', 'host']);

/** Reads the device's interface roles, hence its neighbourhood: kept while the device and its neighbourhood are the same. */
const carryingPortsIn = memoizeAround(function carryingPorts(fabric: Fabric, device: Device): Interface[] {
  // Peer-links, management ports and ports of unknown role (a /31 to a router outside the workspace) do not
  // speak for the contract the device keeps with the fabric; its fabric- and host-facing lossless ports do.
  const roles = deviceRoles(fabric, device);
  const roled = [...device.interfaces.values()].filter((i) => isLosslessPort(device, i) && CONTRACT_ROLES.has(roles.get(i)?.role ?? 'unknown'));
  if (roled.length === 0) return pfcModePorts(device);
  const configured = roled.filter((i) => !i.pfc.mode.defaulted);
  return configured.length > 0 ? configured : roled;
});

/**
 * Ports whose behaviour speaks for the device: its fabric- and host-facing lossless ports (those whose PFC a
 * line turns on first), when the fabric's interface roles name some; otherwise the ports chosen by PFC mode.
 */
export function carryingPorts(device: Device, fabric?: Fabric): Interface[] {
  return fabric ? carryingPortsIn(fabric, device) : pfcModePorts(device);
}

/** A device carries RoCE when some port runs PFC with a no-drop priority (or, without ports, the device declares one). */
export const carriesLossless = memoize(function carriesLossless(device: Device): { value: boolean } {
  if (device.interfaces.size === 0) return { value: device.qos.noDropPriorities.length > 0 };
  return { value: [...device.interfaces.values()].some((i) => isLosslessPort(device, i)) };
});

/** A signature of what matters across hops: dropped, else lossless or not, on which priority; CoS-classified apart. */
export function meaningKey(b: HopBehaviour): string {
  if (b.byCos) return 'cos';
  if (b.dropped) return 'drop';
  return b.pausedOn === undefined ? 'lossy' : `p${b.pausedOn}`;
}

/**
 * The meaning of the contract (see the rule pages of qos/dscp-map-drift and qos/contract-link-break): the
 * pause (lossless on which priority, or lossy, or dropped) and, for a lossy code point only, whether it is
 * prioritised (strict). How a lossless data class is scheduled (strict or weighted) is a local choice that
 * differs between vendors without breaking anything; a lossy CNP that waits behind data does.
 */
export function fabricMeaning(b: HopBehaviour): string {
  const k = meaningKey(b);
  return k === 'lossy' && b.strict ? 'lossy|strict' : k;
}

/** The port rewrites the code point to one that means something else here (and so at a next hop configured alike). */
export function remarkBreaks(b: HopBehaviour): boolean {
  return b.remarkedTo !== undefined && b.remarkedMeaning !== undefined && b.remarkedMeaning !== fabricMeaning(b);
}

/**
 * What a code point means across a link: its pause here (`meaningKey`), marked "remarked" when the port
 * rewrites it to a code point that means something else (the next hop classifies the new value).
 */
export function forwardedMeaning(b: HopBehaviour): string {
  const own = meaningKey(b);
  return remarkBreaks(b) ? `${own}>${b.remarkedTo}` : own;
}

/**
 * The device's behaviour for a code point: the one most of its carrying ports give (ties: the lossless
 * one, then the first port), with the ports that give it. Device-wide tables when it has no port. Given the
 * fabric, the carrying ports are the fabric- and host-facing ones (see `carryingPorts`).
 */
export function deviceBehaviour(device: Device, dscp: number, fabric?: Fabric): DeviceBehaviour {
  const table = fabric ? deviceBehavioursIn(fabric, device) : deviceBehavioursAlone(device);
  return (table.byDscp[dscp] ??= computeDeviceBehaviour(device, dscp, fabric));
}

export interface DeviceBehaviour {
  behaviour: HopBehaviour;
  ports: Interface[];
  of: number;
}

/** Each DSCP's device behaviour, kept with the device (and, given the fabric, its neighbourhood: carryingPorts). */
const deviceBehavioursIn = memoizeAround((): { byDscp: DeviceBehaviour[] } => ({ byDscp: [] }));
const deviceBehavioursAlone = memoize((_device: Device): { byDscp: DeviceBehaviour[] } => ({ byDscp: [] }));

function computeDeviceBehaviour(device: Device, dscp: number, fabric?: Fabric): DeviceBehaviour {
  // A port that attaches no classifying policy is a fault of that port (reported on its links), not the
  // device's contract; when every port is such, the device's own tables speak for it.
  const ports = carryingPorts(device, fabric).filter((i) => !i.classification || i.classification.policy);
  if (ports.length === 0) return { behaviour: hopBehaviour(device, undefined, dscp), ports: [], of: 0 };
  const groups = new Map<string, { b: HopBehaviour; ports: Interface[] }>();
  for (const i of ports) {
    const b = hopBehaviour(device, i, dscp);
    const k = `${meaningKey(b)}|${b.strict}`;
    const g = groups.get(k);
    if (g) g.ports.push(i);
    else groups.set(k, { b, ports: [i] });
  }
  // Most ports win; on a tie the lossless behaviour, then the one a line of the config classifies (a port
  // that lost its classifying policy is the odd one out, reported on its own link).
  const rank = (g: { b: HopBehaviour; ports: Interface[] }): number[] => [g.ports.length, g.b.pausedOn !== undefined ? 1 : 0, g.b.classDefaulted ? 0 : 1];
  const better = (x: number[], y: number[]): boolean => (x[0]! !== y[0]! ? x[0]! > y[0]! : x[1]! !== y[1]! ? x[1]! > y[1]! : x[2]! > y[2]!);
  let best: { b: HopBehaviour; ports: Interface[] } | undefined;
  for (const g of groups.values()) if (!best || better(rank(g), rank(best))) best = g;
  return { behaviour: best!.b, ports: best!.ports, of: ports.length };
}

// ---------------------------------------------------------------------------------------------
// The contract

/** RoCE data and CNP code points that are conventional when nothing else names them (notes §0.4). */
export const CONVENTIONAL_ROCE_DSCP = 26;
export const CONVENTIONAL_CNP_DSCP = 48;

export interface ContractPoint {
  dscp: number;
  /** The intent class, else 'roce' / 'cnp'. */
  name: string;
  /** What the contract expects of it, when the intent says so (lossless, strict). */
  lossless?: boolean;
  /** Where it comes from: the intent, lossless somewhere in the fabric, or the convention. */
  source: 'intent' | 'seen-lossless' | 'conventional';
}

/** The part of the intent the contract reads (structural, so the model does not depend on the intent module). */
export interface ContractIntent {
  classes?: Record<string, { dscp: number[] | 'other'; lossless?: boolean }>;
}

/** DSCPs lossless on some carrying port of the device (CoS-classified ports say nothing of DSCP). */
export const losslessDscps = memoize(function losslessDscps(device: Device): number[] {
  if (!carriesLossless(device).value) return [];
  const out = new Set<number>();
  const ports = device.interfaces.size === 0 ? [undefined] : carryingPorts(device);
  // Ports that share the classification table and the no-drop set behave alike: one computation each.
  const seen = new Set<string>();
  const tableIds = new Map<object, number>();
  for (const i of ports) {
    const table: object = i?.classification?.dscpToClass ?? device.qos.dscpToClass;
    if (!tableIds.has(table)) tableIds.set(table, tableIds.size);
    const key = i ? `${tableIds.get(table)}|${i.qosTrust?.value ?? ''}|${i.pfc.mode.value}|${i.pfc.noDropPriorities.map((p) => p.value).join(',')}` : 'device';
    if (seen.has(key)) continue;
    seen.add(key);
    for (let d = 0; d < 64; d++) {
      const b = hopBehaviour(device, i, d);
      if (!b.byCos && b.pausedOn !== undefined && !b.classDefaulted) out.add(d);
    }
  }
  return [...out].sort((a, b) => a - b);
});

function* seenLossless(fabric: Fabric): Iterable<number> {
  for (const device of fabric.devices.values()) yield* losslessDscps(device);
}

/**
 * The code points of the QoS contract: the intent's classes with DSCP lists; without them, the DSCPs
 * some device classifies (by its own lines) into a lossless class, else DSCP 26, plus CNP 48. `seen` gives those
 * DSCPs (each device's losslessDscps, in any order) when the caller keeps them from one fabric to the next.
 */
export function contractCodePoints(
  fabric: Fabric,
  intent: ContractIntent | undefined,
  seen: () => Iterable<number> = () => seenLossless(fabric),
): ContractPoint[] {
  const out = new Map<number, ContractPoint>();
  for (const [name, c] of Object.entries(intent?.classes ?? {})) {
    if (!Array.isArray(c.dscp)) continue;
    for (const d of c.dscp) if (!out.has(d)) out.set(d, { dscp: d, name, ...(c.lossless !== undefined ? { lossless: c.lossless } : {}), source: 'intent' });
  }
  if (out.size > 0) return [...out.values()].sort((a, b) => a.dscp - b.dscp);
  for (const d of seen()) if (d !== CONVENTIONAL_CNP_DSCP && !out.has(d)) out.set(d, { dscp: d, name: 'roce', source: 'seen-lossless' });
  if (out.size === 0) out.set(CONVENTIONAL_ROCE_DSCP, { dscp: CONVENTIONAL_ROCE_DSCP, name: 'roce', source: 'conventional' });
  out.set(CONVENTIONAL_CNP_DSCP, { dscp: CONVENTIONAL_CNP_DSCP, name: 'cnp', source: 'conventional' });
  return [...out.values()].sort((a, b) => a.dscp - b.dscp);
}
