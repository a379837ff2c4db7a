import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/model/line-index';
import { applyEdits, applyFixes, EditConflictError, lineDiff, type DocumentEdit } from '../../server/src/output/apply-fixes';
import type { Fix } from '../../server/src/rules/types';

function edit(sl: number, sc: number, el: number, ec: number, newText: string): DocumentEdit {
  return { range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, newText };
}

describe('applyEdits', () => {
  const text = 'interface Ethernet1\n   mtu 9000\n!\n';

  it('replaces, inserts and deletes, in any order given', () => {
    const out = applyEdits(text, [edit(2, 0, 3, 0, ''), edit(1, 7, 1, 11, '9214'), edit(1, 11, 1, 11, '\n   no shutdown'), edit(0, 0, 0, 0, '! head\n')]);
    assert.equal(out, '! head\ninterface Ethernet1\n   mtu 9214\n   no shutdown\n');
  });

  it('keeps insertions at one position in the given order', () => {
    assert.equal(applyEdits('ab', [edit(0, 1, 0, 1, 'X'), edit(0, 1, 0, 1, 'Y')]), 'aXYb');
  });

  it('allows touching ranges and rejects overlapping ones', () => {
    assert.equal(applyEdits('abcdef', [edit(0, 2, 0, 4, '-'), edit(0, 0, 0, 2, '+')]), '+-ef');
    assert.throws(() => applyEdits('abcdef', [edit(0, 0, 0, 3, 'x'), edit(0, 2, 0, 4, 'y')]), EditConflictError);
    assert.throws(() => applyEdits('abcdef', [edit(0, 3, 0, 1, 'x')]), EditConflictError);
  });

  it('counts characters in UTF-16 units and handles CRLF, CR and positions past the end', () => {
    // "é" is one unit, "𝄞" two (a surrogate pair).
    assert.equal(applyEdits('a𝄞b\r\nmtu 1', [edit(0, 3, 0, 4, 'B'), edit(1, 4, 1, 5, '9')]), 'a𝄞B\r\nmtu 9');
    assert.equal(applyEdits('x\ry', [edit(1, 0, 1, 1, 'z')]), 'x\rz');
    // A character past the line's end stops before its line break; a line past the end is the end.
    assert.equal(applyEdits('ab\r\ncd', [edit(0, 99, 0, 99, '!')]), 'ab!\r\ncd');
    assert.equal(applyEdits('ab\n', [edit(5, 0, 5, 0, 'end\n')]), 'ab\nend\n');
    const s = 'ab\r\ncd';
    assert.equal(new LineIndex(s).offsetAt({ line: 1, character: 0 }), 4);
  });

  it('returns the text unchanged without edits', () => {
    assert.equal(applyEdits(text, []), text);
  });
});

describe('applyFixes', () => {
  const a = 'file:///a.cfg';
  const b = 'file:///b.cfg';
  const texts = new Map([
    [a, 'mtu 9000\n'],
    [b, 'mtu 9214\n'],
  ]);
  const fix = (title: string, uri: string, e: DocumentEdit): Fix => ({ title, isPreferred: true, edits: [{ uri, ...e }] });

  it('applies non-overlapping fixes across files and skips conflicting ones whole', () => {
    const raiseA = fix('raise a', a, edit(0, 4, 0, 8, '9214'));
    const lowerA = fix('lower a differently', a, edit(0, 0, 0, 8, 'mtu 1500'));
    const both: Fix = {
      title: 'both',
      edits: [
        { uri: b, ...edit(0, 0, 0, 0, '! x\n') },
        { uri: a, ...edit(0, 5, 0, 6, '1') },
      ],
    };
    const r = applyFixes(texts, [raiseA, lowerA, both]);
    assert.deepEqual(
      r.applied.map((f) => f.title),
      ['raise a'],
    );
    assert.deepEqual(
      r.skipped.map((f) => f.title),
      ['lower a differently', 'both'],
    );
    assert.equal(r.changed.get(a), 'mtu 9214\n');
    assert.equal(r.changed.has(b), false, 'a skipped fix leaves every file of it alone');
  });

  it('applies an identical edit proposed twice only once', () => {
    const one = fix('one', a, edit(0, 4, 0, 8, '9214'));
    const two = fix('two', a, edit(0, 4, 0, 8, '9214'));
    const r = applyFixes(texts, [one, two]);
    assert.equal(r.applied.length, 2);
    assert.equal(r.changed.get(a), 'mtu 9214\n');
  });

  it('leaves a different insertion at a point another fix inserts at for the next pass', () => {
    const mtu = fix('mtu', a, edit(1, 0, 1, 0, 'mtu 9214\n'));
    const other = fix('other mtu', a, edit(1, 0, 1, 0, 'mtu 9000\n'));
    const r = applyFixes(texts, [mtu, other]);
    assert.deepEqual(
      r.applied.map((f) => f.title),
      ['mtu'],
    );
    assert.equal(r.changed.get(a), 'mtu 9000\nmtu 9214\n');
  });

  it('skips a fix for a file it does not know', () => {
    const r = applyFixes(texts, [fix('elsewhere', 'file:///c.cfg', edit(0, 0, 0, 0, 'x'))]);
    assert.equal(r.applied.length, 0);
    assert.equal(r.changed.size, 0);
  });
});

describe('lineDiff', () => {
  it('turns one text into another with one edit per run of changed lines (seeded random edits)', () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (const eol of ['\n', '\r\n']) {
      for (let round = 0; round < 300; round++) {
        // At least two lines: applyEdits writes inserted line breaks in the text's own style, which needs one.
        const lines = Array.from({ length: 2 + rand(30) }, () => `line ${rand(8)}`);
        const next = [...lines];
        for (let e = rand(5); e > 0; e--) {
          const at = rand(next.length + 1);
          if (rand(2) === 0) next.splice(at, 0, `new ${rand(100)}`);
          else next.splice(at, 1);
        }
        const before = lines.join(eol) + (rand(2) ? eol : '');
        const after = next.join(eol) + (rand(2) ? eol : '');
        const edits = lineDiff(before, after);
        assert.equal(applyEdits(before, edits), after, JSON.stringify({ before, after, edits }));
      }
    }
  });

  it('keeps the lines between two fixes out of the edits', () => {
    const before = 'interface A\n   mtu 9000\n!\ninterface B\n   mtu 1500\n';
    const after = 'interface A\n   mtu 9214\n!\ninterface B\n   mtu 9214\n';
    assert.deepEqual(lineDiff(before, after), [
      { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '   mtu 9214\n' },
      { range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, newText: '   mtu 9214\n' },
    ]);
  });
});
