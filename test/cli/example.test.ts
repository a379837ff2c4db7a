/**
 * The example fabric of the README: exactly its documented inconsistencies, each where the README says,
 * cross-file findings with the other end as a related location, in text, JSON and SARIF alike.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { cli, ROOT, show } from './run';

const EXAMPLE = 'examples/leaf-spine';

/** file:line (1-based) rule — the README's list, and nothing else. */
const EXPECTED = [
  'leaf1.cfg:34 pfc/one-sided',
  'leaf2.cfg:14 qos/dscp-map-drift',
  'leaf2.cfg:21 qos/cnp-not-priority',
  'leaf2.cfg:37 mtu/link-mismatch',
  'leaf3.cfg:23 qos/ecn-missing-on-lossless',
  'leaf3.cfg:25 qos/wred-drop-on-lossless',
  'leaf3.cfg:6 design/oversubscription',
  'leaf4.cfg:45 qos/undefined-reference',
  'spine1.cfg:65 qos/contract-link-break',
  'spine2.cfg:43 pfc/one-sided',
  'spine2.cfg:52 mtu/link-mismatch',
];

interface JsonFinding {
  ruleId: string;
  path: string;
  range: { start: { line: number } };
  related: { path: string; range: { start: { line: number } } }[];
}

describe('the example fabric', function () {
  this.slow(3000);

  it("reports exactly the README's inconsistencies and exits 1", async () => {
    const r = await cli(['--format', 'json', EXAMPLE]);
    assert.equal(r.code, 1, show(r));
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const got = findings.map((f) => `${path.basename(f.path)}:${f.range.start.line} ${f.ruleId}`).sort();
    assert.deepEqual(got, EXPECTED);
    const readme = fs.readFileSync(path.join(ROOT, EXAMPLE, 'README.md'), 'utf8');
    for (const rule of new Set(EXPECTED.map((e) => e.split(' ')[1]!))) assert.ok(readme.includes(`\`${rule}\``), `README names ${rule}`);
  });

  it('points each link finding at the other end of the link', async () => {
    const r = await cli(['--format', 'json', EXAMPLE]);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const other = (file: string, rule: string): string[] =>
      findings
        .filter((f) => path.basename(f.path) === file && f.ruleId === rule)
        .flatMap((f) => f.related.map((x) => `${path.basename(x.path)}:${x.range.start.line}`));
    assert.ok(other('leaf2.cfg', 'mtu/link-mismatch').includes('spine2.cfg:52'));
    assert.ok(other('spine2.cfg', 'mtu/link-mismatch').includes('leaf2.cfg:37'));
    assert.ok(other('leaf1.cfg', 'pfc/one-sided').includes('spine2.cfg:43'));
    assert.ok(other('spine2.cfg', 'pfc/one-sided').includes('leaf1.cfg:34'));
    // A fabric finding points at a device that follows the majority.
    assert.ok(other('leaf2.cfg', 'qos/dscp-map-drift').some((x) => !x.startsWith('leaf2.cfg')));
  });

  it('carries the other ends as SARIF relatedLocations, and the log is valid SARIF 2.1.0', async () => {
    const r = await cli(['--format', 'sarif', EXAMPLE]);
    assert.equal(r.code, 1, show(r));
    const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    assert.ok(ajv.validate(schema, log), JSON.stringify(ajv.errors, null, 2));
    interface Loc {
      physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
    }
    const results = log.runs[0]!.results as { ruleId: string; locations: Loc[]; relatedLocations?: Loc[] }[];
    assert.equal(results.length, EXPECTED.length);
    const related = (file: string, rule: string): string[] =>
      results
        .filter((x) => x.ruleId === rule && x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(`/${file}`))
        .flatMap((x) =>
          (x.relatedLocations ?? []).map((l) => `${path.basename(l.physicalLocation.artifactLocation.uri)}:${l.physicalLocation.region.startLine}`),
        );
    assert.ok(related('leaf2.cfg', 'mtu/link-mismatch').includes('spine2.cfg:52'));
    assert.ok(related('leaf1.cfg', 'pfc/one-sided').includes('spine2.cfg:43'));
    assert.ok(related('leaf2.cfg', 'qos/dscp-map-drift').some((x) => !x.startsWith('leaf2.cfg')));
  });
});
