import assert from 'node:assert/strict';
import { loadIntent } from '../../server/src/intent/load';
import { DEFAULT_ROLE, groupByRole, inferRole, roleMatch, roleOf } from '../../server/src/intent/roles';
import { URI } from './helpers';

describe('intent/roles', () => {
  const { intent } = loadIntent(URI, 'roles:\n  border: ["*-bl*", "edge?"]\n  spine: "*SPINE*"\n  leaf: ["*leaf*", "rack-{a,b}-*"]\n');

  it('the first role with a matching glob wins, case-insensitively', () => {
    assert.equal(roleOf(intent, 'dc1-spine1'), 'spine');
    assert.equal(roleOf(intent, 'DC1-LEAF1A'), 'leaf');
    assert.equal(roleOf(intent, 'dc1-bl-leaf1'), 'border'); // border is listed first
    assert.equal(roleOf(intent, 'edge1'), 'border');
    assert.equal(roleOf(intent, 'rack-b-07'), 'leaf');
  });

  it('says which glob matched and where the role is written', () => {
    const m = roleMatch(intent, 'rack-a-01');
    assert.equal(m.source, 'intent');
    assert.equal(m.glob, 'rack-{a,b}-*');
    assert.equal(m.loc?.range.start.line, 3);
  });

  it('falls back to inference, then default', () => {
    assert.equal(roleOf(intent, 'tor7'), 'leaf');
    assert.deepEqual(roleMatch(intent, 'tor7'), { role: 'leaf', source: 'inferred' });
    assert.deepEqual(roleMatch(intent, 'core-router'), { role: DEFAULT_ROLE, source: 'default' });
  });

  it('infers roles from hostnames without an intent', () => {
    const cases: [string, string | undefined][] = [
      ['dc1-superspine1', 'super-spine'],
      ['Super-Spine-02', 'super-spine'],
      ['dc1-spine1', 'spine'],
      ['dc1-leaf1a', 'leaf'],
      ['border-leaf1', 'border'],
      ['DC1-BL1A', 'border'],
      ['tor-01', 'leaf'],
      ['r12tor3', 'leaf'], // a digit before 'tor' still delimits the token
      ['vectors1', undefined], // a letter before it does not
      ['monitor1', undefined],
      ['storage-sw1', undefined],
      ['blue-sw1', undefined],
      ['sw1', undefined],
    ];
    for (const [h, role] of cases) assert.equal(inferRole(h), role, h);
    assert.equal(roleOf(undefined, 'monitor1'), 'default');
    assert.equal(roleOf(undefined, 'dc1-spine1'), 'spine');
  });

  it('groups hostnames by role in first-seen order', () => {
    const g = groupByRole(intent, ['dc1-leaf1', 'dc1-spine1', 'dc1-leaf2', 'sw9']);
    assert.deepEqual(
      [...g.entries()],
      [
        ['leaf', ['dc1-leaf1', 'dc1-leaf2']],
        ['spine', ['dc1-spine1']],
        ['default', ['sw9']],
      ],
    );
  });
});
