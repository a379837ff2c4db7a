/**
 * `fabric-lint-disable-next-line <rule-id>…` and `fabric-lint-disable <rule-id>…` comments: reading them from a
 * file (with the comment character its dialect module declares, `DialectModule.lineComment`) and applying them to
 * the findings of a lint. Applied where findings leave the engine (`Workspace.lint`), so the CLI, its JSON and SARIF
 * reports and the language server all honour them. A comment that silences nothing, or names no rule, is itself
 * reported (`workspace/unused-disable`, `workspace/invalid-disable`).
 */
import type { Loc, Position, Range } from '../model/location';
import { suggest } from '../model/edit-distance';
import { LineIndex } from '../model/line-index';
import type { Finding, Fix, TextEdit } from '../rules/types';
import { engineFinding } from './engine-findings';

export const DISABLE_NEXT_LINE = 'fabric-lint-disable-next-line';
export const DISABLE_FILE = 'fabric-lint-disable';

/** One rule id as written in a disable comment. */
export interface DisabledRule {
  id: string;
  range: Range;
}

/** One disable comment of a file. */
export interface DisableComment {
  kind: 'next-line' | 'file';
  /** The line the comment is on. */
  line: number;
  /** From the comment character to the end of the line's text. */
  range: Range;
  /** The line a next-line comment silences: the next line that is not itself a disable comment (they stack). */
  target: number;
  /** The rule ids it names, in order; empty: every rule. */
  rules: DisabledRule[];
  /** What follows ` -- `: why the finding is silenced (SARIF's justification). */
  reason?: string;
  /** Set when the directive word is misspelt (`fabric-lint-disable-nextline`): the comment silences nothing. */
  malformed?: string;
  /** Where the text of the line ends and where the next line starts (to remove the whole line). */
  lineEnd: Position;
  nextLineStart: Position | undefined;
}

/**
 * Every disable comment in a text, for a dialect whose line comments start with `prefix`. One pass over the
 * lines; nothing here is a pattern built from the file.
 */
export function readDisableComments(text: string, prefix: string): DisableComment[] {
  const out: DisableComment[] = [];
  let start = 0;
  let line = 0;
  let pendingTargets: DisableComment[] = [];
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const comment = readLine(text, start, contentEnd, line, prefix);
    if (comment) {
      comment.nextLineStart = last ? undefined : { line: line + 1, character: 0 };
      out.push(comment);
      if (comment.kind === 'next-line') pendingTargets.push(comment);
    } else if (pendingTargets.length > 0) {
      for (const c of pendingTargets) c.target = line;
      pendingTargets = [];
    }
    if (last) break;
    start = end + 1;
    line++;
  }
  // Comments at the very end silence nothing; they point past the text.
  for (const c of pendingTargets) c.target = line + 1;
  return out;
}

function readLine(text: string, start: number, end: number, line: number, prefix: string): DisableComment | undefined {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (!text.startsWith(prefix, i)) return undefined;
  const commentStart = i;
  i += prefix.length;
  // `!! fabric-lint-disable …` and `#   fabric-lint-disable …` are the same comment.
  for (;;) {
    if (text.startsWith(prefix, i)) i += prefix.length;
    else if (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    else break;
  }
  if (!text.startsWith(DISABLE_FILE, i)) return undefined;
  let wordEnd = i;
  while (wordEnd < end && text[wordEnd] !== ' ' && text[wordEnd] !== '\t') wordEnd++;
  const word = text.slice(i, wordEnd);
  const pos = (offset: number): Position => ({ line, character: offset - start });
  const comment: DisableComment = {
    kind: word === DISABLE_NEXT_LINE ? 'next-line' : 'file',
    line,
    range: { start: pos(commentStart), end: pos(end) },
    target: line + 1,
    rules: [],
    lineEnd: pos(end),
    nextLineStart: undefined,
  };
  if (word !== DISABLE_NEXT_LINE && word !== DISABLE_FILE) {
    comment.malformed = word;
    return comment;
  }
  // Rule ids up to ` -- ` (the reason), separated by commas and/or blanks.
  // Searched within the line only: a search running on to the end of the text would make many comments quadratic.
  const dashes = text.slice(wordEnd, end).indexOf(' --');
  const idsEnd = dashes >= 0 ? wordEnd + dashes : end;
  if (idsEnd < end) {
    const reason = text.slice(idsEnd + 3, end).trim();
    if (reason) comment.reason = reason;
  }
  let j = wordEnd;
  while (j < idsEnd) {
    while (j < idsEnd && (text[j] === ' ' || text[j] === '\t' || text[j] === ',')) j++;
    const idStart = j;
    while (j < idsEnd && text[j] !== ' ' && text[j] !== '\t' && text[j] !== ',') j++;
    if (j > idStart) comment.rules.push({ id: text.slice(idStart, j), range: { start: pos(idStart), end: pos(j) } });
  }
  return comment;
}

/** An intent `ignore.findings` entry: the disable comment of files without comments (SONiC JSON). */
export interface IgnoreEntry {
  rule: string;
  device: string;
  /** True for a finding located in a file of a device the entry names. */
  covers(uri: string): boolean;
  loc: Loc;
}

/** A silenced finding; `external`: by the intent file, not a comment in the finding's own file (SARIF's suppression kinds). */
export interface Silenced {
  finding: Finding;
  reason?: string;
  external?: true;
}

export interface SilenceResult {
  /** The findings nothing silences. */
  kept: Finding[];
  /** The findings a comment or an intent entry silenced, each with the comment's reason (SARIF reports them as suppressed). */
  silenced: Silenced[];
  /** workspace/unused-disable and workspace/invalid-disable findings about the comments themselves. */
  about: Finding[];
}

/**
 * Applies each file's disable comments to the findings located in that file (a cross-file finding is silenced at
 * its own location, not at its related ones). `linted`: files whose findings are complete in this lint; only their
 * comments can be called unused.
 */
export function silence(
  findings: readonly Finding[],
  comments: ReadonlyMap<string, readonly DisableComment[]>,
  knownRuleIds: ReadonlySet<string>,
  linted: (uri: string) => boolean,
  ignores: readonly IgnoreEntry[] = [],
  allLinted = true,
): SilenceResult {
  const used = new Set<DisabledRule | DisableComment | IgnoreEntry>();
  const byFile = new Map<string, { file: DisableComment[]; byLine: Map<number, DisableComment[]> }>();
  for (const [uri, list] of comments) {
    const entry = { file: [] as DisableComment[], byLine: new Map<number, DisableComment[]>() };
    for (const c of list) {
      if (c.malformed) continue;
      if (c.kind === 'file') entry.file.push(c);
      else {
        const at = entry.byLine.get(c.target);
        if (at) at.push(c);
        else entry.byLine.set(c.target, [c]);
      }
    }
    byFile.set(uri, entry);
  }
  const kept: Finding[] = [];
  const silenced: SilenceResult['silenced'] = [];
  for (const f of findings) {
    const entry = byFile.get(f.loc.uri);
    const match = entry ? (matching(entry.byLine.get(f.loc.range.start.line), f.ruleId, used) ?? matching(entry.file, f.ruleId, used)) : undefined;
    if (match) {
      silenced.push(match.reason !== undefined ? { finding: f, reason: match.reason } : { finding: f });
      continue;
    }
    const ignore = ignores.find((e) => e.rule === f.ruleId && e.covers(f.loc.uri));
    if (ignore) {
      used.add(ignore);
      silenced.push({ finding: f, reason: `ignore.findings: ${ignore.rule} on ${ignore.device}`, external: true });
    } else kept.push(f);
  }
  const about: Finding[] = [];
  for (const [uri, list] of comments) {
    for (const c of list) about.push(...judge(uri, c, used, knownRuleIds, linted(uri)));
  }
  // Unknown rule ids in the intent are the intent's own warnings (intent/semantic-checks.ts).
  if (allLinted) {
    for (const e of ignores) {
      if (!used.has(e) && knownRuleIds.has(e.rule))
        about.push(engineFinding('workspace/unused-disable', 'unusedIgnore', { rule: e.rule, device: e.device }, e.loc));
    }
  }
  return { kept, silenced, about };
}

/** The first comment that silences this rule, marking what it used. */
function matching(
  list: readonly DisableComment[] | undefined,
  ruleId: string,
  used: Set<DisabledRule | DisableComment | IgnoreEntry>,
): DisableComment | undefined {
  for (const c of list ?? []) {
    if (c.rules.length === 0) {
      used.add(c);
      return c;
    }
    const r = c.rules.find((x) => x.id === ruleId);
    if (r) {
      used.add(r);
      return c;
    }
  }
  return undefined;
}

function judge(
  uri: string,
  c: DisableComment,
  used: ReadonlySet<DisabledRule | DisableComment | IgnoreEntry>,
  known: ReadonlySet<string>,
  linted: boolean,
): Finding[] {
  const directive = c.kind === 'file' ? DISABLE_FILE : DISABLE_NEXT_LINE;
  if (c.malformed) {
    return [engineFinding('workspace/invalid-disable', 'directive', { word: c.malformed }, { uri, range: c.range })];
  }
  const out: Finding[] = [];
  const unknown = c.rules.filter((r) => !known.has(r.id));
  for (const r of unknown) {
    const near = suggest(r.id, known);
    out.push(
      engineFinding('workspace/invalid-disable', near ? 'unknownRuleNear' : 'unknownRule', near ? { rule: r.id, near } : { rule: r.id }, {
        uri,
        range: r.range,
      }),
    );
  }
  if (!linted) return out;
  const wholeLine: Fix = { title: `Remove this ${directive} comment`, isPreferred: false, edits: [{ uri, range: lineRange(c), newText: '' }] };
  if (c.rules.length === 0) {
    if (!used.has(c)) out.push(unused(uri, c.range, { rules: 'any rule', directive }, wholeLine));
    return out;
  }
  const idle = c.rules.filter((r) => known.has(r.id) && !used.has(r));
  if (idle.length === 0) return out;
  if (idle.length + unknown.length === c.rules.length) {
    // Nothing on the comment is in use: the whole line goes.
    out.push(unused(uri, c.range, { rules: idle.map((r) => r.id).join(', '), directive }, wholeLine));
    return out;
  }
  for (const r of idle) {
    const i = c.rules.indexOf(r);
    // With the separator before it (or after it, for the first id), so that the list stays well formed.
    const range: Range = i > 0 ? { start: c.rules[i - 1]!.range.end, end: r.range.end } : { start: r.range.start, end: c.rules[1]!.range.start };
    out.push(
      unused(
        uri,
        r.range,
        { rules: r.id, directive },
        { title: `Remove ${r.id} from this ${directive} comment`, isPreferred: false, edits: [{ uri, range, newText: '' }] },
      ),
    );
  }
  return out;
}

function unused(uri: string, range: Range, data: Record<string, string>, fix: Fix): Finding {
  const f = engineFinding('workspace/unused-disable', 'unused', data, { uri, range });
  f.fixes = [fix];
  f.tags = ['unnecessary'];
  return f;
}

/** The comment's whole line with its line break (or, on the last line, the break before it). */
function lineRange(c: DisableComment): Range {
  if (c.nextLineStart) return { start: { line: c.line, character: 0 }, end: c.nextLineStart };
  if (c.line === 0) return { start: { line: 0, character: 0 }, end: c.lineEnd };
  return { start: { line: c.line - 1, character: Number.MAX_SAFE_INTEGER }, end: c.lineEnd };
}

/**
 * The edit that silences `ruleId` on `line`: a `fabric-lint-disable-next-line` comment above it, indented like it,
 * or the id added to the list of the comment already there. Line breaks are `\n`; `withEol` adapts them to the file.
 */
export function disableLineEdit(uri: string, text: string, line: number, ruleId: string, prefix: string): TextEdit {
  const existing = readDisableComments(text, prefix).find((c) => c.kind === 'next-line' && !c.malformed && c.target === line && c.rules.length > 0);
  if (existing) return { uri, range: emptyAt(existing.rules.at(-1)!.range.end), newText: `, ${ruleId}` };
  const index = new LineIndex(text);
  const [start, end] = index.lineSpan(line);
  const content = text.slice(start, end);
  const indent = content.slice(0, content.length - content.trimStart().length);
  return { uri, range: emptyAt({ line, character: 0 }), newText: `${indent}${prefix} ${DISABLE_NEXT_LINE} ${ruleId}\n` };
}

/**
 * The edit that silences `ruleId` in the whole file: the id added to the file's `fabric-lint-disable` comment, or
 * a new one at the top (under a `fabric-lint: dialect=` marker, which detection looks for in the first lines).
 */
export function disableFileEdit(uri: string, text: string, ruleId: string, prefix: string): TextEdit {
  const existing = readDisableComments(text, prefix).find((c) => c.kind === 'file' && !c.malformed && c.rules.length > 0);
  if (existing) return { uri, range: emptyAt(existing.rules.at(-1)!.range.end), newText: `, ${ruleId}` };
  const nl = text.indexOf('\n');
  const line = nl >= 0 && /fabric-lint:\s*dialect\s*=/i.test(text.slice(0, nl)) ? 1 : 0;
  return { uri, range: emptyAt({ line, character: 0 }), newText: `${prefix} ${DISABLE_FILE} ${ruleId}\n` };
}

function emptyAt(p: Position): Range {
  return { start: p, end: p };
}
