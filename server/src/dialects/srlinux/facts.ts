import { dialectFacts } from '../../model/dialect-facts';
import type { Device, DialectFacts } from '../../model/types';

/** What the SR Linux fix writer needs to know of the file (Device.facts). */
export interface SrlinuxFacts extends DialectFacts {
  readonly dialect: 'srlinux';
  format: 'braces' | 'set';
  /**
   * Interface name → the words after `set /` that open its section (`interface ethernet-1/1 subinterface 0`); and
   * `qos <interface name>` → those of the `qos interfaces interface <id>` binding that applies to it.
   */
  setPaths: Map<string, string[]>;
  /**
   * Interface name → the priorities its bound pfc-mapping-profile makes no-drop, whether or not `pfc-enable` is on
   * (the writer turns PFC on only where that gives the priorities asked for).
   */
  pfcProfilePriorities: Map<string, number[]>;
}

export function srlinuxFacts(device: Device): SrlinuxFacts | undefined {
  return dialectFacts<SrlinuxFacts>(device, 'srlinux');
}
