// The rule fixtures (test/fixtures/rules/<category>-<slug>/{fires,clean}*/) and what they prove: where each rule
// must report (the `expect:` markers), and so in which dialects it is tested. The fixture runner
// (test/rules/fixtures.test.ts) and the rule docs (scripts/gen-docs.ts: the "tested on" column) both read them here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIALECT_IDS, type Dialect } from '../server/src/dialects/registry';
import { detectDialect } from '../server/src/engine/detect';
import type { RuleEvidence } from '../server/src/rules/docs';
import { readExpectations } from './corpus-expectations';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');
const MARKER = /^\s*[!#]\s*expect:\s*(.+?)\s*$/;
/** For findings about a whole file, which sit on its first line: `! expect-file: <rule-id>` anywhere in it. */
const FILE_MARKER = /^\s*[!#]\s*expect-file:\s*(.+?)\s*$/;

export function dirOf(ruleId: string): string {
  return path.join(FIXTURES, ruleId.replace('/', '-'));
}

export interface Expectation {
  file: string;
  line: number;
}

/**
 * JSON has no comments, so a fixture folder may also hold `expect.json`:
 * `[{"file": "leaf1.json", "line": 12, "rule": "pfc/sonic-table-misuse"}]` (file relative to the folder,
 * 1-based line; line 1 for a finding about the whole file). Merged with the inline markers.
 */
const SIDECAR = 'expect.json';

function sidecar(dir: string, ruleId: string): Expectation[] {
  const file = path.join(dir, SIDECAR);
  if (!fs.existsSync(file)) return [];
  const list = JSON.parse(fs.readFileSync(file, 'utf8')) as { file: string; line: number; rule: string }[];
  return list.filter((e) => e.rule === ruleId).map((e) => ({ file: path.join(dir, e.file), line: e.line - 1 }));
}

export function expectations(dir: string, ruleId: string): Expectation[] {
  const out: Expectation[] = sidecar(dir, ruleId);
  for (const file of listFiles(dir)) {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    let pending: string[] = [];
    lines.forEach((text, i) => {
      const whole = FILE_MARKER.exec(text);
      if (whole && whole[1]!.split(/[\s,]+/).includes(ruleId)) out.push({ file, line: 0 });
      const m = MARKER.exec(text);
      if (m) {
        pending.push(...m[1]!.split(/[\s,]+/));
        return;
      }
      if (pending.includes(ruleId)) out.push({ file, line: i });
      pending = [];
    });
  }
  return out.sort(byPlace);
}

export function variants(dir: string, kind: 'fires' | 'clean'): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (e.name === kind || e.name.startsWith(`${kind}-`)))
    .map((e) => e.name)
    .sort((a, b) => (a === kind ? -1 : b === kind ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((n) => path.join(dir, n));
}

export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

export function byPlace(a: Expectation, b: Expectation): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/**
 * The dialects whose files the fires folders of its fixtures expect it to report in; a finding in a topology or intent
 * file counts for every dialect, since it does not depend on one.
 */
export function fixtureDialects(ruleId: string): Set<Dialect> {
  const out = new Set<Dialect>();
  for (const fires of variants(dirOf(ruleId), 'fires')) {
    for (const e of expectations(fires, ruleId)) {
      const c = detectDialect(path.basename(e.file), fs.readFileSync(e.file, 'utf8'));
      if (c.kind === 'config') out.add(c.dialect);
      else DIALECT_IDS.forEach((d) => out.add(d));
    }
  }
  return out;
}

/** Dialects of the corpus sets (test/corpus/<dialect>/<set>) where the rule reports a reviewed finding. */
function corpusDialects(): Map<string, Set<Dialect>> {
  const out = new Map<string, Set<Dialect>>();
  for (const e of readExpectations().values()) {
    const d = e.set.split('/')[0] as Dialect;
    if (!DIALECT_IDS.includes(d)) continue;
    if (!out.has(e.rule)) out.set(e.rule, new Set());
    out.get(e.rule)!.add(d);
  }
  return out;
}

/** In which dialects each rule is shown to fire: by its fixtures, and on the real configurations of the corpus. */
export function ruleEvidence(ruleIds: readonly string[]): Map<string, RuleEvidence> {
  const corpus = corpusDialects();
  const inOrder = (s: Set<Dialect> | undefined): Dialect[] => DIALECT_IDS.filter((d) => s?.has(d));
  return new Map(ruleIds.map((id) => [id, { fixtures: inOrder(fixtureDialects(id)), corpus: inOrder(corpus.get(id)) }]));
}
