import { FileFilter as PathFilter } from '../engine/files';
import { uriToPath } from '../engine/uri';
import { localPath } from './params';

/**
 * The engine's file filter (engine/files.ts, the CLI's too) for uris: whether a file under the workspace
 * folders belongs to the fabric. Uris that are not local files are never inside.
 */
export class FileFilter {
  private readonly filter: PathFilter;

  constructor(roots: readonly string[], include: readonly string[], exclude: readonly string[]) {
    this.filter = new PathFilter(
      roots.map((r) => uriToPath(r)),
      include,
      exclude,
    );
  }

  /** The workspace-relative path (forward slashes) when the file is under a folder, else undefined. */
  relative(uri: string): string | undefined {
    const file = localPath(uri);
    return file === undefined ? undefined : this.filter.relative(file);
  }

  /** A file on disk that indexing would read. */
  accepts(uri: string): boolean {
    const file = localPath(uri);
    return file !== undefined && this.filter.accepts(file);
  }

  /** The path lies inside one of the folders (whether or not it is accepted). */
  inside(uri: string): boolean {
    return this.relative(uri) !== undefined;
  }
}
