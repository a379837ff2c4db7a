import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, ROOT, show, type Run } from '../cli/run';

/**
 * Runs the real CLI on a generated workspace and reports what the child used: processor time and peak
 * resident memory (from the child's own `process.resourceUsage()`, written by a preloaded hook so no
 * platform tool is needed). The bounds the tests assert are the generous ones — an answer
 * within 10 s and 1 GB — and say "no hang, no blow-up", never how fast it is: speed is `npm run bench`.
 * Time is the child's processor time, not the wall clock, so that a machine busy with other work
 * does not fail the run; the wall clock only stops a run that hangs.
 */
export const LIMIT_SECONDS = 10;
export const LIMIT_MB = 1024;
const HANG_SECONDS = 120;

export interface BoundedRun extends Run {
  /** Processor time of the child (user + system). */
  seconds: number;
  peakMb: number;
}

const MARK = '\u0000fabric-lint-resource-usage:';
const HOOK = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(${JSON.stringify(MARK)} + JSON.stringify(u) + '\\n'); });`;

export function boundedCli(args: string[], cwd: string = ROOT): Promise<BoundedRun> {
  const hook = path.join(os.tmpdir(), `fabric-lint-usage-hook-${process.pid}.js`);
  fs.writeFileSync(hook, HOOK);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', hook, BIN, ...args], { cwd, env: { ...process.env, FABRIC_LINT_DEBUG: '1' } });
    const killer = setTimeout(() => child.kill('SIGKILL'), HANG_SECONDS * 1000);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      const at = stderr.lastIndexOf(MARK);
      // A child killed or crashed before its exit hook has used too much by definition.
      const usage = at < 0 ? undefined : (JSON.parse(stderr.slice(at + MARK.length)) as NodeJS.ResourceUsage);
      if (at >= 0) stderr = stderr.slice(0, at);
      const seconds = usage ? (usage.userCPUTime + usage.systemCPUTime) / 1e6 : Infinity;
      const peakMb = usage ? usage.maxRSS / 1024 : Infinity;
      resolve({ code, stdout, stderr, seconds, peakMb });
    });
  });
}

/** Fails unless the run answered (exit 0 or 1, no internal error) within the bounds. */
export function assertAnswered(r: BoundedRun): void {
  const where = `${r.seconds.toFixed(1)} s of processor time, ${r.peakMb.toFixed(0)} MB\n${show(r).slice(0, 4000)}`;
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
