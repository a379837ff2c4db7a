// Entry point of the language server (bundled to dist/server.js). The transport comes from the
// command line: --stdio (Neovim, tests), --node-ipc (the VS Code client), --socket=<port> or --pipe=<name>.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
