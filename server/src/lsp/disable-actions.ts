import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { dialectModule } from '../dialects/registry';
import { disableFileEdit, disableLineEdit } from '../engine/disable-comments';
import type { Dialect } from '../model/types';
import type { Finding, TextEdit } from '../rules/types';

/** Findings about disable comments themselves: silencing them would hide a comment that does nothing. */
const ABOUT_COMMENTS = new Set(['workspace/unused-disable', 'workspace/invalid-disable']);

export interface DisableEnv {
  /** The dialect of a config file; undefined for other files (intent, topology), whose comments the engine does not read. */
  dialect(uri: string): Dialect | undefined;
  /** The file's text as last linted. */
  text(uri: string): string | undefined;
  /** Turns edits into the client's WorkspaceEdit (line endings of the target file). */
  edit(edits: TextEdit[]): CodeAction['edit'];
}

/**
 * "Disable <rule> for this line" and "… for the entire file": a `fabric-lint-disable-next-line` comment above the
 * finding's line, or a `fabric-lint-disable` comment at the top, in the comment syntax of the file's dialect.
 */
export function disableActions(finding: Finding, diagnostic: Diagnostic, env: DisableEnv): CodeAction[] {
  if (ABOUT_COMMENTS.has(finding.ruleId)) return [];
  const uri = finding.loc.uri;
  const dialect = env.dialect(uri);
  const text = env.text(uri);
  if (dialect === undefined || text === undefined) return [];
  const prefix = dialectModule(dialect).lineComment;
  if (prefix === null) return [];
  const line = finding.loc.range.start.line;
  return [
    action(`Disable ${finding.ruleId} for this line`, disableLineEdit(uri, text, line, finding.ruleId, prefix), diagnostic, env),
    action(`Disable ${finding.ruleId} for the entire file`, disableFileEdit(uri, text, finding.ruleId, prefix), diagnostic, env),
  ];
}

function action(title: string, edit: TextEdit, diagnostic: Diagnostic, env: DisableEnv): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: env.edit([edit]) };
}
