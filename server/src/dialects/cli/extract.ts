import { defaulted as defaultedSetting, explicit, type Loc, type Located, type Position, type Setting } from '../../model/location';
import type {
  Device,
  DeviceQos,
  Interface,
  InterfaceClassification,
  InterfaceKind,
  PfcMode,
  PolicyMap,
  QueueConfig,
  ServicePolicyRef,
} from '../../model/types';
import { hostnameFromUri } from '../../model/file-names';
import { interfaceKind, parentOf } from '../../model/interface-names';
import type { CliDocument, CliLine } from '../../parsing/cli-tree';
import { Ctx, kw, normPolicyType, sectionEnd, systemClassQueue, type QosSettings } from './context';
import { defaultAdminUp, defaultMtu, defaultPfcMode, defaultSwitched, eosDefaultCosToTc, eosDefaultDscpToTc, qosBehaviour, type CliDialect } from './defaults';
import { readEosTopLevel } from './eos';
import { newGlobals, type Globals } from './globals';
import { readInterfaceSection, type IfState } from './interface';
import { readIosTopLevel } from './ios';
import { nxosBreakoutSpeed, readNxosBreakout, readNxosTopLevel } from './nxos';
import { configuredSpeed } from '../../model/port-speed';
import { platformPortSpeed } from '../platform-speeds';
import { readEosMlag, readNxosVpcDomain, readNxosVpcPeerLink } from './peer-group';
import { finalizeOspf, readRouterOspf } from './ospf';
import { QosTables, readClassMap, readOtherAttachments, readPolicyMap } from './qos';
import { deviceL2, finalizePortVlans, newL2Globals, readSpanningTreeLine, readVlanLine } from './vlans';

const DEVICE_HEADER = /^[!#]+\s*device:\s*(\S+)\s*\(([^,)]+)(?:,\s*([^)]+))?\)/i;

/**
 * Reads one EOS / NX-OS / IOS configuration into the vendor-neutral model. Never throws on content:
 * malformed values become ParseNotes. Linear in the number of lines (range headers replay their body
 * once per member).
 */
export function extractCliDevice(doc: CliDocument, dialect: CliDialect): Device {
  const ctx = new Ctx(doc, dialect);
  const g = newGlobals();
  const ifaces = new Map<string, IfState>();
  const tables = new QosTables();
  const l2 = newL2Globals();
  let lastTop: CliLine | undefined;

  for (const line of doc.lines) {
    if (line.words.length === 0) continue;
    const first = kw(line, 0);
    if (first !== 'end') lastTop = line;
    const neg = first === 'no' || first === 'default';
    const o = neg ? 1 : 0;
    const k = neg ? kw(line, 1) : first;
    if (!neg) {
      if (k === 'interface') {
        if (dialect === 'eos' && kw(line, 1) === 'defaults' && line.words.length === 2) {
          readEosTopLevel(ctx, g, line, false, 0);
        } else if (dialect === 'nxos' && kw(line, 1) === 'breakout') {
          readNxosBreakout(ctx, g, line);
        } else {
          readInterfaceSection(ctx, ifaces, line);
          if (dialect === 'nxos') readNxosVpcPeerLink(ctx, g, line);
        }
        continue;
      }
      if (dialect === 'eos' && k === 'mlag' && kw(line, 1) === 'configuration') {
        readEosMlag(ctx, g, line);
        continue;
      }
      if (dialect === 'nxos' && k === 'vpc' && kw(line, 1) === 'domain') {
        readNxosVpcDomain(ctx, g, line);
        continue;
      }
      if (k === 'hostname' || (k === 'switchname' && dialect === 'nxos')) {
        const w = line.words[1];
        if (w) g.hostname = ctx.at(w.text, line);
        else ctx.note('warning', 'missing-value', `${k} without a name`, line);
        continue;
      }
      if (k === 'version' && line.words[1]) {
        g.version ??= line.words[1].text;
        continue;
      }
      if (k === 'router' && kw(line, 1) === 'ospf') {
        readRouterOspf(ctx, g.ospf, line);
        continue;
      }
      if (k === 'class-map') {
        readClassMap(ctx, tables, line);
        continue;
      }
      if (k === 'policy-map') {
        readPolicyMap(ctx, tables, line);
        continue;
      }
      if (dialect === 'nxos' && k === 'control-plane' && line.words.length === 1) {
        readOtherAttachments(ctx, line, 'control-plane', 'control-plane');
        continue;
      }
      if (dialect === 'nxos' && k === 'vlan' && kw(line, 1) === 'configuration') {
        readOtherAttachments(ctx, line, 'vlan-configuration', 'qos');
        continue;
      }
    }
    if (k === 'vlan' && readVlanLine(ctx, l2, line, neg, o)) continue;
    if (k === 'spanning-tree' && readSpanningTreeLine(ctx, l2, line, neg, o)) continue;
    if (k === 'vtp' && kw(line, o + 1) === 'mode') {
      const m = kw(line, o + 2);
      l2.vtpLocal = !neg && (m === 'transparent' || m === 'off');
      continue;
    }
    if (dialect === 'eos') readEosTopLevel(ctx, g, line, neg, o);
    else if (dialect === 'nxos') readNxosTopLevel(ctx, g, line, neg, o);
    else readIosTopLevel(ctx, g, line, neg, o);
  }

  readHeaderComments(ctx, doc, g);
  const anchor = deviceAnchor(doc, g);
  const qos = buildDeviceQos(ctx, g, tables, ifaces, anchor);

  const interfaces = new Map<string, Interface>();
  const classifications = new Map<PolicyMap | undefined, PolicyTables>();
  for (const st of ifaces.values()) interfaces.set(st.name, finalizeInterface(ctx, g, tables, qos, st, classifications));
  for (const iface of interfaces.values()) {
    iface.speed ??= nxosBreakoutSpeed(g, iface.name) ?? platformPortSpeed(g.platform, g.platformLoc, iface, interfaces);
  }

  let hostname = g.hostname?.value;
  if (hostname === undefined) {
    hostname = hostnameFromUri(doc.uri);
    ctx.notes.push({
      severity: 'info',
      code: 'hostname-missing',
      message: `no hostname line; using the file name "${hostname}"`,
      loc: anchor,
    });
  }

  const topLevelEnd: Position = lastTop ? sectionEnd(lastTop) : doc.end;
  const device: Device = {
    hostname,
    dialect,
    os: dialect,
    uri: doc.uri,
    interfaces,
    qos,
    symbols: { defs: ctx.defs, refs: ctx.refs },
    topLevelEnd,
    notes: ctx.notes,
  };
  if (g.hostname) device.hostnameLoc = g.hostname.loc;
  if (g.platform) device.platform = g.platform;
  if (g.version) device.version = g.version;
  if (g.peerGroup) device.peerGroup = g.peerGroup;
  const vxlanVni = new Map<number, Located<number>>();
  for (const st of ifaces.values()) for (const [vlan, vni] of st.vxlanVni) vxlanVni.set(vlan, vni);
  Object.assign(device, deviceL2(ctx, l2, vxlanVni, anchor));
  return device;
}

function readHeaderComments(ctx: Ctx, doc: CliDocument, g: Globals): void {
  // Only the first few comments can be a file header; later ones are section comments.
  const n = Math.min(doc.comments.length, 20);
  for (let i = 0; i < n; i++) {
    const text = doc.comments[i]!.text;
    if (!text.includes('device:')) continue;
    const m = DEVICE_HEADER.exec(text.trim());
    if (!m) continue;
    g.platform = m[2]!.trim();
    g.platformLoc = ctx.loc(doc.comments[i]!.range);
    if (m[3]) g.version ??= m[3].trim();
    return;
  }
}

/** Where device-wide defaulted values point: the hostname line, else the start of the file. */
function deviceAnchor(doc: CliDocument, g: Globals): Loc {
  if (g.hostname) return g.hostname.loc;
  const first = doc.lines[0];
  const pos = first ? first.range.start : { line: 0, character: 0 };
  return { uri: doc.uri, range: { start: pos, end: pos } };
}

// ---------------------------------------------------------------------------------------------
// Device QoS

function buildDeviceQos(ctx: Ctx, g: Globals, tables: QosTables, ifaces: Map<string, IfState>, anchor: Loc): DeviceQos {
  const dialect = ctx.dialect;
  const qos: DeviceQos = {
    dscpToClass: new Array(64).fill(undefined),
    cosToClass: new Array(8).fill(undefined),
    classToQueue: new Array(8).fill(undefined),
    noDropPriorities: [],
    queues: [],
    watchdog: { enabled: defaultedSetting(false, anchor) },
    classMaps: [...tables.classMaps.values()],
    policyMaps: [...tables.policyMaps.values()],
    systemPolicies: [...g.systemPolicies.values()],
    ...qosBehaviour(dialect),
  };
  if (g.systemQosBlock) qos.systemQosBlock = g.systemQosBlock;
  if (g.dscpRewrite) qos.dscpRewrite = g.dscpRewrite;
  if (g.pfcAllOff?.value) qos.pfcAllOff = g.pfcAllOff;
  const wd = g.watchdog;
  if (wd.enabled) qos.watchdog.enabled = explicit(wd.enabled.value, wd.enabled.loc);
  if (wd.timeout) qos.watchdog.timeout = wd.timeout;
  if (wd.recovery) qos.watchdog.recovery = wd.recovery;
  if (wd.polling) qos.watchdog.polling = wd.polling;
  if (wd.action) qos.watchdog.action = wd.action;

  if (dialect === 'eos') {
    for (let d = 0; d < 64; d++) {
      const e = g.dscpMap.get(d);
      qos.dscpToClass[d] = e ? explicit(e.value, e.loc) : defaultedSetting(eosDefaultDscpToTc(d), anchor);
    }
    for (let c = 0; c < 8; c++) {
      const e = g.cosMap.get(c);
      qos.cosToClass[c] = e ? explicit(e.value, e.loc) : defaultedSetting(eosDefaultCosToTc(c), anchor);
    }
    for (let t = 0; t < 8; t++) {
      const e = g.tcToQueue.get(t);
      qos.classToQueue[t] = e ? explicit(e.value, e.loc) : defaultedSetting(t, anchor);
    }
  } else if (dialect === 'nxos') {
    buildNxosClassification(g, tables, ifaces, qos, anchor);
    resolveUserSystemClasses(ctx, tables, qos);
    // qos-group N is served by system queue N (c-out-8q-qN) and network-qos class c-8q-nqN.
    for (let t = 0; t < 8; t++) qos.classToQueue[t] = defaultedSetting(t, anchor);
    const nq = systemPolicy(g, tables, 'network-qos');
    if (nq) {
      const seen = new Set<number>();
      // qos-group N is paused by the `pause pfc-cos` of c-8q-nqN; a group without one is paused by nothing.
      const classToPriority: (Located<number> | undefined)[] = new Array(8).fill(undefined);
      for (const pc of nq.classes) {
        const group = pc.qosGroup?.value;
        const first = pc.pausePfcCos?.value[0];
        if (group !== undefined && first !== undefined) classToPriority[group] ??= { value: first, loc: pc.pausePfcCos!.loc };
      }
      qos.classToPriority = classToPriority;
      for (const pc of nq.classes) {
        if (!pc.pausePfcCos) continue;
        for (const v of pc.pausePfcCos.value) {
          if (seen.has(v)) continue;
          seen.add(v);
          qos.noDropPriorities.push({ value: v, loc: pc.pausePfcCos.loc });
        }
      }
      qos.noDropPriorities.sort((a, b) => a.value - b.value);
    }
    const qp = systemPolicy(g, tables, 'queuing', 'output');
    if (qp) qos.queues = queuesOf(qp);
  }
  return qos;
}

/**
 * The qos-group each NX-OS queuing / network-qos class serves — from its system-class name, or (Nexus
 * 3000/5000/6000, user-defined system classes) from its class-map's `match qos-group N` — and the
 * queue it configures (queue N). A `pause no-drop` without `pfc-cos` pauses the CoS values that
 * classification puts in that qos-group (Cisco Nexus 3000 QoS guide, "Configuring no-drop").
 */
function resolveUserSystemClasses(ctx: Ctx, tables: QosTables, qos: DeviceQos): void {
  for (const pm of tables.policyMaps.values()) {
    const ptype = normPolicyType(pm.type);
    if (ptype !== 'queuing' && ptype !== 'network-qos') continue;
    for (const pc of pm.classes) {
      // NX-OS `class-default` of a queuing / network-qos policy is the default system class, qos-group 0.
      const sys = systemClassQueue(pc.name) ?? (pc.name.toLowerCase() === 'class-default' ? 0 : undefined);
      if (sys !== undefined) pc.qosGroup = { value: sys, loc: pc.loc };
      else {
        const cm = tables.classMaps.get(`${ptype}\u0000${pc.name}`);
        if (cm?.matchQosGroup) pc.qosGroup = cm.matchQosGroup;
      }
      if (pc.queue && pc.queue.queue < 0 && pc.qosGroup) pc.queue.queue = pc.qosGroup.value;
      if (!pc.pauseNoDrop || pc.pausePfcCos) continue;
      const group = pc.qosGroup?.value;
      const cos: number[] = [];
      if (group !== undefined) qos.cosToClass.forEach((s, c) => s && !s.defaulted && s.value === group && cos.push(c));
      if (cos.length > 0) pc.pausePfcCos = { value: cos, loc: pc.pauseNoDrop.loc };
      else
        ctx.note(
          'info',
          'pause-no-drop-unresolved',
          group === undefined
            ? `pause no-drop in class ${pc.name}: its class-map names no qos-group, so its CoS is not known`
            : `pause no-drop in class ${pc.name}: no classification puts a CoS in qos-group ${group}, so its PFC priority is not known`,
          pc.pauseNoDrop.loc,
        );
    }
  }
}

/** The policy of this type attached under `system qos` (output direction preferred for queuing). */
function systemPolicy(g: Globals, tables: QosTables, type: string, direction?: string): PolicyMap | undefined {
  let ref: Located<ServicePolicyRef> | undefined;
  for (const [key, r] of g.systemPolicies) {
    const [t, d] = key.split('|');
    if (t !== type) continue;
    if (direction && d !== direction && d !== 'none') continue;
    ref = r;
  }
  if (!ref) return undefined;
  return tables.policyMaps.get(`${type}\u0000${ref.value.name}`);
}

/** Queue settings of a queuing policy's system classes (c-out-8q-qN → queue N). */
function queuesOf(pm: PolicyMap): QueueConfig[] {
  const out: QueueConfig[] = [];
  for (const pc of pm.classes) {
    // readPolicyMap numbered the queue from the system class name (c-out-8q-q3 → 3, class-default → 0).
    if (!pc.queue || pc.queue.queue < 0) continue;
    out.push({ ...pc.queue });
  }
  return out.sort((a, b) => a.queue - b.queue);
}

/**
 * NX-OS DSCP/CoS → qos-group from a `policy-map type qos`: each class whose class-map matches dscp/cos
 * and that sets a qos-group. The device table comes from the policy that classifies the most
 * interfaces (their own `service-policy type qos input`, else the `system qos` one; ties: the first
 * seen). A policy that nothing attaches classifies nothing: without an attached one every DSCP and CoS is
 * in qos-group 0, whatever policies the file defines. Values point at the class-map `match` line that names the DSCP; unmatched values take the
 * class-default's `set qos-group` or default to qos-group 0 (unclassified traffic, notes §0.6).
 */
function buildNxosClassification(g: Globals, tables: QosTables, ifaces: Map<string, IfState>, qos: DeviceQos, anchor: Loc): void {
  // A `system qos` / `service-policy type qos input X` classifies on every interface without its own.
  const system = g.systemPolicies.get('qos|input')?.value.name;
  const counts = new Map<string, number>();
  for (const st of ifaces.values()) {
    const name = st.qos.policies.get('qos|input')?.value.name ?? system;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (system !== undefined && !counts.has(system)) counts.set(system, 0.5);
  let chosen: PolicyMap | undefined;
  let best = 0;
  for (const [name, n] of counts) {
    const pm = tables.policyMaps.get(`qos\u0000${name}`);
    if (pm && n > best) {
      best = n;
      chosen = pm;
    }
  }
  const table = policyTables(tables, chosen, anchor);
  if (chosen) qos.classificationPolicy = chosen.name;
  if (table.remark.some((r) => r !== undefined)) qos.dscpRemark = table.remark;
  if (table.drop.some((r) => r !== undefined)) qos.dscpDrop = table.drop;
  qos.dscpToClass = table.dscp;
  qos.cosToClass = table.cos;
}

interface PolicyTables {
  dscp: Setting<number>[];
  cos: Setting<number>[];
  remark: (Located<number> | undefined)[];
  drop: (Located<boolean> | undefined)[];
  /** Some class matches CoS and none matches DSCP. */
  byCos: boolean;
}

/**
 * DSCP/CoS → class of a `policy-map type qos`: each class whose class-map matches dscp/cos and sets a
 * qos-group (NX-OS, IOS) or traffic-class (EOS); the first matching class wins, as in the data plane.
 * Values point at the class-map `match` line; unmatched values take the class-default's class, else 0
 * (unclassified traffic, notes §0.6), pointing at the policy (or `anchor` without one).
 */
function policyTables(tables: QosTables, pm: PolicyMap | undefined, anchor: Loc): PolicyTables {
  const dscp: (Setting<number> | undefined)[] = new Array(64).fill(undefined);
  const cos: (Setting<number> | undefined)[] = new Array(8).fill(undefined);
  const remark: (Located<number> | undefined)[] = new Array(64).fill(undefined);
  const drop: (Located<boolean> | undefined)[] = new Array(64).fill(undefined);
  let dscpDefault: Setting<number> = defaultedSetting(0, pm?.loc ?? anchor);
  let cosDefault: Setting<number> = dscpDefault;
  let defaultRemark: Located<number> | undefined;
  let defaultDrop: Located<boolean> | undefined;
  let matchesDscp = false;
  let matchesCos = false;
  for (const pc of pm?.classes ?? []) {
    const set = pc.setQosGroup ?? pc.setTrafficClass;
    if (pc.name.toLowerCase() === 'class-default') {
      if (set) dscpDefault = cosDefault = explicit(set.value, set.loc);
      defaultRemark = pc.setDscp;
      defaultDrop = pc.drop;
      continue;
    }
    const cm = tables.classMaps.get(`qos\u0000${pc.name}`);
    if (!cm) continue;
    if (pc.setDscp) for (const m of cm.matchDscp) for (const d of m.value) remark[d] ??= pc.setDscp;
    if (pc.drop) for (const m of cm.matchDscp) for (const d of m.value) drop[d] ??= pc.drop;
    // A class that sets no class leaves the packet to the next one (as the device table always read it).
    if (!set) continue;
    if (cm.matchDscp.length > 0) matchesDscp = true;
    if (cm.matchCos.length > 0) matchesCos = true;
    for (const m of cm.matchDscp) for (const d of m.value) dscp[d] ??= explicit(set.value, m.loc);
    for (const m of cm.matchCos) for (const c of m.value) cos[c] ??= explicit(set.value, m.loc);
  }
  for (let d = 0; d < 64; d++) {
    if (dscp[d] === undefined) {
      dscp[d] = dscpDefault;
      if (defaultRemark) remark[d] = defaultRemark;
      if (defaultDrop) drop[d] = defaultDrop;
    }
  }
  for (let c = 0; c < 8; c++) cos[c] ??= cosDefault;
  return { dscp: dscp as Setting<number>[], cos: cos as Setting<number>[], remark, drop, byCos: matchesCos && !matchesDscp };
}

/**
 * The DSCP classification of one port when it is not the device's table: NX-OS the port's own
 * `service-policy type qos input` (else the `system qos` one, else none: everything in qos-group 0);
 * EOS/IOS a port's own input qos policy that sets a class, over the trust-based device table.
 */
function interfaceClassification(
  dialect: CliDialect,
  g: Globals,
  tables: QosTables,
  qos: DeviceQos,
  qs: QosSettings,
  header: Loc,
  cache: Map<PolicyMap | undefined, PolicyTables>,
): InterfaceClassification | undefined {
  const own = qs.policies.get('qos|input');
  const ref = own ?? (dialect === 'nxos' ? g.systemPolicies.get('qos|input') : undefined);
  const pm = ref ? tables.policyMaps.get(`qos\u0000${ref.value.name}`) : undefined;
  if (dialect === 'nxos') {
    if (pm && pm.name === qos.classificationPolicy) return undefined;
    if (!pm) {
      const none = defaultedSetting(0, header);
      return { dscpToClass: new Array(64).fill(none), remark: [], byCos: false };
    }
  } else if (!pm || !pm.classes.some((c) => c.setTrafficClass || c.setQosGroup || c.setDscp || c.drop)) return undefined;
  let t = cache.get(pm);
  if (!t) cache.set(pm, (t = policyTables(tables, pm, header)));
  const out: InterfaceClassification = { dscpToClass: t.dscp, remark: t.remark, drop: t.drop, byCos: t.byCos, policy: { value: pm.name, loc: ref!.loc } };
  if (dialect !== 'nxos') {
    // EOS/IOS: what the policy does not match keeps the trust-based class.
    out.dscpToClass = t.dscp.map((s, d) =>
      s.defaulted && !pm.classes.some((c) => c.name.toLowerCase() === 'class-default' && (c.setTrafficClass || c.setQosGroup)) ? qos.dscpToClass[d] : s,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Interfaces

function finalizeInterface(
  ctx: Ctx,
  g: Globals,
  tables: QosTables,
  qos: DeviceQos,
  st: IfState,
  classifications: Map<PolicyMap | undefined, PolicyTables>,
): Interface {
  const dialect = ctx.dialect;
  const header = st.block.header;
  const kind: InterfaceKind = interfaceKind(st.name);
  const baseKind = kind === 'physical' || kind === 'port-channel';

  // L2 / L3
  let mode: Setting<'routed' | 'switched'>;
  if (st.switchport) mode = explicit(st.switchport.value ? 'switched' : 'routed', st.switchport.loc);
  else {
    let switched = false;
    if (baseKind) {
      if (dialect === 'eos') switched = !(g.eosSwitchportDefaultRouted?.value ?? false);
      else if (dialect === 'nxos') switched = g.nxosSystemDefaultSwitchport?.value ?? defaultSwitched('nxos');
      else switched = defaultSwitched('ios');
    }
    mode = defaultedSetting(switched ? 'switched' : 'routed', header);
  }

  // MTU: explicit line, else configured default, else platform default.
  let mtu: Setting<number>;
  let mtuDefaultFrom: Loc | undefined;
  const l3 = dialect === 'ios' ? (st.ipMtu ?? st.mtu) : st.mtu;
  if (l3) mtu = explicit(l3.value, l3.loc);
  else if (g.defaultMtu && (kind === 'physical' || kind === 'port-channel' || kind === 'subinterface')) {
    mtu = defaultedSetting(g.defaultMtu.value, header);
    mtuDefaultFrom = g.defaultMtu.loc;
  } else mtu = defaultedSetting(defaultMtu(dialect, kind), header);

  const adminUp: Setting<boolean> = st.shutdown
    ? explicit(!st.shutdown.value, st.shutdown.loc)
    : defaultedSetting(
        defaultAdminUp(dialect, kind, mode.value === 'switched', {
          eosEthernetShutdown: g.eosEthernetShutdown?.value ?? false,
          nxosSwitchportShutdown: g.nxosSwitchportShutdown?.value ?? false,
        }),
        header,
      );

  // QoS: qos profile first, interface lines override it.
  const profile = st.qosProfile ? g.profiles.get(st.qosProfile.value) : undefined;
  const qs = profile ? overlay(profile.qs, st.qos) : st.qos;

  // PFC is a port feature: SVIs, loopbacks, tunnels, management ports default to off (no NX-OS DCBX `auto`).
  const pfcPort = baseKind || kind === 'subinterface' || kind === 'other';
  const pfcMode: Setting<PfcMode> = qs.pfcMode
    ? explicit(qs.pfcMode.value, qs.pfcMode.loc)
    : defaultedSetting(pfcPort ? defaultPfcMode(dialect) : 'off', header);
  let noDrop: Located<number>[] = [];
  if (dialect === 'nxos') {
    if (pfcMode.value !== 'off') noDrop = qos.noDropPriorities.slice();
  } else {
    for (const [p, v] of qs.pfcPriorities) if (v.value) noDrop.push({ value: p, loc: v.loc });
    noDrop.sort((a, b) => a.value - b.value);
  }

  let qosTrust: Setting<'dscp' | 'cos' | 'none'> | undefined;
  if (qs.trust) qosTrust = explicit(qs.trust.value, qs.trust.loc);
  else if (dialect === 'eos' && (baseKind || kind === 'subinterface')) {
    // `show running-config all`: routed ports show `qos trust dscp`, switchports `default qos trust` (CoS) [notes §1.1 BF-EOS-SRA].
    qosTrust = defaultedSetting(mode.value === 'routed' ? 'dscp' : 'cos', header);
  }

  let queues = [...qs.queues.values()].sort((a, b) => a.queue - b.queue);
  if (dialect === 'nxos' && queues.length === 0) {
    const ref = qs.policies.get('queuing|output');
    const pm = ref ? tables.policyMaps.get(`queuing\u0000${ref.value.name}`) : undefined;
    if (pm) queues = queuesOf(pm);
  }

  const ipv4 = st.ipv4Primary ? [st.ipv4Primary, ...st.ipv4Secondary] : st.ipv4Secondary.slice();
  const iface: Interface = {
    name: st.name,
    writtenAs: st.writtenAs,
    kind,
    block: st.block,
    headers: st.headers,
    adminUp,
    mtu,
    mode,
    ipv4,
    ipv6: st.ipv6,
    pfc: { mode: pfcMode, noDropPriorities: noDrop },
    servicePolicies: [...qs.policies.values()],
    queues,
    lines: st.lines,
  };
  if (qs.watchdog) iface.pfc.watchdog = qs.watchdog;
  if (baseKind || kind === 'subinterface') {
    const c = interfaceClassification(dialect, g, tables, qos, qs, header, classifications);
    if (c) iface.classification = c;
  }
  if (mtuDefaultFrom) iface.mtuDefaultFrom = mtuDefaultFrom;
  if (qosTrust) iface.qosTrust = qosTrust;
  if (st.description) iface.description = st.description;
  if (st.l2Mtu) iface.l2Mtu = st.l2Mtu;
  if (st.ipMtu) iface.ipMtu = st.ipMtu;
  if (st.vrf) iface.vrf = st.vrf;
  if (st.channelGroup) iface.channelGroup = st.channelGroup;
  const parent = parentOf(st.name);
  if (parent) iface.parent = parent;
  if (st.encapsulationVlan) iface.encapsulationVlan = st.encapsulationVlan;
  finalizePortVlans(ctx, st, iface);
  const speed = st.speed && configuredSpeed(st.speed.value, st.speed.loc);
  if (speed) iface.speed = speed;
  if (st.fec) iface.fec = st.fec;
  const send = st.pause.get('send');
  const recv = st.pause.get('receive');
  const pauseOn = send?.value ? send : recv?.value ? recv : undefined;
  const pauseAny = pauseOn ?? send ?? recv;
  if (pauseAny) iface.linkPause = { value: pauseOn !== undefined, loc: pauseAny.loc };
  if (st.qosProfile) iface.qosProfile = st.qosProfile;
  if (st.vxlanSource) iface.vxlanSource = st.vxlanSource;
  if (st.anycastGateway) iface.anycastGateway = st.anycastGateway;
  const ospf = finalizeOspf(g.ospf, st.name, st.ospf, st.ipv4Primary);
  if (ospf) iface.ospf = ospf;
  return iface;
}

/** Profile settings overlaid with the interface's own (the interface wins, field by field). */
function overlay(base: QosSettings, top: QosSettings): QosSettings {
  const out: QosSettings = {
    pfcPriorities: new Map([...base.pfcPriorities, ...top.pfcPriorities]),
    policies: new Map([...base.policies, ...top.policies]),
    queues: new Map(base.queues),
  };
  const mode = top.pfcMode ?? base.pfcMode;
  if (mode) out.pfcMode = mode;
  const wd = top.watchdog ?? base.watchdog;
  if (wd) out.watchdog = wd;
  const trust = top.trust ?? base.trust;
  if (trust) out.trust = trust;
  for (const [n, q] of top.queues) {
    const b = out.queues.get(n);
    out.queues.set(n, b ? mergeQueue(b, q) : q);
  }
  return out;
}

function mergeQueue(base: QueueConfig, top: QueueConfig): QueueConfig {
  const out: QueueConfig = { ...base };
  if (top.block) out.block = top.block;
  if (top.strictPriority) out.strictPriority = top.strictPriority;
  if (top.bandwidthPercent) out.bandwidthPercent = top.bandwidthPercent;
  if (top.bandwidthRemainingPercent) out.bandwidthRemainingPercent = top.bandwidthRemainingPercent;
  if (top.ecn) out.ecn = top.ecn;
  if (top.wredDrop) out.wredDrop = top.wredDrop;
  return out;
}
