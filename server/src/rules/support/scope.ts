/** What a rule looks at: the devices and interfaces the intent's ignore lists leave in, in a stable order. */
import type { Device, Interface } from '../../model/types';
import type { RuleContext } from '../types';

/** The devices not ignored, by hostname: those the engine asks this run to judge (RuleContext.judging), else all. */
export function devicesOf(ctx: RuleContext): Device[] {
  const judging = ctx.judging;
  return [...(judging ?? ctx.fabric.devices.values())]
    .filter((d) => !ctx.ignored(d))
    .sort((a, b) => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0));
}

/** The device's interfaces not ignored, in the device's order. */
export function interfacesOf(ctx: RuleContext, device: Device): Interface[] {
  return [...device.interfaces.values()].filter((i) => !ctx.ignored(device, i));
}
