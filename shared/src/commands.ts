/**
 * The extension's commands: the client registers them by these ids and `npm run gen:package` writes them into
 * package.json `contributes.commands` (server/src/lsp/manifest.ts), so the two cannot drift apart.
 */
export const SHOW_FABRIC_COMMAND = 'fabricLint.showFabric';

export const COMMANDS: readonly { command: string; title: string; category: string }[] = [
  { command: SHOW_FABRIC_COMMAND, title: 'Show Fabric', category: 'fabric-lint' },
];
