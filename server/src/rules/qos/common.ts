import { pushTo } from '../../model/group';
/**
 * Shared vocabulary of the QoS rules: where a queue's settings live on each dialect (EOS tx-queues per
 * interface or qos profile, NX-OS queuing policies), which queues are lossless, which DSCPs are RoCE and
 * CNP. Rules read only the model; fixes are FixWriter operations, which write each dialect's lines.
 */
import type { Loc, Setting } from '../../model/location';
import type { Device, Fabric, Interface, PolicyClass, PolicyMap, QueueConfig, QueueEcn } from '../../model/types';
import { contractCodePoints, losslessDscps, type ContractPoint } from '../../model/hop-behaviour';
import type { Fix } from '../types';
import type { Intent } from '../../intent/types';
import type { EcnValues } from '../../dialects/fix-writer';
import type { RuleContext } from '../types';
import { deviceLossless, losslessClasses, losslessSet, pfcState } from '../pfc/common';
import { isDataPort } from '../support/interfaces';
import { deviceAnchor, sameLine } from '../support/places';
import { uniqueSorted } from '../support/sets';
import { cnpIntentClass, losslessIntentClasses } from '../pfc/intent-classes';

/** RoCE data and CNP code points that are conventional when the intent names none (notes §0.4). */
export const HINT_ROCE_DSCP = 26;
export const HINT_CNP_DSCP = 48;

/** Egress queue of an internal class: EOS `qos map traffic-class N to tx-queue M`; NX-OS qos-group N → queue N. */
export function queueOfClass(device: Device, cls: number): number {
  return device.qos.classToQueue[cls]?.value ?? cls;
}

export interface DscpPath {
  cls: number;
  queue: number;
  setting: Setting<number>;
}

export function dscpPath(device: Device, dscp: number): DscpPath | undefined {
  const s = device.qos.dscpToClass[dscp];
  if (!s) return undefined;
  return { cls: s.value, queue: queueOfClass(device, s.value), setting: s };
}

/** The class by the device's own name for it: "traffic-class 3" on EOS, "qos-group 3" on NX-OS, "class 3" elsewhere. */
export function className(device: Device, cls: number): string {
  return `${device.qos.classLabel} ${cls}`;
}

/** The DSCPs the intent names for RoCE data (lossless classes) and CNP. */
export interface KeyCodePoints {
  roce: number[];
  cnp: number[];
  /** True when they come from the intent; false for the conventional 26 / 48. */
  fromIntent: boolean;
}

export function keyCodePoints(intent: Intent | undefined): KeyCodePoints {
  const roce = uniqueSorted(losslessIntentClasses(intent).flatMap((c) => c.dscp));
  const cnp = cnpIntentClass(intent)?.dscp ?? [];
  if (roce.length > 0 || cnp.length > 0) return { roce, cnp: uniqueSorted(cnp), fromIntent: true };
  return { roce: [HINT_ROCE_DSCP], cnp: [HINT_CNP_DSCP], fromIntent: false };
}

/** True when the device sets any class from DSCP by its own lines (EOS `qos map dscp`, NX-OS type qos classes). */
export function classifiesDscp(device: Device): boolean {
  return device.qos.dscpToClass.some((s) => s !== undefined && !s.defaulted);
}

// ---------------------------------------------------------------------------------------------
// Lossless queues and where their settings live

/** One place that schedules a queue: an EOS interface (or its qos profile) or an NX-OS/IOS queuing policy. */
export interface QueueSite {
  device: Device;
  queue: number;
  /** The queue's settings, when the site has any. */
  config?: QueueConfig;
  /** Where a missing queue line belongs: the tx-queue / queuing class header, else the interface / policy header. */
  anchor: Loc;
  /** "Ethernet1 tx-queue 3", "queuing policy QOS_EGRESS class c-out-8q-q3". */
  label: string;
  iface?: Interface;
  policy?: PolicyMap;
  policyClass?: PolicyClass;
  /** Interfaces this site schedules (NX-OS: those using the policy). */
  interfaces: Interface[];
}

/** The lossless queues of a device: EOS traffic class = PFC priority → its tx-queue; NX-OS qos-group of the pausing class. */
export function losslessQueues(device: Device): number[] {
  return uniqueSorted(losslessClasses(device).map((c) => queueOfClass(device, c.cls)));
}

/**
 * The queuing class of a queuing policy that serves queue q: the queue it configures, else the system class
 * (qos-group) the reader resolved from its name (c-out-8q-q3; class-default is 0) or its class-map.
 */
export function queuingClassFor(pm: PolicyMap, q: number): PolicyClass | undefined {
  return pm.classes.find((c) => (c.queue && c.queue.queue >= 0 ? c.queue.queue : c.qosGroup?.value) === q);
}

/** The queuing output policy attached under `system qos`, if any. */
export function systemQueuing(device: Device): PolicyMap | undefined {
  const ref = device.qos.systemPolicies.find((p) => p.value.type === 'queuing' && p.value.direction !== 'input');
  if (!ref) return undefined;
  return device.qos.policyMaps.find((pm) => pm.type === 'queuing' && pm.name === ref.value.name);
}

function interfaceQueuing(device: Device, iface: Interface): PolicyMap | undefined {
  const ref = iface.servicePolicies.find((p) => p.value.type === 'queuing' && p.value.direction === 'output');
  if (!ref) return undefined;
  return device.qos.policyMaps.find((pm) => pm.type === 'queuing' && pm.name === ref.value.name);
}

/**
 * Every site scheduling queue q for the interfaces that `use` selects. EOS: one per interface (its tx-queue
 * or the one of its qos profile). NX-OS: one per queuing policy in effect (the interface's own
 * `service-policy type queuing output`, else the system one); `undefined` policy when none applies
 * (the platform default policy, which has no ECN and no priority queue).
 */
export function queueSites(ctx: RuleContext, device: Device, q: number, use: (iface: Interface) => boolean): QueueSite[] {
  const ifaces = [...device.interfaces.values()].filter((i) => !ctx.ignored(device, i) && i.kind !== 'management' && use(i));
  if (device.qos.queueSettings === 'interface') {
    return ifaces.map((iface) => {
      const config = iface.queues.find((x) => x.queue === q);
      return {
        device,
        queue: q,
        ...(config ? { config } : {}),
        anchor: config?.block?.header ?? iface.block.header,
        label: `${iface.name} ${device.qos.queueLabel} ${q}`,
        iface,
        interfaces: [iface],
      };
    });
  }
  if (device.qos.queueSettings !== 'policy') return [];
  const byPolicy = new Map<PolicyMap | undefined, Interface[]>();
  const system = systemQueuing(device);
  for (const iface of ifaces) {
    const pm = interfaceQueuing(device, iface) ?? system;
    pushTo(byPolicy, pm, iface);
  }
  const out: QueueSite[] = [];
  for (const [pm, list] of byPolicy) {
    if (!pm) {
      out.push({
        device,
        queue: q,
        anchor: device.qos.systemQosBlock?.header ?? deviceAnchor(device),
        label: `queue ${q} (no queuing policy: the default policy applies)`,
        interfaces: list,
      });
      continue;
    }
    const pc = queuingClassFor(pm, q);
    out.push({
      device,
      queue: q,
      ...(pc?.queue ? { config: pc.queue } : {}),
      anchor: pc?.loc ?? pm.loc,
      label: `queuing policy ${pm.name} class ${pc?.name ?? `c-out-8q-q${q}`}`,
      policy: pm,
      ...(pc ? { policyClass: pc } : {}),
      interfaces: list,
    });
  }
  return out;
}

/**
 * Sites of the device's lossless queues, each with the queue it serves. Queue settings per port (EOS, SONiC):
 * the ports that are lossless on the priority, whose traffic class `classToQueue` maps to the queue. Queue
 * settings in queuing policies (NX-OS): the policies of data ports whose PFC is not off.
 */
export function losslessSites(ctx: RuleContext, device: Device): readonly QueueSite[] {
  // Three rules ask for the same sites; they depend only on the device and the intent's ignore lists.
  const hit = sitesCache.get(device);
  if (hit && hit.intent === ctx.intent) return hit.sites;
  const sites = Object.freeze(computeLosslessSites(ctx, device));
  sitesCache.set(device, { intent: ctx.intent, sites });
  return sites;
}

const sitesCache = new WeakMap<Device, { intent: Intent | undefined; sites: readonly QueueSite[] }>();

function computeLosslessSites(ctx: RuleContext, device: Device): QueueSite[] {
  const out: QueueSite[] = [];
  if (device.qos.queueSettings === 'interface') {
    for (const lc of losslessClasses(device)) {
      const q = queueOfClass(device, lc.cls);
      for (const s of queueSites(ctx, device, q, (i) => !i.channelGroup && losslessSet(device, i).includes(lc.cls))) out.push(s);
    }
  } else if (device.qos.queueSettings === 'policy') {
    if (!deviceLossless(device)) return out;
    for (const q of losslessQueues(device)) {
      for (const s of queueSites(ctx, device, q, (i) => isDataPort(i) && !i.channelGroup && pfcState(device, i).mode !== 'off')) out.push(s);
    }
  }
  return dedupeSites(out);
}

/** Sites that share the same settings (an EOS qos profile's tx-queue) are one site. */
function dedupeSites(sites: QueueSite[]): QueueSite[] {
  const out: QueueSite[] = [];
  const seen = new Map<string, QueueSite>();
  for (const s of sites) {
    const k = s.config?.block ? `${s.queue}@${s.config.block.header.uri}#${s.config.block.header.range.start.line}` : undefined;
    const prev = k ? seen.get(k) : undefined;
    if (prev) {
      for (const i of s.interfaces) prev.interfaces.push(i);
      continue;
    }
    if (k) seen.set(k, s);
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ECN lines

export type { EcnValues };

/** Thresholds in bytes, when the unit is a byte unit (kbytes = 1000 bytes, as the intent's minBytes example reads 150 KB). */
export function toBytes(n: number, unit: string | undefined): number | undefined {
  switch (unit ?? 'bytes') {
    case 'bytes':
      return n;
    case 'kbytes':
      return n * 1000;
    case 'mbytes':
      return n * 1000 * 1000;
    default:
      return undefined;
  }
}

/** Values of an ECN (or WRED) entry, when complete. */
export function ecnValues(e: QueueEcn): EcnValues | undefined {
  if (e.minThreshold === undefined || e.maxThreshold === undefined) return undefined;
  return { min: e.minThreshold, max: e.maxThreshold, unit: e.unit ?? 'bytes', probability: e.probability ?? 100 };
}

/** Default thresholds when neither intent nor any device gives one: NVIDIA `qos roce` (150 KB / 1.5 MB, 100 %) [notes §2]. */
export const DEFAULT_ECN: EcnValues = { min: 150, max: 1500, unit: 'kbytes', probability: 100 };

/** Intent ECN of the lossless class (ecn.<class name>), in kbytes when it divides evenly. */
export function intentEcn(intent: Intent | undefined): { name: string; values: EcnValues; loc?: Loc; tolerancePct: number } | undefined {
  const names = losslessIntentClasses(intent).map((c) => c.name);
  const ecn = intent?.ecn ?? {};
  const name = names.find((n) => ecn[n]) ?? (ecn['roce'] ? 'roce' : undefined);
  if (!name) return undefined;
  const e = ecn[name]!;
  if (e.minBytes === undefined || e.maxBytes === undefined) return undefined;
  const kb = e.minBytes % 1000 === 0 && e.maxBytes % 1000 === 0;
  const values: EcnValues = {
    min: kb ? e.minBytes / 1000 : e.minBytes,
    max: kb ? e.maxBytes / 1000 : e.maxBytes,
    unit: kb ? 'kbytes' : 'bytes',
    probability: e.probability ?? 100,
  };
  const loc = intent?.locs[`ecn.${name}`];
  return { name, values, ...(loc ? { loc } : {}), tolerancePct: e.tolerancePct ?? 0 };
}

/**
 * What a device adds to the fabric's ECN design: whether any queue of it marks ECN (ecnInDesign), and how many of its
 * lossless queues' ECN lines have each set of thresholds, in the order the device first uses them (referenceEcn).
 */
export interface DeviceEcnDesign {
  marks: boolean;
  thresholds: ReadonlyMap<string, { n: number; v: EcnValues }>;
}

export function deviceEcnDesign(ctx: RuleContext, device: Device): DeviceEcnDesign {
  const thresholds = new Map<string, { n: number; v: EcnValues }>();
  for (const site of losslessSites(ctx, device)) {
    const e = site.config?.ecn?.value;
    const v = e ? ecnValues(e) : undefined;
    if (!v) continue;
    const k = `${v.min}|${v.max}|${v.unit}|${v.probability}`;
    const c = thresholds.get(k);
    if (c) c.n++;
    else thresholds.set(k, { n: 1, v });
  }
  return { marks: marksEcn(device), thresholds };
}

/** What a fix writes: the intent's thresholds, else the ones most lossless queues of the fabric use, else DEFAULT_ECN. */
export function referenceEcn(ctx: RuleContext, devices: Iterable<DeviceEcnDesign>): EcnValues {
  const fromIntent = intentEcn(ctx.intent);
  if (fromIntent) return fromIntent.values;
  const counts = new Map<string, { n: number; v: EcnValues }>();
  for (const d of devices) {
    for (const [k, { n, v }] of d.thresholds) {
      const c = counts.get(k);
      if (c) c.n += n;
      else counts.set(k, { n, v });
    }
  }
  let best: { n: number; v: EcnValues } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.v ?? DEFAULT_ECN;
}

// ---------------------------------------------------------------------------------------------
// Grouping and rewriting

/**
 * Sites of one device that fail a check: when every site of the device fails and they are EOS interfaces,
 * one device-level finding says it all (the first site, the others as related); otherwise one per site.
 */
export function groupFailing(failing: QueueSite[], all: QueueSite[]): QueueSite[][] {
  if (failing.length > 1 && failing.length === all.length && failing.every((s) => s.iface)) return [failing];
  return failing.map((s) => [s]);
}

/**
 * True when ECN is part of the fabric's design: the intent asks for it (a lossless class with `ecn: true`, or
 * an `ecn:` section), or some queue of the workspace marks ECN. A fabric with PFC and no ECN anywhere may be
 * PFC-only by design (FCoE, some storage fabrics), which the config alone cannot tell from a forgotten DCQCN.
 */
export function ecnInDesign(ctx: RuleContext, devices: Iterable<DeviceEcnDesign>): boolean {
  const intent = ctx.intent;
  if (intent?.ecn && Object.keys(intent.ecn).length > 0) return true;
  if (losslessIntentClasses(intent).some((c) => c.cls.ecn === true)) return true;
  for (const d of devices) if (d.marks) return true;
  return false;
}

/** Some queue of the device marks ECN: a device queue, a queuing policy's class, or an interface's queue. */
function marksEcn(d: Device): boolean {
  if (d.qos.queues.some((q) => q.ecn)) return true;
  if (d.qos.policyMaps.some((pm) => pm.classes.some((c) => c.queue?.ecn))) return true;
  for (const i of d.interfaces.values()) if (i.queues.some((q) => q.ecn)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// NX-OS classification fixes

/**
 * NX-OS: the class of the classification policy that the CoS/DSCP setting at `at` comes from — the
 * policy class whose class-map holds the `match` line at `at`. Undefined for class-default (the setting
 * then points at its `set qos-group`): moving class-default into a no-drop group would pause all
 * unclassified traffic, which is no fix.
 */
export function classifyingClass(
  device: Device,
  at: Loc,
): { policy: PolicyMap; cls: PolicyClass & { setQosGroup: NonNullable<PolicyClass['setQosGroup']> } } | undefined {
  const name = device.qos.classificationPolicy;
  if (!name) return undefined;
  const cm = device.qos.classMaps.find((c) => [...c.matchCos, ...c.matchDscp].some((m) => sameLine(m.loc, at)));
  if (!cm) return undefined;
  for (const policy of device.qos.policyMaps) {
    if (policy.name !== name || !policy.classes.some((c) => c.setQosGroup)) continue;
    const cls = policy.classes.find((c) => c.name === cm.name && c.setQosGroup);
    if (cls?.setQosGroup) return { policy, cls: cls as PolicyClass & { setQosGroup: NonNullable<PolicyClass['setQosGroup']> } };
  }
  return undefined;
}

/** "Set qos-group N in class X of policy P": rewrites the class's `set qos-group M` line. */
export function setQosGroupFix(ctx: RuleContext, device: Device, at: Loc, group: number): Fix[] {
  const found = classifyingClass(device, at);
  if (!found || found.cls.setQosGroup.value === group) return [];
  const edits = ctx.writer(device).setClassQosGroup(found.cls, group);
  if (edits.length === 0) return [];
  return [{ title: `Set qos-group ${group} in class ${found.cls.name} of policy ${found.policy.name}`, isPreferred: true, edits }];
}

/** The code points of the QoS contract (model/hop-behaviour contractCodePoints), once per fabric and intent. */
export function contractPointsOf(ctx: RuleContext): ContractPoint[] {
  const hit = contractPoints.get(ctx.fabric);
  if (hit && hit.intent === ctx.intent) return hit.points;
  const points = contractCodePoints(ctx.fabric, ctx.intent, () => ctx.kept(SEEN_LOSSLESS, () => new SeenLossless()).of(ctx.fabric));
  contractPoints.set(ctx.fabric, { intent: ctx.intent, points });
  return points;
}

const contractPoints = new WeakMap<Fabric, { intent: Intent | undefined; points: ContractPoint[] }>();

/**
 * The DSCPs some device of the fabric makes lossless by its own lines (losslessDscps, kept per Device), counted over
 * the devices and brought up to date from the last fabric asked about: the engine builds a Fabric on every lint, in
 * which a file that did not change keeps its Device, so a keystroke reads the edited device's DSCPs again and looks
 * only at the identity of the others.
 */
class SeenLossless {
  private readonly devices = new Map<string, Device>();
  private readonly counts = new Map<number, number>();

  of(fabric: Fabric): Iterable<number> {
    for (const [key, device] of fabric.devices) {
      const before = this.devices.get(key);
      if (before === device) continue;
      if (before) this.count(before, -1);
      this.count(device, 1);
      this.devices.set(key, device);
    }
    // A device gone since the last fabric takes its DSCPs with it.
    if (this.devices.size > fabric.devices.size) {
      for (const [key, before] of this.devices) {
        if (fabric.devices.has(key)) continue;
        this.count(before, -1);
        this.devices.delete(key);
      }
    }
    return this.counts.keys();
  }

  private count(device: Device, by: 1 | -1): void {
    for (const d of losslessDscps(device)) {
      const n = (this.counts.get(d) ?? 0) + by;
      if (n === 0) this.counts.delete(d);
      else this.counts.set(d, n);
    }
  }
}

/** The token of the runner's SeenLossless (RuleContext.kept). */
const SEEN_LOSSLESS = {};

/**
 * The contract's code points as a string: the basis (Rule.basis) of a rule whose verdicts read the contract, which
 * every device's own lines may change (a DSCP some device makes lossless joins it).
 */
export function contractBasis(ctx: RuleContext): string {
  return contractPointsOf(ctx)
    .map((p) => `${p.dscp} ${p.name} ${p.source} ${p.lossless ?? ''}`)
    .join('\n');
}
