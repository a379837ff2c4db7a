/**
 * Globs written in workspace files (intent `ignore:` and `roles:`, Junos `<…>` wildcards and
 * class-of-service interface globs) matched without regular expressions. A glob turned into a regular
 * expression backtracks: `*a*a*a*a*a*b` against a long name takes time exponential in the stars.
 * Here a glob is matched by the two-pointer wildcard walk, which resumes from the last `*` only:
 * at worst O(text × glob), never worse.
 *
 * Syntax: `*` any run of characters (including `/`: interface names are not paths), `?` one
 * character, `[abc]`, `[a-z]`, `[!a]` / `[^a]` one character of (or not of) a set, `\x` the
 * character x, and, where enabled, `{a,b}` alternatives.
 *
 * Path globs (`compilePathGlob`: settings `include`/`exclude`/`dialects`, which a workspace's
 * .vscode/settings.json can set) add the path rules: `*` stays within one folder name and a `**`
 * segment spans any number of folders. The same walk runs twice: over the segments, where `**` is the
 * star and every other segment takes exactly one folder name, and inside each segment.
 */

export interface Glob {
  test(text: string): boolean;
}

export interface GlobOptions {
  nocase?: boolean;
  /** Expand `{a,b}` alternatives (picomatch style); off for Junos, where braces are literal. */
  braces?: boolean;
}

/** Most alternatives `{…}` may expand to: `{a,b}{a,b}…` doubles with each group. */
export const MAX_GLOB_ALTERNATIVES = 256;

type Token = { kind: 'star' } | { kind: 'any' } | { kind: 'char'; c: string } | { kind: 'set'; negate: boolean; ranges: [string, string][] };

function tokenize(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '?') out.push({ kind: 'any' });
    else if (c === '\\' && i + 1 < glob.length) out.push({ kind: 'char', c: glob[++i]! });
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out.push({ kind: 'char', c });
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else ranges.push([body[k]!, body[k]!]);
      }
      out.push({ kind: 'set', negate, ranges });
      i = close;
    } else out.push({ kind: 'char', c });
  }
  return out;
}

function matchesOne(t: Token, c: string): boolean {
  switch (t.kind) {
    case 'any':
      return true;
    case 'char':
      return t.c === c;
    case 'set':
      return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.negate;
    default:
      return false;
  }
}

/**
 * The wildcard walk, for characters in a name and for names in a path alike: every pattern unit but
 * the star takes exactly one text unit, so after a mismatch only the last star needs to take one more.
 */
function wildcardWalk<P, U>(pattern: readonly P[], text: ArrayLike<U>, isStar: (p: P) => boolean, takes: (p: P, u: U) => boolean): boolean {
  let i = 0;
  let j = 0;
  let starJ = -1;
  let starI = 0;
  while (i < text.length) {
    const p = pattern[j];
    if (p !== undefined && isStar(p)) {
      starJ = j++;
      starI = i;
    } else if (p !== undefined && takes(p, text[i]!)) {
      i++;
      j++;
    } else if (starJ >= 0) {
      j = starJ + 1;
      i = ++starI;
    } else return false;
  }
  while (j < pattern.length && isStar(pattern[j]!)) j++;
  return j === pattern.length;
}

const isStarToken = (t: Token): boolean => t.kind === 'star';

function matchTokens(tokens: Token[], s: string): boolean {
  return wildcardWalk(tokens, s, isStarToken, matchesOne);
}

/** `a{b,c}d` → [abd, acd], innermost group first; undefined past MAX_GLOB_ALTERNATIVES. */
function expandBraces(glob: string): string[] | undefined {
  const done: string[] = [];
  const todo = [glob];
  for (let g = todo.pop(); g !== undefined; g = todo.pop()) {
    let open = -1;
    let close = -1;
    for (let i = 0; i < g.length; i++) {
      if (g[i] === '\\') i++;
      else if (g[i] === '{') open = i;
      else if (g[i] === '}' && open >= 0) {
        close = i;
        break;
      }
    }
    const body = open >= 0 && close > open ? g.slice(open + 1, close) : undefined;
    if (body === undefined || !body.includes(',')) {
      done.push(g);
    } else {
      for (const alt of body.split(',')) todo.push(g.slice(0, open) + alt + g.slice(close + 1));
    }
    if (done.length + todo.length > MAX_GLOB_ALTERNATIVES) return undefined;
  }
  return done;
}

/** A matcher for `glob`; with `{…}` past MAX_GLOB_ALTERNATIVES the braces are taken literally. */
export function compileGlob(glob: string, options: GlobOptions = {}): Glob {
  const fold = (s: string): string => (options.nocase ? s.toLowerCase() : s);
  const alternatives = (options.braces ? expandBraces(glob) : undefined) ?? [glob];
  const compiled = alternatives.map((g) => tokenize(fold(g)));
  return { test: (text) => compiled.some((tokens) => matchTokens(tokens, fold(text))) };
}

/** True when any of the globs matches. */
export function compileGlobs(globs: readonly string[], options: GlobOptions = {}): Glob {
  const list = globs.map((g) => compileGlob(g, options));
  return { test: (text) => list.some((g) => g.test(text)) };
}

/** One segment of a path glob: `**`, any one name, or the tokens of a glob over one folder or file name. */
type Segment = 'globstar' | 'one' | Token[];

/** Only `**` may take more than one name. */
function matchSegments(segments: Segment[], parts: string[]): boolean {
  return wildcardWalk(
    segments,
    parts,
    (seg) => seg === 'globstar',
    (seg, part) => seg === 'one' || (seg !== 'globstar' && matchTokens(seg, part)),
  );
}

/**
 * picomatch lets a trailing `/**` match its folder itself only after a literal name (`archive/**`
 * matches `archive`, `leaf*` + `/**` does not match `leaf1`); the settings keep that meaning.
 */
function segmentsOf(glob: string): Segment[] {
  const segments = glob.split('/').map((part): Segment => (part === '**' ? 'globstar' : tokenize(part)));
  const last = segments.length - 1;
  const before = segments[last - 1];
  if (segments[last] === 'globstar' && Array.isArray(before) && before.some((t) => t.kind !== 'char')) segments.splice(last, 0, 'one');
  return segments;
}

// A matcher for a glob over folder-relative paths with forward slashes: `leaf*/**`, `archive/**`,
// `**/*.cfg`, `{dc1,dc2}/*.conf`, with picomatch's meaning (`dot: true`). (Line comments:
// a glob such as `leaf*/**` would end a block comment.)
export function compilePathGlob(glob: string, options: Omit<GlobOptions, 'braces'> = {}): Glob {
  const fold = (s: string): string => (options.nocase ? s.toLowerCase() : s);
  const alternatives = expandBraces(glob) ?? [glob];
  const compiled = alternatives.map((g) => segmentsOf(fold(g.replace(/^(?:\.\/)+/, ''))));
  return {
    test: (text) => {
      const parts = fold(text).split('/');
      return compiled.some((segments) => matchSegments(segments, parts));
    },
  };
}

/** True when any of the path globs matches. */
export function compilePathGlobs(globs: readonly string[], options: Omit<GlobOptions, 'braces'> = {}): Glob {
  const list = globs.map((g) => compilePathGlob(g, options));
  return { test: (text) => list.some((g) => g.test(text)) };
}
