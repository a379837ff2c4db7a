import { pushTo } from '../../model/group';
import type { Located } from '../../model/location';
import type { Device, QueueEcn } from '../../model/types';
import type { Contribution, Finding, Fix, Rule, RuleContext } from '../types';
import { formatGbps } from '../../model/port-speed';
import { ecnValues, intentEcn, losslessSites, toBytes, type EcnValues } from './common';
import { derivedOf, devicesOf, factsOf } from '../support/scope';
import { roleOfDevice } from '../support/roles';

interface DeviceEcn {
  values: EcnValues;
  /** The port speed most of the device's lossless ports run at (normalised, e.g. 400G), when written. */
  speed?: string;
  /** Every ECN line of the device's lossless queues that has these values (the fix rewrites them all). */
  lines: Located<QueueEcn>[];
  allLines: Located<QueueEcn>[];
}

export const rule: Rule = {
  id: 'qos/ecn-thresholds-drift',
  title: 'ECN thresholds of the lossless queue differ from the intent or from devices of the same platform and port speed',
  category: 'qos',
  severity: 'warning',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'DCQCN converges only when every hop marks at comparable queue depths: a switch that marks much later ' +
    'than its peers lets its queue grow into PFC territory, one that marks much earlier throttles flows that ' +
    "cross it. But sane thresholds depend on the ASIC's buffer and the port speed (Cisco's 950 KB–3 MB on a " +
    "Nexus 9000 and NVIDIA's 150 KB–1.5 MB on Spectrum are both right), so thresholds are only compared where " +
    'they mean the same thing.\n\n' +
    'Compared between: devices of the same platform (the model in the file header, e.g. `DCS-7060DX5-64S`, or ' +
    'the SONiC hwsku; devices that do not state one are grouped by vendor and role, since leaves and spines are usually different hardware) whose lossless ports run at the same ' +
    "speed. Each device's ECN profile of its lossless queue (the one most of its lossless queues use) is compared " +
    'with the strict majority of its group (at least `minDevices`). With an intent (`ecn.<lossless class>`: ' +
    'minBytes, maxBytes, probability, tolerancePct) every device is compared with it instead, whatever its ' +
    'platform. Byte units are normalised (kbytes = 1000 bytes, mbytes = 10^6); thresholds in time, segments or ' +
    "percent are compared as written. Bounds that hold on every platform are other rules': ordered thresholds " +
    '(`qos/ecn-thresholds-invalid`), marking rather than dropping on lossless queues (`qos/wred-drop-on-lossless`), ' +
    'ECN present at all (`qos/ecn-missing-on-lossless`).',
  messages: {
    intent: 'ECN on the lossless queue of {device} is {here}; the intent says {there}',
    majority: 'ECN on the lossless queue of {device} is {here}; {count} of {total} devices of the same platform and speed ({group}) use {there}',
  },
  fix: "Rewrite the thresholds and probability of the device's lossless-queue ECN lines to the intent or the majority.",
  options: {
    minDevices: { description: 'Smallest group of devices (same platform and speed) in which a majority is trusted.', default: 3 },
  },
  example: {
    dialect: 'nxos',
    config:
      '  class type queuing c-out-8q-q3\n    random-detect minimum-threshold 950 kbytes maximum-threshold 3000 kbytes drop-probability 7 weight 0 ecn\n! the other leaves mark from 150 to 1500 KB at 100 %',
  },
  contribution: contribute,
  derived: groupsOf,
  check(ctx) {
    const findings: Finding[] = [];
    const intent = intentEcn(ctx.intent);
    const groups = derivedOf(ctx, contribute, groupsOf);
    for (const device of devicesOf(ctx)) {
      const mine = factsOf<DeviceEcn | undefined>(ctx, device, contribute);
      if (!mine) continue;
      const group = groupOf(ctx, device, mine);
      const g = groups.get(group)!;
      if (intent) {
        if (close(mine.values, intent.values, intent.tolerancePct)) continue;
        const follower = g.followers.find((o) => o.hostname !== device.hostname);
        findings.push(
          ctx.report({
            messageId: 'intent',
            data: { device: device.hostname, here: fmt(mine.values), there: fmt(intent.values) },
            loc: mine.lines[0]!.loc,
            related: [
              ...(intent.loc ? [{ loc: intent.loc, message: `intent ecn.${intent.name}` }] : []),
              ...(follower ? [{ loc: follower.loc, message: `${follower.hostname} follows the intent` }] : []),
            ],
            fixes: fixFor(ctx, device, mine, intent.values, 'the intent'),
          }),
        );
        continue;
      }
      const maj = g.majority;
      if (!maj || maj.key === keyOf(mine.values)) continue;
      const example = maj.example;
      findings.push(
        ctx.report({
          messageId: 'majority',
          data: { device: device.hostname, here: fmt(mine.values), there: fmt(example.values), count: maj.count, total: g.total, group },
          loc: mine.lines[0]!.loc,
          related: [{ loc: example.loc, message: `${example.hostname}: ${fmt(example.values)}` }],
          fixes: fixFor(ctx, device, mine, example.values, 'the majority'),
        }),
      );
    }
    return findings;
  },
};

/** A device of a group as the verdicts on the others name it: its hostname, thresholds and first ECN line. */
interface Member {
  hostname: string;
  values: EcnValues;
  loc: Located<QueueEcn>['loc'];
}

interface Group {
  total: number;
  /** The strict majority of the group's thresholds (at least `minDevices` devices), the first device by hostname that uses it as the example. */
  majority?: { key: string; count: number; example: Member };
  /** With an intent: the first two devices by hostname whose thresholds are close to it (one of them is another device's follower). */
  followers: Member[];
}

/** Each group (platform and speed) of devices with ECN on their lossless queue: its majority, or the intent's followers (Rule.derived). */
function groupsOf(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): Map<string, Group> {
  const intent = intentEcn(ctx.intent);
  const min = Number(ctx.options.minDevices ?? 3);
  const members = new Map<string, Member[]>();
  for (const [device, c] of contributions) {
    const e = c.facts as DeviceEcn | undefined;
    if (e) pushTo(members, groupOf(ctx, device, e), { hostname: device.hostname, values: e.values, loc: e.lines[0]!.loc });
  }
  const out = new Map<string, Group>();
  for (const [group, list] of members) {
    list.sort((a, b) => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0));
    const g: Group = { total: list.length, followers: [] };
    if (intent) g.followers = list.filter((m) => close(m.values, intent.values, intent.tolerancePct)).slice(0, 2);
    const counts = new Map<string, Member[]>();
    for (const m of list) pushTo(counts, keyOf(m.values), m);
    if (list.length >= min) for (const [key, ms] of counts) if (ms.length * 2 > list.length) g.majority = { key, count: ms.length, example: ms[0]! };
    out.set(group, g);
  }
  return out;
}

/**
 * What the verdicts on the other devices read of this one: its group, its thresholds, and its first ECN line (named
 * as an example); the device's ECN is kept as the facts.
 */
function contribute(ctx: RuleContext, device: Device): Contribution {
  const e = ctx.ignored(device) ? undefined : deviceEcn(ctx, device);
  if (!e) return { digest: '', facts: undefined };
  return { digest: [groupOf(ctx, device, e), keyOf(e.values), fmt(e.values), JSON.stringify(e.lines[0]!.loc)].join(' '), facts: e };
}

function deviceEcn(ctx: RuleContext, device: Device): DeviceEcn | undefined {
  const byKey = new Map<string, { values: EcnValues; lines: Map<string, Located<QueueEcn>> }>();
  const all = new Map<string, Located<QueueEcn>>();
  for (const site of losslessSites(ctx, device)) {
    const e = site.config?.ecn;
    const v = e ? ecnValues(e.value) : undefined;
    if (!e || !v) continue;
    const k = keyOf(v);
    const lk = `${e.loc.uri}#${e.loc.range.start.line}`;
    all.set(lk, e);
    let entry = byKey.get(k);
    if (!entry) byKey.set(k, (entry = { values: v, lines: new Map() }));
    entry.lines.set(lk, e);
  }
  let best: { values: EcnValues; lines: Map<string, Located<QueueEcn>> } | undefined;
  for (const e of byKey.values()) if (!best || e.lines.size > best.lines.size) best = e;
  if (!best) return undefined;
  const speeds = new Map<string, number>();
  for (const site of losslessSites(ctx, device)) {
    for (const i of site.interfaces) {
      const sp = i.speed ? formatGbps(i.speed.gbps) : undefined;
      if (sp) speeds.set(sp, (speeds.get(sp) ?? 0) + 1);
    }
  }
  const speed = [...speeds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { values: best.values, lines: [...best.lines.values()], allLines: [...all.values()], ...(speed ? { speed } : {}) };
}

/**
 * "DCS-7060DX5-64S at 400G". A device that names no platform is grouped with the devices of its vendor and
 * role: leaves and spines are usually different hardware.
 */
function groupOf(ctx: RuleContext, device: Device, e: DeviceEcn): string {
  const platform = device.platform ? device.platform : `${device.os} ${roleOfDevice(ctx.intent, device)}, model not stated`;
  return `${platform} at ${e.speed ?? 'unstated speed'}`;
}

function norm(v: EcnValues): { min: number; max: number; unit: string } {
  const a = toBytes(v.min, v.unit);
  const b = toBytes(v.max, v.unit);
  return a !== undefined && b !== undefined ? { min: a, max: b, unit: 'bytes' } : { min: v.min, max: v.max, unit: v.unit };
}

function keyOf(v: EcnValues): string {
  const n = norm(v);
  return `${n.min}|${n.max}|${n.unit}|${v.probability}`;
}

function close(a: EcnValues, b: EcnValues, tolPct: number): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x.unit !== y.unit) return false;
  const within = (p: number, q: number): boolean => Math.abs(p - q) <= (Math.max(Math.abs(q), 1) * tolPct) / 100;
  return within(x.min, y.min) && within(x.max, y.max) && within(a.probability, b.probability);
}

function fmt(v: EcnValues): string {
  return `${v.min}–${v.max} ${v.unit} at ${v.probability} %`;
}

function fixFor(ctx: RuleContext, device: Device, mine: DeviceEcn, target: EcnValues, what: string): Fix[] {
  const w = ctx.writer(device);
  const edits = mine.allLines.flatMap((l) => w.setEcnThresholds(l, target));
  return edits.length > 0 ? [{ title: `Use ${fmt(target)} (${what}) on ${device.hostname}`, isPreferred: true, edits }] : [];
}
