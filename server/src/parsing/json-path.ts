import type { Position } from '../model/location';
import { offsetAt } from './text-position';

/** Where a half-typed JSON string value sits: the object keys above it and the field it is the value of. */
export interface JsonValueSlot {
  /** Keys of the objects from the root down to the one holding the field (`[]` for an array element). */
  keys: string[];
  field: string;
  /** The string's text before the position (unescaped), or '' at a value not started. */
  partial: string;
}

/**
 * The string value being typed at a position of a JSON text (`"scheduler": "sch|`), for completion; undefined
 * elsewhere. One pass over the text before the position, containers on a stack (never recursion).
 */
export function jsonValueAt(text: string, pos: Position): JsonValueSlot | undefined {
  const end = offsetAt(text, pos);
  const frames: { array: boolean; name: string }[] = [];
  let key: string | undefined;
  let afterColon = false;
  let i = 0;
  while (i < end) {
    const c = text[i]!;
    if (c === '"') {
      let s = '';
      let j = i + 1;
      for (; j < end && text[j] !== '"'; j++) s += text[j] === '\\' && j + 1 < end ? text[++j] : text[j];
      if (j >= end) {
        const top = frames[frames.length - 1];
        return top && !top.array && afterColon && key !== undefined ? { keys: frames.map((f) => f.name), field: key, partial: s } : undefined;
      }
      const top = frames[frames.length - 1];
      if (top && !top.array && !afterColon) key = s;
      i = j + 1;
      continue;
    }
    if (c === ':') afterColon = true;
    else if (c === ',') afterColon = false;
    else if (c === '{' || c === '[') {
      const top = frames[frames.length - 1];
      frames.push({ array: c === '[', name: top && !top.array ? (key ?? '') : '[]' });
      afterColon = false;
      key = undefined;
    } else if (c === '}' || c === ']') {
      frames.pop();
      afterColon = false;
    }
    i++;
  }
  return undefined;
}
