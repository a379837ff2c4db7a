import { strict as assert } from 'node:assert';
import type { Tree } from 'web-tree-sitter';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import type { CliDocument, CliLine } from '../../server/src/parsing/cli-tree';
import {
  initParsers,
  locateGrammarWasm,
  locateRuntimeWasm,
  parse,
  ParseTimeoutError,
} from '../../server/src/parsing/parser';

function doc(text: string): CliDocument {
  const tree = parse('netcli', text);
  try {
    const d = toCliDocument('file:///t.cfg', tree, text);
    assert.deepEqual(toCliDocument('file:///t.cfg', tree, text, { exactWords: true }), d, 'fast path = exact walk');
    assert.deepEqual(toCliDocument('file:///t.cfg', tree), d, 'text taken from the tree');
    return d;
  } finally {
    tree.delete();
  }
}

/** `words|joined` per line, children indented by two spaces: a compact picture of the nesting. */
function outline(lines: CliLine[], depth = 0): string[] {
  return lines.flatMap((l) => [`${'  '.repeat(depth)}${l.words.map((w) => w.text).join('|')}`, ...outline(l.children, depth + 1)]);
}

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

describe('grammar netcli: parser and CliDocument adapter', function () {
  before(async () => {
    const first = initParsers();
    assert.equal(initParsers(), first, 'initParsers() is idempotent (same promise)');
    await first;
    await initParsers();
  });

  it('finds the runtime and grammar wasm from the compiled module', () => {
    assert.match(locateRuntimeWasm() ?? '', /tree-sitter\.wasm$/);
    assert.match(locateGrammarWasm('netcli') ?? '', /tree-sitter-netcli\.wasm$/);
  });

  it('nests sections with their words, ranges and indentation', () => {
    const d = doc(['hostname leaf1', 'interface Ethernet1', '   no shutdown', '   ip address 10.0.0.1/31', 'router bgp 65001', '   vlan 10', '      rd 1.1.1.1:10', '   neighbor 10.0.0.0 remote-as 65000', ''].join('\n'));
    assert.deepEqual(outline(d.lines), [
      'hostname|leaf1',
      'interface|Ethernet1',
      '  no|shutdown',
      '  ip|address|10.0.0.1/31',
      'router|bgp|65001',
      '  vlan|10',
      '    rd|1.1.1.1:10',
      '  neighbor|10.0.0.0|remote-as|65000',
    ]);
    const ip = d.lines[1]!.children[1]!;
    assert.equal(ip.text, 'ip address 10.0.0.1/31');
    assert.equal(ip.indent, 3);
    assert.equal(ip.indentText, '   ');
    assert.deepEqual(ip.range, r(3, 3, 3, 25));
    assert.deepEqual(ip.words[2], { text: '10.0.0.1/31', range: r(3, 14, 3, 25) });
    assert.deepEqual(d.lines[1]!.children[0]!.words.map((w) => w.text), ['no', 'shutdown'], 'the negation is a word');
    assert.deepEqual(d.end, { line: 8, character: 0 });
    assert.deepEqual(d.syntaxErrors, []);
  });

  it('keeps comment lines out of the structure and lists them', () => {
    const d = doc(['! fabric-lint: dialect=eos', 'interface Ethernet1', '! col 0', '   mtu 9000', '      !! deep', '   shutdown', '   ! end of Ethernet1', 'hostname x'].join('\n'));
    assert.deepEqual(outline(d.lines), ['interface|Ethernet1', '  mtu|9000', '  shutdown', 'hostname|x']);
    assert.deepEqual(
      d.comments.map((c) => [c.text, c.range.start.line, c.range.start.character]),
      [['! fabric-lint: dialect=eos', 0, 0], ['! col 0', 2, 0], ['!! deep', 4, 6], ['! end of Ethernet1', 6, 3]],
    );
  });

  it('gives EOS banner and comment blocks a textBlock', () => {
    const d = doc(['banner motd', 'Authorized only', '! still text', 'EOF', 'interface Ethernet1', '   comment', '   line one', '   EOF', '   mtu 9214', ''].join('\n'));
    assert.deepEqual(outline(d.lines), ['banner|motd', 'interface|Ethernet1', '  comment', '  mtu|9214']);
    assert.deepEqual(d.lines[0]!.textBlock, { text: 'Authorized only\n! still text', range: r(1, 0, 2, 12) });
    assert.deepEqual(d.lines[1]!.children[0]!.textBlock, { text: '   line one', range: r(6, 0, 6, 11) });
    assert.equal(d.lines[0]!.text, 'banner motd');
    assert.deepEqual(d.comments, [], '`!` inside a banner is text');
  });

  it('gives IOS / NX-OS delimited banners a textBlock, also on one line', () => {
    const d = doc(['banner motd ^C', 'Welcome # to', '^C', 'banner exec #one line#', 'banner login ^C^C', 'line vty 0 4', ''].join('\n'));
    assert.deepEqual(outline(d.lines), ['banner|motd', 'banner|exec', 'banner|login', 'line|vty|0|4']);
    assert.deepEqual(d.lines[0]!.textBlock, { text: '\nWelcome # to\n', range: r(0, 14, 2, 0) });
    assert.deepEqual(d.lines[1]!.textBlock, { text: 'one line', range: r(3, 13, 3, 21) });
    assert.equal(d.lines[1]!.text, 'banner exec #one line#');
    assert.deepEqual(d.lines[2]!.textBlock, { text: '', range: r(4, 15, 4, 15) });
  });

  it('handles CRLF line endings', () => {
    const d = doc('interface Ethernet1\r\n   mtu 9000  \r\n   comment\r\n   a\r\n   b\r\n   EOF\r\n! c\r\nhostname x\r\n');
    assert.deepEqual(outline(d.lines), ['interface|Ethernet1', '  mtu|9000', '  comment', 'hostname|x']);
    const mtu = d.lines[0]!.children[0]!;
    assert.equal(mtu.text, 'mtu 9000');
    assert.deepEqual(mtu.range, r(1, 3, 1, 11));
    assert.deepEqual(d.lines[0]!.children[1]!.textBlock, { text: '   a\r\n   b', range: r(3, 0, 4, 4) });
    assert.deepEqual(d.comments.map((c) => c.text), ['! c']);
    assert.deepEqual(d.end, { line: 8, character: 0 });
  });

  it('counts a tab as one character of indentation but nests by it', () => {
    const d = doc('interface Ethernet1\n\tmtu 9000\n\tvrf x\n\t\trd 1:1\n');
    assert.deepEqual(outline(d.lines), ['interface|Ethernet1', '  mtu|9000', '  vrf|x', '    rd|1:1']);
    const rd = d.lines[0]!.children[1]!.children[0]!;
    assert.equal(rd.indent, 2);
    assert.equal(rd.indentText, '\t\t');
    assert.deepEqual(rd.words[1]!.range, r(3, 5, 3, 8));
  });

  it('converts columns of non-ASCII lines to UTF-16 code units', () => {
    const line = 'description Ünïcødé 😀 管理 x';
    const d = doc(`interface Ethernet1\n   ${line}\n   mtu 9000\n`);
    const desc = d.lines[0]!.children[0]!;
    const x = desc.words[desc.words.length - 1]!;
    const expected = 3 + line.indexOf(' x') + 1; // JS string index = UTF-16 code units
    assert.deepEqual(x.range, r(1, expected, 1, expected + 1));
    assert.equal(desc.words[2]!.text, '😀');
    assert.deepEqual(desc.words[2]!.range, r(1, 23, 1, 25));
    assert.deepEqual(desc.range.end, { line: 1, character: 3 + line.length });
  });

  it('attaches an odd dedent to the innermost less-indented section, without errors', () => {
    const d = doc(['a', '   b', '      c', '     d', '  e', 'f', ''].join('\n'));
    assert.deepEqual(outline(d.lines), ['a', '  b', '    c', '    d', '  e', 'f']);
    assert.deepEqual(d.syntaxErrors, []);
  });

  it('parses 2/3/4-space mixes and a file that starts indented', () => {
    const d = doc(['   hostname x', '   ip routing', 'platform trident mmu queue profile P', '    ingress threshold 1/16', 'policy-map type network-qos Q', '  class type network-qos c-8q-nq3', '    pause pfc-cos 3', ''].join('\n'));
    assert.deepEqual(outline(d.lines), [
      'hostname|x',
      'ip|routing',
      'platform|trident|mmu|queue|profile|P',
      '  ingress|threshold|1/16',
      'policy-map|type|network-qos|Q',
      '  class|type|network-qos|c-8q-nq3',
      '    pause|pfc-cos|3',
    ]);
  });

  it('handles lines of more than 10k characters', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const d = doc(`interface Ethernet1\n   description ${words.join(' ')}\n   mtu 9000\n`);
    const desc = d.lines[0]!.children[0]!;
    assert.equal(desc.words.length, 3001);
    assert.equal(desc.words[3000]!.text, 'w2999');
    assert.ok(desc.text.length > 10_000);
    assert.equal(d.lines[0]!.children[1]!.text, 'mtu 9000');
  });

  it('reports NUL bytes as syntax errors with a range, and keeps the other lines', () => {
    const d = doc('hostname a\0b\ninterface Ethernet1\n   mtu 9000\n');
    assert.equal(d.syntaxErrors.length, 1);
    assert.deepEqual(d.syntaxErrors[0]!.range, r(0, 10, 0, 11));
    assert.deepEqual(outline(d.lines), ['hostname|a|b', 'interface|Ethernet1', '  mtu|9000']);
  });

  it('does not hang on binary input', function () {
    let seed = 42;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const bytes = Buffer.alloc(300_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    const text = bytes.toString('latin1');
    const start = performance.now();
    const d = doc(text);
    const ms = performance.now() - start;
    assert.ok(ms < 5000, `binary input took ${ms.toFixed(0)} ms`);
    assert.ok(d.syntaxErrors.length > 0, 'NUL bytes give syntax errors');
    assert.ok(d.lines.length > 0);
  });

  it('cancels a parse that exceeds its time budget and recovers afterwards', () => {
    const big = 'interface Ethernet1\n   mtu 9000\n'.repeat(100_000);
    assert.throws(() => parse('netcli', big, null, { timeoutMs: 0.01 }), ParseTimeoutError);
    const tree = parse('netcli', 'hostname x\n');
    assert.equal(tree.rootNode.toString(), '(source_file (command (keyword) (word)))');
    tree.delete();
  });

  it('reparses incrementally to the same tree as a fresh parse', () => {
    const base = [
      'hostname leaf1', 'interface Ethernet1', '   mtu 9000', '   comment', '   text', '   EOF', '!',
      'router bgp 1', '   vlan 10', '      rd 1:1', '   ! x', 'banner motd ^C', 'hi', '^C', 'end', '',
    ].join('\n');
    const pieces = ['\n', '   ', 'x ', '!', 'EOF\n', '^C', '\n   sub', 'interface Et2\n', '      deep\n', ''];
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 16807) % 2147483647) % n;
    let text = base;
    let tree: Tree = parse('netcli', text);
    const point = (s: string, index: number) => {
      const before = s.slice(0, index);
      const row = before.split('\n').length - 1;
      return { row, column: index - (before.lastIndexOf('\n') + 1) };
    };
    for (let i = 0; i < 300; i++) {
      const start = rnd(text.length + 1);
      const del = Math.min(rnd(6), text.length - start);
      const ins = pieces[rnd(pieces.length)]!;
      const next = text.slice(0, start) + ins + text.slice(start + del);
      tree.edit({
        startIndex: start,
        oldEndIndex: start + del,
        newEndIndex: start + ins.length,
        startPosition: point(text, start),
        oldEndPosition: point(text, start + del),
        newEndPosition: point(next, start + ins.length),
      });
      const incremental = parse('netcli', next, tree);
      tree.delete();
      const fresh = parse('netcli', next);
      assert.equal(incremental.rootNode.toString(), fresh.rootNode.toString(), `edit ${i}: ${JSON.stringify(next)}`);
      fresh.delete();
      tree = incremental;
      text = next;
    }
    tree.delete();
  });
});
