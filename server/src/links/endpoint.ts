import { canonicalInterfaceName } from './names';
import type { TopologyEndpoint } from './types';

/** An endpoint with a canonical interface name; the spelling of the file is kept when it differs. */
export function topologyEndpoint(device: string, written: string, aliases?: string[]): TopologyEndpoint {
  const iface = canonicalInterfaceName(written);
  const ep: TopologyEndpoint = { device: device.trim(), interface: iface };
  if (iface !== written) ep.written = written;
  if (aliases && aliases.length > 0) ep.aliases = aliases;
  return ep;
}

/** Order-independent key of an unordered pair of endpoints as written in a file (for reverse-duplicate removal). */
export function pairKey(a: { device: string; interface: string }, b: { device: string; interface: string }): string {
  const ka = `${a.device.toLowerCase()}\u0000${a.interface}`;
  const kb = `${b.device.toLowerCase()}\u0000${b.interface}`;
  return ka < kb ? `${ka}\u0001${kb}` : `${kb}\u0001${ka}`;
}
