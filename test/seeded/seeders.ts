/**
 * The seeders: each injects one real-world fault of one rule's kind into the text of a clean fabric, at
 * a place it finds from the engine's model of the untouched files (the first link, the first PFC link,
 * the first class-map that is used …), and says on which lines the rule must report.
 */
import type { LintResult } from '../../server/src/engine/types';
import type { Loc, Position } from '../../server/src/model/location';
import { l3Mtu } from '../../server/src/model/mtu';
import type { SonicBufferEntry, SonicEntry, SonicFacts, SonicField, SonicObject, SonicPortQosMap } from '../../server/src/model/sonic';
import type { Device, Interface, Link, QueueConfig } from '../../server/src/model/types';
import type { Editor, Files, LineRef } from './editor';

export interface FabricSpec {
  name: string;
  /** 'fabric': the set is one fabric and must be clean for the rule as a whole; 'bag': single-device fixtures, each file judged alone. */
  kind: 'fabric' | 'bag';
}

export interface SeedContext {
  spec: FabricSpec;
  edit: Editor;
  before: LintResult;
  rel(uri: string): string;
  /** True when the rule has no finding before seeding (whole set for a fabric, that file for a bag). */
  clean(file: string): boolean;
}

export interface Seed {
  /** What was done, for the report: file:line and the change. */
  what: string;
  /**
   * Lines where `ruleId` must report, and nothing else of that rule may appear. A list in place of a line
   * means "on one of these" (e.g. the `set qos-group` line or the `match cos` line of the moved class).
   */
  expected: (LineRef | LineRef[])[];
  /** Lines where a rule of `alsoExpected` may also report because of the same fault. */
  alsoLines?: LineRef[];
  /**
   * Files the fabric gets before AND after the fault (an intent the rule reads, e.g. `fabric-intent.yaml`
   * declaring the CNP DSCP): the "before" lint is then rerun with them, so the fault stays the only change,
   * and the rule must be clean in that lint too.
   */
  baseline?: Record<string, string>;
}

export interface Seeder {
  ruleId: string;
  fault: string;
  /** Other rules that legitimately report the same fault, on the expected lines or `alsoLines`, with why. */
  alsoExpected?: { rule: string; why: string; /** a cascade over many lines (e.g. every SVI of a VLAN): allowed on any line */ anywhere?: boolean }[];
  applies(spec: FabricSpec): boolean;
  /**
   * Baseline edits of existing files (e.g. reverting a true finding of the rule that the corpus has): applied
   * to the fabric's files before the "before" lint, so the copy is judged clean for the rule with them, and
   * the seed's line numbers and the before/after comparison are in the edited text. Throws when the text it
   * expects is not there (the corpus changed).
   */
  baselineEdit?(spec: FabricSpec, files: Files): void;
  /** A seed, or the reason this fabric offers no place for the fault. */
  seed(ctx: SeedContext): Seed | string;
}

type End = { device: Device; iface: Interface };

const CLI = new Set(['eos', 'nxos', 'ios']);
const MAX: Record<string, number> = { eos: 9214, nxos: 9216, ios: 9198 };
const LEAF_SPINE = 'examples/leaf-spine';
const PFC_SETS = new Set([LEAF_SPINE, 'nxos/azurestack-switch-config-generator', 'eos/avd-eos-cli-config-gen-features']);

const lineOf = (loc: Loc): number => loc.range.start.line + 1;
const ref = (ctx: SeedContext, loc: Loc): LineRef => ({ file: ctx.rel(loc.uri), old: lineOf(loc) });
const fileOf = (ctx: SeedContext, d: Device): string => ctx.rel(d.uri);
const name = (e: End): string => `${e.device.hostname} ${e.iface.name}`;

function endOf(ctx: SeedContext, ep: Link['a']): End | undefined {
  const device = ctx.before.fabric.devices.get(ep.device);
  const iface = device?.interfaces.get(ep.interface);
  return device && iface && CLI.has(device.dialect) ? { device, iface } : undefined;
}

function linkEnds(ctx: SeedContext): { link: Link; a: End; b: End }[] {
  const out: { link: Link; a: End; b: End }[] = [];
  for (const link of ctx.before.fabric.links) {
    const a = endOf(ctx, link.a);
    const b = endOf(ctx, link.b);
    if (a && b && ctx.clean(fileOf(ctx, a.device)) && ctx.clean(fileOf(ctx, b.device))) out.push({ link, a, b });
  }
  return out;
}

function peerOf(ctx: SeedContext, e: End): End | undefined {
  for (const l of ctx.before.fabric.links) {
    if (l.a.device === e.device.hostname && l.a.interface === e.iface.name) return endOf(ctx, l.b);
    if (l.b.device === e.device.hostname && l.b.interface === e.iface.name) return endOf(ctx, l.a);
  }
  return undefined;
}

const indentOf = (s: string): number => /^\s*/.exec(s)![0].length;

/** The lines of a section (1-based, original numbering): every following line indented deeper than its header. */
function bodyLines(edit: Editor, file: string, header: number): number[] {
  const lines = edit.lines(file);
  const base = indentOf(lines[header - 1] ?? '');
  const out: number[] = [];
  for (let l = header + 1; l <= lines.length; l++) {
    const t = lines[l - 1]!;
    if (t.trim() === '' || indentOf(t) <= base) break;
    out.push(l);
  }
  return out;
}

function ownLines(ctx: SeedContext, e: End, re: RegExp): number[] {
  const file = fileOf(ctx, e.device);
  return e.iface.headers.filter((h) => ctx.rel(h.uri) === file).flatMap((h) => bodyLines(ctx.edit, file, lineOf(h)).filter((l) => re.test(ctx.edit.at(file, l))));
}

/** Writes `mtu <value>` on the interface: replaces its own mtu line, else inserts one under the header. */
function setMtu(ctx: SeedContext, e: End, value: number): LineRef {
  const file = fileOf(ctx, e.device);
  const own = ownLines(ctx, e, /^\s*(ip )?mtu \d+\s*$/);
  const mtuLine = e.iface.mtu.defaulted ? undefined : lineOf(e.iface.mtu.loc);
  if (mtuLine !== undefined && own.includes(mtuLine)) return ctx.edit.substitute(file, mtuLine, /mtu \d+/, `mtu ${value}`);
  const header = lineOf(e.iface.block.header);
  return ctx.edit.insertAfter(file, header, `${e.iface.block.childIndent}mtu ${value}`);
}

const pfcOn = (e: End): boolean =>
  e.iface.pfc.mode.value === 'on' && (e.device.dialect === 'nxos' ? e.device.qos.noDropPriorities.length > 0 : e.iface.pfc.noDropPriorities.length > 0);

function pfcLinks(ctx: SeedContext): { a: End; b: End }[] {
  return linkEnds(ctx).filter(({ a, b }) => pfcOn(a) && pfcOn(b));
}

function losslessQueues(d: Device): { q: QueueConfig; owner: string }[] {
  const lossless = new Set<number>([...d.qos.noDropPriorities.map((p) => p.value), ...[...d.interfaces.values()].flatMap((i) => i.pfc.noDropPriorities.map((p) => p.value))]);
  const queues: { q: QueueConfig; owner: string }[] = d.qos.queues.map((q) => ({ q, owner: d.hostname }));
  for (const i of d.interfaces.values()) for (const q of i.queues) queues.push({ q, owner: `${d.hostname} ${i.name}` });
  return queues.filter(({ q }) => lossless.has(q.queue));
}

// ——— helpers of the MTU / PFC / link seeders below ———

const NON_DATA = new Set<Interface['kind']>(['management', 'loopback', 'tunnel', 'vxlan', 'other']);

/** A /31, /30, /127 or /126 address (what makes an interface point-to-point for the MTU rules). */
const isP2p = (i: Interface): boolean => i.ipv4.some((a) => !a.value.secondary && (a.value.prefixLength === 31 || a.value.prefixLength === 30)) || i.ipv6.some((a) => a.value.prefixLength >= 126);

/** Interfaces that are an end of a link whose two ends are both in the workspace. */
function linkedSet(ctx: SeedContext): Set<Interface> {
  const out = new Set<Interface>();
  for (const l of ctx.before.fabric.links) {
    const a = ctx.before.fabric.devices.get(l.a.device)?.interfaces.get(l.a.interface);
    const b = ctx.before.fabric.devices.get(l.b.device)?.interfaces.get(l.b.interface);
    if (a && b) out.add(a).add(b);
  }
  return out;
}

/** Fabric-facing as the MTU rules define it: routed, up, a data kind, not a LAG member, linked or point-to-point. */
function fabricFacingOf(ctx: SeedContext, d: Device): Interface[] {
  const linked = linkedSet(ctx);
  return [...d.interfaces.values()].filter((i) => !NON_DATA.has(i.kind) && i.adminUp.value && i.mode.value === 'routed' && !i.channelGroup && (linked.has(i) || isP2p(i)));
}

/** Routed, up, physical or port-channel (not a LAG member): an interface a fabric link is cabled to. */
const routedPort = (e: End): boolean => e.iface.mode.value === 'routed' && e.iface.adminUp.value && !e.iface.channelGroup && (e.iface.kind === 'physical' || e.iface.kind === 'port-channel');

/** The interface's own `mtu N` line, when it writes one. */
function ownMtuLine(ctx: SeedContext, e: End): number | undefined {
  if (e.iface.mtu.defaulted) return undefined;
  const l = lineOf(e.iface.mtu.loc);
  return ownLines(ctx, e, /^\s*mtu \d+\s*$/).includes(l) ? l : undefined;
}

/** EOS `interface defaults` gives every interface a written MTU: deleting a port's line does not fall to the platform default. */
const hasInterfaceDefaults = (ctx: SeedContext, d: Device): boolean => ctx.edit.lines(fileOf(ctx, d)).some((t) => /^interface defaults\b/.test(t));

/** Both orientations of every link with CLI ends in clean files. */
const orientedEnds = (ctx: SeedContext): [End, End][] => linkEnds(ctx).flatMap(({ a, b }): [End, End][] => [[a, b], [b, a]]);

const isVtep = (d: Device): boolean => [...d.interfaces.values()].some((i) => i.kind === 'vxlan' && i.vxlanSource);

/** The bridged MTU of a switchport as the MTU rules read it (see bridgedMtu in server/src/rules/mtu/common.ts), or undefined. */
function bridged(d: Device, i: Interface): { value: number; loc: Loc } | undefined {
  const owner = (i.channelGroup && d.interfaces.get(i.channelGroup.value)) || i;
  if (owner.l2Mtu) return { value: owner.l2Mtu.value, loc: owner.l2Mtu.loc };
  if (d.dialect === 'eos') return undefined;
  if (d.dialect === 'nxos' || !owner.mtu.defaulted) return { value: owner.mtu.value, loc: owner.mtu.loc };
  return undefined;
}

/** Every no-drop line of priority `p` on the device (EOS interface lines, NX-OS `pause pfc-cos`). */
function noDropLines(ctx: SeedContext, d: Device, p: number): LineRef[] {
  const locs = [...d.qos.noDropPriorities, ...[...d.interfaces.values()].flatMap((i) => i.pfc.noDropPriorities)].filter((x) => x.value === p).map((x) => x.loc);
  return locs.map((l) => ref(ctx, l));
}

// ——— SONiC config_db.json: line edits that keep the file valid JSON ———

/** The corpus sets of SONiC config_db files (sonic/…). */
const isSonicSet = (s: FabricSpec): boolean => s.name.startsWith('sonic/');

const lineAt = (p: Position): number => p.line + 1;

/** SONiC devices of clean files, each with its facts and file. */
function sonicDevices(ctx: SeedContext): { d: Device; facts: SonicFacts; file: string }[] {
  return [...ctx.before.fabric.devices.values()].flatMap((d) => (d.sonic && ctx.clean(fileOf(ctx, d)) ? [{ d, facts: d.sonic, file: fileOf(ctx, d) }] : []));
}

/** The first and last line of a member when it is alone on them (pretty-printed JSON), else undefined. */
function memberLines(obj: SonicObject, m: SonicField): [number, number] | undefined {
  const i = obj.fields.indexOf(m);
  const prev = obj.fields[i - 1];
  const next = obj.fields[i + 1];
  if (i < 0 || (prev && lineAt(prev.end) >= lineAt(m.start)) || (next && lineAt(next.start) <= lineAt(m.end))) return undefined;
  if (lineAt(obj.open) >= lineAt(m.start) || lineAt(obj.close) <= lineAt(m.end)) return undefined;
  return [lineAt(m.start), lineAt(m.end)];
}

/** Deletes a member and, when it was the last one, the comma before it; false (nothing edited) when the layout does not allow it. */
function deleteMember(edit: Editor, file: string, obj: SonicObject, m: SonicField): boolean {
  const span = memberLines(obj, m);
  if (!span) return false;
  const i = obj.fields.indexOf(m);
  const prev = obj.fields[i - 1];
  if (i === obj.fields.length - 1 && prev) {
    const l = lineAt(prev.end);
    if (!/,\s*$/.test(edit.at(file, l)) || edit.at(file, l).slice(prev.end.character).trim() !== ',') return false;
    edit.substitute(file, l, /,\s*$/, '');
  }
  edit.delete(file, span[0], span[1]);
  return true;
}

/** True when `member` can be appended to `obj` by appendMember (its last member ends its line). */
function appendable(edit: Editor, file: string, obj: SonicObject): boolean {
  const last = obj.fields[obj.fields.length - 1];
  return !!last && lineAt(last.end) < lineAt(obj.close) && edit.at(file, lineAt(last.end)).slice(last.end.character).trim() === '';
}

/** Appends `"name": "value"` as the object's last member (a comma after the old last one); check appendable() first. */
function appendMember(edit: Editor, file: string, obj: SonicObject, text: string): LineRef {
  const last = obj.fields[obj.fields.length - 1]!;
  const l = lineAt(last.end);
  edit.replace(file, l, `${edit.at(file, l).replace(/\s*$/, '')},`);
  return edit.insertAfter(file, l, `${obj.childIndent}${text}`);
}

/** The member of a table object (or of the root in a redis dump) that holds `entry`. */
function entryMember(facts: SonicFacts, entry: SonicEntry): { parent: SonicObject; member: SonicField } | undefined {
  const parent = entry.flat ? facts.root : facts.tables.get(entry.table);
  const line = lineOf(entry.obj.keyLoc);
  const member = parent?.fields.find((f) => lineAt(f.start) === line && f.keyLoc.range.start.character === entry.obj.keyLoc.range.start.character);
  return parent && member ? { parent, member } : undefined;
}

const fieldOf = (e: SonicEntry, name: string): SonicField | undefined => e.obj.fields.find((f) => f.name === name);

/** PORT_QOS_MAP entries of single ports (not `global`, not `Ethernet0,Ethernet4`) that enable PFC, written in `file`. */
function pfcPortMaps(ctx: SeedContext, facts: SonicFacts, file: string): SonicPortQosMap[] {
  return facts.portQosMaps.filter((q) => q.port !== 'global' && q.entry.key === q.port && q.pfcEnable && q.priorities.length > 0 && ctx.rel(q.entry.obj.keyLoc.uri) === file);
}

/** The egress queue a PFC priority pauses (MAP_PFC_PRIORITY_TO_QUEUE of the port, identity without one), as pfc/no-lossless-buffer reads it. */
function pfcQueue(facts: SonicFacts, q: SonicPortQosMap, p: number): number {
  const name = q.maps.find((m) => m.field === 'pfc_to_queue_map')?.name;
  const v = name === undefined ? undefined : facts.entries.get('MAP_PFC_PRIORITY_TO_QUEUE')?.get(name)?.obj.fields.find((f) => f.name === String(p))?.value;
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : p;
}

/** The priority group a PFC priority uses (TC_TO_PRIORITY_GROUP_MAP of the port, identity without one). */
function pfcPg(facts: SonicFacts, q: SonicPortQosMap, p: number): number {
  const name = q.maps.find((m) => m.field === 'tc_to_pg_map')?.name;
  const v = name === undefined ? undefined : facts.entries.get('TC_TO_PRIORITY_GROUP_MAP')?.get(name)?.obj.fields.find((f) => f.name === String(p))?.value;
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : p;
}

/** BUFFER_QUEUE / BUFFER_PG entries of `port` covering any of `indices`, with a profile written in `file`. */
function bufferEntries(ctx: SeedContext, list: SonicBufferEntry[], port: string, indices: number[], file: string): SonicBufferEntry[] {
  return list.filter((b) => b.port === port && b.indices.some((i) => indices.includes(i)) && b.profile && ctx.rel(b.profile.loc.uri) === file);
}

/** A SONiC link end: the device and its PORT (not a PORTCHANNEL member), for the MTU / PFC seeders. */
function sonicEnd(ctx: SeedContext, ep: Link['a']): End | undefined {
  const device = ctx.before.fabric.devices.get(ep.device);
  const iface = device?.interfaces.get(ep.interface);
  return device?.sonic && iface && ctx.clean(fileOf(ctx, device)) ? { device, iface } : undefined;
}

function sonicLinks(ctx: SeedContext): { a: End; b: End }[] {
  return ctx.before.fabric.links.flatMap((l) => {
    const a = sonicEnd(ctx, l.a);
    const b = sonicEnd(ctx, l.b);
    return a && b ? [{ a, b }] : [];
  });
}

const SONIC_MAX_MTU = 9216;

export const seeders: Seeder[] = [
  {
    ruleId: 'mtu/link-mismatch',
    fault: "change one end's MTU on the first link the engine found",
    alsoExpected: [
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
      { rule: 'mtu/below-intent', why: 'a lowered end is below the MTU its role peers use (raised when the dialect allows, lowered only at the maximum)' },
      { rule: 'mtu/edge-exceeds-core', why: 'a lowered uplink is now below the host-facing MTU of its leaf' },
      { rule: 'mtu/roce-path', why: 'in a lossless fabric a lowered hop may fall below the RDMA / host MTU' },
    ],
    applies: () => true,
    seed(ctx) {
      const cand = linkEnds(ctx).find(({ a }) => !a.iface.channelGroup && a.iface.adminUp.value);
      if (!cand) return 'no link with a CLI device on both ends';
      const { a, b } = cand;
      const cur = a.iface.mtu.value;
      const max = MAX[a.device.dialect] ?? 9214;
      const value = cur + 100 <= max ? cur + 100 : cur - 214;
      const at = setMtu(ctx, a, value);
      return { what: `${name(a)} MTU ${cur} → ${value} (peer ${name(b)} keeps ${b.iface.mtu.value})`, expected: [at, ref(ctx, b.iface.mtu.loc)] };
    },
  },
  {
    ruleId: 'mtu/lag-member-mismatch',
    fault: 'give one LAG member an MTU different from its port-channel',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the member is itself one end of a physical link (topology file / LLDP), whose peer keeps the old MTU' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
    ],
    applies: () => true,
    seed(ctx) {
      for (const device of ctx.before.fabric.devices.values()) {
        if (!CLI.has(device.dialect) || !ctx.clean(fileOf(ctx, device))) continue;
        for (const iface of device.interfaces.values()) {
          const lag = iface.channelGroup ? device.interfaces.get(iface.channelGroup.value) : undefined;
          if (!lag || !iface.adminUp.value || iface.kind !== 'physical') continue;
          const m: End = { device, iface };
          const value = lag.mtu.value - 100;
          const at = setMtu(ctx, m, value);
          const peer = peerOf(ctx, m);
          return { what: `${name(m)} (member of ${lag.name}, MTU ${lag.mtu.value}) gets mtu ${value}`, expected: [at], alsoLines: peer ? [ref(ctx, peer.iface.mtu.loc)] : [] };
        }
      }
      return 'no port-channel with an up physical member';
    },
  },
  {
    ruleId: 'mtu/subif-exceeds-parent',
    fault: 'raise a subinterface MTU above its parent (or lower the parent when the subinterface is at the maximum)',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the subinterface (or the parent) is a link end, whose peer keeps the old MTU' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
    ],
    applies: () => true,
    seed(ctx) {
      for (const device of ctx.before.fabric.devices.values()) {
        if (!CLI.has(device.dialect) || !ctx.clean(fileOf(ctx, device))) continue;
        for (const sub of device.interfaces.values()) {
          const parent = sub.kind === 'subinterface' && sub.parent ? device.interfaces.get(sub.parent) : undefined;
          if (!parent || !parent.adminUp.value || !sub.adminUp.value) continue;
          const max = MAX[device.dialect] ?? 9214;
          const s: End = { device, iface: sub };
          const p: End = { device, iface: parent };
          const peer = peerOf(ctx, s);
          const also = peer ? [ref(ctx, peer.iface.mtu.loc)] : [];
          if (parent.mtu.value + 100 <= max) {
            const at = setMtu(ctx, s, parent.mtu.value + 100);
            return { what: `${name(s)} MTU ${sub.mtu.value} → ${parent.mtu.value + 100}, parent ${parent.name} ${parent.mtu.value}`, expected: [at], alsoLines: also };
          }
          const pAt = setMtu(ctx, p, sub.mtu.value - 100);
          return { what: `parent ${name(p)} MTU ${parent.mtu.value} → ${sub.mtu.value - 100} under ${sub.name} ${sub.mtu.value}`, expected: [ref(ctx, sub.mtu.loc)], alsoLines: [pAt, ...also] };
        }
      }
      return 'no subinterface with an up parent';
    },
  },
  {
    ruleId: 'pfc/one-sided',
    fault: 'remove PFC from one end of a PFC link (EOS: delete its PFC lines; NX-OS: mode off)',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      const links = pfcLinks(ctx);
      const pick = links.find(({ a, b }) => a.device.dialect === 'eos' || b.device.dialect === 'eos') ?? links[0];
      if (!pick) return 'no link with PFC on at both ends';
      const [off, on] = pick.a.device.dialect === 'eos' || pick.b.device.dialect !== 'eos' ? [pick.a, pick.b] : [pick.b, pick.a];
      const file = fileOf(ctx, off.device);
      if (off.device.dialect === 'eos') {
        const lines = ownLines(ctx, off, /^\s*priority-flow-control (on|priority \d+ no-drop)\s*$/);
        for (const l of lines) ctx.edit.delete(file, l);
        return { what: `${name(off)}: deleted ${lines.length} PFC line(s); ${name(on)} keeps PFC on`, expected: [ref(ctx, off.iface.block.header), ref(ctx, on.iface.pfc.mode.loc)] };
      }
      const at = ctx.edit.substitute(file, lineOf(off.iface.pfc.mode.loc), /mode on.*$/, 'mode off');
      return { what: `${name(off)}: priority-flow-control mode off; ${name(on)} keeps PFC on`, expected: [at, ref(ctx, on.iface.pfc.mode.loc)] };
    },
  },
  {
    ruleId: 'pfc/priority-mismatch-link',
    fault: 'make another priority no-drop on one EOS end of a PFC link',
    alsoExpected: [
      { rule: 'pfc/priority-mismatch-fabric', why: 'the seeded interface also disagrees with the fabric-wide lossless set' },
      { rule: 'qos/ecn-missing-on-lossless', why: 'the new no-drop priority has no ECN-marking tx-queue on that interface (reported on its header)' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const { a, b } of pfcLinks(ctx)) {
        for (const [self, other] of [
          [a, b],
          [b, a],
        ] as const) {
          if (self.device.dialect !== 'eos') continue;
          const line = ownLines(ctx, self, /^\s*priority-flow-control priority \d+ no-drop\s*$/)[0];
          if (line === undefined) continue;
          const file = fileOf(ctx, self.device);
          const cur = Number(/priority (\d+)/.exec(ctx.edit.at(file, line))![1]);
          const next = [4, 2, 5, 1, 0].find((p) => p !== cur)!;
          const at = ctx.edit.substitute(file, line, `priority ${cur} no-drop`, `priority ${next} no-drop`);
          const anchor = other.device.dialect === 'nxos' || other.iface.pfc.noDropPriorities.length === 0 ? other.iface.pfc.mode.loc : other.iface.pfc.noDropPriorities[0]!.loc;
          return { what: `${name(self)}: no-drop ${cur} → ${next}; ${name(other)} keeps ${cur}`, expected: [at, ref(ctx, anchor)], alsoLines: [ref(ctx, self.iface.block.header)] };
        }
      }
      return 'no PFC link with an EOS end that writes its own no-drop line';
    },
  },
  {
    ruleId: 'pfc/watchdog-missing',
    fault: "delete a PFC device's watchdog lines",
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const device of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, device);
        if ((device.dialect !== 'eos' && device.dialect !== 'nxos') || !ctx.clean(file)) continue;
        const pfcIfaces = [...device.interfaces.values()].filter((i) => pfcOn({ device, iface: i }));
        if (pfcIfaces.length === 0 || !device.qos.watchdog.enabled.value) continue;
        const re = device.dialect === 'eos' ? /^\s*priority-flow-control pause watchdog\b/ : /^\s*priority-flow-control watch-dog-interval on\b/;
        const lines = ctx.edit.lines(file).flatMap((t, i) => (re.test(t) ? [i + 1] : []));
        if (lines.length === 0) continue;
        for (const l of lines) ctx.edit.delete(file, l);
        const declared = device.dialect === 'nxos' ? device.qos.noDropPriorities[0]!.loc : pfcIfaces[0]!.pfc.noDropPriorities[0]!.loc;
        return { what: `${device.hostname}: deleted ${lines.length} watchdog line(s)`, expected: [ref(ctx, declared)] };
      }
      return 'no device that runs PFC with a watchdog';
    },
  },
  {
    ruleId: 'pfc/mode-auto',
    fault: 'set one NX-OS end of a PFC link to priority-flow-control mode auto',
    alsoExpected: [{ rule: 'pfc/one-sided', why: 'an auto end facing a peer that cannot negotiate DCBX is reported by one-sided instead (documented hand-off)' }],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      const links = pfcLinks(ctx);
      const pick = links.find(({ a, b }) => a.device.dialect === 'nxos' && b.device.dialect === 'nxos') ?? links.find(({ a, b }) => a.device.dialect === 'nxos' || b.device.dialect === 'nxos');
      if (!pick) return 'no PFC link with an NX-OS end';
      const [self, other] = pick.a.device.dialect === 'nxos' ? [pick.a, pick.b] : [pick.b, pick.a];
      const at = ctx.edit.substitute(fileOf(ctx, self.device), lineOf(self.iface.pfc.mode.loc), /mode on.*$/, 'mode auto');
      return { what: `${name(self)}: mode on → mode auto (peer ${name(other)})`, expected: [at], alsoLines: [ref(ctx, other.iface.pfc.mode.loc)] };
    },
  },
  {
    ruleId: 'pfc/class-queue-misaligned',
    fault: 'move the no-drop class to another qos-group (NX-OS `set qos-group`)',
    alsoExpected: [
      { rule: 'pfc/unclassified-priority', why: 'the lossless qos-group (its `pause pfc-cos` line) no longer receives any traffic' },
      { rule: 'qos/dscp-map-drift', why: 'in a fabric the moved DSCPs now land in another queue than on the peer switches (reported on the class-map match line)' },
      { rule: 'qos/contract-link-break', anywhere: true, why: 'the code point is now lossy at this switch\'s end of its links and lossless at the other' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const device of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, device);
        if (device.dialect !== 'nxos' || !ctx.clean(file)) continue;
        const nd = new Set(device.qos.noDropPriorities.map((p) => p.value));
        for (const pm of device.qos.policyMaps) {
          if (pm.type !== 'qos') continue;
          for (const c of pm.classes) {
            const g = c.setQosGroup;
            if (!g || !nd.has(g.value)) continue;
            const used = new Set(pm.classes.flatMap((x) => (x.setQosGroup ? [x.setQosGroup.value] : [])));
            const next = [4, 5, 2, 1].find((x) => !used.has(x) && !nd.has(x))!;
            const at = ctx.edit.substitute(file, lineOf(g.loc), `qos-group ${g.value}`, `qos-group ${next}`);
            const cm = device.qos.classMaps.find((m) => m.name === c.name);
            // A DSCP-matching class moved out of the lossless group is qos/dscp-map-drift's (by meaning).
            if (!cm || cm.matchCos.length === 0) continue;
            const matches = [...cm.matchCos, ...cm.matchDscp].map((m) => ref(ctx, m.loc));
            return {
              what: `${device.hostname} policy ${pm.name} class ${c.name}: set qos-group ${g.value} → ${next} (pause pfc-cos ${[...nd].join(',')})`,
              expected: [[at, ...matches]],
              alsoLines: [...device.qos.noDropPriorities.map((p) => ref(ctx, p.loc)), ...matches],
            };
          }
        }
      }
      return 'no NX-OS device whose qos policy sets a no-drop qos-group';
    },
  },
  {
    ruleId: 'qos/dscp-map-drift',
    fault: 'change one DSCP map entry on one switch',
    alsoExpected: [{ rule: 'qos/contract-link-break', anywhere: true, why: 'the moved code point is now lossy at this switch\'s end of its links and lossless at the other' }],
    applies: (s) => s.kind === 'fabric',
    seed(ctx) {
      const devices = [...ctx.before.fabric.devices.values()].filter((d) => d.dialect === 'eos' && ctx.clean(fileOf(ctx, d)));
      for (const d of devices) {
        const file = fileOf(ctx, d);
        const line = ctx.edit.lines(file).findIndex((t) => /^qos map dscp [\d ]+ to traffic-class \d+\s*$/.test(t)) + 1;
        if (line === 0 || devices.length < 2) continue;
        const cur = Number(/traffic-class (\d+)/.exec(ctx.edit.at(file, line))![1]);
        const next = (cur + 1) % 8;
        const at = ctx.edit.substitute(file, line, `traffic-class ${cur}`, `traffic-class ${next}`);
        return { what: `${d.hostname}: ${ctx.edit.at(file, line).trim()} → traffic-class ${next}`, expected: [at] };
      }
      return 'no two EOS switches with a global DSCP map';
    },
  },
  {
    ruleId: 'qos/undefined-reference',
    fault: 'delete a referenced class-map',
    alsoExpected: [
      { rule: 'qos/dscp-map-drift', anywhere: true, why: 'the DSCPs the deleted class-map matched fall to the default class, lossy unlike on the other switches' },
      { rule: 'qos/contract-link-break', anywhere: true, why: 'RoCE is now lossy at this switch\'s end of its links and lossless at the other' },
      { rule: 'pfc/unclassified-priority', why: 'when the deleted class fed the lossless qos-group, that group (its `pause pfc-cos` line) now receives nothing' },
      { rule: 'qos/dscp-map-drift', why: 'the DSCPs the class matched fall back to the default class, unlike on the peer switches (reported on the hostname: no line classifies them any more)' },
      { rule: 'qos/contract-link-break', anywhere: true, why: 'the code point is now lossy at this switch\'s end of its links and lossless at the other' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        for (const def of d.symbols.defs) {
          if (def.kind !== 'class-map' || ctx.rel(def.loc.uri) !== file) continue;
          const refs = d.symbols.refs.filter((r) => r.kind === 'class-map' && r.name === def.name && ctx.rel(r.loc.uri) === file);
          if (refs.length === 0 || d.symbols.defs.filter((x) => x.kind === 'class-map' && x.name === def.name).length !== 1) continue;
          const header = lineOf(def.loc);
          const body = bodyLines(ctx.edit, file, header);
          ctx.edit.delete(file, header, body.length ? body[body.length - 1]! : header);
          return {
            what: `${d.hostname}: deleted class-map ${def.name} (${1 + body.length} lines), used ${refs.length}×`,
            expected: refs.map((r) => ref(ctx, r.loc)),
            alsoLines: [...d.qos.noDropPriorities.map((p) => ref(ctx, p.loc)), ...(d.hostnameLoc ? [ref(ctx, d.hostnameLoc)] : [])],
          };
        }
      }
      return 'no class-map that is referenced';
    },
  },
  {
    ruleId: 'qos/unused-definition',
    fault: 'delete the only reference to a definition (a queuing policy first: it has the fewest knock-on effects)',
    alsoExpected: [
      { rule: 'qos/dscp-map-drift', anywhere: true, why: 'CNP now leaves this switch through a weighted queue, unlike on the other switches (a warning: the pause is unchanged)' },
      { rule: 'qos/system-qos-missing', why: 'the deleted reference was the `system qos` attachment: the policy is dead for that rule too (reported on the system qos block)' },
      { rule: 'qos/ecn-missing-on-lossless', why: 'the detached queuing policy held the ECN marking of the lossless queue; the default policy marks nothing (reported on system qos)' },
      { rule: 'qos/cnp-not-priority', why: 'the detached queuing policy held the strict-priority CNP queue (reported on system qos)' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      const rank = (def: Device['symbols']['defs'][number]): number => (def.kind === 'policy-map' ? ['queuing', 'qos', '', 'network-qos'].indexOf(def.subtype ?? '') + 1 || 5 : 6);
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        const defs = [...d.symbols.defs].sort((x, y) => rank(x) - rank(y));
        for (const def of defs) {
          const refs = d.symbols.refs.filter((r) => r.kind === def.kind && r.name === def.name);
          if (refs.length !== 1 || ctx.rel(refs[0]!.loc.uri) !== file) continue;
          const l = lineOf(refs[0]!.loc);
          if (bodyLines(ctx.edit, file, l).length > 0) continue; // a section header: deleting it would orphan its body
          const text = ctx.edit.at(file, l).trim();
          ctx.edit.delete(file, l);
          return {
            what: `${d.hostname}: deleted "${text}", the only use of ${def.kind} ${def.subtype ?? ''} ${def.name}`,
            expected: [ref(ctx, def.loc)],
            alsoLines: d.qos.systemQosBlock ? [ref(ctx, d.qos.systemQosBlock.header)] : [],
          };
        }
      }
      return 'no definition used exactly once by a single line';
    },
  },
  {
    ruleId: 'qos/wred-drop-on-lossless',
    fault: 'turn the ECN marking of the lossless queue into WRED drop',
    alsoExpected: [{ rule: 'qos/ecn-missing-on-lossless', why: 'the lossless queue no longer marks ECN (the example README lists both for this fault)' }],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        for (const { q, owner } of losslessQueues(d)) {
          if (!q.ecn || ctx.rel(q.ecn.loc.uri) !== file) continue;
          const l = lineOf(q.ecn.loc);
          const t = ctx.edit.at(file, l);
          const next = d.dialect === 'eos' ? t.replace('random-detect ecn', 'random-detect drop').replace('max-mark-probability', 'drop-probability') : t.replace(/\s+ecn\s*$/, '');
          if (next === t) continue;
          const at = ctx.edit.replace(file, l, next);
          return { what: `${owner} queue ${q.queue}: "${t.trim()}" → "${next.trim()}"`, expected: [at], alsoLines: q.block ? [ref(ctx, q.block.header)] : [] };
        }
      }
      return 'no lossless queue with ECN marking';
    },
  },
  {
    ruleId: 'qos/ecn-missing-on-lossless',
    fault: 'delete the ECN line of the lossless queue',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        for (const { q, owner } of losslessQueues(d)) {
          if (!q.ecn || !q.block || ctx.rel(q.ecn.loc.uri) !== file) continue;
          const l = lineOf(q.ecn.loc);
          const t = ctx.edit.at(file, l).trim();
          ctx.edit.delete(file, l);
          return { what: `${owner} queue ${q.queue}: deleted "${t}"`, expected: [ref(ctx, q.block.header)] };
        }
      }
      return 'no lossless queue with ECN marking';
    },
  },
  {
    ruleId: 'link/duplicate-address',
    fault: "give a third interface the address of one end of a subnet-inferred link",
    alsoExpected: [
      { rule: 'link/unpaired-p2p', why: "the third interface left its own /31: that subnet's other member is now alone" },
      { rule: 'link/description-disagrees', why: "the third interface's description still names its old peer" },
    ],
    applies: (s) => s.kind === 'fabric',
    seed(ctx) {
      const subnetLinks = linkEnds(ctx).filter(({ link }) => link.source === 'subnet' || link.evidence.some((e) => e.source === 'subnet'));
      for (const { a, b } of subnetLinks) {
        const aAddr = a.iface.ipv4[0];
        const bAddr = b.iface.ipv4[0];
        if (!aAddr || !bAddr) continue;
        for (const { a: c, b: cPeer } of subnetLinks) {
          if (c.device === a.device || c.device === b.device || c.device.dialect !== a.device.dialect) continue;
          const cAddr = c.iface.ipv4[0];
          const cPeerAddr = cPeer.iface.ipv4[0];
          if (!cAddr || !cPeerAddr || c.iface.vrf?.value !== a.iface.vrf?.value) continue;
          const aFile = ctx.rel(aAddr.loc.uri);
          const cFile = ctx.rel(cAddr.loc.uri);
          const aText = ctx.edit.at(aFile, lineOf(aAddr.loc)).trim();
          const cLine = ctx.edit.at(cFile, lineOf(cAddr.loc));
          const at = ctx.edit.replace(cFile, lineOf(cAddr.loc), cLine.slice(0, indentOf(cLine)) + aText);
          return {
            what: `${name(c)}: "${cLine.trim()}" → "${aText}" (the address of ${name(a)}, linked to ${name(b)})`,
            expected: [ref(ctx, aAddr.loc), at],
            alsoLines: [ref(ctx, bAddr.loc), ref(ctx, cPeerAddr.loc), ref(ctx, c.iface.block.header), ...(c.iface.description ? [ref(ctx, c.iface.description.loc)] : [])],
          };
        }
      }
      return 'no two subnet-inferred links on different devices of one dialect';
    },
  },
  // ——— further rules with a seedable fault in the parsed dialects ———
  {
    ruleId: 'mtu/out-of-range',
    fault: 'write an MTU two bytes above what the dialect accepts on a fabric interface',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the interface is a link end and its peer keeps the old MTU' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
    ],
    applies: () => true,
    seed(ctx) {
      const cand = linkEnds(ctx).find(({ a }) => !a.iface.channelGroup && a.iface.adminUp.value);
      if (!cand) return 'no link with a CLI device on both ends';
      const { a, b } = cand;
      // Two bytes above the largest MTU the dialect accepts anywhere: EOS 9214, NX-OS and IOS 9216.
      const value = ({ eos: 9216, nxos: 9218, ios: 9218 } as Record<string, number>)[a.device.dialect] ?? 9218;
      const at = setMtu(ctx, a, value);
      return { what: `${name(a)} MTU ${a.iface.mtu.value} → ${value}`, expected: [at], alsoLines: [at, ref(ctx, b.iface.mtu.loc)] };
    },
  },
  {
    ruleId: 'mtu/nqos-class-below-intf',
    fault: 'lower the MTU of the no-drop network-qos class to 1500 (NX-OS)',
    alsoExpected: [
      { rule: 'mtu/svi-exceeds-members', why: 'the network-qos MTU also bounds what switchports bridge, so jumbo SVIs now exceed their ports', anywhere: true },
      { rule: 'mtu/roce-path', why: 'the lossless class now carries 1500-byte frames only', anywhere: true },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        for (const pm of d.qos.policyMaps) {
          if (pm.type !== 'network-qos') continue;
          const c = pm.classes.find((x) => x.pausePfcCos && x.mtu && x.mtu.value > 1500);
          if (!c || !c.mtu) continue;
          const at = ctx.edit.substitute(file, lineOf(c.mtu.loc), /mtu \d+/, 'mtu 1500');
          return { what: `${d.hostname} ${pm.name} class ${c.name}: mtu ${c.mtu.value} → 1500`, expected: [at] };
        }
      }
      return 'no NX-OS network-qos no-drop class with a jumbo MTU';
    },
  },
  {
    ruleId: 'mtu/svi-exceeds-members',
    fault: 'lower the MTU of an NX-OS access port below the MTU of its VLAN interface',
    alsoExpected: [{ rule: 'mtu/roce-path', why: 'the port is a host-facing PFC port now at 1500' }],
    applies: () => true,
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        for (const port of d.interfaces.values()) {
          const vlan = port.accessVlan?.value;
          const svi = vlan === undefined ? undefined : d.interfaces.get(`Vlan${vlan}`);
          if (!svi || !port.adminUp.value || port.mode.value !== 'switched' || svi.mtu.value <= 1500 || port.mtu.value < svi.mtu.value) continue;
          const e: End = { device: d, iface: port };
          const at = setMtu(ctx, e, 1500);
          return { what: `${name(e)} (access VLAN ${vlan}) MTU ${port.mtu.value} → 1500 under ${svi.name} MTU ${svi.mtu.value}`, expected: [ref(ctx, svi.mtu.loc)], alsoLines: [at] };
        }
      }
      return 'no NX-OS access port carrying a jumbo SVI';
    },
  },
  {
    ruleId: 'pfc/enable-missing',
    fault: 'delete `priority-flow-control on` from an EOS interface that keeps its no-drop line',
    alsoExpected: [{ rule: 'pfc/one-sided', why: 'the interface is now PFC-off at one end of a PFC link' }],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'eos' || !ctx.clean(file)) continue;
        for (const iface of d.interfaces.values()) {
          const e: End = { device: d, iface };
          if (!pfcOn(e)) continue;
          const on = ownLines(ctx, e, /^\s*priority-flow-control on\s*$/)[0];
          const nd = ownLines(ctx, e, /^\s*priority-flow-control priority \d+ no-drop\s*$/)[0];
          if (on === undefined || nd === undefined) continue;
          ctx.edit.delete(file, on);
          const peer = peerOf(ctx, e);
          return {
            what: `${name(e)}: deleted "priority-flow-control on", kept "${ctx.edit.at(file, nd).trim()}"`,
            expected: [[{ file, old: nd }, ref(ctx, iface.block.header)]],
            alsoLines: [ref(ctx, iface.block.header), ...(peer ? [ref(ctx, peer.iface.pfc.mode.loc)] : [])],
          };
        }
      }
      return 'no EOS interface with PFC on and its own no-drop line';
    },
  },
  {
    ruleId: 'pfc/lag-member-inconsistent',
    fault: 'turn PFC off on one member of a port-channel whose members run PFC',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if ((d.dialect !== 'nxos' && d.dialect !== 'eos') || !ctx.clean(file)) continue;
        for (const m of d.interfaces.values()) {
          const lag = m.channelGroup?.value;
          if (!lag || m.pfc.mode.value !== 'on' || m.pfc.mode.defaulted) continue;
          const others = [...d.interfaces.values()].filter((o) => o !== m && o.channelGroup?.value === lag && o.pfc.mode.value === 'on');
          if (others.length === 0) continue;
          const l = lineOf(m.pfc.mode.loc);
          const at = d.dialect === 'nxos' ? ctx.edit.substitute(file, l, /mode on.*$/, 'mode off') : ctx.edit.replace(file, l, ctx.edit.at(file, l).replace(/priority-flow-control on/, 'no priority-flow-control'));
          return { what: `${d.hostname} ${m.name} (member of ${lag}): PFC off, ${others.length} other member(s) keep it on`, expected: [[at, ref(ctx, m.block.header)]] };
        }
      }
      return 'no port-channel with two PFC members';
    },
  },
  {
    ruleId: 'pfc/watchdog-inconsistent',
    fault: 'make the EOS PFC watchdog poll slower than half its timeout',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        const w = d.qos.watchdog;
        if (d.dialect !== 'eos' || !ctx.clean(file) || !w.polling || !w.timeout || ctx.rel(w.polling.loc.uri) !== file) continue;
        // Only a device that runs PFC is judged (`priority-flow-control all off` turns every port off).
        if (d.qos.pfcAllOff?.value || ![...d.interfaces.values()].some((i) => pfcOn({ device: d, iface: i }))) continue;
        const value = Math.round(w.timeout.value * 2.5 * 1000) / 1000;
        const at = ctx.edit.substitute(file, lineOf(w.polling.loc), /polling-interval [\d.]+/, `polling-interval ${value}`);
        return { what: `${d.hostname}: watchdog polling-interval ${w.polling.value} → ${value} (timeout ${w.timeout.value})`, expected: [at] };
      }
      return 'no EOS device with watchdog timeout and polling lines';
    },
  },
  {
    ruleId: 'pfc/with-link-pause',
    fault: 'add 802.3x `flowcontrol receive on` to an interface that runs PFC',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        for (const iface of d.interfaces.values()) {
          if (!pfcOn({ device: d, iface }) || iface.linkPause) continue;
          const at = ctx.edit.insertAfter(file, lineOf(iface.block.header), `${iface.block.childIndent}flowcontrol receive on`);
          return { what: `${d.hostname} ${iface.name}: inserted "flowcontrol receive on"`, expected: [[at, ref(ctx, iface.block.header)]] };
        }
      }
      return 'no interface that runs PFC';
    },
  },
  {
    ruleId: 'pfc/no-lossless-buffer',
    fault: 'detach the network-qos policy from `system qos` (NX-OS)',
    alsoExpected: [
      { rule: 'qos/system-qos-missing', why: 'the same detached policy, seen as a dead definition (reported on its definition or the system qos block)' },
      { rule: 'qos/unused-definition', why: 'the policy-map is now referenced nowhere' },
      { rule: 'mtu/svi-exceeds-members', why: 'without the network-qos MTU, switchports bridge only the default 1500 under jumbo SVIs', anywhere: true },
      { rule: 'pfc/one-sided', why: 'the device has no lossless priority any more, so each PFC link of it is lossless at the peer only (both ends reported)', anywhere: true },
      { rule: 'pfc/priority-mismatch-fabric', why: 'the device has no lossless priority while its role peers have one (reported on the hostname)' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file) || d.qos.noDropPriorities.length === 0) continue;
        const att = d.qos.systemPolicies.find((p) => p.value.type === 'network-qos');
        if (!att || ctx.rel(att.loc.uri) !== file) continue;
        // One finding per device, on its first port that turns PFC on (naming the now unattached policy).
        const firstOn = [...d.interfaces.values()].find((i) => i.pfc.mode.value === 'on');
        if (!firstOn) continue;
        ctx.edit.delete(file, lineOf(att.loc));
        const def = d.symbols.defs.find((x) => x.kind === 'policy-map' && x.name === att.value.name);
        return {
          what: `${d.hostname}: deleted "${ctx.edit.at(file, lineOf(att.loc)).trim()}"`,
          expected: [[ref(ctx, firstOn.pfc.mode.loc)]],
          alsoLines: [...(def ? [ref(ctx, def.loc)] : []), ...(d.qos.systemQosBlock ? [ref(ctx, d.qos.systemQosBlock.header)] : []), ...(d.hostnameLoc ? [ref(ctx, d.hostnameLoc)] : [])],
        };
      }
      return 'no NX-OS device with a network-qos policy attached under system qos';
    },
  },
  {
    ruleId: 'qos/system-qos-missing',
    fault: 'detach the queuing policy from `system qos` (NX-OS)',
    alsoExpected: [
      { rule: 'qos/dscp-map-drift', anywhere: true, why: 'CNP now leaves this switch through a weighted queue, unlike on the other switches (a warning: the pause is unchanged)' },
      { rule: 'qos/unused-definition', why: 'the policy-map is now referenced nowhere (reported on its definition)' },
      { rule: 'qos/ecn-missing-on-lossless', why: 'the ECN marking of the lossless queue lived in that policy', anywhere: true },
      { rule: 'qos/cnp-not-priority', why: 'the strict-priority CNP queue lived in that policy', anywhere: true },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        const att = d.qos.systemPolicies.find((p) => p.value.type === 'queuing');
        if (!att || ctx.rel(att.loc.uri) !== file || !d.qos.systemQosBlock) continue;
        const def = d.symbols.defs.find((x) => x.kind === 'policy-map' && x.name === att.value.name);
        ctx.edit.delete(file, lineOf(att.loc));
        return {
          what: `${d.hostname}: deleted "${ctx.edit.at(file, lineOf(att.loc)).trim()}"`,
          expected: [[ref(ctx, d.qos.systemQosBlock.header), ...(def ? [ref(ctx, def.loc)] : [])]],
          alsoLines: def ? [ref(ctx, def.loc)] : [],
        };
      }
      return 'no NX-OS device with a queuing policy under system qos';
    },
  },
  {
    ruleId: 'qos/policy-type-mismatch',
    fault: "point one interface's `service-policy type qos` at the queuing policy",
    alsoExpected: [
      { rule: 'qos/contract-link-break', anywhere: true, why: 'RoCE is now lossy at this switch\'s end of its links and lossless at the other' },{ rule: 'qos/no-ingress-classification', why: 'the port no longer classifies its ingress traffic' }],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        const queuing = d.qos.policyMaps.find((p) => p.type === 'queuing');
        if (!queuing) continue;
        for (const iface of d.interfaces.values()) {
          const sp = iface.servicePolicies.find((p) => p.value.type === 'qos' && p.value.direction === 'input');
          if (!sp || ctx.rel(sp.loc.uri) !== file) continue;
          const at = ctx.edit.substitute(file, lineOf(sp.loc), new RegExp(`${sp.value.name}\\s*$`), queuing.name);
          return { what: `${d.hostname} ${iface.name}: service-policy type qos input ${sp.value.name} → ${queuing.name}`, expected: [at], alsoLines: [at, ref(ctx, iface.block.header)] };
        }
      }
      return 'no NX-OS interface with a qos input policy and a queuing policy to confuse it with';
    },
  },
  {
    ruleId: 'qos/no-ingress-classification',
    fault: "delete one NX-OS fabric port's ingress classification policy",
    alsoExpected: [
      { rule: 'qos/dscp-map-drift', why: 'the port now leaves RoCE in qos-group 0, unlike its peers' },
      { rule: 'qos/contract-link-break', anywhere: true, why: 'RoCE is now lossy at this port and lossless at the other end of its link' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        for (const iface of d.interfaces.values()) {
          const sp = iface.servicePolicies.find((p) => p.value.type === 'qos' && p.value.direction === 'input');
          if (!sp || ctx.rel(sp.loc.uri) !== file || !peerOf(ctx, { device: d, iface })) continue;
          ctx.edit.delete(file, lineOf(sp.loc));
          return { what: `${d.hostname} ${iface.name}: deleted "${ctx.edit.at(file, lineOf(sp.loc)).trim()}"`, expected: [ref(ctx, iface.block.header)], alsoLines: [ref(ctx, iface.block.header)] };
        }
      }
      return 'no NX-OS fabric port with an ingress qos policy';
    },
  },
  {
    ruleId: 'qos/trust-mismatch',
    fault: 'make one lossless EOS port trust CoS instead of DSCP',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'eos' || !ctx.clean(file)) continue;
        for (const iface of d.interfaces.values()) {
          const t = iface.qosTrust;
          if (!pfcOn({ device: d, iface }) || !t || t.defaulted || t.value !== 'dscp' || ctx.rel(t.loc.uri) !== file) continue;
          const at = ctx.edit.substitute(file, lineOf(t.loc), 'qos trust dscp', 'qos trust cos');
          const peer = peerOf(ctx, { device: d, iface });
          return { what: `${d.hostname} ${iface.name}: qos trust dscp → cos`, expected: [at], alsoLines: peer?.device.dialect === 'eos' && peer.iface.qosTrust ? [ref(ctx, peer.iface.qosTrust.loc)] : [] };
        }
      }
      return 'no lossless EOS port with `qos trust dscp`';
    },
  },
  {
    ruleId: 'qos/ecn-thresholds-invalid',
    fault: 'swap the minimum and maximum ECN thresholds of one queue',
    alsoExpected: [{ rule: 'qos/ecn-thresholds-drift', why: 'the swapped thresholds also differ from the role peers (same line)' }],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        for (const { q, owner } of losslessQueues(d)) {
          if (!q.ecn || ctx.rel(q.ecn.loc.uri) !== file) continue;
          const l = lineOf(q.ecn.loc);
          const t = ctx.edit.at(file, l);
          const m = /minimum-threshold (\d+) (\w+) maximum-threshold (\d+) (\w+)/.exec(t);
          if (!m || m[1] === m[3]) continue;
          const at = ctx.edit.replace(file, l, t.replace(m[0], `minimum-threshold ${m[3]} ${m[2]} maximum-threshold ${m[1]} ${m[4]}`));
          return { what: `${owner} queue ${q.queue}: ECN thresholds ${m[1]}/${m[3]} → ${m[3]}/${m[1]}`, expected: [at] };
        }
      }
      return 'no ECN line with two different thresholds';
    },
  },
  {
    ruleId: 'qos/dscp-rewrite-roce',
    fault: 'add `set dscp 0` to the policy class that carries RoCE (NX-OS)',
    alsoExpected: [{ rule: 'qos/contract-link-break', anywhere: true, why: 'RoCE leaves this switch as DSCP 0, which its ports make best effort: the code point leaves the contract on its links (both ends)' }],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        const nd = new Set(d.qos.noDropPriorities.map((p) => p.value));
        for (const pm of d.qos.policyMaps) {
          const c = pm.classes.find((x) => x.setQosGroup && nd.has(x.setQosGroup.value));
          const cm = c && d.qos.classMaps.find((m) => m.name === c.name && m.matchDscp.length > 0);
          if (!c || !cm || pm.type !== 'qos') continue;
          const at = ctx.edit.insertAfter(file, lineOf(c.setQosGroup!.loc), `${c.block.childIndent}set dscp 0`);
          return { what: `${d.hostname} ${pm.name} class ${c.name}: inserted "set dscp 0"`, expected: [at] };
        }
      }
      return 'no NX-OS qos policy class that matches DSCP into a lossless group';
    },
  },
  {
    ruleId: 'link/description-disagrees',
    fault: "make one link end's description name another device as its peer",
    alsoExpected: [{ rule: 'link/source-conflict', why: 'the description is itself link evidence that now contradicts the subnet/topology' }],
    applies: (s) => s.kind === 'fabric',
    seed(ctx) {
      const hosts = [...ctx.before.fabric.devices.keys()];
      for (const { a, b } of linkEnds(ctx)) {
        for (const [self, peer] of [
          [a, b],
          [b, a],
        ] as const) {
          const desc = self.iface.description;
          if (!desc || ctx.rel(desc.loc.uri) !== fileOf(ctx, self.device)) continue;
          const ph = peer.device.hostname;
          const i = desc.value.toLowerCase().indexOf(ph.toLowerCase());
          if (i < 0) continue;
          const other = hosts.find((h) => h !== ph && h !== self.device.hostname && h.length === ph.length && ctx.before.fabric.devices.get(h)?.dialect === peer.device.dialect);
          if (!other) continue;
          const written = desc.value.slice(i, i + ph.length);
          const repl = written === written.toUpperCase() ? other.toUpperCase() : other;
          const file = fileOf(ctx, self.device);
          const at = ctx.edit.substitute(file, lineOf(desc.loc), written, repl);
          // The rule reports both sides: the wrong description, and (peerSide) the interface the link really reaches.
          const peerSide = [ref(ctx, peer.iface.block.header), ...(peer.iface.description ? [ref(ctx, peer.iface.description.loc)] : [])];
          return { what: `${name(self)}: description "${desc.value}" names ${repl} instead of ${written}`, expected: [at, peerSide], alsoLines: [at, ref(ctx, peer.iface.block.header), ...(peer.iface.description ? [ref(ctx, peer.iface.description.loc)] : [])] };
        }
      }
      return 'no link end whose description names its peer';
    },
  },
  {
    ruleId: 'link/unpaired-p2p',
    fault: "move one end of a subnet-inferred /31 link to another subnet",
    alsoExpected: [{ rule: 'link/description-disagrees', why: 'the descriptions still name each other though no link is inferred any more' }],
    applies: (s) => s.kind === 'fabric',
    seed(ctx) {
      for (const { link, a, b } of linkEnds(ctx)) {
        // A link also backed by descriptions or a topology file keeps its peer when the subnet moves.
        if (!link.evidence.every((e) => e.source === 'subnet')) continue;
        const addr = a.iface.ipv4[0];
        const peerAddr = b.iface.ipv4[0];
        if (!addr || !peerAddr || addr.value.prefixLength < 30) continue;
        const file = ctx.rel(addr.loc.uri);
        const parts = addr.value.address.split('.');
        const moved = `${parts[0]}.${parts[1]}.${(Number(parts[2]) + 77) % 256}.${parts[3]}`;
        const at = ctx.edit.substitute(file, lineOf(addr.loc), addr.value.address, moved);
        return { what: `${name(a)}: ${addr.value.address} → ${moved}, away from ${name(b)}`, expected: [at, ref(ctx, peerAddr.loc)], alsoLines: [at, ref(ctx, peerAddr.loc), ...[a, b].flatMap((e) => (e.iface.description ? [ref(ctx, e.iface.description.loc)] : []))] };
      }
      return 'no link inferred from a /30 or /31 subnet alone (descriptions/topology keep the peer)';
    },
  },
  {
    ruleId: 'pfc/unclassified-priority',
    fault: 'move the only class feeding the lossless qos-group to another group (NX-OS `set qos-group`)',
    alsoExpected: [
      { rule: 'qos/contract-link-break', anywhere: true, why: 'RoCE is now lossy at this switch\'s end of its links and lossless at the other' },
      { rule: 'pfc/class-queue-misaligned', why: 'with CoS classification the moved CoS is now paused for a group it does not land in' },
      { rule: 'qos/dscp-map-drift', why: 'in a fabric the moved DSCPs now land in another queue than on the peer switches' },
      { rule: 'qos/contract-link-break', anywhere: true, why: 'the code point is now lossy at this switch\'s end of its links and lossless at the other' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const device of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, device);
        if (device.dialect !== 'nxos' || !ctx.clean(file)) continue;
        const nd = new Set(device.qos.noDropPriorities.map((p) => p.value));
        for (const pm of device.qos.policyMaps) {
          if (pm.type !== 'qos') continue;
          const feeding = pm.classes.filter((c) => c.setQosGroup && nd.has(c.setQosGroup.value));
          if (feeding.length !== 1) continue;
          const c = feeding[0]!;
          const g = c.setQosGroup!;
          const used = new Set(pm.classes.flatMap((x) => (x.setQosGroup ? [x.setQosGroup.value] : [])));
          const next = [4, 5, 2, 1].find((x) => !used.has(x) && !nd.has(x))!;
          const at = ctx.edit.substitute(file, lineOf(g.loc), `qos-group ${g.value}`, `qos-group ${next}`);
          const cm = device.qos.classMaps.find((m) => m.name === c.name);
          const matches = cm ? [...cm.matchCos, ...cm.matchDscp].map((m) => ref(ctx, m.loc)) : [];
          return {
            what: `${device.hostname} ${pm.name} class ${c.name}: set qos-group ${g.value} → ${next}`,
            expected: [device.qos.noDropPriorities.map((p) => ref(ctx, p.loc))],
            alsoLines: [at, ...matches],
          };
        }
      }
      return 'no NX-OS qos policy with exactly one class feeding a lossless group';
    },
  },
  {
    ruleId: 'pfc/priority-mismatch-fabric',
    fault: 'make one EOS switch use another no-drop priority on every interface',
    alsoExpected: [
      { rule: 'qos/dscp-map-drift', anywhere: true, why: 'RoCE (DSCP 26, traffic-class 3) is no longer paused on this switch, unlike on the others' },
      { rule: 'pfc/priority-mismatch-link', why: 'every PFC link of the switch now disagrees at both ends', anywhere: true },
      { rule: 'qos/ecn-missing-on-lossless', why: 'the new priority has no ECN-marking queue (reported on each interface)', anywhere: true },
      { rule: 'pfc/unclassified-priority', why: 'no DSCP is mapped to the new lossless class' },
    ],
    applies: (s) => PFC_SETS.has(s.name) && s.kind === 'fabric',
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'eos' || !ctx.clean(file)) continue;
        const lines = ctx.edit.lines(file).flatMap((t, i) => (/^\s+priority-flow-control priority 3 no-drop\s*$/.test(t) ? [i + 1] : []));
        if (lines.length === 0) continue;
        const refs = lines.map((l) => ctx.edit.substitute(file, l, 'priority 3 no-drop', 'priority 4 no-drop'));
        return { what: `${d.hostname}: all ${lines.length} no-drop lines 3 → 4`, expected: [[...refs, ...(d.hostnameLoc ? [ref(ctx, d.hostnameLoc)] : [])]], alsoLines: d.hostnameLoc ? [ref(ctx, d.hostnameLoc)] : [] };
      }
      return 'no EOS switch with no-drop priority 3';
    },
  },
  {
    ruleId: 'qos/ecn-thresholds-drift',
    fault: "double the ECN minimum threshold of the lossless queue on one switch",
    applies: (s) => PFC_SETS.has(s.name) && s.kind === 'fabric',
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        for (const { q, owner } of losslessQueues(d)) {
          if (!q.ecn || ctx.rel(q.ecn.loc.uri) !== file || d.dialect !== 'nxos') continue;
          const l = lineOf(q.ecn.loc);
          const m = /minimum-threshold (\d+) kbytes maximum-threshold (\d+) kbytes drop-probability (\d+)/.exec(ctx.edit.at(file, l));
          if (!m) continue;
          // Thresholds are compared between devices of one platform and port speed, which these configs do
          // not state; the intent states them for every platform.
          const baseline = { 'fabric-intent.yaml': `version: 1\necn:\n  roce: { minBytes: ${Number(m[1]) * 1000}, maxBytes: ${Number(m[2]) * 1000}, probability: ${m[3]} }\n` };
          const at = ctx.edit.substitute(file, l, `minimum-threshold ${m[1]}`, `minimum-threshold ${Number(m[1]) * 2}`);
          return { what: `intent ecn.roce; ${owner} queue ${q.queue}: ECN minimum ${m[1]} → ${Number(m[1]) * 2}`, expected: [at], baseline };
        }
      }
      return 'no NX-OS lossless queue with ECN thresholds in kbytes';
    },
  },
  {
    ruleId: 'qos/bandwidth-over-100',
    fault: 'raise one `bandwidth remaining percent` so the queuing policy adds up to more than 100 %',
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        for (const pm of d.qos.policyMaps) {
          const shares = pm.classes.flatMap((c) => (c.queue?.bandwidthRemainingPercent ? [{ c, b: c.queue.bandwidthRemainingPercent }] : []));
          const sum = shares.reduce((n, x) => n + x.b.value, 0);
          const first = shares.find((x) => ctx.rel(x.b.loc.uri) === file);
          if (pm.type !== 'queuing' || !first || sum > 100) continue;
          const value = first.b.value + (101 - sum) + 9;
          const at = ctx.edit.substitute(file, lineOf(first.b.loc), /percent \d+/, `percent ${value}`);
          return { what: `${d.hostname} ${pm.name} class ${first.c.name}: bandwidth remaining ${first.b.value} → ${value} (sum ${sum} → ${sum - first.b.value + value})`, expected: [[at, ref(ctx, pm.loc), ...shares.map((x) => ref(ctx, x.b.loc))]] };
        }
      }
      return 'no NX-OS queuing policy with bandwidth remaining shares';
    },
  },
  {
    ruleId: 'qos/cnp-not-priority',
    fault: 'take strict priority away from the CNP queue (NX-OS `priority level 1` → a weighted share of 0 %)',
    alsoExpected: [{ rule: 'qos/dscp-map-drift', anywhere: true, why: 'CNP now leaves this switch through a weighted queue, unlike on the other switches (a warning: the pause is unchanged)' }],
    applies: (s) => PFC_SETS.has(s.name) && s.kind === 'fabric',
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file)) continue;
        for (const pm of d.qos.policyMaps) {
          if (pm.type !== 'queuing') continue;
          const c = pm.classes.find((x) => x.queue?.strictPriority?.value);
          if (!c || !c.queue?.strictPriority || ctx.rel(c.queue.strictPriority.loc.uri) !== file) continue;
          const at = ctx.edit.replace(file, lineOf(c.queue.strictPriority.loc), `${c.block.childIndent}bandwidth remaining percent 0`);
          return { what: `${d.hostname} ${pm.name} class ${c.name}: priority level 1 → bandwidth remaining percent 0`, expected: [[at, ref(ctx, c.loc), ...(d.qos.systemQosBlock ? [ref(ctx, d.qos.systemQosBlock.header)] : [])]] };
        }
      }
      return 'no NX-OS queuing class with strict priority';
    },
  },
  // ——— MTU rules ———
  {
    ruleId: 'mtu/implicit-default',
    fault: "delete the `mtu` line of one fabric port (it then runs the platform default)",
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'when the written MTU was not the default, the port now differs from its peer (both ends)' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
      { rule: 'mtu/below-intent', why: 'when the written MTU was not the default, the port is now below its role peers' },
      { rule: 'mtu/edge-exceeds-core', why: 'a leaf uplink falling to 1500 is below the host-facing MTU' },
      { rule: 'mtu/roce-path', why: 'a PFC link falling to 1500 caps RDMA at 1024' },
    ],
    applies: () => true,
    seed(ctx) {
      const cands = orientedEnds(ctx).filter(([e]) => routedPort(e) && ownMtuLine(ctx, e) !== undefined && !hasInterfaceDefaults(ctx, e.device));
      // A written 1500 is the default on EOS, NX-OS and IOS: deleting it changes only what the config says.
      const pick = cands.find(([e]) => e.iface.mtu.value === 1500) ?? cands[0];
      if (!pick) return 'no routed link end that writes its own mtu line';
      const [e, peer] = pick;
      const file = fileOf(ctx, e.device);
      ctx.edit.delete(file, ownMtuLine(ctx, e)!);
      return { what: `${name(e)}: deleted "mtu ${e.iface.mtu.value}" (peer ${name(peer)} ${peer.iface.mtu.value})`, expected: [ref(ctx, e.iface.block.header)], alsoLines: [ref(ctx, e.iface.block.header), ref(ctx, peer.iface.mtu.loc)] };
    },
  },
  {
    ruleId: 'mtu/below-intent',
    fault: 'with fabric-intent.yaml `mtu.minimum` (the smallest fabric MTU in use), drop one fabric port below it (delete its mtu line, or 100 below when the default is not lower)',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the lowered port now differs from its peer (both ends)' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
      { rule: 'mtu/implicit-default', why: 'the deleted mtu line leaves the port at the platform default' },
      { rule: 'mtu/edge-exceeds-core', why: 'a lowered leaf uplink is below the host-facing MTU' },
    ],
    applies: (s) => s.kind === 'fabric',
    seed(ctx) {
      const all = [...ctx.before.fabric.devices.values()].flatMap((d) => fabricFacingOf(ctx, d).map((i) => l3Mtu(d, i) ?? Infinity));
      if (all.length === 0) return 'no fabric-facing interface';
      const minimum = Math.min(...all);
      const cands = orientedEnds(ctx).filter(([e]) => routedPort(e) && ownMtuLine(ctx, e) !== undefined && !hasInterfaceDefaults(ctx, e.device));
      const pick = cands.find(([e]) => e.iface.mtu.value === minimum && minimum > 1500) ?? cands[0];
      if (!pick) return 'no routed link end that writes its own mtu line';
      const [e, peer] = pick;
      const file = fileOf(ctx, e.device);
      const line = ownMtuLine(ctx, e)!;
      const baseline = { 'fabric-intent.yaml': `version: 1\nmtu:\n  minimum: ${minimum}\n` };
      if (minimum > 1500) {
        ctx.edit.delete(file, line);
        return {
          what: `intent mtu.minimum ${minimum}; ${name(e)}: deleted "mtu ${e.iface.mtu.value}" (default 1500; peer ${name(peer)} keeps ${peer.iface.mtu.value})`,
          expected: [ref(ctx, e.iface.block.header)],
          alsoLines: [ref(ctx, peer.iface.mtu.loc)],
          baseline,
        };
      }
      const at = ctx.edit.substitute(file, line, /mtu \d+/, `mtu ${minimum - 100}`);
      return { what: `intent mtu.minimum ${minimum}; ${name(e)}: mtu ${e.iface.mtu.value} → ${minimum - 100} (peer ${name(peer)} keeps ${peer.iface.mtu.value})`, expected: [at], alsoLines: [ref(ctx, peer.iface.mtu.loc)], baseline };
    },
  },
  {
    ruleId: 'mtu/l2-link-mismatch',
    fault: 'change the bridged MTU (EOS `l2 mtu`, NX-OS/IOS port `mtu`) of one end of a switched link between two switches',
    alsoExpected: [
      { rule: 'mtu/svi-exceeds-members', why: 'a lowered NX-OS port is now below the MTU of an SVI it carries', anywhere: true },
      { rule: 'mtu/lag-member-mismatch', why: 'the port-channel now differs from the MTU its members write', anywhere: true },
    ],
    applies: () => true,
    seed(ctx) {
      for (const [a, b] of orientedEnds(ctx)) {
        if (a.iface.mode.value !== 'switched' || b.iface.mode.value !== 'switched' || !a.iface.adminUp.value || !b.iface.adminUp.value) continue;
        const ma = bridged(a.device, a.iface);
        const mb = bridged(b.device, b.iface);
        if (!ma || !mb || ma.value !== mb.value) continue;
        const owner: End = { device: a.device, iface: (a.iface.channelGroup && a.device.interfaces.get(a.iface.channelGroup.value)) || a.iface };
        const file = fileOf(ctx, owner.device);
        const value = ma.value > 1500 ? 1500 : (MAX[owner.device.dialect] ?? 9214);
        let at: LineRef;
        if (owner.iface.l2Mtu) at = ctx.edit.substitute(file, lineOf(owner.iface.l2Mtu.loc), /mtu \d+/, `mtu ${value}`);
        else at = setMtu(ctx, owner, value);
        return { what: `${name(owner)} bridged MTU ${ma.value} → ${value} (peer ${name(b)} keeps ${mb.value})`, expected: [at, ref(ctx, mb.loc)] };
      }
      return 'no switched link whose two ends both have a known bridged MTU (EOS ends need `l2 mtu`)';
    },
  },
  {
    ruleId: 'mtu/vxlan-overhead',
    fault: "set a tenant SVI of a VTEP to the underlay MTU, forgetting VXLAN's 50 bytes",
    alsoExpected: [{ rule: 'mtu/svi-exceeds-members', why: 'the raised SVI may now exceed the bridged MTU of NX-OS ports in its VLAN', anywhere: true }],
    applies: () => true,
    seed(ctx) {
      const linked = linkedSet(ctx);
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!CLI.has(d.dialect) || !ctx.clean(file)) continue;
        const vtep = [...d.interfaces.values()].find((i) => i.kind === 'vxlan' && i.vxlanSource && i.adminUp.value);
        if (!vtep) continue;
        const vrf = d.interfaces.get(vtep.vxlanSource!.value)?.vrf?.value ?? '';
        const uplinks = fabricFacingOf(ctx, d).filter((i) => (i.vrf?.value ?? '') === vrf);
        if (uplinks.length === 0) continue;
        const value = Math.min(...uplinks.map((i) => l3Mtu(d, i) ?? Infinity));
        if (!Number.isFinite(value)) continue;
        const svi = [...d.interfaces.values()].find((i) => i.kind === 'svi' && i.adminUp.value && !isP2p(i) && !linked.has(i) && (i.mtu.defaulted || i.mtu.value < value) && (i.ipv4.length > 0 || i.ipv6.length > 0 || ctx.edit.lines(file).some((t) => /^\s+ip address virtual/.test(t))));
        if (!svi) continue;
        const at = setMtu(ctx, { device: d, iface: svi }, value);
        const hit = uplinks.filter((i) => (l3Mtu(d, i) ?? Infinity) < value + 50);
        // Several short uplinks under one overlay line are reported once, on that line (its cause).
        const expected = hit.length > 1 ? [at] : hit.map((i) => ref(ctx, i.mtu.loc));
        return { what: `${d.hostname} ${svi.name}: mtu ${value} (the underlay MTU of ${hit.length} uplink(s); VTEP source ${vtep.vxlanSource!.value})`, expected, alsoLines: hit.length > 1 ? [] : [at] };
      }
      return 'no VTEP with a tenant SVI below its underlay MTU';
    },
  },
  {
    ruleId: 'mtu/roce-path',
    fault: 'write the RDMA MTU 4096 as the interface MTU of one end of a PFC link (or of a PFC host port)',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the lowered end now differs from its peer (both ends)' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
      { rule: 'mtu/edge-exceeds-core', why: 'a lowered leaf uplink is below the host-facing MTU' },
      { rule: 'mtu/svi-exceeds-members', why: 'a lowered NX-OS host port is below the MTU of its VLAN interface', anywhere: true },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      const link = pfcLinks(ctx).flatMap(({ a, b }): [End, End][] => [[a, b], [b, a]]).find(([e]) => routedPort(e));
      if (link) {
        const [e, peer] = link;
        const at = setMtu(ctx, e, 4096);
        return { what: `${name(e)} MTU ${e.iface.mtu.value} → 4096 (peer ${name(peer)} keeps ${peer.iface.mtu.value})`, expected: [at], alsoLines: [ref(ctx, peer.iface.mtu.loc)] };
      }
      const linked = linkedSet(ctx);
      for (const d of ctx.before.fabric.devices.values()) {
        if (d.dialect !== 'nxos' || !ctx.clean(fileOf(ctx, d))) continue;
        for (const i of d.interfaces.values()) {
          const e: End = { device: d, iface: i };
          if (!pfcOn(e) || i.mode.value !== 'switched' || !i.adminUp.value || i.channelGroup || linked.has(i) || (i.kind !== 'physical' && i.kind !== 'port-channel')) continue;
          const at = setMtu(ctx, e, 4096);
          return { what: `${name(e)} (host-facing, PFC on) MTU ${i.mtu.value} → 4096`, expected: [at] };
        }
      }
      return 'no PFC link end or NX-OS PFC host port';
    },
  },
  {
    ruleId: 'mtu/edge-exceeds-core',
    fault: 'lower one leaf uplink below the host MTU: its host-facing ports / tenant SVIs, at most the jumbo host MTU 9000 (9214 → 8900)',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the lowered uplink now differs from its peer (both ends; the example README lists both for this fault)' },
      { rule: 'mtu/ospf-adjacency', why: 'OSPF runs on the link (IOS corpus), so the MTU difference also holds the adjacency in EXSTART (same lines)' },
      { rule: 'mtu/below-intent', why: 'the lowered uplink is below its role peers' },
    ],
    applies: () => true,
    seed(ctx) {
      const linked = linkedSet(ctx);
      for (const d of ctx.before.fabric.devices.values()) {
        if (!CLI.has(d.dialect) || !ctx.clean(fileOf(ctx, d)) || isVtep(d)) continue;
        let edge = 0;
        for (const i of d.interfaces.values()) {
          if (NON_DATA.has(i.kind) || !i.adminUp.value || linked.has(i) || i.channelGroup) continue;
          if (i.kind === 'svi' && !isP2p(i) && (i.ipv4.length > 0 || i.ipv6.length > 0)) edge = Math.max(edge, l3Mtu(d, i) ?? 0);
          else if (i.mode.value === 'switched' && (i.kind === 'physical' || i.kind === 'port-channel')) edge = Math.max(edge, bridged(d, i)?.value ?? 0);
        }
        if (edge === 0) continue;
        const up = linkEnds(ctx).flatMap(({ a, b }): [End, End][] => [[a, b], [b, a]]).find(([e]) => e.device === d && routedPort(e) && (l3Mtu(d, e.iface) ?? 0) >= edge);
        if (!up) continue;
        const [e, peer] = up;
        // The rule compares with the host MTU: the host-facing MTU, at most the conventional jumbo host MTU 9000.
        const value = Math.min(edge, 9000) - 100;
        const at = setMtu(ctx, e, value);
        return { what: `${name(e)} MTU ${e.iface.mtu.value} → ${value} under host-facing MTU ${edge} (peer ${name(peer)} keeps ${peer.iface.mtu.value})`, expected: [at], alsoLines: [ref(ctx, peer.iface.mtu.loc)] };
      }
      return 'no non-VTEP device with host-facing MTU and an uplink at or above it';
    },
  },
  // ——— PFC rules ———
  {
    ruleId: 'pfc/no-drop-without-pfc',
    fault: 'turn every `priority-flow-control mode on` of an NX-OS switch to `mode off`, keeping `pause pfc-cos`',
    alsoExpected: [
      { rule: 'pfc/one-sided', why: 'each PFC link of the switch is now lossless at the peer only (both ends)', anywhere: true },
      { rule: 'pfc/priority-mismatch-fabric', why: 'the switch has no lossless priority in effect any more while its role peers have one (reported on the hostname)' },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'nxos' || !ctx.clean(file) || d.qos.noDropPriorities.length === 0) continue;
        const lines = ctx.edit.lines(file).flatMap((t, i) => (/^\s+priority-flow-control mode on\b/.test(t) ? [i + 1] : []));
        if (lines.length === 0) continue;
        const ats = lines.map((l) => ctx.edit.substitute(file, l, /mode on\b.*$/, 'mode off'));
        return {
          what: `${d.hostname}: ${lines.length} × priority-flow-control mode on → off (pause pfc-cos ${d.qos.noDropPriorities.map((p) => p.value).join(',')} kept)`,
          expected: [ref(ctx, d.qos.noDropPriorities[0]!.loc)],
          alsoLines: [...ats, ...(d.hostnameLoc ? [ref(ctx, d.hostnameLoc)] : [])],
        };
      }
      return 'no NX-OS switch with pause pfc-cos and ports in mode on';
    },
  },
  {
    ruleId: 'pfc/on-cnp-priority',
    fault: 'with an intent declaring CNP DSCP 48, classify DSCP 48 into the lossless class on one switch',
    alsoExpected: [
      { rule: 'qos/dscp-map-drift', why: 'DSCP 48 now lands in another class than on the peer switches' },
      { rule: 'qos/contract-link-break', anywhere: true, why: 'the code point is now lossy at this switch\'s end of its links and lossless at the other' },
      { rule: 'qos/cnp-not-priority', why: 'CNPs now leave through the weighted lossless queue, not the strict-priority one', anywhere: true },
      { rule: 'pfc/class-queue-misaligned', why: 'two classes now feed the lossless qos-group', anywhere: true },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      const baseline = { 'fabric-intent.yaml': 'version: 1\nclasses:\n  cnp: { dscp: [48] }\n' };
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (!ctx.clean(file)) continue;
        const lossless = [...new Set([...d.qos.noDropPriorities, ...[...d.interfaces.values()].filter((i) => pfcOn({ device: d, iface: i })).flatMap((i) => i.pfc.noDropPriorities)].map((p) => p.value))];
        if (lossless.length === 0) continue;
        const cls = lossless[0]!;
        if (d.dialect === 'eos') {
          const line = ctx.edit.lines(file).findIndex((t) => /^qos map dscp 48 to traffic-class \d+\s*$/.test(t)) + 1;
          if (line === 0) continue;
          const cur = Number(/traffic-class (\d+)/.exec(ctx.edit.at(file, line))![1]);
          if (lossless.includes(cur)) continue;
          const at = ctx.edit.substitute(file, line, `traffic-class ${cur}`, `traffic-class ${cls}`);
          return { what: `intent cnp dscp [48]; ${d.hostname}: qos map dscp 48 to traffic-class ${cur} → ${cls} (lossless)`, expected: [noDropLines(ctx, d, cls)], alsoLines: [at], baseline };
        }
        if (d.dialect === 'nxos') {
          const cm = d.qos.classMaps.find((m) => m.matchDscp.some((x) => x.value.includes?.(48) ?? (x.value as unknown) === 48));
          if (!cm) continue;
          for (const pm of d.qos.policyMaps) {
            const c = pm.classes.find((x) => x.name === cm.name && x.setQosGroup && !lossless.includes(x.setQosGroup.value));
            if (pm.type !== 'qos' || !c || ctx.rel(c.setQosGroup!.loc.uri) !== file) continue;
            const at = ctx.edit.substitute(file, lineOf(c.setQosGroup!.loc), `qos-group ${c.setQosGroup!.value}`, `qos-group ${cls}`);
            return { what: `intent cnp dscp [48]; ${d.hostname} ${pm.name} class ${c.name}: set qos-group ${c.setQosGroup!.value} → ${cls} (lossless)`, expected: [noDropLines(ctx, d, cls)], alsoLines: [at], baseline };
          }
        }
      }
      return 'no switch that classifies DSCP 48 explicitly into a lossy class';
    },
  },
  {
    ruleId: 'pfc/too-many-lossless',
    fault: 'make three priorities no-drop on one EOS interface (two more `priority-flow-control priority N no-drop` lines)',
    alsoExpected: [
      { rule: 'pfc/priority-mismatch-link', why: 'the interface now disagrees with its peer (both ends)', anywhere: true },
      { rule: 'pfc/priority-mismatch-fabric', why: 'the interface now disagrees with the fabric-wide lossless set', anywhere: true },
      { rule: 'qos/ecn-missing-on-lossless', why: 'the new lossless priorities have no ECN-marking queue', anywhere: true },
      { rule: 'pfc/unclassified-priority', why: 'no DSCP is mapped to the new lossless classes', anywhere: true },
      { rule: 'pfc/watchdog-missing', why: "a device-level watchdog finding that existed before is anchored on the device's lowest no-drop line, which may now be an added one" },
    ],
    applies: (s) => PFC_SETS.has(s.name),
    seed(ctx) {
      for (const d of ctx.before.fabric.devices.values()) {
        const file = fileOf(ctx, d);
        if (d.dialect !== 'eos' || !ctx.clean(file)) continue;
        const union = new Set([...d.interfaces.values()].filter((i) => pfcOn({ device: d, iface: i })).flatMap((i) => i.pfc.noDropPriorities.map((p) => p.value)));
        for (const iface of d.interfaces.values()) {
          const e: End = { device: d, iface };
          const nd = ownLines(ctx, e, /^\s*priority-flow-control priority \d+ no-drop\s*$/);
          if (!pfcOn(e) || nd.length === 0 || union.size >= 3) continue;
          const add = [4, 5, 2, 1, 0].filter((p) => !union.has(p)).slice(0, 3 - union.size);
          const last = nd[nd.length - 1]!;
          const indent = /^\s*/.exec(ctx.edit.at(file, last))![0];
          const ins = add.map((p) => ({ p, at: ctx.edit.insertAfter(file, last, `${indent}priority-flow-control priority ${p} no-drop`) }));
          const third = [...union, ...add].sort((x, y) => x - y)[2]!;
          const options = [...ins.filter((x) => x.p === third).map((x) => x.at), ...noDropLines(ctx, d, third)];
          return { what: `${name(e)}: added no-drop ${add.join(', ')} to {${[...union].join(',')}}`, expected: [options], alsoLines: ins.map((x) => x.at) };
        }
      }
      return 'no EOS interface with PFC on and fewer than three no-drop priorities';
    },
  },
  // ——— link rules ———
  {
    ruleId: 'link/speed-fec-mismatch',
    fault: 'force one end of a link to a lower speed than its peer (`speed 100g` vs `speed 400g`; NX-OS in Mb/s)',
    applies: () => true,
    seed(ctx) {
      const speeds = (e: End): [string, string] => {
        if (e.device.dialect === 'nxos') return ['400000', '100000'];
        if (e.device.dialect === 'ios') return /^FastEthernet/i.test(e.iface.name) ? ['100', '10'] : ['1000', '100'];
        return ['400g', '100g'];
      };
      for (const { link, a, b } of linkEnds(ctx)) {
        if (a.iface.kind !== 'physical' || b.iface.kind !== 'physical' || !a.iface.adminUp.value || !b.iface.adminUp.value) continue;
        if (link.source === 'subnet' && (!isP2p(a.iface) || !isP2p(b.iface))) continue;
        const put = (e: End, value: string): LineRef => {
          const file = fileOf(ctx, e.device);
          const own = e.iface.speed && ctx.rel(e.iface.speed.loc.uri) === file ? lineOf(e.iface.speed.loc) : undefined;
          if (own !== undefined) return ctx.edit.substitute(file, own, /speed .*$/, `speed ${value}`);
          return ctx.edit.insertAfter(file, lineOf(e.iface.block.header), `${e.iface.block.childIndent}speed ${value}`);
        };
        const bAt = b.iface.speed ? ref(ctx, b.iface.speed.loc) : put(b, speeds(b)[0]);
        const aAt = put(a, speeds(a)[1]);
        return { what: `${name(a)} speed ${speeds(a)[1]}; ${name(b)} ${b.iface.speed ? `keeps speed ${b.iface.speed.value}` : `speed ${speeds(b)[0]}`}`, expected: [aAt, bAt] };
      }
      return 'no point-to-point link between two physical CLI ports';
    },
  },
  {
    ruleId: 'link/source-conflict',
    fault: 'a cabling plan (AVD topology CSV) that puts one cable on the wrong peer port, against the /31 subnets',
    alsoExpected: [
      { rule: 'link/description-disagrees', why: 'the descriptions name the subnet peers, not the (winning) cabling-plan peer', anywhere: true },
      { rule: 'link/unpaired-p2p', why: "a /31 whose members are no longer linked to each other", anywhere: true },
      { rule: 'link/source-conflict', why: 'a losing claim that meets a different winner at each of its two ends is one conflict per winner, each reported on both ends: an end may carry two findings (on the expected lines only)' },
    ],
    applies: (s) => s.kind === 'fabric',
    seed(ctx) {
      const subnetLinks = linkEnds(ctx).filter(({ link }) => link.evidence.some((e) => e.source === 'subnet'));
      for (const { a, b } of subnetLinks) {
        // Another subnet link of the same peer device: the plan puts a's cable on that port instead.
        const other = subnetLinks.find((l) => l.b.device === b.device && l.b.iface !== b.iface && l.a.device !== a.device);
        if (!other) continue;
        const csv = ctx.edit.names().find((f) => /topology\.csv$/i.test(f));
        const addr = (e: End): LineRef[] => [ref(ctx, e.iface.block.header), ...e.iface.ipv4.map((x) => ref(ctx, x.loc))];
        const expected = [addr(a), addr(b), addr(other.a), addr(other.b)];
        // A source trusted as much as an AVD CSV or more (intent, containerlab, layer1, another AVD CSV such as FABRIC-p2p-links.csv)
        // already pairs these ports: the plan's claim then loses and the rule reports both of its ends; otherwise the plan wins over
        // the subnets, and the two subnet claims it contradicts lose (four ends).
        const outranked = [a, other.b].some((e) => ctx.before.fabric.links.some((l) => [l.a, l.b].some((x) => x.device === e.device.hostname && x.interface === e.iface.name) && l.evidence.some((ev) => ['intent', 'containerlab', 'layer1', 'avd-csv'].includes(ev.source))));
        const expect = outranked ? [addr(a), addr(other.b)] : expected;
        if (csv) {
          const lines = ctx.edit.lines(csv);
          const row = lines.findIndex((t) => { const f = t.split(','); return f[1] === a.device.hostname && f[2] === a.iface.name && f[4] === b.device.hostname && f[5] === b.iface.name; }) + 1;
          if (row === 0) continue;
          const f = lines[row - 1]!.split(',');
          f[5] = other.b.iface.name;
          const at = ctx.edit.replace(csv, row, f.join(','));
          return { what: `${csv}:${row}: ${name(a)} → ${b.device.hostname} ${other.b.iface.name} (the subnets pair it with ${name(b)})${outranked ? '; another source of equal or higher trust outranks it' : ''}`, expected: expect, alsoLines: [at, ...expect.flat()] };
        }
        const text = `Node Type,Node,Node Interface,Peer Type,Peer Node,Peer Interface,Node Interface Enabled\nleaf,${a.device.hostname},${a.iface.name},spine,${b.device.hostname},${other.b.iface.name},True\n`;
        const added = ctx.edit.addFile('cabling-topology.csv', text);
        return { what: `added cabling-topology.csv: ${name(a)} ↔ ${b.device.hostname} ${other.b.iface.name} (the subnets pair it with ${name(b)})${outranked ? '; another source of equal or higher trust outranks it' : ''}`, expected: expect, alsoLines: [...added, ...expect.flat()] };
      }
      return 'no two subnet links to one peer device';
    },
  },
  // ——— SONiC config_db.json (sonic/… corpus sets) ———
  {
    ruleId: 'pfc/sonic-table-misuse',
    fault: 'SONiC: move `pfc_enable` of one port from PORT_QOS_MAP|<port> into PORT|<port> (where orchagent ignores it)',
    alsoExpected: [{ rule: 'pfc/lag-member-inconsistent', why: 'the port (now PFC-off) is a PORTCHANNEL member whose other members keep PFC on (reported on the port and on the other members)' }],
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const port = facts.entries.get('PORT')?.get(q.port);
          const f = fieldOf(q.entry, 'pfc_enable');
          if (!port || !f || fieldOf(port, 'pfc_enable') || ctx.rel(port.obj.keyLoc.uri) !== file || !memberLines(q.entry.obj, f) || !appendable(ctx.edit, file, port.obj)) continue;
          if (!deleteMember(ctx.edit, file, q.entry.obj, f)) continue;
          const at = appendMember(ctx.edit, file, port.obj, `"pfc_enable": ${JSON.stringify(f.value)}`);
          const iface = [...d.interfaces.values()].find((i) => i.writtenAs.includes(q.port));
          const lag = iface?.channelGroup?.value;
          const members = lag ? [...d.interfaces.values()].filter((i) => i.channelGroup?.value === lag) : [];
          return {
            what: `${d.hostname}: "pfc_enable": "${f.value}" moved from PORT_QOS_MAP|${q.port} (line ${lineAt(f.start)}) to PORT|${q.port}${lag ? ` (a member of ${lag})` : ''}`,
            expected: [at],
            alsoLines: members.flatMap((i) => [ref(ctx, i.block.header), ref(ctx, i.pfc.mode.loc)]),
          };
        }
      }
      return 'no SONiC port with a PORT entry and a PORT_QOS_MAP entry that enables PFC';
    },
  },
  {
    ruleId: 'pfc/sonic-table-misuse',
    fault: 'SONiC: delete `pfc_to_queue_map` from one PORT_QOS_MAP entry that keeps `pfc_enable`',
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const m = fieldOf(q.entry, 'pfc_to_queue_map');
          if (!m || !deleteMember(ctx.edit, file, q.entry.obj, m)) continue;
          return { what: `${d.hostname}: deleted "pfc_to_queue_map": "${m.value}" from PORT_QOS_MAP|${q.port} (pfc_enable "${q.pfcEnable!.value}" kept)`, expected: [ref(ctx, q.pfcEnable!.loc)] };
        }
      }
      return 'no SONiC PORT_QOS_MAP entry with pfc_enable and pfc_to_queue_map';
    },
  },
  {
    ruleId: 'pfc/no-lossless-buffer',
    fault: "SONiC: give a PFC port's lossless BUFFER_QUEUE entry the lossy egress profile its other queues use",
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        if (facts.bufferQueues.length === 0) continue;
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const queues = q.priorities.map((p) => pfcQueue(facts, q, p));
          const b = bufferEntries(ctx, facts.bufferQueues, q.port, queues, file).find((x) => x.profile!.value !== 'NULL' && facts.bufferProfiles.get(x.profile!.value)?.losslessPool);
          // The profile this port's other (lossy) queues use: what a copy-paste of the neighbouring entry gives.
          const lossy = facts.bufferQueues.find((x) => x.port === q.port && x !== b && x.profile && x.profile.value !== b?.profile?.value && facts.bufferProfiles.has(x.profile.value))?.profile?.value;
          if (!b || !lossy) continue;
          // Broadcom images put the lossy queue profile in egress_lossless_pool too; the rule still tells it by its name.
          const at = ctx.edit.substitute(file, lineOf(b.profile!.loc), b.profile!.value, lossy);
          return { what: `${d.hostname}: BUFFER_QUEUE|${b.entry.key} profile ${b.profile!.value} → ${lossy} (PORT_QOS_MAP|${q.port} pfc_enable "${q.pfcEnable!.value}")`, expected: [at] };
        }
      }
      return 'no SONiC file with a lossless BUFFER_QUEUE entry for a PFC port and a lossy egress profile on its other queues';
    },
  },
  {
    ruleId: 'pfc/no-lossless-buffer',
    fault: "SONiC: delete a PFC port's lossless BUFFER_QUEUE entry (its other queues keep theirs)",
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        if (facts.bufferQueues.length === 0) continue;
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const queues = [...new Set(q.priorities.map((p) => pfcQueue(facts, q, p)))];
          const entries = bufferEntries(ctx, facts.bufferQueues, q.port, queues, file);
          // Every lossless queue must be covered by the entries deleted (else the rule only sees a partial gap), and other queues must keep an entry.
          if (entries.length === 0 || entries.some((b) => b.profile!.value === 'NULL')) continue;
          if (!facts.bufferQueues.some((b) => b.port === q.port && !entries.includes(b))) continue;
          // One entry (`Ethernet4|3-4`) holds the lossless queues in the corpus; split entries are left alone.
          const m = entries.length === 1 ? entryMember(facts, entries[0]!.entry) : undefined;
          if (!m || !deleteMember(ctx.edit, file, m.parent, m.member)) continue;
          const gone = new Set(entries.flatMap((b) => b.indices));
          const missing = queues.filter((x) => gone.has(x));
          return {
            what: `${d.hostname}: deleted BUFFER_QUEUE|${entries.map((b) => b.entry.key).join(', ')} (${entries.map((b) => b.profile!.value).join(', ')}); PORT_QOS_MAP|${q.port} pfc_enable "${q.pfcEnable!.value}" → lossless queue(s) ${missing.join(',')}`,
            expected: missing.map(() => ref(ctx, q.pfcEnable!.loc)),
          };
        }
      }
      return 'no SONiC file with BUFFER_QUEUE entries for a PFC port';
    },
  },
  {
    ruleId: 'pfc/no-lossless-buffer',
    fault: "SONiC: narrow a PFC port's lossless BUFFER_QUEUE entry to its first queue (`Ethernet4|3-4` → `Ethernet4|3`)",
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        if (facts.bufferQueues.length === 0) continue;
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const queues = [...new Set(q.priorities.map((p) => pfcQueue(facts, q, p)))];
          const b = bufferEntries(ctx, facts.bufferQueues, q.port, queues, file).find((x) => x.indices.length > 1 && /^\d+-\d+$/.test(x.entry.key.split('|')[1] ?? '') && x.profile!.value !== 'NULL');
          if (!b) continue;
          const range = b.entry.key.split('|')[1]!;
          const first = b.indices[0]!;
          const missing = queues.filter((x) => b.indices.includes(x) && x !== first && !facts.bufferQueues.some((o) => o !== b && o.port === q.port && o.indices.includes(x)));
          if (missing.length === 0) continue;
          const at = ctx.edit.substitute(file, lineOf(b.entry.obj.keyLoc), `${q.port}|${range}"`, `${q.port}|${first}"`);
          return { what: `${d.hostname}: BUFFER_QUEUE|${b.entry.key} → ${q.port}|${first}; PORT_QOS_MAP|${q.port} pfc_enable "${q.pfcEnable!.value}" leaves queue(s) ${missing.join(',')} without an entry`, expected: missing.map(() => ref(ctx, q.pfcEnable!.loc)), alsoLines: [at] };
        }
      }
      return 'no SONiC BUFFER_QUEUE range entry (`port|a-b`) holding lossless queues of a PFC port';
    },
  },
  {
    // A name BUFFER_PROFILE does not define is qos/undefined-reference's (pfc/no-lossless-buffer judges defined profiles).
    ruleId: 'qos/undefined-reference',
    fault: "SONiC: misspell the profile of a PFC port's lossless BUFFER_QUEUE entry (a name BUFFER_PROFILE does not define)",
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        if (facts.bufferQueues.length === 0 || facts.bufferProfiles.size === 0) continue;
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const queues = q.priorities.map((p) => pfcQueue(facts, q, p));
          const b = bufferEntries(ctx, facts.bufferQueues, q.port, queues, file).find((x) => facts.bufferProfiles.has(x.profile!.value));
          if (!b) continue;
          const typo = b.profile!.value.slice(0, -1);
          if (facts.bufferProfiles.has(typo)) continue;
          const at = ctx.edit.substitute(file, lineOf(b.profile!.loc), b.profile!.value, typo);
          return { what: `${d.hostname}: BUFFER_QUEUE|${b.entry.key} profile ${b.profile!.value} → ${typo} (undefined)`, expected: [at] };
        }
      }
      return 'no SONiC file that defines buffer profiles and gives a PFC port a BUFFER_QUEUE entry';
    },
  },
  {
    ruleId: 'pfc/no-lossless-buffer',
    fault: "SONiC: give a PFC port's lossless BUFFER_PG entry the lossy ingress profile (no xoff headroom)",
    applies: isSonicSet,
    seed(ctx) {
      for (const { d, facts, file } of sonicDevices(ctx)) {
        const lossy = facts.bufferPgs.find((x) => x.profile && facts.bufferProfiles.get(x.profile.value) && !facts.bufferProfiles.get(x.profile.value)!.xoff)?.profile?.value;
        if (!lossy) continue;
        for (const q of pfcPortMaps(ctx, facts, file)) {
          const pgs = q.priorities.map((p) => pfcPg(facts, q, p));
          const b = bufferEntries(ctx, facts.bufferPgs, q.port, pgs, file).find((x) => facts.bufferProfiles.get(x.profile!.value)?.xoff);
          if (!b) continue;
          const at = ctx.edit.substitute(file, lineOf(b.profile!.loc), b.profile!.value, lossy);
          return { what: `${d.hostname}: BUFFER_PG|${b.entry.key} profile ${b.profile!.value} → ${lossy} (PORT_QOS_MAP|${q.port} pfc_enable "${q.pfcEnable!.value}")`, expected: [at] };
        }
      }
      return 'no SONiC file with a lossless (xoff) BUFFER_PG entry for a PFC port and a lossy ingress profile in use';
    },
  },
  {
    ruleId: 'mtu/link-mismatch',
    fault: "SONiC: change one end's PORT mtu on the first link between two SONiC ports",
    alsoExpected: [
      { rule: 'mtu/below-intent', why: 'a lowered end is below the MTU its role peers use' },
      { rule: 'mtu/edge-exceeds-core', why: 'a lowered uplink is now below the host-facing MTU of its leaf' },
    ],
    applies: isSonicSet,
    seed(ctx) {
      for (const { a, b } of sonicLinks(ctx)) {
        if (a.iface.channelGroup || a.iface.kind !== 'physical' || a.iface.mtu.defaulted) continue;
        const file = fileOf(ctx, a.device);
        if (ctx.rel(a.iface.mtu.loc.uri) !== file) continue;
        const cur = a.iface.mtu.value;
        const value = cur + 100 <= SONIC_MAX_MTU ? cur + 100 : cur - 100;
        const at = ctx.edit.substitute(file, lineOf(a.iface.mtu.loc), `"${cur}"`, `"${value}"`);
        return { what: `${name(a)} PORT mtu ${cur} → ${value} (peer ${name(b)} keeps ${b.iface.mtu.value})`, expected: [at, ref(ctx, b.iface.mtu.loc)] };
      }
      return 'no link between two SONiC ports with a written PORT mtu';
    },
  },
  {
    ruleId: 'pfc/one-sided',
    fault: 'SONiC: delete `pfc_enable` from the PORT_QOS_MAP entry of one end of a PFC link between two SONiC ports',
    applies: isSonicSet,
    seed(ctx) {
      for (const { a, b } of sonicLinks(ctx)) {
        if (a.iface.pfc.mode.value !== 'on' || b.iface.pfc.mode.value !== 'on') continue;
        const facts = a.device.sonic!;
        const file = fileOf(ctx, a.device);
        const q = pfcPortMaps(ctx, facts, file).find((x) => a.iface.writtenAs.includes(x.port));
        const f = q && fieldOf(q.entry, 'pfc_enable');
        if (!q || !f || !deleteMember(ctx.edit, file, q.entry.obj, f)) continue;
        return { what: `${name(a)}: deleted "pfc_enable": "${f.value}" from PORT_QOS_MAP|${q.port}; ${name(b)} keeps PFC on`, expected: [[ref(ctx, a.iface.block.header), ref(ctx, q.entry.obj.keyLoc)], ref(ctx, b.iface.pfc.mode.loc)] };
      }
      return 'no link between two SONiC ports with PFC on at both ends (vs-voq-t2 DEVICE_NEIGHBOR peers are ARISTA T1/T3 switches outside the set; pybatfish-sonic-example has no PFC)';
    },
  },
  {
    ruleId: 'mtu/ospf-adjacency',
    fault: 'give one end of an OSPF link (border ↔ core when there is one) an MTU its peer does not have',
    alsoExpected: [
      { rule: 'mtu/link-mismatch', why: 'the two ends of the link now differ in MTU, which the link check reports on the same two lines' },
    ],
    applies: (s) => s.kind === 'fabric',
    // The IOS corpus sets already hold the fault on core2 (mtu 1800/1600/1700 on Gi0/0, Gi1/0, Gi2/0, OSPF on
    // the defaulted-1500 peers): the baseline removes those three lines so the set is clean before seeding.
    baselineEdit(spec, files) {
      if (!spec.name.startsWith('ios/')) return;
      const file = [...files.keys()].find((f) => /(^|\/)(as2)?core2\.cfg$/.test(f));
      if (!file) return;
      let t = files.get(file)!;
      for (const [iface, mtu] of [['GigabitEthernet0/0', 1800], ['GigabitEthernet1/0', 1600], ['GigabitEthernet2/0', 1700]] as const) {
        const re = new RegExp(`(interface ${iface.replace('/', '\\/')}\n(?: .*\n)*?) mtu ${mtu}\n`);
        if (!re.test(t)) throw new Error(`${spec.name}: no "mtu ${mtu}" under ${iface} in ${file}; corpus changed?`);
        t = t.replace(re, '$1');
      }
      files.set(file, t);
    },
    seed(ctx) {
      const cands = linkEnds(ctx).filter(({ a, b }) => {
        const [x, y] = [a.iface.ospf, b.iface.ospf];
        return routedPort(a) && routedPort(b) && x && y && x.value.area === y.value.area && !x.value.mtuIgnore && !y.value.mtuIgnore && l3Mtu(a.device, a.iface) === l3Mtu(b.device, b.iface);
      });
      const role = (e: End, r: string): boolean => e.device.hostname.includes(r);
      const pick = cands.find(({ a, b }) => (role(a, 'border') && role(b, 'core')) || (role(a, 'core') && role(b, 'border'))) ?? cands[0];
      if (!pick) return 'no routed link with OSPF in the same area, without mtu-ignore, on both ends';
      const [a, b] = role(pick.a, 'border') ? [pick.a, pick.b] : [pick.b, pick.a];
      const value = 9000;
      const at = setMtu(ctx, a, value);
      return {
        what: `${name(a)} MTU ${a.iface.mtu.value} → ${value}; OSPF area ${a.iface.ospf!.value.area} peer ${name(b)} keeps ${b.iface.mtu.value}`,
        expected: [at, ref(ctx, b.iface.mtu.loc)],
      };
    },
  },
];
