import type { Loc } from '../model/location';
import { compareLocs } from '../model/location';
import { compileGlobs } from '../model/glob';
import type { Device, Endpoint, ExternalNeighbor, Interface, LanSegment, Link, LinkEvidence, LinkIssue, LinkSourceKind } from '../model/types';
import {
  DEFAULT_DESCRIPTION_PATTERNS,
  compileDescriptionPattern,
  inferDescriptionLinks,
  inferPortChannelLinks,
  inferSubnetLinks,
  type InterfaceFilter,
} from './infer';
import { canonicalInterfaceName } from './names';
import { inferPeerLinks } from './peer-links';
import { stem } from '../model/file-names';
import { endpointAliases, type ObservedNeighbor, type TopologyEndpoint } from './types';

/** Confidence order when the intent does not give one (first = most trusted). */
export const DEFAULT_SOURCE_ORDER: readonly LinkSourceKind[] = [
  'intent',
  'clab',
  'layer1',
  'avd-csv',
  'sonic-device-neighbor',
  'lldp',
  'peer-link',
  'subnet',
  'description',
  'port-channel',
];

export interface ResolveOptions {
  /** Intent `linkSources`: these first, in this order; unlisted sources follow in the default order. */
  sourceOrder?: LinkSourceKind[];
  /** Regexes with named groups `peer` and `intf`; replace the defaults when given. */
  descriptionPatterns?: string[];
  /** Interface-name globs (`*`, `?`, case-insensitive, `*` crosses `/`), matched against canonical and written names. */
  ignoreInterfaces?: string[];
}

/** Evidence on a known device whose interface the config does not have, or a bad option. */
export interface ResolveProblem {
  kind: 'unknown-interface' | 'invalid-option';
  message: string;
  loc: Loc;
  endpoint?: Endpoint;
  evidence?: LinkEvidence;
}

export interface ResolveResult {
  links: Link[];
  issues: LinkIssue[];
  /** Multi-access segments (subnets with three or more distinct addresses). */
  segments: LanSegment[];
  problems: ResolveProblem[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export function compareEndpoints(a: Endpoint, b: Endpoint): number {
  return collator.compare(a.device, b.device) || collator.compare(a.interface, b.interface);
}

/** File names shared by every device of a NOS (`/etc/network/interfaces`, NVUE `startup.yaml`): never a device's name. */
const GENERIC_STEMS = new Set(['interfaces', 'startup', 'frr']);

/** Resolves names written in evidence (any case, FQDN, clab node name, config file) to device keys. */
class DeviceIndex {
  private readonly byName = new Map<string, string>();
  private readonly byShort = new Map<string, string | null>();
  private readonly byUri = new Map<string, string>();
  private readonly byStem = new Map<string, string | null>();
  private readonly ifaceLower = new Map<string, Map<string, string>>();

  constructor(private readonly devices: Map<string, Device>) {
    for (const [key, d] of devices) {
      for (const n of [key, d.hostname]) {
        this.byName.set(n.toLowerCase(), key);
        const short = n.toLowerCase().split('.')[0] ?? '';
        const prev = this.byShort.get(short);
        this.byShort.set(short, prev === undefined || prev === key ? key : null);
      }
      this.byUri.set(normUri(d.uri), key);
      const s = stem(d.uri).toLowerCase();
      // A generic file name (Cumulus `sw1/interfaces`) names no device: `h1/interfaces` must not find sw1's file.
      if (GENERIC_STEMS.has(s)) continue;
      const prev = this.byStem.get(s);
      this.byStem.set(s, prev === undefined || prev === key ? key : null);
    }
  }

  /** A hostname as written → device key. */
  name(written: string): string | undefined {
    const n = written.trim().toLowerCase();
    return this.byName.get(n) ?? this.byShort.get(n.split('.')[0] ?? '') ?? undefined;
  }

  endpointDevice(e: Endpoint): string | undefined {
    const direct = this.name(e.device);
    if (direct) return direct;
    const aliases = endpointAliases(e);
    for (const a of aliases) {
      if (/[\\/]/.test(a)) {
        const byUri = this.byUri.get(normUri(a)) ?? this.uriSuffix(a);
        if (byUri) return byUri;
      } else {
        const k = this.name(a);
        if (k) return k;
      }
    }
    for (const n of [e.device, ...aliases]) {
      const k = this.byStem.get(stem(n).toLowerCase());
      if (k) return k;
    }
    return undefined;
  }

  private uriSuffix(path: string): string | undefined {
    const p = normUri(path).replace(/^file:\/\//, '');
    for (const [u, key] of this.byUri) if (u.endsWith(p)) return key;
    return undefined;
  }

  /** Interface as written → the device's interface key, canonically then case-insensitively. */
  iface(deviceKey: string, written: string): string | undefined {
    const d = this.devices.get(deviceKey);
    if (!d) return undefined;
    if (d.interfaces.has(written)) return written;
    const canon = canonicalInterfaceName(written);
    if (d.interfaces.has(canon)) return canon;
    let lower = this.ifaceLower.get(deviceKey);
    if (!lower) {
      lower = new Map();
      for (const [k, i] of d.interfaces) {
        lower.set(k.toLowerCase(), k);
        for (const w of i.writtenAs) lower.set(w.toLowerCase(), k);
      }
      this.ifaceLower.set(deviceKey, lower);
    }
    return lower.get(canon.toLowerCase()) ?? lower.get(written.trim().toLowerCase());
  }
}

function normUri(u: string): string {
  let s = u.replace(/\\/g, '/');
  try {
    s = decodeURI(s);
  } catch {
    /* as written */
  }
  return s.replace(/^file:\/\/\/?/i, 'file:///').toLowerCase();
}

interface Group {
  key: string;
  a: Endpoint;
  b: Endpoint;
  rank: number;
  evidence: LinkEvidence[];
}

/**
 * Turns link evidence (topology files, intent, and what the configs themselves say) into links.
 * Each interface gets at most one peer: evidence is grouped per interface pair, pairs are taken in
 * confidence order, and a pair that would give an already-linked interface a second peer loses
 * (recorded as 'source-conflict'). Evidence on devices outside the workspace is dropped silently;
 * evidence naming a known device but an interface its config lacks is kept as a problem.
 */
export function resolveLinks(devices: Map<string, Device>, evidence: LinkEvidence[], options: ResolveOptions = {}): ResolveResult {
  const problems: ResolveProblem[] = [];
  const index = new DeviceIndex(devices);
  const rank = rankOf(options.sourceOrder);
  const globs = options.ignoreInterfaces ?? [];
  const ignore = compileGlobs(globs, { nocase: true, braces: true });
  const ignored = (i: Interface) => ignore.test(i.name) || i.writtenAs.some((w) => ignore.test(w));
  const keep: InterfaceFilter = (_d, i) => globs.length === 0 || !ignored(i);

  const patterns: RegExp[] = [];
  for (const p of options.descriptionPatterns ?? DEFAULT_DESCRIPTION_PATTERNS) {
    const re = compileDescriptionPattern(p);
    if (re instanceof Error) problems.push({ kind: 'invalid-option', message: re.message, loc: noLoc() });
    else patterns.push(re);
  }

  const subnet = inferSubnetLinks(devices, keep);
  const inferred = [...subnet.evidence, ...inferPeerLinks(devices), ...inferDescriptionLinks(devices, patterns, (n) => index.name(n), keep)];
  const internal = new Set<LinkEvidence>(subnet.evidence);

  const resolved: { ev: LinkEvidence; a: Endpoint; b: Endpoint }[] = [];
  const seenProblem = new Set<string>();
  const addResolved = (ev: LinkEvidence, trusted: boolean) => {
    const ends: Endpoint[] = [];
    for (const e of [ev.a, ev.b]) {
      if (trusted) {
        ends.push(e);
        continue;
      }
      const dev = index.endpointDevice(e);
      if (!dev) return; // the peer is outside the workspace
      const iface = index.iface(dev, e.interface);
      if (!iface) {
        const written = (e as TopologyEndpoint).written ?? e.interface;
        const pk = `${dev}\u0000${e.interface}\u0000${ev.locs[0] ? `${ev.locs[0].uri}:${ev.locs[0].range.start.line}` : ''}`;
        if (!seenProblem.has(pk)) {
          seenProblem.add(pk);
          problems.push({
            kind: 'unknown-interface',
            message: `${ev.source} evidence names ${dev}:${written}, but ${dev} has no interface ${e.interface}`,
            loc: ev.locs[0] ?? devices.get(dev)?.hostnameLoc ?? noLoc(),
            endpoint: { device: dev, interface: e.interface },
            evidence: ev,
          });
        }
        return;
      }
      const d = devices.get(dev);
      const i = d?.interfaces.get(iface);
      if (i && !keep(dev, i)) return;
      ends.push({ device: dev, interface: d && i ? l3SideOf(d, i) : iface });
    }
    const [a, b] = ends as [Endpoint, Endpoint];
    if (a.device === b.device && a.interface === b.interface) return;
    resolved.push({ ev, a, b });
  };
  for (const ev of evidence) addResolved(ev, false);
  for (const ev of inferred) addResolved(ev, internal.has(ev));

  let result = pick(resolved, rank);
  const lagEvidence = inferPortChannelLinks(devices, result.links);
  if (lagEvidence.length > 0) {
    for (const ev of lagEvidence) addResolved(ev, true);
    result = pick(resolved, rank);
  }

  const linked = new Set<string>();
  for (const l of result.links) {
    linked.add(`${l.a.device}\u0000${l.a.interface}`);
    linked.add(`${l.b.device}\u0000${l.b.interface}`);
  }
  const issues: LinkIssue[] = [...subnet.ambiguous, ...result.conflicts];
  for (const s of subnet.singles) {
    if (!linked.has(`${s.endpoint.device}\u0000${s.endpoint.interface}`)) issues.push({ kind: 'unpaired', ...s });
  }
  for (const i of issues) if (i.kind === 'ambiguous-subnet') i.members.sort((x, y) => compareEndpoints(x.endpoint, y.endpoint));
  issues.sort(compareIssues);
  problems.sort((x, y) => compareLocs(x.loc, y.loc) || x.message.localeCompare(y.message));
  return { links: result.links, issues, segments: subnet.segments, problems };
}

/**
 * LLDP neighbours that are not devices of the workspace, on the workspace interface that sees them (the port as
 * LLDP names it; a Junos unit finds them through its port). A neighbour whose name is a workspace device is a link
 * (or, with a MAC-address port ID, nothing more can be said) and is left out; so is one whose local end is not in
 * the workspace or names no interface (`resolveLinks` reports that for the link evidence).
 */
export function resolveExternalNeighbors(devices: Map<string, Device>, neighbors: readonly ObservedNeighbor[]): ExternalNeighbor[] {
  if (neighbors.length === 0) return [];
  const index = new DeviceIndex(devices);
  const out: ExternalNeighbor[] = [];
  for (const n of neighbors) {
    if (index.name(n.advert.systemName)) continue;
    const dev = index.endpointDevice(n.local);
    const iface = dev ? index.iface(dev, n.local.interface) : undefined;
    if (!dev || !iface) continue;
    out.push({ endpoint: { device: dev, interface: iface }, advert: n.advert, loc: n.loc });
  }
  return out;
}

/**
 * Junos, SR Linux (`Device.l3OnSubinterfaces`): a port's addresses live on its unit or subinterface (`et-0/0/0.0`,
 * `ethernet-1/1.0`), so subnet evidence names the unit while a description, LLDP or a topology file names the port.
 * Evidence naming a port with exactly one unit lands on that unit, so both kinds of evidence meet on one endpoint
 * (and can agree or conflict).
 */
function l3SideOf(device: Device, iface: Interface): string {
  if (!device.l3OnSubinterfaces || iface.parent) return iface.name;
  let unit: string | undefined;
  for (const i of device.interfaces.values()) {
    if (i.parent !== iface.name) continue;
    if (unit !== undefined) return iface.name;
    unit = i.name;
  }
  return unit ?? iface.name;
}

function isTopologyEndpoint(e: Endpoint): boolean {
  return (e as TopologyEndpoint).aliases !== undefined || (e as TopologyEndpoint).written !== undefined;
}

function rankOf(order: LinkSourceKind[] | undefined): (s: LinkSourceKind) => number {
  const list: LinkSourceKind[] = [...(order ?? [])];
  for (const s of DEFAULT_SOURCE_ORDER) if (!list.includes(s)) list.push(s);
  const m = new Map(list.map((s, i) => [s, i]));
  return (s) => m.get(s) ?? list.length;
}

function pick(resolved: readonly { ev: LinkEvidence; a: Endpoint; b: Endpoint }[], rank: (s: LinkSourceKind) => number) {
  const groups = new Map<string, Group>();
  for (const r of resolved) {
    const [a, b] = compareEndpoints(r.a, r.b) <= 0 ? [r.a, r.b] : [r.b, r.a];
    const key = `${a.device}\u0000${a.interface}\u0001${b.device}\u0000${b.interface}`;
    const ev: LinkEvidence =
      r.ev.a === a && r.ev.b === b && !isTopologyEndpoint(a) && !isTopologyEndpoint(b)
        ? r.ev
        : { source: r.ev.source, a, b, locs: r.ev.locs, detail: r.ev.detail };
    const g = groups.get(key);
    if (g) {
      g.evidence.push(ev);
      g.rank = Math.min(g.rank, rank(ev.source));
    } else groups.set(key, { key, a, b, rank: rank(ev.source), evidence: [ev] });
  }
  const ordered = [...groups.values()].sort((x, y) => x.rank - y.rank || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const owner = new Map<string, Group>();
  const links: Link[] = [];
  const conflicts: LinkIssue[] = [];
  const seenConflict = new Set<string>();
  for (const g of ordered) {
    if (g.evidence.length > 1) g.evidence.sort((x, y) => rank(x.source) - rank(y.source) || compareLocs(x.locs[0] ?? noLoc(), y.locs[0] ?? noLoc()));
    const ka = `${g.a.device}\u0000${g.a.interface}`;
    const kb = `${g.b.device}\u0000${g.b.interface}`;
    const winners = [owner.get(ka), owner.get(kb)].filter((w): w is Group => w !== undefined);
    if (winners.length === 0) {
      owner.set(ka, g);
      owner.set(kb, g);
      const best = g.evidence[0] as LinkEvidence;
      links.push({ a: g.a, b: g.b, source: best.source, detail: best.detail, evidence: g.evidence });
      continue;
    }
    for (const w of winners) {
      const ck = `${w.key}\u0002${g.key}`;
      if (seenConflict.has(ck)) continue;
      seenConflict.add(ck);
      conflicts.push({ kind: 'source-conflict', winner: w.evidence[0] as LinkEvidence, loser: g.evidence[0] as LinkEvidence });
    }
  }
  links.sort((x, y) => compareEndpoints(x.a, y.a) || compareEndpoints(x.b, y.b));
  return { links, conflicts };
}

function issueAnchor(i: LinkIssue): { ep: Endpoint; loc?: Loc } {
  switch (i.kind) {
    case 'ambiguous-subnet':
      return i.members[0] ? { ep: i.members[0].endpoint, loc: i.members[0].loc } : { ep: { device: '', interface: '' } };
    case 'source-conflict':
      return { ep: i.loser.a, ...(i.loser.locs[0] ? { loc: i.loser.locs[0] } : {}) };
    case 'unpaired':
      return { ep: i.endpoint, loc: i.loc };
  }
}

const ISSUE_ORDER: Record<LinkIssue['kind'], number> = { 'source-conflict': 0, 'ambiguous-subnet': 1, unpaired: 2 };

function compareIssues(x: LinkIssue, y: LinkIssue): number {
  const ax = issueAnchor(x);
  const ay = issueAnchor(y);
  return (
    ISSUE_ORDER[x.kind] - ISSUE_ORDER[y.kind] ||
    compareEndpoints(ax.ep, ay.ep) ||
    (ax.loc && ay.loc ? compareLocs(ax.loc, ay.loc) : 0) ||
    (x.kind === 'source-conflict' && y.kind === 'source-conflict' ? compareEndpoints(x.loser.b, y.loser.b) : 0) ||
    (x.kind !== 'source-conflict' && y.kind !== 'source-conflict' ? collator.compare(x.subnet, y.subnet) : 0)
  );
}

function noLoc(): Loc {
  return { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}
