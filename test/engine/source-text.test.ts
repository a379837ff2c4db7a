import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeBytes, encodeText, eolOf, loneCrAsLf, withEol } from '../../server/src/engine/source-text';
import { writeAllOrNothing } from '../../server/src/engine/write-files';
import { readSource } from '../../server/src/engine/files';
import { applyFixes } from '../../server/src/output/apply-fixes';

describe('source text: bytes ↔ text', () => {
  it('gives back the same bytes for any input (seeded random bytes, BOMs, broken UTF-8)', () => {
    let seed = 20261206;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const samples: Buffer[] = [
      Buffer.from('caf\xe9 cr\xe8me\r\n', 'latin1'),
      Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a]),
      Buffer.from([0xef, 0xbb]),
      Buffer.from([0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xe2, 0x82]),
      Buffer.from('𝄞 ok é', 'utf8'),
    ];
    for (let i = 0; i < 500; i++) samples.push(Buffer.from(Array.from({ length: rand(64) }, () => (rand(4) === 0 ? rand(256) : 0x20 + rand(0x60)))));
    for (const b of samples) assert.ok(encodeText(decodeBytes(b)).equals(b), JSON.stringify([...b]));
  });

  it('reads valid UTF-8 as itself and each other byte as one character', () => {
    assert.deepEqual(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9])), { text: 'hé', bom: true });
    const latin = decodeBytes(Buffer.from('caf\xe9!', 'latin1')).text;
    assert.equal(latin.length, 5, 'one character for the byte 0xE9');
    assert.equal(latin.charCodeAt(3), 0xdce9);
  });

  it('finds the line ending a file uses, and writes inserted lines with it', () => {
    assert.equal(eolOf('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(eolOf('a\rb\rc'), '\r');
    assert.equal(eolOf('a\nb\r\n'), '\n', 'a tie goes to the first');
    assert.equal(eolOf('no break'), '\n');
    assert.equal(withEol('\n   mtu 9214\n', '\r\n'), '\r\n   mtu 9214\r\n');
    assert.equal(loneCrAsLf('a\rb\r\nc\r'), 'a\nb\r\nc\n');
    const text = 'interface Ethernet1\r\n   mtu 9000\r\n';
    const r = applyFixes(new Map([['file:///a', text]]), [
      {
        title: 't',
        isPreferred: true,
        edits: [{ uri: 'file:///a', range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, newText: '\n   description x' }],
      },
    ]);
    assert.equal(r.changed.get('file:///a'), 'interface Ethernet1\r\n   description x\r\n   mtu 9000\r\n');
  });
});

describe('write-files: all or nothing', () => {
  it('refuses a file changed since it was read, and writes none of the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-write-'));
    try {
      const a = path.join(dir, 'a.cfg');
      const b = path.join(dir, 'b.cfg');
      fs.writeFileSync(a, 'mtu 9000\n');
      fs.writeFileSync(b, 'mtu 1500\n');
      const readA = await readSource(a);
      const readB = await readSource(b);
      fs.writeFileSync(b, 'mtu 1600\n');
      const out = writeAllOrNothing([
        { file: a, read: readA, bytes: Buffer.from('mtu 9214\n') },
        { file: b, read: readB, bytes: Buffer.from('mtu 9214\n') },
      ]);
      assert.equal(out.ok, false);
      assert.deepEqual(!out.ok && out.problems, [{ file: b, reason: 'it changed since it was read' }]);
      assert.equal(fs.readFileSync(a, 'utf8'), 'mtu 9000\n');
      assert.equal(fs.readFileSync(b, 'utf8'), 'mtu 1600\n');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['a.cfg', 'b.cfg']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
