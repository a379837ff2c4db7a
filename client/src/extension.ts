import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SHOW_FABRIC_COMMAND } from '../../shared/src/commands';
import { ClassifyRequest, StatusNotification, type StatusParams } from '../../shared/src/protocol';
import { FabricPanel } from './fabric-panel';

/** Generic extensions that VS Code gives to "properties"; the server tells us what they really are. */
const GENERIC_CONFIG = /\.(cfg|conf)$/i;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const languages = contributedLanguages(context);
  const files = workspaceFiles(context);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages.map((language) => ({ scheme: 'file', language })),
      // Every kind of file the server reads, so edits are linted before they are saved.
      ...files.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    synchronize: { fileEvents: watcher },
    diagnosticCollectionName: 'fabric-lint',
  };
  client = new LanguageClient('fabricLint', 'fabric-lint', serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem('fabricLint.status', [
    ...languages.map((language) => ({ language })),
    ...files.map((pattern) => ({ pattern })),
  ]);
  status.name = 'fabric-lint';
  status.text = 'fabric-lint: starting';
  status.command = { title: 'Show Fabric', command: SHOW_FABRIC_COMMAND };
  context.subscriptions.push(status);
  context.subscriptions.push(
    client.onNotification(StatusNotification, (p) => {
      showStatus(status, p);
      FabricPanel.statusChanged(p);
    }),
  );
  // Resolves once the view has drawn the graph (with what it drew), so a test can wait for it.
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_FABRIC_COMMAND, () => (client ? FabricPanel.show(context, client) : undefined)));

  await client.start();
  context.subscriptions.push(client);

  // In Restricted Mode VS Code hides the workspace's values of the settings package.json lists under
  // `restrictedConfigurations`; once the folder is trusted, the server must read them again.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null })),
  );

  // VS Code maps *.cfg and *.conf to "properties"; give a switch config its dialect's language so it is coloured.
  const classify = async (doc: vscode.TextDocument): Promise<void> => {
    if (!client || doc.uri.scheme !== 'file' || !GENERIC_CONFIG.test(doc.uri.fsPath)) return;
    if (languages.includes(doc.languageId)) return;
    if (doc.languageId !== 'properties' && doc.languageId !== 'plaintext') return; // the user chose a language
    try {
      const r = await client.sendRequest(ClassifyRequest, { uri: doc.uri.toString() });
      if (r.dialect && languages.includes(r.dialect)) await vscode.languages.setTextDocumentLanguage(doc, r.dialect);
    } catch {
      // A classification is a nicety; linting does not depend on it.
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void classify(d)));
  for (const d of vscode.workspace.textDocuments) void classify(d);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * The languages the extension contributes: the dialects with an editor contribution, which `npm run gen:package`
 * writes into package.json from the server's dialect registry. A language id is its dialect's id. Reading them
 * from the manifest keeps the server's readers out of this bundle. `.cfg`/`.conf` files are linted whatever
 * their language.
 */
function contributedLanguages(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes?: { languages?: { id: string }[] } };
  return (manifest.contributes?.languages ?? []).map((l) => l.id);
}

function showStatus(item: vscode.LanguageStatusItem, p: StatusParams): void {
  if (p.state === 'indexing') {
    item.text = 'fabric-lint: indexing';
    item.busy = true;
    return;
  }
  item.busy = false;
  item.text = `fabric-lint: ${p.devices} devices`;
  const restricted = vscode.workspace.isTrusted ? '' : "; Restricted Mode: the workspace's include, exclude and dialect settings are ignored";
  item.detail = `${p.errors} errors, ${p.warnings} warnings in ${p.files} files (lint ${p.lintMs} ms)${restricted}`;
  item.severity =
    p.errors > 0 ? vscode.LanguageStatusSeverity.Error : p.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

/**
 * The names of the files the server reads (each dialect's, topology files, the intent file): the globs of the
 * `workspaceContains:` activation events that `npm run gen:package` derives from the server's registry.
 */
function workspaceFiles(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { activationEvents?: string[] };
  const prefix = 'workspaceContains:';
  return (manifest.activationEvents ?? []).filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length));
}
