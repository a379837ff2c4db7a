import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pack, unpack, Unpackable, MAX_DEPTH, type Packed } from '../../server/src/engine/analysis-codec';
import { Workspace } from '../../server/src/engine/workspace';
import { vlanTableDefs, vlanTableGet, vlanTableSize } from '../../server/src/model/vlan-table';
import type { FileAnalysis } from '../../server/src/engine/types';
import { benchFabric } from '../helpers/bench-fabric';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** What crosses to the caller's thread: the packed value after a structured clone, as postMessage delivers it. */
function across(value: unknown): unknown {
  return unpack(structuredClone(pack(value)) as Packed);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

const isPositionOrRange = (x: object): boolean => {
  const keys = Object.keys(x).join();
  return keys === 'line,character' || keys === 'start,end';
};

/**
 * Every object reachable from `v`, in a deterministic order, and how often each is reached; positions and ranges
 * aside, which the codec shares across analyses.
 */
function sharing(v: unknown): number[] {
  const seen = new Map<object, number>();
  const order: object[] = [];
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object') continue;
    if (isPositionOrRange(x)) continue;
    const n = seen.get(x);
    seen.set(x, (n ?? 0) + 1);
    if (n !== undefined) continue;
    order.push(x);
    const children = x instanceof Map ? [...x].flat() : x instanceof Set ? [...x] : Object.values(x);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return order.map((o) => seen.get(o)!);
}

describe('analysis codec (analyses from threads to the caller)', () => {
  it('gives back every analysis of the corpus as it was, with the same objects shared', async () => {
    const dir = path.join(ROOT, 'test', 'corpus');
    const ws = await Workspace.create({ roots: [pathToFileURL(dir).href] });
    for (const f of filesUnder(dir)) ws.setFile(pathToFileURL(f).href, fs.readFileSync(f, 'utf8'));
    let configs = 0;
    for (const uri of ws.uris()) {
      const analysis = ws.analysis(uri)!;
      const back = across(analysis);
      assert.deepStrictEqual(back, analysis, uri);
      assert.deepStrictEqual(sharing(back), sharing(analysis), `${uri}: objects shared differently`);
      if (analysis.kind === 'config') configs++;
    }
    assert.ok(configs > 100, `the corpus has configs of every dialect (${configs})`);
  });

  it('gives every analysis one frozen object per position and per range, as the other analyses', () => {
    const loc = (uri: string, line: number) => ({ uri, range: { start: { line, character: 3 }, end: { line, character: 11 } } });
    const a = across({ mtu: loc('file:///a.cfg', 7), lines: [loc('file:///a.cfg', 7)] }) as { mtu: ReturnType<typeof loc>; lines: ReturnType<typeof loc>[] };
    const b = across({ mtu: loc('file:///b.cfg', 7) }) as { mtu: ReturnType<typeof loc> };
    assert.equal(a.mtu.range, b.mtu.range, 'the same range in two files is one object');
    assert.equal(a.mtu.range, a.lines[0]!.range);
    assert.notEqual(a.mtu, b.mtu, 'a Loc names its file');
    assert.equal(b.mtu.uri, 'file:///b.cfg');
    assert.ok(Object.isFrozen(a.mtu.range) && Object.isFrozen(a.mtu.range.start));
    assert.deepStrictEqual(b.mtu, loc('file:///b.cfg', 7));
    const far = across({ start: { line: 3, character: 5000 }, end: { line: 90, character: 1 } }) as object;
    assert.deepStrictEqual(far, { start: { line: 3, character: 5000 }, end: { line: 90, character: 1 } }, 'past the interned columns, as it came');
  });

  it('keeps holes, undefined, null, -0, NaN, doubles, big integers, Maps, Sets and odd keys', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holes = [1, , 3];
    const odd = Object.defineProperty({ a: 1 } as Record<string, unknown>, '__proto__', { value: 2, enumerable: true, writable: true, configurable: true });
    const wide = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
    const value = {
      holes,
      undef: undefined,
      inArray: [undefined, null],
      numbers: [-0, NaN, Infinity, 0.5, 2 ** 40, -(2 ** 31), 2 ** 31 - 1],
      map: new Map<unknown, unknown>([
        [1, 'one'],
        ['k', { x: 1 }],
      ]),
      set: new Set(['a', 'b']),
      odd,
      wide,
      '12': 'integer-like key',
      'a "quoted" key': true,
    };
    const back = across(value) as typeof value;
    assert.deepStrictEqual(back, value);
    assert.equal(1 in back.holes, false, 'a hole stays a hole');
    assert.ok(Object.is(back.numbers[0], -0));
    assert.equal(Object.getPrototypeOf(back.odd), Object.prototype, '__proto__ is a key, not the prototype');
    assert.equal(back.odd['__proto__'], 2);
    assert.deepStrictEqual(Object.keys(back), Object.keys(value));
  });

  it('keeps a long array with holes whole', () => {
    const long: unknown[] = Array.from({ length: 70_000 }, (_, i) => i);
    delete long[5];
    const back = across(long) as unknown[];
    assert.equal(back.length, 70_000);
    assert.equal(5 in back, false);
    assert.equal(back[69_999], 69_999);
  });

  it('carries an Int32Array as its own copy of its values, as a structured clone does', () => {
    const rows = Int32Array.from([1, 2, -1, 0, 2 ** 31 - 1, -(2 ** 31), 4094]);
    const view = new Int32Array([9, 8, 7, 6, 5]).subarray(1, 4);
    const long = Int32Array.from({ length: 10_000 }, (_, i) => i * 7 - 3);
    const value = { rows, again: rows, view, empty: new Int32Array(0), long, after: 'the tape goes on' };
    const back = across(value) as typeof value;
    assert.deepStrictEqual(back, value);
    assert.deepStrictEqual(back, structuredClone(value));
    assert.ok(back.rows instanceof Int32Array && back.view instanceof Int32Array);
    assert.deepStrictEqual([...back.view], [8, 7, 6], 'a view carries its own values only');
    assert.equal(back.again, back.rows, 'an array met twice is one array');
    for (const a of [back.rows, back.view, back.long]) assert.equal(a.buffer.byteLength, a.byteLength, 'not a view of the tape');
    class Rows extends Int32Array {}
    for (const v of [new Rows(2), new Uint8Array(2), new Float64Array(1)]) assert.throws(() => pack(v), Unpackable);
  });

  it('gives back the VLAN tables of leaves defining a thousand VLANs each as a structured clone does', async () => {
    const ws = await Workspace.create({ roots: ['file:///bench'] });
    for (const [name, text] of benchFabric(4)) ws.setFile(`file:///bench/${name}`, text);
    let leaves = 0;
    for (const uri of ws.uris()) {
      const analysis = ws.analysis(uri)!;
      const back = across(analysis) as FileAnalysis;
      assert.deepStrictEqual(back, structuredClone(analysis), uri);
      assert.deepStrictEqual(back, analysis, uri);
      const vlans = analysis.kind === 'config' ? analysis.device.vlans : undefined;
      if (!vlans || vlanTableSize(vlans) < 1000 || back.kind !== 'config') continue;
      leaves++;
      const crossed = back.device.vlans!;
      assert.ok(crossed.rows instanceof Int32Array);
      assert.deepStrictEqual([...vlanTableDefs(crossed)], [...vlanTableDefs(vlans)], uri);
      assert.equal(vlanTableGet(crossed, 10)!.name, 'VLAN_10');
      assert.equal(vlanTableGet(crossed, 10)!.loc.range, vlanTableGet(vlans, 10)!.loc.range, 'one shared range on this thread');
    }
    assert.ok(leaves >= 2, `the bench's leaves define their VLANs (${leaves})`);
  });

  it('refuses what a structured clone would carry differently or not at all', () => {
    class Point {
      x = 1;
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = [deep];
    for (const v of [new Point(), cycle, deep, { f: () => 1 }, { d: new Date(0) }, 10n]) assert.throws(() => pack(v), Unpackable);
  });
});
