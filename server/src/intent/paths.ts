/** Paths into the YAML value (`['classes', 'roce', 'dscp']`) and the plain-object helpers that walk them. */

export type Seg = string | number;
export type Path = Seg[];

export const key = (p: Path): string => JSON.stringify(p);

/** 'classes.roce.dscp', 'links[0]' → written as 'links.0' so it matches `Intent.locs` keys. */
export function dottedPath(p: Path): string {
  return p.length === 0 ? '(file)' : p.map(String).join('.');
}

export function parsePointer(ptr: string): Path {
  if (ptr === '') return [];
  return ptr
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function startsWith(p: Path, prefix: Path): boolean {
  if (prefix.length > p.length) return false;
  return prefix.every((s, i) => String(s) === String(p[i]));
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function valueAt(v: unknown, p: Path): unknown {
  let cur = v;
  for (const seg of p) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}
