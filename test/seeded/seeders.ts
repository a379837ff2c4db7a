/**
 * The seeders: each injects one real-world fault of one rule's kind into the text of a clean fabric, at
 * a place it finds from the engine's model of the untouched files (the first link, the first PFC link,
 * the first class-map that is used …), and says on which lines the rule must report.
 */
import type { LintResult } from '../../server/src/engine/types';
import type { Loc } from '../../server/src/model/location';
import type { Device, Interface, Link, QueueConfig } from '../../server/src/model/types';
import type { Editor, LineRef } from './editor';

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
}

export interface Seeder {
  ruleId: string;
  fault: string;
  /** Other rules that legitimately report the same fault, on the expected lines or `alsoLines`, with why. */
  alsoExpected?: { rule: string; why: string; /** a cascade over many lines (e.g. every SVI of a VLAN): allowed on any line */ anywhere?: boolean }[];
  applies(spec: FabricSpec): boolean;
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

export const seeders: Seeder[] = [
  {
    ruleId: 'mtu/link-mismatch',
    fault: "change one end's MTU on the first link the engine found",
    alsoExpected: [
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
    alsoExpected: [{ rule: 'mtu/link-mismatch', why: 'the member is itself one end of a physical link (topology file / LLDP), whose peer keeps the old MTU' }],
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
            const matches = cm ? [...cm.matchCos, ...cm.matchDscp].map((m) => ref(ctx, m.loc)) : [];
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
      { rule: 'pfc/unclassified-priority', why: 'when the deleted class fed the lossless qos-group, that group (its `pause pfc-cos` line) now receives nothing' },
      { rule: 'qos/dscp-map-drift', why: 'the DSCPs the class matched fall back to the default class, unlike on the peer switches (reported on the hostname: no line classifies them any more)' },
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
    ruleId: 'link/ambiguous-subnet',
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
            expected: [ref(ctx, aAddr.loc), ref(ctx, bAddr.loc), at],
            alsoLines: [ref(ctx, cPeerAddr.loc), ref(ctx, c.iface.block.header), ...(c.iface.description ? [ref(ctx, c.iface.description.loc)] : [])],
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
    alsoExpected: [{ rule: 'mtu/link-mismatch', why: 'the interface is a link end and its peer keeps the old MTU' }],
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
        ctx.edit.delete(file, lineOf(att.loc));
        const def = d.symbols.defs.find((x) => x.kind === 'policy-map' && x.name === att.value.name);
        return {
          what: `${d.hostname}: deleted "${ctx.edit.at(file, lineOf(att.loc)).trim()}"`,
          expected: [d.qos.noDropPriorities.map((p) => ref(ctx, p.loc))],
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
    alsoExpected: [{ rule: 'qos/no-ingress-classification', why: 'the port no longer classifies its ingress traffic' }],
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
    alsoExpected: [{ rule: 'qos/dscp-map-drift', why: 'the port now leaves RoCE in qos-group 0, unlike its peers' }],
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
      { rule: 'pfc/class-queue-misaligned', why: 'with CoS classification the moved CoS is now paused for a group it does not land in' },
      { rule: 'qos/dscp-map-drift', why: 'in a fabric the moved DSCPs now land in another queue than on the peer switches' },
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
          const m = /minimum-threshold (\d+)/.exec(ctx.edit.at(file, l));
          if (!m) continue;
          const at = ctx.edit.substitute(file, l, m[0], `minimum-threshold ${Number(m[1]) * 2}`);
          return { what: `${owner} queue ${q.queue}: ECN minimum ${m[1]} → ${Number(m[1]) * 2}`, expected: [at] };
        }
      }
      return 'no NX-OS lossless queue with ECN thresholds';
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
];
