/**
 * Levenshtein distance between two names, for "did you mean": one row of the table at a time, so the
 * memory is linear in `b`. Compares UTF-16 code units; with `ignoreCase`, each pair after lower-casing.
 */
export function editDistance(a: string, b: string, opts: { ignoreCase?: boolean } = {}): number {
  const same = opts.ignoreCase ? (x: string, y: string) => x.toLowerCase() === y.toLowerCase() : (x: string, y: string) => x === y;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (same(a[i - 1]!, b[j - 1]!) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The candidate a mistyped word most likely means ("did you mean"), or undefined when none is close. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c, { ignoreCase: true });
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
