/** Zero-based line/character, the LSP convention, so diagnostics need no conversion. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Where a fact was written: every value in the model carries one, so every finding can point at a line. */
export interface Loc {
  uri: string;
  range: Range;
}

export interface Located<T> {
  value: T;
  loc: Loc;
}

/**
 * A value that may come from a platform default rather than a line in the config.
 * A defaulted value points at the header of the section where the line would belong.
 */
export interface Setting<T> extends Located<T> {
  defaulted: boolean;
}

export function located<T>(value: T, loc: Loc): Located<T> {
  return { value, loc };
}

export function explicit<T>(value: T, loc: Loc): Setting<T> {
  return { value, loc, defaulted: false };
}

export function defaulted<T>(value: T, loc: Loc): Setting<T> {
  return { value, loc, defaulted: true };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function compareLocs(a: Loc, b: Loc): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return comparePositions(a.range.start, b.range.start);
}

/** The line holding offset `index`, given the offsets where lines start (ascending, the first 0). */
export function lineAt(lineStarts: readonly number[], index: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
