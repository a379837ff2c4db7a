import { strict as assert } from 'node:assert';
import { fmtSet } from '../../server/src/rules/support/describe';
import { strictMajority } from '../../server/src/rules/support/roles';

describe('rules/support helpers', () => {
  it('trusts only a strict majority of at least `min` voters', () => {
    assert.equal(strictMajority(['3', '3', '4'], (v) => v)?.key, '3');
    assert.equal(
      strictMajority(['3', '4'], (v) => v),
      undefined,
    );
    assert.equal(
      strictMajority(['3', '3', '4', '4'], (v) => v),
      undefined,
    );
    assert.equal(strictMajority(['3', '3', '', '', ''], (v) => v)?.key, '');
  });

  it('writes priority sets the same way in every message', () => {
    assert.equal(fmtSet([3, 4]), '{3,4}');
    assert.equal(fmtSet([]), 'none');
  });
});
