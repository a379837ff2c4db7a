import type { Loc } from '../../model/location';
import type { Device } from '../../model/types';
import {
  carriesLossless,
  describeBehaviour,
  deviceBehaviour,
  fabricMeaning,
  localNames,
  meaningKey,
  type ContractPoint,
  type HopBehaviour,
} from '../../model/hop-behaviour';
import type { Contribution, Finding, Fix, RelatedInfo, Rule, RuleContext } from '../types';
import { contractBasis, contractPointsOf, setQosGroupFix } from './common';
import { derivedOf, devicesOf, fabricDevicesOf, factsOf } from '../support/scope';
import { uniqueSorted } from '../support/sets';
import { sameLine } from '../support/places';

interface Judged {
  device: Device;
  behaviour: HopBehaviour;
}

export const rule: Rule = {
  id: 'qos/dscp-map-drift',
  title: 'A code point of the QoS contract is lossless on some devices and not on this one, or paused on another priority',
  category: 'qos',
  severity: 'error',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'RoCE is lossless only if every hop pauses it, and on the same PFC priority. For every code point of the ' +
    "QoS contract — the intent's classes; without an intent, the DSCPs some device classifies into a lossless " +
    'class by its own lines (else DSCP 26), and CNP 48 — the rule derives on every device the per-hop ' +
    'behaviour it gets (classification → class → the PFC priority that pauses the class → no-drop on the ' +
    "device's PFC ports; see `fabric-lint model`, `hopBehaviour`), and compares the **meaning**: lossless on " +
    'priority p, lossy, or dropped by the ingress policy (a class with `drop`, a policer whose conform action is ' +
    '`drop`); and for a lossy code point (CNP) whether it is prioritised — a warning when only that differs, since ' +
    'CNPs that wait behind data arrive late but arrive. How a lossless data class is scheduled (strict or weighted) ' +
    'is a local choice that differs between vendors and is not compared; ECN marking on lossless queues is checked ' +
    'on every device by `qos/ecn-missing-on-lossless`, and remarking by `qos/dscp-rewrite-roce` and, across links, ' +
    "`qos/contract-link-break`. A queue without a scheduling line gets its platform's default: on EOS every tx-queue " +
    'is strict priority (the higher number first) until `no priority` on it or on a higher queue makes it round-robin; ' +
    'elsewhere it is weighted. Traffic classes, qos-groups and queue numbers are local names and are never compared here ' +
    '(`qos/local-class-drift` compares them, as information, between devices of one platform): ' +
    'CNP in EOS traffic-class 6, NX-OS qos-group 7, Junos queue 3, SONiC TC 6 and Cumulus switch-priority 6 is the ' +
    'same contract.\n\n' +
    'Compared between: every device that carries lossless traffic (some port runs PFC with a no-drop ' +
    'priority), whatever its role, vendor (EOS, NX-OS, Junos, SONiC, Cumulus) or platform. Devices whose ports classify by CoS (NX-OS `match cos`, ' +
    "EOS `qos trust cos`) state nothing about DSCP and are left out. A device's behaviour is the one most of its " +
    'fabric- and host-facing lossless ports give (interface roles: ports toward a switch of the workspace or toward ' +
    'hosts; peer-links, management ports and ports whose far end is unknown do not speak for it), else the one most ' +
    'of its PFC ports give. A Cumulus `nv set qos roce` states DSCP 26 and 48 as its own. With an intent class marked `lossless: true`, every device must pause its DSCPs (on a ' +
    'priority of `lossless.priorities` when given). Otherwise each device is compared with the strict ' +
    'majority of the devices; with no strict majority (a tie, two devices) every device whose own line ' +
    'classifies the code point is reported and the disagreement named, since one of them breaks the contract. Breaks between the two ends of a link are ' +
    "`qos/contract-link-break`'s.",
  messages: {
    intent: 'DSCP {dscp} is {here} on {device}; the intent class {name} is lossless{priorities}',
    majority: 'DSCP {dscp} is {here} on {device} ({local}); {count} of {total} devices carrying lossless traffic make it {there}',
    tie: 'DSCP {dscp} is {here} on {device} ({local}) but {there} on {others}: no intent and no majority says which is right, one of them breaks the contract',
  },
  fix: 'On EOS, map the DSCPs to the traffic class of the expected priority (`qos map dscp … to traffic-class N`); on SONiC, set them in the DSCP_TO_TC_MAP the device uses; on NX-OS, set the qos-group that priority pauses in the class that matches the DSCP (never in class-default). Junos classifiers and Cumulus `qos mapping` lines are left to the user.',
  example: {
    dialect: 'nxos',
    config:
      'class-map type qos match-any BULK\n  match dscp 10,26\npolicy-map type qos CLASSIFY\n  class BULK\n    set qos-group 1\n  class ROCE\n    set qos-group 3\n! every other switch pauses DSCP 26 on priority 3',
    explanation: 'spine2 puts DSCP 26 in qos-group 1, which no priority pauses: RoCE is lossy on every path through spine2.',
  },
  // The code points of the contract come from every device's own lines (and the intent): each contribution is the
  // device's behaviour for these.
  basis: contractBasis,
  contribution: contribute,
  // What the verdicts read of the other devices, per code point, made again only when a contribution moved.
  derived: summarize,
  check(ctx) {
    const findings: Finding[] = [];
    const points = contractPointsOf(ctx);
    const summary = derivedOf(ctx, contribute, summarize);
    const judged = devicesOf(ctx).map((device) => ({ device, behaviours: factsOf<Behaviours>(ctx, device, contribute) }));
    const intentPrios = ctx.intent?.lossless?.priorities ? uniqueSorted(ctx.intent.lossless.priorities) : undefined;
    // device → message key → the DSCPs it covers, so one finding names all code points that drift alike.
    const pending = new Map<string, { dscps: number[]; make: (dscps: number[]) => Finding }>();
    const add = (device: Device, key: string, dscp: number, make: (dscps: number[]) => Finding): void => {
      const k = `${device.hostname}\u0000${key}`;
      const e = pending.get(k);
      if (e) e.dscps.push(dscp);
      else pending.set(k, { dscps: [dscp], make });
    };
    points.forEach((point, i) => {
      const s = summary[i]!;
      for (const { device, behaviours } of judged) {
        const r = behaviours.get(point.dscp);
        if (!r || r.behaviour.byCos) continue;
        const j: Judged = { device, behaviour: r.behaviour };
        if (point.source === 'intent' && point.lossless === true) intentBreak(ctx, point, j, s, intentPrios, add);
        else compareWithPeers(ctx, point, j, s, add);
      }
    });
    for (const e of pending.values()) findings.push(e.make(e.dscps.sort((a, b) => a - b)));
    return findings;
  },
};

type Add = (device: Device, key: string, dscp: number, make: (dscps: number[]) => Finding) => void;

/**
 * What the verdicts on one code point read of every device carrying lossless traffic (Rule.derived): made of the
 * contributions alone — every behaviour, hostname, platform and line it names is in a digest — so that it stands
 * while no device's behaviour moved, and a keystroke judges the edited device against it.
 */
interface PointSummary {
  /** How many carriers give the code point a DSCP behaviour (not by CoS). */
  total: number;
  /** The first two of them, by hostname, that pause it on a priority of the intent (any priority without one). */
  followers: Judged[];
  /** With two devices or more: the meaning a strict majority gives it, how many, its first device and its first of each platform. */
  majority?: { key: string; count: number; first: Judged; byOs: ReadonlyMap<string, Judged> };
  /**
   * With two devices or more and no strict majority, when the devices whose own line classifies the code point
   * (the parties) disagree on the pause: per meaning, the parties of the other meanings, by hostname.
   */
  tie?: ReadonlyMap<string, Judged[]>;
}

/** Each code point's summary (PointSummary), in the order of contractPointsOf. */
function summarize(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): PointSummary[] {
  const intentPrios = ctx.intent?.lossless?.priorities ? uniqueSorted(ctx.intent.lossless.priorities) : undefined;
  // A device that carries no lossless traffic, or is ignored, contributes no behaviour.
  const carriers = fabricDevicesOf(ctx).map((device) => ({ device, behaviours: contributions.get(device)?.facts as Behaviours | undefined }));
  return contractPointsOf(ctx).map((point) => {
    const judged: Judged[] = [];
    for (const { device, behaviours } of carriers) {
      const r = behaviours?.get(point.dscp);
      if (!r || r.behaviour.byCos) continue;
      judged.push({ device, behaviour: r.behaviour });
    }
    const summary: PointSummary = { total: judged.length, followers: [] };
    for (const j of judged) {
      if (summary.followers.length === 2) break;
      if (j.behaviour.pausedOn !== undefined && (!intentPrios || intentPrios.includes(j.behaviour.pausedOn))) summary.followers.push(j);
    }
    if (judged.length < 2) return summary;
    const groups = new Map<string, { count: number; first: Judged; byOs: Map<string, Judged> }>();
    for (const j of judged) {
      const k = fabricKey(j.behaviour);
      const g = groups.get(k);
      if (!g) groups.set(k, { count: 1, first: j, byOs: new Map([[j.device.os, j]]) });
      else {
        g.count++;
        if (!g.byOs.has(j.device.os)) g.byOs.set(j.device.os, j);
      }
    }
    for (const [key, g] of groups) if (g.count * 2 > judged.length) summary.majority = { key, ...g };
    if (summary.majority || groups.size < 2) return summary;
    // Only devices whose own line classifies the code point take sides: one that merely leaves it in its default
    // class states no contract for it (its links are qos/contract-link-break's).
    const parties = judged.filter((j) => !j.behaviour.classDefaulted);
    const meanings = new Set(parties.map((j) => meaningKey(j.behaviour)));
    if (meanings.size < 2) return summary;
    summary.tie = new Map([...meanings].map((m) => [m, parties.filter((o) => meaningKey(o.behaviour) !== m)]));
    return summary;
  });
}

/** An intent class marked lossless: the device must pause its code point, on a priority of the intent when it names some. */
function intentBreak(ctx: RuleContext, point: ContractPoint, j: Judged, s: PointSummary, intentPrios: number[] | undefined, add: Add): void {
  const b = j.behaviour;
  if (!b.dropped && b.pausedOn !== undefined && (!intentPrios || intentPrios.includes(b.pausedOn))) return;
  const loc = ctx.intent?.locs[`classes.${point.name}`] ?? ctx.intent?.locs['classes'];
  const follower = s.followers.find((o) => o.device.hostname !== j.device.hostname);
  const related: RelatedInfo[] = [...(loc ? [{ loc, message: `intent class ${point.name}: lossless` }] : []), ...(follower ? [example(follower)] : [])];
  const target = intentPrios?.[0] ?? follower?.behaviour.pausedOn;
  add(j.device, `intent|${meaningKey(b)}|${point.name}`, point.dscp, (dscps) =>
    ctx.report({
      messageId: 'intent',
      data: {
        dscp: dscps.join(','),
        here: describeBehaviour(b),
        device: j.device.hostname,
        name: point.name,
        priorities: intentPrios ? ` on ${intentPrios.length > 1 ? 'one of priorities' : 'priority'} ${intentPrios.join(',')}` : '',
      },
      loc: breakingLine(b),
      related,
      fixes: target === undefined || b.dropped ? [] : fixFor(ctx, j.device, dscps, target, b),
    }),
  );
}

/** A device's behaviour for each code point of the contract (deviceBehaviour). */
type Behaviours = ReadonlyMap<number, ReturnType<typeof deviceBehaviour>>;

/**
 * What the verdicts on the other devices read of this one: per code point of the contract its meaning, and what an
 * example of it names (its breaking line, local names, platform); the behaviours are kept as the facts.
 */
function contribute(ctx: RuleContext, device: Device): Contribution {
  const facts = new Map<number, ReturnType<typeof deviceBehaviour>>();
  if (ctx.ignored(device) || !carriesLossless(device).value) return { digest: '', facts };
  const parts: string[] = [];
  for (const point of contractPointsOf(ctx)) {
    const r = deviceBehaviour(device, point.dscp, ctx.fabric);
    facts.set(point.dscp, r);
    const b = r.behaviour;
    const at = breakingLine(b);
    parts.push(
      b.byCos ? 'cos' : [fabricKey(b), b.classDefaulted, describeBehaviour(b), localNames(device, b), device.os, at.uri, JSON.stringify(at.range)].join(' '),
    );
  }
  return { digest: parts.join('\n'), facts };
}

function compareWithPeers(ctx: RuleContext, point: ContractPoint, j: Judged, s: PointSummary, add: Add): void {
  const b = j.behaviour;
  const majority = s.majority;
  if (majority) {
    if (fabricKey(b) === majority.key) return;
    const m = majority.first.behaviour;
    const target = m.pausedOn;
    // Paused alike but scheduled differently (CNP not strict): a warning; the pause is the contract.
    const pauseAlike = meaningKey(b) === meaningKey(m);
    add(j.device, `majority|${fabricKey(b)}|${majority.key}`, point.dscp, (dscps) =>
      ctx.report({
        messageId: 'majority',
        ...(pauseAlike ? { severity: 'warning' as const } : {}),
        data: {
          dscp: dscps.join(','),
          here: describeBehaviour(b),
          device: j.device.hostname,
          local: localNames(j.device, b),
          count: majority.count,
          total: s.total,
          there: describeMeaning(m),
        },
        loc: pauseAlike ? (b.scheduledAt ?? b.queueAt ?? breakingLine(b)) : breakingLine(b),
        related: [example(majority.byOs.get(j.device.os) ?? majority.first)],
        fixes: target === undefined || b.dropped ? [] : fixFor(ctx, j.device, dscps, target, b),
      }),
    );
    return;
  }
  // No strict majority: every side is reported, each naming the others — when they disagree on the pause.
  // Scheduling alone (CNP strict or not) is judged against a majority only: qos/cnp-not-priority covers each
  // device. A device that leaves the code point in its default class takes no side (see summarize).
  if (!s.tie || b.classDefaulted) return;
  const mine = meaningKey(b);
  const others = s.tie.get(mine)!;
  const otherKinds = [...new Set(others.map((o) => describePause(o.behaviour)))];
  add(j.device, `tie|${mine}|${otherKinds.join('/')}`, point.dscp, (dscps) =>
    ctx.report({
      messageId: 'tie',
      data: {
        dscp: dscps.join(','),
        here: describeBehaviour(b),
        device: j.device.hostname,
        local: localNames(j.device, b),
        there: otherKinds.join(' or '),
        others:
          others.length <= 3
            ? others.map((o) => o.device.hostname).join(', ')
            : `${others.length} devices (${others
                .slice(0, 3)
                .map((o) => o.device.hostname)
                .join(', ')} …)`,
      },
      loc: breakingLine(b),
      related: others.slice(0, 3).map(example),
    }),
  );
}

/** The meaning compared across devices (model/hop-behaviour fabricMeaning): the pause, and for a lossy code point whether it is strict. */
function fabricKey(b: HopBehaviour): string {
  return fabricMeaning(b);
}

function describePause(b: HopBehaviour): string {
  return b.dropped ? 'dropped' : b.pausedOn !== undefined ? `lossless on priority ${b.pausedOn}` : 'lossy';
}

/** The meaning compared across devices, in words: "lossless on priority 3", "lossy, strict priority", "lossy", "dropped". */
function describeMeaning(b: HopBehaviour): string {
  return `${describePause(b)}${!b.dropped && b.pausedOn === undefined && b.strict ? ', strict priority' : ''}`;
}

/**
 * The line that decides the meaning: PFC being off is the PFC line; a priority that is not no-drop is the
 * PFC line only when the class is the platform default; otherwise the line that classifies the code point.
 */
function breakingLine(b: HopBehaviour): Loc {
  if (b.dropped && b.dropAt) return b.dropAt;
  if (b.lossyBecause === 'pfc-off') return b.pfcAt;
  // A class the device's own line chose, whose priority is not no-drop: that line moved the code point.
  if (b.lossyBecause === 'priority-not-no-drop' && b.classDefaulted) return b.pfcAt;
  return b.classifiedAt;
}

function example(j: Judged): RelatedInfo {
  const b = j.behaviour;
  return {
    loc: breakingLine(b),
    message: `${j.device.hostname}: DSCP ${b.dscp} → ${localNames(j.device, b)}, ${describeBehaviour(b)}${b.classDefaulted ? ' (default classification)' : ''}`,
  };
}

/**
 * Where classes reach priorities through a map (NX-OS qos-groups paused by network-qos): move the class that
 * matches the code points into the group that pauses the priority. Where class N is priority N (EOS traffic class,
 * SONiC TC): map the code points to the priority's class. A dialect that cannot say either in one edit declines.
 */
function fixFor(ctx: RuleContext, device: Device, dscps: number[], priority: number, b: HopBehaviour): Fix[] {
  const groups = device.qos.classToPriority;
  if (groups) {
    const group = groups.findIndex((p) => p?.value === priority);
    if (group < 0 || b.classDefaulted) return [];
    // Moving a class that also carries other code points would make them lossless too: no fix then.
    const cm = device.qos.classMaps.find((c) => c.matchDscp.some((m) => sameLine(m.loc, b.classifiedAt)));
    if (!cm || cm.matchDscp.some((m) => m.value.some((d) => !dscps.includes(d)))) return [];
    return setQosGroupFix(ctx, device, b.classifiedAt, group);
  }
  const edits = ctx.writer(device).setDscpToClass(dscps, priority);
  if (edits.length === 0) return [];
  const label = device.qos.classLabel;
  return [{ title: `Map DSCP ${dscps.join(',')} to ${label} ${priority} (lossless on priority ${priority}) on ${device.hostname}`, isPreferred: true, edits }];
}
