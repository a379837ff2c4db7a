/**
 * Roles: which devices are compared with each other. Fabric rules (majority MTU, DSCP map drift,
 * ECN threshold drift …) compare a device only with devices of the same role.
 *
 * A hostname's role is, in order:
 *  1. the first role of the intent's `roles:` (file order) with a glob matching the hostname
 *     (case-insensitive; `*`, `?`, `[abc]`, `{a,b}`; matched without regular expressions, model/glob.ts);
 *  2. otherwise a role inferred from the hostname (case-insensitive):
 *       `super-spine` — contains superspine / super-spine / super_spine
 *       `border`      — contains border, or the token `bl` followed by a digit or the end (dc1-bl1a)
 *       `spine`       — contains spine
 *       `leaf`        — contains leaf, or the token `tor` (tor1, dc1-tor-02; not "monitor" or "storage")
 *     (checked in this order: border-leaf1 is a border, superspine1 is not a spine);
 *  3. otherwise `default`.
 * Inference applies with or without an intent file, so a small lab needs no `roles:` at all.
 */
import { compileGlob } from '../model/glob';
import type { Loc } from '../model/location';
import type { Intent } from './types';

export const DEFAULT_ROLE = 'default';

export interface RoleMatch {
  role: string;
  /** 'intent': a glob of `roles:` matched; 'inferred': from the hostname; 'default': neither. */
  source: 'intent' | 'inferred' | 'default';
  /** The glob that matched (source 'intent'). */
  glob?: string;
  /** Where the role is written in the intent file (source 'intent'), for related information. */
  loc?: Loc;
}

type Matcher = { role: string; globs: { glob: string; test: (s: string) => boolean }[] }[];
const compiled = new WeakMap<Intent, Matcher>();

function matcher(intent: Intent): Matcher {
  let m = compiled.get(intent);
  if (!m) {
    m = intent.roles.map(({ role, globs }) => ({
      role,
      globs: globs.map((glob) => ({ glob, test: compileGlob(glob, { nocase: true, braces: true }).test })),
    }));
    compiled.set(intent, m);
  }
  return m;
}

const INFERENCE: { role: string; re: RegExp }[] = [
  { role: 'super-spine', re: /super[-_]?spine/i },
  { role: 'border', re: /border|(?<![a-z])bl(?=\d|$|[^a-z])/i },
  { role: 'spine', re: /spine/i },
  { role: 'leaf', re: /leaf|(?<![a-z])tor(?![a-z])/i },
];

/** The role the hostname suggests, or undefined. */
export function inferRole(hostname: string): string | undefined {
  for (const { role, re } of INFERENCE) if (re.test(hostname)) return role;
  return undefined;
}

/** The role of a hostname and why (see the module comment). */
export function roleMatch(intent: Intent | undefined, hostname: string): RoleMatch {
  if (intent) {
    for (const { role, globs } of matcher(intent)) {
      const hit = globs.find((g) => g.test(hostname));
      if (hit) {
        const loc = intent.locs[`roles.${role}`];
        return { role, source: 'intent', glob: hit.glob, ...(loc ? { loc } : {}) };
      }
    }
  }
  const inferred = inferRole(hostname);
  return inferred ? { role: inferred, source: 'inferred' } : { role: DEFAULT_ROLE, source: 'default' };
}

/** The role of a hostname: first matching intent glob, else inferred from the name, else 'default'. */
export function roleOf(intent: Intent | undefined, hostname: string): string {
  return roleMatch(intent, hostname).role;
}

/** Hostnames by role; roles in the order they first occur, hostnames in the given order. */
export function groupByRole(intent: Intent | undefined, hostnames: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const h of hostnames) {
    const r = roleOf(intent, h);
    const list = out.get(r);
    if (list) list.push(h);
    else out.set(r, [h]);
  }
  return out;
}
