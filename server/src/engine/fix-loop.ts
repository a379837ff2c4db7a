/**
 * Fix-all, once for everyone: `--fix`, the editor's `source.fixAll.fabric-lint` and the fix-safety tests
 * run this loop. Each pass lints, takes every finding's preferred fix, applies those that do not
 * collide, and lints again; a fix left out because it collided with another, or a finding that a fix
 * uncovered, is taken by the next pass.
 */
import { applyFixes } from '../output/apply-fixes';
import type { Finding, Fix } from '../rules/types';
import type { LintResult } from './types';
import type { Workspace } from './workspace';

/** Passes before giving up: fixes that undo each other must not loop forever. */
export const MAX_FIX_PASSES = 10;

export interface FixLoopOptions {
  /** Only the fixes of these findings (the editor fixes one file's findings); default: all. */
  findings?: (f: Finding) => boolean;
  /** Files that may be edited; a fix touching any other file is left out whole. Default: all. */
  editable?: (uri: string) => boolean;
  maxPasses?: number;
}

export interface FixLoopResult {
  /** The lint of the fixed texts. */
  result: LintResult;
  /** Fixes applied, over all passes. */
  fixed: number;
  passes: number;
  /** False when the last pass still changed text: the fixes did not settle within maxPasses. */
  converged: boolean;
  /** Every file the loop changed: its text before the first pass and after the last. */
  changed: Map<string, { before: string; after: string }>;
}

/**
 * Runs fix-all on `workspace`, which ends up holding the fixed texts (fork() it first to try the fixes
 * without keeping them).
 */
export function fixAll(workspace: Workspace, opts: FixLoopOptions = {}): FixLoopResult {
  const maxPasses = opts.maxPasses ?? MAX_FIX_PASSES;
  const before = new Map<string, string>();
  let result = workspace.lint();
  let fixed = 0;
  let passes = 0;
  let converged = false;
  for (; passes < maxPasses; passes++) {
    const fixes = preferredFixes(opts.findings ? result.findings.filter(opts.findings) : result.findings).filter(
      (fix) => !opts.editable || fix.edits.every((e) => opts.editable!(e.uri)),
    );
    // A fix editing a file the workspace has no text of (unknown, or changed on disk since the language server read
    // it) is left out whole by applyFixes: its ranges are of a text that is not there.
    const texts = new Map<string, string>();
    const asked = new Set<string>();
    for (const fix of fixes)
      for (const e of fix.edits) {
        if (asked.has(e.uri)) continue;
        asked.add(e.uri);
        const text = workspace.text(e.uri);
        if (text !== undefined) texts.set(e.uri, text);
      }
    const r = applyFixes(texts, fixes);
    if (r.changed.size === 0) {
      converged = true;
      break;
    }
    fixed += r.applied.length;
    for (const [uri, text] of r.changed) {
      if (!before.has(uri)) before.set(uri, texts.get(uri)!);
      workspace.setFile(uri, text);
    }
    result = workspace.lint();
  }
  const changed = new Map<string, { before: string; after: string }>();
  for (const [uri, text] of before) {
    const after = workspace.text(uri)!;
    if (after !== text) changed.set(uri, { before: text, after });
  }
  return { result, fixed, passes, converged, changed };
}

/**
 * The preferred fix of every finding that has one with edits, in finding order; a fix proposing exactly
 * the edits of one already taken (two findings on one line: raise this MTU) is taken once. Fixes that
 * collide are sorted out by applyFixes, whole fix by whole fix.
 */
export function preferredFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.isPreferred && x.edits.length > 0);
    if (!fix) continue;
    const sig = editsKey(fix);
    if (seen.has(sig)) continue;
    seen.add(sig);
    chosen.push(fix);
  }
  return chosen;
}

/** Identity of a fix's edits, whatever their order. */
export function editsKey(fix: Pick<Fix, 'edits'>): string {
  return fix.edits
    .map((e) => `${e.uri}:${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}=${e.newText}`)
    .sort()
    .join('\n');
}
