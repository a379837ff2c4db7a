/**
 * Turns a tree of the `json` grammar (grammars/json, vendored tree-sitter-json) into a positioned JSON
 * value: every object member keeps the offsets of its key and of its value, every value its own span.
 *
 * Node types relied on (see grammars/json/src/node-types.json):
 *   document                      the top-level values (a config_db has exactly one, an object)
 *   object / pair / array         `pair` has fields `key` (a string) and `value`
 *   string                        children `string_content` / `escape_sequence` between the quotes
 *   number, true, false, null     scalars
 *   comment                       `//` and block comments, which tree-sitter-json accepts: skipped
 *   ERROR, MISSING nodes          reported as syntaxErrors; the pairs and values inside an ERROR are kept
 *
 * Offsets are UTF-16 code units (web-tree-sitter's indexes on a JS string). Positions are computed only
 * when asked (`JsonDocument.range/loc`), from a line table of the text, so a multi-MB config_db costs
 * one cursor walk and one object per value, not one Position per node.
 */
import type { Tree, TreeCursor } from 'web-tree-sitter';
import type { Loc, Position, Range } from '../model/location';
import { LineIndex } from '../model/line-index';
import { parse } from './parser';
import { ERROR_TYPE_ID, nodeKindTable } from './node-kinds';

interface Span {
  /** UTF-16 offset of the first character (the quote of a string, the brace of an object). */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
}

export interface JsonObject extends Span {
  type: 'object';
  members: JsonMember[];
}

export interface JsonArray extends Span {
  type: 'array';
  items: JsonValue[];
}

export interface JsonString extends Span {
  type: 'string';
  value: string;
}

export interface JsonNumber extends Span {
  type: 'number';
  value: number;
}

export interface JsonLiteral extends Span {
  type: 'boolean' | 'null';
  value: boolean | null;
}

export type JsonValue = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

/** `"key": value` inside an object. `value` is undefined when a syntax error left it out. */
export interface JsonMember {
  key: string;
  /** Span of the key including its quotes. */
  keyStart: number;
  keyEnd: number;
  value: JsonValue | undefined;
}

export interface JsonDocument {
  uri: string;
  text: string;
  /** The first top-level value (undefined for an empty or unreadable file). */
  root: JsonValue | undefined;
  syntaxErrors: { range: Range; message: string }[];
  position(offset: number): Position;
  range(start: number, end: number): Range;
  loc(start: number, end: number): Loc;
  /** End of the text. */
  end: Position;
}

const enum Kind {
  Other = 0,
  Document,
  Object,
  Pair,
  Array,
  String,
  Number,
  True,
  False,
  Null,
  Comment,
  StringContent,
  Escape,
}

const KIND_BY_NAME: Record<string, Kind> = {
  document: Kind.Document,
  object: Kind.Object,
  pair: Kind.Pair,
  array: Kind.Array,
  string: Kind.String,
  number: Kind.Number,
  true: Kind.True,
  false: Kind.False,
  null: Kind.Null,
  comment: Kind.Comment,
  string_content: Kind.StringContent,
  escape_sequence: Kind.Escape,
};

/** Deeper nesting is reported and skipped rather than risking the stack (config_db nests 3 levels). */
const MAX_DEPTH = 256;

interface Walk {
  c: TreeCursor;
  kinds: Uint8Array;
  text: string;
  lines: LineIndex;
  errors: { range: Range; message: string }[];
  /** The last "missing" error, to extend when the next missing token is at the same place. */
  lastMissing?: { at: number; tokens: string[]; error: { message: string } };
}

function kindAt(w: Walk): Kind | -1 {
  const id = w.c.nodeTypeId;
  if (id === ERROR_TYPE_ID) return -1;
  return (w.kinds[id] ?? Kind.Other) as Kind;
}

function error(w: Walk, start: number, end: number, message?: string): void {
  const snippet = w.text
    .slice(start, Math.min(end, start + 40))
    .replace(/[\r\n]+/g, ' ')
    .trim();
  const range = { start: w.lines.position(start), end: w.lines.position(end) };
  w.errors.push({ range, message: message ?? (snippet ? `Syntax error: unexpected '${snippet}'` : 'Syntax error') });
}

/**
 * A truncated file misses a token for each level still open, all at its end: one error lists them
 * (`missing " and } ×3`) instead of one warning per level.
 */
function missing(w: Walk): void {
  const at = w.c.startIndex;
  const last = w.lastMissing;
  if (last && last.at === at) {
    last.tokens.push(w.c.nodeType);
    last.error.message = missingMessage(last.tokens);
    return;
  }
  const p = w.lines.position(at);
  const error = { range: { start: p, end: p }, message: missingMessage([w.c.nodeType]) };
  w.errors.push(error);
  w.lastMissing = { at, tokens: [w.c.nodeType], error };
}

function missingMessage(tokens: string[]): string {
  const runs: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && tokens[j] === tokens[i]) j++;
    runs.push(j - i > 1 ? `${tokens[i]} ×${j - i}` : tokens[i]!);
    i = j;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : runs[0];
  return `Syntax error: missing ${list}`;
}

/** The value of the string node under the cursor (quotes excluded, escapes decoded). */
function stringValue(w: Walk, start: number, end: number): string {
  const text = w.text;
  const closed = end - start >= 2 && text.charCodeAt(end - 1) === 34;
  const inner = text.slice(start + 1, closed ? end - 1 : end);
  if (inner.indexOf('\\') === -1) return inner;
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    return inner;
  }
}

/** Cursor on a value node; returns it (undefined for a comment or an unknown node). */
function readValue(w: Walk, depth: number): JsonValue | undefined {
  const c = w.c;
  if (c.nodeIsMissing) {
    missing(w);
    return undefined;
  }
  const start = c.startIndex;
  const end = c.endIndex;
  switch (kindAt(w)) {
    case Kind.Object: {
      const node: JsonObject = { type: 'object', start, end, members: [] };
      if (depth > MAX_DEPTH) error(w, start, end, 'JSON nested too deeply; this part is not read');
      else readMembers(w, node, depth);
      return node;
    }
    case Kind.Array: {
      const node: JsonArray = { type: 'array', start, end, items: [] };
      if (depth > MAX_DEPTH) error(w, start, end, 'JSON nested too deeply; this part is not read');
      else readItems(w, node.items, depth);
      return node;
    }
    case Kind.String:
      if (c.gotoFirstChild()) {
        // MISSING closing quote and the like: report, keep the value.
        do if (c.nodeIsMissing) missing(w);
        while (c.gotoNextSibling());
        c.gotoParent();
      }
      return { type: 'string', start, end, value: stringValue(w, start, end) };
    case Kind.Number:
      return { type: 'number', start, end, value: Number(w.text.slice(start, end)) };
    case Kind.True:
      return { type: 'boolean', start, end, value: true };
    case Kind.False:
      return { type: 'boolean', start, end, value: false };
    case Kind.Null:
      return { type: 'null', start, end, value: null };
    case -1:
      error(w, start, end);
      return undefined;
    default:
      return undefined;
  }
}

/** Cursor on an object (or an ERROR inside one): appends its pairs. */
function readMembers(w: Walk, node: JsonObject, depth: number): void {
  const c = w.c;
  if (!c.gotoFirstChild()) return;
  do {
    if (c.nodeIsMissing) {
      missing(w);
      continue;
    }
    const kind = kindAt(w);
    if (kind === Kind.Pair) node.members.push(readPair(w, depth));
    else if (kind === -1) {
      // Keep the pairs an error node still holds. When it holds some, the parser stopped after the last
      // one (a missing comma, typically): that is the place to point at, not the start of the run.
      const start = c.startIndex;
      const end = c.endIndex;
      const before = node.members.length;
      readMembers(w, node, depth);
      if (node.members.length > before) error(w, end, end, "Syntax error: expected ',' or '}' after this value");
      else error(w, start, end);
    }
  } while (c.gotoNextSibling());
  c.gotoParent();
}

function readPair(w: Walk, depth: number): JsonMember {
  const c = w.c;
  const member: JsonMember = { key: '', keyStart: c.startIndex, keyEnd: c.startIndex, value: undefined };
  let sawKey = false;
  if (!c.gotoFirstChild()) return member;
  do {
    if (c.nodeIsMissing) {
      missing(w);
      continue;
    }
    const field = c.currentFieldName;
    const kind = kindAt(w);
    if (field === 'key' && !sawKey) {
      sawKey = true;
      member.keyStart = c.startIndex;
      member.keyEnd = c.endIndex;
      member.key = kind === Kind.String ? stringValue(w, c.startIndex, c.endIndex) : w.text.slice(c.startIndex, c.endIndex);
    } else if (field === 'value') {
      member.value = readValue(w, depth + 1);
    } else if (kind === -1) {
      error(w, c.startIndex, c.endIndex);
    }
  } while (c.gotoNextSibling());
  c.gotoParent();
  return member;
}

/** Cursor on an array, a document or an ERROR among values: appends the values. */
function readItems(w: Walk, out: JsonValue[], depth: number): void {
  const c = w.c;
  if (!c.gotoFirstChild()) return;
  do {
    if (c.nodeIsMissing) {
      missing(w);
      continue;
    }
    const kind = kindAt(w);
    if (kind === -1) {
      error(w, c.startIndex, c.endIndex);
      readItems(w, out, depth);
    } else if (kind === Kind.Pair) {
      // A stray pair (inside an ERROR): not an item.
      continue;
    } else if (c.nodeIsNamed && kind !== Kind.Comment) {
      const v = readValue(w, depth + 1);
      if (v) out.push(v);
    }
  } while (c.gotoNextSibling());
  c.gotoParent();
}

/** Builds the JsonDocument of a json tree parsed from `text`. The tree is not deleted (the caller owns it). */
export function toJsonDocument(uri: string, tree: Tree, text: string): JsonDocument {
  const lines = new LineIndex(text);
  const cursor = tree.walk();
  const w: Walk = { c: cursor, kinds: nodeKindTable(tree, KIND_BY_NAME), text, lines, errors: [] };
  const values: JsonValue[] = [];
  try {
    if (kindAt(w) === -1) error(w, cursor.startIndex, cursor.endIndex);
    readItems(w, values, 0);
  } finally {
    cursor.delete();
  }
  if (values.length > 1) error(w, values[1]!.start, values[values.length - 1]!.end, 'Syntax error: more than one top-level JSON value');
  w.errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const range = (s: number, e: number): Range => ({ start: lines.position(s), end: lines.position(e) });
  return {
    uri,
    text,
    root: values[0],
    syntaxErrors: w.errors,
    position: (o) => lines.position(o),
    range,
    loc: (s, e) => ({ uri, range: range(s, e) }),
    end: lines.position(text.length),
  };
}

/**
 * Parses `text` with the json grammar and returns its JsonDocument; the tree is deleted before returning.
 * Synchronous; requires initParsers() (Workspace.create does it).
 *
 * @throws ParseTimeoutError when the parse exceeds its time budget.
 */
export function parseJsonDocument(uri: string, text: string): JsonDocument {
  const tree = parse('json', text);
  try {
    return toJsonDocument(uri, tree, text);
  } finally {
    tree.delete();
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for readers

export function member(node: JsonValue | undefined, key: string): JsonMember | undefined {
  if (node?.type !== 'object') return undefined;
  for (const m of node.members) if (m.key === key) return m;
  return undefined;
}

/** A scalar as a string (numbers and booleans converted), else undefined. */
export function scalar(node: JsonValue | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.value;
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}

/** The value of a member of an object (the first one with that key), else undefined. */
export function prop(node: JsonValue | undefined, key: string): JsonValue | undefined {
  return member(node, key)?.value;
}

/** A string as written, a number converted; anything else (booleans included) undefined. */
export function str(node: JsonValue | undefined): string | undefined {
  if (node?.type === 'string') return node.value;
  if (node?.type === 'number') return String(node.value);
  return undefined;
}

/** Elements of an array, or the single object when a tool printed one element without the array. */
export function items(node: JsonValue | undefined): JsonValue[] {
  if (!node) return [];
  if (node.type === 'array') return node.items;
  if (node.type === 'object') return [node];
  return [];
}
