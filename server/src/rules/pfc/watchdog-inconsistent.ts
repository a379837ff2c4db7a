import type { Located } from '../../model/location';
import type { Device } from '../../model/types';
import type { WatchdogTimers } from '../../dialects/fix-writer';
import type { Contribution, Fix, Finding, Rule, RuleContext } from '../types';
import { deviceLossless } from './common';
import { roleOfDevice } from '../support/roles';
import { derivedOf, devicesOf, factsOf } from '../support/scope';

type Field = 'timeout' | 'recovery' | 'polling' | 'action';
const FIELDS: readonly Field[] = ['timeout', 'recovery', 'polling', 'action'];
const LABEL: Record<Field, string> = { timeout: 'timeout', recovery: 'recovery time', polling: 'polling interval', action: 'action' };

export const rule: Rule = {
  id: 'pfc/watchdog-inconsistent',
  title: 'PFC watchdog timers differ across devices, or poll too slowly to act',
  category: 'pfc',
  severity: 'info',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'Watchdogs with different timers break a pause storm at different moments on different hops, and a ' +
    'device that restores a queue much sooner than its neighbours re-triggers the storm. Each timer and the ' +
    'action are compared with the strict majority of the devices of the same role that set them (at least ' +
    'three). EOS also requires the polling interval to be at most half of min(timeout, recovery time); a ' +
    'slower poll cannot detect a stall within the timeout. Only devices that run PFC with an enabled watchdog are checked.',
  messages: {
    drift: '{device}: PFC watchdog {field} {here}, the majority of {role} devices ({count} of {total}) use {majority}',
    polling: 'PFC watchdog polling interval {polling} s is more than half of {limitWhat} {limit} s: the watchdog cannot detect a stall in time',
  },
  options: {
    minDevices: { description: 'Smallest role group in which a majority is trusted.', default: 3 },
  },
  fix:
    'Align the timer or action with the majority the finding names (fabric-intent.yaml has no watchdog timers ' +
    'to align to): EOS replaces or adds the `priority-flow-control pause watchdog …` line, also lowering the ' +
    'polling interval when the new timeout or recovery time would leave it above half of them; NX-OS rewrites ' +
    '`priority-flow-control watch-dog interval <ms>` (the only watchdog timer NX-OS lines carry here). For a ' +
    'polling interval above half of min(timeout, recovery), EOS sets it to that half.',
  example: {
    dialect: 'eos',
    config: 'priority-flow-control pause watchdog default timeout 0.2\npriority-flow-control pause watchdog default polling-interval 0.5',
    explanation: 'Polling every 0.5 s cannot detect a stall within 0.2 s.',
  },
  contribution: contribute,
  derived: majorities,
  // The verdicts on a device read of the others only each role's majority per timer: its value, count and total, and
  // the line of the device named as its example.
  digest(_ctx, _contributions, derived) {
    const parts: string[] = [];
    for (const [role, fields] of derived as Majorities) {
      for (const [field, m] of fields)
        parts.push(`${role} ${field} ${m.key} ${m.count} ${m.total} ${m.example.device.hostname} ${JSON.stringify(m.example.value.loc)}`);
    }
    return parts.sort().join('\n');
  },
  check(ctx) {
    const findings: Finding[] = [];
    const byRole = derivedOf(ctx, contribute, majorities);
    for (const device of devicesOf(ctx)) {
      const facts = factsOf<Facts | undefined>(ctx, device, contribute);
      if (!facts) continue;
      const wd = device.qos.watchdog;
      if (!device.qos.pfcBehaviour.watchdog.pollingAtMostHalfTimeout) continue;
      if (!wd.polling || !wd.timeout) continue;
      const limitBy = wd.recovery && wd.recovery.value < wd.timeout.value ? wd.recovery : wd.timeout;
      const limit = limitBy.value;
      if (wd.polling.value * 2 <= limit) continue;
      findings.push(
        ctx.report({
          messageId: 'polling',
          data: { polling: wd.polling.value, limitWhat: limitBy === wd.timeout ? 'the timeout' : 'the recovery time', limit },
          loc: wd.polling.loc,
          related: [{ loc: limitBy.loc, message: `${limitBy === wd.timeout ? 'timeout' : 'recovery time'} ${limit} s` }],
          fixes: timersFix(ctx, device, { polling: halfOf(limit) }, `Set the PFC watchdog polling interval to ${halfOf(limit)} s (half of ${limit} s)`),
        }),
      );
    }
    for (const device of devicesOf(ctx)) {
      const facts = factsOf<Facts | undefined>(ctx, device, contribute);
      if (!facts) continue;
      const { role } = facts;
      for (const field of FIELDS) {
        const maj = byRole.get(role)?.get(field);
        const v = device.qos.watchdog[field] as Located<number | string> | undefined;
        if (!maj || !v || String(v.value) === maj.key) continue;
        const majority = maj.example.value.value;
        findings.push(
          ctx.report({
            messageId: 'drift',
            data: {
              device: device.hostname,
              field: LABEL[field],
              here: fmt(field, v.value),
              role,
              count: maj.count,
              total: maj.total,
              majority: fmt(field, majority),
            },
            loc: v.loc,
            related: [{ loc: maj.example.value.loc, message: `${maj.example.device.hostname} uses ${fmt(field, majority)}` }],
            fixes: timersFix(
              ctx,
              device,
              alignTo(device, field, majority),
              `Set the PFC watchdog ${LABEL[field]} to ${fmt(field, majority)} (as on ${maj.count} of ${maj.total} ${role} devices)`,
            ),
          }),
        );
      }
    }
    return findings;
  },
};

/** A device that runs PFC with an enabled watchdog (the only ones compared): its role. */
interface Facts {
  role: string;
}

/** What the other devices' verdicts read of this one: its role, and each timer's value and line. */
function contribute(ctx: RuleContext, device: Device): Contribution {
  if (ctx.ignored(device) || !deviceLossless(device) || !device.qos.watchdog.enabled.value) return { digest: '', facts: undefined };
  const facts: Facts = { role: roleOfDevice(ctx.intent, device) };
  const wd = device.qos.watchdog;
  return { digest: [facts.role, ...FIELDS.map((f) => (wd[f] ? `${wd[f].value} ${JSON.stringify(wd[f].loc)}` : '-'))].join('\n'), facts };
}

interface WatchdogMajority {
  key: string;
  count: number;
  total: number;
  /** The first device by hostname that uses the majority's value, and its line. */
  example: { device: Device; value: Located<number | string> };
}

/**
 * Per role and timer, the strict majority of the devices of the role that set it (at least `minDevices`), with the
 * first device by hostname that uses it as the example (Rule.derived).
 */
function majorities(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): Majorities {
  const min = Number(ctx.options.minDevices ?? 3);
  const tallies = new Map<string, Map<Field, Map<string, { count: number; example: WatchdogMajority['example'] }>>>();
  const totals = new Map<string, Map<Field, number>>();
  for (const [device, c] of contributions) {
    const facts = c.facts as Facts | undefined;
    if (!facts) continue;
    for (const field of FIELDS) {
      const v = device.qos.watchdog[field] as Located<number | string> | undefined;
      if (!v) continue;
      const key = String(v.value);
      let byField = tallies.get(facts.role);
      if (!byField) tallies.set(facts.role, (byField = new Map()));
      let byKey = byField.get(field);
      if (!byKey) byField.set(field, (byKey = new Map()));
      const t = byKey.get(key);
      if (!t) byKey.set(key, { count: 1, example: { device, value: v } });
      else {
        t.count++;
        if (device.hostname < t.example.device.hostname) t.example = { device, value: v };
      }
      let total = totals.get(facts.role);
      if (!total) totals.set(facts.role, (total = new Map()));
      total.set(field, (total.get(field) ?? 0) + 1);
    }
  }
  const out: Majorities = new Map();
  for (const [role, byField] of tallies) {
    for (const [field, byKey] of byField) {
      const total = totals.get(role)!.get(field)!;
      if (total < min) continue;
      for (const [key, t] of byKey) {
        if (t.count * 2 <= total) continue;
        let m = out.get(role);
        if (!m) out.set(role, (m = new Map()));
        m.set(field, { key, count: t.count, total, example: t.example });
      }
    }
  }
  return out;
}

type Majorities = Map<string, Map<Field, WatchdogMajority>>;

function fmt(field: Field, v: number | string): string {
  return field === 'action' ? String(v) : `${v} s`;
}

/** Half of `limit`, floored to the millisecond so that polling × 2 ≤ limit holds; undefined below 2 ms. */
function halfOf(limit: number): number | undefined {
  const ms = Math.floor(limit * 500 + 1e-9);
  return ms >= 1 ? ms / 1000 : undefined;
}

/**
 * The change that gives `field` the majority's value. Where the polling interval must stay at most half of
 * min(timeout, recovery) (EOS), a shorter timeout or recovery time can break that — the other finding of this
 * rule — so the polling interval is lowered to that half in the same fix.
 */
function alignTo(device: Device, field: Field, value: number | string): WatchdogTimers {
  const timers: WatchdogTimers = field === 'action' ? { action: String(value) } : { [field]: Number(value) };
  const wd = device.qos.watchdog;
  if (!device.qos.pfcBehaviour.watchdog.pollingAtMostHalfTimeout || (field !== 'timeout' && field !== 'recovery')) return timers;
  const timeout = field === 'timeout' ? Number(value) : wd.timeout?.value;
  const recovery = field === 'recovery' ? Number(value) : wd.recovery?.value;
  if (!wd.polling || timeout === undefined) return timers;
  const limit = recovery !== undefined && recovery < timeout ? recovery : timeout;
  if (wd.polling.value * 2 > limit) {
    const half = halfOf(limit);
    if (half !== undefined) timers.polling = half;
  }
  return timers;
}

function timersFix(ctx: RuleContext, device: Device, timers: WatchdogTimers, title: string): Fix[] {
  if (Object.values(timers).some((v) => v === undefined)) return [];
  const edits = ctx.writer(device).setWatchdogTimers(timers);
  return edits.length > 0 ? [{ title, isPreferred: true, edits }] : [];
}
