import type { Loc } from '../model/location';

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
