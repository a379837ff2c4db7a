import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToUri } from './engine/uri';
import { CODE_ACTION_KINDS, provideCodeActions } from './lsp/code-actions';
import { provideDefinition } from './lsp/definition';
import { provideHover, type NavigationEnv } from './lsp/hover';
import { ClassifyRequest } from './lsp/protocol';
import { normalizeSettings, SETTINGS_SECTION, type ServerSettings } from './lsp/settings';
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
  };
}

/** Binds every LSP handler; the work happens in lsp/workspace-sync.ts and lsp/code-actions.ts. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let flags: ClientFlags | undefined;
  let sync: WorkspaceSync | undefined;
  let roots: string[] = [];
  /** Settings sent by clients without workspace/configuration (initializationOptions or didChangeConfiguration). */
  let pushedSettings: unknown;
  let ready: Promise<void> = Promise.resolve();

  const readSettings = async (): Promise<ServerSettings> => {
    if (flags?.configuration) {
      try {
        const scopeUri = roots[0];
        return normalizeSettings(await connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SETTINGS_SECTION } : { section: SETTINGS_SECTION }));
      } catch (err) {
        connection.console.warn(`workspace/configuration failed: ${(err as Error).message}; using defaults`);
      }
    }
    return normalizeSettings(pushedSettings);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    flags = clientFlags(params.capabilities);
    roots = rootsOf(params);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    pushedSettings = init?.settings;
    sync = new WorkspaceSync({
      connection,
      documents,
      diagnostics: { relatedInformation: flags.relatedInformation },
      publishVersion: flags.diagnosticVersions,
    });
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        ...(flags.codeActionLiterals ? { codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false } } : {}),
        ...(flags.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'fabric-lint' },
    };
    return result;
  });

  connection.onInitialized(() => {
    const f = flags!;
    const s = sync!;
    if (f.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (f.dynamicWatchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    if (f.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((w) => w.uri));
        roots = [...roots.filter((r) => !removed.has(r)), ...e.added.map((w) => w.uri)];
        ready = ready.then(() => s.setRoots(roots));
      });
    }
    ready = (async () => s.start(roots, await readSettings()))().catch((err: unknown) => {
      connection.console.error(`fabric-lint could not start: ${(err as Error).stack ?? String(err)}`);
    });
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (pushed !== undefined) pushedSettings = pushed;
    ready = ready.then(async () => sync?.setSettings(await readSettings()));
  });

  connection.onDidChangeWatchedFiles((params) => {
    ready = ready.then(() => sync?.filesChanged(params.changes));
  });

  documents.onDidChangeContent((e) => sync?.documentChanged(e.document));
  documents.onDidClose((e) => sync?.documentClosed(e.document));

  connection.onCodeAction(async (params) => {
    const s = sync;
    if (!s) return [];
    await ready;
    await s.settled();
    return provideCodeActions(params, {
      findings: (uri) => s.findings(uri),
      version: (uri) => s.lintedVersion(uri),
      clientUri: (uri) => s.clientUri(uri),
      canonical,
      text: (uri) => s.text(uri),
      scratch: () => s.scratch(),
      documentChanges: flags?.documentChanges === true,
    });
  });

  /** Hover and definition answer from the last lint once pending changes are linted. */
  const navigation = async (): Promise<NavigationEnv | undefined> => {
    const s = sync;
    if (!s) return undefined;
    await ready;
    await s.settled();
    return { result: () => s.lastResult(), canonical, clientUri: (uri) => s.clientUri(uri) };
  };

  connection.onHover(async (params) => {
    const env = await navigation();
    return env ? provideHover(params, env) : null;
  });

  connection.onDefinition(async (params) => {
    const env = await navigation();
    return env ? provideDefinition(params, env) : null;
  });

  connection.onRequest(ClassifyRequest, async (params) => {
    if (!sync) return { kind: 'unknown' };
    await ready;
    await sync.settled();
    return sync.classify(params.uri);
  });

  connection.onShutdown(() => sync?.dispose());

  // A bug in a rule or the parser must cost one lint, not the server.
  process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? String(err)}`));
  process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${(err as Error)?.stack ?? String(err)}`));

  documents.listen(connection);
  connection.listen();
}

function rootsOf(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((f) => f.uri);
  if (params.rootUri) return [params.rootUri];
  if (params.rootPath) return [pathToUri(params.rootPath)];
  return [];
}
