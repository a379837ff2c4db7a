/**
 * The tables of a config_db.json, read from either on-disk shape: nested (`{"PORT": {"Ethernet0": {…}}}`)
 * or a flat redis dump (`{"PORT|Ethernet0": {…}}`, optionally `{"type": "hash", "value": {…}}`), or a
 * configlet (an array of table fragments applied in order). Every object keeps its positions, which the
 * SONiC fix writer edits by; the table readers only look entries up.
 */
import type { Loc, Located } from '../../model/location';
import { located } from '../../model/location';
import type { SonicEntry, SonicField, SonicObject } from '../../model/sonic';
import type { ParseNote } from '../../model/types';
import { member, scalar, type JsonDocument, type JsonObject, type JsonValue } from '../../parsing/json-adapter';

export interface Ctx {
  doc: JsonDocument;
  uri: string;
  notes: ParseNote[];
  unit: string;
  /** Line → its indentation, see lineIndent. */
  indents: Map<number, string>;
}

/** Every table of the file, and each entry by table and key. */
export interface ConfigDb {
  ctx: Ctx;
  /** The file start: where notes about the whole file point. */
  fileStart: Loc;
  /** The root object (its keyLoc is the file start). */
  root: SonicObject;
  /** The root's members, for all fragments of a configlet. */
  rootMemberCount: number;
  /** Root keys of the `TABLE|key` form. */
  flatCount: number;
  tables: Map<string, SonicObject>;
  entries: Map<string, Map<string, SonicEntry>>;
  table(name: string): SonicEntry[];
  entry(name: string, key: string): SonicEntry | undefined;
}

// ---------------------------------------------------------------------------------------------
// Positioned objects

/**
 * The blanks that start the line holding `offset`. The line comes from the document's line index and
 * each line is measured once: scanning back to the line start for every key made a config_db
 * minified onto one line quadratic (8,000 ports took 4.5 s; 100,000 keys never finished).
 */
function lineIndent(ctx: Ctx, offset: number): string {
  const { line, character } = ctx.doc.position(offset);
  let indent = ctx.indents.get(line);
  if (indent === undefined) {
    const text = ctx.doc.text;
    const start = offset - character;
    let end = start;
    while (end < offset && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
    indent = text.slice(start, end);
    ctx.indents.set(line, indent);
  }
  return indent;
}

function fieldOf(ctx: Ctx, m: { key: string; keyStart: number; keyEnd: number; value: JsonValue | undefined }): SonicField {
  const doc = ctx.doc;
  const v = m.value;
  const vs = v ? v.start : m.keyEnd;
  const ve = v ? v.end : m.keyEnd;
  const quoted = v?.type === 'string' && ve - vs >= 2;
  const f: SonicField = {
    name: m.key,
    value: scalar(v) ?? '',
    keyLoc: doc.loc(m.keyStart, m.keyEnd),
    valueLoc: doc.loc(vs, ve),
    innerLoc: quoted ? doc.loc(vs + 1, ve - 1) : doc.loc(vs, ve),
    start: doc.position(m.keyStart),
    end: doc.position(ve),
  };
  if (v?.type === 'array') {
    f.items = v.items.map((i) => ({
      value: scalar(i) ?? '',
      loc: i.type === 'string' && i.end - i.start >= 2 ? doc.loc(i.start + 1, i.end - 1) : doc.loc(i.start, i.end),
    }));
  }
  return f;
}

function objectOf(ctx: Ctx, obj: JsonObject, keyStart: number, keyEnd: number): SonicObject {
  const doc = ctx.doc;
  const indent = lineIndent(ctx, keyStart);
  const first = obj.members[0];
  let childIndent = indent + ctx.unit;
  if (first) {
    const pFirst = doc.position(first.keyStart);
    const pOpen = doc.position(obj.start);
    if (pFirst.line !== pOpen.line) childIndent = lineIndent(ctx, first.keyStart);
  }
  return {
    keyLoc: doc.loc(keyStart, keyEnd),
    open: doc.position(obj.start),
    close: doc.position(Math.max(obj.start, obj.end - 1)),
    indent,
    childIndent,
    fields: obj.members.map((m) => fieldOf(ctx, m)),
  };
}

/** The fields of an entry: its object, or the `value` of a redis `{"type": "hash", "value": {…}}` wrapper. */
function entryObject(v: JsonValue | undefined): JsonObject | undefined {
  if (v?.type !== 'object') return undefined;
  const inner = member(v, 'value')?.value;
  if (inner?.type === 'object' && scalar(member(v, 'type')?.value) === 'hash') return inner;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Tables and entries

/** Reads the tables and entries of the file, for both shapes; a root that is not an object is a note. */
export function readConfigDb(doc: JsonDocument): ConfigDb {
  const uri = doc.uri;
  const ctx: Ctx = { doc, uri, notes: [], unit: '    ', indents: new Map() };
  const fileStart: Loc = { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  // A configlet is an array of table fragments: its objects' members are the tables, in order.
  const parts = doc.root?.type === 'array' ? doc.root.items.filter((i): i is JsonObject => i.type === 'object') : doc.root?.type === 'object' ? [doc.root] : [];
  const configlet = doc.root?.type === 'array';
  const root = parts[0];
  if (doc.root && !root) {
    ctx.notes.push({
      severity: 'warning',
      code: 'not-an-object',
      message: configlet
        ? 'a configlet should be an array of table objects; nothing was read'
        : 'config_db.json should be one JSON object of tables; nothing was read',
      loc: doc.loc(doc.root.start, doc.root.start + 1),
    });
  }
  const rootMembers = parts.flatMap((p) => p.members);
  // Indentation unit: that of the first table key (config_db files use 4 spaces).
  if (root && rootMembers[0]) {
    const ind = lineIndent(ctx, rootMembers[0].keyStart);
    if (ind && doc.position(rootMembers[0].keyStart).line !== doc.position(root.start).line) ctx.unit = ind;
  }
  const rootObj: SonicObject = root
    ? objectOf(ctx, root, root.start, root.start)
    : { keyLoc: fileStart, open: { line: 0, character: 0 }, close: { line: 0, character: 0 }, indent: '', childIndent: ctx.unit, fields: [] };
  rootObj.keyLoc = fileStart;

  // Tables and entries, for both shapes.
  const tables = new Map<string, SonicObject>();
  const entries = new Map<string, Map<string, SonicEntry>>();
  const addEntry = (table: string, key: string, flat: boolean, obj: SonicObject): void => {
    let t = entries.get(table);
    if (!t) entries.set(table, (t = new Map()));
    // A configlet applies its fragments in order: a later entry replaces an earlier one.
    if (configlet || !t.has(key)) t.set(key, { table, key, flat, obj });
  };
  let flatCount = 0;
  for (const m of rootMembers) {
    const bar = m.key.indexOf('|');
    if (bar > 0) {
      flatCount++;
      const obj = entryObject(m.value);
      if (obj) addEntry(m.key.slice(0, bar), m.key.slice(bar + 1), true, objectOf(ctx, obj, m.keyStart, m.keyEnd));
      continue;
    }
    if (m.value?.type !== 'object') continue;
    tables.set(m.key, objectOf(ctx, m.value, m.keyStart, m.keyEnd));
    for (const e of m.value.members) {
      const obj = entryObject(e.value);
      if (obj) addEntry(m.key, e.key, false, objectOf(ctx, obj, e.keyStart, e.keyEnd));
    }
  }
  const table = (name: string): SonicEntry[] => [...(entries.get(name)?.values() ?? [])];
  const entry = (name: string, key: string): SonicEntry | undefined => entries.get(name)?.get(key);
  return { ctx, fileStart, root: rootObj, rootMemberCount: rootMembers.length, flatCount, tables, entries, table, entry };
}

// ---------------------------------------------------------------------------------------------
// Fields and keys

export function field(e: SonicEntry | undefined, name: string): SonicField | undefined {
  return e?.obj.fields.find((f) => f.name === name);
}

export function locatedField(e: SonicEntry | undefined, name: string): Located<string> | undefined {
  const f = field(e, name);
  return f ? located(f.value, f.innerLoc) : undefined;
}

export function intOf(ctx: Ctx, f: SonicField | undefined, what: string, min: number, max: number): number | undefined {
  if (!f) return undefined;
  const n = /^\s*\d+\s*$/.test(f.value) ? Number(f.value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `${what} "${f.value}" is not a number in ${min}..${max}`, loc: f.innerLoc });
    return undefined;
  }
  return n;
}

/**
 * Splits an indexed key `Ethernet0|3-4` into ports and index, also for the system ports of a VOQ chassis
 * (`<linecard>|<asic>|Ethernet0|3-4` in BUFFER_QUEUE / QUEUE): the index is after the last `|`, and the port keeps
 * its line card and ASIC, since it may be another line card's.
 */
export function splitIndexedKey(key: string): { ports: string[]; rest: string } {
  const bar = key.lastIndexOf('|');
  if (bar < 0 || key.indexOf('|') === bar) return splitPortKey(key);
  return { ports: [key.slice(0, bar)], rest: key.slice(bar + 1) };
}

/** Splits a port-scoped key `Ethernet0|3-4` (or `Ethernet0,Ethernet4|3`) into ports and the rest. */
export function splitPortKey(key: string): { ports: string[]; rest: string } {
  const bar = key.indexOf('|');
  const portPart = bar >= 0 ? key.slice(0, bar) : key;
  const rest = bar >= 0 ? key.slice(bar + 1) : '';
  return {
    ports: portPart
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    rest,
  };
}
