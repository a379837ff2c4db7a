import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { OFF_THREAD_CHARS } from '../../server/src/lsp/workspace-sync';
import { FIXTURES, ofRule, serverSession, tempCopy, uriOf } from './harness';

/**
 * A file whose reading throws is set aside by the engine (engine/workspace.ts), not by the server: one
 * workspace/internal-error diagnostic on it, the rest of the fabric linted. No real input is known to make a
 * reader throw (the fuzz suite and the corpus keep it so; a crash found is fixed), so the fault is injected:
 * FABRIC_LINT_INJECT_FAULT names a string whose presence makes the engine throw while reading that file.
 */
const MARKER = 'FAULT-7f3c';
const ENV = { FABRIC_LINT_INJECT_FAULT: MARKER };
const INTERNAL = 'workspace/internal-error';
const CRASHING = `! ${MARKER}\nhostname crashy\ninterface Ethernet1\n   mtu 9000\n!\nend\n`;

const hasMtu = (d: Diagnostic[]): boolean => ofRule(d, 'mtu/link-mismatch').length > 0;

describe('language server: a file whose reading throws is set aside by the engine', function () {
  this.timeout(120000);
  const session = serverSession(() => tempCopy(path.join(FIXTURES, 'fabric')));
  const f = session.f;

  it('gives that file one error diagnostic, lints the rest, and reads it again once its text changes', async () => {
    fs.writeFileSync(f('crashy.cfg'), CRASHING);
    const client = await session.start({ transport: 'stdio', settings: {}, env: ENV });
    const d = await client.waitForDiagnostics(f('crashy.cfg'), 'the set-aside diagnostic', (x) => x.length > 0);
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0]!.code, INTERNAL);
    assert.equal(d[0]!.severity, 1);
    assert.match(
      d[0]!.message,
      /^fabric-lint failed to read this file \(injected fault \(FABRIC_LINT_INJECT_FAULT\)\); it is left out of the fabric\. Please report this with the file\.$/,
    );
    await client.waitForDiagnostics(f('leaf1.cfg'), 'the rest of the fabric is linted', hasMtu);
    const classify: unknown = await client.connection.sendRequest('fabricLint/classify', { uri: uriOf(f('crashy.cfg')) });
    assert.deepEqual(classify, { kind: 'unclassified' });

    // The same text is not read again on the next lint; a new text is.
    await client.open(f('crashy.cfg'));
    await client.replaceLine(f('crashy.cfg'), 0, '! no marker');
    const after = await client.waitForDiagnostics(f('crashy.cfg'), 'read again', (x) => ofRule(x, INTERNAL).length === 0);
    assert.deepEqual(ofRule(after, INTERNAL), []);
  });

  it('sets aside a big file read in an analysis thread the same way', async () => {
    const filler = '! filler line of a big config that goes to an analysis thread\n'.repeat(Math.ceil(OFF_THREAD_CHARS / 60));
    fs.writeFileSync(f('big-crashy.cfg'), CRASHING.replace('end\n', filler + 'end\n'));
    assert.ok(fs.statSync(f('big-crashy.cfg')).size > OFF_THREAD_CHARS);
    const client = await session.start({ transport: 'stdio', settings: {}, env: { ...ENV, FABRIC_LINT_ANALYSIS_BUDGET_MS: '100000' } });
    const d = await client.waitForDiagnostics(f('big-crashy.cfg'), 'the set-aside diagnostic from the thread', (x) => x.length > 0);
    assert.deepEqual(
      d.map((x) => x.code),
      [INTERNAL],
    );
    await client.waitForDiagnostics(f('leaf1.cfg'), 'the rest of the fabric is linted', hasMtu);
  });
});
