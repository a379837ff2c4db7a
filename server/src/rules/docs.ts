import { DIALECT_IDS, dialectModule, type Dialect } from '../dialects/registry';
import type { Rule } from './types';

/** docs/rules/<category>-<slug>.md: the file name of a rule's generated page. */
export function docFileName(ruleId: string): string {
  return `${ruleId.replace('/', '-')}.md`;
}

/**
 * In which dialects a rule is shown to fire (scripts/rule-fixtures.ts): by its fixtures, and on the real
 * configurations of the corpus. Derived, not declared, so the docs name exactly the dialects the tests prove.
 */
export interface RuleEvidence {
  fixtures: Dialect[];
  corpus: Dialect[];
}

function testedOn(e: RuleEvidence): string {
  const names = (ds: Dialect[]): string => ds.map((d) => dialectModule(d).name).join(', ');
  if (e.fixtures.length === DIALECT_IDS.length) return 'every dialect (the finding is about topology or intent files)';
  const parts = [e.fixtures.length > 0 ? `fixtures: ${names(e.fixtures)}` : 'no fixture'];
  if (e.corpus.length > 0) parts.push(`real configurations: ${names(e.corpus)}`);
  return parts.join('; ');
}

/** The page of one rule, generated from its metadata and its test evidence, so the docs cannot drift from the code. */
export function renderRuleDoc(rule: Rule, evidence: RuleEvidence): string {
  const lines: string[] = [
    `<!-- Generated from server/src/rules by \`npm run docs\`. Do not edit. -->`,
    `# ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    `| default severity | scope | tested on | quick-fix |`,
    `|---|---|---|---|`,
    `| ${rule.severity} | ${rule.scope} | ${testedOn(evidence)} | ${rule.fix ? 'yes' : 'no'} |`,
    '',
    '## Why it matters',
    '',
    rule.rationale,
    '',
    '## Example',
    '',
    '```' + rule.example.dialect,
    rule.example.config,
    '```',
    '',
  ];
  if (rule.example.explanation) lines.push(rule.example.explanation, '');
  lines.push('## Messages', '');
  for (const [id, text] of Object.entries(rule.messages)) lines.push(`- \`${id}\`: ${text}`);
  lines.push('', '## Fix', '', rule.fix ?? 'No automatic fix: the right change depends on the design.', '');
  lines.push('## Options', '');
  const opts = Object.entries(rule.options ?? {});
  if (opts.length === 0) lines.push('None besides the severity.');
  else for (const [k, o] of opts) lines.push(`- \`${k}\` (default \`${JSON.stringify(o.default)}\`): ${o.description}`);
  lines.push(
    '',
    'Severity is set per rule in `fabric-intent.yaml` (`rules: {"' +
      rule.id +
      '": {severity: warning}}`), ' +
      'in the `fabricLint.rules` setting, or with `fabric-lint --rule ' +
      rule.id +
      '=off`.',
    '',
  );
  return lines.join('\n');
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const lines = [
    '<!-- Generated from server/src/rules by `npm run docs`. Do not edit. -->',
    '# Rules',
    '',
    '| rule | title | severity | scope | fix |',
    '|---|---|---|---|---|',
  ];
  for (const r of rules) lines.push(`| [${r.id}](${docFileName(r.id)}) | ${r.title} | ${r.severity} | ${r.scope} | ${r.fix ? 'yes' : ''} |`);
  return lines.join('\n') + '\n';
}
