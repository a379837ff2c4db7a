// Writes docs/rules/*.md from the rule metadata and removes pages of rules that no longer exist.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../server/src/rules/index';
import { docFileName, renderRuleDoc, renderRuleIndex } from '../server/src/rules/docs';
import { ruleEvidence } from './rule-fixtures';

const dir = path.resolve(__dirname, '..', '..', 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
const wanted = new Set<string>(['README.md']);
const evidence = ruleEvidence(allRules.map((r) => r.id));
for (const rule of allRules) {
  const name = docFileName(rule.id);
  wanted.add(name);
  fs.writeFileSync(path.join(dir, name), renderRuleDoc(rule, evidence.get(rule.id)!));
}
fs.writeFileSync(path.join(dir, 'README.md'), renderRuleIndex(allRules));
for (const f of fs.readdirSync(dir)) if (!wanted.has(f)) fs.rmSync(path.join(dir, f));
console.log(`docs: ${allRules.length} rules written to ${path.relative(process.cwd(), dir)}`);
