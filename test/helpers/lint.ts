import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectFiles, readText } from '../../server/src/engine/files';
import { pathToUri } from '../../server/src/engine/uri';
import { Workspace } from '../../server/src/engine/workspace';
import type { EngineSettings } from '../../server/src/engine/types';

/** The repository root, found from the compiled test file. */
export const REPO_ROOT = findRoot(__dirname);

function findRoot(dir: string): string {
  let d = dir;
  while (!fs.existsSync(path.join(d, 'package.json')) || !fs.existsSync(path.join(d, 'grammars'))) {
    const up = path.dirname(d);
    if (up === d) throw new Error(`no repository root above ${dir}`);
    d = up;
  }
  return d;
}

/**
 * The real-config corpus: `test/corpus` in the repository (FABRIC_LINT_CORPUS points elsewhere).
 * It ships with the repository, so a missing corpus is a failure, never a skip.
 */
export function corpusDir(): string {
  const dir = process.env.FABRIC_LINT_CORPUS ?? path.join(REPO_ROOT, 'test', 'corpus');
  if (!fs.existsSync(path.join(dir, 'SOURCES.md'))) throw new Error(`no corpus at ${dir} (test/corpus ships with the repository)`);
  return dir;
}

/** A workspace holding every file under `dir`, as the CLI and the server build it. */
export async function workspaceOf(dir: string, settings: Partial<EngineSettings> = {}): Promise<Workspace> {
  const ws = await Workspace.create({ roots: [pathToUri(dir)], settings });
  for (const file of await collectFiles([dir])) ws.setFile(pathToUri(file), await readText(file));
  return ws;
}

/** A scratch copy of a fixture folder, so a test may apply fixes to it. */
export function tempCopy(dir: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-'));
  fs.cpSync(dir, tmp, { recursive: true });
  return tmp;
}
