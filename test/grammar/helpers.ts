import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Tree } from 'web-tree-sitter';

/** The repository root, found from the compiled test file. */
export const ROOT = findRoot(__dirname);

function findRoot(dir: string): string {
  let d = dir;
  while (!fs.existsSync(path.join(d, 'package.json')) || !fs.existsSync(path.join(d, 'grammars'))) {
    const up = path.dirname(d);
    if (up === d) throw new Error(`no repository root above ${dir}`);
    d = up;
  }
  return d;
}

/** The real-config corpus ($FABRIC_LINT_CORPUS, else ../shared/corpus), or undefined. */
export function corpusDir(): string | undefined {
  const dir = process.env.FABRIC_LINT_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
  return fs.existsSync(dir) ? dir : undefined;
}

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
