import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { comparePositions, type Range } from '../model/location';
import type { Finding, Fix, TextEdit } from '../rules/types';
import { diagnosticData, findingKey } from './diagnostics';

/** Applies every preferred fix of one file; `editor.codeActionsOnSave: {"source.fixAll.fabric-lint": "explicit"}`. */
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
        const key = editsKey(fix.edits);
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
  }

  // Explicitly requested only: VS Code asks for source.fixAll on save and from the "Source Action…" menu.
  if (only && wants(FIX_ALL_KIND)) {
    const fixes = preferredFixes(findings);
    if (fixes.length > 0) {
      actions.push({
        title: `Fix all auto-fixable fabric-lint problems in this file (${fixes.length})`,
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(fixes.flatMap((f) => f.edits), env),
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
 * The preferred fix of every finding, skipping any fix that would touch text another chosen fix
 * already edits (two findings on one line): applying them all must stay well-defined.
 */
export function preferredFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.isPreferred && x.edits.length > 0);
    if (!fix) continue;
    const sig = JSON.stringify(fix.edits);
    if (seen.has(sig)) continue;
    if (fix.edits.some((e) => taken.some((t) => t.uri === e.uri && overlaps(t.range, e.range)))) continue;
    seen.add(sig);
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/** Edits grouped per file; versioned `documentChanges` when the client supports them. */
export function workspaceEdit(edits: readonly TextEdit[], env: Pick<CodeActionEnv, 'version' | 'documentChanges' | 'clientUri'>): WorkspaceEdit {
  const byUri = new Map<string, LspTextEdit[]>();
  for (const e of edits) {
    const uri = env.clientUri ? env.clientUri(e.uri) : e.uri;
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, (list = []));
    list.push({ range: e.range, newText: e.newText });
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

/** Ranges share text, or are insertions at the same point (whose order would be ambiguous). */
function overlaps(a: Range, b: Range): boolean {
  if (comparePositions(a.start, b.start) === 0) return true;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

function editsKey(edits: readonly TextEdit[]): string {
  return edits
    .map((e) => `${e.uri}:${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}=${e.newText}`)
    .sort()
    .join('\n');
}
