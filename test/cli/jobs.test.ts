import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, FIXTURES, ROOT, rmTemp, show, tempCopy } from './run';
import { threadsFor } from '../../server/src/engine/thread-analysis';
import { benchFabric } from '../helpers/bench-fabric';

/**
 * --jobs: files are parsed and read on that many threads (engine/thread-analysis.ts), the fabric and the rules
 * on the main thread. The report must not depend on it, byte for byte, on a real fabric of every dialect.
 */
describe('fabric-lint CLI: --jobs', function () {
  this.timeout(300000);
  this.slow(60000);
  const corpus = path.join(ROOT, 'test', 'corpus');
  const DEBUG = { FABRIC_LINT_DEBUG: '1' };

  for (const format of ['text', 'json']) {
    it(`gives the same ${format} report of the whole corpus on the main thread and on 2 and 3 threads`, async () => {
      const one = await cli(['.', '--format', format, '--jobs', '1'], corpus, DEBUG);
      const two = await cli(['.', '--format', format, '--jobs', format === 'text' ? '2' : '3'], corpus, DEBUG);
      assert.match(one.stderr, /^fabric-lint: read \d+ files on the main thread with the \w+ parser( \(.*\))?$/m, show(one));
      assert.match(two.stderr, /^fabric-lint: read \d+ files on [23] threads with the \w+ parser( \(.*\))?$/m, show(two));
      assert.equal(one.code, 1, show(one));
      assert.ok(one.stdout.length > 100_000, 'the corpus has findings');
      assert.equal(two.code, one.code);
      assert.ok(two.stdout === one.stdout, 'the reports differ');
    });
  }

  it('sets aside a file whose reading throws in a thread as on the main thread', async () => {
    const dir = tempCopy(path.join(FIXTURES, 'mismatch'));
    try {
      fs.writeFileSync(path.join(dir, 'crashy.cfg'), '! FAULT-7f3c\nhostname crashy\ninterface Ethernet1\n   mtu 9000\n!\nend\n');
      const env = { FABRIC_LINT_INJECT_FAULT: 'FAULT-7f3c', ...DEBUG };
      const one = await cli(['.', '--jobs', '1'], dir, env);
      const two = await cli(['.', '--jobs', '2'], dir, env);
      assert.match(two.stdout, /^crashy\.cfg:1:1: error: fabric-lint failed to read this file \(injected fault/m, show(two));
      assert.equal(two.stdout, one.stdout);
      assert.match(two.stderr, /reading .*crashy\.cfg failed:\nError: injected fault \(FABRIC_LINT_INJECT_FAULT\)\n\s+at /, show(two));
    } finally {
      rmTemp(dir);
    }
  });

  it('without --jobs, reads a small fabric on the main thread and a large one on one thread per core with 8 MB of text each', async () => {
    const MB = 1024 * 1024;
    assert.equal(threadsFor(15 * MB, 8), 1, 'under 8 MB for each of two threads: the main thread');
    assert.equal(threadsFor(16 * MB, 2), 2);
    assert.equal(threadsFor(16 * MB, 8), 2, 'two threads with 8 MB each, not eight');
    assert.equal(threadsFor(256 * MB, 8), 8, 'one per core at most');
    assert.equal(threadsFor(256 * MB, 1), 1);
    const small = await cli([path.join(ROOT, 'examples', 'leaf-spine')], ROOT, DEBUG);
    assert.match(small.stderr, /^fabric-lint: read 6 files on the main thread with the wasm parser$/m, show(small));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-jobs-'));
    try {
      let chars = 0;
      for (const [name, text] of benchFabric(384)) {
        fs.writeFileSync(path.join(dir, name), text);
        chars += text.length;
      }
      const large = await cli(['.'], dir, DEBUG);
      const threads = threadsFor(chars);
      const on = threads > 1 ? `on ${threads} threads` : 'on the main thread';
      assert.match(large.stderr, new RegExp(`^fabric-lint: read 384 files ${on} with the wasm parser$`, 'm'), show(large));
      assert.equal(large.code, 0, show(large));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a number of threads below one', async () => {
    const r = await cli(['.', '--jobs', '0'], corpus);
    assert.equal(r.code, 2, show(r));
    assert.match(r.stderr, /--jobs expects a whole number of threads, at least 1, got "0"/);
  });
});
