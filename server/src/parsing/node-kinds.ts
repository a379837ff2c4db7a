import type { Tree } from 'web-tree-sitter';

/** tree-sitter's id of ERROR nodes. */
export const ERROR_TYPE_ID = 0xffff;

const tables = new WeakMap<object, WeakMap<object, Uint8Array>>();

/**
 * Node type id → the adapter's own small kind number (0 = not one of them), so a cursor walk compares
 * numbers instead of type names. Only named node types count: anonymous leaves such as the `no` /
 * `default` keywords are not words themselves. Built once per language and adapter.
 */
export function nodeKindTable(tree: Tree, byName: Readonly<Record<string, number>>): Uint8Array {
  const language = tree.language;
  let perLanguage = tables.get(byName);
  if (!perLanguage) tables.set(byName, (perLanguage = new WeakMap()));
  let table = perLanguage.get(language);
  if (!table) {
    const types = language.types;
    const t = new Uint8Array(Math.max(types.length, 1));
    types.forEach((name, id) => {
      const kind = byName[name];
      if (kind !== undefined && language.nodeTypeIsNamed(id)) t[id] = kind;
    });
    perLanguage.set(language, t);
    table = t;
  }
  return table;
}
