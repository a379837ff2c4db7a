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
  if (!corpus) {
    const reason = `corpus not found (set FABRIC_LINT_CORPUS or provide ../shared/corpus)`;
    it(`skipped: ${reason}`, function () {
      console.log(`    ${reason}`);
      this.skip();
    });
    return;
  }
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
            assert.equal(row.slice(at(w.range.start.line, w.range.start.character), w.range.end.character), w.text, `${rel}:${w.range.start.line + 1}: word text`);
            assert.match(w.text, /^\S+$/u, `${rel}:${w.range.start.line + 1}: word '${w.text}'`);
          }
          const row = rows[l.range.start.line]!;
          assert.equal(row.slice(0, l.indent), l.indentText, `${rel}:${l.range.start.line + 1}: indentText`);
          assert.equal(row.slice(l.indent).replace(/\s+$/, ''), l.text, `${rel}:${l.range.start.line + 1}: text`);
          assert.ok(l.text.startsWith(l.words[0]!.text), `${rel}:${l.range.start.line + 1}: text starts with the first word`);
          // Words are the whitespace-split line (text blocks aside).
          if (!l.textBlock) assert.deepEqual(l.words.map((w) => w.text), l.text.split(/[ \t]+/), `${rel}:${l.range.start.line + 1}: words`);
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

  it('parses and adapts the biggest file quickly, and a 100k-line file in well under a second', function () {
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
    const text = fs.readFileSync(biggest, 'utf8');
    const time = (t: string): { parseMs: number; adaptMs: number; lines: number } => {
      let s = performance.now();
      const tree = parse('netcli', t);
      const parseMs = performance.now() - s;
      s = performance.now();
      const doc = toCliDocument('file:///big.cfg', tree, t);
      const adaptMs = performance.now() - s;
      tree.delete();
      return { parseMs, adaptMs, lines: doc.end.line };
    };
    // Best of three, so a busy machine does not fail the test.
    const best = (t: string): { parseMs: number; adaptMs: number; lines: number } =>
      [time(t), time(t), time(t)].reduce((a, b) => (a.parseMs + a.adaptMs <= b.parseMs + b.adaptMs ? a : b));
    const one = best(text);
    console.log(`    ${path.relative(dir, biggest)} (${size} bytes, ${one.lines} lines): parse ${one.parseMs.toFixed(1)} ms, adapt ${one.adaptMs.toFixed(1)} ms`);
    let big = text;
    while (big.split('\n').length < 100_000) big += `\n${text}`;
    const many = best(big);
    console.log(`    same file repeated (${big.length} chars, ${many.lines} lines): parse ${many.parseMs.toFixed(1)} ms, adapt ${many.adaptMs.toFixed(1)} ms`);
    // About 0.5 s on an idle machine. The guard is looser so a busy CI host does not fail it, yet
    // it still catches any super-linear regression. FABRIC_LINT_PARSE_BUDGET_MS overrides it.
    const budget = Number(process.env.FABRIC_LINT_PARSE_BUDGET_MS) || 2500;
    assert.ok(many.parseMs + many.adaptMs < budget, `100k lines took ${(many.parseMs + many.adaptMs).toFixed(0)} ms (budget ${budget} ms)`);
  });
});
