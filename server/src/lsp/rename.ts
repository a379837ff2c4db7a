import { ErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { dialectModule } from '../dialects/registry';
import type { Loc, Position } from '../model/location';
import type { Device } from '../model/types';
import { kindText } from '../rules/qos/symbols';
import type { TextEnv } from './hover';
import { contains, requestDevice } from './navigation';
import { nameLocsOf, refLocsOf, structureAt, type StructureUses } from './symbol-uses';

/**
 * Rename of a named QoS structure (class-map, policy-map, qos profile, Junos classifier, scheduler …) across its
 * definitions and uses in one file. Only the name is edited, byte for byte (line endings, BOM and the rest stay).
 * Refused, with the reason, where it cannot be safe: a kind whose uses the reader does not all locate, a name the
 * platform defines itself, an invalid or already used new name, or the old name written somewhere fabric-lint
 * does not read as a use (a comment, a command it does not read), which the rename would leave behind.
 */
export interface RenameEnv extends TextEnv {
  /** The version of the open document the last lint saw (null for disk content), for versioned edits. */
  version(uri: string): number | null;
  documentChanges: boolean;
}

interface Plan {
  device: Device;
  uses: StructureUses;
  /** The ranges of the name, each checked against the text. */
  ranges: Range[];
  text: string;
}

export function prepareRename(params: PrepareRenameParams, env: RenameEnv): { range: Range; placeholder: string } | null {
  const plan = planRename(params, env);
  if (!plan) return null;
  const at = plan.uses.at?.range ?? plan.ranges[0]!;
  return { range: nameRange(plan.text, lineStarts(plan.text), at, plan.uses.name) ?? at, placeholder: plan.uses.name };
}

export function provideRename(params: RenameParams, env: RenameEnv): WorkspaceEdit | null {
  const plan = planRename(params, env);
  if (!plan) return null;
  const { device, uses } = plan;
  const nav = dialectModule(device.dialect).navigation;
  const newName = params.newName;
  if (newName === uses.name) return { changes: {} };
  const invalid = nav.invalidName(uses.kind, newName);
  if (invalid) refuse(`Cannot rename to "${newName}": ${invalid}.`);
  const clash = device.symbols.defs.find((d) => d.kind === uses.kind && d.name === newName && d.table === uses.table);
  if (clash) refuse(`Cannot rename to "${newName}": ${what(uses)} ${newName} is already defined on line ${clash.loc.range.start.line + 1}.`);
  const edits: TextEdit[] = plan.ranges.map((range) => ({ range, newText: newName }));
  const uri = env.clientUri(device.uri);
  if (env.documentChanges) return { documentChanges: [{ textDocument: { uri, version: env.version(device.uri) }, edits }] };
  return { changes: { [uri]: edits } };
}

function planRename(params: PrepareRenameParams, env: RenameEnv): Plan | null {
  const at = requestDevice(env, params.textDocument.uri);
  if (!at) return null;
  const { device } = at;
  const uses = structureAt(device, params.position);
  if (!uses) return systemClassAt(device, params.position);
  const text = env.text(params.textDocument.uri);
  if (text === undefined) return null;
  const nav = dialectModule(device.dialect).navigation;
  if (!nav.renamable.has(uses.kind)) refuse(`fabric-lint does not rename a ${what(uses)}: it does not locate every use of one.`);
  if (nav.isBuiltin(uses.kind, uses.name) || uses.refs.some((r) => r.builtin) || device.qos.policyMaps.some((p) => p.builtin && p.name === uses.name)) {
    refuse(`${uses.name} is a name the platform defines itself; it cannot be renamed.`);
  }
  if (uses.defs.length === 0) refuse(`${what(uses)} ${uses.name} is not defined in this file; rename its definition where it is.`);
  const locs = uniqueLocs([...uses.defs.flatMap(nameLocsOf), ...uses.refs.flatMap(refLocsOf)]).filter((l) => l.uri === device.uri);
  const ranges: Range[] = [];
  const starts = lineStarts(text);
  for (const l of locs) {
    const r = nameRange(text, starts, l.range, uses.name);
    if (!r) refuse(`${uses.name} is not written as such on line ${l.range.start.line + 1}; rename it by hand.`);
    ranges.push(r);
  }
  const stray = strayOccurrence(text, starts, uses.name, ranges);
  if (stray !== undefined) {
    refuse(
      `${uses.name} is also written on line ${stray + 1}, where fabric-lint does not read it as a use of this ${what(uses)}; renaming would leave it behind.`,
    );
  }
  return { device, uses, ranges, text };
}

/** No structure under the cursor: a class the platform defines (NX-OS `c-out-8q-q3`, `class-default`) is refused by name. */
function systemClassAt(device: Device, pos: Position): null {
  const nav = dialectModule(device.dialect).navigation;
  for (const pm of device.qos.policyMaps) {
    const c = pm.classes.find((x) => x.loc.uri === device.uri && contains(x.loc.range, pos));
    if (c && nav.isBuiltin('class-map', c.name)) refuse(`${c.name} is a class the platform defines itself; it cannot be renamed.`);
  }
  return null;
}

function refuse(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidRequest, message);
}

function what(uses: StructureUses): string {
  const subtype = uses.defs[0]?.subtype;
  return kindText({ kind: uses.kind, ...(subtype ? { subtype } : {}), ...(uses.table ? { table: uses.table } : {}) });
}

/** Line starts of a text, for offsets. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The range of `name` inside `range` as the text writes it: the whole range, its inside when quoted, or the one
 * place it stands as a whole word in it (`[SCHEDULER|scheduler.1]`, a header line).
 */
function nameRange(text: string, starts: number[], range: Range, name: string): Range | undefined {
  const off = (p: Range['start']): number => (starts[p.line] ?? text.length) + p.character;
  const from = off(range.start);
  const slice = text.slice(from, off(range.end));
  const hits = wordHits(slice, name);
  if (hits.length !== 1) return undefined;
  const at = from + hits[0]!;
  const pos = (o: number): Range['start'] => {
    let line = range.start.line;
    while (line + 1 < starts.length && starts[line + 1]! <= o) line++;
    return { line, character: o - starts[line]! };
  };
  return { start: pos(at), end: pos(at + name.length) };
}

/** A character that can be part of a name: a hit next to one is part of a longer name (`ROCE` in `ROCE_CLASSIFY`). */
function nameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_.\-/@+*]/.test(c);
}

/** Offsets where `name` stands as a whole word in `text` (indexOf, never a pattern built from the name). */
function wordHits(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!nameChar(text[i - 1]) && !nameChar(text[i + name.length])) out.push(i);
  }
  return out;
}

/** The 0-based line of an occurrence of the name that no edit covers, if any. */
function strayOccurrence(text: string, starts: number[], name: string, ranges: Range[]): number | undefined {
  const covered = new Set(ranges.map((r) => `${r.start.line}:${r.start.character}`));
  let line = 0;
  for (const at of wordHits(text, name)) {
    while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
    if (!covered.has(`${line}:${at - starts[line]!}`)) return line;
  }
  return undefined;
}

function uniqueLocs(locs: Loc[]): Loc[] {
  const seen = new Set<string>();
  return locs.filter((l) => {
    const k = `${l.uri}#${l.range.start.line}:${l.range.start.character}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
