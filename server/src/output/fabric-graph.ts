/**
 * The fabric graph (shared/src/fabric-graph.ts) built from a lint: devices by tier with their worst finding,
 * links with their state and both ends' values, unpaired ports, and the findings they are coloured by. One
 * module for the language server's `fabricLint/fabricGraph` request and the CLI's HTML report.
 *
 * A finding is about a link when its rule compares the two ends (scope `link`, or a rule this module does not
 * know) and it sits in one end's interface section, or when it sits in one end and points at the other.
 */
import {
  FABRIC_GRAPH_VERSION,
  linkStateOf,
  SEVERITIES,
  type FabricGraph,
  type GraphDevice,
  type GraphEnd,
  type GraphFinding,
  type GraphHop,
  type GraphLink,
  type GraphLoc,
  type GraphSeverity,
  type GraphUnpaired,
} from '../../../shared/src/fabric-graph';
import { l3MtuOf } from '../dialects/mtu';
import type { LintResult } from '../engine/types';
import { inferRole, roleMatch } from '../intent/roles';
import {
  contractCodePoints,
  describeBehaviour,
  behaviourKind,
  fabricMeaning,
  forwardedMeaning,
  hopBehaviour,
  localNames,
  type ContractPoint,
} from '../model/hop-behaviour';
import { roleOfInterface } from '../model/interface-roles';
import type { Loc } from '../model/location';
import type { Device, Fabric, Interface } from '../model/types';
import { ruleById } from '../rules/index';
import { losslessSet } from '../rules/pfc/common';
import { resolvedLinks, type LinkEnds } from '../rules/support/links';
import type { Finding } from '../rules/types';
import { portClassification } from './port-classification';

export interface FabricGraphOptions {
  /**
   * 'full': every link end carries its MTU, PFC, trust and per-hop behaviour. 'brief': ends carry their names and
   * locations only (a 2,048-switch fabric has 127,000 links); `linkEnds` gives one link's values on demand.
   */
  ends?: 'full' | 'brief';
}

/** The graph of the last lint. Links are in the fabric's order, so an index stays valid until the next lint. */
export function fabricGraph(result: Readonly<LintResult>, options: FabricGraphOptions = {}): FabricGraph {
  const { fabric } = result;
  const contract = contractCodePoints(fabric, result.intent);
  const full = options.ends !== 'brief';
  const resolved = resolvedLinks(fabric);
  const links: GraphLink[] = resolved.map(({ link, a, b }) => ({
    a: graphEnd(a.device, a.iface, full ? contract : undefined),
    b: graphEnd(b.device, b.iface, full ? contract : undefined),
    state: 'consistent',
    states: [],
    source: link.source,
    detail: link.detail,
    evidence: full ? link.evidence.map((e) => ({ source: e.source, detail: e.detail, ...(e.locs[0] ? { loc: graphLoc(e.locs[0]) } : {}) })) : [],
    findings: [],
  }));
  const unpaired: GraphUnpaired[] = [];
  for (const issue of fabric.linkIssues) {
    if (issue.kind !== 'unpaired') continue;
    unpaired.push({ device: issue.endpoint.device, interface: issue.endpoint.interface, subnet: issue.subnet, loc: graphLoc(issue.loc), findings: [] });
  }

  const byUri = new Map<string, Device>();
  for (const d of fabric.devices.values()) byUri.set(d.uri, d);
  // Only the files that hold a finding (or a related location) need their interface sections indexed.
  const files = new Set<string>();
  for (const f of result.findings) {
    files.add(f.loc.uri);
    for (const r of f.related) files.add(r.loc.uri);
  }
  const places = new PlaceIndex(fabric, resolved, unpaired, files);
  const findings: GraphFinding[] = result.findings.map((f, i) => {
    const device = byUri.get(f.loc.uri)?.hostname;
    const out: GraphFinding = {
      ruleId: f.ruleId,
      family: familyOf(f.ruleId),
      severity: f.severity,
      message: f.message,
      loc: graphLoc(f.loc),
      ...(device ? { device } : {}),
    };
    const at = places.at(f.loc);
    if (at?.unpaired !== undefined) unpaired[at.unpaired]!.findings.push(i);
    const link = at?.ends.length ? linkOf(f, at, places) : undefined;
    if (link !== undefined) {
      out.link = link;
      links[link]!.findings.push(i);
    }
    return out;
  });
  for (const l of links) {
    const { state, states, severity } = linkStateOf(l, findings);
    Object.assign(l, { state, states }, severity ? { severity } : {});
  }

  const devices = graphDevices(result, findings, resolved);
  return {
    version: FABRIC_GRAPH_VERSION,
    tiers: devices.tiers,
    contract: contract.map(({ dscp, name, source }) => ({ dscp, name, source })),
    devices: devices.list,
    links,
    unpaired,
    findings,
  };
}

/** Both ends of link `index` of the last lint with their values (for a graph built with `ends: 'brief'`). */
export function linkEnds(result: Readonly<LintResult>, index: number): { a: GraphEnd; b: GraphEnd } | undefined {
  return linkValues(result)(index);
}

/**
 * Both ends' values of any link of the lint, one link at a time, with how many pieces of evidence it has: the
 * report's link table reads 127,000 links through it and keeps only their text, where a full graph would hold
 * every end's values at once.
 */
export function linkValues(result: Readonly<LintResult>): (index: number) => { a: GraphEnd; b: GraphEnd; evidence: number } | undefined {
  const resolved = resolvedLinks(result.fabric);
  const contract = contractCodePoints(result.fabric, result.intent);
  return (index) => {
    const r = resolved[index];
    return r && { a: graphEnd(r.a.device, r.a.iface, contract), b: graphEnd(r.b.device, r.b.iface, contract), evidence: r.link.evidence.length };
  };
}

// ---------------------------------------------------------------------------------------------
// Links and their ends

function graphEnd(device: Device, iface: Interface, contract: ContractPoint[] | undefined): GraphEnd {
  if (!contract) return { device: device.hostname, interface: iface.name };
  const header = iface.headers[iface.headers.length - 1] ?? iface.block.header;
  const end: GraphEnd = { device: device.hostname, interface: iface.name, loc: graphLoc(header) };
  const l3 = l3MtuOf(device, iface);
  end.mtu = l3
    ? { value: l3.value, defaulted: l3.defaulted, loc: graphLoc(l3.loc), ...(l3.value !== iface.mtu.value ? { written: iface.mtu.value } : {}) }
    : { value: null, defaulted: iface.mtu.defaulted, loc: graphLoc(iface.mtu.loc) };
  const allOff = device.qos.pfcAllOff?.value ? device.qos.pfcAllOff : undefined;
  end.pfc = {
    mode: allOff
      ? { value: 'off', loc: graphLoc(allOff.loc) }
      : { value: iface.pfc.mode.value, defaulted: iface.pfc.mode.defaulted, loc: graphLoc(iface.pfc.mode.loc) },
    noDrop: iface.pfc.noDropPriorities.map((p) => p.value),
    lossless: losslessSet(device, iface),
    ...(iface.pfc.noDropPriorities[0] ? { loc: graphLoc(iface.pfc.noDropPriorities[0].loc) } : {}),
  };
  if (iface.qosTrust) end.trust = { value: iface.qosTrust.value, defaulted: iface.qosTrust.defaulted, loc: graphLoc(iface.qosTrust.loc) };
  const c = portClassification(device, iface);
  end.classification = { field: c.field, text: c.text, ...(c.loc ? { loc: graphLoc(c.loc) } : {}) };
  end.hop = contract.map((p): GraphHop => {
    const b = hopBehaviour(device, iface, p.dscp);
    return {
      dscp: p.dscp,
      name: p.name,
      kind: behaviourKind(b),
      text: describeBehaviour(b),
      local: b.byCos ? '' : localNames(device, b),
      ...(b.pausedOn !== undefined ? { pausedOn: b.pausedOn } : {}),
      ecn: b.ecn,
      meaning: `${forwardedMeaning(b)}${fabricMeaning(b) === 'lossy|strict' ? '|strict' : ''}`,
      loc: graphLoc(b.classifiedAt),
    };
  });
  return end;
}

/** The rule family of a finding: the category of its id (`mtu/link-mismatch` → mtu), so rules added later still group. */
function familyOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash > 0 ? ruleId.slice(0, slash) : ruleId;
}

/**
 * The link a finding is about, among the links of the interface it sits in: the one whose other end (not the same
 * end through a member or subinterface) a related location points at; else, for a rule that compares link ends
 * (or one this module does not know), the only link.
 */
function linkOf(f: Finding, here: Place, places: PlaceIndex): number | undefined {
  for (const r of f.related) {
    const other = places.at(r.loc);
    const hit = other?.ends.find((o) => here.ends.some((h) => h.link === o.link && h.side !== o.side));
    if (hit) return hit.link;
  }
  const scope = ruleById(f.ruleId)?.scope;
  const links = new Set(here.ends.map((e) => e.link));
  return (scope === undefined || scope === 'link') && links.size === 1 ? here.ends[0]!.link : undefined;
}

/**
 * Where the interface sections of link ends and unpaired ports are, per file, so that a location finds its
 * interface by binary search. A port-channel member and a subinterface count as their link's interface, and a
 * subinterface end's parent port as its subinterface's.
 */
class PlaceIndex {
  private readonly spans = new Map<string, { start: number; end: number; place: Place }[]>();

  constructor(fabric: Fabric, resolved: LinkEnds[], unpaired: GraphUnpaired[], files: ReadonlySet<string>) {
    const places = new Map<Interface, Place>();
    const placeOf = (iface: Interface): Place => {
      let p = places.get(iface);
      if (!p) places.set(iface, (p = { iface, ends: [] }));
      return p;
    };
    resolved.forEach((r, i) => {
      [r.a, r.b].forEach((end, side) => {
        if (!files.has(end.iface.block.header.uri)) return;
        for (const iface of related(end.device, end.iface)) placeOf(iface).ends.push({ link: i, side });
      });
    });
    unpaired.forEach((u, i) => {
      const iface = fabric.devices.get(u.device)?.interfaces.get(u.interface);
      if (iface && files.has(iface.block.header.uri)) placeOf(iface).unpaired = i;
    });
    for (const p of places.values()) {
      const uri = p.iface.block.header.uri;
      let list = this.spans.get(uri);
      if (!list) this.spans.set(uri, (list = []));
      for (const h of p.iface.headers) if (h !== p.iface.block.header) list.push({ start: h.range.start.line, end: h.range.end.line, place: p });
      list.push({ start: p.iface.block.header.range.start.line, end: Math.max(p.iface.block.end.line, p.iface.block.header.range.end.line), place: p });
    }
    for (const list of this.spans.values()) list.sort((x, y) => x.start - y.start);
  }

  at(loc: Loc): Place | undefined {
    const list = this.spans.get(loc.uri);
    if (!list) return undefined;
    const line = loc.range.start.line;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Sections do not nest, but a repeated header is a one-line span inside another file region: look back a little.
    for (let i = found; i >= 0 && i > found - 4; i--) if (list[i]!.end >= line) return list[i]!.place;
    return undefined;
  }
}

interface Place {
  iface: Interface;
  /** The links whose end this interface is (or stands for), and which end: 0 = a, 1 = b. */
  ends: { link: number; side: number }[];
  unpaired?: number;
}

/** The interface, its port-channel members and subinterfaces, and the parent of a subinterface. */
function related(device: Device, iface: Interface): Interface[] {
  const out = [iface];
  for (const other of lagMembersAndUnits(device).get(iface.name) ?? []) out.push(other);
  if (iface.parent) {
    const parent = device.interfaces.get(iface.parent);
    if (parent) out.push(parent);
  }
  return out;
}

const memberCache = new WeakMap<Device, Map<string, Interface[]>>();

/** Per device: interface name → its port-channel members and subinterfaces (grouped once per device). */
function lagMembersAndUnits(device: Device): Map<string, Interface[]> {
  let m = memberCache.get(device);
  if (m) return m;
  m = new Map();
  for (const i of device.interfaces.values()) {
    for (const owner of [i.channelGroup?.value, i.parent]) {
      if (!owner) continue;
      const list = m.get(owner);
      if (list) list.push(i);
      else m.set(owner, [i]);
    }
  }
  memberCache.set(device, m);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Devices and tiers

const TIER_HEIGHT: Record<string, number> = { 'super-spine': 2, spine: 1, leaf: 0, border: 0 };

function tierName(height: number): string {
  return height === 0 ? 'leaf' : height === 1 ? 'spine' : height === 2 ? 'super-spine' : `tier ${height}`;
}

/**
 * Every device with its tier: the tier its role names (super-spine, spine, leaf; a border leaf is a leaf),
 * else its distance in links from the leaf tier, whose members are the leaves by role and the switches with a
 * host-facing port. Breadth first, so the depth of a path costs no stack.
 */
function graphDevices(result: Readonly<LintResult>, findings: GraphFinding[], resolved: LinkEnds[]): { tiers: string[]; list: GraphDevice[] } {
  const { fabric, intent } = result;
  const height = new Map<string, number>();
  const fromRole = new Set<string>();
  const neighbours = new Map<string, string[]>();
  for (const r of resolved) {
    const a = r.a.device.hostname;
    const b = r.b.device.hostname;
    (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
    (neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push(a);
  }
  const roles = new Map<string, ReturnType<typeof roleMatch>>();
  for (const d of fabric.devices.values()) {
    const m = roleMatch(intent, d.hostname);
    roles.set(d.hostname, m);
    const h = TIER_HEIGHT[inferRole(m.role) ?? ''];
    if (h !== undefined) {
      height.set(d.hostname, h);
      fromRole.add(d.hostname);
    }
  }
  const queue: string[] = [];
  for (const d of fabric.devices.values()) {
    if (height.get(d.hostname) === 0 || (!height.has(d.hostname) && hasHostPort(fabric, d))) {
      height.set(d.hostname, 0);
      queue.push(d.hostname);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const h = queue[q]!;
    for (const n of neighbours.get(h) ?? []) {
      if (height.has(n)) continue;
      height.set(n, height.get(h)! + 1);
      queue.push(n);
    }
  }
  const heights = [...new Set([...fabric.devices.keys()].map((k) => height.get(fabric.devices.get(k)!.hostname) ?? 0))].sort((x, y) => y - x);
  const tiers = heights.map(tierName);
  const list: GraphDevice[] = [];
  const findingsOf = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!f.device) return;
    const l = findingsOf.get(f.device);
    if (l) l.push(i);
    else findingsOf.set(f.device, [i]);
  });
  for (const d of fabric.devices.values()) {
    const m = roles.get(d.hostname)!;
    const own = findingsOf.get(d.hostname) ?? [];
    const counts: Record<GraphSeverity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const i of own) counts[findings[i]!.severity]++;
    const worst = SEVERITIES.find((s) => counts[s] > 0);
    const h = height.get(d.hostname) ?? 0;
    const pod = /pod[-_ ]?(\d+)/i.exec(d.hostname);
    list.push({
      id: d.hostname,
      os: d.os,
      role: m.role,
      roleSource: m.source,
      tier: heights.indexOf(h),
      tierFrom: fromRole.has(d.hostname) ? 'role' : 'depth',
      pod: pod ? `pod${pod[1]}` : tierName(h),
      uri: d.uri,
      loc: graphLoc(d.hostnameLoc ?? { uri: d.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }),
      ...(worst ? { worst } : {}),
      counts,
      findings: own,
    });
  }
  return { tiers, list };
}

function hasHostPort(fabric: Fabric, device: Device): boolean {
  for (const i of device.interfaces.values()) if (roleOfInterface(fabric, i).role === 'host') return true;
  return false;
}

/** The model's range is shared, not copied: a full graph of 127,000 links holds over a million locations. */
function graphLoc(loc: Loc): GraphLoc {
  return { uri: loc.uri, range: loc.range };
}
