/**
 * Turns a Junos configuration into the path tree of junos-tree.ts:
 * - curly braces: a tree of the `junos` grammar (grammars/junos): statement, block, list, word,
 *   string, prefix, comment; ERROR / MISSING nodes become syntaxErrors;
 * - `set` files: the lines of a netcli tree (grammars/netcli, one command per line), re-split into
 *   words here so that quoted strings and `[ … ]` lists read as in braces.
 * Inactive parts (`inactive:` prefix, `deactivate …` lines) are left out. `apply-groups` are then
 * resolved: the group's statements are copied where the configuration does not set them itself,
 * with `<…>` wildcard names (`interfaces <*>`, `<et-*>`, `<[xe][et]-*>`) matched against the names
 * configured at that level. Not resolved: `apply-groups-except`, `interface-range`.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { Position, Range } from '../model/location';
import type { CliDocument } from './cli-tree';
import { newNode, wildcardMatcher, type JunosDocument, type JunosNode } from './junos-tree';

class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  pos(index: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: index - this.starts[lo]! };
  }
  range(start: number, end: number): Range {
    return { start: this.pos(start), end: this.pos(end) };
  }
  indentOf(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const m = /^[ \t]*/.exec(this.text.slice(start, start + 200));
    return m ? m[0] : '';
  }
  end(): Position {
    return this.pos(this.text.length);
  }
}

interface Word {
  text: string;
  range: Range;
}

function unquote(s: string): string {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\(.)/g, '$1');
  return s;
}

/** Words of a statement; a `[ … ]` list is one item whose elements become sibling children. */
type Item = Word | Word[];

function addChild(n: JunosNode, w: Word, line: Range): JunosNode {
  let c = n.index.get(w.text);
  if (!c) {
    c = newNode(w.text, w.range, line);
    n.children.push(c);
    n.index.set(w.text, c);
  } else {
    c.lines.push(line);
    c.ranges.push(w.range);
  }
  c.lastLine = Math.max(c.lastLine, line.end.line);
  return c;
}

/**
 * Deepest path (words from the root) read. Real configurations stay below 20 levels; past this the
 * statement is reported and left out, so nothing walking the tree (here, in the extractor, in the
 * fix writers) recurses as deep as a hostile input nests.
 */
export const MAX_JUNOS_DEPTH = 200;

/** Levels `items` adds to a path: one per word, one per non-empty list. */
function levels(items: Item[]): number {
  let n = 0;
  for (const it of items) if (!Array.isArray(it) || it.length > 0) n++;
  return n;
}

function tooDeep(range: Range): { range: Range; message: string } {
  return { range, message: `nested more than ${MAX_JUNOS_DEPTH} levels deep; this statement and what it holds are not read` };
}

/** Adds one statement's words under `parent`; returns the last nodes (empty when there are no words). */
function addPath(parent: JunosNode, items: Item[], line: Range): JunosNode[] {
  let n = parent;
  let last: JunosNode[] = [];
  for (const item of items) {
    if (Array.isArray(item)) {
      if (item.length === 0) continue;
      last = item.map((w) => addChild(n, w, line));
      n = last[last.length - 1]!;
    } else {
      n = addChild(n, item, line);
      last = [n];
    }
  }
  return last;
}

function rootNode(): JunosNode {
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return newNode('', zero, zero);
}

// ---------------------------------------------------------------------------------------------
// Braces

export function toJunosDocument(uri: string, tree: Tree, text: string): JunosDocument {
  const L = new Lines(text);
  const root = rootNode();
  const errors: JunosDocument['syntaxErrors'] = [];
  const wordOf = (c: Node): Word => ({ text: unquote(c.text), range: L.range(c.startIndex, c.endIndex) });
  const wordsOf = (n: Node): Item[] => {
    const out: Item[] = [];
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'word' || c.type === 'string') out.push(wordOf(c));
      else if (c.type === 'list') out.push(c.namedChildren.filter((e): e is Node => !!e && (e.type === 'word' || e.type === 'string')).map(wordOf));
    }
    return out;
  };
  // Both walks keep their own stack: the brace depth is the input's to choose.
  const visitErrors = (top: Node): void => {
    const stack = [top];
    for (let n = stack.pop(); n; n = stack.pop()) {
      if (n.isMissing) errors.push({ range: L.range(n.startIndex, n.endIndex), message: `missing "${n.type}"` });
      else if (n.type === 'ERROR') {
        errors.push({ range: L.range(n.startIndex, Math.min(n.endIndex, n.startIndex + 200)), message: `unexpected "${n.text.slice(0, 40).split('\n')[0]}"` });
      }
      if (n.hasError) for (let i = n.childCount - 1; i >= 0; i--) stack.push(n.child(i)!);
    }
  };
  /** Statements and blocks of a container, with the node they go under and its depth; popped in file order. */
  const pending: { c: Node; parent: JunosNode; depth: number }[] = [];
  const pushItems = (container: Node, parent: JunosNode, depth: number): void => {
    const kids = container.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const c = kids[i];
      if (c && (c.type === 'statement' || c.type === 'block')) pending.push({ c, parent, depth });
    }
  };
  const item = (c: Node, parent: JunosNode, depth: number): void => {
    const prefix = c.namedChildren.find((x) => x?.type === 'prefix');
    if (prefix && /^inactive:/.test(prefix.text)) return;
    const words = wordsOf(c);
    const depthAfter = depth + levels(words);
    if (c.type === 'statement') {
      if (words.length === 0) return;
      const line = L.range(c.startIndex, c.endIndex);
      if (depthAfter > MAX_JUNOS_DEPTH) {
        errors.push(tooDeep(line));
        return;
      }
      for (const last of addPath(parent, words, line)) last.terminal = true;
      return;
    }
    const brace = c.children.find((x) => x?.type === '{');
    const close = c.children.length > 0 ? c.children[c.children.length - 1] : undefined;
    const headerEnd = brace ? brace.endIndex : c.endIndex;
    const header = L.range(c.startIndex, headerEnd);
    // A block without words (`{ … }`) adds no level to the path, yet nests: count it all the same.
    if (Math.max(depthAfter, depth + 1) > MAX_JUNOS_DEPTH) {
      errors.push(tooDeep(header));
      return;
    }
    const target = words.length > 0 ? addPath(parent, words, header).pop() : parent;
    if (!target) return;
    if (close && close.type === '}' && !close.isMissing) {
      const closePos = L.pos(close.startIndex);
      const lineStart = L.starts[closePos.line]!;
      const ownLine = text.slice(lineStart, close.startIndex).trim() === '';
      target.lastLine = Math.max(target.lastLine, closePos.line);
      const firstChild = c.namedChildren.find((x) => x && (x.type === 'statement' || x.type === 'block'));
      const headerIndent = L.indentOf(header.start.line);
      let childIndent = `${headerIndent}    `;
      if (firstChild) {
        const p = L.pos(firstChild.startIndex);
        if (p.line !== header.start.line) childIndent = L.indentOf(p.line);
      }
      target.block ??= { header, close: closePos, closeOnOwnLine: ownLine, childIndent };
    }
    pushItems(c, target, Math.max(depthAfter, depth + 1));
  };
  const top = tree.rootNode;
  if (top.hasError) visitErrors(top);
  pushItems(top, root, 0);
  for (let next = pending.pop(); next; next = pending.pop()) item(next.c, next.parent, next.depth);
  resolveGroups(root);
  return { uri, format: 'braces', root, syntaxErrors: errors, end: L.end() };
}

// ---------------------------------------------------------------------------------------------
// set files

const SET_WORD = /"(?:[^"\\]|\\.)*"?|[^\s"]+/g;

export function setFileToJunosDocument(doc: CliDocument): JunosDocument {
  const root = rootNode();
  const errors = [...doc.syntaxErrors];
  const deactivated: Word[][] = [];
  const deleted: Word[][] = [];
  for (const line of doc.lines) {
    // A set file has no sections; a stray indented line is still one command.
    for (const l of [line, ...flatten(line.children)]) {
      const words: Item[] = [];
      const base = l.range.start;
      let list: Word[] | undefined;
      SET_WORD.lastIndex = 0;
      for (let m = SET_WORD.exec(l.text); m; m = SET_WORD.exec(l.text)) {
        const t = m[0];
        if (t === '[') {
          list = [];
          words.push(list);
          continue;
        }
        if (t === ']') {
          list = undefined;
          continue;
        }
        const start = { line: base.line, character: base.character + m.index };
        const end = { line: base.line, character: base.character + m.index + t.length };
        const w = { text: unquote(t), range: { start, end } };
        if (list) list.push(w);
        else words.push(w);
      }
      const first = words[0];
      const verb = first && !Array.isArray(first) ? first.text : undefined;
      if (verb === 'set') {
        const path = words.slice(1);
        if (levels(path) > MAX_JUNOS_DEPTH) errors.push(tooDeep(l.range));
        else for (const last of addPath(root, path, l.range)) last.terminal = true;
      } else if (verb === 'deactivate') deactivated.push(words.slice(1).flat());
      else if (verb === 'delete') deleted.push(words.slice(1).flat());
    }
  }
  for (const path of [...deactivated, ...deleted])
    removePath(
      root,
      path.map((w) => w.text),
    );
  resolveGroups(root);
  return { uri: doc.uri, format: 'set', root, syntaxErrors: errors, end: doc.end };
}

/** Every line below `lines`, in file order (a stack, not recursion: indentation is the input's to choose). */
function flatten(lines: CliDocument['lines']): CliDocument['lines'] {
  const out: CliDocument['lines'] = [];
  const stack = [...lines].reverse();
  for (let l = stack.pop(); l; l = stack.pop()) {
    out.push(l);
    for (let i = l.children.length - 1; i >= 0; i--) stack.push(l.children[i]!);
  }
  return out;
}

function removePath(root: JunosNode, path: string[]): void {
  let parent = root;
  for (let i = 0; i < path.length - 1; i++) {
    const c = parent.index.get(path[i]!);
    if (!c) return;
    parent = c;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  const c = parent.index.get(last);
  if (!c) return;
  parent.index.delete(last);
  parent.children = parent.children.filter((x) => x !== c);
}

// ---------------------------------------------------------------------------------------------
// apply-groups

function copyNode(n: JunosNode, group: string): JunosNode {
  const c: JunosNode = { ...n, lines: [...n.lines], ranges: [...n.ranges], children: [], index: new Map(), group: n.group ?? group };
  delete c.block;
  for (const k of n.children) {
    const kc = copyNode(k, group);
    c.children.push(kc);
    if (!c.index.has(kc.word)) c.index.set(kc.word, kc);
  }
  return c;
}

/** A statement whose children are only values (`mtu 9216`, `description x`): the configuration's own value wins. */
function isValueStatement(n: JunosNode): boolean {
  return n.children.length > 0 && n.children.every((c) => c.children.length === 0);
}

function inherit(target: JunosNode, from: JunosNode, group: string): void {
  for (const g of from.children) {
    if (g.word === 'apply-groups' || g.word === 'apply-groups-except') continue;
    const wild = wildcardMatcher(g.word);
    if (wild) {
      for (const t of target.children) if (!wildcardMatcher(t.word) && wild.test(t.word)) inherit(t, g, group);
      continue;
    }
    const t = target.index.get(g.word);
    if (!t) {
      const c = copyNode(g, group);
      target.children.push(c);
      target.index.set(c.word, c);
    } else if (!isValueStatement(t)) {
      inherit(t, g, group);
    }
  }
}

/** The nodes of a group that apply at `path` (wildcards matched against the path's words). */
function groupNodesAt(groupRoot: JunosNode, path: string[]): JunosNode[] {
  let level = [groupRoot];
  for (const w of path) {
    const next: JunosNode[] = [];
    for (const n of level) {
      const exact = n.index.get(w);
      if (exact) next.push(exact);
      for (const c of n.children) {
        const re = wildcardMatcher(c.word);
        if (re && re.test(w)) next.push(c);
      }
    }
    level = next;
    if (level.length === 0) break;
  }
  return level;
}

function resolveGroups(root: JunosNode): void {
  const groups = root.index.get('groups');
  if (!groups) return;
  // Deepest first: a nested apply-groups is more specific than a top-level one.
  const visit = (n: JunosNode, path: string[]): void => {
    for (const c of n.children) if (c !== groups) visit(c, [...path, c.word]);
    const apply = n.index.get('apply-groups');
    if (!apply) return;
    for (const g of apply.children) {
      const groupRoot = groups.index.get(g.word);
      if (!groupRoot) continue;
      for (const from of groupNodesAt(groupRoot, path)) inherit(n, from, g.word);
    }
  };
  visit(root, []);
}
