// Bundles the client, the server, the CLI and the fabric view's page, so the VSIX ships them plus the .wasm grammars.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// web-tree-sitter's ESM build reads import.meta.url, which is empty in a CommonJS bundle: take its CJS build.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/tree-sitter.cjs' },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  // Analysis threads of the server (server/src/engine/worker-pool.ts), found next to dist/server.js.
  build({ ...common, entryPoints: ['server/src/engine/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  // The fabric view's page: runs in the webview (a browser), with elkjs inside.
  build({
    ...common,
    platform: 'browser',
    target: 'chrome114',
    format: 'iife',
    minify: true,
    entryPoints: ['client/webview/fabric-view.ts'],
    outfile: 'dist/fabric-view.js',
  }),
]);

// web-tree-sitter looks for tree-sitter.wasm next to the bundle; grammars are found by name under dist/grammars.
mkdirSync('dist/grammars', { recursive: true });
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', 'dist/tree-sitter.wasm');
for (const family of readdirSync('grammars')) {
  const wasm = join('grammars', family, `tree-sitter-${family}.wasm`);
  if (existsSync(wasm)) copyFileSync(wasm, join('dist/grammars', `tree-sitter-${family}.wasm`));
}
