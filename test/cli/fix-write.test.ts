// `fabric-lint --fix` through the real program, on copies of the example fabric: it keeps each file's
// line endings, BOM and bytes outside the fixes, writes all files or none, and never writes through a
// symlink that leaves the linted folder.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, rmTemp, ROOT, show } from './run';

const EXAMPLE = path.join(ROOT, 'examples', 'leaf-spine');
const CONFIGS = fs
  .readdirSync(EXAMPLE)
  .filter((f) => f.endsWith('.cfg'))
  .sort();
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

type Transform = (bytes: Buffer, name: string) => Buffer;
const binary =
  (f: (s: string) => string): Transform =>
  (b) =>
    Buffer.from(f(b.toString('latin1')), 'latin1');
const VARIANTS: Record<string, Transform> = {
  CRLF: binary((s) => s.replace(/\n/g, '\r\n')),
  'CR only': binary((s) => s.replace(/\n/g, '\r')),
  BOM: (b) => Buffer.concat([BOM, b]),
  // A Latin-1 é (the single byte 0xE9, not UTF-8) in a description the fixes do not touch.
  'Latin-1': (b, name) => (name === 'leaf2.cfg' ? binary((s) => s.replace('description GPU_NODE_21', 'description GPU_NODE_21 caf\xe9'))(b, name) : b),
};

/** A copy of the example fabric with every config transformed, in a fresh folder under `parent`. */
function fabric(transform: Transform = (b) => b, parent = os.tmpdir()): string {
  const dir = fs.mkdtempSync(path.join(parent, 'fabric-lint-fix-'));
  for (const name of CONFIGS) fs.writeFileSync(path.join(dir, name), transform(fs.readFileSync(path.join(EXAMPLE, name)), name));
  return dir;
}

const read = (dir: string): Map<string, Buffer> => new Map(CONFIGS.map((n) => [n, fs.readFileSync(path.join(dir, n))]));
const leftovers = (dir: string): string[] => fs.readdirSync(dir).filter((n) => n.includes('.fabric-lint-'));

describe('--fix writes like a careful editor', function () {
  /** What --fix makes of the plain (LF, UTF-8) example: every variant must come out as this, transformed. */
  let reference: Map<string, Buffer>;

  before(async function () {
    const dir = fabric();
    try {
      const r = await cli(['--fix', '.'], dir);
      assert.equal(r.code, 0, show(r));
      assert.match(r.stdout, /^Fixed \d+ problems\.$/m);
      reference = read(dir);
      assert.ok(
        CONFIGS.some((n) => !reference.get(n)!.equals(fs.readFileSync(path.join(EXAMPLE, n)))),
        'the example has fixes to apply',
      );
    } finally {
      rmTemp(dir);
    }
  });

  for (const [name, transform] of Object.entries(VARIANTS)) {
    it(`keeps ${name} files byte for byte outside the fixes, and a second run writes nothing`, async function () {
      const dir = fabric(transform);
      try {
        fs.chmodSync(path.join(dir, 'leaf2.cfg'), 0o640);
        const r = await cli(['--fix', '.'], dir);
        assert.equal(r.code, 0, show(r));
        assert.equal(r.stderr, '');
        for (const n of CONFIGS) {
          const expected = transform(reference.get(n)!, n);
          assert.equal(fs.readFileSync(path.join(dir, n)).toString('latin1'), expected.toString('latin1'), `${n} (${name})`);
        }
        assert.equal(fs.statSync(path.join(dir, 'leaf2.cfg')).mode & 0o777, 0o640, 'the file mode is kept');
        assert.deepEqual(leftovers(dir), []);

        const mtimes = CONFIGS.map((n) => fs.statSync(path.join(dir, n)).mtimeMs);
        const again = await cli(['--fix', '.'], dir);
        assert.equal(again.code, 0, show(again));
        assert.doesNotMatch(again.stdout, /^Fixed/m);
        assert.deepEqual(
          CONFIGS.map((n) => fs.statSync(path.join(dir, n)).mtimeMs),
          mtimes,
          'nothing rewritten',
        );
      } finally {
        rmTemp(dir);
      }
    });
  }

  it('prints fixes in JSON and SARIF with the line ending of the file they land in', async function () {
    const dir = fabric(VARIANTS.CRLF);
    try {
      const json = await cli(['-f', 'json', '.'], dir);
      const sarif = await cli(['-f', 'sarif', '.'], dir);
      const texts = [
        ...JSON.parse(json.stdout).findings.flatMap((f: { fixes: { edits: { newText: string }[] }[] }) =>
          f.fixes.flatMap((x) => x.edits.map((e) => e.newText)),
        ),
        ...JSON.parse(sarif.stdout).runs[0].results.flatMap(
          (r: { fixes?: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[] }) =>
            (r.fixes ?? []).flatMap((x) => x.artifactChanges.flatMap((c) => c.replacements.map((p) => p.insertedContent.text))),
        ),
      ];
      const multiline = texts.filter((t: string) => t.includes('\n'));
      assert.ok(multiline.length >= 2, 'fixes that insert lines, in both formats');
      for (const t of multiline) assert.doesNotMatch(t, /(^|[^\r])\n/, JSON.stringify(t));
    } finally {
      rmTemp(dir);
    }
  });

  it('writes no file when one of them is read-only, says which, and exits 2', async function () {
    const dir = fabric();
    try {
      const before = read(dir);
      fs.chmodSync(path.join(dir, 'leaf4.cfg'), 0o444);
      const r = await cli(['--fix', '.'], dir);
      assert.equal(r.code, 2, show(r));
      assert.match(r.stderr, /^fabric-lint: cannot write leaf4\.cfg: it is read-only$/m);
      assert.match(r.stderr, /--fix changed no file/);
      // The report is of the files as they are: the leaf2 MTU mismatch is still there.
      assert.match(r.stdout, /leaf2\.cfg:37:4: error: MTU 9000 here/);
      assert.doesNotMatch(r.stdout, /^Fixed/m);
      for (const [n, bytes] of before) assert.ok(fs.readFileSync(path.join(dir, n)).equals(bytes), `${n} unchanged`);
      assert.deepEqual(leftovers(dir), []);
    } finally {
      fs.chmodSync(dir, 0o755);
      rmTemp(dir);
    }
  });

  it('does not write through a symlink to a file outside the linted folder, and says so', async function () {
    const dir = fabric();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-outside-'));
    try {
      fs.renameSync(path.join(dir, 'leaf2.cfg'), path.join(outside, 'leaf2.cfg'));
      fs.symlinkSync(path.join(outside, 'leaf2.cfg'), path.join(dir, 'leaf2.cfg'));
      const target = fs.readFileSync(path.join(outside, 'leaf2.cfg'));
      const r = await cli(['--fix', ...CONFIGS], dir);
      assert.equal(r.code, 1, show(r));
      assert.match(
        r.stderr,
        new RegExp(
          `^fabric-lint: not fixing leaf2\\.cfg: it is a symlink to ${path.join(fs.realpathSync(outside), 'leaf2.cfg').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, outside the linted folder$`,
          'm',
        ),
      );
      assert.ok(fs.readFileSync(path.join(outside, 'leaf2.cfg')).equals(target), 'the target outside is untouched');
      assert.ok(fs.lstatSync(path.join(dir, 'leaf2.cfg')).isSymbolicLink());
      assert.match(r.stdout, /leaf2\.cfg:37:4: error: MTU 9000 here/);
      // The other files were fixed.
      assert.ok(fs.readFileSync(path.join(dir, 'leaf4.cfg')).equals(reference.get('leaf4.cfg')!));
    } finally {
      rmTemp(dir);
      rmTemp(outside);
    }
  });

  it('writes through a symlink whose target is inside the linted folder, keeping the link', async function () {
    const dir = fabric();
    try {
      fs.mkdirSync(path.join(dir, 'real'));
      fs.renameSync(path.join(dir, 'leaf2.cfg'), path.join(dir, 'real', 'leaf2.cfg'));
      fs.symlinkSync(path.join('real', 'leaf2.cfg'), path.join(dir, 'leaf2.cfg'));
      const r = await cli(['--fix', ...CONFIGS], dir);
      assert.equal(r.code, 0, show(r));
      assert.ok(fs.lstatSync(path.join(dir, 'leaf2.cfg')).isSymbolicLink(), 'still a link');
      assert.ok(fs.readFileSync(path.join(dir, 'real', 'leaf2.cfg')).equals(reference.get('leaf2.cfg')!));
      assert.deepEqual(leftovers(path.join(dir, 'real')), []);
    } finally {
      rmTemp(dir);
    }
  });

  it('leaves every file intact when the disk is full', async function () {
    // A real full file system: a 1 MiB tmpfs (needs root; elsewhere this test cannot run).
    const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-full-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      fs.rmdirSync(mount);
      this.skip();
    }
    try {
      const dir = fabric((b) => b, mount);
      const before = read(dir);
      // Fill what is left, so that the first temporary file cannot be written whole.
      const fd = fs.openSync(path.join(mount, 'filler'), 'w');
      try {
        const block = Buffer.alloc(4096, 0x41);
        for (;;) fs.writeSync(fd, block);
      } catch (err) {
        assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
      } finally {
        fs.closeSync(fd);
      }
      const r = await cli(['--fix', '.'], dir);
      assert.equal(r.code, 2, show(r));
      assert.match(r.stderr, /cannot write \S+\.cfg: no space left on the device/);
      assert.match(r.stderr, /--fix changed no file/);
      for (const [n, bytes] of before) assert.ok(fs.readFileSync(path.join(dir, n)).equals(bytes), `${n} unchanged`);
      assert.deepEqual(leftovers(dir), []);
    } finally {
      execFileSync('umount', [mount]);
      fs.rmdirSync(mount);
    }
  });
});
