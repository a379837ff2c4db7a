import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Position } from '../../server/src/model/location';

function findRoot(dir: string): string {
  let d = dir;
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}

export const REPO_ROOT = findRoot(__dirname);
export const URI = 'file:///ws/fabric-intent.yaml';

export function fixture(name: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'intent', name), 'utf8');
}

/** 0-based position of the n-th (0-based) occurrence of `needle` in `text`. */
export function posOf(text: string, needle: string, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`'${needle}' (#${nth}) not in text`);
  }
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { line, character: i - (before.lastIndexOf('\n') + 1) };
}

/** The fenced ```yaml block of docs/fabric-intent.md that starts with `# fabric-intent.yaml`. */
export function docExample(): string {
  const md = readFileSync(join(REPO_ROOT, 'docs', 'fabric-intent.md'), 'utf8');
  const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.startsWith('# fabric-intent.yaml'));
  if (!block) throw new Error('no ```yaml block starting with "# fabric-intent.yaml" in docs/fabric-intent.md');
  return block;
}
