/**
 * The device's QoS from what the NVUE lines set (QosState), over the Cumulus defaults and those of `nv set qos roce`:
 * switch priority (SP) is the model's class, traffic class (TC) its queue.
 */
import { defaulted, explicit, located, type Loc, type Located, type Setting } from '../../model/location';
import type { DeviceQos, PfcWatchdog, QueueConfig, QueueEcn } from '../../model/types';
import { PER_PORT_QOS } from '../../model/qos-behaviour';
import { ZERO, type Ctx } from './context';

/** `nv set qos roce` defaults [CL-ROCE]; thresholds in bytes. */
export const CUMULUS_ROCE = { losslessSp: 3, cnpSp: 6, roceDscp: 26, cnpDscp: 48, ecnMin: 150000, ecnMax: 1500000, probability: 100 } as const;
/** PFC watchdog defaults [CL-QOS]: poll 100 ms, robustness 3. */
export const CUMULUS_WATCHDOG = { poll: 0.1, robustness: 3 } as const;

export interface QosState {
  roce?: { mode: string; loc: Loc };
  /** PFC profile name → switch priorities and the line that set them. */
  pfcProfiles: Map<string, Located<number[]>>;
  /** Interface → bound PFC profile. */
  pfcBinding: Map<string, Located<string>>;
  dscp: (Setting<number> | undefined)[];
  pcp: (Setting<number> | undefined)[];
  spToTc: (Setting<number> | undefined)[];
  trust?: Located<'dscp' | 'cos' | 'none' | 'both'>;
  queues: Map<number, QueueConfig>;
  ecnRaw: Map<number, { enable?: Located<boolean>; min?: Located<number>; max?: Located<number>; prob?: Located<number> }>;
  watchdogIfaces: Located<string>[];
  wdPoll?: Located<number>;
}

export function newQosState(): QosState {
  return { pfcProfiles: new Map(), pfcBinding: new Map(), dscp: [], pcp: [], spToTc: [], queues: new Map(), ecnRaw: new Map(), watchdogIfaces: [] };
}

export function queue(qs: QosState, tc: number, loc: Loc): QueueConfig {
  let qc = qs.queues.get(tc);
  if (!qc) qs.queues.set(tc, (qc = { queue: tc, block: { header: loc, end: loc.range.end, childIndent: '' } }));
  return qc;
}

export function buildQos(ctx: Ctx, qs: QosState): DeviceQos {
  const roce = qs.roce;
  const lossless = roce !== undefined && /^lossless/.test(roce.mode);
  const dscpToClass: (Setting<number> | undefined)[] = [];
  const cosToClass: (Setting<number> | undefined)[] = [];
  const classToQueue: (Setting<number> | undefined)[] = [];
  const fileStart: Loc = { uri: ctx.uri, range: { start: ZERO, end: ZERO } };
  // Cumulus defaults without `qos roce` (qos_features.conf): DSCP by eights and PCP n → SP n, SP n → TC n.
  const base = roce?.loc ?? fileStart;
  for (let d = 0; d < 64; d++) dscpToClass[d] = defaulted(d >> 3, base);
  for (let p = 0; p < 8; p++) cosToClass[p] = defaulted(p, base);
  for (let sp = 0; sp < 8; sp++) classToQueue[sp] = defaulted(sp, base);
  if (roce) {
    // The RoCE global table maps DSCP by eights (24-31 → SP3, 48-55 → SP6), PCP n → SP n; SP3 → TC3, SP6 → TC6, others → TC0.
    for (let sp = 0; sp < 8; sp++) classToQueue[sp] = defaulted(sp === 3 || sp === 6 ? sp : 0, roce.loc);
    // The RoCE and CNP code points are what `qos roce` is written for (its per-port view shows them): the
    // line states them as the device's own classification, so they take sides in the QoS contract.
    dscpToClass[CUMULUS_ROCE.roceDscp] = explicit(CUMULUS_ROCE.losslessSp, roce.loc);
    dscpToClass[CUMULUS_ROCE.cnpDscp] = explicit(CUMULUS_ROCE.cnpSp, roce.loc);
    const tc6 = queue(qs, CUMULUS_ROCE.cnpSp, roce.loc);
    tc6.strictPriority ??= located(true, roce.loc);
    let raw = qs.ecnRaw.get(CUMULUS_ROCE.losslessSp);
    if (!raw) qs.ecnRaw.set(CUMULUS_ROCE.losslessSp, (raw = {}));
    raw.enable ??= located(true, roce.loc);
    raw.min ??= located(CUMULUS_ROCE.ecnMin, roce.loc);
    raw.max ??= located(CUMULUS_ROCE.ecnMax, roce.loc);
    raw.prob ??= located(CUMULUS_ROCE.probability, roce.loc);
    if (lossless && !qs.pfcProfiles.has('default-global')) qs.pfcProfiles.set('default-global', located([CUMULUS_ROCE.losslessSp], roce.loc));
  }
  qs.dscp.forEach((v, i) => v && (dscpToClass[i] = v));
  qs.pcp.forEach((v, i) => v && (cosToClass[i] = v));
  qs.spToTc.forEach((v, i) => v && (classToQueue[i] = v));

  for (const [tc, raw] of qs.ecnRaw) {
    const anchor = raw.enable ?? raw.min ?? raw.max ?? raw.prob;
    if (!anchor) continue;
    const value: QueueEcn = { ecn: raw.enable?.value ?? false, unit: 'bytes', maxUnit: 'bytes' };
    if (raw.min) value.minThreshold = raw.min.value;
    if (raw.max) value.maxThreshold = raw.max.value;
    if (raw.prob) value.probability = raw.prob.value;
    const qc = queue(qs, tc, anchor.loc);
    if (value.ecn) qc.ecn = located(value, raw.enable!.loc);
  }

  // PFC per interface: a bound profile, else default-global on swp ports; trust per interface.
  for (const iface of ctx.interfaces.values()) {
    if (iface.kind !== 'physical' || !/^swp/.test(iface.name)) continue;
    const binding = qs.pfcBinding.get(iface.name);
    const profile = binding ? qs.pfcProfiles.get(binding.value) : qs.pfcProfiles.get('default-global');
    if (binding && !profile) {
      ctx.notes.push({
        severity: 'warning',
        code: 'undefined-profile',
        message: `${iface.name}: PFC profile "${binding.value}" is not defined (no "nv set qos pfc ${binding.value} switch-priority …")`,
        loc: binding.loc,
      });
    }
    if (profile && profile.value.length > 0) {
      iface.pfc.mode = explicit('on', binding?.loc ?? profile.loc);
      // The binding line made them no-drop on this interface; default-global ports point at the profile line.
      iface.pfc.noDropPriorities = profile.value.map((p) => located(p, binding?.loc ?? profile.loc));
    }
    if (qs.trust) iface.qosTrust = explicit(qs.trust.value === 'both' ? 'dscp' : qs.trust.value, qs.trust.loc);
    else if (roce) iface.qosTrust = defaulted('dscp', roce.loc);
  }

  const wdFirst = qs.watchdogIfaces[0];
  const watchdog: PfcWatchdog = { enabled: wdFirst ? explicit(true, wdFirst.loc) : defaulted(false, fileStart) };
  if (wdFirst) {
    watchdog.polling = qs.wdPoll ?? located(CUMULUS_WATCHDOG.poll, wdFirst.loc);
    for (const w of qs.watchdogIfaces) {
      const iface = ctx.interfaces.get(w.value);
      if (iface) iface.pfc.watchdog = located(true, w.loc);
    }
  }
  return {
    dscpToClass,
    cosToClass,
    classToQueue,
    noDropPriorities: qs.pfcProfiles.get('default-global')?.value.map((p) => located(p, qs.pfcProfiles.get('default-global')!.loc)) ?? [],
    queues: [...qs.queues.values()].sort((a, b) => a.queue - b.queue),
    watchdog,
    classMaps: [],
    policyMaps: [],
    systemPolicies: [],
    // PFC profiles bound per port, `qos pfc-watchdog` per port, `qos mapping <profile> trust` shared by ports.
    ...PER_PORT_QOS,
  };
}
