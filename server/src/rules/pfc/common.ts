import { pushTo } from '../../model/group';
/**
 * Shared facts for the PFC rules: the PFC state of an interface as it takes effect, the lossless set of
 * a device, and link ends with NX-OS `mode auto` resolved against the peer.
 * Everything here reads the model only.
 */
import { memoize } from '../../model/memo';
import type { Loc, Located } from '../../model/location';
import type { Device, Fabric, Interface, PfcMode, PolicyMap } from '../../model/types';
import { resolvedLinks, type LinkEnds } from '../support/links';
import { uniqueSorted } from '../support/sets';
import type { RuleContext } from '../types';

export interface PfcState {
  mode: PfcMode;
  /** The line that decides it (the interface's mode line, EOS `priority-flow-control all off`, or the header). */
  loc: Loc;
  /** True when EOS `priority-flow-control all off` overrides the interface's own `on`. */
  allOff: boolean;
}

/** The interface's PFC switch as it takes effect (EOS `priority-flow-control all off` wins over `on`). */
export function pfcState(device: Device, iface: Interface): PfcState {
  const all = device.qos.pfcAllOff;
  if (all?.value && iface.pfc.mode.value !== 'off') return { mode: 'off', loc: all.loc, allOff: true };
  return { mode: iface.pfc.mode.value, loc: iface.pfc.mode.loc, allOff: false };
}

/** The no-drop priorities the interface declares (EOS lines / NX-OS system network-qos), unique and sorted. */
export function declaredSet(iface: Interface): number[] {
  return uniqueSorted(iface.pfc.noDropPriorities.map((p) => p.value));
}

/**
 * Priorities that are lossless on the interface by its own configuration: PFC `on` (or `auto` where it
 * means DCBX negotiation, which still depends on the peer) and at least one no-drop priority. Empty otherwise.
 */
export function losslessSet(device: Device, iface: Interface): number[] {
  const st = pfcState(device, iface);
  if (st.mode === 'off') return [];
  if (st.mode === 'auto' && !device.qos.pfcBehaviour.autoNegotiates) return [];
  return declaredSet(iface);
}

/** Interfaces that carry PFC (on, with a no-drop priority). NX-OS `auto` is not counted: it only may. */
export function pfcInterfaces(device: Device): Interface[] {
  const out: Interface[] = [];
  for (const iface of device.interfaces.values()) {
    if (pfcState(device, iface).mode === 'on' && declaredSet(iface).length > 0) out.push(iface);
  }
  return out;
}

/** The device-wide lossless set and the line that declares it. */
export interface DeviceLossless {
  set: number[];
  /** Where the set is declared: NX-OS `pause pfc-cos` line, EOS the first interface's no-drop line. */
  loc: Loc;
  /** Interfaces that use this set (EOS); empty on NX-OS, where the set is device-wide. */
  interfaces: Interface[];
}

/**
 * The lossless priorities of a device: where they are declared device-wide, that set (NX-OS the system
 * network-qos `pause pfc-cos` values), when any interface is not off; else the set used by most PFC
 * interfaces. Undefined when the device has none.
 */
export const deviceLossless = memoize(function deviceLossless(device: Device): DeviceLossless | undefined {
  if (device.qos.pfcBehaviour.scope === 'device') {
    const nd = device.qos.noDropPriorities;
    if (nd.length === 0) return undefined;
    const anyUp = [...device.interfaces.values()].some((i) => pfcState(device, i).mode !== 'off');
    if (!anyUp) return undefined;
    return { set: uniqueSorted(nd.map((p) => p.value)), loc: nd[0]!.loc, interfaces: [] };
  }
  const byKey = new Map<string, Interface[]>();
  for (const iface of pfcInterfaces(device)) {
    const k = declaredSet(iface).join(',');
    pushTo(byKey, k, iface);
  }
  let best: Interface[] | undefined;
  for (const list of byKey.values()) if (!best || list.length > best.length) best = list;
  if (!best) return undefined;
  const first = best[0]!;
  return { set: declaredSet(first), loc: first.pfc.noDropPriorities[0]!.loc, interfaces: best };
});

/** Every priority that is lossless somewhere on the device (union over interfaces / the system set). */
export const deviceUnion = memoize(function deviceUnion(device: Device): Located<number>[] {
  const seen = new Map<number, Located<number>>();
  if (device.qos.pfcBehaviour.scope === 'device') {
    if (!deviceLossless(device)) return [];
    for (const p of device.qos.noDropPriorities) if (!seen.has(p.value)) seen.set(p.value, p);
  } else {
    for (const iface of pfcInterfaces(device)) for (const p of iface.pfc.noDropPriorities) if (!seen.has(p.value)) seen.set(p.value, p);
  }
  return [...seen.values()].sort((a, b) => a.value - b.value);
});

/**
 * Lossless classes of the device: internal class (EOS traffic class = PFC priority; NX-OS qos-group of
 * the network-qos class that pauses) → the priorities paused for it and the line that declares it.
 */
export interface LosslessClass {
  cls: number;
  priorities: number[];
  loc: Loc;
  /** NX-OS network-qos class name (c-8q-nq3). */
  systemClass?: string;
}

export const losslessClasses = memoize(function losslessClasses(device: Device): LosslessClass[] {
  if (device.qos.pfcBehaviour.scope === 'device') {
    if (!deviceLossless(device)) return [];
    const pm = systemNetworkQos(device);
    if (!pm) return [];
    const out: LosslessClass[] = [];
    for (const pc of pm.classes) {
      if (!pc.pausePfcCos || pc.pausePfcCos.value.length === 0) continue;
      // The reader names the qos-group a network-qos class serves (c-8q-nq3, or `match qos-group 3`).
      const n = pc.qosGroup?.value;
      if (n === undefined) continue;
      out.push({ cls: n, priorities: uniqueSorted(pc.pausePfcCos.value), loc: pc.pausePfcCos.loc, systemClass: pc.name });
    }
    return out;
  }
  return deviceUnion(device).map((p) => ({ cls: p.value, priorities: [p.value], loc: p.loc }));
});

/** The network-qos policy attached under `system qos`, if any. */
export function systemNetworkQos(device: Device): PolicyMap | undefined {
  const ref = device.qos.systemPolicies.find((p) => p.value.type === 'network-qos');
  if (!ref) return undefined;
  return device.qos.policyMaps.find((pm) => pm.type === 'network-qos' && pm.name === ref.value.name);
}

// ---------------------------------------------------------------------------------------------
// Links

export interface PfcEnd {
  device: Device;
  iface: Interface;
  state: PfcState;
  /** Priorities lossless on this end once `auto` is resolved against the peer. */
  effective: number[];
  /** This end is at `auto` (DCBX) and the peer does not advertise PFC through DCBX to it. */
  autoUnresolved: boolean;
}

export interface PfcLink {
  ends: LinkEnds;
  a: PfcEnd;
  b: PfcEnd;
}

/**
 * `mode auto` (NX-OS) enables PFC only when DCBX negotiates it. A peer that advertises its no-drop
 * priorities by default (NX-OS `on` or `auto`: LLDP and DCBX are on) leads the auto end to follow it;
 * a peer that runs DCBX only when configured (EOS, IOS; not modelled) leaves an auto end without PFC.
 */
export const pfcLinks = memoize(function pfcLinks(fabric: Fabric): PfcLink[] {
  const out: PfcLink[] = [];
  for (const ends of resolvedLinks(fabric)) {
    const l = pfcLinkOf(ends);
    if (l) out.push(l);
  }
  return out;
});

/** The PFC view of the links a run judges (linksOf): for rules that read one link at a time. */
export function pfcLinksOf(ctx: RuleContext): readonly PfcLink[] {
  if (!ctx.judgingLinks) return pfcLinks(ctx.fabric);
  const out: PfcLink[] = [];
  for (const ends of ctx.judgingLinks) {
    const l = pfcLinkOf(ends);
    if (l) out.push(l);
  }
  return out;
}

/** Both ends' PFC state, `auto` resolved against the peer; undefined for a link from an interface to itself. */
const pfcLinkOf = memoize(function pfcLinkOf(ends: LinkEnds): PfcLink | undefined {
  if (ends.a.device === ends.b.device && ends.a.iface === ends.b.iface) return undefined;
  const sa = pfcState(ends.a.device, ends.a.iface);
  const sb = pfcState(ends.b.device, ends.b.iface);
  const end = (self: LinkEnds['a'], st: PfcState, peer: LinkEnds['a'], peerSt: PfcState): PfcEnd => {
    const own = losslessSet(self.device, self.iface);
    if (st.mode !== 'auto') return { device: self.device, iface: self.iface, state: st, effective: own, autoUnresolved: false };
    const negotiates = peer.device.qos.pfcBehaviour.advertisesByDefault && peerSt.mode !== 'off';
    return { device: self.device, iface: self.iface, state: st, effective: negotiates ? own : [], autoUnresolved: !negotiates };
  };
  return { ends, a: end(ends.a, sa, ends.b, sb), b: end(ends.b, sb, ends.a, sa) };
});
