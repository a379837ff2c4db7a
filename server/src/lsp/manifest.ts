/**
 * The parts of package.json that the extension derives from the server: the languages and TextMate grammars
 * of the dialects (server/src/dialects/registry.ts), their activation events and the settings
 * (lsp/settings.ts SETTINGS_SCHEMA), and the commands (shared/src/commands.ts). `npm run gen:package` writes them; test/lsp/manifest.test.ts fails when
 * package.json differs from what this makes of it.
 */
import { COMMANDS } from '../../../shared/src/commands';
import { DIALECT_MODULES } from '../dialects/registry';
import { TOPOLOGY_WORKSPACE_FILES } from '../links/detect';
import { DEFAULT_SERVER_SETTINGS, SETTINGS_SCHEMA } from './settings';

/**
 * Every kind of file the engine reads, by the names such files usually have: each dialect's, the topology files' and
 * the intent file's. The extension starts when the workspace holds one, and the client (reading them back from its
 * manifest) sends their unsaved edits to the server.
 */
export function workspaceFileGlobs(): string[] {
  const globs = [...DIALECT_MODULES.flatMap((m) => m.workspaceFiles), ...TOPOLOGY_WORKSPACE_FILES, `**/${DEFAULT_SERVER_SETTINGS.intentPath}`];
  return [...new Set(globs)];
}

interface Manifest {
  activationEvents?: string[];
  contributes?: { languages?: unknown; grammars?: unknown; commands?: unknown; configuration?: { properties?: unknown } };
  [key: string]: unknown;
}

/** package.json with its derived parts rewritten; everything else (and the order of keys) is kept. */
export function extensionManifest(pkg: Manifest): Manifest {
  const editors = DIALECT_MODULES.flatMap((m) => (m.editor ? [{ id: m.id, name: m.name, editor: m.editor }] : []));
  const languageEvents = editors.map((e) => `onLanguage:${e.id}`);
  const fileEvents = workspaceFileGlobs().map((g) => `workspaceContains:${g}`);
  const otherEvents = (pkg.activationEvents ?? []).filter((e) => !e.startsWith('onLanguage:') && !e.startsWith('workspaceContains:'));
  const contributes = pkg.contributes ?? {};
  return {
    ...pkg,
    activationEvents: [...languageEvents, ...fileEvents, ...otherEvents],
    contributes: {
      ...contributes,
      languages: editors.map(({ id, name, editor }) => ({
        id,
        aliases: [name, ...editor.aliases],
        extensions: [...editor.extensions],
        filenamePatterns: [...editor.filenamePatterns],
        firstLine: editor.firstLine,
        configuration: editor.configuration,
      })),
      grammars: editors.map(({ id, editor }) => ({ language: id, scopeName: editor.textMate.scopeName, path: editor.textMate.path })),
      commands: COMMANDS.map((c) => ({ ...c })),
      configuration: { ...contributes.configuration, properties: SETTINGS_SCHEMA },
    },
  };
}

/** package.json as text, the way `npm run gen:package` writes it. */
export function renderManifest(pkg: Manifest): string {
  return JSON.stringify(extensionManifest(pkg), null, 2) + '\n';
}
