import { roleOf } from '../../intent/roles';
import { contractCodePoints } from '../../model/hop-behaviour';
import type { Loc } from '../../model/location';
import type { Device, Fabric, Interface } from '../../model/types';
import type { LintResult } from '../../engine/types';
import type { Finding, Rule, Severity } from '../../rules/types';
import { countBySeverity, displayPath, fileLines, naturalCompare, SEVERITY_ORDER, type Counts } from '../common';
import { ruleHelpUri } from '../sarif';
import { excerptAt, type Excerpt } from './excerpt';
import { compareFindings, essenceOf, parentLines, sectionChain, type FindingKey } from './finding-key';
import { differingColumns, endValues, linkEnds, weakEvidence, type EndValues, type LinkColumn } from './link-rows';

/**
 * The report of one lint, built once and rendered twice (report/html.ts, report/markdown.ts): summaries per rule
 * and per device, every link with both ends' values side by side, every finding with its lines and the other
 * end's, and, with a baseline, what a change fixed and what it broke. Everything taken from the configs
 * (descriptions, names, excerpts) is untrusted text here; renderers escape it.
 */
export interface ReportModel {
  tool: { name: 'fabric-lint'; version: string };
  /** What was linted, as the user named it. */
  title: string;
  summary: { files: number; devices: number; links: number; findings: Counts };
  /** The QoS contract's code points, the order of `EndValues.hop`. */
  contract: { dscp: number; name: string }[];
  rules: RuleRow[];
  devices: DeviceRow[];
  /** End values shared by many ends are stored once; `LinkEnd.values` indexes this list. */
  endValues: EndValues[];
  links: LinkRow[];
  findings: FindingEntry[];
  baseline?: BaselineSummary;
}

export type FindingStatus = 'new' | 'changed' | 'unchanged';

export interface FindingEntry {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  /** Hostname of the device whose file holds it, else ''. */
  device: string;
  /** Where in the device (the sections around the line): part of the baseline key, shown as context. */
  place: string;
  excerpt?: Excerpt;
  related: { message: string; path: string; line: number; excerpt?: Excerpt }[];
  /** With a baseline: new (the change broke it), changed (there before, other values) or unchanged. */
  status?: FindingStatus;
  /** For a changed finding, its message in the baseline. */
  was?: string;
}

export interface RuleRow {
  id: string;
  title: string;
  category: string;
  severity: Severity;
  help: string;
  counts: Counts;
  /** With a baseline: findings of this rule the change added and fixed. */
  added?: number;
  fixed?: number;
}

export interface DeviceRow {
  name: string;
  os: string;
  role: string;
  path: string;
  interfaces: number;
  links: number;
  counts: Counts;
  worst?: Severity;
}

/** Worst first: MTU mismatch, PFC mismatch, QoS-contract break, another finding, inferred from weak evidence only, consistent. */
export type LinkState = 'mtu' | 'pfc' | 'qos' | 'other' | 'weak' | 'consistent';

export interface LinkEnd {
  device: string;
  interface: string;
  /** Where the interface is written, when its device is in the workspace. */
  path?: string;
  line?: number;
  /** Index into `ReportModel.endValues`; undefined when the interface is not in the workspace. */
  values?: number;
}

export interface LinkRow {
  a: LinkEnd;
  b: LinkEnd;
  state: LinkState;
  /** The winning evidence in words ("subnet 10.0.0.0/31", "LLDP …") and how many pieces there are. */
  evidence: string;
  evidenceCount: number;
  differs: LinkColumn[];
  /** Indices into `ReportModel.findings` of the findings that compare this link's ends. */
  findings: number[];
}

export interface BaselineSummary {
  /** The baseline as the user named it. */
  label: string;
  counts: Counts;
  added: number;
  changed: number;
  unchanged: number;
  /** Findings of the baseline that are gone: what the change fixed (their lines are the baseline's). */
  fixed: FindingEntry[];
}

/** One lint and what the report needs besides it. */
export interface LintInput {
  result: LintResult;
  texts: ReadonlyMap<string, string>;
  /** Folders the run linted, for paths of files that are no device config (baseline keys). */
  rootDirs: readonly string[];
  fileCount: number;
}

export interface ReportOptions {
  cwd: string;
  title: string;
  toolVersion: string;
  rules: readonly Rule[];
  repositoryUrl?: string;
  baseline?: { label: string; lint: LintInput; cwd: string };
}

export function buildReport(now: LintInput, opts: ReportOptions): ReportModel {
  const fabric = now.result.fabric;
  const located = locateFindings(now, opts.cwd);
  const findings = located.map((x) => x.entry);
  let baseline: BaselineSummary | undefined;
  const added = new Map<string, number>();
  const fixedByRule = new Map<string, number>();
  if (opts.baseline) {
    const old = locateFindings(opts.baseline.lint, opts.baseline.cwd);
    const cmp = compareFindings(located, old, (x) => x.key);
    for (const x of cmp.unchanged) x.entry.status = 'unchanged';
    for (const x of cmp.added) {
      x.entry.status = 'new';
      added.set(x.entry.rule, (added.get(x.entry.rule) ?? 0) + 1);
    }
    for (const { now: n, was } of cmp.changed) {
      n.entry.status = 'changed';
      n.entry.was = was.entry.message;
    }
    for (const x of cmp.fixed) fixedByRule.set(x.entry.rule, (fixedByRule.get(x.entry.rule) ?? 0) + 1);
    baseline = {
      label: opts.baseline.label,
      counts: countBySeverity(opts.baseline.lint.result.findings),
      added: cmp.added.length,
      changed: cmp.changed.length,
      unchanged: cmp.unchanged.length,
      fixed: cmp.fixed.map((x) => x.entry),
    };
  }

  const contract = contractCodePoints(fabric, now.result.intent).map((p) => ({ dscp: p.dscp, name: p.name }));
  const { links, endValues } = linkRows(fabric, located, contract, opts.cwd);
  return {
    tool: { name: 'fabric-lint', version: opts.toolVersion },
    title: opts.title,
    summary: { files: now.fileCount, devices: fabric.devices.size, links: fabric.links.length, findings: countBySeverity(now.result.findings) },
    contract,
    rules: ruleRows(findings, opts, added, fixedByRule),
    devices: deviceRows(now, opts.cwd, findings, links),
    endValues,
    links,
    findings,
    ...(baseline ? { baseline } : {}),
  };
}

interface Located {
  entry: FindingEntry;
  key: FindingKey;
  /** The interface the finding is on, and the interfaces of its related locations (device, interface). */
  on?: { device: Device; iface: Interface };
  relatedOn: { device: Device; iface: Interface }[];
}

/** Findings in report order (severity, then file and line), each with its excerpts, place and baseline key. */
function locateFindings(lint: LintInput, cwd: string): Located[] {
  const fabric = lint.result.fabric;
  const byUri = new Map<string, Device>();
  for (const d of fabric.devices.values()) byUri.set(d.uri, d);
  const lines = fileLines(lint.texts);
  const parents = new Map<string, Int32Array>();
  const parentsOf = (uri: string): Int32Array => {
    let p = parents.get(uri);
    if (!p) parents.set(uri, (p = parentLines(lines(uri))));
    return p;
  };
  const ifaceAt = interfaceIndex();
  const at = (loc: Loc): { device: Device; iface: Interface } | undefined => {
    const device = byUri.get(loc.uri);
    const iface = device && ifaceAt(device, loc.range.start.line);
    return device && iface ? { device, iface } : undefined;
  };
  const pathKey = new Map<string, string>();
  for (const f of lint.result.findings) if (!pathKey.has(f.loc.uri)) pathKey.set(f.loc.uri, naturalKey(displayPath(f.loc.uri, cwd)));
  const sorted = [...lint.result.findings].sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      compareStrings(pathKey.get(x.loc.uri)!, pathKey.get(y.loc.uri)!) ||
      x.loc.range.start.line - y.loc.range.start.line ||
      x.loc.range.start.character - y.loc.range.start.character,
  );
  return sorted.map((f: Finding) => {
    const device = byUri.get(f.loc.uri);
    const place = sectionChain(lines(f.loc.uri), parentsOf(f.loc.uri), f.loc.range.start.line);
    const owner = device ? device.hostname : rootRelative(f.loc.uri, lint.rootDirs, cwd);
    const entry: FindingEntry = {
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      path: displayPath(f.loc.uri, cwd),
      line: f.loc.range.start.line + 1,
      column: f.loc.range.start.character + 1,
      device: device?.hostname ?? '',
      place,
      ...optional('excerpt', excerptAt(lines(f.loc.uri), f.loc)),
      related: f.related.map((r) => ({
        message: r.message,
        path: displayPath(r.loc.uri, cwd),
        line: r.loc.range.start.line + 1,
        ...optional('excerpt', excerptAt(lines(r.loc.uri), r.loc)),
      })),
    };
    const on = at(f.loc);
    const relatedOn = f.related.map((r) => at(r.loc)).filter((x): x is { device: Device; iface: Interface } => x !== undefined);
    return {
      entry,
      key: { place: `${owner}\u0000${place}`, what: `${f.ruleId}\u0000${f.messageId}`, essence: essenceOf(f) },
      ...(on ? { on } : {}),
      relatedOn,
    };
  });
}

function optional<K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } {
  return (v === undefined ? {} : { [k]: v }) as { [P in K]?: V };
}

/** A file that is no device config (intent, topology) is known by its path below the folder it was linted in. */
function rootRelative(uri: string, rootDirs: readonly string[], cwd: string): string {
  for (const dir of rootDirs) {
    const p = displayPath(uri, dir);
    if (!p.startsWith('../') && p !== uri) return p;
  }
  return displayPath(uri, cwd);
}

/**
 * The innermost interface whose section holds a line, per device: each device's sections are laid out once
 * (on the first question about it), so a lookup is one array read.
 */
function interfaceIndex(): (device: Device, line: number) => Interface | undefined {
  const cache = new Map<Device, (Interface | undefined)[]>();
  return (device, line) => {
    let byLine = cache.get(device);
    if (!byLine) {
      byLine = [];
      // Outer sections first, so an inner one (a unit inside its port) overwrites its lines.
      const ifaces = [...device.interfaces.values()].sort((x, y) => x.block.header.range.start.line - y.block.header.range.start.line);
      for (const iface of ifaces) {
        if (iface.block.header.uri !== device.uri) continue;
        const first = iface.block.header.range.start.line;
        const end = iface.block.end;
        const last = end.character === 0 && end.line > first ? end.line - 1 : end.line;
        for (let l = first; l <= last; l++) byLine[l] = iface;
        for (const h of iface.headers) if (h.uri === device.uri) byLine[h.range.start.line] = iface;
      }
      cache.set(device, byLine);
    }
    return byLine[line];
  };
}

const STATE_BY_CATEGORY: Record<string, LinkState> = { mtu: 'mtu', pfc: 'pfc', qos: 'qos' };
export const STATE_ORDER: readonly LinkState[] = ['mtu', 'pfc', 'qos', 'other', 'weak', 'consistent'];

function linkRows(fabric: Fabric, located: Located[], contract: { dscp: number; name: string }[], cwd: string): { links: LinkRow[]; endValues: EndValues[] } {
  // A finding compares a link when it sits on one end and points at the other.
  const byIface = new Map<Interface, { index: number; other: Set<Interface> }[]>();
  located.forEach((x, index) => {
    if (!x.on) return;
    const other = new Set(x.relatedOn.map((r) => r.iface).filter((i) => i !== x.on!.iface));
    if (other.size === 0) return;
    const list = byIface.get(x.on.iface);
    if (list) list.push({ index, other });
    else byIface.set(x.on.iface, [{ index, other }]);
  });
  const values: EndValues[] = [];
  const valueIndex = new Map<string, number>();
  const ifaceValues = new Map<Interface, number>();
  const valuesOf = (device: Device, iface: Interface): number => {
    let i = ifaceValues.get(iface);
    if (i !== undefined) return i;
    const v = endValues(device, iface, contract);
    const k = JSON.stringify(v);
    i = valueIndex.get(k);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      valueIndex.set(k, i);
    }
    ifaceValues.set(iface, i);
    return i;
  };
  const paths = new Map<Device, string>();
  const pathOf = (d: Device): string => {
    let p = paths.get(d);
    if (p === undefined) paths.set(d, (p = displayPath(d.uri, cwd)));
    return p;
  };
  const rows = fabric.links.map((link): LinkRow => {
    const [ra, rb] = linkEnds(fabric, link);
    const [a, b] = naturalCompare(ra.endpoint.device, rb.endpoint.device) <= 0 ? [ra, rb] : [rb, ra];
    const end = (r: typeof ra): LinkEnd => ({
      device: r.device?.hostname ?? r.endpoint.device,
      interface: r.iface?.name ?? r.endpoint.interface,
      ...(r.device && r.iface ? { path: pathOf(r.device), line: r.iface.block.header.range.start.line + 1, values: valuesOf(r.device, r.iface) } : {}),
    });
    const findings: number[] = [];
    for (const [self, peer] of [
      [a.iface, b.iface],
      [b.iface, a.iface],
    ] as const) {
      if (!self || !peer) continue;
      for (const f of byIface.get(self) ?? []) if (f.other.has(peer)) findings.push(f.index);
    }
    findings.sort((x, y) => x - y);
    const ea = end(a);
    const eb = end(b);
    const differs = differingColumns(ea.values === undefined ? undefined : values[ea.values], eb.values === undefined ? undefined : values[eb.values]);
    let state: LinkState = weakEvidence(link) ? 'weak' : 'consistent';
    for (const i of findings) {
      const category = located[i]!.entry.rule.split('/')[0]!;
      const s = STATE_BY_CATEGORY[category] ?? 'other';
      if (STATE_ORDER.indexOf(s) < STATE_ORDER.indexOf(state)) state = s;
    }
    return { a: ea, b: eb, state, evidence: link.detail, evidenceCount: link.evidence.length, differs, findings };
  });
  // One sort key per row (127,000 rows at 2,048 switches): naturalCompare per comparison would split names millions of times.
  const keyed = rows.map((r) => ({
    r,
    k: `${STATE_ORDER.indexOf(r.state)}\u0000${naturalKey(r.a.device)}\u0000${naturalKey(r.a.interface)}\u0000${naturalKey(r.b.device)}`,
  }));
  keyed.sort((x, y) => compareStrings(x.k, y.k));
  return { links: keyed.map((x) => x.r), endValues: values };
}

function ruleRows(findings: FindingEntry[], opts: ReportOptions, added: Map<string, number>, fixed: Map<string, number>): RuleRow[] {
  const byRule = new Map<string, FindingEntry[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const known = new Map(opts.rules.map((r) => [r.id, r]));
  const ids = new Set([...byRule.keys(), ...fixed.keys()]);
  return [...ids]
    .map((id): RuleRow => {
      const r = known.get(id);
      const counts = countBySeverity(byRule.get(id) ?? []);
      return {
        id,
        title: r?.title ?? id,
        category: r?.category ?? id.split('/')[0]!,
        severity: r?.severity ?? 'info',
        help: ruleHelpUri(id, opts.repositoryUrl),
        counts,
        ...(opts.baseline ? { added: added.get(id) ?? 0, fixed: fixed.get(id) ?? 0 } : {}),
      };
    })
    .sort((x, y) => worstOrder(x.counts) - worstOrder(y.counts) || total(y.counts) - total(x.counts) || naturalCompare(x.id, y.id));
}

function deviceRows(lint: LintInput, cwd: string, findings: FindingEntry[], links: LinkRow[]): DeviceRow[] {
  const byDevice = new Map<string, FindingEntry[]>();
  for (const f of findings) {
    if (!f.device) continue;
    const list = byDevice.get(f.device);
    if (list) list.push(f);
    else byDevice.set(f.device, [f]);
  }
  const linkCount = new Map<string, number>();
  for (const l of links) for (const e of [l.a, l.b]) linkCount.set(e.device, (linkCount.get(e.device) ?? 0) + 1);
  return [...lint.result.fabric.devices.values()]
    .map((d): DeviceRow => {
      const counts = countBySeverity(byDevice.get(d.hostname) ?? []);
      const worst = (['error', 'warning', 'info', 'hint'] as const).find((s) => counts[s] > 0);
      return {
        name: d.hostname,
        os: d.os,
        role: roleOf(lint.result.intent, d.hostname),
        path: displayPath(d.uri, cwd),
        interfaces: d.interfaces.size,
        links: linkCount.get(d.hostname) ?? 0,
        counts,
        ...(worst ? { worst } : {}),
      };
    })
    .sort((x, y) => worstOrder(x.counts) - worstOrder(y.counts) || naturalCompare(x.name, y.name));
}

/** A name whose plain order is its natural order (Ethernet2 < Ethernet10): digit runs padded to 12 places. */
function naturalKey(s: string): string {
  return s.toLowerCase().replace(/\d+/g, (d) => d.padStart(12, '0'));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function worstOrder(c: Counts): number {
  return c.error ? 0 : c.warning ? 1 : c.info ? 2 : c.hint ? 3 : 4;
}

function total(c: Counts): number {
  return c.error + c.warning + c.info + c.hint;
}
