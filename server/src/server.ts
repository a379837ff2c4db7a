import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  InlayHintRefreshRequest,
  ErrorCodes,
  ResponseError,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ReferenceParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { pathToUri } from './engine/uri';
import { deviceOf } from './lsp/navigation';
import { isDialect } from './dialects/registry';
import { CODE_ACTION_KINDS, provideCodeActions } from './lsp/code-actions';
import { DocumentEdits } from './lsp/document-edits';
import { provideDefinition } from './lsp/definition';
import { provideDocumentSymbols } from './lsp/document-symbols';
import { COMPLETION_TRIGGERS, provideCompletion } from './lsp/completion';
import { provideFoldingRanges } from './lsp/folding';
import { provideReferences } from './lsp/references';
import { prepareRename, provideRename } from './lsp/rename';
import { provideWorkspaceSymbols } from './lsp/workspace-symbols';
import { provideHover, type TextEnv } from './lsp/hover';
import type { RenameEnv } from './lsp/rename';
import {
  checkCodeAction,
  checkDidChange,
  checkFabricGraphParams,
  checkFabricLinkParams,
  checkDidClose,
  checkDidOpen,
  checkDidSave,
  checkDocumentParams,
  checkPositionParams,
  checkRangeParams,
  checkUriParams,
  checkWatchedFiles,
  checkWorkspaceFolders,
  checkWorkspaceSymbol,
  checkRename,
  localPath,
  type Checked,
} from './lsp/params';
import { ClassifyRequest, FabricGraphRequest, FabricLinkRequest } from '../../shared/src/protocol';
import { provideFabricGraph, provideFabricLink } from './lsp/fabric-graph';
import { DEFAULT_SERVER_SETTINGS, normalizeSettings, SETTINGS_SECTION, type ServerSettings } from './lsp/settings';
import { provideCodeLenses, provideInlayHints, type PeerHintEnv } from './lsp/peer-hints';
import { canonical, WorkspaceSync } from './lsp/workspace-sync';

/** What the client said it can do, reduced to the flags the server acts on. */
interface ClientFlags {
  configuration: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchedFiles: boolean;
  workspaceFolders: boolean;
  relatedInformation: boolean;
  codeActionLiterals: boolean;
  documentChanges: boolean;
  diagnosticVersions: boolean;
  createFiles: boolean;
  inlayHints: boolean;
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
  prepareRename: boolean;
}

function clientFlags(c: ClientCapabilities): ClientFlags {
  return {
    configuration: c.workspace?.configuration === true,
    dynamicConfiguration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchedFiles: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    relatedInformation: c.textDocument?.publishDiagnostics?.relatedInformation === true,
    codeActionLiterals: c.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
    documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
    diagnosticVersions: c.textDocument?.publishDiagnostics?.versionSupport === true,
    createFiles: c.workspace?.workspaceEdit?.documentChanges === true && (c.workspace.workspaceEdit.resourceOperations ?? []).includes('create'),
    inlayHints: c.textDocument?.inlayHint !== undefined,
    inlayHintRefresh: c.workspace?.inlayHint?.refreshSupport === true,
    codeLensRefresh: c.workspace?.codeLens?.refreshSupport === true,
    prepareRename: c.textDocument?.rename?.prepareSupport === true,
  };
}

/** Binds every LSP handler; the work happens in lsp/workspace-sync.ts and lsp/code-actions.ts. */
export function startServer(connection: Connection): void {
  const edits = new DocumentEdits();
  const documents = new TextDocuments({ create: TextDocument.create, update: edits.update });
  let flags: ClientFlags | undefined;
  let sync: WorkspaceSync | undefined;
  let roots: string[] = [];
  /** Settings sent by clients without workspace/configuration (initializationOptions or didChangeConfiguration). */
  let pushedSettings: unknown;
  let ready: Promise<void> = Promise.resolve();
  /** The settings last read, for the handlers that a setting turns off. */
  let settings: ServerSettings = DEFAULT_SERVER_SETTINGS;

  const readSettings = async (): Promise<ServerSettings> => (settings = await fetchSettings());
  const fetchSettings = async (): Promise<ServerSettings> => {
    if (flags?.configuration) {
      try {
        const scopeUri = roots[0];
        return normalizeSettings(
          await connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SETTINGS_SECTION } : { section: SETTINGS_SECTION }),
        );
      } catch (err) {
        connection.console.warn(`workspace/configuration failed: ${(err as Error).message}; using defaults`);
      }
    }
    return normalizeSettings(pushedSettings);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    flags = clientFlags(params?.capabilities ?? {});
    roots = localRoots(rootsOf(params), connection);
    const init = params.initializationOptions as { settings?: unknown } | null | undefined;
    pushedSettings = init?.settings;
    sync = new WorkspaceSync({
      connection,
      documents,
      diagnostics: { relatedInformation: flags.relatedInformation },
      publishVersion: flags.diagnosticVersions,
      onLinted: () => refreshPeerHints(),
    });
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        // Peer hints: inlay hints where the client has them, else lenses (lsp/peer-hints.ts).
        ...(flags.inlayHints ? { inlayHintProvider: true } : { codeLensProvider: { resolveProvider: false } }),
        documentSymbolProvider: { label: 'fabric-lint' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        referencesProvider: true,
        renameProvider: flags.prepareRename ? { prepareProvider: true } : true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        ...(flags.codeActionLiterals ? { codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false } } : {}),
        ...(flags.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'fabric-lint' },
    };
    return result;
  });

  /** Logs a malformed message and tells whether to go on. */
  const accept = <T>(method: string, c: Checked<T>): c is { ok: true; value: T } => {
    if (!c.ok) connection.console.warn(`ignored malformed ${method}: ${c.reason}`);
    return c.ok;
  };

  /**
   * Disk and settings work runs in order on one chain. A failing step is logged and the chain goes on:
   * one bad message must not leave every later request waiting on a rejected promise.
   */
  const enqueue = (what: string, step: () => Promise<void> | void): void => {
    ready = ready.then(step).catch((err: unknown) => connection.console.error(`${what} failed: ${(err as Error)?.stack ?? String(err)}`));
  };

  connection.onInitialized(() => {
    const f = flags!;
    const s = sync!;
    if (f.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (f.dynamicWatchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    if (f.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((params: unknown) => {
        const c = checkWorkspaceFolders(params === undefined ? undefined : { event: params });
        if (!accept('workspace/didChangeWorkspaceFolders', c)) return;
        const removed = new Set(c.value.removed.map((w) => w.uri));
        roots = localRoots([...roots.filter((r) => !removed.has(r)), ...c.value.added.map((w) => w.uri)], connection);
        enqueue('changing workspace folders', () => s.setRoots(roots));
      });
    }
    enqueue('starting', async () => s.start(roots, await readSettings()));
  });

  connection.onDidChangeConfiguration((params: unknown) => {
    const settings = (params as { settings?: unknown } | null | undefined)?.settings;
    const pushed = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (pushed !== undefined) pushedSettings = pushed;
    enqueue('reading settings', async () => sync?.setSettings(await readSettings()));
  });

  connection.onDidChangeWatchedFiles((params: unknown) => {
    const c = checkWatchedFiles(params);
    if (!accept('workspace/didChangeWatchedFiles', c)) return;
    enqueue('reading changed files', () => sync?.filesChanged(c.value));
  });

  documents.onDidChangeContent((e) => sync?.documentChanged(e.document, edits.take(e.document.uri)));
  documents.onDidClose((e) => sync?.documentClosed(e.document));

  /** Requests wait for pending disk work and lints; a malformed one is answered with InvalidParams. */
  const settledSync = async (): Promise<WorkspaceSync | undefined> => {
    const s = sync;
    if (!s) return undefined;
    await ready;
    await s.settled();
    return s;
  };
  const checked = <T>(method: string, c: Checked<T>): T => {
    if (c.ok) return c.value;
    connection.console.warn(`rejected malformed ${method}: ${c.reason}`);
    throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${c.reason}`);
  };

  connection.onCodeAction(async (raw: unknown) => {
    const params = checked('textDocument/codeAction', checkCodeAction(raw));
    const s = await settledSync();
    if (!s) return [];
    // A closed file's text is read from disk and its digest checked on each call: once per file per request.
    const texts = new Map<string, string | undefined>();
    return provideCodeActions(params, {
      findings: (uri) => s.findings(uri),
      version: (uri) => s.lintedVersion(uri),
      clientUri: (uri) => s.clientUri(uri),
      canonical,
      text: (uri) => {
        if (!texts.has(uri)) texts.set(uri, s.text(uri));
        return texts.get(uri);
      },
      scratch: () => s.scratch(),
      dialect: (uri) => {
        const c = s.classify(uri);
        return c.kind === 'config' && c.dialect !== undefined && isDialect(c.dialect) ? c.dialect : undefined;
      },
      documentChanges: flags?.documentChanges === true,
      createFiles: flags?.createFiles === true,
      disable: {
        hostname: (uri) => {
          const last = s.lastResult();
          return last ? deviceOf(last.fabric, canonical(uri))?.hostname : undefined;
        },
        intent: () => {
          const root = roots[0] === undefined ? undefined : localPath(roots[0]);
          if (root === undefined) return undefined;
          const uri = canonical(pathToUri(path.join(root, settings.intentPath)));
          return { uri: s.clientUri(uri), name: settings.intentPath, text: s.text(uri) };
        },
      },
    });
  });

  /**
   * Hover and definition answer from the last lint at once when it saw the document's current text, even while a
   * newer lint runs; otherwise (the document changed since), and for the other requests, once pending changes are linted.
   */
  const navigation = async (uri?: string): Promise<TextEnv | undefined> => {
    await ready;
    const s = sync;
    if (!s) return undefined;
    if (uri === undefined || !s.linted(uri)) await s.settled();
    const text = (u: string): string | undefined => documents.get(u)?.getText() ?? s.text(u);
    return { result: () => s.lastResult(), canonical, clientUri: (u) => s.clientUri(u), text };
  };

  connection.onHover(async (raw: unknown) => {
    const params = checked('textDocument/hover', checkPositionParams(raw));
    const env = await navigation(params.textDocument.uri);
    return env ? provideHover(params, env) : null;
  });

  connection.onDefinition(async (raw: unknown) => {
    const params = checked('textDocument/definition', checkPositionParams(raw));
    const env = await navigation(params.textDocument.uri);
    return env ? provideDefinition(params, env) : null;
  });

  /** After a lint the fabric may differ: clients re-ask for hints (one request in flight at a time). */
  let refreshing = false;
  const refreshPeerHints = (): void => {
    const f = flags;
    if (!f || refreshing) return;
    const request = f.inlayHints
      ? f.inlayHintRefresh
        ? InlayHintRefreshRequest.type
        : undefined
      : f.codeLensRefresh
        ? CodeLensRefreshRequest.type
        : undefined;
    if (!request) return;
    refreshing = true;
    connection
      .sendRequest(request)
      .catch((err: unknown) => connection.console.warn(`${request.method} failed: ${(err as Error)?.message ?? String(err)}`))
      .finally(() => (refreshing = false));
  };
  const peerEnv = (s: WorkspaceSync): PeerHintEnv => ({ result: () => s.lastResult(), canonical, text: (uri) => s.text(uri) });

  connection.languages.inlayHint.on(async (raw: unknown) => {
    const params = checked('textDocument/inlayHint', checkRangeParams(raw));
    const s = await settledSync();
    return s && settings.peerInlayHints ? provideInlayHints(params.textDocument.uri, params.range, peerEnv(s)) : [];
  });

  connection.onCodeLens(async (raw: unknown) => {
    const params = checked('textDocument/codeLens', checkDocumentParams(raw));
    const s = await settledSync();
    return s && settings.peerCodeLens ? provideCodeLenses(params.textDocument.uri, peerEnv(s)) : [];
  });

  // Outline, fabric-wide symbol search and folding (lsp/document-symbols.ts, workspace-symbols.ts, folding.ts).
  connection.onDocumentSymbol(async (raw: unknown) => {
    const params = checked('textDocument/documentSymbol', checkDocumentParams(raw));
    const env = await navigation();
    return env ? provideDocumentSymbols(params, env) : null;
  });

  connection.onWorkspaceSymbol(async (raw: unknown) => {
    const params = checked('workspace/symbol', checkWorkspaceSymbol(raw));
    const env = await navigation();
    return env ? provideWorkspaceSymbols(params, env) : [];
  });

  connection.onFoldingRanges(async (raw: unknown) => {
    const params = checked('textDocument/foldingRange', checkDocumentParams(raw));
    const env = await navigation();
    return env ? provideFoldingRanges(params, env) : null;
  });

  // References, rename and completion (lsp/references.ts, rename.ts, completion.ts).
  connection.onReferences(async (raw: unknown) => {
    const params = checked('textDocument/references', checkPositionParams(raw));
    const env = await navigation();
    return env ? provideReferences(params as ReferenceParams, env) : null;
  });

  const renameEnv = async (): Promise<RenameEnv | undefined> => {
    const env = await navigation();
    const s = sync;
    return env && s ? { ...env, version: (uri) => s.lintedVersion(uri), documentChanges: flags?.documentChanges === true } : undefined;
  };
  connection.onPrepareRename(async (raw: unknown) => {
    const params = checked('textDocument/prepareRename', checkPositionParams(raw));
    const env = await renameEnv();
    return env ? prepareRename(params, env) : null;
  });
  connection.onRenameRequest(async (raw: unknown) => {
    const params = checked('textDocument/rename', checkRename(raw));
    const env = await renameEnv();
    return env ? provideRename(params, env) : null;
  });

  connection.onCompletion(async (raw: unknown) => {
    const params = checked('textDocument/completion', checkPositionParams(raw));
    const env = await navigation();
    return env ? provideCompletion(params, env) : null;
  });

  connection.onRequest(ClassifyRequest, async (raw: unknown) => {
    const params = checked(ClassifyRequest.method, checkUriParams(raw));
    const s = await settledSync();
    return s ? s.classify(params.uri) : { kind: 'unknown' };
  });

  connection.onRequest(FabricGraphRequest, async (raw: unknown) => {
    const params = checked(FabricGraphRequest.method, checkFabricGraphParams(raw));
    const result = (await settledSync())?.lastResult();
    return result ? provideFabricGraph(result, params.ends) : null;
  });

  connection.onRequest(FabricLinkRequest, async (raw: unknown) => {
    const params = checked(FabricLinkRequest.method, checkFabricLinkParams(raw));
    const result = (await settledSync())?.lastResult();
    return result ? provideFabricLink(result, params.a, params.b) : null;
  });

  connection.onShutdown(() => sync?.dispose());

  // A bug in a rule or the parser must cost one lint, not the server.
  process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? String(err)}`));
  process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${(err as Error)?.stack ?? String(err)}`));

  documents.listen(checkedDocumentEvents(connection, documents, accept));
  connection.listen();
}

/**
 * The connection as TextDocuments sees it, with every document notification checked first: a change
 * for a document that is not open, with a version going backwards, or with a malformed range is
 * dropped instead of corrupting the text the server lints.
 */
function checkedDocumentEvents(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  accept: <T>(method: string, c: Checked<T>) => c is { ok: true; value: T },
): Parameters<TextDocuments<TextDocument>['listen']>[0] {
  const version = (uri: string): number | undefined => documents.get(uri)?.version;
  return {
    onDidOpenTextDocument: (h) =>
      connection.onDidOpenTextDocument((p: unknown) => {
        const c = checkDidOpen(p);
        if (accept('textDocument/didOpen', c)) h(c.value);
      }),
    onDidChangeTextDocument: (h) =>
      connection.onDidChangeTextDocument((p: unknown) => {
        const c = checkDidChange(p, version);
        if (accept('textDocument/didChange', c)) h(c.value);
      }),
    onDidCloseTextDocument: (h) =>
      connection.onDidCloseTextDocument((p: unknown) => {
        const c = checkDidClose(p);
        if (accept('textDocument/didClose', c)) h(c.value);
      }),
    onWillSaveTextDocument: (h) =>
      connection.onWillSaveTextDocument((p: unknown) => {
        if (accept('textDocument/willSave', checkDidSave(p))) h(p as Parameters<typeof h>[0]);
      }),
    onWillSaveTextDocumentWaitUntil: (h) =>
      connection.onWillSaveTextDocumentWaitUntil((p: unknown, token) =>
        accept('textDocument/willSaveWaitUntil', checkDidSave(p)) ? h(p as Parameters<typeof h>[0], token) : [],
      ),
    onDidSaveTextDocument: (h) =>
      connection.onDidSaveTextDocument((p: unknown) => {
        const c = checkDidSave(p);
        if (accept('textDocument/didSave', c)) h(c.value);
      }),
  };
}

/** Workspace folders the server can read: local `file:` folders. Others are named in the log and left out. */
function localRoots(uris: string[], connection: Connection): string[] {
  const out: string[] = [];
  for (const uri of uris) {
    if (localPath(uri) === undefined) connection.console.warn(`workspace folder ${uri} is not a local folder; fabric-lint leaves it out`);
    else if (!out.includes(uri)) out.push(uri);
  }
  return out;
}

function rootsOf(params: InitializeParams): string[] {
  const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.filter((f) => typeof f?.uri === 'string') : [];
  if (folders.length) return folders.map((f) => f.uri);
  if (typeof params.rootUri === 'string') return [params.rootUri];
  if (typeof params.rootPath === 'string') return [pathToUri(params.rootPath)];
  return [];
}
