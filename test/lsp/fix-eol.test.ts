// The language server's quick fixes and fix-all follow the document's line ending, as --fix does: in a
// CRLF file every line break they insert is CRLF, and a fix-all that needs two passes is one edit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { ofRule, REPO_ROOT, serverSession } from './harness';

const FIX_ALL = 'source.fixAll.fabric-lint';

function editsOf(action: CodeAction): TextEdit[] {
  const e = action.edit ?? {};
  return [...Object.values(e.changes ?? {}).flat(), ...(e.documentChanges ?? []).flatMap((d) => ('edits' in d ? (d.edits as TextEdit[]) : []))];
}

/** The example fabric's configs in a scratch folder, with CRLF line endings. */
function crlfCopyOfExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-eol-'));
  const example = path.join(REPO_ROOT, 'examples', 'leaf-spine');
  for (const name of fs.readdirSync(example).filter((n) => n.endsWith('.cfg'))) {
    fs.writeFileSync(path.join(dir, name), fs.readFileSync(path.join(example, name), 'utf8').replace(/\n/g, '\r\n'));
  }
  return dir;
}

describe('language server: fixes keep the line ending of a CRLF file', function () {
  this.timeout(60000);
  const s = serverSession(crlfCopyOfExample, { transport: 'stdio', settings: {} });

  it('sends CRLF in quick fixes and fix-all, and the fixed file has no bare LF', async () => {
    // Not opened: the server reads it from disk, and the client applies the edits to the file.
    const leaf1 = path.join(s.dir, 'leaf1.cfg');
    const diags = await s.client.waitForDiagnostics(leaf1, 'PFC one-sided', (d) => ofRule(d, 'pfc/one-sided').length > 0);
    const quick = await s.client.codeActions(leaf1, ofRule(diags, 'pfc/one-sided'), ['quickfix']);
    const inserted = quick
      .flatMap(editsOf)
      .map((e) => e.newText)
      .filter((t) => /[\r\n]/.test(t));
    assert.ok(inserted.length > 0, 'a quick fix inserts lines');
    for (const t of inserted) assert.doesNotMatch(t, /(^|[^\r])\n/, `bare LF in ${JSON.stringify(t)}`);

    const [all] = await s.client.codeActions(leaf1, [], [FIX_ALL]);
    assert.ok(all, 'fix-all is offered');
    for (const e of editsOf(all)) assert.doesNotMatch(e.newText, /(^|[^\r])\n/, `bare LF in ${JSON.stringify(e.newText)}`);
    await s.client.applyEdit(all.edit!);
    const fixed = fs.readFileSync(leaf1, 'utf8');
    assert.doesNotMatch(fixed, /(^|[^\r])\n/, 'the fixed leaf1 has only CRLF line breaks');
  });
});
