/**
 * What a seeder is: it injects one real-world fault of one rule's kind into the text of a clean fabric, at
 * a place it finds from the engine's model of the untouched files (the first link, the first PFC link,
 * the first class-map that is used …), and says on which lines the rule must report. Each rule's seeders
 * live next to its fixtures (test/fixtures/rules/<category>-<slug>/seeders.ts); seeders.ts collects them.
 */
import type { LintResult } from '../../server/src/engine/types';
import type { Editor, Files, LineRef } from './editor';

export interface FabricSpec {
  name: string;
  /** 'fabric': the set is one fabric and must be clean for the rule as a whole; 'bag': single-device fixtures, each file judged alone. */
  kind: 'fabric' | 'bag';
}

export interface SeedContext {
  spec: FabricSpec;
  edit: Editor;
  before: LintResult;
  rel(uri: string): string;
  /** True when the rule has no finding before seeding (whole set for a fabric, that file for a bag). */
  clean(file: string): boolean;
}

export interface Seed {
  /** What was done, for the report: file:line and the change. */
  what: string;
  /**
   * Lines where `ruleId` must report, and nothing else of that rule may appear. A list in place of a line
   * means "on one of these" (e.g. the `set qos-group` line or the `match cos` line of the moved class).
   */
  expected: (LineRef | LineRef[])[];
  /** Lines where a rule of `alsoExpected` may also report because of the same fault. */
  alsoLines?: LineRef[];
  /**
   * Files the fabric gets before AND after the fault (an intent the rule reads, e.g. `fabric-intent.yaml`
   * declaring the CNP DSCP): the "before" lint is then rerun with them, so the fault stays the only change,
   * and the rule must be clean in that lint too.
   */
  baseline?: Record<string, string>;
}

export interface Seeder {
  ruleId: string;
  fault: string;
  /** Other rules that legitimately report the same fault, on the expected lines or `alsoLines`, with why. */
  alsoExpected?: { rule: string; why: string; /** a cascade over many lines (e.g. every SVI of a VLAN): allowed on any line */ anywhere?: boolean }[];
  applies(spec: FabricSpec): boolean;
  /**
   * Baseline edits of existing files (e.g. reverting a true finding of the rule that the corpus has): applied
   * to the fabric's files before the "before" lint, so the copy is judged clean for the rule with them, and
   * the seed's line numbers and the before/after comparison are in the edited text. Throws when the text it
   * expects is not there (the corpus changed).
   */
  baselineEdit?(spec: FabricSpec, files: Files): void;
  /** A seed, or the reason this fabric offers no place for the fault. */
  seed(ctx: SeedContext): Seed | string;
}
