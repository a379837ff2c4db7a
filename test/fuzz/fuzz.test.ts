import * as assert from 'node:assert/strict';
import { runFuzz } from './fuzz';

/** FUZZ_SEED replays another seed; the default keeps CI deterministic. Longer runs: `npm run fuzz`. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

describe('language server fuzz (real protocol, seeded)', function () {
  // A bound on resources, not a benchmark: 10,000 edits take well under this on a loaded 2-core machine.
  this.timeout(240000);

  it(`10,000 edits, file events and malformed messages leave the diagnostics of a fresh server (seed ${SEED})`, async () => {
    const report = await runFuzz({ seed: SEED, edits: 10000, batch: 500 });
    assert.equal(report.edits, 10000);
    assert.ok(report.batches >= 20, `compared with a fresh server after every batch (${report.batches})`);
  });
});
