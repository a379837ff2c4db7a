// The truth on real configs: every finding fabric-lint makes on the corpus must be one a reviewer has
// read and marked "true: <reason>" in test/corpus-expectations.json. A finding that appears or
// disappears fails the test with a diff; `npm run corpus-report` regenerates the file (keeping the
// verdicts) so the reviewer can mark what is new.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles, readText } from '../../server/src/engine/files';
import { pathToUri, uriToPath } from '../../server/src/engine/uri';
import { Workspace } from '../../server/src/engine/workspace';
import { corpusDir } from '../helpers/lint';
import { EXPECTATIONS, isReviewedTrue, keyOf, readExpectations, type ExpectationKey as Key } from '../../scripts/corpus-expectations';

/** The same walk as scripts/corpus-report.ts: each <dialect>/<set> folder is one workspace. */
async function corpusFindings(root: string): Promise<Map<string, Key & { message: string }>> {
  const out = new Map<string, Key & { message: string }>();
  for (const dialect of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dialect.isDirectory() || dialect.name.startsWith('.')) continue;
    for (const s of fs.readdirSync(path.join(root, dialect.name), { withFileTypes: true })) {
      if (!s.isDirectory() || s.name.startsWith('.')) continue;
      const set = `${dialect.name}/${s.name}`;
      const dir = path.join(root, set);
      const ws = await Workspace.create({ roots: [pathToUri(dir)] });
      for (const file of await collectFiles([dir])) ws.setFile(pathToUri(file), await readText(file));
      for (const f of ws.lint().findings) {
        const k = {
          set,
          file: path.relative(root, uriToPath(f.loc.uri)).split(path.sep).join('/'),
          line: f.loc.range.start.line + 1,
          rule: f.ruleId,
          messageId: f.messageId,
          message: f.message,
        };
        out.set(keyOf(k), k);
      }
    }
  }
  return out;
}

const show = (e: Key & { message?: string }): string => `  ${e.file}:${e.line} ${e.rule} (${e.messageId})${e.message ? ` — ${e.message}` : ''}`;

describe('corpus: findings equal the reviewed expectations', function () {
  const root = corpusDir();

  it('matches test/corpus-expectations.json (no new, no lost, none unreviewed)', async function () {
    assert.ok(fs.existsSync(EXPECTATIONS), 'test/corpus-expectations.json is missing: run `npm run corpus-report` and review it');
    const expected = readExpectations();
    const actual = await corpusFindings(root);

    const added = [...actual.keys()].filter((k) => !expected.has(k)).map((k) => actual.get(k)!);
    const removed = [...expected.keys()].filter((k) => !actual.has(k)).map((k) => expected.get(k)!);
    const unreviewed = [...expected.values()].filter((e) => actual.has(keyOf(e)) && !isReviewedTrue(e.verdict));

    const report: string[] = [];
    if (added.length) report.push(`${added.length} new finding(s), not in the expectations (run \`npm run corpus-report\` and review them):`, ...added.map(show));
    if (removed.length) report.push(`${removed.length} expected finding(s) no longer reported (a lost true positive, or a fixed false positive: regenerate):`, ...removed.map(show));
    if (unreviewed.length) {
      report.push(`${unreviewed.length} finding(s) without a "true: <reason>" verdict (unreviewed, or false positives waiting for a rule fix):`, ...unreviewed.map((e) => `${show(e)} [${e.verdict}]`));
    }
    if (report.length) console.log(report.map((l) => '    ' + l).join('\n'));
    assert.equal(added.length + removed.length + unreviewed.length, 0, `corpus findings differ from the reviewed expectations: +${added.length} -${removed.length}, ${unreviewed.length} unreviewed (diff printed above)`);
  });
});
