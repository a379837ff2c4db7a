import type { Located } from '../../model/location';
import type { Device } from '../../model/types';
import type { Finding, Rule } from '../types';
import { byRole, deviceLossless, devicesOf, strictMajority } from './common';

type Field = 'timeout' | 'recovery' | 'polling' | 'action';
const FIELDS: readonly Field[] = ['timeout', 'recovery', 'polling', 'action'];
const LABEL: Record<Field, string> = { timeout: 'timeout', recovery: 'recovery time', polling: 'polling interval', action: 'action' };

export const rule: Rule = {
  id: 'pfc/watchdog-inconsistent',
  title: 'PFC watchdog timers differ across devices, or poll too slowly to act',
  category: 'pfc',
  severity: 'info',
  scope: 'fabric',
  dialects: ['eos', 'nxos'],
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
      if (device.dialect !== 'eos') continue;
      const wd = device.qos.watchdog;
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
              data: { device: device.hostname, field: LABEL[field], here: fmt(field, v.value), role, count: maj.count, total: maj.total, majority: fmt(field, maj.value.value) },
              loc: v.loc,
              related: [{ loc: maj.value.loc, message: `${exampleOf(withField, maj.example)} uses ${fmt(field, maj.value.value)}` }],
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

