/**
 * Sets of 802.1Q VLAN IDs as sorted, disjoint, non-adjacent ranges, so "all VLANs" is one pair rather than 4094
 * numbers, and the set operations the trunk comparisons need are linear in the number of ranges.
 */

/** A set of VLAN IDs: sorted, disjoint, non-adjacent inclusive ranges. */
export type VlanSet = readonly (readonly [number, number])[];

export const VLAN_MIN = 1;
export const VLAN_MAX = 4094;
/** Every usable VLAN (what a trunk carries when nothing narrows it on EOS, NX-OS and IOS). */
export const ALL_VLANS: VlanSet = [[VLAN_MIN, VLAN_MAX]];
export const NO_VLANS: VlanSet = [];

/** The set of the given ranges (in any order, overlapping or not), clipped to 1-4094. */
export function vlanSet(ranges: Iterable<readonly [number, number]>): VlanSet {
  const sorted = [...ranges]
    .map(([a, b]) => [Math.max(VLAN_MIN, Math.min(a, b)), Math.min(VLAN_MAX, Math.max(a, b))] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The set of single VLAN IDs. */
export function vlanSetOf(values: Iterable<number>): VlanSet {
  return vlanSet([...values].map((v) => [v, v] as const));
}

export function union(a: VlanSet, b: VlanSet): VlanSet {
  return vlanSet([...a, ...b]);
}

/** VLANs of `a` that are not in `b`. */
export function subtract(a: VlanSet, b: VlanSet): VlanSet {
  const out: [number, number][] = [];
  let j = 0;
  for (const [lo0, hi] of a) {
    let lo = lo0;
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    while (lo <= hi) {
      const r = b[k];
      if (!r || r[0] > hi) {
        out.push([lo, hi]);
        break;
      }
      if (r[0] > lo) out.push([lo, r[0] - 1]);
      lo = r[1] + 1;
      k++;
    }
  }
  return out;
}

export function intersect(a: VlanSet, b: VlanSet): VlanSet {
  return subtract(a, subtract(a, b));
}

export function hasVlan(s: VlanSet, vlan: number): boolean {
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = s[mid]!;
    if (vlan < a) hi = mid - 1;
    else if (vlan > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isEmptyVlanSet(s: VlanSet): boolean {
  return s.length === 0;
}

export function sameVlans(a: VlanSet, b: VlanSet): boolean {
  return a.length === b.length && a.every(([x, y], i) => x === b[i]![0] && y === b[i]![1]);
}

export function vlanCount(s: VlanSet): number {
  let n = 0;
  for (const [a, b] of s) n += b - a + 1;
  return n;
}

/** The VLAN IDs of a set, at most `limit` of them (for iteration over small sets). */
export function vlanIds(s: VlanSet, limit = VLAN_MAX): number[] {
  const out: number[] = [];
  for (const [a, b] of s) for (let v = a; v <= b && out.length < limit; v++) out.push(v);
  return out;
}

/** As a switch writes it: `10,20-30`; `1-4094` for every VLAN, `none` for the empty set. */
export function formatVlans(s: VlanSet): string {
  if (s.length === 0) return 'none';
  return s.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}

/**
 * Reads a VLAN list as configs write it: `10,20-30`, `10 20-30`, `10-20,30`. Returns the set and the tokens it could
 * not read (a name, a number out of 1-4094), for the reader's notes.
 */
export function parseVlanList(words: readonly string[]): { set: VlanSet; bad: string[] } {
  const ranges: [number, number][] = [];
  const bad: string[] = [];
  for (const word of words) {
    for (const token of word.split(',')) {
      const t = token.trim();
      if (t === '') continue;
      const m = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(t);
      const a = m ? Number(m[1]) : NaN;
      const b = m?.[2] !== undefined ? Number(m[2]) : a;
      if (!m || a < VLAN_MIN || b > VLAN_MAX || a > b) bad.push(t);
      else ranges.push([a, b]);
    }
  }
  return { set: vlanSet(ranges), bad };
}
