import * as assert from 'node:assert/strict';
import { extractDevice } from '../../server/src/dialects';
import { parse } from '../../server/src/parsing/parser';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import { ready } from './helpers';

/**
 * A guard against quadratic work, not a benchmark: 200k lines of interfaces (plus repeated range
 * sections and many policy classes) must extract in a few seconds even on a loaded machine.
 * Quiet-machine figure when written: ~1.3 s per million lines, warm.
 */
describe('extract: performance guard', function () {
  this.timeout(120000);
  before(async function () {
    await ready();
  });

  it('extracts 200k lines in well under 10 s', () => {
    const parts: string[] = ['hostname big\n'];
    for (let i = 0; i < 20000; i++) {
      parts.push(
        `interface Ethernet${1 + (i >> 6)}/${1 + (i & 63)}\n   description link ${i}\n   mtu 9214\n   no switchport\n` +
          `   ip address 10.${(i >> 8) & 255}.${i & 255}.1/31\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop\n` +
          `   service-profile ROCE\n   qos trust dscp\n!\n`,
      );
    }
    for (let i = 0; i < 200; i++) parts.push(`interface Ethernet1/1-64\n   mtu 9000\n!\n`);
    parts.push('policy-map type quality-of-service PM\n');
    for (let i = 0; i < 2000; i++) parts.push(`   class C${i}\n      set traffic-class ${i % 8}\n`);
    const text = parts.join('');
    const tree = parse('netcli', text, null, { timeoutMs: 120000 });
    try {
      const doc = toCliDocument('file:///big.cfg', tree, text);
      const t = performance.now();
      const dev = extractDevice(doc, 'eos');
      const ms = performance.now() - t;
      assert.equal(dev.interfaces.size, 20000);
      assert.equal(dev.qos.policyMaps[0]?.classes.length, 2000);
      assert.ok(ms < 10000, `extraction took ${Math.round(ms)} ms`);
    } finally {
      tree.delete();
    }
  });
});
