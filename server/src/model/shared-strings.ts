// Short strings that recur from file to file of a fabric (VLAN names "VLAN_10", interface names, policy names: configs
// are rendered from templates) are kept once on the thread that keeps the model, rather than once per file. Bounded
// like shared-locations.ts: past MAX_SHARED strings, or for a string longer than MAX_LENGTH, a string is kept as it
// came, so a workspace of unique names cannot grow the pool without end.

const pool = new Map<string, string>();
const MAX_SHARED = 500_000;
const MAX_LENGTH = 64;

/** The shared string equal to `s` (`s` itself when it is the first), or `s` where none is kept. */
export function sharedString(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const known = pool.get(s);
  if (known !== undefined) return known;
  if (pool.size < MAX_SHARED) pool.set(s, s);
  return s;
}
