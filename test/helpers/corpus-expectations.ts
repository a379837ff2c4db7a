/**
 * test/corpus-expectations.json as the tests read it: every finding fabric-lint makes on the corpus, keyed by
 * (set, file, line, rule, messageId) as scripts/corpus-report.ts writes it, with the reviewer's verdict.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './lint';

export interface Expectation {
  set: string;
  /** Relative to the corpus root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  rule: string;
  messageId: string;
  message?: string;
  verdict: string;
}

export type ExpectationKey = Pick<Expectation, 'set' | 'file' | 'line' | 'rule' | 'messageId'>;

export const EXPECTATIONS = path.join(REPO_ROOT, 'test', 'corpus-expectations.json');

export const keyOf = (e: ExpectationKey): string => `${e.set}|${e.file}|${e.line}|${e.rule}|${e.messageId}`;

/** A verdict a reviewer wrote: "true: <reason>". */
export const isReviewedTrue = (verdict: string): boolean => /^true: \S/.test(verdict);

/** The expectations by key (empty when the file is missing; the expectations test fails on that). */
export function readExpectations(): Map<string, Expectation> {
  const out = new Map<string, Expectation>();
  if (!fs.existsSync(EXPECTATIONS)) return out;
  for (const e of (JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8')) as { findings: Expectation[] }).findings) out.set(keyOf(e), e);
  return out;
}
