/** Small operations on the number sets and lists findings compare. */

/** Equal sorted lists. */
export function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The distinct values, ascending. */
export function uniqueSorted(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((x, y) => x - y);
}

/** The list without its undefined entries. */
export function compact<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}
