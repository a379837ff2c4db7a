import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules/index';
import { docFileName, renderRuleDoc, renderRuleIndex } from '../../server/src/rules/docs';
import { REPO_ROOT } from '../helpers/lint';
import { ruleEvidence } from '../../scripts/rule-fixtures';

const DIR = path.join(REPO_ROOT, 'docs', 'rules');

describe('rule docs', () => {
  it('every rule has a generated page that is up to date (run `npm run docs`)', () => {
    const evidence = ruleEvidence(allRules.map((r) => r.id));
    const stale = allRules.filter((r) => {
      const file = path.join(DIR, docFileName(r.id));
      return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== renderRuleDoc(r, evidence.get(r.id)!);
    });
    assert.deepEqual(
      stale.map((r) => r.id),
      [],
    );
  });

  it('every page belongs to a rule', () => {
    const names = new Set(allRules.map((r) => docFileName(r.id)));
    const orphans = fs.readdirSync(DIR).filter((f) => f !== 'README.md' && !names.has(f));
    assert.deepEqual(orphans, []);
  });

  it('the index lists every rule', () => {
    assert.equal(fs.readFileSync(path.join(DIR, 'README.md'), 'utf8'), renderRuleIndex(allRules));
  });

  it('rule ids are unique, category/slug, and their category matches', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of allRules) {
      assert.match(r.id, /^[a-z][a-z0-9]*\/[a-z0-9-]+$/);
      assert.equal(r.id.split('/')[0], r.category, r.id);
      assert.ok(r.rationale.length > 40, `${r.id} needs a rationale`);
      assert.ok(Object.keys(r.messages).length > 0, `${r.id} needs messages`);
    }
  });
});
