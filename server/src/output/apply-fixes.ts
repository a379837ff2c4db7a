import type { Range } from '../model/location';
import { LineIndex } from '../model/line-index';
import type { Fix, TextEdit } from '../model/edit';
import { eolOf, withEol } from '../engine/source-text';

/** An edit of one document: LSP-style zero-based line/character range, characters in UTF-16 units. */
export interface DocumentEdit {
  range: Range;
  newText: string;
}

/** Thrown when edits of one document overlap or have a range that ends before it starts. */
export class EditConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditConflictError';
  }
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
  /** Index in the caller's array: keeps insertions at one point in the caller's order. */
  order: number;
}

/** Edits as offsets into `text`, their line breaks turned into the text's own line ending. */
function toOffsetEdits(text: string, edits: readonly DocumentEdit[]): OffsetEdit[] {
  const lines = new LineIndex(text);
  const eol = eolOf(text);
  return edits.map((e, order) => {
    const start = lines.offsetAt(e.range.start);
    const end = lines.offsetAt(e.range.end);
    if (end < start) throw new EditConflictError(`edit range ends before it starts (${fmt(e.range)})`);
    return { start, end, newText: withEol(e.newText, eol), order };
  });
}

function sortOffsetEdits(edits: OffsetEdit[]): OffsetEdit[] {
  return edits.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
}

function fmt(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * Applies edits to one document. The edits may be given in any order; they are applied as if
 * simultaneously (every range refers to the original text). Insertions at the same position are
 * applied in the order given. Overlapping ranges are rejected with an EditConflictError; ranges that
 * only touch (one ends where the next starts) are fine. Line breaks in the new text take the
 * document's line ending; everything outside the ranges is kept as it is.
 */
export function applyEdits(text: string, edits: readonly DocumentEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = sortOffsetEdits(toOffsetEdits(text, edits));
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) {
      const a = edits[e.order]!;
      throw new EditConflictError(`overlapping edits: ${fmt(a.range)} overlaps an earlier edit`);
    }
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

export interface ApplyFixesResult {
  /** New text of every document that changed (uri → text). */
  changed: Map<string, string>;
  /** Fixes that were applied (fully), in the order given. */
  applied: Fix[];
  /** Fixes left out because they overlap an applied fix or edit a document that is not known. */
  skipped: Fix[];
}

/**
 * Applies several fixes, each possibly editing several documents, to a set of texts. A fix is atomic:
 * it is applied whole, or skipped when any of its edits overlaps an edit of a fix taken earlier (or its
 * own edits overlap, or it edits a document not in `texts`). Two fixes inserting different text at the
 * same point conflict too: which goes first would be a guess (two `mtu` lines in one block), and the
 * next pass of the fix loop sees the result of the first. An edit identical to one already taken is
 * shared rather than a conflict, so two findings proposing the same change apply it once.
 */
export function applyFixes(texts: ReadonlyMap<string, string>, fixes: readonly Fix[]): ApplyFixesResult {
  const taken = new Map<string, OffsetEdit[]>();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let order = 0;
  for (const fix of fixes) {
    const pending = new Map<string, OffsetEdit[]>();
    let ok = fix.edits.length > 0;
    for (const edit of fix.edits) {
      const text = texts.get(edit.uri);
      if (text === undefined) {
        ok = false;
        break;
      }
      let converted: OffsetEdit;
      try {
        converted = toOffsetEdits(text, [edit])[0]!;
      } catch {
        ok = false;
        break;
      }
      converted.order = order++;
      const list = pending.get(edit.uri) ?? [];
      list.push(converted);
      pending.set(edit.uri, list);
    }
    if (ok) {
      for (const [uri, list] of pending) {
        const existing = taken.get(uri) ?? [];
        const fresh = list.filter((e) => !existing.some((x) => same(x, e)));
        if (conflicts([...existing, ...fresh]) || fresh.some((e) => insertsWhereTaken(e, existing))) {
          ok = false;
          break;
        }
        pending.set(uri, fresh);
      }
    }
    if (!ok) {
      skipped.push(fix);
      continue;
    }
    for (const [uri, list] of pending) taken.set(uri, [...(taken.get(uri) ?? []), ...list]);
    applied.push(fix);
  }
  const changed = new Map<string, string>();
  for (const [uri, list] of taken) {
    const text = texts.get(uri)!;
    const next = applySorted(text, sortOffsetEdits([...list]));
    if (next !== text) changed.set(uri, next);
  }
  return { changed, applied, skipped };
}

function same(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

function conflicts(edits: OffsetEdit[]): boolean {
  const sorted = sortOffsetEdits([...edits]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return true;
  return false;
}

function insertsWhereTaken(e: OffsetEdit, taken: readonly OffsetEdit[]): boolean {
  return e.start === e.end && taken.some((t) => t.start === t.end && t.start === e.start);
}

function applySorted(text: string, sorted: OffsetEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

export type { TextEdit };

/** At most this many changed lines are matched one by one; beyond, the changes become one edit. */
const MAX_DIFF_STEPS = 200;

/**
 * Edits that turn `before` into `after`, one per run of changed lines (Myers' diff over lines), so that
 * an editor applying them keeps the cursor, folds and markers of the lines in between. When the texts
 * differ in more than a few hundred lines, one edit from the first change to the last.
 */
export function lineDiff(before: string, after: string): DocumentEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const hunks = diffLines(a, b) ?? [{ aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }];
  const lines = new LineIndex(before);
  const aOffsets = cumulative(a);
  return hunks.map((h) => ({
    range: { start: lines.position(aOffsets[h.aStart]!), end: lines.position(aOffsets[h.aEnd]!) },
    newText: b.slice(h.bStart, h.bEnd).join(''),
  }));
}

interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Lines with their line breaks, so that joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function cumulative(lines: readonly string[]): number[] {
  const out = [0];
  for (const l of lines) out.push(out[out.length - 1]! + l.length);
  return out;
}

/** Myers' O(ND) diff; undefined when more than MAX_DIFF_STEPS lines differ. */
function diffLines(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const o = MAX_DIFF_STEPS + 1;
  // v[o + k]: the furthest x on diagonal k; after each step d its diagonals -d..d are kept for the way back.
  const v = new Int32Array(2 * o + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= MAX_DIFF_STEPS; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[o + k - 1]! < v[o + k + 1]!) ? v[o + k + 1]! : v[o + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[o + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, d);
    }
    trace.push(v.slice(o - d, o + d + 1));
  }
  return undefined;
}

/** The changed lines, walking back from the end through the diagonals kept after each step. */
function backtrack(trace: readonly Int32Array[], n: number, m: number, steps: number): Hunk[] {
  const ops: Hunk[] = [];
  let x = n;
  let y = m;
  for (let d = steps; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number): number => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // Down: line prevY of b is inserted before line prevX of a; right: line prevX of a is deleted.
    ops.push(down ? { aStart: prevX, aEnd: prevX, bStart: prevY, bEnd: prevY + 1 } : { aStart: prevX, aEnd: prevX + 1, bStart: prevY, bEnd: prevY });
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  const hunks: Hunk[] = [];
  for (const op of ops) {
    const last = hunks[hunks.length - 1];
    if (last && last.aEnd === op.aStart && last.bEnd === op.bStart) {
      last.aEnd = op.aEnd;
      last.bEnd = op.bEnd;
    } else {
      hunks.push({ ...op });
    }
  }
  return hunks;
}
