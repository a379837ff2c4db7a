/**
 * The TextMate grammars that colour each dialect in the editor (syntaxes/*.tmLanguage.json, contributed through
 * package.json by `npm run gen:package`), run with the engine VS Code itself uses (vscode-textmate on the
 * Oniguruma WASM build). Real corpus files must tokenize line by line, and the constructs an engineer scans for
 * — keywords, interface names, numbers, addresses, comments, `inactive:` / `deactivate` — get their scopes.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { REPO_ROOT } from '../helpers/lint';

interface ContributedGrammar {
  language: string;
  scopeName: string;
  path: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: ContributedGrammar[] };
};

let registry: Registry | undefined;

async function grammarOf(language: string): Promise<IGrammar> {
  if (!registry) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: (scopeName: string) => {
        const c = manifest.contributes.grammars.find((g) => g.scopeName === scopeName);
        if (!c) return Promise.resolve(null);
        const file = path.join(REPO_ROOT, c.path);
        return Promise.resolve(parseRawGrammar(fs.readFileSync(file, 'utf8'), file));
      },
    });
  }
  const contributed = manifest.contributes.grammars.find((g) => g.language === language);
  assert.ok(contributed, `package.json contributes a grammar for ${language}`);
  const grammar = await registry.loadGrammar(contributed.scopeName);
  assert.ok(grammar, `${contributed.path} loads`);
  return grammar;
}

/** Every token of a text as `text → innermost scope`, line by line, carrying the rule stack across lines. */
function tokens(grammar: IGrammar, text: string): { text: string; scope: string }[] {
  const out: { text: string; scope: string }[] = [];
  let stack = INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scope: t.scopes[t.scopes.length - 1]! });
    stack = r.ruleStack;
  }
  return out;
}

/** The scope of the first token that is exactly this text, else of the first token that contains it. */
function scopeOf(toks: { text: string; scope: string }[], text: string): string | undefined {
  return (toks.find((t) => t.text === text) ?? toks.find((t) => t.text.includes(text)))?.scope;
}

function corpusFiles(dir: string, keep: (file: string) => boolean): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, 'test', 'corpus', dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter(keep)
    .sort();
}

describe('TextMate grammars (vscode-textmate, as VS Code colours)', function () {
  this.timeout(120_000);

  it('every contributed language has a grammar that loads', async () => {
    const languages = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { languages: { id: string }[] } })
      .contributes.languages;
    for (const l of languages) await grammarOf(l.id);
  });

  describe('junos', () => {
    it('colours a real braces config: statements, interfaces, numbers, addresses, ## comments', async () => {
      const g = await grammarOf('junos');
      const text = fs.readFileSync(path.join(REPO_ROOT, 'test/corpus/junos/jvd-3stage-dc/esi-leaf1_qfx5120-48y.conf'), 'utf8');
      const toks = tokens(g, text);
      assert.equal(scopeOf(toks, '## Last changed:'), 'comment.line.number-sign.junos');
      assert.equal(scopeOf(toks, '## SECRET-DATA'), 'comment.line.number-sign.junos');
      assert.equal(scopeOf(toks, 'interfaces'), 'keyword.other.junos');
      assert.equal(scopeOf(toks, 'xe-0/0/5'), 'entity.name.type.interface.junos');
      assert.equal(scopeOf(toks, 'mtu'), 'keyword.other.junos');
      assert.equal(scopeOf(toks, '9216'), 'constant.numeric.junos');
      assert.ok(
        toks.some((t) => /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(t.text) && t.scope === 'constant.numeric.ip.junos'),
        'an IPv4 prefix is coloured as an address',
      );
    });

    it('colours inactive:, deactivate, set, /* */ comments and aggregated/irb units', async () => {
      const g = await grammarOf('junos');
      const toks = tokens(
        g,
        [
          '/* maintenance',
          '   window */',
          'interfaces {',
          '    inactive: ae1 {',
          '        unit 0 { family inet { address 10.1.0.1/31; } }',
          '    }',
          '    irb { unit 100 { family inet6 { address 2001:db8::1/64; } } }',
          '}',
          'set interfaces et-0/0/1 mtu 9216',
          'deactivate interfaces et-0/0/1',
        ].join('\n'),
      );
      assert.equal(scopeOf(toks, 'window'), 'comment.block.junos');
      assert.equal(scopeOf(toks, 'inactive'), 'keyword.control.inactive.junos');
      assert.equal(scopeOf(toks, 'ae1'), 'entity.name.type.interface.junos');
      assert.equal(scopeOf(toks, '10.1.0.1/31'), 'constant.numeric.ip.junos');
      assert.equal(scopeOf(toks, '2001:db8::1/64'), 'constant.numeric.ip.junos');
      assert.equal(scopeOf(toks, 'set'), 'keyword.control.junos');
      assert.equal(scopeOf(toks, 'deactivate'), 'keyword.control.junos');
      assert.equal(scopeOf(toks, 'et-0/0/1'), 'entity.name.type.interface.junos');
    });

    it('tokenizes every Junos corpus file without leaving a keyword uncoloured in its interfaces section', async () => {
      const g = await grammarOf('junos');
      const files = corpusFiles('junos', (f) => /\.(conf|cfg|txt|set)$/.test(f) || !path.extname(f));
      assert.ok(files.length > 10, `found Junos corpus files (${files.length})`);
      for (const f of files) {
        const toks = tokens(g, fs.readFileSync(f, 'utf8'));
        const mtu = toks.filter((t) => t.text === 'mtu');
        assert.ok(
          mtu.every((t) => t.scope === 'keyword.other.junos'),
          `${path.relative(REPO_ROOT, f)}: mtu is a keyword`,
        );
      }
    });
  });

  describe('cumulus (nvue)', () => {
    it('colours a real ifupdown2 file: stanzas, interfaces, attributes, numbers, comments', async () => {
      const g = await grammarOf('nvue');
      const file = path.join(REPO_ROOT, 'test/corpus/nvue/containerlab-cvx-ifupdown2/cvx02/sw1/interfaces');
      const text = fs.readFileSync(file, 'utf8');
      const toks = tokens(g, text);
      assert.equal(scopeOf(toks, 'auto'), 'keyword.control.nvue');
      assert.equal(scopeOf(toks, 'iface'), 'keyword.control.nvue');
      const iface = /^\s*iface\s+(\S+)/m.exec(text)?.[1];
      assert.ok(iface, 'the file has an iface stanza');
      assert.equal(scopeOf(toks, iface), 'entity.name.type.interface.nvue');
      const attr = /^\s+(address|mtu|bridge-vids|bridge-ports|bond-slaves)\b/m.exec(text)?.[1];
      assert.ok(attr, 'the file has an ifupdown2 attribute');
      assert.equal(scopeOf(toks, attr), 'keyword.other.nvue');
    });

    it('colours NCLU and NVUE lines from a real NCLU file and NVUE commands', async () => {
      const g = await grammarOf('nvue');
      const text = fs.readFileSync(path.join(REPO_ROOT, 'test/corpus/nvue/batfish-cumulus-nclu-evpn-type5/configs/leaf1'), 'utf8');
      const toks = tokens(g, text + '\n# RoCE\nnv set interface swp1 link mtu 9216\nnv set qos roce mode lossless\n');
      assert.equal(scopeOf(toks, 'net'), 'keyword.control.nvue');
      assert.equal(scopeOf(toks, 'add'), 'keyword.control.nvue');
      assert.equal(scopeOf(toks, 'nv'), 'keyword.control.nvue');
      assert.equal(scopeOf(toks, 'swp1'), 'entity.name.type.interface.nvue');
      assert.equal(scopeOf(toks, '9216'), 'constant.numeric.nvue');
      assert.equal(scopeOf(toks, '# RoCE'), 'comment.line.number-sign.nvue');
      assert.equal(scopeOf(toks, 'lossless'), 'keyword.other.nvue');
    });
  });
});
