import { fileURLToPath } from 'node:url';
import {
  FileChangeType,
  type CodeActionParams,
  type DidChangeTextDocumentParams,
  type DidChangeWorkspaceFoldersParams,
  type DidCloseTextDocumentParams,
  type DidOpenTextDocumentParams,
  type DidSaveTextDocumentParams,
  type FileEvent,
  type Position,
  type Range,
  type TextDocumentPositionParams,
  type WorkspaceFolder,
} from 'vscode-languageserver';

/**
 * Shape checks for every message the server accepts. A client bug (or a hostile peer) must cost one
 * ignored message, never the server's state: each check returns the params narrowed to what the
 * handlers rely on, or a reason to log and drop the message.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(reason: string): Checked<T> => ({ ok: false, reason });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** LSP's uinteger: line and character numbers, versions. */
function isUInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isPosition(v: unknown): v is Position {
  return isRecord(v) && isUInt(v.line) && isUInt(v.character);
}

function isRange(v: unknown): v is Range {
  return isRecord(v) && isPosition(v.start) && isPosition(v.end);
}

/** A uri the server can act on: a string with a scheme. Whether it is local is decided later (localPath). */
function isUri(v: unknown): v is string {
  return typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v) && v.length < 32 * 1024;
}

function docUri(params: unknown): Checked<string> {
  if (!isRecord(params)) return bad('params is not an object');
  const td = params.textDocument;
  if (!isRecord(td) || !isUri(td.uri)) return bad('textDocument.uri is missing or not a uri');
  return ok(td.uri);
}

/**
 * The local path of a `file:` uri, or undefined: other schemes, and `file://host/…` (a remote share,
 * which the server must not reach out to), have none.
 */
export function localPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const url = new URL(uri);
    if (url.hostname !== '' && url.hostname !== 'localhost') return undefined;
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

export function checkDidOpen(p: unknown): Checked<DidOpenTextDocumentParams> {
  const uri = docUri(p);
  if (!uri.ok) return bad(uri.reason);
  const td = (p as { textDocument: Record<string, unknown> }).textDocument;
  if (typeof td.text !== 'string') return bad('textDocument.text is not a string');
  if (typeof td.version !== 'number' || !Number.isSafeInteger(td.version)) return bad('textDocument.version is not an integer');
  if (typeof td.languageId !== 'string') return bad('textDocument.languageId is not a string');
  return ok(p as DidOpenTextDocumentParams);
}

/** `currentVersion`: the version of the open document, undefined when it is not open. */
export function checkDidChange(p: unknown, currentVersion: (uri: string) => number | undefined): Checked<DidChangeTextDocumentParams> {
  const uri = docUri(p);
  if (!uri.ok) return bad(uri.reason);
  const params = p as { textDocument: Record<string, unknown>; contentChanges: unknown };
  const version = params.textDocument.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return bad('textDocument.version is not an integer');
  const current = currentVersion(uri.value);
  if (current === undefined) return bad(`${uri.value} is not open`);
  if (version < current) return bad(`version ${version} of ${uri.value} is older than the open document's ${current}`);
  if (!Array.isArray(params.contentChanges)) return bad('contentChanges is not an array');
  for (const c of params.contentChanges) {
    if (!isRecord(c) || typeof c.text !== 'string') return bad('a content change has no text');
    if (c.range !== undefined && !isRange(c.range)) return bad('a content change has a malformed range');
    if (isRange(c.range) && comparePositions(c.range.start, c.range.end) > 0) return bad('a content change ends before it starts');
  }
  return ok(p as DidChangeTextDocumentParams);
}

export function checkDidClose(p: unknown): Checked<DidCloseTextDocumentParams> {
  const uri = docUri(p);
  return uri.ok ? ok(p as DidCloseTextDocumentParams) : bad(uri.reason);
}

export function checkDidSave(p: unknown): Checked<DidSaveTextDocumentParams> {
  const uri = docUri(p);
  return uri.ok ? ok(p as DidSaveTextDocumentParams) : bad(uri.reason);
}

/** Keeps the well-formed events of a watched-files notification; drops the rest. */
export function checkWatchedFiles(p: unknown): Checked<FileEvent[]> {
  if (!isRecord(p) || !Array.isArray(p.changes)) return bad('changes is not an array');
  const types: unknown[] = [FileChangeType.Created, FileChangeType.Changed, FileChangeType.Deleted];
  const events = p.changes.filter((c): c is FileEvent => isRecord(c) && isUri(c.uri) && types.includes(c.type));
  if (events.length < p.changes.length) return events.length ? ok(events) : bad('no well-formed file event');
  return ok(events);
}

export function checkWorkspaceFolders(p: unknown): Checked<DidChangeWorkspaceFoldersParams['event']> {
  if (!isRecord(p) || !isRecord(p.event)) return bad('event is not an object');
  const { added, removed } = p.event;
  const folders = (v: unknown): v is WorkspaceFolder[] => Array.isArray(v) && v.every((f) => isRecord(f) && isUri(f.uri));
  if (!folders(added) || !folders(removed)) return bad('added/removed are not lists of workspace folders');
  return ok({ added, removed });
}

export function checkPositionParams(p: unknown): Checked<TextDocumentPositionParams> {
  const uri = docUri(p);
  if (!uri.ok) return bad(uri.reason);
  if (!isPosition((p as Record<string, unknown>).position)) return bad('position is malformed');
  return ok(p as TextDocumentPositionParams);
}

export function checkCodeAction(p: unknown): Checked<CodeActionParams> {
  const uri = docUri(p);
  if (!uri.ok) return bad(uri.reason);
  const params = p as Record<string, unknown>;
  if (!isRange(params.range)) return bad('range is malformed');
  const context = params.context;
  if (!isRecord(context) || !Array.isArray(context.diagnostics)) return bad('context.diagnostics is not an array');
  if (!context.diagnostics.every((d) => isRecord(d) && isRange(d.range) && typeof d.message === 'string')) return bad('a diagnostic is malformed');
  if (context.only !== undefined && !(Array.isArray(context.only) && context.only.every((k) => typeof k === 'string')))
    return bad('context.only is not a list of kinds');
  return ok(p as CodeActionParams);
}

/** Requests about a whole document (textDocument/codeLens). */
export function checkDocumentParams(p: unknown): Checked<{ textDocument: { uri: string } }> {
  const uri = docUri(p);
  return uri.ok ? ok(p as { textDocument: { uri: string } }) : bad(uri.reason);
}

/** Requests about a range of a document (textDocument/inlayHint). */
export function checkRangeParams(p: unknown): Checked<{ textDocument: { uri: string }; range: Range }> {
  const uri = docUri(p);
  if (!uri.ok) return bad(uri.reason);
  if (!isRange((p as Record<string, unknown>).range)) return bad('range is malformed');
  return ok(p as { textDocument: { uri: string }; range: Range });
}

export function checkUriParams(p: unknown): Checked<{ uri: string }> {
  return isRecord(p) && isUri(p.uri) ? ok({ uri: p.uri }) : bad('uri is missing or not a uri');
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** `fabricLint/fabricGraph`: params may be absent; `ends` is one of full, brief, auto. */
export function checkFabricGraphParams(p: unknown): Checked<{ ends: 'full' | 'brief' | 'auto' }> {
  if (p === undefined || p === null) return ok({ ends: 'auto' });
  if (!isRecord(p)) return bad('params is not an object');
  if (p.ends === undefined) return ok({ ends: 'auto' });
  return p.ends === 'full' || p.ends === 'brief' || p.ends === 'auto' ? ok({ ends: p.ends }) : bad('ends is not full, brief or auto');
}

/** `fabricLint/fabricLink`: both ends as device and interface names. */
export function checkFabricLinkParams(p: unknown): Checked<{ a: { device: string; interface: string }; b: { device: string; interface: string } }> {
  if (!isRecord(p)) return bad('params is not an object');
  const end = (e: unknown): { device: string; interface: string } | undefined =>
    isRecord(e) && typeof e.device === 'string' && typeof e.interface === 'string' && e.device.length < 4096 && e.interface.length < 4096
      ? { device: e.device, interface: e.interface }
      : undefined;
  const a = end(p.a);
  const b = end(p.b);
  return a && b ? ok({ a, b }) : bad('a and b must each name a device and an interface');
}

export function checkWorkspaceSymbol(p: unknown): Checked<{ query: string }> {
  return isRecord(p) && typeof p.query === 'string' ? ok({ query: p.query }) : bad('query is not a string');
}

export function checkRename(p: unknown): Checked<TextDocumentPositionParams & { newName: string }> {
  const c = checkPositionParams(p);
  if (!c.ok) return c;
  const newName = (p as Record<string, unknown>).newName;
  return typeof newName === 'string' ? ok({ ...c.value, newName }) : bad('newName is not a string');
}
