import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, ROOT, show, type Run } from '../cli/run';

/**
 * Runs the real CLI on a generated workspace and reports what the child used: wall time and peak
 * resident memory (from the child's own `process.resourceUsage()`, written by a preloaded hook so no
 * platform tool is needed). The bounds the tests assert are the generous ones — an answer
 * within 10 s and 1 GB — and say "no hang, no blow-up", never how fast it is: speed is `npm run bench`.
 */
export const LIMIT_SECONDS = 10;
export const LIMIT_MB = 1024;

export interface BoundedRun extends Run {
  seconds: number;
  peakMb: number;
}

const MARK = '\u0000fabric-lint-resource-usage:';
const HOOK = `process.on('exit', () => { process.stderr.write(${JSON.stringify(MARK)} + process.resourceUsage().maxRSS + '\\n'); });`;

export function boundedCli(args: string[], cwd: string = ROOT): Promise<BoundedRun> {
  const hook = path.join(os.tmpdir(), `fabric-lint-usage-hook-${process.pid}.js`);
  fs.writeFileSync(hook, HOOK);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // Past twice the bound the run has failed anyway: stop it rather than hang the suite.
    const child = spawn(process.execPath, ['--require', hook, BIN, ...args], { cwd, env: { ...process.env, FABRIC_LINT_DEBUG: '1' } });
    const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_SECONDS * 2000);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const at = stderr.lastIndexOf(MARK);
      const peakMb = at < 0 ? Infinity : Number(stderr.slice(at + MARK.length).trim()) / 1024;
      if (at >= 0) stderr = stderr.slice(0, at);
      resolve({ code, stdout, stderr, seconds, peakMb });
    });
  });
}

/** Fails unless the run answered (exit 0 or 1, no internal error) within the bounds. */
export function assertAnswered(r: BoundedRun): void {
  const where = `${r.seconds.toFixed(1)} s, ${r.peakMb.toFixed(0)} MB\n${show(r).slice(0, 4000)}`;
  if (r.code !== 0 && r.code !== 1) throw new Error(`no answer (exit ${r.code}) after ${where}`);
  if (r.seconds > LIMIT_SECONDS) throw new Error(`took longer than ${LIMIT_SECONDS} s: ${where}`);
  if (r.peakMb > LIMIT_MB) throw new Error(`used more than ${LIMIT_MB} MB: ${where}`);
}

/** A scratch folder holding `files` (name → text); removed by the caller with `rmTemp`. */
export function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-reliability-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
