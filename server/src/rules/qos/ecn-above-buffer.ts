import type { Loc, Located } from '../../model/location';
import type { Device, Interface, QueueBufferLimit, QueueEcn } from '../../model/types';
import type { Finding, ReportInput, Rule } from '../types';
import { toBytes } from './common';
import { devicesOf, interfacesOf } from '../support/scope';

interface Above {
  iface: Interface;
  queue: number;
  e: Located<QueueEcn>;
  kind: 'ECN' | 'WRED';
  min: number;
  max: number;
  limit: QueueBufferLimit;
}

export const rule: Rule = {
  id: 'qos/ecn-above-buffer',
  title: 'An ECN / WRED threshold is above the most the queue can hold',
  category: 'qos',
  severity: 'warning',
  scope: 'device',
  reads: 'device',
  rationale:
    'ECN marking (and WRED dropping) ramps up as the queue grows from the minimum to the maximum threshold. A queue ' +
    'never holds more than its buffer lets it: a maximum above that is never reached, so marking never gets to the ' +
    'probability the profile asks for, and a minimum above it never marks at all — DCQCN gets no signal from this ' +
    'queue and congestion is handled by PFC pauses (lossless queue) or tail drops (lossy queue) instead. Unlike the ' +
    'thresholds themselves, which depend on the ASIC and the port speed (compared within one platform by ' +
    '`qos/ecn-thresholds-drift`), this bound holds on every platform.\n\n' +
    'Compared: each queue of each device with its own buffer, where the configuration makes the buffer certain. ' +
    'SONiC: the BUFFER_QUEUE profile of the queue, by the SAI buffer semantics — the queue holds its reserved `size` ' +
    "plus what its threshold lets it take from the shared pool: `static_th` bytes (never more than the pool's " +
    "`size`), or with `dynamic_th` a share of the pool's free space, so at most the whole pool (a bound only when " +
    'BUFFER_POOL states the size). Nothing is said in the dynamic buffer model (`buffer_model: dynamic`), where ' +
    'buffermgrd recomputes pools and profiles, nor for a profile or pool whose size is not a byte count. Thresholds ' +
    "in units other than bytes are not compared. Other dialects state no buffer size in the model's reach (EOS " +
    "`platform … mmu` profiles are not read) and are not checked. Ordered thresholds are `qos/ecn-thresholds-invalid`'s " +
    "(EOS, NX-OS); marking rather than dropping on lossless queues is `qos/wred-drop-on-lossless`'s.",
  messages: {
    never: '{kind} minimum threshold {min} bytes on queue {queue} of {where} is above the most the queue can hold ({limit} bytes: {basis}): it never {verb}',
    max: '{kind} maximum threshold {max} bytes on queue {queue} of {where} is above the most the queue can hold ({limit} bytes: {basis}): {verb} never reaches the configured probability',
  },
  example: {
    dialect: 'sonic',
    config:
      '"BUFFER_PROFILE": { "egress_lossless_profile": { "pool": "egress_lossless_pool", "size": "0", "static_th": "1500000" } },\n' +
      '"WRED_PROFILE": { "AZURE_LOSSLESS": { "ecn": "ecn_all", "green_min_threshold": "1048576", "green_max_threshold": "2097152" } }',
    explanation: 'The queue holds at most 1,500,000 bytes: marking ramps from 1 MiB but never reaches the 2 MiB where it would mark every packet.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      // One finding per threshold setting and bound (a profile applied to every port), the other queues related.
      const groups = new Map<string, Above[]>();
      for (const iface of interfacesOf(ctx, device)) {
        for (const q of iface.queues) {
          if (!q.bufferLimit) continue;
          for (const [kind, e] of [
            ['ECN', q.ecn],
            ['WRED', q.wredDrop],
          ] as const) {
            if (!e) continue;
            const a = above(iface, q.queue, kind, e, q.bufferLimit);
            if (!a) continue;
            const k = `${kind}|${a.min}|${a.max}|${a.limit.bytes}|${a.limit.basis}|${a.min >= a.limit.bytes}`;
            groups.set(k, [...(groups.get(k) ?? []), a]);
          }
        }
      }
      for (const list of groups.values()) findings.push(report((input) => ctx.report(input), device, list));
    }
    return findings;
  },
};

function above(iface: Interface, queue: number, kind: Above['kind'], e: Located<QueueEcn>, limit: QueueBufferLimit): Above | undefined {
  const v = e.value;
  if (v.minThreshold === undefined || v.maxThreshold === undefined) return undefined;
  const min = toBytes(v.minThreshold, v.unit);
  const max = toBytes(v.maxThreshold, v.maxUnit ?? v.unit);
  if (min === undefined || max === undefined || max <= limit.bytes) return undefined;
  return { iface, queue, e, kind, min, max, limit };
}

function report(rep: (input: ReportInput) => Finding, device: Device, list: Above[]): Finding {
  const first = list[0]!;
  const never = first.min >= first.limit.bytes;
  const where = list.length > 1 ? `${device.hostname} ${first.iface.name} (and ${list.length - 1} more)` : `${device.hostname} ${first.iface.name}`;
  const verb = first.kind === 'ECN' ? (never ? 'marks' : 'marking') : never ? 'drops' : 'dropping';
  const others: { loc: Loc; message: string }[] = list
    .slice(1, 6)
    .map((a) => ({ loc: a.e.loc, message: `${device.hostname} ${a.iface.name} queue ${a.queue}: the same thresholds and buffer` }));
  return rep({
    messageId: never ? 'never' : 'max',
    data: { kind: first.kind, min: first.min, max: first.max, queue: first.queue, where, limit: first.limit.bytes, basis: first.limit.basis, verb },
    loc: first.e.loc,
    related: [{ loc: first.limit.loc, message: `${device.hostname} ${first.iface.name} queue ${first.queue}: buffer profile` }, ...first.limit.from, ...others],
  });
}
