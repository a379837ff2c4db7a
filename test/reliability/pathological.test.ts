import * as assert from 'node:assert/strict';
import { rmTemp } from '../cli/run';
import { assertAnswered, boundedCli, workspace, type BoundedRun } from './bounded-run';

/**
 * Issue 8's hostile inputs, each generated here (nothing large is committed) and run through the real
 * CLI: each must be answered within the generous bounds of bounded-run.ts, with a clear message or a
 * clean result. Each case also checks the answer itself, so a run that skips the input cannot pass.
 */
/** `args` may start with the `model` command. */
async function lint(files: Record<string, string>, args: string[] = []): Promise<BoundedRun> {
  const dir = workspace(files);
  try {
    const r = await boundedCli([...args, dir]);
    assertAnswered(r);
    return r;
  } finally {
    rmTemp(dir);
  }
}

/** Asserts a line of the report matches, showing only the report's head and tail on failure (reports here are long). */
function assertReports(r: BoundedRun, re: RegExp): void {
  if (r.stdout.split('\n').some((l) => re.test(l))) return;
  const lines = r.stdout.split('\n');
  const shown = lines.length > 30 ? [...lines.slice(0, 15), `… ${lines.length - 30} lines …`, ...lines.slice(-15)] : lines;
  assert.fail(`no line of the report matches ${re}:\n${shown.join('\n')}\n--- stderr\n${r.stderr.slice(0, 2000)}`);
}

const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

describe('reliability: pathological inputs are answered within 10 s and 1 GB', function () {
  this.timeout(60000);

  describe('nesting', () => {
    it('Junos braces nested 300,000 levels deep: one located diagnostic, the rest of the config read', async () => {
      const n = 300000;
      const text = 'system {\n    host-name deep1;\n}\ninterfaces {\n' + repeat(n, (i) => `g${i} {\n`) + '}\n'.repeat(n) + '}\n';
      const r = await lint({ 'deep1.conf': text });
      assertReports(r, /deep1\.conf:204:1: warning: .*nested more than 200 levels deep/);
      assertReports(r, /1 device/);
    });

    it('a Junos statement of 100,000 words, and a set line as long', async () => {
      const words = repeat(100000, (i) => ` w${i}`);
      const r = await lint(
        {
          'braces.conf': `system {\n    host-name words1;\n}\ninterfaces {\n   ${words};\n}\n`,
          'set.conf': `set system host-name words2\nset interfaces${words}\n`,
        },
        ['--dialect', '*.conf=junos'],
      );
      assertReports(r, /braces\.conf:5:5: warning: .*nested more than 200 levels deep/);
      assertReports(r, /set\.conf:2:1: warning: .*nested more than 200 levels deep/);
      assertReports(r, /2 devices/);
    });
  });

  describe('indentation', () => {
    it('an EOS config indented 3,000 levels deep: one located diagnostic, the rest read', async () => {
      const text = '! device: sw1 (DCS-7280, EOS-4.30)\nhostname sw1\ninterface Ethernet1\n   mtu 9000\n' + repeat(3000, (i) => `${' '.repeat(i + 1)}x${i}\n`);
      const r = await lint({ 'sw1.cfg': text });
      assertReports(r, /sw1\.cfg:105:102: warning: .*indented more than 100 levels deep; these lines are not read/);
      assertReports(r, /1 device/);
    });
  });

  describe('YAML nesting', () => {
    it('an intent and a containerlab topology nested 20,000 levels deep: a located "nested too deeply" each', async () => {
      const deep = '{a: '.repeat(20000) + '1' + '}'.repeat(20000);
      const r = await lint({
        'fabric-intent.yaml': `rules:\n  mtu/below-intent:\n    severity: error\n    options: ${deep}\n`,
        'lab.clab.yml': `name: x\ntopology:\n  nodes:\n    a: {kind: ceos}\n  links:\n    - endpoints: ["a:eth1", ${deep}]\n`,
      });
      assertReports(r, /fabric-intent\.yaml:4:\d+: error: YAML: nested too deeply \(hundreds of levels\); what is inside is not read/);
      assertReports(r, /lab\.clab\.yml:6:\d+: warning: containerlab topology: nested too deeply/);
    });
  });

  describe('fabric-intent.yaml', () => {
    it('16,000 small invalid links: each reported once (the schema rounds were quadratic: 97 s)', async () => {
      const r = await lint({ 'fabric-intent.yaml': 'links:\n' + repeat(16000, (i) => `  - x${i}\n`) });
      assertReports(r, /fabric-intent\.yaml:16001:5: error: links\.15999: 'x15999': must be a list or a mapping \(ignored\)/);
      assertReports(r, /16000 errors/);
    });

    it('130,000 problems: no argument-list overflow on the way to the report', async () => {
      const r = await lint({ 'fabric-intent.yaml': 'links:\n' + repeat(130000, (i) => `- ${i % 10}\n`) });
      assertReports(r, /130000 errors/);
    });

    it('200,000 links in 4 MB: one clear error instead of an intent the parser cannot hold in 1 GB', async () => {
      const r = await lint({ 'fabric-intent.yaml': 'links:\n' + repeat(200000, (i) => `- [l${i}:e1, s${i}:e2]\n`) });
      assertReports(r, /fabric-intent\.yaml:1:1: error: fabric-intent\.yaml is \d\.\d MB, over the 2\.0 MB an intent file may have; it is not read/);
    });
  });

  describe('scans over one long line', () => {
    it('a config_db.json of 100,000 keys minified onto one line: every port read (8,000 ports took 4.5 s, 100,000 keys never ended)', async () => {
      const ports: Record<string, Record<string, string>> = {};
      for (let i = 0; i < 16667; i++)
        ports[`Ethernet${i * 4}`] = { admin_status: 'up', alias: `eth${i}`, lanes: `${i}`, mtu: '9100', speed: '100000', description: `p${i}` };
      const db = { DEVICE_METADATA: { localhost: { hostname: 'sonic1', hwsku: 'x', platform: 'x86_64-kvm_x86_64-r0', type: 'LeafRouter' } }, PORT: ports };
      const r = await lint({ 'config_db.json': JSON.stringify(db) }, ['model']);
      const model = JSON.parse(r.stdout) as { devices: { hostname: string; interfaces: unknown[] }[] };
      assert.equal(model.devices[0]?.hostname, 'sonic1');
      assert.equal(model.devices[0]?.interfaces.length, 16667);
    });
  });

  describe('patterns from workspace files', () => {
    const long = 'a'.repeat(300);
    const junos = (body: string): string => `system {\n    host-name pat1;\n}\n${body}`;

    it('a Junos apply-groups wildcard <*a*a*a*a*a*a*a*a*b> against a long interface name', async () => {
      const text = junos(
        `groups {\n    G {\n        interfaces {\n            <*a*a*a*a*a*a*a*a*b> {\n                mtu 9216;\n            }\n            <*a> {\n                mtu 9100;\n            }\n        }\n    }\n}\napply-groups G;\ninterfaces {\n    ${long} {\n        unit 0;\n    }\n}\n`,
      );
      const r = await lint({ 'pat1.conf': text }, ['model']);
      const model = JSON.parse(r.stdout) as { devices: { interfaces: { name: string; mtu?: { value: number } }[] }[] };
      // The wildcard that matches still applies.
      assert.equal(model.devices[0]?.interfaces.find((i) => i.name === long)?.mtu?.value, 9100);
    });

    it('a Junos class-of-service interface glob against a long interface name', async () => {
      const text = junos(
        `interfaces {\n    ${long} {\n        unit 0;\n    }\n}\nclass-of-service {\n    interfaces {\n        "*a*a*a*a*a*a*a*a*b" {\n            scheduler-map SM;\n        }\n    }\n}\n`,
      );
      const r = await lint({ 'pat1.conf': text });
      assertReports(r, /1 device/);
    });

    it('an intent descriptionPattern with nested quantifiers runs on the linear-time engine', async () => {
      const eos = (host: string, desc: string): string =>
        `! device: ${host} (DCS-7280, EOS-4.30)\nhostname ${host}\ninterface Ethernet1\n   description ${desc}\n   no switchport\n!\n`;
      const r = await lint({
        'sw1.cfg': eos('sw1', `${long}!`),
        'sw2.cfg': eos('sw2', 'x'),
        'fabric-intent.yaml': "descriptionPatterns:\n  - '^(?<peer>(a+)+)$'\n  - '(?<peer>sw\\d)_(?<intf>\\S+)\\1'\n",
      });
      assertReports(r, /fabric-intent\.yaml:3:5: error: descriptionPatterns\.1: cannot be matched in linear time: backreferences/);
      assertReports(r, /2 devices/);
    });

    it('intent ignore.interfaces and ignore.devices globs against long names', async () => {
      const eos = `! device: ${long} (DCS-7280, EOS-4.30)\nhostname ${long}\ninterface Ethernet${'1'.repeat(40)}\n   mtu 1500\n   no switchport\n!\n`;
      const r = await lint({
        'sw1.cfg': eos,
        'fabric-intent.yaml':
          "ignore:\n  interfaces: ['*1*1*1*1*1*1*1*1*2']\n  devices: ['*a*a*a*a*a*a*a*a*b', 'x{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}']\n",
      });
      assertReports(r, /1 device/);
    });
  });

  describe('regular expressions over config text', () => {
    it("a description with 200,000 ';' (the quote-and-semicolon strip was quadratic: 21-33 s)", async () => {
      const eos = (host: string, desc: string): string =>
        `! device: ${host} (DCS-7280, EOS-4.30)\nhostname ${host}\ninterface Ethernet1\n   description ${desc}\n   no switchport\n   ip address 10.0.0.${host === 'sw1' ? 0 : 1}/31\n!\n`;
      // The strip retried the run from each `;` when something followed it.
      const r = await lint({ 'sw1.cfg': eos('sw1', `P2P_LINK_TO_SW2_Ethernet1${';'.repeat(200000)}x`), 'sw2.cfg': eos('sw2', 'P2P_LINK_TO_SW1_Ethernet1') });
      assertReports(r, /2 devices, 1 link/);
    });

    it('a .yaml file with a containerlab head and 100,000 blank lines', async () => {
      const r = await lint({ 'lab.yaml': `name: x\ntopology:\n  nodes:\n    a: {kind: ceos}\n${'\n'.repeat(100000)}x: 1\n` });
      assertReports(r, /0 devices/);
    });
  });
});
