import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { OFF_THREAD_CHARS } from '../../server/src/lsp/workspace-sync';
import { FIXTURES, ofRule, serverSession, tempCopy, uriOf } from './harness';

const MTU = 'mtu/link-mismatch';
const hasMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length > 0;

/** An EOS config of `n` interfaces, before `end`. */
function interfaces(n: number, from = 100): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `interface Ethernet${from + i}\n   description filler ${i}\n   mtu 9214\n!\n`;
  return s;
}

describe('language server: per-file analysis budget in a thread', function () {
  this.timeout(120000);
  const session = serverSession(() => tempCopy(path.join(FIXTURES, 'fabric')));
  const f = session.f;

  it('reads a big config in an analysis thread with the same findings as inline', async () => {
    const leaf = fs.readFileSync(f('leaf1.cfg'), 'utf8');
    const big = leaf.replace(/^end$/m, interfaces(12000) + 'end');
    assert.ok(big.length > OFF_THREAD_CHARS, 'the file is big enough to go to a thread');
    fs.writeFileSync(f('leaf1.cfg'), big);
    // A budget no loaded CI machine reaches: this test is about the thread's result, not the budget.
    const client = await session.start({ transport: 'stdio', settings: {}, env: { FABRIC_LINT_ANALYSIS_BUDGET_MS: '100000' } });
    const d = ofRule(await client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch from the thread', hasMtu), MTU);
    assert.equal(d.length, 1);
    assert.equal(d[0]!.range.start.line, 7, "leaf1's `mtu 9214` line");
    await client.waitForDiagnostics(f('spine1.cfg'), 'the other end too', hasMtu);
  });

  it('keeps answering while a huge file is parsed, and gives the file one diagnostic when it runs over budget', async () => {
    const client = await session.start({ transport: 'stdio', settings: {}, env: { FABRIC_LINT_ANALYSIS_BUDGET_MS: '300' } });
    await client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);
    const huge = f('huge.cfg');
    await client.writeFile(huge, `! device: huge (DCS-7280, EOS-4.30.1F)\nhostname huge\n${interfaces(300000)}end\n`, true);
    const since = client.publishes.length;

    // The server reads the file, starts its analysis thread and answers requests from the last lint.
    const line = client
      .text(f('leaf2.cfg'))
      .split('\n')
      .findIndex((l) => /^\s*mtu \d+/.test(l));
    const hover = await client.hover(f('leaf2.cfg'), line, 4);
    assert.ok(hover, 'hover is answered');
    assert.ok(!client.publishes.slice(since).some((p) => p.uri === uriOf(huge)), 'answered before the huge file was done');
    const classify: unknown = await client.connection.sendRequest('fabricLint/classify', { uri: uriOf(huge) });
    assert.deepEqual(classify, { kind: 'unknown' }, 'a file still in its thread is not parsed on the server thread');

    const d = await client.waitForDiagnostics(huge, 'one over-budget diagnostic', (x) => x.length > 0);
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0]!.code, 'workspace/syntax-error');
    assert.match(d[0]!.message, /gave up parsing this file after 0\.3 s; it is left out of the fabric/);

    // Nothing stuck: an edit elsewhere is linted as before.
    await client.open(f('leaf1.cfg'));
    const mtuLine = client
      .text(f('leaf1.cfg'))
      .split('\n')
      .findIndex((l) => /^\s*mtu 9214/.test(l));
    await client.replaceLine(f('leaf1.cfg'), mtuLine, '   mtu 9000');
    await client.waitForDiagnostics(f('spine1.cfg'), 'mismatch cleared', (x) => !hasMtu(x));
  });
});
