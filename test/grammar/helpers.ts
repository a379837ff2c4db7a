import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Tree } from 'web-tree-sitter';

import { corpusDir, REPO_ROOT } from '../helpers/lint';

export { corpusDir };
/** The repository root, found from the compiled test file. */
export const ROOT = REPO_ROOT;

/** The grammar toolchain ($FABRIC_TOOLS, else ../shared/tools), or undefined. */
export function toolsDir(): string | undefined {
  const dir = process.env.FABRIC_TOOLS ?? path.resolve(ROOT, '..', 'shared', 'tools');
  return fs.existsSync(path.join(dir, 'tree-sitter')) ? dir : undefined;
}

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** Every ERROR / MISSING node of a tree as `line:col type` (1-based, as an editor shows them). */
export function errorNodes(tree: Tree): string[] {
  const out: string[] = [];
  if (!tree.rootNode.hasError) return out;
  const cursor = tree.walk();
  const visit = (): void => {
    const missing = cursor.nodeIsMissing;
    if (missing || cursor.nodeType === 'ERROR') {
      const p = cursor.startPosition;
      out.push(`${p.row + 1}:${p.column + 1} ${missing ? `MISSING ${cursor.nodeType}` : 'ERROR'}`);
      if (missing) return;
    }
    if (cursor.gotoFirstChild()) {
      do visit();
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
  };
  visit();
  cursor.delete();
  return out;
}
