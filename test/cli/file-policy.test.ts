import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, FIXTURES, rmTemp, show, tempCopy, type Run } from './run';

/**
 * Which files a run reads (engine/files.ts collectFileSet, documented in the README): links never lead
 * out of the linted folders, links inside are read once under their real path, and whatever is named on
 * the command line must be readable.
 */
describe('fabric-lint CLI: which files it reads', function () {
  this.slow(3000);
  let dir: string;
  let outside: string;

  beforeEach(() => {
    dir = tempCopy(path.join(FIXTURES, 'mismatch'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-outside-'));
    // Runs as an unprivileged user below need to reach these.
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(outside, 0o755);
  });
  afterEach(() => {
    for (const d of [dir, outside]) {
      for (const e of fs.readdirSync(d)) fs.chmodSync(path.join(d, e), 0o755);
      rmTemp(d);
    }
  });

  it('does not follow an intent file or a config symlinked out of the folder; says so with an info finding', async () => {
    fs.writeFileSync(path.join(outside, 'fabric-intent.yaml'), 'version: 1\nsecretKeyFromOutside: 1\n');
    fs.writeFileSync(path.join(outside, 'secret.cfg'), '! device: secretleaf (DCS-7050, EOS-4.30.1F)\nhostname secretleaf\ninterface Ethernet1\n   mtu 1234\n');
    fs.symlinkSync(path.join(outside, 'fabric-intent.yaml'), path.join(dir, 'fabric-intent.yaml'));
    fs.symlinkSync(path.join(outside, 'secret.cfg'), path.join(dir, 'leaf9.cfg'));
    const r = await run(['--format', 'json', '.'], dir);
    assert.doesNotMatch(r.stdout, /secretKeyFromOutside|secretleaf|1234/, show(r));
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string; path: string; message: string }[] };
    const links = report.findings.filter((f) => /symbolic link/.test(f.message));
    assert.deepEqual(
      links.map((f) => [f.ruleId, f.severity, path.basename(f.path)]).sort(),
      [
        ['workspace/unclassified-file', 'info', 'fabric-intent.yaml'],
        ['workspace/unclassified-file', 'info', 'leaf9.cfg'],
      ],
      show(r),
    );
    assert.ok(
      report.findings.some((f) => f.ruleId === 'mtu/link-mismatch'),
      'the folder itself is linted',
    );
  });

  it('reads a link that stays inside the folder once, under its real path', async () => {
    fs.mkdirSync(path.join(dir, 'aliases'));
    fs.symlinkSync(path.join(dir, 'leaf1.cfg'), path.join(dir, 'aliases', 'leaf1-link.cfg'));
    fs.symlinkSync(dir, path.join(dir, 'aliases', 'loop'));
    const r = await run(['--format', 'json', '.'], dir);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[]; summary: { files: number } };
    assert.ok(!report.findings.some((f) => f.ruleId === 'workspace/duplicate-hostname' || /link/.test(f.path)), show(r));
    assert.equal(report.summary.files, 2, show(r));
  });

  it('reads a symlink named on the command line: naming it is the permission', async () => {
    fs.copyFileSync(path.join(dir, 'leaf1.cfg'), path.join(outside, 'leaf1.cfg'));
    fs.rmSync(path.join(dir, 'leaf1.cfg'));
    fs.symlinkSync(path.join(outside, 'leaf1.cfg'), path.join(dir, 'leaf1.cfg'));
    const r = await run(['leaf1.cfg', 'spine1.cfg'], dir);
    assert.equal(r.code, 1, show(r));
    assert.match(r.stdout, /leaf1\.cfg:8:\d+: error: .*\[mtu\/link-mismatch\]/, show(r));
  });

  describe('unreadable paths (run as an unprivileged user)', () => {
    it('a named file that cannot be read stops the run with exit 2, like a named folder', async () => {
      fs.chmodSync(path.join(dir, 'leaf1.cfg'), 0o000);
      const file = await run(['leaf1.cfg', 'spine1.cfg'], dir, true);
      assert.equal(file.code, 2, show(file));
      assert.match(file.stderr, /cannot read leaf1\.cfg: EACCES/, show(file));
      fs.chmodSync(path.join(dir, 'leaf1.cfg'), 0o644);

      fs.mkdirSync(path.join(dir, 'locked'));
      fs.chmodSync(path.join(dir, 'locked'), 0o000);
      const folder = await run(['locked'], dir, true);
      assert.equal(folder.code, 2, show(folder));
      assert.match(folder.stderr, /cannot read locked: EACCES/, show(folder));
    });

    it('inside a named folder, a file or folder that cannot be read is skipped with a warning', async () => {
      fs.mkdirSync(path.join(dir, 'locked'));
      fs.writeFileSync(path.join(dir, 'unreadable.cfg'), 'hostname x\n');
      fs.chmodSync(path.join(dir, 'locked'), 0o000);
      fs.chmodSync(path.join(dir, 'unreadable.cfg'), 0o000);
      const r = await run(['.'], dir, true);
      assert.equal(r.code, 1, show(r));
      assert.match(r.stderr, /cannot read locked: EACCES; skipped/, show(r));
      assert.match(r.stderr, /cannot read unreadable\.cfg: EACCES; skipped/, show(r));
      assert.match(r.stdout, /\[mtu\/link-mismatch\]/, 'the rest is linted');
    });
  });
});

/** The real CLI; `unprivileged`: as user nobody when the tests run as root, who can read anything. */
function run(args: string[], cwd: string, unprivileged = false): Promise<Run> {
  return cli(args, cwd, {}, unprivileged && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});
}
