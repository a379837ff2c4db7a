import * as assert from 'node:assert/strict';
import { rmTemp } from '../cli/run';
import { assertAnswered, boundedCli, workspace, type BoundedRun } from './bounded-run';

/**
 * Issue 8's hostile inputs, each generated here (nothing large is committed) and run through the real
 * CLI: each must be answered within the generous bounds of bounded-run.ts, with a clear message or a
 * clean result. Each case also checks the answer itself, so a run that skips the input cannot pass.
 */
async function lint(files: Record<string, string>, args: string[] = []): Promise<BoundedRun> {
  const dir = workspace(files);
  try {
    const r = await boundedCli([...args, dir]);
    assertAnswered(r);
    return r;
  } finally {
    rmTemp(dir);
  }
}

const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

describe('reliability: pathological inputs are answered within 10 s and 1 GB', function () {
  this.timeout(60000);

  describe('nesting', () => {
    it('Junos braces nested 300,000 levels deep: one located diagnostic, the rest of the config read', async () => {
      const n = 300000;
      const text = 'system {\n    host-name deep1;\n}\ninterfaces {\n' + repeat(n, (i) => `g${i} {\n`) + '}\n'.repeat(n) + '}\n';
      const r = await lint({ 'deep1.conf': text });
      assert.match(r.stdout, /deep1\.conf:204:1: warning: .*nested more than 200 levels deep/);
      assert.match(r.stdout, /1 device/);
    });

    it('a Junos statement of 100,000 words, and a set line as long', async () => {
      const words = repeat(100000, (i) => ` w${i}`);
      const r = await lint({
        'braces.conf': `system {\n    host-name words1;\n}\ninterfaces {\n   ${words};\n}\n`,
        'set.conf': `set system host-name words2\nset interfaces${words}\n`,
      }, ['--dialect', '*.conf=junos']);
      assert.match(r.stdout, /braces\.conf:5:5: warning: .*nested more than 200 levels deep/);
      assert.match(r.stdout, /set\.conf:2:1: warning: .*nested more than 200 levels deep/);
      assert.match(r.stdout, /2 devices/);
    });
  });
});
