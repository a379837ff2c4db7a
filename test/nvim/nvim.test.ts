import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules/index';
import { FIXTURES, REPO_ROOT, SERVER, tempCopy } from '../lsp/harness';

const SCRIPT = path.join(REPO_ROOT, 'test', 'nvim', 'lsp_check.lua');

/** Neovim as a second, independent LSP client: catches what a client written by us would not. */
describe('Neovim (headless) as LSP client', function () {
  this.timeout(90000);
  let dir = '';

  before(function () {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      console.log('    (skipped: nvim is not installed; apt-get install neovim)');
      this.skip();
    }
    const version = /NVIM v(\d+)\.(\d+)/.exec(probe.stdout);
    if (!version || (Number(version[1]) === 0 && Number(version[2]) < 7)) {
      console.log(`    (skipped: needs Neovim 0.7+, found ${probe.stdout.split('\n')[0]})`);
      this.skip();
    }
  });
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('gets diagnostics for an open and a never-opened file, applies the preferred quick fix, sees both cleared', async () => {
    dir = tempCopy(path.join(FIXTURES, 'fabric'));
    const rules: Record<string, string> = {};
    for (const r of allRules) if (r.id !== 'mtu/link-mismatch' && !r.id.startsWith('workspace/')) rules[r.id] = 'off';
    const { code, stdout, stderr } = await run('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      ...process.env,
      FL_SERVER: SERVER,
      FL_NODE: process.execPath,
      FL_ROOT: dir,
      FL_FILE: path.join(dir, 'spine1.cfg'),
      FL_PEER: path.join(dir, 'leaf1.cfg'),
      FL_SETTINGS: JSON.stringify({ rules }),
    });
    const report = `exit ${code}\n${stdout}\n${stderr}`;
    assert.equal(code, 0, report);
    assert.match(stdout, /^PASS$/m, report);
    assert.match(stdout, /diagnostic: spine1\.cfg line 12 severity=1 code=mtu\/link-mismatch related=[1-9]/, report);
    assert.match(stdout, /diagnostic: leaf1\.cfg line 8 severity=1 code=mtu\/link-mismatch related=[1-9]/, report);
    assert.match(stdout, /code action: "Set MTU of spine1 Ethernet1\/1 to 9214" kind=quickfix preferred=true/, report);
    assert.match(stdout, /fixed line: {3}mtu 9214/, report);
    // Peer hints as CodeLenses (Neovim 0.7 has no inlay hints): on the open file, and on the peer after the fix.
    assert.match(stdout, /^lens: line 9 → leaf1 Ethernet1 · MTU 9214 · PFC off$/m, report);
    assert.match(stdout, /^peer lens after fix: line 5 → spine1 Ethernet1\/1 · MTU 9214 · PFC auto$/m, report);
    assert.match(fs.readFileSync(path.join(dir, 'spine1.cfg'), 'utf8'), /mtu 9000/, 'the fix went to the buffer, not to disk');
  });

  it('gets the outline, the references of an interface across files and completion of a policy-map name', async () => {
    dir = tempCopy(path.join(REPO_ROOT, 'examples', 'leaf-spine'));
    const script = path.join(REPO_ROOT, 'test', 'nvim', 'navigation_check.lua');
    const { code, stdout, stderr } = await run('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      ...process.env,
      FL_SERVER: SERVER,
      FL_NODE: process.execPath,
      FL_ROOT: dir,
      FL_FILE: path.join(dir, 'leaf3.cfg'),
    });
    const report = `exit ${code}\n${stdout}\n${stderr}`;
    assert.equal(code, 0, report);
    assert.match(stdout, /^PASS$/m, report);
    assert.match(stdout, /^symbol: ROCE_CLASSIFY \[policy-map type qos\] line 15 children=ROCE,CNP$/m, report);
    assert.match(stdout, /^symbol: Ethernet1\/50 \[physical/m, report);
    assert.match(stdout, /^reference: spine2\.cfg line \d+$/m, report);
    // The interface's own header (1-based, as the script prints lines) is among its references.
    const header = fs.readFileSync(path.join(dir, 'leaf3.cfg'), 'utf8').split(/\r?\n/).indexOf('interface Ethernet1/50') + 1;
    assert.ok(header > 0, 'leaf3 has interface Ethernet1/50');
    assert.match(stdout, new RegExp(`^reference: leaf3\\.cfg line ${header}$`, 'm'), report);
    const completions = [...stdout.matchAll(/^completion: (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(completions, ['ROCE_CLASSIFY'], report);
  });
});

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
