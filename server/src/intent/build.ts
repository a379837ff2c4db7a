/** The Intent from what survived the checks, with the location of every key (`Intent.locs`). */
import type { Loc } from '../model/location';
import type { LinkSourceKind } from '../model/types';
import { dottedPath, isObject, type Path } from './paths';
import { rawIndex, toRawPath } from './pruning';
import { expandRuleGlob, GLOB_CHARS, type SemanticChecks } from './semantic-checks';
import type { Intent, IntentClass, IntentEcn, LoadIntentOptions } from './types';
import type { Source } from './yaml-source';

export function buildIntent(uri: string, data: Record<string, unknown>, src: Source, sem: SemanticChecks, options: LoadIntentOptions): Intent {
  const intent: Intent = { uri, version: 1, roles: [], links: [], locs: {} };
  recordLocs(data, src, intent.locs);

  if (isObject(data.roles)) {
    const roles = data.roles;
    for (const role of src.keysInOrder(['roles'])) {
      const g = roles[role];
      if (g === undefined) continue;
      intent.roles.push({ role, globs: (Array.isArray(g) ? g : [g]).map(String) });
    }
  }
  if (isObject(data.mtu)) intent.mtu = { ...(data.mtu as NonNullable<Intent['mtu']>) };
  if (isObject(data.lossless)) intent.lossless = { ...(data.lossless as NonNullable<Intent['lossless']>) };
  if (isObject(data.oversubscription)) {
    const max: Record<string, number> = {};
    for (const [role, n] of Object.entries(data.oversubscription)) if (typeof n === 'number') max[role] = n;
    intent.oversubscription = max;
  }
  if (isObject(data.classes)) {
    const classes: Record<string, IntentClass> = {};
    for (const [name, c] of Object.entries(data.classes)) {
      const dscp = sem.dscp.get(name);
      if (!isObject(c) || dscp === undefined) continue;
      classes[name] = { ...(c as unknown as IntentClass), dscp };
    }
    intent.classes = classes;
  }
  if (isObject(data.ecn)) intent.ecn = { ...(data.ecn as Record<string, IntentEcn>) };
  if (Array.isArray(data.links)) {
    data.links.forEach((_, i) => {
      const rawPath = toRawPath(data, ['links', i]);
      const parsed = sem.links.get(Number(rawPath[1]));
      if (parsed) intent.links.push({ a: parsed.a, b: parsed.b, loc: src.valueLoc(rawPath) });
    });
  }
  if (Array.isArray(data.interfaces)) {
    const list: NonNullable<Intent['interfaceRoles']> = [];
    data.interfaces.forEach((item, i) => {
      if (!isObject(item) || typeof item.role !== 'string') return;
      const globs = (v: unknown, dflt: string[]) => (v === undefined ? dflt : (Array.isArray(v) ? v : [v]).map(String));
      const role = item.role as NonNullable<Intent['interfaceRoles']>[number]['role'];
      list.push({ devices: globs(item.device, ['*']), interfaces: globs(item.interface, []), role, loc: src.valueLoc(toRawPath(data, ['interfaces', i])) });
    });
    intent.interfaceRoles = list;
  }
  if (Array.isArray(data.linkSources)) intent.linkSources = data.linkSources as LinkSourceKind[];
  if (typeof data.maxL2Span === 'number') intent.maxL2Span = data.maxL2Span;
  if (Array.isArray(data.descriptionPatterns)) {
    const list: string[] = [];
    data.descriptionPatterns.forEach((_, i) => {
      const p = sem.patterns.get(Number(toRawPath(data, ['descriptionPatterns', i])[1]));
      if (p !== undefined) list.push(p);
    });
    intent.descriptionPatterns = list;
  }
  if (isObject(data.ignore)) intent.ignore = { ...(data.ignore as NonNullable<Intent['ignore']>) };
  if (isObject(data.rules)) {
    const rules: NonNullable<Intent['rules']> = {};
    for (const [id, r] of Object.entries(data.rules)) {
      if (typeof r === 'string') rules[id] = { severity: r as 'off' };
      else if (isObject(r)) rules[id] = { ...(r as NonNullable<Intent['rules']>[string]) };
    }
    intent.rules = rules;
  }
  // ignore.rules → severity off, which is what the engine reads. Globs need the known rule ids.
  const ignored = intent.ignore?.rules ?? [];
  if (ignored.length) {
    const known = options.knownRuleIds ? new Set(options.knownRuleIds) : undefined;
    const rules = (intent.rules ??= {});
    for (const id of ignored) {
      const ids = known ? expandRuleGlob(id, known) : GLOB_CHARS.test(id) ? [] : [id];
      for (const r of ids) rules[r] = { ...rules[r], severity: 'off' };
    }
  }
  return intent;
}

function recordLocs(data: Record<string, unknown>, src: Source, locs: Record<string, Loc>): void {
  rawPaths.set(data, []);
  for (const [k, item] of Object.entries(data)) recordLocsChild(item, [k], src, locs, data);
}

/** Like recordLocs, but maps a compacted array index back to the raw index for the YAML lookup. */
function recordLocsChild(v: unknown, p: Path, src: Source, locs: Record<string, Loc>, parent: unknown): void {
  const last = p[p.length - 1]!;
  const rawLast = Array.isArray(parent) && typeof last === 'number' ? (rawIndex.get(parent)?.[last] ?? last) : last;
  const rawParent = rawPaths.get(parent as object) ?? p.slice(0, -1);
  const rawP = [...rawParent, rawLast];
  if (isObject(v) || Array.isArray(v)) rawPaths.set(v, rawP);
  locs[dottedPath(p)] = src.entryLoc(rawP);
  if (isObject(v)) for (const [k, item] of Object.entries(v)) recordLocsChild(item, [...p, k], src, locs, v);
  else if (Array.isArray(v)) v.forEach((item, i) => recordLocsChild(item, [...p, i], src, locs, v));
}

const rawPaths = new WeakMap<object, Path>();
