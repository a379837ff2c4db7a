import { promises as fs, readFileSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { compilePathGlobs, type Glob } from '../model/glob';
import { decodeBytes, type SourceText } from './source-text';

export interface CollectOptions {
  /** Globs relative to each given folder; a file must match one of them when any is given. */
  include?: string[];
  exclude?: string[];
}

export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '__pycache__']);
/** Files that are certainly not switch configs or topology: not even opened. */
export const SKIP_EXT: ReadonlySet<string> = new Set([
  '.md',
  '.markdown',
  '.rst',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.ico',
  '.pdf',
  '.zip',
  '.gz',
  '.tgz',
  '.xz',
  '.bz2',
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.map',
  '.py',
  '.pyc',
  '.go',
  '.rs',
  '.c',
  '.h',
  '.java',
  '.class',
  '.jar',
  '.wasm',
  '.html',
  '.css',
  '.lock',
  '.vsix',
  '.exe',
  '.so',
  '.o',
  '.a',
  '.tar',
  '.mp4',
  '.mov',
  '.ttf',
  '.woff',
  '.woff2',
]);

/**
 * The one decision of which files under the folders belong to the fabric, for the CLI's walk and the
 * language server's file events alike: never inside SKIP_DIRS, never a SKIP_EXT file, never excluded (the
 * file or any folder above it), and matching `include` when that is given. Paths, not uris.
 */
export class FileFilter {
  private readonly roots: string[];
  private readonly include: Glob | undefined;
  private readonly exclude: Glob | undefined;

  constructor(roots: readonly string[], include: readonly string[] = [], exclude: readonly string[] = []) {
    this.roots = roots.map((r) => path.resolve(r));
    this.include = include.length ? compilePathGlobs(include) : undefined;
    this.exclude = exclude.length ? compilePathGlobs(exclude) : undefined;
  }

  /** The folder-relative path (forward slashes) when the path is under a folder, else undefined. */
  relative(file: string): string | undefined {
    const abs = path.resolve(file);
    for (const root of this.roots) {
      const rel = path.relative(root, abs);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return undefined;
  }

  /** The path lies inside one of the folders (whether or not it is accepted). */
  inside(file: string): boolean {
    return this.relative(file) !== undefined;
  }

  /** A file that belongs to the fabric. */
  accepts(file: string): boolean {
    const rel = this.relative(file);
    if (rel === undefined) return false;
    const dirs = rel.split('/').slice(0, -1);
    if (SKIP_EXT.has(path.posix.extname(rel).toLowerCase())) return false;
    for (let i = 1; i <= dirs.length; i++) if (!this.folderAccepted(dirs.slice(0, i))) return false;
    if (this.exclude?.test(rel)) return false;
    return !this.include || this.include.test(rel);
  }

  /** A folder worth walking into (its files are checked one by one). */
  acceptsFolder(dir: string): boolean {
    const rel = this.relative(dir);
    return rel !== undefined && this.folderAccepted(rel.split('/'));
  }

  private folderAccepted(parts: string[]): boolean {
    if (SKIP_DIRS.has(parts[parts.length - 1]!)) return false;
    const rel = parts.join('/');
    return !this.exclude || !(this.exclude.test(rel) || this.exclude.test(rel + '/'));
  }
}

/** A path that was not read, and why: each becomes a message to the user, never a silent gap. */
export interface SkippedPath {
  path: string;
  reason: 'outside' | 'unreadable';
  /** `outside`: the real path the link points to; `unreadable`: the error code. */
  detail: string;
}

export interface Collected {
  /** Real paths of the files to read, sorted, each once. */
  files: string[];
  skipped: SkippedPath[];
}

/**
 * Every file under the given paths that may be a config, a topology or the intent file. Whether it is
 * one is decided by content later (engine/detect.ts); this only prunes what can never be one.
 *
 * The policy, the same for the CLI and the language server:
 * - A path given here (a workspace folder, a path on the command line) must exist and be readable: the
 *   error is thrown. A named file is read even when it is a symbolic link: naming it is the permission.
 * - Inside a folder, a symbolic link is never followed out of the folders: it is skipped and listed as
 *   `outside`. A link that stays inside is not read either: its target is read once, under its real path.
 * - Inside a folder, a file or folder that cannot be read is skipped and listed as `unreadable`.
 */
export async function collectFileSet(paths: string[], opts: CollectOptions = {}): Promise<Collected> {
  const abs = paths.map((p) => path.resolve(p));
  const stats = await Promise.all(abs.map((p) => fs.stat(p)));
  const folders = abs.filter((_p, i) => stats[i]!.isDirectory());
  const realFolders = await Promise.all(folders.map((f) => fs.realpath(f)));
  const filter = new FileFilter(folders, opts.include, opts.exclude);
  const out: Collected = { files: [], skipped: [] };
  for (let i = 0; i < abs.length; i++) {
    if (stats[i]!.isFile()) out.files.push(abs[i]!);
    else await walk(abs[i]!, filter, realFolders, out, true);
  }
  out.files = [...new Set(out.files)].sort();
  return out;
}

/** collectFileSet's files only (tests, scripts): the skipped paths are not reported. */
export async function collectFiles(paths: string[], opts: CollectOptions = {}): Promise<string[]> {
  return (await collectFileSet(paths, opts)).files;
}

async function walk(dir: string, filter: FileFilter, realFolders: string[], out: Collected, named = false): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (named) throw err;
    out.skipped.push({ path: dir, reason: 'unreadable', detail: errorCode(err) });
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (filter.acceptsFolder(full)) await walk(full, filter, realFolders, out);
    } else if (e.isFile()) {
      if (filter.accepts(full)) out.files.push(full);
    } else if (e.isSymbolicLink() && filter.accepts(full)) {
      const target = await fs.realpath(full).catch(() => undefined);
      // A dangling link has nothing to read; a link inside the folders is read under its real path.
      if (target !== undefined && !insideAny(target, realFolders)) out.skipped.push({ path: full, reason: 'outside', detail: target });
    }
  }
}

/**
 * What reading one path found inside the folders would mean under collectFileSet's policy: the file
 * to read, a folder to walk, a link to skip, or nothing. For the language server's file events.
 */
export async function classifyPath(
  file: string,
  realFolders: readonly string[],
): Promise<{ kind: 'file' | 'folder' | 'missing' | 'other' } | { kind: 'outside'; target: string } | { kind: 'link' }> {
  let st;
  try {
    st = await fs.lstat(file);
  } catch {
    return { kind: 'missing' };
  }
  if (st.isSymbolicLink()) {
    const target = await fs.realpath(file).catch(() => undefined);
    if (target === undefined) return { kind: 'missing' };
    return insideAny(target, realFolders) ? { kind: 'link' } : { kind: 'outside', target };
  }
  if (st.isDirectory()) return { kind: 'folder' };
  return st.isFile() ? { kind: 'file' } : { kind: 'other' };
}

export function insideAny(file: string, folders: readonly string[]): boolean {
  return folders.some((f) => {
    const rel = path.relative(f, file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

/**
 * Reads a file as text (engine/source-text): UTF-8, the byte-order mark dropped as editors do so that
 * columns agree with what the user sees, and bytes that are not UTF-8 escaped one character per byte,
 * which detection counts as binary when there are many.
 */
export async function readText(file: string): Promise<string> {
  return (await readSource(file)).text;
}

/**
 * A file's text and the file's identity when read: what `--fix` needs to write it back safely. The bytes are
 * not kept (the text is their one copy in memory): their size and digest tell whether the file changed since.
 */
export interface ReadSource extends SourceText {
  size: number;
  digest: string;
  stat: Stats;
}

export async function readSource(file: string): Promise<ReadSource> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    const bytes = await handle.readFile();
    return { ...decodeBytes(bytes), size: bytes.length, digest: bytesDigest(bytes), stat };
  } finally {
    await handle.close();
  }
}

/** A file's text as read from disk, with the digest of its bytes (bytesDigest). */
export interface DiskText {
  text: string;
  digest: string;
}

/** A file's text and the digest of its bytes: what the language server's engine keeps of a closed file is the digest. */
export async function readDiskText(file: string): Promise<DiskText> {
  const { text, digest } = await readSource(file);
  return { text, digest };
}

/** readDiskText, at once: a closed file read again for a feature that needs its text now. */
export function readDiskTextSync(file: string): DiskText {
  const bytes = readFileSync(file);
  return { text: decodeBytes(bytes).text, digest: bytesDigest(bytes) };
}

/** The digest `readSource` keeps of a file's bytes. */
export function bytesDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
