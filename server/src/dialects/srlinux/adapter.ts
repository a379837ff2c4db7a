/**
 * Turns an SR Linux configuration (a tree of grammars/srlinux) into the path tree of parsing/junos-tree.ts,
 * the same words-tree the Junos reader uses: `interface ethernet-1/1 { mtu 9232 }` and
 * `set / interface ethernet-1/1 mtu 9232` give the same path interface → ethernet-1/1 → mtu → 9232.
 *
 * The srlinux grammar names its nodes like the junos one (statement, block, list, word, string), so the
 * braces walk is the Junos adapter's. A flat file is then re-rooted: the words after `set /` (or `set /interface …`,
 * the form without a blank) become the top level, `delete / …` removes its path, and CLI lines that are not
 * configuration (`enter candidate`, `commit now`, comments) fall away. A flat line sets one leaf, as `info flat`
 * prints it; a hand-written line that sets several leaves at once (`… pfc-queue q forwarding-class [ fc3 ]
 * enable-pfc true`) reads as one path, since telling a leaf's name from a value needs the YANG schema.
 */
import type { Tree } from 'web-tree-sitter';
import { toJunosDocument } from '../../parsing/junos-adapter';
import { newNode, type JunosDocument, type JunosNode } from '../../parsing/junos-tree';
import type { Range } from '../../model/location';

/** An SR Linux configuration as a path tree; `format` says which form the file was written in. */
export type SrlinuxDocument = JunosDocument;

export function toSrlinuxDocument(uri: string, tree: Tree, text: string): SrlinuxDocument {
  const doc = toJunosDocument(uri, tree, text);
  const set = doc.root.index.get('set');
  if (!set) return doc;
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const root = newNode('', zero, zero);
  for (const top of topLevel(set)) graft(root, top);
  const del = doc.root.index.get('delete');
  if (del) for (const top of topLevel(del)) prune(root, top);
  return { ...doc, format: 'set', root };
}

/** The nodes a `set` (or `delete`) subtree puts at the top level: after `/`, or `/word` read as `word`. */
function topLevel(verb: JunosNode): JunosNode[] {
  const out: JunosNode[] = [];
  for (const c of verb.children) {
    if (c.word === '/') out.push(...c.children);
    else if (c.word.startsWith('/')) {
      const r = c.range;
      const unslashed = (x: Range): Range => ({ start: { line: x.start.line, character: x.start.character + 1 }, end: x.end });
      out.push({ ...c, word: c.word.slice(1), range: unslashed(r), ranges: c.ranges.map(unslashed) });
    } else out.push(c);
  }
  return out;
}

/** Adds `node` under `target`, merging with a child of the same word (`set / x` and `set /x` in one file). A stack, not recursion. */
function graft(target: JunosNode, node: JunosNode): void {
  const stack: [JunosNode, JunosNode][] = [[target, node]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [parent, n] = next;
    const same = parent.index.get(n.word);
    if (!same) {
      parent.children.push(n);
      parent.index.set(n.word, n);
      continue;
    }
    same.lines.push(...n.lines);
    same.ranges.push(...n.ranges);
    same.lastLine = Math.max(same.lastLine, n.lastLine);
    same.terminal ||= n.terminal;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push([same, n.children[i]!]);
  }
}

/** Removes from `root` every path `del` ends in (`delete / interface ethernet-1/1 description`). */
function prune(root: JunosNode, del: JunosNode): void {
  const stack: [JunosNode, JunosNode][] = [[root, del]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [parent, d] = next;
    const hit = parent.index.get(d.word);
    if (!hit) continue;
    if (d.terminal) {
      parent.index.delete(d.word);
      parent.children = parent.children.filter((c) => c !== hit);
      continue;
    }
    for (const c of d.children) stack.push([hit, c]);
  }
}
