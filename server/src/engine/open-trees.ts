// The syntax trees of open documents, kept between edits so that a keystroke reparses incrementally: the
// editor's change ranges are applied to the kept tree (tree.edit) and the next parse starts from it. Only
// open documents keep a tree; a closed file keeps only its analysis (the model), and its tree is freed.
import type { AdapterMemo, Edit, GrammarFamily, Tree } from '../parsing/parser';

interface Kept {
  family: GrammarFamily;
  tree: Tree;
}

export class OpenTrees {
  private readonly open = new Set<string>();
  private readonly trees = new Map<string, Kept>();
  /** What the adapter keeps between keystrokes, per open document (DialectGrammar.adapt). */
  private readonly memos = new Map<string, AdapterMemo>();
  /** Parses that started from a kept tree. */
  reused = 0;

  /** Keep (an open document) or stop keeping (closed: the tree is freed) the tree of a file. */
  keep(uri: string, open: boolean): void {
    if (open) this.open.add(uri);
    else {
      this.open.delete(uri);
      this.memos.delete(uri);
      this.drop(uri);
    }
  }

  /** The adapter's memo of an open document; undefined for a closed one (its adapter starts afresh each time). */
  memo(uri: string): AdapterMemo | undefined {
    if (!this.open.has(uri)) return undefined;
    let m = this.memos.get(uri);
    if (!m) {
      m = {};
      this.memos.set(uri, m);
    }
    return m;
  }

  keeps(uri: string): boolean {
    return this.open.has(uri);
  }

  /** The text changed by these edits (in order; undefined: in an unknown way, and the tree is of no use). */
  edit(uri: string, edits: readonly Edit[] | undefined): void {
    const kept = this.trees.get(uri);
    if (!kept) return;
    if (!edits) {
      this.drop(uri);
      return;
    }
    for (const e of edits) kept.tree.edit(e);
  }

  /**
   * The kept tree of a file, edited up to its current text, to parse it again from: taken out, so the caller
   * owns it (deletes it after the parse, or hands the new tree to put()). Undefined for another grammar.
   */
  take(uri: string, family: GrammarFamily): Tree | undefined {
    const kept = this.trees.get(uri);
    if (!kept) return undefined;
    this.trees.delete(uri);
    if (kept.family === family) {
      this.reused++;
      return kept.tree;
    }
    kept.tree.delete();
    return undefined;
  }

  /** Keeps a fresh tree when the file is open, else frees it. */
  put(uri: string, family: GrammarFamily, tree: Tree): void {
    this.drop(uri);
    if (this.open.has(uri)) this.trees.set(uri, { family, tree });
    else tree.delete();
  }

  drop(uri: string): void {
    this.trees.get(uri)?.tree.delete();
    this.trees.delete(uri);
  }

  /** Trees kept now (for the bench and tests). */
  get size(): number {
    return this.trees.size;
  }
}
