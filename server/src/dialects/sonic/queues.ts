/** QUEUE|port|q → its SCHEDULER (STRICT) and WRED_PROFILE (ECN / WRED). */
import { parseIntList } from '../../model/dscp';
import { located, type Located } from '../../model/location';
import { sonicRefName } from '../../model/sonic';
import type { QueueConfig, QueueEcn, SymbolRef } from '../../model/types';
import { field, intOf, splitIndexedKey, type ConfigDb } from './config-db';
import { ifaceOf, type Interfaces } from './ports';

/** WRED_PROFILE: ECN marking or WRED drop, and the green thresholds and probability. */
export function readWredProfileTable(db: ConfigDb): Map<string, Located<QueueEcn>> {
  const ctx = db.ctx;
  const wred = new Map<string, Located<QueueEcn>>();
  for (const e of db.table('WRED_PROFILE')) {
    const ecnMode = field(e, 'ecn')?.value ?? 'ecn_none';
    const min = intOf(ctx, field(e, 'green_min_threshold'), `WRED_PROFILE ${e.key} green_min_threshold`, 0, Number.MAX_SAFE_INTEGER);
    const max = intOf(ctx, field(e, 'green_max_threshold'), `WRED_PROFILE ${e.key} green_max_threshold`, 0, Number.MAX_SAFE_INTEGER);
    const prob = intOf(ctx, field(e, 'green_drop_probability'), `WRED_PROFILE ${e.key} green_drop_probability`, 0, 100);
    const value: QueueEcn = { ecn: /^ecn_(all|green)/.test(ecnMode), unit: 'bytes', maxUnit: 'bytes' };
    if (min !== undefined) value.minThreshold = min;
    if (max !== undefined) value.maxThreshold = max;
    if (prob !== undefined) value.probability = prob;
    wred.set(e.key, located(value, e.obj.keyLoc));
  }
  return wred;
}

/** SCHEDULER: the names of the strict-priority schedulers. */
export function readStrictSchedulers(db: ConfigDb): Set<string> {
  return new Set(
    db
      .table('SCHEDULER')
      .filter((e) => field(e, 'type')?.value.toUpperCase() === 'STRICT')
      .map((e) => e.key),
  );
}

/** QUEUE: each port's queues, with the scheduler and WRED profile they are bound to. */
export function readQueueTable(db: ConfigDb, interfaces: Interfaces, refs: SymbolRef[], wred: Map<string, Located<QueueEcn>>, strict: Set<string>): void {
  for (const e of db.table('QUEUE')) {
    const { ports, rest } = splitIndexedKey(e.key);
    const queues = parseIntList(rest, 31) ?? [];
    const sched = field(e, 'scheduler');
    const wp = field(e, 'wred_profile');
    if (sched)
      refs.push({
        kind: 'scheduler',
        subtype: 'SCHEDULER',
        table: 'SCHEDULER',
        name: sonicRefName(sched.value),
        usage: 'QUEUE scheduler',
        loc: sched.innerLoc,
      });
    if (wp)
      refs.push({
        kind: 'wred-profile',
        subtype: 'WRED_PROFILE',
        table: 'WRED_PROFILE',
        name: sonicRefName(wp.value),
        usage: 'QUEUE wred_profile',
        loc: wp.innerLoc,
      });
    for (const port of ports) {
      const iface = ifaceOf(interfaces, port);
      if (!iface) continue;
      for (const q of queues) {
        let qc = iface.queues.find((x) => x.queue === q);
        if (!qc)
          iface.queues.push((qc = { queue: q, block: { header: e.obj.keyLoc, end: e.obj.close, childIndent: e.obj.childIndent } } satisfies QueueConfig));
        if (sched && strict.has(sonicRefName(sched.value))) qc.strictPriority = located(true, sched.innerLoc);
        const profile = wp ? wred.get(sonicRefName(wp.value)) : undefined;
        if (wp && profile) {
          const l = located(profile.value, wp.innerLoc);
          if (profile.value.ecn) qc.ecn = l;
          else if (field(db.entry('WRED_PROFILE', sonicRefName(wp.value)), 'wred_green_enable')?.value === 'true') qc.wredDrop = l;
        }
      }
    }
  }
}
