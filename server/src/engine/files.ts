import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { decodeBytes, type SourceText } from './source-text';

export interface CollectOptions {
  /** Globs relative to each given folder; a file must match one of them when any is given. */
  include?: string[];
  exclude?: string[];
}

export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '__pycache__']);
/** Files that are certainly not switch configs or topology: not even opened. */
export const SKIP_EXT: ReadonlySet<string> = new Set([
  '.md', '.markdown', '.rst', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.ico', '.pdf', '.zip', '.gz', '.tgz', '.xz', '.bz2',
  '.js', '.mjs', '.cjs', '.ts', '.map', '.py', '.pyc', '.go', '.rs', '.c', '.h', '.java', '.class', '.jar', '.wasm',
  '.html', '.css', '.lock', '.vsix', '.exe', '.so', '.o', '.a', '.tar', '.mp4', '.mov', '.ttf', '.woff', '.woff2',
]);

/**
 * Every file under the given paths that may be a config, a topology or the intent file. Whether it is
 * one is decided by content later (engine/detect.ts); this only prunes what can never be one.
 */
export async function collectFiles(paths: string[], opts: CollectOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    const stat = await fs.stat(abs);
    if (stat.isFile()) {
      out.push(abs);
      continue;
    }
    const include = opts.include?.length ? picomatch(opts.include, { dot: true }) : undefined;
    const exclude = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : undefined;
    await walk(abs, abs, include, exclude, out);
  }
  return [...new Set(out)].sort();
}

async function walk(
  root: string,
  dir: string,
  include: picomatch.Matcher | undefined,
  exclude: picomatch.Matcher | undefined,
  out: string[],
): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || exclude?.(rel) || exclude?.(rel + '/')) continue;
      await walk(root, full, include, exclude, out);
    } else if (e.isFile()) {
      if (SKIP_EXT.has(path.extname(e.name).toLowerCase())) continue;
      if (exclude?.(rel) || (include && !include(rel))) continue;
      out.push(full);
    }
  }
}

/**
 * Reads a file as text (engine/source-text): UTF-8, the byte-order mark dropped as editors do so that
 * columns agree with what the user sees, and bytes that are not UTF-8 escaped one character per byte,
 * which detection counts as binary when there are many.
 */
export async function readText(file: string): Promise<string> {
  return (await readSource(file)).text;
}

/** A file's bytes, their text and the file's identity when read: what `--fix` needs to write it back safely. */
export interface ReadSource extends SourceText {
  bytes: Buffer;
  stat: Stats;
}

export async function readSource(file: string): Promise<ReadSource> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    const bytes = await handle.readFile();
    return { ...decodeBytes(bytes), bytes, stat };
  } finally {
    await handle.close();
  }
}
