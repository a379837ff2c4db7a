import { strict as assert } from 'node:assert';
import type { Tree } from 'web-tree-sitter';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import type { CliDocument, CliLine } from '../../server/src/parsing/cli-tree';
import { getLanguage, initParsers, locateGrammarWasm, locateRuntimeWasm, parse, ParseTimeoutError } from '../../server/src/parsing/parser';

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
    const d = doc(
      [
        'hostname leaf1',
        'interface Ethernet1',
        '   no shutdown',
        '   ip address 10.0.0.1/31',
        'router bgp 65001',
        '   vlan 10',
        '      rd 1.1.1.1:10',
        '   neighbor 10.0.0.0 remote-as 65000',
        '',
      ].join('\n'),
    );
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
    assert.deepEqual(
      d.lines[1]!.children[0]!.words.map((w) => w.text),
      ['no', 'shutdown'],
      'the negation is a word',
    );
    assert.deepEqual(d.end, { line: 8, character: 0 });
    assert.deepEqual(d.syntaxErrors, []);
  });

  it('keeps comment lines out of the structure and lists them', () => {
    const d = doc(
      [
        '! fabric-lint: dialect=eos',
        'interface Ethernet1',
        '! col 0',
        '   mtu 9000',
        '      !! deep',
        '   shutdown',
        '   ! end of Ethernet1',
        'hostname x',
      ].join('\n'),
    );
    assert.deepEqual(outline(d.lines), ['interface|Ethernet1', '  mtu|9000', '  shutdown', 'hostname|x']);
    assert.deepEqual(
      d.comments.map((c) => [c.text, c.range.start.line, c.range.start.character]),
      [
        ['! fabric-lint: dialect=eos', 0, 0],
        ['! col 0', 2, 0],
        ['!! deep', 4, 6],
        ['! end of Ethernet1', 6, 3],
      ],
    );
  });

  it('gives EOS banner and comment blocks a textBlock', () => {
    const d = doc(
      ['banner motd', 'Authorized only', '! still text', 'EOF', 'interface Ethernet1', '   comment', '   line one', '   EOF', '   mtu 9214', ''].join('\n'),
    );
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
    assert.deepEqual(
      d.comments.map((c) => c.text),
      ['! c'],
    );
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
    const d = doc(
      [
        '   hostname x',
        '   ip routing',
        'platform trident mmu queue profile P',
        '    ingress threshold 1/16',
        'policy-map type network-qos Q',
        '  class type network-qos c-8q-nq3',
        '    pause pfc-cos 3',
        '',
      ].join('\n'),
    );
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

  it('skips NUL bytes like blanks, reports each run as a syntax error, and keeps the structure', () => {
    const text = 'hostname a\0b\ninterface Ethernet1\n   mtu 9000\0\0\0\n\0\n   shutdown\n';
    const tree = parse('netcli', text);
    assert.equal(tree.rootNode.hasError, false);
    tree.delete();
    const d = doc(text);
    assert.deepEqual(d.syntaxErrors, [
      { range: r(0, 10, 0, 11), message: 'NUL byte in the text' },
      { range: r(2, 11, 2, 14), message: '3 NUL bytes in the text' },
      { range: r(3, 0, 3, 1), message: 'NUL byte in the text' },
    ]);
    assert.deepEqual(outline(d.lines), ['hostname|a|b', 'interface|Ethernet1', '  mtu|9000', '  shutdown']);
    assert.deepEqual(d.lines[1]!.children[0]!.range, r(2, 3, 2, 11));
  });

  it('NUL padding at the end of a file does not disturb the last section', () => {
    const d = doc(`interface Ethernet1\n   mtu 9000${'\0'.repeat(300)}`);
    assert.deepEqual(outline(d.lines), ['interface|Ethernet1', '  mtu|9000']);
    assert.deepEqual(d.syntaxErrors, [{ range: r(1, 11, 1, 311), message: '300 NUL bytes in the text' }]);
  });

  it('does not hang on binary input', function () {
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const bytes = Buffer.alloc(300_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    const text = bytes.toString('latin1');
    // A hang would hit mocha's timeout; speed itself is the benchmark's business.
    const d = doc(text);
    const nuls = text.split('').filter((ch) => ch === '\0').length;
    assert.ok(nuls > 100);
    assert.ok(d.syntaxErrors.length > 0 && d.syntaxErrors.every((e) => /NUL/.test(e.message)), 'only the NUL bytes are errors');
    assert.ok(d.lines.length > 0);
    const tree = parse('netcli', text);
    assert.equal(tree.rootNode.hasError, false, 'any input parses without ERROR nodes');
    tree.delete();
  });

  it('many unterminated text-block openers parse as plain lines', () => {
    const text = `interface Ethernet1\n${'   comment\n'.repeat(30_000)}banner motd\n${'banner motd\n'.repeat(10_000)}`;
    // A search per opener to the end of the file would take minutes and hit mocha's timeout.
    const d = doc(text);
    assert.equal(d.lines[0]!.children.length, 30_000);
    assert.ok(d.lines[0]!.children.every((l) => l.textBlock === undefined));
    assert.equal(d.lines.length, 10_002);
  });

  it('accepts text blocks up to about 1000 lines; longer ones parse as plain lines', () => {
    const body = (n: number): string => Array.from({ length: n }, (_, i) => `art ${i}`).join('\n');
    const ok = doc(`banner motd ^C\n${body(900)}\n^C\nhostname x\n`);
    assert.equal(ok.lines.length, 2);
    assert.equal(ok.lines[0]!.textBlock!.text.split('\n').length, 902);
    const long = doc(`banner motd ^C\n${body(1500)}\n^C\nhostname x\n`);
    assert.equal(long.lines.length, 1503);
    assert.equal(long.lines[0]!.textBlock, undefined);
    assert.deepEqual(long.syntaxErrors, []);
  });

  it('keeps the lines inside ERROR nodes and reports only what it cannot read (defensive path)', () => {
    // No text makes the grammar produce ERROR nodes, so a hand-made tree stands in for one.
    const language = getLanguage('netcli');
    interface Fake {
      type: string;
      start: number;
      end: number;
      children?: Fake[];
    }
    const text = 'hostname x\n@@ junk\ninterface Ethernet1\n   mtu 9000\n%%\n';
    const at = (s: string, from = 0): [number, number] => {
      const i = text.indexOf(s, from);
      return [i, i + s.length];
    };
    const leaf = (type: string, s: string, from = 0): Fake => {
      const [start, end] = at(s, from);
      return { type, start, end };
    };
    const node = (type: string, children: Fake[]): Fake => ({ type, start: children[0]!.start, end: children[children.length - 1]!.end, children });
    const root = node('source_file', [
      node('command', [leaf('keyword', 'hostname'), leaf('word', 'x')]),
      node('ERROR', [
        leaf('word', '@@'),
        leaf('word', 'junk'),
        node('section', [
          node('command', [leaf('keyword', 'interface'), leaf('interface_name', 'Ethernet1')]),
          node('block', [node('command', [leaf('keyword', 'mtu'), leaf('number', '9000')])]),
        ]),
      ]),
      node('ERROR', [leaf('word', '%%')]),
    ]);
    const idOf = (t: string): number => (t === 'ERROR' ? 0xffff : language.idForNodeType(t, true)!);
    const stack: { n: Fake; i: number }[] = [{ n: root, i: 0 }];
    const cur = (): Fake => stack[stack.length - 1]!.n;
    const cursor = {
      get nodeTypeId() {
        return idOf(cur().type);
      },
      get nodeType() {
        return cur().type;
      },
      get nodeIsMissing() {
        return false;
      },
      get nodeIsNamed() {
        return true;
      },
      get startIndex() {
        return cur().start;
      },
      get endIndex() {
        return cur().end;
      },
      gotoFirstChild() {
        const c = cur().children;
        if (!c?.length) return false;
        stack.push({ n: c[0]!, i: 0 });
        return true;
      },
      gotoNextSibling() {
        if (stack.length < 2) return false;
        const top = stack[stack.length - 1]!;
        const sib = stack[stack.length - 2]!.n.children![top.i + 1];
        if (!sib) return false;
        stack[stack.length - 1] = { n: sib, i: top.i + 1 };
        return true;
      },
      gotoParent() {
        if (stack.length < 2) return false;
        stack.pop();
        return true;
      },
      delete() {},
    };
    const tree = { language, rootNode: { hasError: true }, walk: () => cursor } as unknown as Tree;
    const d = toCliDocument('file:///t.cfg', tree, text);
    assert.deepEqual(outline(d.lines), ['hostname|x', 'interface|Ethernet1', '  mtu|9000']);
    assert.deepEqual(
      d.syntaxErrors.map((e) => [e.range, e.message]),
      [
        [r(1, 0, 1, 7), "Syntax error: unexpected '@@ junk'"],
        [r(4, 0, 4, 2), "Syntax error: unexpected '%%'"],
      ],
    );
  });

  it('random documents: no ERROR, every non-comment line once, in order, words as written', () => {
    const vocabulary = [
      'interface Ethernet1',
      'mtu 9000',
      'no shutdown',
      'default qos trust',
      '!',
      '! comment',
      '!! x',
      '#x',
      'banner motd ^C',
      'banner exec #hi#',
      'text line',
      '^C',
      'banner motd',
      'EOF',
      'comment',
      'description a ! b # c',
      'router bgp 65001',
      'exit',
      'end',
      'ip address 10.0.0.1/31',
      'no',
      'Ünï 😀 管理',
      '{ "a": [1, 2] }',
      'x\0y',
      '\0',
      'banner',
      'banner ^C',
      'banner login %',
      '%',
      'comment x',
      '   EOF  ',
      '\x03',
      'banner motd \x03',
      'a\tb',
    ];
    let seed = 1234;
    const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    const indents = ['', '', ' ', '  ', '   ', '    ', '      ', '        ', '\t', ' \t', '\0 '];
    for (let round = 0; round < 400; round++) {
      const eol = rnd(4) === 0 ? '\r\n' : '\n';
      const rows: string[] = [];
      for (let i = 0, n = 5 + rnd(40); i < n; i++) {
        rows.push(rnd(8) === 0 ? '' : indents[rnd(indents.length)]! + vocabulary[rnd(vocabulary.length)]! + (rnd(5) === 0 ? '  ' : ''));
      }
      const text = rows.join(eol) + (rnd(2) ? eol : '');
      const tree = parse('netcli', text);
      const hasError = tree.rootNode.hasError;
      tree.delete();
      assert.equal(hasError, false, JSON.stringify(text));
      const d = doc(text);
      const src = text.split('\n').map((l) => l.replace(/\r$/, ''));
      const lineRows: number[] = [];
      const covered = new Set<number>();
      const visit = (l: CliLine): void => {
        const row = l.range.start.line;
        lineRows.push(row);
        const raw = src[row]!;
        assert.equal(raw.slice(0, l.indent), l.indentText);
        assert.equal(raw.slice(l.indent).replace(/[\s\0]+$/, ''), l.text.replace(/[\s\0]+$/, ''));
        for (const w of l.words) assert.equal(src[w.range.start.line]!.slice(w.range.start.character, w.range.end.character), w.text);
        if (!l.textBlock) {
          assert.deepEqual(
            l.words.map((w) => w.text),
            l.text.split(/[\s\0]+/).filter(Boolean),
            JSON.stringify(text),
          );
        } else {
          for (let r2 = row; r2 <= l.textBlock.range.end.line + 1; r2++) covered.add(r2);
        }
        l.children.forEach(visit);
      };
      d.lines.forEach(visit);
      for (let i = 1; i < lineRows.length; i++) assert.ok(lineRows[i]! > lineRows[i - 1]!, `lines out of order in ${JSON.stringify(text)}`);
      const commentRows = new Set(d.comments.map((c) => c.range.start.line));
      for (const row of lineRows) assert.ok(!commentRows.has(row));
      const lineRowSet = new Set(lineRows);
      src.forEach((raw, row) => {
        const t = raw.replace(/[\s\0]+/g, '');
        if (!t || covered.has(row)) return;
        if (/^[!#]/.test(raw.replace(/^[\s\0]+/, ''))) assert.ok(commentRows.has(row), `row ${row} comment missing in ${JSON.stringify(text)}`);
        else assert.ok(lineRowSet.has(row), `row ${row} '${raw}' missing in ${JSON.stringify(text)}`);
      });
    }
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
      'hostname leaf1',
      'interface Ethernet1',
      '   mtu 9000',
      '   comment',
      '   text',
      '   EOF',
      '!',
      'router bgp 1',
      '   vlan 10',
      '      rd 1:1',
      '   ! x',
      'banner motd ^C',
      'hi',
      '^C',
      'end',
      '',
    ].join('\n');
    const pieces = ['\n', '   ', 'x ', '!', 'EOF\n', '^C', '\n   sub', 'interface Et2\n', '      deep\n', '', '\0', '\t', '\r\n'];
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
