import type { Finding } from '../../rules/types';

/**
 * A finding's identity across two versions of a fabric, for `report --baseline`: what is wrong and where, never
 * the line number. Lines move when a change adds or removes lines above, and one finding must not then count as
 * fixed and broken at once.
 *
 * - `place`: the device (its hostname) or, for a file that is no device config (intent, topology), its path below
 *   the linted folder; then the chain of sections the flagged line sits in (`interface Ethernet1/1`,
 *   `policy-map type queuing Q > class c-out-8q-q3`, `interfaces { > et-0/0/0 {`), read from indentation;
 * - `what`: rule and message id;
 * - `essence`: the message's data, without the numbers that only count or point (`count`, `total`, `line`).
 *
 * Two findings with the same place and what but another essence are the same problem, changed (MTU 9000 → 9100,
 * still not 9214): `compareFindings` reports them as changed rather than as one fixed and one new.
 */
export interface FindingKey {
  place: string;
  what: string;
  essence: string;
}

const NOT_ESSENCE = new Set(['count', 'total', 'line', 'lines']);

export function essenceOf(f: Finding): string {
  return Object.keys(f.data)
    .filter((k) => !NOT_ESSENCE.has(k))
    .sort()
    .map((k) => `${k}=${String(f.data[k])}`)
    .join('\u0001');
}

/**
 * The sections each line of a text sits in: for every line, the index of the nearest line above it that is less
 * indented (blank lines and lines that only close a brace are no section), or -1. One pass with a stack, so the
 * chain of any line is read in as many steps as it is deep.
 */
export function parentLines(lines: readonly string[]): Int32Array {
  const parent = new Int32Array(lines.length).fill(-1);
  const stack: { line: number; indent: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const indent = text.search(/\S/);
    if (indent < 0 || /^\s*[}\]],?\s*$/.test(text)) {
      parent[i] = stack.length ? stack[stack.length - 1]!.line : -1;
      continue;
    }
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    parent[i] = stack.length ? stack[stack.length - 1]!.line : -1;
    stack.push({ line: i, indent });
  }
  return parent;
}

/** `interface Ethernet1/1 > tx-queue 3`: the trimmed headers of the sections around `line`, outermost first. */
export function sectionChain(lines: readonly string[], parent: Int32Array, line: number): string {
  const chain: string[] = [];
  for (let p = line >= 0 && line < parent.length ? parent[line]! : -1; p >= 0; p = parent[p]!) chain.push(lines[p]!.trim());
  return chain.reverse().join(' > ');
}

export interface Compared<T> {
  /** In the new fabric, not in the baseline: what the change broke. */
  added: T[];
  /** In the baseline, not in the new fabric: what the change fixed. */
  fixed: T[];
  /** The same place and rule and message, with other values (the problem is still there, changed). */
  changed: { now: T; was: T }[];
  /** Present in both. */
  unchanged: T[];
}

/**
 * Matches findings of the baseline and of the new fabric by key, as multisets: two identical findings on one
 * device match two, not one. First by the whole key, then what is left by place and what only (changed).
 */
export function compareFindings<T>(now: readonly T[], was: readonly T[], keyOf: (x: T) => FindingKey): Compared<T> {
  const full = (k: FindingKey): string => `${k.place}\u0000${k.what}\u0000${k.essence}`;
  const loose = (k: FindingKey): string => `${k.place}\u0000${k.what}`;
  const nowKeys = now.map(keyOf);
  const wasKeys = was.map(keyOf);
  const pool = new Map<string, number[]>();
  wasKeys.forEach((k, i) => push(pool, full(k), i));
  const unchanged: T[] = [];
  const leftNow: number[] = [];
  const takenWas = new Set<number>();
  nowKeys.forEach((k, i) => {
    const j = pool.get(full(k))?.shift();
    if (j === undefined) leftNow.push(i);
    else {
      takenWas.add(j);
      unchanged.push(now[i]!);
    }
  });
  const loosePool = new Map<string, number[]>();
  wasKeys.forEach((k, i) => {
    if (!takenWas.has(i)) push(loosePool, loose(k), i);
  });
  const added: T[] = [];
  const changed: { now: T; was: T }[] = [];
  for (const i of leftNow) {
    const j = loosePool.get(loose(nowKeys[i]!))?.shift();
    if (j === undefined) added.push(now[i]!);
    else {
      takenWas.add(j);
      changed.push({ now: now[i]!, was: was[j]! });
    }
  }
  const fixed = was.filter((_, i) => !takenWas.has(i));
  return { added, fixed, changed, unchanged };
}

function push(m: Map<string, number[]>, k: string, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}
