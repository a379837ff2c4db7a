import { dialectFacts } from '../../model/dialect-facts';
import type { Device, DialectFacts } from '../../model/types';

/**
 * Junos facts that have no vendor-neutral home in the model: which format the file is written in and,
 * for `set` files, the path each section's lines start with. The Junos fix writer and MTU semantics read these
 * (Device.facts).
 */
export interface JunosFacts extends DialectFacts {
  readonly dialect: 'junos';
  format: 'braces' | 'set';
  /**
   * Set files: `line:character` of a Block header → the words that every line of that section starts
   * with after `set` (`interfaces et-0/0/0`), so an insertion writes a whole set line.
   */
  setPaths: Map<string, string[]>;
  /**
   * Ports with `vlan-tagging` or `flexible-vlan-tagging`: their 802.1Q encapsulation overhead is 18 bytes, not 14,
   * so a unit's default IP MTU is the media MTU minus 18 (dialects/junos/mtu.ts). Absent in devices built by hand.
   */
  vlanTagged?: Set<string>;
}

export function blockKey(pos: { line: number; character: number }): string {
  return `${pos.line}:${pos.character}`;
}

export function junosFacts(device: Device): JunosFacts | undefined {
  return dialectFacts<JunosFacts>(device, 'junos');
}
