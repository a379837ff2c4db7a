/** MLAG / vPC / CLAG pairs of the fabric, from the inferred peer-links (links/peer-links.ts). */
import { memoize } from './memo';
import type { Fabric } from './types';

/** Each device key of an MLAG/vPC/CLAG pair mapped to its peer's key. Computed once per fabric. */
export const peerPairs = memoize(function peerPairs(fabric: Fabric): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const l of fabric.links) {
    if (l.source !== 'peer-link') continue;
    out.set(l.a.device, l.b.device);
    out.set(l.b.device, l.a.device);
  }
  return out;
});
