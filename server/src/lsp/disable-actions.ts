import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { dialectModule } from '../dialects/registry';
import { disableFileEdit, disableLineEdit } from '../engine/disable-comments';
import type { Dialect } from '../model/types';
import type { Finding, TextEdit } from '../rules/types';
import { ignoreFindingEdit } from '../intent/write-ignore';

/** Findings about disable comments themselves: silencing them would hide a comment that does nothing. */
const ABOUT_COMMENTS = new Set(['workspace/unused-disable', 'workspace/invalid-disable']);

export interface DisableEnv {
  /** The dialect of a config file; undefined for other files (intent, topology), whose comments the engine does not read. */
  dialect(uri: string): Dialect | undefined;
  /** The file's text as last linted. */
  text(uri: string): string | undefined;
  /** Turns edits into the client's WorkspaceEdit (line endings of the target file). */
  edit(edits: TextEdit[]): CodeAction['edit'];
  /** The hostname of the device a config file became. */
  hostname(uri: string): string | undefined;
  /** Where the intent file is (or would be), its name as the user wrote it in settings, and its text when it exists. */
  intent(): { uri: string; name: string; text: string | undefined } | undefined;
  /** A WorkspaceEdit that creates a file with this text; undefined when the client cannot create files. */
  create(uri: string, text: string): CodeAction['edit'] | undefined;
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
  if (prefix === null) return ignoreAction(finding, diagnostic, env);
  const line = finding.loc.range.start.line;
  return [
    action(`Disable ${finding.ruleId} for this line`, disableLineEdit(uri, text, line, finding.ruleId, prefix), diagnostic, env),
    action(`Disable ${finding.ruleId} for the entire file`, disableFileEdit(uri, text, finding.ruleId, prefix), diagnostic, env),
  ];
}

function action(title: string, edit: TextEdit, diagnostic: Diagnostic, env: DisableEnv): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: env.edit([edit]) };
}

/**
 * For a format without comments (SONiC config_db.json): an `ignore.findings` entry in the intent file for this rule on
 * this device, created with the file when there is none. Offered only where the entry can be written byte-exactly.
 */
function ignoreAction(finding: Finding, diagnostic: Diagnostic, env: DisableEnv): CodeAction[] {
  const host = env.hostname(finding.loc.uri);
  const intent = env.intent();
  if (!host || !intent) return [];
  const made = ignoreFindingEdit(intent.uri, intent.text ?? '', finding.ruleId, host);
  if ('declined' in made) return [];
  const edit = intent.text === undefined ? env.create(intent.uri, made.edit.newText) : env.edit([made.edit]);
  if (!edit) return [];
  const title = `Ignore ${finding.ruleId} on ${host} in ${intent.name} (JSON has no comments)`;
  return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit }];
}
