import * as assert from 'node:assert/strict';
import { readContainerlab } from '../../server/src/links/read-clab';
import { parseJsonDocument } from '../../server/src/parsing/json-adapter';
import { ready } from '../extract/helpers';
import { cli, rmTemp, show } from '../cli/run';
import { workspace } from './bounded-run';

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

  describe('a truncated config_db.json', () => {
    before(async () => {
      await ready();
    });

    it('gets one syntax error at the cut (it had one per open level, all at the same place)', () => {
      const full = JSON.stringify({ DEVICE_METADATA: { localhost: { hostname: 's1' } }, PORT: { Ethernet0: { mtu: '9100', speed: 100000 } } }, null, 4);
      const cut = full.slice(0, full.indexOf('100000') + 3);
      const doc = parseJsonDocument('file:///x/config_db.json', cut);
      assert.deepEqual(
        doc.syntaxErrors.map((e) => e.message),
        ['Syntax error: missing } ×3'],
      );
    });
  });

  describe('CR-only line endings', () => {
    it('are line breaks: the interfaces are read, at the lines an editor shows', async () => {
      const dir = workspace({ 'sw1.cfg': '! device: sw1 (DCS-7280, EOS-4.30)\rhostname sw1\rinterface Ethernet1\r   mtu 1500\r   no switchport\r!\r' });
      try {
        const r = await cli(['model', dir]);
        assert.equal(r.code, 0, show(r));
        const model = JSON.parse(r.stdout) as {
          devices: { hostname: string; interfaces: { name: string; line: number; mtu: { value: number; line: number } }[] }[];
        };
        const e1 = model.devices[0]?.interfaces.find((i) => i.name === 'Ethernet1');
        assert.equal(model.devices[0]?.hostname, 'sw1');
        assert.deepEqual([e1?.line, e1?.mtu.value, e1?.mtu.line], [3, 1500, 4]);
      } finally {
        rmTemp(dir);
      }
    });
  });
});
