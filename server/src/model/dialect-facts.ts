import type { DialectFacts, Device } from './types';

/**
 * A device's facts when they are the given dialect's (Device.facts), else undefined: the one place that narrows
 * the slot, so a dialect reads back only what its own reader stored.
 */
export function dialectFacts<F extends DialectFacts>(device: Device, dialect: F['dialect']): F | undefined {
  return device.facts?.dialect === dialect ? (device.facts as F) : undefined;
}
