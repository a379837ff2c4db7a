import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { OFF_THREAD_CHARS } from '../../server/src/lsp/workspace-sync';
import { FIXTURES, ofRule, REPO_ROOT, tempCopy, TestClient, uriOf } from './harness';

const MTU = 'mtu/link-mismatch';
const hasMtu = (d: Diagnostic[]): boolean => ofRule(d, MTU).length > 0;
const SECRET = 'hostname secretleaf\ninterface Ethernet1\n   description secret-outside-content\n   mtu 1234\n';

function allDiagnosticText(client: TestClient): string {
  return JSON.stringify([...client.diagnostics.values()]);
}

describe('language server: nothing is read outside the workspace folders', function () {
  this.timeout(60000);
  let dir: string;
  let outside: string;
  let client: TestClient | undefined;
  const f = (name: string): string => path.join(dir, name);

  beforeEach(() => {
    dir = tempCopy(path.join(FIXTURES, 'fabric'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.cfg'), `! device: secretleaf (DCS-7050, EOS-4.30.1F)\n${SECRET}`);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('a symlink out of the folder, found while indexing or created later, gets an info diagnostic and is never read', async () => {
    fs.symlinkSync(path.join(outside, 'secret.cfg'), f('early.cfg'));
    fs.mkdirSync(f('aliases'));
    fs.symlinkSync(f('leaf1.cfg'), f('aliases/leaf1-again.cfg'));
    client = await TestClient.start({ transport: 'stdio', root: dir, settings: {} });
    const early = await client.waitForDiagnostics(f('early.cfg'), 'the link is reported', (d) => d.length > 0);
    assert.equal(early.length, 1);
    assert.equal(early[0]!.severity, 3, 'information');
    assert.match(early[0]!.message, /symbolic link to .*secret\.cfg, outside the linted folders; fabric-lint does not read it/);
    await client.waitForDiagnostics(f('leaf1.cfg'), 'mtu mismatch', hasMtu);

    // The editor's watcher reports a link created inside the workspace.
    fs.symlinkSync(path.join(outside, 'secret.cfg'), f('late.cfg'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(f('late.cfg')), type: 1 }] });
    const late = await client.waitForDiagnostics(f('late.cfg'), 'the late link is reported', (d) => d.length > 0);
    assert.equal(late.length, 1);
    assert.match(late[0]!.message, /outside the linted folders/);

    assert.doesNotMatch(allDiagnosticText(client), /secretleaf|secret-outside-content|1234/);
    assert.equal(await client.hover(f('late.cfg'), 2, 4), null, 'no hover from the outside content');
    // The link inside the folder is not a second leaf1.
    assert.equal(ofRule(client.diagnostics.get(uriOf(f('leaf1.cfg'))) ?? [], 'workspace/duplicate-hostname').length, 0);
    assert.equal((client.diagnostics.get(uriOf(f('aliases/leaf1-again.cfg'))) ?? []).length, 0);
  });
});

/**
 * The server under `strace -f` (when installed) and a preload that records Node's network, process and
 * thread calls, through a real session: indexing, diagnostics, an edit, hover, definition, code actions,
 * a file event and a file big enough for an analysis thread. Threads are the only thing it may start.
 */
describe('language server: opens no network connection and starts no process', function () {
  this.timeout(120000);
  let dir: string;
  let work: string;
  let client: TestClient | undefined;

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('in a session over the example fabric', async () => {
    dir = tempCopy(path.join(REPO_ROOT, 'examples', 'leaf-spine'));
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-sandbox-'));
    const calls = path.join(work, 'calls.jsonl');
    const trace = path.join(work, 'strace.txt');
    const preload = path.join(REPO_ROOT, 'out', 'test', 'lsp', 'sandbox-preload.js');
    const strace = hasStrace();
    client = await TestClient.start({
      transport: 'stdio',
      root: dir,
      settings: {},
      env: { NODE_OPTIONS: `--require ${preload}`, FABRIC_LINT_SANDBOX_LOG: calls },
      ...(strace ? { wrap: ['strace', '-f', '-qq', '-e', 'trace=socket,connect,sendto,execve,execveat,fork,vfork,clone,clone3', '-o', trace] } : {}),
    });
    const leaf2 = path.join(dir, 'leaf2.cfg');
    const d = await client.waitForDiagnostics(leaf2, 'mtu mismatch', hasMtu);
    await client.open(leaf2);
    const line = ofRule(d, MTU)[0]!.range.start.line;
    assert.ok(await client.hover(leaf2, line, 4));
    await client.definition(leaf2, line, 4);
    assert.ok((await client.codeActions(leaf2, ofRule(d, MTU))).length > 0);
    await client.replaceLine(leaf2, line, '   mtu 9214');
    await client.waitForDiagnostics(leaf2, 'mismatch cleared', (x) => !hasMtu(x));
    let big = fs.readFileSync(path.join(dir, 'leaf1.cfg'), 'utf8');
    while (big.length < OFF_THREAD_CHARS) big += `interface Ethernet${big.length}\n   description filler\n!\n`;
    await client.writeFile(path.join(dir, 'big.cfg'), big.replace(/hostname leaf1/, 'hostname big'), true);
    await client.waitForDiagnostics(path.join(dir, 'big.cfg'), 'the big file is analysed in its thread', (x) => x.length > 0);
    assert.equal(await client.stop(), 0);
    client = undefined;

    const recorded = fs.existsSync(calls)
      ? fs
          .readFileSync(calls, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { kind: string; detail: string })
      : [];
    const threads = recorded.filter((c) => c.kind === 'thread');
    assert.deepEqual(
      recorded.filter((c) => c.kind !== 'thread'),
      [],
      'no network or process call',
    );
    assert.ok(threads.length >= 1, 'the analysis thread is started (and the preload works)');
    assert.ok(
      threads.every((t) => /analysis-worker\.js$/.test(t.detail)),
      JSON.stringify(threads),
    );

    if (strace) {
      const lines = fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean);
      const execs = lines.filter((l) => /\bexecve(at)?\(/.test(l));
      assert.equal(execs.length, 1, `only node itself is executed:\n${execs.join('\n')}`);
      assert.deepEqual(
        lines.filter((l) => /\b(v?fork)\(/.test(l) || (/\bclone3?\(/.test(l) && !/CLONE_THREAD/.test(l))),
        [],
        'no process is started',
      );
      assert.deepEqual(
        lines.filter((l) => /\bsocket\(AF_INET6?\b|\bconnect\(|\bsendto\(.*AF_INET/.test(l)),
        [],
        'no network socket',
      );
    } else {
      console.log('    (strace not installed: checked with the preload only)');
    }
  });
});

function hasStrace(): boolean {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
