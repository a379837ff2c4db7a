import { l3MtuOf, writtenMtuFor } from '../model/mtu';
import type { DialectMtu } from './types';

/**
 * A dialect's MTU semantics as they stand today: model/mtu.ts answers for every dialect (it knows Junos' media
 * MTU and the Cumulus release default), so each module passes only its largest L3 MTU.
 */
export function mtuFacts(maxL3: number | undefined): DialectMtu {
  return { toL3: l3MtuOf, fromL3: writtenMtuFor, maxL3 };
}
