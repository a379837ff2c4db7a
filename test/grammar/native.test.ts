/**
 * The native parser (the `tree-sitter` npm binding with the grammars compiled by scripts/build-native.mjs) against
 * WebAssembly (web-tree-sitter, what the editor uses): the same trees and the same model, findings included, for
 * every file of the corpus. Where the native parser cannot load (no C compiler when npm ci ran) the test says why
 * and skips; FABRIC_LINT_REQUIRE_NATIVE (set by .ci/run) makes that a failure.
 */
import { strict as assert } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import TreeSitter = require('web-tree-sitter');
import { dialectModule } from '../../server/src/dialects/registry';
import type { FileAnalysis } from '../../server/src/engine/types';
import type { Workspace } from '../../server/src/engine/workspace';
import { activeParser, initParsers, parse, useParser } from '../../server/src/parsing/parser';
import { corpusDir, workspaceOf } from '../helpers/lint';

async function analysesOf(dir: string): Promise<{ ws: Workspace; analyses: Map<string, FileAnalysis> }> {
  const ws = await workspaceOf(dir);
  return { ws, analyses: new Map(ws.uris().map((u) => [u, ws.analysis(u)!])) };
}

describe('native tree-sitter parser', function () {
  this.timeout(600000);
  this.slow(60000);

  before(async function () {
    await initParsers();
    const reason = useParser('native');
    useParser('wasm');
    if (reason === undefined) return;
    if (process.env.FABRIC_LINT_REQUIRE_NATIVE) throw new Error(`the native parser must load here: ${reason}`);
    console.log(`      skipped: the native parser does not load here: ${reason}`);
    this.skip();
  });
  after(() => useParser('wasm'));

  it('parses with the native binding once chosen, and with WebAssembly again after', () => {
    useParser('native');
    assert.equal(activeParser(), 'native');
    assert.ok(!(parse('netcli', 'hostname a\n') instanceof TreeSitter.Tree), 'a native tree');
    useParser('wasm');
    assert.ok(parse('netcli', 'hostname a\n') instanceof TreeSitter.Tree, 'a WebAssembly tree');
  });

  it('gives the same tree, model and findings as WebAssembly for every file of the corpus', async () => {
    const corpus = corpusDir();
    useParser('wasm');
    const wasm = await analysesOf(corpus);
    const wasmFindings = wasm.ws.lint().findings;
    useParser('native');
    try {
      const native = await analysesOf(corpus);
      assert.deepEqual([...native.analyses.keys()], [...wasm.analyses.keys()]);
      let configs = 0;
      for (const [uri, a] of wasm.analyses) {
        assert.ok(isDeepStrictEqual(native.analyses.get(uri), a), `${uri}: the native parser reads it differently`);
        if (a.kind !== 'config') continue;
        configs++;
        const text = wasm.ws.text(uri)!;
        const family = dialectModule(a.dialect).grammar(text)?.family;
        if (!family) continue;
        const nativeTree = parse(family, text).rootNode.toString();
        useParser('wasm');
        const wasmTree = parse(family, text);
        useParser('native');
        assert.ok(wasmTree.rootNode.toString() === nativeTree, `${uri}: the trees differ`);
        wasmTree.delete();
      }
      assert.ok(configs > 150, `the corpus has configs of every dialect (${configs})`);
      assert.ok(isDeepStrictEqual(native.ws.lint().findings, wasmFindings), 'the findings differ');
    } finally {
      useParser('wasm');
    }
  });
});
