import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { missingSettings, requireE2e } from '../helpers/e2e-env';
import { REPO_ROOT } from '../lsp/harness';

/**
 * The extension in a real VS Code: test/e2e/run.mjs loads the built extension into code-server's extension host
 * and runs the mocha suite test/e2e/suite/ there (diagnostics on never-opened files, relatedInformation, the
 * preferred quick fix through vscode.executeCodeActionProvider + applyEdit, the language of an EOS .cfg, the fabric
 * view's picture, live updates and clicks).
 *
 * Needs what scripts/e2e-setup.sh installs (Node 24, code-server, playwright-core, Debian chromium). Without it
 * the test is skipped with the reason printed; FABRIC_E2E=1 turns a missing prerequisite into a failure (CI),
 * FABRIC_E2E=0 skips it always.
 */
const RUN = path.join(REPO_ROOT, 'test', 'e2e', 'run.mjs');
const RUN_TIMEOUT_MS = 300000;

describe('real VS Code (code-server) end-to-end', function () {
  this.timeout(RUN_TIMEOUT_MS + 30000);

  it('development extension (the checkout): the extension-host suite passes on examples/leaf-spine', async function () {
    await e2e(this, []);
  });

  it('packaged extension (vsce package → install the .vsix): the same suite passes', async function () {
    await e2e(this, ['--vsix']);
  });
});

async function e2e(ctx: Mocha.Context, args: string[]): Promise<void> {
  requireE2e(ctx, missingPrerequisites());

  const { code, output, ms } = await run(process.execPath, [RUN, ...args], RUN_TIMEOUT_MS);
  const report = `exit ${code} after ${(ms / 1000).toFixed(1)}s\n${output}`;
  // The inner suite's own lines, so the CI log shows what ran in the editor.
  for (const line of output.split('\n')) if (/^\s+(✔|\d+\)) |^\s+\d+ (passing|failing|pending)/.test(line)) console.log(`      ${line.trim()}`);
  console.log(`      (real VS Code e2e${args.length ? ' ' + args.join(' ') : ''}: ${(ms / 1000).toFixed(1)}s)`);
  assert.equal(code, 0, report);
  assert.match(output, /^e2e( \(vsix\))?: PASS/m, report);
  // Every test of the suite ran: as many passing as there are `it(` in test/e2e/suite/*.test.js.
  assert.match(output, new RegExp(`^\\s+${suiteTests()} passing`, 'm'), report);
  assert.doesNotMatch(output, /^\s+\d+ failing/m, report);
}

function suiteTests(): number {
  const dir = path.join(REPO_ROOT, 'test', 'e2e', 'suite');
  let n = 0;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.test.js')) n += (fs.readFileSync(path.join(dir, f), 'utf8').match(/^\s*it\(/gm) ?? []).length;
  return n;
}

/** What scripts/e2e-setup.sh provides, as `<name> (<path>)` for each missing piece. */
function missingPrerequisites(): string[] {
  const missing = missingSettings(['NODE24', 'CODE_SERVER_ENTRY', 'PLAYWRIGHT_CORE', 'CHROMIUM']);
  if (missing[0]?.startsWith('linux only')) return missing;
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, f))) missing.push(`${f} (npm run build)`);
  }
  return missing;
}

/** Runs the e2e in its own process group; on timeout the group gets SIGTERM (the runner then stops code-server). */
function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      output += `\n(wrapper: timeout after ${timeoutMs} ms, sending SIGTERM)\n`;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 20000);
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      resolve({ code, output, ms: Date.now() - t0 });
    });
  });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}
