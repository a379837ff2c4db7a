/**
 * Turns a tree of the `netcli` grammar (grammars/netcli) into the CliDocument of cli-tree.ts.
 *
 * Node types relied on (see grammars/netcli/src/node-types.json):
 *   source_file, block            containers of items
 *   section                       fields `header` (a command) and `body` (a block)
 *   command                       a line; its named children are its words, in order:
 *                                 negation, keyword, word, number, ip_address, ip_prefix,
 *                                 mac_address, interface_name, plus at most one text_block
 *   text_block                    multi-line text: either `<delim>…<delim>` starting on the
 *                                 command's line (IOS / NX-OS banners), or the lines after the
 *                                 command up to and including a line `EOF` (EOS banner / comment)
 *   comment                       a `!` / `#` line
 *   ERROR, MISSING nodes          reported as syntaxErrors (the lines inside an ERROR are kept)
 * NUL bytes, which the grammar skips like blanks, are reported as syntaxErrors too.
 *
 * Positions are LSP positions (0-based line, UTF-16 code-unit character), computed from node
 * indexes (UTF-16 offsets in web-tree-sitter) against a line table of the text, so they are right
 * for lines with non-ASCII characters whatever unit the binding uses for columns.
 * The walk uses one TreeCursor and never materializes Node objects.
 */
import type { Tree, TreeCursor } from 'web-tree-sitter';
import { lineAt, type Position, type Range } from '../model/location';
import type { CliDocument, CliLine, CliWord } from './cli-tree';
import { ERROR_TYPE_ID, nodeKindTable } from './node-kinds';
import type { AdapterMemo } from './parser';

const enum Kind {
  Other = 0,
  Container = 1, // source_file, block
  Section = 2,
  Command = 3,
  Comment = 4,
  Word = 5,
  TextBlock = 6,
  Error = 7,
}

const KIND_BY_NAME: Record<string, Kind> = {
  source_file: Kind.Container,
  block: Kind.Container,
  section: Kind.Section,
  command: Kind.Command,
  comment: Kind.Comment,
  text_block: Kind.TextBlock,
  negation: Kind.Word,
  keyword: Kind.Word,
  word: Kind.Word,
  number: Kind.Word,
  ip_address: Kind.Word,
  ip_prefix: Kind.Word,
  mac_address: Kind.Word,
  interface_name: Kind.Word,
  ERROR: Kind.Error,
};

/** Whole input of a tree parsed from a string or a callback. */
function treeText(tree: Tree): string {
  const callback = (tree as unknown as { textCallback?: (index: number, position: unknown) => string | null | undefined }).textCallback;
  if (!callback) return tree.rootNode.text;
  let text = '';
  for (;;) {
    const chunk = callback(text.length, { row: 0, column: 0 });
    if (!chunk) return text;
    text += chunk;
  }
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
}

class Converter {
  readonly lineStarts: number[] = [0];
  private hint = 0;

  constructor(readonly text: string) {
    let i = text.indexOf('\n');
    while (i !== -1) {
      this.lineStarts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  /** Line containing UTF-16 offset `index` (fast for monotone queries). */
  lineOf(index: number): number {
    const starts = this.lineStarts;
    let l = this.hint;
    if (index >= starts[l]!) {
      const last = starts.length - 1;
      let steps = 0;
      while (l < last && starts[l + 1]! <= index) {
        l++;
        if (++steps > 16) {
          l = this.search(index);
          break;
        }
      }
    } else {
      l = this.search(index);
    }
    this.hint = l;
    return l;
  }

  private search(index: number): number {
    return lineAt(this.lineStarts, index);
  }

  position(index: number): Position {
    const line = this.lineOf(index);
    return { line, character: index - this.lineStarts[line]! };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Offset of the end of the line containing `index`, before `\r\n` / `\n`, blanks trimmed. */
  lineEndTrimmed(line: number): number {
    const next = this.lineStarts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    const start = this.lineStarts[line]!;
    while (end > start && isBlankCode(this.text.charCodeAt(end - 1))) end--;
    return end;
  }
}

interface Walk {
  cursor: TreeCursor;
  /** Visit every leaf (trees with errors, or on request) instead of splitting one-line commands. */
  exact: boolean;
  kinds: Uint8Array;
  conv: Converter;
  text: string;
  comments: CliWord[];
  errors: { range: Range; message: string }[];
  /** Sections open around the cursor. */
  depth: number;
  /** The top-level sections read last time (an open document's), and those read now. */
  reuse?: { before: Map<string, ReadSection>; now: Map<string, ReadSection> };
}

/** What reading one top-level section added to the document. */
interface ReadSection {
  lines: CliLine[];
  comments: CliWord[];
  errors: { range: Range; message: string }[];
}

/**
 * An open document's top-level sections as read at the last keystroke, by where they start and their exact text: a
 * section with the same text at the same place reads to the same lines (they name no tree node, only text and
 * positions), so only the sections an edit touched are walked again. A line added or removed moves the sections
 * below it, which are then walked again too.
 */
class SectionMemo {
  constructor(readonly sections: Map<string, ReadSection>) {}
}

/**
 * Deepest section nesting read. Switch configs nest a handful of levels; past this a section's body
 * is reported and left out, so neither this walk nor the extractors recurse as deep as indentation goes.
 */
export const MAX_CLI_DEPTH = 100;

function kindAt(w: Walk): Kind {
  const id = w.cursor.nodeTypeId;
  if (id === ERROR_TYPE_ID) return Kind.Error;
  return (w.kinds[id] ?? Kind.Other) as Kind;
}

function reportError(w: Walk, start: number, end: number): void {
  const snippet = w.text.slice(start, Math.min(end, start + 40)).replace(/[\r\n]+/g, ' ');
  w.errors.push({
    range: w.conv.range(start, end),
    message: snippet.trim() ? `Syntax error: unexpected '${snippet}'` : 'Syntax error',
  });
}

function reportMissing(w: Walk): void {
  const at = w.cursor.startIndex;
  w.errors.push({ range: w.conv.range(at, at), message: `Syntax error: missing ${w.cursor.nodeType}` });
}

/** Reports MISSING nodes below the cursor's node (rare; only after error recovery). */
function scanMissing(w: Walk): void {
  const c = w.cursor;
  if (!c.gotoFirstChild()) return;
  do {
    if (c.nodeIsMissing) reportMissing(w);
    else if (kindAt(w) === Kind.Error) reportError(w, c.startIndex, c.endIndex);
    else scanMissing(w);
  } while (c.gotoNextSibling());
  c.gotoParent();
}

function textBlockOf(w: Walk, start: number, end: number, commandLine: number): CliLine['textBlock'] {
  const text = w.text;
  const conv = w.conv;
  if (conv.lineOf(start) === commandLine) {
    // <delim>body<delim>; the delimiter is `^C` or one character (maybe a surrogate pair).
    let dlen = 1;
    if (text.startsWith('^C', start)) dlen = 2;
    else if ((text.codePointAt(start) ?? 0) > 0xffff) dlen = 2;
    const bodyStart = Math.min(start + dlen, end);
    const bodyEnd = Math.max(bodyStart, end - dlen);
    return { text: text.slice(bodyStart, bodyEnd), range: conv.range(bodyStart, bodyEnd) };
  }
  // Lines up to a line `EOF` (which ends the token).
  const eofLine = conv.lineOf(end);
  const eofLineStart = conv.lineStarts[eofLine]!;
  let bodyEnd = eofLineStart;
  if (bodyEnd > start) {
    bodyEnd--; // the '\n' before the EOF line
    if (bodyEnd > start && text.charCodeAt(bodyEnd - 1) === 13) bodyEnd--;
  }
  if (bodyEnd < start) bodyEnd = start;
  return { text: text.slice(start, bodyEnd), range: conv.range(start, bodyEnd) };
}

/**
 * Words of a one-line command read from the text, without visiting its leaves in the tree. Only
 * used for error-free trees and lines that cannot hold a text block: there, by construction of
 * the grammar, the named leaves of a command are exactly its maximal runs of non-blank characters
 * (the grammar's BLANK set). The corpus test cross-checks this against the exact walk.
 */
function splitWords(w: Walk, start: number, end: number, line: number, words: CliWord[]): void {
  const text = w.text;
  const lineStart = w.conv.lineStarts[line]!;
  let i = start;
  while (i < end) {
    while (i < end && isBlankCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isBlankCode(text.charCodeAt(i))) i++;
    words.push({
      text: text.slice(s, i),
      range: { start: { line, character: s - lineStart }, end: { line, character: i - lineStart } },
    });
  }
}

/** Cursor on a `command` node. */
function readCommand(w: Walk): CliLine {
  const c = w.cursor;
  const words: CliWord[] = [];
  let textBlock: CliLine['textBlock'];
  const cmdStart = c.startIndex;
  const cmdEnd = c.endIndex;
  let first = -1;
  let last = -1;
  let blockStart = -1;
  let blockEnd = -1;
  const text = w.text;
  if (!w.exact && !text.startsWith('banner', cmdStart) && !text.startsWith('comment', cmdStart)) {
    const nl = text.indexOf('\n', cmdStart);
    if (nl === -1 || nl >= cmdEnd) {
      const line = w.conv.lineOf(cmdStart);
      splitWords(w, cmdStart, cmdEnd, line, words);
      if (words.length > 0) return makeLine(w, words, cmdStart, cmdEnd, undefined);
    }
  }
  if (c.gotoFirstChild()) {
    do {
      if (c.nodeIsMissing) {
        reportMissing(w);
        continue;
      }
      const kind = kindAt(w);
      if (kind === Kind.Word) {
        const s = c.startIndex;
        const e = c.endIndex;
        if (first < 0) first = s;
        last = e;
        words.push({ text: w.text.slice(s, e), range: w.conv.range(s, e) });
      } else if (kind === Kind.TextBlock) {
        blockStart = c.startIndex;
        blockEnd = c.endIndex;
      } else if (kind === Kind.Error) {
        reportError(w, c.startIndex, c.endIndex);
      } else if (c.nodeIsNamed) {
        scanMissing(w);
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  if (first < 0) {
    first = cmdStart;
    last = cmdEnd;
  }
  if (blockStart >= 0) textBlock = textBlockOf(w, blockStart, blockEnd, w.conv.lineOf(first));
  return makeLine(w, words, first, last, textBlock);
}

function makeLine(w: Walk, words: CliWord[], first: number, last: number, textBlock: CliLine['textBlock']): CliLine {
  const conv = w.conv;
  const line = conv.lineOf(first);
  const lineStart = conv.lineStarts[line]!;
  const lineEnd = Math.max(conv.lineEndTrimmed(line), Math.min(first, w.text.length));
  const range = conv.range(first, last);
  const result: CliLine = {
    words,
    text: w.text.slice(first, lineEnd),
    range,
    indent: first - lineStart,
    indentText: w.text.slice(lineStart, first),
    children: [],
  };
  if (textBlock) result.textBlock = textBlock;
  return result;
}

/** Cursor on a container (source_file or block): appends its lines to `out`. */
function readItems(w: Walk, out: CliLine[]): void {
  const c = w.cursor;
  if (!c.gotoFirstChild()) return;
  do {
    if (c.nodeIsMissing) {
      reportMissing(w);
      continue;
    }
    switch (kindAt(w)) {
      case Kind.Command:
        out.push(readCommand(w));
        break;
      case Kind.Section:
        if (w.reuse && w.depth === 0) readTopSection(w, out, w.reuse);
        else readSection(w, out);
        break;
      case Kind.Comment: {
        const s = c.startIndex;
        const e = c.endIndex;
        w.comments.push({ text: w.text.slice(s, e), range: w.conv.range(s, e) });
        break;
      }
      case Kind.Error:
        readError(w, out);
        break;
      case Kind.Container:
        readItems(w, out);
        break;
      default:
        if (c.nodeIsNamed) scanMissing(w);
    }
  } while (c.gotoNextSibling());
  c.gotoParent();
}

/**
 * Cursor on an ERROR node among items. The grammar accepts every text, so this is defensive: the
 * lines the node still contains are kept (flat), and what is not a line is reported: the node's
 * own range when nothing in it could be recovered, else each run of stray tokens.
 */
function readError(w: Walk, out: CliLine[]): void {
  const c = w.cursor;
  const start = c.startIndex;
  const end = c.endIndex;
  let recovered = false;
  let strayStart = -1;
  let strayEnd = -1;
  const flushStray = (): void => {
    if (strayStart >= 0) reportError(w, strayStart, strayEnd);
    strayStart = -1;
  };
  if (c.gotoFirstChild()) {
    do {
      if (c.nodeIsMissing) {
        reportMissing(w);
        continue;
      }
      const kind = kindAt(w);
      if (kind === Kind.Command || kind === Kind.Section || kind === Kind.Container || kind === Kind.Comment || kind === Kind.Error) {
        flushStray();
        recovered = true;
        if (kind === Kind.Command) out.push(readCommand(w));
        else if (kind === Kind.Section) readSection(w, out);
        else if (kind === Kind.Container) readItems(w, out);
        else if (kind === Kind.Comment) w.comments.push({ text: w.text.slice(c.startIndex, c.endIndex), range: w.conv.range(c.startIndex, c.endIndex) });
        else readError(w, out);
      } else if (c.endIndex > c.startIndex) {
        if (strayStart < 0) strayStart = c.startIndex;
        strayEnd = c.endIndex;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  if (!recovered) reportError(w, start, end);
  else flushStray();
}

/** NUL bytes are skipped by the grammar (hidden extra); they are reported here, one error per run. */
function reportNuls(w: Walk): void {
  const text = w.text;
  let i = text.indexOf('\0');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) === 0) j++;
    w.errors.push({ range: w.conv.range(i, j), message: j - i === 1 ? 'NUL byte in the text' : `${j - i} NUL bytes in the text` });
    i = text.indexOf('\0', j);
  }
}

/** Cursor on a top-level `section`: read as at the last keystroke when its text and place are the same. */
function readTopSection(w: Walk, out: CliLine[], reuse: NonNullable<Walk['reuse']>): void {
  const c = w.cursor;
  const at = w.conv.position(c.startIndex);
  const key = `${at.line}:${at.character}:${w.text.slice(c.startIndex, c.endIndex)}`;
  let read = reuse.before.get(key);
  if (!read) {
    const lines = out.length;
    const comments = w.comments.length;
    const errors = w.errors.length;
    readSection(w, out);
    read = { lines: out.slice(lines), comments: w.comments.slice(comments), errors: w.errors.slice(errors) };
  } else {
    for (const l of read.lines) out.push(l);
    for (const x of read.comments) w.comments.push(x);
    for (const x of read.errors) w.errors.push(x);
  }
  reuse.now.set(key, read);
}

/** Cursor on a `section`. */
function readSection(w: Walk, out: CliLine[]): void {
  const c = w.cursor;
  if (!c.gotoFirstChild()) return;
  let header: CliLine | undefined;
  do {
    if (c.nodeIsMissing) {
      reportMissing(w);
      continue;
    }
    const kind = kindAt(w);
    if (kind === Kind.Command && !header) {
      header = readCommand(w);
      out.push(header);
    } else if (kind === Kind.Container) {
      if (w.depth >= MAX_CLI_DEPTH) {
        const at = c.startIndex;
        w.errors.push({ range: w.conv.range(at, at), message: `indented more than ${MAX_CLI_DEPTH} levels deep; these lines are not read` });
        continue;
      }
      w.depth++;
      readItems(w, header ? header.children : out);
      w.depth--;
    } else if (kind === Kind.Error) {
      readError(w, header ? header.children : out);
    } else if (kind === Kind.Command) {
      out.push(readCommand(w));
    } else if (kind === Kind.Comment) {
      w.comments.push({ text: w.text.slice(c.startIndex, c.endIndex), range: w.conv.range(c.startIndex, c.endIndex) });
    }
  } while (c.gotoNextSibling());
  c.gotoParent();
}

/**
 * Builds the CliDocument of a netcli tree. `text` must be the text the tree was parsed from; it
 * is taken from the tree when omitted. The tree is not deleted (the caller owns it).
 * `exactWords` visits every leaf of every command even where reading the words from the text is
 * equivalent (for tests; slower).
 */
export function toCliDocument(uri: string, tree: Tree, text?: string, options?: { exactWords?: boolean; memo?: AdapterMemo }): CliDocument {
  const source = text ?? treeText(tree);
  const conv = new Converter(source);
  const hasNul = source.includes('\0');
  const exact = options?.exactWords === true || hasNul || tree.rootNode.hasError;
  const cursor = tree.walk();
  const w: Walk = { cursor, exact, kinds: nodeKindTable(tree, KIND_BY_NAME), conv, text: source, comments: [], errors: [], depth: 0 };
  // A tree with errors is read leaf by leaf (exact), where what a section reads to may depend on its neighbours.
  const memo = options?.memo;
  if (memo && !exact) w.reuse = { before: memo.state instanceof SectionMemo ? memo.state.sections : new Map(), now: new Map() };
  const lines: CliLine[] = [];
  try {
    if (cursor.nodeIsMissing) reportMissing(w);
    else if (kindAt(w) === Kind.Error) readError(w, lines);
    else readItems(w, lines);
  } finally {
    cursor.delete();
  }
  if (memo) memo.state = w.reuse ? new SectionMemo(w.reuse.now) : undefined;
  if (hasNul) {
    reportNuls(w);
    w.errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  const lastLine = conv.lineStarts.length - 1;
  return {
    uri,
    lines,
    comments: w.comments,
    syntaxErrors: w.errors,
    end: { line: lastLine, character: source.length - conv.lineStarts[lastLine]! },
  };
}
