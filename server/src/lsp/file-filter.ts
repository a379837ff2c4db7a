import * as path from 'node:path';
import picomatch from 'picomatch';
import { SKIP_DIRS, SKIP_EXT } from '../engine/files';
import { uriToPath } from '../engine/uri';
import { localPath } from './params';

/** Decides whether a file under the workspace folders belongs to the fabric (include/exclude settings). */
export class FileFilter {
  private readonly rootPaths: string[];
  private readonly include: picomatch.Matcher | undefined;
  private readonly exclude: picomatch.Matcher | undefined;

  constructor(roots: readonly string[], include: readonly string[], exclude: readonly string[]) {
    this.rootPaths = roots.map((r) => path.resolve(uriToPath(r)));
    this.include = include.length ? picomatch([...include], { dot: true }) : undefined;
    this.exclude = exclude.length ? picomatch([...exclude], { dot: true }) : undefined;
  }

  /** The workspace-relative path (forward slashes) when the file is under a folder, else undefined. */
  relative(uri: string): string | undefined {
    const local = localPath(uri);
    if (local === undefined) return undefined;
    const file = path.resolve(local);
    for (const root of this.rootPaths) {
      const rel = path.relative(root, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return undefined;
  }

  /** A file on disk that indexing would read. */
  accepts(uri: string): boolean {
    const rel = this.relative(uri);
    if (rel === undefined) return false;
    const parts = rel.split('/');
    const dirs = parts.slice(0, -1);
    if (dirs.some((d) => SKIP_DIRS.has(d))) return false;
    if (SKIP_EXT.has(path.posix.extname(rel).toLowerCase())) return false;
    if (this.exclude) {
      if (this.exclude(rel)) return false;
      for (let i = 1; i <= dirs.length; i++) {
        const dir = dirs.slice(0, i).join('/');
        if (this.exclude(dir) || this.exclude(dir + '/')) return false;
      }
    }
    return !this.include || this.include(rel);
  }

  /** The path lies inside one of the folders (whether or not it is accepted). */
  inside(uri: string): boolean {
    return this.relative(uri) !== undefined;
  }
}
