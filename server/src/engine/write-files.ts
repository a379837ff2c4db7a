/**
 * Writing fixed files the way a careful editor saves: all or nothing. Every target is checked first
 * (a regular file, writable, unchanged since it was read, not reached through a symlink that leaves the
 * linted folders); then each new content goes to a temporary file in the target's own folder, is
 * flushed to disk, and only when every temporary file is complete are they renamed over the targets.
 * A full disk or a read-only file therefore leaves every file as it was.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bytesDigest } from './files';

export interface PlannedWrite {
  /** The path the file was read from (may be a symlink inside the linted folder). */
  file: string;
  /** The size, digest (engine/files.ts bytesDigest) and identity of the file when it was read. */
  read: { size: number; digest: string; stat: fs.Stats };
  /** The new content. */
  bytes: Buffer;
}

export interface WriteProblem {
  file: string;
  reason: string;
}

export type WriteOutcome = { ok: true; written: string[] } | { ok: false; problems: WriteProblem[]; written: string[] };

/**
 * Where a file really is when that is outside every one of `roots` (through a symlinked file or
 * folder); undefined when it is inside, or cannot be resolved (the write checks report that).
 * The rule for `--fix`: a symlink is followed to its target only when the target is inside a linted
 * folder too, and the link itself stays a link.
 */
export function resolvesOutside(file: string, roots: readonly string[]): string | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  const realRoots = roots.map((r) => {
    try {
      return fs.realpathSync(r);
    } catch {
      return path.resolve(r);
    }
  });
  return realRoots.some((r) => isInside(real, r)) ? undefined : real;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Writes every planned file, or none: see the module comment. */
export function writeAllOrNothing(plans: readonly PlannedWrite[]): WriteOutcome {
  const targets: { plan: PlannedWrite; real: string }[] = [];
  const problems: WriteProblem[] = [];
  for (const plan of plans) {
    const checked = checkTarget(plan);
    if (typeof checked !== 'string') {
      problems.push({ file: plan.file, reason: checked.reason });
      continue;
    }
    // One file reached by two paths (a link and its target): one write when both want the same bytes.
    const other = targets.find((t) => t.real === checked);
    if (other) {
      if (!other.plan.bytes.equals(plan.bytes)) problems.push({ file: plan.file, reason: `it is the same file as ${other.plan.file}, fixed differently` });
      continue;
    }
    targets.push({ plan, real: checked });
  }
  if (problems.length > 0) return { ok: false, problems, written: [] };

  const temps: string[] = [];
  try {
    for (const t of targets) temps.push(writeTemp(t.real, t.plan));
  } catch (err) {
    for (const tmp of temps) removeQuietly(tmp);
    const failed = targets[temps.length]!;
    return { ok: false, problems: [{ file: failed.plan.file, reason: describe(err) }], written: [] };
  }

  // A file changed between the checks and now (an editor saved it) must not be overwritten either.
  for (const t of targets) {
    const stillSame = unchangedReason(t.real, t.plan);
    if (stillSame) problems.push({ file: t.plan.file, reason: stillSame });
  }
  if (problems.length > 0) {
    for (const tmp of temps) removeQuietly(tmp);
    return { ok: false, problems, written: [] };
  }

  const written: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    try {
      fs.renameSync(temps[i]!, targets[i]!.real);
      written.push(targets[i]!.plan.file);
    } catch (err) {
      // Renames within one folder fail only when the folder changes under us; say exactly what happened.
      for (const tmp of temps.slice(i)) removeQuietly(tmp);
      return { ok: false, problems: [{ file: targets[i]!.plan.file, reason: describe(err) }], written };
    }
  }
  return { ok: true, written };
}

/** The real path to write, or why the file cannot be written. */
function checkTarget(plan: PlannedWrite): string | { reason: string } {
  let real: string;
  try {
    real = fs.realpathSync(plan.file);
  } catch (err) {
    return { reason: describe(err) };
  }
  const changed = unchangedReason(real, plan);
  if (changed) return { reason: changed };
  const stat = fs.statSync(real);
  // The write bits, not access(2): root may write anything, yet a file marked read-only is one the user
  // does not want changed.
  if ((stat.mode & 0o222) === 0) return { reason: 'it is read-only' };
  try {
    fs.accessSync(real, fs.constants.W_OK);
  } catch {
    return { reason: 'it is not writable' };
  }
  try {
    fs.accessSync(path.dirname(real), fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    return { reason: `its folder ${path.dirname(real)} is not writable (a temporary file is written there first)` };
  }
  return real;
}

/** Why the file at `real` is no longer what was read, or '' when it is. */
function unchangedReason(real: string, plan: PlannedWrite): string {
  let now: fs.Stats;
  try {
    now = fs.statSync(real);
  } catch (err) {
    return describe(err);
  }
  if (!now.isFile()) return 'it is no longer a regular file';
  const was = plan.read.stat;
  if (now.ino !== was.ino || now.dev !== was.dev) return 'it was replaced since it was read';
  if (now.size !== plan.read.size || now.mtimeMs !== was.mtimeMs) return 'it changed since it was read';
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(real);
  } catch (err) {
    return describe(err);
  }
  return bytesDigest(bytes) === plan.read.digest ? '' : 'it changed since it was read';
}

/** The new content in a fresh file next to the target, flushed, with the target's mode and owner. */
function writeTemp(real: string, plan: PlannedWrite): string {
  const dir = path.dirname(real);
  const tmp = path.join(dir, `.${path.basename(real)}.fabric-lint-${process.pid}-${Date.now().toString(36)}.tmp`);
  const mode = plan.read.stat.mode & 0o7777;
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    let off = 0;
    while (off < plan.bytes.length) off += fs.writeSync(fd, plan.bytes, off, plan.bytes.length - off);
    fs.fchmodSync(fd, mode);
    try {
      fs.fchownSync(fd, plan.read.stat.uid, plan.read.stat.gid);
    } catch {
      // Only root may give a file away; a user's own file keeps its owner anyway.
    }
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    removeQuietly(tmp);
    throw err;
  }
  fs.closeSync(fd);
  return tmp;
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOENT':
      return 'it no longer exists';
    default:
      return e.code ? `${e.code}: ${e.message}` : String(e?.message ?? err);
  }
}
