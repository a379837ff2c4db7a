import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, toolsDir } from './helpers';

const GRAMMAR = path.join(ROOT, 'grammars', 'netcli');

describe('grammar netcli: tree-sitter toolchain', function () {
  const tools = toolsDir();

  it('tree-sitter test passes on the corpus tests of grammars/netcli', function () {
    if (!tools) {
      console.log('    tree-sitter CLI not found (set FABRIC_TOOLS or provide ../shared/tools); skipping');
      this.skip();
    }
    const res = spawnSync(path.join(tools!, 'tree-sitter'), ['test'], { cwd: GRAMMAR, encoding: 'utf8' });
    const out = `${res.stdout}\n${res.stderr}`;
    assert.equal(res.status, 0, `tree-sitter test failed:\n${out}`);
    assert.match(out, /text_blocks:/, 'the corpus files were run');
    assert.doesNotMatch(out, /failure/i, out);
  });

  it('scripts/grammars.mjs check passes (committed generated files and .wasm match the grammar)', function () {
    const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'grammars.mjs'), 'check'], { cwd: ROOT, encoding: 'utf8' });
    const out = `${res.stdout}\n${res.stderr}`;
    assert.equal(res.status, 0, out);
    assert.match(out, /netcli: \d+ corpus tests parsed with tree-sitter-netcli\.wasm, 0 failure\(s\)/);
  });
});
