import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import type { CliLine } from '../../server/src/parsing/cli-tree';
import { initParsers, parse } from '../../server/src/parsing/parser';
import { corpusDir, errorNodes, filesUnder } from './helpers';

/** The families of the corpus that the netcli grammar covers (files of other formats included). */
const FAMILIES = ['eos', 'nxos', 'ios'];
const corpus = corpusDir();

describe('grammar netcli: real configs of the corpus', function () {
  const dir = corpus;

  before(async () => {
    await initParsers();
  });

  for (const family of FAMILIES) {
    it(`${family}: every file parses without ERROR or MISSING nodes`, function () {
      const root = path.join(dir, family);
      if (!fs.existsSync(root)) this.skip();
      const files = filesUnder(root);
      assert.ok(files.length > 0, `no files under ${root}`);
      const failures: string[] = [];
      for (const file of files) {
        const tree = parse('netcli', fs.readFileSync(file, 'utf8'));
        try {
          const errors = errorNodes(tree);
          if (errors.length) failures.push(`${path.relative(dir, file)}: ${errors.join(', ')}`);
          else if (tree.rootNode.hasError) failures.push(`${path.relative(dir, file)}: hasError, but no ERROR/MISSING node found`);
        } finally {
          tree.delete();
        }
      }
      assert.deepEqual(failures, [], `${failures.length} of ${files.length} files have syntax errors:\n${failures.join('\n')}`);
    });
  }

  it('the adapter reproduces every word and line of every file', () => {
    let lineCount = 0;
    for (const family of FAMILIES) {
      const root = path.join(dir, family);
      if (!fs.existsSync(root)) continue;
      for (const file of filesUnder(root)) {
        const text = fs.readFileSync(file, 'utf8');
        const rows = text.split('\n');
        const at = (line: number, character: number): number => {
          assert.ok(line < rows.length, `line ${line} out of range`);
          return character;
        };
        const tree = parse('netcli', text);
        const doc = toCliDocument(`file://${file}`, tree, text);
        const rel = path.relative(dir, file);
        // The fast path (words read from the text) must equal visiting every leaf of the tree,
        // and the text taken from the tree must be the text given.
        assert.deepEqual(toCliDocument(`file://${file}`, tree, text, { exactWords: true }), doc, `${rel}: exact walk differs`);
        assert.deepEqual(toCliDocument(`file://${file}`, tree), doc, `${rel}: text from the tree differs`);
        tree.delete();
        assert.deepEqual(doc.syntaxErrors, [], rel);
        const check = (l: CliLine): void => {
          lineCount++;
          assert.ok(l.words.length > 0, `${rel}:${l.range.start.line + 1}: a line without words`);
          for (const w of l.words) {
            assert.equal(w.range.start.line, w.range.end.line, `${rel}: word spans lines`);
            const row = rows[w.range.start.line]!;
            assert.equal(
              row.slice(at(w.range.start.line, w.range.start.character), w.range.end.character),
              w.text,
              `${rel}:${w.range.start.line + 1}: word text`,
            );
            assert.match(w.text, /^\S+$/u, `${rel}:${w.range.start.line + 1}: word '${w.text}'`);
          }
          const row = rows[l.range.start.line]!;
          assert.equal(row.slice(0, l.indent), l.indentText, `${rel}:${l.range.start.line + 1}: indentText`);
          assert.equal(row.slice(l.indent).replace(/\s+$/, ''), l.text, `${rel}:${l.range.start.line + 1}: text`);
          assert.ok(l.text.startsWith(l.words[0]!.text), `${rel}:${l.range.start.line + 1}: text starts with the first word`);
          // Words are the whitespace-split line (text blocks aside).
          if (!l.textBlock)
            assert.deepEqual(
              l.words.map((w) => w.text),
              l.text.split(/[ \t]+/),
              `${rel}:${l.range.start.line + 1}: words`,
            );
          for (const c of l.children) {
            assert.ok(c.indent > l.indent || c.indentText.includes('\t'), `${rel}:${c.range.start.line + 1}: child not deeper than its parent`);
            check(c);
          }
        };
        doc.lines.forEach(check);
        for (const c of doc.comments) assert.match(c.text, /^[!#]/, `${rel}:${c.range.start.line + 1}: comment`);
      }
    }
    assert.ok(lineCount > 10000, `only ${lineCount} lines seen`);
  });

  it('parses the biggest corpus file repeated to 100k lines into the same lines, in order', function () {
    // Speed is measured by `npm run bench`; this checks that size changes nothing but the count.
    let biggest = '';
    let size = -1;
    for (const family of FAMILIES) {
      const root = path.join(dir, family);
      if (!fs.existsSync(root)) continue;
      for (const f of filesUnder(root)) {
        const s = fs.statSync(f).size;
        if (s > size) [biggest, size] = [f, s];
      }
    }
    const text = fs.readFileSync(biggest, 'utf8').replace(/\n?$/, '\n');
    const once = parse('netcli', text);
    const one = toCliDocument('file:///big.cfg', once, text);
    once.delete();
    let copies = 0;
    let big = '';
    while (big.split('\n').length < 100_000) {
      big += text;
      copies++;
    }
    const tree = parse('netcli', big);
    const many = toCliDocument('file:///big.cfg', tree, big);
    assert.equal(tree.rootNode.hasError, false);
    tree.delete();
    assert.equal(many.lines.length, one.lines.length * copies);
    assert.deepEqual(
      many.lines.slice(-one.lines.length).map((l) => l.text),
      one.lines.map((l) => l.text),
    );
  });
});
