/**
 * `fabric-lint model` on every EOS, NX-OS and IOS set of the real-config corpus: each device has its
 * hostname and every interface its MTU (value, defaulted or not, and the line), and a sample of facts
 * read by hand from the files matches.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, show } from './run';
import { corpusDir } from '../helpers/lint';

interface ModelInterface {
  name: string;
  kind: string;
  line: number;
  mtu: { value: number; defaulted: boolean; line: number };
}
interface ModelDevice {
  hostname: string;
  dialect: string;
  path: string;
  interfaces: ModelInterface[];
}
interface Model {
  devices: ModelDevice[];
  links: { a: { device: string; interface: string }; b: { device: string; interface: string }; source: string }[];
}

async function modelOf(dir: string): Promise<Model> {
  const r = await cli(['model', dir]);
  assert.equal(r.code, 0, show(r));
  return JSON.parse(r.stdout) as Model;
}

function iface(m: Model, host: string, name: string): ModelInterface {
  const d = m.devices.find((x) => x.hostname === host);
  assert.ok(d, `device ${host} in ${m.devices.map((x) => x.hostname).join(', ')}`);
  const i = d.interfaces.find((x) => x.name === name);
  assert.ok(i, `${host} ${name}`);
  return i;
}

describe('fabric-lint model on the corpus', function () {
  this.timeout(120000);
  const corpus = corpusDir();
  const sets = ['eos', 'nxos', 'ios'].flatMap((family) =>
    fs.readdirSync(path.join(corpus, family)).map((s) => ({ family, dir: path.join(corpus, family, s), name: `${family}/${s}` })),
  );

  for (const set of sets) {
    it(`${set.name}: every device has a hostname and every interface an MTU`, async () => {
      const m = await modelOf(set.dir);
      assert.ok(m.devices.length > 0, 'at least one device');
      for (const d of m.devices) {
        assert.equal(d.dialect, set.family, `${d.path} read as ${d.dialect}`);
        assert.match(d.hostname, /\S/);
        for (const i of d.interfaces) {
          assert.ok(Number.isInteger(i.mtu.value) && i.mtu.value >= 64, `${d.hostname} ${i.name} mtu ${i.mtu.value}`);
          assert.equal(typeof i.mtu.defaulted, 'boolean');
          // A defaulted MTU points at the interface header; an explicit one at its own line below it.
          if (i.mtu.defaulted) assert.ok(i.mtu.line >= 1, `${d.hostname} ${i.name} defaulted mtu has a line`);
          else assert.ok(i.mtu.line > 0, `${d.hostname} ${i.name} mtu line`);
        }
      }
    });
  }

  it('matches facts read by hand: avd-examples-single-dc-l3ls', async () => {
    const m = await modelOf(path.join(corpus, 'eos', 'avd-examples-single-dc-l3ls'));
    assert.equal(m.devices.length, 8);
    assert.deepEqual(iface(m, 'dc1-leaf1a', 'Ethernet1').mtu, { value: 1500, defaulted: false, line: 100 });
    assert.deepEqual(iface(m, 'dc1-leaf1a', 'Vlan3009').mtu, { value: 1500, defaulted: false, line: 186 });
    // Ethernet3 (line 111) is an MLAG member with no mtu line: the EOS default, pointing at the header.
    assert.deepEqual(iface(m, 'dc1-leaf1a', 'Ethernet3').mtu, { value: 1500, defaulted: true, line: 111 });
    assert.equal(iface(m, 'dc1-leaf1a', 'Ethernet3').kind, 'physical');
    assert.equal(iface(m, 'dc1-leaf1a', 'Port-Channel3').kind, 'port-channel');
    const up = m.links.find((l) => l.a.device === 'dc1-leaf1a' && l.a.interface === 'Ethernet1');
    assert.deepEqual(up && { b: up.b, source: up.source }, { b: { device: 'dc1-spine1', interface: 'Ethernet1' }, source: 'avd-csv' });
  });

  it('matches facts read by hand: batfish-evpn-nxos-symmetric leaf1', async () => {
    const m = await modelOf(path.join(corpus, 'nxos', 'batfish-evpn-nxos-symmetric'));
    assert.deepEqual(m.devices.map((d) => d.hostname).sort(), ['exitgw', 'leaf1', 'spine']);
    assert.deepEqual(iface(m, 'leaf1', 'Ethernet1/1').mtu, { value: 9216, defaulted: false, line: 59 });
    assert.equal(iface(m, 'leaf1', 'Vlan10').kind, 'svi');
    assert.equal(iface(m, 'leaf1', 'Loopback0').kind, 'loopback');
  });
});
