// Lints every set of the real-config corpus and writes test/corpus-expectations.json (every finding,
// with the reviewer's verdict kept from the previous file) and test/corpus-report.md (a readable table).
//
//   npm run corpus-report            (corpus from $FABRIC_LINT_CORPUS, else test/corpus)
//
// A set is a folder two levels below the corpus root (<dialect>/<set>); each set is linted as one
// workspace, as `fabric-lint <set>` would. test/corpus/expectations.test.ts checks that the findings
// still equal the reviewed expectations; this script is how a reviewer brings the file up to date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles, readText } from '../server/src/engine/files';
import { pathToUri, uriToPath } from '../server/src/engine/uri';
import { Workspace } from '../server/src/engine/workspace';
import { EXPECTATIONS, isReviewedTrue, keyOf, readExpectations, UNREVIEWED, type Expectation } from './corpus-expectations';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const REPORT = path.join(REPO_ROOT, 'test', 'corpus-report.md');
/** Findings per device (file) and rule before issue 7, taken once from main; the report shows them next to today's. */
const BASELINE = path.join(REPO_ROOT, 'test', 'corpus-baseline.json');

export function corpusRoot(): string {
  return process.env.FABRIC_LINT_CORPUS ? path.resolve(process.env.FABRIC_LINT_CORPUS) : path.join(REPO_ROOT, 'test', 'corpus');
}

/** `<dialect>/<set>` folders of the corpus, sorted. */
export function corpusSets(root: string): string[] {
  const sets: string[] = [];
  for (const d of fs.readdirSync(root, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name.startsWith('.')) continue;
    for (const s of fs.readdirSync(path.join(root, d.name), { withFileTypes: true })) {
      if (s.isDirectory() && !s.name.startsWith('.')) sets.push(`${d.name}/${s.name}`);
    }
  }
  return sets.sort();
}

export async function lintCorpus(root: string): Promise<Expectation[]> {
  const out = new Map<string, Expectation>();
  for (const set of corpusSets(root)) {
    const dir = path.join(root, set);
    const ws = await Workspace.create({ roots: [pathToUri(dir)] });
    for (const file of await collectFiles([dir])) ws.setFile(pathToUri(file), await readText(file));
    for (const f of ws.lint().findings) {
      const file = path.relative(root, uriToPath(f.loc.uri)).split(path.sep).join('/');
      const e: Expectation = {
        set,
        file,
        line: f.loc.range.start.line + 1,
        rule: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        count: 1,
        verdict: UNREVIEWED,
      };
      const k = keyOf(e);
      const old = out.get(k);
      if (old) old.count++;
      else out.set(k, e);
    }
  }
  return [...out.values()].sort(compare);
}

function compare(a: Expectation, b: Expectation): number {
  return (
    a.set.localeCompare(b.set) || a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule) || a.messageId.localeCompare(b.messageId)
  );
}

function readPrevious(): Map<string, string> {
  const verdicts = new Map<string, string>();
  for (const [k, e] of readExpectations()) if (e.verdict && e.verdict !== UNREVIEWED) verdicts.set(k, e.verdict);
  return verdicts;
}

interface BaselineRow {
  file: string;
  rule: string;
  findings: number;
}

/** Per rule, then per device (file) and rule: the count before issue 7 (test/corpus-baseline.json) and now. */
function beforeAfter(findings: Expectation[]): string[] {
  if (!fs.existsSync(BASELINE)) return [];
  const base = JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as { commit: string; rows: BaselineRow[] };
  const before = new Map<string, number>();
  for (const r of base.rows) before.set(`${r.file}\u0000${r.rule}`, r.findings);
  const after = new Map<string, number>();
  for (const f of findings) after.set(`${f.file}\u0000${f.rule}`, (after.get(`${f.file}\u0000${f.rule}`) ?? 0) + f.count);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const perRule = new Map<string, [number, number]>();
  for (const k of keys) {
    const rule = k.split('\u0000')[1]!;
    const c = perRule.get(rule) ?? [0, 0];
    c[0] += before.get(k) ?? 0;
    c[1] += after.get(k) ?? 0;
    perRule.set(rule, c);
  }
  const out = ['', `## Before and after issue 7`, '', `Before: main at ${base.commit}, before issue 7 (test/corpus-baseline.json). After: this run.`, ''];
  out.push('| rule | before | after |', '|---|---|---|');
  for (const [rule, [b, a]] of [...perRule].sort((x, y) => x[0].localeCompare(y[0]))) out.push(`| ${rule} | ${b} | ${a} |`);
  out.push('', '### Per device and rule', '', '| device (file) | rule | before | after |', '|---|---|---|---|');
  for (const k of keys) {
    const [file, rule] = k.split('\u0000') as [string, string];
    out.push(`| ${escapeCell(file)} | ${rule} | ${before.get(k) ?? 0} | ${after.get(k) ?? 0} |`);
  }
  return out;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export interface ReportStyle {
  title: string;
  /** The paragraph under the title. */
  intro: string;
  /** With a verdict column and the count of findings not reviewed as true (the corpus); without (the holdout). */
  verdicts: boolean;
  /** Compare with test/corpus-baseline.json, which counts the corpus only (so not the holdout). */
  baseline?: boolean;
}

const CORPUS_STYLE: ReportStyle = {
  title: 'Corpus report',
  intro:
    'Generated by `npm run corpus-report` from the real configurations in the corpus (see its SOURCES.md); do not edit by hand — ' +
    'edit the `verdict` fields of `test/corpus-expectations.json` and run the script again.',
  verdicts: true,
  baseline: true,
};

export function renderReport(sets: string[], findings: Expectation[], style: ReportStyle = CORPUS_STYLE): string {
  const lines: string[] = [];
  const unreviewed = findings.filter((f) => !isReviewedTrue(f.verdict)).length;
  lines.push(`# ${style.title}`, '');
  lines.push(style.intro, '');
  const total = `${sets.length} sets, ${findings.reduce((n, f) => n + f.count, 0)} findings (${findings.length} distinct keys)`;
  lines.push(style.verdicts ? `${total}, ${unreviewed} not reviewed as true.` : `${total}.`, '');
  lines.push('## Counts per set and rule', '');
  lines.push('| set | rule | findings |', '|---|---|---|');
  for (const set of sets) {
    const mine = findings.filter((f) => f.set === set);
    if (mine.length === 0) {
      lines.push(`| ${set} | — | 0 |`);
      continue;
    }
    const counts = new Map<string, number>();
    for (const f of mine) counts.set(f.rule, (counts.get(f.rule) ?? 0) + f.count);
    for (const [rule, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`| ${set} | ${rule} | ${n} |`);
  }
  lines.push('', '## Counts per rule', '', '| rule | findings | sets |', '|---|---|---|');
  const perRule = new Map<string, { n: number; sets: Set<string> }>();
  for (const f of findings) {
    const r = perRule.get(f.rule) ?? { n: 0, sets: new Set<string>() };
    r.n += f.count;
    r.sets.add(f.set);
    perRule.set(f.rule, r);
  }
  for (const [rule, r] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`| ${rule} | ${r.n} | ${r.sets.size} |`);
  if (style.baseline) lines.push(...beforeAfter(findings));
  lines.push('', '## Findings', '');
  for (const set of sets) {
    const mine = findings.filter((f) => f.set === set);
    if (mine.length === 0) continue;
    lines.push(`### ${set}`, '');
    lines.push(
      style.verdicts ? '| file:line | rule | severity | message | verdict |' : '| file:line | rule | severity | message |',
      style.verdicts ? '|---|---|---|---|---|' : '|---|---|---|---|',
    );
    for (const f of mine) {
      const file = f.file.startsWith(set + '/') ? f.file.slice(set.length + 1) : f.file;
      const times = f.count > 1 ? ` (×${f.count})` : '';
      const row = `| ${escapeCell(file)}:${f.line} | ${f.rule} (${f.messageId})${times} | ${f.severity} | ${escapeCell(f.message)} |`;
      lines.push(style.verdicts ? `${row} ${escapeCell(f.verdict)} |` : row);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = corpusRoot();
  if (!fs.existsSync(root)) {
    console.error(`corpus-report: no corpus at ${root} (set FABRIC_LINT_CORPUS)`);
    process.exitCode = 1;
    return;
  }
  const previous = readPrevious();
  const sets = corpusSets(root);
  const findings = await lintCorpus(root);
  const seen = new Set<string>();
  for (const f of findings) {
    const k = keyOf(f);
    seen.add(k);
    f.verdict = previous.get(k) ?? UNREVIEWED;
  }
  const dropped = [...previous.keys()].filter((k) => !seen.has(k));
  const doc = {
    comment:
      'Findings of fabric-lint on the real-config corpus; written by `npm run corpus-report`. Review each entry: set `verdict` to "true: <one-line reason>". ' +
      'False positives are not marked: they are reported to the rule owner and stay "unreviewed" until the rule is fixed. Verdicts are kept across regenerations by (set, file, line, rule, messageId).',
    corpus: 'FABRIC_LINT_CORPUS, else test/corpus',
    findings,
  };
  fs.writeFileSync(EXPECTATIONS, JSON.stringify(doc, null, 2) + '\n');
  fs.writeFileSync(REPORT, renderReport(sets, findings) + '\n');
  const unreviewed = findings.filter((f) => f.verdict === UNREVIEWED);
  console.log(`corpus-report: ${sets.length} sets, ${findings.length} distinct findings, ${unreviewed.length} unreviewed`);
  if (dropped.length) console.log(`corpus-report: ${dropped.length} reviewed findings are gone:\n  ${dropped.join('\n  ')}`);
  console.log(`  wrote ${path.relative(process.cwd(), EXPECTATIONS)} and ${path.relative(process.cwd(), REPORT)}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
