/**
 * What is dropped when part of the file is invalid, and the pruned copies without it: the raw YAML value is
 * kept untouched while the set of dropped raw paths grows, and each pruned copy maps back to raw paths.
 */
import { isObject, type Path } from './paths';

/**
 * The part dropped when something at `p` is invalid. A set-like list (priorities, a class's DSCP
 * list) is dropped whole, since dropping one member would change its meaning; items of independent
 * lists (links, patterns, globs, sources) are dropped alone; a link is dropped whole.
 */
const DROP_UNITS: Path[] = [
  ['links', '#'],
  ['interfaces', '#'],
  ['lossless', 'priorities'],
  ['classes', '*', 'dscp'],
  ['rules', '*'],
  ['descriptionPatterns', '#'],
  ['linkSources', '#'],
  ['ignore', '*', '#'],
  ['roles', '*', '#'],
];

export function dropUnit(p: Path): Path {
  for (const u of DROP_UNITS) {
    if (p.length < u.length) continue;
    const ok = u.every((s, i) => {
      const seg = p[i];
      if (s === '*') return true;
      if (s === '#') return typeof seg === 'number' || /^\d+$/.test(String(seg));
      return String(seg) === s;
    });
    if (ok) return p.slice(0, u.length);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Pruned copies

/** Pruned array → raw index of each of its items. */
export const rawIndex = new WeakMap<unknown[], number[]>();

/** A node of the dropped raw paths, as a tree of segments: pruning copies only what holds a dropped part. */
interface DropTree {
  dropped: boolean;
  below: Map<string, DropTree>;
}

/** The raw paths dropped so far. */
export class DroppedPaths {
  readonly tree: DropTree = { dropped: false, below: new Map() };

  /** False when `p` was already dropped. */
  add(p: Path): boolean {
    let t = this.tree;
    for (const seg of p) {
      let next = t.below.get(String(seg));
      if (!next) t.below.set(String(seg), (next = { dropped: false, below: new Map() }));
      t = next;
    }
    if (t.dropped) return false;
    t.dropped = true;
    return true;
  }
}

/**
 * A copy of the raw value without the dropped paths. Parts holding nothing dropped are shared with
 * the raw value, not copied (nothing mutates either): a 200,000-link file with one bad link copies
 * one list, not 600,000 values.
 */
export function prune(raw: unknown, dropped: DroppedPaths): unknown {
  return pruneBelow(raw, dropped.tree);
}

function pruneBelow(v: unknown, t: DropTree): unknown {
  if (t.below.size === 0) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    const idx: number[] = [];
    v.forEach((item, i) => {
      const sub = t.below.get(String(i));
      if (sub?.dropped) return;
      out.push(sub ? pruneBelow(item, sub) : item);
      idx.push(i);
    });
    rawIndex.set(out, idx);
    return out;
  }
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      const sub = t.below.get(k);
      if (sub?.dropped) continue;
      out[k] = sub ? pruneBelow(item, sub) : item;
    }
    return out;
  }
  return v;
}

/** Maps a path in a pruned copy back to the raw (file) path. */
export function toRawPath(pruned: unknown, p: Path): Path {
  const out: Path = [];
  let cur: unknown = pruned;
  for (const seg of p) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(rawIndex.get(cur)?.[i] ?? i);
      cur = cur[i];
    } else if (isObject(cur)) {
      out.push(String(seg));
      cur = cur[String(seg)];
    } else {
      out.push(seg);
      cur = undefined;
    }
  }
  return out;
}
