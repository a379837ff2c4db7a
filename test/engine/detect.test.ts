import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectDialect } from '../../server/src/engine/detect';
import { corpusDir } from '../helpers/lint';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const dialectOf = (rel: string, text: string, overrides = {}): string => {
  const c = detectDialect(rel, text, overrides);
  return c.kind === 'config' ? c.dialect : c.kind;
};

describe('dialect detection', () => {
  it('a first-line marker wins over everything', () => {
    assert.equal(dialectOf('a.cfg', '! fabric-lint: dialect=nxos\nhostname x\ninterface Ethernet1\n   mtu 9214\n'), 'nxos');
    assert.equal(dialectOf('a.cfg', '# fabric-lint: dialect=ios\n! device: x (DCS-7050, EOS-4.30)\n'), 'ios');
  });

  it('an unknown dialect in the marker is reported, not guessed', () => {
    const c = detectDialect('a.cfg', '! fabric-lint: dialect=vyos\nhostname x\n');
    assert.equal(c.kind, 'unclassified');
  });

  it('workspace glob overrides apply to files without a marker', () => {
    assert.equal(dialectOf('pod1/leaf1.txt', 'hostname leaf1\ninterface Ethernet1\nmtu 9214\n', { 'pod1/**': 'eos' }), 'eos');
  });

  it('tells EOS, NX-OS and IOS from their headers', () => {
    assert.equal(dialectOf('x', '! device: leaf1 (DCS-7280SR, EOS-4.28.1F)\nhostname leaf1\n'), 'eos');
    assert.equal(dialectOf('x', '!Command: show running-config\n!Time: now\nversion 9.3(8)\nfeature bgp\nhostname n9k\n'), 'nxos');
    assert.equal(dialectOf('x', 'version 15.2\nservice timestamps debug datetime msec\nhostname r1\n'), 'ios');
  });

  it('falls back to the indentation of interface bodies', () => {
    assert.equal(dialectOf('x', 'hostname a\ninterface Ethernet1\n   mtu 9214\n'), 'eos');
    assert.equal(dialectOf('x', 'hostname a\ninterface Ethernet1/1\n  mtu 9216\n'), 'nxos');
    assert.equal(dialectOf('x', 'hostname a\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n'), 'ios');
  });

  it('a config-like file with nothing to tell its dialect is unclassified', () => {
    assert.equal(dialectOf('x', 'hostname a\ninterface Ethernet1\nmtu 9214\n'), 'unclassified');
  });

  it('binary content is recognised as such, and prose is ignored', () => {
    assert.equal(dialectOf('x', 'hostname \u0000\u0001\u0002'), 'binary');
    assert.equal(dialectOf('x', 'Meeting notes\nNothing here is a config.\n'), 'ignored');
    assert.equal(dialectOf('x', ''), 'ignored');
  });

  it('Junos, NVUE and FRR files are not mistaken for the CLI family', () => {
    assert.equal(dialectOf('x', 'version 23.4R2;\nsystem {\n    host-name a;\n}\n'), 'junos');
    assert.equal(dialectOf('x', 'set system host-name a\nset interfaces et-0/0/0 mtu 9216\n'), 'junos');
    assert.equal(dialectOf('x', 'net add interface swp1 mtu 9216\n'), 'nvue');
    assert.equal(dialectOf('x', 'nv set interface swp1 link mtu 9216\n'), 'nvue');
    assert.equal(dialectOf('interfaces', 'auto swp1\niface swp1\n    mtu 9216\n'), 'nvue');
    // A Linux host's interfaces file (lo, eth*, nothing of a switch) is not a Cumulus config.
    assert.equal(dialectOf('interfaces', 'auto lo\niface lo inet loopback\nauto eth1\niface eth1\n    address 10.0.0.2/24\n'), 'ignored');
    assert.equal(dialectOf('startup.yaml', '- set:\n    system:\n      hostname: leaf1\n    interface:\n      swp1: {}\n'), 'nvue');
    assert.equal(dialectOf('x', 'frr version 8.1\nhostname a\ninterface swp1\n ip address 10.0.0.0/31\n'), 'ignored');
  });

  it('classifies every corpus config as the dialect of its folder', function () {
    const corpus = corpusDir();
    const wrong: string[] = [];
    let checked = 0;
    for (const family of ['eos', 'nxos', 'ios', 'junos', 'nvue']) {
      for (const file of walk(path.join(corpus, family))) {
        if (/\.(json|ya?ml|csv)$/.test(file)) continue;
        const got = dialectOf(file, fs.readFileSync(file, 'utf8'));
        if (got === 'ignored' && /frr\.conf$/.test(file)) continue;
        // A Linux host's own ifupdown2 file in a containerlab lab (nvue/…/h1/interfaces: lo and eth1 only) is not a switch config.
        if (got === 'ignored' && family === 'nvue' && /[\\/]h\d+[\\/]interfaces$/.test(file)) continue;
        checked++;
        if (got !== family) wrong.push(`${path.relative(corpus, file)}: ${got}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked > 100, `only ${checked} corpus files checked`);
  });
});
