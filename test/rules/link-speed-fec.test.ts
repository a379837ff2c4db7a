import { strict as assert } from 'node:assert';
import { normalizeFec } from '../../server/src/rules/link/speed-fec-mismatch';
import { parseSpeedWord as normalizeSpeed } from '../../server/src/model/port-speed';

describe('link/speed-fec-mismatch normalization', () => {
  it('reads EOS, NX-OS and IOS speeds in Gb/s', () => {
    assert.deepEqual(normalizeSpeed('forced 100gfull'), { gbps: 100 });
    assert.deepEqual(normalizeSpeed('100g-4'), { gbps: 100, lanes: 4 });
    assert.deepEqual(normalizeSpeed('100000'), { gbps: 100 });
    assert.deepEqual(normalizeSpeed('25g'), { gbps: 25 });
    assert.equal(normalizeSpeed('auto'), undefined);
    assert.equal(normalizeSpeed('auto 100g'), undefined);
  });
  it('groups FEC modes by family', () => {
    assert.equal(normalizeFec('reed-solomon'), 'rs');
    assert.equal(normalizeFec('rs-fec'), 'rs');
    assert.equal(normalizeFec('fire-code'), 'fc');
    assert.equal(normalizeFec('fc-fec'), 'fc');
    assert.equal(normalizeFec('none'), 'none');
    assert.equal(normalizeFec('auto'), undefined);
  });
});
