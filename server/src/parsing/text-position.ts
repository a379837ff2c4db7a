import type { Position, Range } from '../model/location';

/**
 * Positions in raw text for the editor's navigation (completion, folding), where the text may be half typed and
 * no tree is at hand. Characters are UTF-16 code units, as in the LSP.
 */

/** The offset of a position (clamped to the text and to the line's end). */
export function offsetAt(text: string, pos: Position): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const eol = lineEnd(text, offset);
  return Math.min(offset + Math.max(0, pos.character), eol);
}

/** The end of the line starting at `offset`, before its `\r\n` or `\n`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

/** The text of the position's line before the position. */
export function linePrefix(text: string, pos: Position): string {
  const at = offsetAt(text, pos);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/** The range of the last `partial.length` characters before the position: the word a completion replaces. */
export function rangeBefore(pos: Position, partial: string): Range {
  return { start: { line: pos.line, character: pos.character - partial.length }, end: pos };
}
