/**
 * Caches a fact derived from one model object. A Device is never changed after extraction, and a file
 * whose text did not change keeps its Device from one lint to the next, so a fact computed once stays
 * valid until the file changes: per keystroke only the edited device is computed again.
 * Arrays are frozen, so a caller that would change a shared result fails loudly instead.
 */
export function memoize<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, { value: V }>();
  return (key) => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = fn(key);
    if (Array.isArray(value)) Object.freeze(value);
    cache.set(key, { value });
    return value;
  };
}
