import { lineAt, type Loc, type Position } from './location';

/** Offsets of line starts, so an offset in the text turns into an LSP position without rescanning. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lineAt(this.starts, o);
    return { line, character: o - (this.starts[line] ?? 0) };
  }

  loc(uri: string, start: number, end: number): Loc {
    return { uri, range: { start: this.position(start), end: this.position(end) } };
  }

  /**
   * Offset of an LSP position. Like LSP clients, a line past the end is the end of the text, a character past
   * the end of its line is the end of that line's content (before its line break), and negatives clamp to 0.
   */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const [start, end] = this.lineSpan(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  /** Start and end offsets of a line, without its line break. */
  lineSpan(line: number): [number, number] {
    const start = this.starts[line] ?? this.text.length;
    let end = this.starts[line + 1] ?? this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return [start, end];
  }

  /** The whole line, from its first to its last character. */
  lineLoc(uri: string, line: number): Loc {
    const [s, e] = this.lineSpan(line);
    return this.loc(uri, s, e);
  }
}
