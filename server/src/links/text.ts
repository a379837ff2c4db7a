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
