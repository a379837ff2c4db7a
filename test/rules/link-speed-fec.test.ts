import { strict as assert } from 'node:assert';
import { normalizeFec } from '../../server/src/rules/link/speed-fec-mismatch';

// Speed words are read by the dialects into Interface.speed (test/model/port-speed.test.ts).
describe('link/speed-fec-mismatch normalization', () => {
  it('groups FEC modes by family', () => {
    assert.equal(normalizeFec('reed-solomon'), 'rs');
    assert.equal(normalizeFec('rs-fec'), 'rs');
    assert.equal(normalizeFec('fire-code'), 'fc');
    assert.equal(normalizeFec('fc-fec'), 'fc');
    assert.equal(normalizeFec('none'), 'none');
    assert.equal(normalizeFec('auto'), undefined);
  });
});
