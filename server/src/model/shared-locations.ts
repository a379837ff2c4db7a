// Positions ({line, character}) and ranges ({start, end}) name no file, so one frozen object of each serves every
// location at that place in every file: the same line and column recur in file after file of a fabric (configs are
// rendered from templates), and a location costs four objects (Loc, Range, two Positions) where shared it costs
// one. Readers and the analysis codec (engine/analysis-codec.ts) share them on the thread that keeps the model.
// Nothing may write to a model's positions or ranges (they are frozen: a write throws in strict mode).
import type { Position, Range } from './location';

/**
 * Shared positions by line, then character; shared ranges by start line, then a key of lines spanned, start and end
 * character. Bounded: past MAX_SHARED objects, or past the lines, columns and spans keyed here, a position or range is
 * kept as it came.
 */
const positionsByLine: (Position | undefined)[][] = [];
const rangesByLine: (Map<number, Range> | undefined)[] = [];
let count = 0;
const MAX_SHARED = 8_000_000;
const MAX_LINE = 1 << 24;
const COLUMNS = 4096;
const SPAN = 64;

const isIndex = (n: unknown, max: number): n is number => typeof n === 'number' && n >>> 0 === n && n < max;

/** The shared position equal to `p` (`p` itself, frozen, when it is the first), or `p` where none is kept. */
export function sharedPosition(p: Position): Position {
  if (!isIndex(p.line, MAX_LINE) || !isIndex(p.character, COLUMNS)) return p;
  const row = (positionsByLine[p.line] ??= []);
  const known = row[p.character];
  if (known) return known;
  if (count >= MAX_SHARED) return p;
  count++;
  return (row[p.character] = Object.freeze(p));
}

/** The shared range equal to `r` (made of shared positions), or `r` where none is kept. */
export function sharedRange(r: Range): Range {
  const start = sharedPosition(r.start);
  const end = sharedPosition(r.end);
  if (!Object.isFrozen(start) || !Object.isFrozen(end)) return r;
  const span = end.line - start.line;
  if (span < 0 || span >= SPAN) return r;
  const key = (span * COLUMNS + start.character) * COLUMNS + end.character;
  const row = (rangesByLine[start.line] ??= new Map());
  const known = row.get(key);
  if (known) return known;
  if (count >= MAX_SHARED) return r;
  count++;
  const shared = Object.freeze(start === r.start && end === r.end ? r : { start, end });
  row.set(key, shared);
  return shared;
}
