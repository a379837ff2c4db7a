import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { locateGrammarWasm, locateRuntimeWasm } from '../../server/src/parsing/parser';
import { ROOT } from './helpers';

/** Layout of the esbuild bundle (see esbuild.mjs): dist/server.js, dist/tree-sitter.wasm, dist/grammars/*.wasm. */
function makeDist(): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-bundle-'));
  const dist = path.join(tmp, 'dist');
  fs.mkdirSync(path.join(dist, 'grammars'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'), path.join(dist, 'tree-sitter.wasm'));
  // As esbuild.mjs: every grammars/<family>/tree-sitter-<family>.wasm (initParsers loads them all).
  for (const family of fs.readdirSync(path.join(ROOT, 'grammars'))) {
    const wasm = path.join(ROOT, 'grammars', family, `tree-sitter-${family}.wasm`);
    if (fs.existsSync(wasm)) fs.copyFileSync(wasm, path.join(dist, 'grammars', `tree-sitter-${family}.wasm`));
  }
  return dist;
}

describe('grammar netcli: loading from the bundle layout', function () {
  let dist = '';
  before(() => {
    dist = makeDist();
  });
  after(() => {
    fs.rmSync(path.dirname(dist), { recursive: true, force: true });
  });

  it('locates the wasm files next to a bundle, and in the repository from tsc output', () => {
    assert.equal(locateRuntimeWasm(dist), path.join(dist, 'tree-sitter.wasm'));
    assert.equal(locateGrammarWasm('netcli', dist), path.join(dist, 'grammars', 'tree-sitter-netcli.wasm'));
    const outDir = path.join(ROOT, 'out', 'server', 'parsing');
    assert.equal(locateRuntimeWasm(outDir), path.join(ROOT, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'));
    assert.equal(locateGrammarWasm('netcli', outDir), path.join(ROOT, 'grammars', 'netcli', 'tree-sitter-netcli.wasm'));
  });

  it('FABRIC_LINT_GRAMMARS_DIR is searched first', () => {
    const saved = process.env.FABRIC_LINT_GRAMMARS_DIR;
    process.env.FABRIC_LINT_GRAMMARS_DIR = path.join(dist, 'grammars');
    try {
      assert.equal(locateGrammarWasm('netcli', ROOT), path.join(dist, 'grammars', 'tree-sitter-netcli.wasm'));
    } finally {
      if (saved === undefined) delete process.env.FABRIC_LINT_GRAMMARS_DIR;
      else process.env.FABRIC_LINT_GRAMMARS_DIR = saved;
    }
  });

  it('an esbuild bundle of parser.ts + cli-adapter.ts parses from dist/ outside the repository', async function () {
    let esbuild: typeof import('esbuild');
    try {
      esbuild = await import('esbuild');
    } catch {
      console.log('    esbuild not installed; skipping');
      this.skip();
    }
    const entry = path.join(path.dirname(dist), 'entry.ts');
    const src = (f: string): string => JSON.stringify(path.join(ROOT, 'server', 'src', 'parsing', f));
    fs.writeFileSync(
      entry,
      `import { initParsers, parse } from ${src('parser')};\n` +
        `import { toCliDocument } from ${src('cli-adapter')};\n` +
        `initParsers().then(() => {\n` +
        `  const tree = parse('netcli', 'interface Ethernet1\\n   mtu 9000\\n');\n` +
        `  const doc = toCliDocument('file:///x.cfg', tree);\n` +
        `  tree.delete();\n` +
        `  console.log(JSON.stringify(doc.lines.map((l) => [l.text, l.children.map((c) => c.text)])));\n` +
        `}, (e) => { console.error(e); process.exit(1); });\n`,
    );
    // Same options as esbuild.mjs.
    await esbuild.build({
      entryPoints: [entry],
      outfile: path.join(dist, 'server.js'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      nodePaths: [path.join(ROOT, 'node_modules')],
    });
    const res = spawnSync(process.execPath, [path.join(dist, 'server.js')], { cwd: os.tmpdir(), encoding: 'utf8' });
    assert.equal(res.status, 0, res.stderr);
    assert.equal(res.stdout.trim(), JSON.stringify([['interface Ethernet1', ['mtu 9000']]]));
  });
});
