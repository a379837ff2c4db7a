/**
 * Reads a Nokia SR Linux configuration (`info` braces or `info flat` set lines, already a path tree,
 * dialects/srlinux/adapter.ts) into the vendor-neutral model. Never throws on content: unreadable values
 * become ParseNotes. Paths and defaults follow the SR Linux YANG (srl_nokia-interfaces, srl_nokia-mtu,
 * srl_nokia-qos, release 24.10) and the SR Linux "MTU" guide:
 *
 * - Ports `ethernet-N/M[/K]`, `lagN`, `irbN`, `loN`, `system0`, `mgmt0`; a subinterface `ethernet-1/1.0` is its own
 *   interface (kind subinterface) with `parent`, and is where addresses, the IP MTU and the network-instance are.
 * - A port's `Interface.mtu` is its port MTU as written, which counts the Ethernet header and VLAN tags but not the
 *   FCS (default `system mtu default-port-mtu`, else 9232; mgmt0 1514). A subinterface's `Interface.mtu` is its IP MTU,
 *   the one number SR Linux writes for it: `ip-mtu` (1280..9486, also `ipMtu`) or, when not written, `system mtu
 *   default-ip-mtu` (else 1500) — not the port MTU minus the header (dialects/srlinux/mtu.ts). `l2-mtu` (bridged
 *   subinterfaces) is `l2Mtu`.
 * - `network-instance X interface ethernet-1/1.0` puts the subinterface in VRF X (`default` is the default VRF '');
 *   a `mac-vrf` makes it switched. `ethernet aggregate-id lagN` makes a port a LAG member.
 * - QoS: the class is the forwarding class' index (fcN → N, or `forwarding-class-index`); `qos classifiers dscp-policy`
 *   maps DSCP → forwarding class; `qos interfaces interface <id>` (its `interface-ref`, else the id as an interface
 *   name) attaches `input classifiers dscp-policy` (port-level attachments apply to the port's subinterfaces),
 *   `pfc pfc-enable true` and a `pfc-mapping-profile`, whose `received-traffic unicast-mapping pfc-queue … enable-pfc
 *   true` entries give the no-drop `pfc-pause-frame-priority` of their forwarding classes. Egress queues: `output
 *   queues queue Q` with `scheduling strict-priority` and a `queue-management-profile` (or `active-queue-management`)
 *   whose `wred-slope <traffic> <drop> true` is ECN marking, `… false` with `drop true` is WRED drop; a forwarding
 *   class goes to queue `output queue` / `unicast-queue` (`qos queues queue Q queue-index N`, `queue-N` by name).
 * - Not read (no public configuration shows them): the built-in `default` dscp-policy and pfc-mapping-profile
 *   (their contents are the platform's; a port that uses them gets a note, not a guess, and a data port with no
 *   dscp-policy of the file has a classification without a policy), scheduler policies, buffer allocation
 *   profiles, rewrite rules.
 */
import { configuredSpeed, parseBreakoutMode } from '../../model/port-speed';
import { defaulted, explicit, located, type Loc, type Located, type Setting } from '../../model/location';
import type { Device, DeviceQos, Interface, InterfaceClassification, InterfaceKind, PfcMode, PortSpeed, QueueConfig, QueueEcn } from '../../model/types';
import { PER_PORT_QOS } from '../../model/qos-behaviour';
import { parseDscp } from '../../model/dscp';
import { normOspfArea } from '../../model/ip';
import { child, childrenAt, valueAt, type JunosNode } from '../../parsing/junos-tree';
import { PathTreeReader } from '../../parsing/path-tree-reader';
import type { SrlinuxDocument } from './adapter';
import type { SrlinuxFacts } from './facts';
import {
  SRLINUX_DEFAULT_IP_MTU,
  SRLINUX_DEFAULT_MGMT_MTU,
  SRLINUX_ETHERNET_HEADER,
  SRLINUX_DEFAULT_PORT_MTU,
  SRLINUX_IP_MTU_RANGE,
  SRLINUX_PORT_MTU_RANGE,
} from './mtu';

class Ctx extends PathTreeReader {
  /** The platform's own dscp-policy, pfc-mapping-profile and queue-management-profile are named `default`. */
  protected override isBuiltin(name: string): boolean {
    return name === 'default';
  }
}

/** `true` / `enable` as SR Linux writes booleans and admin states. */
function isOn(word: string | undefined): boolean {
  return word === 'true' || word === 'enable';
}

export function extractSrlinuxDevice(doc: SrlinuxDocument): Device {
  const ctx = new Ctx(doc);
  const root = doc.root;

  const hostNode = valueAt(root, 'system', 'name', 'host-name');
  const { hostname, anchor } = ctx.hostname(hostNode, 'system name host-name');

  const sysMtu = child(root, 'system', 'mtu');
  const portDefault = systemDefault(ctx, sysMtu, 'default-port-mtu', SRLINUX_DEFAULT_PORT_MTU, SRLINUX_PORT_MTU_RANGE, anchor);
  const ipDefault = systemDefault(ctx, sysMtu, 'default-ip-mtu', SRLINUX_DEFAULT_IP_MTU, SRLINUX_IP_MTU_RANGE, anchor);
  const facts: SrlinuxFacts = { dialect: 'srlinux', format: doc.format, setPaths: new Map(), pfcProfilePriorities: new Map() };

  const vrfs = readNetworkInstances(ctx, root);
  const interfaces = new Map<string, Interface>();
  const breakouts = new Map<string, PortSpeed>();
  for (const n of childrenAt(root, 'interface')) {
    const port = readPort(ctx, n, portDefault);
    interfaces.set(port.name, port);
    const b = breakoutOf(ctx, n);
    if (b) breakouts.set(port.name, b);
    facts.setPaths.set(port.name, ['interface', n.word]);
    const subs: Interface[] = [];
    for (const s of childrenAt(n, 'subinterface')) {
      const sub = readSubinterface(ctx, s, port, vrfs, ipDefault);
      if (!sub) continue;
      interfaces.set(sub.name, sub);
      subs.push(sub);
      facts.setPaths.set(sub.name, ['interface', n.word, 'subinterface', s.word]);
    }
    // A port with a single subinterface: the subinterface is the port's L3 side, and the port's description describes
    // it too (link inference and link/description-disagrees look at the interface that has the address).
    if (subs.length === 1 && port.description && !subs[0]!.description) subs[0]!.description = port.description;
    if (!port.mode.defaulted) continue;
    // A port whose subinterfaces all bridge carries switched traffic.
    if (subs.length > 0 && subs.every((i) => i.mode.value === 'switched')) port.mode = defaulted('switched', port.block.header);
  }
  for (const iface of interfaces.values()) {
    const m = /^(ethernet-\d+\/\d+)\/\d+$/.exec(iface.name);
    const b = m && !iface.speed ? breakouts.get(m[1]!) : undefined;
    if (b) iface.speed = b;
  }
  for (const [name, vrf] of vrfs) {
    const iface = interfaces.get(name);
    if (!iface) continue;
    if (vrf.name.value !== '') iface.vrf = vrf.name;
    if (vrf.bridged) iface.mode = explicit('switched', vrf.name.loc);
  }

  readOspf(ctx, root, interfaces);
  const qos = readQos(ctx, root, interfaces, anchor, facts);
  return ctx.device({ hostname, dialect: 'srlinux', interfaces, qos, facts }, hostNode);
}

function systemDefault(
  ctx: Ctx,
  sysMtu: JunosNode | undefined,
  leaf: string,
  fallback: number,
  range: readonly [number, number],
  anchor: Loc,
): Setting<number> {
  const n = valueAt(sysMtu, leaf);
  const v = ctx.int(n, `system mtu ${leaf}`, range[0], range[1]);
  return n && v !== undefined ? explicit(v, ctx.loc(n.line)) : defaulted(fallback, anchor);
}

// ---------------------------------------------------------------------------------------------
// Interfaces

function kindOf(name: string): InterfaceKind {
  if (/^ethernet-\d+\/\d+(\/\d+)?$/.test(name)) return 'physical';
  if (/^lag\d+$/.test(name)) return 'port-channel';
  if (/^irb\d+$/.test(name)) return 'svi';
  if (/^(lo\d+|system0)$/.test(name)) return 'loopback';
  if (/^mgmt\d+(-standby)?$/.test(name)) return 'management';
  return 'other';
}

function adminOf(ctx: Ctx, n: JunosNode, header: Loc): Setting<boolean> {
  // admin-state defaults to enable on interfaces and subinterfaces (srl_nokia-interfaces).
  const a = valueAt(n, 'admin-state');
  return a ? explicit(isOn(a.word), ctx.loc(a.line)) : defaulted(true, header);
}

function headerOf(ctx: Ctx, n: JunosNode): { header: Loc; block: Interface['block'] } {
  const header = ctx.loc(n.block?.header ?? n.line);
  return { header, block: ctx.block(n) ?? { header, end: header.range.end, childIndent: '' } };
}

/**
 * `breakout-mode { num-breakout-ports 4; breakout-port-speed 25G; }` on a port: the speed of each of its
 * `ethernet-1/1/N` ports.
 */
function breakoutOf(ctx: Ctx, n: JunosNode): PortSpeed | undefined {
  const bm = child(n, 'breakout-mode');
  const count = valueAt(bm, 'num-breakout-ports');
  const speed = valueAt(bm, 'breakout-port-speed');
  const b = count && speed ? parseBreakoutMode(`${count.word}x${speed.word}`) : undefined;
  return b && speed ? { gbps: b.gbps, source: 'breakout', written: `breakout ${count!.word}x${speed.word} of ${n.word}`, loc: ctx.loc(speed.line) } : undefined;
}

function readPort(ctx: Ctx, n: JunosNode, portDefault: Setting<number>): Interface {
  const name = n.word;
  const kind = kindOf(name);
  const { header, block } = headerOf(ctx, n);
  const m = valueAt(n, 'mtu');
  const v = ctx.int(m, `${name} mtu`, SRLINUX_PORT_MTU_RANGE[0], SRLINUX_PORT_MTU_RANGE[1]);
  let mtu: Setting<number>;
  if (m && v !== undefined) mtu = explicit(v, ctx.loc(m.line));
  else if (kind === 'management') mtu = defaulted(SRLINUX_DEFAULT_MGMT_MTU, header);
  else mtu = portDefault.defaulted ? defaulted(portDefault.value, header) : { ...portDefault, defaulted: true };
  const iface: Interface = {
    name,
    writtenAs: [name],
    kind,
    block,
    headers: [header],
    adminUp: adminOf(ctx, n, header),
    mtu,
    // The port MTU is a frame size: its IP packets are 14 bytes (the Ethernet header) smaller.
    mtuOverhead: SRLINUX_ETHERNET_HEADER,
    mode: defaulted('routed', header),
    ipv4: [],
    ipv6: [],
    pfc: { mode: defaulted<PfcMode>('off', header), noDropPriorities: [] },
    servicePolicies: [],
    queues: [],
    lines: [],
  };
  // A value from `system mtu default-port-mtu` points at that line, so a finding can name it too.
  if (!(m && v !== undefined) && !portDefault.defaulted && kind !== 'management') iface.mtuDefaultFrom = portDefault.loc;
  if (m) iface.lines!.push(located(`mtu ${m.word}`, ctx.loc(m.line)));
  const desc = valueAt(n, 'description');
  if (desc) iface.description = located(desc.word, ctx.loc(desc.line));
  const eth = child(n, 'ethernet');
  const lag = valueAt(eth, 'aggregate-id');
  if (lag) iface.channelGroup = located(lag.word, ctx.loc(lag.line));
  const speed = valueAt(eth, 'port-speed');
  const rate = speed && configuredSpeed(speed.word, ctx.loc(speed.line));
  if (rate) iface.speed = rate;
  const fec = valueAt(eth, 'forward-error-correction');
  if (fec) iface.fec = located(fec.word, ctx.loc(fec.line));
  const fc = child(eth, 'flow-control');
  const pause = [valueAt(fc, 'receive'), valueAt(fc, 'transmit')].find((x) => x && isOn(x.word));
  if (pause) iface.linkPause = located(true, ctx.loc(pause.line));
  // Each direction that is on, for the fix writer (which turns it off).
  for (const dir of ['receive', 'transmit']) {
    const v = valueAt(fc, dir);
    if (v && isOn(v.word)) iface.lines!.push(located(`flow-control ${dir} ${v.word}`, ctx.loc(v.line)));
  }
  return iface;
}

function readSubinterface(ctx: Ctx, s: JunosNode, port: Interface, vrfs: Map<string, NetworkInstance>, ipDefault: Setting<number>): Interface | undefined {
  const index = ctx.int(s, `${port.name} subinterface index`, 0, 9999);
  if (index === undefined) return undefined;
  const name = `${port.name}.${index}`;
  const { header, block } = headerOf(ctx, s);
  const type = valueAt(s, 'type');
  const bridged = type?.word === 'bridged' || vrfs.get(name)?.bridged === true;
  let adminUp = adminOf(ctx, s, header);
  if (!port.adminUp.value) adminUp = port.adminUp;
  const ipMtu = valueAt(s, 'ip-mtu');
  const ipv = ctx.int(ipMtu, `${name} ip-mtu`, SRLINUX_IP_MTU_RANGE[0], SRLINUX_IP_MTU_RANGE[1]);
  // A subinterface's own MTU is its IP MTU: `ip-mtu`, else `system mtu default-ip-mtu`, else 1500 (not the port's).
  let mtu: Setting<number> = defaulted(ipDefault.value, header);
  if (ipMtu && ipv !== undefined) mtu = explicit(ipv, ctx.loc(ipMtu.line));
  const iface: Interface = {
    name,
    writtenAs: [name],
    kind: port.kind === 'physical' || port.kind === 'port-channel' ? 'subinterface' : port.kind,
    block,
    headers: [header],
    adminUp,
    mtu,
    mode: type ? explicit(bridged ? 'switched' : 'routed', ctx.loc(type.line)) : defaulted(bridged ? 'switched' : 'routed', header),
    ipv4: ctx.addresses(child(s, 'ipv4'), 4, 'ipv4'),
    ipv6: ctx.addresses(child(s, 'ipv6'), 6, 'ipv6'),
    pfc: { mode: defaulted<PfcMode>('off', header), noDropPriorities: [] },
    servicePolicies: [],
    queues: [],
    parent: port.name,
    lines: [],
  };
  if (mtu.defaulted && !ipDefault.defaulted) iface.mtuDefaultFrom = ipDefault.loc;
  if (ipMtu && ipv !== undefined) {
    iface.ipMtu = located(ipv, ctx.loc(ipMtu.line));
    iface.lines!.push(located(`ip-mtu ${ipMtu.word}`, ctx.loc(ipMtu.line)));
  }
  // Unlike the (sub)interface, the ipv4 and ipv6 containers default to admin-state disable (srl_nokia-interfaces):
  // their addresses are configured but carry nothing until enabled.
  for (const fam of ['ipv4', 'ipv6'] as const) {
    const node = child(s, fam);
    const state = valueAt(node, 'admin-state');
    if (node && childrenAt(node, 'address').length > 0 && !isOn(state?.word)) {
      ctx.note(
        'info',
        'family-disabled',
        `${name} ${fam} is not enabled (admin-state ${state?.word ?? 'defaults to disable'}): its addresses carry no traffic`,
        (state ?? node).line,
      );
    }
  }
  const l2 = valueAt(s, 'l2-mtu');
  const l2v = ctx.int(l2, `${name} l2-mtu`, SRLINUX_PORT_MTU_RANGE[0], SRLINUX_PORT_MTU_RANGE[1]);
  if (l2 && l2v !== undefined) iface.l2Mtu = located(l2v, ctx.loc(l2.line));
  const desc = valueAt(s, 'description');
  if (desc) iface.description = located(desc.word, ctx.loc(desc.line));
  const vlan = valueAt(s, 'vlan', 'encap', 'single-tagged', 'vlan-id');
  if (vlan) {
    const v = ctx.int(vlan, `${name} vlan-id`, 1, 4094);
    if (v !== undefined) iface.encapsulationVlan = located(v, ctx.loc(vlan.line));
  }
  return iface;
}

interface NetworkInstance {
  name: Located<string>;
  bridged: boolean;
}

/** Subinterface name → the network-instance it is in. `default` is the default VRF (''). */
function readNetworkInstances(ctx: Ctx, root: JunosNode): Map<string, NetworkInstance> {
  const out = new Map<string, NetworkInstance>();
  for (const ni of childrenAt(root, 'network-instance')) {
    const type = valueAt(ni, 'type')?.word;
    const bridged = type === 'mac-vrf';
    for (const i of childrenAt(ni, 'interface')) {
      if (out.has(i.word)) {
        ctx.note(
          'warning',
          'duplicate-membership',
          `${i.word} is in more than one network-instance; the first one (${out.get(i.word)!.name.value || 'default'}) is read`,
          i.line,
        );
        continue;
      }
      out.set(i.word, { name: located(ni.word === 'default' ? '' : ni.word, ctx.loc(i.line)), bridged });
    }
  }
  return out;
}

/**
 * `network-instance X protocols ospf instance Y area A interface NAME`: the subinterface runs OSPF in area A (for
 * mtu/ospf-adjacency). An instance is disabled unless `admin-state enable` (srl_nokia-ospf), and a `passive true`
 * interface forms no adjacency. Not read: OSPFv3, and the interface `mtu` leaf (the MTU OSPF advertises when lower
 * than the IP MTU), which the model has no place for.
 */
function readOspf(ctx: Ctx, root: JunosNode, interfaces: Map<string, Interface>): void {
  for (const ni of childrenAt(root, 'network-instance')) {
    for (const inst of childrenAt(ni, 'protocols', 'ospf', 'instance')) {
      if (valueAt(inst, 'version')?.word === 'ospf-v3' || !isOn(valueAt(inst, 'admin-state')?.word)) continue;
      for (const area of childrenAt(inst, 'area')) {
        const id = normOspfArea(area.word);
        for (const i of childrenAt(area, 'interface')) {
          if (isOn(valueAt(i, 'passive')?.word)) continue;
          const iface = interfaces.get(i.word);
          if (iface) iface.ospf = located({ area: id, mtuIgnore: false }, ctx.loc(i.line));
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// QoS

interface PfcProfile {
  /** Forwarding-class index → the priority its pfc-queue pauses with, and the line that says so. */
  classPriority: Map<number, Located<number>>;
  /** The deadlock (PFC watchdog) `enable true` line of the profile's received-pfc-pause-frames, when set. */
  watchdog?: Loc;
  /** Priorities whose pfc-queue generates pause frames (`enable-pfc true`). */
  noDrop: Located<number>[];
}

interface QueueProfile {
  ecn?: Located<QueueEcn>;
  wredDrop?: Located<QueueEcn>;
}

/** fcN → N; a user-named class by its `forwarding-class-index`. */
function readForwardingClasses(ctx: Ctx, qos: JunosNode | undefined): Map<string, Located<number>> {
  const out = new Map<string, Located<number>>();
  for (const fc of childrenAt(qos, 'forwarding-classes', 'forwarding-class')) {
    const idx = valueAt(fc, 'forwarding-class-index');
    const v = ctx.int(idx, `forwarding-class ${fc.word} forwarding-class-index`, 0, 15);
    if (idx && v !== undefined) out.set(fc.word, located(v, ctx.loc(idx.line)));
  }
  return out;
}

function classIndex(fcs: Map<string, Located<number>>, name: string): number | undefined {
  const own = fcs.get(name)?.value;
  if (own !== undefined) return own;
  const m = /^fc(\d+)$/.exec(name);
  return m && Number(m[1]) <= 15 ? Number(m[1]) : undefined;
}

/** `qos queues queue Q queue-index N`, else `queue-N` / a bare number by name. */
function queueIndex(queues: Map<string, number>, name: string): number | undefined {
  const own = queues.get(name);
  if (own !== undefined) return own;
  const m = /^(?:queue-)?(\d+)$/.exec(name);
  return m && Number(m[1]) <= 15 ? Number(m[1]) : undefined;
}

function readDscpPolicies(ctx: Ctx, qos: JunosNode | undefined, fcs: Map<string, Located<number>>): Map<string, (Setting<number> | undefined)[]> {
  const out = new Map<string, (Setting<number> | undefined)[]>();
  for (const p of childrenAt(qos, 'classifiers', 'dscp-policy')) {
    ctx.def('classifier', p, 'dscp');
    const table: (Setting<number> | undefined)[] = new Array(64).fill(undefined);
    for (const d of childrenAt(p, 'dscp')) {
      const fcNode = valueAt(d, 'forwarding-class');
      if (!fcNode) continue;
      const cls = classIndex(fcs, fcNode.word);
      if (cls === undefined) {
        ctx.note('warning', 'unknown-forwarding-class', `dscp-policy ${p.word}: forwarding class "${fcNode.word}" is not defined`, fcNode.line);
        continue;
      }
      for (const dscp of dscpValues(ctx, d)) table[dscp] = explicit(cls, ctx.loc(fcNode.line));
    }
    out.set(p.word, table);
  }
  return out;
}

/** The code points of a `dscp` entry: a value (26, af31) or a range (24-31). */
function dscpValues(ctx: Ctx, d: JunosNode): number[] {
  const r = /^(\d+)-(\d+)$/.exec(d.word);
  if (r) {
    const lo = Number(r[1]);
    const hi = Number(r[2]);
    if (lo <= hi && hi <= 63) return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  }
  const v = parseDscp(d.word);
  if (v !== undefined) return [v];
  ctx.note('warning', 'bad-value', `DSCP "${d.word}" is not a code point`, d.line);
  return [];
}

function readPfcProfiles(ctx: Ctx, qos: JunosNode | undefined, fcs: Map<string, Located<number>>): Map<string, PfcProfile> {
  const out = new Map<string, PfcProfile>();
  for (const p of childrenAt(qos, 'pfc-mapping-profile')) {
    ctx.def('congestion-notification-profile', p, 'pfc-mapping-profile');
    const prof: PfcProfile = { classPriority: new Map(), noDrop: [] };
    const deadlock = valueAt(p, 'received-pfc-pause-frames', 'deadlock', 'enable');
    if (deadlock && isOn(deadlock.word)) prof.watchdog = ctx.loc(deadlock.line);
    for (const q of childrenAt(p, 'received-traffic', 'unicast-mapping', 'pfc-queue')) {
      const enable = valueAt(q, 'enable-pfc');
      if (!enable || !isOn(enable.word)) continue;
      const prios: Located<number>[] = [];
      for (const pr of childrenAt(q, 'pfc-pause-frame-priority')) {
        const v = ctx.int(pr, `pfc-queue ${q.word} pfc-pause-frame-priority`, 0, 7);
        if (v !== undefined) prios.push(located(v, ctx.loc(pr.line)));
      }
      for (const pr of prios) if (!prof.noDrop.some((x) => x.value === pr.value)) prof.noDrop.push(located(pr.value, ctx.loc(enable.line)));
      const first = prios[0];
      if (!first) continue;
      for (const fc of childrenAt(q, 'forwarding-class')) {
        const cls = classIndex(fcs, fc.word);
        if (cls !== undefined && !prof.classPriority.has(cls)) prof.classPriority.set(cls, first);
      }
    }
    out.set(p.word, prof);
  }
  return out;
}

/** One `wred-slope <traffic-type> <drop-probability> <enable-ecn>` list of a queue-management-profile or a queue. */
function readSlopes(ctx: Ctx, slopes: JunosNode | undefined): QueueProfile {
  const out: QueueProfile = {};
  for (const traffic of slopes?.children ?? []) {
    for (const drop of traffic.children) {
      for (const ecnKey of drop.children) {
        if (ecnKey.word !== 'true' && ecnKey.word !== 'false') continue;
        const slope = ecnKey;
        const minLeaf = ['min-threshold-percent', 'min-threshold', 'min-threshold-bytes'].find((w) => child(slope, w));
        const maxLeaf = ['max-threshold-percent', 'max-threshold', 'max-threshold-bytes'].find((w) => child(slope, w));
        const min = minLeaf ? valueAt(slope, minLeaf) : undefined;
        const max = maxLeaf ? valueAt(slope, maxLeaf) : undefined;
        const prob = valueAt(slope, 'max-drop-probability-percent') ?? valueAt(slope, 'max-probability');
        const e: QueueEcn = { ecn: ecnKey.word === 'true' };
        const minV = min ? Number(min.word) : NaN;
        const maxV = max ? Number(max.word) : NaN;
        if (Number.isFinite(minV)) e.minThreshold = minV;
        if (Number.isFinite(maxV)) e.maxThreshold = maxV;
        // `min-threshold` of a queue-management-profile is in bytes, like `…-bytes`; `…-percent` of the buffer.
        const leaf = minLeaf ?? maxLeaf;
        if (leaf) e.unit = leaf.endsWith('percent') ? 'percent' : 'bytes';
        if (prob && Number.isFinite(Number(prob.word))) e.probability = Number(prob.word);
        const loc = ctx.loc(slope.line);
        if (e.ecn) out.ecn ??= located(e, loc);
        else if (isOn(valueAt(slope, 'drop')?.word) || valueAt(slope, 'slope-enabled')?.word === 'true' || (min && max)) out.wredDrop ??= located(e, loc);
      }
    }
  }
  return out;
}

function readQueueProfiles(ctx: Ctx, qos: JunosNode | undefined): Map<string, QueueProfile> {
  const out = new Map<string, QueueProfile>();
  for (const p of childrenAt(qos, 'buffer-management', 'queue-management-profile')) {
    ctx.def('wred-profile', p, 'queue-management-profile');
    out.set(p.word, readSlopes(ctx, child(p, 'wred', 'wred-slope')));
  }
  return out;
}

interface QosBinding {
  /** The `qos interfaces interface <id>` node. */
  node: JunosNode;
  /** The interface it applies to (its interface-ref, else the id), canonical name. */
  target: string;
}

function readQos(ctx: Ctx, root: JunosNode, interfaces: Map<string, Interface>, anchor: Loc, facts: SrlinuxFacts): DeviceQos {
  const qosNode = child(root, 'qos');
  const fcs = readForwardingClasses(ctx, qosNode);
  const policies = readDscpPolicies(ctx, qosNode, fcs);
  const pfcProfiles = readPfcProfiles(ctx, qosNode, fcs);
  const queueProfiles = readQueueProfiles(ctx, qosNode);
  const queueNames = new Map<string, number>();
  for (const q of childrenAt(qosNode, 'queues', 'queue')) {
    const v = ctx.int(valueAt(q, 'queue-index'), `queue ${q.word} queue-index`, 0, 15);
    if (v !== undefined) queueNames.set(q.word, v);
  }

  const classToQueue: (Setting<number> | undefined)[] = [];
  for (const fc of childrenAt(qosNode, 'forwarding-classes', 'forwarding-class')) {
    const cls = classIndex(fcs, fc.word);
    const q = valueAt(fc, 'output', 'queue') ?? valueAt(fc, 'output', 'unicast-queue');
    if (cls === undefined || !q) continue;
    const qi = queueIndex(queueNames, q.word);
    if (qi === undefined) ctx.note('warning', 'unknown-queue', `forwarding-class ${fc.word}: queue "${q.word}" has no queue-index`, q.line);
    else classToQueue[cls] = explicit(qi, ctx.loc(q.line));
  }

  const bindings: QosBinding[] = [];
  for (const b of childrenAt(qosNode, 'interfaces', 'interface')) {
    const ref = child(b, 'interface-ref');
    const refIf = valueAt(ref, 'interface')?.word;
    const refSub = valueAt(ref, 'subinterface')?.word;
    const target = refIf ? (refSub !== undefined ? `${refIf}.${refSub}` : refIf) : b.word;
    if (!interfaces.has(target)) {
      ctx.note('info', 'qos-interface-unknown', `qos interfaces interface ${b.word} applies to ${target}, which this file does not configure`, b.line);
      continue;
    }
    bindings.push({ node: b, target });
  }
  // Port-level bindings first, so that a subinterface's own binding wins.
  bindings.sort((a, b) => Number(a.target.includes('.')) - Number(b.target.includes('.')));
  // A binding reaches its interface and, on a port, the port's subinterfaces.
  const subsOf = new Map<string, Interface[]>();
  for (const i of interfaces.values()) {
    if (!i.parent) continue;
    const list = subsOf.get(i.parent);
    if (list) list.push(i);
    else subsOf.set(i.parent, [i]);
  }
  const use = new Map<string, number>();
  for (const { node, target } of bindings) {
    const ifaces = [interfaces.get(target)!, ...(subsOf.get(target) ?? [])];
    for (const i of ifaces) facts.setPaths.set(`qos ${i.name}`, ['qos', 'interfaces', 'interface', node.word]);
    applyClassifier(ctx, node, ifaces, policies, use);
    applyPfc(ctx, node, ifaces, pfcProfiles, facts);
    applyQueues(ctx, node, ifaces, queueProfiles, queueNames);
  }

  // Where the file classifies by DSCP, a data port it binds no dscp-policy to runs the built-in `default` policy,
  // whose mapping the file does not hold: say so (no policy) rather than lend it the device's table.
  if (policies.size > 0) {
    const unbound: InterfaceClassification = { dscpToClass: new Array(64).fill(undefined), remark: [], byCos: false };
    for (const i of interfaces.values()) {
      if (!i.classification && (i.kind === 'physical' || i.kind === 'port-channel' || i.kind === 'subinterface')) i.classification = unbound;
    }
  }
  const dscpToClass: (Setting<number> | undefined)[] = new Array(64).fill(undefined);
  let name = [...use.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (name === undefined && policies.size === 1) name = [...policies.keys()][0];
  const table = name ? policies.get(name) : undefined;
  if (table) for (let d = 0; d < 64; d++) dscpToClass[d] = table[d];
  const classToPriority: (Located<number> | undefined)[] = [];
  for (const prof of pfcProfiles.values()) for (const [cls, p] of prof.classPriority) classToPriority[cls] ??= p;
  const qos: DeviceQos = {
    dscpToClass,
    cosToClass: [],
    classToQueue,
    noDropPriorities: [],
    queues: [],
    watchdog: { enabled: defaulted(false, anchor) },
    classMaps: [],
    policyMaps: [],
    systemPolicies: [],
    // Per-port PFC (each port's pfc-mapping-profile), no policy maps. What differs from PER_PORT_QOS: deadlock
    // detection (the watchdog) is off unless a pfc-mapping-profile turns it on; a DSCP no entry of the port's
    // dscp-policy lists goes to fc0; no CoS table is read; queue settings are per port (`qos interfaces interface X
    // output queues`), and a queue is strict only where `scheduling strict-priority true` says so.
    ...PER_PORT_QOS,
    pfcBehaviour: { ...PER_PORT_QOS.pfcBehaviour, watchdog: { ...PER_PORT_QOS.pfcBehaviour.watchdog, absenceMeansOff: true } },
    classLabel: 'forwarding-class',
    defaultClassification: 'none',
    cosNeedsTrust: false,
    queueSettings: 'interface',
    strictPriority: 'explicit',
  };
  if (name) qos.classificationPolicy = name;
  if (pfcProfiles.size > 0) qos.classToPriority = classToPriority;
  // The deadlock mechanism (SR Linux's PFC watchdog) is off unless a pfc-mapping-profile enables it; its timers are
  // milliseconds, 750 each by default (srl_nokia-qos).
  const wdProfile = childrenAt(qosNode, 'pfc-mapping-profile').find((p) => pfcProfiles.get(p.word)?.watchdog);
  if (wdProfile) {
    const dl = child(wdProfile, 'received-pfc-pause-frames', 'deadlock');
    qos.watchdog = { enabled: explicit(true, pfcProfiles.get(wdProfile.word)!.watchdog!) };
    const det = valueAt(dl, 'detection-timer');
    const detV = ctx.int(det, 'deadlock detection-timer', 10, 1500);
    if (det && detV !== undefined) qos.watchdog.timeout = located(detV / 1000, ctx.loc(det.line));
    const rec = valueAt(dl, 'recovery-timer');
    const recV = ctx.int(rec, 'deadlock recovery-timer', 100, 1500);
    if (rec && recV !== undefined) qos.watchdog.recovery = located(recV / 1000, ctx.loc(rec.line));
  }
  return qos;
}

function applyClassifier(ctx: Ctx, b: JunosNode, ifaces: Interface[], policies: Map<string, (Setting<number> | undefined)[]>, use: Map<string, number>): void {
  const cl = child(b, 'input', 'classifiers');
  const p = valueAt(cl, 'dscp-policy') ?? valueAt(cl, 'ipv4-dscp-policy') ?? valueAt(cl, 'ipv6-dscp-policy');
  if (!p) return;
  const table = policies.get(p.word);
  ctx.ref('classifier', p, 'qos interfaces input classifiers');
  if (!table) {
    if (p.word === 'default')
      ctx.note('info', 'builtin-policy', `dscp-policy default is the platform's built-in classifier; its mapping is not in the file`, p.line);
    return;
  }
  use.set(p.word, (use.get(p.word) ?? 0) + 1);
  const classification: InterfaceClassification = { dscpToClass: table, remark: [], policy: located(p.word, ctx.loc(p.line)), byCos: false };
  for (const i of ifaces) i.classification = classification;
}

function applyPfc(ctx: Ctx, b: JunosNode, ifaces: Interface[], profiles: Map<string, PfcProfile>, facts: SrlinuxFacts): void {
  const pfc = child(b, 'pfc');
  const en = valueAt(pfc, 'pfc-enable');
  if (!en) return;
  const mode: Setting<PfcMode> = explicit(isOn(en.word) ? 'on' : 'off', ctx.loc(en.line));
  const profNode = valueAt(pfc, 'pfc-mapping-profile');
  const profName = profNode?.word ?? 'default';
  const prof = profiles.get(profName);
  if (profNode) ctx.ref('congestion-notification-profile', profNode, 'qos interfaces pfc');
  if (mode.value === 'on' && !prof && profName === 'default') {
    ctx.note('info', 'builtin-policy', `PFC uses the built-in pfc-mapping-profile default; its no-drop priorities are not in the file`, en.line);
  }
  // A port's no-drop priorities are its profile's pfc-queues when PFC is on: with `pfc-enable false` the profile
  // stays bound but the port generates no pause frame, so it declares nothing no-drop.
  for (const i of ifaces) {
    i.pfc = { mode, noDropPriorities: prof && mode.value === 'on' ? prof.noDrop : [] };
    if (prof)
      facts.pfcProfilePriorities.set(
        i.name,
        prof.noDrop.map((p) => p.value),
      );
    if (prof?.watchdog) i.pfc.watchdog = located(true, prof.watchdog);
  }
}

function applyQueues(ctx: Ctx, b: JunosNode, ifaces: Interface[], profiles: Map<string, QueueProfile>, queueNames: Map<string, number>): void {
  const queues: QueueConfig[] = [];
  for (const q of childrenAt(b, 'output', 'queues', 'queue')) {
    const idx = queueIndex(queueNames, q.word);
    if (idx === undefined) {
      ctx.note('warning', 'unknown-queue', `queue "${q.word}" has no queue-index`, q.line);
      continue;
    }
    const qc: QueueConfig = { queue: idx };
    const blk = ctx.block(q);
    if (blk) qc.block = blk;
    const strict = valueAt(q, 'scheduling', 'strict-priority');
    if (strict) qc.strictPriority = located(isOn(strict.word), ctx.loc(strict.line));
    const pct = valueAt(q, 'scheduling', 'peak-rate-percent');
    const pv = ctx.int(pct, `queue ${q.word} peak-rate-percent`, 0, 100);
    if (pct && pv !== undefined) qc.bandwidthPercent = located(pv, ctx.loc(pct.line));
    const profNode = valueAt(q, 'queue-management-profile');
    let prof: QueueProfile | undefined;
    if (profNode) {
      prof = profiles.get(profNode.word);
      ctx.ref('wred-profile', profNode, 'qos interfaces output queues');
    }
    const own = readSlopes(ctx, child(q, 'active-queue-management', 'wred-slope'));
    const ecn = own.ecn ?? prof?.ecn;
    const drop = own.wredDrop ?? prof?.wredDrop;
    if (ecn) qc.ecn = ecn;
    if (drop) qc.wredDrop = drop;
    queues.push(qc);
  }
  if (queues.length === 0) return;
  for (const i of ifaces) i.queues = queues;
}
