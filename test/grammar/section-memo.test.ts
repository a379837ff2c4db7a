// An open document's CLI adapter reuses the top-level sections a keystroke left as they were (cli-adapter
// SectionMemo): the document must be the one a fresh walk gives, edit after edit, and the untouched sections must be
// the same objects as before (else the memo does nothing).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';
import type { CliDocument } from '../../server/src/parsing/cli-tree';
import { type AdapterMemo, initParsers, parse } from '../../server/src/parsing/parser';
import { Workspace } from '../../server/src/engine/workspace';

const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'corpus');
const FILES = ['eos/avd-examples-dual-dc-l3ls', 'nxos/azurestack-switch-config-generator', 'ios'].flatMap((dir) => {
  const root = path.join(CORPUS, dir);
  const found: string[] = [];
  const queue = [root];
  while (queue.length > 0 && found.length < 2) {
    const d = queue.shift()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) queue.push(p);
      else if (/\.(cfg|conf|txt)$/.test(e.name) && fs.statSync(p).size > 2000) found.push(p);
    }
  }
  return found.slice(0, 2);
});

/**
 * Edits as an engineer makes them, each with whether it keeps every line where it was: a value typed over character
 * by character, a line added, a line removed, a section added on top, a stray line at the end, the original back.
 */
function edits(text: string): { text: string; inPlace: boolean }[] {
  const lines = text.split('\n');
  const mtu = lines.findIndex((l) => /^\s+mtu \d+/.test(l));
  const iface = lines.findIndex((l) => /^interface /.test(l));
  const at = mtu >= 0 ? mtu : iface + 1;
  const out: { text: string; inPlace: boolean }[] = [];
  const typed = [...lines];
  for (const value of ['9', '91', '910', '9100']) {
    typed[at] = lines[at]!.replace(/\d+|$/, value);
    out.push({ text: typed.join('\n'), inPlace: true });
  }
  const added = [...typed];
  added.splice(iface + 1, 0, '   description typed just now');
  out.push({ text: added.join('\n'), inPlace: false });
  const removed = [...added];
  removed.splice(iface + 1, 1);
  out.push({ text: removed.join('\n'), inPlace: false });
  out.push({ text: `interface Ethernet99\n   mtu 9214\n!\n${removed.join('\n')}`, inPlace: false });
  out.push({ text: removed.join('\n') + '\n  stray indented line\n', inPlace: false });
  out.push({ text, inPlace: false });
  return out;
}

function adapt(text: string, memo?: AdapterMemo): CliDocument {
  const tree = parse('netcli', text);
  try {
    return toCliDocument('file:///t.cfg', tree, text, memo ? { memo } : undefined);
  } finally {
    tree.delete();
  }
}

describe('CLI adapter: top-level sections reused between keystrokes', function () {
  before(() => initParsers());

  it('runs on real corpus files of EOS, NX-OS and IOS', () => {
    assert.ok(FILES.length >= 4, FILES.join(', '));
  });

  for (const file of FILES) {
    it(`gives the document of a fresh walk after each edit, reusing untouched sections: ${path.relative(CORPUS, file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const memo: AdapterMemo = {};
      let before = adapt(text, memo);
      assert.deepEqual(before, adapt(text));
      for (const next of edits(text)) {
        const now = adapt(next.text, memo);
        assert.deepEqual(now, adapt(next.text), 'the same document as without the memo');
        // Typing within a line leaves every other section where it was: all but the edited one are reused.
        const old = new Set(before.lines);
        const sections = now.lines.filter((l) => l.children.length > 0);
        const reused = sections.filter((l) => old.has(l)).length;
        if (next.inPlace) assert.ok(reused >= sections.length - 1 && sections.length > 3, `sections reused: ${reused} of ${sections.length}`);
        before = now;
      }
    });
  }

  it('an open document linted keystroke by keystroke reads as the same file read afresh', async () => {
    const file = FILES[0]!;
    const text = fs.readFileSync(file, 'utf8');
    const uri = 'file:///ws/leaf.cfg';
    const open = await Workspace.create({ roots: ['file:///ws'] });
    const fresh = await Workspace.create({ roots: ['file:///ws'] });
    open.keepTree(uri, true);
    open.setFile(uri, text);
    open.lint();
    for (const { text: next } of edits(text)) {
      open.setFile(uri, next);
      fresh.setFile(uri, next);
      const a = open.analysis(uri);
      const b = fresh.analysis(uri);
      assert.equal(a?.kind, 'config');
      assert.deepEqual(a, b);
      assert.deepEqual(open.lint().findings, fresh.lint().findings);
    }
  });
});
