import * as assert from 'node:assert/strict';
import { extractDevice } from '../../server/src/dialects';
import { parse } from '../../server/src/parsing/parser';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import { ready } from './helpers';

/**
 * A large file extracts completely: 200k lines of interfaces, repeated range sections and many policy
 * classes. Speed is measured by `npm run bench`, never by a timed test; a quadratic step would show there.
 */
describe('extract: a 200k-line file', function () {
  this.timeout(120000);
  before(async function () {
    await ready();
  });

  it('extracts every interface and policy class', () => {
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
      const dev = extractDevice(doc, 'eos');
      assert.equal(dev.interfaces.size, 20000);
      assert.equal(dev.qos.policyMaps[0]?.classes.length, 2000);
    } finally {
      tree.delete();
    }
  });
});
