/**
 * One runner for every rule's fixtures (test/fixtures/rules/<category>-<slug>/{fires,clean}/):
 * - fires/ holds a small fabric in which the rule must report exactly where `! expect: <rule-id>`
 *   (or `# expect: …`) markers say: the finding is on the next line that is not a marker
 *   (`expect-file:` for a finding about the whole file, on its first line);
 * - clean/ holds a fabric close to it where the rule must stay silent;
 * - a rule that needs more than one fabric (a tie between two devices, a mixed-vendor fabric) adds
 *   fires-<name>/ and clean-<name>/ folders, each linted as a workspace of its own;
 * - every fix of every finding in fires/ is applied to a scratch copy, the copy is linted again, and the
 *   finding must be gone with no finding of another rule or file appearing.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../server/src/rules/index';
import type { Finding } from '../../server/src/rules/types';
import { applyEdits } from '../../server/src/output/apply-fixes';
import { REPO_ROOT, tempCopy, workspaceOf } from '../helpers/lint';
import { byPlace, dirOf, expectations, variants, type Expectation } from '../../scripts/rule-fixtures';

/** Rules whose fixtures are not written yet must be listed here, with the reason; the list should be empty. */
const PENDING = new Set<string>([]);
/**
 * Rules that no file can make fire, since their finding is the safety net for a defect: tested where the fault
 * is injected instead of by fixtures.
 */
const INJECTED: Record<string, string[]> = {
  'workspace/internal-error': ['test/cli/set-aside.test.ts', 'test/lsp/set-aside.test.ts'],
};

/** `fires/` (or `clean/`) first, then its `fires-<name>/` siblings, in name order. */

function placesOf(findings: Finding[], ruleId: string): Expectation[] {
  return findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ file: fileURLToPath(f.loc.uri), line: f.loc.range.start.line }))
    .sort(byPlace);
}

function rel(e: Expectation[], root: string): string[] {
  return e.map((x) => `${path.relative(root, x.file)}:${x.line + 1}`);
}

describe('rule fixtures', () => {
  for (const rule of allRules) {
    describe(rule.id, () => {
      const dir = dirOf(rule.id);
      if (PENDING.has(rule.id)) {
        it.skip(`fixtures pending for ${rule.id}`);
        return;
      }
      const injected = INJECTED[rule.id];
      if (injected) {
        it('is tested where its fault is injected', () => {
          for (const t of injected) assert.match(fs.readFileSync(path.join(REPO_ROOT, t), 'utf8'), new RegExp(rule.id.replace('/', '\\/')), t);
        });
        return;
      }

      it('has a fires/ and a clean/ fixture', () => {
        assert.ok(fs.existsSync(path.join(dir, 'fires')), `missing ${path.relative(REPO_ROOT, dir)}/fires`);
        assert.ok(fs.existsSync(path.join(dir, 'clean')), `missing ${path.relative(REPO_ROOT, dir)}/clean`);
      });

      const firesDirs = variants(dir, 'fires');
      const cleanDirs = variants(dir, 'clean');

      for (const fires of firesDirs) {
        const name = path.basename(fires);
        it(`reports exactly at the expect markers in ${name}/`, async function () {
          const expected = expectations(fires, rule.id);
          assert.ok(expected.length > 0, `${name}/ of ${rule.id} has no "expect: ${rule.id}" marker`);
          const result = (await workspaceOf(fires)).lint();
          assert.deepEqual(rel(placesOf(result.findings, rule.id), fires), rel(expected, fires));
        });
      }

      for (const clean of cleanDirs) {
        it(`is silent on ${path.basename(clean)}/`, async function () {
          const result = (await workspaceOf(clean)).lint();
          assert.deepEqual(rel(placesOf(result.findings, rule.id), clean), []);
        });
      }

      for (const fires of firesDirs) {
        it(`each fix in ${path.basename(fires)}/ removes its finding and adds nothing`, async function () {
          const before = (await workspaceOf(fires)).lint().findings;
          const fixable = before.filter((f) => f.ruleId === rule.id && f.fixes.length > 0);
          if (rule.fix && fires === firesDirs[0]) assert.ok(fixable.length > 0, `${rule.id} documents a fix but no finding in fires/ carries one`);
          for (const finding of fixable) {
            for (const fix of finding.fixes) {
              const copy = tempCopy(fires);
              try {
                const byFile = new Map<string, typeof fix.edits>();
                for (const e of fix.edits) {
                  const file = path.join(copy, path.relative(fires, fileURLToPath(e.uri)));
                  byFile.set(file, [...(byFile.get(file) ?? []), e]);
                }
                for (const [file, edits] of byFile) fs.writeFileSync(file, applyEdits(fs.readFileSync(file, 'utf8'), edits));
                const after = (await workspaceOf(copy)).lint().findings;
                const key = (f: Finding, root: string): string => `${f.ruleId} ${path.relative(root, fileURLToPath(f.loc.uri))}`;
                const beforeKeys = new Set(before.map((f) => key(f, fires)));
                const added = after.filter((f) => !beforeKeys.has(key(f, copy)));
                assert.deepEqual(
                  added.map((f) => `${key(f, copy)}: ${f.message}`),
                  [],
                  `fix "${fix.title}" added findings`,
                );
                const count = (fs2: Finding[], root: string, k: string): number =>
                  fs2.filter((f) => key(f, root) === k && f.messageId === finding.messageId).length;
                const k = key(finding, fires);
                assert.ok(count(after, copy, k) < count(before, fires, k), `fix "${fix.title}" did not remove "${finding.message}"`);
              } finally {
                fs.rmSync(copy, { recursive: true, force: true });
              }
            }
          }
        });
      }
    });
  }
});
