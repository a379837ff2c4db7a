/**
 * Loads fabric-intent.yaml: YAML → schema validation → semantic checks → `Intent`.
 *
 * Nothing here throws on bad input. Every problem is reported at the YAML node it is about (0-based
 * LSP positions) and only the invalid part is dropped, so the rules keep the valid rest: an
 * out-of-range `mtu.fabric` drops `mtu.fabric` only; a bad DSCP list drops that class; a bad link
 * drops that link.
 *
 * How dropping works: the raw YAML value is kept untouched and a set of dropped raw paths grows.
 * Each round validates a pruned copy (dropped paths removed, arrays compacted) and maps the errors
 * back to raw paths; rounds repeat until the pruned copy is valid, because dropping a part can make
 * its parent invalid (a class without `dscp`). Problems are reported for the first round; later
 * rounds only widen what an earlier problem says is ignored.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { comparePositions, type Loc, type Range } from '../model/location';
import type { Endpoint, LinkSourceKind } from '../model/types';
import { canonicalInterfaceName } from '../model/interface-names';
import { editDistance } from '../model/edit-distance';
import { compileGlob } from '../model/glob';
import { linearRegExp } from '../model/linear-regex';
import { yamlErrorText } from '../parsing/yaml-errors';
import { DSCP_NAME_VALUES, ROCE_HINTS } from './defaults';
import { intentSchema, SEVERITIES } from './schema';
import type { Intent, IntentClass, IntentEcn } from './types';

export interface IntentProblem {
  message: string;
  loc: Loc;
  severity: 'error' | 'warning';
}

export interface LoadIntentResult {
  /** Undefined when the file is empty (or only comments), not a mapping, or unreadable. */
  intent: Intent | undefined;
  problems: IntentProblem[];
}

export interface LoadIntentOptions {
  /** Rule ids the engine knows: `rules:` / `ignore.rules` entries naming none of them get a warning, and `ignore.rules` globs are expanded. */
  knownRuleIds?: Iterable<string>;
}

type Seg = string | number;
type Path = Seg[];

// ---------------------------------------------------------------------------------------------
// Schema validator (compiled once)

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });
    ajv.addVocabulary(['markdownDescription', 'patternErrorMessage', 'defaultSnippets']);
    validator = ajv.compile(inlineRefs(intentSchema, intentSchema.definitions) as object);
  }
  return validator;
}

/**
 * The schema with each `$ref` replaced by its definition (the schema has no cycles). ajv gathers the
 * errors of a referenced schema with `concat`, a copy of all errors so far per value: quadratic in a
 * file with thousands of invalid links. Inline, errors are pushed.
 */
function inlineRefs(schema: unknown, definitions: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, definitions));
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') return inlineRefs(definitions[schema.$ref.replace('#/definitions/', '')], definitions);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) if (k !== 'definitions') out[k] = inlineRefs(v, definitions);
  return out;
}

const isSeverityEnum = (s: Record<string, unknown>): boolean => Array.isArray(s.enum) && SEVERITIES.every((x) => (s.enum as unknown[]).includes(x));

// ---------------------------------------------------------------------------------------------
// Paths

const key = (p: Path): string => JSON.stringify(p);

/** 'classes.roce.dscp', 'links[0]' → written as 'links.0' so it matches `Intent.locs` keys. */
export function dottedPath(p: Path): string {
  return p.length === 0 ? '(file)' : p.map(String).join('.');
}

function parsePointer(ptr: string): Path {
  if (ptr === '') return [];
  return ptr
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function startsWith(p: Path, prefix: Path): boolean {
  if (prefix.length > p.length) return false;
  return prefix.every((s, i) => String(s) === String(p[i]));
}

/**
 * The part dropped when something at `p` is invalid. A set-like list (priorities, a class's DSCP
 * list) is dropped whole, since dropping one member would change its meaning; items of independent
 * lists (links, patterns, globs, sources) are dropped alone; a link is dropped whole.
 */
const DROP_UNITS: Path[] = [
  ['links', '#'],
  ['interfaces', '#'],
  ['lossless', 'priorities'],
  ['classes', '*', 'dscp'],
  ['rules', '*'],
  ['descriptionPatterns', '#'],
  ['linkSources', '#'],
  ['ignore', '*', '#'],
  ['roles', '*', '#'],
];

function dropUnit(p: Path): Path {
  for (const u of DROP_UNITS) {
    if (p.length < u.length) continue;
    const ok = u.every((s, i) => {
      const seg = p[i];
      if (s === '*') return true;
      if (s === '#') return typeof seg === 'number' || /^\d+$/.test(String(seg));
      return String(seg) === s;
    });
    if (ok) return p.slice(0, u.length);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Pruned copies

/** Pruned array → raw index of each of its items. */
const rawIndex = new WeakMap<unknown[], number[]>();

/** A node of the dropped raw paths, as a tree of segments: pruning copies only what holds a dropped part. */
interface DropTree {
  dropped: boolean;
  below: Map<string, DropTree>;
}

/** The raw paths dropped so far. */
class DroppedPaths {
  readonly tree: DropTree = { dropped: false, below: new Map() };

  /** False when `p` was already dropped. */
  add(p: Path): boolean {
    let t = this.tree;
    for (const seg of p) {
      let next = t.below.get(String(seg));
      if (!next) t.below.set(String(seg), (next = { dropped: false, below: new Map() }));
      t = next;
    }
    if (t.dropped) return false;
    t.dropped = true;
    return true;
  }
}

/**
 * A copy of the raw value without the dropped paths. Parts holding nothing dropped are shared with
 * the raw value, not copied (nothing mutates either): a 200,000-link file with one bad link copies
 * one list, not 600,000 values.
 */
function prune(raw: unknown, dropped: DroppedPaths): unknown {
  return pruneBelow(raw, dropped.tree);
}

function pruneBelow(v: unknown, t: DropTree): unknown {
  if (t.below.size === 0) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    const idx: number[] = [];
    v.forEach((item, i) => {
      const sub = t.below.get(String(i));
      if (sub?.dropped) return;
      out.push(sub ? pruneBelow(item, sub) : item);
      idx.push(i);
    });
    rawIndex.set(out, idx);
    return out;
  }
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      const sub = t.below.get(k);
      if (sub?.dropped) continue;
      out[k] = sub ? pruneBelow(item, sub) : item;
    }
    return out;
  }
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Maps a path in a pruned copy back to the raw (file) path. */
function toRawPath(pruned: unknown, p: Path): Path {
  const out: Path = [];
  let cur: unknown = pruned;
  for (const seg of p) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(rawIndex.get(cur)?.[i] ?? i);
      cur = cur[i];
    } else if (isObject(cur)) {
      out.push(String(seg));
      cur = cur[String(seg)];
    } else {
      out.push(seg);
      cur = undefined;
    }
  }
  return out;
}

function valueAt(v: unknown, p: Path): unknown {
  let cur = v;
  for (const seg of p) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

// ---------------------------------------------------------------------------------------------
// YAML nodes and positions

class Source {
  constructor(
    readonly uri: string,
    readonly doc: Document,
    private readonly lc: LineCounter,
    private readonly textLength: number,
  ) {}

  range(start: number, end: number): Range {
    const s = Math.max(0, Math.min(start, this.textLength));
    const e = Math.max(s, Math.min(end, this.textLength));
    const a = this.lc.linePos(s);
    const b = this.lc.linePos(e);
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  }

  loc(start: number, end: number): Loc {
    return { uri: this.uri, range: this.range(start, end) };
  }

  private resolve(n: unknown): YamlNode | undefined {
    if (isAlias(n)) return n.resolve(this.doc) as YamlNode | undefined;
    return isNode(n) ? n : undefined;
  }

  /** The node at a raw path and the pair holding it (when it is a mapping value). */
  find(p: Path): { node?: YamlNode; pair?: Pair; parent?: YamlNode } {
    let node = this.resolve(this.doc.contents);
    let pair: Pair | undefined;
    let parent: YamlNode | undefined;
    for (const seg of p) {
      if (!node) return {};
      parent = node;
      if (isMap(node)) {
        // The last of duplicate keys: that is the value toJS keeps (the duplicate itself is a YAML error).
        pair = undefined;
        for (let i = node.items.length - 1; i >= 0 && !pair; i--) if (scalarKey(node.items[i]!.key) === String(seg)) pair = node.items[i];
        if (!pair) return { parent };
        node = this.resolve(pair.value);
        if (!node) return { pair, parent };
      } else if (isSeq(node)) {
        pair = undefined;
        node = this.resolve(node.items[Number(seg)]);
      } else {
        return { parent };
      }
    }
    return { node, pair, parent };
  }

  private nodeSpan(n: YamlNode | undefined): [number, number] | undefined {
    const r = n?.range;
    if (!r || r[1] <= r[0]) return undefined;
    return [r[0], r[1]];
  }

  /** The value at `p` (its key when the value is empty). */
  valueLoc(p: Path): Loc {
    const { node, pair, parent } = this.find(p);
    const span = this.nodeSpan(node) ?? this.nodeSpan(isNode(pair?.key) ? pair.key : undefined) ?? this.nodeSpan(parent) ?? [0, 0];
    return this.loc(span[0], span[1]);
  }

  /** The key of the mapping entry at `p` (the value when `p` is a list item). */
  keyLoc(p: Path): Loc {
    const { pair } = this.find(p);
    const k = isNode(pair?.key) ? this.nodeSpan(pair.key) : undefined;
    return k ? this.loc(k[0], k[1]) : this.valueLoc(p);
  }

  /** Key through the end of the value: what `Intent.locs` records. */
  entryLoc(p: Path): Loc {
    const { node, pair } = this.find(p);
    const k = isNode(pair?.key) ? this.nodeSpan(pair.key) : undefined;
    const v = this.nodeSpan(node);
    if (k && v) return this.loc(k[0], Math.max(k[1], v[1]));
    return this.valueLoc(p);
  }

  /** Keys of the mapping at `p`, in file order. */
  keysInOrder(p: Path): string[] {
    const { node } = p.length === 0 ? { node: this.resolve(this.doc.contents) } : this.find(p);
    if (!isMap(node)) return [];
    return node.items.map((it) => scalarKey(it.key)).filter((k): k is string => k !== undefined);
  }
}

function scalarKey(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  if (k === null || k === undefined) return undefined;
  if (typeof k !== 'object') return String(k);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Problems

interface Pending {
  /** Already complete ("mtu.fabric: 99999 is above …"). */
  text: string;
  loc: Loc;
  severity: 'error' | 'warning';
  /** What is ignored because of it (raw path), if anything. */
  drop?: Path;
  /** The raw path the problem is about, to say "(ignored)" rather than naming the path twice. */
  at: Path;
}

function finish(p: Pending): IntentProblem {
  let message = p.text;
  if (p.drop) {
    message += key(p.drop) === key(p.at) ? ' (ignored)' : ` (${dottedPath(p.drop)} is ignored)`;
  }
  return { message, loc: p.loc, severity: p.severity };
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v === null || v === undefined) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

function typeName(t: unknown): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty' };
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => names[String(x)] ?? String(x)).join(' or ');
}

function suggest(word: string, candidates: string[]): string | undefined {
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

/** Human wording of one ajv error about the value `v`. */
function describe(e: ErrorObject, v: unknown): string {
  const params = e.params as Record<string, unknown>;
  const ps = e.parentSchema as Record<string, unknown> | undefined;
  switch (e.keyword) {
    case 'type':
      return `${show(v)} is not ${typeName(params.type)}`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${show(v)} is below the minimum ${String(params.limit)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${show(v)} is above the maximum ${String(params.limit)}`;
    case 'enum':
      return `${show(v)} is not one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${show(v)} is not supported; the only value is ${String(params.allowedValue)}`;
    case 'required':
      return `missing required key '${String(params.missingProperty)}'`;
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = isObject(ps?.properties) ? Object.keys(ps.properties) : [];
      const hint = suggest(name, known);
      return `unknown key '${name}'` + (hint ? ` — did you mean '${hint}'?` : known.length ? ` (known keys: ${known.join(', ')})` : '');
    }
    case 'pattern': {
      const custom = ps?.patternErrorMessage;
      return `${show(v)}: ${typeof custom === 'string' ? custom : `does not match ${String(params.pattern)}`}`;
    }
    case 'uniqueItems':
      return `item ${show(Array.isArray(v) ? v[Number(params.j)] : undefined)} is listed twice`;
    case 'minItems':
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `has more than ${String(params.limit)} items`;
    case 'minLength':
      return 'must not be empty';
    default:
      return e.message ?? `invalid (${e.keyword})`;
  }
}

/**
 * Collapses the errors of `anyOf` alternatives. Errors about the value itself failing an
 * alternative (type, const, enum, pattern at the union's own path) only say "not this alternative";
 * when the value matched an alternative's shape, the other errors (deeper, or required/unknown
 * keys) are the ones to show. When only "not this alternative" errors remain, one "must be X or Y"
 * error replaces them. (In this schema nothing but the union sits at a union's path, so every error
 * at or below that path comes from its alternatives.)
 */
function collapseUnions(errors: ErrorObject[]): ErrorObject[] {
  // Errors by path, and the paths sorted, so that the errors below a path are one slice: a file with
  // thousands of invalid items costs the errors of each item, not all errors for each item.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const paths = [...byPath.keys()].sort();
  const removed = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, ErrorObject>();
  const current = (e: ErrorObject): ErrorObject | undefined => (removed.has(e) ? undefined : replaced.get(e) ?? e);
  /** The errors still standing at `P` or below it. */
  const below = (P: string): { original: ErrorObject; now: ErrorObject }[] => {
    const out: { original: ErrorObject; now: ErrorObject }[] = [];
    const add = (list: ErrorObject[] | undefined): void => {
      for (const original of list ?? []) {
        const now = current(original);
        if (now) out.push({ original, now });
      }
    };
    add(byPath.get(P));
    const prefix = P + '/';
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paths[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paths.length && paths[i]!.startsWith(prefix); i++) add(byPath.get(paths[i]!));
    return out;
  };
  const depth = (e: ErrorObject): number => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  // Innermost first, so an outer union sees the already collapsed inner ones.
  unions.sort((a, b) => depth(b) - depth(a));
  const MISS = new Set(['type', 'const', 'enum', 'pattern']);
  for (const u of unions) {
    if (current(u) !== u) continue;
    const P = u.instancePath;
    const branch = below(P).filter((e) => e.now !== u);
    const misses = branch.filter((e) => e.now.instancePath === P && MISS.has(e.now.keyword));
    if (branch.length > misses.length) {
      removed.add(u);
      for (const m of misses) removed.add(m.original);
      continue;
    }
    const kinds: string[] = [];
    for (const b of (u.schema as unknown[]) ?? []) {
      if (!isObject(b)) continue;
      let k: string | undefined;
      if (b.const !== undefined) k = `'${String(b.const)}'`;
      else if (isSeverityEnum(b)) k = 'a severity (error, warning, info, hint, off)';
      else if (b.enum && b.type === 'string') k = 'a DSCP name such as af31';
      else if (b.pattern && b.type === 'string') k = 'a range such as 24-31';
      else if (b.type === 'integer' && typeof b.maximum === 'number') k = `a whole number ${String(b.minimum ?? 0)}–${b.maximum}`;
      else if (b.type) k = typeName(b.type);
      if (k && !kinds.includes(k)) kinds.push(k);
    }
    for (const e of branch) removed.add(e.original);
    replaced.set(u, { ...u, keyword: 'union', message: `must be ${kinds.join(' or ')}` });
  }
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const now = current(e);
    if (now) out.push(now);
  }
  return out;
}

interface Located {
  at: Path;
  /** Where the problem is shown: the key or the value. */
  onKey: boolean;
  text: string;
}

function locate(e: ErrorObject, pruned: unknown): Located {
  const base = parsePointer(e.instancePath);
  const params = e.params as Record<string, unknown>;
  const v = valueAt(pruned, base);
  if (e.keyword === 'additionalProperties') {
    return { at: toRawPath(pruned, [...base, String(params.additionalProperty)]), onKey: true, text: describe(e, v) };
  }
  if (e.propertyName !== undefined) {
    const ps = e.parentSchema as Record<string, unknown> | undefined;
    const custom = typeof ps?.patternErrorMessage === 'string' ? ps.patternErrorMessage : 'not a valid name';
    return { at: toRawPath(pruned, [...base, e.propertyName]), onKey: true, text: `'${e.propertyName}': ${custom}` };
  }
  if (e.keyword === 'required') return { at: toRawPath(pruned, base), onKey: true, text: describe(e, v) };
  if (e.keyword === 'union') return { at: toRawPath(pruned, base), onKey: false, text: `${show(v)}: ${e.message ?? 'invalid'}` };
  return { at: toRawPath(pruned, base), onKey: false, text: describe(e, v) };
}

// ---------------------------------------------------------------------------------------------
// Loading

/**
 * Largest intent file read, in characters. The YAML library holds about 200 bytes per character while
 * it parses, so 2 MB (some 50,000 links) stays well inside the 1 GB a file may take; a fabric with
 * more cabling than that states it in a topology file (LLDP, containerlab, CSV), not by hand.
 */
export const MAX_INTENT_CHARS = 2 * 1024 * 1024;

export function loadIntent(uri: string, text: string, options: LoadIntentOptions = {}): LoadIntentResult {
  if (text.length > MAX_INTENT_CHARS) {
    const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
    const message = `fabric-intent.yaml is ${mb(text.length)}, over the ${mb(MAX_INTENT_CHARS)} an intent file may have; it is not read. Give a cabling list this long as a topology file (LLDP, containerlab, CSV).`;
    return { intent: undefined, problems: [{ message, loc: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, severity: 'error' }] };
  }
  const problems: Pending[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const src = new Source(uri, doc, lc, text.length);

  for (const e of doc.errors) {
    problems.push({ text: `YAML: ${firstLine(e.message)}`, loc: src.loc(e.pos[0], e.pos[1]), severity: 'error', at: [] });
  }
  for (const w of doc.warnings) {
    problems.push({ text: `YAML: ${firstLine(w.message)}`, loc: src.loc(w.pos[0], w.pos[1]), severity: 'warning', at: [] });
  }
  const done = (intent: Intent | undefined): LoadIntentResult => ({
    intent,
    problems: problems.map(finish).sort((a, b) => comparePositions(a.loc.range.start, b.loc.range.start)),
  });

  const root = isAlias(doc.contents) ? undefined : doc.contents;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === undefined))) return done(undefined);
  if (!isMap(root)) {
    const r = root.range ?? [0, 0, 0];
    problems.push({
      text: `fabric-intent.yaml must be a mapping of keys (version, roles, mtu, lossless, classes …), not ${isSeq(root) ? 'a list' : 'a single value'}`,
      loc: src.loc(r[0], r[1]),
      severity: 'error',
      at: [],
    });
    return done(undefined);
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    problems.push({ text: `YAML: ${firstLine(err instanceof Error ? err.message : String(err))}`, loc: src.loc(0, 0), severity: 'error', at: [] });
    return done(undefined);
  }
  if (!isObject(raw)) return done(undefined);

  const dropped = new DroppedPaths();

  // 1. Schema, in rounds until the pruned copy is valid.
  const schemaProblems: Pending[] = [];
  runSchemaRounds(raw, dropped, src, schemaProblems, true);
  for (const p of schemaProblems) problems.push(p);

  // 2. What a schema cannot say.
  const semantic = new SemanticChecks(src, raw, dropped, options);
  semantic.run();
  for (const p of semantic.problems) problems.push(p);
  // Semantic drops may leave a parent invalid (a class without dscp): prune silently, widening the problems above.
  runSchemaRounds(raw, dropped, src, problems, false);

  // 3. Build the Intent from what survived.
  const data = prune(raw, dropped) as Record<string, unknown>;
  const intent = buildIntent(uri, data, src, semantic, options);
  return done(intent);
}

function firstLine(s: string): string {
  if (/multiple documents/i.test(s)) return 'fabric-intent.yaml must be one YAML document; what follows the second `---` is ignored';
  return yamlErrorText(s);
}

function runSchemaRounds(raw: unknown, dropped: DroppedPaths, src: Source, problems: Pending[], report: boolean): void {
  // Problems by every prefix of what they drop, to find those a wider drop covers without a scan per
  // error. Entries go stale when a drop widens; the startsWith check on lookup sees the current drop.
  const byDropPrefix = new Map<string, Pending[]>();
  const index = (p: Pending): void => {
    for (let n = 1; p.drop && n <= p.drop.length; n++) {
      const k = p.drop.slice(0, n).join('\u0000');
      const list = byDropPrefix.get(k);
      if (list) list.push(p);
      else byDropPrefix.set(k, [p]);
    }
  };
  for (const p of problems) index(p);
  for (let round = 0; round < 20; round++) {
    const pruned = prune(raw, dropped);
    const v = validate();
    if (v(pruned)) return;
    const errors = collapseUnions(v.errors ?? []).filter((e) => e.keyword !== 'propertyNames' && e.keyword !== 'if');
    let progressed = false;
    const seen = new Set<string>();
    for (const e of errors) {
      const l = locate(e, pruned);
      if (l.at.length === 0) {
        // Only the root itself; it is a mapping (checked before), so this cannot drop anything useful.
        continue;
      }
      const unit = dropUnit(l.at);
      const dedupe = `${key(l.at)}|${l.text}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      if (dropped.add(unit)) progressed = true;
      const widened = (byDropPrefix.get(unit.join('\u0000')) ?? []).filter((p) => p.drop && startsWith(p.drop, unit));
      for (const p of widened) p.drop = unit;
      if (report && (round === 0 || widened.length === 0)) {
        const p: Pending = {
          text: `${dottedPath(l.at)}: ${l.text}`,
          loc: l.onKey ? src.keyLoc(l.at) : src.valueLoc(l.at),
          severity: 'error',
          drop: unit,
          at: l.at,
        };
        problems.push(p);
        index(p);
      }
    }
    if (!progressed) return;
  }
}

// ---------------------------------------------------------------------------------------------
// Semantic checks

interface ParsedLink {
  a: Endpoint;
  b: Endpoint;
  rawIndex: number;
}

class SemanticChecks {
  readonly problems: Pending[] = [];
  /** Class name → DSCP values after expanding names and ranges. */
  readonly dscp = new Map<string, number[] | 'other'>();
  /** Raw link index → parsed endpoints. */
  readonly links = new Map<number, ParsedLink>();
  /** Raw pattern index → the pattern to use (converted from Python syntax when needed). */
  readonly patterns = new Map<number, string>();
  private data: Record<string, unknown>;

  constructor(
    private readonly src: Source,
    private readonly raw: unknown,
    private readonly dropped: DroppedPaths,
    private readonly options: LoadIntentOptions,
  ) {
    this.data = prune(raw, dropped) as Record<string, unknown>;
  }

  private warn(at: Path, text: string, onKey = false): void {
    this.problems.push({ text: `${dottedPath(at)}: ${text}`, loc: onKey ? this.src.keyLoc(at) : this.src.valueLoc(at), severity: 'warning', at });
  }

  private error(at: Path, text: string, drop: Path, onKey = false): void {
    this.problems.push({ text: `${dottedPath(at)}: ${text}`, loc: onKey ? this.src.keyLoc(at) : this.src.valueLoc(at), severity: 'error', at, drop });
    this.dropped.add(drop);
  }

  private line(p: Path): number {
    return this.src.valueLoc(p).range.start.line + 1;
  }

  run(): void {
    this.mtu();
    this.classes();
    this.lossless();
    this.ecn();
    this.links_();
    this.linkSources();
    this.descriptionPatterns();
    this.rules();
  }

  private mtu(): void {
    const m = this.data.mtu;
    if (!isObject(m)) return;
    const fabric = typeof m.fabric === 'number' ? m.fabric : undefined;
    const host = typeof m.host === 'number' ? m.host : undefined;
    const minimum = typeof m.minimum === 'number' ? m.minimum : undefined;
    const min = ROCE_HINTS.minHostMtu.value;
    if (fabric !== undefined && minimum !== undefined && minimum > fabric) {
      this.warn(['mtu', 'minimum'], `${minimum} is above mtu.fabric ${fabric}: every fabric interface at the intended MTU would be reported`);
    }
    if (fabric !== undefined && host !== undefined && host > fabric) {
      this.warn(['mtu', 'host'], `${host} is above mtu.fabric ${fabric}: hosts would send packets the fabric drops`);
    }
    if (host !== undefined && host < min) {
      this.warn(['mtu', 'host'], `${host} is below ${min}, the host MTU RDMA needs for a path MTU of 4096 (4096 + 96 bytes of RoCE headers)`);
    }
    if (fabric !== undefined && fabric < min) {
      this.warn(['mtu', 'fabric'], `${fabric} is below ${min}, the host MTU RDMA needs for a path MTU of 4096 (4096 + 96 bytes of RoCE headers)`);
    }
  }

  private classes(): void {
    const classes = this.data.classes;
    if (!isObject(classes)) return;
    const owner = new Map<number, string>();
    let otherOwner: string | undefined;
    for (const [name, c] of Object.entries(classes)) {
      if (!isObject(c)) continue;
      const at: Path = ['classes', name, 'dscp'];
      if (c.dscp === 'other') {
        if (otherOwner !== undefined) {
          this.error(at, `class ${otherOwner} already takes the other DSCP values (line ${this.line(['classes', otherOwner, 'dscp'])})`, ['classes', name]);
          continue;
        }
        otherOwner = name;
        this.dscp.set(name, 'other');
        continue;
      }
      if (!Array.isArray(c.dscp)) continue;
      const values: number[] = [];
      let bad = false;
      c.dscp.forEach((item, i) => {
        if (bad) return;
        const itemAt = toRawPath(this.data, ['classes', name, 'dscp', i]);
        if (typeof item === 'number') values.push(item);
        else if (typeof item === 'string' && DSCP_NAME_VALUES[item] !== undefined) values.push(DSCP_NAME_VALUES[item]!);
        else if (typeof item === 'string') {
          const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(item);
          const lo = Number(m?.[1]);
          const hi = Number(m?.[2]);
          if (!m || lo > hi || hi > 63) {
            this.error(itemAt, `'${item}' is not a DSCP range (low-high, within 0–63)`, ['classes', name]);
            bad = true;
            return;
          }
          for (let d = lo; d <= hi; d++) values.push(d);
        }
      });
      if (bad) continue;
      const unique = [...new Set(values)];
      if (unique.length !== values.length) this.warn(at, 'lists a DSCP value more than once (after expanding names and ranges)');
      const clash = unique.find((d) => owner.has(d));
      if (clash !== undefined) {
        const other = owner.get(clash)!;
        this.error(at, `DSCP ${clash} already belongs to class ${other} (line ${this.line(['classes', other, 'dscp'])}); a code point can be in one class only`, ['classes', name]);
        continue;
      }
      for (const d of unique) owner.set(d, name);
      this.dscp.set(name, unique);
    }
  }

  private lossless(): void {
    const l = this.data.lossless;
    if (!isObject(l)) return;
    const prios = Array.isArray(l.priorities) ? (l.priorities as number[]) : undefined;
    const max = typeof l.maxLosslessPriorities === 'number' ? l.maxLosslessPriorities : undefined;
    if (prios && max !== undefined && prios.length > max) {
      this.warn(['lossless', 'priorities'], `${prios.length} lossless priorities but lossless.maxLosslessPriorities is ${max}`);
    }
    const classes = this.data.classes;
    if (!prios || !isObject(classes)) return;
    for (const [name, c] of Object.entries(classes)) {
      if (!isObject(c) || !this.dscp.has(name) || typeof c.trafficClass !== 'number') continue;
      if (c.lossless === true && !prios.includes(c.trafficClass)) {
        this.warn(['classes', name, 'lossless'], `class ${name} is lossless on traffic class ${c.trafficClass}, which lossless.priorities [${prios.join(', ')}] leaves out (assuming traffic class N pauses PFC priority N)`);
      }
      if (c.lossless === false && prios.includes(c.trafficClass)) {
        this.warn(['classes', name, 'lossless'], `class ${name} is lossy, but its traffic class ${c.trafficClass} is in lossless.priorities (assuming traffic class N pauses PFC priority N)`);
      }
    }
  }

  private ecn(): void {
    const ecn = this.data.ecn;
    if (!isObject(ecn)) return;
    const classes = isObject(this.data.classes) ? this.data.classes : undefined;
    const written = isObject(this.raw) && isObject(this.raw.classes) ? this.raw.classes : undefined;
    for (const [name, e] of Object.entries(ecn)) {
      if (!isObject(e)) continue;
      if (classes && written && !(name in written)) this.warn(['ecn', name], `no class ${name} in classes: these thresholds apply to nothing`, true);
      else if (classes && isObject(classes[name]) && (classes[name] as Record<string, unknown>).ecn === false) {
        this.warn(['ecn', name], `class ${name} says ecn: false, yet ECN thresholds are given`, true);
      }
      if (typeof e.minBytes === 'number' && typeof e.maxBytes === 'number' && e.minBytes > e.maxBytes) {
        this.error(['ecn', name, 'minBytes'], `${e.minBytes} is above maxBytes ${e.maxBytes}`, ['ecn', name]);
      }
    }
  }

  private links_(): void {
    const links = this.data.links;
    if (!Array.isArray(links)) return;
    const used = new Map<string, number>();
    const pairs = new Map<string, number>();
    links.forEach((item, i) => {
      const rawAt = toRawPath(this.data, ['links', i]);
      const rawI = Number(rawAt[1]);
      const ends = Array.isArray(item) ? item : isObject(item) ? [item.a, item.b] : [];
      const eps = ends.map((s) => parseEndpoint(String(s)));
      const [a, b] = eps;
      if (!a || !b) return;
      const ka = `${a.device.toLowerCase()}:${a.interface}`;
      const kb = `${b.device.toLowerCase()}:${b.interface}`;
      if (ka === kb) {
        this.error(rawAt, `both ends are ${a.device}:${a.interface}`, rawAt);
        return;
      }
      const pk = ka < kb ? `${ka} ${kb}` : `${kb} ${ka}`;
      const dup = pairs.get(pk);
      if (dup !== undefined) {
        this.warn(rawAt, `same link as line ${this.line(['links', dup])}`);
        this.dropped.add(rawAt);
        return;
      }
      for (const [k, ep] of [
        [ka, a],
        [kb, b],
      ] as const) {
        const prev = used.get(k);
        if (prev !== undefined) {
          this.error(rawAt, `${ep.device}:${ep.interface} is already cabled by the link on line ${this.line(['links', prev])}`, rawAt);
          return;
        }
      }
      used.set(ka, rawI);
      used.set(kb, rawI);
      pairs.set(pk, rawI);
      this.links.set(rawI, { a, b, rawIndex: rawI });
    });
  }

  private linkSources(): void {
    const s = this.data.linkSources;
    if (Array.isArray(s) && Array.isArray(this.data.links) && this.data.links.length > 0 && !s.includes('intent')) {
      this.warn(['linkSources'], "leaves out 'intent', so the links: of this file are not used");
    }
  }

  private descriptionPatterns(): void {
    const list = this.data.descriptionPatterns;
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const at = toRawPath(this.data, ['descriptionPatterns', i]);
      let pattern = item;
      if (pattern.includes('(?P<')) {
        pattern = pattern.replace(/\(\?P</g, '(?<');
        this.warn(at, 'Python named groups (?P<name>…) read as JavaScript (?<name>…)');
      }
      // Compiled as the links code will run it: on the linear-time engine, or not at all.
      const re = linearRegExp(pattern);
      if (re instanceof Error) {
        this.error(at, re.message, at);
        return;
      }
      const groups = namedGroups(re);
      if (!groups.has('peer')) {
        this.error(at, 'has no named group (?<peer>…) for the peer hostname', at);
        return;
      }
      this.patterns.set(Number(at[1]), pattern);
    });
  }

  private rules(): void {
    if (!this.options.knownRuleIds) return;
    const known = new Set(this.options.knownRuleIds);
    const rules = this.data.rules;
    if (isObject(rules)) {
      for (const id of Object.keys(rules)) if (!known.has(id)) this.warn(['rules', id], unknownRule(id, known), true);
    }
    const ignore = isObject(this.data.ignore) ? this.data.ignore.rules : undefined;
    if (Array.isArray(ignore)) {
      ignore.forEach((id, i) => {
        if (typeof id !== 'string') return;
        if (!expandRuleGlob(id, known).length) this.warn(toRawPath(this.data, ['ignore', 'rules', i]), unknownRule(id, known));
      });
    }
  }
}

function unknownRule(id: string, known: Set<string>): string {
  const hint = suggest(id, [...known]);
  return `no rule ${id}` + (hint ? ` — did you mean ${hint}?` : '');
}

/** Named groups of a compiled regex: an empty-string exec tells nothing, so read them from the source. */
function namedGroups(re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of re.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)) out.add(m[1]!);
  return out;
}

const GLOB_CHARS = /[*?[\]{}!]/;

function expandRuleGlob(id: string, known: Set<string>): string[] {
  if (!GLOB_CHARS.test(id)) return known.has(id) ? [id] : [];
  const glob = compileGlob(id, { nocase: true, braces: true });
  return [...known].filter((k) => glob.test(k));
}

/** `leaf1:Et49/1` → {device: 'leaf1', interface: 'Ethernet49/1'}; splits at the first colon. */
export function parseEndpoint(s: string): Endpoint | undefined {
  const i = s.indexOf(':');
  if (i <= 0) return undefined;
  const device = s.slice(0, i).trim();
  const written = s.slice(i + 1).trim();
  if (!device || !written) return undefined;
  return { device, interface: canonicalInterfaceName(written) };
}

// ---------------------------------------------------------------------------------------------
// Building the Intent

function buildIntent(uri: string, data: Record<string, unknown>, src: Source, sem: SemanticChecks, options: LoadIntentOptions): Intent {
  const intent: Intent = { uri, version: 1, roles: [], links: [], locs: {} };
  recordLocs(data, src, intent.locs);

  if (isObject(data.roles)) {
    const roles = data.roles;
    for (const role of src.keysInOrder(['roles'])) {
      const g = roles[role];
      if (g === undefined) continue;
      intent.roles.push({ role, globs: (Array.isArray(g) ? g : [g]).map(String) });
    }
  }
  if (isObject(data.mtu)) intent.mtu = { ...(data.mtu as NonNullable<Intent['mtu']>) };
  if (isObject(data.lossless)) intent.lossless = { ...(data.lossless as NonNullable<Intent['lossless']>) };
  if (isObject(data.classes)) {
    const classes: Record<string, IntentClass> = {};
    for (const [name, c] of Object.entries(data.classes)) {
      const dscp = sem.dscp.get(name);
      if (!isObject(c) || dscp === undefined) continue;
      classes[name] = { ...(c as unknown as IntentClass), dscp };
    }
    intent.classes = classes;
  }
  if (isObject(data.ecn)) intent.ecn = { ...(data.ecn as Record<string, IntentEcn>) };
  if (Array.isArray(data.links)) {
    data.links.forEach((_, i) => {
      const rawPath = toRawPath(data, ['links', i]);
      const parsed = sem.links.get(Number(rawPath[1]));
      if (parsed) intent.links.push({ a: parsed.a, b: parsed.b, loc: src.valueLoc(rawPath) });
    });
  }
  if (Array.isArray(data.interfaces)) {
    const list: NonNullable<Intent['interfaceRoles']> = [];
    data.interfaces.forEach((item, i) => {
      if (!isObject(item) || typeof item.role !== 'string') return;
      const globs = (v: unknown, dflt: string[]) => (v === undefined ? dflt : (Array.isArray(v) ? v : [v]).map(String));
      const role = item.role as NonNullable<Intent['interfaceRoles']>[number]['role'];
      list.push({ devices: globs(item.device, ['*']), interfaces: globs(item.interface, []), role, loc: src.valueLoc(toRawPath(data, ['interfaces', i])) });
    });
    intent.interfaceRoles = list;
  }
  if (Array.isArray(data.linkSources)) intent.linkSources = data.linkSources as LinkSourceKind[];
  if (Array.isArray(data.descriptionPatterns)) {
    const list: string[] = [];
    data.descriptionPatterns.forEach((_, i) => {
      const p = sem.patterns.get(Number(toRawPath(data, ['descriptionPatterns', i])[1]));
      if (p !== undefined) list.push(p);
    });
    intent.descriptionPatterns = list;
  }
  if (isObject(data.ignore)) intent.ignore = { ...(data.ignore as NonNullable<Intent['ignore']>) };
  if (isObject(data.rules)) {
    const rules: NonNullable<Intent['rules']> = {};
    for (const [id, r] of Object.entries(data.rules)) {
      if (typeof r === 'string') rules[id] = { severity: r as 'off' };
      else if (isObject(r)) rules[id] = { ...(r as NonNullable<Intent['rules']>[string]) };
    }
    intent.rules = rules;
  }
  // ignore.rules → severity off, which is what the engine reads. Globs need the known rule ids.
  const ignored = intent.ignore?.rules ?? [];
  if (ignored.length) {
    const known = options.knownRuleIds ? new Set(options.knownRuleIds) : undefined;
    const rules = (intent.rules ??= {});
    for (const id of ignored) {
      const ids = known ? expandRuleGlob(id, known) : GLOB_CHARS.test(id) ? [] : [id];
      for (const r of ids) rules[r] = { ...rules[r], severity: 'off' };
    }
  }
  return intent;
}

function recordLocs(data: Record<string, unknown>, src: Source, locs: Record<string, Loc>): void {
  rawPaths.set(data, []);
  for (const [k, item] of Object.entries(data)) recordLocsChild(item, [k], src, locs, data);
}

/** Like recordLocs, but maps a compacted array index back to the raw index for the YAML lookup. */
function recordLocsChild(v: unknown, p: Path, src: Source, locs: Record<string, Loc>, parent: unknown): void {
  const last = p[p.length - 1]!;
  const rawLast = Array.isArray(parent) && typeof last === 'number' ? rawIndex.get(parent)?.[last] ?? last : last;
  const rawParent = rawPaths.get(parent as object) ?? p.slice(0, -1);
  const rawP = [...rawParent, rawLast];
  if (isObject(v) || Array.isArray(v)) rawPaths.set(v, rawP);
  locs[dottedPath(p)] = src.entryLoc(rawP);
  if (isObject(v)) for (const [k, item] of Object.entries(v)) recordLocsChild(item, [...p, k], src, locs, v);
  else if (Array.isArray(v)) v.forEach((item, i) => recordLocsChild(item, [...p, i], src, locs, v));
}

const rawPaths = new WeakMap<object, Path>();
