import type { Loc, Located, Position, Range } from '../../model/location';
import type { Block, ParseNote, PfcMode, QueueConfig, ServicePolicyRef, SymbolDef, SymbolRef } from '../../model/types';
import type { CliDocument, CliLine } from '../../parsing/cli-tree';
import { INDENT, type CliDialect } from './defaults';
import { sharedPosition, sharedRange } from '../../model/shared-locations';

/** QoS settings that both an interface and an EOS `qos profile` carry; the profile is overlaid by the interface. */
export interface QosSettings {
  pfcMode?: Located<PfcMode>;
  /** priority → true (no-drop) / false (drop, or removed with `no …`). */
  pfcPriorities: Map<number, Located<boolean>>;
  watchdog?: Located<boolean>;
  trust?: Located<'dscp' | 'cos' | 'none'>;
  /** key `type|direction` */
  policies: Map<string, Located<ServicePolicyRef>>;
  queues: Map<number, QueueConfig>;
}

export function newQosSettings(): QosSettings {
  return { pfcPriorities: new Map(), policies: new Map(), queues: new Map() };
}

/** Shared state of one extraction: the document, notes, symbols and the helpers every handler uses. */
export class Ctx {
  readonly notes: ParseNote[] = [];
  readonly defs: SymbolDef[] = [];
  readonly refs: SymbolRef[] = [];
  /** Definitions by kind, type and name, so a repeated section adds its header's name to the first one's `nameLocs`. */
  private readonly defsByKey = new Map<string, SymbolDef>();
  /** Set while a range header's body is replayed for its 2nd…nth member: notes and refs were already emitted. */
  quiet = false;
  /**
   * One Loc per range of the document (a line is located by its setting, its kept line in `Interface.lines` and its
   * block), over a range shared with every file (model/shared-locations.ts): locations are most of a model's objects.
   */
  private readonly locs = new Map<Range, Loc>();

  constructor(
    readonly doc: CliDocument,
    readonly dialect: CliDialect,
  ) {}

  get uri(): string {
    return this.doc.uri;
  }

  loc(range: Range): Loc {
    let loc = this.locs.get(range);
    if (!loc) this.locs.set(range, (loc = { uri: this.doc.uri, range: sharedRange(range) }));
    return loc;
  }

  at<T>(value: T, line: CliLine): Located<T> {
    return { value, loc: this.loc(line.range) };
  }

  note(severity: ParseNote['severity'], code: string, message: string, where: { range: Range }): void {
    if (this.quiet) return;
    this.notes.push({ severity, code, message, loc: this.loc(where.range) });
  }

  /** A definition, its name written at `name`. */
  def(def: Omit<SymbolDef, 'nameLocs'>, name: { range: Range }): void {
    const d: SymbolDef = { ...def, nameLocs: [this.loc(name.range)] };
    const key = `${def.kind}\u0000${def.subtype ?? ''}\u0000${def.name}`;
    if (!this.defsByKey.has(key)) this.defsByKey.set(key, d);
    this.defs.push(d);
  }

  /** Where a repeated section writes the name of a definition already made (see `def`). */
  redefined(kind: SymbolDef['kind'], subtype: string | undefined, name: string, where: { range: Range }): void {
    this.defsByKey.get(`${kind}\u0000${subtype ?? ''}\u0000${name}`)?.nameLocs!.push(this.loc(where.range));
  }

  ref(ref: SymbolRef): void {
    if (this.quiet) return;
    // NX-OS ships `default-nq-8e-policy`, `default-8q-out-policy` … (policies and their classes).
    if (this.dialect === 'nxos' && /^default-/i.test(ref.name)) ref.builtin = true;
    this.refs.push(ref);
  }

  block(line: CliLine): Block {
    return {
      header: this.loc(line.range),
      end: sharedPosition(sectionEnd(line)),
      childIndent: line.children[0]?.indentText ?? line.indentText + INDENT[this.dialect],
    };
  }

  /** A number within [min, max] at word i, or a ParseNote and undefined. */
  int(line: CliLine, i: number, min: number, max: number, what: string): number | undefined {
    const w = line.words[i];
    if (!w) {
      this.note('warning', 'missing-value', `${what}: value missing`, line);
      return undefined;
    }
    const n = intIn(w.text, min, max);
    if (n === undefined) this.note('warning', 'bad-value', `${what}: ${w.text} is not a number in ${min}..${max}`, w);
    return n;
  }

  num(line: CliLine, i: number, what: string): number | undefined {
    const w = line.words[i];
    if (!w) {
      this.note('warning', 'missing-value', `${what}: value missing`, line);
      return undefined;
    }
    const n = Number(w.text);
    if (w.text === '' || !Number.isFinite(n)) {
      this.note('warning', 'bad-value', `${what}: ${w.text} is not a number`, w);
      return undefined;
    }
    return n;
  }
}

export function intIn(text: string, min: number, max: number): number | undefined {
  if (text.length === 0 || text.length > 10) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** End of a section: the end of its last descendant line (or text block). */
export function sectionEnd(line: CliLine): Position {
  let cur = line;
  while (cur.children.length > 0) cur = cur.children[cur.children.length - 1]!;
  const end = cur.textBlock && after(cur.textBlock.range.end, cur.range.end) ? cur.textBlock.range.end : cur.range.end;
  return end;
}

function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}

/** Lower-case text of word i, or ''. */
export function kw(line: CliLine, i: number): string {
  const w = line.words[i];
  return w ? w.text.toLowerCase() : '';
}

/** Words i.. as strings. */
export function rest(line: CliLine, i: number): string[] {
  const out: string[] = [];
  for (let k = i; k < line.words.length; k++) out.push(line.words[k]!.text);
  return out;
}

/** Text of the line from word i to the end, as written (descriptions keep their spacing). */
export function restText(line: CliLine, i: number): string {
  const w = line.words[i];
  if (!w) return '';
  const offset = w.range.start.character - line.range.start.character;
  if (w.range.start.line !== line.range.start.line || offset < 0) return rest(line, i).join(' ');
  return line.text.slice(offset);
}

/** Normalised policy type for symbols: `quality-of-service` → `qos`, `queueing` → `queuing`. */
export function normPolicyType(t: string): string {
  if (t === 'quality-of-service') return 'qos';
  if (t === 'queueing') return 'queuing';
  return t;
}

/** NX-OS system classes (not class-map references): c-8q-nq3, c-out-8q-q-default, c-in-q1, class-default … */
export function isSystemClass(name: string): boolean {
  const n = name.toLowerCase();
  if (n === 'class-default') return true;
  if (!n.startsWith('c-')) return false;
  return /^c-(?:out-|in-)?(?:\d+q-)?(?:nq|q)(?:\d+|-default)$/.test(n);
}

const QUEUE_CLASS = /^c-(?:out-|in-)?(?:\d+q-)?(?:nq|q)(\d+|-default)$/;

/** Queue (or network-qos class) number of a system class: c-out-8q-q3 → 3, c-8q-nq-default → 0. */
export function systemClassQueue(name: string): number | undefined {
  const m = QUEUE_CLASS.exec(name.toLowerCase());
  if (!m) return undefined;
  return m[1] === '-default' ? 0 : Number(m[1]);
}
