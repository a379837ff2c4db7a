/** What a rule looks at: the devices and interfaces the intent's ignore lists leave in, in a stable order. */
import { memoize } from '../../model/memo';
import type { Device, Fabric, Interface } from '../../model/types';
import type { Contribution, RuleContext } from '../types';

/** The devices not ignored, by hostname: those the engine asks this run to judge (RuleContext.judging), else all. */
export function devicesOf(ctx: RuleContext): Device[] {
  const judging = ctx.judging;
  if (judging) return [...judging].filter((d) => !ctx.ignored(d)).sort(byHostname);
  return fabricDevicesOf(ctx);
}

const byHostname = (a: Device, b: Device): number => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0);

/** Every device of the fabric by hostname: sorted once per lint, not once per rule. */
export const devicesByName = memoize((fabric: Fabric): Device[] => [...fabric.devices.values()].sort(byHostname));

/**
 * True when this run judges the device (RuleContext.judging, else every device): for a rule that walks links and
 * judges the ends on its judged devices.
 */
export function judges(ctx: RuleContext, device: Device): boolean {
  return ctx.judging === undefined || ctx.judging.has(device);
}

/** The device's interfaces not ignored, in the device's order. */
export function interfacesOf(ctx: RuleContext, device: Device): Interface[] {
  return [...device.interfaces.values()].filter((i) => !ctx.ignored(device, i));
}

/**
 * Every device not ignored, by hostname, whatever this run judges: what a fabric-wide aggregate (RuleReads
 * `aggregate`) is made of. Report only on the devices devicesOf yields.
 */
export function fabricDevicesOf(ctx: RuleContext): Device[] {
  return devicesByName(ctx.fabric).filter((d) => !ctx.ignored(d));
}

/**
 * The facts of a device's contribution to an aggregate (Rule.contribution): kept by the engine while the device is
 * the same (RuleContext.contributions), else made now.
 */
export function factsOf<T>(ctx: RuleContext, device: Device, contribute: (ctx: RuleContext, device: Device) => Contribution): T {
  return (ctx.contributions?.get(device) ?? contribute(ctx, device)).facts as T;
}

/** Every device's contribution (RuleContext.contributions), else, in a run without them, each made now. */
export function contributionsOf(ctx: RuleContext, contribute: (ctx: RuleContext, device: Device) => Contribution): ReadonlyMap<Device, Contribution> {
  return ctx.contributions ?? new Map([...ctx.fabric.devices.values()].map((d) => [d, contribute(ctx, d)]));
}

/**
 * What Rule.derived made of every device's contribution (a majority per role, the fabric's reference thresholds, a
 * search of the switch graph): the engine's, handed to check with the contributions and kept between lints while they
 * are the same (RuleContext.derived), else, in a run without them, made now of contributions made now.
 */
export function derivedOf<S>(
  ctx: RuleContext,
  contribute: (ctx: RuleContext, device: Device) => Contribution,
  derive: (ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>) => S,
): S {
  return ctx.contributions ? (ctx.derived as S) : derive(ctx, contributionsOf(ctx, contribute));
}
