import * as assert from 'node:assert/strict';
import { readContainerlab } from '../../server/src/links/read-clab';

/** The "smaller defects" of issue 8, each on the input that showed it. */
describe('reliability: smaller defects', () => {
  describe('containerlab links', () => {
    const topo = (links: string): string => `name: x\ntopology:\n  nodes:\n    a: {kind: ceos}\n    b: {kind: ceos}\n    c: {kind: ceos}\n${links}`;

    it('a link with three endpoints, or with one that is not an endpoint, says so', () => {
      const r = readContainerlab(
        'file:///lab/t.clab.yml',
        topo('  links:\n    - endpoints: ["a:eth1", "b:eth1", "c:eth1"]\n    - endpoints: ["a:eth2", ~]\n    - endpoints: ["a:eth3"]\n'),
      );
      assert.deepEqual(
        r.problems.map((p) => `${p.loc.range.start.line + 1}: ${p.message}`),
        [
          '8: containerlab link has 3 endpoints, expected 2',
          '9: containerlab endpoint is neither "node:interface" nor a map with `node` and `interface`',
          '10: containerlab link has 1 endpoint, expected 2',
        ],
      );
    });

    it('`links: *alias` and aliased links are read as the anchored list', () => {
      const r = readContainerlab(
        'file:///lab/t.clab.yml',
        topo('  x-link: &ab {endpoints: ["a:eth1", "b:eth1"]}\n  x-links: &L\n    - *ab\n    - endpoints: [&c "c:eth9", "a:eth9"]\n  links: *L\n'),
      );
      assert.deepEqual(r.problems, []);
      assert.deepEqual(
        r.evidence.map((e) => `${e.a.device}:${e.a.interface} ${e.b.device}:${e.b.interface}`),
        ['a:Ethernet1 b:Ethernet1', 'c:Ethernet9 a:Ethernet9'], // ceos: eth1 is Ethernet1,
      );
    });
  });
});
