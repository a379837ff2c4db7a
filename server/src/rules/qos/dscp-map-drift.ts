import type { Loc } from '../../model/location';
import type { Device } from '../../model/types';
import type { Finding, Fix, RelatedInfo, Rule, RuleContext, Severity, TextEdit } from '../types';
import { byRole, deviceLossless, devicesOf } from '../pfc/common';
import { cnpIntentClass, losslessIntentClasses } from '../pfc/intent-classes';
import { className, classifiesDscp, deviceAnchor, dscpPath, keyCodePoints, noIntentBasis, queueOfClass, type DscpPath } from './common';

interface Expected {
  queue: number;
  severity: Severity;
  /** "the intent class cnp" or "3 of 4 leaf devices". */
  basis: string;
  related: RelatedInfo[];
  /** Preferred traffic class on EOS (the intent's trafficClass). */
  cls?: number;
}

export const rule: Rule = {
  id: 'qos/dscp-map-drift',
  title: 'A DSCP reaches a different egress queue than the intent or the device\'s role peers',
  category: 'qos',
  severity: 'error',
  scope: 'fabric',
  dialects: ['eos', 'nxos'],
  rationale:
    'Every hop must put the RoCE and CNP code points into the same class, or RoCE is lossless on some hops ' +
    'and dropped on others, and CNPs queue behind data. The effective map is compared, platform defaults ' +
    'included (EOS maps DSCP 24–31 to traffic-class 3 without a line; NX-OS leaves unmatched DSCPs in ' +
    'qos-group 0).\n\n' +
    'EOS traffic classes and NX-OS qos-groups are different namespaces, so the rule compares where a DSCP ' +
    '**leaves**: its egress queue (EOS `qos map traffic-class N to tx-queue M`, default identity; NX-OS ' +
    'qos-group N is served by `c-out-8q-qN`). The RoCE and CNP code points (intent classes marked ' +
    '`lossless` and the class `cnp`; without them DSCP 26 and 48) are compared across every device of the ' +
    'role, whatever its vendor, and reported as errors. Other code points are compared only between devices ' +
    'of the same dialect (their defaults differ by design: EOS sends DSCP 0 to traffic-class 1, NX-OS to ' +
    'qos-group 0) and reported as warnings. With intent classes, their DSCPs are compared with the intent ' +
    '(`queue`, else `trafficClass`); classes with `dscp: other` are not compared, since default class ' +
    'numbering differs by platform. Without an intent, a device is compared with the strict majority of ' +
    'its role (at least `minDevices` devices). Only devices that take part in QoS are compared: lossless on ' +
    'some interface, or mapping DSCP with their own lines; a device with neither states no contract (AVD ' +
    'fabrics without QoS, single-feature test files), nor does an NX-OS device whose classification matches CoS ' +
    'only. One finding per device and target queue.',
  messages: {
    intent: 'DSCP {dscp} → {here} on {device}; the intent class {name} sends it to queue {queue}',
    majority: 'DSCP {dscp} → {here} on {device}; {count} of {total} {role} devices send it to queue {queue} ({basis})',
  },
  fix: 'On EOS, map the DSCPs to the traffic class that reaches the expected queue (`qos map dscp … to traffic-class N`), removing the line it replaces. NX-OS class-maps are left to the user.',
  options: {
    minDevices: { description: 'Smallest role group in which a majority is trusted.', default: 3 },
  },
  example: {
    dialect: 'eos',
    config: 'qos map dscp 26 to traffic-class 3\nqos map dscp 48 to traffic-class 5\n! three other leaves send DSCP 48 to queue 6',
    explanation: 'CNPs (DSCP 48) leave leaf2 from queue 5, every other leaf from queue 6.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const key = keyCodePoints(ctx.intent);
    const keySet = new Set([...key.roce, ...key.cnp]);
    const intentByDscp = new Map<number, { name: string; queue: number; cls?: number }>();
    for (const ic of [...losslessIntentClasses(ctx.intent), ...(cnpIntentClass(ctx.intent) ? [cnpIntentClass(ctx.intent)!] : [])]) {
      const q = ic.cls.queue ?? ic.cls.trafficClass;
      if (q === undefined) continue;
      for (const d of ic.dscp) intentByDscp.set(d, { name: ic.name, queue: q, ...(ic.cls.trafficClass !== undefined ? { cls: ic.cls.trafficClass } : {}) });
    }
    const min = Number(ctx.options.minDevices ?? 3);
    // Only devices that take part in QoS: lossless somewhere, or mapping DSCP by their own lines. A device
    // with neither runs platform defaults and states no contract (AVD fabrics, single-feature test files).
    // An NX-OS device that classifies by CoS only (Azure Stack HCI: `match cos 3`) makes no DSCP statement either.
    const cosOnly = (d: Device): boolean => d.dialect === 'nxos' && !classifiesDscp(d) && d.qos.cosToClass.some((s) => s !== undefined && !s.defaulted);
    const devices = devicesOf(ctx).filter(
      (d) => (d.dialect === 'eos' || d.dialect === 'nxos') && (deviceLossless(d) !== undefined || classifiesDscp(d)) && !cosOnly(d),
    );
    for (const [role, group] of byRole(ctx, devices)) {
      const paths = new Map<Device, (DscpPath | undefined)[]>();
      for (const d of group) paths.set(d, Array.from({ length: 64 }, (_, i) => dscpPath(d, i)));
      // Votes are counted once per role (and per dialect for the non-key DSCPs), not once per device:
      // a fabric of 512 leaves would otherwise count 512 × 512 × 64 times.
      const allVotes = tallyVotes(group, paths);
      const dialectVotes = new Map<string, Vote[]>();
      const votesOf = (dialect: string): Vote[] => {
        let v = dialectVotes.get(dialect);
        if (!v) dialectVotes.set(dialect, (v = tallyVotes(group.filter((o) => o.dialect === dialect), paths)));
        return v;
      };
      for (const device of group) {
        const mine = paths.get(device)!;
        // target queue → drifting DSCPs
        const drift = new Map<string, { exp: Expected; dscps: number[]; messageId: string; data: Record<string, string | number> }>();
        for (let d = 0; d < 64; d++) {
          const p = mine[d];
          if (!p) continue;
          const isKey = keySet.has(d);
          const intent = intentByDscp.get(d);
          let exp: Expected | undefined;
          let messageId = 'majority';
          let data: Record<string, string | number> = {};
          if (intent) {
            if (p.queue === intent.queue) continue;
            const loc = ctx.intent?.locs[`classes.${intent.name}`] ?? ctx.intent?.locs['classes'];
            const follower = group.find((o) => o !== device && paths.get(o)![d]?.queue === intent.queue);
            exp = {
              queue: intent.queue,
              severity: 'error',
              basis: `the intent class ${intent.name}`,
              related: [
                ...(loc ? [{ loc, message: `intent class ${intent.name}: queue ${intent.queue}` }] : []),
                ...(follower ? [exampleRelated(follower, paths.get(follower)![d]!, d)] : []),
              ],
              ...(intent.cls !== undefined ? { cls: intent.cls } : {}),
            };
            messageId = 'intent';
            data = { name: intent.name, queue: intent.queue };
          } else {
            const vote = (isKey ? allVotes : votesOf(device.dialect))[d]!;
            const voters = { length: vote.total };
            if (voters.length < min) continue;
            const maj = vote.majority;
            const count = vote.count;
            if (maj === undefined || maj === p.queue) continue;
            const example = vote.holders.find((o) => o !== device)!;
            const sameDialect = voters.length < group.length ? ` ${device.dialect}` : '';
            exp = {
              queue: maj,
              severity: isKey ? 'error' : 'warning',
              basis: ctx.intent ? `compared with ${voters.length}${sameDialect} ${role} devices` : noIntentBasis(voters.length, `${sameDialect.trim() ? `${sameDialect.trim()} ` : ''}${role}`),
              related: [exampleRelated(example, paths.get(example)![d]!, d)],
            };
            data = { count, total: voters.length, role: `${sameDialect.trim() ? `${sameDialect.trim()} ` : ''}${role}`, queue: maj, basis: exp.basis };
          }
          const k = `${exp.severity}|${exp.queue}|${messageId}`;
          const entry = drift.get(k);
          if (entry) entry.dscps.push(d);
          else drift.set(k, { exp, dscps: [d], messageId, data });
        }
        for (const { exp, dscps, messageId, data } of drift.values()) {
          const first = mine[dscps[0]!]!;
          findings.push(
            ctx.report({
              messageId,
              ...(exp.severity === 'warning' ? { severity: 'warning' as const } : {}),
              data: { ...data, dscp: dscps.join(','), here: hereText(device, dscps.map((d) => mine[d]!)), device: device.hostname },
              loc: first.setting.defaulted ? deviceAnchor(device) : first.setting.loc,
              related: exp.related,
              fixes: fixFor(ctx, device, dscps, exp),
            }),
          );
        }
      }
    }
    return findings;
  },
};

function exampleRelated(device: Device, p: DscpPath, dscp: number): RelatedInfo {
  const loc = p.setting.defaulted ? deviceAnchor(device) : p.setting.loc;
  return { loc, message: `${device.hostname}: DSCP ${dscp} → ${className(device, p.cls)} → queue ${p.queue}${p.setting.defaulted ? ' (default)' : ''}` };
}

function hereText(device: Device, ps: DscpPath[]): string {
  const uniq = new Map<string, DscpPath>();
  for (const p of ps) uniq.set(`${p.cls}|${p.queue}`, p);
  return [...uniq.values()]
    .map((p) => `${className(device, p.cls)}${p.cls === p.queue && device.dialect === 'nxos' ? '' : ` → queue ${p.queue}`}${p.setting.defaulted ? ' (default)' : ''}`)
    .join(', ');
}

function fixFor(ctx: RuleContext, device: Device, dscps: number[], exp: Expected): Fix[] {
  if (device.dialect !== 'eos') return [];
  let cls: number | undefined;
  if (exp.cls !== undefined && queueOfClass(device, exp.cls) === exp.queue) cls = exp.cls;
  if (cls === undefined && queueOfClass(device, exp.queue) === exp.queue) cls = exp.queue;
  if (cls === undefined) for (let t = 0; t < 8 && cls === undefined; t++) if (queueOfClass(device, t) === exp.queue) cls = t;
  if (cls === undefined) return [];
  const w = ctx.writer(device);
  const edits: TextEdit[] = [];
  // A `qos map dscp` line that only maps DSCPs being remapped is replaced, not left behind.
  const moving = new Set(dscps);
  const lines = new Map<number, { loc: Loc; all: boolean }>();
  device.qos.dscpToClass.forEach((s, d) => {
    if (!s || s.defaulted) return;
    const ln = s.loc.range.start.line;
    const e = lines.get(ln);
    if (!e) lines.set(ln, { loc: s.loc, all: moving.has(d) });
    else e.all = e.all && moving.has(d);
  });
  const del = [...lines.values()].filter((l) => l.all);
  const add = w.setDscpToClass(dscps, cls);
  if (add.length === 0) return [];
  const delLines = new Set(del.map((l) => l.loc.range.start.line));
  const coveredByDel = dscps.every((d) => {
    const s = device.qos.dscpToClass[d];
    return !s || s.defaulted || delLines.has(s.loc.range.start.line);
  });
  if (del.length > 0 && coveredByDel) {
    // Rewrite the first line that maps only these DSCPs (keeps the file's order), drop the others.
    const text = `qos map dscp ${dscps.join(' ')} to traffic-class ${cls}`;
    edits.push(...w.replaceLine(del[0]!.loc, text));
    for (const l of del.slice(1)) edits.push(...w.deleteLine(l.loc));
  } else edits.push(...add);
  return [{ title: `Map DSCP ${dscps.join(',')} to traffic-class ${cls} (queue ${exp.queue}) on ${device.hostname}`, isPreferred: true, edits }];
}

interface Vote {
  total: number;
  /** The queue more than half of the voters send this DSCP to. */
  majority?: number;
  count: number;
  /** Two voters that follow the majority, so one of them is never the device being judged. */
  holders: Device[];
}

function tallyVotes(voters: Device[], paths: Map<Device, (DscpPath | undefined)[]>): Vote[] {
  return Array.from({ length: 64 }, (_, d) => {
    const counts = new Map<number, number>();
    for (const o of voters) {
      const q = paths.get(o)![d]?.queue;
      if (q !== undefined) counts.set(q, (counts.get(q) ?? 0) + 1);
    }
    const vote: Vote = { total: voters.length, count: 0, holders: [] };
    for (const [q, n] of counts) if (n * 2 > voters.length) [vote.majority, vote.count] = [q, n];
    if (vote.majority !== undefined) {
      for (const o of voters) {
        if (paths.get(o)![d]?.queue !== vote.majority) continue;
        vote.holders.push(o);
        if (vote.holders.length === 2) break;
      }
    }
    return vote;
  });
}
