import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, FIXTURES, rmTemp, show, tempCopy } from './run';

/**
 * A file whose reading throws is set aside by the engine (engine/workspace.ts), which the CLI shares with the
 * language server: the file gets one workspace/internal-error finding and the rest of the fabric is linted as if
 * it were not there. No real input is known to make a reader throw (the fuzz suite and the corpus keep it so; a
 * crash found is fixed), so the fault is injected: FABRIC_LINT_INJECT_FAULT names a string whose presence makes
 * the engine throw while reading that file.
 */
const MARKER = 'FAULT-7f3c';
const ENV = { FABRIC_LINT_INJECT_FAULT: MARKER };
const CRASHING = `! ${MARKER}\nhostname crashy\ninterface Ethernet1\n   mtu 9000\n!\nend\n`;
const SET_ASIDE =
  /^crashy\.cfg:1:1: error: fabric-lint failed to read this file \(injected fault \(FABRIC_LINT_INJECT_FAULT\)\); it is left out of the fabric\. Please report this with the file\. \[workspace\/internal-error\]$/;

describe('fabric-lint CLI: a file whose reading throws', function () {
  this.slow(3000);
  let dir = '';
  beforeEach(() => {
    dir = tempCopy(path.join(FIXTURES, 'mismatch'));
  });
  afterEach(() => rmTemp(dir));

  it('gets one error finding; the other files are linted as if it were not there', async () => {
    const without = await cli(['.'], dir, ENV);
    fs.writeFileSync(path.join(dir, 'crashy.cfg'), CRASHING);
    const r = await cli(['.'], dir, ENV);
    assert.equal(r.code, 1, show(r));
    assert.equal(r.stderr, '', show(r));
    const lines = r.stdout.trimEnd().split('\n');
    const setAside = lines.filter((l) => l.startsWith('crashy.cfg'));
    assert.equal(setAside.length, 1, show(r));
    assert.match(setAside[0]!, SET_ASIDE);
    // Everything else is what the fabric gives without the file (the summary counts one more file and error).
    const rest = (out: string): string[] =>
      out
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith('crashy.cfg'))
        .slice(0, -1);
    assert.deepEqual(rest(r.stdout), rest(without.stdout));
    assert.equal(lines.at(-1), '3 errors, 0 warnings, 0 info in 3 files (2 devices, 1 link)');
  });

  it('is read like any file when nothing throws (the marker alone does nothing)', async () => {
    fs.writeFileSync(path.join(dir, 'crashy.cfg'), CRASHING);
    const r = await cli(['.'], dir);
    assert.doesNotMatch(r.stdout, /internal-error/, show(r));
    assert.match(r.stdout.trimEnd().split('\n').at(-1)!, /in 3 files \(3 devices, 1 link\)$/, show(r));
  });

  it('prints the stack with FABRIC_LINT_DEBUG, for a bug report', async () => {
    fs.writeFileSync(path.join(dir, 'crashy.cfg'), CRASHING);
    const r = await cli(['.', '--format', 'json'], dir, { ...ENV, FABRIC_LINT_DEBUG: '1' });
    assert.equal(r.code, 1, show(r));
    assert.match(r.stderr, /^fabric-lint: reading .*crashy\.cfg failed:\nError: injected fault \(FABRIC_LINT_INJECT_FAULT\)\n\s+at /, show(r));
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string }[] }).findings.filter(
      (x) => x.ruleId === 'workspace/internal-error',
    );
    assert.deepEqual(
      findings.map((x) => x.severity),
      ['error'],
    );
  });
});
