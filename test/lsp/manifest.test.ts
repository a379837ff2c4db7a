import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIALECT_MODULES } from '../../server/src/dialects/registry';
import { renderManifest } from '../../server/src/lsp/manifest';
import { SETTINGS_SCHEMA } from '../../server/src/lsp/settings';
import { REPO_ROOT } from './harness';

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    languages: { id: string; extensions: string[]; firstLine: string; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    configuration: { properties: Record<string, unknown> };
    yamlValidation: { fileMatch: string; url: string }[];
  };
}

/** package.json's extension parts agree with the server and the files they name. */
describe('extension manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

  it('is what `npm run gen:package` writes from the dialect registry and the settings (run it after changing either)', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
    assert.equal(text, renderManifest(JSON.parse(text) as Parameters<typeof renderManifest>[0]));
  });

  it('contributes a language for each dialect with an editor contribution, in registry order', () => {
    const withEditor = DIALECT_MODULES.filter((m) => m.editor).map((m) => m.id);
    assert.deepEqual(
      pkg.contributes.languages.map((l) => l.id),
      withEditor,
    );
    assert.deepEqual(
      pkg.contributes.grammars.map((g) => g.language),
      withEditor,
    );
  });

  it('declares the settings exactly as server/src/lsp/settings.ts describes them', () => {
    assert.deepEqual(pkg.contributes.configuration.properties, SETTINGS_SCHEMA);
  });

  it('contributes every language with a grammar and a language configuration that exist', () => {
    // Which languages: the test above derives them from the registry.
    for (const lang of pkg.contributes.languages) {
      assert.ok(fs.existsSync(path.join(REPO_ROOT, lang.configuration)), lang.configuration);
      assert.ok(pkg.activationEvents.includes(`onLanguage:${lang.id}`));
      const g = pkg.contributes.grammars.find((x) => x.language === lang.id);
      assert.ok(g, `grammar for ${lang.id}`);
      assert.equal(g.scopeName, `source.${lang.id}`);
      const grammar = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, g.path), 'utf8')) as { scopeName: string };
      assert.equal(grammar.scopeName, g.scopeName);
    }
    assert.equal(pkg.main, './dist/extension.js');
    // A workspace of any one kind of file the engine reads starts the extension (issue 11).
    for (const glob of ['**/fabric-intent.yaml', '**/config_db*.json', '**/*.set', '**/interfaces', '**/startup.yaml', '**/*.clab.yml', '**/*lldp*.json']) {
      assert.ok(pkg.activationEvents.includes(`workspaceContains:${glob}`), glob);
    }
    assert.deepEqual(pkg.contributes.yamlValidation, [{ fileMatch: 'fabric-intent.yaml', url: './schemas/fabric-intent.schema.json' }]);
  });

  it('declares Restricted Mode support, restricting only settings it contributes', () => {
    const caps = (pkg as unknown as { capabilities: { untrustedWorkspaces: { supported: unknown; description: string; restrictedConfigurations: string[] } } })
      .capabilities;
    const u = caps.untrustedWorkspaces;
    assert.equal(u.supported, 'limited');
    assert.ok(u.description.length > 40, 'says what Restricted Mode changes');
    // Globs from the workspace are compiled and matched against every file: they wait for trust.
    assert.deepEqual([...u.restrictedConfigurations].sort(), ['fabricLint.dialects', 'fabricLint.exclude', 'fabricLint.include']);
    for (const key of u.restrictedConfigurations) assert.ok(key in SETTINGS_SCHEMA, key);
  });

  it('first-line patterns pick the dialect of typical headers', () => {
    const lang = (line: string): string[] => pkg.contributes.languages.filter((l) => new RegExp(l.firstLine).test(line)).map((l) => l.id);
    assert.deepEqual(lang('! device: leaf1 (DCS-7050CX3-32S, EOS-4.30.1F)'), ['eos']);
    assert.deepEqual(lang('! Command: show running-config'), ['eos']);
    assert.deepEqual(lang('!Command: show running-config'), ['nxos']);
    assert.deepEqual(lang('version 15.2'), ['ios']);
    assert.deepEqual(lang('! fabric-lint: dialect=nxos'), ['nxos']);
    assert.deepEqual(lang('## Last changed: 2024-03-12 19:58:04 PDT'), ['junos']);
    assert.deepEqual(lang('set interfaces et-0/0/0 mtu 9216'), ['junos']);
    assert.deepEqual(lang('# fabric-lint: dialect=junos'), ['junos']);
    assert.deepEqual(lang('auto lo'), ['nvue']);
    assert.deepEqual(lang('net add interface swp1 mtu 9216'), ['nvue']);
    assert.deepEqual(lang('set / interface ethernet-1/1 mtu 9232'), ['srlinux']);
    assert.deepEqual(lang('hostname leaf1'), []);
  });

  it('TextMate grammars are what syntaxes/generate.mjs writes', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-syntax-'));
    try {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'syntaxes', 'generate.mjs'), tmp]);
      for (const d of ['eos', 'nxos', 'ios']) {
        const name = `${d}.tmLanguage.json`;
        assert.equal(
          fs.readFileSync(path.join(REPO_ROOT, 'syntaxes', name), 'utf8'),
          fs.readFileSync(path.join(tmp, name), 'utf8'),
          `${name} is stale: run node syntaxes/generate.mjs`,
        );
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
