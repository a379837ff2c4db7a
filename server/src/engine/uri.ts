import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function pathToUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}

export function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** Workspace-relative path with forward slashes, for glob settings; the file name when outside every root. */
export function relativePath(uri: string, roots: readonly string[]): string {
  const file = uriToPath(uri);
  for (const root of roots) {
    const rel = path.relative(uriToPath(root), file);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return path.basename(file);
}
