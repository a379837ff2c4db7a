import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toSrlinuxDocument } from '../../server/src/dialects/srlinux/adapter';
import { MAX_JUNOS_DEPTH } from '../../server/src/parsing/junos-adapter';
import { initParsers, parse } from '../../server/src/parsing/parser';
import { REPO_ROOT } from '../helpers/lint';
import { corpusDir, errorNodes } from './helpers';

/** The SR Linux configurations of the corpus and the holdout (not their topology or Junos peers). */
function srlinuxFiles(): string[] {
  const out: string[] = [];
  for (const root of [path.join(corpusDir(), 'srlinux'), path.join(REPO_ROOT, 'test', 'holdout', 'srlinux')]) {
    for (const set of fs.readdirSync(root)) {
      for (const f of fs.readdirSync(path.join(root, set))) if (/^(srl|leaf|spine).*\.(cfg|cli)$/.test(f)) out.push(path.join(root, set, f));
    }
  }
  return out;
}

describe('grammar srlinux', () => {
  before(async () => {
    await initParsers();
  });

  it('parses every SR Linux file of the corpus and holdout, both forms, without ERROR or MISSING nodes', () => {
    const files = srlinuxFiles();
    assert.ok(files.length >= 9, `only ${files.length} files`);
    const failures: string[] = [];
    for (const file of files) {
      const tree = parse('srlinux', fs.readFileSync(file, 'utf8'));
      try {
        const errors = errorNodes(tree);
        if (errors.length || tree.rootNode.hasError) failures.push(`${path.basename(file)}: ${errors.join(', ')}`);
      } finally {
        tree.delete();
      }
    }
    assert.deepEqual(failures, []);
  });

  it('reads a statement that ends at the end of input, and a block that never closes, as one tree', () => {
    const text = 'interface ethernet-1/1 {\n    mtu 9232\n    subinterface 0 {\n        ip-mtu 9000';
    const tree = parse('srlinux', text);
    try {
      const doc = toSrlinuxDocument('file:///x.cfg', tree, text);
      assert.equal(
        doc.root.index.get('interface')?.index.get('ethernet-1/1')?.index.get('subinterface')?.index.get('0')?.index.get('ip-mtu')?.children[0]?.word,
        '9000',
      );
      assert.ok(doc.syntaxErrors.some((e) => e.message === 'missing "}"'));
    } finally {
      tree.delete();
    }
  });

  it('nests as deep as the input asks without recursion: past the depth limit it says so and reads the rest', () => {
    const depth = MAX_JUNOS_DEPTH + 50;
    const text = `${'a {\n'.repeat(depth)}${'}\n'.repeat(depth)}interface ethernet-1/1 {\n    mtu 9000\n}\n`;
    const tree = parse('srlinux', text);
    try {
      const doc = toSrlinuxDocument('file:///deep.cfg', tree, text);
      assert.ok(doc.syntaxErrors.some((e) => /nested more than/.test(e.message)));
      assert.equal(doc.root.index.get('interface')?.index.get('ethernet-1/1')?.index.get('mtu')?.children[0]?.word, '9000');
    } finally {
      tree.delete();
    }
  });
});
