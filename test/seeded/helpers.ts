/**
 * Helpers the seeders of several rules share: link ends, interface lines, MTU and PFC edits, and line edits of
 * SONiC config_db.json that keep the file valid JSON. A helper one rule needs lives in that rule's seeders.ts.
 */
import type { Loc, Position } from '../../server/src/model/location';
import {
  sonicFacts,
  type SonicBufferEntry,
  type SonicEntry,
  type SonicFacts,
  type SonicField,
  type SonicObject,
  type SonicPortQosMap,
} from '../../server/src/model/sonic';
import type { Device, Interface, Link, QueueConfig } from '../../server/src/model/types';
import type { Editor, LineRef } from './editor';
import type { FabricSpec, SeedContext } from './seeder';

export type End = { device: Device; iface: Interface };

export const CLI = new Set(['eos', 'nxos', 'ios']);
export const MAX: Record<string, number> = { eos: 9214, nxos: 9216, ios: 9198 };
export const LEAF_SPINE = 'examples/leaf-spine';
export const PFC_SETS = new Set([LEAF_SPINE, 'nxos/azurestack-switch-config-generator', 'eos/avd-eos-cli-config-gen-features']);

export const lineOf = (loc: Loc): number => loc.range.start.line + 1;
export const ref = (ctx: SeedContext, loc: Loc): LineRef => ({ file: ctx.rel(loc.uri), old: lineOf(loc) });
export const fileOf = (ctx: SeedContext, d: Device): string => ctx.rel(d.uri);
export const name = (e: End): string => `${e.device.hostname} ${e.iface.name}`;

/** The devices of these dialects whose files are clean for the rule, each with its file, in the fabric's order. */
export function cleanDevices(ctx: SeedContext, dialects: Iterable<string>): { d: Device; file: string }[] {
  const wanted = new Set(dialects);
  return [...ctx.before.fabric.devices.values()].flatMap((d) => {
    const file = fileOf(ctx, d);
    return wanted.has(d.dialect) && ctx.clean(file) ? [{ d, file }] : [];
  });
}

export function endOf(ctx: SeedContext, ep: Link['a']): End | undefined {
  const device = ctx.before.fabric.devices.get(ep.device);
  const iface = device?.interfaces.get(ep.interface);
  return device && iface && CLI.has(device.dialect) ? { device, iface } : undefined;
}

export function linkEnds(ctx: SeedContext): { link: Link; a: End; b: End }[] {
  const out: { link: Link; a: End; b: End }[] = [];
  for (const link of ctx.before.fabric.links) {
    const a = endOf(ctx, link.a);
    const b = endOf(ctx, link.b);
    if (a && b && ctx.clean(fileOf(ctx, a.device)) && ctx.clean(fileOf(ctx, b.device))) out.push({ link, a, b });
  }
  return out;
}

export function peerOf(ctx: SeedContext, e: End): End | undefined {
  for (const l of ctx.before.fabric.links) {
    if (l.a.device === e.device.hostname && l.a.interface === e.iface.name) return endOf(ctx, l.b);
    if (l.b.device === e.device.hostname && l.b.interface === e.iface.name) return endOf(ctx, l.a);
  }
  return undefined;
}

export const indentOf = (s: string): number => /^\s*/.exec(s)![0].length;

/** The lines of a section (1-based, original numbering): every following line indented deeper than its header. */
export function bodyLines(edit: Editor, file: string, header: number): number[] {
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

export function ownLines(ctx: SeedContext, e: End, re: RegExp): number[] {
  const file = fileOf(ctx, e.device);
  return e.iface.headers
    .filter((h) => ctx.rel(h.uri) === file)
    .flatMap((h) => bodyLines(ctx.edit, file, lineOf(h)).filter((l) => re.test(ctx.edit.at(file, l))));
}

/** Writes `mtu <value>` on the interface: replaces its own mtu line, else inserts one under the header. */
export function setMtu(ctx: SeedContext, e: End, value: number): LineRef {
  const file = fileOf(ctx, e.device);
  const own = ownLines(ctx, e, /^\s*(ip )?mtu \d+\s*$/);
  const mtuLine = e.iface.mtu.defaulted ? undefined : lineOf(e.iface.mtu.loc);
  if (mtuLine !== undefined && own.includes(mtuLine)) return ctx.edit.substitute(file, mtuLine, /mtu \d+/, `mtu ${value}`);
  const header = lineOf(e.iface.block.header);
  return ctx.edit.insertAfter(file, header, `${e.iface.block.childIndent}mtu ${value}`);
}

export const pfcOn = (e: End): boolean =>
  e.iface.pfc.mode.value === 'on' && (e.device.dialect === 'nxos' ? e.device.qos.noDropPriorities.length > 0 : e.iface.pfc.noDropPriorities.length > 0);

export function pfcLinks(ctx: SeedContext): { a: End; b: End }[] {
  return linkEnds(ctx).filter(({ a, b }) => pfcOn(a) && pfcOn(b));
}

export function losslessQueues(d: Device): { q: QueueConfig; owner: string }[] {
  const lossless = new Set<number>([
    ...d.qos.noDropPriorities.map((p) => p.value),
    ...[...d.interfaces.values()].flatMap((i) => i.pfc.noDropPriorities.map((p) => p.value)),
  ]);
  const queues: { q: QueueConfig; owner: string }[] = d.qos.queues.map((q) => ({ q, owner: d.hostname }));
  for (const i of d.interfaces.values()) for (const q of i.queues) queues.push({ q, owner: `${d.hostname} ${i.name}` });
  return queues.filter(({ q }) => lossless.has(q.queue));
}

/** Each ECN line of a lossless queue in a clean CLI file, with its device, file, queue, owner, line and text. */
export function* losslessEcnLines(ctx: SeedContext): Generator<{ d: Device; file: string; q: QueueConfig; owner: string; line: number; text: string }> {
  for (const { d, file } of cleanDevices(ctx, CLI)) {
    for (const { q, owner } of losslessQueues(d)) {
      if (!q.ecn || ctx.rel(q.ecn.loc.uri) !== file) continue;
      const line = lineOf(q.ecn.loc);
      yield { d, file, q, owner, line, text: ctx.edit.at(file, line) };
    }
  }
}

// ——— helpers of the MTU / PFC / link seeders below ———

export const NON_DATA = new Set<Interface['kind']>(['management', 'loopback', 'tunnel', 'vxlan', 'other']);

/** A /31, /30, /127 or /126 address (what makes an interface point-to-point for the MTU rules). */
export const isP2p = (i: Interface): boolean =>
  i.ipv4.some((a) => !a.value.secondary && (a.value.prefixLength === 31 || a.value.prefixLength === 30)) || i.ipv6.some((a) => a.value.prefixLength >= 126);

/** Interfaces that are an end of a link whose two ends are both in the workspace. */
export function linkedSet(ctx: SeedContext): Set<Interface> {
  const out = new Set<Interface>();
  for (const l of ctx.before.fabric.links) {
    const a = ctx.before.fabric.devices.get(l.a.device)?.interfaces.get(l.a.interface);
    const b = ctx.before.fabric.devices.get(l.b.device)?.interfaces.get(l.b.interface);
    if (a && b) out.add(a).add(b);
  }
  return out;
}

/** Fabric-facing as the MTU rules define it: routed, up, a data kind, not a LAG member, linked or point-to-point. */
export function fabricFacingOf(ctx: SeedContext, d: Device): Interface[] {
  const linked = linkedSet(ctx);
  return [...d.interfaces.values()].filter(
    (i) => !NON_DATA.has(i.kind) && i.adminUp.value && i.mode.value === 'routed' && !i.channelGroup && (linked.has(i) || isP2p(i)),
  );
}

/** Routed, up, physical or port-channel (not a LAG member): an interface a fabric link is cabled to. */
export const routedPort = (e: End): boolean =>
  e.iface.mode.value === 'routed' && e.iface.adminUp.value && !e.iface.channelGroup && (e.iface.kind === 'physical' || e.iface.kind === 'port-channel');

/** The interface's own `mtu N` line, when it writes one. */
export function ownMtuLine(ctx: SeedContext, e: End): number | undefined {
  if (e.iface.mtu.defaulted) return undefined;
  const l = lineOf(e.iface.mtu.loc);
  return ownLines(ctx, e, /^\s*mtu \d+\s*$/).includes(l) ? l : undefined;
}

/** EOS `interface defaults` gives every interface a written MTU: deleting a port's line does not fall to the platform default. */
export const hasInterfaceDefaults = (ctx: SeedContext, d: Device): boolean => ctx.edit.lines(fileOf(ctx, d)).some((t) => /^interface defaults\b/.test(t));

/** Both orientations of every link with CLI ends in clean files. */
export const orientedEnds = (ctx: SeedContext): [End, End][] =>
  linkEnds(ctx).flatMap(({ a, b }): [End, End][] => [
    [a, b],
    [b, a],
  ]);

/** The bridged MTU of a switchport as the MTU rules read it (see bridgedMtu in server/src/rules/mtu/common.ts), or undefined. */
export function bridged(d: Device, i: Interface): { value: number; loc: Loc } | undefined {
  const owner = (i.channelGroup && d.interfaces.get(i.channelGroup.value)) || i;
  if (owner.l2Mtu) return { value: owner.l2Mtu.value, loc: owner.l2Mtu.loc };
  if (d.dialect === 'eos') return undefined;
  if (d.dialect === 'nxos' || !owner.mtu.defaulted) return { value: owner.mtu.value, loc: owner.mtu.loc };
  return undefined;
}

/** Every no-drop line of priority `p` on the device (EOS interface lines, NX-OS `pause pfc-cos`). */
export function noDropLines(ctx: SeedContext, d: Device, p: number): LineRef[] {
  const locs = [...d.qos.noDropPriorities, ...[...d.interfaces.values()].flatMap((i) => i.pfc.noDropPriorities)].filter((x) => x.value === p).map((x) => x.loc);
  return locs.map((l) => ref(ctx, l));
}

// ——— SONiC config_db.json: line edits that keep the file valid JSON ———

/** The corpus sets of SONiC config_db files (sonic/…). */
export const isSonicSet = (s: FabricSpec): boolean => s.name.startsWith('sonic/');

export const lineAt = (p: Position): number => p.line + 1;

/** SONiC devices of clean files, each with its facts and file. */
export function sonicDevices(ctx: SeedContext): { d: Device; facts: SonicFacts; file: string }[] {
  return [...ctx.before.fabric.devices.values()].flatMap((d) => {
    const facts = sonicFacts(d);
    return facts && ctx.clean(fileOf(ctx, d)) ? [{ d, facts, file: fileOf(ctx, d) }] : [];
  });
}

/** The first and last line of a member when it is alone on them (pretty-printed JSON), else undefined. */
export function memberLines(obj: SonicObject, m: SonicField): [number, number] | undefined {
  const i = obj.fields.indexOf(m);
  const prev = obj.fields[i - 1];
  const next = obj.fields[i + 1];
  if (i < 0 || (prev && lineAt(prev.end) >= lineAt(m.start)) || (next && lineAt(next.start) <= lineAt(m.end))) return undefined;
  if (lineAt(obj.open) >= lineAt(m.start) || lineAt(obj.close) <= lineAt(m.end)) return undefined;
  return [lineAt(m.start), lineAt(m.end)];
}

/** Deletes a member and, when it was the last one, the comma before it; false (nothing edited) when the layout does not allow it. */
export function deleteMember(edit: Editor, file: string, obj: SonicObject, m: SonicField): boolean {
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

export const fieldOf = (e: SonicEntry, name: string): SonicField | undefined => e.obj.fields.find((f) => f.name === name);

/** PORT_QOS_MAP entries of single ports (not `global`, not `Ethernet0,Ethernet4`) that enable PFC, written in `file`. */
export function pfcPortMaps(ctx: SeedContext, facts: SonicFacts, file: string): SonicPortQosMap[] {
  return facts.portQosMaps.filter(
    (q) => q.port !== 'global' && q.entry.key === q.port && q.pfcEnable && q.priorities.length > 0 && ctx.rel(q.entry.obj.keyLoc.uri) === file,
  );
}

/** A SONiC link end: the device and its PORT (not a PORTCHANNEL member), for the MTU / PFC seeders. */
export function sonicEnd(ctx: SeedContext, ep: Link['a']): End | undefined {
  const device = ctx.before.fabric.devices.get(ep.device);
  const iface = device?.interfaces.get(ep.interface);
  return device && sonicFacts(device) && iface && ctx.clean(fileOf(ctx, device)) ? { device, iface } : undefined;
}

export function sonicLinks(ctx: SeedContext): { a: End; b: End }[] {
  return ctx.before.fabric.links.flatMap((l) => {
    const a = sonicEnd(ctx, l.a);
    const b = sonicEnd(ctx, l.b);
    return a && b ? [{ a, b }] : [];
  });
}

/** The egress queue a PFC priority pauses (MAP_PFC_PRIORITY_TO_QUEUE of the port, identity without one), as pfc/no-lossless-buffer reads it. */
export function pfcQueue(facts: SonicFacts, q: SonicPortQosMap, p: number): number {
  const name = q.maps.find((m) => m.field === 'pfc_to_queue_map')?.name;
  const v =
    name === undefined
      ? undefined
      : facts.entries
          .get('MAP_PFC_PRIORITY_TO_QUEUE')
          ?.get(name)
          ?.obj.fields.find((f) => f.name === String(p))?.value;
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : p;
}

/** BUFFER_QUEUE / BUFFER_PG entries of `port` covering any of `indices`, with a profile written in `file`. */
export function bufferEntries(ctx: SeedContext, list: SonicBufferEntry[], port: string, indices: number[], file: string): SonicBufferEntry[] {
  return list.filter((b) => b.port === port && b.indices.some((i) => indices.includes(i)) && b.profile && ctx.rel(b.profile.loc.uri) === file);
}
