/**
 * Reads a Junos configuration (braces or set, already turned into a path tree by
 * parsing/junos-adapter.ts, apply-groups resolved) into the vendor-neutral model. Never throws on
 * content: unreadable values become ParseNotes.
 *
 * Semantics (notes/fabric-domain.md §0, §1.4):
 * - Interface.mtu is the Junos media MTU as written (`mtu 9216;` includes the 14-byte Ethernet
 *   header); default 1514, pointing at the interface header. ./mtu.ts (JUNOS_MTU) subtracts 14.
 *   A unit `et-0/0/0.0` (kind subinterface) carries its parent's media MTU (same loc: the line to
 *   edit); `family inet mtu` / `family inet6 mtu` are its ipMtu / ipv6Mtu, the unit's IP MTU per family
 *   whatever the media MTU [JNPR-MTU] (./mtu.ts JUNOS_MTU.toL3: else media − 14, − 18 on a port with
 *   `vlan-tagging` / `flexible-vlan-tagging`, whose default media MTU is then 1518 [Juniper, "Encapsulation
 *   Overhead by Encapsulation Type": 802.1Q/Ethernet version 2 is 18 bytes]).
 * - "Class" in DeviceQos is the forwarding class' queue number (`class NO-LOSS queue-num 4`), so
 *   classToQueue is the identity for the classes the file defines.
 * - PFC is on for an interface bound (`class-of-service interfaces <name or et-*>`) to a
 *   congestion-notification-profile whose `input` stanza marks code points `pfc`; the no-drop
 *   priorities are the `pfc-priority` of the no-loss forwarding class those DSCP code points classify
 *   to (else the 802.1p code point itself). A profile with only an `output` stanza (honour received
 *   pause) does not turn PFC on. `pfc-watchdog` in the profile is the interface's watchdog.
 * - Queues (ECN, strict priority, transmit rate) come from the scheduler-map bound to the interface.
 */
import { defaulted, explicit, located, type Loc, type Located, type Setting } from '../../model/location';
import type { Device, DeviceQos, Interface, InterfaceKind, PfcMode, QueueConfig, QueueEcn, SymbolKind } from '../../model/types';
import { PER_PORT_QOS } from '../../model/qos-behaviour';
import { blockKey, type JunosFacts } from './facts';
import { parseDscp } from '../../model/dscp';
import { normOspfArea } from '../../model/ip';
import { child, childrenAt, junosGlob, isPattern, statementsUnder, valueAt, type JunosDocument, type JunosNode } from '../../parsing/junos-tree';
import { PathTreeReader } from '../../parsing/path-tree-reader';
import type { Glob } from '../../model/glob';
import { JUNOS_MTU } from './mtu';
import { configuredSpeed } from '../../model/port-speed';
import { readJunosStp, readJunosVlans, readUnitVlans } from './l2';
import { vlanTable } from '../../model/vlan-table';

interface ForwardingClass {
  name: string;
  queue: number;
  noLoss: boolean;
  pfcPriority?: number;
  loc: Loc;
}

interface Cnp {
  name: string;
  node: JunosNode;
  /** DSCP code points (input dscp … pfc) and 802.1p code points (input ieee-802.1 … pfc). */
  inputDscp: Located<number>[];
  inputCos: Located<number>[];
  /** output ieee-802.1 code-point N flow-control-queue Q. */
  outputCos: Located<number>[];
  watchdog?: Loc;
}

interface Scheduler {
  strict?: Located<boolean>;
  percent?: Located<number>;
  ecn?: Loc;
  dropProfiles: Located<string>[];
}

interface CosBinding {
  pattern: string;
  glob: Glob;
  cnp?: Located<string>;
  schedulerMap?: Located<string>;
  classifierDscp?: Located<string>;
  rewriteDscp?: Located<string>;
}

class Ctx extends PathTreeReader {
  /** Built-in classifiers and rewrite rules (`default`, `dscp-default`, `ieee8021p-default` …) and forwarding classes. */
  protected override isBuiltin(name: string, kind: SymbolKind): boolean {
    return isJunosBuiltin(kind, name);
  }
}

export function extractJunosDevice(doc: JunosDocument): Device {
  const ctx = new Ctx(doc);
  const root = doc.root;
  const facts: JunosFacts = { dialect: 'junos', format: doc.format, setPaths: new Map(), vlanTagged: new Set() };

  // Hostname
  const hostNode = valueAt(root, 'system', 'host-name');
  const { hostname, anchor } = ctx.hostname(hostNode, 'system host-name');

  // Class of service
  const cos = child(root, 'class-of-service');
  const fcs = readForwardingClasses(ctx, cos);
  const aliases = readDscpAliases(cos);
  const classifiers = readClassifiers(ctx, cos, aliases);
  const rewrites = readRewriteRules(ctx, cos, aliases);
  const dropProfiles = readDropProfiles(ctx, cos);
  const schedulers = readSchedulers(ctx, cos);
  const schedulerMaps = readSchedulerMaps(ctx, cos);
  const cnps = readCnps(ctx, cos);
  const bindings = readCosInterfaces(ctx, cos);

  // Interfaces
  const interfaces = new Map<string, Interface>();
  const vrfOf = readVrfs(ctx, root);
  const vlans = readJunosVlans(ctx, root);
  for (const n of childrenAt(root, 'interfaces')) {
    if (isPattern(n.word) || n.word === 'interface-range' || n.word === 'apply-groups' || n.word === 'apply-groups-except') continue;
    // 802.1Q encapsulation on the port: 18 bytes of overhead between the media MTU and a unit's IP MTU.
    const tagged = !!(child(n, 'vlan-tagging') ?? child(n, 'flexible-vlan-tagging'));
    if (tagged) facts.vlanTagged!.add(n.word);
    const phys = readInterface(ctx, n, undefined, vrfOf, tagged);
    // A channelized port (`number-of-sub-ports 2`, channels et-0/0/0:0 …) carries no traffic itself.
    if (child(n, 'number-of-sub-ports') && phys.kind === 'physical' && childrenAt(n, 'unit').length === 0) phys.kind = 'other';
    interfaces.set(phys.name, phys);
    if (doc.format === 'set') facts.setPaths.set(blockKey(n.line.start), ['interfaces', n.word]);
    for (const u of childrenAt(n, 'unit')) {
      if (isPattern(u.word)) continue;
      const unit = readInterface(ctx, u, phys, vrfOf);
      interfaces.set(unit.name, unit);
      if (unit.mode.value === 'switched') readUnitVlans(ctx, u, n, unit, vlans);
      const irb = unit.kind === 'svi' ? vlans.irb.get(unit.name) : undefined;
      if (irb) unit.sviVlan = located(irb.vlan, irb.loc);
      if (doc.format === 'set') facts.setPaths.set(blockKey(u.line.start), ['interfaces', n.word, 'unit', u.word]);
    }
  }

  // A port with a single unit: the unit is the port's L3 side, and the port's description describes it too
  // (link inference and link/description-disagrees look at the interface that has the address).
  for (const iface of interfaces.values()) {
    if (!iface.parent || iface.description) continue;
    const port = interfaces.get(iface.parent);
    if (!port?.description) continue;
    const units = [...interfaces.values()].filter((i) => i.parent === port.name);
    if (units.length === 1) iface.description = port.description;
  }

  readPortSpeeds(ctx, root, interfaces);
  readOspf(ctx, root, interfaces);

  // Per-interface class of service
  const dscpClassifierUse = new Map<string, number>();
  for (const iface of interfaces.values()) {
    const port = iface.parent ? interfaces.get(iface.parent) : iface;
    const portName = port?.name ?? iface.name;
    const unitName = iface.parent ? iface.name.slice(iface.parent.length + 1) : undefined;
    for (const b of bindings) {
      if (!b.glob.test(portName)) continue;
      if (b.classifierDscp && (unitName !== undefined || b.pattern.indexOf('.') < 0)) {
        dscpClassifierUse.set(b.classifierDscp.value, (dscpClassifierUse.get(b.classifierDscp.value) ?? 0) + 1);
      }
      if (b.cnp) applyCnp(ctx, iface, b.cnp, cnps, classifiers, b.classifierDscp?.value, fcs);
      if (b.schedulerMap) iface.queues = queuesOf(b.schedulerMap.value, schedulerMaps, schedulers, fcs, dropProfiles);
      if (b.rewriteDscp) applyRewrite(iface, rewrites.get(b.rewriteDscp.value), fcs);
    }
  }

  const qos = buildQos(fcs, classifiers, dscpClassifierUse, cnps, bindings, anchor);
  const device = ctx.device({ hostname, dialect: 'junos', interfaces, qos, facts }, hostNode);
  const vtep = vtepSourceOf(root);
  if (vtep) device.vtepSource = { value: vtep.word, loc: ctx.loc(vtep.range) };
  if (vlans.byId.size > 0) device.vlans = vlanTable(device.uri, vlans.byId.values());
  const stp = readJunosStp(ctx, root, interfaces);
  if (stp) device.spanningTree = stp;
  const version = valueAt(root, 'version');
  if (version) device.version = version.word;
  return device;
}

/**
 * `switch-options vtep-source-interface lo0.0` (default instance), else the first `mac-vrf` routing instance's: the
 * interface VXLAN tunnels start from. Every instance of one device uses the same loopback unit in practice.
 */
function vtepSourceOf(root: JunosNode): JunosNode | undefined {
  const global = valueAt(root, 'switch-options', 'vtep-source-interface');
  if (global) return global;
  for (const ri of childrenAt(root, 'routing-instances')) {
    const v = valueAt(ri, 'vtep-source-interface');
    if (v) return v;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Interfaces

function kindOf(name: string): InterfaceKind {
  if (/^(et|xe|ge|mge|fte|xle|ce)-\d/.test(name)) return 'physical';
  if (/^ae\d+$/.test(name)) return 'port-channel';
  if (/^lo\d+$/.test(name)) return 'loopback';
  if (/^(em\d+|fxp\d+|me\d+|vme|re\d+:mgmt-\d+|mgmt)/.test(name)) return 'management';
  if (/^(vtep)$/.test(name)) return 'vxlan';
  if (/^(gr|ip|st|lt|fti)-?\d/.test(name)) return 'tunnel';
  return 'other';
}

function unitKind(parent: Interface): InterfaceKind {
  if (parent.kind === 'physical' || parent.kind === 'port-channel') return 'subinterface';
  if (parent.name === 'irb' || parent.name === 'vlan') return 'svi';
  return parent.kind;
}

function readInterface(ctx: Ctx, n: JunosNode, parent: Interface | undefined, vrfOf: Map<string, Located<string>>, tagged = false): Interface {
  const name = parent ? `${parent.name}.${n.word}` : n.word;
  const header = ctx.loc(n.block?.header ?? n.line);
  const block = ctx.block(n) ?? { header, end: header.range.end, childIndent: '' };
  const disable = child(n, 'disable');
  let adminUp: Setting<boolean> = disable ? explicit(false, ctx.loc(disable.line)) : defaulted(true, header);
  if (parent && !parent.adminUp.value) adminUp = parent.adminUp;

  const fams = child(n, 'family');
  const switched = child(fams, 'ethernet-switching');
  const inet = child(fams, 'inet');
  const inet6 = child(fams, 'inet6');

  let mtu: Setting<number>;
  if (parent) mtu = parent.mtu;
  else {
    const m = valueAt(n, 'mtu');
    const v = ctx.int(m, `${name} mtu`, 256, 16000);
    // The default media MTU is the default IP MTU (1500) plus the encapsulation overhead: 1514, or 1518 tagged.
    mtu = m && v !== undefined ? explicit(v, ctx.loc(m.line)) : defaulted(JUNOS_MTU.defaultMtu('physical', name, tagged), header);
  }

  const units = childrenAt(n, 'unit');
  let mode: Setting<'routed' | 'switched'>;
  if (parent)
    mode = switched
      ? explicit('switched', ctx.loc(switched.line))
      : inet || inet6
        ? explicit('routed', ctx.loc((inet ?? inet6)!.line))
        : defaulted('routed', header);
  else {
    const anySwitched = units.some((u) => child(u, 'family', 'ethernet-switching'));
    mode = anySwitched ? defaulted('switched', header) : defaulted('routed', header);
  }

  const iface: Interface = {
    name,
    writtenAs: [name],
    kind: parent ? unitKind(parent) : kindOf(name),
    block,
    headers: [header],
    adminUp,
    mtu,
    mode,
    ipv4: ctx.addresses(inet, 4, 'family inet'),
    ipv6: ctx.addresses(inet6, 6, 'family inet6'),
    pfc: parent ? parent.pfc : { mode: defaulted<PfcMode>('off', header), noDropPriorities: [] },
    servicePolicies: [],
    queues: parent ? parent.queues : [],
    lines: [],
  };
  if (parent) iface.parent = parent.name;
  const desc = valueAt(n, 'description');
  if (desc) iface.description = located(desc.word, ctx.loc(desc.line));
  const speed = valueAt(n, 'speed') ?? valueAt(n, 'ether-options', 'speed') ?? valueAt(n, 'gigether-options', 'speed');
  const rate = speed && configuredSpeed(speed.word, ctx.loc(speed.line));
  if (rate) iface.speed = rate;
  // 802.3x PAUSE: `ether-options flow-control` (or gigether-options); `no-flow-control` turns it off.
  for (const opts of ['ether-options', 'gigether-options']) {
    const on = child(n, opts, 'flow-control');
    const off = child(n, opts, 'no-flow-control');
    // Located at the word, which the fix writer turns into `no-flow-control`.
    if (on ?? off) iface.linkPause = located(!!on && !off, ctx.loc((on ?? off)!.range));
  }
  const fec = valueAt(n, 'gigether-options', 'fec') ?? valueAt(n, 'ether-options', 'fec');
  if (fec) iface.fec = located(fec.word, ctx.loc(fec.line));
  const lag = child(n, 'gigether-options', '802.3ad') ?? child(n, 'ether-options', '802.3ad');
  const bundle = lag?.children.find((c) => /^ae\d+$/.test(c.word)) ?? valueAt(lag, 'bundle');
  if (bundle) iface.channelGroup = located(bundle.word, ctx.loc(bundle.line));
  const ipMtu = valueAt(inet, 'mtu');
  if (ipMtu) {
    const v = ctx.int(ipMtu, `${name} family inet mtu`, 64, 16000);
    if (v !== undefined) iface.ipMtu = located(v, ctx.loc(ipMtu.line));
  }
  const ip6Mtu = valueAt(inet6, 'mtu');
  if (ip6Mtu) {
    const v = ctx.int(ip6Mtu, `${name} family inet6 mtu`, 1280, 16000);
    if (v !== undefined) iface.ipv6Mtu = located(v, ctx.loc(ip6Mtu.line));
  }
  const vrf = vrfOf.get(name);
  if (vrf) iface.vrf = vrf;
  const mtuNode = child(n, 'mtu');
  // Only the interface's own line: a value inherited from a group is overridden by inserting one.
  if (mtuNode && !mtuNode.group && !parent) iface.lines!.push(located(`mtu ${mtuNode.children[0]?.word ?? ''}`.trim(), ctx.loc(mtuNode.line)));
  return iface;
}

/**
 * `protocols ospf area X interface NAME [passive]`: the interface runs OSPF in area X (for mtu/ospf-adjacency).
 * Junos has no `mtu-ignore`; a name without a unit means unit 0. Routing instances are not read.
 */
/**
 * Speeds the port's own `speed` line does not give: a channel `et-0/0/0:1` runs at the `speed` of its channelized
 * port (`number-of-sub-ports N; speed 400g;` — on Junos Evolved the speed of each channel), and `chassis fpc F pic P
 * port N speed 100g` (or `channel-speed 10g` for its channels) sets the speed of port F/P/N.
 */
function readPortSpeeds(ctx: Ctx, root: JunosNode, interfaces: Map<string, Interface>): void {
  const chassis = new Map<string, { speed?: JunosNode; channel?: JunosNode }>();
  for (const fpc of childrenAt(root, 'chassis', 'fpc')) {
    for (const pic of childrenAt(fpc, 'pic')) {
      for (const port of childrenAt(pic, 'port')) {
        chassis.set(`${fpc.word}/${pic.word}/${port.word}`, { speed: valueAt(port, 'speed'), channel: valueAt(port, 'channel-speed') });
      }
    }
  }
  for (const iface of interfaces.values()) {
    if (iface.speed || iface.kind !== 'physical') continue;
    const m = /^[a-z]+-(\d+\/\d+\/\d+)(?::(\d+))?$/.exec(iface.name);
    if (!m) continue;
    const channelized = m[2] !== undefined ? interfaces.get(iface.name.slice(0, iface.name.lastIndexOf(':'))) : undefined;
    if (channelized?.speed?.source === 'configured') {
      iface.speed = { ...channelized.speed, source: 'breakout', written: `speed ${channelized.speed.written} of ${channelized.name}` };
      continue;
    }
    const c = chassis.get(m[1]!);
    const node = m[2] !== undefined ? c?.channel : c?.speed;
    const rate = node && configuredSpeed(node.word, ctx.loc(node.line));
    if (rate) iface.speed = m[2] !== undefined ? { ...rate, source: 'breakout', written: `channel-speed ${node.word} of port ${m[1]}` } : rate;
  }
}

function readOspf(ctx: Ctx, root: JunosNode, interfaces: Map<string, Interface>): void {
  for (const area of childrenAt(root, 'protocols', 'ospf', 'area')) {
    if (isPattern(area.word)) continue;
    for (const i of childrenAt(area, 'interface')) {
      if (child(i, 'passive')) continue;
      const iface = interfaces.get(i.word) ?? (i.word.includes('.') ? undefined : interfaces.get(`${i.word}.0`));
      if (iface) iface.ospf = located({ area: normOspfArea(area.word), mtuIgnore: false }, ctx.loc(i.line));
    }
  }
}

function readVrfs(ctx: Ctx, root: JunosNode): Map<string, Located<string>> {
  const out = new Map<string, Located<string>>();
  for (const ri of childrenAt(root, 'routing-instances')) {
    if (isPattern(ri.word)) continue;
    for (const i of childrenAt(ri, 'interface')) out.set(i.word, located(ri.word, ctx.loc(i.line)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Class of service

function readForwardingClasses(ctx: Ctx, cos: JunosNode | undefined): Map<string, ForwardingClass> {
  const out = new Map<string, ForwardingClass>();
  const fc = child(cos, 'forwarding-classes');
  for (const c of childrenAt(fc, 'class')) {
    ctx.def('forwarding-class', c);
    const q = valueAt(c, 'queue-num');
    const queue = ctx.int(q, `forwarding class ${c.word} queue-num`, 0, 15);
    if (queue === undefined) continue;
    const f: ForwardingClass = { name: c.word, queue, noLoss: false, loc: ctx.loc(c.line) };
    // `class X queue-num 4 no-loss pfc-priority 3;` is one statement: the words after queue-num's value.
    for (const st of statementsUnder(c)) {
      const words = st.nodes.map((x) => x.word);
      if (words.includes('no-loss')) f.noLoss = true;
      const i = words.indexOf('pfc-priority');
      if (i >= 0) {
        const p = ctx.int(st.nodes[i + 1], `forwarding class ${c.word} pfc-priority`, 0, 7);
        if (p !== undefined) f.pfcPriority = p;
      }
      f.loc = ctx.loc(st.line);
    }
    out.set(c.word, f);
  }
  // Older style: `queue 3 fcoe;` / `queue 4 no-loss no-loss;`
  for (const q of childrenAt(fc, 'queue')) {
    const queue = ctx.int(q, 'forwarding-classes queue', 0, 15);
    if (queue === undefined) continue;
    for (const name of q.children) {
      ctx.def('forwarding-class', name);
      const f: ForwardingClass = { name: name.word, queue, noLoss: child(name, 'no-loss') !== undefined, loc: ctx.loc(name.line) };
      out.set(name.word, f);
    }
  }
  return out;
}

/** classifier name → DSCP → forwarding class, with the code-point line. */
type Classifiers = Map<string, Map<number, Located<string>>>;

/**
 * rewrite rule name → forwarding class → the DSCP its packets leave with (`rewrite-rules dscp R { forwarding-class
 * FC { loss-priority low code-point af11; } }`); null when the loss priorities of the class rewrite to different
 * values, so which one a packet gets depends on a loss priority the model does not follow.
 */
type RewriteRules = Map<string, Map<string, Located<number> | null>>;

function readRewriteRules(ctx: Ctx, cos: JunosNode | undefined, aliases: Map<string, number>): RewriteRules {
  const out: RewriteRules = new Map();
  for (const r of childrenAt(cos, 'rewrite-rules', 'dscp')) {
    const table = new Map<string, Located<number> | null>();
    out.set(r.word, table);
    for (const fc of childrenAt(r, 'forwarding-class')) {
      for (const lp of childrenAt(fc, 'loss-priority')) {
        for (const cp of childrenAt(lp, 'code-point')) {
          const v = aliases.get(cp.word) ?? parseDscp(cp.word);
          if (v === undefined) continue;
          const had = table.get(fc.word);
          table.set(fc.word, had === undefined ? located(v, ctx.loc(cp.line)) : had !== null && had.value === v ? had : null);
        }
      }
    }
  }
  return out;
}

/** `code-point-aliases dscp ALIAS1 001000;` (and dscp-ipv6 where dscp does not name it). */
function readDscpAliases(cos: JunosNode | undefined): Map<string, number> {
  const aliases = new Map<string, number>();
  for (const a of childrenAt(cos, 'code-point-aliases', 'dscp')) {
    const v = a.children[0] ? parseDscp(a.children[0].word) : undefined;
    if (v !== undefined) aliases.set(a.word, v);
  }
  for (const a of childrenAt(cos, 'code-point-aliases', 'dscp-ipv6')) {
    const v = a.children[0] ? parseDscp(a.children[0].word) : undefined;
    if (v !== undefined && !aliases.has(a.word)) aliases.set(a.word, v);
  }
  return aliases;
}

function readClassifiers(ctx: Ctx, cos: JunosNode | undefined, aliases: Map<string, number>): Classifiers {
  const out: Classifiers = new Map();
  // Rewrite rules are defined here (qos/unused-definition, qos/undefined-reference); readRewriteRules reads the DSCP ones.
  for (const type of child(cos, 'rewrite-rules')?.children ?? []) {
    for (const r of type.children) {
      ctx.def('rewrite-rule', r, type.word);
      for (const fc of childrenAt(r, 'forwarding-class')) ctx.ref('forwarding-class', fc, 'rewrite-rule');
    }
  }
  const cls = child(cos, 'classifiers');
  for (const type of cls?.children ?? []) {
    for (const c of type.children) {
      ctx.def('classifier', c, type.word);
      for (const fc of childrenAt(c, 'forwarding-class')) ctx.ref('forwarding-class', fc, 'classifier');
      if (type.word !== 'dscp' && type.word !== 'dscp-ipv6') continue;
      const table = out.get(c.word) ?? new Map<number, Located<string>>();
      out.set(c.word, table);
      for (const fc of childrenAt(c, 'forwarding-class')) {
        for (const lp of childrenAt(fc, 'loss-priority')) {
          for (const cp of childrenAt(lp, 'code-points')) {
            const v = aliases.get(cp.word) ?? parseDscp(cp.word);
            if (v === undefined) {
              ctx.note('warning', 'bad-value', `code point "${cp.word}" is not a DSCP value or a code-point alias`, cp.line);
              continue;
            }
            table.set(v, located(fc.word, ctx.loc(cp.line)));
          }
        }
      }
    }
  }
  return out;
}

/** True for a name Junos defines itself: built-in classifiers and rewrite rules, and the QFX forwarding classes. */
export function isJunosBuiltin(kind: SymbolKind, name: string): boolean {
  if (kind === 'forwarding-class') return BUILTIN_FCS.has(name);
  return /(^|-)default$/i.test(name);
}

/** QFX built-in forwarding classes (queue numbers), used when a classifier names one the file does not define. */
const BUILTIN_FCS = new Map<string, number>([
  ['best-effort', 0],
  ['fcoe', 3],
  ['no-loss', 4],
  ['network-control', 7],
  ['mcast', 8],
]);

function queueOf(fc: string, fcs: Map<string, ForwardingClass>): number | undefined {
  return fcs.get(fc)?.queue ?? BUILTIN_FCS.get(fc);
}

interface DropProfile {
  fill: number[];
  prob: number[];
}

function numbers(ctx: Ctx, nodes: JunosNode[], what: string): number[] {
  const out: number[] = [];
  for (const n of nodes) {
    const v = ctx.int(n, what, 0, 100);
    if (v !== undefined) out.push(v);
  }
  return out;
}

function readDropProfiles(ctx: Ctx, cos: JunosNode | undefined): Map<string, DropProfile> {
  const out = new Map<string, DropProfile>();
  for (const dp of childrenAt(cos, 'drop-profiles')) {
    ctx.def('drop-profile', dp);
    const ip = child(dp, 'interpolate') ?? dp;
    out.set(dp.word, {
      fill: numbers(ctx, childrenAt(ip, 'fill-level'), `drop profile ${dp.word} fill-level`),
      prob: numbers(ctx, childrenAt(ip, 'drop-probability'), `drop profile ${dp.word} drop-probability`),
    });
  }
  return out;
}

function readSchedulers(ctx: Ctx, cos: JunosNode | undefined): Map<string, Scheduler> {
  const out = new Map<string, Scheduler>();
  for (const s of childrenAt(cos, 'schedulers')) {
    ctx.def('scheduler', s);
    const sch: Scheduler = { dropProfiles: [] };
    const prio = valueAt(s, 'priority');
    if (prio) sch.strict = located(prio.word === 'strict-high', ctx.loc(prio.line));
    const tr = child(s, 'transmit-rate');
    const pct = valueAt(tr, 'percent');
    if (pct) {
      const v = ctx.int(pct, `scheduler ${s.word} transmit-rate percent`, 0, 100);
      if (v !== undefined) sch.percent = located(v, ctx.loc(pct.line));
    }
    const ecn = child(s, 'explicit-congestion-notification');
    if (ecn) sch.ecn = ctx.loc(ecn.line);
    for (const st of statementsUnder(s)) {
      const words = st.nodes.map((x) => x.word);
      if (words[0] !== 'drop-profile-map') continue;
      const i = words.indexOf('drop-profile');
      const ref = i >= 0 ? st.nodes[i + 1] : undefined;
      if (!ref) continue;
      ctx.ref('drop-profile', ref, 'scheduler');
      sch.dropProfiles.push(located(ref.word, ctx.loc(st.line)));
    }
    out.set(s.word, sch);
  }
  return out;
}

/** scheduler-map → forwarding class → scheduler. */
function readSchedulerMaps(ctx: Ctx, cos: JunosNode | undefined): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of childrenAt(cos, 'scheduler-maps')) {
    ctx.def('scheduler-map', m);
    const table = new Map<string, string>();
    for (const fc of childrenAt(m, 'forwarding-class')) {
      ctx.ref('forwarding-class', fc, 'scheduler-map');
      const s = valueAt(fc, 'scheduler');
      if (!s) continue;
      ctx.ref('scheduler', s, 'scheduler-map');
      table.set(fc.word, s.word);
    }
    out.set(m.word, table);
  }
  return out;
}

function readCnps(ctx: Ctx, cos: JunosNode | undefined): Map<string, Cnp> {
  const out = new Map<string, Cnp>();
  for (const p of childrenAt(cos, 'congestion-notification-profile')) {
    ctx.def('congestion-notification-profile', p);
    const cnp: Cnp = { name: p.word, node: p, inputDscp: [], inputCos: [], outputCos: [] };
    const wd = child(p, 'pfc-watchdog');
    if (wd) cnp.watchdog = ctx.loc(wd.line);
    for (const cp of childrenAt(p, 'input', 'dscp', 'code-point')) {
      if (!child(cp, 'pfc')) continue;
      const v = parseDscp(cp.word);
      if (v === undefined) ctx.note('warning', 'bad-value', `code point "${cp.word}" is not a DSCP value`, cp.line);
      else cnp.inputDscp.push(located(v, ctx.loc(cp.line)));
    }
    for (const cp of childrenAt(p, 'input', 'ieee-802.1', 'code-point')) {
      if (!child(cp, 'pfc')) continue;
      const v = /^[01]{3}$/.test(cp.word) ? parseInt(cp.word, 2) : undefined;
      if (v === undefined) ctx.note('warning', 'bad-value', `code point "${cp.word}" is not a 3-bit 802.1p value`, cp.line);
      else cnp.inputCos.push(located(v, ctx.loc(cp.line)));
    }
    for (const cp of childrenAt(p, 'output', 'ieee-802.1', 'code-point')) {
      const v = /^[01]{3}$/.test(cp.word) ? parseInt(cp.word, 2) : undefined;
      if (v !== undefined) cnp.outputCos.push(located(v, ctx.loc(cp.line)));
    }
    out.set(p.word, cnp);
  }
  return out;
}

function readCosInterfaces(ctx: Ctx, cos: JunosNode | undefined): CosBinding[] {
  const out: CosBinding[] = [];
  for (const i of childrenAt(cos, 'interfaces')) {
    if (i.word === 'apply-groups') continue;
    const pattern = i.word.replace(/^<(.*)>$/, '$1');
    const b: CosBinding = { pattern, glob: junosGlob(pattern) };
    const cnp = valueAt(i, 'congestion-notification-profile');
    if (cnp) {
      ctx.ref('congestion-notification-profile', cnp, 'cos-interface');
      b.cnp = located(cnp.word, ctx.loc(cnp.range));
    }
    const sm = valueAt(i, 'scheduler-map');
    if (sm) {
      ctx.ref('scheduler-map', sm, 'cos-interface');
      b.schedulerMap = located(sm.word, ctx.loc(sm.range));
    }
    // Classifiers and rewrite rules sit on the port (QFX) or on its units (`unit * { classifiers { dscp X; } }`).
    const places = [i, ...childrenAt(i, 'unit')];
    for (const at of places) {
      for (const type of childrenAt(at, 'rewrite-rules')) {
        for (const r of type.children) {
          ctx.ref('rewrite-rule', r, 'cos-interface', type.word);
          if (type.word === 'dscp') b.rewriteDscp ??= located(r.word, ctx.loc(r.range));
        }
      }
      for (const type of childrenAt(at, 'classifiers')) {
        for (const c of type.children) {
          ctx.ref('classifier', c, 'cos-interface', type.word);
          if (type.word === 'dscp') b.classifierDscp ??= located(c.word, ctx.loc(c.range));
        }
      }
    }
    out.push(b);
  }
  return out;
}

/**
 * The DSCP each class (forwarding-class queue) leaves the port with under its rewrite rule. A queue that two
 * forwarding classes share with different rewrites, or whose loss priorities rewrite differently, is left out.
 */
function applyRewrite(iface: Interface, rule: Map<string, Located<number> | null> | undefined, fcs: Map<string, ForwardingClass>): void {
  if (!rule) return;
  const out: (Located<number> | undefined)[] = [];
  const ambiguous = new Set<number>();
  for (const [name, v] of rule) {
    const q = fcs.get(name)?.queue ?? BUILTIN_FCS.get(name);
    if (q === undefined) continue;
    if (v === null || (out[q] !== undefined && out[q]!.value !== v.value)) ambiguous.add(q);
    else out[q] ??= v;
  }
  for (const q of ambiguous) out[q] = undefined;
  if (out.some((x) => x !== undefined)) iface.egressDscpRewrite = out;
}

function applyCnp(
  ctx: Ctx,
  iface: Interface,
  ref: Located<string>,
  cnps: Map<string, Cnp>,
  classifiers: Classifiers,
  classifierName: string | undefined,
  fcs: Map<string, ForwardingClass>,
): void {
  // Units share their port's pfc object; set it once, on the port.
  if (iface.parent) return;
  const cnp = cnps.get(ref.value);
  if (!cnp) return;
  const priorities: Located<number>[] = [];
  const table = classifierName ? classifiers.get(classifierName) : undefined;
  for (const d of cnp.inputDscp) {
    const fcName = table?.get(d.value)?.value ?? [...classifiers.values()].map((t) => t.get(d.value)?.value).find((x) => x !== undefined);
    const fc = fcName ? fcs.get(fcName) : undefined;
    if (fc?.pfcPriority !== undefined) priorities.push(located(fc.pfcPriority, d.loc));
    else if (cnp.outputCos.length === 1) priorities.push(located(cnp.outputCos[0]!.value, d.loc));
    else ctx.note('info', 'pfc-priority-unknown', `no pfc-priority found for DSCP ${d.value} of congestion-notification-profile ${cnp.name}`, d.loc.range);
  }
  for (const p of cnp.inputCos) priorities.push(p);
  if (cnp.inputDscp.length + cnp.inputCos.length > 0) {
    iface.pfc.mode = explicit<PfcMode>('on', ref.loc);
    const seen = new Set<number>();
    iface.pfc.noDropPriorities = priorities.filter((p) => !seen.has(p.value) && (seen.add(p.value), true));
  }
  if (cnp.watchdog) iface.pfc.watchdog = located(true, cnp.watchdog);
}

function queuesOf(
  mapName: string,
  maps: Map<string, Map<string, string>>,
  schedulers: Map<string, Scheduler>,
  fcs: Map<string, ForwardingClass>,
  dropProfiles: Map<string, DropProfile>,
): QueueConfig[] {
  const out: QueueConfig[] = [];
  for (const [fc, s] of maps.get(mapName) ?? []) {
    const queue = queueOf(fc, fcs);
    const sch = schedulers.get(s);
    if (queue === undefined || !sch) continue;
    const q: QueueConfig = { queue };
    if (sch.strict) q.strictPriority = sch.strict;
    if (sch.percent) q.bandwidthPercent = sch.percent;
    const dp = sch.dropProfiles[0];
    const prof = dp ? dropProfiles.get(dp.value) : undefined;
    if (sch.ecn) {
      const e: QueueEcn = { ecn: true };
      if (prof && prof.fill.length >= 2) {
        e.minThreshold = prof.fill[0]!;
        e.maxThreshold = prof.fill[prof.fill.length - 1]!;
        e.unit = 'percent';
        if (prof.prob.length > 0) e.probability = prof.prob[prof.prob.length - 1]!;
      }
      q.ecn = located(e, sch.ecn);
    } else if (dp && prof && prof.fill.length >= 2) {
      const e: QueueEcn = { ecn: false, minThreshold: prof.fill[0]!, maxThreshold: prof.fill[prof.fill.length - 1]!, unit: 'percent' };
      if (prof.prob.length > 0) e.probability = prof.prob[prof.prob.length - 1]!;
      q.wredDrop = located(e, dp.loc);
    }
    out.push(q);
  }
  return out.sort((a, b) => a.queue - b.queue);
}

function buildQos(
  fcs: Map<string, ForwardingClass>,
  classifiers: Classifiers,
  use: Map<string, number>,
  cnps: Map<string, Cnp>,
  bindings: CosBinding[],
  anchor: Loc,
): DeviceQos {
  const dscpToClass: (Setting<number> | undefined)[] = new Array(64).fill(undefined);
  // The classifier most interfaces use, else the only one defined.
  let name = [...use.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (name === undefined && classifiers.size === 1) name = [...classifiers.keys()][0];
  const table = name ? classifiers.get(name) : undefined;
  for (const [d, fc] of table ?? []) {
    const q = queueOf(fc.value, fcs);
    if (q !== undefined) dscpToClass[d] = explicit(q, fc.loc);
  }
  const classToQueue: (Setting<number> | undefined)[] = [];
  for (const fc of fcs.values()) classToQueue[fc.queue] = explicit(fc.queue, fc.loc);
  const bound = new Set(bindings.map((b) => b.cnp?.value).filter((x): x is string => x !== undefined));
  const wd = [...cnps.values()].find((c) => c.watchdog && bound.has(c.name));
  const qos: DeviceQos = {
    dscpToClass,
    cosToClass: [],
    classToQueue,
    noDropPriorities: [],
    queues: [],
    watchdog: { enabled: wd?.watchdog ? explicit(true, wd.watchdog) : defaulted(false, anchor) },
    classMaps: [],
    policyMaps: [],
    systemPolicies: [],
    // Congestion-notification profiles per interface, `pfc-watchdog` in them; schedulers are not tied to ports yet.
    ...PER_PORT_QOS,
  };
  if (name) qos.classificationPolicy = name;
  // A forwarding class is paused by its `no-loss pfc-priority`; the others by nothing.
  const classToPriority: (Located<number> | undefined)[] = [];
  for (const fc of fcs.values()) if (fc.noLoss && fc.pfcPriority !== undefined) classToPriority[fc.queue] ??= located(fc.pfcPriority, fc.loc);
  qos.classToPriority = classToPriority;
  return qos;
}
