import type { Loc, Position } from '../model/location';

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
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.starts[lo] ?? 0) };
  }

  loc(uri: string, start: number, end: number): Loc {
    return { uri, range: { start: this.position(start), end: this.position(end) } };
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

/**
 * `s` without a trailing run of the characters in `chars`. A loop, not `/[…]+$/`: the regular
 * expression retries the run from each of its characters, quadratic in a description of 200,000 `;`.
 */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

export function fileLoc(uri: string): Loc {
  return { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Last path segment of a uri or path, without query and fragment. */
export function baseName(uriOrPath: string): string {
  const clean = uriOrPath.replace(/[?#].*$/, '');
  const parts = clean.split(/[\\/]/);
  let name = parts[parts.length - 1] ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep as written */
  }
  return name;
}

/** File name without its last extension: `spine1.cfg` → `spine1`, `dir/leaf1` → `leaf1`. */
export function stem(uriOrPath: string): string {
  const name = baseName(uriOrPath);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
