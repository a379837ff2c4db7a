import type { Loc, Position } from '../model/location';
import type { Device, SymbolDef, SymbolRef } from '../model/types';
import { contains, definitionsOf } from './navigation';

/**
 * A named structure of one device and every place its name is written: where it is defined (each header that
 * writes the name) and every use the reader located. Shared by find-references and rename.
 */
export interface StructureUses {
  kind: SymbolDef['kind'];
  name: string;
  table?: string;
  defs: SymbolDef[];
  refs: SymbolRef[];
  /** Where the cursor is on the name (undefined when it is on a definition's header but not on its name). */
  at?: Loc;
}

/** Where a definition writes its name: each header (`nameLocs`), else its location. */
export function nameLocsOf(def: SymbolDef): Loc[] {
  return def.nameLocs && def.nameLocs.length > 0 ? def.nameLocs : [def.loc];
}

/** Where a use writes the name: `loc`, and each statement merged into it. */
export function refLocsOf(ref: SymbolRef): Loc[] {
  return ref.writtenAt && ref.writtenAt.length > 0 ? ref.writtenAt : [ref.loc];
}

/** The structure whose definition or use is under the cursor, with all its definitions and uses in the device. */
export function structureAt(device: Device, pos: Position): StructureUses | undefined {
  const mine = (l: Loc): boolean => l.uri === device.uri && contains(l.range, pos);
  for (const ref of device.symbols.refs) {
    const on = refLocsOf(ref).find(mine);
    if (on) return usesOf(device, ref, definitionsOf(device, ref), on);
  }
  for (const def of device.symbols.defs) {
    const on = nameLocsOf(def).find(mine);
    if (on || mine(def.loc)) return usesOf(device, def, [def, ...sameStructure(device, def)], on);
  }
  return undefined;
}

/** Other definitions of the same structure (kind, name, table and a compatible subtype). */
function sameStructure(device: Device, def: SymbolDef): SymbolDef[] {
  return device.symbols.defs.filter(
    (d) => d !== def && d.kind === def.kind && d.name === def.name && d.table === def.table && compatible(d.subtype, def.subtype),
  );
}

function compatible(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function usesOf(device: Device, s: { kind: SymbolDef['kind']; name: string; table?: string }, defs: SymbolDef[], at: Loc | undefined): StructureUses {
  const defSet = new Set(defs);
  const refs = device.symbols.refs.filter((r) => {
    if (r.kind !== s.kind || r.name !== s.name || r.table !== s.table) return false;
    const named = definitionsOf(device, r);
    // A use of this structure: it names one of its definitions, or (undefined) the same name.
    return named.length === 0 ? defs.length === 0 || defs.every((d) => compatible(d.subtype, r.subtype)) : named.some((d) => defSet.has(d));
  });
  return { kind: s.kind, name: s.name, ...(s.table ? { table: s.table } : {}), defs, refs, ...(at ? { at } : {}) };
}
