import { LINK_STATES, type FabricGraph, type LinkState } from '../../../../shared/src/fabric-graph';
import { drawFabric, linkComparison } from '../../../../shared/src/fabric-picture';
import { newElk } from '../../../../shared/src/elk';
import type { Device } from '../../model/types';
import type { LintResult } from '../../engine/types';
import type { Rule, Severity } from '../../rules/types';
import { countBySeverity, displayPath, fileLines, naturalCompare, SEVERITY_ORDER, type Counts } from '../common';
import { fabricGraph, linkValues } from '../fabric-graph';
import { ruleHelpUri } from '../sarif';
import { excerptAt, type Excerpt } from './excerpt';
import { compareFindings, essenceOf, parentLines, sectionChain, type FindingKey } from './finding-key';

export type { LinkState };

/**
 * The report of one lint, built once and rendered twice (report/html.ts, report/markdown.ts): the fabric picture,
 * summaries per rule and per device, every link with both ends' values side by side, every finding with its lines
 * and the other end's, and, with a baseline, what a change fixed and what it broke. Devices, links, their states
 * and the picture come from the fabric graph (output/fabric-graph.ts, shared/src/fabric-picture.ts), the same the
 * editor's fabric view draws. Everything taken from the configs (descriptions, names, excerpts) is untrusted text
 * here; renderers escape it.
 */
export interface ReportModel {
  tool: { name: 'fabric-lint'; version: string };
  /** What was linted, as the user named it. */
  title: string;
  summary: { files: number; devices: number; links: number; findings: Counts };
  /** The QoS contract's code points. */
  contract: { dscp: number; name: string }[];
  rules: RuleRow[];
  devices: DeviceRow[];
  /** What the link table compares (L3 MTU, PFC, trust, each code point's behaviour and ECN); each `endValues` entry follows it. */
  columns: string[];
  /** The values of one end, one per column; ends alike are stored once (`LinkEnd.values` indexes this list). */
  endValues: string[][];
  links: LinkRow[];
  /** Ports whose point-to-point subnet has no peer in the workspace. */
  unpaired: UnpairedRow[];
  findings: FindingEntry[];
  picture: Picture;
  baseline?: BaselineSummary;
}

/** The fabric picture as SVG, and what each of its links and boxes stands for. */
export interface Picture {
  svg: string;
  /** For each `data-edge` of the SVG: indexes into `ReportModel.links`. */
  edges: number[][];
  /** For each `data-node` of the SVG: indexes into `ReportModel.devices`. */
  nodes: Record<string, number[]>;
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
  /** The tier of the picture (super-spine, spine, leaf, `tier N`). */
  tier: string;
  path: string;
  interfaces: number;
  links: number;
  counts: Counts;
  worst?: Severity;
}

export interface LinkEnd {
  device: string;
  interface: string;
  /** Index into `ReportModel.endValues`. */
  values: number;
}

export interface LinkRow {
  a: LinkEnd;
  b: LinkEnd;
  state: LinkState;
  /** The winning evidence in words ("subnet 10.0.0.0/31", "LLDP …") and how many pieces there are. */
  evidence: string;
  evidenceCount: number;
  /** Indexes into `ReportModel.columns` where the two ends differ in meaning (`linkComparison`), not merely in wording. */
  differs: number[];
  /** Indexes into `ReportModel.findings` of the findings about this link. */
  findings: number[];
}

export interface UnpairedRow {
  device: string;
  interface: string;
  subnet: string;
  /** Indexes into `ReportModel.findings`. */
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

export async function buildReport(now: LintInput, opts: ReportOptions): Promise<ReportModel> {
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

  // The brief graph (names, states, findings); the table reads each link's values one at a time (linkValues).
  const graph = fabricGraph(now.result, { ends: 'brief' });
  // Report order of the graph's findings (the lint's order).
  const entryOf = new Int32Array(located.length);
  located.forEach((x, i) => (entryOf[x.origin] = i));
  const table = linkTable(graph, entryOf, linkValues(now.result));
  const devices = deviceRows(graph, now, opts.cwd);
  const drawn = await drawFabric(graph, newElk());
  const deviceRow = new Map(devices.rows.map((d, i) => [d.name, i]));
  const picture: Picture = {
    svg: drawn.svg,
    edges: drawn.scene.edges.map((e) => e.links.map((l) => table.rowOf[l]!)),
    nodes: Object.fromEntries(drawn.scene.nodes.map((n) => [n.id, n.devices.map((d) => deviceRow.get(graph.devices[d]!.id)!)])),
  };
  return {
    tool: { name: 'fabric-lint', version: opts.toolVersion },
    title: opts.title,
    summary: { files: now.fileCount, devices: fabric.devices.size, links: fabric.links.length, findings: countBySeverity(now.result.findings) },
    contract: graph.contract.map((p) => ({ dscp: p.dscp, name: p.name })),
    rules: ruleRows(findings, opts, added, fixedByRule),
    devices: devices.rows,
    columns: table.columns,
    endValues: table.endValues,
    links: table.links,
    unpaired: graph.unpaired.map((u) => ({ device: u.device, interface: u.interface, subnet: u.subnet, findings: u.findings.map((i) => entryOf[i]!) })),
    findings,
    picture,
    ...(baseline ? { baseline } : {}),
  };
}

interface Located {
  entry: FindingEntry;
  key: FindingKey;
  /** Index of the finding in the lint's (and the fabric graph's) order. */
  origin: number;
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
  const pathKey = new Map<string, string>();
  for (const f of lint.result.findings) if (!pathKey.has(f.loc.uri)) pathKey.set(f.loc.uri, naturalKey(displayPath(f.loc.uri, cwd)));
  const sorted = lint.result.findings.map((f, origin) => ({ f, origin }));
  sorted.sort(
    ({ f: x }, { f: y }) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      compareStrings(pathKey.get(x.loc.uri)!, pathKey.get(y.loc.uri)!) ||
      x.loc.range.start.line - y.loc.range.start.line ||
      x.loc.range.start.character - y.loc.range.start.character,
  );
  return sorted.map(({ f, origin }): Located => {
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
    return { entry, key: { place: `${owner}\u0000${place}`, what: `${f.ruleId}\u0000${f.messageId}`, essence: essenceOf(f) }, origin };
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
 * The link table from the fabric graph: both ends' values as the editor's hover compares them (`linkComparison`),
 * each distinct end stored once, worst links first. `rowOf` maps a graph link to its row.
 */
function linkTable(
  graph: FabricGraph,
  entryOf: Int32Array,
  valuesOf: ReturnType<typeof linkValues>,
): { columns: string[]; endValues: string[][]; links: LinkRow[]; rowOf: number[] } {
  let columns: string[] = [];
  const endValues: string[][] = [];
  const valueIndex = new Map<string, number>();
  const intern = (cells: string[]): number => {
    const k = cells.join('\u0001');
    let i = valueIndex.get(k);
    if (i === undefined) {
      i = endValues.length;
      endValues.push(cells);
      valueIndex.set(k, i);
    }
    return i;
  };
  const rows = graph.links.map((l, origin) => {
    const values = valuesOf(origin)!;
    // The first row names the two interfaces, which the table shows in their own columns.
    const cmp = linkComparison(graph, { ...l, a: values.a, b: values.b }).slice(1);
    if (origin === 0) columns = cmp.map((c) => c.label);
    const row: LinkRow = {
      a: { device: l.a.device, interface: l.a.interface, values: intern(cmp.map((c) => c.a)) },
      b: { device: l.b.device, interface: l.b.interface, values: intern(cmp.map((c) => c.b)) },
      state: l.state,
      evidence: l.detail,
      evidenceCount: values.evidence,
      differs: cmp.flatMap((c, i) => (c.differs ? [i] : [])),
      findings: l.findings.map((i) => entryOf[i]!).sort((x, y) => x - y),
    };
    // One sort key per row (127,000 rows at 2,048 switches): naturalCompare per comparison would split names millions of times.
    return {
      row,
      origin,
      key: `${LINK_STATES.indexOf(l.state)}\u0000${naturalKey(l.a.device)}\u0000${naturalKey(l.a.interface)}\u0000${naturalKey(l.b.device)}`,
    };
  });
  rows.sort((x, y) => compareStrings(x.key, y.key));
  const rowOf: number[] = [];
  rows.forEach((r, i) => (rowOf[r.origin] = i));
  return { columns, endValues, links: rows.map((r) => r.row), rowOf };
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

function deviceRows(graph: FabricGraph, lint: LintInput, cwd: string): { rows: DeviceRow[] } {
  const linkCount = new Map<string, number>();
  for (const l of graph.links) for (const e of [l.a, l.b]) linkCount.set(e.device, (linkCount.get(e.device) ?? 0) + 1);
  const byName = new Map<string, Device>();
  for (const d of lint.result.fabric.devices.values()) byName.set(d.hostname, d);
  const rows = graph.devices.map((g): DeviceRow => {
    const d = byName.get(g.id);
    return {
      name: g.id,
      os: g.os,
      role: g.role,
      tier: graph.tiers[g.tier] ?? '',
      path: displayPath(g.uri, cwd),
      interfaces: d?.interfaces.size ?? 0,
      links: linkCount.get(g.id) ?? 0,
      counts: { ...g.counts },
      ...(g.worst ? { worst: g.worst } : {}),
    };
  });
  rows.sort((x, y) => worstOrder(x.counts) - worstOrder(y.counts) || naturalCompare(x.name, y.name));
  return { rows };
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
