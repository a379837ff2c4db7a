import type { Range, Position } from '../model/location';

/**
 * The indentation-structured CLI family (EOS, NX-OS, IOS) seen as nested lines of words.
 * Extractors read this, never tree-sitter nodes, so a grammar change touches one adapter.
 */
export interface CliWord {
  text: string;
  range: Range;
}

export interface CliLine {
  /** Every word of the line in order, including a leading `no` / `default`. */
  words: CliWord[];
  /** The line without its indentation and trailing spaces. */
  text: string;
  /** From the first word to the end of the last word. */
  range: Range;
  /** Column of the first word (tabs count as one character, as LSP columns do). */
  indent: number;
  /** Indentation text as written, so inserted siblings can copy it. */
  indentText: string;
  children: CliLine[];
  /** Body of a multi-line text block (banner, EOS `comment`), when the line opens one. */
  textBlock?: { text: string; range: Range };
}

export interface CliDocument {
  uri: string;
  lines: CliLine[];
  /** Comment lines (`!`, `#`), kept for directives such as `! fabric-lint: dialect=eos`. */
  comments: CliWord[];
  /** ERROR / MISSING nodes of the tree, already turned into ranges with a message. */
  syntaxErrors: { range: Range; message: string }[];
  end: Position;
}
