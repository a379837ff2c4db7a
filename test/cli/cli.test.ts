import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { cli, FIXTURES, rmTemp, ROOT, show, tempCopy, type Run } from './run';

const MISMATCH = path.join(FIXTURES, 'mismatch');
const CLEAN = path.join(FIXTURES, 'clean');
const REL_MISMATCH = path.relative(ROOT, MISMATCH).split(path.sep).join('/');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** No user error may end in a stack trace. */
function noStack(r: Run): void {
  assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+\(.*:\d+:\d+\)/, show(r));
  assert.doesNotMatch(r.stderr, /internal error/, show(r));
}

describe('fabric-lint CLI', function () {
  this.slow(3000);

  describe('text output', () => {
    it('reports mtu/link-mismatch on both ends of a /31, compiler style, exit 1', async () => {
      const r = await cli([REL_MISMATCH]);
      assert.equal(r.code, 1, show(r));
      assert.equal(r.stderr, '');
      const lines = r.stdout.trimEnd().split('\n');
      const leaf = lines.findIndex((l) => l.startsWith(`${REL_MISMATCH}/leaf1.cfg:8:`));
      const spine = lines.findIndex((l) => l.startsWith(`${REL_MISMATCH}/spine1.cfg:8:`));
      assert.ok(leaf >= 0 && spine >= 0, show(r));
      assert.match(lines[leaf]!, /^\S+leaf1\.cfg:8:\d+: error: .*9000.*9214.* \[mtu\/link-mismatch\]$/);
      assert.match(lines[spine]!, /^\S+spine1\.cfg:8:\d+: error: .*9214.*9000.* \[mtu\/link-mismatch\]$/);
      // Related location of each end: the other end's mtu line, indented below.
      assert.match(lines[leaf + 1]!, new RegExp(`^  ${REL_MISMATCH}/spine1\\.cfg:8:\\d+: note: `));
      assert.match(lines[spine + 1]!, new RegExp(`^  ${REL_MISMATCH}/leaf1\\.cfg:8:\\d+: note: `));
      assert.equal(lines.at(-1), '2 errors, 0 warnings, 0 info in 2 files (2 devices, 1 link)');
    });

    it('prints paths relative to the current directory and defaults to "."', async () => {
      const r = await cli([], MISMATCH);
      assert.equal(r.code, 1, show(r));
      assert.match(r.stdout, /^leaf1\.cfg:8:\d+: error: /m);
      assert.match(r.stdout, /^ {2}spine1\.cfg:8:\d+: note: /m);
    });

    it('prints only the summary for a clean fabric, exit 0', async () => {
      const r = await cli([path.relative(ROOT, CLEAN)]);
      assert.equal(r.code, 0, show(r));
      assert.equal(r.stdout, '0 errors, 0 warnings, 0 info in 2 files (2 devices, 1 link)\n');
      assert.equal(r.stderr, '');
    });

    it('--rule changes severity; --quiet hides warnings; --max-warnings fails on too many', async () => {
      const [warn, quiet, max, off] = await Promise.all([
        cli(['--rule', 'mtu/link-mismatch=warning', MISMATCH]),
        cli(['--rule=mtu/link-mismatch=warning', '--quiet', MISMATCH]),
        cli(['--rule', 'mtu/link-mismatch=warning', '--max-warnings', '1', MISMATCH]),
        cli(['--rule', 'mtu/link-mismatch=off', MISMATCH]),
      ]);
      assert.equal(warn.code, 0, show(warn));
      assert.match(warn.stdout, /leaf1\.cfg:8:\d+: warning: .*\[mtu\/link-mismatch\]/);
      assert.match(warn.stdout, /^0 errors, 2 warnings, 0 info in 2 files/m);
      assert.equal(quiet.code, 0, show(quiet));
      assert.doesNotMatch(quiet.stdout, /warning:/);
      assert.equal(max.code, 1, show(max));
      assert.match(max.stderr, /max-warnings/);
      assert.equal(off.code, 0, show(off));
      assert.equal(off.stdout, '0 errors, 0 warnings, 0 info in 2 files (2 devices, 1 link)\n');
    });
  });

  describe('usage', () => {
    it('exits 2 with a clear message on usage errors, never a stack trace', async () => {
      const cases: [string[], RegExp][] = [
        [['--bogus'], /unknown option --bogus/],
        [['no/such/dir'], /no such file or directory: no\/such\/dir/],
        [['--format', 'xml', MISMATCH], /unknown format "xml"/],
        [['--format'], /--format needs a value/],
        [['--rule', 'nope/nope=error', MISMATCH], /unknown rule "nope\/nope"/],
        [['--rule', 'mtu/link-mismatch=loud', MISMATCH], /unknown severity "loud"/],
        [['--max-warnings', 'many', MISMATCH], /--max-warnings expects a whole number/],
        [['--dialect', '*.cfg=vyos', MISMATCH], /unknown dialect "vyos"/],
        [['--intent', 'missing.yaml', MISMATCH], /intent file not found: missing\.yaml/],
        [['model', '--fix', MISMATCH], /--fix does not apply/],
        [['--output', '.', MISMATCH], /cannot write \.: EISDIR/],
      ];
      const runs = await Promise.all(cases.map(([args]) => cli(args)));
      runs.forEach((r, i) => {
        const [args, message] = cases[i]!;
        assert.equal(r.code, 2, `${args.join(' ')}\n${show(r)}`);
        assert.match(r.stderr, message, `${args.join(' ')}\n${show(r)}`);
        assert.match(r.stderr, /fabric-lint --help/);
        assert.equal(r.stdout, '');
        noStack(r);
      });
    });

    it('an internal error (a broken grammar) is a short message and exit 3', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-grammar-'));
      try {
        fs.writeFileSync(path.join(dir, 'tree-sitter-netcli.wasm'), 'not wasm');
        const r = await cli([CLEAN], ROOT, { FABRIC_LINT_GRAMMARS_DIR: dir });
        assert.equal(r.code, 3, show(r));
        assert.match(r.stderr, /^fabric-lint: internal error: /);
        assert.equal(r.stderr.trim().split('\n').length, 2, show(r));
      } finally {
        rmTemp(dir);
      }
    });

    it('--help, --version and --list-rules', async () => {
      const [help, version, rules, rulesJson] = await Promise.all([
        cli(['--help']),
        cli(['--version']),
        cli(['--list-rules']),
        cli(['--list-rules', '--format', 'json']),
      ]);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: fabric-lint \[options\] \[paths\.\.\.\]/);
      for (const flag of [
        '--include',
        '--exclude',
        '--intent',
        '--dialect',
        '--rule',
        '--format',
        '--output',
        '--fix',
        '--quiet',
        '--max-warnings',
        '--list-rules',
        '--version',
        '--help',
        'model',
      ]) {
        assert.ok(help.stdout.includes(flag), `help mentions ${flag}`);
      }
      assert.equal(version.code, 0);
      assert.equal(version.stdout, `${VERSION}\n`);
      assert.equal(rules.code, 0);
      assert.match(rules.stdout, /^mtu\/link-mismatch\s+error\s+fix\s+MTU differs/m);
      const list = JSON.parse(rulesJson.stdout) as { id: string; severity: string; helpUri: string }[];
      assert.ok(list.some((r) => r.id === 'mtu/link-mismatch' && r.severity === 'error' && r.helpUri.endsWith('docs/rules/mtu-link-mismatch.md')));
    });
  });

  describe('--format json', () => {
    it('has a stable shape with 1-based ranges, related locations and fixes', async () => {
      const r = await cli(['--format', 'json', REL_MISMATCH]);
      assert.equal(r.code, 1, show(r));
      const report = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(report), ['version', 'tool', 'summary', 'findings']);
      assert.deepEqual(report.tool, { name: 'fabric-lint', version: VERSION });
      assert.deepEqual(report.summary, { errors: 2, warnings: 0, info: 0, hints: 0, files: 2, devices: 2, links: 1, fixed: 0, suppressed: 0 });
      assert.equal(report.findings.length, 2);
      const leaf = report.findings.find((f: { path: string }) => f.path.endsWith('leaf1.cfg'));
      assert.deepEqual(Object.keys(leaf), ['ruleId', 'severity', 'message', 'messageId', 'data', 'uri', 'path', 'range', 'related', 'fixes']);
      assert.equal(leaf.ruleId, 'mtu/link-mismatch');
      assert.equal(leaf.severity, 'error');
      assert.equal(leaf.messageId, 'mismatch');
      assert.equal(typeof leaf.data.here, 'string');
      assert.match(leaf.uri, /^file:\/\/.*\/leaf1\.cfg$/);
      assert.equal(leaf.path, `${REL_MISMATCH}/leaf1.cfg`);
      assert.equal(leaf.range.start.line, 8);
      assert.ok(leaf.range.start.column >= 1);
      assert.equal(leaf.related.length, 1);
      assert.equal(leaf.related[0].path, `${REL_MISMATCH}/spine1.cfg`);
      assert.equal(leaf.related[0].range.start.line, 8);
      assert.equal(typeof leaf.related[0].message, 'string');
      const preferred = leaf.fixes.filter((x: { isPreferred: boolean }) => x.isPreferred);
      assert.equal(preferred.length, 1, 'raising the lower end is the preferred fix');
      assert.ok(preferred[0].edits.length > 0);
      assert.deepEqual(Object.keys(preferred[0].edits[0]), ['uri', 'path', 'range', 'newText']);
      assert.equal(preferred[0].edits[0].path, `${REL_MISMATCH}/leaf1.cfg`);
      assert.match(preferred[0].edits[0].newText, /9214/);
    });

    it('writes the report to --output and nothing to stdout', async () => {
      const dir = tempCopy(CLEAN);
      try {
        const r = await cli(['--format=json', '--output', 'reports/out.json', '.'], dir);
        assert.equal(r.code, 0, show(r));
        assert.equal(r.stdout, '');
        const report = JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'out.json'), 'utf8'));
        assert.deepEqual(report.findings, []);
        assert.equal(report.summary.devices, 2);
      } finally {
        rmTemp(dir);
      }
    });
  });

  describe('--format sarif', () => {
    it('is valid SARIF 2.1.0 with rules, related locations, fixes and fingerprints', async () => {
      const r = await cli(['--format', 'sarif', REL_MISMATCH]);
      assert.equal(r.code, 1, show(r));
      const log = JSON.parse(r.stdout);
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
      // The official schema is draft-07 with non-standard keywords (strict: false) and one pattern,
      // `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` (language), that is invalid with the `u` flag.
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      const valid = validate(JSON.parse(r.stdout));
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));

      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      const driver = run.tool.driver;
      assert.equal(driver.name, 'fabric-lint');
      assert.equal(driver.version, VERSION);
      assert.match(driver.informationUri, /^https?:\/\//);
      const ids = driver.rules.map((x: { id: string }) => x.id);
      assert.ok(ids.includes('mtu/link-mismatch'));
      assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
      const rule = driver.rules[ids.indexOf('mtu/link-mismatch')];
      assert.equal(rule.shortDescription.text, 'MTU differs between the two ends of a link');
      assert.ok(rule.fullDescription.text.length > 20);
      assert.match(rule.helpUri, /docs\/rules\/mtu-link-mismatch\.md$/);
      assert.equal(rule.defaultConfiguration.level, 'error');
      assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'));
      assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));

      assert.equal(run.results.length, 2);
      for (const res of run.results) {
        assert.equal(res.ruleId, 'mtu/link-mismatch');
        assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
        assert.equal(res.level, 'error');
        assert.equal(typeof res.message.text, 'string');
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.match(loc.artifactLocation.uri, new RegExp(`^${REL_MISMATCH}/(leaf1|spine1)\\.cfg$`));
        assert.equal(loc.region.startLine, 8);
        assert.ok(loc.region.startColumn >= 1 && loc.region.endColumn >= 1);
        assert.equal(res.relatedLocations.length, 1);
        assert.equal(res.relatedLocations[0].id, 1);
        assert.equal(res.relatedLocations[0].physicalLocation.region.startLine, 8);
        assert.equal(typeof res.relatedLocations[0].message.text, 'string');
        assert.ok(res.fixes.length >= 1);
        assert.ok(res.fixes[0].artifactChanges[0].replacements.length >= 1);
        assert.equal(typeof Object.values(res.partialFingerprints)[0], 'string');
      }
      const fps = run.results.map((x: { partialFingerprints: Record<string, string> }) => JSON.stringify(x.partialFingerprints));
      assert.equal(new Set(fps).size, fps.length, 'fingerprints are distinct');
    });

    it('an empty run of a clean fabric is valid too', async () => {
      const r = await cli(['-f', 'sarif', CLEAN]);
      assert.equal(r.code, 0, show(r));
      const log = JSON.parse(r.stdout);
      const ajv = new Ajv({ strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
      const valid = ajv.validate(schema, JSON.parse(r.stdout));
      assert.ok(valid, JSON.stringify(ajv.errors));
      assert.deepEqual(log.runs[0].results, []);
    });
  });

  describe('--fix', () => {
    it('applies preferred fixes in place, reports what remains; a second run is clean', async () => {
      const dir = tempCopy(MISMATCH);
      try {
        const spineBefore = fs.readFileSync(path.join(dir, 'spine1.cfg'), 'utf8');
        const plain = await cli(['.'], dir);
        assert.equal(plain.code, 1, show(plain));
        assert.equal(fs.readFileSync(path.join(dir, 'leaf1.cfg'), 'utf8'), fs.readFileSync(path.join(MISMATCH, 'leaf1.cfg'), 'utf8'), 'no write without --fix');

        const fixed = await cli(['--fix', '.'], dir);
        assert.equal(fixed.code, 0, show(fixed));
        assert.match(fixed.stdout, /^Fixed 1 problem\.$/m);
        assert.match(fixed.stdout, /^0 errors, 0 warnings, 0 info in 2 files \(2 devices, 1 link\)$/m);
        const leaf = fs.readFileSync(path.join(dir, 'leaf1.cfg'), 'utf8');
        assert.match(leaf, /^ {3}mtu 9214$/m, leaf);
        assert.doesNotMatch(leaf, /mtu 9000/);
        // Only the changed line differs.
        const original = fs.readFileSync(path.join(MISMATCH, 'leaf1.cfg'), 'utf8');
        assert.equal(leaf, original.replace('mtu 9000', 'mtu 9214'));
        assert.equal(fs.readFileSync(path.join(dir, 'spine1.cfg'), 'utf8'), spineBefore);

        const again = await cli(['.'], dir);
        assert.equal(again.code, 0, show(again));
        assert.equal(again.stdout, '0 errors, 0 warnings, 0 info in 2 files (2 devices, 1 link)\n');
      } finally {
        rmTemp(dir);
      }
    });
  });

  describe('model', () => {
    it('names on stderr a file it could not read, and exits 1: an empty model never passes for a fabric with no devices', async () => {
      const dir = tempCopy(MISMATCH);
      try {
        fs.writeFileSync(path.join(dir, 'crashy.cfg'), '! FAULT-51d2\nhostname crashy\ninterface Ethernet1\n   mtu 9000\n!\nend\n');
        for (const jobs of ['1', '2']) {
          const r = await cli(['model', '--jobs', jobs, '.'], dir, { FABRIC_LINT_INJECT_FAULT: 'FAULT-51d2' });
          assert.equal(r.code, 1, show(r));
          assert.equal(
            r.stderr,
            'fabric-lint: crashy.cfg: fabric-lint failed to read this file (injected fault (FABRIC_LINT_INJECT_FAULT)); it is left out of the fabric. Please report this with the file.\n',
          );
          assert.deepEqual(
            JSON.parse(r.stdout).devices.map((d: { hostname: string }) => d.hostname),
            ['leaf1', 'spine1'],
          );
        }
      } finally {
        rmTemp(dir);
      }
    });

    it('prints devices, interfaces, MTU settings and links as JSON', async () => {
      const r = await cli(['model', REL_MISMATCH]);
      assert.equal(r.code, 0, show(r));
      assert.equal(r.stderr, '');
      const model = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(model), ['devices', 'links', 'linkIssues', 'intent', 'segments']);
      assert.deepEqual(
        model.devices.map((d: { hostname: string }) => d.hostname),
        ['leaf1', 'spine1'],
      );
      const leaf = model.devices[0];
      assert.equal(leaf.dialect, 'eos');
      assert.equal(leaf.path, `${REL_MISMATCH}/leaf1.cfg`);
      assert.match(leaf.uri, /^file:\/\//);
      assert.deepEqual(
        leaf.interfaces.map((i: { name: string }) => i.name),
        ['Ethernet1', 'Loopback0'],
      );
      const eth1 = leaf.interfaces[0];
      assert.equal(eth1.kind, 'physical');
      assert.deepEqual(eth1.mtu, { value: 9000, defaulted: false, line: 8 });
      assert.deepEqual(eth1.ipv4, ['10.0.0.0/31']);
      assert.equal(eth1.mode, 'routed');
      assert.equal(eth1.adminUp, true);
      assert.equal(eth1.description, 'to spine1 Ethernet1');
      for (const key of ['vrf', 'ipv6', 'channelGroup', 'parent', 'pfc', 'qosTrust', 'servicePolicies']) assert.ok(key in eth1, key);
      // Linked to spine1 by a shared /31: its role is fabric, with the link as evidence.
      assert.equal(eth1.role.role, 'fabric');
      assert.match(eth1.role.evidence[0].text, /linked to spine1 Ethernet1 \(subnet 10\.0\.0\.0\/31\)/);
      assert.deepEqual(Object.keys(eth1.pfc).slice(0, 1), ['mode']);
      assert.ok(Array.isArray(eth1.pfc.noDropPriorities));
      const lo = leaf.interfaces[1];
      assert.equal(lo.mtu.defaulted, true);
      assert.equal(typeof lo.mtu.value, 'number');
      for (const key of ['dscpToClass', 'noDropPriorities', 'watchdog', 'classMaps', 'policyMaps', 'systemPolicies']) assert.ok(key in leaf.qos, key);
      assert.equal(typeof leaf.qos.dscpToClass.defaulted, 'boolean');
      assert.equal(typeof leaf.qos.dscpToClass.entries, 'object');

      assert.equal(model.links.length, 1);
      const link = model.links[0];
      assert.deepEqual(link.a, { device: 'leaf1', interface: 'Ethernet1' });
      assert.deepEqual(link.b, { device: 'spine1', interface: 'Ethernet1' });
      assert.equal(link.source, 'subnet');
      assert.match(link.detail, /10\.0\.0\.0\/31/);
      assert.deepEqual(model.linkIssues, []);
      assert.equal(model.intent, null);
      assert.deepEqual(model.segments, []);
    });
  });

  describe('robustness', () => {
    it('a binary file, an empty file and unrelated files in the folder do not crash the CLI', async () => {
      const dir = tempCopy(CLEAN);
      try {
        const bytes = Buffer.alloc(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
        fs.writeFileSync(path.join(dir, 'firmware.bin'), bytes);
        fs.writeFileSync(path.join(dir, 'empty.cfg'), '');
        fs.writeFileSync(path.join(dir, 'notes.txt'), 'nothing to see here\n');
        fs.mkdirSync(path.join(dir, 'sub'));
        fs.writeFileSync(path.join(dir, 'sub', 'garbage.cfg'), '\u00ff\u00fe{{{ }}}\n\t\t\tinterface\n');
        const [text, json, model] = await Promise.all([cli(['.'], dir), cli(['-f', 'json', '.'], dir), cli(['model', '.'], dir)]);
        for (const r of [text, json, model]) {
          assert.equal(r.code, 0, show(r));
          noStack(r);
        }
        assert.match(text.stdout, /^0 errors, 0 warnings, \d+ info in 6 files \(2 devices, 1 link\)$/m);
        const report = JSON.parse(json.stdout);
        assert.equal(report.summary.errors, 0);
        assert.deepEqual(
          JSON.parse(model.stdout).devices.map((d: { hostname: string }) => d.hostname),
          ['leaf1', 'spine1'],
        );
      } finally {
        rmTemp(dir);
      }
    });

    it('--include, --exclude and --dialect select and classify files', async () => {
      const dir = tempCopy(MISMATCH);
      try {
        // No header, command or indentation style: only --dialect says what it is.
        fs.writeFileSync(path.join(dir, 'leaf2.conf'), 'hostname leaf2\ninterface Ethernet1\nmtu 9214\n');
        const [excluded, included, dialect] = await Promise.all([
          cli(['--exclude', 'spine*', '.'], dir),
          cli(['--include', 'leaf1.cfg', '--include', 'spine1.cfg', '.'], dir),
          cli(['model', '--dialect', '*.conf=eos', '.'], dir),
        ]);
        assert.equal(excluded.code, 0, show(excluded));
        assert.match(excluded.stdout, /in 2 files \(1 device, 0 links\)$/m);
        assert.equal(included.code, 1, show(included));
        assert.match(included.stdout, /^2 errors, .* in 2 files \(2 devices, 1 link\)$/m);
        assert.equal(dialect.code, 0, show(dialect));
        assert.deepEqual(
          JSON.parse(dialect.stdout).devices.map((d: { hostname: string; dialect: string }) => `${d.hostname}:${d.dialect}`),
          ['leaf1:eos', 'leaf2:eos', 'spine1:eos'],
        );
      } finally {
        rmTemp(dir);
      }
    });
  });
});
