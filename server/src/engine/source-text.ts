/**
 * A file's bytes and the text the engine reads, kept convertible both ways, so that `--fix` writes back
 * every byte it did not edit. The bytes are the truth:
 * - a UTF-8 byte-order mark is not part of the text (columns agree with what the editor shows) and is
 *   written back;
 * - a byte that is not part of valid UTF-8 (a Latin-1 `é`, a stray 0xFF) becomes one lone surrogate
 *   U+DC80–U+DCFF, as Python's "surrogateescape" does, and encodes back to the same byte. Valid UTF-8
 *   never decodes to a lone surrogate, so `encodeText(decodeBytes(b))` is `b` for every input.
 */

export type Eol = '\r\n' | '\n' | '\r';

export interface SourceText {
  /** What the engine reads: without the BOM, undecodable bytes escaped. */
  text: string;
  /** The file began with a UTF-8 byte-order mark. */
  bom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];
const ESCAPE_BASE = 0xdc00;

export function decodeBytes(bytes: Uint8Array): SourceText {
  const bom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const body = bom ? bytes.subarray(3) : bytes;
  return { text: decodeUtf8Escaped(body), bom };
}

/** The bytes of a text: UTF-8, escaped bytes restored, the BOM put back when the file had one. */
export function encodeText(source: SourceText): Buffer {
  const body = encodeUtf8Escaped(source.text);
  return source.bom ? Buffer.concat([Buffer.from(BOM), body]) : body;
}

/** How many of the first `limit` characters are escaped bytes (lone surrogates U+DC80–U+DCFF). */
export function escapedCount(text: string, limit: number): number {
  let n = 0;
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      continue;
    }
    if (c >= 0xdc80 && c <= 0xdcff) n++;
  }
  return n;
}

/**
 * The line ending a file uses: the most frequent of CRLF, LF and CR (the first met wins a tie); LF for a
 * file with no line break. Inserted lines take it, as an editor does.
 */
export function eolOf(text: string): Eol {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let first: Eol | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
        first ??= '\r\n';
      } else {
        cr++;
        first ??= '\r';
      }
    } else if (c === 10) {
      lf++;
      first ??= '\n';
    }
  }
  const max = Math.max(crlf, lf, cr);
  if (max === 0) return '\n';
  const winners = (['\r\n', '\n', '\r'] as const).filter((e) => (e === '\r\n' ? crlf : e === '\n' ? lf : cr) === max);
  return winners.length === 1 ? winners[0]! : first!;
}

/**
 * Edit text with its line breaks in the target's style. Fix writers write `\n`; this is the one place
 * that turns it into the line ending of the file the edit lands in.
 */
export function withEol(newText: string, eol: Eol): string {
  if (eol === '\n' && !newText.includes('\r')) return newText;
  return newText.replace(/\r\n|\r|\n/g, eol);
}

/**
 * Lone CR line breaks (old Mac files) as LF, for the grammars and readers, which know LF and CRLF only.
 * Same length, and LSP counts a lone CR as a line break too, so every offset and position stays valid
 * in the original text, which is what fixes edit.
 */
export function loneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function decodeUtf8Escaped(b: Uint8Array): string {
  // Valid UTF-8 (nearly every file): Node's decoder, no escaping needed.
  if (isValidUtf8(b)) return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) parts.push(Buffer.from(b.buffer, b.byteOffset + runStart, end - runStart).toString('utf8'));
  };
  while (i < b.length) {
    const len = sequenceLength(b, i);
    if (len > 0) {
      i += len;
      continue;
    }
    flush(i);
    parts.push(String.fromCharCode(ESCAPE_BASE + b[i]!));
    i++;
    runStart = i;
  }
  flush(i);
  return parts.join('');
}

function encodeUtf8Escaped(text: string): Buffer {
  if (!/[\udc80-\udcff]/.test(text)) return Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      continue;
    }
    if (c < 0xdc80 || c > 0xdcff) continue;
    if (i > runStart) chunks.push(Buffer.from(text.slice(runStart, i), 'utf8'));
    chunks.push(Buffer.from([c - ESCAPE_BASE]));
    runStart = i + 1;
  }
  if (runStart < text.length) chunks.push(Buffer.from(text.slice(runStart), 'utf8'));
  return Buffer.concat(chunks);
}

function isValidUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length;) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(b, i);
    if (len === 0) return false;
    i += len;
  }
  return true;
}

/** Length of the well-formed UTF-8 sequence at i (Unicode table 3-7), or 0 when the byte starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
