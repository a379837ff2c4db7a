import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ROOT, rmTemp, show, tempCopy } from './run';

/**
 * `fabric-lint-disable-next-line` / `fabric-lint-disable` comments are applied by the engine where findings leave it,
 * so the CLI's text, JSON and SARIF reports honour them like the editor does. The fabric: leaf1 (EOS) — spine1 (NX-OS)
 * with an MTU mismatch on both ends, and EOS, IOS, Junos, Cumulus and SR Linux devices with an unpaired /31; every
 * finding is silenced by a comment in its own file (test/fixtures/rules/workspace-unused-disable/clean).
 */
const FABRIC = path.join(ROOT, 'test', 'fixtures', 'rules', 'workspace-unused-disable', 'clean');
const DISABLE_LINE = /^[ \t]*[!#][ \t]*fabric-lint-disable.*\r?\n/gm;

interface JsonOut {
  summary: { errors: number; info: number; hints: number; suppressed: number };
  findings: { ruleId: string; path: string }[];
}

interface SarifOut {
  runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[]; locations: unknown[] }[] }[];
}

describe('fabric-lint CLI: disable comments', function () {
  this.slow(4000);
  let dir = '';
  beforeEach(() => {
    dir = tempCopy(FABRIC);
  });
  afterEach(() => rmTemp(dir));

  it('silences each finding where its comment is, in every dialect; without the comments they are all back', async () => {
    const quiet = await cli(['-f', 'json', '.'], dir);
    assert.equal(quiet.code, 0, show(quiet));
    const q = JSON.parse(quiet.stdout) as JsonOut;
    assert.deepEqual(q.findings, []);
    assert.equal(q.summary.suppressed, 6);

    for (const f of fs.readdirSync(dir)) {
      const file = path.join(dir, f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(DISABLE_LINE, ''));
    }
    const loud = await cli(['-f', 'json', '.'], dir);
    assert.equal(loud.code, 1, show(loud));
    const l = JSON.parse(loud.stdout) as JsonOut;
    assert.deepEqual(l.findings.map((f) => `${f.path} ${f.ruleId}`).sort(), [
      'cl1.conf link/unpaired-p2p',
      'edge1.cfg link/unpaired-p2p',
      'leaf1.cfg mtu/link-mismatch',
      'qfx1.conf link/unpaired-p2p',
      'spine1.cfg mtu/link-mismatch',
      'srl1.cfg link/unpaired-p2p',
    ]);
    assert.equal(l.summary.suppressed, 0);
  });

  it('keeps silenced findings in SARIF as in-source suppressions, with the reason after " -- " as justification', async () => {
    const r = await cli(['-f', 'sarif', '.'], dir);
    assert.equal(r.code, 0, show(r));
    const results = (JSON.parse(r.stdout) as SarifOut).runs[0]!.results;
    assert.equal(results.length, 6);
    assert.ok(results.every((x) => x.suppressions?.[0]?.kind === 'inSource'));
    const leaf = results.filter((x) => x.suppressions?.[0]?.justification !== undefined);
    assert.deepEqual(
      leaf.map((x) => [x.ruleId, x.suppressions![0]!.justification]),
      [['mtu/link-mismatch', 'spine1 moves to 9000 in CHG-1234']],
    );
  });

  it('reads comments in CRLF files with a BOM; a comment that silences nothing is a hint; --fix leaves comments alone', async () => {
    const leaf = path.join(dir, 'leaf1.cfg');
    const crlf = '\ufeff' + fs.readFileSync(leaf, 'utf8').replace(/\n/g, '\r\n');
    fs.writeFileSync(leaf, crlf);
    const r = await cli(['.'], dir);
    assert.equal(r.code, 0, show(r));
    assert.match(r.stdout, /^0 errors, 0 warnings, 0 info in 6 files/m);

    // spine1 fixed by hand: leaf1's comment now hides nothing.
    const spine = path.join(dir, 'spine1.cfg');
    fs.writeFileSync(spine, fs.readFileSync(spine, 'utf8').replace('mtu 9214', 'mtu 9000'));
    const stale = await cli(['.'], dir);
    assert.match(
      stale.stdout,
      /^leaf1\.cfg:7:4: hint: This fabric-lint-disable-next-line comment silences nothing here \(mtu\/link-mismatch\); remove it\. \[workspace\/unused-disable\]$/m,
      show(stale),
    );
    const fixed = await cli(['--fix', '.'], dir);
    assert.equal(fixed.code, 0, show(fixed));
    assert.equal(fs.readFileSync(leaf, 'utf8'), crlf);
  });
});
