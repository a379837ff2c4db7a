/** The wording of schema errors: what a value is, what was expected, "did you mean", and where the problem is shown. */
import type { ErrorObject } from 'ajv';
import { suggest } from '../model/edit-distance';
import { isObject, parsePointer, valueAt, type Path } from './paths';
import { toRawPath } from './pruning';
import { SEVERITIES } from './schema';

export function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v === null || v === undefined) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

function typeName(t: unknown): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
  };
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => names[String(x)] ?? String(x)).join(' or ');
}

/** Human wording of one ajv error about the value `v`. */
function describe(e: ErrorObject, v: unknown): string {
  const params = e.params as Record<string, unknown>;
  const ps = e.parentSchema as Record<string, unknown> | undefined;
  switch (e.keyword) {
    case 'type':
      return `${show(v)} is not ${typeName(params.type)}`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${show(v)} is below the minimum ${String(params.limit)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${show(v)} is above the maximum ${String(params.limit)}`;
    case 'enum':
      return `${show(v)} is not one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${show(v)} is not supported; the only value is ${String(params.allowedValue)}`;
    case 'required':
      return `missing required key '${String(params.missingProperty)}'`;
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = isObject(ps?.properties) ? Object.keys(ps.properties) : [];
      const hint = suggest(name, known);
      return `unknown key '${name}'` + (hint ? ` — did you mean '${hint}'?` : known.length ? ` (known keys: ${known.join(', ')})` : '');
    }
    case 'pattern': {
      const custom = ps?.patternErrorMessage;
      return `${show(v)}: ${typeof custom === 'string' ? custom : `does not match ${String(params.pattern)}`}`;
    }
    case 'uniqueItems':
      return `item ${show(Array.isArray(v) ? v[Number(params.j)] : undefined)} is listed twice`;
    case 'minItems':
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `has more than ${String(params.limit)} items`;
    case 'minLength':
      return 'must not be empty';
    default:
      return e.message ?? `invalid (${e.keyword})`;
  }
}

const isSeverityEnum = (s: Record<string, unknown>): boolean => Array.isArray(s.enum) && SEVERITIES.every((x) => (s.enum as unknown[]).includes(x));

/**
 * Collapses the errors of `anyOf` alternatives. Errors about the value itself failing an
 * alternative (type, const, enum, pattern at the union's own path) only say "not this alternative";
 * when the value matched an alternative's shape, the other errors (deeper, or required/unknown
 * keys) are the ones to show. When only "not this alternative" errors remain, one "must be X or Y"
 * error replaces them. (In this schema nothing but the union sits at a union's path, so every error
 * at or below that path comes from its alternatives.)
 */
export function collapseUnions(errors: ErrorObject[]): ErrorObject[] {
  // Errors by path, and the paths sorted, so that the errors below a path are one slice: a file with
  // thousands of invalid items costs the errors of each item, not all errors for each item.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const paths = [...byPath.keys()].sort();
  const removed = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, ErrorObject>();
  const current = (e: ErrorObject): ErrorObject | undefined => (removed.has(e) ? undefined : (replaced.get(e) ?? e));
  /** The errors still standing at `P` or below it. */
  const below = (P: string): { original: ErrorObject; now: ErrorObject }[] => {
    const out: { original: ErrorObject; now: ErrorObject }[] = [];
    const add = (list: ErrorObject[] | undefined): void => {
      for (const original of list ?? []) {
        const now = current(original);
        if (now) out.push({ original, now });
      }
    };
    add(byPath.get(P));
    const prefix = P + '/';
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paths[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paths.length && paths[i]!.startsWith(prefix); i++) add(byPath.get(paths[i]!));
    return out;
  };
  const depth = (e: ErrorObject): number => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  // Innermost first, so an outer union sees the already collapsed inner ones.
  unions.sort((a, b) => depth(b) - depth(a));
  const MISS = new Set(['type', 'const', 'enum', 'pattern']);
  for (const u of unions) {
    if (current(u) !== u) continue;
    const P = u.instancePath;
    const branch = below(P).filter((e) => e.now !== u);
    const misses = branch.filter((e) => e.now.instancePath === P && MISS.has(e.now.keyword));
    if (branch.length > misses.length) {
      removed.add(u);
      for (const m of misses) removed.add(m.original);
      continue;
    }
    const kinds: string[] = [];
    for (const b of (u.schema as unknown[]) ?? []) {
      if (!isObject(b)) continue;
      let k: string | undefined;
      if (b.const !== undefined) k = `'${String(b.const)}'`;
      else if (isSeverityEnum(b)) k = 'a severity (error, warning, info, hint, off)';
      else if (b.enum && b.type === 'string') k = 'a DSCP name such as af31';
      else if (b.pattern && b.type === 'string') k = 'a range such as 24-31';
      else if (b.type === 'integer' && typeof b.maximum === 'number') k = `a whole number ${String(b.minimum ?? 0)}–${b.maximum}`;
      else if (b.type) k = typeName(b.type);
      if (k && !kinds.includes(k)) kinds.push(k);
    }
    for (const e of branch) removed.add(e.original);
    replaced.set(u, { ...u, keyword: 'union', message: `must be ${kinds.join(' or ')}` });
  }
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const now = current(e);
    if (now) out.push(now);
  }
  return out;
}

interface Located {
  at: Path;
  /** Where the problem is shown: the key or the value. */
  onKey: boolean;
  text: string;
}

export function locate(e: ErrorObject, pruned: unknown): Located {
  const base = parsePointer(e.instancePath);
  const params = e.params as Record<string, unknown>;
  const v = valueAt(pruned, base);
  if (e.keyword === 'additionalProperties') {
    return { at: toRawPath(pruned, [...base, String(params.additionalProperty)]), onKey: true, text: describe(e, v) };
  }
  if (e.propertyName !== undefined) {
    const ps = e.parentSchema as Record<string, unknown> | undefined;
    const custom = typeof ps?.patternErrorMessage === 'string' ? ps.patternErrorMessage : 'not a valid name';
    return { at: toRawPath(pruned, [...base, e.propertyName]), onKey: true, text: `'${e.propertyName}': ${custom}` };
  }
  if (e.keyword === 'required') return { at: toRawPath(pruned, base), onKey: true, text: describe(e, v) };
  if (e.keyword === 'union') return { at: toRawPath(pruned, base), onKey: false, text: `${show(v)}: ${e.message ?? 'invalid'}` };
  return { at: toRawPath(pruned, base), onKey: false, text: describe(e, v) };
}
