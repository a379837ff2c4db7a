import type { Device } from '../../model/types';
import { carriesLossless, deviceBehaviour, describeBehaviour, fabricMeaning, localNames, type HopBehaviour } from '../../model/hop-behaviour';
import type { Contribution, Finding, ReportInput, Rule, RuleContext } from '../types';
import { strictMajority } from '../support/roles';
import { fabricDevicesOf, factsOf, judges } from '../support/scope';
import { contractBasis, contractPointsOf } from './common';

interface Placed {
  device: Device;
  behaviour: HopBehaviour;
  /** The local names: class and queue. */
  local: string;
}

export const rule: Rule = {
  id: 'qos/local-class-drift',
  title: 'Devices of one platform give a code point the same meaning under different local class or queue numbers',
  category: 'qos',
  severity: 'info',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'Traffic classes, qos-groups and queue numbers are local names: CNP in EOS traffic-class 6 and NX-OS ' +
    'qos-group 7 is the same contract, and `qos/dscp-map-drift` compares the meaning only. Between switches of ' +
    'the same model, though, a code point that lands in another local class or queue is usually a template that ' +
    'drifted: the counters, buffer and scheduler settings an operator tunes per queue no longer line up, and the ' +
    'next change made "on every switch" misses one. It breaks nothing by itself, so it is information.\n\n' +
    'Compared between: devices that carry lossless traffic and name the same platform — the same dialect and the ' +
    'same model (EOS the model in the `! device:` header, e.g. `DCS-7060DX5-64S`; SONiC the `hwsku`). Devices ' +
    'that name no model, and devices of different platforms or vendors, are never compared. For every code point ' +
    'of the QoS contract (as in `qos/dscp-map-drift`), only devices that give it the same meaning are compared ' +
    "(a different meaning is `qos/dscp-map-drift`'s error or warning); the local names compared are the class " +
    '(traffic class, qos-group, TC) and the egress queue. With a strict majority of the platform, each other ' +
    'device is reported; without one, every device is reported, naming the others.',
  messages: {
    majority: 'DSCP {dscp} is in {local} on {device}; {count} of {total} {platform} devices put it in {there}, with the same meaning ({meaning})',
    tie: 'DSCP {dscp} is in {local} on {device} but in {there} on {others} (all {platform}, the same meaning: {meaning})',
  },
  example: {
    dialect: 'eos',
    config:
      '! device: leaf2 (DCS-7060DX5-64S, EOS-4.31.2F)\nqos map dscp 48 to traffic-class 5\n! leaf1, leaf3 (DCS-7060DX5-64S) map DSCP 48 to traffic-class 6; all three queues are strict priority',
    explanation: 'CNP is prioritised on all three switches, but leaf2 counts and tunes it as tx-queue 5.',
  },
  basis: contractBasis,
  contribution: contribute,
  check(ctx) {
    const findings: Finding[] = [];
    const byPlatform = new Map<string, Device[]>();
    for (const d of fabricDevicesOf(ctx)) {
      if (!d.platform || !carriesLossless(d).value) continue;
      const k = `${d.os}\u0000${d.platform}`;
      const g = byPlatform.get(k);
      if (g) g.push(d);
      else byPlatform.set(k, [d]);
    }
    const points = contractPointsOf(ctx);
    // device → message → DSCPs, so one finding names every code point that drifts alike on a device.
    const pending = new Map<string, { dscps: number[]; make: (dscps: number[]) => Finding }>();
    const add = (device: Device, key: string, dscp: number, make: (dscps: number[]) => Finding): void => {
      if (!judges(ctx, device)) return;
      const k = `${device.hostname}\u0000${key}`;
      const e = pending.get(k);
      if (e) e.dscps.push(dscp);
      else pending.set(k, { dscps: [dscp], make });
    };
    for (const devices of byPlatform.values()) {
      if (devices.length < 2) continue;
      const platform = devices[0]!.platform!;
      for (const point of points) {
        const byMeaning = new Map<string, Placed[]>();
        for (const device of devices) {
          const placed = factsOf<Facts>(ctx, device, contribute).get(point.dscp);
          if (!placed) continue;
          const m = fabricMeaning(placed.behaviour);
          const list = byMeaning.get(m) ?? [];
          list.push(placed);
          byMeaning.set(m, list);
        }
        for (const placed of byMeaning.values()) compare(placed, point.dscp, platform, add, (input) => ctx.report(input));
      }
    }
    for (const e of pending.values()) findings.push(e.make(e.dscps.sort((a, b) => a - b)));
    return findings;
  },
};

/** A device's behaviour and local names for each code point of the contract it classifies by DSCP. */
type Facts = ReadonlyMap<number, Placed>;

/**
 * What the verdicts on other devices of its platform read of this one: per code point its meaning, its local names
 * and the line that classifies it (named as related information).
 */
function contribute(ctx: RuleContext, device: Device): Contribution {
  const facts = new Map<number, Placed>();
  if (ctx.ignored(device) || !device.platform || !carriesLossless(device).value) return { digest: '', facts };
  const parts = [`${device.os} ${device.platform}`];
  for (const point of contractPointsOf(ctx)) {
    const b = deviceBehaviour(device, point.dscp, ctx.fabric).behaviour;
    if (b.byCos) {
      parts.push('cos');
      continue;
    }
    const placed = { device, behaviour: b, local: localNames(device, b) };
    facts.set(point.dscp, placed);
    parts.push([fabricMeaning(b), placed.local, describeBehaviour(b), b.classifiedAt.uri, JSON.stringify(b.classifiedAt.range)].join(' '));
  }
  return { digest: parts.join('\n'), facts };
}

function compare(
  placed: Placed[],
  dscp: number,
  platform: string,
  add: (device: Device, key: string, dscp: number, make: (dscps: number[]) => Finding) => void,
  report: (input: ReportInput) => Finding,
): void {
  const groups = new Map<string, Placed[]>();
  for (const p of placed) {
    const g = groups.get(p.local);
    if (g) g.push(p);
    else groups.set(p.local, [p]);
  }
  if (groups.size < 2) return;
  const meaning = describeBehaviour(placed[0]!.behaviour);
  const majorityKey = strictMajority(placed, (p) => p.local, 2)?.key;
  const majority = majorityKey === undefined ? undefined : groups.get(majorityKey);
  // The devices outside each local name and how a message names them, once per name rather than once per device.
  const outside = new Map<string, Outside>();
  const othersOf = (local: string): Outside => {
    let o = outside.get(local);
    if (!o) outside.set(local, (o = describeOutside(placed.filter((x) => x.local !== local))));
    return o;
  };
  for (const p of placed) {
    if (p.local === majorityKey) continue;
    const b = p.behaviour;
    const related = (majority ?? othersOf(p.local).others)
      .slice(0, 3)
      .map((o) => ({ loc: o.behaviour.classifiedAt, message: `${o.device.hostname}: DSCP ${dscp} → ${o.local}` }));
    if (majority) {
      const there = majority[0]!.local;
      add(p.device, `majority|${p.local}|${there}`, dscp, (dscps) =>
        report({
          messageId: 'majority',
          data: { dscp: dscps.join(','), local: p.local, device: p.device.hostname, count: majority!.length, total: placed.length, platform, there, meaning },
          loc: b.classifiedAt,
          related,
        }),
      );
      continue;
    }
    const { there, names } = othersOf(p.local);
    add(p.device, `tie|${p.local}|${there}`, dscp, (dscps) =>
      report({
        messageId: 'tie',
        data: { dscp: dscps.join(','), local: p.local, device: p.device.hostname, there, others: names, platform, meaning },
        loc: b.classifiedAt,
        related,
      }),
    );
  }
}

interface Outside {
  others: Placed[];
  /** Their local names, joined with "or". */
  there: string;
  /** Up to three of their devices, or the count and the first three. */
  names: string;
}

function describeOutside(others: Placed[]): Outside {
  const there = [...new Set(others.map((o) => o.local))].join(' or ');
  const names =
    others.length <= 3
      ? others.map((o) => o.device.hostname).join(', ')
      : `${others.length} devices (${others
          .slice(0, 3)
          .map((o) => o.device.hostname)
          .join(', ')} …)`;
  return { others, there, names };
}
