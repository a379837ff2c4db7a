// test/corpus-expectations.json, the one definition of its entries: scripts/corpus-report.ts writes it, and the
// corpus and seeded-fault tests read it. Every finding fabric-lint makes on the corpus, keyed by
// (set, file, line, rule, messageId), with the reviewer's verdict.
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export const EXPECTATIONS = path.join(REPO_ROOT, 'test', 'corpus-expectations.json');

/** The verdict of a finding nobody has reviewed yet. */
export const UNREVIEWED = 'unreviewed';

/** One finding of the corpus. `set`, `file`, `line`, `rule`, `messageId` are its key. */
export interface Expectation {
  set: string;
  /** Relative to the corpus root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  rule: string;
  messageId: string;
  severity: string;
  message: string;
  /** How many findings share this key (two findings on one line with one message id). */
  count: number;
  /** "true: <reason>" after review; "unreviewed" until then. */
  verdict: string;
}

export type ExpectationKey = Pick<Expectation, 'set' | 'file' | 'line' | 'rule' | 'messageId'>;

export const keyOf = (e: ExpectationKey): string => `${e.set}|${e.file}|${e.line}|${e.rule}|${e.messageId}`;

/** A verdict a reviewer wrote: "true: <reason>". */
export const isReviewedTrue = (verdict: string): boolean => /^true: \S/.test(verdict);

/** The expectations by key (empty when the file is missing; the expectations test fails on that). */
export function readExpectations(): Map<string, Expectation> {
  const out = new Map<string, Expectation>();
  if (!fs.existsSync(EXPECTATIONS)) return out;
  for (const e of (JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8')) as { findings?: Expectation[] }).findings ?? []) out.set(keyOf(e), e);
  return out;
}
