// The analysis threads of a language server stop when idle (PoolOptions.idleMs) and start again for the next file:
// a first indexing is over, and each idle thread would keep its engine and WebAssembly memory for ever.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Workspace } from '../../server/src/engine/workspace';
import { AnalysisPool } from '../../server/src/engine/worker-pool';
import { analyzeAllInThreads, analyzeInThread } from '../../server/src/engine/thread-analysis';

const LEAF = path.join(__dirname, '..', '..', '..', 'examples', 'leaf-spine', 'leaf1.cfg');

describe('analysis threads', function () {
  it('stop once idle for idleMs, and a later file starts one again with the same analysis', async () => {
    const ws = await Workspace.create({ roots: ['file:///ws'] });
    const uri = 'file:///ws/leaf1.cfg';
    ws.setFile(uri, fs.readFileSync(LEAF, 'utf8'));
    const pool = new AnalysisPool({ size: 2, idleMs: 100 });
    try {
      const first = await analyzeInThread(pool, ws.analysisJob(uri)!);
      assert.equal(first.kind, 'config');
      assert.equal(pool.threads, 1);
      await sleep(600);
      assert.equal(pool.threads, 0, 'the idle thread was stopped');
      const again = await analyzeInThread(pool, ws.analysisJob(uri)!);
      assert.deepEqual(again, first);
    } finally {
      await pool.close();
    }
  });

  it('are kept while idle when no idleMs is given (the CLI closes its pool itself)', async () => {
    const ws = await Workspace.create({ roots: ['file:///ws'] });
    const uri = 'file:///ws/leaf1.cfg';
    ws.setFile(uri, fs.readFileSync(LEAF, 'utf8'));
    const pool = new AnalysisPool({ size: 1 });
    try {
      await analyzeInThread(pool, ws.analysisJob(uri)!);
      await sleep(300);
      assert.equal(pool.threads, 1);
    } finally {
      await pool.close();
    }
  });

  describe('close()', () => {
    // worker.terminate() stops a thread wherever it is (V8 and WebAssembly teardown from the middle of its work); a
    // thread with nothing to do is asked to end instead, and one still starting is let finish starting first.
    let terminated: number;
    const real = Worker.prototype.terminate;
    beforeEach(() => {
      terminated = 0;
      Worker.prototype.terminate = function (this: Worker) {
        terminated++;
        return real.call(this);
      };
    });
    afterEach(() => {
      Worker.prototype.terminate = real;
    });

    it('ends an idle thread without terminating it', async () => {
      const ws = await Workspace.create({ roots: ['file:///ws'] });
      const uri = 'file:///ws/leaf1.cfg';
      ws.setFile(uri, fs.readFileSync(LEAF, 'utf8'));
      const pool = new AnalysisPool({ size: 1 });
      assert.equal((await analyzeInThread(pool, ws.analysisJob(uri)!)).kind, 'config');
      await pool.close();
      assert.equal(pool.threads, 0);
      assert.equal(terminated, 0, 'terminate() was called');
    });

    it('lets a thread still starting finish starting, then ends it without terminating it; its job fails', async () => {
      const ws = await Workspace.create({ roots: ['file:///ws'] });
      const uri = 'file:///ws/leaf1.cfg';
      ws.setFile(uri, fs.readFileSync(LEAF, 'utf8'));
      const pool = new AnalysisPool({ size: 1 });
      const job = pool.analyze({ uri, text: ws.analysisJob(uri)!.text, roots: ['file:///ws'], settings: ws.analysisJob(uri)!.settings });
      const failed = assert.rejects(job, /analysis pool closed/);
      assert.equal(pool.threads, 1, 'a thread is starting');
      await pool.close();
      await failed;
      assert.equal(terminated, 0, 'terminate() was called');
    });
  });
});

describe('analysis threads that fail', function () {
  this.timeout(60000);
  const EXAMPLE = path.dirname(LEAF);

  it('leave no file out: a file whose thread cannot load the grammars is read on the caller’s thread', async () => {
    const ws = await Workspace.create({ roots: ['file:///ws'] });
    const fresh = await Workspace.create({ roots: ['file:///ws'] });
    for (const f of fs.readdirSync(EXAMPLE)) {
      ws.setFile(`file:///ws/${f}`, fs.readFileSync(path.join(EXAMPLE, f), 'utf8'));
      fresh.setFile(`file:///ws/${f}`, fs.readFileSync(path.join(EXAMPLE, f), 'utf8'));
    }
    // The threads look for their grammars here first (a thread copies the environment when it starts): a netcli grammar
    // that is not WebAssembly, as when a thread's WebAssembly memory is refused under an address-space limit.
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-grammars-'));
    fs.writeFileSync(path.join(broken, 'tree-sitter-netcli.wasm'), 'not WebAssembly');
    const saved = process.env.FABRIC_LINT_GRAMMARS_DIR;
    process.env.FABRIC_LINT_GRAMMARS_DIR = broken;
    const pool = new AnalysisPool({ size: 2 });
    const logged: string[] = [];
    try {
      const uri = 'file:///ws/leaf1.cfg';
      const alone = await analyzeInThread(pool, ws.analysisJob(uri)!);
      assert.deepEqual(
        alone.findings.map((f) => f.ruleId),
        ['workspace/internal-error'],
        'without a thread of its own to fall back on, the file is set aside: the thread really failed',
      );
      await analyzeAllInThreads(ws, pool, ws.uris(), { log: (m) => logged.push(m) });
    } finally {
      if (saved === undefined) delete process.env.FABRIC_LINT_GRAMMARS_DIR;
      else process.env.FABRIC_LINT_GRAMMARS_DIR = saved;
      await pool.close();
      fs.rmSync(broken, { recursive: true, force: true });
    }
    assert.equal(logged.filter((m) => /the analysis thread failed .*; read on this thread instead/.test(m)).length, ws.uris().length, logged.join('\n'));
    const lint = ws.lint();
    assert.equal(lint.fabric.devices.size, 6);
    assert.deepEqual(lint.findings, fresh.lint().findings);
  });
});
