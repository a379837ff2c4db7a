import type { Range } from './location';

/** One replacement in one file; line breaks in newText are `\n` and take the file's own ending when applied. */
export interface TextEdit {
  uri: string;
  range: Range;
  newText: string;
}

/** A fix is data, so the CLI and the LSP quick-fix apply the same edits. */
export interface Fix {
  title: string;
  isPreferred?: boolean;
  edits: TextEdit[];
}
