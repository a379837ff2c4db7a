// The analysis threads of a language server stop when idle (PoolOptions.idleMs) and start again for the next file:
// a first indexing is over, and each idle thread would keep its engine and WebAssembly memory for ever.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Workspace } from '../../server/src/engine/workspace';
import { AnalysisPool } from '../../server/src/engine/worker-pool';
import { analyzeInThread } from '../../server/src/engine/thread-analysis';

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
});
