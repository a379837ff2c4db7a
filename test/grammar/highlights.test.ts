import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Query } from 'web-tree-sitter';
import { getLanguage, initParsers, parse } from '../../server/src/parsing/parser';
import { ROOT } from './helpers';

describe('grammar netcli: queries/highlights.scm', function () {
  before(async () => {
    await initParsers();
  });

  it('compiles against the grammar and captures the typed nodes', () => {
    const source = fs.readFileSync(path.join(ROOT, 'grammars', 'netcli', 'queries', 'highlights.scm'), 'utf8');
    const query = new Query(getLanguage('netcli'), source);
    const text = [
      '! device: leaf1',
      'interface Ethernet1',
      '   no shutdown',
      '   ip address 10.0.0.1/31',
      '   mtu 9214',
      'banner motd ^C',
      'hi',
      '^C',
      'end',
      '',
    ].join('\n');
    const tree = parse('netcli', text);
    const got = new Set(query.captures(tree.rootNode).map((c) => `${c.name}=${c.node.text.split('\n')[0]}`));
    tree.delete();
    query.delete();
    for (const want of [
      'comment.special=! device: leaf1',
      'keyword.function=interface',
      'type=Ethernet1',
      'keyword.operator=no',
      'keyword=shutdown',
      'number.special=10.0.0.1/31',
      'number=9214',
      'string=^C',
      'keyword.control=end',
    ]) {
      assert.ok(got.has(want), `missing capture ${want}; got ${[...got].join(', ')}`);
    }
  });
});
