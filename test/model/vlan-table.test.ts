/**
 * The compact VLAN table a device keeps (model/vlan-table.ts): what a reader collected comes back VLAN by VLAN, by ID
 * and in ID order, located as it was (test/extract/vlans.test.ts reads each dialect's VLANs through it).
 */
import { strict as assert } from 'node:assert';
import type { Loc } from '../../server/src/model/location';
import type { VlanDef } from '../../server/src/model/types';
import { vlanTable, vlanTableDefs, vlanTableGet, vlanTableHas, vlanTableIds, vlanTableSize } from '../../server/src/model/vlan-table';
import { extractText, ready } from '../extract/helpers';

const URI = 'file:///leaf1.cfg';
const at = (line: number, from: number, to: number, uri = URI): Loc => ({ uri, range: { start: { line, character: from }, end: { line, character: to } } });

describe('VLAN table (Device.vlans)', () => {
  before(ready);

  it('gives back each VLAN a reader collected, by ID and in ID order, with the last definition of an ID', () => {
    const defs: VlanDef[] = [
      { id: 300, loc: at(9, 0, 8), name: 'STORAGE', vni: { value: 10300, loc: at(40, 3, 22) } },
      { id: 1, loc: at(0, 0, 0) },
      { id: 4094, loc: at(12, 0, 9), name: 'MLAG_PEER', trunkGroups: ['MLAG'] },
      { id: 20, loc: at(5, 0, 7), name: 'OLD' },
      { id: 20, loc: at(7, 0, 7), name: 'SERVERS' },
    ];
    const t = vlanTable(URI, defs);
    assert.equal(vlanTableSize(t), 4);
    assert.deepStrictEqual([...vlanTableIds(t)], [1, 20, 300, 4094]);
    assert.deepStrictEqual([...vlanTableDefs(t)], [defs[1], defs[4], defs[0], defs[2]]);
    for (const d of [defs[1]!, defs[4]!, defs[0]!, defs[2]!]) {
      assert.ok(vlanTableHas(t, d.id));
      assert.deepStrictEqual(vlanTableGet(t, d.id), d);
    }
    for (const missing of [0, 2, 19, 21, 299, 301, 4093, 4095, -1]) {
      assert.equal(vlanTableHas(t, missing), false, `VLAN ${missing}`);
      assert.equal(vlanTableGet(t, missing), undefined, `VLAN ${missing}`);
    }
    const range = vlanTableGet(t, 20)!.loc.range;
    assert.ok(Object.isFrozen(range) && range === vlanTableGet(t, 20)!.loc.range, 'the location is over a shared range');
  });

  it('keeps the extras only where a VLAN has them, and the location of a VLAN written in another file', () => {
    const plain = vlanTable(URI, [
      { id: 10, loc: at(3, 0, 7) },
      { id: 11, loc: at(3, 0, 7) },
    ]);
    assert.deepStrictEqual(Object.keys(plain), ['uri', 'rows']);
    assert.equal(plain.rows.length, 10, 'five numbers a VLAN, no slack');
    const elsewhere = at(2, 0, 9, 'file:///vlans.cfg');
    const mixed = vlanTable(URI, [
      { id: 10, loc: at(3, 0, 7) },
      { id: 11, loc: elsewhere, name: 'B' },
    ]);
    assert.deepStrictEqual(vlanTableGet(mixed, 11), { id: 11, loc: elsewhere, name: 'B' });
    assert.deepStrictEqual(vlanTableGet(mixed, 10), { id: 10, loc: at(3, 0, 7) });
    assert.equal(vlanTableSize(vlanTable(URI, [])), 0);
    assert.deepStrictEqual([...vlanTableDefs(vlanTable(URI, []))], []);
  });

  it('finds every one of 4,094 VLANs and none outside them', () => {
    const ids = Array.from({ length: 4094 }, (_, i) => 4094 - i);
    const t = vlanTable(
      URI,
      ids.map((id) => ({ id, loc: at(id, 0, 5), name: `VLAN_${id}` })),
    );
    assert.deepStrictEqual([...vlanTableIds(t)], [...ids].reverse());
    for (const id of ids) assert.equal(vlanTableGet(t, id)?.name, `VLAN_${id}`);
    assert.ok(!vlanTableHas(t, 0) && !vlanTableHas(t, 4095));
  });

  it('holds what an EOS reader collected, each VLAN located at its line', () => {
    const eos = extractText(
      [
        'hostname leaf1',
        'vlan 30,10',
        '   name SERVERS',
        '!',
        'vlan 4094',
        '   trunk group MLAG',
        '!',
        'interface Vxlan1',
        '   vxlan vlan 10 vni 10010',
        '',
      ].join('\n'),
      'eos',
    );
    assert.deepStrictEqual([...vlanTableIds(eos.vlans!)], [1, 10, 30, 4094]);
    assert.equal(vlanTableGet(eos.vlans!, 30)!.name, 'SERVERS');
    assert.equal(vlanTableGet(eos.vlans!, 10)!.loc.range.start.line, 1);
    assert.equal(vlanTableGet(eos.vlans!, 10)!.vni?.value, 10010);
    assert.deepStrictEqual(vlanTableGet(eos.vlans!, 4094)?.trunkGroups, ['MLAG']);
  });
});
