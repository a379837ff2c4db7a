#!/usr/bin/env node
// The real-editor end-to-end test: the repo's extension (dist/extension.js + dist/server.js, from
// `npm run build`) loaded as a development extension into a real VS Code (code-server 1.139.1), on a temp copy
// of examples/leaf-spine, with the mocha suite test/e2e/suite/ running in its extension host.
// Driven through @vscode/test-electron's runTests({ vscodeExecutablePath }) with run-exttests.mjs as the
// "executable" (there is no desktop VS Code to download offline).
//
//   scripts/e2e-setup.sh && npm run build && node test/e2e/run.mjs [--vsix]
//
// --vsix: test what ships instead of the checkout: `vsce package --no-dependencies` into a temp dir, install the
// .vsix into code-server's (empty, temp) extensions dir, and load only a blank host extension (test/e2e/host)
// as the development extension; catches .vscodeignore and bundling mistakes.
//
// Exit status 0 = suite passed. Run by test/e2e-wrapper/real-vscode.test.ts as part of `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');

for (const f of ['dist/extension.js', 'dist/server.js']) {
  if (!fs.existsSync(path.join(REPO, f))) {
    console.error(`e2e: ${f} is missing; run \`npm run build\` first`);
    process.exit(2);
  }
}

const t0 = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-e2e-'));
const ws = path.join(tmp, 'leaf-spine');
fs.cpSync(path.join(REPO, 'examples', 'leaf-spine'), ws, { recursive: true });

const VSIX = process.argv.includes('--vsix');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const extensionsDir = path.join(tmp, 'extensions');
let developmentPath = REPO;
let expectedExtensionPath = REPO;
const install = [];
if (VSIX) {
  const vsix = path.join(tmp, `${pkg.name}.vsix`);
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  // README images (docs/images) ship in the VSIX and VS Code shows them from the installed extension: relative
  // links stay relative, as in `npm run package` (the repository URL is no GitHub one that vsce could prefix).
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`e2e: vsce package failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`e2e: packaged ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  install.push(`--install-extension=${vsix}`);
  developmentPath = path.join(HERE, 'host');
  expectedExtensionPath = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
}

const runner = path.join(HERE, 'run-exttests.mjs');
// test-electron spawns vscodeExecutablePath directly; if the checkout lost the exec bit, run it through node
// (launchArgs come first, and node hands every argument after the script to the script).
let executable = runner;
let prefix = [];
try {
  fs.accessSync(runner, fs.constants.X_OK);
} catch {
  executable = process.execPath;
  prefix = [runner];
}

// The wrapper's timeout signals the whole process group: the runner (same group) then stops code-server and exits,
// which settles runTests below; this process stays to clean up instead of dying first.
process.on('SIGTERM', () => console.error('e2e: SIGTERM, waiting for the runner to stop code-server'));

let status = 1;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: developmentPath,
    extensionTestsPath: path.join(HERE, 'suite', 'index.js'),
    // Own profile dirs: test-electron's default would be ./.vscode-test in the current directory.
    launchArgs: [...prefix, ws, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${path.join(tmp, 'user-data')}`, ...install],
    // Screenshots go to the test output, out/e2e (FABRIC_E2E_OUTPUT overrides).
    extensionTestsEnv: {
      FABRIC_E2E_WORKSPACE: ws,
      FABRIC_E2E_EXTENSION_PATH: expectedExtensionPath,
      FABRIC_E2E_OUTPUT: process.env.FABRIC_E2E_OUTPUT || path.join(REPO, 'out', 'e2e'),
    },
  });
  status = 0;
} catch (e) {
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`e2e${VSIX ? ' (vsix)' : ''}: ${status === 0 ? 'PASS' : 'FAIL'} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
process.exit(status);
