import {
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  TextEdit as LspTextEditOps,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { fixAll, editsKey } from '../engine/fix-loop';
import { eolOf, withEol, type Eol } from '../engine/source-text';
import type { Workspace } from '../engine/workspace';
import { comparePositions, type Range } from '../model/location';
import { lineDiff } from '../output/apply-fixes';
import type { Finding, TextEdit } from '../rules/types';
import { diagnosticData, findingKey } from './diagnostics';
import { disableActions, type DisableEnv } from './disable-actions';
import type { Dialect } from '../model/types';

/**
 * Applies every preferred fix of one file, in as many passes as the engine's fix loop needs, sent as one
 * edit per run of changed lines; `editor.codeActionsOnSave: {"source.fixAll.fabric-lint": "explicit"}`.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fabric-lint`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export interface CodeActionEnv {
  /** Findings of the last lint for this uri. */
  findings(uri: string): readonly Finding[];
  /** Version of the open document the findings were computed from; null for files read from disk. */
  version(uri: string): number | null;
  /** The client's spelling of a uri (open documents); edits must name the document the client has. */
  clientUri?(uri: string): string;
  /** The client takes `documentChanges` (versioned edits) rather than `changes`. */
  documentChanges: boolean;
  /** The engine's spelling of a uri (findings name files by it). */
  canonical(uri: string): string;
  /** Text of a file as last linted: the line ending of edits follows it. */
  text(uri: string): string | undefined;
  /** A copy of the linted workspace to run fix-all on. */
  scratch(): Workspace | undefined;
  /** The dialect of a config file (undefined for other files): disable comments are written in its syntax. */
  dialect(uri: string): Dialect | undefined;
  /** What disable actions need besides (lsp/disable-actions.ts). */
  disable: Pick<DisableEnv, 'hostname' | 'intent'>;
  /** The client can create files (workspace edits with resource operations). */
  createFiles: boolean;
}

export function provideCodeActions(params: CodeActionParams, env: CodeActionEnv): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const findings = env.findings(uri);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    // Two findings on one line often propose the same change (raise this MTU); one action then fixes
    // both, so that "auto fix" has a single preferred action to apply.
    const byEdits = new Map<string, CodeAction>();
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingFor(diagnostic, findings);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        if (fix.edits.length === 0) continue;
        // A file the fix edits changed on disk since the lint (or went away): its ranges may no longer fit, and the
        // lint that the file watcher's event starts offers the fix again on the new text.
        if (fix.edits.some((e) => env.text(e.uri) === undefined)) continue;
        const key = editsKey(fix);
        const same = byEdits.get(key);
        if (same) {
          if (!same.diagnostics?.includes(diagnostic)) same.diagnostics?.push(diagnostic);
          if (fix.isPreferred) same.isPreferred = true;
          continue;
        }
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(fix.edits, env),
        };
        if (fix.isPreferred) action.isPreferred = true;
        byEdits.set(key, action);
        actions.push(action);
      }
    }
    // After the fixes: silencing is the last resort. One action per rule and line, whatever the number of diagnostics.
    const disables = new Set<string>();
    const denv: DisableEnv = {
      ...env.disable,
      dialect: (u) => env.dialect(u),
      text: (u) => env.text(u),
      edit: (e) => workspaceEdit(e, env),
      create: (uri, text) =>
        env.createFiles
          ? {
              documentChanges: [
                CreateFile.create(uri, { ignoreIfExists: true }),
                TextDocumentEdit.create({ uri, version: null }, [LspTextEditOps.insert({ line: 0, character: 0 }, text)]),
              ],
            }
          : undefined,
    };
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingFor(diagnostic, findings);
      if (!finding) continue;
      for (const a of disableActions(finding, diagnostic, denv)) {
        const key = `${a.title}\u0000${finding.loc.range.start.line}`;
        if (disables.has(key)) continue;
        disables.add(key);
        actions.push(a);
      }
    }
  }

  // Explicitly requested only: VS Code asks for source.fixAll on save and from the "Source Action…" menu.
  if (only && wants(FIX_ALL_KIND) && findings.some((f) => f.fixes.some((x) => x.isPreferred))) {
    const ws = env.scratch();
    const target = env.canonical(uri);
    const loop = ws ? fixAll(ws, { findings: (f) => f.loc.uri === target }) : undefined;
    if (loop && loop.changed.size > 0) {
      const edits = [...loop.changed].flatMap(([file, { before, after }]) => lineDiff(before, after).map((e) => ({ uri: file, ...e })));
      actions.push({
        title: `Fix all auto-fixable fabric-lint problems in this file (${loop.fixed})`,
        kind: FIX_ALL_KIND,
        // The fixed texts already have each file's line endings (the fix loop applied them).
        edit: workspaceEdit(edits, env, false),
      });
    }
  }
  return actions;
}

/** The finding a diagnostic was made from: by key, else (clients that drop `data`) by rule and range. */
export function findingFor(diagnostic: Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const data = diagnosticData(diagnostic);
  if (!data) return undefined;
  if (data.key) {
    const byKey = findings.find((f) => findingKey(f) === data.key);
    if (byKey) return byKey;
  }
  return findings.find((f) => f.ruleId === data.ruleId && sameRange(f.loc.range, diagnostic.range));
}

/**
 * Edits grouped per file; versioned `documentChanges` when the client supports them. Line breaks in the
 * new text take the line ending of the file they land in, as `--fix` does.
 */
export function workspaceEdit(
  edits: readonly TextEdit[],
  env: Pick<CodeActionEnv, 'version' | 'documentChanges' | 'clientUri' | 'text'>,
  adaptEol = true,
): WorkspaceEdit {
  const byUri = new Map<string, LspTextEdit[]>();
  const eols = new Map<string, Eol>();
  for (const e of edits) {
    const uri = env.clientUri ? env.clientUri(e.uri) : e.uri;
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, (list = []));
    let eol = eols.get(e.uri);
    if (!eol) eols.set(e.uri, (eol = eolOf(env.text(e.uri) ?? '')));
    list.push({ range: e.range, newText: adaptEol ? withEol(e.newText, eol) : e.newText });
  }
  for (const list of byUri.values()) list.sort((a, b) => comparePositions(a.range.start, b.range.start));
  if (env.documentChanges) {
    return { documentChanges: [...byUri].map(([uri, list]) => TextDocumentEdit.create({ uri, version: env.version(uri) }, list)) };
  }
  return { changes: Object.fromEntries(byUri) };
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
