import type { Loc } from '../../model/location';

/** A few lines of a config around a location, as the report shows them (untrusted text: renderers escape it). */
export interface Excerpt {
  /** 1-based number of the first line shown. */
  first: number;
  lines: string[];
  /** 1-based lines of the location itself, inclusive. */
  markFrom: number;
  markTo: number;
}

const CONTEXT = 2;
const MAX_MARKED = 8;
const MAX_LINE = 240;

/**
 * The location's lines (at most eight) with two lines of context either side. Long lines are cut at 240
 * characters with an ellipsis, so one minified JSON line cannot make the report huge.
 */
export function excerptAt(lines: readonly string[], loc: Loc): Excerpt | undefined {
  if (lines.length === 0) return undefined;
  const start = Math.min(loc.range.start.line, lines.length - 1);
  // A range that ends at column 0 of the next line ends on the line before.
  const endLine = loc.range.end.character === 0 && loc.range.end.line > start ? loc.range.end.line - 1 : loc.range.end.line;
  const end = Math.min(Math.max(start, endLine), start + MAX_MARKED - 1, lines.length - 1);
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(lines.length - 1, end + CONTEXT);
  const shown: string[] = [];
  for (let i = from; i <= to; i++) {
    const l = lines[i]!;
    shown.push(l.length > MAX_LINE ? `${l.slice(0, MAX_LINE)}…` : l);
  }
  return { first: from + 1, lines: shown, markFrom: start + 1, markTo: end + 1 };
}
