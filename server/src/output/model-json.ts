import type { Intent } from '../intent/types';
import { interfaceRoles, type InterfaceRole } from '../model/interface-roles';
import type { Loc, Located, Setting } from '../model/location';
import type {
  ClassMap,
  Device,
  DeviceQos,
  Endpoint,
  Fabric,
  Interface,
  IpAddress,
  Link,
  LinkEvidence,
  LinkIssue,
  PolicyMap,
  QueueConfig,
  QueueEcn,
  ServicePolicyRef,
} from '../model/types';
import { displayPath, naturalCompare } from './common';
import { vlanTableDefs } from '../model/vlan-table';
import { formatVlans } from '../model/vlans';
import { behaviourKind, contractCodePoints, deviceBehaviour, hopBehaviour, localNames, type ContractPoint, type HopBehaviour } from '../model/hop-behaviour';

/**
 * `fabric-lint model`: what fabric-lint understood of the fabric, as JSON. Scripts read this, so the
 * shape only ever grows. Lines are 1-based. Devices are sorted by hostname and interfaces by name in
 * natural order (Ethernet2 < Ethernet10); links by their first end. Optional values are `null` when
 * the config does not set them, so every key is always present.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface ModelJsonOptions {
  cwd: string;
}

function line(loc: Loc | undefined): number | null {
  return loc ? loc.range.start.line + 1 : null;
}

function val<T extends Json>(l: Located<T> | undefined): T | null {
  return l ? l.value : null;
}

function setting<T extends Json>(s: Setting<T> | undefined): { value: T; defaulted: boolean; line: number | null } | null {
  return s ? { value: s.value, defaulted: s.defaulted, line: line(s.loc) } : null;
}

function ip(a: Located<IpAddress>): string {
  return `${a.value.address}/${a.value.prefixLength}`;
}

function policyRef(p: Located<ServicePolicyRef>): Json {
  return { type: p.value.type, direction: p.value.direction, name: p.value.name, line: line(p.loc) };
}

function ecn(e: Located<QueueEcn> | undefined): Json {
  if (!e) return null;
  const v = e.value;
  return {
    ecn: v.ecn,
    minThreshold: v.minThreshold ?? null,
    maxThreshold: v.maxThreshold ?? null,
    unit: v.unit ?? null,
    maxUnit: v.maxUnit ?? null,
    probability: v.probability ?? null,
    line: line(e.loc),
  };
}

function queue(q: QueueConfig): Json {
  return {
    queue: q.queue,
    strictPriority: val(q.strictPriority),
    bandwidthPercent: val(q.bandwidthPercent),
    bandwidthRemainingPercent: val(q.bandwidthRemainingPercent),
    ecn: ecn(q.ecn),
    wredDrop: ecn(q.wredDrop),
    bufferLimit: q.bufferLimit ? { bytes: q.bufferLimit.bytes, basis: q.bufferLimit.basis, line: line(q.bufferLimit.loc) } : null,
  };
}

function roleJson(r: InterfaceRole | undefined, opts: ModelJsonOptions): Json {
  if (!r) return null;
  return { role: r.role, evidence: r.evidence.map((e) => ({ text: e.text, location: e.loc ? locRef(e.loc, opts) : null })) };
}

/** A per-hop behaviour: its meaning (kind, pausedOn, strict, ecn, remarkedTo), its local names, and its lines. */
function behaviour(d: Device, b: HopBehaviour): Json {
  return {
    kind: behaviourKind(b),
    pausedOn: b.pausedOn ?? null,
    lossyBecause: b.lossyBecause ?? null,
    strict: b.strict,
    strictByDefault: b.strictByDefault ?? false,
    ecn: b.ecn,
    wredDrop: b.wredDrop,
    remarkedTo: b.remarkedTo ?? null,
    remarkLine: line(b.remarkAt),
    dropped: b.dropped ?? false,
    dropLine: line(b.dropAt),
    byCos: b.byCos,
    local: localNames(d, b),
    classifiedLine: line(b.classifiedAt),
    classDefaulted: b.classDefaulted,
    pfcLine: line(b.pfcAt),
    queueLine: line(b.queueAt),
  };
}

const TRAFFIC_KINDS = new Set<Interface['kind']>(['physical', 'port-channel', 'subinterface']);

function iface(d: Device, i: Interface, role: InterfaceRole | undefined, opts: ModelJsonOptions, points: ContractPoint[]): Json {
  return {
    name: i.name,
    writtenAs: [...i.writtenAs],
    kind: i.kind,
    role: roleJson(role, opts),
    line: line(i.block.header),
    mtu: setting(i.mtu),
    // Junos `family inet|inet6 mtu` (IOS `ip mtu`); why a defaulted MTU is unknown (Cumulus, release not named).
    ipMtu: i.ipMtu ? { value: i.ipMtu.value, line: line(i.ipMtu.loc) } : null,
    ipv6Mtu: i.ipv6Mtu ? { value: i.ipv6Mtu.value, line: line(i.ipv6Mtu.loc) } : null,
    mtuUnknown: i.mtuUnknown ?? null,
    l2Mtu: i.l2Mtu ? { value: i.l2Mtu.value, line: line(i.l2Mtu.loc) } : null,
    adminUp: i.adminUp.value,
    mode: i.mode.value,
    description: val(i.description),
    vrf: val(i.vrf),
    ipv4: i.ipv4.map(ip),
    ipv6: i.ipv6.map(ip),
    channelGroup: val(i.channelGroup),
    parent: i.parent ?? null,
    encapsulationVlan: val(i.encapsulationVlan),
    accessVlan: val(i.accessVlan),
    vlanMode: i.vlanMode ? i.vlanMode.value : null,
    trunkAllowedVlans: i.trunkAllowedVlans ? formatVlans(i.trunkAllowedVlans.value) : null,
    nativeVlan: i.nativeVlan ? i.nativeVlan.value : null,
    mlagId: val(i.mlagId),
    stpOff: val(i.stpOff),
    speed: i.speed
      ? { gbps: i.speed.gbps, ...(i.speed.lanes ? { lanes: i.speed.lanes } : {}), source: i.speed.source, written: i.speed.written, line: line(i.speed.loc) }
      : null,
    fec: val(i.fec),
    linkPause: val(i.linkPause),
    pfc: {
      mode: i.pfc.mode.value,
      modeDefaulted: i.pfc.mode.defaulted,
      noDropPriorities: i.pfc.noDropPriorities.map((p) => p.value).sort((a, b) => a - b),
      watchdog: val(i.pfc.watchdog),
    },
    qosTrust: i.qosTrust ? i.qosTrust.value : null,
    servicePolicies: i.servicePolicies.map(policyRef),
    qosProfile: val(i.qosProfile),
    queues: [...i.queues].sort((a, b) => a.queue - b.queue).map(queue),
    vxlanSource: val(i.vxlanSource),
    anycastGateway: val(i.anycastGateway),
    classification: i.classification ? { policy: i.classification.policy?.value ?? null, byCos: i.classification.byCos } : null,
    hopBehaviour: TRAFFIC_KINDS.has(i.kind) ? points.map((p) => ({ dscp: p.dscp, name: p.name, ...(behaviour(d, hopBehaviour(d, i, p.dscp)) as object) })) : [],
  };
}

/** Explicit entries of an index → value table, plus whether the rest is the platform default. */
function table(t: readonly (Setting<number> | undefined)[]): Json {
  const entries: { [k: string]: Json } = {};
  let defaulted = false;
  t.forEach((s, idx) => {
    if (!s) return;
    if (s.defaulted) defaulted = true;
    else entries[String(idx)] = s.value;
  });
  return { entries, defaulted };
}

function classMap(c: ClassMap): Json {
  return {
    name: c.name,
    type: c.type,
    matchAll: c.matchAll,
    matchDscp: c.matchDscp.flatMap((m) => m.value),
    matchCos: c.matchCos.flatMap((m) => m.value),
    line: line(c.loc),
  };
}

function policyMap(p: PolicyMap): Json {
  return {
    name: p.name,
    type: p.type,
    line: line(p.loc),
    classes: p.classes.map((c) => ({
      name: c.name,
      line: line(c.loc),
      setQosGroup: val(c.setQosGroup),
      setTrafficClass: val(c.setTrafficClass),
      setDscp: val(c.setDscp),
      setCos: val(c.setCos),
      pausePfcCos: c.pausePfcCos ? [...c.pausePfcCos.value] : null,
      mtu: val(c.mtu),
      queue: c.queue ? queue(c.queue) : null,
    })),
  };
}

function qos(q: DeviceQos): Json {
  const w = q.watchdog;
  return {
    dscpToClass: table(q.dscpToClass),
    cosToClass: table(q.cosToClass),
    classToQueue: table(q.classToQueue),
    noDropPriorities: q.noDropPriorities.map((p) => p.value).sort((a, b) => a - b),
    queues: [...q.queues].sort((a, b) => a.queue - b.queue).map(queue),
    dscpRewrite: val(q.dscpRewrite),
    watchdog: {
      enabled: setting(w.enabled),
      timeout: val(w.timeout),
      recovery: val(w.recovery),
      polling: val(w.polling),
      action: val(w.action),
    },
    classMaps: q.classMaps.map(classMap),
    policyMaps: q.policyMaps.map(policyMap),
    systemPolicies: q.systemPolicies.map(policyRef),
    classToPriority: q.classToPriority ? Array.from(q.classToPriority, (x) => x?.value ?? null) : null,
  };
}

function device(d: Device, fabric: Fabric, roles: Map<Interface, InterfaceRole>, opts: ModelJsonOptions, points: ContractPoint[]): Json {
  return {
    hostname: d.hostname,
    dialect: d.dialect,
    uri: d.uri,
    path: displayPath(d.uri, opts.cwd),
    line: line(d.hostnameLoc),
    platform: d.platform ?? null,
    version: d.version ?? null,
    interfaces: [...d.interfaces.values()].sort((a, b) => naturalCompare(a.name, b.name)).map((i) => iface(d, i, roles.get(i), opts, points)),
    peerGroup: d.peerGroup ? plain(d.peerGroup, opts) : null,
    vlans: d.vlans ? [...vlanTableDefs(d.vlans)].map((v) => ({ id: v.id, name: v.name ?? null, vni: val(v.vni) })) : null,
    spanningTree: d.spanningTree
      ? {
          enabled: d.spanningTree.enabled.value,
          mode: val(d.spanningTree.mode),
          offVlans: d.spanningTree.offVlans ? formatVlans(d.spanningTree.offVlans.value) : null,
        }
      : null,
    qos: qos(d.qos),
    hopBehaviour: points.map((p) => {
      const r = deviceBehaviour(d, p.dscp, fabric);
      return { dscp: p.dscp, name: p.name, source: p.source, ports: r.ports.length, of: r.of, ...(behaviour(d, r.behaviour) as object) };
    }),
    notes: d.notes.map((n) => ({ severity: n.severity, code: n.code, message: n.message, line: line(n.loc) })),
  };
}

function endpoint(e: Endpoint): { device: string; interface: string } {
  return { device: e.device, interface: e.interface };
}

function compareEndpoints(a: Endpoint, b: Endpoint): number {
  return naturalCompare(a.device, b.device) || naturalCompare(a.interface, b.interface);
}

/** The same link whichever end was found first: the lower endpoint is `a`. */
function orient<T extends { a: Endpoint; b: Endpoint }>(x: T): { a: Endpoint; b: Endpoint } {
  return compareEndpoints(x.a, x.b) <= 0 ? { a: x.a, b: x.b } : { a: x.b, b: x.a };
}

function locRef(loc: Loc, opts: ModelJsonOptions): Json {
  return { path: displayPath(loc.uri, opts.cwd), line: line(loc) };
}

function evidence(e: LinkEvidence, opts: ModelJsonOptions): Json {
  return { source: e.source, detail: e.detail, a: endpoint(e.a), b: endpoint(e.b), locations: e.locs.map((l) => locRef(l, opts)) };
}

function link(l: Link, opts: ModelJsonOptions): Json {
  const o = orient(l);
  return {
    a: endpoint(o.a),
    b: endpoint(o.b),
    source: l.source,
    detail: l.detail,
    evidence: l.evidence.map((e) => evidence(e, opts)),
  };
}

function linkIssue(i: LinkIssue, opts: ModelJsonOptions): Json {
  switch (i.kind) {
    case 'ambiguous-subnet':
      return {
        kind: i.kind,
        subnet: i.subnet,
        members: [...i.members]
          .sort((x, y) => compareEndpoints(x.endpoint, y.endpoint))
          .map((m) => ({ ...endpoint(m.endpoint), ...(locRef(m.loc, opts) as object) })),
      };
    case 'source-conflict':
      return { kind: i.kind, winner: evidence(i.winner, opts), loser: evidence(i.loser, opts) };
    case 'unpaired':
      return { kind: i.kind, endpoint: endpoint(i.endpoint), subnet: i.subnet, location: locRef(i.loc, opts) };
  }
}

/** Any value as JSON: locations become {path, line}, Maps objects, undefined null. */
function plain(v: unknown, opts: ModelJsonOptions): Json {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => plain(x, opts));
  if (v instanceof Map) {
    const o: { [k: string]: Json } = {};
    for (const [k, x] of v) o[String(k)] = plain(x, opts);
    return o;
  }
  if (typeof v === 'object') {
    const r = v as Record<string, unknown>;
    if (typeof r.uri === 'string' && r.range && typeof r.range === 'object' && Object.keys(r).length === 2) {
      return locRef(r as unknown as Loc, opts);
    }
    const o: { [k: string]: Json } = {};
    for (const k of Object.keys(r)) o[k] = plain(r[k], opts);
    return o;
  }
  return null;
}

function intentJson(intent: Intent, opts: ModelJsonOptions): Json {
  const { uri, locs: _locs, ...rest } = intent;
  void _locs;
  return { uri, path: displayPath(uri, opts.cwd), ...(plain(rest, opts) as { [k: string]: Json }) };
}

export function modelJson(fabric: Fabric, intent: Intent | undefined, opts: ModelJsonOptions): Json {
  const devices = [...fabric.devices.values()].sort((a, b) => naturalCompare(a.hostname, b.hostname));
  const points = contractCodePoints(fabric, intent);
  const links = [...fabric.links].sort((x, y) => {
    const ox = orient(x);
    const oy = orient(y);
    return compareEndpoints(ox.a, oy.a) || compareEndpoints(ox.b, oy.b);
  });
  return {
    devices: devices.map((d) => device(d, fabric, interfaceRoles(fabric), opts, points)),
    links: links.map((l) => link(l, opts)),
    linkIssues: fabric.linkIssues
      .map((i) => linkIssue(i, opts))
      .map((j) => [JSON.stringify(j), j] as const)
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .map(([, j]) => j),
    intent: intent ? intentJson(intent, opts) : null,
    segments: (fabric.segments ?? []).map((sg) => ({
      subnet: sg.subnet,
      vrf: sg.vrf,
      members: sg.members.map((m) => ({ ...endpoint(m.endpoint), address: m.address, ...(locRef(m.loc, opts) as object) })),
    })),
  };
}

export function formatModel(fabric: Fabric, intent: Intent | undefined, opts: ModelJsonOptions): string {
  return JSON.stringify(modelJson(fabric, intent, opts), null, 2) + '\n';
}
