// The VLANs a device defines, as a compact read-only table (Device.vlans). A leaf of an EVPN fabric defines hundreds
// to thousands of VLANs, and as objects each cost a VlanDef, its Loc and the Map entry that holds it (about 160 bytes,
// 370 MB at 2,048 switches); here a VLAN is five numbers in one Int32Array and a name shared across devices
// (shared-strings.ts). The table is plain data, so it crosses threads through the analysis codec; `vlanTableGet`
// makes the VlanDef of one VLAN when asked, with its Loc over a shared range (shared-locations.ts).
import type { Loc, Located } from './location';
import { sharedRange } from './shared-locations';
import { sharedString } from './shared-strings';
import type { VlanDef } from './types';

export interface VlanTable {
  /** The file the VLANs are located in (the device's), unless `locs` names another. */
  readonly uri: string;
  /** Per VLAN, ascending by ID, ROW numbers: ID, start line, start character, end line, end character. */
  readonly rows: Int32Array;
  /** Names by row; absent when no VLAN has one. */
  readonly names?: readonly (string | undefined)[];
  /** The VNIs of the VLANs mapped to one, by ID. */
  readonly vnis?: ReadonlyMap<number, Located<number>>;
  /** EOS `trunk group X` of the VLANs that name one, by ID. */
  readonly trunkGroups?: ReadonlyMap<number, readonly string[]>;
  /** The locations of the VLANs located in another file than `uri`, by ID (none of today's readers makes one). */
  readonly locs?: ReadonlyMap<number, Loc>;
}

const ROW = 5;

/** The table of the VLANs a reader collected (the last of one ID wins), located in `uri` where their Loc says so. */
export function vlanTable(uri: string, defs: Iterable<VlanDef>): VlanTable {
  const byId = new Map<number, VlanDef>();
  for (const d of defs) byId.set(d.id, d);
  const sorted = [...byId.values()].sort((a, b) => a.id - b.id);
  const rows = new Int32Array(sorted.length * ROW);
  const names: (string | undefined)[] = new Array<string | undefined>(sorted.length).fill(undefined);
  let named = false;
  const vnis = new Map<number, Located<number>>();
  const trunkGroups = new Map<number, readonly string[]>();
  const locs = new Map<number, Loc>();
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i]!;
    const { start, end } = d.loc.range;
    const at = i * ROW;
    rows[at] = d.id;
    rows[at + 1] = start.line;
    rows[at + 2] = start.character;
    rows[at + 3] = end.line;
    rows[at + 4] = end.character;
    if (d.loc.uri !== uri) locs.set(d.id, d.loc);
    if (d.name !== undefined) {
      names[i] = sharedString(d.name);
      named = true;
    }
    if (d.vni) vnis.set(d.id, d.vni);
    if (d.trunkGroups?.length) trunkGroups.set(d.id, d.trunkGroups);
  }
  const table: { -readonly [K in keyof VlanTable]: VlanTable[K] } = { uri, rows };
  if (named) table.names = names;
  if (vnis.size > 0) table.vnis = vnis;
  if (trunkGroups.size > 0) table.trunkGroups = trunkGroups;
  if (locs.size > 0) table.locs = locs;
  return table;
}

/** How many VLANs the table holds. */
export function vlanTableSize(t: VlanTable): number {
  return t.rows.length / ROW;
}

/** The row of VLAN `id`, or -1 (binary search: the rows are ascending by ID). */
function rowOf(t: VlanTable, id: number): number {
  let lo = 0;
  let hi = vlanTableSize(t) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = t.rows[mid * ROW]!;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether the device defines VLAN `id`. */
export function vlanTableHas(t: VlanTable, id: number): boolean {
  return rowOf(t, id) >= 0;
}

/** The definition of VLAN `id`, made anew on each call; undefined when the device does not define it. */
export function vlanTableGet(t: VlanTable, id: number): VlanDef | undefined {
  const row = rowOf(t, id);
  return row < 0 ? undefined : defAt(t, row);
}

/** The IDs of the VLANs, ascending. */
export function* vlanTableIds(t: VlanTable): IterableIterator<number> {
  for (let i = 0; i < t.rows.length; i += ROW) yield t.rows[i]!;
}

/** The definitions of the VLANs, ascending by ID, each made anew. */
export function* vlanTableDefs(t: VlanTable): IterableIterator<VlanDef> {
  const n = vlanTableSize(t);
  for (let row = 0; row < n; row++) yield defAt(t, row);
}

function defAt(t: VlanTable, row: number): VlanDef {
  const r = t.rows;
  const at = row * ROW;
  const id = r[at]!;
  const loc = t.locs?.get(id) ?? {
    uri: t.uri,
    range: sharedRange({ start: { line: r[at + 1]!, character: r[at + 2]! }, end: { line: r[at + 3]!, character: r[at + 4]! } }),
  };
  const def: VlanDef = { id, loc };
  const name = t.names?.[row];
  if (name !== undefined) def.name = name;
  const vni = t.vnis?.get(id);
  if (vni) def.vni = vni;
  const groups = t.trunkGroups?.get(id);
  if (groups) def.trunkGroups = groups;
  return def;
}
