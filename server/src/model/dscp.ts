/**
 * DSCP values as the CLI writes them: decimal 0-63, names (af11, cs3, ef, default), 6-bit binary
 * (`011010`, Junos code-points), ranges `24-31` and lists `18 20 22` / `3,4`.
 */

const NAMES: ReadonlyMap<string, number> = new Map([
  ['default', 0],
  ['be', 0],
  ['cs0', 0],
  ['cs1', 8],
  ['cs2', 16],
  ['cs3', 24],
  ['cs4', 32],
  ['cs5', 40],
  ['cs6', 48],
  ['cs7', 56],
  ['af11', 10],
  ['af12', 12],
  ['af13', 14],
  ['af21', 18],
  ['af22', 20],
  ['af23', 22],
  ['af31', 26],
  ['af32', 28],
  ['af33', 30],
  ['af41', 34],
  ['af42', 36],
  ['af43', 38],
  ['ef', 46],
  ['va', 44],
  ['voice-admit', 44],
  ['lower-effort', 1],
  ['le', 1],
]);

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isBinary6(s: string): boolean {
  if (s.length !== 6) return false;
  for (let i = 0; i < 6; i++) if (s[i] !== '0' && s[i] !== '1') return false;
  return true;
}

/** One DSCP value: `26`, `af31`, `011010`. Undefined when it is none of these or out of 0..63. */
export function parseDscp(token: string): number | undefined {
  const t = token.toLowerCase();
  const named = NAMES.get(t);
  if (named !== undefined) return named;
  // A 6-character 0/1 word is binary: no decimal DSCP (0..63) has six digits.
  if (isBinary6(t)) return parseInt(t, 2);
  if (allDigits(t)) {
    const n = Number(t);
    return n <= 63 ? n : undefined;
  }
  return undefined;
}

/** The DSCP name of a value for messages (26 → af31), or the number. */
export function dscpName(value: number): string {
  for (const [name, v] of NAMES) if (v === value && name !== 'be' && name !== 'cs0' && name !== 'va' && name !== 'le') return name;
  return String(value);
}

export interface ListParse {
  values: number[];
  /** Tokens that could not be read. */
  bad: string[];
}

/**
 * A list of small integers or names as CLI writes them: words that may contain commas and ranges.
 * `parseOne` reads a single value; ranges are `a-b` with both ends readable by it.
 */
export function parseValueList(tokens: readonly string[], parseOne: (t: string) => number | undefined): ListParse {
  const values: number[] = [];
  const bad: string[] = [];
  const seen = new Set<number>();
  const push = (n: number): void => {
    if (!seen.has(n)) {
      seen.add(n);
      values.push(n);
    }
  };
  for (const token of tokens) {
    for (const piece of token.split(',')) {
      if (piece === '') continue;
      const dash = piece.indexOf('-', 1);
      // names such as `voice-admit` / `lower-effort` contain a dash themselves
      const whole = parseOne(piece);
      if (whole !== undefined) {
        push(whole);
        continue;
      }
      if (dash > 0) {
        const lo = parseOne(piece.slice(0, dash));
        const hi = parseOne(piece.slice(dash + 1));
        if (lo !== undefined && hi !== undefined && lo <= hi) {
          for (let n = lo; n <= hi; n++) push(n);
          continue;
        }
      }
      bad.push(piece);
    }
  }
  return { values, bad };
}

export function parseDscpList(tokens: readonly string[]): ListParse {
  return parseValueList(tokens, parseDscp);
}

/** An integer within [min, max], or undefined. */
export function parseIntIn(token: string, min: number, max: number): number | undefined {
  if (!allDigits(token)) return undefined;
  const n = Number(token);
  return n >= min && n <= max ? n : undefined;
}

export function parseCos(token: string): number | undefined {
  return parseIntIn(token, 0, 7);
}

export function parseCosList(tokens: readonly string[]): ListParse {
  return parseValueList(tokens, parseCos);
}

/**
 * A whole comma list of integers and ranges in 0..max as config tables write them ("3,4", "0-2,5",
 * " 3 - 4 "), sorted and without repeats; undefined when any part is not one. An empty text is [].
 */
export function parseIntList(text: string, max: number): number[] | undefined {
  const out = new Set<number>();
  const t = text.trim();
  if (t === '') return [];
  for (const part of t.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a > max || b > max || b < a) return undefined;
    for (let i = a; i <= b; i++) out.add(i);
  }
  return [...out].sort((x, y) => x - y);
}
