import type { Located } from '../../model/location';
import type { Device } from '../../model/types';
import type { WatchdogTimers } from '../../dialects/fix-writer';
import type { Fix, Finding, Rule, RuleContext } from '../types';
import { deviceLossless } from './common';
import { byRole, strictMajority } from '../support/roles';
import { devicesOf } from '../support/scope';

type Field = 'timeout' | 'recovery' | 'polling' | 'action';
const FIELDS: readonly Field[] = ['timeout', 'recovery', 'polling', 'action'];
const LABEL: Record<Field, string> = { timeout: 'timeout', recovery: 'recovery time', polling: 'polling interval', action: 'action' };

export const rule: Rule = {
  id: 'pfc/watchdog-inconsistent',
  title: 'PFC watchdog timers differ across devices, or poll too slowly to act',
  category: 'pfc',
  severity: 'info',
  scope: 'fabric',
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
  check(ctx) {
    const findings: Finding[] = [];
    const min = Number(ctx.options.minDevices ?? 3);
    const active = devicesOf(ctx).filter((d) => deviceLossless(d) && d.qos.watchdog.enabled.value);
    for (const device of active) {
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
    for (const [role, devices] of byRole(ctx, active)) {
      for (const field of FIELDS) {
        const withField = devices.filter((d) => d.qos.watchdog[field] !== undefined);
        const vals = withField.map((d) => d.qos.watchdog[field] as Located<number | string>);
        const maj = strictMajority(vals, (v) => String(v.value), min);
        if (!maj) continue;
        withField.forEach((device, i) => {
          const v = vals[i]!;
          if (String(v.value) === maj.key) return;
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
                majority: fmt(field, maj.value.value),
              },
              loc: v.loc,
              related: [{ loc: maj.value.loc, message: `${exampleOf(withField, maj.example)} uses ${fmt(field, maj.value.value)}` }],
              fixes: timersFix(
                ctx,
                device,
                alignTo(device, field, maj.value.value),
                `Set the PFC watchdog ${LABEL[field]} to ${fmt(field, maj.value.value)} (as on ${maj.count} of ${maj.total} ${role} devices)`,
              ),
            }),
          );
        });
      }
    }
    return findings;
  },
};

function fmt(field: Field, v: number | string): string {
  return field === 'action' ? String(v) : `${v} s`;
}

function exampleOf(devices: Device[], i: number): string {
  return devices[i]?.hostname ?? '';
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
