/** Devices by role, and the value most of a role's devices share, for comparisons without an intent file. */
import { roleOf } from '../../intent/roles';
import type { Intent } from '../../intent/types';
import type { Device } from '../../model/types';
import type { RuleContext } from '../types';

/** Role of a device (intent `roles:` globs, else inferred from the hostname, else `default`). */
export function roleOfDevice(intent: Intent | undefined, device: Device): string {
  return roleOf(intent, device.hostname);
}

/** Devices grouped by role, in the order given. */
export function byRole(ctx: RuleContext, devices: Device[]): Map<string, Device[]> {
  const out = new Map<string, Device[]>();
  for (const d of devices) {
    const r = roleOfDevice(ctx.intent, d);
    const list = out.get(r);
    if (list) list.push(d);
    else out.set(r, [d]);
  }
  return out;
}

export interface Majority<T> {
  value: T;
  key: string;
  count: number;
  total: number;
  /** First member (in input order) that has the majority value. */
  example: number;
}

/**
 * The value held by strictly more than half of `values` (compared by `keyOf`), when there are at least `min`
 * of them; ties and pluralities are no majority, so a split fabric gets no finding rather than a guess.
 */
export function strictMajority<T>(values: readonly T[], keyOf: (v: T) => string, min = 3): Majority<T> | undefined {
  if (values.length < min) return undefined;
  const counts = new Map<string, { n: number; first: number }>();
  values.forEach((v, i) => {
    const k = keyOf(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: i });
  });
  for (const [key, c] of counts) {
    if (c.n * 2 > values.length) return { value: values[c.first]!, key, count: c.n, total: values.length, example: c.first };
  }
  return undefined;
}
