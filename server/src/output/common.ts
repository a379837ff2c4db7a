import * as path from 'node:path';
import type { Position } from '../model/location';
import type { Finding, Severity } from '../rules/types';
import { uriToPath } from '../engine/uri';
import { eolOf, withEol, type Eol } from '../engine/source-text';
import type { Silenced } from '../engine/disable-comments';

/** What every formatter needs besides the findings. */
export interface OutputContext {
  /** Directory that printed paths are relative to (the CLI's cwd). */
  cwd: string;
  /** Number of files the CLI read. */
  fileCount: number;
  deviceCount: number;
  linkCount: number;
  /** Fixes applied by --fix (0 without it). */
  fixedCount?: number;
  toolVersion: string;
  /** Texts of the linted files (uri → text): for fingerprints and snippets, and fixes are printed with each file's line ending. */
  texts?: ReadonlyMap<string, string>;
  /** Findings a `fabric-lint-disable` comment silenced: counted in JSON, kept as suppressed results in SARIF. */
  silenced?: readonly Silenced[];
}

/**
 * Fix text as it will land in its file: line breaks in the file's own line ending, as --fix and the
 * editor write them (engine/source-text withEol). Unknown files keep the writer's `\n`.
 */
export function fixTextFor(texts: ReadonlyMap<string, string> | undefined): (uri: string, newText: string) => string {
  const eols = new Map<string, Eol>();
  return (uri, newText) => {
    const text = texts?.get(uri);
    if (text === undefined) return newText;
    let eol = eols.get(uri);
    if (!eol) eols.set(uri, (eol = eolOf(text)));
    return withEol(newText, eol);
  };
}

/** The lines of each linted file (`[]` when its text is not known), split once per file on first use. */
export function fileLines(texts: ReadonlyMap<string, string> | undefined): (uri: string) => readonly string[] {
  const cache = new Map<string, string[]>();
  return (uri) => {
    let lines = cache.get(uri);
    if (!lines) {
      const t = texts?.get(uri);
      lines = t === undefined ? [] : t.split(/\r\n|\r|\n/);
      cache.set(uri, lines);
    }
    return lines;
  };
}

/** A file's path relative to `cwd`, with forward slashes; non-file URIs are returned as they are. */
export function displayPath(uri: string, cwd: string): string {
  if (!uri.startsWith('file:')) return uri;
  const abs = uriToPath(uri);
  const rel = path.relative(cwd, abs);
  if (rel === '') return path.basename(abs);
  return rel.split(path.sep).join('/');
}

/** True when the file lies in `dir` or below it. */
export function isInside(uri: string, dir: string): boolean {
  if (!uri.startsWith('file:')) return false;
  const rel = path.relative(dir, uriToPath(uri));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** 1-based line and column (UTF-16 units + 1) of an LSP position, as compilers and SARIF print them. */
export function oneBased(p: Position): { line: number; column: number } {
  return { line: p.line + 1, column: p.character + 1 };
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** `natural` order: Ethernet2 < Ethernet10, Ethernet1/2 < Ethernet1/10; ties broken by plain order. */
export function naturalCompare(a: string, b: string): number {
  const ax = a.match(/\d+|\D+/g) ?? [];
  const bx = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(ax.length, bx.length);
  for (let i = 0; i < n; i++) {
    const x = ax[i]!;
    const y = bx[i]!;
    if (x === y) continue;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    const xl = x.toLowerCase();
    const yl = y.toLowerCase();
    if (xl !== yl) return xl < yl ? -1 : 1;
    return x < y ? -1 : 1;
  }
  if (ax.length !== bx.length) return ax.length - bx.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
