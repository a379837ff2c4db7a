import { compileGlob, type Glob } from '../model/glob';
import type { Position, Range } from '../model/location';

/**
 * A Junos configuration, whichever format it was written in, as one tree of words: `set a b c` and
 * `a { b c; }` (and `a b { c; }`) give the same path a → b → c. Extractors read this, never
 * tree-sitter nodes. Lists (`[ x y ]`) become sibling children of the word before them; quoted
 * strings are unquoted.
 */
export interface JunosNode {
  /** The word of this level, unquoted. The root's word is ''. */
  word: string;
  /** The word as written (its first occurrence). */
  range: Range;
  /** Every place the word is written (each set line, each repeated statement), for rename. */
  ranges: Range[];
  /** The statement or block header line that first wrote this word (a whole set line in set files). */
  line: Range;
  /** Every statement / header / set line that wrote this word. */
  lines: Range[];
  children: JunosNode[];
  /** Children by word (the first of each word). */
  index: Map<string, JunosNode>;
  /** A statement ends here (`disable;`, `set … disable`). */
  terminal: boolean;
  /** Braces: this word ends a block header (`et-0/0/0 {`). */
  block?: JunosBlock;
  /** Set files: the lines of this node's subtree are between these (0-based) lines, for insertions. */
  lastLine: number;
  /** Set when the node was copied from `groups <name>` by an `apply-groups`; its ranges point into the group. */
  group?: string;
}

export interface JunosBlock {
  /** `et-0/0/0 {` without the brace's content. */
  header: Range;
  /** Position of the closing `}`. */
  close: Position;
  /** True when only blanks precede the `}` on its line. */
  closeOnOwnLine: boolean;
  /** Indentation of the block's children as written (or the header's plus four spaces). */
  childIndent: string;
}

export interface JunosDocument {
  uri: string;
  format: 'braces' | 'set';
  root: JunosNode;
  syntaxErrors: { range: Range; message: string }[];
  end: Position;
}

export function newNode(word: string, range: Range, line: Range): JunosNode {
  return { word, range, ranges: [range], line, lines: [line], children: [], index: new Map(), terminal: false, lastLine: line.end.line };
}

/** The child with this word (first one), if any. */
export function child(node: JunosNode | undefined, ...path: string[]): JunosNode | undefined {
  let n = node;
  for (const w of path) {
    if (!n) return undefined;
    n = n.index.get(w);
  }
  return n;
}

/** The words of the children of `node.path`: `values(unitNode, 'family', 'inet', 'address')`. */
export function childrenAt(node: JunosNode | undefined, ...path: string[]): JunosNode[] {
  return child(node, ...path)?.children ?? [];
}

/** The first child of `node.path`, when the statement is `keyword value;`. */
export function valueAt(node: JunosNode | undefined, ...path: string[]): JunosNode | undefined {
  return child(node, ...path)?.children[0];
}

export interface JunosStatement {
  /** The nodes after `from`, in order, down to a terminal node. */
  nodes: JunosNode[];
  /** The line of the statement (the last node's line). */
  line: Range;
}

/** Every statement under `from`, as the chain of nodes after it (depth first, in order). */
export function statementsUnder(from: JunosNode): JunosStatement[] {
  const out: JunosStatement[] = [];
  const walk = (n: JunosNode, chain: JunosNode[]): void => {
    for (const c of n.children) {
      const next = [...chain, c];
      if (c.terminal || c.children.length === 0) out.push({ nodes: next, line: c.line });
      walk(c, next);
    }
  };
  walk(from, []);
  return out;
}

/** A Junos wildcard name (`<*>`, `<et-*>`, `<[xe][et]-*>`) as a matcher, or undefined for a plain word. */
export function wildcardMatcher(word: string): Glob | undefined {
  if (word.length < 2 || !word.startsWith('<') || !word.endsWith('>')) return undefined;
  return junosGlob(word.slice(1, -1));
}

/** A glob with `*`, `?` and `[…]` (as in Junos wildcards and `class-of-service interfaces et-*`), matched without backtracking. */
export function junosGlob(glob: string): Glob {
  return compileGlob(glob);
}

/** True for words that name no object but a pattern (`<*>`, `et-*`). */
export function isPattern(word: string): boolean {
  return /[*?<>[\]]/.test(word);
}
