/**
 * Incremental parsing: an open document keeps its syntax tree, the editor's change ranges edit it
 * (lsp/document-edits.ts, the server's own update function) and the next analysis reparses from it
 * (engine/open-trees.ts). After every edit of a seeded random sequence, on a real config of each grammar
 * (netcli, junos, json, srlinux) with CRLF and non-ASCII text mixed in, the analysis must equal a fresh
 * parse's, and the kept tree must have been used.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { Workspace } from '../../server/src/engine/workspace';
import { DocumentEdits } from '../../server/src/lsp/document-edits';
import { corpusDir, REPO_ROOT } from '../helpers/lint';
import { seededRandom } from '../helpers/seeded-random';

const INSERTS = ['', 'x', ' ', '9', '\n', '\r\n', ' mtu 9000\n', 'interface Ethernet9/1\n', '{', '}', ';', '"', ',', 'é', '😀', '   description é😀\n'];

function randomChange(doc: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const text = doc.getText();
  const start = Math.floor(next() * (text.length + 1));
  const end = Math.min(text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 40)));
  // Half the time, a piece of the document itself (lines move), else a typed fragment.
  const from = Math.floor(next() * text.length);
  const insert = next() < 0.3 ? text.slice(from, from + Math.floor(next() * 80)) : INSERTS[Math.floor(next() * INSERTS.length)]!;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert };
}

describe('incremental parsing of open documents', function () {
  this.timeout(300000);
  const corpus = corpusDir();
  const files = [
    path.join(REPO_ROOT, 'examples', 'leaf-spine', 'leaf1.cfg'),
    path.join(corpus, 'junos', 'batfish-juniper-grammar-testconfigs', 'class-of-service-comprehensive'),
    path.join(corpus, 'srlinux', 'containerlab-srl02', 'srl1.cfg'),
    path.join(corpus, 'sonic', 'sonic-buildimage-config-engine-samples', 'buffer-arista7260-t1.json'),
  ];

  for (const [i, file] of files.entries()) {
    it(`reparses ${path.relative(REPO_ROOT, file)} from its edited tree, with the same analysis as a fresh parse`, async () => {
      const uri = 'file:///incremental/' + path.basename(file);
      const root = ['file:///incremental'];
      const ws = await Workspace.create({ roots: root });
      const edits = new DocumentEdits();
      let doc = TextDocument.create(uri, 'plaintext', 1, fs.readFileSync(file, 'utf8'));
      ws.keepTree(uri, true);
      ws.setFile(uri, doc.getText());
      assert.equal(ws.analysis(uri)?.kind, 'config');
      assert.equal(ws.treeStats().kept, 1, 'the open document keeps its tree');
      const next = seededRandom(1000 + i);
      for (let step = 0; step < 60; step++) {
        const changes = Array.from({ length: next() < 0.2 ? 3 : 1 }, () => randomChange(doc, next));
        // Each change is relative to the document after the previous one, as in a didChange.
        for (const c of changes) doc = edits.update(doc, [c], step + 2);
        ws.setFile(uri, doc.getText(), edits.take(uri));
        const incremental = ws.analysis(uri);
        const fresh = await Workspace.create({ roots: root });
        fresh.setFile(uri, doc.getText());
        assert.ok(isDeepStrictEqual(incremental, fresh.analysis(uri)), `step ${step}: the incremental analysis differs from a fresh one`);
      }
      assert.ok(ws.treeStats().reused >= 50, `parses started from the kept tree: ${ws.treeStats().reused}`);
      ws.keepTree(uri, false);
      assert.equal(ws.treeStats().kept, 0, 'a closed document keeps no tree');
      assert.equal(ws.analysis(uri)?.kind, 'config', 'but keeps its analysis');
    });
  }

  it('parses afresh when a change replaced the whole text', async () => {
    const uri = 'file:///incremental/leaf1.cfg';
    const ws = await Workspace.create({ roots: ['file:///incremental'] });
    const edits = new DocumentEdits();
    let doc = TextDocument.create(uri, 'plaintext', 1, fs.readFileSync(files[0]!, 'utf8'));
    ws.keepTree(uri, true);
    ws.setFile(uri, doc.getText());
    ws.analysis(uri);
    doc = edits.update(doc, [{ text: doc.getText().replace('hostname leaf1', 'hostname leafX') }], 2);
    ws.setFile(uri, doc.getText(), edits.take(uri));
    const a = ws.analysis(uri);
    assert.equal(ws.treeStats().reused, 0);
    assert.equal(a?.kind === 'config' ? a.device.hostname : undefined, 'leafX');
  });
});
