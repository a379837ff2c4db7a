import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, found from the compiled test file (out/test/cli). */
export const ROOT = findRoot(__dirname);
/** The program under test: the real bin (→ dist/cli.js); FABRIC_LINT_CLI may point elsewhere (e.g. out/server/src/cli.js). */
export const BIN = process.env.FABRIC_LINT_CLI ? path.resolve(ROOT, process.env.FABRIC_LINT_CLI) : path.join(ROOT, 'bin', 'fabric-lint.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

function findRoot(dir: string): string {
  let d = dir;
  while (!fs.existsSync(path.join(d, 'package.json')) || !fs.existsSync(path.join(d, 'bin', 'fabric-lint.js'))) {
    const up = path.dirname(d);
    if (up === d) throw new Error(`no repository root above ${dir}`);
    d = up;
  }
  return d;
}

export interface Run {
  code: number | null;
  /** The signal that ended the child, when it did not exit by itself (code is then null). */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bundled CLI (bin/fabric-lint.js → dist/cli.js) as a child process; `user` runs it as another uid/gid. */
export function cli(args: string[], cwd: string = ROOT, env: Record<string, string> = {}, user: { uid?: number; gid?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, FABRIC_LINT_DEBUG: '', ...env }, ...user });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A scratch copy of a fixture folder; removed by the caller with `rmTemp`. */
export function tempCopy(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-cli-'));
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

export function rmTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Readable failure messages: the whole run, not just the exit code. */
export function show(r: Run): string {
  return `exit ${r.code}${r.signal ? ` (killed by ${r.signal})` : ''}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}
